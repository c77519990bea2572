"""Small helpers every family's rules module shares: making a violation, finding repeats."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from transcribe_model._errors import Severity, Violation

T = TypeVar("T")


def violation(
    path: str, message: str, rule: Callable[..., Any], severity: Severity = "error"
) -> Violation:
    """A violation of ``rule`` (named by its function) at ``path``, relative to the shape."""
    return Violation(path=path, message=message, rule=rule.__name__, severity=severity)


def duplicates(values: Iterable[T]) -> set[T]:
    """The values that occur more than once (one pass: linear in the number of values)."""
    return {value for value, count in Counter(values).items() if count > 1}
