"""TranscribeJobs.transcript(): from the caller's bucket through S3 (against moto), from a
pre-signed URL over HTTP (a local server), and where the transcript lies (``locate``)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import boto3
import pytest
from moto import mock_aws
from moto.moto_api import state_manager

from transcribe_model import (
    LanguageCode,
    Media,
    ServiceError,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    ValidationError,
    structure,
)
from transcribe_model.client import TranscribeAPI, TranscribeJobs
from transcribe_model.transcript import read_transcript
from transcribe_model.transcript._fetch import S3Object, SignedUrl, locate

FIXTURE = Path(__file__).parent / "transcripts" / "speakers-2024.json"
REGION = "us-east-1"
BUCKET = "my-transcripts"
JOB_MODEL = "transcribe::transcriptionjob"


@pytest.fixture
def moto_jobs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[TranscribeJobs]:
    """TranscribeJobs over moto, with an output bucket; jobs complete on the third get."""
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", REGION),
        ("AWS_CONFIG_FILE", str(tmp_path / "none")),
        ("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none")),
    ):
        monkeypatch.setenv(name, value)
    state_manager.set_transition(JOB_MODEL, {"progression": "manual", "times": 1})
    try:
        with mock_aws():
            boto3.client("s3", region_name=REGION).create_bucket(Bucket=BUCKET)
            client = boto3.client("transcribe", region_name=REGION)
            yield TranscribeJobs(cast(TranscribeAPI, client))
    finally:
        state_manager.unset_transition(JOB_MODEL)


def _completed(jobs: TranscribeJobs, name: str, **output: str) -> TranscriptionJob:
    jobs.start(
        StartTranscriptionJobRequest(
            transcription_job_name=name,
            language_code=LanguageCode.EN_US,
            media=Media(media_file_uri="s3://media/call.wav"),
            **output,
        )
    )
    job = jobs.get(name)
    while job.transcription_job_status != "COMPLETED":
        job = jobs.get(name)
    return job


def test_a_transcript_in_the_callers_bucket_is_read_through_s3(moto_jobs: TranscribeJobs) -> None:
    """The job writes to my bucket; transcript(name) reads the object at the key it reports."""
    job = _completed(moto_jobs, "meeting", output_bucket_name=BUCKET, output_key="out/meeting.json")
    assert job.transcript is not None
    assert job.transcript.transcript_file_uri is not None
    where = locate(job.transcript.transcript_file_uri)
    assert where == S3Object(bucket=BUCKET, key="out/meeting.json")
    boto3.client("s3", region_name=REGION).put_object(
        Bucket=BUCKET, Key=where.key, Body=FIXTURE.read_bytes()
    )
    assert moto_jobs.transcript("meeting") == read_transcript(FIXTURE.read_bytes())
    assert moto_jobs.transcript(job) == read_transcript(FIXTURE.read_bytes())


def test_a_missing_object_is_a_service_error(moto_jobs: TranscribeJobs) -> None:
    """No object at the key: S3's NoSuchKey comes back as a ServiceError."""
    _completed(moto_jobs, "empty", output_bucket_name=BUCKET)
    with pytest.raises(ServiceError) as info:
        moto_jobs.transcript("empty")
    assert info.value.code == "NoSuchKey"


def test_a_job_not_yet_completed_has_no_transcript(moto_jobs: TranscribeJobs) -> None:
    """A queued job: ValidationError at Transcript.TranscriptFileUri; redacted alike."""
    moto_jobs.start(
        StartTranscriptionJobRequest(
            transcription_job_name="queued",
            language_code=LanguageCode.EN_US,
            media=Media(media_file_uri="s3://media/call.wav"),
        )
    )
    job = moto_jobs.get("queued")
    for redacted, member in ((False, "TranscriptFileUri"), (True, "RedactedTranscriptFileUri")):
        with pytest.raises(ValidationError) as info:
            moto_jobs.transcript(job, redacted=redacted)
        assert [e.path for e in info.value.errors] == [f"Transcript.{member}"]


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


def _job(uri: str) -> TranscriptionJob:
    return structure(
        {
            "TranscriptionJobName": "j",
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"TranscriptFileUri": uri},
        },
        TranscriptionJob,
    )


def test_a_pre_signed_url_is_read_over_http(server: str) -> None:
    """The service's own location is fetched as is, query and all."""
    jobs = TranscribeJobs(cast(TranscribeAPI, object()))
    doc = jobs.transcript(_job(f"{server}/asrOutput.json?X-Amz-Signature=good&X-Amz-Expires=900"))
    assert doc == read_transcript(FIXTURE.read_bytes())


def test_an_expired_url_says_to_get_the_job_again(server: str) -> None:
    """A 403 is a ServiceError whose message says the URL expires after 15 minutes."""
    jobs = TranscribeJobs(cast(TranscribeAPI, object()))
    with pytest.raises(ServiceError) as info:
        jobs.transcript(_job(f"{server}/asrOutput.json?X-Amz-Signature=old"))
    assert info.value.http_status == 403
    assert "15 minutes" in info.value.message


def test_a_download_beyond_max_bytes_is_refused(server: str) -> None:
    """One byte under the file's size is refused; its size exactly is read."""
    jobs = TranscribeJobs(cast(TranscribeAPI, object()))
    job = _job(f"{server}/asrOutput.json?X-Amz-Signature=good")
    size = len(FIXTURE.read_bytes())
    with pytest.raises(ValidationError):
        jobs.transcript(job, max_bytes=size - 1)
    assert jobs.transcript(job, max_bytes=size) == read_transcript(FIXTURE.read_bytes())


@pytest.mark.parametrize(
    ("uri", "where"),
    [
        (
            "https://s3.us-east-1.amazonaws.com/my-bucket/a/b%20c.json",
            S3Object(bucket="my-bucket", key="a/b c.json"),
        ),
        ("https://s3.amazonaws.com/my-bucket/x.json", S3Object(bucket="my-bucket", key="x.json")),
        ("https://s3-eu-west-1.amazonaws.com/b/k.json", S3Object(bucket="b", key="k.json")),
        (
            "https://my.bucket.s3.eu-west-2.amazonaws.com/k/x.json",
            S3Object(bucket="my.bucket", key="k/x.json"),
        ),
        (
            "https://s3.us-east-1.amazonaws.com/aws-transcribe-us-east-1-prod/1/j/asrOutput.json"
            "?X-Amz-Security-Token=t&X-Amz-Signature=s",
            SignedUrl(
                "https://s3.us-east-1.amazonaws.com/aws-transcribe-us-east-1-prod/1/j/"
                "asrOutput.json?X-Amz-Security-Token=t&X-Amz-Signature=s"
            ),
        ),
        ("https://example.com/t.json", SignedUrl("https://example.com/t.json")),
    ],
)
def test_locate_tells_a_bucket_from_a_pre_signed_url(uri: str, where: object) -> None:
    """Path-style and virtual-hosted S3 URIs name a bucket and key; signed URLs stay URLs."""
    assert locate(uri) == where


@pytest.mark.parametrize(
    "uri", ["file:///etc/passwd", "s3://bucket/key", "https://s3.us-east-1.amazonaws.com/bucket"]
)
def test_locate_refuses_what_names_no_transcript(uri: str) -> None:
    """Another scheme, or a bucket without a key, is a ValidationError."""
    with pytest.raises(ValidationError):
        locate(uri)
