"""``read_transcript``: JSON text in, whichever kind of transcript it is out."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Generator
from typing import Any, cast

from transcribe_model._errors import ValidationError, Violation
from transcribe_model._json_parse import parse, refuse_constant
from transcribe_model.transcript._call_analytics import CallAnalyticsTranscript
from transcribe_model.transcript._codec import structure_transcript
from transcribe_model.transcript._models import TranscriptDocument

#: Either kind of document ``read_transcript`` returns.
Transcript = TranscriptDocument | CallAnalyticsTranscript

_STANDARD = frozenset({"results", "jobName", "accountId", "isRedacted"})
_CALL_ANALYTICS = frozenset({"JobName", "Transcript", "JobStatus", "Participants", "AccountId"})


def _stdlib_parse(source: str | bytes) -> Any:
    return json.loads(source, parse_constant=refuse_constant)


def parse_json(source: str | bytes) -> Any:
    """Parsed JSON, or ``ValidationError``: never a ``RecursionError`` or ``UnicodeError``."""
    given = cast(object, source)  # typed str | bytes, but a caller may pass anything
    if not isinstance(given, (str, bytes, bytearray)):
        message = f"must be JSON text, not {type(given).__name__}"
        raise ValidationError([Violation(path="", message=message)])
    try:
        return parse(source, _stdlib_parse)
    except RecursionError:
        raise ValidationError([Violation(path="", message="nests too deeply to parse")]) from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ValidationError([Violation(path="", message=f"is not valid JSON: {exc}")]) from None


def kind_of(data: object) -> type[TranscriptDocument] | type[CallAnalyticsTranscript]:
    """Which document ``data`` is, told from its top-level members."""
    if isinstance(data, dict):
        keys = cast("dict[str, Any]", data).keys()
        if not keys.isdisjoint(_STANDARD):
            return TranscriptDocument
        if not keys.isdisjoint(_CALL_ANALYTICS):
            return CallAnalyticsTranscript
        message = "is not a transcript: it has none of results, jobName, JobName, Transcript"
    else:
        message = f"is not a transcript: a transcript is an object, not {type(data).__name__}"
    raise ValidationError([Violation(path="", message=message)])


@contextlib.contextmanager
def _collector_paused() -> Generator[None, None, None]:
    """No cyclic garbage collection while a transcript is read.

    Reading makes some 100,000 objects and no reference cycle, yet every 700 allocations start
    a collection that walks the young objects, and the older generations in turn: half the
    time of a large read. Paused (unless the caller had already disabled it) and resumed after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_transcript(source: str | bytes) -> Transcript:
    """The document in ``source``: a ``TranscriptDocument`` or a ``CallAnalyticsTranscript``.

    Raises:
        ValidationError: ``source`` is not JSON, not a transcript, or holds a wrong type (every
            violation listed with its path, such as ``results.items[3].start_time``).
    """
    with _collector_paused():
        data = parse_json(source)
        return structure_transcript(data, kind_of(data))
