"""Every fixture in tests/transcripts/ (one per era and feature, written from the AWS developer
guide's examples and the format notes): it parses, round trips exactly, and reads right."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import transcribe_model
from transcribe_model import ValidationError
from transcribe_model.transcript import (
    CallAnalyticsTranscript,
    TranscriptDocument,
    read_transcript,
    to_csv,
    to_text,
    to_turns,
)

FIXTURES = Path(__file__).parent / "transcripts"
FILES = sorted(FIXTURES.glob("*.json"))
STANDARD = [path for path in FILES if path.name != "call-analytics.json"]


def _read(name: str) -> TranscriptDocument:
    doc = read_transcript((FIXTURES / name).read_bytes())
    assert isinstance(doc, TranscriptDocument)
    return doc


def test_there_is_a_fixture_per_era_and_feature() -> None:
    """The fixtures cover what the issue lists."""
    names = {path.stem for path in FILES}
    assert {
        "plain-2018",
        "speakers-2019",
        "speakers-2024",
        "channels-2021",
        "channels-2023",
        "alternatives",
        "redaction",
        "vocabulary-mask",
        "vocabulary-remove",
        "language-id",
        "multi-language",
        "medical",
        "toxicity",
        "silence-2025",
        "call-analytics",
    } <= names


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_each_file_round_trips_exactly(path: Path) -> None:
    """to_json(read_transcript(text)) is the same JSON, every number-string the same text."""
    text = path.read_text()
    doc = read_transcript(text)
    assert json.loads(transcribe_model.to_json(doc)) == json.loads(text)
    again = transcribe_model.from_json(text, type(doc))
    assert again == doc
    assert transcribe_model.structure(json.loads(text), type(doc)) == doc
    assert transcribe_model.unstructure(doc) == json.loads(text)


@pytest.mark.parametrize("path", STANDARD, ids=lambda path: path.stem)
def test_to_text_is_the_services_transcript(path: Path) -> None:
    """The words joined as the service joins them give its own transcript string."""
    doc = _read(path.name)
    assert doc.transcript is not None
    assert to_text(doc) == doc.transcript


@pytest.mark.parametrize("path", STANDARD, ids=lambda path: path.stem)
def test_every_word_has_its_speaker_or_channel_when_the_file_has_them(path: Path) -> None:
    """Where a file labels speakers or channels, no word is left without one."""
    doc = _read(path.name)
    assert doc.results is not None
    words = list(doc.words())
    if doc.results.speaker_labels is not None:
        assert all(word.speaker for word in words)
    if doc.results.channel_labels is not None:
        assert all(word.channel for word in words)


def test_the_2018_era_reads_its_numbers_exactly() -> None:
    """'1.0000', '5.020' and a null punctuation confidence read as written."""
    doc = _read("plain-2018.json")
    words = list(doc.words())
    assert words[0].confidence == Decimal("1.0000")
    assert str(words[0].confidence) == "1.0000"
    assert str(words[2].end) == "5.020"
    assert words[1].confidence is None
    assert words[4].confidence == Decimal("0.8698666666666667")
    item = doc.results.items[1] if doc.results and doc.results.items else None
    assert item is not None
    assert item.alternatives is not None
    assert item.alternatives[0].unknown_members == {"confidence": None}


def test_old_speakers_come_from_the_segments() -> None:
    """A 2019 file names speakers only in speaker_labels; punctuation takes the word's."""
    doc = _read("speakers-2019.json")
    assert [(word.content, word.speaker) for word in doc.words()] == [
        ("Good", "spk_1"),
        ("morning", "spk_1"),
        (".", "spk_1"),
        ("Hi", "spk_2"),
        (",", "spk_2"),
        ("how", "spk_2"),
        ("are", "spk_2"),
        ("you", "spk_2"),
        ("?", "spk_2"),
    ]


def test_new_items_missing_a_speaker_fall_back_to_the_segments() -> None:
    """Items 2 and 7 of the 2024 file have no speaker_label; the segments give it."""
    doc = _read("speakers-2024.json")
    by_id = {word.item_id: word.speaker for word in doc.words()}
    assert by_id[2] == "spk_0"
    assert by_id[7] == "spk_1"
    assert [turn.text for turn in doc.turns()] == ["Welcome to the show.", "Thanks for having me."]


def test_audio_segments_are_the_join_of_their_items() -> None:
    """Each audio segment's transcript is the join of the words its item ids name."""
    doc = _read("speakers-2024.json")
    words = {word.item_id: word for word in doc.words()}
    assert doc.results is not None
    assert doc.results.audio_segments
    for segment in doc.results.audio_segments:
        joined = transcribe_model.transcript._words.join_words(
            words[item] for item in segment.items or ()
        )
        assert joined == segment.transcript


def test_old_channels_come_from_the_channel_labels() -> None:
    """A 2021 file gives the channel only in channel_labels; the merged items are unsorted."""
    doc = _read("channels-2021.json")
    assert [(word.content, word.channel) for word in doc.words()] == [
        ("Hello", "ch_0"),
        ("there", "ch_0"),
        (".", "ch_0"),
        ("Hi", "ch_1"),
        ("agent", "ch_1"),
        (".", "ch_1"),
    ]


def test_redacted_words_read_pii_with_their_redactions() -> None:
    """A [PII] word keeps its redactions and has no confidence."""
    doc = _read("redaction.json")
    redacted = [word for word in doc.words() if word.content == "[PII]"]
    assert len(redacted) == 2
    assert redacted[0].confidence is None
    assert [r.type for word in redacted for r in word.redactions] == ["NAME", "PHONE"]
    assert doc.is_redacted is True


def test_vocabulary_filters() -> None:
    """Mask keeps *** in place, remove drops the word, tag marks it."""
    assert "***" in [word.content for word in _read("vocabulary-mask.json").words()]
    assert "damn" not in to_text(_read("vocabulary-remove.json"))
    tagged = [w.content for w in _read("vocabulary-tag.json").words() if w.vocabulary_filter_match]
    assert tagged == ["damn"]


def test_languages() -> None:
    """Identification scores are exact decimals; multi-language words carry their language."""
    doc = _read("language-id.json")
    assert doc.results is not None
    assert doc.results.language_identification
    assert doc.results.language_identification[0].score == Decimal("0.9883")
    multi = _read("multi-language.json")
    assert [w.language_code for w in multi.words()][:3] == ["hi-IN", "hi-IN", "en-IN"]
    assert multi.results is not None
    assert multi.results.language_codes
    assert multi.results.language_codes[0].duration_in_seconds == 5.325


def test_medical_entities_and_toxicity_are_numbers() -> None:
    """Medical PHI (camelCase) and toxicity scores are numbers, kept as numbers."""
    medical = _read("medical.json")
    assert medical.results is not None
    assert medical.results.entities
    assert medical.results.entities[0].start_time == 0.92
    toxic = _read("toxicity.json")
    assert toxic.results is not None
    assert toxic.results.toxicity_detection
    assert toxic.results.toxicity_detection[0].categories == pytest.approx(
        {
            "profanity": 0.1,
            "hate_speech": 0.05,
            "sexual": 0.0,
            "insult": 0.87,
            "violence_or_threat": 0.0,
            "graphic": 0.0,
            "harassment_or_abuse": 0.2,
        }
    )


def test_silence_has_no_words_and_null_speaker_labels_survive() -> None:
    """A silent 2025 file: no words, no turns, and speaker_labels null comes back as null."""
    doc = _read("silence-2025.json")
    assert list(doc.words()) == []
    assert to_turns(doc) == ""
    assert json.loads(transcribe_model.to_json(doc))["results"]["speaker_labels"] is None


def test_call_analytics_words_carry_the_participant_role() -> None:
    """Call Analytics words are timed in exact seconds, spoken by AGENT or CUSTOMER."""
    doc = read_transcript((FIXTURES / "call-analytics.json").read_text())
    assert isinstance(doc, CallAnalyticsTranscript)
    words = list(doc.words())
    assert words[0].start == Decimal("0.5")
    assert words[0].end == Decimal("0.72")
    assert {w.speaker for w in words} == {"AGENT", "CUSTOMER"}
    assert [turn.text for turn in doc.turns()] == [t.content for t in doc.transcript or ()]
    assert to_text(doc) == "How can I help? My card [PII] was stolen."


def test_turns_render_one_line_per_speaker() -> None:
    """to_turns: [HH:MM:SS] speaker: text."""
    assert to_turns(_read("speakers-2019.json")) == (
        "[00:00:00] spk_1: Good morning.\n[00:00:01] spk_2: Hi, how are you?\n"
    )


def test_csv_has_a_row_per_word_with_exact_numbers() -> None:
    """to_csv: a header, then start, end, speaker, channel, kind, content, confidence."""
    rows = to_csv(_read("plain-2018.json")).splitlines()
    assert rows[0] == "start,end,speaker,channel,kind,content,confidence"
    assert rows[1] == "0.040,0.510,,,pronunciation,Hello,1.0000"
    assert rows[2] == ',,,,punctuation,",",'
    assert len(rows) == 1 + 7


def test_the_transcript_module_documents_every_public_name() -> None:
    """Every name in transcribe_model.transcript.__all__ exists and has its own docstring."""
    import transcribe_model.transcript as module

    assert len(module.__all__) == len(set(module.__all__))
    for name in module.__all__:
        value = getattr(module, name)
        if name == "Transcript":  # a type alias: documented in _read
            continue
        own = vars(value).get("__doc__") if isinstance(value, type) else value.__doc__
        assert (own or "").strip(), name


def test_importing_the_package_does_not_load_the_transcript_module() -> None:
    """transcribe_model's entry points reach the transcript codec only when it is loaded."""
    import subprocess
    import sys

    code = "import sys, transcribe_model; print('transcribe_model.transcript' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_document_built_in_python_is_frozen_and_renders() -> None:
    """Lists passed to the classes become tuples; the document hashes, writes and renders."""
    from transcribe_model.transcript import ItemAlternative, TranscriptItem, TranscriptResults

    doc = TranscriptDocument(
        results=TranscriptResults(
            items=[  # type: ignore[arg-type]  # a list, as people write it
                TranscriptItem(
                    type="pronunciation",
                    start_time=Decimal("0.5"),
                    end_time=Decimal("1.250"),
                    alternatives=[ItemAlternative(content="hi")],  # type: ignore[arg-type]
                )
            ]
        ),
        unknown_members={"extra": [1, {"a": None}]},
    )
    assert doc.results is not None
    assert isinstance(doc.results.items, tuple)
    hash(doc)
    assert json.loads(transcribe_model.to_json(doc))["results"]["items"][0]["end_time"] == "1.250"
    assert to_text(doc) == "hi"
    with pytest.raises(ValidationError):
        TranscriptDocument(unknown_members={"bad": float("nan")})
