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
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from transcribe_model._errors import Violation

Rule = Callable[[Any], "Iterator[Violation]"]
R = TypeVar("R", bound=Callable[..., Any])

_REQUEST_RULES: dict[type, tuple[Rule, ...]] = {}
_RESPONSE_CHECKS: dict[type, tuple[Rule, ...]] = {}
_READS: dict[Callable[..., Any], tuple[str, ...]] = {}


#: Called with no argument whenever a rule is registered: ``_check`` forgets which objects it
#: found clean, since a rule registered now was not run on them.
ON_CHANGE: list[Callable[[], None]] = []


def _register(
    table: dict[type, tuple[Rule, ...]], shapes: tuple[type, ...], reads: tuple[str, ...]
) -> Callable[[R], R]:
    def decorate(rule: R) -> R:
        _READS[rule] = reads
        for shape in shapes:
            if rule not in table.get(shape, ()):
                table[shape] = (*table.get(shape, ()), rule)
        for changed in ON_CHANGE:
            changed()
        return rule

    return decorate


def request_rule(*shapes: type, reads: tuple[str, ...] = ()) -> Callable[[R], R]:
    """Register a rule that what a caller builds of each of ``shapes`` must keep.

    ``reads`` names the members (wire names) whose documentation states the rule: the
    generator writes the rule's name into those members' docstring entries.
    """
    return _register(_REQUEST_RULES, shapes, reads)


def response_check(*shapes: type, reads: tuple[str, ...] = ()) -> Callable[[R], R]:
    """Register a check ``check()`` reports on what the service sent of each of ``shapes``."""
    return _register(_RESPONSE_CHECKS, shapes, reads)


def members_read(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The members (wire names) a registered rule was declared to read."""
    return _READS.get(rule, ())


def request_rules(cls: type) -> tuple[Rule, ...]:
    """The rules registered for ``cls`` as a caller builds it, in registration order."""
    return _REQUEST_RULES.get(cls, ())


def response_checks(cls: type) -> tuple[Rule, ...]:
    """The checks registered for ``cls`` as the service sends it, in registration order."""
    return _RESPONSE_CHECKS.get(cls, ())


#: ``request_rules`` and ``response_checks`` as the tables' own ``get`` (``(cls, ())``), for
#: the generated fast checks, which call them for every object they check.
request_rules_get: Callable[[type, tuple[Rule, ...]], tuple[Rule, ...]] = _REQUEST_RULES.get
response_checks_get: Callable[[type, tuple[Rule, ...]], tuple[Rule, ...]] = _RESPONSE_CHECKS.get


def registered_request_rules() -> dict[type, tuple[Rule, ...]]:
    """Every request rule registered so far (of the families imported), by shape."""
    return dict(_REQUEST_RULES)


def registered_response_checks() -> dict[type, tuple[Rule, ...]]:
    """Every response check registered so far (of the families imported), by shape."""
    return dict(_RESPONSE_CHECKS)
