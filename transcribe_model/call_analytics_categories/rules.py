"""The documented cross-field rules of Call Analytics categories (checklist CAT).

Every rule quotes the sentence it enforces and names the member it belongs to; it yields a
``Violation`` per thing it finds, with paths relative to the shape (wire names). CAT-1 (1..20
rules), CAT-2 (``Rule`` is a union), CAT-13 (one sentiment) and CAT-15 (targets with a
non-space character) are kept by the generated constraint data.

Decisions (checklist "where the documents disagree", 6 and 12): the documentation presents
First/Last and Start/End, and absolute and relative ranges, as alternatives ("instead of"), so
combining them is an error (CAT-5, CAT-9, CAT-11); First with Last is only a warning (CAT-6,
CAT-10). Real-time categories take only TranscriptFilter rules (CAT-14): stated in the
Developer Guide, not in botocore. Verify CAT-5/9/11 against the service before release.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.call_analytics_categories._models import (
    AbsoluteTimeRange,
    CreateCallAnalyticsCategoryRequest,
    InputType,
    InterruptionFilter,
    NonTalkTimeFilter,
    RelativeTimeRange,
    SentimentFilter,
    TranscriptFilter,
    UpdateCallAnalyticsCategoryRequest,
)

# --- AbsoluteTimeRange -------------------------------------------------------------------------


@request_rule(
    AbsoluteTimeRange, reads=("StartTime", "EndTime"), only_with=("start_time", "end_time")
)
def start_and_end_time_together(time_range: AbsoluteTimeRange) -> Iterator[Violation]:
    """StartTime and EndTime together or neither (CAT-3).

    ``AbsoluteTimeRange.StartTime``: "If you include StartTime in your request, you must also
    include EndTime." ``EndTime``: "If you include EndTime in your request, you must also
    include StartTime."
    """
    start, end = time_range.start_time, time_range.end_time
    if start is not None and end is None:
        yield _violation("EndTime", "is required with StartTime", start_and_end_time_together)
    if end is not None and start is None:
        yield _violation("StartTime", "is required with EndTime", start_and_end_time_together)


@request_rule(
    AbsoluteTimeRange, reads=("StartTime", "EndTime"), only_with=("start_time", "end_time")
)
def start_time_before_end_time(time_range: AbsoluteTimeRange) -> Iterator[Violation]:
    """StartTime < EndTime (CAT-4): an equal pair is an empty segment.

    ``AbsoluteTimeRange``: "setting StartTime to 10000 and EndTime to 50000 only searches for
    your specified criteria in the audio contained between the 10,000 millisecond mark and the
    50,000 millisecond mark of your media file."
    """
    start, end = time_range.start_time, time_range.end_time
    if start is not None and end is not None and start >= end:
        yield _violation(
            "EndTime", f"({end}) must be after StartTime ({start})", start_time_before_end_time
        )


@request_rule(AbsoluteTimeRange, reads=("First", "Last"), only_with=("first", "last"))
def absolute_first_last_or_segment(time_range: AbsoluteTimeRange) -> Iterator[Violation]:
    """First/Last are not combined with StartTime/EndTime (CAT-5; a decision).

    ``AbsoluteTimeRange``: "You can use StartTime and EndTime to search a custom segment. ...
    You can use also First to search from the start of the audio until the time that you
    specify, or Last to search from the time that you specify until the end of the audio."
    """
    if time_range.start_time is None and time_range.end_time is None:
        return
    for wire, value in (("First", time_range.first), ("Last", time_range.last)):
        if value is not None:
            yield _violation(
                wire,
                "is an alternative to StartTime and EndTime, not to be combined with them",
                absolute_first_last_or_segment,
            )


@request_rule(AbsoluteTimeRange, reads=("First", "Last"), only_with=("first", "last"))
def absolute_first_or_last(time_range: AbsoluteTimeRange) -> Iterator[Violation]:
    """First and Last both given (CAT-6, warning).

    ``AbsoluteTimeRange``: "You can use First and Last independently of each other."
    """
    if time_range.first is not None and time_range.last is not None:
        yield _violation(
            "Last",
            "is given with First: they are meant to be used independently of each other",
            absolute_first_or_last,
            severity="warning",
        )


# --- RelativeTimeRange -------------------------------------------------------------------------


@request_rule(
    RelativeTimeRange,
    reads=("StartPercentage", "EndPercentage"),
    only_with=("start_percentage", "end_percentage"),
)
def start_and_end_percentage_together(time_range: RelativeTimeRange) -> Iterator[Violation]:
    """StartPercentage and EndPercentage together or neither (CAT-7).

    ``RelativeTimeRange.StartPercentage``: "If you include StartPercentage in your request, you
    must also include EndPercentage." ``EndPercentage``: "If you include EndPercentage in your
    request, you must also include StartPercentage."
    """
    start, end = time_range.start_percentage, time_range.end_percentage
    if start is not None and end is None:
        yield _violation(
            "EndPercentage", "is required with StartPercentage", start_and_end_percentage_together
        )
    if end is not None and start is None:
        yield _violation(
            "StartPercentage", "is required with EndPercentage", start_and_end_percentage_together
        )


@request_rule(
    RelativeTimeRange,
    reads=("StartPercentage", "EndPercentage"),
    only_with=("start_percentage", "end_percentage"),
)
def start_percentage_before_end(time_range: RelativeTimeRange) -> Iterator[Violation]:
    """StartPercentage < EndPercentage (CAT-8).

    ``RelativeTimeRange``: "setting StartPercentage to 10 and EndPercentage to 50 only searches
    for your specified criteria in the audio contained between the 10 percent mark and the 50
    percent mark of your media file."
    """
    start, end = time_range.start_percentage, time_range.end_percentage
    if start is not None and end is not None and start >= end:
        yield _violation(
            "EndPercentage",
            f"({end}) must be after StartPercentage ({start})",
            start_percentage_before_end,
        )


@request_rule(RelativeTimeRange, reads=("First", "Last"), only_with=("first", "last"))
def relative_first_last_or_segment(time_range: RelativeTimeRange) -> Iterator[Violation]:
    """First/Last are not combined with Start/EndPercentage (CAT-9; a decision).

    ``RelativeTimeRange``: "You can use also First to search from the start of the media file
    until the time that you specify. Or use Last to search from the time that you specify until
    the end of the media file."
    """
    if time_range.start_percentage is None and time_range.end_percentage is None:
        return
    for wire, value in (("First", time_range.first), ("Last", time_range.last)):
        if value is not None:
            yield _violation(
                wire,
                "is an alternative to StartPercentage and EndPercentage, not to be combined",
                relative_first_last_or_segment,
            )


@request_rule(RelativeTimeRange, reads=("First", "Last"), only_with=("first", "last"))
def relative_first_or_last(time_range: RelativeTimeRange) -> Iterator[Violation]:
    """First and Last both given (CAT-10, warning).

    ``RelativeTimeRange``: "You can use First and Last independently of each other."
    """
    if time_range.first is not None and time_range.last is not None:
        yield _violation(
            "Last",
            "is given with First: they are meant to be used independently of each other",
            relative_first_or_last,
            severity="warning",
        )


@request_rule(AbsoluteTimeRange, RelativeTimeRange)
def time_range_is_not_empty(
    time_range: AbsoluteTimeRange | RelativeTimeRange,
) -> Iterator[Violation]:
    """A time range sets something (CAT-12, warning): ``{}`` selects no segment.

    ``AbsoluteTimeRange``: "A time range, in milliseconds, between two points in your media
    file." (``RelativeTimeRange``: "A time range, in percentage, ...") An empty range names no
    point at all.
    """
    if isinstance(time_range, AbsoluteTimeRange):
        bounds = (time_range.start_time, time_range.end_time)
    else:
        bounds = (time_range.start_percentage, time_range.end_percentage)
    if all(value is None for value in (*bounds, time_range.first, time_range.last)):
        yield _violation(
            "", "is empty: it specifies no time range", time_range_is_not_empty, severity="warning"
        )


# --- The four filters --------------------------------------------------------------------------


@request_rule(
    NonTalkTimeFilter,
    InterruptionFilter,
    TranscriptFilter,
    SentimentFilter,
    reads=("AbsoluteTimeRange", "RelativeTimeRange"),
    only_with=("absolute_time_range", "relative_time_range"),
)
def one_time_range(
    rule_filter: NonTalkTimeFilter | InterruptionFilter | TranscriptFilter | SentimentFilter,
) -> Iterator[Violation]:
    """At most one of AbsoluteTimeRange and RelativeTimeRange (CAT-11; a decision).

    ``AbsoluteTimeRange``: "If you prefer to use percentage instead of milliseconds, see"
    RelativeTimeRange (and the converse): the two are alternatives.
    """
    if rule_filter.absolute_time_range is not None and rule_filter.relative_time_range is not None:
        yield _violation(
            "RelativeTimeRange",
            "is an alternative to AbsoluteTimeRange: give one of them",
            one_time_range,
        )


# --- Create/UpdateCallAnalyticsCategoryRequest -------------------------------------------------


@request_rule(
    CreateCallAnalyticsCategoryRequest,
    UpdateCallAnalyticsCategoryRequest,
    reads=("InputType", "Rules"),
    only_with=("input_type",),
)
def real_time_rules_are_transcript_filters(
    request: CreateCallAnalyticsCategoryRequest | UpdateCallAnalyticsCategoryRequest,
) -> Iterator[Violation]:
    """InputType=REAL_TIME: every rule is a TranscriptFilter (CAT-14).

    Developer Guide (tca-categories-stream): "Real-time Call Analytics transcriptions only
    support rules that use TranscriptFilter (keyword matches)." Not in the service model.
    """
    if request.input_type != InputType.REAL_TIME:
        return
    for index, rule in enumerate(request.rules):
        if rule.transcript_filter is not None:
            continue
        for wire, value in (
            ("NonTalkTimeFilter", rule.non_talk_time_filter),
            ("InterruptionFilter", rule.interruption_filter),
            ("SentimentFilter", rule.sentiment_filter),
        ):
            if value is not None:
                yield _violation(
                    f"Rules[{index}].{wire}",
                    "is not supported by a REAL_TIME category: only TranscriptFilter is",
                    real_time_rules_are_transcript_filters,
                )


# --- wired by the integrator: rules shared across families ------------------------------------


@request_rule(CreateCallAnalyticsCategoryRequest, reads=("Tags",), only_with=("tags",))
def category_tag_keys_are_distinct(
    request: CreateCallAnalyticsCategoryRequest,
) -> Iterator[Violation]:
    """Each tag key once (TAG-1).

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource." A key names one value, so a repeated key in one request is a mistake.
    """
    yield from repeated_tag_keys(request.tags, category_tag_keys_are_distinct)
