"""The intermediate representation: what the renderers need to know of the service model.

Plain frozen dataclasses, independent of botocore's classes, so the renderers and the overrides
read one simple structure and a test can build one by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextC:
    """Length and pattern of a string shape."""

    shape: str
    min: int | None
    max: int | None
    pattern: str | None


@dataclass(frozen=True)
class RangeC:
    """Inclusive bounds of a number shape."""

    shape: str
    min: float | None
    max: float | None


@dataclass(frozen=True)
class CountC:
    """Bounds on the items of a list or map shape, and the constraints of its items and keys."""

    shape: str
    min: int | None
    max: int | None
    item: TextC | RangeC | None = None
    key: TextC | None = None


Constraint = TextC | RangeC | CountC


@dataclass(frozen=True)
class TypeRef:
    """What a member holds.

    ``kind`` is one of ``str``, ``int``, ``bool``, ``float``, ``datetime``, ``bytes`` (scalars),
    ``enum`` and ``structure`` (``name`` says which), ``list`` (``item``) and ``map`` (``key``,
    ``item``).
    """

    kind: str
    name: str | None = None
    item: TypeRef | None = None
    key: TypeRef | None = None


@dataclass(frozen=True)
class Member:
    """One member of a structure shape."""

    wire: str
    attribute: str
    type: TypeRef
    required: bool
    constraint: Constraint | None
    documentation: str


@dataclass(frozen=True)
class Structure:
    """A structure shape (a union when ``union`` is true)."""

    name: str
    members: tuple[Member, ...]
    documentation: str
    union: bool = False


@dataclass(frozen=True)
class Enum:
    """An enum shape: its values in service-model order."""

    name: str
    values: tuple[str, ...]
    documentation: str


@dataclass(frozen=True)
class Operation:
    """An operation and the shapes of its input and output."""

    name: str
    input: str | None
    output: str | None
    documentation: str


@dataclass
class ServiceIR:
    """Everything generated, keyed by shape name."""

    botocore_version: str
    structures: dict[str, Structure]
    enums: dict[str, Enum]
    operations: dict[str, Operation]
    # Shapes reachable from some operation's input / output (structures and enums).
    from_inputs: set[str] = field(default_factory=set)
    from_outputs: set[str] = field(default_factory=set)
