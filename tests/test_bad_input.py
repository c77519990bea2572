"""Hostile input ends in a model or a ValidationError, never in anything else.

``structure`` and ``from_json`` take anything at all. Whatever comes in (the wrong type at the
top, a million levels of nesting, a 10 MB string, NaN, a bool where an int goes, bytes that are
not UTF-8), the caller sees either a model or a ``ValidationError`` whose paths name the member
in wire names. A ``TypeError``, ``KeyError``, ``AttributeError``, ``RecursionError`` or any
other exception escaping is a bug; the tests let it propagate so the failure shows it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import botocore.session
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcribe_model import (
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    TranscriptionJob,
    TranscriptionJobSummary,
    ValidationError,
    WireModel,
    from_json,
    structure,
    unstructure,
)

REQUEST_CLASSES = [StartTranscriptionJobRequest, GetTranscriptionJobRequest, Settings]
RESPONSE_CLASSES = [TranscriptionJob, GetTranscriptionJobResponse, ListTranscriptionJobsResponse]
CLASSES = REQUEST_CLASSES + RESPONSE_CLASSES

DEPTH = 1_000_000
TEN_MB = 10 * 1024 * 1024

VALID_REQUEST: dict[str, Any] = {
    "TranscriptionJobName": "job-1",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://media-bucket/talk.wav"},
}


def _request(**members: Any) -> dict[str, Any]:
    """A valid StartTranscriptionJob request dict with ``members`` replaced or added."""
    return {**VALID_REQUEST, **members}


def _paths(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [violation.path for violation in exc.value.errors]


def _names(cls: type[WireModel]) -> str:
    return cls.__name__


def _deep_dict(depth: int) -> dict[str, Any]:
    """``{"a": {"a": ... {} ...}}`` nested ``depth`` levels, built without recursion."""
    top: dict[str, Any] = {}
    current = top
    for _ in range(depth):
        child: dict[str, Any] = {}
        current["a"] = child
        current = child
    return top


def _deep_list(depth: int) -> list[Any]:
    """``[[[ ... ]]]`` nested ``depth`` levels, built without recursion."""
    top: list[Any] = []
    current = top
    for _ in range(depth):
        child: list[Any] = []
        current.append(child)
        current = child
    return top


@pytest.fixture(scope="module")
def deep_dict() -> dict[str, Any]:
    """A dict nested a million levels deep."""
    return _deep_dict(DEPTH)


@pytest.fixture(scope="module")
def deep_list() -> list[Any]:
    """A list nested a million levels deep."""
    return _deep_list(DEPTH)


# --- the wrong thing at the top -----------------------------------------------------------------

TOP_LEVEL = [None, [], ["TranscriptionJobName"], "TranscriptionJobName", "", 0, 7, 1.5, True]


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
@pytest.mark.parametrize("value", TOP_LEVEL, ids=repr)
def test_structure_refuses_a_non_object_at_the_top(cls: type[WireModel], value: Any) -> None:
    """structure() of None, a list, a str or a number is a ValidationError about the whole."""
    with pytest.raises(ValidationError) as exc:
        structure(value, cls)
    assert _paths(exc) == [""]


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
@pytest.mark.parametrize("value", TOP_LEVEL, ids=repr)
def test_from_json_refuses_a_non_object_at_the_top(cls: type[WireModel], value: Any) -> None:
    """from_json() of JSON null, an array, a string or a number is a ValidationError."""
    with pytest.raises(ValidationError) as exc:
        from_json(json.dumps(value), cls)
    assert _paths(exc) == [""]


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
@pytest.mark.parametrize("text", ["", "   ", "{", "{'a': 1}", "[1,]", "nul", '{"a" 1}'])
def test_from_json_refuses_text_that_is_not_json(cls: type[WireModel], text: str) -> None:
    """Text that is not JSON is a ValidationError, not a JSONDecodeError."""
    with pytest.raises(ValidationError):
        from_json(text, cls)


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
@pytest.mark.parametrize(
    "data", [b"\xff", b"\x80{}", b'{"TranscriptionJobName": "\xc3\x28"}', b"\xfe\xff\xd8"]
)
def test_from_json_refuses_bytes_that_are_not_utf8(cls: type[WireModel], data: bytes) -> None:
    """Bytes that do not decode as UTF-8 are a ValidationError, not a UnicodeDecodeError."""
    with pytest.raises(ValidationError):
        from_json(data, cls)


# --- a million levels deep ----------------------------------------------------------------------


def test_deep_dict_as_unknown_member_of_a_response(deep_dict: dict[str, Any]) -> None:
    """A million-deep dict kept as an unknown member is refused at the member, not recursed."""
    with pytest.raises(ValidationError) as exc:
        structure({"TranscriptionJobName": "j", "Deep": deep_dict}, TranscriptionJob)
    assert [path.split(".")[0] for path in _paths(exc)] == ["Deep"]


def test_deep_list_as_unknown_member_of_a_response(deep_list: list[Any]) -> None:
    """A million-deep list kept as an unknown member is refused at the member, not recursed."""
    with pytest.raises(ValidationError) as exc:
        structure({"TranscriptionJobName": "j", "Deep": deep_list}, TranscriptionJob)
    assert [path.split("[")[0] for path in _paths(exc)] == ["Deep"]


def test_deep_dict_as_unknown_member_of_a_request(deep_dict: dict[str, Any]) -> None:
    """A request refuses a million-deep unknown member by name, without descending into it."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(Deep=deep_dict), StartTranscriptionJobRequest)
    assert _paths(exc) == ["Deep"]


def test_deep_dict_in_a_request_that_allows_unknown(deep_dict: dict[str, Any]) -> None:
    """A request that keeps unknown members still refuses one nested a million deep."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(Deep=deep_dict), StartTranscriptionJobRequest, allow_unknown=True)
    assert [path.split(".")[0] for path in _paths(exc)] == ["Deep"]


def test_deep_dict_at_the_top_of_a_response(deep_dict: dict[str, Any]) -> None:
    """A million-deep dict as the whole response is a ValidationError."""
    with pytest.raises(ValidationError):
        structure(deep_dict, GetTranscriptionJobResponse)


def test_deep_list_at_the_top_of_a_response(deep_list: list[Any]) -> None:
    """A million-deep list as the whole response is a ValidationError."""
    with pytest.raises(ValidationError):
        structure(deep_list, GetTranscriptionJobResponse)


def test_deep_dict_in_a_known_structure_member(deep_dict: dict[str, Any]) -> None:
    """A million-deep dict where Settings goes is refused under Settings."""
    with pytest.raises(ValidationError) as exc:
        structure({"Settings": deep_dict}, TranscriptionJob)
    assert all(path.startswith("Settings") for path in _paths(exc))


def test_deep_dict_in_a_map_member(deep_dict: dict[str, Any]) -> None:
    """A million-deep dict as a LanguageIdSettings value is refused under LanguageIdSettings."""
    with pytest.raises(ValidationError) as exc:
        structure({"LanguageIdSettings": {"en-US": deep_dict}}, TranscriptionJob)
    assert all(path.startswith("LanguageIdSettings[en-US]") for path in _paths(exc))


def test_deep_list_in_a_list_member(deep_list: list[Any]) -> None:
    """A million-deep list where Tags goes is refused at Tags[0]."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(Tags=deep_list), StartTranscriptionJobRequest)
    assert _paths(exc) == ["Tags[0]"]


def test_moderately_nested_unknown_member_is_kept() -> None:
    """The accepted neighbour: an unknown member 30 levels deep survives a round trip."""
    data = {"TranscriptionJobName": "j", "Future": _deep_dict(30)}
    assert unstructure(structure(data, TranscriptionJob)) == data


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
def test_json_of_a_million_open_brackets(cls: type[WireModel]) -> None:
    """from_json of "[" a million times is a ValidationError, not a RecursionError."""
    with pytest.raises(ValidationError):
        from_json("[" * DEPTH, cls)


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
def test_json_of_a_million_open_objects(cls: type[WireModel]) -> None:
    """from_json of '{"a":' a million times is a ValidationError, not a RecursionError."""
    with pytest.raises(ValidationError):
        from_json('{"a":' * DEPTH, cls)


@pytest.mark.parametrize("cls", [TranscriptionJob, StartTranscriptionJobRequest], ids=_names)
def test_well_formed_json_a_million_deep(cls: type[WireModel]) -> None:
    """Well-formed JSON nested a million deep is a ValidationError, not a RecursionError."""
    with pytest.raises(ValidationError):
        from_json('{"a":' * DEPTH + "0" + "}" * DEPTH, cls)


def test_json_nested_as_an_unknown_member_beyond_the_limit() -> None:
    """JSON that parses but nests an unknown member too deep is refused at that member."""
    text = '{"Future":' + '{"a":' * 500 + "0" + "}" * 501
    with pytest.raises(ValidationError) as exc:
        from_json(text, TranscriptionJob)
    assert [path.split(".")[0] for path in _paths(exc)] == ["Future"]


# --- a 10 MB string -----------------------------------------------------------------------------


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The length of every string the TranscriptionJobName pattern is run over.

    A spy stands in for the compiled pattern; the fast check, which holds its ``fullmatch``,
    is made again, so both the fast check and the general walk reach the spy.
    """
    from transcribe_model._check import FAST_CHECKS
    from transcribe_model.transcription_jobs._models import TRANSCRIPTION_JOB_NAME

    lengths: list[int] = []
    real = re.compile(TRANSCRIPTION_JOB_NAME.pattern or "")

    class Spy:
        def fullmatch(self, value: str) -> object:
            lengths.append(len(value))
            return real.fullmatch(value)

    monkeypatch.delitem(FAST_CHECKS, StartTranscriptionJobRequest, raising=False)
    kept = TRANSCRIPTION_JOB_NAME._regex
    object.__setattr__(TRANSCRIPTION_JOB_NAME, "_regex", Spy())
    try:
        yield lengths
    finally:
        object.__setattr__(TRANSCRIPTION_JOB_NAME, "_regex", kept)
        FAST_CHECKS.pop(StartTranscriptionJobRequest, None)  # made with the spy


@pytest.mark.parametrize("fill", ["a", " "])
def test_ten_mb_job_name_in_a_request_is_refused_on_its_length(
    fill: str, scanned: list[int]
) -> None:
    """A 10 MB TranscriptionJobName fails on its length, naming the member; the pattern is
    never run over it (lengths are checked first), valid characters or not."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(TranscriptionJobName=fill * TEN_MB), StartTranscriptionJobRequest)
    assert _paths(exc) == ["TranscriptionJobName"]
    assert "at most 200 characters" in str(exc.value)
    assert all(length <= 200 for length in scanned)
    structure(_request(TranscriptionJobName="job-1"), StartTranscriptionJobRequest)
    assert scanned[-1:] == [5]  # the spy is really in the path: the valid neighbour was matched


def test_ten_mb_job_name_error_message_stays_short() -> None:
    """The error for a 10 MB name describes it without repeating it."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(TranscriptionJobName="a" * TEN_MB), StartTranscriptionJobRequest)
    assert len(str(exc.value)) < 1_000


def test_ten_mb_job_name_in_json_request_is_refused(scanned: list[int]) -> None:
    """from_json of a request with a 10 MB TranscriptionJobName names the member, unscanned."""
    text = json.dumps(_request(TranscriptionJobName="a" * TEN_MB))
    with pytest.raises(ValidationError) as exc:
        from_json(text, StartTranscriptionJobRequest)
    assert _paths(exc) == ["TranscriptionJobName"]
    assert all(length <= 200 for length in scanned)


def test_ten_mb_job_name_in_a_response_is_accepted() -> None:
    """A response is parsed liberally: a 10 MB TranscriptionJobName is kept as it came."""
    name = "a" * TEN_MB
    job = structure({"TranscriptionJobName": name}, TranscriptionJob)
    assert job.transcription_job_name == name


def test_ten_mb_unknown_member_name_error_stays_short() -> None:
    """A request with a 10 MB unknown member name is refused with a short error."""
    with pytest.raises(ValidationError) as exc:
        structure({**VALID_REQUEST, "x" * TEN_MB: 1}, StartTranscriptionJobRequest)
    assert len(str(exc.value)) < 1_000


def test_ten_mb_map_key_error_stays_short() -> None:
    """A 10 MB KMSEncryptionContext key is refused with an error that does not repeat it."""
    data = _request(KMSEncryptionContext={"k" * TEN_MB: "v"})
    with pytest.raises(ValidationError) as exc:
        structure(data, StartTranscriptionJobRequest)
    assert all(path.startswith("KMSEncryptionContext[") for path in _paths(exc))
    assert len(str(exc.value)) < 1_000


# --- NaN and Infinity ---------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_json_non_finite_score_is_refused(token: str) -> None:
    """NaN, Infinity and overflowing numbers in JSON are a ValidationError."""
    with pytest.raises(ValidationError):
        from_json(f'{{"IdentifiedLanguageScore": {token}}}', TranscriptionJob)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_json_non_finite_unknown_member_is_refused(token: str) -> None:
    """NaN and Infinity are refused even in a member the library does not know."""
    with pytest.raises(ValidationError):
        from_json(f'{{"Future": [1, {token}]}}', TranscriptionJob)


@pytest.mark.parametrize("cls", [StartTranscriptionJobRequest, GetTranscriptionJobResponse])
def test_json_nan_in_a_request_or_response(cls: type[WireModel]) -> None:
    """NaN anywhere in the text refuses the whole document."""
    with pytest.raises(ValidationError):
        from_json('{"TranscriptionJobName": "j", "Extra": NaN}', cls)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_dict_non_finite_score_is_refused(value: float) -> None:
    """A non-finite float for IdentifiedLanguageScore is refused at that member."""
    with pytest.raises(ValidationError) as exc:
        structure({"IdentifiedLanguageScore": value}, TranscriptionJob)
    assert _paths(exc) == ["IdentifiedLanguageScore"]


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_dict_non_finite_nested_float_is_refused(value: float) -> None:
    """A non-finite DurationInSeconds is refused with its path through the list."""
    with pytest.raises(ValidationError) as exc:
        structure({"LanguageCodes": [{"DurationInSeconds": value}]}, TranscriptionJob)
    assert _paths(exc) == ["LanguageCodes[0].DurationInSeconds"]


@pytest.mark.parametrize("value", [math.nan, -math.inf])
def test_dict_non_finite_unknown_member_is_refused(value: float) -> None:
    """A non-finite float inside an unknown member is refused at that member."""
    with pytest.raises(ValidationError) as exc:
        structure({"Future": {"score": value}}, TranscriptionJob)
    assert all(path.startswith("Future") for path in _paths(exc))


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_dict_non_finite_decimal_unknown_member_is_refused(value: Decimal) -> None:
    """A non-finite Decimal in an unknown member is refused, as a non-finite float is."""
    with pytest.raises(ValidationError) as exc:
        structure({"Future": value}, TranscriptionJob)
    assert _paths(exc) == ["Future"]


def test_dict_int_too_large_for_a_float_member() -> None:
    """An int beyond the float range for IdentifiedLanguageScore is a ValidationError."""
    with pytest.raises(ValidationError) as exc:
        structure({"IdentifiedLanguageScore": 10**400}, TranscriptionJob)
    assert _paths(exc) == ["IdentifiedLanguageScore"]


def test_json_int_too_large_for_a_float_member() -> None:
    """A 400-digit JSON integer where DurationInSeconds goes is a ValidationError."""
    text = '{"LanguageCodes": [{"DurationInSeconds": 1' + "0" * 400 + "}]}"
    with pytest.raises(ValidationError) as exc:
        from_json(text, TranscriptionJob)
    assert _paths(exc) == ["LanguageCodes[0].DurationInSeconds"]


def test_large_but_finite_int_for_a_float_member_is_accepted() -> None:
    """The accepted neighbour: an int that fits a float is taken as a float."""
    job = structure({"IdentifiedLanguageScore": 10**300}, TranscriptionJob)
    assert job.identified_language_score == float(10**300)


# --- the wrong type for a member ----------------------------------------------------------------


def test_bool_for_int_in_a_request() -> None:
    """MaxSpeakerLabels: True is refused at Settings.MaxSpeakerLabels, not taken as 1."""
    data = _request(Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": True})
    with pytest.raises(ValidationError) as exc:
        structure(data, StartTranscriptionJobRequest)
    assert _paths(exc) == ["Settings.MaxSpeakerLabels"]


def test_bool_for_int_in_a_response() -> None:
    """Even a liberal parse refuses a bool for MaxSpeakerLabels, naming its path."""
    with pytest.raises(ValidationError) as exc:
        structure({"Settings": {"MaxSpeakerLabels": True}}, TranscriptionJob)
    assert _paths(exc) == ["Settings.MaxSpeakerLabels"]


def test_false_string_for_bool_in_a_request() -> None:
    """IdentifyLanguage: "false" is refused at IdentifyLanguage, not taken as truthy."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(IdentifyLanguage="false"), StartTranscriptionJobRequest)
    assert _paths(exc) == ["IdentifyLanguage"]


def test_false_string_for_bool_in_a_response() -> None:
    """Settings.ShowSpeakerLabels: "false" in a response is refused at that path."""
    with pytest.raises(ValidationError) as exc:
        structure({"Settings": {"ShowSpeakerLabels": "false"}}, TranscriptionJob)
    assert _paths(exc) == ["Settings.ShowSpeakerLabels"]


def test_zero_for_bool_is_refused() -> None:
    """0 is not a boolean either."""
    with pytest.raises(ValidationError) as exc:
        structure({"Settings": {"ChannelIdentification": 0}}, TranscriptionJob)
    assert _paths(exc) == ["Settings.ChannelIdentification"]


def test_string_for_list_in_a_request() -> None:
    """Tags: "abc" is refused at Tags, not split into characters."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(Tags="abc"), StartTranscriptionJobRequest)
    assert _paths(exc) == ["Tags"]


def test_string_for_list_in_a_response() -> None:
    """LanguageOptions: "abc" in a response is refused at LanguageOptions."""
    with pytest.raises(ValidationError) as exc:
        structure({"LanguageOptions": "abc"}, TranscriptionJob)
    assert _paths(exc) == ["LanguageOptions"]


def test_float_for_int_is_refused() -> None:
    """MediaSampleRateHertz: 16000.0 is refused; an integer member takes only an int."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(MediaSampleRateHertz=16000.0), StartTranscriptionJobRequest)
    assert _paths(exc) == ["MediaSampleRateHertz"]


def test_naive_datetime_is_refused() -> None:
    """A naive datetime for CreationTime is refused at CreationTime."""
    with pytest.raises(ValidationError) as exc:
        structure({"CreationTime": datetime(2020, 9, 18, 22, 27, 23)}, TranscriptionJob)
    assert _paths(exc) == ["CreationTime"]


def test_naive_iso_timestamp_in_json_is_refused() -> None:
    """An ISO 8601 timestamp without an offset in JSON is refused at CreationTime."""
    with pytest.raises(ValidationError) as exc:
        from_json('{"CreationTime": "2020-09-18T22:27:23"}', TranscriptionJob)
    assert _paths(exc) == ["CreationTime"]


def test_string_timestamp_in_a_botocore_dict_is_refused() -> None:
    """botocore gives datetimes: a string for CreationTime in a dict is refused."""
    with pytest.raises(ValidationError) as exc:
        structure({"CreationTime": "2020-09-18T22:27:23+00:00"}, TranscriptionJob)
    assert _paths(exc) == ["CreationTime"]


@pytest.mark.parametrize("value", ["9999-99-99", "0000-01-01T00:00:00+00:00", "yesterday"])
def test_bad_iso_timestamp_in_json_is_refused(value: str) -> None:
    """A malformed or out-of-range timestamp string is refused at its member."""
    with pytest.raises(ValidationError) as exc:
        from_json(json.dumps({"StartTime": value}), TranscriptionJob)
    assert _paths(exc) == ["StartTime"]


@pytest.mark.parametrize("value", [1e300, -1e20, 10**40])
def test_out_of_range_epoch_in_json_is_refused(value: float) -> None:
    """Epoch seconds beyond what a datetime holds are refused at their member."""
    with pytest.raises(ValidationError) as exc:
        from_json(json.dumps({"CompletionTime": value}), TranscriptionJob)
    assert _paths(exc) == ["CompletionTime"]


def test_int_key_in_a_request_map() -> None:
    """An int key in KMSEncryptionContext is refused under KMSEncryptionContext."""
    with pytest.raises(ValidationError) as exc:
        structure(_request(KMSEncryptionContext={1: "x"}), StartTranscriptionJobRequest)
    assert all(path.startswith("KMSEncryptionContext") for path in _paths(exc))
    assert _paths(exc)


def test_int_key_in_a_response_map() -> None:
    """An int key in LanguageIdSettings is refused under LanguageIdSettings."""
    with pytest.raises(ValidationError) as exc:
        structure({"LanguageIdSettings": {1: {}}}, TranscriptionJob)
    assert all(path.startswith("LanguageIdSettings") for path in _paths(exc))
    assert _paths(exc)


@pytest.mark.parametrize("cls", CLASSES, ids=_names)
@pytest.mark.parametrize("name", [1, None, 2.5, ("Tuple",), b"TranscriptionJobName"], ids=repr)
def test_non_string_member_name(cls: type[WireModel], name: Any) -> None:
    """A member name that is not a string is a ValidationError, for requests and responses."""
    with pytest.raises(ValidationError):
        structure({name: "x"}, cls)


def test_non_string_member_name_in_a_nested_structure() -> None:
    """A non-string member name inside Settings is refused under Settings."""
    with pytest.raises(ValidationError) as exc:
        structure({"Settings": {7: True}}, TranscriptionJob)
    assert _paths(exc) == ["Settings"]


def test_wrong_type_in_a_list_item_names_the_index() -> None:
    """A bad Tags[3].Key is reported at Tags[3].Key."""
    tags = [{"Key": f"k{i}", "Value": "v"} for i in range(3)] + [{"Key": 3, "Value": "v"}]
    with pytest.raises(ValidationError) as exc:
        structure(_request(Tags=tags), StartTranscriptionJobRequest)
    assert _paths(exc) == ["Tags[3].Key"]


def test_not_data_in_an_unknown_member() -> None:
    """An object that is not JSON-like data in an unknown member is refused at that member."""
    with pytest.raises(ValidationError) as exc:
        structure({"Future": {1, 2}}, TranscriptionJob)
    assert _paths(exc) == ["Future"]


def test_every_violation_is_collected() -> None:
    """Several wrong members are all reported, each at its own path."""
    data = _request(
        MediaSampleRateHertz="fast",
        IdentifyLanguage="no",
        Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": True},
    )
    with pytest.raises(ValidationError) as exc:
        structure(data, StartTranscriptionJobRequest)
    assert set(_paths(exc)) >= {
        "MediaSampleRateHertz",
        "IdentifyLanguage",
        "Settings.MaxSpeakerLabels",
    }


# --- anything at all ----------------------------------------------------------------------------


def _service_vocabulary() -> tuple[list[str], list[str]]:
    """Member names and enum values of the transcribe service model, to reach deep members."""
    model = botocore.session.get_session().get_service_model("transcribe")
    members: set[str] = set()
    values: set[str] = set()
    for name in model.shape_names:
        shape = model.shape_for(name)
        members.update(getattr(shape, "members", {}) or {})
        values.update(getattr(shape, "enum", []) or [])
    return sorted(members), sorted(values)


MEMBER_NAMES, ENUM_VALUES = _service_vocabulary()

keys = st.one_of(st.sampled_from(MEMBER_NAMES), st.text(max_size=8))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(ENUM_VALUES),
)
json_like = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(keys, children, max_size=6),
    ),
    max_leaves=30,
)
top_objects = st.dictionaries(keys, json_like, max_size=8)

FUZZED = [
    StartTranscriptionJobRequest,
    ListTranscriptionJobsRequest,
    Settings,
    TranscriptionJob,
    TranscriptionJobSummary,
    StartTranscriptionJobResponse,
    ListTranscriptionJobsResponse,
]
FUZZ_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _outcome(call: Any, cls: type[WireModel]) -> None:
    """Run ``call``: a ``cls`` instance or a ValidationError are fine, anything else escapes."""
    try:
        result = call()
    except ValidationError as exc:
        result = exc
    if isinstance(result, ValidationError):
        assert result.errors
    else:
        assert isinstance(result, cls)


@pytest.mark.parametrize("cls", FUZZED, ids=_names)
@FUZZ_SETTINGS
@given(data=st.one_of(json_like, top_objects), allow_unknown=st.sampled_from([None, True, False]))
def test_structure_of_anything(cls: type[WireModel], data: Any, allow_unknown: bool | None) -> None:
    """structure() of any JSON-like value yields a model or a ValidationError, nothing else."""
    _outcome(lambda: structure(data, cls, allow_unknown=allow_unknown), cls)


@pytest.mark.parametrize("cls", FUZZED, ids=_names)
@FUZZ_SETTINGS
@given(data=st.one_of(json_like, top_objects))
def test_from_json_of_anything(cls: type[WireModel], data: Any) -> None:
    """from_json() of any JSON text (NaN included) yields a model or a ValidationError."""
    _outcome(lambda: from_json(json.dumps(data), cls), cls)


@pytest.mark.parametrize("cls", FUZZED, ids=_names)
@FUZZ_SETTINGS
@given(data=st.binary(max_size=64))
def test_from_json_of_any_bytes(cls: type[WireModel], data: bytes) -> None:
    """from_json() of arbitrary bytes yields a model or a ValidationError."""
    _outcome(lambda: from_json(data, cls), cls)
