"""``Transcribe``: every family through botocore's Stubber, which checks each call's parameters
against the service model and answers as the service would (issue 10 item 2).

moto has no backend for Call Analytics, categories, scribe, filters, language models,
TranscribeAudio or tagging; the Stubber plays those. Each family's lifecycle is one table row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from botocore.stub import Stubber

import transcribe_model as tm
from transcribe_model import (
    JobFailedError,
    JobNotFoundError,
    NotFoundError,
    ServiceError,
    Tag,
    ValidationError,
    WaitTimeoutError,
    structure,
)
from transcribe_model._index import OPERATIONS
from transcribe_model.client import (
    AlreadyExistsError,
    JobsClient,
    ResourceFailedError,
    ResourcesClient,
    StatefulResourcesClient,
    Transcribe,
)
from transcribe_model.client._families import FAMILIES

REGION = "us-east-1"
ROLE = "arn:aws:iam::111122223333:role/transcribe"
BUCKET = "amzn-s3-demo-bucket"
WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def stubbed() -> Iterator[tuple[Transcribe, Stubber]]:
    client = boto3.client(
        "transcribe",
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    with Stubber(client) as stubber:
        yield Transcribe(client, sleep=lambda _: None, clock=lambda: 0.0), stubber
        stubber.assert_no_pending_responses()
    client.close()


# family -> (Start request, job member, name member, status member, job name)
JOBS: dict[str, tuple[dict[str, Any], str, str, str]] = {
    "medical_transcription_jobs": (
        {
            "MedicalTranscriptionJobName": "visit",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/visit.mp3"},
            "OutputBucketName": BUCKET,
            "Specialty": "PRIMARYCARE",
            "Type": "CONVERSATION",
        },
        "MedicalTranscriptionJob",
        "MedicalTranscriptionJobName",
        "TranscriptionJobStatus",
    ),
    "call_analytics_jobs": (
        {
            "CallAnalyticsJobName": "visit",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/call.wav"},
            "DataAccessRoleArn": ROLE,
            "ChannelDefinitions": [
                {"ChannelId": 0, "ParticipantRole": "AGENT"},
                {"ChannelId": 1, "ParticipantRole": "CUSTOMER"},
            ],
        },
        "CallAnalyticsJob",
        "CallAnalyticsJobName",
        "CallAnalyticsJobStatus",
    ),
    "medical_scribe_jobs": (
        {
            "MedicalScribeJobName": "visit",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/visit.wav"},
            "OutputBucketName": BUCKET,
            "DataAccessRoleArn": ROLE,
            "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2},
        },
        "MedicalScribeJob",
        "MedicalScribeJobName",
        "MedicalScribeJobStatus",
    ),
    "transcription_jobs": (
        {
            "TranscriptionJobName": "visit",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": f"s3://{BUCKET}/visit.mp3"},
        },
        "TranscriptionJob",
        "TranscriptionJobName",
        "TranscriptionJobStatus",
    ),
}


def ops_of(family: str) -> dict[str, str]:
    """The family's operations by verb, as the generated index lists them."""
    found: dict[str, str] = {}
    for info in OPERATIONS.values():
        if info.family == family:
            verb = next(v for v in ("Start", "Create", "Get", "Describe", "List", "Update",
                                    "Delete") if info.name.startswith(v))
            found["Get" if verb == "Describe" else verb] = info.name
    return found


def method(operation: str) -> str:
    import botocore

    return botocore.xform_name(operation)


@pytest.mark.parametrize("family", sorted(JOBS))
def test_a_job_family_starts_gets_lists_waits_and_deletes(
    stubbed: tuple[Transcribe, Stubber], family: str
) -> None:
    transcribe, stubber = stubbed
    start, job_member, name_member, status_member = JOBS[family]
    jobs: JobsClient[Any, Any, Any, Any, Any] = getattr(transcribe, family)
    ops = {verb: method(name) for verb, name in ops_of(family).items()}
    request_cls = getattr(tm, OPERATIONS[ops_of(family)["Start"]].input or "")
    list_cls = getattr(tm, OPERATIONS[ops_of(family)["List"]].input or "")
    named = {name_member: "visit"}

    def job(status: str) -> dict[str, Any]:
        return {job_member: {name_member: "visit", status_member: status}}

    stubber.add_response(ops["Start"], job("IN_PROGRESS"), start)
    stubber.add_response(ops["Get"], job("IN_PROGRESS"), named)
    stubber.add_response(ops["Get"], job("IN_PROGRESS"), named)
    stubber.add_response(ops["Get"], job("COMPLETED"), named)
    summaries = {
        "medical_transcription_jobs": "MedicalTranscriptionJobSummaries",
        "call_analytics_jobs": "CallAnalyticsJobSummaries",
        "medical_scribe_jobs": "MedicalScribeJobSummaries",
        "transcription_jobs": "TranscriptionJobSummaries",
    }[family]
    stubber.add_response(
        ops["List"],
        {"NextToken": "page-2", summaries: [{name_member: "a"}]},
        {"MaxResults": 1},
    )
    stubber.add_response(
        ops["List"], {summaries: [{name_member: "b"}]}, {"MaxResults": 1, "NextToken": "page-2"}
    )
    stubber.add_response(ops["Delete"], {}, named)

    started = jobs.start(structure(start, request_cls))
    assert type(started).__name__ == job_member
    assert getattr(started, status_member_attr(status_member)) == "IN_PROGRESS"
    polled: list[Any] = []
    done = jobs.wait("visit", on_poll=polled.append)
    assert getattr(done, status_member_attr(status_member)) == "COMPLETED"
    assert len(polled) == 3
    listed = list(jobs.list(structure({"MaxResults": 1}, list_cls)))
    assert [getattr(item, name_attr(name_member)) for item in listed] == ["a", "b"]
    jobs.delete("visit")


def status_member_attr(wire: str) -> str:
    import re

    return re.sub(r"(?<!^)(?=[A-Z])", "_", wire).lower()


name_attr = status_member_attr


@pytest.mark.parametrize("family", ["medical_transcription_jobs", "call_analytics_jobs",
                                    "medical_scribe_jobs"])
def test_a_failed_job_of_any_family_raises_job_failed_error(
    stubbed: tuple[Transcribe, Stubber], family: str
) -> None:
    transcribe, stubber = stubbed
    _, job_member, name_member, status_member = JOBS[family]
    ops = {verb: method(name) for verb, name in ops_of(family).items()}
    stubber.add_response(
        ops["Get"],
        {job_member: {name_member: "visit", status_member: "FAILED", "FailureReason": "no audio"}},
        {name_member: "visit"},
    )
    with pytest.raises(JobFailedError) as caught:
        getattr(transcribe, family).wait("visit")
    assert caught.value.failure_reason == "no audio"
    assert type(caught.value.job).__name__ == job_member
    assert "visit failed: no audio" in str(caught.value)


# family -> (Create request, Update request, name member, List items member, Get answer)
RESOURCES: dict[str, tuple[dict[str, Any], dict[str, Any], str, str, dict[str, Any]]] = {
    "vocabularies": (
        {"VocabularyName": "terms", "LanguageCode": "en-US", "Phrases": ["Transcribe"]},
        {"VocabularyName": "terms", "LanguageCode": "en-US", "Phrases": ["Amazon"]},
        "VocabularyName",
        "Vocabularies",
        {"VocabularyName": "terms", "VocabularyState": "READY"},
    ),
    "medical_vocabularies": (
        {
            "VocabularyName": "terms",
            "LanguageCode": "en-US",
            "VocabularyFileUri": f"s3://{BUCKET}/terms.txt",
        },
        {
            "VocabularyName": "terms",
            "LanguageCode": "en-US",
            "VocabularyFileUri": f"s3://{BUCKET}/terms-2.txt",
        },
        "VocabularyName",
        "Vocabularies",
        {"VocabularyName": "terms", "VocabularyState": "READY"},
    ),
    "vocabulary_filters": (
        {"VocabularyFilterName": "terms", "LanguageCode": "en-US", "Words": ["darn"]},
        {"VocabularyFilterName": "terms", "Words": ["darn", "heck"]},
        "VocabularyFilterName",
        "VocabularyFilters",
        {"VocabularyFilterName": "terms", "LanguageCode": "en-US"},
    ),
    "language_models": (
        {
            "LanguageCode": "en-US",
            "BaseModelName": "NarrowBand",
            "ModelName": "terms",
            "InputDataConfig": {"S3Uri": f"s3://{BUCKET}/train/", "DataAccessRoleArn": ROLE},
        },
        {"ModelName": "terms", "DataAccessRoleArn": ROLE},
        "ModelName",
        "Models",
        {"LanguageModel": {"ModelName": "terms", "ModelStatus": "COMPLETED"}},
    ),
    "call_analytics_categories": (
        {
            "CategoryName": "terms",
            "Rules": [{"TranscriptFilter": {"TranscriptFilterType": "EXACT", "Targets": ["hi"]}}],
        },
        {
            "CategoryName": "terms",
            "Rules": [{"TranscriptFilter": {"TranscriptFilterType": "EXACT", "Targets": ["yo"]}}],
        },
        "CategoryName",
        "Categories",
        {"CategoryProperties": {"CategoryName": "terms"}},
    ),
}


@pytest.mark.parametrize("family", sorted(RESOURCES))
def test_a_resource_family_creates_gets_lists_updates_and_deletes(
    stubbed: tuple[Transcribe, Stubber], family: str
) -> None:
    transcribe, stubber = stubbed
    create, update, name_member, items, got = RESOURCES[family]
    names = ops_of(family)
    ops = {verb: method(name) for verb, name in names.items()}
    resources: ResourcesClient[Any, Any, Any, Any, Any, Any, Any, Any] = getattr(
        transcribe, family
    )
    named = {name_member: "terms"}
    item = {name_member: "terms"}
    stubber.add_response(ops["Create"], {}, create)
    stubber.add_response(ops["Get"], got, named)
    stubber.add_response(ops["List"], {"NextToken": "2", items: [item]}, {})
    stubber.add_response(ops["List"], {items: [item, item]}, {"NextToken": "2"})
    stubber.add_response(ops["Update"], {}, update)
    stubber.add_response(ops["Delete"], {}, named)

    def model(verb: str, value: dict[str, Any]) -> Any:
        return structure(value, getattr(tm, OPERATIONS[names[verb]].input or ""))

    created = resources.create(model("Create", create))
    assert type(created).__name__ == OPERATIONS[names["Create"]].output
    answer = resources.get("terms")
    assert type(answer).__name__ == OPERATIONS[names["Get"]].output
    assert tm.unstructure(answer) == got
    assert len(list(resources.list())) == 3
    updated = resources.update(model("Update", update))
    assert type(updated).__name__ == OPERATIONS[names["Update"]].output
    resources.delete("terms")


# family -> (Get answer of a FAILED one, name member)
FAILED = {
    "vocabularies": {"VocabularyName": "terms", "VocabularyState": "FAILED", "FailureReason": "x"},
    "medical_vocabularies": {
        "VocabularyName": "terms",
        "VocabularyState": "FAILED",
        "FailureReason": "x",
    },
    "language_models": {
        "LanguageModel": {"ModelName": "terms", "ModelStatus": "FAILED", "FailureReason": "x"}
    },
}
PENDING = {
    "vocabularies": {"VocabularyName": "terms", "VocabularyState": "PENDING"},
    "medical_vocabularies": {"VocabularyName": "terms", "VocabularyState": "PENDING"},
    "language_models": {"LanguageModel": {"ModelName": "terms", "ModelStatus": "IN_PROGRESS"}},
}


@pytest.mark.parametrize("family", sorted(FAILED))
def test_a_resource_with_a_state_is_waited_for_until_usable(
    stubbed: tuple[Transcribe, Stubber], family: str
) -> None:
    transcribe, stubber = stubbed
    _, _, name_member, _, ready = RESOURCES[family]
    get = method(ops_of(family)["Get"])
    stubber.add_response(get, PENDING[family], {name_member: "terms"})
    stubber.add_response(get, ready, {name_member: "terms"})
    resources: StatefulResourcesClient[Any, Any, Any, Any, Any, Any, Any, Any] = getattr(
        transcribe, family
    )
    assert tm.unstructure(resources.wait("terms")) == ready


@pytest.mark.parametrize("family", sorted(FAILED))
def test_a_failed_resource_raises_with_its_failure_reason(
    stubbed: tuple[Transcribe, Stubber], family: str
) -> None:
    transcribe, stubber = stubbed
    name_member = RESOURCES[family][2]
    stubber.add_response(method(ops_of(family)["Get"]), FAILED[family], {name_member: "terms"})
    with pytest.raises(ResourceFailedError) as caught:
        getattr(transcribe, family).wait("terms")
    assert (caught.value.name, caught.value.failure_reason) == ("terms", "x")
    assert "terms failed: x" in str(caught.value)


def test_a_resource_wait_times_out_with_its_state(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, stubber = stubbed
    stubber.add_response("get_vocabulary", PENDING["vocabularies"], {"VocabularyName": "terms"})
    with pytest.raises(WaitTimeoutError) as caught:
        transcribe.vocabularies.wait("terms", timeout=0)
    assert caught.value.status == "PENDING"
    assert "vocabulary terms is still PENDING" in str(caught.value)


def test_wait_is_only_where_a_resource_has_a_state(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, _ = stubbed
    assert not hasattr(transcribe.vocabulary_filters, "wait")
    assert not hasattr(transcribe.call_analytics_categories, "wait")
    assert hasattr(transcribe.language_models, "wait")


def test_transcribe_audio_returns_its_response(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, stubber = stubbed
    answer = {"TranscriptResponse": {"Results": {"Transcript": "hello there"}}}
    sent = {"Media": {"MediaFileUri": f"s3://{BUCKET}/short.wav"}, "Language": "en"}
    stubber.add_response("transcribe_audio", answer, sent)
    request = structure(sent, tm.TranscribeAudioRequest)
    response = transcribe.transcribe_audio(request)
    assert isinstance(response, tm.TranscribeAudioResponse)
    assert response.transcript_response is not None
    assert tm.unstructure(response) == answer


def test_tagging_any_resource(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, stubber = stubbed
    arn = "arn:aws:transcribe:us-east-1:111122223333:vocabulary/terms"
    stubber.add_response(
        "tag_resource", {}, {"ResourceArn": arn, "Tags": [{"Key": "team", "Value": "sales"}]}
    )
    stubber.add_response("untag_resource", {}, {"ResourceArn": arn, "TagKeys": ["team"]})
    stubber.add_response(
        "list_tags_for_resource",
        {"ResourceArn": arn, "Tags": [{"Key": "cost", "Value": "1"}]},
        {"ResourceArn": arn},
    )
    transcribe.tag(arn, [Tag(key="team", value="sales")])
    transcribe.untag(arn, ["team"])
    assert transcribe.tags(arn) == (Tag(key="cost", value="1"),)


def test_a_bad_request_of_any_family_is_refused_before_sending(
    stubbed: tuple[Transcribe, Stubber],
) -> None:
    """Nothing is queued on the Stubber: a call would fail it. Each refusal names the member."""
    transcribe, _ = stubbed
    with pytest.raises(ValidationError) as caught:
        transcribe.vocabularies.get("no spaces allowed")
    assert caught.value.errors[0].path == "VocabularyName"
    with pytest.raises(ValidationError):
        transcribe.tag("not an arn", [Tag(key="team", value="sales")])
    with pytest.raises(ValidationError):
        transcribe.language_models.wait("terms", timeout=-1)
    with pytest.raises(TypeError, match="expected a CreateVocabularyRequest"):
        transcribe.vocabularies.create(tm.CreateVocabularyFilterRequest(  # type: ignore[arg-type]
            vocabulary_filter_name="f", language_code=tm.LanguageCode.EN_US, words=("darn",)
        ))


def test_list_checks_its_request_at_the_call(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, _ = stubbed
    bad = tm.ListVocabulariesRequest.__new__(tm.ListVocabulariesRequest)
    object.__setattr__(bad, "unknown_members", None)
    for field in ("next_token", "state_equals", "name_contains"):
        object.__setattr__(bad, field, None)
    object.__setattr__(bad, "max_results", 1000)
    with pytest.raises(ValidationError):
        transcribe.vocabularies.list(bad)


# (operation, method, call, message, class, resource)
MISSING: list[tuple[str, Callable[[Transcribe], object], str, type[NotFoundError], str | None]] = [
    ("get_vocabulary", lambda t: t.vocabularies.get("terms"),
     "The requested vocabulary couldn't be found. Check the name.", NotFoundError, "vocabulary"),
    ("get_vocabulary", lambda t: t.vocabularies.get("terms"), "", NotFoundError, "vocabulary"),
    ("delete_medical_vocabulary", lambda t: t.medical_vocabularies.delete("terms"),
     "", NotFoundError, "medical vocabulary"),
    ("get_vocabulary_filter", lambda t: t.vocabulary_filters.get("terms"),
     "The requested vocabulary filter couldn't be found.", NotFoundError, "vocabulary filter"),
    ("describe_language_model", lambda t: t.language_models.get("terms"),
     "The requested language model couldn't be found.", NotFoundError, "language model"),
    ("describe_language_model", lambda t: t.language_models.wait("terms"),
     "", NotFoundError, "language model"),
    ("get_call_analytics_category", lambda t: t.call_analytics_categories.get("terms"),
     "", NotFoundError, "call analytics category"),
    ("get_medical_transcription_job", lambda t: t.medical_transcription_jobs.get("visit"),
     "The requested job couldn't be found.", JobNotFoundError, "job"),
    ("get_call_analytics_job", lambda t: t.call_analytics_jobs.wait("visit"),
     "", JobNotFoundError, "job"),
    ("delete_medical_scribe_job", lambda t: t.medical_scribe_jobs.delete("visit"),
     "", JobNotFoundError, "job"),
    ("start_medical_transcription_job", lambda t: t.medical_transcription_jobs.start(
        structure(JOBS["medical_transcription_jobs"][0], tm.StartMedicalTranscriptionJobRequest)),
     "The requested vocabulary couldn't be found.", NotFoundError, "vocabulary"),
    ("start_call_analytics_job", lambda t: t.call_analytics_jobs.start(
        structure(JOBS["call_analytics_jobs"][0], tm.StartCallAnalyticsJobRequest)),
     "The requested language model couldn't be found.", NotFoundError, "language model"),
    ("list_tags_for_resource", lambda t: t.tags(
        "arn:aws:transcribe:us-east-1:111122223333:vocabulary/terms"),
     "The requested resource couldn't be found.", NotFoundError, "resource"),
]


@pytest.mark.parametrize(("operation", "call", "message", "cls", "resource"), MISSING)
def test_each_missing_resource_of_each_family_is_named(
    stubbed: tuple[Transcribe, Stubber],
    operation: str,
    call: Callable[[Transcribe], object],
    message: str,
    cls: type[NotFoundError],
    resource: str | None,
) -> None:
    transcribe, stubber = stubbed
    code = "BadRequestException" if message else "NotFoundException"
    stubber.add_client_error(operation, service_error_code=code, service_message=message)
    with pytest.raises(NotFoundError) as caught:
        call(transcribe)
    assert type(caught.value) is cls
    assert caught.value.resource == resource
    assert isinstance(caught.value.__cause__, ClientError)


def test_a_name_taken_is_already_exists_and_only_jobs_say_job(
    stubbed: tuple[Transcribe, Stubber],
) -> None:
    transcribe, stubber = stubbed
    create = RESOURCES["vocabularies"][0]
    stubber.add_client_error("create_vocabulary", "ConflictException", "exists")
    with pytest.raises(AlreadyExistsError) as caught:
        transcribe.vocabularies.create(structure(create, tm.CreateVocabularyRequest))
    assert type(caught.value) is AlreadyExistsError
    stubber.add_client_error("start_medical_scribe_job", "ConflictException", "exists")
    start = structure(JOBS["medical_scribe_jobs"][0], tm.StartMedicalScribeJobRequest)
    with pytest.raises(tm.JobAlreadyExistsError):
        transcribe.medical_scribe_jobs.start(start)


def test_a_throttled_list_is_a_throttling_error(stubbed: tuple[Transcribe, Stubber]) -> None:
    transcribe, stubber = stubbed
    stubber.add_client_error("list_language_models", "LimitExceededException", "slow down")
    with pytest.raises(tm.ThrottlingError):
        list(transcribe.language_models.list())
    stubber.add_client_error("list_vocabulary_filters", "InternalFailureException", "oops")
    with pytest.raises(ServiceError) as caught:
        next(transcribe.vocabulary_filters.pages())
    assert caught.value.operation == "ListVocabularyFilters"


def test_every_family_is_data_over_the_index() -> None:
    """Each family's client names only its index family and a few members; its type
    parameters are the shapes the index gives its operations."""
    import typing

    from transcribe_model._index import SHAPE_MODULES
    from transcribe_model.client import _families

    names = {**vars(_families), **{name: getattr(tm, name) for name in SHAPE_MODULES}}
    hints = {
        constant: eval(annotation, {**names, "Final": typing.Final})  # the module's own text
        for constant, annotation in _families.__annotations__.items()
    }
    for constant, ops in vars(_families).items():
        if constant not in hints or constant == "FAMILIES":
            continue
        (declared,) = typing.get_args(hints[constant])
        params = [arg.__name__ for arg in typing.get_args(declared)]
        by_verb = ops_of(ops.family)
        expected_inputs = [
            OPERATIONS[by_verb[verb]].input
            for verb in ("Start", "Create", "List", "Update")
            if verb in by_verb
        ]
        assert set(expected_inputs) <= set(params), constant
        assert OPERATIONS[by_verb["List"]].output in params, constant
    assert set(FAMILIES) == {info.family for info in OPERATIONS.values()} - {
        "tagging",
        "transcribe_audio",
    }
