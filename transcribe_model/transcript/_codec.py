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

import itertools
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


class _Reading(list[Violation]):
    """The violations of one read, and the decimals it parsed so far.

    A time string appears about four times in a file (an item's end is the next one's start,
    and the speaker segments repeat both), a confidence like "0.999" thousands of times: each
    is parsed once per read.
    """

    __slots__ = ("decimals",)

    def __init__(self) -> None:
        super().__init__()
        self.decimals: dict[str, Decimal] = {}


def _decimal(text: str, cache: dict[str, Decimal]) -> Decimal | None:
    """The Decimal of a canonical decimal string (one ``str()`` gives back), else None."""
    if len(text) > 40:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite() or str(number) != text:
        return None
    cache[text] = number
    return number


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

    def __attrs_post_init__(self) -> None:
        # Built in Python (reading does not come here): lists become tuples and mappings
        # FrozenMappings, so a model is frozen all the way down, as a parsed one is.
        try:
            for attr, wire, _ in self.wire_members:
                value: object = getattr(self, attr)
                if isinstance(value, list):
                    object.__setattr__(self, attr, tuple(cast("list[object]", value)))
                elif isinstance(value, dict):
                    object.__setattr__(self, attr, freeze_value(value, wire))
            unknown = cast(object, self.unknown_members)
            if isinstance(unknown, dict):
                object.__setattr__(self, "unknown_members", freeze_value(unknown))
        except UnfreezableValue as exc:
            raise ValidationError(
                [Violation(path=exc.path.lstrip("."), message=exc.message)]
            ) from None


@attrs.frozen
class Kind:
    """How one member's value is read from and written to the wire."""

    name: str
    read: Reader
    write: Writer
    #: Whether a wire value denotes a typed value (so the wire form may be kept on output).
    denotes: Callable[[Any, Any], bool] = attrs.field(default=lambda wire, value: wire == value)
    #: For a list: the kind of its items.
    item: Kind | None = None
    #: For a nested object: its class.
    model: type[TranscriptModel] | None = None


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

    return Kind(f"list[{item.name}]", read, write, item=item)


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
        model=cls,
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


# --- reading: one generated function per class ------------------------------------------------
#
# A path is built only when something is wrong: readers pass ``(parent, segment)`` tuples down
# and ``_render`` joins them into ``results.items[3].start_time`` for a violation.

Path = str | tuple[Any, str | int]


def _render(path: Path) -> str:
    parts: list[str] = []
    while isinstance(path, tuple):
        path, segment = path
        parts.append(f"[{segment}]" if isinstance(segment, int) else f".{segment}")
    return (path + "".join(reversed(parts))).lstrip(".")


def _slow(kind: Kind, value: Any, path: Path, errors: Errors) -> tuple[Any, bool]:
    """Read a value the fast path did not take: null, an unusual form, or a wrong type.

    Returns the typed value and whether the wire value must be kept to be written again.
    """
    if value is None:
        return None, True
    read = kind.read(value, _render(path), errors)
    keep = kind is DEC and read is not None and (not isinstance(value, str) or str(read) != value)
    return read, keep


def _unknown(
    data: dict[str, Any],
    known: frozenset[str],
    extra: dict[str, Any] | None,
    path: Path,
    errors: Errors,
) -> Any:
    found = {key: value for key, value in data.items() if key not in known}
    if extra:
        found.update(extra)
    try:
        return freeze_value(found)
    except UnfreezableValue as exc:
        prefix = _render(path)
        _fail(errors, f"{prefix}.{exc.path.lstrip('.')}".lstrip("."), exc.message)
        return EMPTY


def _fast(kind: Kind, wire: str, names: dict[str, Any]) -> tuple[str, str]:
    """The usual form of a ``kind`` value ``v`` as (condition, expression of its typed value).

    What fails the condition (absent, null, an unusual form, a wrong type) takes the slow path.
    """
    if kind is STR:
        return "v.__class__ is str", "v"
    if kind is INT:
        return "v.__class__ is int", "v"
    if kind is BOOL:
        return "v.__class__ is bool", "v"
    if kind is NUM:
        return "v.__class__ is int or (v.__class__ is float and v - v == 0.0)", "v"
    if kind is DEC:
        return (
            "v.__class__ is str and ((x := dget(v)) is not None"
            " or (x := _decimal(v, decimals)) is not None)",
            "x",
        )
    if kind.model is not None:
        reader = f"_read_{kind.model.__name__}"
        names[reader] = structurer(kind.model)
        return "v.__class__ is dict", f"{reader}(v, (path, {wire!r}), errors)"
    item = kind.item
    if item is not None and item.model is not None:
        reader = f"_read_{item.model.__name__}"
        names[reader] = structurer(item.model)
        # One element (an item's alternatives) directly; more through map, whose loop is C.
        return (
            "v.__class__ is list",
            f"({reader}(v[0], ((path, {wire!r}), 0), errors),) if len(v) == 1 else "
            f"tuple(_map({reader}, v, _zip(_repeat((path, {wire!r})), _count()), _repeat(errors)))",
        )
    if item is INT:
        return "v.__class__ is list and all(e.__class__ is int for e in v)", "tuple(v)"
    return "False", "None"


def _setter(cls: type[TranscriptModel], attr: str) -> Callable[[Any, Any], None]:
    """The slot's own setter: a frozen class refuses ``setattr``, and this skips the lookup."""
    for klass in cls.__mro__:
        if attr in vars(klass):
            setter: Callable[[Any, Any], None] = vars(klass)[attr].__set__
            return setter
    raise AttributeError(attr)  # pragma: no cover - every member is a slot


def _make_structurer(cls: type[TranscriptModel]) -> Reader:
    names: dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_SU": _setter(cls, "unknown_members"),
        "_map": map,
        "_zip": zip,
        "_repeat": itertools.repeat,
        "_count": itertools.count,
        "_M": _MISSING,
        "_EMPTY": EMPTY,
        "_slow": _slow,
        "_unknown": _unknown,
        "_fail": _fail,
        "_render": _render,
        "_type_name": _type_name,
        "_decimal": _decimal,
        "_KNOWN": frozenset(wire for _, wire, _ in cls.wire_members),
    }
    lines = [
        "def read(data, path, errors):",
        "    if data.__class__ is not dict:",
        "        return _fail(errors, _render(path), 'must be an object, not ' + _type_name(data))",
        "    obj = _new(_cls)",
        "    seen = 0",
        "    extra = None",
    ]
    if any(kind is DEC for _, _, kind in cls.wire_members):
        lines += ["    decimals = errors.decimals", "    dget = decimals.get"]
    for number, (attr, wire, kind) in enumerate(cls.wire_members):
        names[f"_K{number}"] = kind
        names[f"_S{number}"] = _setter(cls, attr)
        condition, value = _fast(kind, wire, names)
        lines += [
            f"    v = data.get({wire!r}, _M)",
            f"    if {condition}:",
            "        seen += 1",
            f"        _S{number}(obj, {value})",
            "    elif v is _M:",
            f"        _S{number}(obj, None)",
            "    else:",
            "        seen += 1",
            f"        x, keep = _slow(_K{number}, v, (path, {wire!r}), errors)",
            "        if keep:",
            "            if extra is None: extra = {}",
            f"            extra[{wire!r}] = v",
            f"        _S{number}(obj, x)",
        ]
    lines += [
        "    if seen != len(data) or extra is not None:",
        "        _SU(obj, _unknown(data, _KNOWN, extra, path, errors))",
        "    else:",
        "        _SU(obj, _EMPTY)",
        "    return obj",
    ]
    # Generated once per class from its member table, as _codegen does for the job shapes:
    # straight-line code reads a 12,000-item transcript at about 2.5x json.loads.
    exec(compile("\n".join(lines), f"<transcript reader of {cls.__name__}>", "exec"), names)
    reader: Reader = names["read"]
    return reader


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
    errors = _Reading()
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
