"""``transcribe-model``: check request and response files, and run transcription jobs.

    transcribe-model check FILE... [--shape NAME] [--allow-unknown]
    transcribe-model start FILE [--wait] [--allow-unknown] [--timeout S] [--delay S] ...
    transcribe-model get NAME
    transcribe-model list [--status S] [--name-contains T]
    transcribe-model delete NAME
    transcribe-model wait NAME [--timeout S] [--delay S] [--max-delay S]

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
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from transcribe_model._api import from_json, to_json, unstructure
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._client_errors import (
    JobFailedError,
    JobNotFoundError,
    RequestError,
    ServiceError,
    WaitTimeoutError,
)
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._spec import ALL_SHAPES, is_response_shape

if TYPE_CHECKING:
    from transcribe_model._models import (
        StartTranscriptionJobRequest,
        TranscriptionJob,
        TranscriptionJobSummary,
    )
    from transcribe_model.client import TranscribeJobs

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
EXIT_JOB_FAILED = 3
EXIT_TIMED_OUT = 4
EXIT_NOT_FOUND = 5
EXIT_SERVICE_ERROR = 6
EXIT_NO_ANSWER = 7
EXIT_INTERRUPTED = 130

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


# --- the service commands -------------------------------------------------------------------


class _Unreadable(Exception):
    """A request FILE could not be read as JSON (exit 2)."""


def _read_request(source: str, *, allow_unknown: bool) -> StartTranscriptionJobRequest:
    """The request in ``source`` (``-`` for standard input), held to every rule.

    Raises:
        _Unreadable: Missing, unreadable, or not JSON.
        ValidationError: JSON, but not a valid request.
    """
    from transcribe_model._models import StartTranscriptionJobRequest

    try:
        text = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        json.loads(text)
    except (OSError, ValueError, RecursionError) as exc:
        raise _Unreadable(f"{source}: UNREADABLE: {exc}") from exc
    return from_json(
        text, StartTranscriptionJobRequest, allow_unknown=True if allow_unknown else None
    )


def _connect(args: argparse.Namespace) -> TranscribeJobs:
    # Imported here: `check` runs without botocore, and boto3 costs import time.
    from transcribe_model.client import TranscribeJobs

    return TranscribeJobs.connect(
        region=args.region, endpoint_url=args.endpoint_url, profile=args.profile
    )


class _Progress:
    """Draws ``NAME: STATUS (12 s)`` over itself on a terminal; does nothing elsewhere."""

    def __init__(self, name: str, stream: TextIO) -> None:
        self._name = name
        self._stream = stream
        self._active = stream.isatty()
        self._drawn = False
        self._start = time.monotonic()

    def __call__(self, job: TranscriptionJob) -> None:
        if not self._active:
            return
        status = job.transcription_job_status or "status unknown"
        elapsed = time.monotonic() - self._start
        self._stream.write(f"\r\x1b[K{self._name}: {status} ({elapsed:.0f} s)")
        self._stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Erase the line, so what follows starts on a clean one."""
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn = False


def _wait(jobs: TranscribeJobs, name: str, args: argparse.Namespace) -> TranscriptionJob:
    progress = _Progress(name, sys.stderr)
    try:
        return jobs.wait(
            name,
            timeout=args.timeout,
            delay=args.delay,
            max_delay=args.max_delay,
            on_poll=progress,
        )
    finally:
        progress.clear()


def _start(
    jobs: TranscribeJobs, args: argparse.Namespace, *, request: StartTranscriptionJobRequest
) -> int:
    job = jobs.start(request)
    if args.wait:
        job = _wait(jobs, request.transcription_job_name, args)
    _print_job(job, args.output)
    return EXIT_VALID


def _get(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    _print_job(jobs.get(args.name), args.output)
    return EXIT_VALID


def _list(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    summaries = tuple(jobs.list(status=args.status, name_contains=args.name_contains))
    if args.output == "table":
        print(_summaries_table(summaries), file=sys.stdout)
        return EXIT_VALID
    from transcribe_model._models import ListTranscriptionJobsResponse

    response = ListTranscriptionJobsResponse(
        status=TranscriptionJobStatus(args.status) if args.status else None,
        transcription_job_summaries=summaries,
    )
    print(to_json(response), file=sys.stdout)
    return EXIT_VALID


def _delete(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    jobs.delete(args.name)
    return EXIT_VALID


def _wait_command(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    _print_job(_wait(jobs, args.name, args), args.output)
    return EXIT_VALID


_COMMANDS: Mapping[str, Callable[[TranscribeJobs, argparse.Namespace], int]] = {
    "get": _get,
    "list": _list,
    "delete": _delete,
    "wait": _wait_command,
}


def run_service_command(args: argparse.Namespace) -> int:
    """Run start, get, list, delete or wait; map each outcome to its exit status."""
    command: Callable[[TranscribeJobs, argparse.Namespace], int]
    try:
        if args.command == "start":
            # Read and checked before connecting: a bad file needs no credentials to report.
            command = functools.partial(
                _start, request=_read_request(args.file, allow_unknown=args.allow_unknown)
            )
        else:
            command = _COMMANDS[args.command]
        with _connect(args) as jobs:
            return command(jobs, args)
    except _Unreadable as exc:
        _error(str(exc))
        return EXIT_UNREADABLE
    except ValidationError as exc:
        _error(f"invalid, nothing was sent: {exc}")
        return EXIT_INVALID
    except JobFailedError as exc:
        _print_job(exc.job, args.output)
        _error(str(exc))
        return EXIT_JOB_FAILED
    except WaitTimeoutError as exc:
        if exc.job is not None:
            _print_job(exc.job, args.output)
        _error(str(exc))
        return EXIT_TIMED_OUT
    except JobNotFoundError as exc:
        _error(str(exc))
        return EXIT_NOT_FOUND
    except ServiceError as exc:
        _error(str(exc))
        return EXIT_SERVICE_ERROR
    except RequestError as exc:
        _error(str(exc))
        return EXIT_NO_ANSWER
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED


def _error(message: str) -> None:
    print(f"transcribe-model: {message}", file=sys.stderr)


# --- output -----------------------------------------------------------------------------------


def _print_job(job: TranscriptionJob, output: str) -> None:
    from transcribe_model._models import GetTranscriptionJobResponse

    if output == "table":
        print(_job_table(job), file=sys.stdout)
    else:
        print(to_json(GetTranscriptionJobResponse(transcription_job=job)), file=sys.stdout)


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
        yield path, _cell(leaf)


def _summaries_table(summaries: Sequence[TranscriptionJobSummary]) -> str:
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
    return str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [
        max([len(header[column])] + [len(row[column]) for row in rows])
        for column in range(len(header))
    ]
    lines = [header, *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


# --- the command line -------------------------------------------------------------------------


def _timeout(text: str) -> float:
    """Seconds, ``>= 0``; ``inf`` waits for ever."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"not a number of seconds >= 0: {text!r}")
    return value


def _pause(text: str) -> float:
    """Seconds, ``> 0`` and finite."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"not a number of seconds > 0: {text!r}")
    return value


def _resolve_timing(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Fill in the library's defaults, keeping ``delay <= max_delay`` when only one is given."""
    from transcribe_model.client import DEFAULT_DELAY, DEFAULT_MAX_DELAY, DEFAULT_TIMEOUT

    if args.timeout is None:
        args.timeout = DEFAULT_TIMEOUT
    if args.delay is None:
        args.delay = min(DEFAULT_DELAY, args.max_delay or DEFAULT_DELAY)
    if args.max_delay is None:
        args.max_delay = max(DEFAULT_MAX_DELAY, args.delay)
    if args.max_delay < args.delay:
        parser.error(f"--max-delay ({args.max_delay:g}) is shorter than --delay ({args.delay:g})")


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
        "--timeout", type=_timeout, metavar="S", help="give up after S seconds (default 1800)"
    )
    group.add_argument(
        "--delay", type=_pause, metavar="S", help="the first pause between polls (default 1)"
    )
    group.add_argument(
        "--max-delay",
        type=_pause,
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "check":
        if args.command in ("start", "wait"):
            _resolve_timing(parser, args)
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
