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
    │   ├── AlreadyExistsError               a resource of that name exists (ConflictException)
    │   │   └── JobAlreadyExistsError        a job of that name exists
    │   └── ThrottlingError                  too many requests (LimitExceededException)
    ├── RequestError                     no answer: no credentials or region, unreachable, ...
    ├── ResponseParseError               an answer came, but is not the shape it should be
    ├── JobFailedError                   the job waited for ended FAILED
    ├── ResourceFailedError              the vocabulary or language model waited for FAILED
    └── WaitTimeoutError (TimeoutError)  what was waited for had not settled in time

``AlreadyExistsError`` and ``ResourceFailedError`` are exported by ``transcribe_model.client``
(the package's ``__init__`` is generated, and lists the errors of its template).

Each takes keyword arguments only and survives pickling, so it can cross a process pool.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from transcribe_model._errors import TranscribeModelError, Violation

if TYPE_CHECKING:
    from transcribe_model import (
        CallAnalyticsJob,
        DescribeLanguageModelResponse,
        GetMedicalVocabularyResponse,
        GetVocabularyResponse,
        MedicalScribeJob,
        MedicalTranscriptionJob,
        TranscriptionJob,
    )

if TYPE_CHECKING:
    #: The job of any job family, as ``get`` and ``wait`` return it.
    AnyJob: TypeAlias = (
        TranscriptionJob | MedicalTranscriptionJob | CallAnalyticsJob | MedicalScribeJob
    )
    #: What ``wait`` polls a vocabulary or language model with: its Get/Describe response.
    AnyResource: TypeAlias = (
        GetVocabularyResponse | GetMedicalVocabularyResponse | DescribeLanguageModelResponse
    )
else:
    # At run time the families need not be imported (the errors load with the package): what
    # every job and resource is stands for them, so the annotations still evaluate.
    from transcribe_model._base import WireModel as AnyJob
    from transcribe_model._base import WireModel as AnyResource



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
        operation: The operation refused, as the service names it: ``StartTranscriptionJob``,
            ``GetVocabulary``, ``TagResource``, ...
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
    """No job of the family called has that name (in this account and region).

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


class AlreadyExistsError(ServiceError):
    """A resource of that name already exists (the service's ``ConflictException``): names of
    jobs, vocabularies, filters, language models and categories are unique per account and
    region."""


class JobAlreadyExistsError(AlreadyExistsError):
    """A job of that name already exists: job names are unique per account and region (the
    service's ``ConflictException`` from a ``Start...Job`` call)."""


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

    Raised by the ``wait`` of every job family (transcription, medical, Call Analytics,
    medical scribe).

    Attributes:
        job: The job as last seen, FAILED: a ``TranscriptionJob``, ``MedicalTranscriptionJob``,
            ``CallAnalyticsJob`` or ``MedicalScribeJob``, as the family waited on returns.
        failure_reason: Why, in the service's words (``job.failure_reason``); ``None`` if the
            service gave no reason.
        what: The kind of job, for people: ``"transcription job"``, ``"medical scribe job"``...
    """

    job: AnyJob

    def __init__(self, *, job: AnyJob, what: str = "transcription job") -> None:
        self._kwargs = {"job": job, "what": what}
        self.job = job
        self.what = what
        self.failure_reason: str | None = job.failure_reason
        reason = self.failure_reason or "no reason given"
        super().__init__(f"{what} {_job_name(job)} failed: {reason}")


def _job_name(job: object) -> str | None:
    """The ``..._job_name`` member of any family's job model."""
    for field in getattr(type(job), "__attrs_attrs__", ()):
        name: str = field.name
        if name.endswith("job_name"):
            found: str | None = getattr(job, name)
            return found
    return None


class ResourceFailedError(_KeywordError):
    """The vocabulary, medical vocabulary or language model waited for ended FAILED.

    Attributes:
        name: Its name.
        what: ``"vocabulary"``, ``"medical vocabulary"`` or ``"language model"``.
        failure_reason: Why, in the service's words; ``None`` if the service gave no reason.
        resource: What ``get`` returned on the last poll (``GetVocabularyResponse``,
            ``DescribeLanguageModelResponse``, ...).
    """

    resource: AnyResource | None

    def __init__(
        self,
        *,
        name: str,
        what: str,
        failure_reason: str | None,
        resource: AnyResource | None = None,
    ) -> None:
        self._kwargs = {
            "name": name,
            "what": what,
            "failure_reason": failure_reason,
            "resource": resource,
        }
        self.name = name
        self.what = what
        self.failure_reason = failure_reason
        self.resource = resource
        super().__init__(f"{what} {name} failed: {failure_reason or 'no reason given'}")


class WaitTimeoutError(_KeywordError, TimeoutError):
    """What was waited for had neither settled (completed, ready) nor failed in time.

    The job goes on running (the vocabulary or model goes on being built): wait again, or
    delete it.

    Attributes:
        name: Its name.
        job: The job (or ``get``'s answer, for a resource) as last seen, still QUEUED,
            IN_PROGRESS or PENDING; ``None`` if every poll was throttled.
        waited: Seconds spent waiting, by the waiter's clock.
        status: Its status on the last poll, ``None`` if never seen.
        what: ``"transcription job"``, ``"vocabulary"``, ...
    """

    job: AnyJob | AnyResource | None

    def __init__(
        self,
        *,
        name: str,
        job: AnyJob | AnyResource | None,
        waited: float,
        what: str = "transcription job",
        status: str | None = None,
    ) -> None:
        if status is None and job is not None:
            status = getattr(job, "transcription_job_status", None)
        self._kwargs = {
            "name": name,
            "job": job,
            "waited": waited,
            "what": what,
            "status": status,
        }
        self.name = name
        self.job = job
        self.waited = waited
        self.what = what
        self.status = status
        seen = f"still {status}" if status is not None else "not seen to end"
        super().__init__(f"{what} {name} is {seen} after {waited:.1f} s")
