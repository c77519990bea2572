"""``from_json``'s fast way against its general way, text for text.

The fast way (``transcribe_model._json_fast``): msgspec decodes the text into a mirror of the
shape and the generated ``<family>/_from_mirror.py`` builds the model from it, declining
(None) whenever anything is unusual. The general way: the text parsed into dicts, then
structured by the generated converters and their general hooks (``_api._general_from_json``).
On every text, valid or damaged, ``from_json`` must give what the general way gives: the same
model (same values, same types, same unknown members) or the same violations. And the fast way
must be the one taken on what the service and the CLI write, or it buys nothing.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from botocore_shapes import ALL_STRUCTURES
from hypothesis import given
from hypothesis import strategies as st
from test_properties import MODELS, near_misses, share

import transcribe_model as tm
from transcribe_model import WireModel, _api, _json_fast
from transcribe_model._spec import is_response_shape

Outcome = tuple[str, Any]


def json_text(wire: Any, epoch: bool) -> str:
    """``wire`` (botocore's form, or damaged) as JSON text, as the AWS CLI would write it."""

    def default(value: object) -> object:
        if isinstance(value, datetime):
            return value.timestamp() if epoch else value.isoformat()
        if isinstance(value, (bytes, bytearray)):
            return base64.b64encode(value).decode("ascii")
        return repr(value)  # anything else a damaged dict holds: some text

    return json.dumps(wire, default=default)


def outcome(read: Callable[[], WireModel]) -> Outcome:
    """What a read gave: the model described exactly (values, types, unknown members), or the
    violations' messages."""
    try:
        made = read()
    except tm.ValidationError as error:
        return ("refused", [str(violation) for violation in error.errors])
    return ("made", (repr(made), tm.unstructure(made), made.unknown_members))


def both_ways(text: str, cls: type[WireModel], allow_unknown: bool | None) -> None:
    fast = outcome(lambda: tm.from_json(text, cls, allow_unknown=allow_unknown))
    general = outcome(lambda: _api._general_from_json(text, cls, allow_unknown))
    assert fast == general


@share(0.75)
@given(case=near_misses(), epoch=st.booleans(), allow_unknown=st.sampled_from((None, True, False)))
def test_every_text_reads_as_the_general_way_reads_it(
    case: tuple[type[WireModel], Any], epoch: bool, allow_unknown: bool | None
) -> None:
    cls, wire = case
    both_ways(json_text(wire, epoch), cls, allow_unknown)


@share(0.5)
@given(data=st.data())
def test_the_fast_way_is_taken_on_what_the_cli_writes(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(sorted(MODELS.values(), key=lambda c: c.__name__)))
    made = data.draw(st.from_type(cls))
    if made.unknown_members:  # the fast way declines those: the general way keeps them
        return
    read = _json_fast.reader(cls, keep_unknown=is_response_shape(cls))
    assert read is not None
    text = tm.to_json(made)
    got = read(text)
    assert got is not None, text
    assert outcome(lambda: got) == outcome(lambda: _api._general_from_json(text, cls, None))
    assert got == made


_JOB = {
    "TranscriptionJobName": "call-1",
    "TranscriptionJobStatus": "COMPLETED",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://bucket/key.wav"},
    "CreationTime": "2026-11-25T09:12:03.501000+00:00",
    "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2},
    "Tags": [{"Key": "team", "Value": "support"}],
    "LanguageIdSettings": {"en-US": {"VocabularyName": "v"}},
    "LanguageOptions": ["en-US", "es-US"],
}


def _job(**changes: Any) -> str:
    return json.dumps({**_JOB, **changes})


@pytest.mark.parametrize(
    "text",
    [
        _job(),
        _job(CreationTime=1764061923.5),  # epoch seconds
        _job(CreationTime="2026-11-25T09:12:03"),  # no offset: refused
        _job(CreationTime="2026-W48-3T09:12:03Z"),  # a week date: dateutil reads it
        _job(TranscriptionJobStatus="ARCHIVED"),  # a value newer than the library: kept
        _job(LanguageIdSettings={"xx-XX": {"VocabularyName": "v"}}),  # an unknown map key
        _job(LanguageOptions=["en-US", "xx-XX"]),
        _job(NewMember={"Nested": [1, 2]}),  # a member newer than the library: kept
        _job(Media={"MediaFileUri": "s3://b/k", "Extra": 1}),  # ...in a nested shape
        _job(Media="s3://bucket/key.wav"),  # a shape sent as a string
        _job(Media=None, Tags=None),  # null members: as absent
        _job(Tags=[None]),
        _job(Tags=[{"Key": "team"}]),  # a required member missing
        _job(Tags=[{"Key": None, "Value": "v"}]),  # ...present as null
        _job(MediaSampleRateHertz=10**30),
        _job(MediaSampleRateHertz=True),  # a bool for an int
        _job(MediaSampleRateHertz=8000.0),  # a float for an int
        _job(IdentifiedLanguageScore=1),  # an int for a float
        _job(Settings={"ShowSpeakerLabels": "true"}),
        _job(TranscriptionJobName=5),
        '{"TranscriptionJobName": "a", "TranscriptionJobName": "b"}',  # a duplicate: the last
        '{"TranscriptionJobName": "\\ud800"}',  # a lone surrogate
        '{"TranscriptionJobName": "a"',
        "[]",
        "null",
        "[" * 10_000,
        '{"IdentifiedLanguageScore": 1e400}',
    ],
)
@pytest.mark.parametrize("allow_unknown", [None, False])
def test_hostile_and_odd_job_texts_read_as_the_general_way_reads_them(
    text: str, allow_unknown: bool | None
) -> None:
    both_ways(text, tm.TranscriptionJob, allow_unknown)


def test_a_request_breaking_a_rule_is_refused_for_the_rule() -> None:
    """The fast way checks a request as ``structure`` does, and its refusal is the rule's (a
    ``ValidationError`` is a ``ValueError``: it must not read as a parse error)."""
    text = json.dumps(
        {
            "TranscriptionJobName": "a",
            "Media": {"MediaFileUri": "s3://bucket/a.wav"},
            "LanguageCode": "en-US",
            "Settings": {"MaxSpeakerLabels": 3},
        }
    )
    with pytest.raises(tm.ValidationError) as refused:
        tm.from_json(text, tm.StartTranscriptionJobRequest)
    assert [v.rule for v in refused.value.errors] == ["max_speaker_labels_need_speaker_labels"]
    both_ways(text, tm.StartTranscriptionJobRequest, None)
    valid = json.loads(text)
    valid["Settings"]["ShowSpeakerLabels"] = True  # its valid neighbour
    made = tm.from_json(json.dumps(valid), tm.StartTranscriptionJobRequest)
    assert made.settings is not None
    assert made.settings.max_speaker_labels == 3


def test_a_job_is_read_the_fast_way_with_its_timestamps_and_maps() -> None:
    read = _json_fast.reader(tm.TranscriptionJob, keep_unknown=True)
    assert read is not None
    made = read(_job())
    assert made is not None
    assert made.creation_time == datetime(2026, 11, 25, 9, 12, 3, 501000, tzinfo=UTC)
    assert dict(made.language_id_settings) == {
        tm.LanguageCode.EN_US: tm.LanguageIdSettings(vocabulary_name="v")
    }
    assert made.tags == (tm.Tag(key="team", value="support"),)
    assert read(_job(NewMember=1)) is None  # declined: the general way keeps it
    assert tm.from_json(_job(NewMember=1), tm.TranscriptionJob).unknown_members == {"NewMember": 1}


def test_every_shape_has_a_mirror() -> None:
    for name in sorted(ALL_STRUCTURES):
        assert _json_fast.reader(MODELS[name], keep_unknown=True) is not None, name


def test_a_subclass_of_a_shape_reads_the_general_way() -> None:
    class MyJob(tm.TranscriptionJob):
        pass

    assert _json_fast.reader(MyJob, keep_unknown=True) is None
    assert type(tm.from_json(_job(), MyJob)) is MyJob
