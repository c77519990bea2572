"""The generated structurers' inline paths against the general hooks, member by member.

Each generated structurer (``<family>/_convert.py``) takes the common case of a member inline
(a string of exactly ``str``, a known enum value, a list of such, a list or map of shapes
converted in one comprehension) and hands anything else to the member's general hook
(``_converters.HookBuilder._value_structurer``), which checks it fully and words what is
wrong. The inline path must never differ from that hook: for every member of every drawn wire
dict, valid or a near miss, the structured value is the hook's value (same type too), and
when the hook refuses it, the structurer reports exactly the hook's messages under the
member's path, in both wire forms and both readings of unknown values.
"""

from __future__ import annotations

from typing import Any

import pytest
from botocore_shapes import ALL_STRUCTURES, structure_values
from hypothesis import given
from hypothesis import strategies as st
from test_properties import _WRONG_VALUES, MODELS, near_misses, share

from transcribe_model import WireModel
from transcribe_model._converters import HookBuilder, Invalid, hook_builder
from transcribe_model._paths import join
from transcribe_model._spec import MapT, TupleT, field_specs

# The shapes with a list or map member: where the inline comprehensions are.
WITH_CONTAINERS = sorted(
    name
    for name in ALL_STRUCTURES
    if any(isinstance(spec.type, (TupleT, MapT)) for spec in field_specs(MODELS[name]))
)
ODD_ITEMS: tuple[Any, ...] = (
    *_WRONG_VALUES,
    "NOT-A-KNOWN-VALUE",
    ["nested"],
    {"Key": 1},
    {"Unexpected": "x"},
    type("Text", (str,), {})("a str subclass"),
)


@st.composite
def container_misses(draw: st.DrawFn, name: str) -> tuple[type[WireModel], Any]:
    """A wire dict of shape ``name``, one of its list or map members changed in one place."""
    cls = MODELS[name]
    data = draw(structure_values(name))
    specs = [spec for spec in field_specs(cls) if isinstance(spec.type, (TupleT, MapT))]
    spec = draw(st.sampled_from(specs))
    value = data.get(spec.wire)
    odd = draw(st.sampled_from(ODD_ITEMS))
    how = draw(st.integers(0, 3))
    if how == 0 and isinstance(value, list) and value:  # one item changed
        value[draw(st.integers(0, len(value) - 1))] = odd
    elif how == 1 and isinstance(value, dict) and value:  # one entry's value, or its key
        key = draw(st.sampled_from(sorted(value, key=repr)))
        if draw(st.booleans()):
            value[key] = odd
        else:
            value[odd if isinstance(odd, (str, int, float, bool, type(None))) else "k"] = value.pop(
                key
            )
    elif how == 2:  # the container itself of another kind
        data[spec.wire] = draw(st.sampled_from((tuple(value or ()), odd, {"a": 1}, ["a", 1])))
    return cls, data


def structured(builder: HookBuilder, cls: type[WireModel], data: Any) -> tuple[Any, list[Any]]:
    """What the generated structurer made of ``data`` (in part, if refused) and its errors."""
    try:
        return builder.structurer(cls)(data), []
    except Invalid as exc:
        return exc.partial, list(exc.errors)


def same_value(got: Any, expected: Any) -> bool:
    if type(got) is not type(expected) or got != expected:
        return False
    if isinstance(got, tuple):
        return all(same_value(a, b) for a, b in zip(got, expected, strict=True))
    return True


@share(0.75)
@given(
    case=near_misses(),
    wire_format=st.sampled_from(("botocore", "json")),
    keep_unknown=st.booleans(),
)
def test_every_member_is_what_its_general_hook_makes_of_it(
    case: tuple[type[WireModel], Any], wire_format: str, keep_unknown: bool
) -> None:
    assert_as_the_hooks_say(*case, wire_format, keep_unknown)


@pytest.mark.parametrize("name", WITH_CONTAINERS)
@share(0.2)
@given(data=st.data(), wire_format=st.sampled_from(("botocore", "json")), keep=st.booleans())
def test_lists_and_maps_are_what_their_general_hooks_make_of_them(
    name: str, data: st.DataObject, wire_format: str, keep: bool
) -> None:
    cls, wire = data.draw(container_misses(name))
    assert_as_the_hooks_say(cls, wire, wire_format, keep)


def assert_as_the_hooks_say(
    cls: type[WireModel], data: Any, wire_format: str, keep_unknown: bool
) -> None:
    builder = hook_builder(wire_format, keep_unknown=keep_unknown)  # type: ignore[arg-type]
    instance, errors = structured(builder, cls, data)
    if not isinstance(data, dict) or instance is None:
        return  # refused as a whole: no member was read
    for spec in field_specs(cls):
        value = data.get(spec.wire)
        if value is None:
            continue
        hook = builder._value_structurer(spec.type)
        try:
            expected = hook(value)
        except Invalid as exc:
            expected_errors = [(join(spec.wire, path), message) for path, message in exc.errors]
            mine = [error for error in errors if _under(error[0], spec.wire)]
            assert mine == expected_errors, spec.wire
        else:
            assert same_value(getattr(instance, spec.name), expected), spec.wire
            assert not [error for error in errors if _under(error[0], spec.wire)], spec.wire


def _under(path: str, wire: str) -> bool:
    return path == wire or path.startswith((wire + ".", wire + "["))


@share(0.25)
@given(data=st.data(), wire_format=st.sampled_from(("botocore", "json")), keep=st.booleans())
def test_a_member_sent_as_null_reads_as_an_absent_one(
    data: st.DataObject, wire_format: str, keep: bool
) -> None:
    """A member present as null (``"Name": None``) is read as if it were absent: None, never
    its hook's; no unknown member; a required one says "may not be null" where an absent one
    says "is required". The inline paths test a value's type first and meet null only on
    their slow branch."""
    name = data.draw(st.sampled_from(sorted(ALL_STRUCTURES)))
    cls = MODELS[name]
    wires = [spec.wire for spec in field_specs(cls)]
    wire = data.draw(structure_values(name))
    nulls = data.draw(st.sets(st.sampled_from(wires), min_size=1)) if wires else set()
    builder = hook_builder(wire_format, keep_unknown=keep)  # type: ignore[arg-type]
    got, got_errors = structured(builder, cls, {**wire, **dict.fromkeys(nulls)})
    expected, absent_errors = structured(
        builder, cls, {key: value for key, value in wire.items() if key not in nulls}
    )
    assert got == expected
    if got is not None:
        assert got.unknown_members == expected.unknown_members
    assert got_errors == [
        (path, "may not be null" if path in nulls and message == "is required" else message)
        for path, message in absent_errors
    ]
