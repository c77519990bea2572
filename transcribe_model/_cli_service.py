"""The service commands of ``transcribe-model``: start, get, list, delete and wait.

Each reads its arguments, calls the service through ``transcribe_model.client.TranscribeJobs``
and maps every outcome (a failed job, a timeout, no such job, a refusal, no answer) to one of the
exit statuses documented in ``transcribe_model._cli``. Kept apart from the ``check`` command so
that checking files offline never loads the client: ``TranscribeJobs`` and the client's defaults
are imported only inside the functions that need them, so importing this module does not import
boto3 or botocore either.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from transcribe_model._api import from_json, to_json
from transcribe_model._cli_exit import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_JOB_FAILED,
    EXIT_NO_ANSWER,
    EXIT_NOT_FOUND,
    EXIT_SERVICE_ERROR,
    EXIT_TIMED_OUT,
    EXIT_UNREADABLE,
    EXIT_VALID,
)
from transcribe_model._cli_tables import print_job, summaries_table
from transcribe_model._client_errors import (
    JobFailedError,
    JobNotFoundError,
    RequestError,
    ServiceError,
    WaitTimeoutError,
)
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._errors import ValidationError

if TYPE_CHECKING:
    from transcribe_model._models import StartTranscriptionJobRequest, TranscriptionJob
    from transcribe_model.client import TranscribeJobs


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
    print_job(job, args.output)
    return EXIT_VALID


def _get(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    print_job(jobs.get(args.name), args.output)
    return EXIT_VALID


def _list(jobs: TranscribeJobs, args: argparse.Namespace) -> int:
    summaries = tuple(jobs.list(status=args.status, name_contains=args.name_contains))
    if args.output == "table":
        print(summaries_table(summaries), file=sys.stdout)
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
    print_job(_wait(jobs, args.name, args), args.output)
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
        print_job(exc.job, args.output)
        _error(str(exc))
        return EXIT_JOB_FAILED
    except WaitTimeoutError as exc:
        if exc.job is not None:
            print_job(exc.job, args.output)
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


# --- the timing arguments of start and wait ---------------------------------------------------


def parse_timeout(text: str) -> float:
    """Seconds, ``>= 0``; ``inf`` waits for ever."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"not a number of seconds >= 0: {text!r}")
    return value


def parse_pause(text: str) -> float:
    """Seconds, ``> 0`` and finite."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"not a number of seconds > 0: {text!r}")
    return value


def resolve_timing(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
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
