"""Misuse of the model classes that the checkers must refuse.

Each marked line is one case: ``# type: ignore[code]`` names the mypy error it must raise and
``# pyright: ignore[rule]`` the pyright one. Unused or wrong codes are errors (mypy's
warn_unused_ignores, pyright's reportUnnecessaryTypeIgnoreComment), and the test also checks
each line with its markers removed, so a case that stops failing, or fails differently, breaks.
Never run.
"""

from __future__ import annotations

from transcribe_model import (
    LanguageCode,
    LanguageIdSettings,
    ListTranscriptionJobsRequest,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    SubtitleFormat,
    Subtitles,
    Tag,
    TranscriptionJob,
)

MEDIA = Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3")


def wrong_scalar_type() -> Settings:
    return Settings(max_speaker_labels="4")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def str_where_an_enum_is_expected() -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=MEDIA,
        language_code="en-US",  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    )


def str_where_an_enum_key_is_expected() -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=MEDIA,
        identify_language=True,
        language_options=(LanguageCode.EN_US, LanguageCode.DE_DE),
        language_id_settings={"en-US": LanguageIdSettings()},  # type: ignore[dict-item]  # pyright: ignore[reportArgumentType]
    )


def one_enum_where_another_is_expected() -> ListTranscriptionJobsRequest:
    return ListTranscriptionJobsRequest(status=LanguageCode.EN_US)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def wrong_item_type_in_a_tuple() -> Subtitles:
    return Subtitles(formats=("vtt", SubtitleFormat.SRT))  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def missing_required_member() -> Tag:
    return Tag(key="team")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def missing_required_request_member() -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(media=MEDIA, language_code=LanguageCode.EN_US)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def misspelled_keyword() -> Settings:
    return Settings(max_speakers_labels=4)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def positional_arguments() -> Tag:
    # mypy says "Too many positional arguments" (call-arg), then matches the extra argument
    # against the first keyword-only parameter anyway (arg-type).
    return Tag("team", key="team", value="research")  # type: ignore[call-arg, arg-type]  # pyright: ignore[reportCallIssue]


def misspelled_attribute(job: TranscriptionJob) -> object:
    # pyright strict adds that the unknown attribute's type is unknown, twice.
    return job.transcription_status  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType]


def assignment_to_a_frozen_attribute(settings: Settings) -> None:
    settings.max_speaker_labels = 3  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue]


def optional_member_used_without_a_check(job: TranscriptionJob) -> str | None:
    return job.transcript.transcript_file_uri  # type: ignore[union-attr]  # pyright: ignore[reportOptionalMemberAccess]


def unknown_members_must_be_a_mapping() -> Media:
    return Media(unknown_members=[("Extra", 1)])  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def list_of_the_wrong_item_type() -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=MEDIA,
        language_code=LanguageCode.EN_US,
        tags=["team"],  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]
    )


def bare_string_where_a_list_of_enums_is_expected() -> Subtitles:
    return Subtitles(formats="srt")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
