"""Properties over transcript_documents() and hostile input: round trip, text, bad input."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transcribe_model
from transcribe_model import ValidationError
from transcribe_model.strategies import transcript_documents
from transcribe_model.transcript import (
    CallAnalyticsTranscript,
    TranscriptDocument,
    read_transcript,
    to_csv,
    to_text,
    to_turns,
)
from transcribe_model.transcript._strategies import transcript_dicts


@given(transcript_dicts())
def test_drawn_files_round_trip_exactly(data: dict[str, Any]) -> None:
    """read_transcript then to_json gives back the same JSON."""
    text = json.dumps(data)
    doc = read_transcript(text)
    assert json.loads(transcribe_model.to_json(doc)) == data


@given(transcript_documents())
def test_text_is_the_services_string_and_turns_cover_every_word(doc: TranscriptDocument) -> None:
    """to_text equals the transcript string; the turns hold every word once, in order."""
    assert to_text(doc) == doc.transcript
    words = list(doc.words())
    assert [w for turn in doc.turns() for w in turn.words] == words
    assert len(to_csv(doc).splitlines()) == 1 + len(words)
    assert len(to_turns(doc).splitlines()) == len(list(doc.turns()))


def test_json_of_another_kind_is_told_apart() -> None:
    """Call Analytics PascalCase reads as a CallAnalyticsTranscript, snake_case as a document."""
    assert isinstance(
        read_transcript('{"JobName": "x", "Transcript": []}'), CallAnalyticsTranscript
    )
    assert isinstance(read_transcript('{"jobName": "x"}'), TranscriptDocument)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("not json", ""),
        (b"\xff\xfe\x00", ""),
        ("[]", ""),
        ('{"TranscriptionJob": {}}', ""),
        ("[" * 100_000 + "]" * 100_000, ""),
        ('{"results": []}', "results"),
        ('{"results": {"items": {}}}', "results.items"),
        ('{"results": {"items": [{"start_time": "soon"}]}}', "results.items[0].start_time"),
        ('{"results": {"items": [{"start_time": "NaN"}]}}', "results.items[0].start_time"),
        ('{"results": {"items": [{"start_time": true}]}}', "results.items[0].start_time"),
        ('{"results": {"items": [{"id": 1.5}]}}', "results.items[0].id"),
        (
            '{"results": {"items": [{"alternatives": [{"content": 7}]}]}}',
            "results.items[0].alternatives[0].content",
        ),
        (
            '{"results": {"toxicity_detection": [{"toxicity": "high"}]}}',
            "results.toxicity_detection[0].toxicity",
        ),
        (
            '{"results": {"toxicity_detection": [{"categories": {"insult": 1e999}}]}}',
            "results.toxicity_detection[0].categories.insult",
        ),
        ('{"jobName": "x", "isRedacted": "yes"}', "isRedacted"),
        (
            '{"JobName": "x", "Transcript": [{"BeginOffsetMillis": "5"}]}',
            "Transcript[0].BeginOffsetMillis",
        ),
        ('{"jobName": "x", "extra": 1e999}', "extra"),
        (
            '{"results": {"items": [{}, {}, {"alternatives": [{}, {"content": 5}]}]}}',
            "results.items[2].alternatives[1].content",
        ),
    ],
)
def test_bad_input_is_a_validation_error_with_its_path(text: str | bytes, path: str) -> None:
    """Anything that is not a transcript ends in ValidationError naming where."""
    with pytest.raises(ValidationError) as info:
        read_transcript(text)
    assert path in [error.path for error in info.value.errors]


@pytest.mark.parametrize(
    "text",
    [
        '{"results": {}}',
        '{"results": {"items": []}}',
        '{"results": {"items": [{"start_time": "0.5"}]}}',
        '{"results": {"items": [{"start_time": 0.5}]}}',
        '{"results": {"items": [{"id": 1}]}}',
        '{"results": {"toxicity_detection": [{"toxicity": 0.5, "categories": {"insult": 1}}]}}',
        '{"jobName": "x", "isRedacted": false, "extra": {"a": [1, null]}}',
        '{"JobName": "x", "Transcript": [{"BeginOffsetMillis": 5}]}',
    ],
)
def test_the_valid_neighbours_are_accepted_and_round_trip(text: str) -> None:
    """Each bad input's valid neighbour reads, and writes back the same JSON."""
    assert json.loads(transcribe_model.to_json(read_transcript(text))) == json.loads(text)


def test_a_non_text_source_is_a_validation_error() -> None:
    """read_transcript(42) is a ValidationError, not a TypeError."""
    with pytest.raises(ValidationError):
        read_transcript(42)  # type: ignore[arg-type]


def test_an_unusual_number_notation_survives_and_an_edit_is_written() -> None:
    """'1e-3' and a number confidence come back as written; a changed value is written anew."""
    import attrs

    text = '{"results": {"items": [{"start_time": "1e-3", "alternatives": [{"confidence": 1}]}]}}'
    doc = read_transcript(text)
    assert json.loads(transcribe_model.to_json(doc)) == json.loads(text)
    assert isinstance(doc, TranscriptDocument)
    assert doc.results is not None
    assert doc.results.items is not None
    item = doc.results.items[0]
    changed = attrs.evolve(
        doc,
        results=attrs.evolve(
            doc.results,
            items=(
                attrs.evolve(item, start_time=item.start_time * 2 if item.start_time else None),
            ),
        ),
    )
    written = json.loads(transcribe_model.to_json(changed))
    assert written["results"]["items"][0]["start_time"] == "0.002"


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_bytes_never_raise_anything_but_validation_error(source: str | bytes) -> None:
    """Fuzz: read_transcript returns a document or raises ValidationError."""
    with contextlib.suppress(ValidationError):
        read_transcript(source)
