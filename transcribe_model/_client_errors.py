"""The errors of ``transcribe_model.client``: what the service said, and how a wait ended.

They live here, apart from the client, so that ``import transcribe_model`` can export them
without importing botocore. The one place that turns botocore's exceptions into these is
``transcribe_model.client._translated``.

Exception tree (``TranscribeModelError`` and ``ValidationError`` are in ``_errors``)::

    TranscribeModelError
    ├── ValidationError (ValueError)     a request breaks a rule; nothing was sent
    ├── ServiceError                     the service answered a call with an error
    │   ├── NotFoundError (LookupError)      a named resource does not exist
    │   │   └── JobNotFoundError             no job of that name
    │   ├── JobAlreadyExistsError            a job of that name exists (ConflictException)
    │   └── ThrottlingError                  too many requests (LimitExceededException)
    ├── RequestError                     no answer: no credentials or region, unreachable, ...
    ├── ResponseParseError               an answer came, but is not the shape it should be
    ├── JobFailedError                   the job waited for ended FAILED
    └── WaitTimeoutError (TimeoutError)  the job waited for had not ended in time

Each takes keyword arguments only and survives pickling, so it can cross a process pool.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from transcribe_model._errors import TranscribeModelError, Violation

if TYPE_CHECKING:
    from transcribe_model._models import TranscriptionJob


class _KeywordError(TranscribeModelError):
    """Keeps the keyword arguments, because pickle rebuilds an exception from ``args`` alone."""

    _kwargs: dict[str, Any]

    def __reduce__(self) -> tuple[Any, ...]:
        return (functools.partial(type(self), **self._kwargs), ())


class ServiceError(_KeywordError):
    """The service answered a call with an error this library has no narrower class for.

    Attributes:
        code: The service's error code: ``BadRequestException``, ``InternalFailureException``,
            or what a newer service sends.
        message: The service's own words.
        operation: The operation refused: ``StartTranscriptionJob``, ``GetTranscriptionJob``,
            ``ListTranscriptionJobs`` or ``DeleteTranscriptionJob``.
        http_status: The HTTP status of the answer, when there was one.
        request_id: The service's request id, to quote to AWS Support.
    """

    def __init__(
        self,
        *,
        code: str,
        message: str,
        operation: str,
        http_status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        self._kwargs = {
            "code": code,
            "message": message,
            "operation": operation,
            "http_status": http_status,
            "request_id": request_id,
        }
        self.code = code
        self.message = message
        self.operation = operation
        self.http_status = http_status
        self.request_id = request_id
        super().__init__(f"{operation}: {code}: {message}")


class NotFoundError(ServiceError, LookupError):
    """A resource the call names does not exist (in this account and region).

    The service says so with a ``BadRequestException`` whose message reads "The requested
    vocabulary couldn't be found" (a job, a vocabulary, a vocabulary filter, a language model,
    ...), or with a ``NotFoundException``. The call may be about another resource: a
    StartTranscriptionJob naming a missing vocabulary is refused with this, for the vocabulary.

    Attributes:
        resource: What is missing, in the service's words, lower case: ``"job"``,
            ``"vocabulary"``, ``"vocabulary filter"``, ``"language model"``, ...; ``None`` when
            the service did not say.
    """

    def __init__(
        self,
        *,
        code: str,
        message: str,
        operation: str,
        http_status: int | None = None,
        request_id: str | None = None,
        resource: str | None = None,
    ) -> None:
        super().__init__(
            code=code,
            message=message,
            operation=operation,
            http_status=http_status,
            request_id=request_id,
        )
        self._kwargs["resource"] = resource
        self.resource = resource


class JobNotFoundError(NotFoundError):
    """No transcription job has that name (in this account and region).

    The service says so with a ``BadRequestException`` whose message reads "The requested job
    couldn't be found", or with a ``NotFoundException`` from a call about a job; both become
    this. A missing vocabulary or model is a ``NotFoundError`` and not this, whichever call
    named it.
    """

    def __init__(
        self,
        *,
        code: str,
        message: str,
        operation: str,
        http_status: int | None = None,
        request_id: str | None = None,
        resource: str | None = "job",
    ) -> None:
        super().__init__(
            code=code,
            message=message,
            operation=operation,
            http_status=http_status,
            request_id=request_id,
            resource=resource,
        )


class JobAlreadyExistsError(ServiceError):
    """A transcription job of that name already exists: job names are unique per account and
    region (the service's ``ConflictException``)."""


class ThrottlingError(ServiceError):
    """Too many requests, after botocore's own retries (``LimitExceededException``): slow down."""


class RequestError(_KeywordError):
    """A call got no answer from the service: no credentials or region were found, the endpoint
    could not be reached or timed out, or botocore refused the parameters.

    Attributes:
        message: botocore's description of what went wrong.
        operation: The operation attempted, or ``"connect"`` when making the client failed.
    """

    def __init__(self, *, message: str, operation: str) -> None:
        self._kwargs = {"message": message, "operation": operation}
        self.message = message
        self.operation = operation
        super().__init__(f"{operation}: {message}")


class ResponseParseError(_KeywordError):
    """The service answered, but its answer is not the shape the operation returns.

    Not a ``ValidationError``: that one means nothing was sent, while here the call went
    through (``StartTranscriptionJob`` may have created the job).

    Attributes:
        errors: Every violation found in the answer, with its path in wire names.
        operation: The operation whose answer failed to parse.
    """

    def __init__(self, *, errors: Iterable[Violation], operation: str) -> None:
        self.errors = tuple(errors)
        self.operation = operation
        self._kwargs = {"errors": self.errors, "operation": operation}
        shown = "; ".join(str(error) for error in self.errors[:_SHOWN])
        more = len(self.errors) - _SHOWN
        rest = f"; and {more} more" if more > 0 else ""
        super().__init__(f"{operation}: the service's answer could not be parsed: {shown}{rest}")


# How many violations a ResponseParseError's message spells out; ``errors`` keeps them all.
_SHOWN = 10


class JobFailedError(_KeywordError):
    """The job being waited for ended with status FAILED.

    Attributes:
        job: The job as last seen, FAILED.
        failure_reason: Why, in the service's words (``job.failure_reason``); ``None`` if the
            service gave no reason.
    """

    def __init__(self, *, job: TranscriptionJob) -> None:
        self._kwargs = {"job": job}
        self.job = job
        self.failure_reason = job.failure_reason
        reason = self.failure_reason or "no reason given"
        super().__init__(f"transcription job {job.transcription_job_name} failed: {reason}")


class WaitTimeoutError(_KeywordError, TimeoutError):
    """The job being waited for had neither completed nor failed when the time ran out.

    The job goes on running: wait again, or delete it.

    Attributes:
        name: The job's name.
        job: The job as last seen (still QUEUED or IN_PROGRESS), or ``None`` if every poll
            was throttled.
        waited: Seconds spent waiting, by the waiter's clock.
    """

    def __init__(self, *, name: str, job: TranscriptionJob | None, waited: float) -> None:
        self._kwargs = {"name": name, "job": job, "waited": waited}
        self.name = name
        self.job = job
        self.waited = waited
        status = job.transcription_job_status if job is not None else None
        seen = f"still {status}" if status is not None else "not seen to end"
        super().__init__(f"transcription job {name} is {seen} after {waited:.1f} s")
