"""``AsyncTranscribe`` over real aiobotocore, against a moto server process on 127.0.0.1.

Issue 14's calls, as ``test_client_async_server.py`` makes them through its stand-in, here with
the aiobotocore and botocore a user of ``pip install transcribe-model[async]`` gets: aiobotocore
3.10.0 with botocore 1.43.117 (``constraints-async.txt``). That botocore's transcribe model is
1.44.8's less TranscribeAudio, on the json protocol. Run by ``bash scripts/test-async`` (a second
lane of ``bash scripts/test``); the main lane has no aiobotocore and skips the module.
"""

from __future__ import annotations

import asyncio
import socket
import urllib.request
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("aiobotocore")  # the main lane has none: the module is skipped there

import botocore
import botocore.session
from aiobotocore.client import AioBaseClient
from aiobotocore.session import AioSession
from client_support import moto_server

import transcribe_model as tm
from transcribe_model import (
    JobNotFoundError,
    LanguageCode,
    Media,
    NotFoundError,
    RequestError,
    TranscriptionJobStatus,
    ValidationError,
    VocabularyState,
)
from transcribe_model.aio import AsyncTranscribe
from transcribe_model.transcript import Transcript, read_transcript
from transcribe_model.transcript._fetch import S3Object, locate

REGION = "us-east-1"
BUCKET = "amzn-s3-demo-bucket"
FIXTURE = Path(__file__).parent / "transcripts" / "speakers-2024.json"
# moto's jobs and vocabularies settle within a few polls: no need to pause for seconds.
QUICK: dict[str, float] = {"delay": 0.01, "max_delay": 0.05, "timeout": 60}


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    with moto_server(port, tmp_path_factory.mktemp("moto") / "server.log") as url:
        yield url


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """botocore's usual lookup finds these, and no file of the machine's."""
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_CONFIG_FILE", str(tmp_path / "none")),
        ("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none")),
    ):
        monkeypatch.setenv(name, value)
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server(endpoint: str, credentials: None) -> Iterator[Any]:
    """A sync botocore client on the reset server: the test's own look at what it holds."""
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    with urllib.request.urlopen(reset, timeout=5):
        pass
    made = botocore.session.get_session().create_client(
        "transcribe", region_name=REGION, endpoint_url=endpoint
    )
    yield made
    made.close()


def request(name: str) -> tm.StartTranscriptionJobRequest:
    return tm.StartTranscriptionJobRequest(
        transcription_job_name=name,
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri=f"s3://{BUCKET}/{name}.mp3"),
    )


def test_the_lane_runs_the_pair_it_pins() -> None:
    """What ``constraints-async.txt`` pins is what runs here, so these tests speak of that pair."""
    import aiobotocore

    text = (Path(__file__).parents[1] / "constraints-async.txt").read_text()
    pins = dict(line.split("==", 1) for line in text.splitlines() if "==" in line)
    assert aiobotocore.__version__ == pins["aiobotocore"] == "3.10.0"
    assert botocore.__version__ == pins["botocore"] == "1.43.117"


def test_twenty_jobs_started_and_waited_for_at_once(endpoint: str, server: Any) -> None:
    names = [f"job-{index:02}" for index in range(20)]

    async def main() -> list[tm.TranscriptionJob]:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            jobs = service.transcription_jobs

            async def lifecycle(name: str) -> tm.TranscriptionJob:
                await jobs.start(request(name))
                return await jobs.wait(name, **QUICK)

            return await asyncio.gather(*(lifecycle(name) for name in names))

    done = asyncio.run(main())
    assert [job.transcription_job_name for job in done] == names
    assert {job.transcription_job_status for job in done} == {TranscriptionJobStatus.COMPLETED}
    listed = server.list_transcription_jobs(MaxResults=100)["TranscriptionJobSummaries"]
    assert sorted(job["TranscriptionJobName"] for job in listed) == names


def test_listing_over_pages_and_not_found(endpoint: str, server: Any) -> None:
    async def main() -> tuple[list[str], list[int]]:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            jobs = service.transcription_jobs
            await asyncio.gather(*(jobs.start(request(f"page-{index}")) for index in range(5)))
            listing = tm.ListTranscriptionJobsRequest(max_results=2)
            names = [summary.transcription_job_name async for summary in jobs.list(listing)]
            sizes = [
                len(page.transcription_job_summaries or ()) async for page in jobs.pages(listing)
            ]
            with pytest.raises(JobNotFoundError) as job:
                await jobs.get("never-started")
            assert job.value.operation == "GetTranscriptionJob"
            with pytest.raises(NotFoundError) as caught:
                await service.vocabularies.get("never-made")
            assert caught.value.resource == "vocabulary"
            await jobs.delete("page-0")
            with pytest.raises(JobNotFoundError):
                await jobs.delete("page-0")
            return [name or "" for name in names], sizes

    names, sizes = asyncio.run(main())
    assert sorted(names) == [f"page-{index}" for index in range(5)]
    assert sizes == [2, 2, 1]


@asynccontextmanager
async def recorded(endpoint: str) -> AsyncIterator[tuple[AsyncTranscribe, list[str]]]:
    """An ``AsyncTranscribe`` over an aiobotocore client that notes every request it sends."""
    sent: list[str] = []
    made = AioSession().create_client("transcribe", region_name=REGION, endpoint_url=endpoint)
    async with made as client:
        client.meta.events.register(
            "before-send.transcribe", lambda request, **_: sent.append(request.url)
        )
        yield AsyncTranscribe(client), sent


def test_a_refused_request_is_sent_nowhere(endpoint: str, server: Any) -> None:
    bare = tm.make_converter().structure(
        {
            "TranscriptionJobName": "meeting",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/meeting.mp3"},
            "Settings": {"MaxSpeakerLabels": 4},
        },
        tm.StartTranscriptionJobRequest,
    )
    bad_listing = tm.make_converter().structure({"MaxResults": 0}, tm.ListVocabulariesRequest)

    async def main() -> list[str]:
        async with recorded(endpoint) as (service, sent):
            with pytest.raises(ValidationError):
                await service.transcription_jobs.start(bare)
            with pytest.raises(ValidationError):
                [item async for item in service.vocabularies.list(bad_listing)]
            assert sent == []
            await service.transcription_jobs.start(request("sent"))  # the hook does see a call
            return sent

    assert len(asyncio.run(main())) == 1
    listed = server.list_transcription_jobs()["TranscriptionJobSummaries"]
    assert [job["TranscriptionJobName"] for job in listed] == ["sent"]


def test_a_vocabulary_waited_for_until_ready(endpoint: str, server: Any) -> None:
    async def main() -> tm.GetVocabularyResponse:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            await service.vocabularies.create(tm.CreateVocabularyRequest(
                vocabulary_name="terms", language_code=LanguageCode.EN_US, phrases=("Transcribe",)
            ))
            return await service.vocabularies.wait("terms", **QUICK)

    ready = asyncio.run(main())
    assert ready.vocabulary_state == VocabularyState.READY
    assert server.get_vocabulary(VocabularyName="terms")["VocabularyState"] == "READY"


def test_connect_closes_the_client_on_the_way_out(
    endpoint: str, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The aiobotocore client ``connect`` made is exited once, with the block, even on error."""
    exited: list[object] = []
    real_exit = AioBaseClient.__aexit__

    async def spy(self: AioBaseClient, *exc: object) -> None:
        exited.append(self)
        await real_exit(self, *exc)

    monkeypatch.setattr(AioBaseClient, "__aexit__", spy)

    async def main() -> tuple[object, object]:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            await service.transcription_jobs.start(request("connected"))
            assert [job.transcription_job_name async for job in
                    service.transcription_jobs.list()] == ["connected"]
            assert exited == []
            first = service._driver.client
        seen: list[object] = []

        async def failing() -> None:
            async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
                seen.append(service._driver.client)
                await service.transcription_jobs.get("absent")

        with pytest.raises(JobNotFoundError):
            await failing()
        return first, seen[0]

    first, second = asyncio.run(main())
    assert exited == [first, second]
    assert isinstance(first, AioBaseClient)


@pytest.mark.parametrize(
    "where", [{}, {"region": REGION, "profile": "absent"}], ids=["no region", "unknown profile"]
)
def test_connect_that_cannot_make_a_client_is_a_request_error(where: dict[str, str]) -> None:
    """aiobotocore makes the client as it is entered; what fails there is mapped all the same."""

    async def main() -> None:
        async with AsyncTranscribe.connect(**where):
            pass  # pragma: no cover

    with pytest.raises(RequestError) as caught:
        asyncio.run(main())
    assert caught.value.operation == "connect"


def test_transcribe_audio_on_a_botocore_without_it_says_so(endpoint: str) -> None:
    """TranscribeAudio came after botocore 1.43.117: the client has no method, and the call is
    a RequestError naming the operation and the installed botocore, sending nothing."""
    audio = tm.structure(
        {"Media": {"MediaFileUri": f"s3://{BUCKET}/clip.wav"}, "Language": "en"},
        tm.TranscribeAudioRequest,
    )

    async def main() -> tuple[RequestError, list[str]]:
        async with recorded(endpoint) as (service, sent):
            if hasattr(service._driver.client, "transcribe_audio"):  # pragma: no cover
                pytest.skip(f"botocore {botocore.__version__} has TranscribeAudio")
            with pytest.raises(RequestError) as caught:
                await service.transcribe_audio(audio)
            return caught.value, sent

    error, sent = asyncio.run(main())
    assert error.operation == "TranscribeAudio"
    assert f"botocore {botocore.__version__} predates the TranscribeAudio operation" in str(error)
    assert isinstance(error.__cause__, AttributeError)
    assert sent == []


def test_a_transcript_in_my_bucket_is_read_over_connect(endpoint: str, server: Any) -> None:
    """A job that wrote to my bucket on the moto server; ``transcript(name)`` describes it and
    reads the object through the S3 client made for it (connect's endpoint), closed with it."""
    s3 = botocore.session.get_session().create_client(
        "s3", region_name=REGION, endpoint_url=endpoint
    )
    s3.create_bucket(Bucket="my-transcripts")

    async def main() -> tuple[Transcript, AsyncTranscribe]:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            jobs = service.transcription_jobs
            await jobs.start(tm.StartTranscriptionJobRequest(
                transcription_job_name="meeting",
                language_code=LanguageCode.EN_US,
                media=Media(media_file_uri=f"s3://{BUCKET}/meeting.mp3"),
                output_bucket_name="my-transcripts",
                output_key="out/meeting.json",
            ))
            done = await jobs.wait("meeting", **QUICK)
            assert done.transcript is not None
            assert done.transcript.transcript_file_uri is not None
            where = locate(done.transcript.transcript_file_uri)
            assert where == S3Object(bucket="my-transcripts", key="out/meeting.json")
            s3.put_object(Bucket=where.bucket, Key=where.key, Body=FIXTURE.read_bytes())
            return await jobs.transcript("meeting"), service

    try:
        document, service = asyncio.run(main())
    finally:
        s3.close()
    assert document == read_transcript(FIXTURE.read_bytes())
    assert service._s3._made is None  # connect closed the S3 client it made on the way out
