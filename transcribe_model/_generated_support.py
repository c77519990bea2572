"""What the generated converters (``<family>/_convert.py``) need from the core, in one place.

The generated code is written at build time and imports only this module and its own family's
classes, so the core never imports a shape and the converters never reach into private
attributes by themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast, overload

from transcribe_model._base import WireModel
from transcribe_model._frozen import EMPTY, FrozenMapping

if TYPE_CHECKING:
    # What the generated classes are to type checkers (the mypy attrs plugin and pyright's
    # dataclass_transform know them by these names): exactly attrs.frozen and attrs.field;
    # and the generated enums' metaclass is exactly the standard library's.
    from enum import EnumType as GeneratedEnum

    from attrs import field as model_field
    from attrs import frozen as model_class
else:
    from transcribe_model._class_builder import model_class, model_field
    from transcribe_model._enum_builder import GeneratedEnum

T = TypeVar("T")

#: The general hook of one member: takes a wire value, returns the model value or raises.
Hook = Callable[[Any], Any]
#: Writes a model's unknown members back into its wire dict.
EmitUnknown = Callable[[dict[str, Any], Mapping[str, Any]], None]
#: A generated fast check (``<family>/_checks.py``): ``(obj, path, found, response)``, True
#: when ``obj`` is clean and its rules' findings are in ``found`` (None: types only), False to
#: have ``check()`` walk it the general way.
FastCheck = Callable[[Any, str, "list[Any] | None", bool], bool]


def slot_setter(cls: type[WireModel], name: str) -> Callable[[Any, Any], None]:
    """The ``__set__`` of the slot ``name`` of ``cls``: a store past the frozen ``__setattr__``.

    Instances made by the converters are built with ``object.__new__`` and filled through their
    slot descriptors, as attrs' own generated ``__init__`` of a frozen class does.
    """
    setter: Callable[[Any, Any], None] = vars(cls)[name].__set__
    return setter


@overload
def as_tuple(value: Sequence[T]) -> tuple[T, ...]: ...
@overload
def as_tuple(value: Sequence[T] | None) -> tuple[T, ...] | None: ...
def as_tuple(value: Any) -> Any:
    """A list member as the caller gave it, frozen: any sequence becomes a tuple.

    Strings and bytes are sequences too, but never a list member's value: they, and anything
    else that is not a sequence, pass through unchanged for ``check()`` to report as the wrong
    type (a converter that raised here would hide the other violations of the object).
    """
    if value.__class__ is tuple or value is None:
        return value
    given: object = value
    if isinstance(given, Sequence) and not isinstance(given, (str, bytes, bytearray)):
        try:
            return tuple(cast("Sequence[object]", given))
        except Exception:  # a caller's sequence may raise anything: report it as the wrong type
            return value
    return value


def twin_of(cls: type[WireModel]) -> type[WireModel]:
    """A subclass of ``cls`` with the same slots whose attributes can be set plainly.

    The generated converters build an instance of the twin by calling it (object's ``__new__``
    and ``__init__``: one C call, no arguments to pack), fill it with ordinary
    ``instance.member = value`` stores (which CPython specialises for slots; the frozen
    class's ``__setattr__`` refuses them and a descriptor's ``__set__`` costs a call each), then
    make it the real class with ``instance.__class__ = cls`` before anyone sees it. That
    assignment needs the twin's layout to be exactly the class's, which is checked here, once.
    """
    twin = type(
        f"_{cls.__name__}Twin",
        (cls,),
        {
            "__slots__": (),
            # ``twin()`` makes an empty instance: object's own __init__, not the class's.
            "__init__": object.__init__,
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__module__": cls.__module__,
        },
    )
    if twin.__basicsize__ != cls.__basicsize__ or twin.__dictoffset__ or cls.__dictoffset__:
        raise TypeError(f"the twin of {cls.__name__} does not share its layout")
    return twin


#: The slot of the inherited ``unknown_members`` field lives on the base class.
SET_UNKNOWN: Final = slot_setter(WireModel, "unknown_members")

__all__ = [
    "EMPTY",
    "SET_UNKNOWN",
    "EmitUnknown",
    "FastCheck",
    "FrozenMapping",
    "GeneratedEnum",
    "Hook",
    "as_tuple",
    "model_class",
    "model_field",
    "slot_setter",
    "twin_of",
]
