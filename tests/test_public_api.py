"""The public surface: exactly what ``__all__`` lists, each documented."""

import inspect
import re
import subprocess
import sys
import types

import attrs
import pytest

import transcribe_model
from transcribe_model._constraints import Count, Range, Text
from transcribe_model._rules import REQUEST_RULES, RESPONSE_CHECKS
from transcribe_model._spec import ALL_SHAPES, EnumT, TupleT, field_specs

ENUMS = {
    "LanguageCode",
    "MediaFormat",
    "VocabularyFilterMethod",
    "RedactionType",
    "RedactionOutput",
    "PiiEntityType",
    "SubtitleFormat",
    "ToxicityCategory",
    "TranscriptionJobStatus",
    "OutputLocationType",
}
FUNCTIONS = {"structure", "unstructure", "from_json", "to_json", "check", "make_converter"}
SUPPORT = {
    "WireEnum",
    "WireModel",
    "FrozenMapping",
    "Violation",
    "ValidationError",
    "TranscribeModelError",
}
CLIENT_ERRORS = {
    "ServiceError",
    "NotFoundError",
    "JobNotFoundError",
    "JobAlreadyExistsError",
    "AlreadyExistsError",
    "ResourceFailedError",
    "ThrottlingError",
    "RequestError",
    "ResponseParseError",
    "JobFailedError",
    "WaitTimeoutError",
}


def test_all_is_exactly_the_public_names() -> None:
    """__all__ lists every generated shape and enum, the entry points, their support types and
    the client's errors."""
    from transcribe_model import _index

    shapes = {shape.__name__ for shape in ALL_SHAPES}
    assert shapes == set(_index.STRUCTURES)
    assert set(_index.ENUMS) >= ENUMS
    everything = shapes | set(_index.ENUMS) | FUNCTIONS | SUPPORT | CLIENT_ERRORS
    assert set(transcribe_model.__all__) == everything
    assert len(transcribe_model.__all__) == len(set(transcribe_model.__all__))


def test_every_public_name_is_importable_and_documented() -> None:
    """Each public class and function can be imported from the package and has a docstring."""
    for name in transcribe_model.__all__:
        value = getattr(transcribe_model, name)
        assert inspect.getdoc(value), name


def test_all_lists_every_public_name_the_package_holds() -> None:
    """No public name the package holds is missing from __all__, and each listed one resolves.

    Shapes are loaded on first use (PEP 562), so the names held so far are a subset.
    """
    held = {
        name
        for name, value in vars(transcribe_model).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert held <= set(transcribe_model.__all__)
    for name in transcribe_model.__all__:
        assert getattr(transcribe_model, name) is not None, name
    assert set(dir(transcribe_model)) >= set(transcribe_model.__all__)


def _public_members(cls: type) -> dict[str, object]:
    """The public methods and properties a class of the package defines itself."""
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_")
        and (
            isinstance(member, (property, classmethod, staticmethod))
            or (inspect.isfunction(member))
        )
    }


def test_every_public_class_function_and_method_has_its_own_docstring() -> None:
    """A docstring inherited from a base class does not count, nor does an empty one."""
    for name in transcribe_model.__all__:
        value = getattr(transcribe_model, name)
        own = vars(value).get("__doc__") if isinstance(value, type) else value.__doc__
        assert (own or "").strip(), name
        if isinstance(value, type):
            for attribute, member in _public_members(value).items():
                function = member.fget if isinstance(member, property) else member
                function = getattr(function, "__func__", function)
                assert inspect.getdoc(function), f"{name}.{attribute}"


def test_every_model_docstring_lists_each_attribute_with_its_wire_name() -> None:
    """A model's Attributes block names every member with its wire name."""
    for shape in ALL_SHAPES:
        doc = shape.__doc__ or ""
        assert "Attributes:" in doc, shape.__name__
        for field in attrs.fields(shape):
            if field.name == "unknown_members":
                continue
            assert f"    {field.name} (``" in doc, (shape.__name__, field.name)


def test_models_are_frozen_slotted_and_keyword_only() -> None:
    """Every shape is a frozen, slotted attrs class whose fields are keyword-only."""
    for shape in ALL_SHAPES:
        assert attrs.has(shape)
        assert "__slots__" in shape.__dict__, shape.__name__
        assert all(field.kw_only for field in attrs.fields(shape)), shape.__name__


def test_import_pulls_in_neither_boto3_nor_botocore_nor_cattrs() -> None:
    """Importing the package leaves boto3, botocore and cattrs unimported (startup time)."""
    code = (
        "import sys, transcribe_model; "
        "print(sorted(m for m in ('boto3', 'botocore', 'cattrs') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- model docstrings: each attribute with its wire name, constraint and rules ---------------

_ENTRY = re.compile(
    r"^ {8}(?P<name>[a-z0-9_]+) \(``(?P<wire>[A-Za-z0-9]+)``(?P<required>, required)?\):"
)


def _attribute_entries(cls: type) -> dict[str, str]:
    """The entries of a class docstring's Attributes block, by attribute name, one line each."""
    doc = vars(cls).get("__doc__") or ""
    _, found, block = doc.partition("\n    Attributes:\n")
    assert found, f"{cls.__name__} has no Attributes block"
    entries: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in block.splitlines():
        match = _ENTRY.match(line)
        if match:
            current = entries.setdefault(match["name"], [])
        if current is not None and line.strip():
            current.append(line.strip())
    return {name: " ".join(lines) for name, lines in entries.items()}


def _bounds(low: float | None, high: float | None, unit: str = "") -> str | None:
    """How a docstring writes the bounds of a constraint: ``1..200 characters``, ``2..30``."""
    if low is None and high is None:
        return None
    text = f"{low or 0:g}..{'' if high is None else f'{high:g}'}"
    return f"{text} {unit}" if unit else text


@pytest.mark.parametrize("shape", ALL_SHAPES, ids=lambda shape: shape.__name__)
def test_model_docstring_lists_each_attribute_with_its_wire_name(shape: type) -> None:
    """The Attributes block has one entry per member, with its wire name and requiredness."""
    entries = _attribute_entries(shape)
    specs = field_specs(shape)
    assert set(entries) == {spec.name for spec in specs}
    for spec in specs:
        entry = entries[spec.name]
        assert entry.startswith(f"{spec.name} (``{spec.wire}``"), entry
        assert (", required)" in entry.split(":", 1)[0]) == spec.required, entry


@pytest.mark.parametrize("shape", ALL_SHAPES, ids=lambda shape: shape.__name__)
def test_model_docstring_states_each_constraint(shape: type) -> None:
    """Every member with a constraint, or an enum type, says ``Constraint:`` and what it is."""
    entries = _attribute_entries(shape)
    missing = []
    for spec in field_specs(shape):
        entry = entries[spec.name]
        item = spec.type.item if isinstance(spec.type, TupleT) else spec.type
        enum = item.cls.__name__ if isinstance(item, EnumT) else None
        if spec.constraint is None and enum is None:
            continue
        _, said, constraint_text = entry.partition("Constraint:")
        if not said:
            missing.append(f"{shape.__name__}.{spec.name}: no 'Constraint:'")
            continue
        wanted = [f"``{enum}``"] if enum else []
        constraint = spec.constraint
        if isinstance(constraint, Text):
            wanted.append(_bounds(constraint.min, constraint.max, "characters"))
            if constraint.pattern:
                wanted.append(f"``{constraint.pattern}``")
        elif isinstance(constraint, Range):
            wanted.append(_bounds(constraint.min, constraint.max))
        elif isinstance(constraint, Count):
            wanted.append(_bounds(constraint.min, constraint.max, "items"))
        squeezed = re.sub(r"\s+", "", constraint_text)
        for text in filter(None, wanted):
            if re.sub(r"\s+", "", text) not in squeezed:
                missing.append(f"{shape.__name__}.{spec.name}: {text!r} not stated")
    assert not missing


@pytest.mark.parametrize("shape", ALL_SHAPES, ids=lambda shape: shape.__name__)
def test_model_docstring_names_each_rule_the_shape_takes_part_in(shape: type) -> None:
    """Each rule applied to a shape is named in its Attributes block, at a member it reads."""
    rules_said = " ".join(
        entry.partition("Rules:")[2] for entry in _attribute_entries(shape).values()
    )
    rules = REQUEST_RULES.get(shape, ()) + RESPONSE_CHECKS.get(shape, ())
    assert not [rule.__name__ for rule in rules if rule.__name__ not in rules_said]


def test_structure_and_unstructure_load_no_cattrs() -> None:
    """cattrs loads only for make_converter: the library's own conversions do without it."""
    code = (
        "import sys, transcribe_model as tm; "
        "job = tm.structure({'TranscriptionJobName': 'a', 'TranscriptionJobStatus': 'QUEUED'},"
        " tm.TranscriptionJob); tm.to_json(job); tm.unstructure(job); "
        "print('cattrs' in sys.modules); tm.make_converter(); print('cattrs' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]
