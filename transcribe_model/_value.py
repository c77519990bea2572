"""The base of the core's small immutable values: type specs, constraints, check plans.

Why not attrs: ``attrs.frozen`` makes each class at import by writing and compiling its
``__init__``, ``__eq__`` and ``__hash__`` (some 2 M instructions a class, counted with
callgrind); eleven such classes of the core were a tenth of ``import`` plus first use. These
values need nothing of attrs but what this base gives: equality and hash by value over their
public slots, attrs' ``repr`` text, frozen attributes (``attrs.exceptions.FrozenInstanceError``,
as before), pickling and copying. Each subclass declares ``__slots__`` and writes its own
``__init__`` (a typed signature), storing with ``object.__setattr__``.

The shape classes of the service stay attrs classes (``_class_builder``): they are the public
model, read by ``attrs.fields``, ``attrs.evolve`` and cattrs.
"""

from __future__ import annotations

from typing import Any, NoReturn


def _rebuild(cls: type[Value], state: dict[str, Any]) -> Value:
    """An instance of ``cls`` holding ``state``: what pickling and copying call. Its caches
    (private slots) start empty, as in a new instance."""
    made = object.__new__(cls)
    slots: tuple[str, ...] = cls.__slots__
    for name in slots:
        if name.startswith("_"):
            object.__setattr__(made, name, None)
    for name, value in state.items():
        object.__setattr__(made, name, value)
    return made


class Value:
    """Equality, hash and repr over the public ``__slots__`` of the subclass, in their order
    (the repr reads in it: keep ruff from sorting them); frozen.

    Slots whose names start with ``_`` are caches: left out of equality, hash and repr, and
    not pickled (a copy fills them again when it needs them).
    """

    __slots__ = ()

    def _public(self) -> tuple[str, ...]:
        names: tuple[str, ...] = type(self).__slots__
        return tuple(name for name in names if not name.startswith("_"))

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._public())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that: Value = other  # pyright: ignore[reportAssignmentType]  # the same class
        return self._key() == that._key()

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, self._key()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._public())
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> NoReturn:
        _refuse()

    def __delattr__(self, name: str) -> NoReturn:
        _refuse()

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: getattr(self, name) for name in self._public()}
        return (_rebuild, (type(self), state))


def _refuse() -> NoReturn:
    """Raise attrs' ``FrozenInstanceError``: attrs loads on the first refused store, not on
    import (``_class_builder`` says why)."""
    from attrs.exceptions import FrozenInstanceError

    raise FrozenInstanceError
