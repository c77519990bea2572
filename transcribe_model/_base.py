"""The attrs base every model shares: the unknown-members slot and the checks on construction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from transcribe_model._frozen import EMPTY
from transcribe_model._repr import fields_repr

if TYPE_CHECKING:
    # What the class is to type checkers: exactly attrs' own (``_generated_support``).
    from attrs import field as model_field
    from attrs import frozen as own_methods_class
else:
    from transcribe_model._class_builder import model_field, own_methods_class


# The generated classes' options: made by ``_class_builder`` without loading attrs, an attrs
# class to every reader. So this class writes its own __init__, __eq__ and __hash__, as attrs
# would for ``attrs.frozen(kw_only=True, weakref_slot=False, repr=False)``.
@own_methods_class(kw_only=True, weakref_slot=False, repr=False)
class WireModel:
    """Base of every shape class.

    Attributes:
        unknown_members: Members of the wire data that this version of the library does not
            know, kept as they came (frozen) and emitted again by ``unstructure`` and
            ``to_json``, so a response newer than the library loses nothing on a round trip.
            Empty for anything built in Python unless the caller fills it on purpose.
    """

    unknown_members: Mapping[str, Any] = model_field(default=EMPTY, repr=False)

    def __init__(self, *, unknown_members: Mapping[str, Any] = EMPTY) -> None:
        object.__setattr__(self, "unknown_members", unknown_members)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        _on_construct(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that: WireModel = other  # pyright: ignore[reportAssignmentType]  # the same class
        return self.unknown_members == that.unknown_members

    def __hash__(self) -> int:
        return hash((WireModel, self.unknown_members))

    # One __repr__ for every shape class (the generated classes say repr=False): attrs writing
    # and compiling one per class costs import time. The same text as attrs writes.
    __repr__ = fields_repr


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
