"""transcribe_model.strategies: valid, realistic values reaching every edge, and their plumbing.

What the strategies promise, tested on what they draw: every model valid (``check()`` finds no
error), every value within its constraint, both edges of every length, range and count
reached, every enum member and language mode drawn, overrides followed, invalid requests and
response dicts as documented, and ``st.from_type`` working through Hypothesis's entry point
without an import of ours.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import FailedHealthCheck, InvalidArgument, Unsatisfiable

import transcribe_model
from transcribe_model import (
    ContentRedaction,
    LanguageCode,
    LanguageIdSettings,
    Settings,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    TranscriptionJobStatus,
    WireEnum,
    WireModel,
    check,
    strategies,
    structure,
)
from transcribe_model import _models as _job_models
from transcribe_model._constraints import Count, Range, Text, constraint_of
from transcribe_model._rules import REQUEST_RULES
from transcribe_model._spec import ALL_SHAPES, is_response_shape
from transcribe_model._strategies_models import ENUMS
from transcribe_model._strategies_values import TEXT_GENERATORS

F = TypeVar("F", bound=Callable[..., Any])

#: find() settings: deterministic, no database, enough tries for a one-in-twelve edge.
FIND = settings(
    max_examples=2000,
    database=None,
    derandomize=True,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)

#: The transcription-job shapes: their strategies are hand-written and realistic, field by field.
JOB_SHAPES = tuple(getattr(_job_models, name) for name in _job_models.__all__)

CONSTRAINED_FIELDS = [
    (cls, field.name, constraint)
    for cls in JOB_SHAPES
    for field in attrs.fields(cls)
    if (constraint := constraint_of(field)) is not None
]


def share(fraction: float) -> Callable[[F], F]:
    """Run ``fraction`` of the profile's examples (at least five)."""
    examples = max(5, int(settings.default.max_examples * fraction))
    return settings(max_examples=examples, suppress_health_check=[HealthCheck.too_slow])


def shape_id(value: object) -> str:
    """A short test id: a class by name, a constraint by its shape, anything else as text."""
    if isinstance(value, (Text, Range, Count)):
        return value.shape
    return str(getattr(value, "__name__", value))


def errors_of(model: WireModel) -> list[str]:
    return [str(violation) for violation in check(model) if violation.severity == "error"]


# --- the module --------------------------------------------------------------------------------


def test_every_public_function_is_documented() -> None:
    """Each name in strategies.__all__ exists and has a docstring."""
    for name in strategies.__all__:
        value = getattr(strategies, name)
        if callable(value):
            assert inspect.getdoc(value), name


def test_there_is_a_strategy_for_every_model_and_enum() -> None:
    """A public function per shape (21) and per enum (10), each drawing that type."""
    functions = {
        name: getattr(strategies, name)
        for name in strategies.__all__
        if callable(getattr(strategies, name))
    }
    returned = {inspect.signature(function).return_annotation for function in functions.values()}
    for cls in (*JOB_SHAPES, *ENUMS):
        assert f"SearchStrategy[{cls.__name__}]" in returned, cls.__name__


@pytest.mark.parametrize("module", ["hypothesis", "transcribe_model.strategies"])
def test_importing_loads_neither_botocore_nor_cattrs(module: str) -> None:
    """Hypothesis (with the entry point) and the strategies module stay light to import."""
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in ('boto3', 'botocore', 'cattrs') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_from_type_works_through_the_entry_point_alone() -> None:
    """In a fresh interpreter, st.from_type(TranscriptionJob) draws valid jobs, unimported."""
    code = textwrap.dedent(
        """
        import sys
        from hypothesis import given, settings, strategies as st
        import transcribe_model

        assert "transcribe_model.strategies" not in sys.modules  # the hook defers the import

        @settings(max_examples=25, database=None)
        @given(st.from_type(transcribe_model.TranscriptionJob))
        def test(job):
            assert isinstance(job, transcribe_model.TranscriptionJob)
            assert not [v for v in transcribe_model.check(job) if v.severity == "error"]

        test()
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize(
    "first",
    [
        "transcribe_model",
        "transcribe_model.strategies",
        "transcribe_model._strategies_models",
        "transcribe_model._strategies_values",
        "transcribe_model._strategies_wire",
        "hypothesis",
    ],
)
def test_any_import_order_registers_every_shape_and_enum(first: str) -> None:
    """Whichever module imports Hypothesis first, from_type knows every shape and enum after."""
    code = textwrap.dedent(
        f"""
        import {first}
        from hypothesis import Phase, find, settings, strategies as st
        from transcribe_model._spec import ALL_SHAPES
        from transcribe_model._strategies_models import ENUMS

        quick = settings(database=None, max_examples=1, phases=[Phase.generate])
        for cls in (*ALL_SHAPES, *ENUMS):
            assert type(find(st.from_type(cls), lambda value: True, settings=quick)) is cls
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# --- valid by construction ---------------------------------------------------------------------


@pytest.mark.parametrize("cls", ALL_SHAPES, ids=shape_id)
@share(0.15)
@given(data=st.data())
def test_from_type_draws_only_valid_models(cls: type[WireModel], data: st.DataObject) -> None:
    """st.from_type(cls) draws a cls that check() finds nothing wrong with."""
    model = data.draw(st.from_type(cls))
    assert type(model) is cls
    assert not errors_of(model)
    assert not model.unknown_members


@pytest.mark.parametrize("cls", ENUMS, ids=shape_id)
@share(0.05)
@given(data=st.data())
def test_from_type_draws_only_known_enum_members(cls: type[WireEnum], data: st.DataObject) -> None:
    """st.from_type(enum) draws members this version knows, never a pseudo-member."""
    member = data.draw(st.from_type(cls))
    assert type(member) is cls
    assert member.is_known


@pytest.mark.parametrize("cls", ENUMS, ids=shape_id)
def test_every_enum_member_is_drawn(cls: type[WireEnum]) -> None:
    """A list of distinct members as long as the enum exists: every member can be drawn."""
    members = find(
        st.lists(strategies.from_enum(cls), unique=True, min_size=len(cls)),
        lambda found: True,
        settings=FIND,
    )
    assert set(members) == set(cls)


@pytest.mark.parametrize(("cls", "name", "constraint"), CONSTRAINED_FIELDS, ids=shape_id)
@share(0.03)
@given(data=st.data())
def test_member_values_keep_their_constraint(
    cls: type[WireModel], name: str, constraint: Text | Range | Count, data: st.DataObject
) -> None:
    """member_values(cls, name) keeps the field's length, pattern, range or count."""
    value = data.draw(strategies.member_values(cls, name))
    assert not list(constraint.violations(value))
    if isinstance(constraint, Count) and constraint.item is not None:
        for item in value.values() if isinstance(value, dict) else value:
            assert not list(constraint.item.violations(item))
    if isinstance(constraint, Count) and constraint.key is not None:
        for key in value:
            assert not list(constraint.key.violations(key))


# --- edges -------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", sorted(TEXT_GENERATORS))
@share(0.05)
@given(data=st.data())
def test_values_of_any_allowed_length_keep_their_constraint(
    shape: str, data: st.DataObject
) -> None:
    """A TextGen's values of its shortest, its longest and any length between are valid."""
    gen = TEXT_GENERATORS[shape]
    for length in (gen.shortest, gen.longest, data.draw(st.integers(gen.shortest, gen.longest))):
        value = data.draw(gen.of_length(length))
        assert len(value) == length
        assert not list(gen.constraint.violations(value)), value


def _text_fields() -> list[tuple[type[WireModel], str, Text]]:
    seen: set[str] = set()
    found = []
    for cls, name, constraint in CONSTRAINED_FIELDS:
        if isinstance(constraint, Text) and constraint.shape not in seen:
            seen.add(constraint.shape)
            found.append((cls, name, constraint))
    return found


@pytest.mark.parametrize(("cls", "name", "constraint"), _text_fields(), ids=shape_id)
def test_both_length_edges_of_every_string_are_drawn(
    cls: type[WireModel], name: str, constraint: Text
) -> None:
    """Each string member reaches the shortest and the longest value its constraint allows."""
    gen = TEXT_GENERATORS[constraint.shape]
    values = strategies.member_values(cls, name)
    assert len(find(values, lambda value: len(value) == gen.shortest, settings=FIND)) == (
        gen.shortest
    )
    assert len(find(values, lambda value: len(value) == gen.longest, settings=FIND)) == (
        gen.longest
    )


@pytest.mark.parametrize(
    ("cls", "name", "constraint"),
    [case for case in CONSTRAINED_FIELDS if isinstance(case[2], Range)],
    ids=shape_id,
)
def test_both_bounds_of_every_range_are_drawn(
    cls: type[WireModel], name: str, constraint: Range
) -> None:
    """Each bounded number member reaches its minimum and its maximum."""
    values = strategies.member_values(cls, name)
    for bound in (constraint.min, constraint.max):
        if bound is not None:
            assert find(values, lambda value, bound=bound: value == bound, settings=FIND) == bound


@pytest.mark.parametrize(
    ("cls", "name", "low", "high"),
    [
        (StartTranscriptionJobRequest, "tags", 1, 200),
        (StartTranscriptionJobRequest, "kms_encryption_context", 1, 10),
        (StartTranscriptionJobRequest, "language_options", 2, 5),
        (StartTranscriptionJobRequest, "language_id_settings", 1, 5),
        (StartTranscriptionJobRequest, "toxicity_detection", 1, 1),
        (ContentRedaction, "pii_entity_types", 0, 29),
        (transcribe_model.Subtitles, "formats", 0, 2),
    ],
    ids=shape_id,
)
def test_both_bounds_of_every_count_are_drawn(
    cls: type[WireModel], name: str, low: int, high: int
) -> None:
    """Lists and maps reach their fewest and most items (LanguageOptions: five, as advised)."""
    values = strategies.member_values(cls, name)
    assert len(find(values, lambda value: len(value) == low, settings=FIND)) == low
    assert len(find(values, lambda value: len(value) >= high, settings=FIND)) >= high


# --- every combination the rules allow ---------------------------------------------------------


def _mode(request: StartTranscriptionJobRequest) -> str:
    if request.language_code is not None:
        return "LanguageCode"
    return "IdentifyLanguage" if request.identify_language else "IdentifyMultipleLanguages"


def _filters(request: StartTranscriptionJobRequest) -> bool:
    settings_ = request.language_id_settings or {}
    return any(entry.vocabulary_filter_name for entry in settings_.values())


def _models(request: StartTranscriptionJobRequest) -> bool:
    settings_ = request.language_id_settings or {}
    return any(entry.language_model_name for entry in settings_.values())


#: Overrides that fix the language mode, as the strategy would have chosen it.
MODES: dict[str, dict[str, Any]] = {
    "any": {},
    "LanguageCode": {"language_code": strategies.language_codes()},
    "IdentifyLanguage": {"identify_language": True},
    "IdentifyMultipleLanguages": {"identify_multiple_languages": True},
}


@pytest.mark.parametrize(
    ("description", "mode", "predicate"),
    [
        ("LanguageCode mode", "any", lambda r: _mode(r) == "LanguageCode"),
        ("IdentifyLanguage mode", "any", lambda r: _mode(r) == "IdentifyLanguage"),
        (
            "IdentifyMultipleLanguages mode",
            "any",
            lambda r: _mode(r) == "IdentifyMultipleLanguages",
        ),
        (
            "custom model, vocabulary and filter without identification",
            "LanguageCode",
            lambda r: (
                r.model_settings is not None
                and r.settings is not None
                and r.settings.vocabulary_name is not None
                and r.settings.vocabulary_filter_name is not None
            ),
        ),
        (
            "per-language models and filters with IdentifyLanguage",
            "IdentifyLanguage",
            lambda r: _models(r) and _filters(r),
        ),
        (
            "per-language filters with IdentifyMultipleLanguages",
            "IdentifyMultipleLanguages",
            _filters,
        ),
        ("flags explicitly false", "LanguageCode", lambda r: r.identify_language is False),
        (
            "both speaker labels and channel identification",
            "any",
            lambda r: (
                r.settings is not None
                and r.settings.show_speaker_labels is True
                and r.settings.channel_identification is True
            ),
        ),
        ("an output key in a bucket", "any", lambda r: r.output_key is not None),
        ("no media file URI at all", "any", lambda r: r.media.media_file_uri is None),
        (
            "deferred execution with its role",
            "any",
            lambda r: (
                r.job_execution_settings is not None
                and r.job_execution_settings.data_access_role_arn is not None
            ),
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_combination_the_rules_allow_is_drawn(
    description: str, mode: str, predicate: Callable[[StartTranscriptionJobRequest], Any]
) -> None:
    """Valid requests include each language mode and each combination its rules allow."""
    requests = strategies.start_transcription_job_requests(**MODES[mode])
    request = find(requests, predicate, settings=FIND)
    assert not errors_of(request), description


@pytest.mark.parametrize("status", list(TranscriptionJobStatus), ids=shape_id)
@share(0.05)
@given(data=st.data())
def test_a_job_looks_like_its_status(status: TranscriptionJobStatus, data: st.DataObject) -> None:
    """Timestamps in order, a transcript once COMPLETED, a reason once FAILED."""
    job = data.draw(strategies.transcription_jobs(transcription_job_status=status))
    assert job.transcription_job_status is status
    assert job.creation_time is not None
    stamps = [t for t in (job.creation_time, job.start_time, job.completion_time) if t]
    assert stamps == sorted(stamps)
    done = status is TranscriptionJobStatus.COMPLETED
    assert (job.completion_time is not None) == (done or status is TranscriptionJobStatus.FAILED)
    assert (job.failure_reason is not None) == (status is TranscriptionJobStatus.FAILED)
    if done:
        assert job.transcript is not None
        assert job.transcript.transcript_file_uri or job.transcript.redacted_transcript_file_uri
    else:
        assert job.transcript is None or job.transcript == transcribe_model.Transcript()


@share(0.1)
@given(page=strategies.list_transcription_jobs_responses(status=TranscriptionJobStatus.FAILED))
def test_a_listed_page_holds_jobs_of_the_status_asked_for(
    page: transcribe_model.ListTranscriptionJobsResponse,
) -> None:
    """Summaries on a page listed by status all have that status."""
    assert all(
        summary.transcription_job_status == "FAILED"
        for summary in page.transcription_job_summaries or ()
    )


# --- overrides ---------------------------------------------------------------------------------


@share(0.1)
@given(settings_=strategies.settings(show_speaker_labels=True, max_alternatives=st.just(4)))
def test_members_that_depend_on_an_override_follow_it(settings_: Settings) -> None:
    """ShowSpeakerLabels=True brings MaxSpeakerLabels; MaxAlternatives brings ShowAlternatives."""
    assert settings_.max_speaker_labels is not None
    assert settings_.show_alternatives is True
    assert settings_.max_alternatives == 4


@share(0.1)
@given(request=strategies.start_transcription_job_requests(identify_multiple_languages=True))
def test_an_override_choosing_the_language_mode_is_followed(
    request: StartTranscriptionJobRequest,
) -> None:
    """identify_multiple_languages=True draws only what multi-language identification allows."""
    assert request.language_code is None
    assert request.identify_language is not True
    assert request.model_settings is None
    for entry in (request.language_id_settings or {}).values():
        assert entry.language_model_name is None


@share(0.1)
@given(
    request=strategies.start_transcription_job_requests(
        language_id_settings={LanguageCode.EN_US: LanguageIdSettings(vocabulary_filter_name="f")},
        output_key="transcripts/",
    )
)
def test_overridden_members_pull_in_what_their_rules_need(
    request: StartTranscriptionJobRequest,
) -> None:
    """A per-language filter brings the method and the options; an OutputKey its bucket."""
    assert request.settings is not None
    assert request.settings.vocabulary_filter_method is not None
    assert request.language_options is not None
    assert LanguageCode.EN_US in request.language_options
    assert request.output_bucket_name is not None


def test_an_override_that_is_not_a_field_is_refused() -> None:
    """A misspelt override raises InvalidArgument, naming the fields there are."""
    with pytest.raises(InvalidArgument, match="max_speaker_labels"):
        strategies.settings(max_speakers=3)


def test_overrides_no_rule_allows_together_are_unsatisfiable() -> None:
    """LanguageCode with IdentifyLanguage=True cannot be drawn valid: nothing is."""
    conflicting = strategies.start_transcription_job_requests(
        language_code=LanguageCode.EN_US, identify_language=True
    )

    @settings(max_examples=10, database=None)
    @given(conflicting)
    def draw(request: StartTranscriptionJobRequest) -> None:
        raise AssertionError("drew an invalid request")  # pragma: no cover

    with pytest.raises((Unsatisfiable, FailedHealthCheck)):
        draw()


def test_from_model_refuses_what_is_not_a_shape() -> None:
    """from_model(int) and from_enum(WireEnum) raise InvalidArgument."""
    with pytest.raises(InvalidArgument):
        strategies.from_model(int)  # type: ignore[type-var]
    with pytest.raises(InvalidArgument):
        strategies.from_enum(WireEnum)


# --- invalid requests and response dicts -------------------------------------------------------


def test_invalid_requests_cover_every_request_rule() -> None:
    """REQUEST_RULE_NAMES is every rule of _rules.REQUEST_RULES, each drawable."""
    names = [rule.__name__ for rules in REQUEST_RULES.values() for rule in rules]
    assert list(strategies.REQUEST_RULE_NAMES) == names
    for name in names:
        rule, _request = find(strategies.invalid_requests(name), lambda pair: True, settings=FIND)
        assert rule == name


def test_invalid_requests_refuse_an_unknown_rule() -> None:
    """A rule name that does not exist raises InvalidArgument, listing the real ones."""
    with pytest.raises(InvalidArgument, match="one_language_source"):
        strategies.invalid_requests("no_such_rule")


def test_response_dicts_refuse_a_request_shape() -> None:
    """response_dicts(Settings) raises InvalidArgument: Settings alone is a request shape."""
    with pytest.raises(InvalidArgument):
        strategies.response_dicts(Settings)


def _has_unknown(value: Any) -> bool:
    if isinstance(value, dict):
        return any(key.startswith("Future") or _has_unknown(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_unknown(item) for item in value)
    return False


def _beyond_bounds(job: dict[str, Any]) -> bool:
    settings_ = job.get("Settings", {})
    subtitles = job.get("Subtitles", {})
    return (
        settings_.get("MaxSpeakerLabels", 0) > 30
        or settings_.get("MaxAlternatives", 0) > 10
        or job.get("MediaSampleRateHertz", 0) > 48000
        or subtitles.get("OutputStartIndex", 0) > 1
        or len(job.get("TranscriptionJobName", "")) > 200
        or len(job.get("ToxicityDetection", [])) > 1
    )


@pytest.mark.parametrize(
    ("description", "predicate"),
    [
        ("a member newer than the library", _has_unknown),
        (
            "a status newer than the library",
            lambda d: d.get("TranscriptionJobStatus") not in (None, *TranscriptionJobStatus),
        ),
        ("Transcript {} while in progress", lambda d: d.get("Transcript") == {}),
        ("a value beyond today's bounds", _beyond_bounds),
        (
            "queuing reported off without a role",
            lambda d: d.get("JobExecutionSettings") == {"AllowDeferredExecution": False},
        ),
        (
            "LanguageCode beside IdentifyLanguage",
            lambda d: d.get("IdentifyLanguage") is True and "LanguageCode" in d,
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_response_dicts_hold_what_a_request_may_not(
    description: str, predicate: Callable[[dict[str, Any]], Any]
) -> None:
    """Drifted TranscriptionJob dicts include each liberal case, and all of them parse."""
    wire = find(strategies.response_dicts(TranscriptionJob), predicate, settings=FIND)
    assert isinstance(structure(wire, TranscriptionJob), TranscriptionJob), description


@pytest.mark.parametrize("cls", [cls for cls in ALL_SHAPES if is_response_shape(cls)], ids=shape_id)
@share(0.05)
@given(data=st.data())
def test_response_dicts_without_drift_are_todays_model(
    cls: type[WireModel], data: st.DataObject
) -> None:
    """response_dicts(cls, drift=False) structures into a model check() is happy with."""
    model = structure(data.draw(strategies.response_dicts(cls, drift=False)), cls)
    assert not errors_of(model)


@given(st.from_type(StartTranscriptionJobRequest))
def test_drawn_requests_carry_no_warning_either(request: StartTranscriptionJobRequest) -> None:
    """A drawn request is what a careful user sends: check() finds nothing, not even a warning."""
    assert check(request) == ()
