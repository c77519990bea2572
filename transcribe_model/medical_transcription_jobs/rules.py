"""The documented cross-field rules of medical transcription jobs (checklist MED, and C).

Every rule quotes the sentence of botocore's service-model documentation it enforces and names
the member that documentation belongs to; it yields a ``Violation`` per thing it finds, with
paths relative to the shape (wire names), and never stops at the first. MED-2, MED-3 and MED-12
(Specialty, Type, the 16000..48000 sample rate) are kept by the generated constraint data.

Decision (MED-10): ShowSpeakerLabels with ChannelIdentification is only a warning here. The
medical Developer Guide offers them as alternative "audio identification types"; the service
model says nothing either way, and the standard family accepts the pair without a word.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.common import LanguageCode, TranscriptionJobStatus
from transcribe_model.medical_transcription_jobs._models import (
    MedicalTranscriptionJob,
    MedicalTranscriptionJobSummary,
    MedicalTranscriptionSetting,
    StartMedicalTranscriptionJobRequest,
    Type,
)

# --- StartMedicalTranscriptionJobRequest -------------------------------------------------------


@request_rule(StartMedicalTranscriptionJobRequest, reads=("LanguageCode",))
def medical_language_is_en_us(request: StartMedicalTranscriptionJobRequest) -> Iterator[Violation]:
    """LanguageCode is en-US (MED-1).

    ``StartMedicalTranscriptionJobRequest.LanguageCode``: "US English (en-US) is the only valid
    value for medical transcription jobs. Any other value you enter for language code results in
    a BadRequestException error." The member uses the full ``LanguageCode`` enum.
    """
    if request.language_code != LanguageCode.EN_US:
        yield _violation(
            "LanguageCode",
            f"is {str.__str__(request.language_code)}; en-US is the only valid value for "
            "medical transcription jobs",
            medical_language_is_en_us,
        )


@request_rule(StartMedicalTranscriptionJobRequest, reads=("Media",))
def medical_media_has_media_file_uri(
    request: StartMedicalTranscriptionJobRequest,
) -> Iterator[Violation]:
    """Media.MediaFileUri is given (MED-4); the shared Media shape makes it optional.

    ``StartMedicalTranscriptionJob`` operation documentation: "Media (MediaFileUri): The Amazon
    S3 location of your media file."
    """
    if request.media.media_file_uri is None:
        yield _violation(
            "Media.MediaFileUri",
            "is required: the Amazon S3 location of your media file",
            medical_media_has_media_file_uri,
        )


@request_rule(StartMedicalTranscriptionJobRequest, reads=("Media",))
def medical_media_has_no_redacted_uri(
    request: StartMedicalTranscriptionJobRequest,
) -> Iterator[Violation]:
    """No Media.RedactedMediaFileUri (MED-5).

    ``Media.RedactedMediaFileUri``: "It is only supported for Call Analytics
    (StartCallAnalyticsJob) transcription requests."
    """
    if request.media.redacted_media_file_uri is not None:
        yield _violation(
            "Media.RedactedMediaFileUri",
            "is only supported for Call Analytics (StartCallAnalyticsJob) requests",
            medical_media_has_no_redacted_uri,
        )


@request_rule(
    StartMedicalTranscriptionJobRequest, reads=("Type", "Settings"), only_with=("settings",)
)
def dictation_has_one_speaker(request: StartMedicalTranscriptionJobRequest) -> Iterator[Violation]:
    """Type=DICTATION without speaker labels or channel identification (MED-11, warning).

    ``StartMedicalTranscriptionJobRequest.Type``: "Specify whether your input media contains
    only one person (DICTATION) or contains a conversation between two people (CONVERSATION)."
    Telling speakers or channels apart in a one-person recording finds nothing to tell apart.
    """
    settings = request.settings
    if request.type != Type.DICTATION or settings is None:
        return
    for wire, value in (
        ("ShowSpeakerLabels", settings.show_speaker_labels),
        ("ChannelIdentification", settings.channel_identification),
    ):
        if value is True:
            yield _violation(
                f"Settings.{wire}",
                "is true for a DICTATION, which contains only one person",
                dictation_has_one_speaker,
                severity="warning",
            )


@request_rule(StartMedicalTranscriptionJobRequest, reads=("MedicalTranscriptionJobName",))
def medical_job_name_is_not_dots(
    request: StartMedicalTranscriptionJobRequest,
) -> Iterator[Violation]:
    """The job name is not "." or ".." by itself (C-2, warning).

    AWS CLI 2.4 documentation of StartMedicalTranscriptionJob: "You can't use the strings "."
    or ".." by themselves as the job name." (dropped from botocore 1.44.8).
    """
    yield from _common_rules.job_name_is_not_dots(
        request.medical_transcription_job_name,
        "MedicalTranscriptionJobName",
        medical_job_name_is_not_dots,
    )


@request_rule(
    StartMedicalTranscriptionJobRequest,
    reads=("KMSEncryptionContext",),
    only_with=("kms_encryption_context",),
)
def medical_encryption_context_needs_key(
    request: StartMedicalTranscriptionJobRequest,
) -> Iterator[Violation]:
    """KMSEncryptionContext comes with OutputEncryptionKMSKeyId (C-5, warning).

    ``StartMedicalTranscriptionJobRequest.KMSEncryptionContext``: "A map of plain text,
    non-secret key:value pairs, known as encryption context pairs, that provide an added layer
    of security for your data." The pairs go to KMS with the key; without one they do nothing.
    """
    yield from _common_rules.context_needs_key(
        request.kms_encryption_context,
        request.output_encryption_kms_key_id,
        "KMSEncryptionContext",
        medical_encryption_context_needs_key,
    )


@request_rule(StartMedicalTranscriptionJobRequest, reads=("Media",))
def medical_media_is_in_s3(request: StartMedicalTranscriptionJobRequest) -> Iterator[Violation]:
    """Media.MediaFileUri is an s3:// location (C-7, warning).

    ``Media.MediaFileUri``: "The Amazon S3 location of the media file you want to transcribe."
    """
    yield from _common_rules.uris_are_s3(
        [("Media.MediaFileUri", request.media.media_file_uri)], medical_media_is_in_s3
    )


# --- MedicalTranscriptionSetting ---------------------------------------------------------------


@request_rule(
    MedicalTranscriptionSetting,
    reads=("ShowSpeakerLabels", "MaxSpeakerLabels"),
    only_with=("show_speaker_labels",),
)
def medical_speaker_labels_need_max(settings: MedicalTranscriptionSetting) -> Iterator[Violation]:
    """ShowSpeakerLabels=true needs MaxSpeakerLabels (MED-6).

    ``MedicalTranscriptionSetting.ShowSpeakerLabels``: "If you enable ShowSpeakerLabels in your
    request, you must also include MaxSpeakerLabels."
    """
    if settings.show_speaker_labels is True and settings.max_speaker_labels is None:
        yield _violation(
            "MaxSpeakerLabels",
            "is required when ShowSpeakerLabels is true",
            medical_speaker_labels_need_max,
        )


@request_rule(
    MedicalTranscriptionSetting,
    reads=("MaxSpeakerLabels", "ShowSpeakerLabels"),
    only_with=("max_speaker_labels",),
)
def medical_max_speakers_need_labels(settings: MedicalTranscriptionSetting) -> Iterator[Violation]:
    """MaxSpeakerLabels needs ShowSpeakerLabels=true (MED-7).

    ``MedicalTranscriptionSetting.MaxSpeakerLabels``: "If you specify the MaxSpeakerLabels
    field, you must set the ShowSpeakerLabels field to true."
    """
    if settings.max_speaker_labels is not None and settings.show_speaker_labels is not True:
        yield _violation(
            "MaxSpeakerLabels",
            "needs ShowSpeakerLabels set to true",
            medical_max_speakers_need_labels,
        )


@request_rule(
    MedicalTranscriptionSetting,
    reads=("ShowAlternatives", "MaxAlternatives"),
    only_with=("show_alternatives",),
)
def medical_alternatives_need_max(settings: MedicalTranscriptionSetting) -> Iterator[Violation]:
    """ShowAlternatives=true needs MaxAlternatives (MED-8).

    ``MedicalTranscriptionSetting.ShowAlternatives``: "If you include ShowAlternatives, you must
    also include MaxAlternatives."
    """
    if settings.show_alternatives is True and settings.max_alternatives is None:
        yield _violation(
            "MaxAlternatives",
            "is required when ShowAlternatives is true",
            medical_alternatives_need_max,
        )


@request_rule(
    MedicalTranscriptionSetting,
    reads=("MaxAlternatives", "ShowAlternatives"),
    only_with=("max_alternatives",),
)
def medical_max_alternatives_need_alternatives(
    settings: MedicalTranscriptionSetting,
) -> Iterator[Violation]:
    """MaxAlternatives needs ShowAlternatives=true (MED-9).

    ``MedicalTranscriptionSetting.MaxAlternatives``: "If you include MaxAlternatives in your
    request, you must also include ShowAlternatives with a value of true."
    """
    if settings.max_alternatives is not None and settings.show_alternatives is not True:
        yield _violation(
            "MaxAlternatives",
            "needs ShowAlternatives set to true",
            medical_max_alternatives_need_alternatives,
        )


@request_rule(
    MedicalTranscriptionSetting,
    reads=("ShowSpeakerLabels", "ChannelIdentification"),
    only_with=("show_speaker_labels", "channel_identification"),
)
def medical_one_audio_identification(
    settings: MedicalTranscriptionSetting,
) -> Iterator[Violation]:
    """Speaker labels or channel identification, not both (MED-10, warning; a decision).

    The Developer Guide (conversation-diarization-batch-med, conversation-channel-id-med) offers
    them as alternative "Audio identification type"s; the service model says nothing.
    """
    if settings.show_speaker_labels is True and settings.channel_identification is True:
        yield _violation(
            "ChannelIdentification",
            "is true with ShowSpeakerLabels: the guide offers them as alternatives",
            medical_one_audio_identification,
            severity="warning",
        )


# --- What the service sends --------------------------------------------------------------------


@response_check(
    MedicalTranscriptionJob,
    MedicalTranscriptionJobSummary,
    reads=("FailureReason",),
    only_with=("transcription_job_status",),
)
def failed_medical_job_has_failure_reason(
    job: MedicalTranscriptionJob | MedicalTranscriptionJobSummary,
) -> Iterator[Violation]:
    """A FAILED medical job says why.

    ``MedicalTranscriptionJob.TranscriptionJobStatus``: "If the status is FAILED, FailureReason
    provides details on why your transcription job failed."
    """
    if job.transcription_job_status == TranscriptionJobStatus.FAILED and not job.failure_reason:
        yield _violation(
            "FailureReason", "is missing on a FAILED job", failed_medical_job_has_failure_reason
        )


@response_check(
    MedicalTranscriptionJob, reads=("Transcript",), only_with=("transcription_job_status",)
)
def completed_medical_job_has_transcript(job: MedicalTranscriptionJob) -> Iterator[Violation]:
    """A COMPLETED medical job says where its transcript is.

    ``MedicalTranscriptionJob.TranscriptionJobStatus``: "If the status is COMPLETED, the job is
    finished and you can find the results at the location specified in TranscriptFileUri."
    """
    if job.transcription_job_status != TranscriptionJobStatus.COMPLETED:
        return
    if job.transcript is None or job.transcript.transcript_file_uri is None:
        yield _violation(
            "Transcript.TranscriptFileUri",
            "is missing on a COMPLETED job",
            completed_medical_job_has_transcript,
        )


# --- wired by the integrator: rules shared across families ------------------------------------


@request_rule(StartMedicalTranscriptionJobRequest, reads=("Tags",), only_with=("tags",))
def medical_job_tag_keys_are_distinct(
    request: StartMedicalTranscriptionJobRequest,
) -> Iterator[Violation]:
    """Each tag key once (TAG-1).

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource." A key names one value, so a repeated key in one request is a mistake.
    """
    yield from repeated_tag_keys(request.tags, medical_job_tag_keys_are_distinct)
