"""What the converters and checks know of each model: its fields' wire names, types and limits.

Derived once per class from the attrs fields and their annotations, so the models stay the one
place where a shape is declared. ``TypeSpec`` is a small tree that says what a value of a field
is: a scalar, an enum, a model, a tuple of something or a mapping of something to something.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from datetime import datetime
from types import NoneType, UnionType
from typing import Any

import attrs

from transcribe_model import _index
from transcribe_model._base import WireModel
from transcribe_model._constraints import WIRE_KEY, Constraint, constraint_of
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


@attrs.frozen
class ScalarT:
    """A plain value: ``str``, ``int``, ``bool``, ``float``, ``datetime`` or ``bytes``."""

    py: type


@attrs.frozen
class EnumT:
    """A value of one of the service's enums."""

    cls: type[WireEnum]


@attrs.frozen
class ModelT:
    """A nested structure shape."""

    cls: type[WireModel]


@attrs.frozen
class TupleT:
    """A list shape, held as a tuple."""

    item: TypeSpec


@attrs.frozen
class MapT:
    """A map shape, held as a read-only mapping."""

    key: TypeSpec
    value: TypeSpec


TypeSpec = ScalarT | EnumT | ModelT | TupleT | MapT


@attrs.frozen
class FieldSpec:
    """One member of a shape: its attribute and wire names, type, requiredness and constraint."""

    name: str
    wire: str
    type: TypeSpec
    required: bool
    constraint: Constraint | None


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
    hints = typing.get_type_hints(cls)
    return tuple(
        FieldSpec(
            name=field.name,
            wire=field.metadata[WIRE_KEY],  # the generator writes it on every field
            type=_type_spec(_strip_none(hints[field.name])),
            required=field.default is attrs.NOTHING,
            constraint=constraint_of(field),
        )
        for field in attrs.fields(cls)
        if field.name != "unknown_members"
    )


def wire_names(cls: type[WireModel]) -> frozenset[str]:
    """The wire names of the members of ``cls``."""
    found = _WIRE_NAMES.get(cls)
    if found is None:
        found = _WIRE_NAMES[cls] = frozenset(spec.wire for spec in field_specs(cls))
    return found


def is_response_shape(cls: type[WireModel]) -> bool:
    """Whether ``cls`` is sent by the service (parsed liberally) rather than built by a caller.

    The generator derives it: a shape reachable only from operation outputs.
    """
    return cls.__name__ in _index.RESPONSE_SHAPES and cls.__module__.startswith("transcribe_model.")


def is_union(cls: type[WireModel]) -> bool:
    """Whether ``cls`` is a union shape: exactly one member set when a caller builds it."""
    return bool(getattr(cls, "__wire_union__", False))
