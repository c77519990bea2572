"""``from_json``'s fast way: msgspec decodes the text straight into a mirror of the shape.

Why: parsing a job's JSON into dicts costs as much as a third of ``from_json`` (some 45 k
instructions for 1.6 kB in msgspec, orjson or pydantic-core's parser alike: every key a new
string, every object a dict), and structuring looks each member up in those dicts again. Decoded
against a typed mirror instead (a ``msgspec.Struct`` per shape: the members under their wire
names, nested shapes as mirrors, lists and maps of them as lists and dicts of mirrors, every
other value ``Any``, so as decoded), msgspec finds each member in C, makes no dict and no key,
and refuses what the shape does not have. The generated ``<family>/_from_mirror.py`` then builds
the model from the mirror with the same inline tests and general hooks as the converters from a
dict (``tools/codegen/render_convert.py``, ``mirror_factory``): a value that passes as decoded
is the same value either way. Counted, ``from_json`` of a job took 176 k instructions; 110 k.

The fast way decides nothing it is unsure of. Whatever msgspec refuses (an unknown member, a
wrong JSON type for a nested shape, text that is not JSON, a duplicate, a number out of its
range) and whatever a hook or the generated code refuses (a wrong type, an unknown enum key, a
null required member) makes it answer None, and ``from_json`` takes the general way, from the
dict, which keeps unknown members and words every violation, as before. So the result is the
general way's on every text (``tests/test_json_fast.py`` holds the two to each other on drawn
and damaged texts); only its cost differs. Shapes that hold themselves (none in this service
model today) and a caller's subclasses of shapes take the general way always.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any, Final

from transcribe_model._base import WireModel
from transcribe_model._converters import Structurer, generated, hook_builder
from transcribe_model._frozen import adopt
from transcribe_model._spec import MapT, ModelT, TupleT, TypeSpec, field_specs, shape_of

#: ``text -> model``, or None where the general way must decide.
Reader = Callable[[str], Any]


class Fallback(Exception):
    """The fast way declines (a null required member): the general way decides."""


def reader(cls: type[WireModel], keep_unknown: bool) -> Reader | None:
    """The fast ``from_json`` of shape ``cls`` under one reading, or None where there is none
    (no msgspec, a shape that holds itself, a subclass of a shape)."""
    key = (cls, keep_unknown)
    if key not in _READERS:
        _READERS[key] = _make_reader(cls, keep_unknown)
    return _READERS[key]


_READERS: dict[tuple[type[WireModel], bool], Reader | None] = {}


def _make_reader(cls: type[WireModel], keep_unknown: bool) -> Reader | None:
    if shape_of(cls) is not cls:
        return None
    try:
        from msgspec.json import Decoder
    except ImportError:  # pragma: no cover - installed wherever CPython runs the tests
        return None
    mirror = _mirror(cls, ())
    if mirror is None:
        return None
    decode = Decoder(mirror).decode
    build = _Builders(keep_unknown).builder(cls)

    def read(text: str) -> Any:
        try:
            return build(decode(text))
        except Exception:  # msgspec's refusal, a hook's, Fallback: the general way decides
            return None

    return read


_MIRRORS: dict[type[WireModel], Any] = {}


def _mirror(cls: type[WireModel], building: tuple[type[WireModel], ...]) -> Any:
    """The ``msgspec.Struct`` mirror of ``cls``, or None where a shape holds itself."""
    if cls in building:
        return None  # a cycle: msgspec would need forward references; the general way serves
    found = _MIRRORS.get(cls)
    if found is not None:
        return found
    import msgspec

    fields: list[tuple[str, Any, Any]] = []
    for spec in field_specs(cls):
        annotation = _annotation(spec.type, (*building, cls))
        if annotation is None:
            return None
        fields.append((spec.name, annotation, msgspec.field(default=None, name=spec.wire)))
    # gc=False: a mirror lives for one call and holds no cycle. Unknown members are refused, so
    # that the general way keeps them.
    made = msgspec.defstruct(f"{cls.__name__}Mirror", fields, forbid_unknown_fields=True, gc=False)
    _MIRRORS[cls] = made
    return made


def _annotation(spec: TypeSpec, building: tuple[type[WireModel], ...]) -> Any:
    """A member's type in the mirror: shapes (and lists and maps of them) as mirrors, anything
    else as decoded. None where a shape holds itself."""
    nested = _nested(spec)
    if nested is None:
        return Any
    mirror = _mirror(nested, building)
    if mirror is None:
        return None
    if isinstance(spec, TupleT):
        return list[mirror] | None  # type: ignore[valid-type]
    if isinstance(spec, MapT):
        return dict[str, mirror] | None  # type: ignore[valid-type]
    return mirror | None


def _nested(spec: TypeSpec) -> type[WireModel] | None:
    """The shape a member decodes into mirrors of (as the generator's ``_mirrored``), if any."""
    if isinstance(spec, ModelT):
        return spec.cls
    if isinstance(spec, (TupleT, MapT)):
        item = spec.item if isinstance(spec, TupleT) else spec.value
        if isinstance(item, ModelT):
            return item.cls
    return None


class _Builders:
    """The generated ``from_mirror`` function of each class, for one reading, made once."""

    def __init__(self, keep_unknown: bool) -> None:
        self.hooks = hook_builder("json", keep_unknown=keep_unknown)
        self.made: dict[type[WireModel], Structurer] = {}

    def builder(self, cls: type[WireModel]) -> Structurer:
        found = self.made.get(cls)
        if found is not None:
            return found
        # No shape here holds itself (``_mirror`` gives those no mirror): this ends.
        items = [
            None if (nested := _nested(spec.type)) is None else self.builder(nested)
            for spec in field_specs(cls)
        ]
        helpers: Mapping[str, Any] = {
            "Fallback": Fallback,
            "fromisoformat": datetime.fromisoformat,
            "timezone": timezone,
            "adopt": adopt,
            "items": items,
        }
        factory = generated(cls, "_from_mirror").FROM_MIRROR[cls]
        made: Structurer = factory(self.hooks.member_hooks(cls), helpers)
        self.made[cls] = made
        return made


__all__: Final = ["Fallback", "Reader", "reader"]
