"""Properties of the library, drawn from the strategies and from botocore's own service model.

- Round trips: ``structure(unstructure(x)) == x`` and ``from_json(to_json(x)) == x`` for every
  model the strategies draw; ``unstructure(structure(d)) == d`` for dicts drawn from botocore's
  service model (``botocore_shapes``, which knows nothing of ``transcribe_model``).
- Conformance: every valid request the strategies draw passes botocore's own
  ``ParamValidator``; every valid response passes it for the operation's output shape.
- Rules: every request that ``invalid_requests()`` breaks on purpose is refused, naming the
  rule it breaks and no other, at a path through that rule's member.
- Liberal parsing: every response dict, drift and all, parses and comes back unchanged.
- Requests of any in-type values (``allow_unknown=True``) are refused or round-trip exactly;
  invalid requests break only rules, so botocore's own validation passes them.
- Robustness: a near miss (one member's type or value changed, a member dropped or added) ends
  in a model or a ``ValidationError`` from ``structure`` and ``from_json``, never in another
  exception.

Example counts are a share of the profile's ``max_examples`` (``conftest.py``), so
``HYPOTHESIS_PROFILE=ci`` stays quick and ``nightly`` still runs long.
"""

from __future__ import annotations

import base64
import copy
import json
import math
import pickle
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from botocore.validate import ParamValidator
from botocore_shapes import (
    ALL_STRUCTURES,
    REQUEST_STRUCTURES,
    SERVICE_MODEL,
    is_request_structure,
    shape_values,
    structure_values,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transcribe_model
from transcribe_model import (
    StartTranscriptionJobRequest,
    ValidationError,
    WireModel,
    from_json,
    structure,
    to_json,
    unstructure,
)
from transcribe_model._rules import REQUEST_RULES
from transcribe_model._spec import ALL_SHAPES, RESPONSE_SHAPES
from transcribe_model.strategies import invalid_requests, response_dicts

F = TypeVar("F", bound=Callable[..., Any])

MODELS: dict[str, type[WireModel]] = {cls.__name__: cls for cls in ALL_SHAPES}
RESPONSES = sorted(RESPONSE_SHAPES, key=lambda cls: cls.__name__)
RULE_NAMES = [rule.__name__ for rules in REQUEST_RULES.values() for rule in rules]

#: For each rule, the members (as they appear in error paths) it is about: read from the
#: README's rules table, not from the library.
RULE_MEMBERS: dict[str, tuple[str, ...]] = {
    "one_language_source": ("LanguageCode", "IdentifyLanguage", "IdentifyMultipleLanguages"),
    "language_options_need_identification": ("LanguageOptions",),
    "language_options_are_distinct": ("LanguageOptions",),
    "language_id_settings_need_identification": ("LanguageIdSettings",),
    "language_id_settings_match_language_options": ("LanguageIdSettings",),
    "multiple_languages_have_no_custom_language_model": ("].LanguageModelName",),
    "identification_takes_custom_models_per_language": (
        "ModelSettings",
        "Settings.VocabularyName",
        "Settings.VocabularyFilterName",
    ),
    "language_id_vocabulary_filter_needs_method": ("].VocabularyFilterName",),
    "output_key_needs_output_bucket_name": ("OutputKey",),
    "no_redacted_media_in_request": ("Media.RedactedMediaFileUri",),
    "tag_keys_are_distinct": ("].Key",),
    "speaker_labels_need_max_speaker_labels": ("Settings.MaxSpeakerLabels",),
    "max_speaker_labels_need_speaker_labels": ("Settings.MaxSpeakerLabels",),
    "alternatives_need_max_alternatives": ("Settings.MaxAlternatives",),
    "max_alternatives_need_alternatives": ("Settings.MaxAlternatives",),
    "vocabulary_filter_name_needs_method": ("Settings.VocabularyFilterMethod",),
    "model_settings_need_language_model_name": ("ModelSettings.LanguageModelName",),
    "deferred_execution_and_role_go_together": (
        "JobExecutionSettings.AllowDeferredExecution",
        "JobExecutionSettings.DataAccessRoleArn",
    ),
    "pii_entity_types_are_all_or_distinct": ("ContentRedaction.PiiEntityTypes",),
    "subtitle_formats_are_distinct": ("Subtitles.Formats[",),
}


def share(fraction: float) -> Callable[[F], F]:
    """Run ``fraction`` of the profile's examples (at least five)."""
    examples = max(5, int(settings.default.max_examples * fraction))
    return settings(max_examples=examples, suppress_health_check=[HealthCheck.too_slow])


def shape_id(cls: type[WireModel]) -> str:
    return cls.__name__


# --- round trips of what the strategies draw ---------------------------------------------------


@pytest.mark.parametrize("cls", ALL_SHAPES, ids=shape_id)
@share(0.15)
@given(data=st.data())
def test_structure_inverts_unstructure(cls: type[WireModel], data: st.DataObject) -> None:
    """structure(unstructure(x), type(x)) == x for every model the strategies draw."""
    model = data.draw(st.from_type(cls))
    back = structure(unstructure(model), cls)
    assert back == model
    assert hash(back) == hash(model)


@pytest.mark.parametrize("cls", ALL_SHAPES, ids=shape_id)
@share(0.15)
@given(data=st.data())
def test_from_json_inverts_to_json(cls: type[WireModel], data: st.DataObject) -> None:
    """from_json(to_json(x), type(x)) == x for every model the strategies draw."""
    model = data.draw(st.from_type(cls))
    assert from_json(to_json(model), cls) == model


# --- round trips of what botocore's service model allows ---------------------------------------


def test_the_oracle_knows_the_same_shapes_and_sides() -> None:
    """botocore_shapes finds the 21 structures, and the library parses liberally the same 8."""
    assert set(ALL_STRUCTURES) == set(MODELS)
    liberal = {name for name in ALL_STRUCTURES if not is_request_structure(name)}
    assert liberal == {cls.__name__ for cls in RESPONSE_SHAPES}


@pytest.mark.parametrize("name", sorted(ALL_STRUCTURES))
@share(0.15)
@given(data=st.data())
def test_botocore_dicts_come_back_unchanged(name: str, data: st.DataObject) -> None:
    """unstructure(structure(d)) == d for dicts drawn from botocore's model; only rules refuse."""
    wire = data.draw(structure_values(name))
    cls = MODELS[name]
    if is_request_structure(name):
        try:
            model = structure(wire, cls)
        except ValidationError as error:
            unnamed = [violation for violation in error.errors if violation.rule is None]
            assert not unnamed, "only a cross-field rule may refuse an in-bounds request"
            return
    else:
        model = structure(wire, cls)
    assert unstructure(model) == wire


# --- conformance with botocore's own validation ------------------------------------------------


def _botocore_errors(params: dict[str, Any], operation: str, *, output: bool) -> str | None:
    model = SERVICE_MODEL.operation_model(operation)
    shape = model.output_shape if output else model.input_shape
    report = ParamValidator().validate(params, shape)
    return report.generate_report() if report.has_errors() else None


@share(0.5)
@given(request=st.from_type(StartTranscriptionJobRequest))
def test_valid_requests_pass_botocore_validation(request: StartTranscriptionJobRequest) -> None:
    """Every valid request, unstructured, passes botocore's ParamValidator."""
    assert _botocore_errors(unstructure(request), "StartTranscriptionJob", output=False) is None


@pytest.mark.parametrize(
    ("operation", "cls"),
    [
        ("StartTranscriptionJob", transcribe_model.StartTranscriptionJobResponse),
        ("GetTranscriptionJob", transcribe_model.GetTranscriptionJobResponse),
        ("ListTranscriptionJobs", transcribe_model.ListTranscriptionJobsResponse),
    ],
    ids=["Start", "Get", "List"],
)
@share(0.15)
@given(data=st.data())
def test_valid_responses_pass_botocore_validation(
    operation: str, cls: type[WireModel], data: st.DataObject
) -> None:
    """Every valid response, unstructured, passes ParamValidator for the output shape."""
    response = data.draw(st.from_type(cls))
    assert _botocore_errors(unstructure(response), operation, output=True) is None


@pytest.mark.parametrize("operation", ["GetTranscriptionJob", "DeleteTranscriptionJob"])
@share(0.1)
@given(data=st.data())
def test_valid_job_name_requests_pass_botocore_validation(
    operation: str, data: st.DataObject
) -> None:
    """Get and Delete requests pass ParamValidator for their input shape."""
    cls = MODELS[f"{operation}Request"]
    request = data.draw(st.from_type(cls))
    assert _botocore_errors(unstructure(request), operation, output=False) is None


@share(0.1)
@given(request=st.from_type(transcribe_model.ListTranscriptionJobsRequest))
def test_valid_list_requests_pass_botocore_validation(
    request: transcribe_model.ListTranscriptionJobsRequest,
) -> None:
    """ListTranscriptionJobs requests pass ParamValidator for its input shape."""
    assert _botocore_errors(unstructure(request), "ListTranscriptionJobs", output=False) is None


# --- every rule, broken on purpose -------------------------------------------------------------


def test_every_rule_has_its_members_listed() -> None:
    """The table of rule members here names exactly the rules of _rules.REQUEST_RULES."""
    assert set(RULE_MEMBERS) == set(RULE_NAMES)


@pytest.mark.parametrize("rule", RULE_NAMES)
@share(0.06)
@given(data=st.data())
def test_a_request_breaking_one_rule_is_refused_naming_it(rule: str, data: st.DataObject) -> None:
    """structure and from_json refuse it; every violation names the rule, one at its member."""
    name, request = data.draw(invalid_requests(rule))
    assert name == rule
    for parse in (
        lambda: structure(request, StartTranscriptionJobRequest),
        lambda: from_json(json.dumps(request), StartTranscriptionJobRequest),
    ):
        with pytest.raises(ValidationError) as caught:
            parse()
        errors = caught.value.errors
        assert {violation.rule for violation in errors} == {rule}, errors
        assert any(
            member in violation.path for violation in errors for member in RULE_MEMBERS[rule]
        ), errors


@share(0.1)
@given(pair=invalid_requests())
def test_invalid_requests_break_only_rules_not_types_or_bounds(
    pair: tuple[str, dict[str, Any]],
) -> None:
    """botocore's ParamValidator (types, required members, minimums) passes every one."""
    _rule, request = pair
    assert _botocore_errors(request, "StartTranscriptionJob", output=False) is None


@share(0.1)
@given(pair=invalid_requests())
def test_any_invalid_request_is_refused_for_its_rule(pair: tuple[str, dict[str, Any]]) -> None:
    """invalid_requests() with no argument draws from every rule, each refused for it."""
    rule, request = pair
    with pytest.raises(ValidationError) as caught:
        structure(request, StartTranscriptionJobRequest)
    assert {violation.rule for violation in caught.value.errors} == {rule}


# --- what the service sends --------------------------------------------------------------------


@pytest.mark.parametrize("cls", RESPONSES, ids=shape_id)
@share(0.15)
@given(data=st.data())
def test_response_dicts_parse_and_come_back_unchanged(
    cls: type[WireModel], data: st.DataObject
) -> None:
    """A response dict, newer values and members and all, parses and round-trips exactly."""
    wire = data.draw(response_dicts(cls))
    model = structure(wire, cls)
    assert unstructure(model) == wire
    assert from_json(to_json(model), cls) == model
    assert pickle.loads(pickle.dumps(model)) == model
    assert hash(copy.deepcopy(model)) == hash(model)


@pytest.mark.parametrize("name", sorted(REQUEST_STRUCTURES))
@share(0.1)
@given(data=st.data())
def test_requests_of_any_typed_values_are_refused_or_come_back_unchanged(
    name: str, data: st.DataObject
) -> None:
    """With allow_unknown, a request of any in-type values is refused, or round-trips exactly."""
    wire = data.draw(shape_values(ALL_STRUCTURES[name], request=False))
    cls = MODELS[name]
    try:
        model = structure(wire, cls, allow_unknown=True)
    except ValidationError as error:
        refused: ValidationError | None = error
    else:
        refused = None
    if refused is not None:
        assert refused.errors
        return
    assert unstructure(model) == wire
    assert from_json(to_json(model), cls, allow_unknown=True) == model


# --- near misses -------------------------------------------------------------------------------

_WRONG_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1.5,
    -0.0,
    2**63,
    10**400,
    -(10**400),
    math.nan,
    math.inf,
    "",
    "x",
    "\n",
    "job\n",
    "2020-13-45T25:61:00+00:00",
    "1e999",
    [],
    [None],
    [[[]]],
    {},
    {"a": 1},
    {1: "a"},
    datetime(2020, 1, 1),  # naive
    b"bytes",
    Decimal("1.5"),
    ("a", "tuple"),
    {"a", "set"},
    object(),
)


def _places(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) pair inside ``value``."""
    found: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            found.extend(_places(item))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            found.extend(_places(item))
    return found


def _containers(value: Any) -> list[dict[Any, Any]]:
    found: list[dict[Any, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for item in value.values():
            found.extend(_containers(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_containers(item))
    return found


def _tweak(draw: st.DrawFn, value: Any) -> Any:
    """The same type, a value just outside what is allowed."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return draw(st.sampled_from((value + 1, value - 1, -value, value * 10**6, 0)))
    if isinstance(value, float):
        return draw(st.sampled_from((value * 1e300, -value - 1, 1e308 * 10, math.nan)))
    if isinstance(value, str):
        return draw(
            st.sampled_from(
                (value + "\n", "", value * 300, " " + value, value.upper() + "!", value[:-1])
            )
        )
    if isinstance(value, list):
        return draw(st.sampled_from(([], [*value, *value], value[:-1], [value])))
    if isinstance(value, dict):
        return draw(st.sampled_from(({}, {"Unexpected": value}, dict.fromkeys(value))))
    return None


@st.composite
def near_misses(draw: st.DrawFn) -> tuple[type[WireModel], Any]:
    """A shape and a wire dict of it with one thing changed."""
    name = draw(st.sampled_from(sorted(ALL_STRUCTURES)))
    cls = MODELS[name]
    if draw(st.booleans()):
        wire = draw(structure_values(name))
    else:
        wire = unstructure(draw(st.from_type(cls)))
    kind = draw(st.integers(0, 4))
    places = _places(wire)
    if kind == 0 and places:  # a member (or item) of the wrong type
        box, key = draw(st.sampled_from(places))
        box[key] = draw(st.sampled_from(_WRONG_VALUES))
    elif kind == 1 and places:  # a member (or item) just out of range, of the right type
        box, key = draw(st.sampled_from(places))
        box[key] = _tweak(draw, box[key])
    elif kind == 2:  # a member dropped
        boxes = [box for box in _containers(wire) if box]
        if boxes:
            box = draw(st.sampled_from(boxes))
            del box[draw(st.sampled_from(list(box)))]
    elif kind == 3:  # a member added: unknown, or known elsewhere, or not a string
        box = draw(st.sampled_from(_containers(wire)))
        key = draw(st.sampled_from(("FutureMember", "Settings", "Key", "LanguageCode", 7, None)))
        box[key] = draw(st.sampled_from(_WRONG_VALUES))
    else:  # the whole thing of the wrong type
        wire = draw(st.sampled_from(_WRONG_VALUES))
    return cls, wire


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, Decimal):
        return float(value)
    return repr(value)


def _json_text(wire: Any) -> str:
    # Keys that are not strings become strings in JSON; None becomes "null".
    return json.dumps(wire, default=_json_default)


def _outcome(parse: Callable[[], object], cls: type[WireModel]) -> bool:
    """Whether ``parse()`` returned a ``cls`` or raised a ValidationError with violations."""
    try:
        result = parse()
    except ValidationError as error:
        return bool(error.errors)
    return isinstance(result, cls)


@share(0.75)
@given(case=near_misses(), allow_unknown=st.sampled_from((None, True, False)))
def test_near_misses_end_in_a_model_or_a_validation_error(
    case: tuple[type[WireModel], Any], allow_unknown: bool | None
) -> None:
    """structure and from_json on a near miss return a model or raise ValidationError only."""
    cls, wire = case
    for parse in (
        lambda: structure(wire, cls, allow_unknown=allow_unknown),
        lambda: from_json(_json_text(wire), cls, allow_unknown=allow_unknown),
    ):
        assert _outcome(parse, cls)


@share(0.25)
@given(
    data=st.data(),
    cut=st.integers(0, 2000),
    junk=st.sampled_from((b"", b"}", b"\x00", b"NaN", b"\xff", b"\xc3", b"1e999", b"9" * 400)),
    as_bytes=st.booleans(),
)
def test_damaged_json_ends_in_a_model_or_a_validation_error(
    data: st.DataObject, cut: int, junk: bytes, as_bytes: bool
) -> None:
    """from_json on JSON cut short or with junk spliced in raises ValidationError, if anything."""
    cls = data.draw(st.sampled_from(ALL_SHAPES))
    text = to_json(data.draw(st.from_type(cls)), indent=None).encode()
    damaged = text[:cut] + junk + text[cut + 1 :]
    document = damaged if as_bytes else damaged.decode(errors="replace")
    assert _outcome(lambda: from_json(document, cls), cls)


# --- library bugs, pinned ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "wire",
    [
        {"IdentifiedLanguageScore": 10**400},
        {"LanguageCodes": [{"DurationInSeconds": 10**400}]},
    ],
)
def test_an_integer_too_large_for_a_float_member_is_a_validation_error(wire: Any) -> None:
    """A float member given an int beyond float range is refused, not an OverflowError."""
    with pytest.raises(ValidationError):
        structure(wire, transcribe_model.TranscriptionJob)
    with pytest.raises(ValidationError):
        from_json(json.dumps(wire), transcribe_model.TranscriptionJob)


def test_a_timestamp_with_a_seconds_offset_round_trips_through_json() -> None:
    """to_json writes an offset of hours, minutes and seconds that from_json reads back."""
    moment = datetime(2020, 1, 1, tzinfo=timezone(timedelta(minutes=5, seconds=30)))
    job = transcribe_model.TranscriptionJob(creation_time=moment)
    assert from_json(to_json(job), transcribe_model.TranscriptionJob) == job
