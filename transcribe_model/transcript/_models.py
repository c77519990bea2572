"""The standard and medical transcript JSON (``TranscriptFileUri``), every era since 2018.

Member names follow the file (snake_case already, so attributes are named as members; the few
camelCase ones, ``jobName``, ``vocabularyFilterMatch``, ``startTime``, are named in snake_case).
Every member is optional: the format has no published schema, it changed over the years (see
``transcript-format.md`` in the shared docs), and a reader must take every era. Times and
confidences the service writes as strings are ``Decimal``s and come back as the same strings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

import attrs

from transcribe_model.transcript._codec import (
    BOOL,
    DEC,
    INT,
    NUM,
    STR,
    Kind,
    TranscriptModel,
    list_of,
    map_of,
    model,
)

if TYPE_CHECKING:
    from transcribe_model.transcript._words import Turn, Word

Members = tuple[tuple[str, str, Kind], ...]


@attrs.frozen(kw_only=True)
class Redaction(TranscriptModel):
    """One PII finding on a redacted word (``items[].alternatives[].redactions[]``).

    Attributes:
        confidence: ``confidence``, a decimal string.
        type: ``type``, the PII entity type (``NAME``, ``SSN``...).
        category: ``category``, ``PII``.
    """

    wire_members: ClassVar[Members] = (
        ("confidence", "confidence", DEC),
        ("type", "type", STR),
        ("category", "category", STR),
    )
    confidence: Decimal | None = None
    type: str | None = None
    category: str | None = None


@attrs.frozen(kw_only=True)
class ItemAlternative(TranscriptModel):
    """The recognised word of an item (``items[].alternatives[]``, one element).

    Attributes:
        confidence: ``confidence``: a decimal string; absent or ``null`` on 2018 punctuation,
            absent on a ``[PII]`` word.
        content: ``content``: the word, ``[PII]`` when redacted, ``***`` when masked.
        redactions: ``redactions``: why the word was redacted.
    """

    wire_members: ClassVar[Members] = (
        ("confidence", "confidence", DEC),
        ("content", "content", STR),
        ("redactions", "redactions", list_of(model(Redaction))),
    )
    confidence: Decimal | None = None
    content: str | None = None
    redactions: tuple[Redaction, ...] | None = None


@attrs.frozen(kw_only=True)
class TranscriptItem(TranscriptModel):
    """One word or punctuation mark (``results.items[]``, ``channel_labels.channels[].items[]``).

    Attributes:
        id: ``id``: since 2024; ``audio_segments[].items`` name it.
        type: ``type``: ``pronunciation`` or ``punctuation``.
        alternatives: ``alternatives``.
        start_time: ``start_time``: seconds, a decimal string; absent on punctuation.
        end_time: ``end_time``: as ``start_time``; a 2018 item can end before it starts.
        speaker_label: ``speaker_label``: since late 2022, and not on every item.
        channel_label: ``channel_label``: since late 2022.
        language_code: ``language_code``: multi-language identification.
        vocabulary_filter_match: ``vocabularyFilterMatch``: the vocabulary filter's ``tag``
            method.
    """

    wire_members: ClassVar[Members] = (
        ("id", "id", INT),
        ("type", "type", STR),
        ("alternatives", "alternatives", list_of(model(ItemAlternative))),
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("speaker_label", "speaker_label", STR),
        ("channel_label", "channel_label", STR),
        ("language_code", "language_code", STR),
        ("vocabulary_filter_match", "vocabularyFilterMatch", BOOL),
    )
    id: int | None = None
    type: str | None = None
    alternatives: tuple[ItemAlternative, ...] | None = None
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    speaker_label: str | None = None
    channel_label: str | None = None
    language_code: str | None = None
    vocabulary_filter_match: bool | None = None

    @property
    def content(self) -> str:
        """The first alternative's content, ``""`` if there is none."""
        best = self.alternatives[0] if self.alternatives else None
        return (best.content if best else None) or ""


@attrs.frozen(kw_only=True)
class TranscriptText(TranscriptModel):
    """``results.transcripts[]``: the whole transcript as one string (``""`` for silence).

    Attributes:
        transcript: ``transcript``.
    """

    wire_members: ClassVar[Members] = (("transcript", "transcript", STR),)
    transcript: str | None = None


@attrs.frozen(kw_only=True)
class SpeakerItem(TranscriptModel):
    """``speaker_labels.segments[].items[]``: the speaker of the item with these times.

    Attributes:
        start_time: ``start_time``.
        end_time: ``end_time``.
        speaker_label: ``speaker_label``.
    """

    wire_members: ClassVar[Members] = (
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("speaker_label", "speaker_label", STR),
    )
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    speaker_label: str | None = None


@attrs.frozen(kw_only=True)
class SpeakerSegment(TranscriptModel):
    """``speaker_labels.segments[]``: one stretch of one speaker.

    Attributes:
        start_time: ``start_time``.
        end_time: ``end_time``.
        speaker_label: ``speaker_label``: ``spk_0``...; may start at ``spk_1``.
        items: ``items``.
    """

    wire_members: ClassVar[Members] = (
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("speaker_label", "speaker_label", STR),
        ("items", "items", list_of(model(SpeakerItem))),
    )
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    speaker_label: str | None = None
    items: tuple[SpeakerItem, ...] | None = None


@attrs.frozen(kw_only=True)
class SpeakerLabels(TranscriptModel):
    """``results.speaker_labels`` (``null`` for silence since 2025).

    Attributes:
        channel_label: ``channel_label``.
        speakers: ``speakers``: may exceed the labels actually used.
        segments: ``segments``.
    """

    wire_members: ClassVar[Members] = (
        ("channel_label", "channel_label", STR),
        ("speakers", "speakers", INT),
        ("segments", "segments", list_of(model(SpeakerSegment))),
    )
    channel_label: str | None = None
    speakers: int | None = None
    segments: tuple[SpeakerSegment, ...] | None = None


@attrs.frozen(kw_only=True)
class ChannelTranscript(TranscriptModel):
    """``results.channel_labels.channels[]``: the items of one channel.

    Attributes:
        channel_label: ``channel_label``: ``ch_0``, ``ch_1``.
        items: ``items``.
    """

    wire_members: ClassVar[Members] = (
        ("channel_label", "channel_label", STR),
        ("items", "items", list_of(model(TranscriptItem))),
    )
    channel_label: str | None = None
    items: tuple[TranscriptItem, ...] | None = None


@attrs.frozen(kw_only=True)
class ChannelLabels(TranscriptModel):
    """``results.channel_labels``: channel identification.

    Attributes:
        number_of_channels: ``number_of_channels``.
        channels: ``channels``.
    """

    wire_members: ClassVar[Members] = (
        ("number_of_channels", "number_of_channels", INT),
        ("channels", "channels", list_of(model(ChannelTranscript))),
    )
    number_of_channels: int | None = None
    channels: tuple[ChannelTranscript, ...] | None = None


@attrs.frozen(kw_only=True)
class AudioSegment(TranscriptModel):
    """``results.audio_segments[]`` (since 2024): a stretch of speech and the ids of its items.

    Attributes:
        id: ``id``.
        transcript: ``transcript``: the join of its items.
        start_time: ``start_time``: may lie before its first word.
        end_time: ``end_time``.
        speaker_label: ``speaker_label``.
        channel_label: ``channel_label``.
        items: ``items``: item ids, in order.
    """

    wire_members: ClassVar[Members] = (
        ("id", "id", INT),
        ("transcript", "transcript", STR),
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("speaker_label", "speaker_label", STR),
        ("channel_label", "channel_label", STR),
        ("items", "items", list_of(INT)),
    )
    id: int | None = None
    transcript: str | None = None
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    speaker_label: str | None = None
    channel_label: str | None = None
    items: tuple[int, ...] | None = None


@attrs.frozen(kw_only=True)
class SegmentItem(TranscriptModel):
    """``segments[].alternatives[].items[]``: a word of one alternative (``ShowAlternatives``).

    Attributes:
        start_time: ``start_time``.
        end_time: ``end_time``.
        confidence: ``confidence``.
        content: ``content``.
        type: ``type``.
    """

    wire_members: ClassVar[Members] = (
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("confidence", "confidence", DEC),
        ("content", "content", STR),
        ("type", "type", STR),
    )
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    confidence: Decimal | None = None
    content: str | None = None
    type: str | None = None


@attrs.frozen(kw_only=True)
class SegmentAlternative(TranscriptModel):
    """``segments[].alternatives[]``: one reading of a segment, best first.

    Attributes:
        transcript: ``transcript``.
        items: ``items``.
    """

    wire_members: ClassVar[Members] = (
        ("transcript", "transcript", STR),
        ("items", "items", list_of(model(SegmentItem))),
    )
    transcript: str | None = None
    items: tuple[SegmentItem, ...] | None = None


@attrs.frozen(kw_only=True)
class AlternativeSegment(TranscriptModel):
    """``results.segments[]``: a segment with its alternative transcriptions.

    Attributes:
        start_time: ``start_time``.
        end_time: ``end_time``.
        alternatives: ``alternatives``.
    """

    wire_members: ClassVar[Members] = (
        ("start_time", "start_time", DEC),
        ("end_time", "end_time", DEC),
        ("alternatives", "alternatives", list_of(model(SegmentAlternative))),
    )
    start_time: Decimal | None = None
    end_time: Decimal | None = None
    alternatives: tuple[SegmentAlternative, ...] | None = None


@attrs.frozen(kw_only=True)
class LanguageScore(TranscriptModel):
    """``results.language_identification[]``: a candidate language (``IdentifyLanguage``).

    Attributes:
        score: ``score``: a decimal string.
        code: ``code``.
    """

    wire_members: ClassVar[Members] = (("score", "score", DEC), ("code", "code", STR))
    score: Decimal | None = None
    code: str | None = None


@attrs.frozen(kw_only=True)
class LanguageDuration(TranscriptModel):
    """``results.language_codes[]``: how long each language was spoken (multi-language).

    Attributes:
        language_code: ``language_code``.
        duration_in_seconds: ``duration_in_seconds``: a number.
    """

    wire_members: ClassVar[Members] = (
        ("language_code", "language_code", STR),
        ("duration_in_seconds", "duration_in_seconds", NUM),
    )
    language_code: str | None = None
    duration_in_seconds: float | None = None


@attrs.frozen(kw_only=True)
class MedicalEntity(TranscriptModel):
    """``results.entities[]``: protected health information found by a medical job.

    Attributes:
        content: ``content``.
        category: ``category``: ``PHI-Personal``...
        start_time: ``startTime``: seconds, a number.
        end_time: ``endTime``: seconds, a number.
        confidence: ``confidence``: a number.
    """

    wire_members: ClassVar[Members] = (
        ("content", "content", STR),
        ("category", "category", STR),
        ("start_time", "startTime", NUM),
        ("end_time", "endTime", NUM),
        ("confidence", "confidence", NUM),
    )
    content: str | None = None
    category: str | None = None
    start_time: float | None = None
    end_time: float | None = None
    confidence: float | None = None


@attrs.frozen(kw_only=True)
class ToxicitySpan(TranscriptModel):
    """``results.toxicity_detection[]``: a stretch of speech and how toxic it is.

    Attributes:
        text: ``text``.
        toxicity: ``toxicity``: a number.
        start_time: ``start_time``: seconds, a number here.
        end_time: ``end_time``.
        categories: ``categories``: a score per category (``profanity``, ``insult``...).
    """

    wire_members: ClassVar[Members] = (
        ("text", "text", STR),
        ("toxicity", "toxicity", NUM),
        ("start_time", "start_time", NUM),
        ("end_time", "end_time", NUM),
        ("categories", "categories", map_of(NUM)),
    )
    text: str | None = None
    toxicity: float | None = None
    start_time: float | None = None
    end_time: float | None = None
    categories: Mapping[str, float] | None = None


@attrs.frozen(kw_only=True)
class TranscriptResults(TranscriptModel):
    """``results``: everything the job recognised.

    Attributes:
        language_code: ``language_code``: the identified language.
        language_identification: ``language_identification``.
        language_codes: ``language_codes``.
        transcripts: ``transcripts``: one element.
        items: ``items``: ``[]`` for silence; with channels, not sorted by time.
        speaker_labels: ``speaker_labels``.
        channel_labels: ``channel_labels``.
        audio_segments: ``audio_segments``.
        segments: ``segments``.
        entities: ``entities``: medical PHI.
        toxicity_detection: ``toxicity_detection``.
    """

    wire_members: ClassVar[Members] = (
        ("language_code", "language_code", STR),
        ("language_identification", "language_identification", list_of(model(LanguageScore))),
        ("language_codes", "language_codes", list_of(model(LanguageDuration))),
        ("transcripts", "transcripts", list_of(model(TranscriptText))),
        ("items", "items", list_of(model(TranscriptItem))),
        ("speaker_labels", "speaker_labels", model(SpeakerLabels)),
        ("channel_labels", "channel_labels", model(ChannelLabels)),
        ("audio_segments", "audio_segments", list_of(model(AudioSegment))),
        ("segments", "segments", list_of(model(AlternativeSegment))),
        ("entities", "entities", list_of(model(MedicalEntity))),
        ("toxicity_detection", "toxicity_detection", list_of(model(ToxicitySpan))),
    )
    language_code: str | None = None
    language_identification: tuple[LanguageScore, ...] | None = None
    language_codes: tuple[LanguageDuration, ...] | None = None
    transcripts: tuple[TranscriptText, ...] | None = None
    items: tuple[TranscriptItem, ...] | None = None
    speaker_labels: SpeakerLabels | None = None
    channel_labels: ChannelLabels | None = None
    audio_segments: tuple[AudioSegment, ...] | None = None
    segments: tuple[AlternativeSegment, ...] | None = None
    entities: tuple[MedicalEntity, ...] | None = None
    toxicity_detection: tuple[ToxicitySpan, ...] | None = None


@attrs.frozen(kw_only=True)
class TranscriptDocument(TranscriptModel):
    """What a standard or medical transcription job writes.

    Attributes:
        job_name: ``jobName``.
        account_id: ``accountId``: may be masked (``XXXXXXXXXXXX``).
        is_redacted: ``isRedacted``: only with content redaction.
        status: ``status``: ``COMPLETED``.
        results: ``results``.
    """

    wire_members: ClassVar[Members] = (
        ("job_name", "jobName", STR),
        ("account_id", "accountId", STR),
        ("is_redacted", "isRedacted", BOOL),
        ("status", "status", STR),
        ("results", "results", model(TranscriptResults)),
    )
    job_name: str | None = None
    account_id: str | None = None
    is_redacted: bool | None = None
    status: str | None = None
    results: TranscriptResults | None = None

    @property
    def transcript(self) -> str | None:
        """The service's own transcript string (``results.transcripts[0].transcript``)."""
        texts = self.results.transcripts if self.results else None
        return texts[0].transcript if texts else None

    def words(self) -> Iterator[Word]:
        """Every word and punctuation mark, in the service's order, with speaker and channel."""
        from transcribe_model.transcript._words import document_words

        return document_words(self)

    def turns(self) -> Iterator[Turn]:
        """The words grouped by speaker (or channel), in order."""
        from transcribe_model.transcript._words import group_turns

        return group_turns(self.words())
