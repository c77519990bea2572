"""Where the documented cross-field rules register themselves, by the shape they apply to.

The core imports no shape: a family's ``rules`` module decorates each rule with
``@request_rule(Shape)`` (a rule a caller's request must keep; an error refuses it, a warning
only shows in ``check()``) or ``@response_check(Shape)`` (what ``check()`` reports on what the
service sent; it never makes parsing fail), and ``check()`` asks this registry for the rules of
the class it walks. Importing a family imports its rules module, so a shape's rules are
registered before any instance of it exists. This module imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter
from types import MemberDescriptorType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from transcribe_model._errors import Violation

Rule = Callable[[Any], "Iterator[Violation]"]
R = TypeVar("R", bound=Callable[..., Any])

_REQUEST_RULES: dict[type, tuple[Rule, ...]] = {}
_RESPONSE_CHECKS: dict[type, tuple[Rule, ...]] = {}
_READS: dict[Callable[..., Any], tuple[str, ...]] = {}
_ONLY_WITH: dict[Callable[..., Any], tuple[str, ...]] = {}

#: One step of a plan: a guard (``attrgetter`` of the members a run of rules needs, or None for
#: rules that always run), what the guard reads when every one of them is absent, and the rules.
Step = tuple["Callable[[Any], object] | None", object, tuple[Rule, ...]]

# The rules of each shape as the generated fast checks run them: consecutive rules with the same
# ``only_with`` share one guard, read before any of them is called. Remade on each registration.
_REQUEST_PLANS: dict[type, tuple[Step, ...]] = {}
_RESPONSE_PLANS: dict[type, tuple[Step, ...]] = {}


#: Called with no argument whenever a rule is registered: ``_check`` forgets which objects it
#: found clean, since a rule registered now was not run on them.
ON_CHANGE: list[Callable[[], None]] = []


def _register(
    table: dict[type, tuple[Rule, ...]],
    plans: dict[type, tuple[Step, ...]],
    shapes: tuple[type, ...],
    reads: tuple[str, ...],
    only_with: tuple[str, ...],
) -> Callable[[R], R]:
    for shape in shapes:
        for attribute in only_with:
            # A slotted class has a member descriptor per attribute: a misspelt name is refused
            # here, at import, rather than as an AttributeError in some later check.
            if not isinstance(getattr(shape, attribute, None), MemberDescriptorType):
                raise ValueError(f"only_with: {shape.__name__} has no member {attribute!r}")

    def decorate(rule: R) -> R:
        _READS[rule] = reads
        if only_with:
            _ONLY_WITH[rule] = only_with
        for shape in shapes:
            if rule not in table.get(shape, ()):
                table[shape] = (*table.get(shape, ()), rule)
            plans[shape] = plan(table[shape])
        for changed in ON_CHANGE:
            changed()
        return rule

    return decorate


def plan(rules: tuple[Rule, ...]) -> tuple[Step, ...]:
    """``rules`` in order, consecutive rules with the same ``only_with`` under one guard."""
    steps: list[Step] = []
    kept: tuple[str, ...] | None = None
    for rule in rules:
        only_with = _ONLY_WITH.get(rule, ())
        if steps and only_with == kept:
            guard, absent, run = steps[-1]
            steps[-1] = (guard, absent, (*run, rule))
            continue
        kept = only_with
        if not only_with:
            steps.append((None, None, (rule,)))
        else:
            # attrgetter of one name gives the value, of several a tuple: absent is None, or a
            # tuple of Nones, to compare with.
            absent = None if len(only_with) == 1 else (None,) * len(only_with)
            steps.append((attrgetter(*only_with), absent, (rule,)))
    return tuple(steps)


def request_rule(
    *shapes: type, reads: tuple[str, ...] = (), only_with: tuple[str, ...] = ()
) -> Callable[[R], R]:
    """Register a rule that what a caller builds of each of ``shapes`` must keep.

    ``reads`` names the members (wire names) whose documentation states the rule: the
    generator writes the rule's name into those members' docstring entries.

    ``only_with`` (attribute names) is a promise that the rule finds nothing while every one of
    those members is None; ``check()`` then does not call it for such an object, which spares
    the call for the many rules of the form "X needs Y". ``tests/test_rule_guards.py`` holds
    every registered promise to the rule's own behaviour.
    """
    return _register(_REQUEST_RULES, _REQUEST_PLANS, shapes, reads, only_with)


def response_check(
    *shapes: type, reads: tuple[str, ...] = (), only_with: tuple[str, ...] = ()
) -> Callable[[R], R]:
    """Register a check ``check()`` reports on what the service sent of each of ``shapes``
    (``reads`` and ``only_with`` as for ``request_rule``)."""
    return _register(_RESPONSE_CHECKS, _RESPONSE_PLANS, shapes, reads, only_with)


def only_with(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The members (attribute names) without which a registered rule promised to find nothing."""
    return _ONLY_WITH.get(rule, ())


def members_read(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The members (wire names) a registered rule was declared to read."""
    return _READS.get(rule, ())


def request_rules(cls: type) -> tuple[Rule, ...]:
    """The rules registered for ``cls`` as a caller builds it, in registration order."""
    return _REQUEST_RULES.get(cls, ())


def response_checks(cls: type) -> tuple[Rule, ...]:
    """The checks registered for ``cls`` as the service sends it, in registration order."""
    return _RESPONSE_CHECKS.get(cls, ())


#: The plans (``plan``) of each shape, as the tables' own ``get`` (``(cls, ())``), for the
#: generated fast checks, which call them for every object they check.
request_plans_get: Callable[[type, tuple[Step, ...]], tuple[Step, ...]] = _REQUEST_PLANS.get
response_plans_get: Callable[[type, tuple[Step, ...]], tuple[Step, ...]] = _RESPONSE_PLANS.get


def registered_request_rules() -> dict[type, tuple[Rule, ...]]:
    """Every request rule registered so far (of the families imported), by shape."""
    return dict(_REQUEST_RULES)


def registered_response_checks() -> dict[type, tuple[Rule, ...]]:
    """Every response check registered so far (of the families imported), by shape."""
    return dict(_RESPONSE_CHECKS)
