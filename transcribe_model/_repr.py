"""One ``__repr__`` for the attrs classes of the package, written as attrs writes it.

attrs writes and compiles a ``__repr__`` for each class it makes, which costs more import time
than the rest of the class (about half of it). The classes here say ``repr=False`` and take
``fields_repr`` instead: ``Name(member=value, ...)`` over the fields whose ``repr`` is not
turned off, the same text.
"""

from __future__ import annotations

from typing import Any, cast

import attrs

_NAMES: dict[type, tuple[str, ...]] = {}


def fields_repr(self: object) -> str:
    """``Name(member=value, ...)`` of an attrs instance, as attrs' own ``__repr__`` reads."""
    cls = type(self)
    names = _NAMES.get(cls)
    if names is None:
        fields = attrs.fields(cast(Any, cls))  # an attrs class: only they take this __repr__
        names = _NAMES[cls] = tuple(field.name for field in fields if field.repr is not False)
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{cls.__qualname__}({shown})"
