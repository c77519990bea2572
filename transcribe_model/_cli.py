"""``transcribe-model``: check request and response files, and run transcription jobs.

    transcribe-model check FILE... [--shape NAME | --operation NAME] [--allow-unknown]
                                   [--format text|json|github] [--input-format auto|json|yaml]
    transcribe-model start FILE [--wait] [--allow-unknown] [--timeout S] [--delay S] ...
    transcribe-model get NAME
    transcribe-model list [--status S] [--name-contains T]
    transcribe-model delete NAME
    transcribe-model wait NAME [--timeout S] [--delay S] [--max-delay S]
    transcribe-model transcript FILE|-|--job NAME [--format text|turns|srt|vtt|csv|json] ...

``check`` works offline. Each FILE (``-`` for standard input) is JSON as ``aws transcribe
start-transcription-job --cli-input-json`` reads it, YAML as ``--cli-input-yaml`` reads it
(``*.yaml``, ``*.yml``), or what ``get-transcription-job`` / ``list-transcription-jobs`` print.
It is checked as the request unless its members say unmistakably that it is a response
(``_cli_operations``), or as ``--shape`` names. Requests are held to every constraint and rule;
responses are parsed as the service sends them and ``check()`` reports what they break.
``--format json`` and ``github`` are for CI (``_cli_report``). A FILE must be a regular file of
at most 16 MiB (``_cli_input``).

Exit status of ``check``: 0 every file is valid (warnings allowed), 1 a file is invalid, 2 a
file could not be read (missing, not a regular file, too big, not JSON or YAML). The worst file
decides.

The other commands call the service through ``transcribe_model.client.TranscribeJobs``. Each
takes ``--region``, ``--endpoint-url`` and ``--profile`` (boto3's usual lookup where absent) and
``--output json|table``. ``json``, the default, prints what the AWS CLI prints:
``{"TranscriptionJob": ...}`` for start, get and wait, ``{"TranscriptionJobSummaries": [...]}``
holding every page for list, nothing for delete. ``table`` is for people. ``start`` reads a
request as ``check`` reads a FILE and checks it before connecting; names and filters are
checked before connecting too. While waiting, a progress line is drawn on standard error if it
is a terminal. Whatever the service sends is printed with control characters escaped.

Exit status of the service commands:

    0   done; for wait and start --wait, the job COMPLETED
    1   the request (FILE, a job name, a filter) is invalid: nothing was sent
    2   usage error, or FILE could not be read
    3   the job FAILED: the job is printed, its FailureReason goes to standard error
    4   wait timed out: the job as last seen is printed; it goes on running
    5   there is no job of that name
    6   the service refused the call: the name is taken, throttled, or another service error
    7   no answer from the service: no credentials or region, the endpoint unreachable
    8   the call went through but its answer could not be parsed (start may have made the job)

Of every command:

    70  an internal error (a bug: please report it); one line, no traceback
    130 interrupted (Ctrl-C)
    141 standard output was closed early (``check ... | head -1``)

``transcript`` exits 0 done, 1 not a transcript, 2 unreadable; with ``--job`` also 5, 6 and 7
as above (``transcribe_model._cli_transcript``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

from transcribe_model._cli_check import run_check
from transcribe_model._cli_exit import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED
from transcribe_model._cli_families import (
    add_family_commands,
    is_family_command,
    run_family_command,
)
from transcribe_model._cli_operations import OPERATIONS
from transcribe_model._cli_service import (
    parse_endpoint_url,
    parse_pause,
    parse_timeout,
    resolve_timing,
    run_service_command,
)
from transcribe_model._cli_text import harden_streams, printable
from transcribe_model._cli_transcript import add_transcript_command, run_transcript_command
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._spec import all_shapes


class _Writer(Protocol):
    """What argparse prints to (typeshed's ``SupportsWrite[str]``)."""

    def write(self, text: str, /) -> object: ...


_SHAPES_BY_NAME = {shape.__name__: shape for shape in all_shapes()}


# --- the command line -------------------------------------------------------------------------


def _service_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("service options")
    group.add_argument("--region", help="the AWS region (default: boto3's lookup)")
    group.add_argument(
        "--endpoint-url",
        type=parse_endpoint_url,
        metavar="URL",
        help="call this endpoint (http:// or https://) instead of AWS's own",
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
        "--timeout",
        type=parse_timeout,
        metavar="S",
        help="give up after S seconds, at most 7 days (default 1800)",
    )
    group.add_argument(
        "--delay",
        type=parse_pause,
        metavar="S",
        help="the first pause between polls, at most a day (default 1)",
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


def _add_check_command(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    command = add_parser(
        "check",
        help="check request and response files (JSON or YAML)",
        description="Check request files (--cli-input-json or --cli-input-yaml form) and "
        "response files (get-transcription-job / list-transcription-jobs output); - reads "
        "standard input. Exit 0 valid, 1 invalid, 2 unreadable.",
    )
    command.add_argument("files", nargs="+", metavar="FILE")
    chosen = command.add_mutually_exclusive_group()
    chosen.add_argument(
        "--shape",
        choices=sorted(_SHAPES_BY_NAME),
        metavar="NAME",
        help="the shape every file holds (default: told from its members); one of "
        + ", ".join(sorted(_SHAPES_BY_NAME)),
    )
    chosen.add_argument(
        "--operation",
        choices=sorted(OPERATIONS),
        metavar="NAME",
        help="every file holds this operation's request or response, told from its members; "
        "one of " + ", ".join(sorted(OPERATIONS)),
    )
    command.add_argument(
        "--allow-unknown",
        action="store_true",
        help="accept enum values and members newer than this library in requests",
    )
    command.add_argument(
        "--format",
        dest="report_format",
        choices=("text", "json", "github"),
        default="text",
        help="text: for people (default); json: a list with an object per file; "
        "github: GitHub Actions annotations",
    )
    command.add_argument(
        "--input-format",
        choices=("auto", "json", "yaml"),
        default="auto",
        help="auto: YAML for *.yaml and *.yml, JSON otherwise (default)",
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with what it echoes of the command line (a bad choice, an unknown argument)
    made printable: an argument may hold a control character or, decoded from bytes that are
    not UTF-8, a lone surrogate."""

    def _print_message(self, message: str, file: _Writer | None = None) -> None:
        if message:
            super()._print_message(printable(message, keep_newlines=True), file)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="transcribe-model",
        description="Check Amazon Transcribe transcription-job requests and responses, "
        "and start, get, list, delete and wait for jobs.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    _add_check_command(commands.add_parser)
    _add_service_commands(commands.add_parser)
    add_family_commands(commands.add_parser, _service_options(), _wait_options())
    add_transcript_command(commands.add_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Whatever happens, no traceback: Ctrl-C exits 130, a reader of standard output that went
    away (``check ... | head -1``) exits 141 as a process killed by SIGPIPE would, and an
    error this program did not foresee exits 70 with one line asking for a bug report.
    Usage errors leave through argparse's ``SystemExit(2)``, ``--help`` through ``SystemExit(0)``.
    """
    harden_streams()
    try:
        return _run(_parser(), argv)
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the last line of defence: a bug must not print a traceback
        _say(f"internal error, please report it: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _run(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    args = parser.parse_args(argv)
    if args.command == "transcript":
        return run_transcript_command(parser, args)
    if is_family_command(args.command):
        if args.verb in ("start", "create", "wait"):
            resolve_timing(parser, args)
        return run_family_command(args)
    if args.command != "check":
        if args.command in ("start", "wait"):
            resolve_timing(parser, args)
        return run_service_command(args)
    status = run_check(
        args.files,
        shape=_SHAPES_BY_NAME[args.shape] if args.shape else None,
        operation=args.operation,
        allow_unknown=args.allow_unknown,
        input_format=args.input_format,
        report_format=args.report_format,
        out=sys.stdout,
    )
    sys.stdout.flush()  # here, so that a closed pipe is met inside main
    return status


def _say(message: str) -> None:
    # If standard error is gone too, there is nothing left to tell.
    with contextlib.suppress(OSError, ValueError):
        print(f"transcribe-model: {printable(message, keep_newlines=True)}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit cannot fail on the pipe again.

    The recipe of the Python documentation ("Note on SIGPIPE", ``signal`` module).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a file descriptor: nothing to flush
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
