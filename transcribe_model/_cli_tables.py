"""How the service commands print jobs: as the AWS CLI does, or as tables for people.

``--output json`` prints a job wrapped as ``get-transcription-job`` prints it;
``--output table`` prints a job one member per row (nested members by path) and a list of jobs
one row per job. Kept apart from the commands so that what a person sees can change without
touching how the service is called. Every string from the service goes through ``_cli_text``
first: a cell's control characters and lone surrogates are escaped (``\\x1b``), JSON's are
JSON escapes, so nothing the service sends can steer the terminal or fail to print.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, cast

from transcribe_model._api import to_json, unstructure
from transcribe_model._cli_text import json_for_terminal, printable

if TYPE_CHECKING:
    from transcribe_model._models import TranscriptionJob, TranscriptionJobSummary


def print_job(job: TranscriptionJob, output: str) -> None:
    """Print one job to standard output in the ``--output`` form: ``json`` or ``table``."""
    from transcribe_model._models import GetTranscriptionJobResponse

    if output == "table":
        print(_job_table(job), file=sys.stdout)
    else:
        text = to_json(GetTranscriptionJobResponse(transcription_job=job))
        print(json_for_terminal(text), file=sys.stdout)


def _job_table(job: TranscriptionJob) -> str:
    """Every member of the job, one per row, nested ones by path: ``Media.MediaFileUri``."""
    return _table(("FIELD", "VALUE"), list(_flatten(unstructure(job), "")))


def _flatten(value: object, path: str) -> Iterable[tuple[str, str]]:
    leaf: object = value  # kept apart from the narrowing below
    if isinstance(value, Mapping) and value:
        for key, item in cast(Mapping[str, object], value).items():
            yield from _flatten(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list | tuple) and value:
        for index, item in enumerate(cast(Sequence[object], value)):
            yield from _flatten(item, f"{path}[{index}]")
    else:
        yield printable(path), _cell(leaf)


def summaries_table(summaries: Sequence[TranscriptionJobSummary]) -> str:
    """One row per job: what a person scans a list for."""
    rows = [
        (
            _cell(summary.transcription_job_name),
            _cell(summary.transcription_job_status),
            _cell(summary.language_code or _language_codes(summary)),
            _cell(summary.creation_time),
            _cell(summary.completion_time),
            _cell(summary.failure_reason),
        )
        for summary in summaries
    ]
    return _table(("NAME", "STATUS", "LANGUAGE", "CREATED", "COMPLETED", "FAILURE REASON"), rows)


def _language_codes(summary: TranscriptionJobSummary) -> str | None:
    codes = [item.language_code for item in summary.language_codes or () if item.language_code]
    return ",".join(codes) or None


def _cell(value: object) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return printable(str(value))


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [
        max([len(header[column])] + [len(row[column]) for row in rows])
        for column in range(len(header))
    ]
    lines = [header, *rows]
    # Strip the padding only: a value of other whitespace (a no-break space) stays visible.
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip(" ")
        for line in lines
    )
