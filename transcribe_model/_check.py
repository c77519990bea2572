"""``check()``: every type, constraint and rule violation of a model, as data.

What is checked depends on who produced the shape. A shape a caller builds (a request, or a
nested shape such as ``Settings`` on its own) is held to every constraint and every rule of
``_rules.REQUEST_RULES``. A shape the service sends (``TranscriptionJob`` and what lies under it)
is held to its constraints and to ``_rules.RESPONSE_CHECKS``, but is never refused for them:
bounds change over time and the service's word is final. Unknown enum values and members are
never violations: the caller either allowed them or received them.
"""

from __future__ import annotations

import functools
import importlib
import math
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any, Final, cast

from transcribe_model import _paths
from transcribe_model._base import WireModel
from transcribe_model._constraints import Constraint, Count, Range, Text
from transcribe_model._errors import Violation
from transcribe_model._frozen import FrozenMapping, read_mapping
from transcribe_model._generated_support import FastCheck
from transcribe_model._registry import (
    ON_CHANGE,
    members_read,
    request_rules,
    request_runners,
    response_checks,
    response_runners,
)
from transcribe_model._spec import (
    EnumT,
    FieldSpec,
    MapT,
    ModelT,
    ScalarT,
    TupleT,
    TypeSpec,
    field_specs,
    is_response_shape,
    is_union,
    wire_names,
)
from transcribe_model._value import Value

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    bool: "a boolean",
    float: "a number",
    bytes: "bytes",
}


def check(obj: object) -> tuple[Violation, ...]:
    """Every violation of ``obj``: wrong types, broken constraints, broken rules, warnings.

    Returns an empty tuple for a model that is fine. For a shape the service sends, the
    violations report what the service did, and nothing here makes parsing fail.
    """
    if not isinstance(obj, WireModel):
        return (Violation(path="", message=f"is not a transcribe_model shape: {_name(obj)}"),)
    found: list[Violation] = []
    # The generated fast check answers for a clean object (with its rules' findings); for
    # anything else what it found is dropped and the general walk says what is wrong.
    if FAST_CHECKS[type(obj)](obj, "", found, False):
        return tuple(found)
    return general_check(obj)


def general_check(obj: WireModel) -> tuple[Violation, ...]:
    """``check()`` by the general walk alone: the reference the fast checks are held to."""
    found: list[Violation] = []
    _Checker(found, types_only=False).model(obj, "", response=False)
    return tuple(found)


def type_violations(obj: WireModel) -> list[Violation]:
    """Only the violations of type: what even a liberal parse must refuse."""
    if FAST_CHECKS[type(obj)](obj, "", None, False):
        return []
    return general_type_violations(obj)


def general_type_violations(obj: WireModel) -> list[Violation]:
    """``type_violations()`` by the general walk alone."""
    found: list[Violation] = []
    _Checker(found, types_only=True).model(obj, "", response=False)
    return found


def expected(spec: TypeSpec) -> str:
    """How a message names the type ``spec`` stands for."""
    if isinstance(spec, ScalarT):
        if spec.py is datetime:
            return "a timezone-aware datetime"
        return _TYPE_NAMES[spec.py]
    if isinstance(spec, EnumT):
        return f"a {spec.cls.__name__}"
    if isinstance(spec, ModelT):
        return f"a {spec.cls.__name__}"
    if isinstance(spec, TupleT):
        return "a tuple"
    return "a mapping"


def _name(value: object) -> str:
    return type(value).__name__


#: Past this many type errors in one object its rules are skipped wholesale rather than one by
#: one (matching each rule's members against each bad path would cost their product).
_MAX_BAD_PATHS_MATCHED = 1000


def partial_violations(obj: WireModel, failed: frozenset[str]) -> list[Violation]:
    """What ``check()`` finds in a request that ``structure`` could only build in part.

    ``failed`` are the paths whose values had the wrong type (their members are None in
    ``obj``): they are not reported again as missing, and the rules that read them are skipped,
    so only the other constraints and rules of the request are added to its type errors.
    """
    found: list[Violation] = []
    checker = _Checker(found, types_only=False, skip=failed)
    checker.model(obj, "", response=False)
    return [violation for violation in found if violation.path not in failed]


class _Checker:
    """One walk of ``check``: what it has found so far. A plain class, not attrs: see
    ``_value`` for what making an attrs class costs at import."""

    __slots__ = ("bad_paths", "found", "skip", "type_errors", "types_only")

    def __init__(
        self, found: list[Violation], types_only: bool, skip: frozenset[str] = frozenset()
    ) -> None:
        self.found = found
        self.types_only = types_only
        self.type_errors = 0
        # Paths already known to hold a value of the wrong type (see partial_violations).
        self.skip = skip
        self.bad_paths: list[str] = []

    def model(self, obj: WireModel, path: str, *, response: bool) -> None:
        cls = type(obj)
        plan = _PLANS.get(cls) or _plan(cls)
        response = response or plan.response
        type_errors_before = self.type_errors
        bad_before = len(self.bad_paths)
        prefix = f"{path}." if path else ""
        for spec in plan.specs:
            value = getattr(obj, spec.name)
            if value is None:
                where = prefix + spec.wire
                if where in self.skip:
                    self.bad_paths.append(where)
                elif spec.required:
                    self._type_error(where, "is required")
                continue
            spec_type = spec.type
            # The common case inline: a plain string or int of the right type within bounds.
            if isinstance(spec_type, ScalarT):
                constraint = spec.constraint
                if spec_type.py is str and value.__class__ is str:
                    if constraint is None or self.types_only:
                        continue
                    if isinstance(constraint, Text) and constraint.accepts(value):
                        continue
                elif spec_type.py is int and value.__class__ is int and _paths.int_fits(value):
                    if constraint is None or self.types_only:
                        continue
                    if isinstance(constraint, Range) and constraint.accepts(value):
                        continue
            self.value(value, spec_type, spec.constraint, prefix + spec.wire, response=response)
        # Declared a Mapping, but a caller may pass anything: the check is a runtime one.
        if not isinstance(cast(object, obj.unknown_members), Mapping):
            self._type_error(path, "unknown_members must be a mapping")
        else:
            for name in wire_names(cls).intersection(obj.unknown_members):
                self.found.append(
                    Violation(
                        path=_paths.join(path, name),
                        message="is a known member and may not be given in unknown_members",
                    )
                )
        if self.types_only:
            return
        bad = self.bad_paths[bad_before:]
        if not response and plan.union and not bad:
            self._union(obj, path)
        for rule in response_checks(cls) if response else request_rules(cls):
            if bad and not self._reads_only_good(rule, path, bad):
                continue  # it would read a value of the wrong type: that is reported already
            try:
                violations = list(rule(obj))
            except Exception:  # a rule met a wrong type its reads= did not name
                if not bad and self.type_errors == type_errors_before:
                    raise  # on a well-typed object a failing rule is a bug: let it show
                continue
            for violation in violations:
                self.found.append(_relocate(violation, path))

    @staticmethod
    def _reads_only_good(rule: Any, path: str, bad: list[str]) -> bool:
        """Whether ``rule`` reads none of the members under ``path`` that hold a wrong type.

        A rule that names no members, or an object with very many bad paths, is skipped.
        """
        reads = members_read(rule)
        if not reads or len(bad) > _MAX_BAD_PATHS_MATCHED:
            return False
        for member in reads:
            full = _paths.join(path, member)
            for where in bad:
                if where == full or where.startswith((full + ".", full + "[")):
                    return False
        return True

    def value(
        self,
        value: Any,
        spec: TypeSpec,
        constraint: Constraint | None,
        path: str,
        *,
        response: bool,
    ) -> None:
        if isinstance(spec, ModelT):
            if isinstance(value, spec.cls):
                self.model(value, path, response=response)
            else:
                self._wrong_type(path, spec, value)
        elif isinstance(spec, TupleT):
            if not isinstance(value, tuple):
                self._wrong_type(path, spec, value)
                return
            self._count(value, constraint, path)
            item = constraint.item if isinstance(constraint, Count) else None
            elements = cast("tuple[object, ...]", value)  # a tuple of anything, checked below
            for position, element in enumerate(elements):
                self.value(
                    element, spec.item, item, path + _paths.index(position), response=response
                )
        elif isinstance(spec, MapT):
            if not isinstance(value, Mapping):
                self._wrong_type(path, spec, value)
                return
            self._count(value, constraint, path)
            key = constraint.key if isinstance(constraint, Count) else None
            item = constraint.item if isinstance(constraint, Count) else None
            entries = read_mapping(cast("Mapping[object, object]", value))  # checked below
            if entries is None:
                self._type_error(path, "could not be read as a mapping")
                return
            for name, element in entries.items():
                where = path + _paths.key(name)
                self.value(name, spec.key, key, where, response=response)
                self.value(element, spec.value, item, where, response=response)
        elif isinstance(spec, EnumT):
            if not isinstance(value, spec.cls):
                self._wrong_type(path, spec, value)
        elif _too_long(value):
            self._type_error(path, f"is an integer of more than {_paths.MAX_INT_DIGITS} digits")
        elif not _scalar_ok(value, spec.py):
            self._wrong_type(path, spec, value)
        elif isinstance(constraint, (Text, Range)) and not self.types_only:
            self.found.extend(
                Violation(path=path, message=message) for message in constraint.violations(value)
            )

    def _union(self, obj: WireModel, path: str) -> None:
        """A union a caller builds sets exactly one member (its documentation, and botocore's)."""
        given = [
            spec.wire for spec in field_specs(type(obj)) if getattr(obj, spec.name) is not None
        ]
        if len(given) == 1:
            return
        names = ", ".join(spec.wire for spec in field_specs(type(obj)))
        message = (
            f"exactly one of {names} must be set, got none"
            if not given
            else f"exactly one of {names} must be set, got {len(given)}: {', '.join(given)}"
        )
        self.found.append(
            Violation(path=path, message=message, rule="union_has_exactly_one_member")
        )

    def _count(self, value: Any, constraint: Constraint | None, path: str) -> None:
        if isinstance(constraint, Count) and not self.types_only:
            self.found.extend(
                Violation(path=path, message=message) for message in constraint.violations(value)
            )

    def _wrong_type(self, path: str, spec: TypeSpec, value: object) -> None:
        self._type_error(path, f"expected {expected(spec)}, got {_name(value)}")

    def _type_error(self, path: str, message: str) -> None:
        self.type_errors += 1
        self.bad_paths.append(path)
        self.found.append(Violation(path=path, message=message))


class _Plan(Value):
    """What ``check`` needs of a class, looked up once: its members and how it is read."""

    __slots__ = ("specs", "response", "union")  # noqa: RUF023 - in the order of the value
    specs: tuple[FieldSpec, ...]
    response: bool
    union: bool

    def __init__(self, specs: tuple[FieldSpec, ...], response: bool, union: bool) -> None:
        set_ = object.__setattr__
        set_(self, "specs", specs)
        set_(self, "response", response)
        set_(self, "union", union)


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type[WireModel]) -> _Plan:
    found = _PLANS[cls] = _Plan(field_specs(cls), is_response_shape(cls), is_union(cls))
    return found


def safe_tz() -> tuple[type, ...]:
    """The tzinfo classes whose offset is always a valid one: a datetime carrying one is aware.

    Those of the standard library and the two botocore uses (dateutil's, imported here on
    first use rather than with the package). A tuple, most common first: ``in`` finds the
    class by identity before any hash is taken (botocore reads Transcribe's epoch numbers
    with tzlocal).
    """
    from dateutil.tz import tzlocal, tzutc

    return (tzlocal, tzutc, timezone)


#: ``[marker]``: the ``unknown_members`` an object built in Python gets when its check on
#: construction found nothing at all in it, as a request (``_construction``): an empty
#: FrozenMapping, equal to EMPTY but not it. A parent's fast check skips a child holding the
#: current marker, so a tree built bottom-up is checked once, not once per level: frozen, the
#: child is as clean as when it was built. A marker copied into a new object (``attrs.evolve``)
#: is frozen to EMPTY there, and ``deepcopy`` or ``pickle`` make a plain empty mapping, so only
#: the object checked carries it. A rule registered later was not run on marked objects: the
#: marker is then replaced, and every old mark is void.
CHECKED: Final[list[FrozenMapping[str, Any]]] = [FrozenMapping()]


def _new_marker() -> None:
    CHECKED[0] = FrozenMapping()


ON_CHANGE.append(_new_marker)


def _never_clean(obj: Any, path: str, found: list[Any] | None, response: bool) -> bool:
    """The fast check of a class with none generated (a caller's subclass): ask the walk."""
    return False


def _relocate(violation: Violation, path: str) -> Violation:
    """A rule's violation (its path relative to the object) seen from ``path``."""
    if not path:
        return violation
    return Violation(
        path=_paths.join(path, violation.path),
        message=violation.message,
        rule=violation.rule,
        severity=violation.severity,
    )


def _spec_of(cls: type[WireModel], attribute: str) -> FieldSpec:
    for spec in field_specs(cls):
        if spec.name == attribute:
            return spec
    raise LookupError(f"{cls.__name__} has no member {attribute}")  # a stale generated file


def _matcher(cls: type[WireModel], attribute: str, part: str) -> Callable[[str], object]:
    """The ``fullmatch`` of the pattern of a member (``part`` ""), or of its items or keys."""
    constraint = _spec_of(cls, attribute).constraint
    text = getattr(constraint, part) if part else constraint
    if not isinstance(text, Text) or text.pattern is None:
        raise LookupError(f"{cls.__name__}.{attribute} has no pattern for {part or 'itself'}")
    return text.matcher()


class _FastChecks(dict[type, FastCheck]):
    """The generated fast check of each class, made on first use (``<family>/_checks.py``)."""

    def __missing__(self, cls: type) -> FastCheck:
        made: FastCheck = _never_clean
        package = cls.__module__.rpartition(".")[0]
        factory = None
        # Only the generated families have fast checks: a caller's subclass, defined elsewhere,
        # must not make this import a module of the caller's package.
        if package.startswith("transcribe_model."):
            try:
                factory = importlib.import_module(package + "._checks").CHECKS.get(cls)
            except ImportError:  # a package of the library with no generated checks
                factory = None
        if factory is not None:
            made = factory(_helpers())
        self[cls] = made
        return made


#: Every fast check made so far, by class; the generated checks of nested shapes read it too.
FAST_CHECKS: Final = _FastChecks()


@functools.cache
def _helpers() -> Mapping[str, Any]:
    """What the generated fast checks are made with (made once, on the first check)."""
    return {
        "relocate": _relocate,
        # The registry's tables: a shape's rule runner (or None), read at each call.
        "request_runners": request_runners,
        "response_runners": response_runners,
        "is_response": is_response_shape,
        "int_limit": _paths.INT_LIMIT,
        "safe_tz": safe_tz(),
        "fast": FAST_CHECKS,
        "key": _paths.key,
        "matcher": _matcher,
        "checked": CHECKED,
    }


def _too_long(value: object) -> bool:
    """An int with more digits than Python writes out: refused before a message shows it."""
    return isinstance(value, int) and not _paths.int_fits(value)


def _scalar_ok(value: object, py: type) -> bool:
    if py is bool:
        return type(value) is bool
    if py is int:
        return type(value) is int
    if py is float:
        if type(value) is not float and type(value) is not int:
            return False
        try:
            return math.isfinite(float(value))
        except OverflowError:
            return False
    if py is datetime:
        return isinstance(value, datetime) and aware(value)
    if py is bytes:
        return type(value) is bytes
    return isinstance(value, str)


def aware(value: datetime) -> bool:
    """Whether ``value`` has a UTC offset that can be read: not naive, and a tzinfo that gives
    a ``timedelta`` within a day (``datetime`` itself refuses more) and does not raise."""
    try:
        return value.utcoffset() is not None
    except Exception:  # a caller's tzinfo may raise anything
        return False
