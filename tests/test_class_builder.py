"""The generated shape classes, made by ``_class_builder.model_class``, against attrs' own.

The oracle is attrs itself: each generated ``_models.py`` is executed a second time with
``model_class`` swapped for ``attrs.frozen``, and every class made the fast way is held to the
class attrs makes from the same source, in what attrs puts in the class and in behaviour.
"""

from __future__ import annotations

import copy
import importlib
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


def _made_by_attrs(name: str) -> ModuleType:
    """The module ``name`` executed again with ``model_class`` being ``attrs.frozen``."""
    source = (_PACKAGE.parent / (name.replace(".", "/") + ".py")).read_text()
    twin = ModuleType(name + "_by_attrs")
    saved = _generated_support.model_class, _generated_support.model_field
    _generated_support.model_class = attrs.frozen  # type: ignore[assignment]
    _generated_support.model_field = attrs.field
    try:
        exec(compile(source, name, "exec"), vars(twin))  # our own generated source
    finally:
        _generated_support.model_class, _generated_support.model_field = saved
    return twin


_PAIRS: list[tuple[type[WireModel], type[WireModel]]] = []
for _name in _MODEL_MODULES:
    _ours = importlib.import_module(_name)
    _theirs = _made_by_attrs(_name)
    _PAIRS += [(cls, getattr(_theirs, cls.__name__)) for cls in _generated(_ours)]


def test_the_probe_proves_the_fast_path_on_this_attrs() -> None:
    assert _class_builder._verified_shared() is not None
    assert {ours for ours, _ in _PAIRS} == set(ALL_SHAPES)  # every shape class was found


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
        assert mine[key] == its[key], key
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


def test_an_error_while_probing_has_attrs_build_every_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise TypeError("say, an attrs whose internals moved")

    _class_builder._verified_shared.cache_clear()
    monkeypatch.setattr(_class_builder, "_fast_class", broken)
    try:
        assert _class_builder._verified_shared() is None
        made = model_class(**FAST_OPTIONS)(_body())
        assert made.__attrs_init__ is not made.__init__  # type: ignore[attr-defined]
    finally:
        monkeypatch.undo()
        _class_builder._verified_shared.cache_clear()
    assert _class_builder._verified_shared() is not None


def test_an_attrs_that_adds_something_unknown_builds_every_class_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = attrs.frozen

    def adding(**options: Any) -> Callable[[type], type]:
        def build(cls: type) -> type:
            made = real(**options)(cls)
            made.__attrs_something_new__ = True  # type: ignore[attr-defined]
            return made

        return build

    _class_builder._verified_shared.cache_clear()
    monkeypatch.setattr(attrs, "frozen", adding)
    try:
        assert _class_builder._verified_shared() is None
    finally:
        monkeypatch.undo()
        _class_builder._verified_shared.cache_clear()


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
        assert [(f.name, f.type, dict(f.metadata), f.default) for f in declared] == [
            (f.name, f.type, dict(f.metadata), f.default) for f in expected
        ]
        made = attrs.fields(cls)  # once read, the Attributes themselves
        assert _class_builder.declared_fields(cls) is made
