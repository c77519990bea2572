"""``transcribe-model transcript``: a job's transcript as text, turns, subtitles, CSV or JSON.

    transcribe-model transcript FILE|- [--format F] [subtitle options]
    transcribe-model transcript --job NAME [--redacted] [--format F] [service options]

Exit status: 0 done; 1 the file (or the job's download) is not a transcript, or the job has
none yet; 2 usage error, or FILE could not be read as JSON; with ``--job`` also 5 no such job,
6 the service (or S3) refused, 7 no answer, as the service commands.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from transcribe_model._cli_exit import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_NO_ANSWER,
    EXIT_NOT_FOUND,
    EXIT_SERVICE_ERROR,
    EXIT_UNREADABLE,
    EXIT_VALID,
)
from transcribe_model._client_errors import JobNotFoundError, RequestError, ServiceError
from transcribe_model._errors import ValidationError

if TYPE_CHECKING:
    from transcribe_model.transcript import Transcript

FORMATS = ("text", "turns", "srt", "vtt", "csv", "json")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number >= 1: {text!r}")
    return value


def _index(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a whole number >= 0: {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < 1e9:
        raise argparse.ArgumentTypeError(f"not a number of seconds > 0: {text!r}")
    return value


def add_transcript_command(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """The ``transcript`` subcommand and its options."""
    command = add_parser(
        "transcript",
        help="render a job's transcript as text, turns, srt, vtt, csv or json",
        description="Read a transcript (a file, - for standard input, or --job NAME to fetch "
        "it) and print it as --format says. Exit 0 done, 1 not a transcript, 2 unreadable; "
        "with --job also 5 no such job, 6 service error, 7 no answer.",
    )
    command.add_argument("source", nargs="?", metavar="FILE", help="a transcript JSON file or -")
    command.add_argument("--job", metavar="NAME", help="fetch the transcript of this job")
    command.add_argument(
        "--redacted", action="store_true", help="with --job: the redacted transcript"
    )
    command.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    subtitles = command.add_argument_group("subtitles (srt, vtt)")
    subtitles.add_argument("--max-line-length", type=_positive, default=42, metavar="N")
    subtitles.add_argument("--max-lines", type=_positive, default=2, metavar="N")
    subtitles.add_argument("--max-cue-seconds", type=_seconds, default=7.0, metavar="S")
    subtitles.add_argument("--start-index", type=_index, default=1, metavar="N")
    service = command.add_argument_group("service options (with --job)")
    service.add_argument("--region")
    service.add_argument("--endpoint-url", metavar="URL")
    service.add_argument("--profile")


def _render(document: Transcript, args: argparse.Namespace) -> str:
    from transcribe_model._api import to_json
    from transcribe_model.transcript import (
        to_csv,
        to_srt,
        to_text,
        to_turns,
        to_vtt,
    )

    options = {
        "max_line_length": args.max_line_length,
        "max_lines": args.max_lines,
        "max_cue_seconds": args.max_cue_seconds,
        "start_index": args.start_index,
    }
    if args.format == "srt":
        return to_srt(document, **options)
    if args.format == "vtt":
        return to_vtt(document, **options)
    if args.format == "csv":
        return to_csv(document)
    if args.format == "turns":
        return to_turns(document)
    if args.format == "json":
        return to_json(document) + "\n"
    text = to_text(document)
    return f"{text}\n" if text else ""


def _error(message: str) -> None:
    print(f"transcribe-model: {message}", file=sys.stderr)


def run_transcript_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Read or fetch the transcript, render it, map each outcome to its exit status."""
    from transcribe_model.transcript import read_transcript

    if (args.source is None) == (args.job is None):
        parser.error("transcript: give FILE (or -) or --job NAME, not both")
    if args.redacted and args.job is None:
        parser.error("transcript: --redacted goes with --job")
    try:
        if args.job is not None:
            from transcribe_model.client import TranscribeJobs

            with TranscribeJobs.connect(
                region=args.region, endpoint_url=args.endpoint_url, profile=args.profile
            ) as jobs:
                doc = jobs.transcript(args.job, redacted=args.redacted)
        else:
            try:
                source = args.source
                text = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
                json.loads(text)
            except (OSError, ValueError, RecursionError) as exc:
                _error(f"{args.source}: UNREADABLE: {exc}")
                return EXIT_UNREADABLE
            doc = read_transcript(text)
        output = _render(doc, args)
    except ValidationError as exc:
        _error(f"not a transcript: {exc}")
        return EXIT_INVALID
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
    sys.stdout.write(output)
    sys.stdout.flush()
    return EXIT_VALID
