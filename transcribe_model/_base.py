"""The attrs base every model shares: the unknown-members slot and the checks on construction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from transcribe_model._frozen import EMPTY


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WireModel:
    """Base of every shape class.

    Attributes:
        unknown_members: Members of the wire data that this version of the library does not
            know, kept as they came (frozen) and emitted again by ``unstructure`` and
            ``to_json``, so a response newer than the library loses nothing on a round trip.
            Empty for anything built in Python unless the caller fills it on purpose.
    """

    unknown_members: Mapping[str, Any] = attrs.field(default=EMPTY, repr=False)

    def __attrs_post_init__(self) -> None:
        _on_construct(self)

    def __repr__(self) -> str:
        """``Shape(member=value, ...)``, as attrs writes it, without ``unknown_members``.

        One method for every shape class: the generated classes say ``repr=False``, because
        attrs writing and compiling a ``__repr__`` for each costs import time.
        """
        cls = type(self)
        names = _REPR_NAMES.get(cls)
        if names is None:
            names = _REPR_NAMES[cls] = tuple(
                field.name for field in attrs.fields(cls) if field.repr is not False
            )
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__qualname__}({shown})"


_REPR_NAMES: dict[type, tuple[str, ...]] = {}


def _load_on_construct(obj: WireModel) -> None:
    """Import the construction checks on the first construction, then hand over to them.

    Imported late: the construction checks need every model class, and every model class needs
    this base first. Rebinding the module global spares each later construction an import.
    """
    global _on_construct
    from transcribe_model._construction import on_construct

    _on_construct = on_construct
    on_construct(obj)


_on_construct = _load_on_construct
