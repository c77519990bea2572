"""The wire machinery of the transcript models: a member table per class, read and written once.

The transcript JSON a job writes is no botocore shape, so the service-model machinery of the job
shapes cannot describe it; each class here names its members in a small table instead, and this
module turns the table into one structurer and one unstructurer per class (closures built once,
so a one-hour transcript of 12,000 items parses at a small multiple of ``json.loads``).

Wire rules, liberal as for everything the service sends:

- only a wrong type fails (``ValidationError`` with every violation and its path, such as
  ``results.items[3].alternatives[0].confidence``); members this library does not know are kept
  in ``unknown_members`` and written again;
- ``DEC`` members are the decimal strings the service writes ("0.440", "1.0000"); they become
  ``decimal.Decimal`` values, and ``str()`` of a Decimal keeps every digit, so they are written
  back as the same text. A number in their place is taken too;
- ``NUM`` members are JSON numbers (milliseconds, medical and toxicity scores), kept as parsed;
- a member sent as ``null``, or written in a form its typed value would not give back (a
  confidence as a number, "1e-3"), also keeps its exact wire value in ``unknown_members``; on
  output that wire value wins while it still denotes the typed value, so nothing changes on a
  round trip, and a value changed with ``attrs.evolve`` is written as the new value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Final, TypeVar, cast

import attrs

from transcribe_model._errors import ValidationError, Violation
from transcribe_model._frozen import (
    EMPTY,
    FrozenMapping,
    UnfreezableValue,
    freeze_value,
    thaw_value,
)

T = TypeVar("T", bound="TranscriptModel")

#: What a violation list collects into while a document is read.
Errors = list[Violation]
Reader = Callable[[Any, str, Errors], Any]
Writer = Callable[[Any], Any]

_MISSING: Final = object()


@attrs.frozen(kw_only=True)
class TranscriptModel:
    """Base of every transcript class: the unknown-members slot and the member table.

    Attributes:
        unknown_members: Members this library does not know, and the exact wire form of known
            members sent as ``null`` or in an unusual notation; written again on output, so a
            round trip loses nothing.
    """

    #: (attribute, wire name, kind) for every member this class knows.
    wire_members: ClassVar[tuple[tuple[str, str, Kind], ...]] = ()

    unknown_members: Mapping[str, Any] = attrs.field(default=EMPTY, repr=False)


@attrs.frozen
class Kind:
    """How one member's value is read from and written to the wire."""

    name: str
    read: Reader
    write: Writer
    #: Whether a wire value denotes a typed value (so the wire form may be kept on output).
    denotes: Callable[[Any, Any], bool] = attrs.field(default=lambda wire, value: wire == value)


def _fail(errors: Errors, path: str, message: str) -> None:
    errors.append(Violation(path=path, message=message))


def _read_str(value: Any, path: str, errors: Errors) -> Any:
    if isinstance(value, str):
        return value
    return _fail(errors, path, f"must be a string, not {_type_name(value)}")


def _read_int(value: Any, path: str, errors: Errors) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _fail(errors, path, f"must be an integer, not {_type_name(value)}")


def _read_bool(value: Any, path: str, errors: Errors) -> Any:
    if isinstance(value, bool):
        return value
    return _fail(errors, path, f"must be a boolean, not {_type_name(value)}")


def _read_num(value: Any, path: str, errors: Errors) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _fail(errors, path, f"must be a number, not {_type_name(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        return _fail(errors, path, "must be a finite number")
    return value


def _read_dec(value: Any, path: str, errors: Errors) -> Any:
    if isinstance(value, str):
        if len(value) > 64:
            return _fail(errors, path, "is too long for a number")
        try:
            number = Decimal(value)
        except InvalidOperation:
            return _fail(errors, path, f"must be a decimal number, not {value[:40]!r}")
        if not number.is_finite():
            return _fail(errors, path, "must be a finite number")
        return number
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _fail(errors, path, f"must be a decimal string, not {_type_name(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        return _fail(errors, path, "must be a finite number")
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _dec_denotes(wire: Any, value: Any) -> bool:
    if isinstance(wire, bool) or not isinstance(wire, (str, int, float)):
        return False
    try:
        return bool(Decimal(wire if isinstance(wire, str) else repr(wire)) == value)
    except InvalidOperation:
        return False


def _read_any(value: Any, path: str, errors: Errors) -> Any:
    try:
        return freeze_value(value)
    except UnfreezableValue as exc:
        return _fail(errors, path + exc.path, exc.message)


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


STR: Final = Kind("str", _read_str, lambda value: value)
INT: Final = Kind("int", _read_int, lambda value: value)
BOOL: Final = Kind("bool", _read_bool, lambda value: value)
NUM: Final = Kind("num", _read_num, lambda value: value)
DEC: Final = Kind("dec", _read_dec, str, _dec_denotes)
ANY: Final = Kind("any", _read_any, thaw_value)


def list_of(item: Kind) -> Kind:
    """A JSON array of ``item``, held as a tuple."""
    read_item = item.read
    write_item = item.write

    def read(value: Any, path: str, errors: Errors) -> Any:
        if not isinstance(value, list):
            return _fail(errors, path, f"must be a list, not {_type_name(value)}")
        entries: list[Any] = cast(Any, value)  # pyright narrows to list[Unknown]
        return tuple([read_item(entry, f"{path}[{i}]", errors) for i, entry in enumerate(entries)])

    def write(value: Any) -> Any:
        return [write_item(entry) for entry in value]

    return Kind(f"list[{item.name}]", read, write)


def map_of(item: Kind) -> Kind:
    """A JSON object of ``item`` values, held as a ``FrozenMapping``."""
    read_item = item.read
    write_item = item.write

    def read(value: Any, path: str, errors: Errors) -> Any:
        if not isinstance(value, dict):
            return _fail(errors, path, f"must be an object, not {_type_name(value)}")
        entries = cast("dict[str, Any]", value)
        return FrozenMapping(
            {key: read_item(entry, f"{path}.{key[:200]}", errors) for key, entry in entries.items()}
        )

    def write(value: Any) -> Any:
        return {key: write_item(entry) for key, entry in value.items()}

    return Kind(f"map[{item.name}]", read, write)


def model(cls: type[TranscriptModel]) -> Kind:
    """A nested transcript class; its table is read when the first value is."""
    return Kind(
        cls.__name__,
        lambda value, path, errors: structurer(cls)(value, path, errors),
        lambda value: unstructurer(cls)(value),
    )


_STRUCTURERS: dict[type[TranscriptModel], Reader] = {}
_UNSTRUCTURERS: dict[type[TranscriptModel], Writer] = {}


def structurer(cls: type[TranscriptModel]) -> Reader:
    """The reader of ``cls``, built from its member table on first use."""
    found = _STRUCTURERS.get(cls)
    if found is None:
        found = _STRUCTURERS[cls] = _make_structurer(cls)
    return found


def unstructurer(cls: type[TranscriptModel]) -> Writer:
    """The writer of ``cls``, built from its member table on first use."""
    found = _UNSTRUCTURERS.get(cls)
    if found is None:
        found = _UNSTRUCTURERS[cls] = _make_unstructurer(cls)
    return found


def _make_structurer(cls: type[TranscriptModel]) -> Reader:
    members = {wire: (attr, kind.read, kind) for attr, wire, kind in cls.wire_members}
    defaults = {attr: None for attr, _, _ in cls.wire_members}
    new = object.__new__
    set_attr = object.__setattr__

    def read(data: Any, path: str, errors: Errors) -> Any:
        if not isinstance(data, dict):
            return _fail(errors, path, f"must be an object, not {_type_name(data)}")
        entries = cast("dict[str, Any]", data)
        values = dict(defaults)
        unknown: dict[str, Any] | None = None
        prefix = f"{path}." if path else ""
        for wire, raw in entries.items():
            member = members.get(wire)
            if member is None or raw is None:
                if unknown is None:
                    unknown = {}
                unknown[wire] = raw
                continue
            attr, read_value, kind = member
            value = read_value(raw, prefix + wire, errors)
            values[attr] = value
            if kind is DEC and (not isinstance(raw, str) or str(value) != raw):
                if unknown is None:
                    unknown = {}
                unknown[wire] = raw
        instance = new(cls)
        for attr, value in values.items():
            set_attr(instance, attr, value)
        if unknown is None:
            set_attr(instance, "unknown_members", EMPTY)
        else:
            try:
                set_attr(instance, "unknown_members", freeze_value(unknown))
            except UnfreezableValue as exc:
                _fail(errors, prefix + exc.path.lstrip("."), exc.message)
                set_attr(instance, "unknown_members", EMPTY)
        return instance

    return read


def _make_unstructurer(cls: type[TranscriptModel]) -> Writer:
    members = [(attr, wire, kind.write, kind.denotes) for attr, wire, kind in cls.wire_members]

    def write(obj: Any) -> Any:
        unknown = obj.unknown_members
        out: dict[str, Any] = (
            {key: thaw_value(value) for key, value in unknown.items()} if unknown else {}
        )
        for attr, wire, write_value, denotes in members:
            value = getattr(obj, attr)
            if value is None:
                continue
            if unknown and wire in out and denotes(out[wire], value):
                continue
            out[wire] = write_value(value)
        return out

    return write


def structure_transcript(data: object, cls: type[T], path: str = "") -> T:
    """Build a ``cls`` from parsed JSON, or raise ``ValidationError`` with every violation."""
    errors: Errors = []
    result = structurer(cls)(data, path, errors)
    if errors:
        raise ValidationError(errors)
    return result  # type: ignore[no-any-return]


def unstructure_transcript(obj: TranscriptModel) -> dict[str, Any]:
    """The JSON-ready dict of a transcript model, as the service wrote it."""
    result: dict[str, Any] = unstructurer(type(obj))(obj)
    return result


def is_transcript_class(cls: object) -> bool:
    """Whether ``cls`` is one of the transcript classes (the entry points dispatch on it)."""
    return isinstance(cls, type) and issubclass(cls, TranscriptModel) and cls is not TranscriptModel
