"""``wait``'s timing: its defaults, its bounds, and the check of what a caller passes."""

from __future__ import annotations

import math
import threading
from typing import Final

from transcribe_model._errors import ValidationError, Violation

#: How long ``wait`` waits by default: 30 minutes, as botocore's own waiter (10 s x 180).
DEFAULT_TIMEOUT: Final = 1800.0
#: The first pause between polls, in seconds; it doubles after every poll...
DEFAULT_DELAY: Final = 1.0
#: ...up to this. A short job is seen to end within a second or two, a long one costs few calls.
DEFAULT_MAX_DELAY: Final = 30.0
#: The longest ``timeout``, ``delay`` or ``max_delay`` that ``wait`` takes, in seconds: the
#: longest a lock (and ``time.sleep``) can wait on this platform. Longer overflows.
MAX_SECONDS: Final = threading.TIMEOUT_MAX


def _seconds(value: object) -> float | None:
    """``value`` as seconds if it is a finite, non-negative number ``time.sleep`` can take."""
    if type(value) is bool or not isinstance(value, (int, float)):
        return None
    try:
        seconds = float(value)
    except OverflowError:  # an int too large for a float
        return None
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_SECONDS):
        return None
    return seconds


def check_timing(*, timeout: float, delay: float, max_delay: float) -> None:
    """Raise ``ValidationError`` naming each timing argument ``wait`` cannot keep."""
    errors: list[Violation] = []
    limit = f"a finite number of seconds, at most {MAX_SECONDS:.0f}"
    checked: dict[str, float | None] = {}
    for name, value in (("timeout", timeout), ("delay", delay), ("max_delay", max_delay)):
        checked[name] = _seconds(value)
        if checked[name] is None:
            errors.append(Violation(path=name, message=f"must be {limit}, got {_shown(value)}"))
    first, longest = checked["delay"], checked["max_delay"]
    if first is not None and not first > 0:
        errors.append(Violation(path="delay", message=f"must be > 0 seconds, got {first!r}"))
    if first is not None and longest is not None and not longest >= first:
        message = f"must be >= delay ({first!r}), got {longest!r}"
        errors.append(Violation(path="max_delay", message=message))
    if errors:
        raise ValidationError(errors)


def _shown(value: object) -> str:
    if type(value) is int:
        from transcribe_model._paths import shown_int

        return shown_int(value)
    if isinstance(value, float):
        return repr(value)
    return type(value).__name__
