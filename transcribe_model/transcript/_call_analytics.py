"""The Call Analytics transcript JSON (``StartCallAnalyticsJob``): another schema.

PascalCase members, offsets as integers of milliseconds, confidences as numbers. The analytics
around the words (sentiment, loudness, issues, categories, characteristics) are kept as frozen
JSON: the words and turns are what this library reads; everything survives a round trip.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from transcribe_model.transcript._codec import (
    ANY,
    INT,
    NUM,
    STR,
    Kind,
    TranscriptModel,
    list_of,
    model,
)

if TYPE_CHECKING:
    from transcribe_model.transcript._words import Turn, Word

Members = tuple[tuple[str, str, Kind], ...]


@attrs.frozen(kw_only=True)
class CallAnalyticsRedaction(TranscriptModel):
    """``Transcript[].Items[].Redaction[]``.

    Attributes:
        confidence: ``Confidence``: a number.
    """

    wire_members: ClassVar[Members] = (("confidence", "Confidence", NUM),)
    confidence: float | None = None


@attrs.frozen(kw_only=True)
class CallAnalyticsItem(TranscriptModel):
    """``Transcript[].Items[]``: one word or punctuation mark.

    Attributes:
        type: ``Type``: ``pronunciation`` or ``punctuation``.
        content: ``Content``.
        confidence: ``Confidence``: a number.
        begin_offset_millis: ``BeginOffsetMillis``.
        end_offset_millis: ``EndOffsetMillis``.
        redaction: ``Redaction``.
    """

    wire_members: ClassVar[Members] = (
        ("type", "Type", STR),
        ("content", "Content", STR),
        ("confidence", "Confidence", NUM),
        ("begin_offset_millis", "BeginOffsetMillis", INT),
        ("end_offset_millis", "EndOffsetMillis", INT),
        ("redaction", "Redaction", list_of(model(CallAnalyticsRedaction))),
    )
    type: str | None = None
    content: str | None = None
    confidence: float | None = None
    begin_offset_millis: int | None = None
    end_offset_millis: int | None = None
    redaction: tuple[CallAnalyticsRedaction, ...] | None = None


@attrs.frozen(kw_only=True)
class CallAnalyticsTurn(TranscriptModel):
    """``Transcript[]``: one turn of one participant.

    Attributes:
        id: ``Id``.
        participant_role: ``ParticipantRole``: ``AGENT`` or ``CUSTOMER``.
        content: ``Content``.
        begin_offset_millis: ``BeginOffsetMillis``.
        end_offset_millis: ``EndOffsetMillis``.
        sentiment: ``Sentiment``.
        loudness_scores: ``LoudnessScores``: may hold ``null``.
        issues_detected: ``IssuesDetected``.
        action_items_detected: ``ActionItemsDetected``.
        outcomes_detected: ``OutcomesDetected``.
        items: ``Items``.
    """

    wire_members: ClassVar[Members] = (
        ("id", "Id", STR),
        ("participant_role", "ParticipantRole", STR),
        ("content", "Content", STR),
        ("begin_offset_millis", "BeginOffsetMillis", INT),
        ("end_offset_millis", "EndOffsetMillis", INT),
        ("sentiment", "Sentiment", STR),
        ("loudness_scores", "LoudnessScores", ANY),
        ("issues_detected", "IssuesDetected", ANY),
        ("action_items_detected", "ActionItemsDetected", ANY),
        ("outcomes_detected", "OutcomesDetected", ANY),
        ("items", "Items", list_of(model(CallAnalyticsItem))),
    )
    id: str | None = None
    participant_role: str | None = None
    content: str | None = None
    begin_offset_millis: int | None = None
    end_offset_millis: int | None = None
    sentiment: str | None = None
    loudness_scores: Any = None
    issues_detected: Any = None
    action_items_detected: Any = None
    outcomes_detected: Any = None
    items: tuple[CallAnalyticsItem, ...] | None = None


@attrs.frozen(kw_only=True)
class Participant(TranscriptModel):
    """``Participants[]``.

    Attributes:
        participant_role: ``ParticipantRole``.
    """

    wire_members: ClassVar[Members] = (("participant_role", "ParticipantRole", STR),)
    participant_role: str | None = None


@attrs.frozen(kw_only=True)
class CallAnalyticsTranscript(TranscriptModel):
    """What a Call Analytics job writes.

    Attributes:
        job_name: ``JobName``.
        job_status: ``JobStatus``.
        language_code: ``LanguageCode``.
        account_id: ``AccountId``.
        channel: ``Channel``: ``VOICE``.
        participants: ``Participants``.
        transcript: ``Transcript``: the turns.
        conversation_characteristics: ``ConversationCharacteristics``, as JSON.
        categories: ``Categories``, as JSON.
        content_metadata: ``ContentMetadata``, as JSON.
    """

    wire_members: ClassVar[Members] = (
        ("job_name", "JobName", STR),
        ("job_status", "JobStatus", STR),
        ("language_code", "LanguageCode", STR),
        ("account_id", "AccountId", STR),
        ("channel", "Channel", STR),
        ("participants", "Participants", list_of(model(Participant))),
        ("transcript", "Transcript", list_of(model(CallAnalyticsTurn))),
        ("conversation_characteristics", "ConversationCharacteristics", ANY),
        ("categories", "Categories", ANY),
        ("content_metadata", "ContentMetadata", ANY),
    )
    job_name: str | None = None
    job_status: str | None = None
    language_code: str | None = None
    account_id: str | None = None
    channel: str | None = None
    participants: tuple[Participant, ...] | None = None
    transcript: tuple[CallAnalyticsTurn, ...] | None = None
    conversation_characteristics: Any = None
    categories: Any = None
    content_metadata: Any = None

    def words(self) -> Iterator[Word]:
        """Every word of every turn, the participant role as the speaker."""
        from transcribe_model.transcript._words import call_analytics_words

        return call_analytics_words(self)

    def turns(self) -> Iterator[Turn]:
        """The words grouped by participant, in order."""
        from transcribe_model.transcript._words import group_turns

        return group_turns(self.words())
