"""The documented cross-field rules of Medical Scribe jobs (checklist SCR, and C).

Every rule quotes the sentence of botocore's service-model documentation it enforces and names
the member it belongs to; it yields a ``Violation`` per thing it finds, with paths relative to
the shape (wire names). SCR-6 (exactly two channel definitions) is kept by the generated
constraint data.

Decisions: "should be set if and only if" is read as must in both directions (SCR-4, SCR-5);
"set" means set to true (the Developer Guide example has ``ShowSpeakerLabels=false,
ChannelIdentification=true``), so ``false`` counts as not set (SCR-1).
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.medical_scribe_jobs._models import (
    MedicalScribeJob,
    MedicalScribeJobStatus,
    MedicalScribeJobSummary,
    MedicalScribeParticipantRole,
    MedicalScribeSettings,
    StartMedicalScribeJobRequest,
)

# --- MedicalScribeSettings ---------------------------------------------------------------------


@request_rule(MedicalScribeSettings, reads=("ShowSpeakerLabels", "ChannelIdentification"))
def scribe_one_audio_identification(settings: MedicalScribeSettings) -> Iterator[Violation]:
    """Exactly one of ShowSpeakerLabels=true and ChannelIdentification=true (SCR-1).

    ``MedicalScribeSettings``: "One and only one of ChannelIdentification and ShowSpeakerLabels
    must be set."; ``StartMedicalScribeJob``: "must set exactly one of ShowSpeakerLabels or
    ChannelIdentification to true".
    """
    speakers = settings.show_speaker_labels is True
    channels = settings.channel_identification is True
    if not speakers and not channels:
        yield _violation(
            "ShowSpeakerLabels",
            "or ChannelIdentification must be true: set exactly one of them",
            scribe_one_audio_identification,
        )
    if speakers and channels:
        yield _violation(
            "ChannelIdentification",
            "is true with ShowSpeakerLabels: set exactly one of them to true",
            scribe_one_audio_identification,
        )


@request_rule(
    MedicalScribeSettings,
    reads=("ShowSpeakerLabels", "MaxSpeakerLabels"),
    only_with=("show_speaker_labels",),
)
def scribe_speaker_labels_need_max(settings: MedicalScribeSettings) -> Iterator[Violation]:
    """ShowSpeakerLabels=true needs MaxSpeakerLabels (SCR-2).

    ``MedicalScribeSettings``: "If ShowSpeakerLabels is set, MaxSpeakerLabels must also be set."
    """
    if settings.show_speaker_labels is True and settings.max_speaker_labels is None:
        yield _violation(
            "MaxSpeakerLabels",
            "is required when ShowSpeakerLabels is true",
            scribe_speaker_labels_need_max,
        )


@request_rule(
    MedicalScribeSettings,
    reads=("MaxSpeakerLabels", "ShowSpeakerLabels"),
    only_with=("max_speaker_labels",),
)
def scribe_max_speakers_need_labels(settings: MedicalScribeSettings) -> Iterator[Violation]:
    """MaxSpeakerLabels needs ShowSpeakerLabels=true (SCR-3).

    ``MedicalScribeSettings.MaxSpeakerLabels``: "If you specify the MaxSpeakerLabels field, you
    must set the ShowSpeakerLabels field to true."
    """
    if settings.max_speaker_labels is not None and settings.show_speaker_labels is not True:
        yield _violation(
            "MaxSpeakerLabels",
            "needs ShowSpeakerLabels set to true",
            scribe_max_speakers_need_labels,
        )


@request_rule(
    MedicalScribeSettings, reads=("VocabularyFilterName",), only_with=("vocabulary_filter_name",)
)
def scribe_filter_needs_method(settings: MedicalScribeSettings) -> Iterator[Violation]:
    """VocabularyFilterName needs VocabularyFilterMethod (SCR-9).

    ``MedicalScribeSettings``: "VocabularyFilterMethod must be specified if
    VocabularyFilterName is set."
    """
    if settings.vocabulary_filter_name is not None and settings.vocabulary_filter_method is None:
        yield _violation(
            "VocabularyFilterMethod",
            "is required when VocabularyFilterName is given",
            scribe_filter_needs_method,
        )


# --- StartMedicalScribeJobRequest --------------------------------------------------------------


@request_rule(
    StartMedicalScribeJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def channel_definitions_need_channel_identification(
    request: StartMedicalScribeJobRequest,
) -> Iterator[Violation]:
    """ChannelDefinitions only with Settings.ChannelIdentification=true (SCR-4).

    ``StartMedicalScribeJob``: "A MedicalScribeChannelDefinitions array should be set if and
    only if the ChannelIdentification value of Settings is set to true."
    ``MedicalScribeSettings``: "Specify ChannelIdentification if ChannelDefinitions are set."
    """
    if (
        request.channel_definitions is not None
        and request.settings.channel_identification is not True
    ):
        yield _violation(
            "ChannelDefinitions",
            "needs Settings.ChannelIdentification set to true",
            channel_definitions_need_channel_identification,
        )


@request_rule(StartMedicalScribeJobRequest, reads=("ChannelDefinitions",))
def channel_identification_needs_definitions(
    request: StartMedicalScribeJobRequest,
) -> Iterator[Violation]:
    """Settings.ChannelIdentification=true needs ChannelDefinitions (SCR-5; "should" as must).

    ``StartMedicalScribeJob``: "A MedicalScribeChannelDefinitions array should be set if and
    only if the ChannelIdentification value of Settings is set to true."
    """
    if request.settings.channel_identification is True and request.channel_definitions is None:
        yield _violation(
            "ChannelDefinitions",
            "is required when Settings.ChannelIdentification is true",
            channel_identification_needs_definitions,
        )


@request_rule(
    StartMedicalScribeJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def scribe_channel_ids_differ(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """The two ChannelIds differ: one 0, one 1 (SCR-7).

    ``StartMedicalScribeJobRequest.ChannelDefinitions``: "set ChannelId of the first
    ChannelDefinition in the list to 0 ... Then you would set the ChannelId of the second
    ChannelDefinition in the list to 1".
    """
    seen: set[int] = set()
    for index, channel in enumerate(request.channel_definitions or ()):
        if channel.channel_id in seen:
            yield _violation(
                f"ChannelDefinitions[{index}].ChannelId",
                f"repeats channel {channel.channel_id}: the two channels are 0 and 1",
                scribe_channel_ids_differ,
            )
        seen.add(channel.channel_id)


@request_rule(
    StartMedicalScribeJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def scribe_channel_roles_differ(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """The two ParticipantRoles differ: one CLINICIAN, one PATIENT (SCR-8).

    ``StartMedicalScribeJobRequest.ChannelDefinitions``: "set ... ParticipantRole to CLINICIAN
    ... set ... ParticipantRole to PATIENT".
    """
    seen: set[MedicalScribeParticipantRole] = set()
    for index, channel in enumerate(request.channel_definitions or ()):
        if channel.participant_role in seen:
            yield _violation(
                f"ChannelDefinitions[{index}].ParticipantRole",
                f"repeats {str.__str__(channel.participant_role)}: one channel is the "
                "clinician, the other the patient",
                scribe_channel_roles_differ,
            )
        seen.add(channel.participant_role)


@request_rule(StartMedicalScribeJobRequest, reads=("Media",))
def scribe_media_has_media_file_uri(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """Media.MediaFileUri is given (SCR-10); the shared Media shape makes it optional.

    ``StartMedicalScribeJob``: "Media (MediaFileUri): The Amazon S3 location of your media
    file."
    """
    if request.media.media_file_uri is None:
        yield _violation(
            "Media.MediaFileUri",
            "is required: the Amazon S3 location of your media file",
            scribe_media_has_media_file_uri,
        )


@request_rule(StartMedicalScribeJobRequest, reads=("Media",))
def scribe_media_has_no_redacted_uri(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """No Media.RedactedMediaFileUri (SCR-11).

    ``Media.RedactedMediaFileUri``: "It is only supported for Call Analytics
    (StartCallAnalyticsJob) transcription requests."
    """
    if request.media.redacted_media_file_uri is not None:
        yield _violation(
            "Media.RedactedMediaFileUri",
            "is only supported for Call Analytics (StartCallAnalyticsJob) requests",
            scribe_media_has_no_redacted_uri,
        )


@request_rule(StartMedicalScribeJobRequest, reads=("MedicalScribeJobName",))
def scribe_job_name_is_not_dots(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """The job name is not "." or ".." by itself (C-2, warning).

    Older AWS CLI documentation of the Start*Job operations: "You can't use the strings "." or
    ".." by themselves as the job name." (gone from botocore 1.44.8).
    """
    yield from _common_rules.job_name_is_not_dots(
        request.medical_scribe_job_name, "MedicalScribeJobName", scribe_job_name_is_not_dots
    )


@request_rule(
    StartMedicalScribeJobRequest,
    reads=("KMSEncryptionContext",),
    only_with=("kms_encryption_context",),
)
def scribe_encryption_context_needs_key(
    request: StartMedicalScribeJobRequest,
) -> Iterator[Violation]:
    """KMSEncryptionContext comes with OutputEncryptionKMSKeyId (C-5, warning).

    ``StartMedicalScribeJobRequest.KMSEncryptionContext``: "A map of plain text, non-secret
    key:value pairs, known as encryption context pairs, that provide an added layer of security
    for your data." The pairs go to KMS with the key; without one they do nothing.
    """
    yield from _common_rules.context_needs_key(
        request.kms_encryption_context,
        request.output_encryption_kms_key_id,
        "KMSEncryptionContext",
        scribe_encryption_context_needs_key,
    )


@request_rule(StartMedicalScribeJobRequest, reads=("Media",))
def scribe_media_is_in_s3(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """Media.MediaFileUri is an s3:// location (C-7, warning).

    ``Media.MediaFileUri``: "The Amazon S3 location of the media file you want to transcribe."
    """
    yield from _common_rules.uris_are_s3(
        [("Media.MediaFileUri", request.media.media_file_uri)], scribe_media_is_in_s3
    )


# --- What the service sends --------------------------------------------------------------------


@response_check(
    MedicalScribeJob,
    MedicalScribeJobSummary,
    reads=("FailureReason",),
    only_with=("medical_scribe_job_status",),
)
def failed_scribe_job_has_failure_reason(
    job: MedicalScribeJob | MedicalScribeJobSummary,
) -> Iterator[Violation]:
    """A FAILED Medical Scribe job says why.

    ``MedicalScribeJob.MedicalScribeJobStatus``: "If the status is FAILED, FailureReason
    provides details on why your Medical Scribe job failed."
    """
    if job.medical_scribe_job_status == MedicalScribeJobStatus.FAILED and not job.failure_reason:
        yield _violation(
            "FailureReason", "is missing on a FAILED job", failed_scribe_job_has_failure_reason
        )


@response_check(
    MedicalScribeJob, reads=("MedicalScribeOutput",), only_with=("medical_scribe_job_status",)
)
def completed_scribe_job_has_output(job: MedicalScribeJob) -> Iterator[Violation]:
    """A COMPLETED Medical Scribe job has its MedicalScribeOutput (both URIs).

    ``MedicalScribeJob.MedicalScribeJobStatus``: "If the status is COMPLETED, the job is
    finished and you can find the results at the location specified in MedicalScribeOutput".
    """
    if job.medical_scribe_job_status != MedicalScribeJobStatus.COMPLETED:
        return
    # Its two members are required: a response missing one is refused by the parse itself.
    if job.medical_scribe_output is None:
        yield _violation(
            "MedicalScribeOutput", "is missing on a COMPLETED job", completed_scribe_job_has_output
        )


# --- wired by the integrator: rules shared across families ------------------------------------


@request_rule(StartMedicalScribeJobRequest, reads=("Tags",), only_with=("tags",))
def scribe_job_tag_keys_are_distinct(request: StartMedicalScribeJobRequest) -> Iterator[Violation]:
    """Each tag key once (TAG-1).

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource." A key names one value, so a repeated key in one request is a mistake.
    """
    yield from repeated_tag_keys(request.tags, scribe_job_tag_keys_are_distinct)
