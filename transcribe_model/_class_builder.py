"""How the generated shape classes are made: the class attrs would make, made for less, and
without loading attrs until something asks for what only attrs has.

Why: ``attrs.frozen`` is general. For every class it makes it collects fields, writes and
compiles an ``__attrs_init__`` script (even with ``init=False``), and rebuilds the class with
slots; counted with callgrind that is some 2.7 M instructions a class, and the first use of a job
builds three dozen of them. And importing attrs at all (with the ``inspect``, ``ast``, ``dis``,
``tokenize`` and ``platform`` modules it imports) costs some 100 M instructions: more than the
rest of ``import transcribe_model`` plus the first structure and unstructure of a job together.
The generated classes ask for one narrow thing (frozen, slotted, keyword-only, with their own
``__init__``, ``__eq__``, ``__hash__`` and the base's ``__repr__``), and for that the work is
small: the slotted class, the pickling pair, and the fields, declared with ``model_field`` (a
record, where ``attrs.field`` checks a dozen options). ``model_class`` does that and nothing
else, and does it without attrs.

What only attrs can supply waits, in the class, for its first read: the fields (``__attrs_attrs__``:
an ``Attribute`` per field and a tuple class) and the four members attrs sets alike in every such
class (its frozen ``__setattr__`` and ``__delattr__``, ``__attrs_props__``, and ``__replace__`` on
CPython 3.13+). The first read of any of them, through ``attrs.fields``, ``attrs.has``,
``evolve``, ``asdict``, cattrs, a refused store, ``copy.replace`` or attrs' own check of a frozen
base, loads attrs and puts attrs' own objects in place in every class made so far
(``_materialize``), so from then on each class is exactly the class attrs makes.

That it is exactly attrs' class is proved twice: ``tests/test_class_builder.py`` holds every
generated class to the one attrs makes from the same source, member for member and in behaviour
(pickling, copying, ``evolve``, ``asdict``, frozen stores); and ``_materialize`` builds a probe
class both ways, with attrs and by itself, and compares them. A difference there (an attrs
newer than this module that sets something new) cannot remake the classes already made: it
warns (``RuntimeWarning``) and has attrs make every class after it. A body this module does not
know (other options, a field without annotation, a method with a ``__class__`` cell, a base it
did not make) goes to attrs itself: slower, never different.

Type checkers see ``attrs.frozen`` and ``attrs.field`` themselves (``_generated_support``
imports them under these names when type checking), so downstream typing is attrs' own.
"""

from __future__ import annotations

import _thread
import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, NamedTuple, TypeVar

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
#: Set by attrs the same for every class with these options; until attrs is loaded each class
#: holds a ``_FromAttrs`` in their place (``__replace__`` only on CPython 3.13 and later, where
#: attrs sets it).
_SHARED: Final = frozenset({"__setattr__", "__delattr__", "__attrs_props__", "__replace__"})
_SHARED_HERE: Final = tuple(
    key
    for key in ("__attrs_props__", "__setattr__", "__delattr__", "__replace__")
    if key != "__replace__" or sys.version_info >= (3, 13)
)
#: attrs' ``_is_class_var``: an annotation naming ``ClassVar`` declares no field.
_CLASSVAR_PREFIXES: Final = (
    "typing.ClassVar",
    "t.ClassVar",
    "ClassVar",
    "typing_extensions.ClassVar",
)


class _Required:
    """The default of a field that has none: ``attrs.NOTHING`` to a class not yet read by attrs."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "REQUIRED"


#: A ``DeclaredField``'s default when the field is required (``attrs.NOTHING`` in attrs' terms).
REQUIRED: Final[Any] = _Required()


class Declared:
    """A field as the class body declares it: what ``attrs.field`` would record, for less.

    ``attrs.field`` checks a dozen options and makes a ``_CountingAttr`` (some 6 us a field);
    the generated bodies use four options, kept here as given. ``model_class`` makes each
    field's ``Attribute`` from them on first read of ``__attrs_attrs__``, and hands them to
    ``attrs.field`` when attrs' own builder makes the class.
    """

    __slots__ = ("converter", "default", "metadata", "repr")

    def __init__(
        self, default: Any, metadata: Mapping[str, Any], converter: Any, repr: bool
    ) -> None:
        self.default = default
        self.metadata = metadata
        self.converter = converter
        self.repr = repr

    def attrs_default(self) -> Any:
        """The default as attrs spells it."""
        if self.default is REQUIRED:
            from attrs import NOTHING

            return NOTHING
        return self.default

    def as_attrs_field(self) -> Any:
        """The same field declared through attrs itself."""
        import attrs

        return attrs.field(
            default=self.attrs_default(),
            metadata=self.metadata,
            converter=self.converter,
            repr=self.repr,
        )


def model_field(
    *,
    default: Any = REQUIRED,
    metadata: Mapping[str, Any] | None = None,
    converter: Any = None,
    repr: bool = True,
) -> Any:
    """``attrs.field(default=..., metadata=..., converter=..., repr=...)`` for a class
    ``model_class`` makes (type checkers see ``attrs.field`` itself: ``_generated_support``)."""
    return Declared(default, metadata or {}, converter, repr)


def own_methods_class(**options: bool) -> Callable[[C], C]:
    """``attrs.frozen(**options)`` for a class of the core that writes its own ``__init__``,
    ``__eq__`` and ``__hash__`` as attrs would write them for those options: made as
    ``model_class(**options, eq=False, init=False)``, so without attrs (type checkers see
    ``attrs.frozen(**options)`` itself). ``tests/test_class_builder.py`` holds each such class
    to attrs' own."""
    return model_class(**{**options, "eq": False, "init": False})


def model_class(**options: bool) -> Callable[[C], C]:
    """``attrs.frozen(**options)``, made faster (and without attrs) for the generated classes'
    own options."""
    if options == FAST_OPTIONS:
        return _build  # type: ignore[return-value]
    return _attrs_frozen(options)


def _attrs_frozen(options: Mapping[str, bool]) -> Callable[[C], C]:
    """attrs' own builder with ``options`` (typed loosely: attrs' overloads take literals), the
    fields a body declared with ``model_field`` first declared through ``attrs.field``."""
    import attrs

    frozen: Any = attrs.frozen
    made: Callable[[C], C] = frozen(**options)

    def build(cls: C) -> C:
        for name, value in list(vars(cls).items()):
            if value.__class__ is Declared:
                type.__setattr__(cls, name, value.as_attrs_field())  # in order: attrs counts
        return made(cls)

    return build


def _build(cls: type) -> type:
    """The slotted class attrs would make of the class body ``cls``; attrs' own if unusual."""
    made: type | None = None
    if _STATE.usable:
        try:
            made = _fast_class(cls, _STATE.shared[_kind(cls.__bases__)])
        except Exception:  # never fail an import over speed: attrs makes the class, as ever
            made = None
    if made is None:
        return _attrs_frozen(FAST_OPTIONS)(cls)
    return made


def _is_class_var(annotation: object) -> bool:
    """Whether ``annotation`` is a ``ClassVar``, read as attrs reads it (as a string)."""
    text = str(annotation)
    if text.startswith(("'", '"')) and text.endswith(("'", '"')):
        text = text[1:-1]
    return text.startswith(_CLASSVAR_PREFIXES)


def _fast_class(cls: type, shared: Mapping[str, Any]) -> type | None:
    """The class, or None where it is not the plain case this module knows.

    The plain case: every annotated name but a ``ClassVar`` holds a ``model_field(...)``, none
    starts with an underscore, no ``model_field`` lacks an annotation, one base which is
    ``object`` or a class made here from ``object``, no function that refers to the class by
    ``__class__`` or ``super()``.
    """
    body: Mapping[str, Any] = cls.__dict__
    annotations: dict[str, Any] = {
        name: annotation
        for name, annotation in body.get("__annotations__", {}).items()
        if not _is_class_var(annotation)
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
    if base is not object:
        record = _RECORDS.get(base)
        if record is None or record.base is not object:
            return None  # not made here, or with inherited fields itself: attrs knows the rules
        if declared.keys() & record.annotations.keys():
            return None  # a field redefined: attrs knows the rules
    if any(
        getattr(value, "__closure__", None) for value in body.values()
    ):  # a __class__ cell would point at the body class: attrs rewrites those, we do not
        return None

    # In the order attrs fills the namespace, so that vars() lists the same way.
    inherited = () if base is object else tuple(_RECORDS[base].annotations)
    names = (*inherited, *annotations)
    namespace = {key: value for key, value in body.items() if key not in declared}
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    fields = _LazyFields(cls.__name__, base, annotations, declared)
    namespace["__attrs_attrs__"] = fields
    for key in ("__attrs_props__", "__setattr__", "__delattr__"):
        if key in shared:  # an attrs before 25.4 sets no __attrs_props__
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
    made: type = type(cls)(cls.__name__, cls.__bases__, namespace)
    _RECORDS[made] = fields
    return made


#: Held while attrs' parts are put in place or a class's fields made, so that two threads
#: reading them first store one value. ``_thread``'s lock: ``threading`` costs an import.
_LOCK: Final = _thread.RLock()


def _kind(bases: tuple[type, ...]) -> str:
    """Which of attrs' shared sets a class gets: ``"root"`` on ``object``, else ``"derived"``
    (attrs' ``__attrs_props__`` differs between the two: a subclass of a frozen class gets the
    frozen ``on_setattr`` hook)."""
    return "root" if bases == (object,) else "derived"


class _State:
    """Whether attrs is loaded yet, and what the classes made from now on hold for its shared
    members, by ``_kind``: ``_FromAttrs`` stand-ins before, attrs' own objects after."""

    __slots__ = ("loaded", "shared", "usable")

    def __init__(self) -> None:
        self.loaded = False
        self.usable = True  # False once the probe found attrs' class differs from ours
        self.shared: dict[str, Mapping[str, Any]] = {
            kind: {key: _FromAttrs(key, kind) for key in _SHARED_HERE}
            for kind in ("root", "derived")
        }


class _FromAttrs:
    """One of the members attrs sets alike in every class of a ``_kind`` (``__setattr__``,
    ``__delattr__``, ``__attrs_props__``, ``__replace__``), standing in until attrs is loaded.

    Read in any way (a store that ``__setattr__`` refuses, attrs asking whether a base is
    frozen, ``copy.replace``), it loads attrs, which puts attrs' own object in its place in
    every class, and answers with it.
    """

    __slots__ = ("key", "kind")

    def __init__(self, key: str, kind: str) -> None:
        self.key = key
        self.kind = kind

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        value: object = _materialize()[self.kind].get(self.key)
        if value is None:
            raise AttributeError(self.key)  # e.g. an attrs that sets no __replace__
        bind = getattr(value.__class__, "__get__", None)
        if instance is None or bind is None:
            return value
        return bind(value, instance, owner)


_STATE: Final = _State()
#: Every class ``_fast_class`` made, with its field record.
_RECORDS: dict[type, _LazyFields] = {}


def _materialize() -> Mapping[str, Mapping[str, Any]]:
    """Load attrs and put its shared members in place in every class made here; once.

    Returns what attrs sets alike in every class of ``FAST_OPTIONS``, by ``_kind``. Then checks
    attrs' probe classes against ours: a difference warns and has attrs make every later class.
    """
    with _LOCK:
        if _STATE.loaded:
            return _STATE.shared
        # First on object: attrs making it reads none of our classes, whose stand-ins would
        # come back here. Then, with those in place, on a class of ours.
        theirs = {"root": attrs_probe(object)}
        _STATE.shared = {"root": _shared_of(theirs["root"])}
        _install("root")
        _STATE.loaded = True
        theirs["derived"] = attrs_probe(_wire_model())
        _STATE.shared["derived"] = _shared_of(theirs["derived"])
        _install("derived")
        problem = _probe_problem(_STATE.shared, theirs)
        if problem is not None:
            _STATE.usable = False
            import warnings

            warnings.warn(
                f"transcribe_model: this attrs makes classes unlike ours ({problem}); classes "
                "made before attrs was loaded may differ from attrs' own",
                RuntimeWarning,
                stacklevel=2,
            )
        return _STATE.shared


def _wire_model() -> type:
    """The base of every generated class (imported late: it is made by this module)."""
    from transcribe_model._base import WireModel

    return WireModel


def attrs_probe(base: type) -> type:
    """attrs' own class of a body as the generated code writes one, on ``base``."""
    return _attrs_frozen(FAST_OPTIONS)(_probe_body(base))


def _shared_of(theirs: type) -> Mapping[str, Any]:
    """What attrs set in its probe class ``theirs`` that it sets alike in every such class."""
    return {key: value for key, value in vars(theirs).items() if key in _SHARED}


def _install(kind: str) -> None:
    """attrs' own shared members of ``kind`` in place of the stand-ins, in every class made."""
    shared = _STATE.shared[kind]
    for made in list(_RECORDS):
        if _kind(made.__bases__) != kind:
            continue
        for key in _SHARED_HERE:
            if isinstance(vars(made).get(key), _FromAttrs):
                if key in shared:
                    type.__setattr__(made, key, shared[key])
                else:
                    type.__delattr__(made, key)


def _probe_body(base: type) -> type:
    """A class body as the generated code writes one, on ``base``."""
    namespace: dict[str, Any] = {
        "__annotations__": {"name": "str | None", "count": "int"},
        "name": model_field(default=None, metadata={"wire": "Name"}),
        "count": model_field(metadata={"wire": "Count"}, converter=int),
        "__init__": _never_called,
        "__module__": __name__,
        "__qualname__": "Probe",
    }
    return type("Probe", (base,), namespace)


def _never_called(self: object, **kwargs: Any) -> None:  # pragma: no cover - never called
    raise NotImplementedError


def _probe_problem(
    shared: Mapping[str, Mapping[str, Any]], probes: Mapping[str, type]
) -> str | None:
    """What differs between attrs' probe classes ``probes`` (by ``_kind``: on ``object`` and
    on ``WireModel``) and ours, or None."""
    try:
        for kind, theirs in probes.items():
            base = theirs.__bases__[0]
            keys = set(shared[kind])
            # Older attrs set fewer: __attrs_props__ came with attrs 25.4.
            if not keys <= set(_SHARED_HERE) or not keys >= {"__setattr__", "__delattr__"}:
                return f"it shares {sorted(keys)}"
            added = set(vars(theirs)) - set(vars(_probe_body(base))) - {"name", "count"}
            if not added <= _PER_CLASS | _SHARED or not added >= _PER_CLASS:
                return f"it sets {sorted(added - _PER_CLASS - _SHARED)} in a class"
            ours = _fast_class(_probe_body(base), shared[kind])
            if ours is None:
                return "a probe class is not plain"
            _RECORDS.pop(ours)
            if not _same_class(ours, theirs):
                return f"the probe class on {base.__name__} differs"
    except Exception as exc:  # an attrs whose internals moved: say so
        return f"{type(exc).__name__}: {exc}"
    return None


class _LazyFields:
    """A class's ``__attrs_attrs__`` until first read: then made, and stored in its place.

    Why: the ``Attribute`` of each field (attrs' own ``__init__``, some 4 us) and the tuple
    class that names them (a class made per class) cost about a third of making a class, need
    attrs loaded, and most classes a process imports are never asked for their fields (the
    first use of a job reads none: the core's type specs use ``declared_fields``). Every reader
    (``attrs.fields``, ``attrs.has``, ``evolve``, ``asdict``, ``vars()`` after a read) gets the
    tuple attrs would have stored.
    """

    __slots__ = ("annotations", "base", "declared", "name", "owner")

    def __init__(
        self,
        name: str,
        base: type,
        annotations: Mapping[str, Any],
        declared: Mapping[str, Declared],
    ) -> None:
        self.name = name
        self.base = base
        self.annotations = annotations
        self.declared = declared
        self.owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner  # the class made, not a subclass that reads through it

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        cls = self.owner
        assert cls is not None  # set when the class was made
        _materialize()
        with _LOCK:
            current = vars(cls)["__attrs_attrs__"]
            if current is self:
                current = self.make()
                type.__setattr__(cls, "__attrs_attrs__", current)  # keeps its place in vars()
        return current

    def make(self) -> Any:
        """The tuple attrs makes: its tuple class, the inherited fields, then each own field
        as ``Attribute.from_counting_attr`` would make it from ``attrs.field``."""
        internals: Any = importlib.import_module("attr._make")  # what attrs' builder uses

        inherited: tuple[Any, ...] = ()
        if self.base is not object:
            inherited = _inherited(self.base)
        own = [
            _attribute(name, self.declared[name], annotation)
            for name, annotation in self.annotations.items()
        ]
        fields = [*inherited, *own]
        names = [field.name for field in fields]
        return internals._make_attr_tuple_class(self.name, names)(fields)


class DeclaredField(NamedTuple):
    """What a class body declares of a field: the parts of its ``Attribute`` the core reads
    (``default`` is ``REQUIRED`` for a field that has none)."""

    name: str
    type: Any
    metadata: Mapping[str, Any]
    default: Any
    repr: bool


def declared_fields(cls: type) -> Sequence[DeclaredField]:
    """The fields of attrs class ``cls`` in the order ``attrs.fields`` lists them: for a class
    made here, straight from its body, neither loading attrs nor making the ``Attribute``
    objects (a third of a class's making); for any other, from ``attrs.fields``."""
    record = _RECORDS.get(cls)
    if record is None:
        from attrs import NOTHING, fields

        return [
            DeclaredField(
                field.name,
                field.type,
                field.metadata,
                REQUIRED if field.default is NOTHING else field.default,
                field.repr is not False,
            )
            for field in fields(cls)
        ]
    inherited: Sequence[DeclaredField] = ()
    if record.base is not object:
        inherited = declared_fields(record.base)
    declared = record.declared
    return [
        *inherited,
        *(
            DeclaredField(
                name,
                annotation,
                declared[name].metadata,
                declared[name].default,
                declared[name].repr,
            )
            for name, annotation in record.annotations.items()
        ),
    ]


def _attribute(name: str, declared: Declared, annotation: Any) -> Any:
    """The ``Attribute`` attrs makes of ``name: annotation = attrs.field(...)`` in a class
    ``model_class`` serves (keyword-only, no validator, alias the name)."""
    import attrs

    make: Any = attrs.Attribute  # its stub types no constructor: attrs makes them itself
    known: tuple[str, ...] = getattr(make, "__slots__")  # noqa: B009 - not in its stub
    given = {
        "default": declared.attrs_default(),
        "validator": None,
        "repr": declared.repr,
        "hash": None,
        "init": True,
        "inherited": False,
        "metadata": declared.metadata,
        "type": annotation,
        "converter": declared.converter,
        "kw_only": True,
        "eq": True,
        "eq_key": None,
        "order": True,
        "order_key": None,
        "on_setattr": None,
        "alias": name,
        "alias_is_default": True,  # attrs 25.4 and later
    }
    # Only what this attrs has (older ones lack some); ``cmp`` is a parameter, not a slot.
    return make(name=name, cmp=None, **{key: given[key] for key in given if key in known})


_INHERITED: dict[type, tuple[Any, ...]] = {}


def _inherited(base: type) -> tuple[Any, ...]:
    """The fields ``base`` hands down, marked inherited: made once per base and shared, where
    attrs copies them anew for each subclass (they are frozen and equal: nothing can tell)."""
    found = _INHERITED.get(base)
    if found is None:
        fields: tuple[Any, ...] = getattr(base, "__attrs_attrs__")  # noqa: B009 - made lazily
        found = _INHERITED[base] = tuple(field.evolve(inherited=True) for field in fields)
    return found


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


def _same_class(ours: type, theirs: type) -> bool:
    """Whether two classes are alike in everything attrs sets: the same names in the same
    order, fields equal in every slot (``==`` of ``Attribute`` leaves out ``inherited``), the
    same slots, layout and bases, the shared members equal (the functions the very same; attrs
    makes an equal ``__attrs_props__`` for each class)."""
    import attrs

    mine: Mapping[str, Any] = vars(ours)
    its: Mapping[str, Any] = vars(theirs)
    attrs.fields(ours)  # made on first read: compare what every reader then sees
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
        and all(mine[key] == its[key] for key in _SHARED & mine.keys())
        and ours.__mro__[1:] == theirs.__mro__[1:]
        and ours.__basicsize__ == theirs.__basicsize__
    )
