"""The same shapes modelled in pydantic v2 and msgspec, built from our field specs.

Each peer gets what it needs to read the same botocore dict: PascalCase aliases, nested models,
enums, tuples, timezone-aware datetimes. Strictness is each library's own: pydantic in strict
mode for scalars (no bool for an int), msgspec's ``convert`` (which refuses a bool for an int
too). Neither checks the cross-field rules, keeps unknown members, or keeps unknown enum values.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import msgspec
import pydantic

from transcribe_model import _models
from transcribe_model._spec import (
    EnumT,
    MapT,
    ModelT,
    ScalarT,
    TupleT,
    TypeSpec,
    field_specs,
)


def _plain_enums() -> dict[type, type[enum.Enum]]:
    """Closed copies of our enums: peers have no notion of an unknown value."""
    from transcribe_model import _enums

    found: dict[type, type[enum.Enum]] = {}
    for value in vars(_enums).values():
        if (
            isinstance(value, type)
            and issubclass(value, _enums.WireEnum)
            and value is not _enums.WireEnum
        ):
            found[value] = enum.Enum(value.__name__, {m.name: m.value for m in value})  # type: ignore[misc]
    return found


_ENUMS = _plain_enums()
#: The benchmark measures the transcription-job shapes, as the peers model them.
ALL_SHAPES = tuple(getattr(_models, name) for name in _models.__all__)


def _annotation(spec: TypeSpec, models: Mapping[type, Any]) -> Any:
    if isinstance(spec, ScalarT):
        return spec.py
    if isinstance(spec, EnumT):
        return _ENUMS[spec.cls]
    if isinstance(spec, ModelT):
        return models[spec.cls]
    if isinstance(spec, TupleT):
        return tuple[_annotation(spec.item, models), ...]  # type: ignore[misc]
    assert isinstance(spec, MapT)
    return dict[_annotation(spec.key, models), _annotation(spec.value, models)]  # type: ignore[misc]


def _dependency_order() -> list[type]:
    order: list[type] = []

    def visit(cls: type) -> None:
        if cls in order:
            return
        for spec in field_specs(cls):
            for nested in _nested(spec.type):
                visit(nested)
        order.append(cls)

    for shape in ALL_SHAPES:
        visit(shape)
    return order


def _nested(spec: TypeSpec) -> list[type]:
    if isinstance(spec, ModelT):
        return [spec.cls]
    if isinstance(spec, TupleT):
        return _nested(spec.item)
    if isinstance(spec, MapT):
        return _nested(spec.key) + _nested(spec.value)
    return []


_STRICT_PYDANTIC: dict[type, Any] = {
    int: pydantic.StrictInt,
    bool: pydantic.StrictBool,
    str: pydantic.StrictStr,
}


def build_pydantic_models() -> dict[str, type[pydantic.BaseModel]]:
    """A pydantic v2 model per shape, frozen, by alias, strict scalars."""
    models: dict[type, Any] = {}
    for cls in _dependency_order():
        fields: dict[str, Any] = {}
        for spec in field_specs(cls):
            annotation = _annotation(spec.type, models)
            if isinstance(spec.type, ScalarT):
                annotation = _STRICT_PYDANTIC.get(spec.type.py, annotation)
            default = ... if spec.required else None
            if not spec.required:
                annotation = annotation | None
            fields[spec.name] = (annotation, pydantic.Field(default, alias=spec.wire))
        models[cls] = pydantic.create_model(
            cls.__name__,
            __config__=pydantic.ConfigDict(frozen=True, populate_by_name=True),
            **fields,
        )
    return {cls.__name__: model for cls, model in models.items()}


def build_msgspec_structs() -> dict[str, type[msgspec.Struct]]:
    """A msgspec Struct per shape, frozen, renamed to the wire names, None omitted."""
    structs: dict[type, Any] = {}
    for cls in _dependency_order():
        fields = []
        for spec in field_specs(cls):
            annotation = _annotation(spec.type, structs)
            if spec.required:
                fields.append((spec.name, annotation))
            else:
                fields.append((spec.name, annotation | None, None))
        fields.sort(key=lambda field: len(field) == 3)  # required fields first
        structs[cls] = msgspec.defstruct(
            cls.__name__,
            fields,
            frozen=True,
            omit_defaults=True,
            rename={spec.name: spec.wire for spec in field_specs(cls)},
        )
    return {cls.__name__: struct for cls, struct in structs.items()}


def rename_floor(data: Any, names: Mapping[str, str]) -> Any:
    """The floor: a dict comprehension that only renames keys, checking nothing."""
    if isinstance(data, dict):
        return {names.get(key, key): rename_floor(value, names) for key, value in data.items()}
    if isinstance(data, list):
        return [rename_floor(item, names) for item in data]
    return data


def wire_to_attribute_names() -> dict[str, str]:
    """Every wire name mapped to its snake_case attribute name."""
    return {spec.wire: spec.name for shape in ALL_SHAPES for spec in field_specs(shape)}
