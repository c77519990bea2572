"""How the generated enums are made: the enum ``EnumType`` would make, made for less.

Why: ``enum.EnumType`` is general. A class statement runs ``_EnumDict.__setitem__`` for each
name (sorting members from methods, ``auto()`` and ``_ignore_``), then builds each member through
a ``_proto_member`` that removes itself from the class, calls ``StrEnum.__new__``, looks for an
alias and for a descriptor of the same name in the bases, and stores the member through
``EnumType.__setattr__``: some 70 k instructions a member, counted with callgrind. The first use
of a job makes twelve enums of 175 members (``LanguageCode`` alone has 117), about 12 M
instructions, more than the job's classes cost to make. A generated enum body is only a
docstring and ``NAME = "value"`` lines, distinct by construction, and for that the work is
small: the class made by ``type.__new__`` with the names ``EnumType`` puts in it (learned from
an empty enum ``EnumType`` makes once), then each member the ``str`` with the four attributes
``EnumType`` gives it, entered in the three maps and set on the class, then the few names
``EnumType`` sets last.

It must make exactly the enum ``EnumType`` makes, so it proves itself first: on its first use it
makes a probe enum both ways and compares them (every name of the class in order, each member's
attributes, the maps, lookups by value and name). Any difference or error, a body that is not
the plain generated kind, or a base with a name of a member, and ``EnumType`` makes the enum
itself: slower, never different. ``tests/test_enum_builder.py`` holds every generated enum to
the one ``EnumType`` makes from the same body.

Only the generated modules name this metaclass (``class X(WireEnum, metaclass=GeneratedEnum)``);
a caller's own ``WireEnum`` subclass is made by ``EnumType`` as ever. Type checkers see
``enum.EnumType`` (``GeneratedEnum`` is that name to them), so downstream typing is the
standard library's own.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from typing import Any, cast

#: The dunder names a generated body holds (the compiler's two and the docstring).
_BODY_DUNDERS = frozenset({"__module__", "__qualname__", "__doc__"})


class GeneratedEnum(enum.EnumType):
    """The metaclass of the generated enums: ``EnumType``, with a cheaper way to the same class.

    ``__prepare__`` hands the class body a plain dict (a store is then a plain store, not
    ``_EnumDict.__setitem__``); ``__new__`` makes the enum from it, the fast way when the body
    is the plain generated kind and the fast way has proved itself, else by ``EnumType``.
    """

    @classmethod
    def __prepare__(metacls, cls: str, bases: tuple[type, ...], **kwds: Any) -> dict[str, Any]:  # type: ignore[override]
        return {}

    def __new__(
        metacls,
        cls: str,
        bases: tuple[type, ...],
        classdict: dict[str, Any],
        **kwds: Any,
    ) -> GeneratedEnum:
        members = _members(bases, classdict) if not kwds else None
        plan = _verified_plan() if members is not None else None
        if members is not None and plan is not None:
            try:
                made: GeneratedEnum = _fast(metacls, cls, bases, classdict, members, plan)
                return made
            except Exception:  # never fail an import over speed: EnumType makes it, as ever
                pass
        standard: GeneratedEnum = _standard(metacls, cls, bases, classdict, kwds)
        return standard


def _standard(
    metacls: type,
    cls: str,
    bases: tuple[type, ...],
    body: Mapping[str, Any],
    kwds: Mapping[str, Any],
) -> Any:
    """The enum ``EnumType`` makes of ``body``: its names entered in order, as a class statement
    enters them."""
    enum_dict = enum.EnumType.__prepare__(cls, bases, **kwds)
    for name, value in body.items():
        enum_dict[name] = value
    return cast(Any, enum.EnumType.__new__(metacls, cls, bases, enum_dict, **kwds))


def _members(bases: tuple[type, ...], body: Mapping[str, Any]) -> list[tuple[str, str]] | None:
    """The (name, value) pairs of a plain generated body, or None where it is anything else.

    Plain: besides the three dunders, only public names bound to distinct ``str`` values, none
    of them a name any base has (``EnumType`` would put a redirecting property there).
    """
    members: list[tuple[str, str]] = []
    for name, value in body.items():
        if name in _BODY_DUNDERS:
            continue
        if name.startswith("_") or value.__class__ is not str or not name.isidentifier():
            return None
        members.append((name, value))
    if len({value for _, value in members}) != len(members):
        return None  # an alias: EnumType's rules
    if not _inherited_names(bases).isdisjoint(name for name, _ in members):
        return None
    return members


@functools.lru_cache(maxsize=8)
def _inherited_names(bases: tuple[type, ...]) -> frozenset[str]:
    """Every name the classes of ``bases``' MROs define: once per bases (every generated enum
    has the same one), as they gain no names after they are made."""
    return frozenset(name for base in bases for klass in base.__mro__ for name in vars(klass))


class _Plan:
    """What the probe taught, for enums on the probe's bases: the names ``EnumType`` puts in
    a class before its members and after them, in order, with their values (a fresh list or dict
    stands for a new empty one per class, a ``staticmethod`` for a new wrapper of the same
    function; anything else is the one object every such enum shares)."""

    __slots__ = ("after", "bases", "before", "init")

    def __init__(
        self,
        bases: tuple[type, ...],
        before: tuple[tuple[str, Any], ...],
        after: tuple[tuple[str, Any], ...],
        init: Any,
    ) -> None:
        self.bases = bases
        self.before = before
        self.after = after
        self.init = init


def _fast(
    metacls: type,
    cls: str,
    bases: tuple[type, ...],
    body: Mapping[str, Any],
    members: list[tuple[str, str]],
    plan: _Plan,
) -> Any:
    """The enum ``EnumType`` makes, made directly: the class with the names ``EnumType`` puts
    in it (``type.__new__``, as ``EnumType.__new__`` calls it), then the members as
    ``EnumType`` makes them, then the names it sets after them."""
    if bases != plan.bases or not body.keys() >= _BODY_DUNDERS:
        raise TypeError("not the probe's kind of enum")  # -> EnumType
    namespace: dict[str, Any] = {"__qualname__": body["__qualname__"]}
    for name, value in plan.before:
        if name in _BODY_DUNDERS:
            namespace[name] = body[name]
        elif value.__class__ is list:
            namespace[name] = []
        elif value.__class__ is dict:
            namespace[name] = {}
        elif value.__class__ is staticmethod:
            namespace[name] = staticmethod(value.__func__)  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
        else:
            namespace[name] = value
    made = cast(Any, type.__new__(metacls, cls, bases, namespace))
    if made.__init__ is not plan.init:
        raise TypeError("not the member __init__ the probe had")  # -> EnumType
    member_names: list[str] = made._member_names_
    member_map: dict[str, Any] = made._member_map_
    value_map: dict[Any, Any] = made._value2member_map_
    new = str.__new__
    set_on_class = type.__setattr__  # EnumType.__setattr__ only refuses reassigning a member
    for position, (name, value) in enumerate(members):
        # What StrEnum.__new__ and _proto_member.__set_name__ do, in their order (__init__ is
        # Enum's, which does nothing: checked above).
        member = new(made, value)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = made
        member._sort_order_ = position
        member_names.append(name)
        set_on_class(made, name, member)
        member_map[name] = member
        value_map[value] = member
    for name, value in plan.after:  # what EnumType sets once the class is made
        set_on_class(made, name, value)
    return made


@functools.cache
def _verified_plan() -> _Plan | None:
    """The plan, if the fast way makes ``EnumType``'s own probe enum; None (use ``EnumType``)
    when making or comparing the probe fails in any way."""
    try:
        return _probe()
    except Exception:  # an enum module this one does not know: EnumType makes every enum
        return None


def _probe() -> _Plan | None:
    from transcribe_model._wire_enum import WireEnum

    bases = (WireEnum,)
    members = [("FIRST", "first"), ("SECOND_ONE", "second-one"), ("THIRD", "3")]
    dunders = {"__module__": __name__, "__qualname__": "Probe", "__doc__": "A probe."}

    theirs = _standard(GeneratedEnum, "Probe", bases, dunders | dict(members), {})
    names = list(_namespace(theirs))
    first = names.index(members[0][0])
    if names[first : first + len(members)] != [name for name, _ in members]:
        return None  # members not together: not the EnumType this module knows
    after_names = names[first + len(members) :]
    empty = _namespace(_standard(GeneratedEnum, "Probe", bases, dict(dunders), {}))
    if list(empty)[len(empty) - len(after_names) :] != after_names:
        return None
    before = tuple((name, value) for name, value in empty.items() if name not in after_names)
    after = tuple((name, empty[name]) for name in after_names)
    if any(_filled(value) for _, value in before) or any(
        isinstance(value, list | dict | staticmethod) for _, value in after
    ):
        return None  # a container not empty, or one set late: not what this module knows
    if theirs.__init__ is not enum.Enum.__init__:
        return None
    plan = _Plan(bases, before, after, theirs.__init__)
    ours = _fast(GeneratedEnum, "Probe", bases, dunders | dict(members), members, plan)
    return plan if same_enum(ours, theirs) else None


def _filled(value: object) -> bool:
    """Whether ``value`` is a list or dict with something in it."""
    return isinstance(value, list | dict) and len(cast("list[object]", value)) > 0


def same_enum(ours: Any, theirs: Any) -> bool:
    """Whether two enums are alike in everything ``EnumType`` sets: the same names in the same
    order in the class, the same values there (a member stands for its name), members with the
    same attributes, the same maps, and the same answers to lookups by value and by name."""
    mine, its = _namespace(ours), _namespace(theirs)
    if list(mine) != list(its) or type(ours) is not type(theirs):
        return False

    def described(value: Any, owner: Any) -> Any:
        if type(value) is owner:
            attributes = _namespace(value)
            return ("member", str(value), {k: described(v, owner) for k, v in attributes.items()})
        if value is owner:
            return ("the class",)
        if isinstance(value, dict):
            return {k: described(v, owner) for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType]
        if isinstance(value, staticmethod | classmethod):  # a new wrapper per class (3.12+)
            return ("wrapped", type(value), id(value.__func__))  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
        if isinstance(value, list):
            return [described(v, owner) for v in value]  # pyright: ignore[reportUnknownVariableType]
        return ("value", type(value), value if isinstance(value, str | int | tuple) else id(value))

    for name in mine:
        if name == "__doc__" or name == "__qualname__" or name == "__module__":
            if mine[name] != its[name]:
                return False
        elif described(mine[name], ours) != described(its[name], theirs):
            return False
    return (
        [m._name_ for m in ours] == [m._name_ for m in theirs]
        and all(ours(m._value_) is ours[m._name_] for m in ours)
        and [repr(m) for m in ours] == [repr(m) for m in theirs]
        and [(str(m), format(m), f"{m:>12}") for m in ours]
        == [(str(m), format(m), f"{m:>12}") for m in theirs]
        and [hash(m) for m in ours] == [hash(m) for m in theirs]
        and ours.__mro__[1:] == theirs.__mro__[1:]
    )


def _namespace(obj: object) -> Mapping[str, Any]:
    """``vars(obj)``, typed."""
    return cast("Mapping[str, Any]", vars(obj))
