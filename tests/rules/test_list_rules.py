"""The List*, Get*, Delete* and Describe* rules (LIST-1..4, and C-1 on their one name).

All of them are bounds, patterns and enums of the service model, kept by the generated models
of every family: no rule function, only these tests. The requests and their members are found
in botocore's own service model (the oracle), not in the library: every List* operation's
``MaxResults``, ``NextToken``, name filter and status filter, and every Get*/Delete*/Describe*
operation's one required name.
"""

from __future__ import annotations

from typing import Any

import pytest
from family_rule_cases import ValueCase, assert_neighbour_accepted, assert_value_case_broken, ids

import transcribe_model as tm
from transcribe_model._index import OPERATIONS

#: Each operation's status filter: the values it refuses and one it takes.
STATUS_FILTERS: dict[str, tuple[str, str]] = {
    "Status": ("PENDING", "QUEUED"),  # jobs: no PENDING (a vocabulary state)
    "StatusEquals": ("QUEUED", "IN_PROGRESS"),  # language models: no QUEUED
    "StateEquals": ("COMPLETED", "READY"),  # vocabularies: PENDING, READY, FAILED
}
NAME_FILTERS = ("NameContains", "JobNameContains")


def _class(operation: str) -> type[tm.WireModel]:
    cls = getattr(tm, OPERATIONS[operation].input)
    assert isinstance(cls, type)
    return cls


def _input_members(operation: str) -> tuple[dict[str, Any], list[str]]:
    from family_rule_cases import service_model

    shape = service_model().operation_model(operation).input_shape
    assert shape is not None
    return dict(shape.members), list(shape.required_members)


def _list_cases() -> list[ValueCase]:
    cases: list[ValueCase] = []
    for operation in sorted(OPERATIONS):
        if not operation.startswith("List") or operation == "ListTagsForResource":
            continue
        cls = _class(operation)
        members, _required = _input_members(operation)
        for bad, good in ((0, 1), (101, 100)):
            cases.append(
                ValueCase(
                    f"list1-{operation}-max-results-{bad}",
                    cls,
                    {"MaxResults": bad},
                    "MaxResults",
                    {"MaxResults": good},
                )
            )
        for bad_token, good_token in (("", "t"), ("t" * 8193, "t" * 8192)):
            cases.append(
                ValueCase(
                    f"list2-{operation}-next-token-{len(bad_token)}",
                    cls,
                    {"NextToken": bad_token},
                    "NextToken",
                    {"NextToken": good_token},
                )
            )
        for wire in NAME_FILTERS:
            if wire in members:
                cases.append(
                    ValueCase(
                        f"list3-{operation}-{wire}-space",
                        cls,
                        {wire: "my job"},
                        wire,
                        {wire: "my-job"},
                    )
                )
                cases.append(
                    ValueCase(
                        f"list3-{operation}-{wire}-201",
                        cls,
                        {wire: "n" * 201},
                        wire,
                        {wire: "n" * 200},
                    )
                )
        for wire, (bad_status, good_status) in STATUS_FILTERS.items():
            if wire in members:
                cases.append(
                    ValueCase(
                        f"list4-{operation}-{wire}",
                        cls,
                        {wire: bad_status},
                        wire,
                        {wire: good_status},
                    )
                )
    return cases


def _name_cases() -> list[ValueCase]:
    cases: list[ValueCase] = []
    for operation in sorted(OPERATIONS):
        if not operation.startswith(("Get", "Delete", "Describe")):
            continue
        _members, required = _input_members(operation)
        assert len(required) == 1, operation
        (wire,) = required
        cls = _class(operation)
        cases.append(
            ValueCase(f"c1-{operation}-space", cls, {wire: "my name"}, wire, {wire: "my-name"})
        )
        cases.append(ValueCase(f"c1-{operation}-missing", cls, {}, wire, {wire: "n" * 200}))
    return cases


LIST_CASES = _list_cases()
NAME_CASES = _name_cases()
CASES = [*LIST_CASES, *NAME_CASES]


def test_every_list_operation_and_filter_is_covered() -> None:
    """Nine List* operations; a status filter on all but filters and categories (LIST-4); a
    name filter on all but categories (LIST-3)."""
    operations = {case.id.split("-")[1] for case in LIST_CASES}
    assert len(operations) == 9
    status = {case.id.split("-")[1] for case in LIST_CASES if case.id.startswith("list4")}
    assert operations - status == {"ListVocabularyFilters", "ListCallAnalyticsCategories"}
    named = {case.id.split("-")[1] for case in LIST_CASES if case.id.startswith("list3")}
    assert operations - named == {"ListCallAnalyticsCategories"}


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_a_list_or_name_rule_is_refused_at_its_member(case: ValueCase) -> None:
    assert_value_case_broken(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_its_neighbour_is_accepted_by_the_library_and_botocore(case: ValueCase) -> None:
    assert_neighbour_accepted(case.good, case.cls)
