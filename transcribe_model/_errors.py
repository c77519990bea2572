"""The library's errors and the violation record they carry.

Exception tree::

    TranscribeModelError            base of every error this library raises
    └── ValidationError (ValueError) input or a model breaks a type, constraint or rule

The client's errors (``ServiceError`` and its kind, ``JobFailedError``, ``WaitTimeoutError``,
``RequestError``) sit under ``TranscribeModelError`` too, so a caller can catch everything of ours
with one ``except``; their tree is in ``_client_errors``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, Literal

from transcribe_model._repr import fields_repr

if TYPE_CHECKING:
    # What the class is to type checkers: exactly attrs' own (``_generated_support``).
    from attrs import field as model_field
    from attrs import frozen as own_methods_class

    from transcribe_model._base import WireModel
else:
    from transcribe_model._class_builder import model_field, own_methods_class

Severity = Literal["error", "warning"]

#: How many violations one ``ValidationError`` keeps in ``errors``; the rest are only counted
#: (``omitted``). A small input can break a rule a million times; nobody reads past the first.
MAX_VIOLATIONS: Final = 1000
#: How many violations the message of a ``ValidationError`` spells out, and how long each line
#: of it may be, so that the message stays a few hundred kilobytes at most.
MAX_VIOLATIONS_SHOWN: Final = 100
MAX_LINE_SHOWN: Final = 1000


# Made as the generated classes are (``_class_builder``): an attrs class to every reader
# (``attrs.fields``, ``evolve``, ``asdict``), without loading attrs. So it writes its own
# __init__, __eq__ and __hash__, as ``attrs.frozen(kw_only=True)`` would.
@own_methods_class(kw_only=True, weakref_slot=False, repr=False)
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

    path: str = model_field()
    message: str = model_field()
    rule: str | None = model_field(default=None)
    severity: Severity = model_field(default="error")

    def __init__(
        self, *, path: str, message: str, rule: str | None = None, severity: Severity = "error"
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "severity", severity)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that: Violation = other  # pyright: ignore[reportAssignmentType]  # the same class
        return (self.path, self.message, self.rule, self.severity) == (
            that.path,
            that.message,
            that.rule,
            that.severity,
        )

    def __hash__(self) -> int:
        return hash((Violation, self.path, self.message, self.rule, self.severity))

    __repr__ = fields_repr

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
    in one pass, up to ``MAX_VIOLATIONS`` (1,000) of them: past that, ``omitted`` counts the
    rest, so one hostile input cannot make an error of a million violations. The message
    spells out the first 100, each cut to 1,000 characters. It also subclasses ``ValueError``
    so code that already catches that keeps working. It survives ``pickle`` and ``copy``.
    """

    errors: tuple[Violation, ...]
    #: How many violations were found beyond those kept in ``errors``.
    omitted: int

    def __init__(self, errors: Iterable[Violation], *, omitted: int = 0) -> None:
        kept: list[Violation] = []
        extra = max(0, omitted)
        for error in errors:
            if len(kept) < MAX_VIOLATIONS:
                kept.append(error)
            else:
                extra += 1
        self.errors = tuple(kept)
        self.omitted = extra
        super().__init__(self._describe())

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles ``args`` (the message) only; rebuild from the violations instead.
        return (functools.partial(type(self), self.errors, omitted=self.omitted), ())

    def _describe(self) -> str:
        count = len(self.errors) + self.omitted
        lines = [f"{count} violation{'s' if count != 1 else ''}:"]
        for error in self.errors[:MAX_VIOLATIONS_SHOWN]:
            line = str(error)
            if len(line) > MAX_LINE_SHOWN:
                line = f"{line[:MAX_LINE_SHOWN]}... ({len(line)} characters)"
            lines.append(f"  {line}")
        rest = count - min(len(self.errors), MAX_VIOLATIONS_SHOWN)
        if rest:
            lines.append(f"  ... and {rest} more")
        return "\n".join(lines)


class Invalid(Exception):
    """Raised inside the hooks; carries ``(path, message)`` pairs up to the public entry point.

    Internal: never reaches a caller (the entry points turn it into a ``ValidationError``). It
    lives here, with the errors, so that ``structure`` can catch it without loading the
    converters module.
    """

    def __init__(self, errors: list[tuple[str, str]], partial: WireModel | None = None) -> None:
        super().__init__(errors)
        self.errors = errors
        # The shape as far as it could be built (members that failed are None, or partial in
        # turn): never handed to a caller, only checked for its other violations.
        self.partial = partial

    @classmethod
    def at(cls, message: str) -> Invalid:
        return cls([("", message)])

    def violations(self) -> list[Violation]:
        return [Violation(path=path, message=message) for path, message in self.errors]
