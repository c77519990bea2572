"""TranscribeJobs and the command line through real HTTP, against a moto server process on
127.0.0.1 that this module starts and stops."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from transcribe_model import (
    JobNotFoundError,
    LanguageCode,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    TranscriptionJobStatus,
    ValidationError,
    make_converter,
)
from transcribe_model.client import TranscribeJobs

REGION = "us-east-1"
ROOT = Path(__file__).parent.parent
FAKE_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": REGION,
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A moto server on a free port, up until the module's tests are done."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("moto") / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while not answers(f"{url}/moto-api/data.json"):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto server did not start:\n{log_path.read_text()}")
                time.sleep(0.05)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                server.kill()
                server.wait()


@pytest.fixture
def server(endpoint: str) -> str:
    """The server's URL, emptied of whatever an earlier test left."""
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    with urllib.request.urlopen(reset, timeout=5):
        pass
    return endpoint


@pytest.fixture
def client(server: str) -> Iterator[Any]:
    transcribe = boto3.client(
        "transcribe",
        region_name=REGION,
        endpoint_url=server,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    yield transcribe
    transcribe.close()


@pytest.fixture
def jobs(client: Any) -> TranscribeJobs:
    return TranscribeJobs(client, sleep=lambda _: None)


def server_job_names(client: Any) -> list[str]:
    """What the server holds, asked for with plain boto3, past this library."""
    summaries = client.list_transcription_jobs()["TranscriptionJobSummaries"]
    return [summary["TranscriptionJobName"] for summary in summaries]


def request(name: str) -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(
        transcription_job_name=name,
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
        settings=Settings(show_speaker_labels=True, max_speaker_labels=2),
    )


def test_lifecycle_over_http(jobs: TranscribeJobs, client: Any) -> None:
    """start, wait, get, list and delete work through real HTTP requests."""
    assert jobs.start(request("meeting")).transcription_job_name == "meeting"
    done = jobs.wait("meeting", timeout=60)
    assert done.transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert done.settings == Settings(show_speaker_labels=True, max_speaker_labels=2)
    got = jobs.get("meeting")
    assert got.transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert [summary.transcription_job_name for summary in jobs.list()] == ["meeting"]
    jobs.delete("meeting")
    assert server_job_names(client) == []
    with pytest.raises(JobNotFoundError):
        jobs.delete("meeting")


def test_pagination_over_http_returns_every_job_once(jobs: TranscribeJobs) -> None:
    """Five jobs listed two a page over HTTP come back once each."""
    names = [f"job-{number}" for number in range(5)]
    for name in names:
        jobs.start(request(name))
    assert sorted(summary.transcription_job_name or "" for summary in jobs.list(page_size=2)) == (
        names
    )


def test_an_invalid_request_never_reaches_the_server(jobs: TranscribeJobs, client: Any) -> None:
    """start refuses a request that breaks a rule, and the server holds no job afterwards."""
    invalid = make_converter().structure(
        {
            "TranscriptionJobName": "meeting",
            "IdentifyLanguage": True,
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
        },
        StartTranscriptionJobRequest,
    )
    with pytest.raises(ValidationError) as caught:
        jobs.start(invalid)
    assert "one_language_source" in {error.rule for error in caught.value.errors}
    assert server_job_names(client) == []


def cli(server: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m transcribe_model ARGS --endpoint-url SERVER`` with fake credentials."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env |= FAKE_ENV | {
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }
    return subprocess.run(
        [sys.executable, "-m", "transcribe_model", *args, "--endpoint-url", server],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=60,
    )


def test_cli_lifecycle_as_a_subprocess(server: str, tmp_path: Path, client: Any) -> None:
    """The command line starts, waits for, gets, lists and deletes a job over HTTP."""
    path = tmp_path / "start.json"
    path.write_text(
        json.dumps(
            {
                "TranscriptionJobName": "meeting",
                "LanguageCode": "en-US",
                "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
            }
        )
    )
    started = cli(server, "start", str(path), "--wait", "--delay", "0.05")
    assert started.returncode == 0, started.stderr
    job = json.loads(started.stdout)["TranscriptionJob"]
    assert job["TranscriptionJobStatus"] == "COMPLETED"
    assert started.stderr == ""  # no progress line: stderr is a pipe

    got = cli(server, "get", "meeting")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["TranscriptionJob"]["TranscriptionJobName"] == "meeting"

    listed = cli(server, "list", "--status", "COMPLETED", "--output", "table")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[1].split()[:2] == ["meeting", "COMPLETED"]

    deleted = cli(server, "delete", "meeting")
    assert (deleted.returncode, deleted.stdout) == (0, "")
    assert server_job_names(client) == []

    missing = cli(server, "wait", "meeting")
    assert missing.returncode == 5
    assert "couldn't be found" in missing.stderr


def test_cli_sends_nothing_for_an_invalid_request(server: str, client: Any) -> None:
    """start with a request breaking a rule exits 1, and the server holds no job."""
    bad = json.dumps(
        {
            "TranscriptionJobName": "meeting",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
            "OutputKey": "transcripts/meeting.json",
        }
    )
    result = cli(server, "start", "-", stdin=bad)
    assert result.returncode == 1
    assert "output_key_needs_output_bucket_name" in result.stderr
    assert server_job_names(client) == []
