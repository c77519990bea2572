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
import ipaddress
import math
import re
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final, TextIO, cast
from urllib.parse import SplitResult, urlsplit

from transcribe_model._api import from_json, structure, to_json
from transcribe_model._cli_exit import (
    EXIT_BAD_ANSWER,
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
from transcribe_model._cli_input import Unreadable, read_document
from transcribe_model._cli_tables import print_job, summaries_table
from transcribe_model._cli_text import json_for_terminal, printable
from transcribe_model._client_errors import (
    JobFailedError,
    JobNotFoundError,
    RequestError,
    ResponseParseError,
    ServiceError,
    WaitTimeoutError,
)
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._errors import ValidationError

if TYPE_CHECKING:
    from transcribe_model._models import StartTranscriptionJobRequest, TranscriptionJob
    from transcribe_model.client import TranscribeJobs


def _read_request(source: str, *, allow_unknown: bool) -> StartTranscriptionJobRequest:
    """The request in ``source`` (``-`` for standard input), held to every rule.

    Read as ``check`` reads a FILE (``_cli_input``: bounded, regular files only, JSON or,
    for ``*.yaml``, YAML).

    Raises:
        Unreadable: Missing, not a regular file, too big, or not JSON or YAML.
        ValidationError: A document, but not a valid request.
    """
    from transcribe_model._models import StartTranscriptionJobRequest

    text, _data = read_document(source)
    return from_json(
        text, StartTranscriptionJobRequest, allow_unknown=True if allow_unknown else None
    )


def _check_arguments(args: argparse.Namespace) -> None:
    """Hold a job name or a list filter to its rules before connecting.

    So a bad name is reported as invalid (exit 1) without credentials or a region, instead
    of as a failure to connect.

    Raises:
        ValidationError: The name or filter breaks a rule.
    """
    from transcribe_model._models import GetTranscriptionJobRequest, ListTranscriptionJobsRequest

    if args.command == "list":
        filters = {"Status": args.status, "JobNameContains": args.name_contains}
        structure(filters, ListTranscriptionJobsRequest)
    elif args.command in ("get", "delete", "wait"):
        # DeleteTranscriptionJobRequest holds the name to the same rules.
        structure({"TranscriptionJobName": args.name}, GetTranscriptionJobRequest)


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
        line = printable(f"{self._name}: {status} ({elapsed:.0f} s)")
        self._stream.write(f"\r\x1b[K{line}")
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
    print(json_for_terminal(to_json(response)), file=sys.stdout)
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
            _check_arguments(args)
            command = _COMMANDS[args.command]
        with _connect(args) as jobs:
            return command(jobs, args)
    except Unreadable as exc:
        _error(f"{args.file}: UNREADABLE: {exc}")
        return EXIT_UNREADABLE
    except ResponseParseError as exc:
        # Not "nothing was sent": the call went through, and start may have made the job.
        _error(f"the call went through, but its answer could not be parsed: {exc}")
        return EXIT_BAD_ANSWER
    except ValidationError as exc:
        _error(f"invalid, nothing was sent: {exc}")
        return EXIT_INVALID
    except JobFailedError as exc:
        # The command line waits on transcription jobs only (TranscribeJobs).
        print_job(cast("TranscriptionJob", exc.job), args.output)
        _error(str(exc))
        return EXIT_JOB_FAILED
    except WaitTimeoutError as exc:
        if exc.job is not None:
            print_job(cast("TranscriptionJob", exc.job), args.output)
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
    """One message on standard error, with what came from the service made printable."""
    print(f"transcribe-model: {printable(message, keep_newlines=True)}", file=sys.stderr)


# --- the timing arguments of start and wait ---------------------------------------------------


#: The longest ``--timeout``: a job runs for hours, not weeks.
MAX_TIMEOUT: Final = 7 * 24 * 3600.0
#: The longest ``--delay`` or ``--max-delay``: more than a day between polls is no waiting.
MAX_PAUSE: Final = 24 * 3600.0


def _seconds(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def parse_timeout(text: str) -> float:
    """Seconds, from 0 up to ``MAX_TIMEOUT`` (7 days)."""
    value = _seconds(text)
    if not 0 <= value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"not a number of seconds from 0 to {MAX_TIMEOUT:.0f} (7 days): {text!r}"
        )
    return value


def parse_pause(text: str) -> float:
    """Seconds, more than 0 and at most ``MAX_PAUSE`` (a day)."""
    value = _seconds(text)
    if not 0 < value <= MAX_PAUSE:
        raise argparse.ArgumentTypeError(
            f"not a number of seconds above 0 and at most {MAX_PAUSE:.0f} (a day): {text!r}"
        )
    return value


# A host name as botocore accepts one (botocore.utils.is_valid_endpoint_url): dot-separated
# labels of letters, digits and inner hyphens, each 1 to 63 long.
_HOST_NAME: Final = re.compile(
    r"((?!-)[a-z\d-]{1,63}(?<!-)\.)*((?!-)[a-z\d-]{1,63}(?<!-))\.?", re.IGNORECASE
)


def _valid_host(parts: SplitResult) -> bool:
    host = parts.hostname
    if not host or len(host) > 255:
        return False
    if parts.netloc.rpartition("@")[2].startswith("["):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return _HOST_NAME.fullmatch(host) is not None


def parse_endpoint_url(text: str) -> str:
    """An ``http://`` or ``https://`` URL whose host botocore accepts, with a port, if any,
    from 0 to 65535.

    Checked as the argument is read, so a malformed URL is a usage error (exit 2), not a
    ``ValueError`` from deep inside botocore.
    """
    if any(character.isspace() or not character.isprintable() for character in text):
        raise argparse.ArgumentTypeError(f"not a URL: {text!r} (a space or control character)")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError past 65535
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a URL: {text!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not _valid_host(parts):
        raise argparse.ArgumentTypeError(f"not an http:// or https:// URL with a host: {text!r}")
    if port is None and parts.netloc.endswith(":"):
        raise argparse.ArgumentTypeError(f"not a URL: {text!r} (an empty port)")
    return text


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
