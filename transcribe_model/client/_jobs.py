"""``TranscribeJobs``: the transcription-job family, with what it had before the others came.

It is ``Transcribe.transcription_jobs``, and stands alone as it always did: made from a
client with its own clock, sleep and jitter, or by ``connect``; ``list`` and ``pages`` also
take the filters as keywords; ``transcript`` reads what a job wrote.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, cast

from transcribe_model import (
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    TranscriptionJobStatus,
    TranscriptionJobSummary,
)
from transcribe_model._api import structure
from transcribe_model._errors import ValidationError, Violation
from transcribe_model.client._clients import JobsClient
from transcribe_model.client._errors import translating
from transcribe_model.client._families import TRANSCRIPTION_JOBS
from transcribe_model.client._sync import SyncDriver

if TYPE_CHECKING:
    from botocore.client import BaseClient

    from transcribe_model.transcript import Transcript
    from transcribe_model.transcript._fetch import S3API


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


class TranscribeJobs(
    JobsClient[
        StartTranscriptionJobRequest,
        TranscriptionJob,
        ListTranscriptionJobsRequest,
        ListTranscriptionJobsResponse,
        TranscriptionJobSummary,
    ]
):
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
        super().__init__(
            TRANSCRIPTION_JOBS, SyncDriver(client, clock=clock, sleep=sleep, rand=rand)
        )
        self._client = client
        self._s3 = s3
        self._session: Any = None
        self._endpoint_url: str | None = None
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
        session, client = boto3_client(region=region, endpoint_url=endpoint_url, profile=profile)
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

    def list(
        self,
        request: ListTranscriptionJobsRequest | None = None,
        *,
        status: TranscriptionJobStatus | str | None = None,
        name_contains: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[TranscriptionJobSummary]:
        """Every job, newest first as the service orders them, fetching pages as they are read.

        Args:
            request: The filters as a ``ListTranscriptionJobsRequest``, or:
            status: Only jobs with this status.
            name_contains: Only jobs whose name contains this (case-insensitive at AWS).
            page_size: Jobs per request, 1..100 (the service's default when ``None``).

        Raises:
            ValidationError: At once, for a filter the service would refuse; nothing is sent.
        """
        pages = self.pages(request, status=status, name_contains=name_contains, page_size=page_size)
        return (summary for page in pages for summary in page.transcription_job_summaries or ())

    def pages(
        self,
        request: ListTranscriptionJobsRequest | None = None,
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
            TypeError: Both a request and keyword filters.
        """
        filters = {
            "Status": status,
            "JobNameContains": name_contains,
            "MaxResults": page_size,
            "NextToken": next_token,
        }
        if request is None:
            request = structure(filters, ListTranscriptionJobsRequest)
        elif any(value is not None for value in filters.values()):
            raise TypeError("pass the filters in the request or as keywords, not both")
        return super().pages(request)

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
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        uri = transcript_uri(job, redacted)
        return read_transcript(fetch(uri, s3=self._s3_client, max_bytes=limit))

    def _s3_client(self) -> S3API:
        if self._s3 is None:
            import boto3.session

            session = self._session or boto3.session.Session()
            region = getattr(getattr(self._client, "meta", None), "region_name", None)
            with translating("connect"):
                self._s3 = cast("S3API", session.client(
                    "s3", region_name=region, endpoint_url=self._endpoint_url
                ))
        return self._s3


def transcript_uri(job: TranscriptionJob, redacted: bool) -> str:
    """Where a job's transcript (or its redacted copy) is; ``ValidationError`` if nowhere yet."""
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
    return uri


def boto3_client(
    *, region: str | None, endpoint_url: str | None, profile: str | None
) -> tuple[Any, BaseClient]:
    """A boto3 session and a ``transcribe`` client of it; ``RequestError`` if boto3 can't."""
    import boto3.session  # here: boto3 costs import time that only connect needs

    with translating("connect"):
        session = boto3.session.Session(profile_name=profile, region_name=region)
        client: BaseClient = session.client("transcribe", endpoint_url=endpoint_url)
    return session, client
