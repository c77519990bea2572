"""How ``check`` reports its verdicts: ``--format text``, ``json`` or ``github``.

``check`` decides (see ``_cli``); this module only writes. Each FILE ends in one ``FileResult``:

- ``text``: a line per file, ``FILE: VERDICT (Shape)``, then a line per violation. For people.
- ``json``: one JSON document, a list with an object per file (``file``, ``shape``,
  ``verdict``, ``violations`` of ``path``, ``message``, ``rule``, ``severity``), as described
  by ``_cli_check_report.schema.json``. ASCII only, so no byte of it can upset a terminal or a
  parser that expects valid UTF-8. For programs.
- ``github``: a workflow command per violation (``::error file=F,title=PATH::MESSAGE`` or
  ``::warning ...``), which GitHub Actions shows as annotations on the pull request. Escaped
  as GitHub's own toolkit escapes them (``%``, ``CR``, ``LF`` everywhere; ``:`` and ``,`` also
  in properties), so no value can end a command early or start another.

Text and GitHub output go through ``printable``: no control character from a file reaches the
terminal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Literal, TextIO

import attrs

from transcribe_model._cli_text import printable
from transcribe_model._errors import Violation

ReportFormat = Literal["text", "json", "github"]
Verdict = Literal["valid", "invalid", "unreadable"]

#: The JSON Schema of ``--format json``, shipped with the package.
SCHEMA_PATH: Final = Path(__file__).with_name("_cli_check_report.schema.json")


@attrs.frozen(kw_only=True)
class FileResult:
    """What ``check`` found in one FILE.

    Attributes:
        file: The FILE as given on the command line (``-`` for standard input).
        shape: The name of the shape it was checked as; ``None`` if it could not be read.
        verdict: ``valid`` (warnings allowed), ``invalid`` or ``unreadable``.
        violations: Every violation found; for an unreadable file, one saying why.
        note: What a person should know about the verdict: that a response breaks rules as the
            service sent it, or why the shape was chosen.
    """

    file: str
    shape: str | None
    verdict: Verdict
    violations: tuple[Violation, ...] = ()
    note: str | None = None


def write_report(results: Sequence[FileResult], report_format: ReportFormat, out: TextIO) -> None:
    """Write ``results`` to ``out`` in ``report_format``."""
    if report_format == "json":
        out.write(json_report(results) + "\n")
    elif report_format == "github":
        for result in results:
            for line in github_annotations(result):
                out.write(line + "\n")
    else:
        for result in results:
            for line in text_lines(result):
                out.write(line + "\n")


def text_lines(result: FileResult) -> list[str]:
    """``FILE: VERDICT (Shape)`` and a line per violation, everything printable."""
    if result.verdict == "unreadable":
        reason = "; ".join(violation.message for violation in result.violations)
        return [printable(f"{result.file}: UNREADABLE: {reason}")]
    verdict = "OK" if result.verdict == "valid" else "INVALID"
    note = f" - {result.note}" if result.note else ""
    lines = [printable(f"{result.file}: {verdict} ({result.shape}){note}")]
    lines.extend(printable(f"  {violation}") for violation in result.violations)
    return lines


def json_report(results: Sequence[FileResult]) -> str:
    """The ``--format json`` document for ``results``."""
    document: list[dict[str, Any]] = [
        {
            "file": result.file,
            "shape": result.shape,
            "verdict": result.verdict,
            "violations": [
                {
                    "path": violation.path,
                    "message": violation.message,
                    "rule": violation.rule,
                    "severity": violation.severity,
                }
                for violation in result.violations
            ],
        }
        for result in results
    ]
    return json.dumps(document, indent=2, ensure_ascii=True)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(result: FileResult) -> list[str]:
    """A workflow command per violation of ``result``; none for a file without any."""
    lines: list[str] = []
    for violation in result.violations:
        command = "warning" if violation.severity == "warning" else "error"
        title = violation.path or "(top level)"
        if result.verdict == "unreadable":
            title = "unreadable"
        elif result.shape:
            title = f"{result.shape}: {title}"
        message = violation.message + (f" [{violation.rule}]" if violation.rule else "")
        # Escaped for GitHub first (%0A), then for the terminal: neither undoes the other.
        properties = f"file={_escape_property(result.file)},title={_escape_property(title)}"
        lines.append(printable(f"::{command} {properties}::{_escape_data(message)}"))
    return lines
