"""One table of flow tests, run by both drivers: the sync client and the async client.

Each row scripts the service's answers, acts on a ``Transcribe`` or an ``AsyncTranscribe`` the
same way, and expects the same outcome and the same calls: that the decisions live in the
shared flows and each driver only performs them (issue 14: one table, two drivers).
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from client_support import AsyncScripted, Scripted, client_error

import transcribe_model as tm
from transcribe_model import (
    JobFailedError,
    JobNotFoundError,
    NotFoundError,
    RequestError,
    ServiceError,
    ThrottlingError,
    ValidationError,
    WaitTimeoutError,
)
from transcribe_model.aio import AsyncTranscribe
from transcribe_model.client import ResourceFailedError, Transcribe


class FakeTime:
    """A clock that moves only when slept on, for either driver."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Case:
    act: Callable[[Any], Any]
    script: dict[str, list[Any]]
    expected: Any = None
    raises: type[BaseException] | None = None
    sleeps: list[float] | None = None
    calls: list[str] = field(default_factory=list)


def job(status: str, name: str = "visit") -> dict[str, Any]:
    return {"MedicalTranscriptionJob": {"MedicalTranscriptionJobName": name,
                                        "TranscriptionJobStatus": status}}


def vocabulary(state: str, reason: str | None = None) -> dict[str, Any]:
    answer = {"VocabularyName": "terms", "VocabularyState": state}
    return answer if reason is None else {**answer, "FailureReason": reason}


def names(items: list[Any]) -> list[str]:
    return [item.vocabulary_name for item in items]


CASES: dict[str, Case] = {
    "get parses the family's job": Case(
        act=lambda t: t.medical_transcription_jobs.get("visit"),
        script={"get_medical_transcription_job": [job("IN_PROGRESS")]},
        expected=tm.structure(job("IN_PROGRESS")["MedicalTranscriptionJob"],
                              tm.MedicalTranscriptionJob),
    ),
    "list follows NextToken over pages, even an empty one": Case(
        act=lambda t: t.vocabularies.list(),
        script={"list_vocabularies": [
            {"Vocabularies": [{"VocabularyName": "a"}], "NextToken": "1"},
            {"Vocabularies": [], "NextToken": "2"},
            {"Vocabularies": [{"VocabularyName": "b"}]},
        ]},
        expected=["a", "b"],
        calls=["list_vocabularies"] * 3,
    ),
    "a repeated NextToken stops the listing": Case(
        act=lambda t: t.vocabularies.list(),
        script={"list_vocabularies": [
            {"Vocabularies": [], "NextToken": "A"},
            {"Vocabularies": [], "NextToken": "B"},
            {"Vocabularies": [], "NextToken": "A"},
        ]},
        raises=ServiceError,
    ),
    "wait backs off 1, 2, 4 until COMPLETED": Case(
        act=lambda t: t.medical_transcription_jobs.wait("visit"),
        script={"get_medical_transcription_job": [
            job("QUEUED"), job("IN_PROGRESS"), job("IN_PROGRESS"), job("COMPLETED"),
        ]},
        expected=tm.structure(job("COMPLETED")["MedicalTranscriptionJob"],
                              tm.MedicalTranscriptionJob),
        sleeps=[1.0, 2.0, 4.0],
    ),
    "wait rides out a throttled poll": Case(
        act=lambda t: t.vocabularies.wait("terms", delay=3, max_delay=5),
        script={"get_vocabulary": [
            client_error("LimitExceededException"), vocabulary("PENDING"), vocabulary("READY"),
        ]},
        expected=tm.structure(vocabulary("READY"), tm.GetVocabularyResponse),
        sleeps=[3.0, 5.0],
    ),
    "wait caps its pauses and times out on the deadline": Case(
        act=lambda t: t.vocabularies.wait("terms", timeout=10, delay=4, max_delay=4),
        script={"get_vocabulary": [vocabulary("PENDING")] * 4},
        raises=WaitTimeoutError,
        sleeps=[4.0, 4.0, 2.0],
    ),
    "a FAILED job raises with its reason": Case(
        act=lambda t: t.medical_transcription_jobs.wait("visit"),
        script={"get_medical_transcription_job": [
            {"MedicalTranscriptionJob": {"MedicalTranscriptionJobName": "visit",
                                         "TranscriptionJobStatus": "FAILED",
                                         "FailureReason": "no audio"}},
        ]},
        raises=JobFailedError,
    ),
    "a FAILED vocabulary raises with its reason": Case(
        act=lambda t: t.vocabularies.wait("terms"),
        script={"get_vocabulary": [vocabulary("FAILED", "bad phrase")]},
        raises=ResourceFailedError,
    ),
    "a missing job is JobNotFoundError": Case(
        act=lambda t: t.medical_scribe_jobs.get("visit"),
        script={"get_medical_scribe_job": [
            client_error("BadRequestException", "The requested job couldn't be found."),
        ]},
        raises=JobNotFoundError,
    ),
    "a missing vocabulary named by a job's start is NotFoundError": Case(
        act=lambda t: t.language_models.get("clm"),
        script={"describe_language_model": [client_error("NotFoundException")]},
        raises=NotFoundError,
    ),
    "a bad name is refused before any call": Case(
        act=lambda t: t.vocabulary_filters.delete("has a space"),
        script={},
        raises=ValidationError,
    ),
    "bad timing is refused before any call": Case(
        act=lambda t: t.medical_scribe_jobs.wait("visit", delay=0),
        script={},
        raises=ValidationError,
    ),
    "throttling outside wait is an error": Case(
        act=lambda t: t.tags("arn:aws:transcribe:us-east-1:111122223333:vocabulary/terms"),
        script={"list_tags_for_resource": [client_error("ThrottlingException")]},
        raises=ThrottlingError,
    ),
    "tags are models": Case(
        act=lambda t: t.tags("arn:aws:transcribe:us-east-1:111122223333:vocabulary/terms"),
        script={"list_tags_for_resource": [{"Tags": [{"Key": "team", "Value": "sales"}]}]},
        expected=(tm.Tag(key="team", value="sales"),),
    ),
}


def run_sync(case: Case) -> tuple[Any, Scripted, FakeTime]:
    client, time = Scripted(case.script), FakeTime()
    transcribe = Transcribe(client, clock=time.clock, sleep=time.sleep, rand=lambda: 1.0 - 1e-16)
    result = case.act(transcribe)
    if isinstance(result, Iterator):
        result = list(result)
    return result, client, time


def run_async(case: Case) -> tuple[Any, Scripted, FakeTime]:
    client, time = AsyncScripted(case.script), FakeTime()
    transcribe = AsyncTranscribe(
        client, clock=time.clock, sleep=time.async_sleep, rand=lambda: 1.0 - 1e-16
    )

    async def act() -> Any:
        result = case.act(transcribe)
        if inspect.isawaitable(result):
            return await result
        assert isinstance(result, AsyncIterator)
        return [item async for item in result]

    return asyncio.run(act()), client, time


@dataclass
class Recorder:
    """The calls an aiobotocore client was asked to make, as ``Scripted`` records them."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def note(self, params: dict[str, Any], model: Any, **_: Any) -> None:
        from botocore import xform_name

        self.calls.append((xform_name(model.name), params))


def run_aiobotocore(case: Case) -> tuple[Any, Recorder, FakeTime]:
    """``run_async`` over a real aiobotocore client whose answers botocore's Stubber gives
    (aiobotocore's ``AioStubber``): requests and answers are checked against the installed
    botocore's service model, and nothing goes over the network. Only where aiobotocore is."""
    from aiobotocore.session import AioSession
    from aiobotocore.stub import AioStubber
    from botocore.exceptions import ClientError

    assert len(case.script) <= 1, "the stubber answers in one queue: one method per script"
    recorder, time = Recorder(), FakeTime()

    async def act() -> Any:
        made = AioSession().create_client(
            "transcribe",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        async with made as client:
            client.meta.events.register("provide-client-params.transcribe", recorder.note)
            with AioStubber(client) as stubber:
                for method, answers in case.script.items():
                    for answer in answers:
                        if isinstance(answer, ClientError):
                            error = answer.response.get("Error", {})
                            stubber.add_client_error(
                                method,
                                service_error_code=error.get("Code", ""),
                                service_message=error.get("Message", ""),
                            )
                        else:
                            stubber.add_response(method, answer)
                transcribe = AsyncTranscribe(
                    client, clock=time.clock, sleep=time.async_sleep, rand=lambda: 1.0 - 1e-16
                )
                result = case.act(transcribe)
                if inspect.isawaitable(result):
                    return await result
                assert isinstance(result, AsyncIterator)
                return [item async for item in result]

    return asyncio.run(act()), recorder, time


# The table runs on a third driver where aiobotocore is installed (the lane of
# scripts/test-async): the async client over a real aiobotocore client.
Driver = Callable[[Case], tuple[Any, Scripted | Recorder, FakeTime]]
DRIVERS: list[Driver] = [run_sync, run_async]
IDS = ["sync", "async"]
if importlib.util.find_spec("aiobotocore") is not None:
    DRIVERS.append(run_aiobotocore)
    IDS.append("aiobotocore")


@pytest.mark.parametrize("driver", DRIVERS, ids=IDS)
@pytest.mark.parametrize("name", list(CASES))
def test_flow(name: str, driver: Driver) -> None:
    case = CASES[name]
    if case.raises is not None:
        with pytest.raises(case.raises):
            driver(case)
        return
    result, client, time = driver(case)
    if isinstance(result, list) and result and hasattr(result[0], "vocabulary_name"):
        result = names(result)
    assert result == case.expected
    if case.sleeps is not None:
        assert time.sleeps == pytest.approx(case.sleeps)
    if case.calls:
        assert [method for method, _ in client.calls] == case.calls


@pytest.mark.parametrize("driver", DRIVERS, ids=IDS)
def test_nothing_is_called_for_a_refused_request(
    driver: Driver,
) -> None:
    bare = tm.make_converter().structure(
        {"VocabularyName": "has a space", "LanguageCode": "en-US", "Phrases": ["x"]},
        tm.CreateVocabularyRequest,
    )
    case = Case(act=lambda t: t.vocabularies.create(bare), script={})
    with pytest.raises(ValidationError):
        driver(case)  # Scripted has no answer: a call would fail with IndexError/KeyError


@pytest.mark.parametrize("scripted", [Scripted, AsyncScripted], ids=["sync", "async"])
def test_an_operation_the_installed_botocore_lacks_is_a_request_error(
    scripted: type[Scripted],
) -> None:
    """TranscribeAudio is not in botocore 1.43.117 (aiobotocore 3.10.0's): its client has no
    ``transcribe_audio``, which is a RequestError naming the operation, no stray AttributeError."""
    import botocore

    client = scripted({}, missing=("transcribe_audio",))
    request = tm.structure(
        {"Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/clip.wav"}, "Language": "en"},
        tm.TranscribeAudioRequest,
    )

    def call() -> object:
        if scripted is AsyncScripted:
            return asyncio.run(AsyncTranscribe(client).transcribe_audio(request))
        return Transcribe(client).transcribe_audio(request)

    with pytest.raises(RequestError) as caught:
        call()
    assert caught.value.operation == "TranscribeAudio"
    assert f"botocore {botocore.__version__} predates" in caught.value.message
    assert "transcribe_audio" in caught.value.message
    assert isinstance(caught.value.__cause__, AttributeError)
    assert client.calls == []


def test_neither_the_package_nor_the_sync_client_loads_the_async_one() -> None:
    code = (
        "import sys, transcribe_model, transcribe_model.client\n"
        "assert 'aiobotocore' not in sys.modules\n"
        "assert 'transcribe_model.aio' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
