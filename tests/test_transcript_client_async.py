"""``AsyncTranscribe.transcription_jobs.transcript()``, the twin of ``TranscribeJobs.transcript``
(tests/test_transcript_client.py), over a scripted transcribe client: from the caller's bucket
through S3 (moto), from a pre-signed URL over HTTP (a local server), in a worker thread."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from client_support import AsyncScripted, client_error
from moto import mock_aws

from transcribe_model import (
    JobNotFoundError,
    RequestError,
    ServiceError,
    TranscriptionJob,
    ValidationError,
    structure,
)
from transcribe_model.aio import AsyncTranscribe, AsyncTranscriptionJobs
from transcribe_model.transcript import Transcript, read_transcript

FIXTURE = Path(__file__).parent / "transcripts" / "speakers-2024.json"
REGION = "us-east-1"
BUCKET = "my-transcripts"
IN_BUCKET = f"https://s3.{REGION}.amazonaws.com/{BUCKET}/out/meeting.json"


def described(uri: str | None, status: str = "COMPLETED") -> dict[str, Any]:
    job: dict[str, Any] = {"TranscriptionJobName": "j", "TranscriptionJobStatus": status}
    if uri is not None:
        job["Transcript"] = {"TranscriptFileUri": uri, "RedactedTranscriptFileUri": uri}
    return {"TranscriptionJob": job}


def job(uri: str | None, status: str = "COMPLETED") -> TranscriptionJob:
    return structure(described(uri, status)["TranscriptionJob"], TranscriptionJob)


def transcript(service: AsyncTranscribe, name_or_job: str | TranscriptionJob,
               **options: Any) -> Transcript:
    return asyncio.run(service.transcription_jobs.transcript(name_or_job, **options))


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", REGION),
        ("AWS_CONFIG_FILE", str(tmp_path / "none")),
        ("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none")),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def bucket(env: None) -> Iterator[Any]:
    """moto's S3 with the caller's bucket holding the transcript at out/meeting.json."""
    with mock_aws():
        s3 = boto3.client("s3", region_name=REGION)
        s3.create_bucket(Bucket=BUCKET)
        s3.put_object(Bucket=BUCKET, Key="out/meeting.json", Body=FIXTURE.read_bytes())
        yield s3


def test_a_transcript_in_the_callers_bucket_is_read_with_the_s3_client_given(bucket: Any) -> None:
    """By name: the job is described (awaited), then the object read with the ``s3`` given."""
    client = AsyncScripted({"get_transcription_job": [described(IN_BUCKET)]})
    service = AsyncTranscribe(client, s3=bucket)
    assert transcript(service, "j") == read_transcript(FIXTURE.read_bytes())
    assert client.calls == [("get_transcription_job", {"TranscriptionJobName": "j"})]
    assert transcript(service, job(IN_BUCKET), redacted=True) == read_transcript(
        FIXTURE.read_bytes()
    )


def test_without_an_s3_client_one_is_made_once_and_shared(bucket: Any) -> None:
    """No ``s3`` given: a botocore client is made on first use (in the worker thread) and shared
    by transcripts fetched at once."""
    service = AsyncTranscribe(AsyncScripted({}))

    async def main() -> list[Transcript]:
        jobs = service.transcription_jobs
        return await asyncio.gather(*(jobs.transcript(job(IN_BUCKET)) for _ in range(5)))

    assert asyncio.run(main()) == [read_transcript(FIXTURE.read_bytes())] * 5
    made = service._s3()
    assert service._s3() is made
    service._s3.close()
    assert service._s3() is not made  # closed and forgotten: a new one on the next use


def test_a_missing_object_is_a_service_error(bucket: Any) -> None:
    service = AsyncTranscribe(AsyncScripted({}), s3=bucket)
    with pytest.raises(ServiceError) as info:
        transcript(service, job(f"https://s3.{REGION}.amazonaws.com/{BUCKET}/absent.json"))
    assert info.value.code == "NoSuchKey"


def test_a_job_without_a_transcript_and_a_missing_job() -> None:
    """Not yet completed: ValidationError at Transcript.TranscriptFileUri, nothing fetched; no
    such job: JobNotFoundError from the describe call."""
    client = AsyncScripted({"get_transcription_job": [
        client_error("BadRequestException", "The requested job couldn't be found."),
    ]})
    service = AsyncTranscribe(client)
    for redacted, member in ((False, "TranscriptFileUri"), (True, "RedactedTranscriptFileUri")):
        with pytest.raises(ValidationError) as info:
            transcript(service, job(None, "IN_PROGRESS"), redacted=redacted)
        assert [e.path for e in info.value.errors] == [f"Transcript.{member}"]
    with pytest.raises(JobNotFoundError):
        transcript(service, "absent")


def test_an_s3_client_that_cannot_be_made_is_a_request_error(env: None) -> None:
    service = AsyncTranscribe(AsyncScripted({}))
    service._s3.profile = "absent"
    with pytest.raises(RequestError) as info:
        transcript(service, job(IN_BUCKET))
    assert info.value.operation == "connect"


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        if "X-Amz-Signature=good" in self.path:
            self.send_response(200)
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        else:
            self.send_error(403, "Request has expired")

    def log_message(self, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server standing in for the service's pre-signed S3 URL."""
    _Handler.body = FIXTURE.read_bytes()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_pre_signed_url_is_read_over_http(server: str) -> None:
    """The URL the describe call returns is fetched as is."""
    url = f"{server}/asrOutput.json?X-Amz-Signature=good&X-Amz-Expires=900"
    client = AsyncScripted({"get_transcription_job": [described(url)]})
    assert transcript(AsyncTranscribe(client), "j") == read_transcript(FIXTURE.read_bytes())


def test_the_download_runs_off_the_event_loop(server: str) -> None:
    """A job given (no describe call to await): the loop still runs other tasks while the
    transcript is fetched and parsed, in a worker thread."""
    done = job(f"{server}/asrOutput.json?X-Amz-Signature=good")
    service = AsyncTranscribe(AsyncScripted({}))
    ticks: list[int] = []

    async def main() -> Transcript:
        async def tick() -> None:
            while True:
                ticks.append(1)
                await asyncio.sleep(0)

        ticking = asyncio.create_task(tick())
        try:
            return await service.transcription_jobs.transcript(done)
        finally:
            ticking.cancel()

    assert asyncio.run(main()) == read_transcript(FIXTURE.read_bytes())
    assert len(ticks) > 1  # run on the loop, the download would have left no turn to tick


def test_an_expired_url_says_to_get_the_job_again(server: str) -> None:
    service = AsyncTranscribe(AsyncScripted({}))
    with pytest.raises(ServiceError) as info:
        transcript(service, job(f"{server}/asrOutput.json?X-Amz-Signature=old"))
    assert info.value.http_status == 403
    assert "15 minutes" in info.value.message


def test_a_download_beyond_max_bytes_is_refused(server: str) -> None:
    service = AsyncTranscribe(AsyncScripted({}))
    done = job(f"{server}/asrOutput.json?X-Amz-Signature=good")
    size = len(FIXTURE.read_bytes())
    with pytest.raises(ValidationError):
        transcript(service, done, max_bytes=size - 1)
    assert transcript(service, done, max_bytes=size) == read_transcript(FIXTURE.read_bytes())


def test_the_family_is_the_async_transcription_jobs_client() -> None:
    assert isinstance(AsyncTranscribe(AsyncScripted({})).transcription_jobs, AsyncTranscriptionJobs)
