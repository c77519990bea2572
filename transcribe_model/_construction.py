"""What happens when a model is built in Python: freeze its containers, then check it.

A shape a caller builds is checked in full and refused with every violation found, so a bad
request never leaves the process. A shape the service sends is only held to its types (so
``attrs.evolve`` on a parsed job never fails on a bound the service has since moved).
Parsing does not come through here: the converters make instances without ``__init__``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import cast

from transcribe_model._base import WireModel
from transcribe_model._check import CHECKED, FAST_CHECKS, check, general_check, type_violations
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._frozen import (
    EMPTY,
    FrozenMapping,
    UnfreezableValue,
    freeze_value,
    read_mapping,
)
from transcribe_model._generated_support import SET_UNKNOWN
from transcribe_model._spec import MapT, field_specs, is_response_shape, shape_of


def on_construct(obj: WireModel) -> None:
    """Freeze what the caller passed and refuse the object if it breaks anything."""
    cls = type(obj)
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _plan(cls)
    maps, response = plan
    if maps or obj.unknown_members is not EMPTY:
        freezing_errors = _freeze_containers(obj, maps)
        if freezing_errors:
            raise ValidationError(freezing_errors)
    if response:
        errors = type_violations(obj)
    else:
        found = check(obj)
        if not found:
            unknown = obj.unknown_members
            if unknown is EMPTY or not unknown:  # nothing to keep there (EMPTY, an old marker)
                SET_UNKNOWN(obj, CHECKED[0])  # found clean: parents need not check it again
            return
        errors = [violation for violation in found if violation.severity == "error"]
    if errors:
        raise ValidationError(errors)


def construction_hook(cls: type[WireModel]) -> Callable[[WireModel], None]:
    """``on_construct`` for the common case of the generated ``__init__``, made once per class.

    Called only on an instance of exactly ``cls`` whose ``unknown_members`` is EMPTY and whose
    map members are all None: nothing to freeze, so what is left is the check, done as
    ``on_construct`` does it (the fast check, the walk where it declines, the same errors, the
    same mark) with what ``on_construct`` looks up per call looked up once. The fast check is
    still read from ``FAST_CHECKS`` on each call (it may be replaced). A shape the service
    sends is held to its types only: ``on_construct`` itself does that.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _plan(cls)
    if plan[1]:
        return on_construct
    fast_checks = FAST_CHECKS

    def construct(obj: WireModel) -> None:
        listed: list[Violation] = []
        found: Sequence[Violation] = listed
        if not fast_checks[cls](obj, "", listed, False):
            found = general_check(obj)  # what check() does when the fast check declines
        # on_construct's own ending, written again on purpose: shared through a function it
        # cost a call per object, 3 k instructions of the 75 k of building the benchmark request.
        if not found:
            SET_UNKNOWN(obj, CHECKED[0])  # found clean: parents need not check it again
            return
        errors = [violation for violation in found if violation.severity == "error"]
        if errors:
            raise ValidationError(errors)

    return construct


# Per class: the attribute and wire names of its map members, and whether the service sends it.
_PLANS: dict[type[WireModel], tuple[tuple[tuple[str, str], ...], bool]] = {}


def _plan(cls: type[WireModel]) -> tuple[tuple[tuple[str, str], ...], bool]:
    if shape_of(cls) is None:  # a caller's WireModel subclass: no wire names, no checks
        raise TypeError(f"{cls.__name__} is no transcribe_model shape: subclass a shape class")
    maps = tuple((spec.name, spec.wire) for spec in field_specs(cls) if isinstance(spec.type, MapT))
    return maps, is_response_shape(cls)


def _freeze_containers(obj: WireModel, maps: tuple[tuple[str, str], ...]) -> list[Violation]:
    """Mappings become FrozenMappings, so nothing inside can change later.

    List members need nothing here: the generated ``__init__`` made them tuples (``as_tuple``).
    """
    errors: list[Violation] = []
    for name, wire in maps:
        value: object = getattr(obj, name)
        if value is None or value.__class__ is FrozenMapping:  # the common cases, first
            continue
        if isinstance(value, Mapping) and not isinstance(value, FrozenMapping):
            entries = read_mapping(cast("Mapping[object, object]", value))  # as above
            if entries is None:
                errors.append(Violation(path=wire, message="could not be read as a mapping"))
            else:
                object.__setattr__(obj, name, FrozenMapping(entries))
    if errors:
        return errors
    # Declared a Mapping, but a caller may pass anything: the check is a runtime one. A
    # FrozenMapping is frozen again too: it is public, and may hold a list or a dict.
    unknown = cast(object, obj.unknown_members)
    if unknown is EMPTY:
        return []
    if not isinstance(unknown, Mapping):
        return []  # a non-mapping is reported by the check that follows
    try:
        frozen = freeze_value(unknown)
    except UnfreezableValue as exc:
        return [Violation(path=exc.path.lstrip("."), message=exc.message)]
    object.__setattr__(obj, "unknown_members", frozen if frozen else EMPTY)
    return []
