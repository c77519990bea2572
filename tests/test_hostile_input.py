"""Classes of hostile input from issue 13, each as a table or a property over many inputs.

Each class is tried at every site it can reach (a request, a response, a map member, an unknown
member, a constructor) and must end in a model or a ``ValidationError``; a model that came out
must then survive ``check``, ``repr``, ``hash``, ``unstructure`` and ``to_json``. Each refused
case has an accepted neighbour, so the tests cannot pass by refusing everything.
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

import pytest
from dateutil.tz import tzlocal, tzoffset, tzutc
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import (
    FrozenMapping,
    JobExecutionSettings,
    LanguageCode,
    ListTranscriptionJobsResponse,
    Media,
    MediaFormat,
    PiiEntityType,
    Settings,
    StartTranscriptionJobRequest,
    SubtitleFormat,
    ToxicityCategory,
    TranscriptionJob,
    ValidationError,
    Violation,
    WireModel,
    check,
    from_json,
    structure,
    to_json,
    unstructure,
)
from transcribe_model._errors import MAX_VIOLATIONS
from transcribe_model._rules import language_options_are_distinct

REQUEST: dict[str, Any] = {
    "TranscriptionJobName": "job-1",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://media-bucket/talk.wav"},
}
JOB: dict[str, Any] = {"TranscriptionJobName": "job-1", "TranscriptionJobStatus": "QUEUED"}
ROLE_ARN = "arn:aws:iam::111122223333:role/transcribe"
# A message stays readable whatever the input: well under this many characters.
MESSAGE_BOUND = 200_000


def request(**members: Any) -> dict[str, Any]:
    return {**REQUEST, **members}


def job(**members: Any) -> dict[str, Any]:
    return {**JOB, **members}


def survives(model: WireModel) -> None:
    """Everything a caller does with a model that came out must work."""
    check(model)
    repr(model)
    hash(model)
    unstructure(model)
    to_json(model)


def model_or_validation_error(build: Callable[[], WireModel]) -> WireModel | None:
    """The model built, after it survives, or None for a bounded ValidationError."""
    try:
        model = build()
    except ValidationError as error:
        refused = error
    else:
        survives(model)
        return model
    assert refused.errors
    assert len(str(refused)) < MESSAGE_BOUND
    assert all(len(violation.path) < MESSAGE_BOUND for violation in refused.errors)
    return None


# --- integers past the 4,300-digit str() limit ------------------------------------------------

HUGE_INTS = [10**4300, -(10**4300), 10**5000, 2**20000, -(2**50000) + 1]
FINE_INTS = [10**4300 - 1, -(10**4300) + 1, 2**63, 0, 4]

# (name, build from an int): every int site, request and response, wire and constructor.
INT_SITES: list[tuple[str, Callable[[int], WireModel]]] = [
    (
        "request MaxSpeakerLabels",
        lambda n: structure(
            request(Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": n}),
            StartTranscriptionJobRequest,
        ),
    ),
    (
        "request MediaSampleRateHertz",
        lambda n: structure(request(MediaSampleRateHertz=n), StartTranscriptionJobRequest),
    ),
    (
        "response MediaSampleRateHertz",
        lambda n: structure(job(MediaSampleRateHertz=n), TranscriptionJob),
    ),
    (
        "response float member",
        lambda n: structure(job(IdentifiedLanguageScore=n), TranscriptionJob),
    ),
    ("response unknown member", lambda n: structure(job(NewerMember=n), TranscriptionJob)),
    (
        "response nested unknown member",
        lambda n: structure(job(NewerMember={"a": [1, {"b": n}]}), TranscriptionJob),
    ),
    (
        "unknown member of a nested shape",
        lambda n: structure(job(Media={"MediaFileUri": "s3://b/k", "Newer": n}), TranscriptionJob),
    ),
    (
        "constructor of a request shape",
        lambda n: Settings(show_alternatives=True, max_alternatives=n),
    ),
    ("constructor of a response shape", lambda n: TranscriptionJob(media_sample_rate_hertz=n)),
    ("constructor unknown_members", lambda n: TranscriptionJob(unknown_members={"X": [n]})),
]


@pytest.mark.parametrize("number", HUGE_INTS, ids=lambda n: f"{n.bit_length()}-bits")
@pytest.mark.parametrize(("site", "build"), INT_SITES, ids=[site for site, _ in INT_SITES])
def test_an_int_too_long_to_write_is_refused_everywhere(
    site: str, build: Callable[[int], WireModel], number: int
) -> None:
    """An int Python cannot write out is a ValidationError at every site, never a ValueError."""
    with pytest.raises(ValidationError) as caught:
        build(number)
    assert "4300 digits" in str(caught.value) or "finite number" in str(caught.value), site


@pytest.mark.parametrize("number", FINE_INTS, ids=lambda n: f"{n.bit_length()}-bits")
@pytest.mark.parametrize(("site", "build"), INT_SITES, ids=[site for site, _ in INT_SITES])
def test_an_int_python_can_write_ends_well_everywhere(
    site: str, build: Callable[[int], WireModel], number: int
) -> None:
    """Its neighbours, up to 4,300 digits: a model that survives, or a bounded refusal."""
    model_or_validation_error(lambda: build(number))


def test_an_int_of_4300_digits_parses_as_a_response() -> None:
    """The largest int allowed parses liberally and is written out again."""
    largest = 10**4300 - 1
    parsed = structure(job(MediaSampleRateHertz=largest, Newer=largest), TranscriptionJob)
    assert parsed.media_sample_rate_hertz == largest
    assert unstructure(parsed)["Newer"] == largest
    survives(parsed)


@given(st.integers(min_value=-(10**4400), max_value=10**4400) | st.sampled_from(HUGE_INTS))
def test_any_int_anywhere_ends_in_a_model_or_a_validation_error(number: int) -> None:
    for _site, build in INT_SITES:
        model_or_validation_error(lambda build=build: build(number))  # type: ignore[misc]


def test_a_message_shows_the_digit_count_of_a_huge_int() -> None:
    """The message counts the digits instead of writing them."""
    with pytest.raises(ValidationError) as caught:
        structure({"NewerMember": 1, 10**5000: "x"}, TranscriptionJob)
    assert "5001 digits" in str(caught.value)


# --- mapping keys whose repr fails or is enormous ---------------------------------------------


class BadRepr:
    """A hashable key whose repr raises."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr for you")

    def __hash__(self) -> int:
        return 7


class HugeRepr:
    """A hashable key whose repr is 10 MB."""

    def __repr__(self) -> str:
        return "x" * 10_000_000


def deep_tuple(depth: int) -> tuple[Any, ...]:
    nested: tuple[Any, ...] = ()
    for _ in range(depth):
        nested = (nested,)
    return nested


HOSTILE_KEYS: list[object] = [
    10**5000,
    deep_tuple(3000),
    BadRepr(),
    HugeRepr(),
    b"bytes",
    frozenset({1}),
    3.5,
    None,
    True,
]

# (name, build from a mapping key): the key at the top, in an unknown member, in a map member.
KEY_SITES: list[tuple[str, Callable[[object], WireModel]]] = [
    ("request top", lambda k: structure({**REQUEST, k: 1}, StartTranscriptionJobRequest)),
    ("response top", lambda k: structure({**JOB, k: 1}, TranscriptionJob)),
    (
        "request top, unknown allowed",
        lambda k: structure({**REQUEST, k: 1}, StartTranscriptionJobRequest, allow_unknown=True),
    ),
    (
        "nested shape",
        lambda k: structure(job(Media={"MediaFileUri": "s3://b/k", k: 1}), TranscriptionJob),
    ),
    ("in an unknown member", lambda k: structure(job(Newer={"a": {k: 1}}), TranscriptionJob)),
    (
        "request map member",
        lambda k: structure(request(KMSEncryptionContext={k: "v"}), StartTranscriptionJobRequest),
    ),
    (
        "language map member",
        lambda k: structure(
            request(
                LanguageCode=None,
                IdentifyLanguage=True,
                LanguageOptions=["en-US", "de-DE"],
                LanguageIdSettings={k: {}},
            ),
            StartTranscriptionJobRequest,
        ),
    ),
    (
        "constructor map member",
        lambda k: StartTranscriptionJobRequest(
            transcription_job_name="j",
            language_code=LanguageCode.EN_US,
            media=Media(media_file_uri="s3://b/k"),
            kms_encryption_context={k: "v"},  # type: ignore[dict-item]
        ),
    ),
    ("constructor unknown_members", lambda k: TranscriptionJob(unknown_members={"a": {k: 1}})),
    ("constructor unknown_members top", lambda k: TranscriptionJob(unknown_members={k: 1})),  # type: ignore[dict-item]
]


@pytest.mark.parametrize("key", HOSTILE_KEYS, ids=lambda k: type(k).__name__)
@pytest.mark.parametrize(("site", "build"), KEY_SITES, ids=[site for site, _ in KEY_SITES])
def test_a_key_of_any_kind_is_refused_with_a_readable_path(
    site: str, build: Callable[[object], WireModel], key: object
) -> None:
    """A key that is not a string is refused, and the path and message are built safely."""
    with pytest.raises(ValidationError) as caught:
        build(key)
    assert len(str(caught.value)) < 10_000, site


@pytest.mark.parametrize(("site", "build"), KEY_SITES, ids=[site for site, _ in KEY_SITES])
def test_a_string_key_at_the_same_sites_ends_well(
    site: str, build: Callable[[object], WireModel]
) -> None:
    """The neighbour: a plain (if unknown) string key builds, or is refused only as unknown."""
    model_or_validation_error(lambda: build("en-US"))


def test_a_known_string_key_builds_at_the_map_sites() -> None:
    built = structure(request(KMSEncryptionContext={"k": "v"}), StartTranscriptionJobRequest)
    assert built.kms_encryption_context == {"k": "v"}
    kept = structure(job(Newer={"a": {"k": 1}}), TranscriptionJob)
    assert kept.unknown_members["Newer"]["a"]["k"] == 1


# --- a class registered as a Mapping that lacks .get ------------------------------------------


class Lean:
    """A read-only mapping with only ``[]``, iteration and ``len``: no get, items or keys."""

    def __init__(self, data: dict[Any, Any]) -> None:
        self._data = data

    def __getitem__(self, key: Any) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class Broken(Lean):
    """A registered mapping whose iteration raises."""

    def __iter__(self) -> Iterator[Any]:
        raise OSError("the disk went away")


Mapping.register(Lean)  # type: ignore[attr-defined]
Mapping.register(Broken)  # type: ignore[attr-defined]


def lean(data: Any, kind: type[Lean] = Lean) -> Any:
    """``data`` with every dict in it made a ``kind``."""
    if isinstance(data, dict):
        return kind({key: lean(value, kind) for key, value in data.items()})
    if isinstance(data, list):
        return [lean(item, kind) for item in data]
    return data


LEAN_CASES: list[tuple[dict[str, Any], type[WireModel]]] = [
    (REQUEST, StartTranscriptionJobRequest),
    (
        request(KMSEncryptionContext={"k": "v"}, Tags=[{"Key": "a", "Value": "b"}]),
        StartTranscriptionJobRequest,
    ),
    (job(Media={"MediaFileUri": "s3://b/k"}, Newer={"a": [{"b": 1}]}), TranscriptionJob),
    (job(Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}), TranscriptionJob),
]


@pytest.mark.parametrize(("data", "cls"), LEAN_CASES)
def test_any_mapping_reads_as_the_dict_would(data: dict[str, Any], cls: type[WireModel]) -> None:
    """A registered Mapping without get, items or keys builds the same model as a dict."""
    assert structure(lean(data), cls) == structure(data, cls)


@pytest.mark.parametrize(("data", "cls"), LEAN_CASES)
def test_a_mapping_that_raises_is_a_validation_error(
    data: dict[str, Any], cls: type[WireModel]
) -> None:
    with pytest.raises(ValidationError):
        structure(lean(data, Broken), cls)


def test_a_lean_mapping_in_a_constructor_is_frozen() -> None:
    built = StartTranscriptionJobRequest(
        transcription_job_name="j",
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://b/k"),
        kms_encryption_context=Lean({"k": "v"}),  # type: ignore[arg-type]
        unknown_members=Lean({"Newer": Lean({"a": 1})}),  # type: ignore[arg-type]
    )
    assert isinstance(built.kms_encryption_context, FrozenMapping)
    assert built.unknown_members == {"Newer": {"a": 1}}
    survives(built)
    with pytest.raises(ValidationError):
        StartTranscriptionJobRequest(
            transcription_job_name="j",
            language_code=LanguageCode.EN_US,
            media=Media(media_file_uri="s3://b/k"),
            kms_encryption_context=Broken({"k": "v"}),  # type: ignore[arg-type]
        )


# --- unknown_members given as a FrozenMapping --------------------------------------------------

MUTABLE_INSIDE: list[Any] = [
    [1, 2],
    {"a": [1, {"b": []}]},
    FrozenMapping({"a": [1]}),
    (1, [2, {"c": {"d": [3]}}]),
]


@pytest.mark.parametrize("value", MUTABLE_INSIDE)
@pytest.mark.parametrize("cls", [TranscriptionJob, StartTranscriptionJobRequest, Settings])
def test_unknown_members_as_a_frozen_mapping_are_deep_frozen(
    cls: type[WireModel], value: Any
) -> None:
    """A FrozenMapping holding lists and dicts is frozen again: hash and to_json work."""
    extra = {
        "transcription_job_name": "j",
        "language_code": LanguageCode.EN_US,
        "media": Media(media_file_uri="s3://b/k"),
    }
    members = extra if cls is StartTranscriptionJobRequest else {}
    built = cls(unknown_members=FrozenMapping({"Newer": value}), **members)
    assert built == cls(unknown_members={"Newer": value}, **members)
    survives(built)
    stack: list[Any] = [built.unknown_members]
    while stack:
        item = stack.pop()
        assert not isinstance(item, (list, dict, set))
        if isinstance(item, FrozenMapping):
            stack.extend(item.values())
        elif isinstance(item, tuple):
            stack.extend(item)


@pytest.mark.parametrize(
    "value",
    [
        FrozenMapping({1: "not a str key"}),
        FrozenMapping({"a": float("nan")}),
        FrozenMapping({"a": object()}),
        FrozenMapping({"a": 10**5000}),
        deep_tuple(100),
    ],
    ids=["int-key", "nan", "object", "huge-int", "too-deep"],
)
def test_unknown_members_as_a_frozen_mapping_are_checked(value: Any) -> None:
    """What a dict may not hold, a FrozenMapping may not either."""
    with pytest.raises(ValidationError):
        TranscriptionJob(unknown_members=FrozenMapping({"Newer": value}))
    with pytest.raises(ValidationError):
        TranscriptionJob(unknown_members=value if isinstance(value, FrozenMapping) else {1: 2})


# --- datetimes whose tzinfo misbehaves ---------------------------------------------------------


class Offset(tzinfo):
    """A tzinfo answering ``utcoffset`` with whatever it was given, or raising it."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer

    def utcoffset(self, dt: datetime | None) -> Any:
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return "odd"


BAD_ZONES: list[tzinfo] = [
    Offset(None),
    Offset(timedelta(hours=24)),
    Offset(timedelta(hours=-25)),
    Offset(timedelta(days=400)),
    Offset(5),
    Offset("+01:00"),
    Offset(RuntimeError("boom")),
    tzoffset(None, 24 * 3600),
    tzoffset(None, -100 * 3600),
]
GOOD_ZONES: list[tzinfo] = [
    UTC,
    tzutc(),
    tzlocal(),
    timezone(timedelta(hours=23, minutes=59)),
    timezone(-timedelta(hours=23, minutes=59)),
    tzoffset(None, 3600),
    Offset(timedelta(hours=5, minutes=30)),
    Offset(-timedelta(hours=23, minutes=59, seconds=59)),
]


def moments(zone: tzinfo) -> list[datetime]:
    return [datetime(2024, 5, 6, 7, 8, 9, tzinfo=zone), datetime(1, 1, 2, tzinfo=zone)]


TIME_SITES: list[tuple[str, Callable[[datetime], WireModel]]] = [
    ("response member", lambda t: structure(job(CreationTime=t), TranscriptionJob)),
    (
        "summary page",
        lambda t: structure(
            {"TranscriptionJobSummaries": [{"TranscriptionJobName": "j", "StartTime": t}]},
            ListTranscriptionJobsResponse,
        ),
    ),
    ("constructor", lambda t: TranscriptionJob(completion_time=t)),
]


@pytest.mark.parametrize("zone", BAD_ZONES, ids=repr)
@pytest.mark.parametrize(("site", "build"), TIME_SITES, ids=[site for site, _ in TIME_SITES])
def test_a_datetime_without_a_readable_offset_is_refused(
    site: str, build: Callable[[datetime], WireModel], zone: tzinfo
) -> None:
    """No UTC offset, one of a day or more, or one that raises: refused on the way in."""
    for moment in moments(zone):
        with pytest.raises(ValidationError):
            build(moment)


@pytest.mark.parametrize("zone", GOOD_ZONES, ids=repr)
@pytest.mark.parametrize(("site", "build"), TIME_SITES, ids=[site for site, _ in TIME_SITES])
def test_a_datetime_with_a_readable_offset_survives(
    site: str, build: Callable[[datetime], WireModel], zone: tzinfo
) -> None:
    for moment in moments(zone):
        built = build(moment)
        survives(built)


@pytest.mark.parametrize("zone", BAD_ZONES + GOOD_ZONES, ids=repr)
def test_a_datetime_in_an_unknown_member_ends_well(zone: tzinfo) -> None:
    """In an unknown member a datetime may be naive-like, but to_json must never break."""
    for moment in moments(zone):
        model_or_validation_error(
            lambda moment=moment: structure(  # type: ignore[misc]
                job(Newer={"at": moment}), TranscriptionJob
            )
        )


@given(
    hours=st.integers(min_value=-99, max_value=99),
    minutes=st.integers(min_value=0, max_value=99),
    form=st.sampled_from(["2020-01-02T03:04:05{}", "2020-W01-1T03:04{}", "2020-002T03:04{}"]),
    colon=st.booleans(),
)
def test_a_json_timestamp_with_any_offset_ends_well(
    hours: int, minutes: int, form: str, colon: bool
) -> None:
    """An ISO 8601 offset of any size is read, or refused; what is read survives."""
    sign = "-" if hours < 0 else "+"
    offset = f"{sign}{abs(hours):02d}{':' if colon else ''}{minutes:02d}"
    text = json.dumps({"CreationTime": form.format(offset)})
    built = model_or_validation_error(lambda: from_json(text, TranscriptionJob))
    if abs(hours) < 24 and minutes < 60:
        assert built is not None, text


# --- pickling ----------------------------------------------------------------------------------

_PICKLE_OUT = """
import pickle, sys
from transcribe_model import FrozenMapping
m = FrozenMapping({"alpha": "one", "beta": ("two", "three"), "gamma": FrozenMapping({"d": 1})})
hash(m)
sys.stdout.buffer.write(pickle.dumps(m))
"""
_PICKLE_IN = """
import pickle, sys
from transcribe_model import FrozenMapping
m = pickle.loads(sys.stdin.buffer.read())
fresh = FrozenMapping({"alpha": "one", "beta": ("two", "three"), "gamma": FrozenMapping({"d": 1})})
assert m == fresh, (m, fresh)
assert hash(m) == hash(fresh), "hash differs after unpickling"
assert len({m, fresh}) == 1
print("ok")
"""


@pytest.mark.parametrize(("seed_out", "seed_in"), [("1", "2"), ("12345", "0")])
def test_a_frozen_mapping_unpickled_under_another_hash_seed_hashes_as_a_fresh_one(
    seed_out: str, seed_in: str
) -> None:
    def run(code: str, seed: str, given: bytes = b"") -> bytes:
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=given,
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        return done.stdout

    assert run(_PICKLE_IN, seed_in, run(_PICKLE_OUT, seed_out)).strip() == b"ok"


@pytest.mark.parametrize(
    "copier",
    [
        lambda e: pickle.loads(pickle.dumps(e)),
        lambda e: pickle.loads(pickle.dumps(e, protocol=0)),
        copy.copy,
        copy.deepcopy,
    ],
    ids=["pickle", "pickle-0", "copy", "deepcopy"],
)
@pytest.mark.parametrize("count", [1, 2, 7, MAX_VIOLATIONS, MAX_VIOLATIONS + 1, 5000])
def test_validation_error_survives_pickle_and_copy(
    copier: Callable[[ValidationError], ValidationError], count: int
) -> None:
    original = ValidationError(
        Violation(
            path=f"Tags[{i}].Key",
            message=f"bad {i}",
            rule="r" if i % 2 else None,
            severity="warning" if i % 3 else "error",
        )
        for i in range(count)
    )
    twin = copier(original)
    assert type(twin) is ValidationError
    assert twin.errors == original.errors
    assert twin.omitted == original.omitted
    assert str(twin) == str(original)


def test_a_real_validation_error_survives_pickle() -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(max_speaker_labels=4, max_alternatives=99)
    twin = pickle.loads(pickle.dumps(caught.value))
    assert twin.errors == caught.value.errors
    assert str(twin) == str(caught.value)


# --- how much one ValidationError carries ------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 99, 100, 101, 999, 1000, 1001, 250_000])
def test_a_validation_error_keeps_at_most_a_thousand_and_counts_the_rest(count: int) -> None:
    error = ValidationError(Violation(path="x" * 5000, message="m" * 5000) for _ in range(count))
    assert len(error.errors) == min(count, MAX_VIOLATIONS)
    assert len(error.errors) + error.omitted == count
    assert str(error).startswith(f"{count} violation")
    assert len(str(error)) < MESSAGE_BOUND
    if count > 100:
        assert str(error).endswith(f"... and {count - 100} more")


def test_a_small_input_breaking_a_rule_many_times_makes_a_bounded_error() -> None:
    with pytest.raises(ValidationError) as caught:
        structure(
            request(LanguageCode=None, IdentifyLanguage=True, LanguageOptions=["en-US"] * 200_000),
            StartTranscriptionJobRequest,
        )
    assert len(caught.value.errors) == MAX_VIOLATIONS
    assert caught.value.omitted >= 199_999 - MAX_VIOLATIONS
    assert len(str(caught.value)) < MESSAGE_BOUND


# --- an empty JobExecutionSettings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "paths"),
    [
        (
            {},
            {
                "JobExecutionSettings.AllowDeferredExecution",
                "JobExecutionSettings.DataAccessRoleArn",
            },
        ),
        (
            {"AllowDeferredExecution": None, "DataAccessRoleArn": None},
            {
                "JobExecutionSettings.AllowDeferredExecution",
                "JobExecutionSettings.DataAccessRoleArn",
            },
        ),
        ({"AllowDeferredExecution": True}, {"JobExecutionSettings.DataAccessRoleArn"}),
        ({"DataAccessRoleArn": ROLE_ARN}, {"JobExecutionSettings.AllowDeferredExecution"}),
        ({"AllowDeferredExecution": True, "DataAccessRoleArn": ROLE_ARN}, set()),
        ({"AllowDeferredExecution": False, "DataAccessRoleArn": ROLE_ARN}, set()),
    ],
)
def test_job_execution_settings_need_both_members(
    settings: dict[str, Any], paths: set[str]
) -> None:
    data = request(JobExecutionSettings=settings)
    if not paths:
        assert structure(data, StartTranscriptionJobRequest).job_execution_settings is not None
        return
    with pytest.raises(ValidationError) as caught:
        structure(data, StartTranscriptionJobRequest)
    assert {error.path for error in caught.value.errors} == paths
    with pytest.raises(ValidationError):
        JobExecutionSettings(
            allow_deferred_execution=settings.get("AllowDeferredExecution"),
            data_access_role_arn=settings.get("DataAccessRoleArn"),
        )


def test_leaving_job_execution_settings_out_is_fine() -> None:
    assert structure(REQUEST, StartTranscriptionJobRequest).job_execution_settings is None


# --- enum values built with from_wire ----------------------------------------------------------

# (site, build the request dict from a value)
ENUM_SITES: list[tuple[str, Callable[[Any], dict[str, Any]], Callable[[str], Any]]] = [
    ("LanguageCode", lambda v: request(LanguageCode=v), LanguageCode.from_wire),
    ("MediaFormat", lambda v: request(MediaFormat=v), MediaFormat.from_wire),
    (
        "LanguageOptions item",
        lambda v: request(LanguageCode=None, IdentifyLanguage=True, LanguageOptions=["en-US", v]),
        LanguageCode.from_wire,
    ),
    (
        "LanguageIdSettings key",
        lambda v: request(
            LanguageCode=None,
            IdentifyLanguage=True,
            LanguageOptions=["en-US", v],
            LanguageIdSettings={v: {"VocabularyName": "v"}},
        ),
        LanguageCode.from_wire,
    ),
    (
        "Subtitles.Formats item",
        lambda v: request(Subtitles={"Formats": [v]}),
        SubtitleFormat.from_wire,
    ),
    (
        "PiiEntityTypes item",
        lambda v: request(
            ContentRedaction={
                "RedactionType": "PII",
                "RedactionOutput": "redacted",
                "PiiEntityTypes": [v],
            }
        ),
        PiiEntityType.from_wire,
    ),
]
NEWER = ["xx-NEWER", "NEWER", "zz", "en-US-2"]


@pytest.mark.parametrize("newer", NEWER)
@pytest.mark.parametrize(
    ("site", "build", "from_wire"), ENUM_SITES, ids=[site for site, _, _ in ENUM_SITES]
)
def test_structure_accepts_a_value_built_with_from_wire(
    site: str,
    build: Callable[[Any], dict[str, Any]],
    from_wire: Callable[[str], Any],
    newer: str,
) -> None:
    """The README's promise: building the value with from_wire is how one sends it."""
    value = from_wire(newer)
    built = structure(build(value), StartTranscriptionJobRequest)
    assert unstructure(built) == {k: v for k, v in build(newer).items() if v is not None}
    # The neighbours: the plain string is refused, unless allowed...
    with pytest.raises(ValidationError):
        structure(build(newer), StartTranscriptionJobRequest)
    assert structure(build(newer), StartTranscriptionJobRequest, allow_unknown=True) == built
    # ...and an unknown value of another enum is no value of this one.
    with pytest.raises(ValidationError):
        structure(build(ToxicityCategory.from_wire(newer)), StartTranscriptionJobRequest)


# --- every rule linear in its input ------------------------------------------------------------


def _codes(pattern: str, count: int) -> list[LanguageCode]:
    if pattern == "one-code":
        return [LanguageCode.EN_US] * count
    distinct = [LanguageCode.from_wire(f"x{i}") for i in range(count)]
    if pattern == "distinct":
        return distinct
    return distinct[: count // 2] * 2  # each repeat far from its first: quadratic for index()


def _seconds(work: Callable[[], object]) -> float:
    """The best of three timings of ``work``: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _growth(work_for: Callable[[int], Callable[[], object]], small: int) -> float:
    """How much longer ``work_for(4 * small)`` takes than ``work_for(small)``: about 4 for
    linear work, 16 for quadratic. A ratio in one process, not a bound in seconds, so a loaded
    machine slows both sides alike (house rule: speed is measured, not asserted)."""
    large_work, small_work = work_for(4 * small), work_for(small)
    return _seconds(large_work) / max(_seconds(small_work), 1e-6)


#: Linear work grows 4x; quadratic 16x. Room for noise and cache effects either way.
_LINEAR_GROWTH = 9.0


@pytest.mark.parametrize(
    ("pattern", "found"), [("one-code", 100_000), ("distinct", 1), ("distinct-twice", 50_001)]
)
def test_the_distinct_values_rules_are_linear(pattern: str, found: int) -> None:
    """LanguageOptions repeated in any pattern: the rule's work grows with the items, not
    their square (an ``index()`` per repeat would be quadratic)."""

    def parsed(count: int) -> StartTranscriptionJobRequest:
        codes = _codes(pattern, count)
        return _unchecked(
            request(
                LanguageCode=None,
                IdentifyLanguage=True,
                LanguageOptions=codes,
                LanguageIdSettings={codes[-1]: {}},
            )
        )

    def rule(count: int) -> Callable[[], object]:
        built = parsed(count)
        return lambda: list(language_options_are_distinct(built))

    def whole_check(count: int) -> Callable[[], object]:
        built = parsed(count)
        return lambda: check(built)

    assert len(list(language_options_are_distinct(parsed(100_000)))) == found  # each repeat,
    # and the warning of more than five
    assert _growth(rule, 25_000) < _LINEAR_GROWTH
    assert _growth(whole_check, 10_000) < _LINEAR_GROWTH


def _unchecked(data: dict[str, Any]) -> StartTranscriptionJobRequest:
    """A request parsed with types checked only, as make_converter does, for the rules alone."""
    from transcribe_model import make_converter

    built: StartTranscriptionJobRequest = make_converter().structure(
        data, StartTranscriptionJobRequest
    )
    return built


_BIG_REQUESTS = ("tags", "pii", "subtitles", "options", "settings", "multiple")


def _big_request(name: str, count: int) -> dict[str, Any]:
    """A request whose list or map ``name`` holds ``count`` items, half of them repeats."""
    codes = [f"x{i}" for i in range(count // 2)] * 2
    identify = {"LanguageCode": None, "IdentifyLanguage": True}
    made: dict[str, dict[str, Any]] = {
        "tags": request(Tags=[{"Key": f"k{i % (count // 2)}", "Value": "v"} for i in range(count)]),
        "pii": request(
            ContentRedaction={
                "RedactionType": "PII",
                "RedactionOutput": "redacted",
                "PiiEntityTypes": ["ALL", "NAME", "SSN"] * (count // 3),
            }
        ),
        "subtitles": request(Subtitles={"Formats": ["vtt", "srt"] * (count // 2)}),
        "options": request(**identify, LanguageOptions=codes),
        "settings": request(
            **identify,
            LanguageOptions=codes,
            LanguageIdSettings={code: {"VocabularyFilterName": "f"} for code in codes},
        ),
        "multiple": request(
            LanguageCode=None,
            IdentifyMultipleLanguages=True,
            LanguageIdSettings={code: {"LanguageModelName": "m"} for code in codes},
        ),
    }
    return made[name]


@pytest.mark.parametrize("name", _BIG_REQUESTS)
def test_every_rule_is_linear_in_a_large_request(name: str) -> None:
    """check() of a request with 100,000 items in a list or map runs every rule, finds, and
    keeps its error bounded; its work grows with the items, not their square."""
    found = check(_unchecked_any(_big_request(name, 100_000)))
    assert any(violation.rule for violation in found), name  # a rule ran, and found
    assert len(ValidationError(found).errors) <= MAX_VIOLATIONS

    def checking(count: int) -> Callable[[], object]:
        built = _unchecked_any(_big_request(name, count))
        return lambda: check(built)

    assert _growth(checking, 6_000) < _LINEAR_GROWTH, name


def _unchecked_any(data: dict[str, Any]) -> StartTranscriptionJobRequest:
    from transcribe_model import make_converter

    built: StartTranscriptionJobRequest = make_converter().structure(
        data, StartTranscriptionJobRequest
    )
    return built


class _RaisingHash:
    """A caller's object whose hashing and comparing raise: no stray RuntimeError may leak."""

    def __hash__(self) -> int:
        raise RuntimeError("hash refused")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("comparison refused")


class _StrRaisingHash(str):
    __hash__ = _RaisingHash.__hash__


@pytest.mark.parametrize(
    ("member", "value", "path"),
    [
        ("LanguageCode", _RaisingHash(), "LanguageCode"),
        ("LanguageOptions", [_RaisingHash()], "LanguageOptions[0]"),
        ("LanguageOptions", ["en-US", _RaisingHash()], "LanguageOptions[1]"),
        ("TranscriptionJobStatus", _RaisingHash(), "TranscriptionJobStatus"),
    ],
)
def test_an_enum_value_that_cannot_be_hashed_is_a_validation_error(
    member: str, value: object, path: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        structure({"TranscriptionJobName": "a", member: value}, TranscriptionJob)
    assert [violation.path for violation in raised.value.errors] == [path]


def test_a_str_subclass_that_cannot_be_hashed_reads_as_its_value() -> None:
    job = structure(
        {"LanguageCode": _StrRaisingHash("en-US"), "LanguageOptions": [_StrRaisingHash("de-DE")]},
        TranscriptionJob,
    )
    assert job.language_code is LanguageCode.EN_US
    assert job.language_options == (LanguageCode.DE_DE,)
