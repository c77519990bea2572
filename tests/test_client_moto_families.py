"""``Transcribe`` against moto in-process (``mock_aws``): the families moto has a backend for.

moto plays medical transcription jobs, vocabularies and medical vocabularies, moving each
along its states as it is polled (QUEUED -> IN_PROGRESS -> COMPLETED, PENDING -> READY), and
paging listings by MaxResults. What moto holds is read back with plain boto3, past this library.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

import transcribe_model as tm
from transcribe_model import (
    JobNotFoundError,
    LanguageCode,
    Media,
    NotFoundError,
    ValidationError,
    VocabularyState,
    make_converter,
)
from transcribe_model.client import Transcribe

REGION = "us-east-1"
BUCKET = "amzn-s3-demo-bucket"


@pytest.fixture
def client() -> Iterator[Any]:
    with mock_aws():
        made = boto3.client(
            "transcribe",
            region_name=REGION,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        yield made
        made.close()


@pytest.fixture
def transcribe(client: Any) -> Transcribe:
    return Transcribe(client, sleep=lambda _: None)


def medical_request(name: str) -> tm.StartMedicalTranscriptionJobRequest:
    return tm.StartMedicalTranscriptionJobRequest(
        medical_transcription_job_name=name,
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri=f"s3://{BUCKET}/{name}.mp3"),
        output_bucket_name=BUCKET,
        specialty=tm.Specialty.PRIMARYCARE,
        type=tm.Type.CONVERSATION,
    )


def test_medical_job_lifecycle(transcribe: Transcribe, client: Any) -> None:
    jobs = transcribe.medical_transcription_jobs
    started = jobs.start(medical_request("visit"))
    assert started.medical_transcription_job_name == "visit"
    done = jobs.wait("visit")
    assert done.transcription_job_status == tm.TranscriptionJobStatus.COMPLETED
    assert jobs.get("visit").medical_transcription_job_name == "visit"
    for index in range(4):
        jobs.start(medical_request(f"more-{index}"))
    request = tm.ListMedicalTranscriptionJobsRequest(max_results=2)
    pages = list(jobs.pages(request))
    assert len(pages) >= 3
    names = [summary.medical_transcription_job_name for summary in jobs.list(request)]
    assert sorted(names) == sorted(["visit", *(f"more-{index}" for index in range(4))])
    jobs.delete("visit")
    with pytest.raises(JobNotFoundError) as caught:
        jobs.get("visit")
    assert caught.value.operation == "GetMedicalTranscriptionJob"
    server = client.list_medical_transcription_jobs()["MedicalTranscriptionJobSummaries"]
    assert "visit" not in {job["MedicalTranscriptionJobName"] for job in server}


@pytest.mark.parametrize("family", ["vocabularies", "medical_vocabularies"])
def test_vocabulary_lifecycle(transcribe: Transcribe, client: Any, family: str) -> None:
    """create, wait until READY, get, list over several pages, delete."""
    resources = getattr(transcribe, family)
    if family == "vocabularies":

        def create(name: str) -> Any:
            return tm.CreateVocabularyRequest(
                vocabulary_name=name, language_code=LanguageCode.EN_US, phrases=("Transcribe",)
            )

        list_request: Any = tm.ListVocabulariesRequest(max_results=2)
        server_list = client.list_vocabularies
    else:

        def create(name: str) -> Any:
            return tm.CreateMedicalVocabularyRequest(
                vocabulary_name=name,
                language_code=LanguageCode.EN_US,
                vocabulary_file_uri=f"s3://{BUCKET}/{name}.txt",
            )

        list_request = tm.ListMedicalVocabulariesRequest(max_results=2)
        server_list = client.list_medical_vocabularies

    created = resources.create(create("terms"))
    # moto's vocabulary starts with no state, then PENDING, then READY as it is polled.
    assert created.vocabulary_state in (None, VocabularyState.PENDING)
    polled: list[Any] = []
    ready = resources.wait("terms", on_poll=polled.append)
    assert ready.vocabulary_state == VocabularyState.READY
    assert len(polled) >= 1
    assert resources.get("terms").vocabulary_name == "terms"
    for index in range(4):
        resources.create(create(f"more-{index}"))
    assert len(list(resources.pages(list_request))) >= 3
    names = sorted(info.vocabulary_name for info in resources.list(list_request))
    assert names == sorted(["terms", *(f"more-{index}" for index in range(4))])
    resources.delete("terms")
    with pytest.raises(NotFoundError) as caught:
        resources.get("terms")
    assert caught.value.resource == "vocabulary"
    assert "terms" not in {info["VocabularyName"] for info in server_list()["Vocabularies"]}


def test_a_refused_request_reaches_no_server(transcribe: Transcribe, client: Any) -> None:
    """A request built past construction's checks is checked again: nothing reaches moto."""
    liberal = make_converter()  # a bare converter runs no rules
    broken = liberal.structure(
        {
            "MedicalTranscriptionJobName": "visit",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/visit.mp3"},
            "OutputBucketName": BUCKET,
            "Specialty": "PRIMARYCARE",
            "Type": "CONVERSATION",
            "MediaSampleRateHertz": 1,
        },
        tm.StartMedicalTranscriptionJobRequest,
    )
    with pytest.raises(ValidationError) as caught:
        transcribe.medical_transcription_jobs.start(broken)
    assert any(error.path == "MediaSampleRateHertz" for error in caught.value.errors)
    assert client.list_medical_transcription_jobs()["MedicalTranscriptionJobSummaries"] == []
    spaced = liberal.structure(
        {"VocabularyName": "has a space", "LanguageCode": "en-US", "Phrases": ["Transcribe"]},
        tm.CreateVocabularyRequest,
    )
    with pytest.raises(ValidationError) as refused:
        transcribe.vocabularies.create(spaced)
    assert [error.path for error in refused.value.errors] == ["VocabularyName"]
    assert client.list_vocabularies()["Vocabularies"] == []
