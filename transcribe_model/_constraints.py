"""Single-value constraints of the service model: string length and pattern, number range, count.

Each constraint is named after the botocore shape that declares it (``TranscriptionJobName``,
``Uri``, ...), carries that shape's ``min``, ``max`` and ``pattern`` verbatim, and is attached to
a generated model field through ``attrs.field(metadata=member(wire_name, constraint))``; the
generator (``tools/codegen``) writes them as data next to the classes of each family. The
conformance test compares every one of them with the installed service model, so a botocore
upgrade reveals drift.

Why metadata and not attrs validators: an attrs validator raises at the first bad field, and a
caller fixing a request wants every violation at once. ``_check`` runs these for every field and
collects what they find.

Rules of matching:
- lengths are checked before the pattern, so a 10 MB string costs a ``len`` and not a regex scan;
- a pattern must match the whole value (``re.fullmatch``): ``"job\\n"`` is not a job name;
- patterns are compiled once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, Protocol

from transcribe_model import _paths
from transcribe_model._value import Value


class HasMetadata(Protocol):
    """A field as ``attrs.Attribute`` and ``_class_builder.DeclaredField`` describe it."""

    @property
    def metadata(self) -> Mapping[str, Any]: ...

CONSTRAINT_KEY: Final = "transcribe_model.constraint"
WIRE_KEY: Final = "transcribe_model.wire"

_SHOWN_CHARS = 60


def shown(value: object) -> str:
    """A value as it appears in a message: its repr, cut short so a 10 MB input stays readable."""
    text = repr(value) if not isinstance(value, int) else _paths.shown_int(value)
    if len(text) > _SHOWN_CHARS:
        return f"{text[:_SHOWN_CHARS]}... ({len(text)} characters)"
    return text


class Text(Value):
    """Length and pattern of a string shape."""

    # _regex: compiled on first use (``_compiled``), not at import: a family's patterns would
    # otherwise cost its import a few milliseconds, for members a program may never fill. A
    # cache: no part of equality, hash or repr (``Value``).
    __slots__ = ("shape", "min", "max", "pattern", "_regex")  # noqa: RUF023 - in the order of the value
    shape: str
    min: int | None
    max: int | None
    pattern: str | None
    _regex: re.Pattern[str] | None

    def __init__(
        self,
        shape: str,
        min: int | None = None,
        max: int | None = None,
        pattern: str | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "shape", shape)
        set_(self, "min", min)
        set_(self, "max", max)
        set_(self, "pattern", pattern)
        set_(self, "_regex", None)

    def _compiled(self) -> re.Pattern[str] | None:
        regex = self._regex
        if regex is None and self.pattern is not None:
            regex = re.compile(self.pattern)
            object.__setattr__(self, "_regex", regex)  # a cache: the constraint stays equal
        return regex

    def accepts(self, value: str) -> bool:
        """Whether ``value`` keeps this constraint: the fast answer ``violations`` explains."""
        length = len(value)
        if (self.min is not None and length < self.min) or (
            self.max is not None and length > self.max
        ):
            return False
        regex = self._compiled()
        return regex is None or regex.fullmatch(value) is not None

    def matcher(self) -> Callable[[str], object]:
        """The compiled pattern's own ``fullmatch`` (None: no match), for the generated checks.

        Raises:
            LookupError: The constraint has no pattern.
        """
        regex = self._compiled()
        if regex is None:
            raise LookupError(f"{self.shape} has no pattern")
        return regex.fullmatch

    def violations(self, value: str) -> Iterator[str]:
        """Say what is wrong with ``value``: nothing for a valid one."""
        length = len(value)
        if self.min is not None and length < self.min:
            yield f"must be at least {self.min} characters long, got {length}"
        elif self.max is not None and length > self.max:
            yield f"must be at most {self.max} characters long, got {length}"
        elif (regex := self._compiled()) is not None and regex.fullmatch(value) is None:
            yield f"must match the pattern {self.pattern}, got {shown(value)}"


class Range(Value):
    """Inclusive bounds of a number shape."""

    __slots__ = ("shape", "min", "max")  # noqa: RUF023 - in the order of the value
    shape: str
    min: float | None
    max: float | None

    def __init__(
        self,
        shape: str,
        min: float | None = None,
        max: float | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "shape", shape)
        set_(self, "min", min)
        set_(self, "max", max)

    def accepts(self, value: float) -> bool:
        """Whether ``value`` is within the bounds."""
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)

    def violations(self, value: float) -> Iterator[str]:
        """Say what is wrong with ``value``: nothing for a valid one."""
        if (self.min is not None and value < self.min) or (
            self.max is not None and value > self.max
        ):
            got = _paths.shown_int(value) if isinstance(value, int) else value
            yield f"must be between {_bound(self.min)} and {_bound(self.max)}, got {got}"


class Count(Value):
    """Bounds on how many items a list or map shape holds, and the constraints of its items."""

    __slots__ = ("shape", "min", "max", "item", "key")  # noqa: RUF023 - in the order of the value
    shape: str
    min: int | None
    max: int | None
    item: Text | Range | None
    key: Text | None

    def __init__(
        self,
        shape: str,
        min: int | None = None,
        max: int | None = None,
        item: Text | Range | None = None,
        key: Text | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "shape", shape)
        set_(self, "min", min)
        set_(self, "max", max)
        set_(self, "item", item)
        set_(self, "key", key)

    def accepts(self, value: tuple[Any, ...] | Mapping[Any, Any]) -> bool:
        """Whether the number of items is within the bounds."""
        count = len(value)
        return (self.min is None or count >= self.min) and (self.max is None or count <= self.max)

    def violations(self, value: tuple[Any, ...] | Mapping[Any, Any]) -> Iterator[str]:
        """Say what is wrong with the number of items: nothing for a valid count."""
        count = len(value)
        if self.min is not None and count < self.min:
            yield f"must hold at least {self.min} item{'s' if self.min != 1 else ''}, got {count}"
        elif self.max is not None and count > self.max:
            yield f"must hold at most {self.max} item{'s' if self.max != 1 else ''}, got {count}"


def _bound(value: float | None) -> str:
    return "unbounded" if value is None else f"{value:g}"


Constraint = Text | Range | Count


def constrained(constraint: Constraint) -> dict[str, Constraint]:
    """The ``metadata`` of an attrs field that carries ``constraint``."""
    return {CONSTRAINT_KEY: constraint}


def member(wire: str, constraint: Constraint | None = None) -> dict[str, Any]:
    """The ``metadata`` of a generated attrs field: its wire name and its constraint, if any."""
    if constraint is None:
        return {WIRE_KEY: wire}
    return {WIRE_KEY: wire, CONSTRAINT_KEY: constraint}


def constraint_of(field: HasMetadata) -> Constraint | None:
    """The constraint attached to ``field`` (an ``attrs.Attribute`` or a ``DeclaredField``)."""
    found: Constraint | None = field.metadata.get(CONSTRAINT_KEY)
    return found
