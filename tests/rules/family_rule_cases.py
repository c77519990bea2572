"""What the rule tests of the resource and synchronous families share: cases and their oracles.

A ``Case`` is one request, as the wire dict a boto3 caller would pass, that breaks one documented
rule, with the paths the rule must report and a neighbour one change away that must be accepted.
A ``ValueCase`` breaks a rule the generated model keeps by itself (a bound, pattern, enum,
requiredness, union or unknown member): it is refused by no named rule, at its path. A
``ResponseCase`` is what the service might send: parsing never fails, ``check()`` reports it.

Every accepted neighbour is also put through botocore's own ``ParamValidator`` against the
operation's input shape: an independent oracle that what the library accepts boto3 would send.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any, Literal

import attrs
import botocore.session
import pytest
from botocore.model import ServiceModel, Shape
from botocore.validate import ParamValidator
from wired import WIRED_RULES

import transcribe_model as tm
from transcribe_model import ValidationError, Violation, WireModel
from transcribe_model._index import OPERATIONS
from transcribe_model._registry import registered_request_rules, registered_response_checks

Severity = Literal["error", "warning"]


@attrs.frozen
class Case:
    """``bad`` breaks the rule named ``rule`` of ``cls`` at ``paths``; ``good`` keeps it."""

    id: str
    cls: type[WireModel]
    rule: str
    bad: dict[str, Any]
    paths: tuple[str, ...]
    good: dict[str, Any]
    severity: Severity = "error"


@attrs.frozen
class ValueCase:
    """``bad`` breaks a constraint of the model at ``path``; ``good`` keeps it.

    ``rule`` is None for a bound, pattern, enum, requiredness or unknown member, and the
    generated models' own ``union_has_exactly_one_member`` for a tagged union.
    """

    id: str
    cls: type[WireModel]
    bad: dict[str, Any]
    path: str
    good: dict[str, Any]
    rule: str | None = None


@attrs.frozen
class ResponseCase:
    """The service sent ``bad``: ``check()`` reports ``rule`` at ``paths``, nothing for ``good``."""

    id: str
    cls: type[WireModel]
    rule: str
    bad: dict[str, Any]
    paths: tuple[str, ...]
    good: dict[str, Any]


def ids(cases: Iterable[Case | ValueCase | ResponseCase]) -> list[str]:
    """The cases' ids, for ``pytest.mark.parametrize``."""
    return [case.id for case in cases]


@functools.cache
def service_model() -> ServiceModel:
    """botocore's transcribe service model, loaded once."""
    return botocore.session.get_session().get_service_model("transcribe")


def input_shape(cls: type[WireModel]) -> Shape:
    """The botocore input shape of the operation whose request ``cls`` is."""
    for operation in OPERATIONS.values():
        if operation.input == cls.__name__:
            return service_model().operation_model(operation.name).input_shape
    raise AssertionError(f"{cls.__name__} is no operation's input")


def refused(data: dict[str, Any], cls: type[WireModel]) -> tuple[Violation, ...]:
    """The violations of the ValidationError that structuring ``data`` must raise."""
    with pytest.raises(ValidationError) as info:
        tm.structure(data, cls)
    return info.value.errors


def paths_of(violations: Iterable[Violation], rule: str | None) -> list[str]:
    """The sorted paths of the violations reported by ``rule`` (None: by no rule)."""
    return sorted(violation.path for violation in violations if violation.rule == rule)


def unchecked(data: dict[str, Any], cls: type[WireModel]) -> WireModel:
    """``data`` as a ``cls`` built without any check (what ``check()`` is for)."""
    obj = tm.make_converter(keep_unknown=False).structure(data, cls)
    assert isinstance(obj, cls)
    return obj


def rebuilt(obj: WireModel) -> WireModel:
    """``obj`` built again through its ``__init__``, as a Python caller would build it."""
    return type(obj)(**{field.name: getattr(obj, field.name) for field in attrs.fields(type(obj))})


def assert_botocore_accepts(obj: WireModel) -> None:
    """botocore's ParamValidator finds nothing wrong in ``obj`` as its operation's input."""
    report = ParamValidator().validate(tm.unstructure(obj), input_shape(type(obj)))
    assert not report.has_errors(), report.generate_report()


def rules_of(module: ModuleType) -> Iterator[str]:
    """The names of the request rules and response checks ``module`` registered."""
    for table in (registered_request_rules(), registered_response_checks()):
        for rules in table.values():
            for rule in rules:
                if rule.__module__ == module.__name__ and rule.__name__ not in WIRED_RULES:
                    yield rule.__name__


# --- the checks every test module runs on its cases ------------------------------------------


def assert_case_broken(case: Case) -> None:
    """An error refuses structure() and construction; a warning only shows in check()."""
    if case.severity == "error":
        errors = refused(case.bad, case.cls)
        assert paths_of(errors, case.rule) == sorted(case.paths)
        assert {violation.rule for violation in errors} == {case.rule}
        with pytest.raises(ValidationError) as info:
            rebuilt(unchecked(case.bad, case.cls))
        assert paths_of(info.value.errors, case.rule) == sorted(case.paths)
    else:
        found = tm.check(tm.structure(case.bad, case.cls))
        assert paths_of(found, case.rule) == sorted(case.paths)
        assert {(violation.rule, violation.severity) for violation in found} == {
            (case.rule, "warning")
        }
    assert paths_of(tm.check(unchecked(case.bad, case.cls)), case.rule) == sorted(case.paths)


def assert_neighbour_accepted(data: dict[str, Any], cls: type[WireModel]) -> None:
    """The neighbour structures with nothing to report, and botocore accepts it too."""
    obj = tm.structure(data, cls)
    assert tm.check(obj) == ()
    assert tm.check(rebuilt(obj)) == ()
    assert_botocore_accepts(obj)


def assert_value_case_broken(case: ValueCase) -> None:
    """The model refuses the value at its path, by a constraint (or the union check)."""
    assert case.path in paths_of(refused(case.bad, case.cls), case.rule)


def assert_response_case_reported(case: ResponseCase) -> None:
    """Parsing never fails; check() reports the rule at its paths, and nothing for the neighbour."""
    found = tm.check(tm.structure(case.bad, case.cls))
    assert paths_of(found, case.rule) == sorted(case.paths)
    assert {violation.rule for violation in found} == {case.rule}
    assert tm.check(tm.structure(case.good, case.cls)) == ()
