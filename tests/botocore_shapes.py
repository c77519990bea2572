"""Botocore-shaped dicts drawn from botocore's own service model, not from transcribe_model.

The oracle of the round-trip properties in ``test_properties.py``: a value here is built by
walking the installed botocore's transcribe service model (members, required members, types,
enums, min, max, pattern), so a mistake in the library's models, specs or strategies cannot
hide itself by being repeated here. Nothing in this module imports ``transcribe_model``.

Two modes:

- ``request=False`` (what the service sends): any value of the right type. Bounds, patterns
  and enums are ignored, as a newer service may send anything of the type. Required members
  are always present. Floats are finite (the library refuses NaN and infinity, and NaN never
  equals itself, so no round trip could hold for it; the near-miss property feeds those in).
- ``request=True`` (what a caller builds): only values within the model's bounds, patterns
  (full match) and enums, so the only things left for the library to refuse are its
  cross-field rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import botocore.model
import botocore.session
from dateutil.tz import tzlocal, tzutc
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

SERVICE_MODEL = botocore.session.get_session().get_service_model("transcribe")
#: Every operation of the service: the library models them all.
OPERATIONS = tuple(SERVICE_MODEL.operation_names)

#: Small collections keep examples fast; a request's list still reaches its min.
_EXTRA_ITEMS = 3
_ZONES = (UTC, tzutc(), tzlocal(), timezone(timedelta(hours=-8)), timezone(timedelta(hours=9)))


def reachable(roots: Iterable[botocore.model.Shape]) -> dict[str, botocore.model.Shape]:
    """Every shape reachable from ``roots``, by name."""
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


def _roots(*, inputs: bool) -> list[botocore.model.Shape]:
    roots = []
    for name in OPERATIONS:
        operation = SERVICE_MODEL.operation_model(name)
        shape = operation.input_shape if inputs else operation.output_shape
        if shape is not None:
            roots.append(shape)
    return roots


def _structures(shapes: dict[str, botocore.model.Shape]) -> dict[str, botocore.model.Shape]:
    return {
        name: shape
        for name, shape in shapes.items()
        if isinstance(shape, botocore.model.StructureShape)
    }


#: Structure shapes a caller sends (reachable from an operation's input).
REQUEST_STRUCTURES = _structures(reachable(_roots(inputs=True)))
#: Structure shapes only the service sends (reachable from outputs alone).
RESPONSE_ONLY_STRUCTURES = {
    name: shape
    for name, shape in _structures(reachable(_roots(inputs=False))).items()
    if name not in REQUEST_STRUCTURES
}
ALL_STRUCTURES = {**REQUEST_STRUCTURES, **RESPONSE_ONLY_STRUCTURES}


def is_request_structure(name: str) -> bool:
    """Whether the structure shape ``name`` is (also) part of what a caller sends."""
    return name in REQUEST_STRUCTURES


def shape_values(shape: botocore.model.Shape, *, request: bool) -> SearchStrategy[Any]:
    """Wire values of ``shape``: in bounds for a request, of the right type for a response."""
    if isinstance(shape, botocore.model.StructureShape):
        if request and shape.metadata.get("union"):
            # A union a caller sends sets exactly one member (botocore's validator says so too).
            return st.one_of(
                [
                    st.fixed_dictionaries({name: shape_values(member, request=request)})
                    for name, member in shape.members.items()
                ]
            )
        required = set(shape.required_members)
        return st.fixed_dictionaries(
            {
                name: shape_values(member, request=request)
                for name, member in shape.members.items()
                if name in required
            },
            optional={
                name: shape_values(member, request=request)
                for name, member in shape.members.items()
                if name not in required
            },
        )
    if isinstance(shape, botocore.model.ListShape):
        low, high = _size(shape, request=request)
        return st.lists(shape_values(shape.member, request=request), min_size=low, max_size=high)
    if isinstance(shape, botocore.model.MapShape):
        low, high = _size(shape, request=request)
        return st.dictionaries(
            shape_values(shape.key, request=request),
            shape_values(shape.value, request=request),
            min_size=low,
            max_size=high,
        )
    return _scalar_values(shape, request=request)


def _size(shape: botocore.model.Shape, *, request: bool) -> tuple[int, int]:
    if not request:
        return 0, _EXTRA_ITEMS
    low = shape.metadata.get("min", 0)
    high = shape.metadata.get("max", low + _EXTRA_ITEMS)
    return low, min(high, low + _EXTRA_ITEMS)


def _scalar_values(shape: botocore.model.Shape, *, request: bool) -> SearchStrategy[Any]:
    kind = shape.type_name
    metadata = shape.metadata
    if kind == "string":
        enum = getattr(shape, "enum", None) or []
        if enum:
            return st.sampled_from(enum) if request else st.sampled_from(enum) | st.text()
        if not request:
            return st.text()
        low = metadata.get("min", 0)
        high = metadata.get("max")
        if "pattern" in metadata:
            return st.from_regex(metadata["pattern"], fullmatch=True).filter(
                lambda value: low <= len(value) and (high is None or len(value) <= high)
            )
        return st.text(min_size=low, max_size=min(high or 50, low + 50))
    if kind in ("integer", "long"):
        if not request:
            return st.integers(-(2**63), 2**63 - 1)
        return st.integers(metadata.get("min", -(2**31)), metadata.get("max", 2**31 - 1))
    if kind == "boolean":
        return st.booleans()
    if kind in ("float", "double"):
        return st.floats(
            metadata.get("min") if request else None,
            metadata.get("max") if request else None,
            allow_nan=False,
            allow_infinity=False,
        )
    if kind == "timestamp":
        return st.datetimes(
            min_value=datetime(1970, 1, 2),
            max_value=datetime(2200, 1, 1),
            timezones=st.sampled_from(_ZONES),
        ).filter(_unambiguous)
    if kind == "blob":
        return st.binary(max_size=32)
    raise NotImplementedError(f"no values for the {kind} shape {shape.name}")


def _unambiguous(moment: datetime) -> bool:
    # A local time in a DST fold or gap compares unequal across zones (PEP 495); keep out.
    return moment.replace(fold=1 - moment.fold).utcoffset() == moment.utcoffset()


def structure_values(name: str) -> SearchStrategy[dict[str, Any]]:
    """Wire dicts of the structure shape ``name``, in the mode its operations give it."""
    return shape_values(ALL_STRUCTURES[name], request=is_request_structure(name))


def wire_members(name: str) -> dict[str, botocore.model.Shape]:
    """The members of the structure shape ``name``, by wire name."""
    return dict(ALL_STRUCTURES[name].members)
