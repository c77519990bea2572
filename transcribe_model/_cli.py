"""``transcribe-model``: check request and response files before anything reaches the service.

    transcribe-model check FILE... [--shape NAME] [--allow-unknown]

Each FILE is JSON as ``aws transcribe start-transcription-job --cli-input-json`` reads it, or as
``aws transcribe get-transcription-job`` / ``list-transcription-jobs`` print it. The shape is
told from the top-level members unless ``--shape`` names it. Requests are held to every
constraint and rule; responses are parsed as the service sends them and ``check()`` reports
what they break.

Exit status: 0 every file is valid (warnings allowed), 1 a file is invalid, 2 a file could not
be read as JSON (missing, unreadable, not JSON). The worst file decides.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from transcribe_model._api import from_json
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._spec import ALL_SHAPES, is_response_shape

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2

_SHAPES_BY_NAME = {shape.__name__: shape for shape in ALL_SHAPES}


def detect_shape(data: Any) -> type[WireModel]:
    """Which shape a file holds, told from its top-level members.

    ``TranscriptionJob`` -> GetTranscriptionJobResponse (what ``get-transcription-job`` and
    ``start-transcription-job`` print); ``TranscriptionJobSummaries`` ->
    ListTranscriptionJobsResponse; ``TranscriptionJobStatus`` or ``CreationTime`` -> a bare
    TranscriptionJob; anything else -> StartTranscriptionJobRequest.
    """
    from transcribe_model import _models

    if isinstance(data, Mapping):
        if "TranscriptionJob" in data:
            return _models.GetTranscriptionJobResponse
        if "TranscriptionJobSummaries" in data:
            return _models.ListTranscriptionJobsResponse
        if "TranscriptionJobStatus" in data or "CreationTime" in data:
            return _models.TranscriptionJob
    return _models.StartTranscriptionJobRequest


def check_file(
    path: Path, shape: type[WireModel] | None, *, allow_unknown: bool, out: TextIO
) -> int:
    """Check one file, print the verdict and its violations, return its exit status."""
    try:
        text = path.read_bytes()
        data = json.loads(text)
    except (OSError, ValueError, RecursionError) as exc:
        print(f"{path}: UNREADABLE: {exc}", file=out)
        return EXIT_UNREADABLE
    cls = shape or detect_shape(data)
    try:
        model = from_json(text, cls, allow_unknown=True if allow_unknown else None)
    except ValidationError as exc:
        _report(path, cls, "INVALID", exc.errors, out)
        return EXIT_INVALID
    found = check(model)
    errors = [violation for violation in found if violation.severity == "error"]
    verdict = "INVALID" if errors else "OK"
    if is_response_shape(cls) and errors:
        verdict = "INVALID (as the service sent it)"
    _report(path, cls, verdict, found, out)
    return EXIT_INVALID if errors else EXIT_VALID


def _report(
    path: Path, cls: type[WireModel], verdict: str, found: Sequence[Violation], out: TextIO
) -> None:
    print(f"{path}: {verdict} ({cls.__name__})", file=out)
    for violation in found:
        print(f"  {violation}", file=out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transcribe-model",
        description="Check Amazon Transcribe transcription-job requests and responses.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_command = commands.add_parser(
        "check",
        help="check request and response JSON files",
        description="Check request files (--cli-input-json) and response files "
        "(get-transcription-job / list-transcription-jobs output). "
        "Exit 0 valid, 1 invalid, 2 unreadable.",
    )
    check_command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check_command.add_argument(
        "--shape",
        choices=sorted(_SHAPES_BY_NAME),
        metavar="NAME",
        help="the shape every file holds (default: told from its members); one of "
        + ", ".join(sorted(_SHAPES_BY_NAME)),
    )
    check_command.add_argument(
        "--allow-unknown",
        action="store_true",
        help="accept enum values and members newer than this library in requests",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    shape = _SHAPES_BY_NAME[args.shape] if args.shape else None
    status = EXIT_VALID
    for path in args.files:
        status = max(
            status, check_file(path, shape, allow_unknown=args.allow_unknown, out=sys.stdout)
        )
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
