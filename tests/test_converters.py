"""Converters: exact types, the two wire forms, unknowns kept or refused as asked."""

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from dateutil.tz import tzlocal

from transcribe_model import (
    GetTranscriptionJobResponse,
    LanguageCode,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    ValidationError,
    from_json,
    make_converter,
    structure,
    to_json,
    unstructure,
)

REQUEST = {
    "TranscriptionJobName": "job-1",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://bucket/audio.wav"},
    "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 3},
}


@pytest.mark.parametrize(
    ("member", "value", "path"),
    [
        (
            "Settings",
            {"ShowSpeakerLabels": True, "MaxSpeakerLabels": True},
            "Settings.MaxSpeakerLabels",
        ),
        ("Settings", {"ShowSpeakerLabels": "false"}, "Settings.ShowSpeakerLabels"),
        (
            "Settings",
            {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 3.0},
            "Settings.MaxSpeakerLabels",
        ),
        ("Tags", "abc", "Tags"),
        ("LanguageOptions", "en-US", "LanguageOptions"),
        ("Media", ["s3://bucket/audio.wav"], "Media"),
        ("KMSEncryptionContext", {"a": 1}, "KMSEncryptionContext[a]"),
    ],
)
def test_stock_cattrs_coercions_are_refused(member: str, value: object, path: str) -> None:
    """What stock cattrs would coerce (bool to int, "false" to bool, str to list) is refused."""
    with pytest.raises(ValidationError) as caught:
        structure({**REQUEST, member: value}, StartTranscriptionJobRequest)
    assert path in [error.path for error in caught.value.errors]
    assert structure(REQUEST, StartTranscriptionJobRequest).settings is not None


def test_a_naive_datetime_is_refused_and_an_aware_one_kept() -> None:
    """CreationTime must carry a timezone, as botocore's own datetimes do."""
    with pytest.raises(ValidationError) as caught:
        structure({"CreationTime": datetime(2020, 1, 1)}, TranscriptionJob)
    assert caught.value.errors[0].path == "CreationTime"
    aware = datetime(2020, 1, 1, tzinfo=tzlocal())
    assert structure({"CreationTime": aware}, TranscriptionJob).creation_time is aware


def test_request_round_trips_to_the_same_dict() -> None:
    """unstructure(structure(d)) gives back d for a request, enums as plain str."""
    request = structure(REQUEST, StartTranscriptionJobRequest)
    out = unstructure(request)
    assert out == REQUEST
    assert type(out["LanguageCode"]) is str


def test_unknown_members_and_values_of_a_response_survive_a_round_trip() -> None:
    """A member and an enum value newer than the library come back out unchanged."""
    data = {
        "TranscriptionJobName": "job",
        "LanguageCode": "xx-XX",
        "FutureMember": {"Nested": [1, "two", {"three": None}]},
        "Settings": {"FutureSetting": True},
    }
    job = structure(data, TranscriptionJob)
    assert job.language_code == "xx-XX"
    assert unstructure(job) == data


@pytest.mark.parametrize(
    ("data", "unknown"),
    [
        ({"TranscriptionJobName": "job", "FailureReason": None}, {}),
        ({"FailureReason": None, "Media": None, "Tags": None}, {}),
        ({"TranscriptionJobName": None, "FutureMember": 1}, {"FutureMember": 1}),
        ({"FutureMember": 1, "Other": "two"}, {"FutureMember": 1, "Other": "two"}),
        ({"Settings": None, "FutureMember": None}, {"FutureMember": None}),
        ({}, {}),
    ],
)
def test_members_present_as_null_are_none_and_never_taken_for_unknown_ones(
    data: dict[str, object], unknown: dict[str, object]
) -> None:
    """The generated code counts members read as None (absent or null) against the keys to rule
    out unknown members without looking: a null member must neither hide an unknown one nor
    pass for one, whatever the mix."""
    job = structure(data, TranscriptionJob)
    assert dict(job.unknown_members) == unknown
    assert all(getattr(job, name) is None for name in ("failure_reason", "media", "settings"))
    assert unstructure(job) == {
        key: value for key, value in data.items() if value is not None or key in unknown
    }
    assert from_json(json.dumps(data), TranscriptionJob) == job


def test_unknowns_in_a_request_are_refused_unless_allowed() -> None:
    """A request with an unknown enum value and member fails, and passes with allow_unknown."""
    data = {**REQUEST, "LanguageCode": "xx-XX", "FutureMember": 1}
    with pytest.raises(ValidationError) as caught:
        structure(data, StartTranscriptionJobRequest)
    assert {error.path for error in caught.value.errors} == {"LanguageCode", "FutureMember"}
    allowed = structure(data, StartTranscriptionJobRequest, allow_unknown=True)
    assert unstructure(allowed) == data


def test_json_timestamps_are_iso_8601_and_epoch_seconds_are_accepted() -> None:
    """from_json reads ISO 8601 or epoch seconds; to_json writes ISO 8601 with the offset."""
    text = json.dumps(
        {
            "TranscriptionJob": {
                "CreationTime": "2022-05-04T12:32:58.761000-07:00",
                "StartTime": 1651693978.5,
            }
        }
    )
    response = from_json(text, GetTranscriptionJobResponse)
    job = response.transcription_job
    assert job is not None
    assert job.creation_time == datetime(
        2022, 5, 4, 12, 32, 58, 761000, tzinfo=timezone(timedelta(hours=-7))
    )
    assert job.start_time == datetime(2022, 5, 4, 19, 52, 58, 500000, tzinfo=UTC)
    out = json.loads(to_json(response))["TranscriptionJob"]
    assert out["CreationTime"] == "2022-05-04T12:32:58.761000-07:00"


def test_json_timestamps_without_an_offset_are_refused() -> None:
    """An ISO 8601 string with no UTC offset is ambiguous and refused."""
    with pytest.raises(ValidationError) as caught:
        from_json('{"CreationTime": "2022-05-04T12:32:58"}', TranscriptionJob)
    assert caught.value.errors[0].path == "CreationTime"


def test_every_violation_of_a_document_is_reported_at_once() -> None:
    """Three bad members give three violations, each at its own path, and the rule the rest
    of the request breaks (no language given) is reported with them."""
    data = {"TranscriptionJobName": 1, "Media": [], "Tags": [{"Key": "k"}]}
    with pytest.raises(ValidationError) as caught:
        structure(data, StartTranscriptionJobRequest)
    assert [error.path for error in caught.value.errors] == [
        "TranscriptionJobName",
        "Media",
        "Tags[0].Value",
        "LanguageCode",
    ]


def test_make_converter_handles_lists_of_models() -> None:
    """A converter from make_converter structures list[TranscriptionJob] for a caller's setup."""
    converter = make_converter("botocore")
    jobs = converter.structure(
        [{"TranscriptionJobName": "a"}, {"LanguageCode": "en-GB"}], list[TranscriptionJob]
    )
    assert jobs[1].language_code is LanguageCode.EN_GB
    assert converter.unstructure(jobs) == [{"TranscriptionJobName": "a"}, {"LanguageCode": "en-GB"}]


def test_allow_unknown_is_read_as_a_truth_value_whatever_its_type() -> None:
    """structure caches its function per class and reading: a truthy or falsy allow_unknown of
    another type (unhashable too) reads as True or False, never a TypeError from the cache."""
    import transcribe_model as tm

    data = {"Key": "a", "Value": "b", "Newer": 1}
    kept = tm.structure(data, tm.Tag, allow_unknown=["yes"])  # type: ignore[arg-type]
    assert dict(kept.unknown_members) == {"Newer": 1}
    with pytest.raises(tm.ValidationError):
        tm.structure(data, tm.Tag, allow_unknown=[])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [0, 2**30 - 1, 2**30, -(2**30) + 1, -(2**30), 2**63, 10**4299 + 1, -(10**4299)],
    ids=lambda value: f"{value.bit_length()} bits",
)
def test_ints_on_either_side_of_the_inline_bound_are_kept(value: int) -> None:
    """The generated code takes ints of one CPython digit inline and gives larger ones to the
    general hook: either way a response keeps the value, and so does a round trip."""
    job = structure({"MediaSampleRateHertz": value}, TranscriptionJob)
    assert job.media_sample_rate_hertz == value
    assert type(job.media_sample_rate_hertz) is int
    assert unstructure(job) == {"MediaSampleRateHertz": value}


@pytest.mark.parametrize(
    "value", [10**4300, -(10**4300), True, 1.0], ids=["big", "-big", "bool", "float"]
)
def test_ints_past_what_python_writes_and_other_types_are_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        structure({"MediaSampleRateHertz": value}, TranscriptionJob)
    assert [error.path for error in caught.value.errors] == ["MediaSampleRateHertz"]
