"""The generated enums, made by ``_enum_builder.GeneratedEnum``, against ``enum.EnumType``'s own.

The oracle is the standard library: each generated ``_models.py`` is executed a second time with
``GeneratedEnum`` swapped for ``enum.EnumType``, and every enum made the fast way is held to the
enum ``EnumType`` makes from the same source, in what it puts in the class and in behaviour.
"""

from __future__ import annotations

import copy
import enum
import importlib
import pickle
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import transcribe_model
from transcribe_model import _enum_builder, _generated_support
from transcribe_model._enum_builder import GeneratedEnum
from transcribe_model._wire_enum import WireEnum

_PACKAGE = Path(transcribe_model.__file__).parent
_MODEL_MODULES = sorted(
    f"transcribe_model.{path.parent.name}._models"
    for path in _PACKAGE.glob("*/_models.py")
    if "metaclass=GeneratedEnum" in path.read_text()
)


def _enums(module: ModuleType) -> Iterator[Any]:
    for value in vars(module).values():
        if isinstance(value, enum.EnumType) and value.__module__ == module.__name__:
            yield value


def _made_by_enum_type(name: str) -> ModuleType:
    """The module ``name`` executed again with ``GeneratedEnum`` being ``enum.EnumType``."""
    source = (_PACKAGE.parent / (name.replace(".", "/") + ".py")).read_text()
    twin = ModuleType(name)  # the same __module__ in the classes, as the oracle must match
    saved = _generated_support.GeneratedEnum
    _generated_support.GeneratedEnum = enum.EnumType  # type: ignore[misc]
    try:
        exec(compile(source, name, "exec"), vars(twin))  # our own generated source
    finally:
        _generated_support.GeneratedEnum = saved  # type: ignore[misc]
    return twin


_PAIRS: list[tuple[Any, Any]] = []
for _name in _MODEL_MODULES:
    _ours = importlib.import_module(_name)
    _theirs = _made_by_enum_type(_name)
    _PAIRS += [(cls, getattr(_theirs, cls.__name__)) for cls in _enums(_ours)]


def _described(value: Any, owner: Any) -> Any:
    """A value of an enum's namespace, with members and the class itself by name, so that two
    separately made enums compare; functions and other objects by identity (shared ones)."""
    if type(value) is owner:
        return ("member", value._name_, str(value), _described(dict(vars(value)), owner))
    if value is owner:
        return ("the class",)
    if isinstance(value, dict):
        return {key: _described(item, owner) for key, item in value.items()}
    if isinstance(value, staticmethod | classmethod):  # a new wrapper per class (3.12+)
        return ("wrapped", type(value), id(value.__func__))
    if isinstance(value, list):
        return [_described(item, owner) for item in value]
    if isinstance(value, str | int | tuple | type(None)):
        return (type(value), value)
    return ("object", id(value))


def test_every_generated_enum_is_made_the_fast_way_on_this_python() -> None:
    assert _enum_builder._verified_plan() is not None
    written = sum(
        (_PACKAGE.parent / (name.replace(".", "/") + ".py")).read_text().count("GeneratedEnum):")
        for name in _MODEL_MODULES
    )
    assert len(_PAIRS) == written > 30  # every generated enum was found
    assert all(type(ours) is GeneratedEnum for ours, _ in _PAIRS)
    assert all(type(theirs) is enum.EnumType for _, theirs in _PAIRS)


@pytest.mark.parametrize(("ours", "theirs"), _PAIRS, ids=lambda cls: cls.__qualname__)
def test_the_fast_enum_is_the_enum_enum_type_makes(ours: Any, theirs: Any) -> None:
    mine, its = dict(vars(ours)), dict(vars(theirs))
    assert list(mine) == list(its)  # the same names, in the same order
    for name in mine:
        if name == "__doc__":
            assert mine[name] == its[name]
        else:
            assert _described(mine[name], ours) == _described(its[name], theirs), name
    assert ours.__mro__[1:] == theirs.__mro__[1:]
    assert [(m._name_, m._value_) for m in ours] == [(m._name_, m._value_) for m in theirs]


@pytest.mark.parametrize(("ours", "theirs"), _PAIRS[:8], ids=lambda cls: cls.__qualname__)
def test_the_fast_enum_behaves_as_enum_type_s(ours: Any, theirs: Any) -> None:
    for mine, its in zip(ours, theirs, strict=True):
        assert ours(its._value_) is mine
        assert ours[its._name_] is mine
        assert getattr(ours, its._name_) is mine
        assert repr(mine) == repr(its)
        assert str(mine) == str(its) == its._value_
        assert format(mine) == format(its)
        assert hash(mine) == hash(its)
        assert mine == its._value_
        assert mine.is_known
        assert mine.name == its.name
        assert mine.value == its.value
        assert pickle.loads(pickle.dumps(mine)) is mine
        assert copy.copy(mine) is mine
        assert copy.deepcopy(mine) is mine
    assert len(ours) == len(theirs)
    assert list(ours.__members__) == list(theirs.__members__)
    unknown = ours.from_wire("xx-NEW")
    assert not unknown.is_known
    assert unknown == "xx-NEW"
    with pytest.raises(ValueError, match="is not a valid"):
        ours("xx-NEW")  # calling the class stays strict
    with pytest.raises(AttributeError, match="cannot reassign member"):
        setattr(ours, next(iter(ours))._name_, "other")
    with pytest.raises(TypeError, match=r"Cannot extend enumerations|cannot extend"):
        type(ours)("Sub", (ours,), {})


def _body(**members: Any) -> dict[str, Any]:
    return {"__module__": __name__, "__qualname__": "Made", "__doc__": "Made here."} | members


def test_a_plain_body_is_made_the_fast_way(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_calls: list[str] = []
    real_fast = _enum_builder._fast
    monkeypatch.setattr(_enum_builder, "_fast", lambda *a: fast_calls.append(a[1]) or real_fast(*a))
    made: Any = GeneratedEnum("Made", (WireEnum,), _body(ONE="one", TWO_B="two-b"))
    assert fast_calls == ["Made"]
    assert [m.value for m in made] == ["one", "two-b"]
    assert made("two-b") is made.TWO_B


@pytest.mark.parametrize(
    ("body", "kwds"),
    [
        (_body(ONE="one", SAME="one"), {}),  # an alias
        (_body(ONE="one", helper=lambda self: 1), {}),  # a function: EnumType's sorting
        (_body(ONE="one", _order_="ONE"), {}),  # a sunder
        (_body(ONE="one", from_wire="x"), {}),  # a name a base has
        (_body(ONE=1), {}),  # not a string: StrEnum refuses it
        (_body(ONE="one"), {"boundary": None}),  # a class keyword
    ],
    ids=["alias", "function", "sunder", "base-name", "not-str", "keyword"],
)
def test_anything_but_a_plain_body_is_left_to_enum_type(
    body: dict[str, Any], kwds: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_enum_builder, "_fast", lambda *a: pytest.fail("took the fast way"))
    try:
        expected: Any = enum.EnumType.__new__(
            enum.EnumType, "Made", (WireEnum,), _entered(body), **kwds
        )
    except Exception as exc:
        with pytest.raises(type(exc)):
            GeneratedEnum("Made", (WireEnum,), dict(body), **kwds)
        return
    made: Any = GeneratedEnum("Made", (WireEnum,), dict(body), **kwds)
    assert list(made.__members__.items()) == [
        (name, made[member._name_]) for name, member in expected.__members__.items()
    ]
    assert [m.value for m in made] == [m.value for m in expected]


def _entered(body: dict[str, Any]) -> Any:
    """``body`` in the ``_EnumDict`` a class statement fills."""
    namespace = enum.EnumType.__prepare__("Made", (WireEnum,))
    for name, value in body.items():
        namespace[name] = value
    return namespace


def test_an_unproved_fast_way_leaves_every_enum_to_enum_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_enum_builder, "_verified_plan", lambda: None)
    monkeypatch.setattr(_enum_builder, "_fast", lambda *a: pytest.fail("took the fast way"))
    made: Any = GeneratedEnum("Made", (WireEnum,), _body(ONE="one"))
    assert made("one") is made.ONE


def test_a_failing_fast_way_falls_back_to_enum_type(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("an EnumType this module does not know")

    monkeypatch.setattr(_enum_builder, "_fast", broken)
    made: Any = GeneratedEnum("Made", (WireEnum,), _body(ONE="one", TWO="two"))
    assert [m.name for m in made] == ["ONE", "TWO"]


def test_the_probe_refuses_an_enum_that_differs() -> None:
    """The verifier can fail: an enum with a member's attribute changed, or its names in another
    order, is not the same enum."""
    made: Any = GeneratedEnum("Made", (WireEnum,), _body(ONE="one", TWO="two"))
    again: Any = GeneratedEnum("Made", (WireEnum,), _body(ONE="one", TWO="two"))
    assert _enum_builder.same_enum(made, again)
    again.TWO._sort_order_ = 7
    assert not _enum_builder.same_enum(made, again)
    reordered: Any = GeneratedEnum("Made", (WireEnum,), _body(TWO="two", ONE="one"))
    assert not _enum_builder.same_enum(made, reordered)
