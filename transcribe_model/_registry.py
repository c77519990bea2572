"""Where the documented cross-field rules register themselves, by the shape they apply to.

The core imports no shape: a family's ``rules`` module decorates each rule with
``@request_rule(Shape)`` (a rule a caller's request must keep; an error refuses it, a warning
only shows in ``check()``) or ``@response_check(Shape)`` (what ``check()`` reports on what the
service sent; it never makes parsing fail), and ``check()`` asks this registry for the rules of
the class it walks. Importing a family imports its rules module, so a shape's rules are
registered before any instance of it exists. This module imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MemberDescriptorType
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:
    from transcribe_model._errors import Violation

Rule = Callable[[Any], "Iterator[Violation]"]
R = TypeVar("R", bound=Callable[..., Any])

_REQUEST_RULES: dict[type, tuple[Rule, ...]] = {}
_RESPONSE_CHECKS: dict[type, tuple[Rule, ...]] = {}
_READS: dict[Callable[..., Any], tuple[str, ...]] = {}
_ONLY_WITH: dict[Callable[..., Any], tuple[str, ...]] = {}

#: A shape's rules as the generated fast checks run them: one function, ``run(obj, found, path,
#: relocate)``, that calls each rule on ``obj`` and appends what it yields, moved to ``path`` by
#: ``relocate``, to ``found``. Consecutive rules with the same ``only_with`` share one inline
#: test (``obj.member is not None``), read before any of them is called.
Runner = Callable[[Any, list[Any], str, Callable[[Any, str], Any]], None]


class _Runners(dict[type, "Runner | None"]):
    """The runner of each shape (None: it has no rules), compiled on its first check.

    Not at registration: importing the package registers every rule, one at a time, and most
    shapes are never checked. A registration forgets the runner of its shapes.
    """

    def __init__(self, table: dict[type, tuple[Rule, ...]]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, shape: type) -> Runner | None:
        rules = self.table.get(shape, ())
        made = runner(rules) if rules else None
        self[shape] = made
        return made


_REQUEST_RUNNERS: Final = _Runners(_REQUEST_RULES)
_RESPONSE_RUNNERS: Final = _Runners(_RESPONSE_CHECKS)


#: Called with no argument whenever a rule is registered: ``_check`` forgets which objects it
#: found clean, since a rule registered now was not run on them.
ON_CHANGE: list[Callable[[], None]] = []


def _register(
    table: dict[type, tuple[Rule, ...]],
    runners: dict[type, Runner | None],
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
            runners.pop(shape, None)
        for changed in ON_CHANGE:
            changed()
        return rule

    return decorate


def plan(rules: tuple[Rule, ...]) -> tuple[tuple[tuple[str, ...], tuple[Rule, ...]], ...]:
    """``rules`` in order, consecutive rules with the same ``only_with`` in one step."""
    steps: list[tuple[tuple[str, ...], tuple[Rule, ...]]] = []
    for rule in rules:
        only_with = _ONLY_WITH.get(rule, ())
        if steps and only_with == steps[-1][0]:
            steps[-1] = (only_with, (*steps[-1][1], rule))
        else:
            steps.append((only_with, (rule,)))
    return tuple(steps)


def runner(rules: tuple[Rule, ...]) -> Runner:
    """The function that runs ``rules`` (at least one: a shape without rules has no runner) by
    their ``plan``: straight-line code, its guards inline.

    Compiled once (``_Runners``) rather than walked per check: a guard read as an attribute in
    place costs a fraction of a call (of an ``attrgetter``) and of a loop over the steps.
    The names in a guard are slots of the shape (``_register`` refuses any other), so they are
    identifiers and nothing else reaches the source.
    """
    namespace: dict[str, Any] = {}
    lines = ["def run(obj, found, path, relocate):"]
    number = 0
    for only_with, run in plan(rules):
        indent = "    "
        if only_with:
            given = " or ".join(f"obj.{attribute} is not None" for attribute in only_with)
            lines.append(f"    if {given}:")
            indent = "        "
        for rule in run:
            namespace[f"rule_{number}"] = rule
            lines += [
                f"{indent}for violation in rule_{number}(obj):",
                f"{indent}    found.append(relocate(violation, path))",
            ]
            number += 1
    exec(compile("\n".join(lines), "<rules runner>", "exec"), namespace)
    made: Runner = namespace["run"]
    return made


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
    return _register(_REQUEST_RULES, _REQUEST_RUNNERS, shapes, reads, only_with)


def response_check(
    *shapes: type, reads: tuple[str, ...] = (), only_with: tuple[str, ...] = ()
) -> Callable[[R], R]:
    """Register a check ``check()`` reports on what the service sent of each of ``shapes``
    (``reads`` and ``only_with`` as for ``request_rule``)."""
    return _register(_RESPONSE_CHECKS, _RESPONSE_RUNNERS, shapes, reads, only_with)


def only_with(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The members (attribute names) without which a registered rule promised to find nothing."""
    return _ONLY_WITH.get(rule, ())


def members_read(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The members (wire names) a registered rule was declared to read."""
    return _READS.get(rule, ())


def request_rules(cls: type) -> tuple[Rule, ...]:
    """The rules registered for ``cls`` as a caller builds it, in registration order; for a
    caller's subclass of a shape, the shape's (a subclass is still that shape on the wire)."""
    return _registered_for(_REQUEST_RULES, cls)


def response_checks(cls: type) -> tuple[Rule, ...]:
    """The checks registered for ``cls`` as the service sends it, in registration order (a
    subclass's are its shape's, as for ``request_rules``)."""
    return _registered_for(_RESPONSE_CHECKS, cls)


def _registered_for(table: Mapping[type, tuple[Rule, ...]], cls: type) -> tuple[Rule, ...]:
    """What ``table`` holds for the nearest class of ``cls``'s MRO (``cls`` itself first)."""
    for klass in cls.__mro__:
        found = table.get(klass)
        if found is not None:
            return found
    return ()


#: The runners (``runner``) of each shape, by subscript (None: no rules), for the generated fast
#: checks, which read them for every object they check.
request_runners: Mapping[type, Runner | None] = _REQUEST_RUNNERS
response_runners: Mapping[type, Runner | None] = _RESPONSE_RUNNERS


def registered_request_rules() -> dict[type, tuple[Rule, ...]]:
    """Every request rule registered so far (of the families imported), by shape."""
    return dict(_REQUEST_RULES)


def registered_response_checks() -> dict[type, tuple[Rule, ...]]:
    """Every response check registered so far (of the families imported), by shape."""
    return dict(_RESPONSE_CHECKS)
