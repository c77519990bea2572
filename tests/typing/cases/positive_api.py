"""The types downstream code gets from the public API, pinned with ``assert_type``.

Checked by mypy --strict and pyright strict, and run (``assert_type`` is a no-op at run time).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, TypeVar, assert_type

import attrs
import cattrs

from transcribe_model import (
    ContentRedaction,
    FrozenMapping,
    LanguageCode,
    LanguageIdSettings,
    Media,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    Settings,
    StartTranscriptionJobRequest,
    SubtitleFormat,
    Subtitles,
    Tag,
    TranscribeModelError,
    TranscriptionJob,
    TranscriptionJobStatus,
    ValidationError,
    Violation,
    WireEnum,
    WireModel,
    check,
    from_json,
    make_converter,
    structure,
    to_json,
    unstructure,
)

M = TypeVar("M", bound=WireModel)

JOB: dict[str, Any] = {
    "TranscriptionJobName": "meeting",
    "TranscriptionJobStatus": "IN_PROGRESS",
    "LanguageIdSettings": {"en-US": {"VocabularyName": "terms"}},
    "Tags": [{"Key": "team", "Value": "research"}],
}


def parse(data: object, cls: type[M]) -> M:
    """A downstream helper generic over the shape class keeps the precise type."""
    return structure(data, cls)


def conversions() -> None:
    job = structure(JOB, TranscriptionJob)
    assert_type(job, TranscriptionJob)
    assert_type(parse(JOB, TranscriptionJob), TranscriptionJob)
    assert_type(structure(JOB, TranscriptionJob, allow_unknown=True), TranscriptionJob)
    text = to_json(job)
    assert_type(text, str)
    assert_type(from_json(text, TranscriptionJob), TranscriptionJob)
    assert_type(from_json(text.encode(), TranscriptionJob), TranscriptionJob)
    assert_type(unstructure(job), dict[str, Any])
    assert_type(make_converter("json", keep_unknown=False), cattrs.Converter)
    assert_type(check(job), tuple[Violation, ...])


def attributes() -> None:
    job = structure(JOB, TranscriptionJob)
    assert_type(job.transcription_job_name, str | None)
    assert_type(job.transcription_job_status, TranscriptionJobStatus | None)
    assert_type(job.creation_time, datetime | None)
    assert_type(job.identified_language_score, float | None)
    assert_type(job.tags, tuple[Tag, ...] | None)
    assert_type(job.language_id_settings, Mapping[LanguageCode, LanguageIdSettings] | None)
    assert_type(job.unknown_members, Mapping[str, Any])  # arbitrary: members newer than us
    if job.tags:
        assert_type(job.tags[0].key, str)
    if job.language_id_settings:
        for code, settings in job.language_id_settings.items():
            assert_type(code, LanguageCode)
            assert_type(settings.vocabulary_name, str | None)


def building() -> None:
    request = StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
        identify_language=True,
        language_options=(LanguageCode.EN_US, LanguageCode.DE_DE),
        kms_encryption_context={"purpose": "test"},
        subtitles=Subtitles(formats=(SubtitleFormat.VTT, SubtitleFormat.SRT)),
        content_redaction=ContentRedaction(
            redaction_type=RedactionType.PII,
            redaction_output=RedactionOutput.REDACTED,
            pii_entity_types=(PiiEntityType.NAME, PiiEntityType.EMAIL),
        ),
    )
    assert_type(request, StartTranscriptionJobRequest)
    assert_type(request.media, Media)  # required: never None
    assert_type(request.transcription_job_name, str)
    changed = attrs.evolve(request, transcription_job_name="meeting-2")
    assert_type(changed, StartTranscriptionJobRequest)
    assert_type(Settings(), Settings)


def enums() -> None:
    code = LanguageCode("en-US")
    assert_type(code, LanguageCode)
    newer = LanguageCode.from_wire("xx-XX")
    assert_type(newer, LanguageCode)  # an unknown value is still a LanguageCode
    assert_type(newer.is_known, bool)
    assert_type(newer.value, str)  # any string: not only the values listed today
    assert_type(newer.name, str)
    as_text: str = TranscriptionJobStatus.COMPLETED  # a StrEnum is a str
    assert as_text == "COMPLETED"
    any_enum: WireEnum = code
    assert any_enum.is_known


def errors() -> None:
    try:
        Tag(key="", value="x")
    except ValidationError as error:
        assert_type(error.errors, tuple[Violation, ...])
        violation = error.errors[0]
        assert_type(violation.path, str)
        assert_type(violation.rule, str | None)
        assert_type(violation.severity, Literal["error", "warning"])
        as_value_error: ValueError = error
        as_base: TranscribeModelError = error
        assert str(as_value_error) == str(as_base)


def mappings() -> None:
    frozen = FrozenMapping({"a": 1})
    assert_type(frozen, FrozenMapping[str, int])
    assert_type(frozen["a"], int)
    read_only: Mapping[str, int] = frozen
    assert read_only == {"a": 1}


def lists_welcome() -> None:
    """Any sequence goes in where a member is a list; it reads back as a tuple."""
    request = StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
        language_code=LanguageCode.EN_US,
        tags=[Tag(key="team", value="sales")],
        language_options=None,
    )
    assert_type(request.tags, tuple[Tag, ...] | None)
    assert request.tags == (Tag(key="team", value="sales"),)
    hash(request)


if __name__ == "__main__":
    lists_welcome()
    conversions()
    attributes()
    building()
    enums()
    errors()
    mappings()
