"""The generated shape classes, made by ``_class_builder.model_class``, against attrs' own.

The oracle is attrs itself: each generated ``_models.py`` is executed a second time with
``model_class`` swapped for ``attrs.frozen``, and every class made the fast way is held to the
class attrs makes from the same source, in what attrs puts in the class and in behaviour.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transcribe_model
from transcribe_model import _class_builder, _generated_support
from transcribe_model._base import WireModel
from transcribe_model._class_builder import FAST_OPTIONS, model_class, model_field
from transcribe_model._errors import Violation
from transcribe_model._frozen import FrozenMapping
from transcribe_model._spec import ALL_SHAPES

_PACKAGE = Path(transcribe_model.__file__).parent
_MODEL_MODULES = sorted(
    f"transcribe_model.{path.parent.name}._models"
    for path in _PACKAGE.glob("*/_models.py")
    if "model_class(" in path.read_text()
)


def _generated(module: ModuleType) -> Iterator[type[WireModel]]:
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, WireModel)
            and value.__module__ == module.__name__
        ):
            yield value


def _made_by_attrs(
    name: str,
    holder: ModuleType = _generated_support,
    decorator: str = "model_class",
    frozen: Callable[..., Any] = attrs.frozen,
) -> ModuleType:
    """The module ``name`` executed again with ``decorator`` (as ``holder`` has it) being
    ``frozen`` (attrs' own) and ``model_field`` being ``attrs.field``."""
    source = (_PACKAGE.parent / (name.replace(".", "/") + ".py")).read_text()
    twin = ModuleType(name + "_by_attrs")
    saved = getattr(holder, decorator), holder.model_field
    setattr(holder, decorator, frozen)
    holder.model_field = attrs.field  # type: ignore[attr-defined]
    try:
        exec(compile(source, name, "exec"), vars(twin))  # our own source
    finally:
        setattr(holder, decorator, saved[0])
        holder.model_field = saved[1]  # type: ignore[attr-defined]
    return twin


def _core_by_attrs(name: str, **extra: bool) -> ModuleType:
    """A core module whose classes ``own_methods_class`` makes, made by ``attrs.frozen`` with
    the same options and ``extra``."""

    def frozen(**options: bool) -> Any:
        return attrs.frozen(**{**options, **extra})

    return _made_by_attrs(name, _class_builder, "own_methods_class", frozen)


_PAIRS: list[tuple[type[WireModel], type[WireModel]]] = []
for _name in _MODEL_MODULES:
    _ours = importlib.import_module(_name)
    _theirs = _made_by_attrs(_name)
    _PAIRS += [(cls, getattr(_theirs, cls.__name__)) for cls in _generated(_ours)]
assert {ours for ours, _ in _PAIRS} == set(ALL_SHAPES)  # every shape class was found
# The core's two classes made the same way: the shapes' base and the violation record.
_CORE_OPTIONS = {"eq": False, "init": False}
_PAIRS += [
    (WireModel, _core_by_attrs("transcribe_model._base", **_CORE_OPTIONS).WireModel),
    (Violation, _core_by_attrs("transcribe_model._errors", **_CORE_OPTIONS).Violation),
]


@pytest.mark.parametrize(
    ("ours", "module"),
    [(WireModel, "transcribe_model._base"), (Violation, "transcribe_model._errors")],
    ids=["WireModel", "Violation"],
)
def test_the_core_classes_own_methods_are_the_ones_attrs_writes(ours: type, module: str) -> None:
    # attrs with the options the type checkers see writes __init__, __eq__ and __hash__ itself;
    # told repr=True, its __repr__ too.
    theirs: type = getattr(_core_by_attrs(module, repr=True), ours.__name__)
    assert theirs.__init__ is not ours.__init__

    def described(cls: type) -> list[tuple[str, object, object]]:
        parameters = inspect.signature(cls.__init__).parameters.values()
        return [(p.name, p.kind, p.default) for p in parameters]

    assert described(ours) == described(theirs)
    fields = [field.name for field in attrs.fields(ours)]
    values = {"path": "Tags[0].Key", "message": "is required", "rule": "r"}
    kwargs = {name: values[name] for name in fields if name in values}
    if ours is WireModel:  # built for real it runs the construction checks: fill it as attrs does
        mine, its = object.__new__(ours), object.__new__(theirs)
        object.__setattr__(mine, "unknown_members", FrozenMapping({"Extra": 1}))
        object.__setattr__(its, "unknown_members", FrozenMapping({"Extra": 1}))
        other = object.__new__(ours)
        object.__setattr__(other, "unknown_members", FrozenMapping({"Extra": 2}))
    else:
        mine, its, other = ours(**kwargs), theirs(**kwargs), ours(**{**kwargs, "rule": None})
    assert attrs.asdict(mine) == attrs.asdict(its)
    assert repr(mine).replace(ours.__qualname__, "X") == repr(its).replace(theirs.__qualname__, "X")
    assert mine == copy.copy(mine)
    assert hash(mine) == hash(copy.copy(mine))
    assert mine != other
    assert (mine == its) is False  # another class, as attrs' own __eq__ says


def _attrs_probes() -> dict[str, type]:
    """attrs' own probe classes, made now (after any patch of attrs), by kind."""
    return {
        "root": _class_builder.attrs_probe(object),
        "derived": _class_builder.attrs_probe(WireModel),
    }


def test_the_probe_proves_the_fast_path_on_this_attrs() -> None:
    shared = _class_builder._materialize()
    assert _class_builder._probe_problem(shared, _attrs_probes()) is None
    assert _class_builder._STATE.usable


def _described(cls: type) -> list[dict[str, object]]:
    """Every slot of every field (``==`` of ``Attribute`` leaves out ``inherited``); converters
    by name, as each run of a module's source makes its own functions."""
    described = []
    for field in attrs.fields(cls):
        slots = {
            name: (type(getattr(field, name)), getattr(field, name))
            for name in attrs.Attribute.__slots__
        }
        if field.converter is not None:
            slots["converter"] = (type(field.converter), field.converter.__qualname__)
        described.append(slots)
    return described


@pytest.mark.parametrize(("ours", "theirs"), _PAIRS, ids=lambda cls: cls.__name__)
def test_each_class_is_the_one_attrs_makes(ours: type, theirs: type) -> None:
    # Made the fast way (attrs' own __attrs_init__ is a function it compiles)...
    assert ours.__attrs_init__ is ours.__init__  # type: ignore[attr-defined]
    assert theirs.__attrs_init__ is not theirs.__init__  # type: ignore[attr-defined]
    # ...and alike in everything attrs puts in the class.
    mine, its = vars(ours), vars(theirs)
    assert list(mine) == list(its)  # the same names, in the same order
    assert _described(ours) == _described(theirs)
    assert type(attrs.fields(ours)).__name__ == type(attrs.fields(theirs)).__name__
    for index, field in enumerate(attrs.fields(ours)):  # the tuple's named properties
        assert getattr(attrs.fields(ours), field.name) is field
        assert getattr(attrs.fields(theirs), field.name).name == field.name
        assert attrs.fields(theirs)[index].name == field.name
    for key in ("__slots__", "__match_args__", "__attrs_props__", "__setattr__", "__delattr__"):
        assert mine.get(key) == its.get(key), key  # an attrs before 25.4 sets no props
    assert ours.__mro__[1:] == theirs.__mro__[1:]
    assert (ours.__qualname__, ours.__doc__) == (theirs.__qualname__, theirs.__doc__)
    assert ours.__basicsize__ == theirs.__basicsize__
    assert attrs.has(ours)
    if hasattr(attrs, "inspect"):  # attrs 25.4 and later: the class's options, as attrs reads them
        assert attrs.inspect(ours) == attrs.inspect(theirs)


@pytest.mark.parametrize(("ours", "theirs"), _PAIRS[::7], ids=lambda cls: cls.__name__)
@settings(max_examples=5, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_instances_behave_as_attrs_makes_them(
    ours: type[WireModel], theirs: type[WireModel], data: st.DataObject
) -> None:
    obj = data.draw(st.from_type(ours))
    values = {field.name: getattr(obj, field.name) for field in attrs.fields(ours)}
    other = object.__new__(theirs)
    theirs.__setstate__(other, values)  # type: ignore[attr-defined]
    assert attrs.asdict(obj, recurse=False) == attrs.asdict(other, recurse=False)
    assert ours.__getstate__(obj) == theirs.__getstate__(other)  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(obj)) == obj
    assert copy.copy(obj) == obj
    assert copy.deepcopy(obj) == obj
    assert attrs.evolve(obj) == obj
    for made in (obj, other):
        name = attrs.fields(type(made))[-1].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(made, name, None)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(made, name)
    if sys.version_info >= (3, 13):
        assert copy.replace(obj) == obj  # type: ignore[attr-defined]


def _body(extra: dict[str, Any] | None = None) -> type:
    namespace: dict[str, Any] = {
        "__annotations__": {"name": "str | None"},
        "name": model_field(default=None),
        "__init__": lambda self, **kw: None,
        "__module__": __name__,
        **(extra or {}),
    }
    return type("Body", (WireModel,), namespace)


def test_options_other_than_the_generated_ones_go_to_attrs() -> None:
    made = model_class(**{**FAST_OPTIONS, "eq": True})(_body())
    assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    made = model_class(**FAST_OPTIONS)(_body())
    assert made.__attrs_init__ is made.__init__  # type: ignore[attr-defined]


def test_a_method_that_names_its_class_goes_to_attrs() -> None:
    class Body(WireModel):
        name: str | None = model_field(default=None)

        def __init__(self, **kw: Any) -> None:
            pass

        def own_class(self) -> type:
            # A __class__ cell: attrs points it at the class it makes; the fast path would not.
            found: type = super().__thisclass__  # type: ignore[attr-defined]
            return found

    made: Callable[..., Any] = model_class(**FAST_OPTIONS)(Body)
    assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    assert made().own_class() is made


def test_a_field_without_annotation_goes_to_attrs() -> None:
    def body(field: Callable[..., Any]) -> type:
        return type("Body", (WireModel,), {"name": field(default=None), "__init__": len})

    made = model_class(**FAST_OPTIONS)(body(model_field))
    assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    assert attrs.fields(made) == attrs.fields(attrs.frozen(**FAST_OPTIONS)(body(attrs.field)))


def test_a_body_declared_with_attrs_field_goes_to_attrs() -> None:
    def body(field: Callable[..., Any]) -> type:
        namespace = {
            "__annotations__": {"name": "str | None", "size": "int"},
            "name": field(default=None, metadata={"wire": "Name"}),
            "size": field(converter=int),
            "__init__": lambda self, **kw: None,
            "__module__": __name__,
        }
        return type("Body", (WireModel,), namespace)

    made = model_class(**FAST_OPTIONS)(body(attrs.field))
    assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    fast = model_class(**FAST_OPTIONS)(body(model_field))
    assert fast.__attrs_init__ is fast.__init__  # type: ignore[attr-defined]
    assert _described(made) == _described(fast)
    # Other options: attrs makes the class of a model_field body, the fields declared to it.
    other = model_class(**{**FAST_OPTIONS, "eq": True})(body(model_field))
    assert _described(other) == _described(made)


def test_the_fields_are_made_on_first_read_and_then_kept() -> None:
    made = model_class(**FAST_OPTIONS)(_body())
    assert type(vars(made)["__attrs_attrs__"]).__name__ == "_LazyFields"
    first = attrs.fields(made)
    assert vars(made)["__attrs_attrs__"] is first  # stored in its place...
    assert list(vars(made)).index("__attrs_attrs__") == list(vars(_body_by_attrs())).index(
        "__attrs_attrs__"
    )  # ...keeping its place in vars()
    assert attrs.fields(made) is first
    assert made().__attrs_attrs__ is first  # read through an instance
    assert [field.name for field in first] == ["unknown_members", "name"]


def test_a_subclass_reads_its_base_s_fields() -> None:
    made = model_class(**FAST_OPTIONS)(_body())

    class Sub(made):  # type: ignore[valid-type, misc]
        pass

    assert Sub.__attrs_attrs__ is attrs.fields(made)
    assert vars(made)["__attrs_attrs__"] is attrs.fields(made)


def test_threads_reading_the_fields_first_all_get_the_one_tuple() -> None:
    made = model_class(**FAST_OPTIONS)(_body())
    start = threading.Barrier(8)
    seen: list[object] = []

    def read() -> None:
        start.wait()
        seen.append(made.__attrs_attrs__)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(fields is seen[0] for fields in seen)
    assert vars(made)["__attrs_attrs__"] is seen[0]


def _body_by_attrs() -> type:
    namespace: dict[str, Any] = {
        "__annotations__": {"name": "str | None"},
        "name": attrs.field(default=None),
        "__init__": lambda self, **kw: None,
        "__module__": __name__,
    }
    made: type = attrs.frozen(**FAST_OPTIONS)(type("Body", (WireModel,), namespace))
    return made


def test_a_probe_that_fails_warns_and_has_attrs_build_every_later_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise TypeError("say, an attrs whose internals moved")

    monkeypatch.setattr(_class_builder, "_fast_class", broken)
    problem = _class_builder._probe_problem(_class_builder._materialize(), _attrs_probes())
    assert problem == "TypeError: say, an attrs whose internals moved"
    monkeypatch.undo()
    # attrs loads as ever, its probe found wanting: it says so, and makes every later class.
    monkeypatch.setattr(_class_builder, "_STATE", _class_builder._State())
    monkeypatch.setattr(_class_builder, "_probe_problem", lambda shared, probes: "a difference")
    with pytest.warns(RuntimeWarning, match="a difference"):
        _class_builder._materialize()
    made = model_class(**FAST_OPTIONS)(_body())
    assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    monkeypatch.undo()
    made = model_class(**FAST_OPTIONS)(_body())
    assert made.__attrs_init__ is made.__init__  # type: ignore[attr-defined]


def test_an_attrs_that_adds_something_unknown_is_found_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = attrs.frozen

    def adding(**options: Any) -> Callable[[type], type]:
        def build(cls: type) -> type:
            made = real(**options)(cls)
            made.__attrs_something_new__ = True  # type: ignore[attr-defined]
            return made

        return build

    monkeypatch.setattr(attrs, "frozen", adding)
    problem = _class_builder._probe_problem(_class_builder._materialize(), _attrs_probes())
    assert problem == "it sets ['__attrs_something_new__'] in a class"


def _made_again(name: str) -> ModuleType:
    """The module ``name`` executed again as it is: fresh classes, their fields not yet read."""
    source = (_PACKAGE.parent / (name.replace(".", "/") + ".py")).read_text()
    again = ModuleType(name)
    exec(compile(source, name, "exec"), vars(again))  # our own generated source
    return again


@pytest.mark.parametrize("name", _MODEL_MODULES)
def test_declared_fields_are_what_attrs_fields_says_without_making_them(name: str) -> None:
    again = _made_again(name)
    theirs = _made_by_attrs(name)
    for cls in _generated(again):
        assert type(vars(cls)["__attrs_attrs__"]).__name__ == "_LazyFields"
        declared = _class_builder.declared_fields(cls)
        assert type(vars(cls)["__attrs_attrs__"]).__name__ == "_LazyFields"  # still not made
        expected = attrs.fields(getattr(theirs, cls.__name__))
        assert [(f.name, f.type, dict(f.metadata), f.default, f.repr) for f in declared] == [
            (
                f.name,
                f.type,
                dict(f.metadata),
                _class_builder.REQUIRED if f.default is attrs.NOTHING else f.default,
                f.repr,
            )
            for f in expected
        ]
        attrs.fields(cls)  # once read, the Attributes themselves; the body says the same
        assert _class_builder.declared_fields(cls) == declared
    # A class attrs made itself: its fields, in the same terms.
    assert _class_builder.declared_fields(getattr(theirs, cls.__name__)) == declared
