"""The documented cross-field rules of Call Analytics jobs (checklist CA, and C).

Every rule quotes the sentence of botocore's service-model documentation (or, where the model
is silent, the Developer Guide) it enforces and names the member it belongs to; it yields a
``Violation`` per thing it finds, with paths relative to the shape (wire names). CA-3
(exactly two ChannelDefinitions), CA-15 and CA-17 (required sub-members) are kept by the
generated constraint data; C-3 (PiiEntityTypes) by ``common.rules``.

Decisions: a ChannelDefinition needs a ChannelId and the two differ (CA-4, an error, although
both members are optional in the batch model); a missing ParticipantRole is only a warning
(CA-6). A LanguageIdSettings language outside LanguageOptions (CA-13) and a single
LanguageIdSettings entry (CA-14) are warnings, as the checklist decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.call_analytics_jobs._models import (
    CallAnalyticsJob,
    CallAnalyticsJobSettings,
    CallAnalyticsJobStatus,
    CallAnalyticsJobSummary,
    StartCallAnalyticsJobRequest,
)
from transcribe_model.common import LanguageCode, ParticipantRole

_RECOMMENDED_LANGUAGE_OPTIONS: Final = 5

# --- StartCallAnalyticsJobRequest: media and channels ------------------------------------------


@request_rule(StartCallAnalyticsJobRequest, reads=("Media",))
def call_analytics_media_has_one_uri(
    request: StartCallAnalyticsJobRequest,
) -> Iterator[Violation]:
    """Media has exactly one of MediaFileUri and RedactedMediaFileUri (CA-1).

    ``StartCallAnalyticsJob`` operation documentation: "Media (MediaFileUri or
    RedactedMediaFileUri) ... you can redact the audio contained in your media file by including
    RedactedMediaFileUri, instead of MediaFileUri".
    """
    media = request.media
    if media.media_file_uri is None and media.redacted_media_file_uri is None:
        yield _violation(
            "Media.MediaFileUri",
            "is required, or RedactedMediaFileUri instead of it",
            call_analytics_media_has_one_uri,
        )
    elif media.media_file_uri is not None and media.redacted_media_file_uri is not None:
        yield _violation(
            "Media.RedactedMediaFileUri",
            "is given instead of MediaFileUri, not with it",
            call_analytics_media_has_one_uri,
        )


@request_rule(StartCallAnalyticsJobRequest, reads=("Media",))
def redacted_media_has_redaction(request: StartCallAnalyticsJobRequest) -> Iterator[Violation]:
    """Media.RedactedMediaFileUri comes with Settings.ContentRedaction (CA-2, warning).

    ``Media.RedactedMediaFileUri``: "RedactedMediaFileUri produces a redacted audio file in
    addition to a redacted transcript." Without ContentRedaction there is nothing to redact.
    """
    settings = request.settings
    if request.media.redacted_media_file_uri is not None and (
        settings is None or settings.content_redaction is None
    ):
        yield _violation(
            "Media.RedactedMediaFileUri",
            "produces redacted audio, but Settings.ContentRedaction is missing",
            redacted_media_has_redaction,
            severity="warning",
        )


@request_rule(
    StartCallAnalyticsJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def channel_ids_are_zero_and_one(request: StartCallAnalyticsJobRequest) -> Iterator[Violation]:
    """Every ChannelDefinition has a ChannelId and the two differ (CA-4; a decision).

    ``StartCallAnalyticsJobRequest.ChannelDefinitions``: "you would set ChannelId to 0 (to
    indicate the first channel)"; Developer Guide (call-analytics): "Call Analytics only
    supports two-channel audio, where an agent is present on one channel and a customer is
    present on a second channel."
    """
    seen: set[int] = set()
    for index, channel in enumerate(request.channel_definitions or ()):
        path = f"ChannelDefinitions[{index}].ChannelId"
        if channel.channel_id is None:
            yield _violation(path, "is required", channel_ids_are_zero_and_one)
        elif channel.channel_id in seen:
            yield _violation(
                path,
                f"repeats channel {channel.channel_id}: the two channels are 0 and 1",
                channel_ids_are_zero_and_one,
            )
        else:
            seen.add(channel.channel_id)


@request_rule(
    StartCallAnalyticsJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def channel_roles_differ(request: StartCallAnalyticsJobRequest) -> Iterator[Violation]:
    """Two given ParticipantRoles differ: one AGENT, one CUSTOMER (CA-5).

    Developer Guide (call-analytics): "an agent is present on one channel and a customer is
    present on a second channel."
    """
    seen: set[ParticipantRole] = set()
    for index, channel in enumerate(request.channel_definitions or ()):
        role = channel.participant_role
        if role is None:
            continue
        if role in seen:
            yield _violation(
                f"ChannelDefinitions[{index}].ParticipantRole",
                f"repeats {str.__str__(role)}: one channel is the agent, the other the customer",
                channel_roles_differ,
            )
        seen.add(role)


@request_rule(
    StartCallAnalyticsJobRequest, reads=("ChannelDefinitions",), only_with=("channel_definitions",)
)
def channel_roles_are_given(request: StartCallAnalyticsJobRequest) -> Iterator[Violation]:
    """Each ChannelDefinition names its ParticipantRole (CA-6, warning).

    ``ChannelDefinition.ParticipantRole``: "Specify the speaker you want to define. Omitting
    this parameter is equivalent to specifying both participants." (copied from the category
    filters; on a channel it leaves the agent and customer unknown.)
    """
    for index, channel in enumerate(request.channel_definitions or ()):
        if channel.participant_role is None:
            yield _violation(
                f"ChannelDefinitions[{index}].ParticipantRole",
                "should say whether the channel is the AGENT or the CUSTOMER",
                channel_roles_are_given,
                severity="warning",
            )


# --- StartCallAnalyticsJobRequest: output and shared advice -------------------------------------


@request_rule(
    StartCallAnalyticsJobRequest,
    reads=("OutputEncryptionKMSKeyId",),
    only_with=("output_encryption_kms_key_id",),
)
def output_key_has_output_location(request: StartCallAnalyticsJobRequest) -> Iterator[Violation]:
    """OutputEncryptionKMSKeyId comes with OutputLocation (CA-16, warning).

    botocore 1.34.22 ``OutputEncryptionKMSKeyId``: "If you specify a KMS key to encrypt your
    output, you must also specify an output location using the OutputLocation parameter."
    (dropped in 1.44.8, hence only a warning).
    """
    if request.output_encryption_kms_key_id is not None and request.output_location is None:
        yield _violation(
            "OutputEncryptionKMSKeyId",
            "encrypts your output, but OutputLocation is missing",
            output_key_has_output_location,
            severity="warning",
        )


@request_rule(StartCallAnalyticsJobRequest, reads=("CallAnalyticsJobName",))
def call_analytics_job_name_is_not_dots(
    request: StartCallAnalyticsJobRequest,
) -> Iterator[Violation]:
    """The job name is not "." or ".." by itself (C-2, warning).

    AWS CLI 2.4 documentation of StartCallAnalyticsJob: "You can't use the strings "." or ".."
    by themselves as the job name." (dropped from botocore 1.44.8).
    """
    yield from _common_rules.job_name_is_not_dots(
        request.call_analytics_job_name, "CallAnalyticsJobName", call_analytics_job_name_is_not_dots
    )


@request_rule(StartCallAnalyticsJobRequest, reads=("Media", "OutputLocation"))
def call_analytics_locations_are_s3(
    request: StartCallAnalyticsJobRequest,
) -> Iterator[Violation]:
    """Media URIs and OutputLocation are s3:// locations (C-7, warning).

    ``Media.MediaFileUri``: "The Amazon S3 location of the media file you want to transcribe."
    ``OutputLocation``: "The Amazon S3 location where you want your Call Analytics
    transcription output stored" (its formats are all ``s3://``).
    """
    yield from _common_rules.uris_are_s3(
        [
            ("Media.MediaFileUri", request.media.media_file_uri),
            ("Media.RedactedMediaFileUri", request.media.redacted_media_file_uri),
            ("OutputLocation", request.output_location),
        ],
        call_analytics_locations_are_s3,
    )


# --- CallAnalyticsJobSettings ------------------------------------------------------------------


@request_rule(
    CallAnalyticsJobSettings, reads=("VocabularyFilterName",), only_with=("vocabulary_filter_name",)
)
def call_analytics_filter_needs_method(
    settings: CallAnalyticsJobSettings,
) -> Iterator[Violation]:
    """VocabularyFilterName needs VocabularyFilterMethod (CA-7).

    ``CallAnalyticsJobSettings.VocabularyFilterName``: "Note that if you include
    VocabularyFilterName in your request, you must also include VocabularyFilterMethod."
    """
    if settings.vocabulary_filter_name is not None and settings.vocabulary_filter_method is None:
        yield _violation(
            "VocabularyFilterMethod",
            "is required when VocabularyFilterName is given",
            call_analytics_filter_needs_method,
        )


@request_rule(
    CallAnalyticsJobSettings, reads=("LanguageIdSettings",), only_with=("language_id_settings",)
)
def call_analytics_language_filter_needs_method(
    settings: CallAnalyticsJobSettings,
) -> Iterator[Violation]:
    """A per-language VocabularyFilterName needs VocabularyFilterMethod (CA-8).

    ``LanguageIdSettings.VocabularyFilterName``: "Note that if you include VocabularyFilterName
    in your request, you must also include VocabularyFilterMethod." The method has one home,
    ``Settings``.
    """
    if settings.language_id_settings is None or settings.vocabulary_filter_method is not None:
        return
    for code, entry in settings.language_id_settings.items():
        if entry.vocabulary_filter_name is not None:
            yield _violation(
                f"LanguageIdSettings[{_key(code)}].VocabularyFilterName",
                "needs Settings.VocabularyFilterMethod",
                call_analytics_language_filter_needs_method,
            )


@request_rule(CallAnalyticsJobSettings, reads=("LanguageOptions",), only_with=("language_options",))
def call_analytics_language_options_are_distinct(
    settings: CallAnalyticsJobSettings,
) -> Iterator[Violation]:
    """LanguageOptions holds two or more distinct codes (CA-9); more than five is advised against
    (CA-10, warning).

    ``CallAnalyticsJobSettings.LanguageOptions``: "You can specify two or more language codes
    that represent the languages you think may be present in your media. Including more than
    five is not recommended."
    """
    options = settings.language_options
    if options is None:
        return
    if len(options) < 2:
        yield _violation(
            "LanguageOptions",
            f"must hold two or more language codes, got {len(options)}",
            call_analytics_language_options_are_distinct,
        )
    seen: set[LanguageCode] = set()
    for index, code in enumerate(options):
        if code in seen:
            yield _violation(
                f"LanguageOptions[{index}]",
                f"repeats the language code {_key(code)}",
                call_analytics_language_options_are_distinct,
            )
        seen.add(code)
    if len(options) > _RECOMMENDED_LANGUAGE_OPTIONS:
        yield _violation(
            "LanguageOptions",
            f"holds {len(options)} language codes; more than five is not recommended",
            call_analytics_language_options_are_distinct,
            severity="warning",
        )


@request_rule(
    CallAnalyticsJobSettings,
    reads=("LanguageIdSettings", "VocabularyName", "VocabularyFilterName", "LanguageModelName"),
    only_with=("language_id_settings",),
)
def language_id_settings_replace_custom_names(
    settings: CallAnalyticsJobSettings,
) -> Iterator[Violation]:
    """LanguageIdSettings, or VocabularyName/VocabularyFilterName/LanguageModelName (CA-11).

    ``CallAnalyticsJobSettings.LanguageIdSettings``: "If you want to include a custom language
    model, custom vocabulary, or custom vocabulary filter with your request but do not want to
    use automatic language identification, use instead the parameter with the
    LanguageModelName, VocabularyName, or VocabularyFilterName sub-parameters."
    """
    if settings.language_id_settings is None:
        return
    for wire, value in (
        ("VocabularyName", settings.vocabulary_name),
        ("VocabularyFilterName", settings.vocabulary_filter_name),
        ("LanguageModelName", settings.language_model_name),
    ):
        if value is not None:
            yield _violation(
                wire,
                "is not allowed with LanguageIdSettings: give it per language there",
                language_id_settings_replace_custom_names,
            )


@request_rule(
    CallAnalyticsJobSettings,
    reads=("LanguageIdSettings", "LanguageOptions"),
    only_with=("language_id_settings",),
)
def language_id_settings_advice(settings: CallAnalyticsJobSettings) -> Iterator[Violation]:
    """LanguageIdSettings: with LanguageOptions (CA-12), within them (CA-13), two to five
    languages (CA-14). All warnings.

    ``CallAnalyticsJobSettings.LanguageIdSettings``: "LanguageIdSettings supports two to five
    language codes." "It's recommended that you include LanguageOptions when using
    LanguageIdSettings to ensure that the correct language dialect is identified." "If you
    include LanguageOptions and include en-US as the only English language dialect, your custom
    vocabulary is applied to your transcription."
    """
    entries = settings.language_id_settings
    if entries is None:
        return
    if len(entries) < 2:
        yield _violation(
            "LanguageIdSettings",
            f"holds {len(entries)} language; it supports two to five language codes",
            language_id_settings_advice,
            severity="warning",
        )
    options = settings.language_options
    if options is None:
        yield _violation(
            "LanguageOptions",
            "should be given with LanguageIdSettings, so the right dialect is identified",
            language_id_settings_advice,
            severity="warning",
        )
        return
    listed = frozenset(options)
    for code in entries:
        if code not in listed:
            yield _violation(
                f"LanguageIdSettings[{_key(code)}]",
                f"is for {_key(code)}, which is not among LanguageOptions",
                language_id_settings_advice,
                severity="warning",
            )


# --- What the service sends --------------------------------------------------------------------


@response_check(
    CallAnalyticsJob,
    CallAnalyticsJobSummary,
    reads=("FailureReason",),
    only_with=("call_analytics_job_status",),
)
def failed_call_analytics_job_has_failure_reason(
    job: CallAnalyticsJob | CallAnalyticsJobSummary,
) -> Iterator[Violation]:
    """A FAILED Call Analytics job says why.

    ``CallAnalyticsJob.CallAnalyticsJobStatus``: "If the status is FAILED, FailureReason
    provides details on why your transcription job failed."
    """
    if job.call_analytics_job_status == CallAnalyticsJobStatus.FAILED and not job.failure_reason:
        yield _violation(
            "FailureReason",
            "is missing on a FAILED job",
            failed_call_analytics_job_has_failure_reason,
        )


@response_check(CallAnalyticsJob, reads=("Transcript",), only_with=("call_analytics_job_status",))
def completed_call_analytics_job_has_transcript(job: CallAnalyticsJob) -> Iterator[Violation]:
    """A COMPLETED Call Analytics job says where its transcript is.

    ``CallAnalyticsJob.CallAnalyticsJobStatus``: "If the status is COMPLETED, the job is
    finished and you can find the results at the location specified in TranscriptFileUri (or
    RedactedTranscriptFileUri, if you requested transcript redaction)."
    """
    if job.call_analytics_job_status != CallAnalyticsJobStatus.COMPLETED:
        return
    transcript = job.transcript
    if transcript is None or (
        transcript.transcript_file_uri is None and transcript.redacted_transcript_file_uri is None
    ):
        yield _violation(
            "Transcript",
            "has neither TranscriptFileUri nor RedactedTranscriptFileUri on a COMPLETED job",
            completed_call_analytics_job_has_transcript,
        )


def _key(code: LanguageCode | str) -> str:
    return str.__str__(code)


# --- wired by the integrator: rules shared across families ------------------------------------


@request_rule(StartCallAnalyticsJobRequest, reads=("Tags",), only_with=("tags",))
def call_analytics_job_tag_keys_are_distinct(
    request: StartCallAnalyticsJobRequest,
) -> Iterator[Violation]:
    """Each tag key once (TAG-1).

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource." A key names one value, so a repeated key in one request is a mistake.
    """
    yield from repeated_tag_keys(request.tags, call_analytics_job_tag_keys_are_distinct)
