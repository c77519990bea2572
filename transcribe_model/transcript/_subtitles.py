"""SubRip and WebVTT subtitles of a transcript, built from its words.

Cue rules (the README explains the defaults):

- a cue is a run of words of one speaker on one channel; it breaks after a sentence ends
  (``.``, ``?``, ``!``), when the speaker changes, when one more word would need more than
  ``max_lines`` lines of ``max_line_length`` characters, or would make the cue longer than
  ``max_cue_seconds``; never inside a word (a word longer than a line gets a line of its own);
- punctuation and untimed words stay with the word before them;
- a cue starts at its first word's start and ends at its last word's end, to the millisecond;
  cues are in time order and, within one channel, never overlap (only a file whose words overlap
  has a cue end moved back to the next cue's start);
- redacted words read ``[PII]`` and masked ones ``***``, as the file has them; silence gives no cue;
- whitespace inside a word is shown as one space and an empty word not at all, so no file can
  break the format (WebVTT text is escaped too: ``&``, ``<``, ``>``).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import cast

import attrs

from transcribe_model._errors import ValidationError, Violation
from transcribe_model.transcript._read import Transcript
from transcribe_model.transcript._words import Word, join_words

_SENTENCE_ENDS = frozenset(".?!\u3002\uff1f\uff01")  # and the ideographic full stop, ? and !
_MILLISECOND = Decimal("0.001")


@attrs.frozen
class Cue:
    """One subtitle: its times in whole milliseconds, its lines, its speaker and channel."""

    start_ms: int
    end_ms: int
    lines: tuple[str, ...]
    speaker: str | None
    channel: str | None


@attrs.define
class _Token:
    """A timed word with the punctuation and untimed words that follow it."""

    words: list[Word]
    start: Decimal
    end: Decimal

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def ends_sentence(self) -> bool:
        last = self.words[-1]
        return (
            last.kind == "punctuation" and bool(last.content) and last.content[-1] in _SENTENCE_ENDS
        )


def _tokens(words: Iterable[Word]) -> dict[str | None, list[_Token]]:
    by_channel: dict[str | None, list[_Token]] = {}
    last: dict[str | None, _Token] = {}
    pending: list[Word] = []
    for word in words:
        # A line break or a blank word would end a cue early in either format: words are
        # shown with their whitespace folded to single spaces, and empty ones not at all.
        content = " ".join(word.content.split())
        if not content:
            continue
        if content != word.content:
            word = attrs.evolve(word, content=content)
        token = last.get(word.channel)
        if word.start is None or word.kind == "punctuation":
            if token is None:
                pending.append(word)
            else:
                token.words.append(word)
            continue
        end = word.end if word.end is not None and word.end > word.start else word.start
        token = _Token(words=[*pending, word], start=word.start, end=end)
        pending = []
        last[word.channel] = token
        by_channel.setdefault(word.channel, []).append(token)
    for tokens in by_channel.values():
        tokens.sort(key=lambda token: token.start)
    return by_channel


def _wrap(texts: Iterable[str], width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for text in texts:
        if current and len(current) + 1 + len(text) > width:
            lines.append(current)
            current = text
        else:
            current = f"{current} {text}" if current else text
    if current:
        lines.append(current)
    return lines


def _ms(seconds: Decimal) -> int:
    return int(seconds.quantize(_MILLISECOND, rounding=ROUND_HALF_EVEN) * 1000)


def _check_options(
    max_line_length: int, max_lines: int, max_cue_seconds: float, start_index: int
) -> None:
    errors: list[Violation] = []
    # Typed, but a caller may pass anything: checked at run time.
    options = (
        ("max_line_length", cast(object, max_line_length), 1),
        ("max_lines", cast(object, max_lines), 1),
        ("start_index", cast(object, start_index), 0),
    )
    for name, value, least in options:
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            errors.append(Violation(path=name, message=f"must be an integer of at least {least}"))
    seconds = cast(object, max_cue_seconds)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 < seconds < 1e9:
        errors.append(Violation(path="max_cue_seconds", message="must be a number above 0"))
    if errors:
        raise ValidationError(errors)


def cues(
    doc: Transcript, *, max_line_length: int = 42, max_lines: int = 2, max_cue_seconds: float = 7.0
) -> list[Cue]:
    """The cues of ``doc`` in time order, by the rules of the module docstring."""
    _check_options(max_line_length, max_lines, max_cue_seconds, 0)
    limit = Decimal(repr(float(max_cue_seconds)))
    found: list[Cue] = []
    for channel, tokens in _tokens(doc.words()).items():
        channel_cues: list[tuple[list[_Token], Decimal, Decimal]] = []
        run: list[_Token] = []
        for token in tokens:
            if run:
                speaker = run[0].words[-1].speaker
                first = run[0]
                texts = [t.text for t in run] + [token.text]
                if (
                    run[-1].ends_sentence
                    or token.words[-1].speaker != speaker
                    or token.end - first.start > limit
                    or len(_wrap(texts, max_line_length)) > max_lines
                ):
                    channel_cues.append((run, first.start, max(t.end for t in run)))
                    run = []
            run.append(token)
        if run:
            channel_cues.append((run, run[0].start, max(t.end for t in run)))
        for position, (run, start, end) in enumerate(channel_cues):
            if position + 1 < len(channel_cues):
                end = min(end, channel_cues[position + 1][1])
            found.append(
                Cue(
                    start_ms=_ms(start),
                    end_ms=max(_ms(end), _ms(start)),
                    lines=tuple(_wrap([t.text for t in run], max_line_length)),
                    speaker=run[0].words[-1].speaker,
                    channel=channel,
                )
            )
    found.sort(key=lambda cue: (cue.start_ms, cue.end_ms))
    return found


def _stamp(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def to_srt(
    doc: Transcript,
    *,
    max_line_length: int = 42,
    max_lines: int = 2,
    max_cue_seconds: float = 7.0,
    start_index: int = 1,
) -> str:
    """SubRip subtitles of ``doc``: numbered from ``start_index``, ``HH:MM:SS,mmm`` times.

    Raises:
        ValidationError: An option is out of range.
    """
    _check_options(max_line_length, max_lines, max_cue_seconds, start_index)
    blocks = [
        f"{number}\n{_stamp(cue.start_ms, ',')} --> {_stamp(cue.end_ms, ',')}\n"
        + "".join(f"{line}\n" for line in cue.lines)
        for number, cue in enumerate(
            cues(
                doc,
                max_line_length=max_line_length,
                max_lines=max_lines,
                max_cue_seconds=max_cue_seconds,
            ),
            start=start_index,
        )
    ]
    return "\n".join(blocks)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(
    doc: Transcript,
    *,
    max_line_length: int = 42,
    max_lines: int = 2,
    max_cue_seconds: float = 7.0,
    start_index: int = 1,
) -> str:
    """WebVTT subtitles of ``doc``: ``HH:MM:SS.mmm`` times, ``<v speaker>`` where known.

    ``start_index`` numbers the cues' identifiers, as ``to_srt`` numbers its cues.

    Raises:
        ValidationError: An option is out of range.
    """
    _check_options(max_line_length, max_lines, max_cue_seconds, start_index)
    parts = ["WEBVTT\n"]
    for number, cue in enumerate(
        cues(
            doc,
            max_line_length=max_line_length,
            max_lines=max_lines,
            max_cue_seconds=max_cue_seconds,
        ),
        start=start_index,
    ):
        lines = [_escape(line) for line in cue.lines]
        if cue.speaker:
            voice = _escape(cue.speaker).replace("\n", " ")
            lines[0] = f"<v {voice}>{lines[0]}"
        body = "".join(f"{line}\n" for line in lines)
        parts.append(
            f"\n{number}\n{_stamp(cue.start_ms, '.')} --> {_stamp(cue.end_ms, '.')}\n{body}"
        )
    return "".join(parts)
