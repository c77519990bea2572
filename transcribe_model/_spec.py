"""What the converters and checks know of each model: its fields' wire names, types and limits.

Derived once per class from the attrs fields and their annotations, so the models stay the one
place where a shape is declared. ``TypeSpec`` is a small tree that says what a value of a field
is: a scalar, an enum, a model, a tuple of something or a mapping of something to something.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Mapping
from datetime import datetime
from types import NoneType, UnionType
from typing import Any, cast

from transcribe_model import _index
from transcribe_model._base import WireModel
from transcribe_model._class_builder import REQUIRED, declared_fields
from transcribe_model._constraints import WIRE_KEY, Constraint, constraint_of
from transcribe_model._value import Value
from transcribe_model._wire_enum import WireEnum


def all_shapes() -> tuple[type[WireModel], ...]:
    """Every generated shape class, in the order of the service model's operations.

    Imports every family: for tests, tools and the command line, not for the hot path.
    """
    import importlib

    return tuple(
        getattr(importlib.import_module(_index.SHAPE_MODULES[name]), name)
        for name in _index.STRUCTURES
    )


def all_enums() -> tuple[type[WireEnum], ...]:
    """Every generated enum class. Imports every family, as ``all_shapes`` does."""
    import importlib

    return tuple(
        getattr(importlib.import_module(_index.SHAPE_MODULES[name]), name) for name in _index.ENUMS
    )


def __getattr__(name: str) -> object:
    # ALL_SHAPES and RESPONSE_SHAPES import every family, so they are made on first use only.
    if name == "ALL_SHAPES":
        return all_shapes()
    if name == "RESPONSE_SHAPES":
        return frozenset(cls for cls in all_shapes() if is_response_shape(cls))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ScalarT(Value):
    """A plain value: ``str``, ``int``, ``bool``, ``float``, ``datetime`` or ``bytes``."""

    __slots__ = ("py",)
    py: type

    def __init__(self, py: type) -> None:
        object.__setattr__(self, "py", py)


class EnumT(Value):
    """A value of one of the service's enums."""

    __slots__ = ("cls",)
    cls: type[WireEnum]

    def __init__(self, cls: type[WireEnum]) -> None:
        object.__setattr__(self, "cls", cls)


class ModelT(Value):
    """A nested structure shape."""

    __slots__ = ("cls",)
    cls: type[WireModel]

    def __init__(self, cls: type[WireModel]) -> None:
        object.__setattr__(self, "cls", cls)


class TupleT(Value):
    """A list shape, held as a tuple."""

    __slots__ = ("item",)
    item: TypeSpec

    def __init__(self, item: TypeSpec) -> None:
        object.__setattr__(self, "item", item)


class MapT(Value):
    """A map shape, held as a read-only mapping."""

    __slots__ = ("key", "value")
    key: TypeSpec
    value: TypeSpec

    def __init__(self, key: TypeSpec, value: TypeSpec) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "value", value)


TypeSpec = ScalarT | EnumT | ModelT | TupleT | MapT


class FieldSpec(Value):
    """One member of a shape: its attribute and wire names, type, requiredness and constraint."""

    __slots__ = ("name", "wire", "type", "required", "constraint")  # noqa: RUF023 - in the order of the value
    name: str
    wire: str
    type: TypeSpec
    required: bool
    constraint: Constraint | None

    def __init__(
        self, name: str, wire: str, type: TypeSpec, required: bool, constraint: Constraint | None
    ) -> None:
        set_ = object.__setattr__
        set_(self, "name", name)
        set_(self, "wire", wire)
        set_(self, "type", type)
        set_(self, "required", required)
        set_(self, "constraint", constraint)


def _type_spec(annotation: Any) -> TypeSpec:
    origin = typing.get_origin(annotation)
    if origin is tuple:
        item, _ellipsis = typing.get_args(annotation)
        return TupleT(_type_spec(item))
    if origin is Mapping:
        key, value = typing.get_args(annotation)
        return MapT(_type_spec(key), _type_spec(value))
    if isinstance(annotation, type):
        if issubclass(annotation, WireEnum):
            return EnumT(annotation)
        if issubclass(annotation, WireModel):
            return ModelT(annotation)
        if annotation in (str, int, bool, float, datetime, bytes):
            return ScalarT(annotation)
    raise TypeError(f"no wire form for the annotation {annotation!r}")  # pragma: no cover


def _strip_none(annotation: Any) -> Any:
    if isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
        (member,) = members
        return member
    return annotation


# Keyed by class. A plain dict rather than functools.cache: mypy cannot see an attrs class
# object as Hashable. Filled once per class; a race only computes the same value twice.
_FIELD_SPECS: dict[type[WireModel], tuple[FieldSpec, ...]] = {}
_WIRE_NAMES: dict[type[WireModel], frozenset[str]] = {}


def field_specs(cls: type[WireModel]) -> tuple[FieldSpec, ...]:
    """The members of shape ``cls`` in wire order (``unknown_members`` is not a member)."""
    found = _FIELD_SPECS.get(cls)
    if found is None:
        found = _FIELD_SPECS[cls] = _derive_field_specs(cls)
    return found


def _derive_field_specs(cls: type[WireModel]) -> tuple[FieldSpec, ...]:
    # Every member the generator writes carries its wire name; a field without one (added by a
    # caller's attrs subclass) is the caller's own, not a member of the shape on the wire.
    fields = [field for field in declared_fields(cls) if WIRE_KEY in field.metadata]
    module = sys.modules.get(cls.__module__)
    namespace: Mapping[str, Any] = vars(module) if module is not None else {}
    types = [_read_annotation(field.type, namespace) for field in fields]
    if None in types:  # an annotation the reader does not know: let typing evaluate them all
        hints = typing.get_type_hints(cls)
        types = [_type_spec(_strip_none(hints[field.name])) for field in fields]
    return tuple(
        FieldSpec(
            name=field.name,
            wire=field.metadata[WIRE_KEY],  # the generator writes it on every field
            type=cast(TypeSpec, spec),
            required=field.default is REQUIRED,
            constraint=constraint_of(field),
        )
        for field, spec in zip(fields, types, strict=True)
    )


_SCALARS: dict[str, type] = {
    "str": str,
    "int": int,
    "bool": bool,
    "float": float,
    "bytes": bytes,
    "datetime": datetime,
}


def _read_annotation(annotation: object, namespace: Mapping[str, Any]) -> TypeSpec | None:
    """The TypeSpec of a generated annotation string, read without ``eval``; None if unknown.

    The generated classes' annotations are strings (``from __future__ import annotations``)
    of a small grammar: ``X``, ``X | None``, ``tuple[X, ...]``, ``Mapping[K, V]``, with ``X``
    a scalar, an enum or a shape of the module's namespace. ``typing.get_type_hints`` would
    compile each string, which costs a shape's first use more than the rest of it; anything
    outside the grammar is left to it.
    """
    if not isinstance(annotation, str):
        return None
    text = annotation.removesuffix(" | None")
    if text.startswith("tuple[") and text.endswith(", ...]"):
        item = _read_annotation(text[6:-6], namespace)
        return TupleT(item) if item is not None else None
    if text.startswith("Mapping[") and text.endswith("]"):
        key_text, comma, value_text = text[8:-1].partition(", ")
        if not comma:
            return None
        key, value = _read_annotation(key_text, namespace), _read_annotation(value_text, namespace)
        return MapT(key, value) if key is not None and value is not None else None
    scalar = _SCALARS.get(text)
    if scalar is not None:
        return ScalarT(scalar)
    found = namespace.get(text)
    if isinstance(found, type):
        if issubclass(found, WireEnum):
            return EnumT(found)
        if issubclass(found, WireModel):
            return ModelT(found)
    return None


def wire_names(cls: type[WireModel]) -> frozenset[str]:
    """The wire names of the members of ``cls``."""
    found = _WIRE_NAMES.get(cls)
    if found is None:
        found = _WIRE_NAMES[cls] = frozenset(spec.wire for spec in field_specs(cls))
    return found


def shape_of(cls: type) -> type[WireModel] | None:
    """The generated shape ``cls`` is: itself, or for a caller's subclass the nearest class of
    its MRO defined in this package; None for a class that derives from no shape."""
    for klass in cls.__mro__:
        if klass.__module__.startswith("transcribe_model.") and klass is not WireModel:
            return klass if issubclass(klass, WireModel) else None
    return None


def is_response_shape(cls: type[WireModel]) -> bool:
    """Whether ``cls`` is sent by the service (parsed liberally) rather than built by a caller.

    The generator derives it: a shape reachable only from operation outputs. A caller's subclass
    of a shape is what its shape is.
    """
    shape = shape_of(cls)
    return shape is not None and shape.__name__ in _index.RESPONSE_SHAPES


def is_union(cls: type[WireModel]) -> bool:
    """Whether ``cls`` is a union shape: exactly one member set when a caller builds it."""
    return bool(getattr(cls, "__wire_union__", False))
