"""The table-driven form every rules test of ``tests/rules`` shares, and its oracles.

A ``Case`` is one wire-dict request of a named operation that breaks one documented rule (by
the rule's function name, or ``None`` for a rule the generated constraint data keeps) at the
given paths, and ``good``, its neighbour one change away that must be accepted with nothing to
report. ``ResponseCase`` is the same for an invariant of what the service sends. The oracles are
independent of the rule code: the expected paths are written out by hand, and every accepted
neighbour must also pass botocore's own ``ParamValidator`` for the operation's input shape.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Literal

import attrs
import botocore.session
import pytest
from botocore.model import ServiceModel
from botocore.validate import ParamValidator
from wired import WIRED_RULES

import transcribe_model as tm
from transcribe_model import ValidationError, Violation, WireModel
from transcribe_model._index import OPERATIONS
from transcribe_model._registry import registered_request_rules, registered_response_checks

MEDIA_URI = "s3://amzn-s3-demo-bucket/media/visit.wav"
ROLE_ARN = "arn:aws:iam::111122223333:role/TranscribeAccess"
KMS_KEY_ARN = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"


@attrs.frozen
class Case:
    """``bad`` breaks ``rule`` of ``operation`` at ``paths``; ``good`` is its accepted neighbour.

    ``rule`` None: a rule kept by a constraint (value, union, required, unknown member); then
    ``paths`` must each carry a violation of no rule.
    """

    id: str
    operation: str
    bad: dict[str, Any]
    rule: str | None
    paths: tuple[str, ...]
    good: dict[str, Any]
    severity: Literal["error", "warning"] = "error"

    @property
    def cls(self) -> type[WireModel]:
        """The request class of the operation."""
        return request_class(self.operation)


@attrs.frozen
class ResponseCase:
    """``bad`` (a response shape ``cls``) breaks the check ``rule`` at ``paths``; ``good`` not."""

    id: str
    cls: type[WireModel]
    bad: dict[str, Any]
    rule: str
    paths: tuple[str, ...]
    good: dict[str, Any]


def request_class(operation: str) -> type[WireModel]:
    """The generated request class of ``operation``."""
    name = OPERATIONS[operation].input
    assert name is not None, operation
    cls: type[WireModel] = getattr(tm, name)
    return cls


@functools.cache
def service_model() -> ServiceModel:
    """botocore's transcribe service model, loaded once."""
    return botocore.session.get_session().get_service_model("transcribe")


def botocore_report(data: dict[str, Any], operation: str) -> str | None:
    """botocore's ParamValidator report on ``data`` as input of ``operation``, None if clean."""
    shape = service_model().operation_model(operation).input_shape
    report = ParamValidator().validate(data, shape)
    return report.generate_report() if report.has_errors() else None


def rejected(case: Case) -> tuple[Violation, ...]:
    """The violations of the ValidationError that structuring ``case.bad`` raises."""
    with pytest.raises(ValidationError) as info:
        tm.structure(case.bad, case.cls)
    return info.value.errors


def paths_of(violations: Iterable[Violation], rule: str | None) -> list[str]:
    """The sorted paths of the violations of ``rule`` (None: of no rule)."""
    return sorted(violation.path for violation in violations if violation.rule == rule)


def rules_of_modules(modules: Iterable[str], *, response: bool = False) -> set[str]:
    """The names of the registered rules (or response checks) defined in ``modules``."""
    wanted = set(modules)
    table = registered_response_checks() if response else registered_request_rules()
    return {
        rule.__name__
        for rules in table.values()
        for rule in rules
        if rule.__module__ in wanted and rule.__name__ not in WIRED_RULES
    }


def ids(cases: Iterable[Case | ResponseCase]) -> list[str]:
    """The test ids of ``cases``."""
    return [case.id for case in cases]


# --- the assertions every table runs -----------------------------------------------------------


def assert_refused_or_warned(case: Case) -> None:
    """An error case is refused with the rule at exactly its paths and nothing else; a warning
    case is built, and check() reports exactly the rule's warnings at its paths."""
    if case.severity == "error":
        errors = rejected(case)
        assert paths_of(errors, case.rule) == sorted(case.paths), errors
        if case.rule is not None:
            assert {violation.rule for violation in errors} == {case.rule}, errors
        return
    found = tm.check(tm.structure(case.bad, case.cls))
    assert sorted((v.path, v.rule, v.severity) for v in found) == sorted(
        (path, case.rule, "warning") for path in case.paths
    )


def assert_unchecked_check_names_rule(case: Case) -> None:
    """check() on the broken request built without checks reports the rule at its paths."""
    unchecked = tm.make_converter(keep_unknown=False).structure(case.bad, case.cls)
    assert paths_of(tm.check(unchecked), case.rule) == sorted(case.paths)


def assert_accepted(case: Case) -> None:
    """The neighbour structures, check() finds nothing, and botocore's validator agrees."""
    obj = tm.structure(case.good, case.cls)
    assert tm.check(obj) == ()
    assert botocore_report(tm.unstructure(obj), case.operation) is None


def assert_response_reported(case: ResponseCase) -> None:
    """The broken response parses, and check() names only the invariant at its paths."""
    found = tm.check(tm.structure(case.bad, case.cls))
    assert sorted((v.path, v.rule) for v in found) == sorted((p, case.rule) for p in case.paths)


def assert_response_clean(case: ResponseCase) -> None:
    """The response neighbour parses with nothing to report."""
    assert tm.check(tm.structure(case.good, case.cls)) == ()
