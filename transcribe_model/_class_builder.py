"""How the generated shape classes are made: the class attrs would make, made for less.

Why: ``attrs.frozen`` is general. For every class it makes it collects fields, writes and
compiles an ``__attrs_init__`` script (even with ``init=False``), and rebuilds the class with
slots; counted with callgrind that is some 2.7 M instructions a class, and the first use of a job
builds three dozen of them: about 40 % of ``import`` plus first use. The generated classes ask for
one narrow thing (frozen, slotted, keyword-only, with their own ``__init__``, ``__eq__``,
``__hash__`` and the base's ``__repr__``), and for that the work is small: the slotted class,
the pickling pair, and the fields: declared with ``model_field`` (a record, where ``attrs.field``
checks a dozen options), their ``Attribute`` objects and tuple class (``__attrs_attrs__``) made
on the first read, which most classes a process imports never see. ``model_class`` does that
and nothing else.

It must make exactly the class attrs makes, so it proves itself before it is trusted: on first
use it builds a probe class both ways, with attrs and by itself, and compares what attrs put in
the class (the names in its ``__dict__``, the fields, the slots, the class properties). Any
difference, any error, an attrs that adds something this module does not know, or options other
than the generated code's, and every class is made by ``attrs.frozen`` itself: slower, never
different. ``tests/test_class_builder.py`` holds every generated class to the one attrs makes
from the same source, member for member and in behaviour (pickling, copying, ``evolve``,
``asdict``, frozen stores).

Type checkers see ``attrs.frozen`` and ``attrs.field`` themselves (``_generated_support``
imports them under these names when type checking), so downstream typing is attrs' own.
"""

from __future__ import annotations

import functools
import importlib
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, NamedTuple, TypeVar

import attrs

C = TypeVar("C", bound=type)

#: The only options the fast path serves: those of every generated shape class.
FAST_OPTIONS: Final[Mapping[str, bool]] = {
    "kw_only": True,
    "weakref_slot": False,
    "repr": False,
    "eq": False,
    "init": False,
}
#: What attrs puts in such a class besides the fields' slots and the class body.
_PER_CLASS: Final = frozenset(
    {
        "__attrs_attrs__",
        "__attrs_init__",
        "__getstate__",
        "__setstate__",
        "__match_args__",
        "__slots__",
    }
)
#: Set by attrs the same for every class with these options: taken from the probe class.
_SHARED: Final = frozenset({"__setattr__", "__delattr__", "__attrs_props__", "__replace__"})


class Declared:
    """A field as the class body declares it: what ``attrs.field`` would record, for less.

    ``attrs.field`` checks a dozen options and makes a ``_CountingAttr`` (some 6 us a field);
    the generated bodies use three options, kept here as given. ``model_class`` makes each
    field's ``Attribute`` from them on first read of ``__attrs_attrs__``, and hands them to
    ``attrs.field`` when attrs' own builder makes the class.
    """

    __slots__ = ("converter", "default", "metadata")

    def __init__(self, default: Any, metadata: Mapping[str, Any], converter: Any) -> None:
        self.default = default
        self.metadata = metadata
        self.converter = converter

    def as_attrs_field(self) -> Any:
        """The same field declared through attrs itself."""
        return attrs.field(default=self.default, metadata=self.metadata, converter=self.converter)


def model_field(
    *,
    default: Any = attrs.NOTHING,
    metadata: Mapping[str, Any] | None = None,
    converter: Any = None,
) -> Any:
    """``attrs.field(default=..., metadata=..., converter=...)`` for a class ``model_class``
    makes (type checkers see ``attrs.field`` itself: ``_generated_support``)."""
    return Declared(default, metadata or {}, converter)


def model_class(**options: bool) -> Callable[[C], C]:
    """``attrs.frozen(**options)``, made faster for the generated classes' own options."""
    if options == FAST_OPTIONS:
        shared = _verified_shared()
        if shared is not None:
            fast: Callable[[C], C] = functools.partial(_build, shared=shared)  # type: ignore[assignment]
            return fast
    return _attrs_frozen(options)


def _attrs_frozen(options: Mapping[str, bool]) -> Callable[[C], C]:
    """attrs' own builder with ``options`` (typed loosely: attrs' overloads take literals), the
    fields a body declared with ``model_field`` first declared through ``attrs.field``."""
    frozen: Any = attrs.frozen
    made: Callable[[C], C] = frozen(**options)

    def build(cls: C) -> C:
        for name, value in list(vars(cls).items()):
            if value.__class__ is Declared:
                type.__setattr__(cls, name, value.as_attrs_field())  # in order: attrs counts
        return made(cls)

    return build


def _build(cls: type, shared: Mapping[str, Any]) -> type:
    """The slotted class attrs would make of the class body ``cls``; attrs' own if unusual."""
    try:
        made = _fast_class(cls, shared)
    except Exception:  # never fail an import over speed: attrs makes the class, as ever
        made = None
    if made is None:
        return _attrs_frozen(FAST_OPTIONS)(cls)
    return made


def _fast_class(cls: type, shared: Mapping[str, Any]) -> type | None:
    """The class, or None where it is not the plain case this module knows.

    The plain case: every annotated name but a ``ClassVar`` holds a ``model_field(...)``, none
    starts with an underscore, no ``model_field`` lacks an annotation, one base which is an
    attrs class, no function that refers to the class by ``__class__`` or ``super()``.
    """
    internals: Any = importlib.import_module("attr._make")  # what attrs' builder uses itself
    body: Mapping[str, Any] = cls.__dict__
    annotations: dict[str, Any] = {
        name: annotation
        for name, annotation in body.get("__annotations__", {}).items()
        if not internals._is_class_var(annotation)
    }
    declared = {name: value for name, value in body.items() if value.__class__ is Declared}
    if (
        declared.keys() != annotations.keys()
        or any(name.startswith("_") for name in declared)
        or len(cls.__bases__) != 1
        or "__init__" not in body
    ):
        return None
    base = cls.__bases__[0]
    if getattr(base, "__attrs_init_subclass__", None) is not None:
        return None
    inherited = _inherited(base)
    if inherited is None:
        return None  # not an attrs base, or one with inherited fields: attrs knows the rules
    if declared.keys() & {field.name for field in inherited}:
        return None  # a field redefined: attrs knows the rules
    if any(
        getattr(value, "__closure__", None) for value in body.values()
    ):  # a __class__ cell would point at the body class: attrs rewrites those, we do not
        return None

    # In the order attrs fills the namespace, so that vars() lists the same way.
    names = (*(field.name for field in inherited), *annotations)
    namespace = {key: value for key, value in body.items() if key not in declared}
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__attrs_attrs__"] = _LazyFields(cls.__name__, inherited, annotations, declared)
    for key in ("__attrs_props__", "__setattr__", "__delattr__"):
        namespace[key] = shared[key]
    namespace["__getstate__"], namespace["__setstate__"] = _pickling(names)
    if "__replace__" in shared:  # CPython 3.13 and later: copy.replace
        namespace["__replace__"] = shared["__replace__"]
    namespace["__match_args__"] = ()  # every field is keyword-only
    # attrs' __attrs_init__ is the __init__ it would have written; the generated __init__ is
    # that (tests/test_models.py holds its signature to the fields).
    namespace["__attrs_init__"] = body["__init__"]
    namespace["__slots__"] = tuple(annotations)
    namespace["__qualname__"] = cls.__qualname__
    clear = getattr(sys, "_clear_type_descriptors", None)
    if clear is not None:  # CPython 3.14: the body class gives up its slot descriptors
        clear(cls)
    return type(cls)(cls.__name__, cls.__bases__, namespace)


#: Held while a class's fields are made, so that two threads reading them first store one tuple.
_FIELDS_LOCK: Final = threading.RLock()


class _LazyFields:
    """A class's ``__attrs_attrs__`` until first read: then made, and stored in its place.

    Why: the ``Attribute`` of each field (attrs' own ``__init__``, some 4 us) and the tuple
    class that names them (a class made per class) cost about a third of making a class, and
    most classes a process imports are never asked for their fields (the first use of a job
    reads none of the 36 it imports: the core's type specs use ``declared_fields``). Every
    reader (``attrs.fields``, ``attrs.has``, ``evolve``, ``asdict``, ``vars()`` after a read)
    gets the tuple attrs would have stored.
    """

    __slots__ = ("annotations", "declared", "inherited", "name", "owner")

    def __init__(
        self,
        name: str,
        inherited: tuple[Any, ...],
        annotations: Mapping[str, Any],
        declared: Mapping[str, Declared],
    ) -> None:
        self.name = name
        self.inherited = inherited
        self.annotations = annotations
        self.declared = declared
        self.owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner  # the class made, not a subclass that reads through it

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        cls = self.owner
        assert cls is not None  # set when the class was made
        with _FIELDS_LOCK:
            current = vars(cls)["__attrs_attrs__"]
            if current is self:
                current = self.make()
                type.__setattr__(cls, "__attrs_attrs__", current)  # keeps its place in vars()
        return current

    def make(self) -> Any:
        """The tuple attrs makes: its tuple class, the inherited fields, then each own field
        as ``Attribute.from_counting_attr`` would make it from ``attrs.field``."""
        internals: Any = importlib.import_module("attr._make")
        own = [
            _attribute(name, self.declared[name], annotation)
            for name, annotation in self.annotations.items()
        ]
        fields = [*self.inherited, *own]
        names = [field.name for field in fields]
        return internals._make_attr_tuple_class(self.name, names)(fields)


class DeclaredField(NamedTuple):
    """What a class body declares of a field: the parts of its ``Attribute`` the core reads."""

    name: str
    type: Any
    metadata: Mapping[str, Any]
    default: Any


def declared_fields(cls: type) -> Sequence[Any]:
    """The fields of attrs class ``cls`` as ``attrs.fields`` lists them, or, for a class whose
    fields were not yet read, the same names, annotations, metadata and defaults straight from
    its body: the core's type specs need no more, and need not have the ``Attribute`` objects
    made (a third of a class's making) for every class it converts."""
    found: object = vars(cls).get("__attrs_attrs__")
    if not isinstance(found, _LazyFields) or found.owner is not cls:
        fields: Sequence[Any] = attrs.fields(cls)
        return fields
    declared = found.declared
    own = [
        DeclaredField(name, annotation, declared[name].metadata, declared[name].default)
        for name, annotation in found.annotations.items()
    ]
    return [*found.inherited, *own]


def _attribute(name: str, declared: Declared, annotation: Any) -> Any:
    """The ``Attribute`` attrs makes of ``name: annotation = attrs.field(...)`` in a class
    ``model_class`` serves (keyword-only, no validator, alias the name)."""
    make: Any = attrs.Attribute  # its stub types no constructor: attrs makes them itself
    return make(
        name=name,
        default=declared.default,
        validator=None,
        repr=True,
        cmp=None,
        hash=None,
        init=True,
        inherited=False,
        metadata=declared.metadata,
        type=annotation,
        converter=declared.converter,
        kw_only=True,
        eq=True,
        eq_key=None,
        order=True,
        order_key=None,
        on_setattr=None,
        alias=name,
        alias_is_default=True,
    )


@functools.cache
def _inherited(base: type) -> tuple[Any, ...] | None:
    """The fields ``base`` hands down, marked inherited: made once per base and shared, where
    attrs copies them anew for each subclass (they are frozen and equal: nothing can tell).
    None where ``base`` is no attrs class or has inherited fields itself (MRO rules apply)."""
    fields: tuple[Any, ...] | None = getattr(base, "__attrs_attrs__", None)
    if fields is None or any(field.inherited for field in fields):
        return None
    return tuple(field.evolve(inherited=True) for field in fields)


def _pickling(names: tuple[str, ...]) -> tuple[Callable[..., Any], Callable[..., None]]:
    """``__getstate__`` and ``__setstate__`` as attrs writes them for a slotted class."""
    setattr_ = object.__setattr__

    def slots_getstate(self: object) -> dict[str, Any]:
        """Automatically created by attrs."""
        return {name: getattr(self, name) for name in names}

    def slots_setstate(self: object, state: Any) -> None:
        """Automatically created by attrs."""
        if isinstance(state, tuple):  # pickled by attrs before 22.2, which stored tuples
            values: tuple[Any, ...] = state  # pyright: ignore[reportUnknownVariableType]
            for name, value in zip(names, values, strict=False):
                setattr_(self, name, value)
        else:
            for name in names:
                if name in state:
                    setattr_(self, name, state[name])

    return slots_getstate, slots_setstate


@functools.cache
def _verified_shared() -> Mapping[str, Any] | None:
    """What attrs sets alike in every such class, if the fast path makes attrs' own probe class.

    None (use attrs itself) when building or comparing the probe fails in any way.
    """
    try:
        return _probe()
    except Exception:  # an attrs this module does not know: attrs builds every class itself
        return None


def _probe() -> Mapping[str, Any] | None:
    from transcribe_model._base import WireModel

    def body() -> type:
        class Probe(WireModel):
            name: str | None = model_field(default=None, metadata={"wire": "Name"})
            count: int = model_field(metadata={"wire": "Count"}, converter=int)

            def __init__(self, **kwargs: Any) -> None:  # pragma: no cover - never called
                raise NotImplementedError

        return Probe

    theirs = _attrs_frozen(FAST_OPTIONS)(body())
    original = set(vars(body()))
    added = set(vars(theirs)) - original - {"name", "count"}
    if not added <= _PER_CLASS | _SHARED or not added >= _PER_CLASS:
        return None
    shared = {key: vars(theirs)[key] for key in added & _SHARED}
    ours = _fast_class(body(), shared)
    if ours is None:
        return None
    attrs.fields(ours)  # made on first read: compare what every reader then sees
    if not _same_class(ours, theirs):
        return None
    return shared


def _same_class(ours: type, theirs: type) -> bool:
    """Whether two classes are alike in everything attrs sets: the same names in the same
    order, fields equal in every slot (``==`` of ``Attribute`` leaves out ``inherited``), the
    same slots, layout and bases, the shared functions the very same."""
    mine: Mapping[str, Any] = vars(ours)
    its: Mapping[str, Any] = vars(theirs)
    slots: tuple[str, ...] = getattr(attrs.Attribute, "__slots__")  # noqa: B009 - not in its stub

    def described(fields: tuple[Any, ...]) -> list[list[Any]]:
        return [
            [(type(getattr(field, slot)), getattr(field, slot)) for slot in slots]
            for field in fields
        ]

    return (
        list(mine) == list(its)
        and described(mine["__attrs_attrs__"]) == described(its["__attrs_attrs__"])
        and type(mine["__attrs_attrs__"]).__name__ == type(its["__attrs_attrs__"]).__name__
        and mine["__slots__"] == its["__slots__"]
        and mine["__match_args__"] == its["__match_args__"]
        and all(mine[key] is its[key] for key in _SHARED & mine.keys())
        and ours.__mro__[1:] == theirs.__mro__[1:]
        and ours.__basicsize__ == theirs.__basicsize__
    )
