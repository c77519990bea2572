"""The one place botocore's exceptions become the library's: a plain function of the answer.

Both drivers call ``translated`` on whatever a call raised and throw the result into the
flow, which may ride it out (``wait`` rides out a throttled poll) or let it go to the caller.
aiobotocore raises botocore's own exception classes, so the async driver maps the same way.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Generator, Mapping
from typing import Final, cast

import botocore
from botocore.exceptions import BotoCoreError, ClientError

from transcribe_model._client_errors import (
    AlreadyExistsError,
    JobAlreadyExistsError,
    JobNotFoundError,
    NotFoundError,
    RequestError,
    ServiceError,
    ThrottlingError,
)

# The service's words for a resource that does not exist, sent as a BadRequestException:
# "The requested vocabulary couldn't be found", "The requested job couldn't be found", ...
_NOT_FOUND_MESSAGE: Final = re.compile(r"could(?:n't|n\u2019t| not) be found", re.IGNORECASE)
_NOT_FOUND_RESOURCE: Final = re.compile(
    r"\brequested\s+([a-z][a-z -]{0,60}?)\s+could(?:n't|n\u2019t| not) be found", re.IGNORECASE
)
# When the message names nothing, a call about one named thing is missing that thing: a job
# for Get/Delete...Job, else the noun of the operation (GetVocabularyFilter: vocabulary filter).
_JOB_OPERATION: Final = re.compile(r"(?:Get|Delete)\w*Job")
_ONE_THING_OPERATION: Final = re.compile(r"(?:Get|Delete|Describe|Update)(\w+)")
_WORD: Final = re.compile(r"(?<!^)(?=[A-Z])")
_NOT_FOUND_CODES: Final = frozenset({"NotFoundException"})
_CONFLICT_CODES: Final = frozenset({"ConflictException"})
# LimitExceededException is what Transcribe sends; ThrottlingException what AWS's front door may.
_THROTTLING_CODES: Final = frozenset({"LimitExceededException", "ThrottlingException"})
_START_JOB: Final = re.compile(r"Start\w*Job")


def translated(exc: BaseException, operation: str) -> BaseException:
    """The library's error for what a call of ``operation`` raised, ``from`` it.

    ``ClientError`` (the service refused) becomes a ``ServiceError`` subclass; botocore's own
    errors (no credentials, no answer) become ``RequestError``; anything else is returned as it
    is, to be raised unchanged.
    """
    mapped: BaseException
    if isinstance(exc, ClientError):
        mapped = service_error(exc.response, operation)
    elif isinstance(exc, BotoCoreError):
        mapped = RequestError(message=str(exc), operation=operation)
    else:
        return exc
    mapped.__cause__ = exc
    return mapped


def missing_operation(exc: AttributeError, operation: str, method: str) -> RequestError:
    """The error for a client without a method for ``operation``, ``from`` the AttributeError.

    botocore makes a client's methods from its service model, so an older botocore has no method
    for a newer operation: TranscribeAudio is not in botocore 1.43.117, the newest that
    aiobotocore 3.10.0 accepts. Both drivers raise this instead of a stray AttributeError.
    """
    message = (
        f"the transcribe client has no {method} method: the installed botocore "
        f"{botocore.__version__} predates the {operation} operation; a newer botocore has it"
    )
    mapped = RequestError(message=message, operation=operation)
    mapped.__cause__ = exc
    return mapped


@contextlib.contextmanager
def translating(operation: str) -> Generator[None, None, None]:
    """``translated`` for code that calls botocore directly (making a client in ``connect``)."""
    try:
        yield
    except (ClientError, BotoCoreError) as exc:
        raise translated(exc, operation) from exc


def service_error(response: Mapping[str, object], operation: str) -> ServiceError:
    """The ``ServiceError`` (or subclass) for an error answer, as botocore parsed it."""
    error = _mapping(response.get("Error"))
    metadata = _mapping(response.get("ResponseMetadata"))
    code = str(error.get("Code") or "Unknown")
    message = str(error.get("Message") or "")
    status = metadata.get("HTTPStatusCode")
    request_id = metadata.get("RequestId")
    http_status = status if isinstance(status, int) else None
    request = request_id if isinstance(request_id, str) else None
    if code in _NOT_FOUND_CODES or (
        code == "BadRequestException" and _NOT_FOUND_MESSAGE.search(message)
    ):
        resource = missing_resource(message, operation)
        missing = JobNotFoundError if resource is not None and _is_job(resource) else NotFoundError
        return missing(
            code=code,
            message=message,
            operation=operation,
            http_status=http_status,
            request_id=request,
            resource=resource,
        )
    cls: type[ServiceError] = ServiceError
    if code in _CONFLICT_CODES:
        cls = JobAlreadyExistsError if _START_JOB.fullmatch(operation) else AlreadyExistsError
    elif code in _THROTTLING_CODES:
        cls = ThrottlingError
    return cls(
        code=code,
        message=message,
        operation=operation,
        http_status=http_status,
        request_id=request,
    )


def _mapping(value: object) -> Mapping[str, object]:
    return cast("Mapping[str, object]", value) if isinstance(value, Mapping) else {}


def missing_resource(message: str, operation: str) -> str | None:
    """What a "couldn't be found" answer says is missing: ``"vocabulary"``, ``"job"``, ...

    The message names it ("The requested language model couldn't be found"); failing that, a
    call about one job (GetTranscriptionJob, DeleteMedicalScribeJob, ...) is missing its job,
    and a call about one other resource is missing it (GetVocabularyFilter: "vocabulary
    filter"). A call about many (List..., Start..., Create...) names nothing.
    """
    found = _NOT_FOUND_RESOURCE.search(message)
    if found is not None:
        return " ".join(found.group(1).lower().split())
    if _JOB_OPERATION.fullmatch(operation):
        return "job"
    one = _ONE_THING_OPERATION.fullmatch(operation)
    if one is not None:
        return _WORD.sub(" ", one.group(1)).lower()
    return None


def _is_job(resource: str) -> bool:
    return resource == "job" or resource.endswith(" job")
