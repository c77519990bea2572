"""The cattrs converters between models and their two wire forms: botocore dicts and CLI JSON.

``make_converter()`` builds one ``cattrs.Converter`` per wire form. Its hooks for the model
classes are made here, once per class, from ``_spec.field_specs``: plain functions that walk
the members by wire name, check each value's type exactly and build the instance without
running ``__init__`` (construction-time checks are for objects a caller builds; the public
``structure`` runs ``check()`` itself where the shape calls for it).

Wire rules, both forms:

- members by their PascalCase wire names; a member that is absent or ``null`` is ``None``;
  ``None`` members are omitted on the way out;
- a required member that is absent or ``null`` is a violation;
- types are exact: an int is an ``int`` and never a ``bool`` or a float, a bool is a ``bool``
  and never ``"false"`` or ``0``, a float is an ``int`` or ``float`` that is finite, a string
  is a ``str``, a list is a ``list`` or ``tuple`` (never a string), a map or structure is a
  mapping with string keys;
- enum values are strings; a value the library does not know is refused, or kept as an
  unknown pseudo-member (``WireEnum.from_wire``) when the converter keeps unknowns; out, an
  enum is its plain ``str`` value;
- members the library does not know are refused, or kept in ``unknown_members`` (frozen, at
  most 64 levels deep) when the converter keeps unknowns; out, they are emitted again as they
  came;
- every violation is collected, each with its path in wire names, and raised together as one
  ``ValidationError``.

Botocore dicts (``wire_format="botocore"``): timestamps are timezone-aware ``datetime`` objects,
as botocore makes them (with ``tzlocal()``), and go out unchanged.

CLI JSON (``wire_format="json"``): timestamps are ISO 8601 strings with an offset, as the AWS
CLI prints them (``2020-09-18T22:27:23.970000+00:00``), or epoch seconds as a number; they go
out as ``datetime.isoformat()``.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timezone
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, cast

from transcribe_model import _paths
from transcribe_model._base import WireModel
from transcribe_model._check import aware, expected, partial_violations, safe_tz
from transcribe_model._errors import Invalid, ValidationError
from transcribe_model._frozen import (
    EMPTY,
    FrozenMapping,
    UnfreezableValue,
    adopt,
    freeze_value,
    read_mapping,
    thaw_value,
)
from transcribe_model._spec import (
    EnumT,
    MapT,
    ModelT,
    ScalarT,
    TupleT,
    TypeSpec,
    field_specs,
    shape_of,
    wire_names,
)
from transcribe_model._wire_enum import WireEnum

if TYPE_CHECKING:
    from cattrs import Converter

WireFormat = Literal["botocore", "json"]
M = TypeVar("M", bound=WireModel)
Structurer = Callable[[Any], Any]
Unstructurer = Callable[[Any], Any]

# Specialised once here: pyright reads the classmethod of the bare generic class as unknown.
_set = object.__setattr__
_MISSING: Final = object()


def _kind(value: object) -> str:
    return type(value).__name__


def _wrong(spec: TypeSpec, value: object) -> Invalid:
    return Invalid.at(f"expected {expected(spec)}, got {_kind(value)}")


def _structure_str(value: Any) -> str:
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise _wrong(ScalarT(str), value)


def _structure_int(value: Any) -> int:
    if type(value) is int:
        if _paths.int_fits(value):
            return value
        raise Invalid.at(f"is an integer of more than {_paths.MAX_INT_DIGITS} digits")
    raise _wrong(ScalarT(int), value)


def _structure_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _wrong(ScalarT(bool), value)


def _structure_float(value: Any) -> float:
    if type(value) is float or type(value) is int:
        try:
            number = float(value)
        except OverflowError:
            raise Invalid.at("must be a finite number, got an integer too large for one") from None
        if math.isfinite(number):
            return number
        raise Invalid.at(f"must be a finite number, got {value}")
    raise _wrong(ScalarT(float), value)


# The tzinfo classes whose offsets are always readable and within a day: those of the standard
# library and the two botocore uses. The generated fast path takes only these; any other
# tzinfo is asked for its offset by the general hook below.
SAFE_TZ: Final = safe_tz()


def _structure_aware_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise Invalid.at("must be a timezone-aware datetime, got a naive one")
        if not aware(value):
            raise Invalid.at(
                "must be a timezone-aware datetime, got one whose tzinfo gives no UTC offset "
                "within a day"
            )
        return value
    raise _wrong(ScalarT(datetime), value)


def _structure_json_timestamp(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            # The standard library reads what the AWS CLI prints, and fast; dateutil reads
            # the rest of ISO 8601 (week dates, ordinal dates, ...).
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = _isoparse(value)
        else:
            # The common case, answered without asking for the offset: fromisoformat gives a
            # datetime.timezone for any offset it reads, and that class holds only offsets
            # within a day. No offset (None) goes on to be refused below.
            if type(parsed.tzinfo) is timezone:
                return parsed
        if not aware(parsed):  # no offset, or one dateutil read past a day
            raise Invalid.at(f"must carry a UTC offset, got {value[:60]!r}")
        return parsed
    if type(value) is int or type(value) is float:
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (ValueError, OverflowError, OSError):
            shown = _paths.shown_int(value) if type(value) is int else repr(value)
            raise Invalid.at(f"is not a valid epoch time: {shown}") from None
    if isinstance(value, datetime):
        return _structure_aware_datetime(value)
    raise Invalid.at(f"expected an ISO 8601 string or epoch seconds, got {_kind(value)}")


def _isoparse(value: str) -> datetime:
    from dateutil.parser import isoparse  # imported only for the rare form that needs it

    try:
        return isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise Invalid.at(f"is not an ISO 8601 timestamp: {value[:60]!r} ({exc})") from None


def _structure_bytes(value: Any) -> bytes:
    if type(value) is bytes:
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise _wrong(ScalarT(bytes), value)


def _structure_base64(value: Any) -> bytes:
    """A blob in CLI JSON: base64 text, as the AWS CLI reads and prints blobs."""
    if isinstance(value, str):
        # Blobs are rare: base64, and binascii (a shared library), load when one comes.
        import binascii
        from base64 import b64decode

        try:
            return b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise Invalid.at(f"is not base64 text: {value[:60]!r}") from None
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise Invalid.at(f"expected base64 text, got {_kind(value)}")


def _base64(value: bytes) -> str:
    from base64 import b64encode  # blobs are rare: base64 loads when one comes

    return b64encode(value).decode("ascii")


def generated(cls: type[WireModel], module: str = "_convert") -> Any:
    """The generated ``module`` (``_convert``, ``_from_mirror``) of the family that defines
    ``cls``."""
    package = cls.__module__.rpartition(".")[0]
    return importlib.import_module(f"{package}.{module}")


def _identity(value: Any) -> Any:
    return value


def _isoformat(value: datetime) -> str:
    return value.isoformat()


class HookBuilder:
    """Makes, and keeps, the structure and unstructure functions of each model class."""

    def __init__(self, wire_format: WireFormat, *, keep_unknown: bool) -> None:
        self.wire_format = wire_format
        self.keep_unknown = keep_unknown
        self._structurers: dict[type[WireModel], Structurer] = {}
        self._unstructurers: dict[type[WireModel], Unstructurer] = {}

    def structure(self, data: object, cls: type[M]) -> M:
        """Build a ``cls`` from ``data``, or raise ``ValidationError`` with every violation."""
        try:
            result: M = self.structurer(cls)(data)
        except Invalid as exc:
            raise ValidationError(exc.violations()) from None
        return result

    # --- structure ----------------------------------------------------------------------------

    def structurer(self, cls: type[WireModel]) -> Structurer:
        found = self._structurers.get(cls)
        if found is None:
            found = self._structurers[cls] = self._make_structurer(cls)
        return found

    def member_hooks(self, cls: type[WireModel]) -> list[Structurer]:
        """The general hook of each member of shape ``cls``, in member order: what the
        generated functions hand anything unusual to."""
        return [self._value_structurer(spec.type) for spec in field_specs(cls)]

    def _value_structurer(self, spec: TypeSpec) -> Structurer:
        if isinstance(spec, ModelT):
            return self.structurer(spec.cls)
        if isinstance(spec, EnumT):
            return self._enum_structurer(spec.cls)
        if isinstance(spec, TupleT):
            members = spec.item.cls._value2member_map_ if isinstance(spec.item, EnumT) else None
            return self._tuple_structurer(self._value_structurer(spec.item), members)
        if isinstance(spec, MapT):
            return self._map_structurer(
                self._value_structurer(spec.key), self._value_structurer(spec.value)
            )
        if spec.py is datetime:
            if self.wire_format == "json":
                return _structure_json_timestamp
            return _structure_aware_datetime
        if spec.py is bytes:
            return _structure_base64 if self.wire_format == "json" else _structure_bytes
        return {
            str: _structure_str,
            int: _structure_int,
            bool: _structure_bool,
            float: _structure_float,
        }[spec.py]

    def _enum_structurer(self, enum_cls: type[WireEnum]) -> Structurer:
        known = enum_cls._value2member_map_
        keep_unknown = self.keep_unknown
        from_wire = enum_cls.from_wire
        name = enum_cls.__name__

        def structure_enum(value: Any) -> WireEnum:
            if isinstance(value, enum_cls):
                # Built by the caller, as X.from_wire("NEWER"): a value sent on purpose.
                return value
            if isinstance(value, str):
                # As an exact str: a subclass's own __hash__ or __eq__ may raise anything.
                member = known.get(str.__str__(value))
                if member is not None:
                    return member  # type: ignore[return-value]  # the map holds members
                if keep_unknown:
                    return from_wire(str.__str__(value))
                raise Invalid.at(f"is not a known {name} value: {value[:60]!r}")
            raise Invalid.at(f"expected a {name} string, got {_kind(value)}")

        return structure_enum

    @staticmethod
    def _tuple_structurer(item: Structurer, members: Mapping[str, Any] | None) -> Structurer:
        def structure_tuple(value: Any) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise Invalid.at(f"expected a list, got {_kind(value)}")
            elements = cast("Sequence[Any]", value)  # items of anything, yet
            # Fast path: every item fine. Otherwise the loop below finds each bad one.
            try:
                if members is not None:
                    return tuple([members[element] for element in elements])
                return tuple([item(element) for element in elements])
            except Exception:  # a caller's item may hash by raising anything: see below
                pass
            items: list[Any] = []
            errors: list[tuple[str, str]] = []
            for position, element in enumerate(elements):
                try:
                    items.append(item(element))
                except Invalid as exc:
                    prefix = _paths.index(position)
                    errors.extend((_paths.join(prefix, p), m) for p, m in exc.errors)
            if errors:
                raise Invalid(errors)
            return tuple(items)

        return structure_tuple

    @staticmethod
    def _map_structurer(key: Structurer, item: Structurer) -> Structurer:
        def structure_map(value: Any) -> FrozenMapping[Any, Any]:
            if not isinstance(value, Mapping):
                raise Invalid.at(f"expected an object, got {_kind(value)}")
            entries = read_mapping(cast("Mapping[object, object]", value))  # of anything, yet
            if entries is None:
                raise Invalid.at(f"could not be read as a mapping: {_kind(cast(object, value))}")
            # Fast path: every entry fine. Otherwise the loop below finds each bad one.
            try:
                return FrozenMapping({key(k): item(v) for k, v in entries.items()})
            except Invalid:
                pass
            items: dict[Any, Any] = {}
            errors: list[tuple[str, str]] = []
            for name, element in entries.items():
                prefix = _paths.key(name)
                try:
                    items[key(name)] = item(element)
                except Invalid as exc:
                    errors.extend((_paths.join(prefix, p), m) for p, m in exc.errors)
            if errors:
                raise Invalid(errors)
            return FrozenMapping(items)

        return structure_map

    def _make_structurer(self, cls: type[WireModel]) -> Structurer:
        shape = shape_of(cls)
        if shape is not None and shape is not cls:
            return self._subclass_structurer(cls, shape)
        specs = field_specs(cls)
        hooks = self.member_hooks(cls)
        # What the generated inline paths of list and map members convert each item with.
        items = [self._item_structurer(spec.type) for spec in specs]
        keys = [
            self._value_structurer(spec.type.key) if isinstance(spec.type, MapT) else None
            for spec in specs
        ]
        known = wire_names(cls)
        keep_unknown = self.keep_unknown

        def unknown_members(
            instance: WireModel,
            set_unknown: Callable[[WireModel, Any], None],
            data: Mapping[object, object],
            shape: str,
            errors: list[tuple[str, str]] | None,
        ) -> list[tuple[str, str]] | None:
            found = errors if errors is not None else []
            set_unknown(instance, _unknown_members(data, known, keep_unknown, shape, found))
            return found or None

        helpers = {
            "Invalid": Invalid,
            "as_dict": _as_dict,
            # No tzinfo is taken on trust in the JSON form: its timestamps are strings.
            "safe_tz": SAFE_TZ if self.wire_format == "botocore" else (),
            "missing": _missing,
            "failed": _failed,
            "unknown_members": unknown_members,
            "items": items,
            "keys": keys,
            "adopt": adopt,
        }
        factory = generated(cls).STRUCTURERS[cls]
        structurer: Structurer = factory(hooks, helpers)
        return structurer

    def _subclass_structurer(self, cls: type[WireModel], shape: type[WireModel]) -> Structurer:
        """A caller's subclass of a shape: the shape structured, then built as ``cls`` from its
        members (so ``cls``'s own ``__init__`` and checks run, as for any ``cls`` built in
        Python; a shape the service sends is held to its types only, as ever)."""
        structure_shape = self.structurer(shape)
        names = [spec.name for spec in field_specs(shape)]

        def structure_subclass(data: Any) -> Any:
            made = structure_shape(data)
            values = {name: getattr(made, name) for name in names}
            return cls(unknown_members=made.unknown_members, **values)

        return structure_subclass

    def _item_structurer(self, spec: TypeSpec) -> Structurer | None:
        if isinstance(spec, TupleT):
            return self._value_structurer(spec.item)
        if isinstance(spec, MapT):
            return self._value_structurer(spec.value)
        return None

    # --- unstructure --------------------------------------------------------------------------

    def unstructurer(self, cls: type[WireModel]) -> Unstructurer:
        found = self._unstructurers.get(cls)
        if found is None:
            found = self._unstructurers[cls] = self._make_unstructurer(cls)
        return found

    def _value_unstructurer(self, spec: TypeSpec) -> Unstructurer | None:
        """The function that emits a value of ``spec``, or None where the value goes out as is."""
        if isinstance(spec, ModelT):
            return self.unstructurer(spec.cls)
        if isinstance(spec, EnumT):
            return _enum_value
        if isinstance(spec, TupleT):
            item = self._value_unstructurer(spec.item)
            if item is None:
                return list
            return lambda value: [item(element) for element in value]
        if isinstance(spec, MapT):
            key = self._value_unstructurer(spec.key) or _identity
            element = self._value_unstructurer(spec.value) or _identity
            return lambda value: {key(k): element(v) for k, v in value.items()}
        if spec.py is datetime and self.wire_format == "json":
            return _isoformat
        if spec.py is bytes and self.wire_format == "json":
            return _base64
        return None

    def _item_unstructurer(self, spec: TypeSpec) -> Unstructurer | None:
        if isinstance(spec, TupleT):
            return self._value_unstructurer(spec.item)
        if isinstance(spec, MapT):
            return self._value_unstructurer(spec.value)
        return None

    def _make_unstructurer(self, cls: type[WireModel]) -> Unstructurer:
        shape = shape_of(cls)
        if shape is not None and shape is not cls:  # a caller's subclass: its shape's members
            return self.unstructurer(shape)
        specs = field_specs(cls)
        hooks = [self._value_unstructurer(spec.type) for spec in specs]
        items = [self._item_unstructurer(spec.type) for spec in specs]
        json_form = self.wire_format == "json"

        def emit_unknown(out: dict[str, Any], unknown: Mapping[str, Any]) -> None:
            for wire, value in unknown.items():
                if wire not in out:
                    thawed = thaw_value(value)
                    out[wire] = _jsonable(thawed) if json_form else thawed

        factory = generated(cls).UNSTRUCTURERS[cls]
        unstructurer: Unstructurer = factory(hooks, emit_unknown, items)
        return unstructurer


def strict_refusal(exc: Invalid) -> ValidationError:
    """The error of a request the structurer refused: its type errors, and the errors of the
    constraints and rules of what it could build (``exc.partial``) of the rest."""
    errors = exc.violations()
    if exc.partial is not None:
        failed = frozenset(violation.path for violation in errors)
        errors += [
            violation
            for violation in partial_violations(exc.partial, failed)
            if violation.severity == "error"
        ]
    return ValidationError(errors)


def _as_dict(data: object, shape: str) -> Mapping[Any, Any]:
    """``data`` as a dict (or a FrozenMapping) for the generated code (``get``, ``len``).

    Any ``Mapping`` will do, even one registered as such without ``get`` or ``items``.
    """
    if not isinstance(data, Mapping):
        raise Invalid.at(f"expected an object for {shape}, got {_kind(data)}")
    entries = read_mapping(cast("Mapping[object, object]", data))
    if entries is None:
        kind = _kind(cast(object, data))
        raise Invalid.at(f"expected an object for {shape}; this {kind} could not be read")
    return entries


def _missing(
    errors: list[tuple[str, str]] | None, data: Mapping[object, object], wire: str
) -> list[tuple[str, str]]:
    """Record a required member that is absent, or null."""
    found = errors if errors is not None else []
    found.append((wire, "may not be null" if wire in data else "is required"))
    return found


def _failed(errors: list[tuple[str, str]] | None, wire: str, exc: Invalid) -> list[tuple[str, str]]:
    """Record what a member's hook found wrong, under the member's name."""
    found = errors if errors is not None else []
    found.extend((_paths.join(wire, path), message) for path, message in exc.errors)
    return found


def _enum_value(value: WireEnum) -> str:
    return value._value_  # enum values here are str


def _jsonable(value: Any) -> Any:
    """An unknown member's value as JSON can hold it (a botocore datetime as ISO 8601)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(item) for item in cast("list[object]", value)]  # thawed: JSON-like
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in cast("dict[str, object]", value).items()}
    return value


def _unknown_members(
    data: Mapping[Any, Any],
    known: frozenset[str],
    keep_unknown: bool,
    shape: str,
    errors: list[tuple[str, str]],
) -> FrozenMapping[str, Any]:
    kept: dict[str, Any] = {}
    for name, value in data.items():
        if name in known:
            continue
        if not isinstance(name, str):
            shown = _paths.shown_key(name)[:60]
            errors.append(("", f"has a member name that is not a string: {shown}"))
        elif not keep_unknown:
            errors.append((name[:200], f"is not a member of {shape}"))
        else:
            try:
                kept[name] = freeze_value(value, name)
            except UnfreezableValue as exc:
                errors.append((exc.path, exc.message))
    return FrozenMapping(kept) if kept else EMPTY


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, WireModel)


_BUILDERS: dict[tuple[WireFormat, bool], HookBuilder] = {}


def hook_builder(wire_format: WireFormat, *, keep_unknown: bool) -> HookBuilder:
    """The one hook builder of a wire form and reading, shared by every converter made.

    The public ``structure`` and ``unstructure`` call it directly: going through a cattrs
    converter's dispatch costs some 6% of parsing a job and adds nothing for a model class.
    """
    key = (wire_format, keep_unknown)
    found = _BUILDERS.get(key)
    if found is None:
        found = _BUILDERS[key] = HookBuilder(wire_format, keep_unknown=keep_unknown)
    return found


def make_converter(wire_format: WireFormat = "botocore", *, keep_unknown: bool = True) -> Converter:
    """A cattrs converter between the models and one wire form (see this module's docstring).

    Args:
        wire_format: ``"botocore"`` for the dicts boto3 returns and accepts, ``"json"`` for the
            JSON the AWS CLI prints and reads.
        keep_unknown: Keep enum values and members the library does not know (the liberal
            reading of a response) instead of refusing them.

    The converter structures and unstructures model classes and anything cattrs builds from
    them (``list[TranscriptionJob]``, ...). Its model hooks raise ``ValidationError`` and check
    types only: call ``transcribe_model.check`` for constraints and rules, or use
    ``transcribe_model.structure``, which does so for the shapes a caller builds.
    """
    # Imported here, not at the top: cattrs costs some 20 ms of import that the library's own
    # structure/unstructure (which call the hook builder directly) never need.
    import cattrs

    converter = cattrs.Converter()
    builder = hook_builder(wire_format, keep_unknown=keep_unknown)

    def structure_hook_factory(cls: type[WireModel]) -> Callable[[Any, Any], WireModel]:
        def structure(data: Any, _cls: Any) -> WireModel:
            return builder.structure(data, cls)

        return structure

    converter.register_structure_hook_factory(_is_model, structure_hook_factory)
    converter.register_unstructure_hook_factory(_is_model, builder.unstructurer)
    return converter
