"""Plain renderings of a transcript: its text, one line per speaker turn, a CSV of its words."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from transcribe_model.transcript._read import Transcript
from transcribe_model.transcript._words import join_words


def to_text(doc: Transcript) -> str:
    """The words joined as the service joins them: its own transcript string, for its files."""
    return join_words(doc.words())


def clock(seconds: Decimal | None) -> str:
    """``HH:MM:SS`` of a time in seconds (rounded down), ``--:--:--`` when there is none."""
    if seconds is None:
        return "--:--:--"
    whole = max(int(seconds), 0)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def to_turns(doc: Transcript) -> str:
    """One line per speaker turn: ``[HH:MM:SS] spk_0: text`` (the channel where no speaker)."""
    lines: list[str] = []
    for turn in doc.turns():
        who = turn.speaker or turn.channel
        label = f"{who}: " if who else ""
        lines.append(f"[{clock(turn.start)}] {label}{turn.text}")
    return "".join(f"{line}\n" for line in lines)


CSV_HEADER = ("start", "end", "speaker", "channel", "kind", "content", "confidence")


def to_csv(doc: Transcript) -> str:
    """A header and one row per word; times in seconds and confidences exactly as written."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for word in doc.words():
        writer.writerow(
            (
                "" if word.start is None else str(word.start),
                "" if word.end is None else str(word.end),
                word.speaker or "",
                word.channel or "",
                word.kind,
                word.content,
                "" if word.confidence is None else str(word.confidence),
            )
        )
    return out.getvalue()
