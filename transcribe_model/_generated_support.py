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

    Made once per class (making a class costs some 80 k instructions) and shared by the
    converters and the generated ``__init__`` (``CONSTRUCTORS``).

    The generated converters build an instance of the twin by calling it (object's ``__new__``
    and ``__init__``: one C call, no arguments to pack), fill it with ordinary
    ``instance.member = value`` stores (which CPython specialises for slots; the frozen
    class's ``__setattr__`` refuses them and a descriptor's ``__set__`` costs a call each), then
    make it the real class with ``instance.__class__ = cls`` before anyone sees it. That
    assignment needs the twin's layout to be exactly the class's, which is checked here, once.
    """
    made = _TWINS.get(cls)
    if made is not None:
        return made
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
    _TWINS[cls] = twin
    return twin


_TWINS: dict[type[WireModel], type[WireModel]] = {}

#: ``SET_CLASS(instance, cls)``: ``instance.__class__ = cls`` past a frozen ``__setattr__`` (the
#: setter of object's ``__class__``; CPython allows it between classes of the same layout only).
SET_CLASS: Final[Callable[[Any, type], None]] = vars(object)["__class__"].__set__


class _Constructors(dict[type, "tuple[type[WireModel], Callable[[Any], None]]"]):
    """What the generated ``__init__`` of a class needs for its common case, made on first use.

    ``CONSTRUCTORS[cls]`` is ``(twin_of(cls), hook)``: ``__init__`` makes a new instance of
    exactly ``cls`` its twin, fills it with plain stores, makes it ``cls`` again, then calls
    ``hook`` (``_construction.construction_hook``): the checks on construction. Made on first
    use, not with the class: a twin costs a class, and most classes are never built in Python.
    """

    def __missing__(self, cls: type[WireModel]) -> tuple[type[WireModel], Callable[[Any], None]]:
        from transcribe_model._construction import construction_hook  # needs every core module

        made = (twin_of(cls), construction_hook(cls))
        self[cls] = made
        return made


#: The twin and the construction hook of each generated class (``_Constructors``).
CONSTRUCTORS: Final = _Constructors()


#: The slot of the inherited ``unknown_members`` field lives on the base class.
SET_UNKNOWN: Final = slot_setter(WireModel, "unknown_members")

__all__ = [
    "CONSTRUCTORS",
    "EMPTY",
    "SET_CLASS",
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
