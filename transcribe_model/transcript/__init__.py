"""The transcript a job writes: a typed, lossless model, its words, and what people make of it.

    >>> from transcribe_model.transcript import read_transcript, to_srt  # doctest: +SKIP
    >>> doc = read_transcript(open("asrOutput.json", "rb").read())       # doctest: +SKIP
    >>> print(to_srt(doc))                                               # doctest: +SKIP

``read_transcript`` tells a standard or medical transcript (``TranscriptDocument``) from a Call
Analytics one (``CallAnalyticsTranscript``); ``transcribe_model.from_json`` / ``to_json`` read and
write either, and a file the service wrote comes back the same JSON. ``doc.words()`` and
``doc.turns()`` give one view over every era of the format; ``to_text``, ``to_turns``, ``to_srt``,
``to_vtt`` and ``to_csv`` render it.
"""

from transcribe_model.transcript._call_analytics import (
    CallAnalyticsItem,
    CallAnalyticsRedaction,
    CallAnalyticsTranscript,
    CallAnalyticsTurn,
    Participant,
)
from transcribe_model.transcript._codec import TranscriptModel
from transcribe_model.transcript._models import (
    AlternativeSegment,
    AudioSegment,
    ChannelLabels,
    ChannelTranscript,
    ItemAlternative,
    LanguageDuration,
    LanguageScore,
    MedicalEntity,
    Redaction,
    SegmentAlternative,
    SegmentItem,
    SpeakerItem,
    SpeakerLabels,
    SpeakerSegment,
    ToxicitySpan,
    TranscriptDocument,
    TranscriptItem,
    TranscriptResults,
    TranscriptText,
)
from transcribe_model.transcript._read import Transcript, read_transcript
from transcribe_model.transcript._subtitles import Cue, cues, to_srt, to_vtt
from transcribe_model.transcript._text import to_csv, to_text, to_turns
from transcribe_model.transcript._words import Turn, Word

__all__ = [
    "AlternativeSegment",
    "AudioSegment",
    "CallAnalyticsItem",
    "CallAnalyticsRedaction",
    "CallAnalyticsTranscript",
    "CallAnalyticsTurn",
    "ChannelLabels",
    "ChannelTranscript",
    "Cue",
    "ItemAlternative",
    "LanguageDuration",
    "LanguageScore",
    "MedicalEntity",
    "Participant",
    "Redaction",
    "SegmentAlternative",
    "SegmentItem",
    "SpeakerItem",
    "SpeakerLabels",
    "SpeakerSegment",
    "ToxicitySpan",
    "Transcript",
    "TranscriptDocument",
    "TranscriptItem",
    "TranscriptModel",
    "TranscriptResults",
    "TranscriptText",
    "Turn",
    "Word",
    "cues",
    "read_transcript",
    "to_csv",
    "to_srt",
    "to_text",
    "to_turns",
    "to_vtt",
]
