"""``TranscribeJobs``: the job calls of a boto3 ``transcribe`` client, in models and errors.

botocore speaks dicts, ships no paginator for ListTranscriptionJobs, has a waiter that polls
every 10 s and hands back a dict, and reports a missing job as a generic
``BadRequestException``. ``TranscribeJobs`` wraps a client the caller makes (so region,
credentials, retries and endpoint stay the caller's business) and:

- checks a request strictly before ``start`` sends it: nothing leaves the process for a
  request that breaks a rule, however it was built;
- parses what the service answers liberally (``TranscriptionJob``, ``TranscriptionJobSummary``,
  ``ListTranscriptionJobsResponse``), so a service newer than the library parses;
- follows ``NextToken`` lazily until the service stops sending one, since the service may
  send one on a page that is not full;
- waits with capped exponential backoff and jitter, on an injectable clock and sleep;
- maps botocore's exceptions to the library's in one place, ``_translated``.

Importing this module imports botocore (for its exception classes); ``import transcribe_model``
does not. ``TranscribeJobs.connect`` imports boto3 when called.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import random
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Protocol, Self, TypeVar, cast

from botocore.exceptions import BotoCoreError, ClientError

from transcribe_model._api import structure, unstructure
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._client_errors import (
    JobAlreadyExistsError,
    JobFailedError,
    JobNotFoundError,
    NotFoundError,
    RequestError,
    ResponseParseError,
    ServiceError,
    ThrottlingError,
    WaitTimeoutError,
)
from transcribe_model._enums import TranscriptionJobStatus
from transcribe_model._errors import ValidationError, Violation
from transcribe_model._models import (
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    TranscriptionJob,
    TranscriptionJobSummary,
)

if TYPE_CHECKING:
    from botocore.client import BaseClient

    from transcribe_model.transcript import Transcript
    from transcribe_model.transcript._fetch import S3API

__all__ = [
    "DEFAULT_DELAY",
    "DEFAULT_MAX_DELAY",
    "DEFAULT_TIMEOUT",
    "MAX_SECONDS",
    "TranscribeAPI",
    "TranscribeJobs",
]

#: How long ``wait`` waits by default: 30 minutes, as botocore's own waiter (10 s x 180).
DEFAULT_TIMEOUT: Final = 1800.0
#: The first pause between polls, in seconds; it doubles after every poll...
DEFAULT_DELAY: Final = 1.0
#: ...up to this. A short job is seen to end within a second or two, a long one costs few calls.
DEFAULT_MAX_DELAY: Final = 30.0

# The service's words for a resource that does not exist, sent as a BadRequestException:
# "The requested vocabulary couldn't be found", "The requested job couldn't be found", ...
_NOT_FOUND_MESSAGE: Final = re.compile(r"could(?:n't|n\u2019t| not) be found", re.IGNORECASE)
_NOT_FOUND_RESOURCE: Final = re.compile(
    r"\brequested\s+([a-z][a-z -]{0,60}?)\s+could(?:n't|n\u2019t| not) be found", re.IGNORECASE
)
# When the message names nothing, a NotFoundException from a call about one job is about it.
_JOB_OPERATION: Final = re.compile(r"(?:Get|Delete)\w*Job")
_NOT_FOUND_CODES: Final = frozenset({"NotFoundException"})
_CONFLICT_CODES: Final = frozenset({"ConflictException"})
# LimitExceededException is what Transcribe sends; ThrottlingException what AWS's front door may.
_THROTTLING_CODES: Final = frozenset({"LimitExceededException", "ThrottlingException"})

M = TypeVar("M", bound=WireModel)


class TranscribeAPI(Protocol):
    """The methods of a boto3/botocore ``transcribe`` client that ``TranscribeJobs`` calls.

    ``boto3.client("transcribe")`` is one; so is any test double with these four methods.
    Each takes the operation's members as keyword arguments in wire names and returns the
    parsed response as a dict.
    """

    def start_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]: ...
    def get_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]: ...
    def list_transcription_jobs(self, **kwargs: Any) -> Mapping[str, Any]: ...
    def delete_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]: ...


@contextlib.contextmanager
def _translated(operation: str) -> Generator[None, None, None]:
    """The one place botocore's exceptions become the library's, each ``raise ... from`` it."""
    try:
        yield
    except ClientError as exc:
        raise _service_error(exc, operation) from exc
    except BotoCoreError as exc:
        raise RequestError(message=str(exc), operation=operation) from exc


def _service_error(exc: ClientError, operation: str) -> ServiceError:
    error: Mapping[str, object] = exc.response.get("Error") or {}
    metadata: Mapping[str, object] = exc.response.get("ResponseMetadata") or {}
    code = str(error.get("Code") or "Unknown")
    message = str(error.get("Message") or "")
    status = metadata.get("HTTPStatusCode")
    request_id = metadata.get("RequestId")
    cls: type[ServiceError] = ServiceError
    if code in _NOT_FOUND_CODES or (
        code == "BadRequestException" and _NOT_FOUND_MESSAGE.search(message)
    ):
        resource = _missing_resource(message, operation)
        missing = JobNotFoundError if resource is not None and _is_job(resource) else NotFoundError
        return missing(
            code=code,
            message=message,
            operation=operation,
            http_status=status if isinstance(status, int) else None,
            request_id=request_id if isinstance(request_id, str) else None,
            resource=resource,
        )
    if code in _CONFLICT_CODES:
        cls = JobAlreadyExistsError
    elif code in _THROTTLING_CODES:
        cls = ThrottlingError
    return cls(
        code=code,
        message=message,
        operation=operation,
        http_status=status if isinstance(status, int) else None,
        request_id=request_id if isinstance(request_id, str) else None,
    )


def _missing_resource(message: str, operation: str) -> str | None:
    """What a "couldn't be found" answer says is missing: ``"vocabulary"``, ``"job"``, ...

    The message names it ("The requested language model couldn't be found"); failing that, a
    call about one job (GetTranscriptionJob, DeleteTranscriptionJob, ...) is missing its job.
    """
    found = _NOT_FOUND_RESOURCE.search(message)
    if found is not None:
        return " ".join(found.group(1).lower().split())
    if _JOB_OPERATION.fullmatch(operation):
        return "job"
    return None


def _is_job(resource: str) -> bool:
    return resource == "job" or resource.endswith(" job")


def _parsed(response: Mapping[str, Any], cls: type[M], operation: str) -> M:
    """A response shape from what botocore returned, without botocore's ``ResponseMetadata``.

    Raises:
        ResponseParseError: The answer is not a ``cls`` (not the ``ValidationError`` that
            means nothing was sent: this call went through).
    """
    try:
        return structure({k: v for k, v in response.items() if k != "ResponseMetadata"}, cls)
    except ValidationError as exc:
        raise ResponseParseError(errors=exc.errors, operation=operation) from exc


def _job_of(
    response: GetTranscriptionJobResponse | StartTranscriptionJobResponse, operation: str
) -> TranscriptionJob:
    if response.transcription_job is None:
        missing = Violation(path="TranscriptionJob", message="is missing from the answer")
        raise ResponseParseError(errors=[missing], operation=operation)
    return response.transcription_job


class TranscribeJobs:
    """The transcription-job calls of a ``transcribe`` client, in models and library errors.

    Thread-safe as the wrapped client is (boto3 clients are). Every method raises
    ``ServiceError`` (or a subclass) when the service refuses a call, ``RequestError`` when a
    call gets no answer and ``ResponseParseError`` when the answer is not the operation's
    shape; a name or request that breaks a rule raises ``ValidationError`` before anything
    is sent.

    Args:
        client: ``boto3.client("transcribe", ...)`` or anything with its four job methods.
        clock: Seconds on a monotonic clock, for ``wait``'s deadline.
        sleep: Pauses between ``wait``'s polls.
        rand: A float in [0, 1) for each pause's jitter.
        s3: ``boto3.client("s3")`` for ``transcript`` to read the caller's bucket with; by
            default one of the session ``connect`` made, or of boto3's default session.
    """

    def __init__(
        self,
        client: TranscribeAPI,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        rand: Callable[[], float] = random.random,
        s3: S3API | None = None,
    ) -> None:
        self._client = client
        self._s3 = s3
        self._session: Any = None
        self._endpoint_url: str | None = None
        self._clock = clock
        self._sleep = sleep
        self._rand = rand
        self._owned: BaseClient | None = None

    @classmethod
    def connect(
        cls,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
    ) -> Self:
        """A ``TranscribeJobs`` over a new boto3 client that it owns and ``close`` closes.

        ``None`` means boto3's usual lookup (environment, ``~/.aws/config``).

        Raises:
            RequestError: boto3 cannot make a client: no region, an unknown profile, ...
        """
        import boto3.session  # here: boto3 costs import time that only connect needs

        with _translated("connect"):
            session = boto3.session.Session(profile_name=profile, region_name=region)
            client = session.client("transcribe", endpoint_url=endpoint_url)
        # botocore makes the operation methods at run time from the service model.
        jobs = cls(cast("TranscribeAPI", client))
        jobs._owned = client
        jobs._session, jobs._endpoint_url = session, endpoint_url
        return jobs

    def close(self) -> None:
        """Close the client if ``connect`` made it; a client the caller passed stays open."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"

    def start(self, request: StartTranscriptionJobRequest) -> TranscriptionJob:
        """Start a transcription job; return it as the service describes it (usually QUEUED).

        The request is checked again here, since ``make_converter`` or ``attrs.evolve``
        tricks can build one that construction never checked.

        Raises:
            ValidationError: The request breaks a constraint or rule; nothing was sent.
            JobAlreadyExistsError: A job of that name exists.
        """
        if not isinstance(cast(object, request), StartTranscriptionJobRequest):  # untyped callers
            raise TypeError(
                f"expected a StartTranscriptionJobRequest, got {type(request).__name__}"
            )
        errors = [violation for violation in check(request) if violation.severity == "error"]
        if errors:
            raise ValidationError(errors)
        with _translated("StartTranscriptionJob"):
            response = self._client.start_transcription_job(**unstructure(request))
        operation = "StartTranscriptionJob"
        return _job_of(_parsed(response, StartTranscriptionJobResponse, operation), operation)

    def get(self, name: str) -> TranscriptionJob:
        """The job called ``name``, parsed liberally: values newer than the library are kept.

        Raises:
            ValidationError: ``name`` is not a valid job name; nothing was sent.
            JobNotFoundError: There is no such job.
        """
        request = GetTranscriptionJobRequest(transcription_job_name=name)
        with _translated("GetTranscriptionJob"):
            response = self._client.get_transcription_job(**unstructure(request))
        operation = "GetTranscriptionJob"
        return _job_of(_parsed(response, GetTranscriptionJobResponse, operation), operation)

    def delete(self, name: str) -> None:
        """Delete the job called ``name`` (its record, not the transcript in your bucket).

        Raises:
            ValidationError: ``name`` is not a valid job name; nothing was sent.
            JobNotFoundError: There is no such job.
        """
        request = DeleteTranscriptionJobRequest(transcription_job_name=name)
        with _translated("DeleteTranscriptionJob"):
            self._client.delete_transcription_job(**unstructure(request))

    def transcript(
        self, name_or_job: str | TranscriptionJob, *, redacted: bool = False,
        max_bytes: int | None = None,
    ) -> Transcript:
        """The transcript a completed job wrote, as a ``transcribe_model.transcript`` document.

        From the caller's bucket with an S3 client of the same session when the job wrote there
        (``OutputBucketName``); over HTTPS from the service's pre-signed URL otherwise. That URL
        expires 15 minutes after the job was described: pass a name (the job is described
        now) or a freshly described job.

        Args:
            name_or_job: A job name, or a job as ``get`` or ``wait`` returned it.
            redacted: The redacted copy (``RedactedTranscriptFileUri``) instead.
            max_bytes: Refuse a download larger than this (default 64 MiB).

        Raises:
            ValidationError: The job has no such transcript (yet), or what was read is not one.
            JobNotFoundError: There is no such job.
            ServiceError: S3 or HTTPS refused the download (an expired URL says so).
            RequestError: No answer.
        """
        from transcribe_model.transcript import read_transcript
        from transcribe_model.transcript._fetch import DEFAULT_MAX_BYTES, fetch

        job = self.get(name_or_job) if isinstance(name_or_job, str) else name_or_job
        member = "RedactedTranscriptFileUri" if redacted else "TranscriptFileUri"
        found = job.transcript
        uri = (found.redacted_transcript_file_uri if redacted else found.transcript_file_uri) if (
            found
        ) else None
        if uri is None:
            status = job.transcription_job_status
            raise ValidationError([Violation(
                path=f"Transcript.{member}",
                message=f"is absent: the job is {status or 'of unknown status'}",
            )])
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        return read_transcript(fetch(uri, s3=self._s3_client, max_bytes=limit))

    def _s3_client(self) -> S3API:
        if self._s3 is None:
            import boto3.session

            session = self._session or boto3.session.Session()
            region = getattr(getattr(self._client, "meta", None), "region_name", None)
            with _translated("connect"):
                self._s3 = cast("S3API", session.client(
                    "s3", region_name=region, endpoint_url=self._endpoint_url
                ))
        return self._s3

    def list(
        self,
        *,
        status: TranscriptionJobStatus | str | None = None,
        name_contains: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[TranscriptionJobSummary]:
        """Every job, newest first as the service orders them, fetching pages as they are read.

        Args:
            status: Only jobs with this status.
            name_contains: Only jobs whose name contains this (case-insensitive at AWS).
            page_size: Jobs per request, 1..100 (the service's default when ``None``).

        Raises:
            ValidationError: At once, for a filter the service would refuse; nothing is sent.
        """
        pages = self.pages(status=status, name_contains=name_contains, page_size=page_size)
        return (summary for page in pages for summary in page.transcription_job_summaries or ())

    def pages(
        self,
        *,
        status: TranscriptionJobStatus | str | None = None,
        name_contains: str | None = None,
        page_size: int | None = None,
        next_token: str | None = None,
    ) -> Iterator[ListTranscriptionJobsResponse]:
        """Each page of ``list``, with its ``next_token``, starting from ``next_token``.

        For callers who stop part way and resume later: a page's ``next_token`` passed here
        again continues after it. A page may hold fewer than ``page_size`` jobs, or none, and
        still not be the last.

        Raises:
            ValidationError: At once, for a filter or token the service would refuse.
            ServiceError: Code ``RepeatedNextToken`` if the service sends a NextToken it has
                sent before in this listing ("A", "B", "A"), which would loop for ever.
        """
        request = structure(
            {
                "Status": status,
                "JobNameContains": name_contains,
                "MaxResults": page_size,
                "NextToken": next_token,
            },
            ListTranscriptionJobsRequest,
        )
        return self._pages(unstructure(request))

    def _pages(self, params: dict[str, Any]) -> Iterator[ListTranscriptionJobsResponse]:
        tokens = _TokenCycles(params.get("NextToken"))
        while True:
            with _translated("ListTranscriptionJobs"):
                response = self._client.list_transcription_jobs(**params)
            page = _parsed(response, ListTranscriptionJobsResponse, "ListTranscriptionJobs")
            yield page
            token = page.next_token
            if not token:
                return
            if tokens.repeated(token):
                raise ServiceError(
                    code="RepeatedNextToken",
                    message="the service sent a NextToken it had sent before in this listing",
                    operation="ListTranscriptionJobs",
                )
            # The token is the service's own: passed back as it came, not re-checked.
            params = {**params, "NextToken": token}

    def wait(
        self,
        name: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        on_poll: Callable[[TranscriptionJob], object] | None = None,
    ) -> TranscriptionJob:
        """Poll the job until it is COMPLETED, and return it.

        Polls at once, then after pauses that double from ``delay`` up to ``max_delay``. Each
        pause is jittered to between half and all of its step (so many waiters started
        together spread out, and no pause is wasted near zero), and is cut short so that the
        last poll falls on the deadline. A throttled poll is not an error here: it is
        followed by the next, longer pause. A status newer than the library counts as still
        running.

        Args:
            name: The job's name.
            timeout: Seconds before giving up (>= 0).
            delay: The first pause, in seconds (> 0).
            max_delay: The longest pause, in seconds (>= ``delay``).
            on_poll: Called with the job after each poll, to show progress.

        ``timeout``, ``delay`` and ``max_delay`` are finite seconds, at most ``MAX_SECONDS`` (what
        ``time.sleep`` can take, some 292 years); anything else raises ``ValidationError``
        with the parameter's name as its path, before a poll.

        Raises:
            ValidationError: A bad name or timing argument; nothing was sent.
            JobFailedError: The job ended FAILED; it carries the job and its FailureReason.
            WaitTimeoutError: Time ran out; it carries the job as last seen.
            JobNotFoundError: There is no such job (or it was deleted while waiting).
        """
        _check_timing(timeout=timeout, delay=delay, max_delay=max_delay)
        GetTranscriptionJobRequest(transcription_job_name=name)  # a bad name fails before a poll
        start = self._clock()
        deadline = start + timeout
        step = delay
        job: TranscriptionJob | None = None
        while True:
            try:
                job = self.get(name)
            except ThrottlingError:
                pass
            else:
                if on_poll is not None:
                    on_poll(job)
                if job.transcription_job_status == TranscriptionJobStatus.COMPLETED:
                    return job
                if job.transcription_job_status == TranscriptionJobStatus.FAILED:
                    raise JobFailedError(job=job)
            now = self._clock()
            if now >= deadline:
                raise WaitTimeoutError(name=name, job=job, waited=now - start)
            self._sleep(min(step * (0.5 + 0.5 * self._rand()), deadline - now))
            step = min(max_delay, step * 2)


#: The longest ``timeout``, ``delay`` or ``max_delay`` that ``wait`` takes, in seconds: the
#: longest a lock (and ``time.sleep``) can wait on this platform. Longer overflows.
MAX_SECONDS: Final = threading.TIMEOUT_MAX


def _seconds(value: object) -> float | None:
    """``value`` as seconds if it is a finite, non-negative number ``time.sleep`` can take."""
    if type(value) is bool or not isinstance(value, (int, float)):
        return None
    try:
        seconds = float(value)
    except OverflowError:  # an int too large for a float
        return None
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_SECONDS):
        return None
    return seconds


def _check_timing(*, timeout: float, delay: float, max_delay: float) -> None:
    errors: list[Violation] = []
    limit = f"a finite number of seconds, at most {MAX_SECONDS:.0f}"
    checked: dict[str, float | None] = {}
    for name, value in (("timeout", timeout), ("delay", delay), ("max_delay", max_delay)):
        checked[name] = _seconds(value)
        if checked[name] is None:
            errors.append(Violation(path=name, message=f"must be {limit}, got {_shown(value)}"))
    first, longest = checked["delay"], checked["max_delay"]
    if first is not None and not first > 0:
        errors.append(Violation(path="delay", message=f"must be > 0 seconds, got {first!r}"))
    if first is not None and longest is not None and not longest >= first:
        message = f"must be >= delay ({first!r}), got {longest!r}"
        errors.append(Violation(path="max_delay", message=message))
    if errors:
        raise ValidationError(errors)


def _shown(value: object) -> str:
    if type(value) is int:
        from transcribe_model._paths import shown_int

        return shown_int(value)
    if isinstance(value, float):
        return repr(value)
    return type(value).__name__


class _TokenCycles:
    """Tells whether a NextToken was seen before in one listing, in bounded memory.

    Exact for the first ``_EXACT_TOKENS`` pages: a 16-byte digest of each token in a set (about
    10 MB at the cap, whatever the tokens' length). Past that, Brent's cycle detection on the
    tokens: one checkpoint token, moved to the latest token each time the count since it
    reaches a doubling power, finds any cycle within a few of its lengths, in constant memory.
    """

    _EXACT_TOKENS: Final = 100_000

    def __init__(self, first: object) -> None:
        self._seen: set[bytes] = set()
        self._checkpoint: bytes | None = None
        self._power: int = 1
        self._since: int = 0
        if isinstance(first, str):
            self._seen.add(self._digest(first))

    @staticmethod
    def _digest(token: str) -> bytes:
        return hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def repeated(self, token: str) -> bool:
        """Whether ``token`` came before; remembers it."""
        digest = self._digest(token)
        if digest in self._seen or digest == self._checkpoint:
            return True
        if len(self._seen) < self._EXACT_TOKENS:
            self._seen.add(digest)
            return False
        if self._checkpoint is None or self._since == self._power:
            self._checkpoint, self._power, self._since = digest, self._power * 2, 0
        self._since += 1
        return False
