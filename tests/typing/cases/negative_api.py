"""Misuse of the conversion functions, errors and containers that the checkers must refuse.

Marked as in negative_models.py: ``# type: ignore[code]`` for mypy, ``# pyright: ignore[rule]``
for pyright, each line one case. Never run.
"""

from __future__ import annotations

from typing import Any

from transcribe_model import (
    FrozenMapping,
    Settings,
    TranscriptionJob,
    ValidationError,
    Violation,
    from_json,
    structure,
    to_json,
    unstructure,
)

DATA: dict[str, Any] = {"TranscriptionJobName": "meeting"}


def structure_result_used_as_the_wrong_class() -> Settings:
    settings: Settings = structure(DATA, TranscriptionJob)  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]
    return settings


def structure_result_returned_as_the_wrong_class() -> Settings:
    return structure(DATA, TranscriptionJob)  # type: ignore[return-value]  # pyright: ignore[reportReturnType]


def from_json_result_has_only_its_class_attributes() -> object:
    return from_json("{}", TranscriptionJob).media_file_uri  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType]


def structure_into_a_class_that_is_not_a_shape() -> object:
    return structure(DATA, dict)  # type: ignore[type-var]  # pyright: ignore[reportArgumentType, reportUnknownVariableType]


def unstructure_something_that_is_not_a_model() -> dict[str, Any]:
    return unstructure(DATA)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def from_json_of_a_dict() -> TranscriptionJob:
    return from_json(DATA, TranscriptionJob)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def allow_unknown_is_a_bool() -> TranscriptionJob:
    return structure(DATA, TranscriptionJob, allow_unknown="yes")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def indent_is_an_int(job: TranscriptionJob) -> str:
    return to_json(job, indent="    ")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def errors_are_a_tuple(error: ValidationError) -> None:
    error.errors.append(Violation(path="", message="more"))  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]


def severity_is_one_of_two_literals(violation: Violation) -> bool:
    return violation.severity == "fatal"  # type: ignore[comparison-overlap]  # pyright: ignore[reportUnnecessaryComparison]


def violation_is_frozen(violation: Violation) -> None:
    violation.path = "Settings"  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue]


def frozen_mapping_is_read_only(mapping: FrozenMapping[str, int]) -> None:
    mapping["key"] = 1  # type: ignore[index]  # pyright: ignore[reportIndexIssue]


def unknown_members_are_read_only(job: TranscriptionJob) -> None:
    job.unknown_members["Extra"] = 1  # type: ignore[index]  # pyright: ignore[reportIndexIssue]
