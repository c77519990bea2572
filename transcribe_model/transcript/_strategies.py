"""``transcript_documents()``: consistent transcripts for property tests of transcript code.

Each drawn document is one the service could have written: times increase within a channel,
speaker segments cover their items, the transcript string is the join of the items, audio
segments name real item ids, and (with channel identification) the merged items are not sorted
by time. Eras vary: 2018-2022 files without item labels or ids, 2024 files with both (and
some items missing their speaker label), silence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model.transcript._codec import structure_transcript
from transcribe_model.transcript._models import TranscriptDocument
from transcribe_model.transcript._words import Word, join_words

_WORDS = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüß'", min_size=1, max_size=12),
    st.sampled_from(["[PII]", "***", "I", "a", "supercalifragilisticexpialidocious"]),
)
_PUNCTUATION = st.sampled_from([".", ",", "?", "!"])


def _seconds(millis: int) -> str:
    return str(Decimal(millis).scaleb(-3))


@st.composite
def _channel_items(draw: DrawFn, speakers: int, max_words: int) -> list[dict[str, Any]]:
    """The items of one channel in time order, each with a speaker index (or -1)."""
    items: list[dict[str, Any]] = []
    clock = draw(st.integers(0, 3000))
    speaker = 0
    for _ in range(draw(st.integers(0, max_words))):
        clock += draw(st.integers(0, 1500))
        length = draw(st.integers(1, 2500))
        if speakers > 1 and draw(st.integers(0, 4)) == 0:
            speaker = (speaker + 1) % speakers
        items.append(
            {
                "start_time": _seconds(clock),
                "end_time": _seconds(clock + length),
                "alternatives": [
                    {
                        "confidence": draw(st.sampled_from(["0.99", "1.0", "0.8698"])),
                        "content": draw(_WORDS),
                    }
                ],
                "type": "pronunciation",
                "_speaker": speaker,
            }
        )
        clock += length
        if draw(st.integers(0, 3)) == 0:
            items.append(
                {
                    "alternatives": [{"confidence": "0.0", "content": draw(_PUNCTUATION)}],
                    "type": "punctuation",
                    "_speaker": speaker,
                }
            )
    return items


def _speaker_labels(items: list[dict[str, Any]], first: int, count: int) -> dict[str, Any]:
    segments: list[dict[str, Any]] = []
    for item in items:
        if "start_time" not in item:
            continue
        label = f"spk_{first + item['_speaker']}"
        entry = {
            "start_time": item["start_time"],
            "end_time": item["end_time"],
            "speaker_label": label,
        }
        if segments and segments[-1]["speaker_label"] == label:
            segments[-1]["items"].append(entry)
            segments[-1]["end_time"] = item["end_time"]
        else:
            segments.append(
                {
                    "start_time": item["start_time"],
                    "end_time": item["end_time"],
                    "speaker_label": label,
                    "items": [entry],
                }
            )
    return {"speakers": count, "segments": segments}


def _audio_segments(items: list[dict[str, Any]], first: int | None) -> list[dict[str, Any]]:
    """One segment per speaker run, a little wider than its words, naming their ids."""
    runs: list[list[dict[str, Any]]] = []
    for item in items:
        if runs and (item["type"] == "punctuation" or runs[-1][-1]["_speaker"] == item["_speaker"]):
            runs[-1].append(item)
        else:
            runs.append([item])
    segments: list[dict[str, Any]] = []
    for number, run in enumerate(runs):
        timed = [item for item in run if "start_time" in item]
        start = max(Decimal(timed[0]["start_time"]) - Decimal("0.25"), Decimal(0))
        segment = {
            "id": number,
            "transcript": _join(run),
            "start_time": str(start),
            "end_time": timed[-1]["end_time"],
            "items": [item["id"] for item in run],
        }
        if first is not None:
            segment["speaker_label"] = f"spk_{first + run[0]['_speaker']}"
        segments.append(segment)
    return segments


def _join(items: list[dict[str, Any]]) -> str:
    return join_words(
        Word(content=item["alternatives"][0]["content"], kind=item["type"]) for item in items
    )


@st.composite
def _documents(draw: DrawFn, max_words: int) -> dict[str, Any]:
    modern = draw(st.booleans())
    channels = draw(st.sampled_from([0, 0, 2]))
    speakers = 0 if channels else draw(st.integers(0, 3))
    first_speaker = draw(st.integers(0, 1))
    per_channel = [draw(_channel_items(speakers, max_words)) for _ in range(max(channels, 1))]
    results: dict[str, Any] = {}
    merged: list[dict[str, Any]] = []
    for number, items in enumerate(per_channel):
        for item in items:
            if channels and modern:
                item["channel_label"] = f"ch_{number}"
            merged.append(item)
    if modern:
        for position, item in enumerate(merged):
            item["id"] = position
            if speakers and draw(st.integers(0, 5)):  # now and then a label is left off
                item["speaker_label"] = f"spk_{first_speaker + item['_speaker']}"
    if speakers:
        results["speaker_labels"] = _speaker_labels(merged, first_speaker, speakers + 1)
    if channels:
        results["channel_labels"] = {
            "number_of_channels": channels,
            "channels": [
                {
                    "channel_label": f"ch_{number}",
                    "items": [
                        {
                            k: v
                            for k, v in item.items()
                            if k not in ("_speaker", "id", "speaker_label")
                        }
                        for item in items
                    ],
                }
                for number, items in enumerate(per_channel)
            ],
        }
    if modern and not channels:
        results["audio_segments"] = _audio_segments(merged, first_speaker if speakers else None)
    results["transcripts"] = [{"transcript": _join(merged)}]
    results["items"] = [{k: v for k, v in item.items() if k != "_speaker"} for item in merged]
    document: dict[str, Any] = {
        "jobName": draw(st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)),
        "accountId": "123456789012",
        "status": "COMPLETED",
        "results": results,
    }
    return document


def transcript_dicts(*, max_words: int = 25) -> SearchStrategy[dict[str, Any]]:
    """Transcript JSON as the service writes it (parsed), consistent as the module says."""
    return _documents(max_words)


def transcript_documents(*, max_words: int = 25) -> SearchStrategy[TranscriptDocument]:
    """``TranscriptDocument`` values of consistent transcripts, up to ``max_words`` a channel."""
    return transcript_dicts(max_words=max_words).map(
        lambda data: structure_transcript(data, TranscriptDocument)
    )
