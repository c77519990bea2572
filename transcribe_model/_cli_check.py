"""The ``check`` command: each FILE read, its shape chosen, checked, and given a verdict.

Works offline and never loads the client. Reading (limits, JSON, YAML) is ``_cli_input``'s,
choosing the shape ``_cli_operations``', writing the verdicts ``_cli_report``'s; this module
only decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from transcribe_model._api import from_json
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._cli_exit import EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID
from transcribe_model._cli_input import InputFormat, Unreadable, read_document
from transcribe_model._cli_operations import guess_shape
from transcribe_model._cli_report import FileResult, ReportFormat, write_report
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._spec import is_response_shape

_STATUS = {"valid": EXIT_VALID, "invalid": EXIT_INVALID, "unreadable": EXIT_UNREADABLE}


def check_source(
    source: str,
    *,
    shape: type[WireModel] | None = None,
    operation: str | None = None,
    allow_unknown: bool = False,
    input_format: InputFormat = "auto",
) -> FileResult:
    """Check the document in ``source`` (``-`` for standard input) and say what was found.

    ``shape`` wins over ``operation``; without either the shape is guessed from the members.
    """
    try:
        text, data = read_document(source, input_format)
    except Unreadable as exc:
        return FileResult(
            file=source,
            shape=None,
            verdict="unreadable",
            violations=(Violation(path="", message=str(exc)),),
        )
    cls = shape or guess_shape(data, operation)
    try:
        model = from_json(text, cls, allow_unknown=True if allow_unknown else None)
    except ValidationError as exc:
        return FileResult(file=source, shape=cls.__name__, verdict="invalid", violations=exc.errors)
    found = tuple(check(model))
    invalid = any(violation.severity == "error" for violation in found)
    note = "as the service sent it" if invalid and is_response_shape(cls) else None
    return FileResult(
        file=source,
        shape=cls.__name__,
        verdict="invalid" if invalid else "valid",
        violations=found,
        note=note,
    )


def run_check(
    sources: Sequence[str],
    *,
    shape: type[WireModel] | None,
    operation: str | None,
    allow_unknown: bool,
    input_format: InputFormat,
    report_format: ReportFormat,
    out: TextIO,
) -> int:
    """Check every source, write the report, and return the worst file's exit status.

    Text and GitHub output are written file by file, as each is checked; JSON once, at the end.
    """
    status = EXIT_VALID
    results: list[FileResult] = []
    for source in sources:
        result = check_source(
            source,
            shape=shape,
            operation=operation,
            allow_unknown=allow_unknown,
            input_format=input_format,
        )
        status = max(status, _STATUS[result.verdict])
        if report_format == "json":
            results.append(result)
        else:
            write_report([result], report_format, out)
    if report_format == "json":
        write_report(results, report_format, out)
    return status
