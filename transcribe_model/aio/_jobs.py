"""``AsyncTranscriptionJobs``: the async transcription-job family, with ``transcript``.

The twin of ``transcribe_model.client.TranscribeJobs.transcript``, over the same pieces:
``transcript_uri`` says where a job's transcript is, ``transcribe_model.transcript._fetch``
locates and downloads it with its size limit, ``read_transcript`` parses it. The download is
blocking I/O (urllib, or a botocore S3 client's ``get_object``), so it runs in a worker thread
(``asyncio.to_thread``), parse and all: the event loop goes on meanwhile, and no fetch logic is
written twice.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, cast

from transcribe_model import (
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    TranscriptionJobSummary,
)
from transcribe_model.aio._clients import AsyncJobsClient
from transcribe_model.aio._driver import AsyncDriver
from transcribe_model.client._errors import translating
from transcribe_model.client._families import TRANSCRIPTION_JOBS
from transcribe_model.client._jobs import transcript_uri

if TYPE_CHECKING:
    from botocore.client import BaseClient

    from transcribe_model.transcript import Transcript
    from transcribe_model.transcript._fetch import S3API


class S3ClientSource:
    """The S3 client ``transcript`` reads the caller's bucket with: the one given, or one made
    on first use with botocore's usual lookup (``profile``, the environment, ``~/.aws``) in the
    transcribe client's region and at ``endpoint_url``. Called in the worker thread."""

    def __init__(
        self,
        s3: S3API | None,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
    ) -> None:
        self._s3 = s3
        self._made: BaseClient | None = None
        self._lock = threading.Lock()
        self.region, self.endpoint_url, self.profile = region, endpoint_url, profile

    def __call__(self) -> S3API:
        with self._lock:  # transcripts fetched at once share the one client made
            if self._s3 is None:
                import botocore.session  # here: only a transcript in the caller's bucket needs it

                with translating("connect"):
                    session = botocore.session.Session(profile=self.profile)
                    made = session.create_client(
                        "s3", region_name=self.region, endpoint_url=self.endpoint_url
                    )
                self._made, self._s3 = made, cast("S3API", made)
            return self._s3

    def close(self) -> None:
        """Close the client if it was made here; one the caller gave stays open."""
        with self._lock:
            if self._made is not None:
                self._made.close()
                self._made = self._s3 = None


class AsyncTranscriptionJobs(
    AsyncJobsClient[
        StartTranscriptionJobRequest,
        TranscriptionJob,
        ListTranscriptionJobsRequest,
        ListTranscriptionJobsResponse,
        TranscriptionJobSummary,
    ]
):
    """``AsyncTranscribe.transcription_jobs``: the job calls awaited, and ``transcript``."""

    def __init__(self, driver: AsyncDriver, s3: S3ClientSource) -> None:
        super().__init__(TRANSCRIPTION_JOBS, driver)
        self._s3 = s3

    async def transcript(
        self,
        name_or_job: str | TranscriptionJob,
        *,
        redacted: bool = False,
        max_bytes: int | None = None,
    ) -> Transcript:
        """The transcript a completed job wrote, as ``TranscribeJobs.transcript`` reads it.

        From the caller's bucket with an S3 client when the job wrote there
        (``OutputBucketName``): the ``s3`` given to ``AsyncTranscribe``, else a botocore client
        made on first use (``connect``'s profile and endpoint, the transcribe client's region).
        Over HTTPS from the service's pre-signed URL otherwise; it expires 15 minutes after the
        job was described, so pass a name (the job is described now) or a fresh job. The
        download and the parse run in a worker thread (``asyncio.to_thread``): they are
        blocking, and the event loop goes on meanwhile.

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

        job = await self.get(name_or_job) if isinstance(name_or_job, str) else name_or_job
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        uri = transcript_uri(job, redacted)

        def download() -> Transcript:
            return read_transcript(fetch(uri, s3=self._s3, max_bytes=limit))

        return await asyncio.to_thread(download)
