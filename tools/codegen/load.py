"""Step 1: read botocore's transcribe service model into the intermediate representation."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import botocore
import botocore.model
import botocore.session

from tools.codegen.ir import (
    Constraint,
    CountC,
    Enum,
    Member,
    Operation,
    RangeC,
    ServiceIR,
    Structure,
    TextC,
    TypeRef,
)

_SCALARS = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "boolean": "bool",
    "double": "float",
    "float": "float",
    "timestamp": "datetime",
    "blob": "bytes",
}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(documentation: str) -> str:
    """The documentation string without its HTML, whitespace collapsed."""
    parser = _TextOnly()
    parser.feed(documentation or "")
    parser.close()
    text = html.unescape(" ".join(parser.parts))
    return re.sub(r"\s+", " ", text).strip()


def first_sentence(documentation: str) -> str:
    """The first sentence of a documentation string, as a docstring's summary."""
    text = plain_text(documentation)
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z(])", text)
    return text[: match.start()] if match else text


def _type_ref(shape: botocore.model.Shape) -> TypeRef:
    if isinstance(shape, botocore.model.StructureShape):
        return TypeRef("structure", shape.name)
    if isinstance(shape, botocore.model.ListShape):
        return TypeRef("list", item=_type_ref(shape.member))
    if isinstance(shape, botocore.model.MapShape):
        return TypeRef("map", key=_type_ref(shape.key), item=_type_ref(shape.value))
    if isinstance(shape, botocore.model.StringShape) and shape.enum:
        return TypeRef("enum", shape.name)
    return TypeRef(_SCALARS[shape.type_name])


def _scalar_constraint(shape: botocore.model.Shape) -> TextC | RangeC | None:
    metadata = shape.metadata
    if isinstance(shape, botocore.model.StringShape):
        if shape.enum:
            return None
        bounds = (metadata.get("min"), metadata.get("max"), metadata.get("pattern"))
        return None if bounds == (None, None, None) else TextC(shape.name, *bounds)
    if shape.type_name in ("integer", "long", "double", "float"):
        low, high = metadata.get("min"), metadata.get("max")
        return None if (low, high) == (None, None) else RangeC(shape.name, low, high)
    return None


def constraint(shape: botocore.model.Shape) -> Constraint | None:
    """The single-value constraint a member of ``shape`` carries, as the model declares it."""
    if isinstance(shape, botocore.model.ListShape):
        return CountC(
            shape.name,
            shape.metadata.get("min"),
            shape.metadata.get("max"),
            item=_scalar_constraint(shape.member),
        )
    if isinstance(shape, botocore.model.MapShape):
        key = _scalar_constraint(shape.key)
        return CountC(
            shape.name,
            shape.metadata.get("min"),
            shape.metadata.get("max"),
            item=_scalar_constraint(shape.value),
            key=key if isinstance(key, TextC) else None,
        )
    return _scalar_constraint(shape)


def _reachable(roots: list[botocore.model.Shape]) -> dict[str, botocore.model.Shape]:
    found: dict[str, botocore.model.Shape] = {}
    stack = list(roots)
    while stack:
        shape = stack.pop()
        if shape.name in found:
            continue
        found[shape.name] = shape
        if isinstance(shape, botocore.model.StructureShape):
            stack.extend(shape.members.values())
        elif isinstance(shape, botocore.model.ListShape):
            stack.append(shape.member)
        elif isinstance(shape, botocore.model.MapShape):
            stack.extend((shape.key, shape.value))
    return found


def load() -> ServiceIR:
    """The intermediate representation of the installed botocore's transcribe model."""
    model = botocore.session.get_session().get_service_model("transcribe")
    operations: dict[str, Operation] = {}
    inputs: list[botocore.model.Shape] = []
    outputs: list[botocore.model.Shape] = []
    for name in model.operation_names:
        operation = model.operation_model(name)
        if operation.input_shape is not None:
            inputs.append(operation.input_shape)
        if operation.output_shape is not None:
            outputs.append(operation.output_shape)
        operations[name] = Operation(
            name=name,
            input=operation.input_shape.name if operation.input_shape is not None else None,
            output=operation.output_shape.name if operation.output_shape is not None else None,
            documentation=first_sentence(operation.documentation),
        )
    from_inputs = _reachable(inputs)
    from_outputs = _reachable(outputs)
    shapes = {**from_inputs, **from_outputs}
    structures: dict[str, Structure] = {}
    enums: dict[str, Enum] = {}
    for name, shape in sorted(shapes.items()):
        if isinstance(shape, botocore.model.StructureShape):
            required = set(shape.required_members)
            structures[name] = Structure(
                name=name,
                members=tuple(
                    Member(
                        wire=wire,
                        attribute=botocore.xform_name(wire),
                        type=_type_ref(member),
                        required=wire in required,
                        constraint=constraint(member),
                        documentation=first_sentence(member.documentation),
                    )
                    for wire, member in shape.members.items()
                ),
                documentation=first_sentence(model.shape_for(name).documentation),
                union=bool(shape.metadata.get("union")),
            )
        elif isinstance(shape, botocore.model.StringShape) and shape.enum:
            enums[name] = Enum(name, tuple(shape.enum), "")
    kinds = set(structures) | set(enums)
    return ServiceIR(
        botocore_version=botocore.__version__,
        structures=structures,
        enums=enums,
        operations=operations,
        from_inputs=set(from_inputs) & kinds,
        from_outputs=set(from_outputs) & kinds,
    )
