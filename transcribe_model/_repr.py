"""One ``__repr__`` for the attrs classes of the package, written as attrs writes it.

attrs writes and compiles a ``__repr__`` for each class it makes, which costs more import time
than the rest of the class (about half of it). The classes here say ``repr=False`` and take
``fields_repr`` instead: ``Name(member=value, ...)`` over the fields whose ``repr`` is not
turned off, the same text. The fields are read as their class body declares them
(``declared_fields``): a repr needs attrs no more than a conversion does.
"""

from __future__ import annotations

from transcribe_model._class_builder import declared_fields

_NAMES: dict[type, tuple[str, ...]] = {}


def fields_repr(self: object) -> str:
    """``Name(member=value, ...)`` of an attrs instance, as attrs' own ``__repr__`` reads."""
    cls = type(self)
    names = _NAMES.get(cls)
    if names is None:
        fields = declared_fields(cls)  # an attrs class: only they take this __repr__
        names = _NAMES[cls] = tuple(field.name for field in fields if field.repr)
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{cls.__qualname__}({shown})"
