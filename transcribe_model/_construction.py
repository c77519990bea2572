"""What happens when a model is built in Python: freeze its containers, then check it.

A shape a caller builds is checked in full and refused with every violation found, so a bad
request never leaves the process. A shape the service sends is only held to its types (so
``attrs.evolve`` on a parsed job never fails on a bound the service has since moved).
Parsing does not come through here: the converters make instances without ``__init__``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from transcribe_model._base import WireModel
from transcribe_model._check import check, type_violations
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._frozen import (
    EMPTY,
    FrozenMapping,
    UnfreezableValue,
    freeze_value,
    read_mapping,
)
from transcribe_model._spec import MapT, TupleT, field_specs, is_response_shape


def on_construct(obj: WireModel) -> None:
    """Freeze what the caller passed and refuse the object if it breaks anything."""
    freezing_errors = _freeze_containers(obj)
    if freezing_errors:
        raise ValidationError(freezing_errors)
    if is_response_shape(type(obj)):
        errors = type_violations(obj)
    else:
        errors = [violation for violation in check(obj) if violation.severity == "error"]
    if errors:
        raise ValidationError(errors)


def _freeze_containers(obj: WireModel) -> list[Violation]:
    """Lists become tuples and mappings FrozenMappings, so nothing inside can change later."""
    errors: list[Violation] = []
    for spec in field_specs(type(obj)):
        value: object = getattr(obj, spec.name)
        if isinstance(spec.type, TupleT) and isinstance(value, list):
            items = cast("list[object]", value)  # of anything: the check that follows types it
            object.__setattr__(obj, spec.name, tuple(items))
        elif (
            isinstance(spec.type, MapT)
            and isinstance(value, Mapping)
            and not isinstance(value, FrozenMapping)
        ):
            entries = read_mapping(cast("Mapping[object, object]", value))  # as above
            if entries is None:
                errors.append(Violation(path=spec.wire, message="could not be read as a mapping"))
            else:
                object.__setattr__(obj, spec.name, FrozenMapping(entries))
    if errors:
        return errors
    # Declared a Mapping, but a caller may pass anything: the check is a runtime one. A
    # FrozenMapping is frozen again too: it is public, and may hold a list or a dict.
    unknown = cast(object, obj.unknown_members)
    if not isinstance(unknown, Mapping):
        return []  # a non-mapping is reported by the check that follows
    if unknown is EMPTY:
        return []
    try:
        frozen = freeze_value(unknown)
    except UnfreezableValue as exc:
        return [Violation(path=exc.path.lstrip("."), message=exc.message)]
    object.__setattr__(obj, "unknown_members", frozen if frozen else EMPTY)
    return []
