"""Service commands for every family but transcription jobs, built from one table.

``transcribe-model <family> <verb> ...``: ``medical-transcription-jobs start FILE --wait``,
``vocabularies create FILE --wait``, ``vocabulary-filters get NAME``, ``language-models list``,
and ``transcribe-audio FILE``. The table below names each family's client attribute and verbs;
the operations and their shapes come from the generated index, so a family is one row here.

Every command reads and checks its input before connecting (a bad file or name exits 1 with no
credentials), prints what it gets back as the AWS CLI prints it (JSON), and maps each outcome to
the exit statuses of ``_cli_exit`` (a missing resource named on the command line is 5).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, Final

from transcribe_model import _index
from transcribe_model._api import from_json, structure, to_json
from transcribe_model._base import WireModel
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
from transcribe_model._cli_text import printable
from transcribe_model._client_errors import (
    JobFailedError,
    NotFoundError,
    RequestError,
    ResourceFailedError,
    ResponseParseError,
    ServiceError,
    WaitTimeoutError,
)
from transcribe_model._errors import ValidationError
from transcribe_model._spec import field_specs

#: Command name -> (family package, client attribute, verbs). Jobs start; resources create and
#: update; the resources with a state can be waited for.
FAMILIES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "medical-transcription-jobs": (
        "medical_transcription_jobs",
        ("start", "get", "list", "delete", "wait"),
    ),
    "call-analytics-jobs": ("call_analytics_jobs", ("start", "get", "list", "delete", "wait")),
    "medical-scribe-jobs": ("medical_scribe_jobs", ("start", "get", "list", "delete", "wait")),
    "vocabularies": ("vocabularies", ("create", "get", "list", "update", "delete", "wait")),
    "medical-vocabularies": (
        "medical_vocabularies",
        ("create", "get", "list", "update", "delete", "wait"),
    ),
    "language-models": ("language_models", ("create", "get", "list", "update", "delete", "wait")),
    "vocabulary-filters": ("vocabulary_filters", ("create", "get", "list", "update", "delete")),
    "call-analytics-categories": (
        "call_analytics_categories",
        ("create", "get", "list", "update", "delete"),
    ),
}

#: The verb of a command -> the verbs an operation name of the family starts with.
_OPERATION_VERBS: Final = {
    "start": ("Start",),
    "create": ("Create",),
    "get": ("Get", "Describe"),
    "list": ("List",),
    "update": ("Update",),
    "delete": ("Delete",),
    "wait": ("Get", "Describe"),
}
_TAKES_FILE: Final = frozenset({"start", "create", "update"})


def operation_of(family: str, verb: str) -> str:
    """The operation of ``family`` a command ``verb`` calls (from the generated index)."""
    for name, info in _index.OPERATIONS.items():
        if info.family == family and name.startswith(_OPERATION_VERBS[verb]):
            return name
    raise LookupError(f"{family} has no operation for {verb}")  # the table is wrong


def _shape(name: str | None) -> type[WireModel]:
    import transcribe_model

    assert name is not None  # every operation here takes a request
    cls: type[WireModel] = getattr(transcribe_model, name)
    return cls


def add_family_commands(
    add_parser: Callable[..., argparse.ArgumentParser],
    service: argparse.ArgumentParser,
    waiting: argparse.ArgumentParser,
) -> None:
    """Add a command per family, each with its verbs, and ``transcribe-audio FILE``."""
    for command, (family, verbs) in FAMILIES.items():
        title = _index.FAMILIES[family]
        parser = add_parser(command, help=f"{title}: {', '.join(verbs)}", description=title)
        sub = parser.add_subparsers(dest="verb", required=True)
        for verb in verbs:
            parents = [service, waiting] if verb in ("wait", "start", "create") else [service]
            operation = operation_of(family, verb)
            help_text = f"{operation}" + (" (then --wait)" if verb in ("start", "create") else "")
            one = sub.add_parser(verb, parents=parents, help=help_text)
            if verb in _TAKES_FILE:
                one.add_argument(
                    "file", metavar="FILE", help="the request (JSON or YAML; - for stdin)"
                )
            elif verb == "list":
                one.add_argument(
                    "file", metavar="FILE", nargs="?", help="the List request's filters"
                )
            else:
                one.add_argument("name", metavar="NAME")
            if verb in ("start", "create") and "wait" in verbs:
                one.add_argument("--wait", action="store_true", help="wait until it is done")
            one.set_defaults(family=family)
    audio = add_parser(
        "transcribe-audio",
        parents=[service],
        help="TranscribeAudio: a short file transcribed at once",
        description="Send a TranscribeAudio request and print its answer.",
    )
    audio.add_argument("file", metavar="FILE", help="the request (JSON or YAML; - for stdin)")
    audio.set_defaults(family="transcribe_audio", verb="transcribe")


def is_family_command(command: str) -> bool:
    """Whether ``command`` is one of this module's."""
    return command in FAMILIES or command == "transcribe-audio"


def _request(args: argparse.Namespace, operation: str) -> WireModel | None:
    """The checked request of the command: from FILE, or the name, or nothing (list)."""
    cls = _shape(_index.OPERATIONS[operation].input)
    if getattr(args, "file", None) is not None:
        text, _data = read_document(args.file)
        return from_json(text, cls)
    if args.verb == "list":
        return None
    (required,) = [spec.wire for spec in field_specs(cls) if spec.required]
    return structure({required: args.name}, cls)


def _print(value: WireModel | Iterable[WireModel] | None) -> None:
    if value is None:
        return
    if isinstance(value, WireModel):
        print(to_json(value))
        return
    items = [json.loads(to_json(item)) for item in value]
    print(json.dumps(items, indent=4, ensure_ascii=False))


def _run(args: argparse.Namespace, request: WireModel | None) -> int:
    from transcribe_model.client import Transcribe

    with Transcribe.connect(
        region=args.region, endpoint_url=args.endpoint_url, profile=args.profile
    ) as transcribe:
        if args.verb == "transcribe":
            _print(transcribe.transcribe_audio(request))  # type: ignore[arg-type]
            return EXIT_VALID
        client: Any = getattr(transcribe, args.family)
        timing = {
            key: value
            for key in ("timeout", "delay", "max_delay")
            if (value := getattr(args, key, None)) is not None
        }
        if args.verb in ("start", "create"):
            made = getattr(client, args.verb)(request)
            if getattr(args, "wait", False):
                made = client.wait(_name_of(request), **timing)
            _print(made)
        elif args.verb == "update":
            _print(client.update(request))
        elif args.verb == "list":
            _print(client.list(request))
        elif args.verb == "delete":
            client.delete(args.name)
        elif args.verb == "wait":
            _print(client.wait(args.name, **timing))
        else:  # get
            _print(client.get(args.name))
    return EXIT_VALID


def _name_of(request: WireModel | None) -> str:
    """The name a Start/Create request gives its job or resource (its first required string)."""
    assert request is not None
    for spec in field_specs(type(request)):
        if spec.required and spec.wire.endswith("Name"):
            name: str = getattr(request, spec.name)
            return name
    raise LookupError(f"{type(request).__name__} names nothing")  # pragma: no cover


def run_family_command(args: argparse.Namespace) -> int:
    """Check the input, then call the service; map each outcome to its exit status."""
    try:
        verb = "transcribe" if args.verb == "transcribe" else args.verb
        operation = "TranscribeAudio" if verb == "transcribe" else operation_of(args.family, verb)
        request = _request(args, operation)
        return _run(args, request)
    except Unreadable as exc:
        _error(f"{args.file}: UNREADABLE: {exc}")
        return EXIT_UNREADABLE
    except ResponseParseError as exc:
        _error(f"the call went through, but its answer could not be parsed: {exc}")
        return EXIT_BAD_ANSWER
    except ValidationError as exc:
        _error(f"invalid, nothing was sent: {exc}")
        return EXIT_INVALID
    except (JobFailedError, ResourceFailedError) as exc:
        _error(str(exc))
        return EXIT_JOB_FAILED
    except WaitTimeoutError as exc:
        _error(str(exc))
        return EXIT_TIMED_OUT
    except NotFoundError as exc:
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
    print(f"transcribe-model: {printable(message, keep_newlines=True)}", file=sys.stderr)
