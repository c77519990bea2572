"""to_srt and to_vtt, checked by independent parsers (the ``srt`` and ``webvtt-py`` packages):
order, limits, every word present in order, times on word boundaries, speakers as voices."""

from __future__ import annotations

import html
import itertools
import json
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
import srt
import webvtt
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import ValidationError
from transcribe_model.strategies import transcript_documents
from transcribe_model.transcript import (
    Transcript,
    TranscriptDocument,
    read_transcript,
    to_srt,
    to_text,
    to_vtt,
)

FIXTURES = Path(__file__).parent / "transcripts"
FILES = sorted(FIXTURES.glob("*.json"))


def _ms(seconds: Decimal) -> int:
    return int(seconds.quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN) * 1000)


def _channels(doc: Transcript) -> set[str | None]:
    return {word.channel for word in doc.words()}


def _check_srt(doc: Transcript, text: str, width: int, lines: int, seconds: float) -> None:
    """What an SRT of ``doc`` must be, as the ``srt`` package parses it."""
    cues = list(srt.parse(text, ignore_errors=False))
    timed = [w for w in doc.words() if w.start is not None and w.kind == "pronunciation"]
    if not timed:
        assert cues == []
        return
    starts = {timedelta(milliseconds=_ms(w.start)) for w in timed if w.start is not None}
    ends = {
        timedelta(milliseconds=_ms(max(w.end or w.start, w.start)))
        for w in timed
        if w.start is not None
    }
    assert [cue.start for cue in cues] == sorted(cue.start for cue in cues)
    for cue in cues:
        assert cue.start in starts
        assert cue.end in ends | starts  # a cue end is a word's end (or, on overlap, a start)
        assert cue.end >= cue.start
        cue_lines = cue.content.split("\n")
        assert len(cue_lines) <= lines
        assert all(len(line) <= width or " " not in line for line in cue_lines)
        if len(cue.content.split()) > 1:
            assert (cue.end - cue.start).total_seconds() <= seconds + 0.001
    said = [word for cue in cues for word in cue.content.split()]
    if len(_channels(doc)) == 1:
        assert said == to_text(doc).split()
        for before, after in itertools.pairwise(cues):
            assert before.end <= after.start
    else:
        assert sorted(said) == sorted(to_text(doc).split())


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_every_fixture_gives_a_valid_srt(path: Path) -> None:
    """Each fixture's SubRip parses and keeps every rule under the defaults."""
    doc = read_transcript(path.read_bytes())
    _check_srt(doc, to_srt(doc), 42, 2, 7.0)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_every_fixture_gives_a_valid_vtt_with_voices(path: Path) -> None:
    """Each fixture's WebVTT parses, times match the SRT's, speakers become voices."""
    doc = read_transcript(path.read_bytes())
    captions = list(webvtt.from_string(to_vtt(doc)))
    cues = list(srt.parse(to_srt(doc)))
    assert [(c.start, c.end) for c in captions] == [
        (
            srt.timedelta_to_srt_timestamp(cue.start).replace(",", "."),
            srt.timedelta_to_srt_timestamp(cue.end).replace(",", "."),
        )
        for cue in cues
    ]
    assert [html.unescape(c.text) for c in captions] == [cue.content for cue in cues]
    speakers = [w.speaker for w in doc.words() if w.speaker]
    voices = {c.voice for c in captions}
    if captions:
        assert voices == ({*speakers} if speakers else {None})


def test_cues_break_at_sentences_and_speakers() -> None:
    """One cue per sentence and speaker in a short two-speaker file."""
    doc = read_transcript((FIXTURES / "speakers-2019.json").read_bytes())
    assert to_srt(doc) == (
        "1\n00:00:00,440 --> 00:00:01,200\nGood morning.\n\n"
        "2\n00:00:01,900 --> 00:00:03,100\nHi, how are you?\n"
    )
    assert to_vtt(doc, start_index=0) == (
        "WEBVTT\n\n0\n00:00:00.440 --> 00:00:01.200\n<v spk_1>Good morning.\n\n"
        "1\n00:00:01.900 --> 00:00:03.100\n<v spk_2>Hi, how are you?\n"
    )


def test_redacted_and_masked_words_read_as_the_file_has_them() -> None:
    """[PII] and *** appear in the subtitles as written."""
    assert "[PII]" in to_srt(read_transcript((FIXTURES / "redaction.json").read_bytes()))
    assert "***" in to_srt(read_transcript((FIXTURES / "vocabulary-mask.json").read_bytes()))


def test_silence_gives_no_cues() -> None:
    """A silent file has an empty SRT and a VTT of only its header."""
    doc = read_transcript((FIXTURES / "silence-2025.json").read_bytes())
    assert to_srt(doc) == ""
    assert to_vtt(doc) == "WEBVTT\n"


def test_a_long_cue_breaks_at_the_time_limit_never_inside_a_word() -> None:
    """Nine seconds of one sentence at a 3 s limit: cues of at most 3 s, words whole."""
    words = [
        {
            "start_time": f"{i}.0",
            "end_time": f"{i}.9",
            "type": "pronunciation",
            "alternatives": [{"confidence": "1.0", "content": f"word{i}"}],
        }
        for i in range(9)
    ]
    doc = read_transcript(
        '{"results": {"items": %s}}' % str(words).replace("'", '"')  # noqa: UP031
    )
    text = to_srt(doc, max_cue_seconds=3, max_line_length=100)
    _check_srt(doc, text, 100, 2, 3.0)
    assert len(list(srt.parse(text))) == 3
    # The neighbour: with the default 7 s the same words take two cues.
    assert len(list(srt.parse(to_srt(doc, max_line_length=100)))) == 2


def test_a_word_longer_than_a_line_gets_a_line_of_its_own() -> None:
    """max_line_length=5 and 'supercalifragilistic': the word stays whole."""
    doc = read_transcript(
        '{"results": {"items": [{"start_time": "0.0", "end_time": "1.0", "type": "pronunciation",'
        ' "alternatives": [{"content": "supercalifragilistic"}]}, {"start_time": "1.0",'
        ' "end_time": "1.5", "type": "pronunciation", "alternatives": [{"content": "yes"}]}]}}'
    )
    cues = list(srt.parse(to_srt(doc, max_line_length=5, max_lines=1)))
    assert [cue.content for cue in cues] == ["supercalifragilistic", "yes"]


@pytest.mark.parametrize(
    ("option", "bad", "good"),
    [
        ("max_line_length", 0, 1),
        ("max_lines", 0, 1),
        ("max_cue_seconds", 0, 0.5),
        ("start_index", -1, 0),
        ("max_lines", True, 3),
        ("max_cue_seconds", float("nan"), 9),
    ],
)
def test_out_of_range_options_are_validation_errors(option: str, bad: object, good: object) -> None:
    """A bad option is a ValidationError naming it; its neighbour is accepted."""
    doc = read_transcript((FIXTURES / "plain-2018.json").read_bytes())
    for render in (to_srt, to_vtt):
        with pytest.raises(ValidationError) as info:
            render(doc, **{option: bad})  # type: ignore[arg-type]
        assert [error.path for error in info.value.errors] == [option]
        assert render(doc, **{option: good})  # type: ignore[arg-type]


@given(transcript_documents(), st.integers(1, 60), st.integers(1, 3), st.sampled_from([1.5, 7.0]))
def test_any_consistent_transcript_gives_valid_subtitles(
    doc: TranscriptDocument, width: int, lines: int, seconds: float
) -> None:
    """For drawn documents and options, the SRT keeps every rule and the VTT parses alike."""
    text = to_srt(doc, max_line_length=width, max_lines=lines, max_cue_seconds=seconds)
    _check_srt(doc, text, width, lines, seconds)
    vtt = to_vtt(doc, max_line_length=width, max_lines=lines, max_cue_seconds=seconds)
    assert len(list(webvtt.from_string(vtt))) == len(list(srt.parse(text)))


_HOSTILE = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        ["", " ", "\n", "a\n\nb", "-->", "00:00:01,000 --> 00:00:02,000", "<b>", "&amp;"]
    ),
)


@given(st.lists(st.tuples(_HOSTILE, st.booleans()), max_size=12))
def test_no_word_content_breaks_either_format(words: list[tuple[str, bool]]) -> None:
    """Line breaks, blanks, arrows and markup in words: both parsers read every word back."""
    items = []
    for position, (content, punctuation) in enumerate(words):
        item: dict[str, object] = {"alternatives": [{"content": content}]}
        if punctuation:
            item["type"] = "punctuation"
        else:
            item.update(type="pronunciation", start_time=f"{position}.0", end_time=f"{position}.5")
        items.append(item)
    doc = read_transcript(json.dumps({"results": {"items": items}}))
    shown = any(content.split() and not punctuation for content, punctuation in words)
    expected = "".join(part for content, _ in words for part in content.split()) if shown else ""
    cues = list(srt.parse(to_srt(doc), ignore_errors=False))
    said = " ".join(cue.content.replace("\n", " ") for cue in cues).split()
    captions = list(webvtt.from_string(to_vtt(doc)))
    assert len(captions) == len(cues)
    assert " ".join(html.unescape(c.text).replace("\n", " ") for c in captions).split() == said
    assert "".join(said) == expected
