"""The downstream program of the README's "Type checking" section, which must show it verbatim."""

from typing import Any, assert_never

from transcribe_model import (
    LanguageCode,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    TranscriptionJob,
    TranscriptionJobStatus,
    structure,
    unstructure,
)


def request_for(name: str, uri: str) -> dict[str, Any]:
    """The keyword arguments of client.start_transcription_job, checked before anything is sent."""
    request = StartTranscriptionJobRequest(
        transcription_job_name=name,
        media=Media(media_file_uri=uri),
        language_code=LanguageCode.EN_US,
        settings=Settings(show_speaker_labels=True, max_speaker_labels=4),
    )
    return unstructure(request)


def describe(response: dict[str, Any]) -> str:
    """One line about what client.get_transcription_job returned."""
    job = structure(response["TranscriptionJob"], TranscriptionJob)  # typed TranscriptionJob
    status = job.transcription_job_status
    if status is None:
        return "no status"
    if not status.is_known:  # newer than this library, and still a TranscriptionJobStatus
        return f"status {status.value}"
    match status:
        case TranscriptionJobStatus.COMPLETED:
            return f"done: {job.transcript.transcript_file_uri if job.transcript else None}"
        case TranscriptionJobStatus.FAILED:
            return f"failed: {job.failure_reason}"
        case TranscriptionJobStatus.QUEUED | TranscriptionJobStatus.IN_PROGRESS:
            return "running"
        case _:
            assert_never(status)  # a member added to the enum would be a check error here


if __name__ == "__main__":
    params = request_for("meeting-2026-11-25", "s3://amzn-s3-demo-bucket/meeting.mp3")
    job = {"TranscriptionJobName": params["TranscriptionJobName"], "TranscriptionJobStatus": "NEW"}
    assert describe({"TranscriptionJob": job}) == "status NEW"
