"""Create/UpdateCallAnalyticsCategory: every rule of checklist section CAT (and C-1).

Each case breaks one rule and names the paths it must be reported at; its neighbour, one change
away, is accepted with nothing to report and passes botocore's ParamValidator.
"""

from __future__ import annotations

from typing import Any

import pytest
from rule_case import (
    Case,
    assert_accepted,
    assert_refused_or_warned,
    assert_unchecked_check_names_rule,
    ids,
    rules_of_modules,
)

import transcribe_model as tm
from transcribe_model import AbsoluteTimeRange, RelativeTimeRange, ValidationError

CREATE = "CreateCallAnalyticsCategory"
UPDATE = "UpdateCallAnalyticsCategory"
WORDS = {"TranscriptFilterType": "EXACT", "Targets": ["cancel my subscription"]}
SILENCE = {"Threshold": 30000}
PATH = "Rules[0].TranscriptFilter"
UNION = "union_has_exactly_one_member"  # what the generated model reports for a union


def category(*rules: dict[str, Any], **members: Any) -> dict[str, Any]:
    """A valid CreateCallAnalyticsCategory request with ``rules``, plus ``members``."""
    return {"CategoryName": "churn-risk", "Rules": list(rules), **members}


def words(**members: Any) -> dict[str, Any]:
    """A TranscriptFilter rule, plus ``members`` in the filter."""
    return {"TranscriptFilter": {**WORDS, **members}}


def absolute(**members: int) -> dict[str, Any]:
    """A request whose one TranscriptFilter has an AbsoluteTimeRange of ``members``."""
    return category(words(AbsoluteTimeRange=members))


def relative(**members: int) -> dict[str, Any]:
    """A request whose one TranscriptFilter has a RelativeTimeRange of ``members``."""
    return category(words(RelativeTimeRange=members))


CASES = [
    Case("c1-name-with-space", CREATE, category(words(), CategoryName="churn risk"), None,
         ("CategoryName",), category(words(), CategoryName="churn-risk")),
    Case("cat1-no-rules", CREATE, category(), None, ("Rules",), category(words())),
    Case("cat1-twenty-one-rules", CREATE, category(*[words()] * 21), None, ("Rules",),
         category(*[words()] * 20)),
    Case("cat2-two-filters-in-one-rule", CREATE,
         category({**words(), "NonTalkTimeFilter": SILENCE}), UNION, ("Rules[0]",),
         category(words(), {"NonTalkTimeFilter": SILENCE})),
    Case("cat2-empty-rule", UPDATE, category({}), UNION, ("Rules[0]",), category(words())),
    Case("cat3-start-without-end", CREATE, absolute(StartTime=1000),
         "start_and_end_time_together", (f"{PATH}.AbsoluteTimeRange.EndTime",),
         absolute(StartTime=1000, EndTime=5000)),
    Case("cat3-end-without-start", UPDATE, absolute(EndTime=5000),
         "start_and_end_time_together", (f"{PATH}.AbsoluteTimeRange.StartTime",),
         absolute(StartTime=0, EndTime=5000)),
    Case("cat4-start-after-end", CREATE, absolute(StartTime=50000, EndTime=10000),
         "start_time_before_end_time", (f"{PATH}.AbsoluteTimeRange.EndTime",),
         absolute(StartTime=10000, EndTime=50000)),
    Case("cat4-empty-segment", CREATE, absolute(StartTime=10000, EndTime=10000),
         "start_time_before_end_time", (f"{PATH}.AbsoluteTimeRange.EndTime",),
         absolute(StartTime=10000, EndTime=10001)),
    Case("cat5-first-with-segment", CREATE, absolute(StartTime=0, EndTime=5000, First=3000),
         "absolute_first_last_or_segment", (f"{PATH}.AbsoluteTimeRange.First",),
         absolute(StartTime=0, EndTime=5000)),
    Case("cat5-last-with-start", CREATE, absolute(StartTime=0, EndTime=5000, Last=3000),
         "absolute_first_last_or_segment", (f"{PATH}.AbsoluteTimeRange.Last",),
         absolute(Last=3000)),
    Case("cat6-first-and-last", CREATE, absolute(First=3000, Last=3000),
         "absolute_first_or_last", (f"{PATH}.AbsoluteTimeRange.Last",), absolute(First=3000),
         "warning"),
    Case("cat7-start-percentage-without-end", CREATE, relative(StartPercentage=10),
         "start_and_end_percentage_together", (f"{PATH}.RelativeTimeRange.EndPercentage",),
         relative(StartPercentage=10, EndPercentage=50)),
    Case("cat7-end-percentage-without-start", UPDATE, relative(EndPercentage=50),
         "start_and_end_percentage_together", (f"{PATH}.RelativeTimeRange.StartPercentage",),
         relative(StartPercentage=0, EndPercentage=50)),
    Case("cat8-start-after-end-percentage", CREATE, relative(StartPercentage=60, EndPercentage=50),
         "start_percentage_before_end", (f"{PATH}.RelativeTimeRange.EndPercentage",),
         relative(StartPercentage=40, EndPercentage=50)),
    Case("cat9-first-with-percentages", CREATE,
         relative(StartPercentage=10, EndPercentage=50, First=20),
         "relative_first_last_or_segment", (f"{PATH}.RelativeTimeRange.First",),
         relative(First=20)),
    Case("cat10-first-and-last", CREATE, relative(First=20, Last=20),
         "relative_first_or_last", (f"{PATH}.RelativeTimeRange.Last",), relative(Last=20),
         "warning"),
    Case("cat11-both-ranges", CREATE,
         category(words(AbsoluteTimeRange={"First": 30000}, RelativeTimeRange={"Last": 10})),
         "one_time_range", (f"{PATH}.RelativeTimeRange",),
         category(words(AbsoluteTimeRange={"First": 30000}))),
    Case("cat11-both-ranges-on-interruptions", UPDATE,
         category({"InterruptionFilter": {"Threshold": 5000, "AbsoluteTimeRange": {"First": 1},
                                          "RelativeTimeRange": {"First": 1}}}),
         "one_time_range", ("Rules[0].InterruptionFilter.RelativeTimeRange",),
         category({"InterruptionFilter": {"Threshold": 5000, "RelativeTimeRange": {"First": 1}}})),
    Case("cat12-empty-absolute-range", CREATE, absolute(), "time_range_is_not_empty",
         (f"{PATH}.AbsoluteTimeRange",), absolute(First=60000), "warning"),
    Case("cat12-empty-relative-range", CREATE,
         category({"SentimentFilter": {"Sentiments": ["NEGATIVE"], "RelativeTimeRange": {}}}),
         "time_range_is_not_empty", ("Rules[0].SentimentFilter.RelativeTimeRange",),
         category({"SentimentFilter": {"Sentiments": ["NEGATIVE"],
                                       "RelativeTimeRange": {"Last": 20}}}), "warning"),
    Case("cat13-two-sentiments", CREATE,
         category({"SentimentFilter": {"Sentiments": ["NEGATIVE", "MIXED"]}}), None,
         ("Rules[0].SentimentFilter.Sentiments",),
         category({"SentimentFilter": {"Sentiments": ["MIXED"]}})),
    Case("cat14-real-time-sentiment", CREATE,
         category(words(), {"SentimentFilter": {"Sentiments": ["NEGATIVE"]}},
                  InputType="REAL_TIME"),
         "real_time_rules_are_transcript_filters", ("Rules[1].SentimentFilter",),
         category(words(), {"SentimentFilter": {"Sentiments": ["NEGATIVE"]}},
                  InputType="POST_CALL")),
    Case("cat14-real-time-update", UPDATE,
         category({"NonTalkTimeFilter": SILENCE}, {"InterruptionFilter": {"Threshold": 1}},
                  InputType="REAL_TIME"),
         "real_time_rules_are_transcript_filters",
         ("Rules[0].NonTalkTimeFilter", "Rules[1].InterruptionFilter"),
         category(words(), InputType="REAL_TIME")),
    Case("cat15-blank-target", CREATE,
         category(words(Targets=["refund", "   "])), None,
         (f"{PATH}.Targets[1]",), category(words(Targets=["refund", " a "]))),
    Case("cat-threshold-over-four-hours", CREATE,
         category({"NonTalkTimeFilter": {"Threshold": 14_400_001}}), None,
         ("Rules[0].NonTalkTimeFilter.Threshold",),
         category({"NonTalkTimeFilter": {"Threshold": 14_400_000}})),
]  # fmt: skip

ERROR_RULE_CASES = [case for case in CASES if case.severity == "error" and case.rule]

MODULES = ["transcribe_model.call_analytics_categories.rules"]


def test_every_rule_of_the_family_has_a_case() -> None:
    """Each request rule of the family is broken by a case here."""
    assert rules_of_modules(MODULES) <= {case.rule for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_broken_rule_is_refused_or_warned_at_its_paths(case: Case) -> None:
    """An error is refused with the member in the path; a warning only shows in check()."""
    assert_refused_or_warned(case)


@pytest.mark.parametrize("case", ERROR_RULE_CASES, ids=ids(ERROR_RULE_CASES))
def test_check_names_the_rule_on_an_unchecked_request(case: Case) -> None:
    """check() on the request built without checks reports the same rule and paths."""
    assert_unchecked_check_names_rule(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_valid_neighbour_is_accepted_and_passes_botocore(case: Case) -> None:
    """The neighbour structures, check() finds nothing, and ParamValidator agrees."""
    assert_accepted(case)


def test_a_response_category_with_combined_ranges_is_not_refused() -> None:
    """What the service sends keeps CAT-5 and CAT-11 breaches: request rules are not applied."""
    data = {
        "CategoryProperties": {
            "CategoryName": "churn-risk",
            "Rules": [words(AbsoluteTimeRange={"StartTime": 9, "First": 1}, RelativeTimeRange={})],
        }
    }
    response = tm.structure(data, tm.GetCallAnalyticsCategoryResponse)
    assert tm.check(response) == ()


def test_python_built_time_range_is_refused_on_its_own() -> None:
    """AbsoluteTimeRange refuses CAT-3 and CAT-5 together when built in Python."""
    with pytest.raises(ValidationError) as info:
        AbsoluteTimeRange(start_time=10, first=5)
    assert sorted((v.path, v.rule) for v in info.value.errors) == [
        ("EndTime", "start_and_end_time_together"),
        ("First", "absolute_first_last_or_segment"),
    ]


def test_python_built_empty_relative_range_constructs_with_a_warning() -> None:
    """An empty RelativeTimeRange builds; check() reports only the CAT-12 warning."""
    found = tm.check(RelativeTimeRange())
    assert [(v.path, v.rule, v.severity) for v in found] == [
        ("", "time_range_is_not_empty", "warning")
    ]
