"""The public surface: exactly what ``__all__`` lists, each documented."""

import inspect
import subprocess
import sys

import attrs

import transcribe_model
from transcribe_model._spec import ALL_SHAPES

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


def test_all_is_exactly_the_public_names() -> None:
    """__all__ lists the 21 shapes, 10 enums, the entry points and their support types."""
    shapes = {shape.__name__ for shape in ALL_SHAPES}
    assert len(shapes) == 21
    assert set(transcribe_model.__all__) == shapes | ENUMS | FUNCTIONS | SUPPORT
    assert len(transcribe_model.__all__) == len(set(transcribe_model.__all__))


def test_every_public_name_is_importable_and_documented() -> None:
    """Each public class and function can be imported from the package and has a docstring."""
    for name in transcribe_model.__all__:
        value = getattr(transcribe_model, name)
        assert inspect.getdoc(value), name


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
        params = attrs.fields(shape)
        assert params, shape.__name__


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
