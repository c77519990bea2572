"""``AsyncTranscribe`` through real HTTP against a moto server process on 127.0.0.1 (issue 14).

The async client drives botocore's client through ``ThreadedAsyncClient`` (the protocol
aiobotocore's clients follow; aiobotocore itself cannot be installed beside botocore 1.44.8),
so twenty jobs really are started and waited for at once, over the network.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import types
import urllib.request
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from client_support import ThreadedAsyncClient, moto_server

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

REGION = "us-east-1"
BUCKET = "amzn-s3-demo-bucket"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    with moto_server(port, tmp_path_factory.mktemp("moto") / "server.log") as url:
        yield url


@pytest.fixture
def client(endpoint: str) -> Iterator[Any]:
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    with urllib.request.urlopen(reset, timeout=5):
        pass
    made = boto3.client(
        "transcribe",
        region_name=REGION,
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    yield made
    made.close()


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)  # yields to the other waiters; no time passes


def transcribe(client: Any) -> AsyncTranscribe:
    return AsyncTranscribe(ThreadedAsyncClient(client), sleep=no_sleep)


def request(name: str) -> tm.StartTranscriptionJobRequest:
    return tm.StartTranscriptionJobRequest(
        transcription_job_name=name,
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri=f"s3://{BUCKET}/{name}.mp3"),
    )


def test_twenty_jobs_started_and_waited_for_at_once(client: Any) -> None:
    jobs = transcribe(client).transcription_jobs
    names = [f"job-{index:02}" for index in range(20)]

    async def lifecycle(name: str) -> tm.TranscriptionJob:
        await jobs.start(request(name))
        return await jobs.wait(name)

    async def main() -> list[tm.TranscriptionJob]:
        return await asyncio.gather(*(lifecycle(name) for name in names))

    done = asyncio.run(main())
    assert [job.transcription_job_name for job in done] == names
    assert {job.transcription_job_status for job in done} == {TranscriptionJobStatus.COMPLETED}
    server = client.list_transcription_jobs(MaxResults=100)["TranscriptionJobSummaries"]
    assert sorted(job["TranscriptionJobName"] for job in server) == names


def test_listing_over_pages_and_not_found(client: Any) -> None:
    service = transcribe(client)
    jobs = service.transcription_jobs

    async def main() -> tuple[list[str], int]:
        await asyncio.gather(*(jobs.start(request(f"page-{index}")) for index in range(5)))
        listing = tm.ListTranscriptionJobsRequest(max_results=2)
        names = [summary.transcription_job_name async for summary in jobs.list(listing)]
        pages = [page async for page in jobs.pages(listing)]
        with pytest.raises(JobNotFoundError):
            await jobs.get("never-started")
        with pytest.raises(NotFoundError) as caught:
            await service.vocabularies.get("never-made")
        assert caught.value.resource == "vocabulary"
        await jobs.delete("page-0")
        with pytest.raises(JobNotFoundError):
            await jobs.delete("page-0")
        return [name or "" for name in names], len(pages)

    names, pages = asyncio.run(main())
    assert sorted(names) == [f"page-{index}" for index in range(5)]
    assert pages >= 3


def test_a_refused_request_is_sent_nowhere(client: Any) -> None:
    double = ThreadedAsyncClient(client)
    service = AsyncTranscribe(double, sleep=no_sleep)
    bare = tm.make_converter().structure(
        {
            "TranscriptionJobName": "meeting",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/meeting.mp3"},
            "Settings": {"MaxSpeakerLabels": 4},
        },
        tm.StartTranscriptionJobRequest,
    )

    async def main() -> None:
        with pytest.raises(ValidationError):
            await service.transcription_jobs.start(bare)
        with pytest.raises(ValidationError):
            [item async for item in service.vocabularies.list(
                tm.make_converter().structure({"MaxResults": 0}, tm.ListVocabulariesRequest)
            )]

    asyncio.run(main())
    assert double.calls == []
    assert client.list_transcription_jobs()["TranscriptionJobSummaries"] == []


def test_a_vocabulary_waited_for_until_ready(client: Any) -> None:
    vocabularies = transcribe(client).vocabularies

    async def main() -> tm.GetVocabularyResponse:
        await vocabularies.create(tm.CreateVocabularyRequest(
            vocabulary_name="terms", language_code=LanguageCode.EN_US, phrases=("Transcribe",)
        ))
        return await vocabularies.wait("terms")

    ready = asyncio.run(main())
    assert ready.vocabulary_state == VocabularyState.READY
    assert client.get_vocabulary(VocabularyName="terms")["VocabularyState"] == "READY"


def test_connect_opens_and_closes_an_aiobotocore_client(
    client: Any, endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``connect`` asks aiobotocore's session for a client and enters it: played here by a
    stand-in module, since aiobotocore cannot be installed beside botocore 1.44.8."""
    made: list[dict[str, Any]] = []

    class AioSession:
        def __init__(self, profile: str | None = None) -> None:
            self.profile = profile

        def create_client(self, service: str, **kwargs: Any) -> ThreadedAsyncClient:
            made.append({"service": service, "profile": self.profile, **kwargs})
            return ThreadedAsyncClient(boto3.client(
                service, aws_access_key_id="testing", aws_secret_access_key="testing", **kwargs
            ))

    package = types.ModuleType("aiobotocore")
    session = types.ModuleType("aiobotocore.session")
    session.AioSession = AioSession  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "aiobotocore", package)
    monkeypatch.setitem(sys.modules, "aiobotocore.session", session)

    async def main() -> list[str]:
        async with AsyncTranscribe.connect(region=REGION, endpoint_url=endpoint) as service:
            await service.transcription_jobs.start(request("connected"))
            return [job.transcription_job_name or "" async for job in
                    service.transcription_jobs.list()]

    assert asyncio.run(main()) == ["connected"]
    assert made == [{"service": "transcribe", "profile": None, "region_name": REGION,
                     "endpoint_url": endpoint}]


def test_connect_without_aiobotocore_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiobotocore", None)
    monkeypatch.setitem(sys.modules, "aiobotocore.session", None)

    async def main() -> None:
        async with AsyncTranscribe.connect(region=REGION):
            pass  # pragma: no cover

    with pytest.raises(RequestError, match=r"transcribe-model\[async\]"):
        asyncio.run(main())


def test_connect_maps_what_fails_as_the_client_is_entered(monkeypatch: pytest.MonkeyPatch) -> None:
    """aiobotocore makes the client in ``__aenter__`` (a missing region is raised there): that is
    a RequestError too. tests/test_client_aiobotocore.py checks it with aiobotocore itself."""
    from botocore.exceptions import NoRegionError

    class Unmade:
        async def __aenter__(self) -> None:
            raise NoRegionError()

        async def __aexit__(self, *exc: object) -> None:  # pragma: no cover
            raise AssertionError("never entered")

    class AioSession:
        def __init__(self, profile: str | None = None) -> None:
            pass

        def create_client(self, service: str, **kwargs: Any) -> Unmade:
            return Unmade()

    session = types.ModuleType("aiobotocore.session")
    session.AioSession = AioSession  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "aiobotocore", types.ModuleType("aiobotocore"))
    monkeypatch.setitem(sys.modules, "aiobotocore.session", session)

    async def main() -> None:
        async with AsyncTranscribe.connect():
            pass  # pragma: no cover

    with pytest.raises(RequestError) as caught:
        asyncio.run(main())
    assert caught.value.operation == "connect"
    assert isinstance(caught.value.__cause__, NoRegionError)
