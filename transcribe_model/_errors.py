"""The library's errors and the violation record they carry.

Exception tree::

    TranscribeModelError            base of every error this library raises
    └── ValidationError (ValueError) input or a model breaks a type, constraint or rule

The client's errors (``ServiceError`` and its kind, ``JobFailedError``, ``WaitTimeoutError``,
``RequestError``) sit under ``TranscribeModelError`` too, so a caller can catch everything of ours
with one ``except``; their tree is in ``_client_errors``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

Severity = Literal["error", "warning"]


@attrs.frozen(kw_only=True)
class Violation:
    """One thing wrong with a request, a response or a piece of input.

    Attributes:
        path: Where, in wire names: ``Settings.MaxSpeakerLabels``, ``Tags[3].Key``,
            ``LanguageIdSettings[en-US].VocabularyName``; ``""`` for the value as a whole.
        message: What is wrong, in words a person understands.
        rule: The name of the cross-field rule broken (a function in the rules table of the
            README), or ``None`` for a type or single-value constraint.
        severity: ``"error"`` blocks a request; ``"warning"`` marks advice the documentation
            gives ("including more than five is not recommended") and never blocks.
    """

    path: str
    message: str
    rule: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.path or "(top level)"
        suffix = f" [{self.rule}]" if self.rule else ""
        tag = "warning: " if self.severity == "warning" else ""
        return f"{where}: {tag}{self.message}{suffix}"


class TranscribeModelError(Exception):
    """Base of every error raised by transcribe_model."""


class ValidationError(TranscribeModelError, ValueError):
    """Input or a model breaks a type, a constraint or a documented rule.

    ``errors`` holds every violation found, not only the first, so a caller can fix a request
    in one pass. It also subclasses ``ValueError`` so code that already catches that keeps
    working.
    """

    errors: tuple[Violation, ...]

    def __init__(self, errors: Iterable[Violation]) -> None:
        self.errors = tuple(errors)
        super().__init__(self._describe())

    def _describe(self) -> str:
        count = len(self.errors)
        lines = [f"{count} violation{'s' if count != 1 else ''}:"]
        lines.extend(f"  {error}" for error in self.errors)
        return "\n".join(lines)
