"""One view of the words over every variant of the file: ``Word`` and ``Turn``.

The speaker of a word comes from its item (late 2022 on), else from the speaker segments: first
the segment item with the same start and end times, then the segment whose span holds the
word's start (older files, and newer ones that leave the label off some items). The channel
comes from the item, else from ``channel_labels`` (the channel whose items hold one with the same
times and content). Punctuation has no times: it takes the speaker and channel of the word before
it. Call Analytics words carry the participant role as their speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

import attrs

from transcribe_model.transcript._models import Redaction

if TYPE_CHECKING:
    from transcribe_model.transcript._call_analytics import CallAnalyticsTranscript
    from transcribe_model.transcript._models import TranscriptDocument, TranscriptResults

WordKind = Literal["pronunciation", "punctuation"]

_THOUSAND = Decimal(1000)


@attrs.frozen(kw_only=True)
class Word:
    """A word or punctuation mark, the same whichever file it came from.

    Attributes:
        content: What was said: ``[PII]`` when redacted, ``***`` when masked.
        kind: ``"pronunciation"`` or ``"punctuation"``.
        start: Seconds from the start of the audio, exact; ``None`` for punctuation.
        end: As ``start``.
        confidence: From 0 to 1, exact; ``None`` where the file gives none.
        speaker: ``spk_0``..., or the Call Analytics participant role (``AGENT``).
        channel: ``ch_0``... with channel identification.
        language_code: The word's language (multi-language identification).
        redactions: Why the word was redacted.
        vocabulary_filter_match: Whether a ``tag`` vocabulary filter matched it.
        item_id: The item's ``id`` (files since 2024).
    """

    content: str
    kind: WordKind = "pronunciation"
    start: Decimal | None = None
    end: Decimal | None = None
    confidence: Decimal | None = None
    speaker: str | None = None
    channel: str | None = None
    language_code: str | None = None
    redactions: tuple[Redaction, ...] = ()
    vocabulary_filter_match: bool | None = None
    item_id: int | None = None


@attrs.frozen(kw_only=True)
class Turn:
    """Consecutive words of one speaker (or of one channel where speakers are unknown).

    Attributes:
        speaker: As the words'.
        channel: As the words'.
        words: The words, punctuation included.
    """

    speaker: str | None
    channel: str | None
    words: tuple[Word, ...]

    @property
    def start(self) -> Decimal | None:
        """The first timed word's start."""
        return next((word.start for word in self.words if word.start is not None), None)

    @property
    def end(self) -> Decimal | None:
        """The last timed word's end."""
        ends = [word.end for word in self.words if word.end is not None]
        return ends[-1] if ends else None

    @property
    def text(self) -> str:
        """The words joined as the service joins them."""
        return join_words(self.words)


def join_words(words: Iterable[Word]) -> str:
    """One space before each word but the first, none before punctuation: the service's join."""
    parts: list[str] = []
    for word in words:
        if parts and word.kind != "punctuation":
            parts.append(" ")
        parts.append(word.content)
    return "".join(parts)


def _kind(value: str | None) -> WordKind:
    return (
        "punctuation" if value is not None and value.lower() == "punctuation" else "pronunciation"
    )


class _Speakers:
    """The speaker of an item that does not name its own, from ``speaker_labels``."""

    def __init__(self, results: TranscriptResults) -> None:
        labels = results.speaker_labels
        segments = [s for s in (labels.segments or ()) if s.speaker_label] if labels else []
        self.by_times: dict[tuple[Decimal | None, Decimal | None], str] = {}
        spans: list[tuple[Decimal, Decimal, str]] = []
        for segment in segments:
            label = segment.speaker_label or ""
            for item in segment.items or ():
                self.by_times.setdefault(
                    (item.start_time, item.end_time), item.speaker_label or label
                )
            if segment.start_time is not None:
                end = segment.end_time if segment.end_time is not None else segment.start_time
                spans.append((segment.start_time, end, label))
        spans.sort(key=lambda span: span[0])
        self.starts = [span[0] for span in spans]
        self.spans = spans

    def find(self, start: Decimal | None, end: Decimal | None) -> str | None:
        found = self.by_times.get((start, end))
        if found is not None or start is None:
            return found
        position = bisect_right(self.starts, start) - 1
        if position >= 0 and start <= self.spans[position][1]:
            return self.spans[position][2]
        return None


_ChannelKey = tuple[Decimal | None, Decimal | None, str]


def _channels(results: TranscriptResults) -> dict[_ChannelKey, deque[str]]:
    """For each (start, end, content), the channels holding such an item, in file order."""
    found: dict[_ChannelKey, deque[str]] = {}
    labels = results.channel_labels
    for channel in (labels.channels or ()) if labels else ():
        if channel.channel_label is None:
            continue
        for item in channel.items or ():
            if item.start_time is not None:
                key = (item.start_time, item.end_time, item.content)
                found.setdefault(key, deque()).append(channel.channel_label)
    return found


def document_words(doc: TranscriptDocument) -> Iterator[Word]:
    """The words of a standard or medical transcript (see the module docstring)."""
    results = doc.results
    if results is None:
        return
    items = results.items
    if items is None and results.channel_labels and results.channel_labels.channels:
        # A file with only per-channel items: take them channel by channel, in time order.
        items = tuple(
            sorted(
                (
                    item
                    for channel in results.channel_labels.channels
                    for item in channel.items or ()
                    if channel.items
                ),
                key=lambda item: item.start_time if item.start_time is not None else Decimal(0),
            )
        )
    speakers: _Speakers | None = None
    channels: dict[_ChannelKey, deque[str]] | None = None
    speaker: str | None = None
    channel: str | None = None
    for item in items or ():
        best = item.alternatives[0] if item.alternatives else None
        content = (best.content if best else None) or ""
        kind = _kind(item.type)
        timed = item.start_time is not None
        if item.speaker_label is not None:
            speaker = item.speaker_label
        elif timed or kind == "pronunciation":
            if speakers is None:
                speakers = _Speakers(results)
            speaker = speakers.find(item.start_time, item.end_time)
        if item.channel_label is not None:
            channel = item.channel_label
        elif timed:
            if channels is None:
                channels = _channels(results)
            # The same times and content on two channels: each item takes the next channel.
            found = channels.get((item.start_time, item.end_time, content))
            if found:
                channel = found.popleft() if len(found) > 1 else found[0]
        yield Word(
            content=content,
            kind=kind,
            start=item.start_time,
            end=item.end_time,
            confidence=best.confidence if best else None,
            speaker=speaker,
            channel=channel,
            language_code=item.language_code,
            redactions=(best.redactions or ()) if best else (),
            vocabulary_filter_match=item.vocabulary_filter_match,
            item_id=item.id,
        )


def _seconds(millis: int | None) -> Decimal | None:
    return None if millis is None else Decimal(millis) / _THOUSAND


def call_analytics_words(doc: CallAnalyticsTranscript) -> Iterator[Word]:
    """The words of a Call Analytics transcript, turn by turn."""
    for turn in doc.transcript or ():
        for item in turn.items or ():
            confidence = item.confidence
            yield Word(
                content=item.content or "",
                kind=_kind(item.type),
                start=_seconds(item.begin_offset_millis),
                end=_seconds(item.end_offset_millis),
                confidence=None if confidence is None else Decimal(repr(confidence)),
                speaker=turn.participant_role,
            )


def group_turns(words: Iterable[Word]) -> Iterator[Turn]:
    """Consecutive words of one speaker and channel; punctuation stays with the word before."""
    current: list[Word] = []
    key: tuple[str | None, str | None] = (None, None)
    for word in words:
        word_key = (word.speaker, word.channel)
        if current and word.kind != "punctuation" and word_key != key:
            yield Turn(speaker=key[0], channel=key[1], words=tuple(current))
            current = []
        if not current:
            key = word_key
        current.append(word)
    if current:
        yield Turn(speaker=key[0], channel=key[1], words=tuple(current))
