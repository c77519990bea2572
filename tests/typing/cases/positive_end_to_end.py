"""A correct downstream program: build a request, send it, read the job back, act on its status.

It must check clean under mypy --strict and pyright strict, and it is run too
(tests/typing/test_typing.py), so it is also a program that works. ``send`` stands in for
``boto3.client("transcribe").start_transcription_job``: the service's answer is canned.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, assert_never, assert_type

from transcribe_model import (
    LanguageCode,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    Tag,
    TranscriptionJob,
    TranscriptionJobStatus,
    ValidationError,
    structure,
    unstructure,
)


def send(**params: Any) -> dict[str, Any]:
    """What ``client.start_transcription_job(**params)`` returns for a job that went well."""
    return {
        "TranscriptionJob": {
            "TranscriptionJobName": params["TranscriptionJobName"],
            "TranscriptionJobStatus": "COMPLETED",
            "LanguageCode": params["LanguageCode"],
            "Media": params["Media"],
            "Transcript": {"TranscriptFileUri": "https://s3.amazonaws.com/bucket/meeting.json"},
            "CreationTime": datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
            "Settings": params["Settings"],
            "SpeakerDiarizationModel": "v3",  # a member newer than the library: kept
        },
        "ResponseMetadata": {"HTTPStatusCode": 200},
    }


def build_request(name: str, speakers: int) -> StartTranscriptionJobRequest:
    """Every constraint and rule is checked right here, before anything is sent."""
    return StartTranscriptionJobRequest(
        transcription_job_name=name,
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
        language_code=LanguageCode.EN_US,
        settings=Settings(show_speaker_labels=True, max_speaker_labels=speakers),
        tags=(Tag(key="team", value="research"),),
    )


def describe(job: TranscriptionJob) -> str:
    """One line about a job; every status this library knows is handled."""
    status = job.transcription_job_status
    if status is None:
        return "no status yet"
    if not status.is_known:  # a status newer than this library: still a TranscriptionJobStatus
        return f"status {status.value} (newer than this library)"
    match status:
        case TranscriptionJobStatus.COMPLETED:
            uri = job.transcript.transcript_file_uri if job.transcript else None
            return f"done: {uri}"
        case TranscriptionJobStatus.FAILED:
            return f"failed: {job.failure_reason}"
        case TranscriptionJobStatus.QUEUED | TranscriptionJobStatus.IN_PROGRESS:
            return "running"
        case _:
            assert_never(status)  # exhaustive: a member added to the enum is an error here


def refused() -> list[str]:
    """A request that breaks a rule is refused, with every violation as data."""
    try:
        Settings(max_speaker_labels=4)
    except ValidationError as error:
        return [f"{v.path}: {v.rule}" for v in error.errors]
    return []


def main() -> None:
    request = build_request("meeting-2026-11-25", speakers=4)
    params = unstructure(request)
    assert_type(params, dict[str, Any])
    response = structure(send(**params), StartTranscriptionJobResponse)
    assert_type(response, StartTranscriptionJobResponse)
    job = response.transcription_job
    assert job is not None
    assert_type(job, TranscriptionJob)
    assert describe(job) == "done: https://s3.amazonaws.com/bucket/meeting.json"
    assert job.unknown_members["SpeakerDiarizationModel"] == "v3"
    assert refused() == ["MaxSpeakerLabels: max_speaker_labels_need_speaker_labels"]

    newer = TranscriptionJob(transcription_job_status=TranscriptionJobStatus.from_wire("PAUSED"))
    assert describe(newer) == "status PAUSED (newer than this library)"


if __name__ == "__main__":
    main()
