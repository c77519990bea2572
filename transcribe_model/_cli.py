"""``transcribe-model``: check request and response files, and run transcription jobs.

    transcribe-model check FILE... [--shape NAME] [--allow-unknown]
    transcribe-model start FILE [--wait] [--allow-unknown] [--timeout S] [--delay S] ...
    transcribe-model get NAME
    transcribe-model list [--status S] [--name-contains T]
    transcribe-model delete NAME
    transcribe-model wait NAME [--timeout S] [--delay S] [--max-delay S]
    transcribe-model transcript FILE|-|--job NAME [--format text|turns|srt|vtt|csv|json] ...

``check`` works offline. Each FILE is JSON as ``aws transcribe start-transcription-job
--cli-input-json`` reads it, or as ``aws transcribe get-transcription-job`` /
``list-transcription-jobs`` print it. The shape is told from the top-level members unless
``--shape`` names it. Requests are held to every constraint and rule; responses are parsed as
the service sends them and ``check()`` reports what they break.

Exit status of ``check``: 0 every file is valid (warnings allowed), 1 a file is invalid, 2 a
file could not be read as JSON (missing, unreadable, not JSON). The worst file decides.

The other commands call the service through ``transcribe_model.client.TranscribeJobs``. Each
takes ``--region``, ``--endpoint-url`` and ``--profile`` (boto3's usual lookup where absent) and
``--output json|table``. ``json``, the default, prints what the AWS CLI prints:
``{"TranscriptionJob": ...}`` for start, get and wait, ``{"TranscriptionJobSummaries": [...]}``
holding every page for list, nothing for delete. ``table`` is for people. ``start`` reads a
request as ``--cli-input-json`` does (``-`` reads standard input) and checks it before
connecting. While waiting, a progress line is drawn on standard error if it is a terminal.

Exit status of the service commands:

    0   done; for wait and start --wait, the job COMPLETED
    1   the request (FILE, a job name, a filter) is invalid: nothing was sent
    2   usage error, or FILE could not be read as JSON
    3   the job FAILED: the job is printed, its FailureReason goes to standard error
    4   wait timed out: the job as last seen is printed; it goes on running
    5   there is no job of that name
    6   the service refused the call: the name is taken, throttled, or another service error
    7   no answer from the service: no credentials or region, the endpoint unreachable
    130 interrupted

``transcript`` exits 0 done, 1 not a transcript, 2 unreadable; with ``--job`` also 5, 6 and 7
as above (``transcribe_model._cli_transcript``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from transcribe_model import _models
from transcribe_model._api import from_json
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._cli_exit import EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID
from transcribe_model._cli_service import (
    parse_pause,
    parse_timeout,
    resolve_timing,
    run_service_command,
)
from transcribe_model._cli_transcript import add_transcript_command, run_transcript_command
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._spec import ALL_SHAPES, is_response_shape

_SHAPES_BY_NAME = {shape.__name__: shape for shape in ALL_SHAPES}


def detect_shape(data: Any) -> type[WireModel]:
    """Which shape a file holds, told from its top-level members.

    ``TranscriptionJob`` -> GetTranscriptionJobResponse (what ``get-transcription-job`` and
    ``start-transcription-job`` print); ``TranscriptionJobSummaries`` ->
    ListTranscriptionJobsResponse; ``TranscriptionJobStatus`` or ``CreationTime`` -> a bare
    TranscriptionJob; anything else -> StartTranscriptionJobRequest.
    """
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


# --- the command line -------------------------------------------------------------------------


def _service_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("service options")
    group.add_argument("--region", help="the AWS region (default: boto3's lookup)")
    group.add_argument(
        "--endpoint-url", metavar="URL", help="call this endpoint instead of AWS's own"
    )
    group.add_argument("--profile", help="a profile of ~/.aws/config (default: boto3's lookup)")
    group.add_argument(
        "--output",
        choices=("json", "table"),
        default="json",
        help="json: as the AWS CLI prints (default); table: for people",
    )
    return options


def _wait_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("waiting")
    group.add_argument(
        "--timeout", type=parse_timeout, metavar="S", help="give up after S seconds (default 1800)"
    )
    group.add_argument(
        "--delay", type=parse_pause, metavar="S", help="the first pause between polls (default 1)"
    )
    group.add_argument(
        "--max-delay",
        type=parse_pause,
        metavar="S",
        help="the longest pause; pauses double up to it, jittered (default 30)",
    )
    return options


def _add_service_commands(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    service = _service_options()
    waiting = _wait_options()
    exits = "Exit 0 done, 1 invalid, 5 no such job, 6 service error, 7 no answer."
    start = add_parser(
        "start",
        parents=[service, waiting],
        help="start a transcription job from a request file",
        description="Start a job from a request file (--cli-input-json form; - for stdin), "
        "checked before anything is sent. " + exits + " With --wait: 3 FAILED, 4 timed out.",
    )
    start.add_argument("file", metavar="FILE")
    start.add_argument("--wait", action="store_true", help="wait until the job ends")
    start.add_argument(
        "--allow-unknown",
        action="store_true",
        help="accept enum values and members newer than this library",
    )
    get = add_parser(
        "get", parents=[service], help="describe a job", description="Describe a job. " + exits
    )
    get.add_argument("name", metavar="NAME")
    list_command = add_parser(
        "list",
        parents=[service],
        help="list jobs, every page",
        description="List jobs, following every page. " + exits,
    )
    list_command.add_argument(
        "--status", choices=[status.value for status in TranscriptionJobStatus]
    )
    list_command.add_argument("--name-contains", metavar="TEXT")
    delete = add_parser(
        "delete", parents=[service], help="delete a job", description="Delete a job. " + exits
    )
    delete.add_argument("name", metavar="NAME")
    wait = add_parser(
        "wait",
        parents=[service, waiting],
        help="wait until a job completes",
        description="Poll a job until it ends, with capped exponential backoff. "
        + exits
        + " 3 FAILED, 4 timed out.",
    )
    wait.add_argument("name", metavar="NAME")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transcribe-model",
        description="Check Amazon Transcribe transcription-job requests and responses, "
        "and start, get, list, delete and wait for jobs.",
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
    _add_service_commands(commands.add_parser)
    add_transcript_command(commands.add_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "transcript":
        return run_transcript_command(parser, args)
    if args.command != "check":
        if args.command in ("start", "wait"):
            resolve_timing(parser, args)
        return run_service_command(args)
    shape = _SHAPES_BY_NAME[args.shape] if args.shape else None
    status = EXIT_VALID
    for path in args.files:
        status = max(
            status, check_file(path, shape, allow_unknown=args.allow_unknown, out=sys.stdout)
        )
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
