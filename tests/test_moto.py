"""Real boto3 traffic against moto's Transcribe: requests built from the model, responses parsed.

Each request is a ``StartTranscriptionJobRequest`` built in Python and sent as
``client.start_transcription_job(**unstructure(request))``; what botocore hands back (datetimes
with ``tzlocal()``, ``ResponseMetadata`` and all) is structured and unstructured again, and must
come out exactly as it went in.

moto advances a transcription job one status per ``get_transcription_job`` call
(``{"progression": "manual", "times": 1}``): the start response carries no status, then the gets
return QUEUED, IN_PROGRESS and COMPLETED. The fixture sets that transition explicitly so the
tests do not hang on moto's default.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import boto3
import botocore.session
import botocore.validate
import pytest
from moto import mock_aws
from moto.moto_api import state_manager

from transcribe_model import (
    ContentRedaction,
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    JobExecutionSettings,
    LanguageCode,
    LanguageCodeItem,
    LanguageIdSettings,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    Media,
    MediaFormat,
    ModelSettings,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    SubtitleFormat,
    Subtitles,
    Tag,
    ToxicityCategory,
    ToxicityDetectionSettings,
    TranscriptionJob,
    TranscriptionJobStatus,
    TranscriptionJobSummary,
    VocabularyFilterMethod,
    check,
    from_json,
    structure,
    to_json,
    unstructure,
)

REGION = "us-east-1"
OUTPUT_BUCKET = "transcripts-out"
JOB_MODEL = "transcribe::transcriptionjob"

REQUESTS = {
    "language-code": StartTranscriptionJobRequest(
        transcription_job_name="plain-en",
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://media-bucket/talk.wav"),
    ),
    "identify-language": StartTranscriptionJobRequest(
        transcription_job_name="identify-one",
        identify_language=True,
        language_options=(LanguageCode.DE_DE, LanguageCode.EN_GB),
        language_id_settings={
            LanguageCode.DE_DE: LanguageIdSettings(language_model_name="de-model"),
            LanguageCode.EN_GB: LanguageIdSettings(
                vocabulary_filter_name="en-filter", vocabulary_name="en-vocab"
            ),
        },
        settings=Settings(vocabulary_filter_method=VocabularyFilterMethod.MASK),
        media=Media(media_file_uri="https://example.com/media/interview.mp3"),
    ),
    "identify-multiple-languages": StartTranscriptionJobRequest(
        transcription_job_name="identify-many",
        identify_multiple_languages=True,
        language_options=(LanguageCode.EN_US, LanguageCode.ES_US, LanguageCode.FR_CA),
        media=Media(media_file_uri="s3://media-bucket/mixed.flac"),
    ),
    "speaker-labels": StartTranscriptionJobRequest(
        transcription_job_name="speakers.and_alternatives-1",
        language_code=LanguageCode.EN_GB,
        media_format=MediaFormat.MP4,
        media_sample_rate_hertz=16000,
        media=Media(media_file_uri="s3://media-bucket/panel.mp4"),
        settings=Settings(
            show_speaker_labels=True,
            max_speaker_labels=4,
            show_alternatives=True,
            max_alternatives=3,
            channel_identification=False,
        ),
    ),
    "subtitles-to-bucket": StartTranscriptionJobRequest(
        transcription_job_name="subtitled",
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://media-bucket/film.ogg"),
        output_bucket_name=OUTPUT_BUCKET,
        output_key="films/subtitled.json",
        subtitles=Subtitles(formats=(SubtitleFormat.VTT, SubtitleFormat.SRT), output_start_index=1),
    ),
    "content-redaction": StartTranscriptionJobRequest(
        transcription_job_name="redacted-call",
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://media-bucket/call.wav"),
        content_redaction=ContentRedaction(
            redaction_type=RedactionType.PII,
            redaction_output=RedactionOutput.REDACTED_AND_UNREDACTED,
            pii_entity_types=(PiiEntityType.NAME, PiiEntityType.SSN, PiiEntityType.EMAIL),
        ),
        toxicity_detection=(
            ToxicityDetectionSettings(toxicity_categories=(ToxicityCategory.ALL,)),
        ),
    ),
    "tags-and-execution": StartTranscriptionJobRequest(
        transcription_job_name="tagged",
        language_code=LanguageCode.JA_JP,
        media=Media(media_file_uri="s3://media-bucket/meeting.m4a"),
        output_bucket_name=OUTPUT_BUCKET,
        output_encryption_kms_key_id="arn:aws:kms:us-east-1:111122223333:key/abcd-1234",
        kms_encryption_context={"Department": "Sales", "Project": "Speech 2"},
        model_settings=ModelSettings(language_model_name="ja-custom"),
        job_execution_settings=JobExecutionSettings(
            allow_deferred_execution=True,
            data_access_role_arn="arn:aws:iam::111122223333:role/TranscribeAccess",
        ),
        tags=(Tag(key="team", value="speech"), Tag(key="empty-value", value="")),
    ),
}

CASES = sorted(REQUESTS)


def _fake_environment(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "no-credentials"))
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@contextmanager
def _moto_transcribe(home: Path) -> Iterator[Any]:
    """A moto-backed transcribe client with fake credentials and an existing output bucket."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _fake_environment(monkeypatch, home)
        state_manager.set_transition(JOB_MODEL, {"progression": "manual", "times": 1})
        try:
            with mock_aws():
                boto3.client("s3", region_name=REGION).create_bucket(Bucket=OUTPUT_BUCKET)
                yield boto3.client("transcribe", region_name=REGION)
        finally:
            state_manager.unset_transition(JOB_MODEL)


@pytest.fixture
def aws(tmp_path: Path) -> Iterator[Any]:
    """A fresh moto transcribe client, for tests that list and delete."""
    with _moto_transcribe(tmp_path) as client:
        yield client


@attrs.frozen
class Traffic:
    """What went over the wire for one job: the params botocore got, and what came back."""

    sent: dict[str, Any]
    body: bytes
    start: dict[str, Any]
    gets: list[dict[str, Any]]


@pytest.fixture(scope="module")
def traffic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Traffic]:
    """Every request case started once against moto, then got three times (to COMPLETED)."""
    recorded: dict[str, Traffic] = {}
    with _moto_transcribe(tmp_path_factory.mktemp("aws")) as client:
        sent: list[dict[str, Any]] = []
        bodies: list[bytes] = []

        def capture_params(params: dict[str, Any], **_: Any) -> None:
            sent.append(dict(params))

        def capture_body(request: Any, **_: Any) -> None:
            bodies.append(request.body)

        events = client.meta.events
        events.register("provide-client-params.transcribe.StartTranscriptionJob", capture_params)
        events.register("request-created.transcribe.StartTranscriptionJob", capture_body)
        for case, request in REQUESTS.items():
            start = _start(client, request)
            recorded[case] = Traffic(
                sent=sent.pop(),
                body=bodies.pop(),
                start=start,
                gets=_gets(client, request.transcription_job_name),
            )
    return recorded


def _start(client: Any, request: StartTranscriptionJobRequest) -> dict[str, Any]:
    response: dict[str, Any] = client.start_transcription_job(**unstructure(request))
    return response


def _gets(client: Any, name: str, count: int = 3) -> list[dict[str, Any]]:
    request = GetTranscriptionJobRequest(transcription_job_name=name)
    return [client.get_transcription_job(**unstructure(request)) for _ in range(count)]


def _datetimes(data: Any) -> Iterator[datetime]:
    if isinstance(data, datetime):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _datetimes(value)
    elif isinstance(data, list):
        for value in data:
            yield from _datetimes(value)


# --- requests -----------------------------------------------------------------------------------

START_INPUT = (
    botocore.session.get_session()
    .get_service_model("transcribe")
    .operation_model("StartTranscriptionJob")
    .input_shape
)


@pytest.mark.parametrize("case", CASES)
def test_request_passes_botocore_validation(case: str) -> None:
    """botocore's own parameter validator finds nothing wrong with an unstructured request."""
    report = botocore.validate.ParamValidator().validate(unstructure(REQUESTS[case]), START_INPUT)
    assert not report.has_errors(), report.generate_report()


@pytest.mark.parametrize("case", CASES)
def test_sent_parameters_structure_back_to_the_request(
    traffic: dict[str, Traffic], case: str
) -> None:
    """The parameters botocore received for the call parse back into the very request sent."""
    assert structure(traffic[case].sent, StartTranscriptionJobRequest) == REQUESTS[case]


@pytest.mark.parametrize("case", CASES)
def test_serialised_body_parses_back_to_the_request(traffic: dict[str, Traffic], case: str) -> None:
    """The JSON body botocore serialised for the call reads back, with from_json, as the request."""
    assert from_json(traffic[case].body, StartTranscriptionJobRequest) == REQUESTS[case]


@pytest.mark.parametrize("case", CASES)
def test_started_job_echoes_name_and_media(traffic: dict[str, Traffic], case: str) -> None:
    """The job moto starts from our request has the request's name and media location."""
    request = REQUESTS[case]
    job = structure(traffic[case].start["TranscriptionJob"], TranscriptionJob)
    assert job.transcription_job_name == request.transcription_job_name
    assert job.media == request.media


# --- start responses ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_start_response_round_trips_losslessly(traffic: dict[str, Traffic], case: str) -> None:
    """A whole StartTranscriptionJob response unstructures to exactly what boto3 returned."""
    response = traffic[case].start
    assert unstructure(structure(response, StartTranscriptionJobResponse)) == response


@pytest.mark.parametrize("case", CASES)
def test_started_job_round_trips_losslessly(traffic: dict[str, Traffic], case: str) -> None:
    """The TranscriptionJob of a start response unstructures to exactly what boto3 returned."""
    job = traffic[case].start["TranscriptionJob"]
    assert unstructure(structure(job, TranscriptionJob)) == job


def test_response_metadata_is_kept_as_an_unknown_member(traffic: dict[str, Traffic]) -> None:
    """ResponseMetadata, which no shape declares, survives in unknown_members."""
    response = traffic["language-code"].start
    parsed = structure(response, StartTranscriptionJobResponse)
    assert set(parsed.unknown_members) == {"ResponseMetadata"}
    assert parsed.unknown_members["ResponseMetadata"] == response["ResponseMetadata"]


# --- get responses ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_status_passes_through_queued_in_progress_completed(
    traffic: dict[str, Traffic], case: str
) -> None:
    """Successive gets parse to the known statuses QUEUED, IN_PROGRESS, COMPLETED in order."""
    jobs = [
        structure(response, GetTranscriptionJobResponse).transcription_job
        for response in traffic[case].gets
    ]
    statuses = [job.transcription_job_status if job else None for job in jobs]
    assert statuses == [
        TranscriptionJobStatus.QUEUED,
        TranscriptionJobStatus.IN_PROGRESS,
        TranscriptionJobStatus.COMPLETED,
    ]
    assert all(status is not None and status.is_known for status in statuses)


@pytest.mark.parametrize("case", CASES)
def test_get_responses_round_trip_losslessly(traffic: dict[str, Traffic], case: str) -> None:
    """Every get response, in every status, unstructures to exactly what boto3 returned."""
    for response in traffic[case].gets:
        assert unstructure(structure(response, GetTranscriptionJobResponse)) == response


@pytest.mark.parametrize("case", CASES)
def test_got_jobs_round_trip_losslessly(traffic: dict[str, Traffic], case: str) -> None:
    """The TranscriptionJob of every get response unstructures to exactly what boto3 returned."""
    for response in traffic[case].gets:
        job = response["TranscriptionJob"]
        assert unstructure(structure(job, TranscriptionJob)) == job


@pytest.mark.parametrize("case", CASES)
def test_parsed_datetimes_are_timezone_aware(traffic: dict[str, Traffic], case: str) -> None:
    """Creation, start and completion times of a completed job parse to aware datetimes."""
    job = structure(traffic[case].gets[-1]["TranscriptionJob"], TranscriptionJob)
    for value in (job.creation_time, job.start_time, job.completion_time):
        assert isinstance(value, datetime)
        assert value.utcoffset() is not None


@pytest.mark.parametrize("case", CASES)
def test_parsed_datetimes_equal_botocore_datetimes(traffic: dict[str, Traffic], case: str) -> None:
    """Each datetime botocore returned is kept as the same aware instant."""
    raw = traffic[case].gets[-1]["TranscriptionJob"]
    job = structure(raw, TranscriptionJob)
    assert job.creation_time == raw["CreationTime"]
    assert job.start_time == raw["StartTime"]
    assert job.completion_time == raw["CompletionTime"]
    assert all(value.utcoffset() is not None for value in _datetimes(raw))


def test_multi_language_job_parses_language_codes(traffic: dict[str, Traffic]) -> None:
    """A completed multi-language job's LanguageCodes parse to LanguageCodeItem values."""
    raw = traffic["identify-multiple-languages"].gets[-1]["TranscriptionJob"]
    job = structure(raw, TranscriptionJob)
    assert job.language_codes == tuple(
        LanguageCodeItem(
            language_code=LanguageCode(item["LanguageCode"]),
            duration_in_seconds=item["DurationInSeconds"],
        )
        for item in raw["LanguageCodes"]
    )


def test_subtitle_uris_parse_for_completed_job(traffic: dict[str, Traffic]) -> None:
    """A completed job with subtitles parses one subtitle URI per requested format."""
    raw = traffic["subtitles-to-bucket"].gets[-1]["TranscriptionJob"]
    job = structure(raw, TranscriptionJob)
    assert job.subtitles is not None
    assert job.subtitles.formats == (SubtitleFormat.VTT, SubtitleFormat.SRT)
    assert job.subtitles.subtitle_file_uris == tuple(raw["Subtitles"]["SubtitleFileUris"])


@pytest.mark.parametrize("case", CASES)
def test_completed_job_checks_clean(traffic: dict[str, Traffic], case: str) -> None:
    """check() finds no error on the completed job moto reports."""
    job = structure(traffic[case].gets[-1], GetTranscriptionJobResponse)
    assert [v for v in check(job) if v.severity == "error"] == []


@pytest.mark.parametrize("case", CASES)
def test_cli_json_round_trip_of_a_response(traffic: dict[str, Traffic], case: str) -> None:
    """to_json then from_json of a parsed get response gives back an equal model."""
    for response in traffic[case].gets:
        parsed = structure(response, GetTranscriptionJobResponse)
        assert from_json(to_json(parsed), GetTranscriptionJobResponse) == parsed


# --- list and delete ----------------------------------------------------------------------------


def _start_all(client: Any) -> None:
    for request in REQUESTS.values():
        _start(client, request)


def test_list_response_round_trips_losslessly(aws: Any) -> None:
    """A ListTranscriptionJobs response unstructures to exactly what boto3 returned."""
    _start_all(aws)
    _gets(aws, "plain-en")
    response = aws.list_transcription_jobs(**unstructure(ListTranscriptionJobsRequest()))
    assert len(response["TranscriptionJobSummaries"]) == len(REQUESTS)
    assert unstructure(structure(response, ListTranscriptionJobsResponse)) == response


def test_job_summaries_round_trip_losslessly(aws: Any) -> None:
    """Each TranscriptionJobSummary unstructures to exactly what boto3 returned."""
    _start_all(aws)
    _gets(aws, "identify-many")
    response = aws.list_transcription_jobs(**unstructure(ListTranscriptionJobsRequest()))
    for summary in response["TranscriptionJobSummaries"]:
        assert unstructure(structure(summary, TranscriptionJobSummary)) == summary


def test_list_request_filters_by_status(aws: Any) -> None:
    """A list request built from the model filters by status and the response echoes it."""
    _start_all(aws)
    _gets(aws, "plain-en")
    request = ListTranscriptionJobsRequest(status=TranscriptionJobStatus.COMPLETED)
    parsed = structure(
        aws.list_transcription_jobs(**unstructure(request)), ListTranscriptionJobsResponse
    )
    assert parsed.status is TranscriptionJobStatus.COMPLETED
    assert parsed.transcription_job_summaries is not None
    assert [s.transcription_job_name for s in parsed.transcription_job_summaries] == ["plain-en"]


def test_list_request_pages_with_next_token(aws: Any) -> None:
    """A parsed NextToken, sent back in a model-built request, fetches the next page."""
    _start_all(aws)
    names: list[str] = []
    request = ListTranscriptionJobsRequest(max_results=3)
    for _ in range(len(REQUESTS)):
        parsed = structure(
            aws.list_transcription_jobs(**unstructure(request)), ListTranscriptionJobsResponse
        )
        assert parsed.transcription_job_summaries is not None
        names.extend(s.transcription_job_name or "" for s in parsed.transcription_job_summaries)
        if parsed.next_token is None:
            break
        request = ListTranscriptionJobsRequest(max_results=3, next_token=parsed.next_token)
    assert sorted(names) == sorted(r.transcription_job_name for r in REQUESTS.values())


def test_list_request_filters_by_name(aws: Any) -> None:
    """JobNameContains from the model narrows the list to matching jobs."""
    _start_all(aws)
    request = ListTranscriptionJobsRequest(job_name_contains="identify")
    parsed = structure(
        aws.list_transcription_jobs(**unstructure(request)), ListTranscriptionJobsResponse
    )
    assert parsed.transcription_job_summaries is not None
    assert sorted(s.transcription_job_name or "" for s in parsed.transcription_job_summaries) == [
        "identify-many",
        "identify-one",
    ]


def test_delete_request_removes_the_job(aws: Any) -> None:
    """A delete request built from the model removes the job from later lists."""
    _start_all(aws)
    aws.delete_transcription_job(
        **unstructure(DeleteTranscriptionJobRequest(transcription_job_name="tagged"))
    )
    parsed = structure(
        aws.list_transcription_jobs(**unstructure(ListTranscriptionJobsRequest())),
        ListTranscriptionJobsResponse,
    )
    assert parsed.transcription_job_summaries is not None
    assert "tagged" not in {s.transcription_job_name for s in parsed.transcription_job_summaries}
    assert len(parsed.transcription_job_summaries) == len(REQUESTS) - 1
