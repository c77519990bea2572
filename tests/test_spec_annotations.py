"""The member types of every shape, read from the generated annotation strings without ``eval``
(``_spec._read_annotation``), agree with what ``typing.get_type_hints`` makes of them."""

from __future__ import annotations

import sys
import typing

import attrs
import pytest

from transcribe_model import WireModel
from transcribe_model._spec import (
    ALL_SHAPES,
    MapT,
    ScalarT,
    TupleT,
    _read_annotation,
    _strip_none,
    _type_spec,
)

SHAPES = sorted(ALL_SHAPES, key=lambda cls: cls.__name__)


@pytest.mark.parametrize("cls", SHAPES, ids=lambda cls: cls.__name__)
def test_every_annotation_is_read_as_typing_reads_it(cls: type[WireModel]) -> None:
    hints = typing.get_type_hints(cls)
    namespace = vars(sys.modules[cls.__module__])
    for field in attrs.fields(cls):
        if field.name == "unknown_members":
            continue
        read = _read_annotation(field.type, namespace)
        assert read is not None, f"{cls.__name__}.{field.name}: {field.type!r} not read"
        assert read == _type_spec(_strip_none(hints[field.name]))


@pytest.mark.parametrize(
    "text",
    ["Sequence[str]", "list[str]", "dict[str, str]", "Mapping[str]", "Unknown", "tuple[str]", 3],
)
def test_what_is_outside_the_grammar_is_left_to_typing(text: object) -> None:
    assert _read_annotation(text, {}) is None


def test_the_grammar() -> None:
    assert _read_annotation("tuple[str, ...] | None", {}) == TupleT(ScalarT(str))
    assert _read_annotation("Mapping[str, int]", {}) == MapT(ScalarT(str), ScalarT(int))
