"""The base of every enum shape of the service model: open to values newer than the library.

AWS adds language codes, PII entity types and statuses over time. A closed enum would make an
older library crash on a newer response, so every enum here is a ``StrEnum`` whose members are
the values the service model lists, plus *unknown pseudo-members* made on demand by
``from_wire``: instances of the same enum class that keep their string, compare and hash as it,
and say ``is_known is False``. Calling the class (``LanguageCode("xx-XX")``) stays strict and
raises ``ValueError``, so a typo in a request is caught; the liberal path of parsing a response
uses ``from_wire``.

Static checkers see only the listed members, so a ``match`` over them is exhaustive to mypy;
keep a final ``case _:`` arm for values newer than the library.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Self, cast


class WireEnum(enum.StrEnum):
    """Base of the service"s enums: a ``str`` enum that can also hold a value it has not seen."""

    if TYPE_CHECKING:
        # Checkers infer ``value`` and ``name`` of an enum instance as the union of its members'
        # literals; an unknown pseudo-member holds any string, so say what is true: a ``str``.
        @property
        def value(self) -> str: ...

        @property
        def name(self) -> str: ...

    @classmethod
    def from_wire(cls, value: str) -> Self:
        """Return the member for ``value``, or an unknown pseudo-member that keeps it.

        Raises:
            TypeError: ``value`` is not a string (callers check types before this).
        """
        if not isinstance(cast(object, value), str):  # for untyped callers
            raise TypeError(f"{cls.__name__} values are strings, not {type(value).__name__}")
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]  # the map holds members of cls
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = str(value)
        return pseudo

    @property
    def is_known(self) -> bool:
        """Whether this value is one the service model of this library version lists."""
        return type(self)._value2member_map_.get(self._value_) is self

    # Hashed as the string it equals (Enum's own hashes the name), by str's own C slot: a
    # Python __hash__ cost some 600 instructions at each dict store of a map member's key.
    __hash__ = str.__hash__

    def __repr__(self) -> str:
        if self.is_known:
            return super().__repr__()
        return f"<{type(self).__name__} unknown {self._value_!r}>"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (type(self).from_wire, (self._value_,))

