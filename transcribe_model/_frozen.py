"""Read-only containers: the frozen mapping of map members and of unknown members.

Models are frozen and hashable, so nothing inside them may change after construction. Python has
no built-in frozen dict; ``types.MappingProxyType`` is read-only but not hashable, so this module
holds a small one of our own. It also freezes the arbitrary JSON-like values of members the
library does not know (kept for a lossless round trip) and thaws them back to plain lists and
dicts when they are emitted again.
"""

from __future__ import annotations

import math
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from datetime import datetime
from typing import Any, TypeVar, cast, final

from transcribe_model import _paths

K = TypeVar("K")
V = TypeVar("V", covariant=True)

#: How deep a value of an unknown member may nest. Deeper input is refused with a
#: ValidationError rather than risk a RecursionError in freezing, comparing or emitting it.
MAX_UNKNOWN_DEPTH = 64

# A member name or map key longer than this is cut short in an error path.
_MAX_KEY_SHOWN = 200

_SCALARS = (str, int, bool, datetime, bytes, type(None))


@final
class FrozenMapping(Mapping[K, V]):
    """An immutable, hashable mapping that keeps insertion order.

    Equal to any mapping with the same items, like ``dict``; hashable when its values are.
    """

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        self._items: dict[K, V] = dict(items) if items else {}
        self._hash: int | None = None

    @staticmethod
    def adopting(items: dict[K, V]) -> FrozenMapping[K, V]:
        """A FrozenMapping over ``items`` itself, not a copy (see ``adopt``).

        A static method, not a class method (the class is final): read off the class it is a
        plain function, which the generated code calls without binding (a frame less a map).
        """
        frozen: FrozenMapping[K, V] = _new_object(FrozenMapping)
        frozen._items = items
        frozen._hash = None
        return frozen

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    # The views of the dict itself: Mapping's mixins would do the same in Python, a
    # call per item. A dict's views are read-only, so nothing can change through them.
    def keys(self) -> KeysView[K]:
        return self._items.keys()

    def items(self) -> ItemsView[K, V]:
        return self._items.items()

    def values(self) -> ValuesView[V]:
        return self._items.values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMapping):
            return self._items == cast("FrozenMapping[object, object]", other)._items
        if isinstance(other, Mapping):
            return self._items == dict(cast("Mapping[object, object]", other).items())
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenMapping({self._items!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the items: a cached hash belongs to this process's hash seed, and one pickled
        # into another process would make equal mappings hash differently there.
        return (type(self), (self._items,))


EMPTY: FrozenMapping[Any, Any] = FrozenMapping()


def read_mapping(value: Mapping[K, Any]) -> Mapping[K, Any] | None:
    """The items of any ``Mapping``, or ``None`` if they cannot be read.

    A dict or a FrozenMapping comes back as it is; any other mapping as a new dict.

    A class may be registered as a ``Mapping`` without inheriting its ``get``, ``items`` or
    ``keys``, and a caller's mapping may raise anything; only iteration and ``[]`` are asked
    of it here.
    """
    if type(value) is dict or isinstance(value, FrozenMapping):
        return cast("Mapping[K, Any]", value)  # narrowed to an unparameterised class: widen
    try:
        return {name: value[name] for name in value}
    except Exception:  # the caller's mapping may raise anything
        return None


#: ``FrozenMapping.adopting``: a FrozenMapping over a dict just built and never shared (the
#: converters' own), without the copy ``FrozenMapping(items)`` makes.
adopt: Callable[[dict[Any, Any]], FrozenMapping[Any, Any]] = FrozenMapping.adopting  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
_new_object: Callable[[type[Any]], Any] = object.__new__


class UnfreezableValue(ValueError):
    """A value of an unknown member that cannot be kept: too deep, non-finite or not data."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def freeze_value(value: Any, path: str = "", depth: int = 0) -> Any:
    """Turn a JSON-like value into its immutable form: lists to tuples, dicts to FrozenMapping."""
    if depth > MAX_UNKNOWN_DEPTH:
        raise UnfreezableValue(path, f"nests deeper than {MAX_UNKNOWN_DEPTH} levels")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnfreezableValue(path, "must be a finite number")
        return value
    if isinstance(value, int):
        if not _paths.int_fits(value):
            raise UnfreezableValue(
                path, f"is an integer of more than {_paths.MAX_INT_DIGITS} digits"
            )
        return value
    if isinstance(value, datetime):
        return _checked_datetime(value, path)
    if isinstance(value, _SCALARS):
        return value
    # The casts below only name what isinstance found: containers of anything, frozen in turn.
    if isinstance(value, (list, tuple)):
        items = cast("list[object] | tuple[object, ...]", value)
        return tuple(
            freeze_value(item, f"{path}[{index}]", depth + 1) for index, item in enumerate(items)
        )
    if isinstance(value, Mapping):
        entries = read_mapping(cast("Mapping[object, object]", value))
        if entries is None:
            kind = type(cast(object, value)).__name__
            raise UnfreezableValue(path, f"could not be read as a mapping: {kind}")
        frozen: dict[str, Any] = {}
        for key, item in entries.items():
            if not isinstance(key, str):
                shown = _paths.shown_key(key)[:40]
                raise UnfreezableValue(path, f"has a key that is not a string: {shown}")
            frozen[key] = freeze_value(item, f"{path}.{key[:_MAX_KEY_SHOWN]}", depth + 1)
        return FrozenMapping(frozen)
    raise UnfreezableValue(path, f"is not JSON-like data: {type(value).__name__}")


def _checked_datetime(value: datetime, path: str) -> datetime:
    """A datetime whose offset can be read, as ``isoformat`` and ``to_json`` will read it."""
    try:
        value.utcoffset()  # raises for an offset of 24 h or more, or a tzinfo that misbehaves
        value.isoformat()
    except Exception:  # a caller's tzinfo may raise anything
        raise UnfreezableValue(path, "is a datetime whose UTC offset cannot be read") from None
    return value


def thaw_value(value: Any) -> Any:
    """Invert ``freeze_value``: tuples back to lists, frozen mappings back to dicts."""
    if isinstance(value, tuple):
        return [thaw_value(item) for item in cast("tuple[object, ...]", value)]
    if isinstance(value, FrozenMapping):
        entries = cast("FrozenMapping[str, object]", value)  # freeze_value keeps str keys only
        return {key: thaw_value(item) for key, item in entries.items()}
    return value
