"""The model against botocore's transcribe service model, the authority on every shape.

Every structure, member, requiredness, type, enum value and min/max/pattern reachable from the
four operations the library covers is read from the installed botocore and compared with the
classes, the field specs and the constraint metadata of ``transcribe_model``. A botocore upgrade
that moves a bound or adds a member or an enum value fails here, naming the shape and member.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from datetime import datetime
from types import NoneType, UnionType
from typing import Any

import attrs
import botocore
import botocore.model
import botocore.session
import pytest
from botocore_shapes import OPERATIONS, reachable

import transcribe_model
from transcribe_model import WireEnum, WireModel, _spec
from transcribe_model._constraints import Count, Range, Text, constraint_of

SERVICE_MODEL = botocore.session.get_session().get_service_model("transcribe")


def _operation_roots(*, inputs: bool, outputs: bool) -> list[botocore.model.Shape]:
    roots = []
    for name in OPERATIONS:
        operation = SERVICE_MODEL.operation_model(name)
        if inputs and operation.input_shape is not None:
            roots.append(operation.input_shape)
        if outputs and operation.output_shape is not None:
            roots.append(operation.output_shape)
    return roots


SHAPES = reachable(_operation_roots(inputs=True, outputs=True))
STRUCTURES = {
    name: shape
    for name, shape in SHAPES.items()
    if isinstance(shape, botocore.model.StructureShape)
}
ENUMS = {
    name: shape
    for name, shape in SHAPES.items()
    if isinstance(shape, botocore.model.StringShape) and shape.enum
}
MEMBERS = [
    (structure_name, member_name)
    for structure_name, structure in sorted(STRUCTURES.items())
    for member_name in structure.members
]
MODELS = {cls.__name__: cls for cls in _spec.ALL_SHAPES}

# Bounds that the service model does not declare but the member's own documentation states.
# IdentifiedLanguageScore: "Confidence scores are values between 0 and 1".
DOCUMENTED_EXTRAS: dict[tuple[str, str], tuple[str, Any]] = {
    ("TranscriptionJob", "IdentifiedLanguageScore"): (
        "between 0 and 1",
        Range("IdentifiedLanguageScore", 0, 1),
    ),
    ("TranscriptionJobSummary", "IdentifiedLanguageScore"): (
        "between 0 and 1",
        Range("IdentifiedLanguageScore", 0, 1),
    ),
    ("CallAnalyticsJob", "IdentifiedLanguageScore"): (
        "between 0 and 1",
        Range("IdentifiedLanguageScore", 0, 1),
    ),
}


def _member_id(param: tuple[str, str]) -> str:
    return ".".join(param)


def _field(structure_name: str, member_name: str) -> attrs.Attribute[Any]:
    """Our attrs field for a botocore member, found by botocore's own snake_case name."""
    fields = attrs.fields_dict(MODELS[structure_name])
    return fields[botocore.xform_name(member_name)]


def _spec_of(structure_name: str, member_name: str) -> _spec.FieldSpec:
    (spec,) = [
        spec
        for spec in _spec.field_specs(MODELS[structure_name])
        if spec.name == botocore.xform_name(member_name)
    ]
    return spec


def _string_bounds(shape: botocore.model.Shape) -> tuple[Any, Any, Any] | None:
    """A string shape's (min, max, pattern) as the service model declares them, if any."""
    metadata = shape.metadata
    bounds = (metadata.get("min"), metadata.get("max"), metadata.get("pattern"))
    return None if bounds == (None, None, None) else bounds


def _text_bounds(text: Text | None) -> tuple[Any, Any, Any] | None:
    if text is None:
        return None
    bounds = (text.min, text.max, text.pattern)
    return None if bounds == (None, None, None) else bounds


# --- shapes -------------------------------------------------------------------------------------


def test_every_operation_is_indexed() -> None:
    """Every operation of the service model is in the generated index, with its shapes."""
    from transcribe_model import _index

    assert set(_index.OPERATIONS) == set(SERVICE_MODEL.operation_names)
    for name, info in _index.OPERATIONS.items():
        operation = SERVICE_MODEL.operation_model(name)
        assert info.input == (operation.input_shape.name if operation.input_shape else None)
        assert info.output == (operation.output_shape.name if operation.output_shape else None)


def test_structure_shapes_are_the_model_classes() -> None:
    """The structure shapes of the service model are, by name, exactly the model classes."""
    assert set(STRUCTURES) == set(MODELS)


def test_every_model_class_is_public() -> None:
    """Each model class is exported from the package under its shape name."""
    for name, cls in MODELS.items():
        assert getattr(transcribe_model, name) is cls
        assert name in transcribe_model.__all__


def test_response_shapes_are_those_only_the_service_sends() -> None:
    """The liberally parsed shapes are exactly those reachable from outputs and not inputs."""
    from_inputs = reachable(_operation_roots(inputs=True, outputs=False))
    from_outputs = reachable(_operation_roots(inputs=False, outputs=True))
    only_sent = {
        name
        for name, shape in from_outputs.items()
        if isinstance(shape, botocore.model.StructureShape) and name not in from_inputs
    }
    assert {cls.__name__ for cls in _spec.RESPONSE_SHAPES} == only_sent


# --- members ------------------------------------------------------------------------------------


@pytest.mark.parametrize("structure_name", sorted(STRUCTURES))
def test_attribute_names_are_botocore_snake_case(structure_name: str) -> None:
    """A class's attributes are botocore.xform_name of its shape's members, no more, no fewer."""
    expected = {botocore.xform_name(member) for member in STRUCTURES[structure_name].members}
    ours = {field.name for field in attrs.fields(MODELS[structure_name])} - {"unknown_members"}
    assert ours == expected


@pytest.mark.parametrize("structure_name", sorted(STRUCTURES))
def test_field_specs_follow_wire_order(structure_name: str) -> None:
    """field_specs lists a class's members in the order the service model declares them."""
    wires = [spec.wire for spec in _spec.field_specs(MODELS[structure_name])]
    assert wires == list(STRUCTURES[structure_name].members)


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_wire_name_is_the_member_name(member: tuple[str, str]) -> None:
    """The FieldSpec of a member carries the member's exact wire name."""
    structure_name, member_name = member
    assert _spec_of(structure_name, member_name).wire == member_name


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_required_flag_matches(member: tuple[str, str]) -> None:
    """A member is required in the model exactly when the shape lists it as required."""
    structure_name, member_name = member
    required = member_name in STRUCTURES[structure_name].required_members
    assert _spec_of(structure_name, member_name).required is required


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_optional_members_default_to_none(member: tuple[str, str]) -> None:
    """An optional member is annotated ``X | None`` and defaults to None; a required one is not."""
    structure_name, member_name = member
    field = _field(structure_name, member_name)
    annotation = typing.get_type_hints(MODELS[structure_name])[field.name]
    optional = _is_optional(annotation)
    if member_name in STRUCTURES[structure_name].required_members:
        assert not optional
        assert field.default is attrs.NOTHING
    else:
        assert optional
        assert field.default is None


def _is_optional(annotation: Any) -> bool:
    if isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union:
        return NoneType in typing.get_args(annotation)
    return False


def _strip_none(annotation: Any) -> Any:
    if _is_optional(annotation):
        (inner,) = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
        return inner
    return annotation


_SCALARS = {
    "integer": int,
    "long": int,
    "boolean": bool,
    "float": float,
    "double": float,
    "timestamp": datetime,
    "blob": bytes,
}


def _type_problems(shape: botocore.model.Shape, annotation: Any, where: str) -> list[str]:
    """How ``annotation`` fails to be the Python type of ``shape``: nothing when it is."""
    kind = shape.type_name
    if kind == "string":
        if shape.enum:
            if not (isinstance(annotation, type) and issubclass(annotation, WireEnum)):
                return [f"{where}: enum {shape.name} is {annotation!r}, not a WireEnum"]
            if annotation.__name__ != shape.name:
                return [f"{where}: enum {shape.name} is held as {annotation.__name__}"]
            return []
        return [] if annotation is str else [f"{where}: string is {annotation!r}"]
    if kind in _SCALARS:
        expected = _SCALARS[kind]
        return [] if annotation is expected else [f"{where}: {kind} is {annotation!r}"]
    if kind == "list":
        if typing.get_origin(annotation) is not tuple:
            return [f"{where}: list is {annotation!r}, not a tuple"]
        item, ellipsis = typing.get_args(annotation)
        if ellipsis is not Ellipsis:
            return [f"{where}: list is a fixed-length tuple {annotation!r}"]
        return _type_problems(shape.member, item, f"{where}[]")
    if kind == "map":
        if typing.get_origin(annotation) is not Mapping:
            return [f"{where}: map is {annotation!r}, not a Mapping"]
        key, value = typing.get_args(annotation)
        return _type_problems(shape.key, key, f"{where}<key>") + _type_problems(
            shape.value, value, f"{where}<value>"
        )
    if kind == "structure":
        if not (isinstance(annotation, type) and issubclass(annotation, WireModel)):
            return [f"{where}: structure {shape.name} is {annotation!r}"]
        if annotation is not MODELS.get(shape.name):
            return [f"{where}: structure {shape.name} is held as {annotation.__name__}"]
        return []
    return [f"{where}: the service model type {kind} has no expected Python type"]


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_member_type_matches(member: tuple[str, str]) -> None:
    """A member's annotation is the Python form of its service model type, all the way down."""
    structure_name, member_name = member
    shape = STRUCTURES[structure_name].members[member_name]
    annotation = typing.get_type_hints(MODELS[structure_name])[botocore.xform_name(member_name)]
    assert _type_problems(shape, _strip_none(annotation), member_name) == []


# --- enums --------------------------------------------------------------------------------------


def test_enum_shapes_are_indexed() -> None:
    """The generated index lists exactly the enum shapes the operations reach."""
    from transcribe_model import _index

    assert set(_index.ENUMS) == set(ENUMS)


@pytest.mark.parametrize("enum_name", sorted(ENUMS))
def test_enum_class_exists(enum_name: str) -> None:
    """Each enum shape has a public WireEnum class of the same name."""
    cls = getattr(transcribe_model, enum_name, None)
    assert isinstance(cls, type)
    assert issubclass(cls, WireEnum)
    assert enum_name in transcribe_model.__all__


@pytest.mark.parametrize("enum_name", sorted(ENUMS))
def test_enum_values_match(enum_name: str) -> None:
    """An enum class's member values are exactly the values the enum shape lists."""
    cls = getattr(transcribe_model, enum_name)
    assert {member.value for member in cls} == set(ENUMS[enum_name].enum)
    assert len(list(cls)) == len(ENUMS[enum_name].enum)


# --- constraints --------------------------------------------------------------------------------


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_constraint_kind_fits_the_type(member: tuple[str, str]) -> None:
    """A constraint is Text on a string, Range on a number, Count on a list or map, else none."""
    structure_name, member_name = member
    shape = STRUCTURES[structure_name].members[member_name]
    constraint = constraint_of(_field(structure_name, member_name))
    if constraint is None:
        return
    kind = {
        "string": Text,
        "integer": Range,
        "long": Range,
        "float": Range,
        "double": Range,
        "list": Count,
        "map": Count,
    }.get(shape.type_name)
    assert kind is not None, f"{shape.type_name} members carry no constraint"
    assert isinstance(constraint, kind)
    assert constraint.shape == shape.name


@pytest.mark.parametrize("member", MEMBERS, ids=_member_id)
def test_constraint_bounds_match(member: tuple[str, str]) -> None:
    """A constraint's min, max and pattern are the member shape's, and absent when it has none."""
    structure_name, member_name = member
    shape = STRUCTURES[structure_name].members[member_name]
    constraint = constraint_of(_field(structure_name, member_name))
    metadata = shape.metadata
    if (structure_name, member_name) in DOCUMENTED_EXTRAS:
        phrase, extra = DOCUMENTED_EXTRAS[structure_name, member_name]
        # Not in the service model; the member's documentation states the bound in words.
        assert "min" not in metadata
        assert "max" not in metadata
        assert phrase in shape.documentation
        assert constraint == extra
        return
    if shape.type_name == "string":
        assert isinstance(constraint, Text | None)
        assert _text_bounds(constraint) == _string_bounds(shape)
    elif shape.type_name in ("integer", "long", "float", "double"):
        assert isinstance(constraint, Range | None)
        ours = None if constraint is None else (constraint.min, constraint.max)
        expected = (metadata.get("min"), metadata.get("max"))
        assert (ours or (None, None)) == expected
    elif shape.type_name in ("list", "map"):
        assert isinstance(constraint, Count | None)
        ours = None if constraint is None else (constraint.min, constraint.max)
        expected = (metadata.get("min"), metadata.get("max"))
        assert (ours or (None, None)) == expected
    else:
        assert constraint is None


@pytest.mark.parametrize(
    "member",
    [m for m in MEMBERS if STRUCTURES[m[0]].members[m[1]].type_name in ("list", "map")],
    ids=_member_id,
)
def test_item_constraints_match(member: tuple[str, str]) -> None:
    """Count.item is the list member's or map value's string bounds, Count.key the map key's."""
    structure_name, member_name = member
    shape = STRUCTURES[structure_name].members[member_name]
    constraint = constraint_of(_field(structure_name, member_name))
    assert isinstance(constraint, Count | None)
    item = None if constraint is None else constraint.item
    key = None if constraint is None else constraint.key
    if isinstance(shape, botocore.model.ListShape):
        item_shape, key_shape = shape.member, None
    else:
        assert isinstance(shape, botocore.model.MapShape)
        item_shape, key_shape = shape.value, shape.key
    expected_item = _string_bounds(item_shape) if item_shape.type_name == "string" else None
    assert _text_bounds(item) == expected_item
    if item is not None:
        assert item.shape == item_shape.name
    expected_key = _string_bounds(key_shape) if key_shape is not None else None
    assert _text_bounds(key) == expected_key
    if key is not None:
        assert key_shape is not None
        assert key.shape == key_shape.name
