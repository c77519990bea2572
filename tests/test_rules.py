"""The cross-field rules of ``transcribe_model._rules``: each broken, and each kept by a neighbour.

Every case names the rule function it breaks and the paths (wire names, relative to the object
checked) of the violations that rule must report. Each broken case has a valid neighbour, one
small change away, that must be accepted with nothing to report. Numbers in the case ids
(``r1-...``) are the rules of ``/work/shared/transcribe-rules.md``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import botocore.session
import pytest
from botocore.model import ServiceModel, Shape
from botocore.validate import ParamValidator

import transcribe_model as tm
from transcribe_model import (
    ContentRedaction,
    GetTranscriptionJobResponse,
    JobExecutionSettings,
    LanguageCode,
    LanguageIdSettings,
    ListTranscriptionJobsResponse,
    Media,
    ModelSettings,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    Settings,
    StartTranscriptionJobRequest,
    SubtitleFormat,
    Subtitles,
    Tag,
    TranscriptionJob,
    TranscriptionJobStatus,
    TranscriptionJobSummary,
    ValidationError,
    Violation,
    WireModel,
    _rules,
)

MEDIA_URI = "s3://amzn-s3-demo-bucket/media/call.wav"
ROLE_ARN = "arn:aws:iam::111122223333:role/TranscribeDeferredAccess"
EN_US = LanguageCode.EN_US
ES_US = LanguageCode.ES_US
FR_FR = LanguageCode.FR_FR

Rule = Callable[..., Iterator[Violation]]


# --- wire dicts ---------------------------------------------------------------------------------


def bare(**members: Any) -> dict[str, Any]:
    """A request dict with a name and media and no language source, plus ``members``."""
    return {"TranscriptionJobName": "job-1", "Media": {"MediaFileUri": MEDIA_URI}, **members}


def english(**members: Any) -> dict[str, Any]:
    """A request dict for an en-US job, plus ``members``."""
    return bare(LanguageCode="en-US", **members)


def identify(**members: Any) -> dict[str, Any]:
    """A request dict that identifies one of en-US and es-US, plus ``members``."""
    return bare(**{"IdentifyLanguage": True, "LanguageOptions": ["en-US", "es-US"], **members})


def multi(**members: Any) -> dict[str, Any]:
    """A request dict that identifies several of en-US and es-US, plus ``members``."""
    return bare(
        **{"IdentifyMultipleLanguages": True, "LanguageOptions": ["en-US", "es-US"], **members}
    )


def redaction(*types: str) -> dict[str, Any]:
    """A ContentRedaction dict that redacts ``types``."""
    return {"RedactionType": "PII", "RedactionOutput": "redacted", "PiiEntityTypes": list(types)}


# --- helpers ------------------------------------------------------------------------------------


@functools.cache
def service_model() -> ServiceModel:
    """botocore's transcribe service model, loaded once."""
    return botocore.session.get_session().get_service_model("transcribe")


def shape_of(cls: type[WireModel]) -> Shape:
    """The botocore shape a model class stands for (classes are named as their shapes).

    A StartTranscriptionJobRequest is checked against the operation's own input shape.
    """
    if cls is StartTranscriptionJobRequest:
        return service_model().operation_model("StartTranscriptionJob").input_shape
    return service_model().shape_for(cls.__name__)


def rejected(build: Callable[[], object]) -> tuple[Violation, ...]:
    """The violations of the ValidationError that ``build`` must raise."""
    with pytest.raises(ValidationError) as info:
        build()
    return info.value.errors


def paths_of(violations: tuple[Violation, ...], rule: Rule | str | None) -> list[str]:
    """The sorted paths of the violations reported by ``rule`` (None: by no rule)."""
    name = rule if rule is None or isinstance(rule, str) else rule.__name__
    return sorted(violation.path for violation in violations if violation.rule == name)


def rule_names(table: Mapping[type, tuple[Rule, ...]]) -> set[str]:
    """The names of the rule functions of a rules table."""
    return {rule.__name__ for rules in table.values() for rule in rules}


@attrs.frozen
class Case:
    """A wire dict that breaks ``rule`` at ``paths``, and ``good``, its accepted neighbour."""

    id: str
    rule: Rule
    bad: dict[str, Any]
    paths: tuple[str, ...]
    good: dict[str, Any]
    cls: type[WireModel] = StartTranscriptionJobRequest


R = _rules

REQUEST_CASES = [
    # 1. Exactly one language source; IdentifyLanguage=false counts as absent.
    Case("r1-none", R.one_language_source, bare(), ("LanguageCode",), english()),
    Case(
        "r1-identify-false-is-absent",
        R.one_language_source,
        bare(IdentifyLanguage=False),
        ("LanguageCode",),
        english(IdentifyLanguage=False),
    ),
    Case(
        "r1-multiple-false-is-absent",
        R.one_language_source,
        bare(IdentifyMultipleLanguages=False),
        ("LanguageCode",),
        bare(IdentifyMultipleLanguages=False, IdentifyLanguage=True),
    ),
    Case(
        "r1-code-and-identify",
        R.one_language_source,
        english(IdentifyLanguage=True),
        ("IdentifyLanguage",),
        bare(IdentifyLanguage=True),
    ),
    Case(
        "r1-code-and-multiple",
        R.one_language_source,
        english(IdentifyMultipleLanguages=True),
        ("IdentifyMultipleLanguages",),
        bare(IdentifyMultipleLanguages=True),
    ),
    Case(
        "r1-identify-and-multiple",
        R.one_language_source,
        bare(IdentifyLanguage=True, IdentifyMultipleLanguages=True),
        ("IdentifyMultipleLanguages",),
        bare(IdentifyLanguage=True, IdentifyMultipleLanguages=False),
    ),
    Case(
        "r1-all-three",
        R.one_language_source,
        english(IdentifyLanguage=True, IdentifyMultipleLanguages=True),
        ("IdentifyLanguage", "IdentifyMultipleLanguages"),
        english(IdentifyLanguage=False, IdentifyMultipleLanguages=False),
    ),
    # 2. LanguageOptions only with identification.
    Case(
        "r2-options-with-code",
        R.language_options_need_identification,
        english(LanguageOptions=["en-US", "es-US"]),
        ("LanguageOptions",),
        identify(LanguageOptions=["en-US", "es-US"]),
    ),
    Case(
        "r2-options-with-identify-false",
        R.language_options_need_identification,
        english(IdentifyLanguage=False, LanguageOptions=["en-US", "es-US"]),
        ("LanguageOptions",),
        multi(IdentifyLanguage=False),
    ),
    # 3. Two or more distinct options.
    Case(
        "r3-one-option",
        R.language_options_are_distinct,
        identify(LanguageOptions=["en-US"]),
        ("LanguageOptions",),
        identify(LanguageOptions=["en-US", "en-GB"]),
    ),
    Case(
        "r3-duplicate-pair",
        R.language_options_are_distinct,
        identify(LanguageOptions=["en-US", "en-US"]),
        ("LanguageOptions[1]",),
        identify(LanguageOptions=["en-US", "es-US"]),
    ),
    Case(
        "r3-duplicate-later",
        R.language_options_are_distinct,
        multi(LanguageOptions=["en-US", "es-US", "fr-FR", "es-US", "en-US"]),
        ("LanguageOptions[3]", "LanguageOptions[4]"),
        multi(LanguageOptions=["en-US", "es-US", "fr-FR"]),
    ),
    # 4. LanguageIdSettings only with identification, its keys among LanguageOptions.
    Case(
        "r4-settings-with-code",
        R.language_id_settings_need_identification,
        english(LanguageIdSettings={"en-US": {"VocabularyName": "vocab-en"}}),
        ("LanguageIdSettings",),
        identify(LanguageIdSettings={"en-US": {"VocabularyName": "vocab-en"}}),
    ),
    Case(
        "r4-key-not-in-options",
        R.language_id_settings_match_language_options,
        identify(LanguageIdSettings={"fr-FR": {"VocabularyName": "vocab-fr"}}),
        ("LanguageIdSettings[fr-FR]",),
        identify(
            LanguageOptions=["en-US", "fr-FR"],
            LanguageIdSettings={"fr-FR": {"VocabularyName": "vocab-fr"}},
        ),
    ),
    Case(
        "r4-one-of-two-keys-not-in-options",
        R.language_id_settings_match_language_options,
        multi(LanguageIdSettings={"en-US": {}, "de-DE": {"VocabularyName": "vocab-de"}}),
        ("LanguageIdSettings[de-DE]",),
        multi(
            LanguageOptions=["en-US", "de-DE"],
            LanguageIdSettings={"en-US": {}, "de-DE": {"VocabularyName": "vocab-de"}},
        ),
    ),
    # 5. No custom language model with IdentifyMultipleLanguages.
    Case(
        "r5-model-per-language",
        R.multiple_languages_have_no_custom_language_model,
        multi(
            LanguageIdSettings={
                "en-US": {"LanguageModelName": "clm-en"},
                "es-US": {"LanguageModelName": "clm-es"},
            }
        ),
        (
            "LanguageIdSettings[en-US].LanguageModelName",
            "LanguageIdSettings[es-US].LanguageModelName",
        ),
        identify(
            LanguageIdSettings={
                "en-US": {"LanguageModelName": "clm-en"},
                "es-US": {"LanguageModelName": "clm-es"},
            }
        ),
    ),
    Case(
        "r5-model-settings-with-multiple",
        R.identification_takes_custom_models_per_language,
        multi(ModelSettings={"LanguageModelName": "clm-en"}),
        ("ModelSettings",),
        multi(LanguageIdSettings={"en-US": {"VocabularyName": "vocab-en"}}),
    ),
    # 6. With identification, custom names go per language.
    Case(
        "r6-model-settings-with-identify",
        R.identification_takes_custom_models_per_language,
        identify(ModelSettings={"LanguageModelName": "clm-en"}),
        ("ModelSettings",),
        identify(LanguageIdSettings={"en-US": {"LanguageModelName": "clm-en"}}),
    ),
    Case(
        "r6-vocabulary-name-with-identify",
        R.identification_takes_custom_models_per_language,
        identify(Settings={"VocabularyName": "vocab-en"}),
        ("Settings.VocabularyName",),
        identify(LanguageIdSettings={"en-US": {"VocabularyName": "vocab-en"}}),
    ),
    Case(
        "r6-filter-name-with-identify",
        R.identification_takes_custom_models_per_language,
        identify(Settings={"VocabularyFilterName": "filter-en", "VocabularyFilterMethod": "mask"}),
        ("Settings.VocabularyFilterName",),
        identify(
            Settings={"VocabularyFilterMethod": "mask"},
            LanguageIdSettings={"en-US": {"VocabularyFilterName": "filter-en"}},
        ),
    ),
    Case(
        "r6-vocabulary-name-with-multiple",
        R.identification_takes_custom_models_per_language,
        multi(Settings={"VocabularyName": "vocab-en"}),
        ("Settings.VocabularyName",),
        english(Settings={"VocabularyName": "vocab-en"}),
    ),
    # 7. ModelSettings carries LanguageModelName.
    Case(
        "r7-empty-model-settings",
        R.model_settings_need_language_model_name,
        english(ModelSettings={}),
        ("ModelSettings.LanguageModelName",),
        english(ModelSettings={"LanguageModelName": "clm-en"}),
    ),
    # 8-11. Speaker labels and alternatives come with their maximum, and the other way round.
    Case(
        "r8-speaker-labels-without-max",
        R.speaker_labels_need_max_speaker_labels,
        english(Settings={"ShowSpeakerLabels": True}),
        ("Settings.MaxSpeakerLabels",),
        english(Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}),
    ),
    Case(
        "r9-max-without-speaker-labels",
        R.max_speaker_labels_need_speaker_labels,
        english(Settings={"MaxSpeakerLabels": 4}),
        ("Settings.MaxSpeakerLabels",),
        english(Settings={"MaxSpeakerLabels": 4, "ShowSpeakerLabels": True}),
    ),
    Case(
        "r9-max-with-speaker-labels-false",
        R.max_speaker_labels_need_speaker_labels,
        english(Settings={"MaxSpeakerLabels": 4, "ShowSpeakerLabels": False}),
        ("Settings.MaxSpeakerLabels",),
        english(Settings={"ShowSpeakerLabels": False}),
    ),
    Case(
        "r10-alternatives-without-max",
        R.alternatives_need_max_alternatives,
        english(Settings={"ShowAlternatives": True}),
        ("Settings.MaxAlternatives",),
        english(Settings={"ShowAlternatives": True, "MaxAlternatives": 10}),
    ),
    Case(
        "r11-max-without-alternatives",
        R.max_alternatives_need_alternatives,
        english(Settings={"MaxAlternatives": 3}),
        ("Settings.MaxAlternatives",),
        english(Settings={"MaxAlternatives": 3, "ShowAlternatives": True}),
    ),
    Case(
        "r11-max-with-alternatives-false",
        R.max_alternatives_need_alternatives,
        english(Settings={"MaxAlternatives": 3, "ShowAlternatives": False}),
        ("Settings.MaxAlternatives",),
        english(Settings={"ShowAlternatives": False}),
    ),
    # 12. A vocabulary filter name comes with a method, in Settings and per language.
    Case(
        "r12-settings-filter-without-method",
        R.vocabulary_filter_name_needs_method,
        english(Settings={"VocabularyFilterName": "filter-en"}),
        ("Settings.VocabularyFilterMethod",),
        english(Settings={"VocabularyFilterName": "filter-en", "VocabularyFilterMethod": "remove"}),
    ),
    Case(
        "r12-per-language-filter-without-method",
        R.language_id_vocabulary_filter_needs_method,
        identify(LanguageIdSettings={"en-US": {"VocabularyFilterName": "filter-en"}}),
        ("LanguageIdSettings[en-US].VocabularyFilterName",),
        identify(
            Settings={"VocabularyFilterMethod": "tag"},
            LanguageIdSettings={"en-US": {"VocabularyFilterName": "filter-en"}},
        ),
    ),
    Case(
        "r12-per-language-filter-with-other-settings",
        R.language_id_vocabulary_filter_needs_method,
        multi(
            Settings={"ChannelIdentification": True},
            LanguageIdSettings={
                "en-US": {"VocabularyFilterName": "filter-en"},
                "es-US": {"VocabularyFilterName": "filter-es"},
            },
        ),
        (
            "LanguageIdSettings[en-US].VocabularyFilterName",
            "LanguageIdSettings[es-US].VocabularyFilterName",
        ),
        multi(
            Settings={"ChannelIdentification": True, "VocabularyFilterMethod": "mask"},
            LanguageIdSettings={
                "en-US": {"VocabularyFilterName": "filter-en"},
                "es-US": {"VocabularyFilterName": "filter-es"},
            },
        ),
    ),
    # 14. AllowDeferredExecution and DataAccessRoleArn each need the other.
    Case(
        "r14-deferred-true-without-role",
        R.deferred_execution_and_role_go_together,
        english(JobExecutionSettings={"AllowDeferredExecution": True}),
        ("JobExecutionSettings.DataAccessRoleArn",),
        english(
            JobExecutionSettings={"AllowDeferredExecution": True, "DataAccessRoleArn": ROLE_ARN}
        ),
    ),
    Case(
        "r14-deferred-false-without-role",
        R.deferred_execution_and_role_go_together,
        english(JobExecutionSettings={"AllowDeferredExecution": False}),
        ("JobExecutionSettings.DataAccessRoleArn",),
        english(
            JobExecutionSettings={"AllowDeferredExecution": False, "DataAccessRoleArn": ROLE_ARN}
        ),
    ),
    Case(
        "r14-role-without-deferred",
        R.deferred_execution_and_role_go_together,
        english(JobExecutionSettings={"DataAccessRoleArn": ROLE_ARN}),
        ("JobExecutionSettings.AllowDeferredExecution",),
        english(
            JobExecutionSettings={"DataAccessRoleArn": ROLE_ARN, "AllowDeferredExecution": True}
        ),
    ),
    # 15. OutputKey needs OutputBucketName.
    Case(
        "r15-key-without-bucket",
        R.output_key_needs_output_bucket_name,
        english(OutputKey="transcripts/job-1.json"),
        ("OutputKey",),
        english(OutputKey="transcripts/job-1.json", OutputBucketName="amzn-s3-demo-bucket"),
    ),
    # 16. No RedactedMediaFileUri in a transcription job request.
    Case(
        "r16-redacted-media",
        R.no_redacted_media_in_request,
        english(Media={"MediaFileUri": MEDIA_URI, "RedactedMediaFileUri": "s3://b/redacted/"}),
        ("Media.RedactedMediaFileUri",),
        english(Media={"MediaFileUri": MEDIA_URI}),
    ),
    # 18. PiiEntityTypes: ALL alone or distinct specific types.
    Case(
        "r18-all-with-others",
        R.pii_entity_types_are_all_or_distinct,
        english(ContentRedaction=redaction("ALL", "SSN")),
        ("ContentRedaction.PiiEntityTypes",),
        english(ContentRedaction=redaction("ALL")),
    ),
    Case(
        "r18-duplicate-type",
        R.pii_entity_types_are_all_or_distinct,
        english(ContentRedaction=redaction("SSN", "NAME", "SSN")),
        ("ContentRedaction.PiiEntityTypes[2]",),
        english(ContentRedaction=redaction("SSN", "NAME")),
    ),
    Case(
        "r18-all-twice",
        R.pii_entity_types_are_all_or_distinct,
        english(ContentRedaction=redaction("ALL", "ALL")),
        ("ContentRedaction.PiiEntityTypes", "ContentRedaction.PiiEntityTypes[1]"),
        english(ContentRedaction=redaction()),
    ),
    # 20. Subtitle formats without duplicates.
    Case(
        "r20-duplicate-format",
        R.subtitle_formats_are_distinct,
        english(Subtitles={"Formats": ["vtt", "srt", "vtt"], "OutputStartIndex": 1}),
        ("Subtitles.Formats[2]",),
        english(Subtitles={"Formats": ["vtt", "srt"], "OutputStartIndex": 1}),
    ),
    # 21. Tag keys unique.
    Case(
        "r21-duplicate-key",
        R.tag_keys_are_distinct,
        english(
            Tags=[
                {"Key": "team", "Value": "speech"},
                {"Key": "cost-centre", "Value": "42"},
                {"Key": "team", "Value": "audio"},
            ]
        ),
        ("Tags[2].Key",),
        english(
            Tags=[
                {"Key": "team", "Value": "speech"},
                {"Key": "cost-centre", "Value": "42"},
                {"Key": "Team", "Value": "audio"},
            ]
        ),
    ),
]

RESPONSE_CASES = [
    Case(
        "failed-without-reason",
        R.failed_job_has_failure_reason,
        {"TranscriptionJobName": "job-1", "TranscriptionJobStatus": "FAILED"},
        ("FailureReason",),
        {
            "TranscriptionJobName": "job-1",
            "TranscriptionJobStatus": "FAILED",
            "FailureReason": "The media format provided does not match the detected format.",
        },
        TranscriptionJob,
    ),
    Case(
        "failed-with-empty-reason",
        R.failed_job_has_failure_reason,
        {"TranscriptionJobStatus": "FAILED", "FailureReason": ""},
        ("FailureReason",),
        {"TranscriptionJobStatus": "FAILED", "FailureReason": "Unsupported sample rate."},
        TranscriptionJob,
    ),
    Case(
        "summary-failed-without-reason",
        R.failed_job_has_failure_reason,
        {"TranscriptionJobName": "job-1", "TranscriptionJobStatus": "FAILED"},
        ("FailureReason",),
        {"TranscriptionJobName": "job-1", "TranscriptionJobStatus": "FAILED", "FailureReason": "x"},
        TranscriptionJobSummary,
    ),
    Case(
        "get-response-failed-without-reason",
        R.failed_job_has_failure_reason,
        {"TranscriptionJob": {"TranscriptionJobStatus": "FAILED"}},
        ("TranscriptionJob.FailureReason",),
        {"TranscriptionJob": {"TranscriptionJobStatus": "FAILED", "FailureReason": "x"}},
        GetTranscriptionJobResponse,
    ),
    Case(
        "list-response-summary-failed-without-reason",
        R.failed_job_has_failure_reason,
        {
            "TranscriptionJobSummaries": [
                {"TranscriptionJobName": "a", "TranscriptionJobStatus": "COMPLETED"},
                {"TranscriptionJobName": "b", "TranscriptionJobStatus": "FAILED"},
            ]
        },
        ("TranscriptionJobSummaries[1].FailureReason",),
        {
            "TranscriptionJobSummaries": [
                {"TranscriptionJobName": "a", "TranscriptionJobStatus": "COMPLETED"},
                {"TranscriptionJobName": "b", "TranscriptionJobStatus": "QUEUED"},
            ]
        },
        ListTranscriptionJobsResponse,
    ),
    Case(
        "completed-without-transcript",
        R.completed_job_has_transcript,
        {"TranscriptionJobName": "job-1", "TranscriptionJobStatus": "COMPLETED"},
        ("Transcript",),
        {
            "TranscriptionJobName": "job-1",
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"TranscriptFileUri": "s3://amzn-s3-demo-bucket/job-1.json"},
        },
        TranscriptionJob,
    ),
    Case(
        "completed-with-empty-transcript",
        R.completed_job_has_transcript,
        {"TranscriptionJobStatus": "COMPLETED", "Transcript": {}},
        ("Transcript",),
        {
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"RedactedTranscriptFileUri": "s3://amzn-s3-demo-bucket/redacted.json"},
        },
        TranscriptionJob,
    ),
    Case(
        "completed-with-too-few-subtitle-uris",
        R.completed_job_has_subtitle_uris,
        {
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"TranscriptFileUri": "s3://b/job-1.json"},
            "Subtitles": {"Formats": ["vtt", "srt"], "SubtitleFileUris": ["s3://b/job-1.vtt"]},
        },
        ("Subtitles.SubtitleFileUris",),
        {
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"TranscriptFileUri": "s3://b/job-1.json"},
            "Subtitles": {
                "Formats": ["vtt", "srt"],
                "SubtitleFileUris": ["s3://b/job-1.vtt", "s3://b/job-1.srt"],
            },
        },
        TranscriptionJob,
    ),
    Case(
        "completed-with-no-subtitle-uris",
        R.completed_job_has_subtitle_uris,
        {
            "TranscriptionJobStatus": "COMPLETED",
            "Transcript": {"TranscriptFileUri": "s3://b/job-1.json"},
            "Subtitles": {"Formats": ["srt"]},
        },
        ("Subtitles.SubtitleFileUris",),
        {
            "TranscriptionJobStatus": "IN_PROGRESS",
            "Transcript": {},
            "Subtitles": {"Formats": ["srt"]},
        },
        TranscriptionJob,
    ),
]


@attrs.frozen
class PyCase:
    """A Python construction that breaks ``rule`` at ``paths``, and ``good``, its neighbour."""

    id: str
    rule: Rule
    bad: Callable[[], WireModel]
    paths: tuple[str, ...]
    good: Callable[[], WireModel]


def media(**members: Any) -> Media:
    """A Media object for ``MEDIA_URI``."""
    return Media(media_file_uri=MEDIA_URI, **members)


def start(**members: Any) -> StartTranscriptionJobRequest:
    """A StartTranscriptionJobRequest named job-1 for ``MEDIA_URI``, plus ``members``."""
    return StartTranscriptionJobRequest(transcription_job_name="job-1", media=media(), **members)


def pii(*types: PiiEntityType) -> ContentRedaction:
    """A ContentRedaction object that redacts ``types``."""
    return ContentRedaction(
        redaction_type=RedactionType.PII,
        redaction_output=RedactionOutput.REDACTED_AND_UNREDACTED,
        pii_entity_types=types,
    )


PYTHON_CASES = [
    PyCase(
        "r1-none",
        R.one_language_source,
        start,
        ("LanguageCode",),
        lambda: start(language_code=EN_US),
    ),
    PyCase(
        "r1-code-and-identify",
        R.one_language_source,
        lambda: start(language_code=EN_US, identify_language=True),
        ("IdentifyLanguage",),
        lambda: start(language_code=EN_US, identify_language=False),
    ),
    PyCase(
        "r2-options-with-code",
        R.language_options_need_identification,
        lambda: start(language_code=EN_US, language_options=[EN_US, ES_US]),
        ("LanguageOptions",),
        lambda: start(identify_language=True, language_options=[EN_US, ES_US]),
    ),
    PyCase(
        "r3-duplicate-option",
        R.language_options_are_distinct,
        lambda: start(identify_language=True, language_options=(EN_US, EN_US)),
        ("LanguageOptions[1]",),
        lambda: start(identify_language=True, language_options=(EN_US, FR_FR)),
    ),
    PyCase(
        "r4-settings-with-code",
        R.language_id_settings_need_identification,
        lambda: start(
            language_code=EN_US,
            language_id_settings={EN_US: LanguageIdSettings(vocabulary_name="vocab-en")},
        ),
        ("LanguageIdSettings",),
        lambda: start(language_code=EN_US, settings=Settings(vocabulary_name="vocab-en")),
    ),
    PyCase(
        "r4-key-not-in-options",
        R.language_id_settings_match_language_options,
        lambda: start(
            identify_language=True,
            language_options=(EN_US, ES_US),
            language_id_settings={FR_FR: LanguageIdSettings(vocabulary_name="vocab-fr")},
        ),
        ("LanguageIdSettings[fr-FR]",),
        lambda: start(
            identify_language=True,
            language_options=(EN_US, FR_FR),
            language_id_settings={FR_FR: LanguageIdSettings(vocabulary_name="vocab-fr")},
        ),
    ),
    PyCase(
        "r5-model-per-language",
        R.multiple_languages_have_no_custom_language_model,
        lambda: start(
            identify_multiple_languages=True,
            language_options=(EN_US, ES_US),
            language_id_settings={ES_US: LanguageIdSettings(language_model_name="clm-es")},
        ),
        ("LanguageIdSettings[es-US].LanguageModelName",),
        lambda: start(
            identify_multiple_languages=True,
            language_options=(EN_US, ES_US),
            language_id_settings={ES_US: LanguageIdSettings(vocabulary_name="vocab-es")},
        ),
    ),
    PyCase(
        "r6-model-settings-with-identify",
        R.identification_takes_custom_models_per_language,
        lambda: start(
            identify_language=True, model_settings=ModelSettings(language_model_name="clm")
        ),
        ("ModelSettings",),
        lambda: start(language_code=EN_US, model_settings=ModelSettings(language_model_name="clm")),
    ),
    PyCase(
        "r12-per-language-filter-without-method",
        R.language_id_vocabulary_filter_needs_method,
        lambda: start(
            identify_language=True,
            language_options=(EN_US, ES_US),
            language_id_settings={EN_US: LanguageIdSettings(vocabulary_filter_name="filter")},
        ),
        ("LanguageIdSettings[en-US].VocabularyFilterName",),
        lambda: start(
            identify_language=True,
            language_options=(EN_US, ES_US),
            settings=Settings(vocabulary_filter_method=tm.VocabularyFilterMethod.MASK),
            language_id_settings={EN_US: LanguageIdSettings(vocabulary_filter_name="filter")},
        ),
    ),
    PyCase(
        "r15-key-without-bucket",
        R.output_key_needs_output_bucket_name,
        lambda: start(language_code=EN_US, output_key="out.json"),
        ("OutputKey",),
        lambda: start(language_code=EN_US, output_key="out.json", output_bucket_name="bucket"),
    ),
    PyCase(
        "r16-redacted-media",
        R.no_redacted_media_in_request,
        lambda: StartTranscriptionJobRequest(
            transcription_job_name="job-1",
            language_code=EN_US,
            media=media(redacted_media_file_uri="s3://b/redacted/"),
        ),
        ("Media.RedactedMediaFileUri",),
        lambda: StartTranscriptionJobRequest(
            transcription_job_name="job-1", language_code=EN_US, media=media()
        ),
    ),
    PyCase(
        "r21-duplicate-key",
        R.tag_keys_are_distinct,
        lambda: start(
            language_code=EN_US, tags=[Tag(key="team", value="a"), Tag(key="team", value="b")]
        ),
        ("Tags[1].Key",),
        lambda: start(
            language_code=EN_US, tags=[Tag(key="team", value="a"), Tag(key="owner", value="b")]
        ),
    ),
    PyCase(
        "r8-speaker-labels-without-max",
        R.speaker_labels_need_max_speaker_labels,
        lambda: Settings(show_speaker_labels=True),
        ("MaxSpeakerLabels",),
        lambda: Settings(show_speaker_labels=True, max_speaker_labels=30),
    ),
    PyCase(
        "r9-max-without-speaker-labels",
        R.max_speaker_labels_need_speaker_labels,
        lambda: Settings(max_speaker_labels=2),
        ("MaxSpeakerLabels",),
        lambda: Settings(max_speaker_labels=2, show_speaker_labels=True),
    ),
    PyCase(
        "r10-alternatives-without-max",
        R.alternatives_need_max_alternatives,
        lambda: Settings(show_alternatives=True),
        ("MaxAlternatives",),
        lambda: Settings(show_alternatives=True, max_alternatives=2),
    ),
    PyCase(
        "r11-max-without-alternatives",
        R.max_alternatives_need_alternatives,
        lambda: Settings(max_alternatives=5, show_alternatives=False),
        ("MaxAlternatives",),
        lambda: Settings(max_alternatives=5, show_alternatives=True),
    ),
    PyCase(
        "r12-settings-filter-without-method",
        R.vocabulary_filter_name_needs_method,
        lambda: Settings(vocabulary_filter_name="filter"),
        ("VocabularyFilterMethod",),
        lambda: Settings(
            vocabulary_filter_name="filter",
            vocabulary_filter_method=tm.VocabularyFilterMethod.REMOVE,
        ),
    ),
    PyCase(
        "r7-empty-model-settings",
        R.model_settings_need_language_model_name,
        ModelSettings,
        ("LanguageModelName",),
        lambda: ModelSettings(language_model_name="clm-en"),
    ),
    PyCase(
        "r14-deferred-false-without-role",
        R.deferred_execution_and_role_go_together,
        lambda: JobExecutionSettings(allow_deferred_execution=False),
        ("DataAccessRoleArn",),
        lambda: JobExecutionSettings(allow_deferred_execution=False, data_access_role_arn=ROLE_ARN),
    ),
    PyCase(
        "r14-role-without-deferred",
        R.deferred_execution_and_role_go_together,
        lambda: JobExecutionSettings(data_access_role_arn=ROLE_ARN),
        ("AllowDeferredExecution",),
        lambda: JobExecutionSettings(data_access_role_arn=ROLE_ARN, allow_deferred_execution=True),
    ),
    PyCase(
        "r18-all-with-others",
        R.pii_entity_types_are_all_or_distinct,
        lambda: pii(PiiEntityType.NAME, PiiEntityType.ALL),
        ("PiiEntityTypes",),
        lambda: pii(PiiEntityType.NAME, PiiEntityType.ADDRESS),
    ),
    PyCase(
        "r20-duplicate-format",
        R.subtitle_formats_are_distinct,
        lambda: Subtitles(formats=(SubtitleFormat.SRT, SubtitleFormat.SRT)),
        ("Formats[1]",),
        lambda: Subtitles(formats=(SubtitleFormat.SRT,)),
    ),
]


# Requests that no rule refuses, beyond the neighbours above.
ACCEPTED_EXTRAS = {
    # 13. The documented decision: speaker labels and channel identification together.
    "r13-speaker-labels-with-channels": english(
        Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": 10, "ChannelIdentification": True}
    ),
    "r13-everything-off": english(
        Settings={
            "ShowSpeakerLabels": False,
            "ChannelIdentification": False,
            "ShowAlternatives": False,
        }
    ),
    "r2-options-with-multiple": multi(),
    "r6-settings-filter-method-with-identify": identify(
        Settings={"VocabularyFilterMethod": "mask"}
    ),
    "r6-model-settings-without-identification": english(
        ModelSettings={"LanguageModelName": "clm-en"},
        Settings={
            "VocabularyName": "vocab-en",
            "VocabularyFilterName": "f",
            "VocabularyFilterMethod": "tag",
        },
    ),
    "r14-left-out": english(),
    "r17-redaction-without-types": english(
        ContentRedaction={"RedactionType": "PII", "RedactionOutput": "redacted_and_unredacted"}
    ),
    "r19-toxicity-all": english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    "r20-start-index-zero": english(Subtitles={"Formats": ["vtt"], "OutputStartIndex": 0}),
    "r21-empty-tag-value": english(Tags=[{"Key": "team", "Value": ""}]),
    "r21-same-value-different-keys": english(
        Tags=[{"Key": "a", "Value": "same"}, {"Key": "b", "Value": "same"}]
    ),
}


# Rules 17, 19, 20 and 21 partly rest on single-value constraints: (id, bad, path, good).
CONSTRAINT_CASES = [
    (
        "r17-redaction-without-type",
        english(ContentRedaction={"RedactionOutput": "redacted"}),
        "ContentRedaction.RedactionType",
        english(ContentRedaction={"RedactionOutput": "redacted", "RedactionType": "PII"}),
    ),
    (
        "r17-redaction-without-output",
        english(ContentRedaction={"RedactionType": "PII"}),
        "ContentRedaction.RedactionOutput",
        english(ContentRedaction={"RedactionType": "PII", "RedactionOutput": "redacted"}),
    ),
    (
        "r17-redaction-type-not-pii",
        english(ContentRedaction={"RedactionType": "PHI", "RedactionOutput": "redacted"}),
        "ContentRedaction.RedactionType",
        english(ContentRedaction={"RedactionType": "PII", "RedactionOutput": "redacted"}),
    ),
    (
        "r17-redaction-output-unknown",
        english(ContentRedaction={"RedactionType": "PII", "RedactionOutput": "unredacted"}),
        "ContentRedaction.RedactionOutput",
        english(ContentRedaction={"RedactionType": "PII", "RedactionOutput": "redacted"}),
    ),
    (
        "r19-no-toxicity-category",
        english(ToxicityDetection=[{"ToxicityCategories": []}]),
        "ToxicityDetection[0].ToxicityCategories",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r19-two-toxicity-categories",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL", "ALL"]}]),
        "ToxicityDetection[0].ToxicityCategories",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r19-toxicity-without-categories",
        english(ToxicityDetection=[{}]),
        "ToxicityDetection[0].ToxicityCategories",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r19-toxicity-category-unknown",
        english(ToxicityDetection=[{"ToxicityCategories": ["PROFANITY"]}]),
        "ToxicityDetection[0].ToxicityCategories[0]",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r19-two-toxicity-entries",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}] * 2),
        "ToxicityDetection",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r19-empty-toxicity-detection",
        english(ToxicityDetection=[]),
        "ToxicityDetection",
        english(ToxicityDetection=[{"ToxicityCategories": ["ALL"]}]),
    ),
    (
        "r20-start-index-two",
        english(Subtitles={"Formats": ["srt"], "OutputStartIndex": 2}),
        "Subtitles.OutputStartIndex",
        english(Subtitles={"Formats": ["srt"], "OutputStartIndex": 1}),
    ),
    (
        "r20-start-index-negative",
        english(Subtitles={"Formats": ["srt"], "OutputStartIndex": -1}),
        "Subtitles.OutputStartIndex",
        english(Subtitles={"Formats": ["srt"], "OutputStartIndex": 0}),
    ),
    (
        "r21-null-tag-value",
        english(Tags=[{"Key": "team", "Value": "speech"}, {"Key": "k", "Value": None}]),
        "Tags[1].Value",
        english(Tags=[{"Key": "team", "Value": "speech"}, {"Key": "k", "Value": ""}]),
    ),
    (
        "r21-missing-tag-value",
        english(Tags=[{"Key": "k"}]),
        "Tags[0].Value",
        english(Tags=[{"Key": "k", "Value": ""}]),
    ),
    (
        "r21-empty-tag-key",
        english(Tags=[{"Key": "", "Value": "v"}]),
        "Tags[0].Key",
        english(Tags=[{"Key": "k", "Value": "v"}]),
    ),
]


def _ids(cases: list[Any]) -> list[str]:
    return [case.id if hasattr(case, "id") else case[0] for case in cases]


# --- every rule is covered ----------------------------------------------------------------------


def test_every_request_rule_has_a_wire_case() -> None:
    """Each function of REQUEST_RULES is broken by at least one wire-dict case."""
    assert rule_names(_rules.REQUEST_RULES) <= {case.rule.__name__ for case in REQUEST_CASES}


def test_every_request_rule_has_a_python_case() -> None:
    """Each function of REQUEST_RULES is broken by at least one Python construction."""
    assert rule_names(_rules.REQUEST_RULES) <= {case.rule.__name__ for case in PYTHON_CASES}


def test_every_response_check_has_a_case() -> None:
    """Each function of RESPONSE_CHECKS is broken by at least one response case."""
    assert rule_names(_rules.RESPONSE_CHECKS) <= {case.rule.__name__ for case in RESPONSE_CASES}


def test_case_rules_are_the_tables_own_functions() -> None:
    """Every rule a case names is a function that one of the tables actually applies."""
    named = {case.rule for case in [*REQUEST_CASES, *PYTHON_CASES, *RESPONSE_CASES]}
    applied = {
        rule
        for table in (_rules.REQUEST_RULES, _rules.RESPONSE_CHECKS)
        for rules in table.values()
        for rule in rules
    }
    assert named <= applied


# --- requests from wire dicts -------------------------------------------------------------------


@pytest.mark.parametrize("case", REQUEST_CASES, ids=_ids(REQUEST_CASES))
def test_structure_rejects_a_broken_rule_at_its_paths(case: Case) -> None:
    """structure() refuses the request with the rule's violations at exactly the expected paths."""
    errors = rejected(lambda: tm.structure(case.bad, case.cls))
    assert paths_of(errors, case.rule) == sorted(case.paths)


@pytest.mark.parametrize("case", REQUEST_CASES, ids=_ids(REQUEST_CASES))
def test_structure_reports_only_the_broken_rule(case: Case) -> None:
    """The broken request has no violation beyond those of the rule it was made to break."""
    errors = rejected(lambda: tm.structure(case.bad, case.cls))
    assert {violation.rule for violation in errors} == {case.rule.__name__}


@pytest.mark.parametrize("case", REQUEST_CASES, ids=_ids(REQUEST_CASES))
def test_structure_accepts_the_valid_neighbour(case: Case) -> None:
    """The neighbour one change away structures, and check() finds nothing in it."""
    assert tm.check(tm.structure(case.good, case.cls)) == ()


@pytest.mark.parametrize("case", REQUEST_CASES, ids=_ids(REQUEST_CASES))
def test_check_on_an_unchecked_broken_request_names_the_rule(case: Case) -> None:
    """check() on a request built without checks reports the same rule at the same paths."""
    unchecked = tm.make_converter(keep_unknown=False).structure(case.bad, case.cls)
    assert paths_of(tm.check(unchecked), case.rule) == sorted(case.paths)


@pytest.mark.parametrize("extra", ACCEPTED_EXTRAS.values(), ids=ACCEPTED_EXTRAS.keys())
def test_structure_accepts_a_request_no_rule_refuses(extra: dict[str, Any]) -> None:
    """A request that keeps every rule structures with nothing to report."""
    assert tm.check(tm.structure(extra, StartTranscriptionJobRequest)) == ()


@pytest.mark.parametrize(
    ("data", "path"), [(c[1], c[2]) for c in CONSTRAINT_CASES], ids=_ids(CONSTRAINT_CASES)
)
def test_structure_rejects_a_rule_kept_by_a_constraint(data: dict[str, Any], path: str) -> None:
    """Rules 17, 19, 20 and 21 are enforced by a requiredness, enum or bound at the member."""
    errors = rejected(lambda: tm.structure(data, StartTranscriptionJobRequest))
    assert path in paths_of(errors, None)


@pytest.mark.parametrize("data", [c[3] for c in CONSTRAINT_CASES], ids=_ids(CONSTRAINT_CASES))
def test_structure_accepts_the_constraint_neighbour(data: dict[str, Any]) -> None:
    """The neighbour of a constraint-kept rule case structures with nothing to report."""
    assert tm.check(tm.structure(data, StartTranscriptionJobRequest)) == ()


# --- warnings -----------------------------------------------------------------------------------


def test_more_than_five_language_options_is_only_a_warning() -> None:
    """Six distinct LanguageOptions structure, and check() reports one warning about them."""
    request = tm.structure(
        identify(LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR"]),
        StartTranscriptionJobRequest,
    )
    assert [(v.path, v.rule, v.severity) for v in tm.check(request)] == [
        ("LanguageOptions", "language_options_are_distinct", "warning")
    ]


def test_five_language_options_draw_no_warning() -> None:
    """Five distinct LanguageOptions are within the advice: nothing to report."""
    request = tm.structure(
        multi(LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT"]),
        StartTranscriptionJobRequest,
    )
    assert tm.check(request) == ()


def test_more_than_five_language_options_construct_in_python() -> None:
    """Building six LanguageOptions in Python succeeds and check() keeps the warning."""
    codes = (EN_US, ES_US, FR_FR, LanguageCode.DE_DE, LanguageCode.IT_IT, LanguageCode.PT_BR)
    request = start(identify_language=True, language_options=codes)
    assert [v.severity for v in tm.check(request)] == ["warning"]


def test_language_id_settings_without_options_is_only_a_warning() -> None:
    """LanguageIdSettings with identification but no LanguageOptions warns, never refuses."""
    request = tm.structure(
        bare(IdentifyLanguage=True, LanguageIdSettings={"en-US": {"VocabularyName": "vocab-en"}}),
        StartTranscriptionJobRequest,
    )
    assert [(v.path, v.rule, v.severity) for v in tm.check(request)] == [
        ("LanguageOptions", "language_id_settings_match_language_options", "warning")
    ]


def test_warnings_do_not_block_a_request_that_has_errors_too() -> None:
    """Only errors are raised: a warning found next to an error is not in the exception."""
    errors = rejected(
        lambda: tm.structure(
            english(
                IdentifyLanguage=True,
                LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR"],
            ),
            StartTranscriptionJobRequest,
        )
    )
    assert {violation.severity for violation in errors} == {"error"}


# --- rule 13 ------------------------------------------------------------------------------------


def test_speaker_labels_with_channel_identification_are_accepted() -> None:
    """ShowSpeakerLabels with MaxSpeakerLabels and ChannelIdentification is the documented yes."""
    request = tm.structure(
        english(
            Settings={
                "ShowSpeakerLabels": True,
                "MaxSpeakerLabels": 2,
                "ChannelIdentification": True,
            }
        ),
        StartTranscriptionJobRequest,
    )
    assert request.settings is not None
    assert request.settings.channel_identification is True


def test_speaker_labels_with_channel_identification_construct_in_python() -> None:
    """The same Settings built in Python raises nothing and check() finds nothing."""
    settings = Settings(show_speaker_labels=True, max_speaker_labels=5, channel_identification=True)
    assert tm.check(start(language_code=EN_US, settings=settings)) == ()


# --- requests built in Python -------------------------------------------------------------------


@pytest.mark.parametrize("case", PYTHON_CASES, ids=_ids(PYTHON_CASES))
def test_python_construction_rejects_a_broken_rule(case: PyCase) -> None:
    """Building the shape in Python raises ValidationError with the rule at the expected paths."""
    assert paths_of(rejected(case.bad), case.rule) == sorted(case.paths)


@pytest.mark.parametrize("case", PYTHON_CASES, ids=_ids(PYTHON_CASES))
def test_python_construction_accepts_the_valid_neighbour(case: PyCase) -> None:
    """The neighbour builds in Python and check() finds nothing."""
    assert tm.check(case.good()) == ()


def test_validation_error_is_a_value_error() -> None:
    """A rule violation can be caught as ValueError."""
    with pytest.raises(ValueError, match="one_language_source"):
        start()


def test_null_tag_value_is_rejected_in_python() -> None:
    """Tag(value=None) is refused at its Value."""
    errors = rejected(lambda: Tag(key="team", value=None))  # type: ignore[arg-type]
    assert paths_of(errors, None) == ["Value"]


def test_empty_tag_value_is_accepted_in_python() -> None:
    """Tag(value="") builds: a tag value may be empty."""
    assert Tag(key="team", value="").value == ""


# --- all at once --------------------------------------------------------------------------------


def test_all_broken_rules_are_reported_at_once() -> None:
    """A request breaking three rules reports all three in one ValidationError."""
    errors = rejected(
        lambda: tm.structure(
            bare(
                OutputKey="out.json",
                Settings={"ShowSpeakerLabels": True},
                Tags=[{"Key": "k", "Value": "a"}, {"Key": "k", "Value": "b"}],
            ),
            StartTranscriptionJobRequest,
        )
    )
    assert {(v.rule, v.path) for v in errors} == {
        ("one_language_source", "LanguageCode"),
        ("output_key_needs_output_bucket_name", "OutputKey"),
        ("speaker_labels_need_max_speaker_labels", "Settings.MaxSpeakerLabels"),
        ("tag_keys_are_distinct", "Tags[1].Key"),
    }


def test_rule_and_constraint_violations_are_reported_together() -> None:
    """An out-of-range MaxAlternatives without ShowAlternatives reports the bound and the rule."""
    errors = rejected(
        lambda: tm.structure(
            english(Settings={"MaxAlternatives": 11}), StartTranscriptionJobRequest
        )
    )
    assert sorted((v.path, v.rule or "") for v in errors) == [
        ("Settings.MaxAlternatives", ""),
        ("Settings.MaxAlternatives", "max_alternatives_need_alternatives"),
    ]


def test_nested_rules_are_reported_with_the_request_rules() -> None:
    """Rules of nested shapes and of the request itself come back in the same error."""
    errors = rejected(
        lambda: tm.structure(
            identify(
                ModelSettings={},
                JobExecutionSettings={"AllowDeferredExecution": True},
                ContentRedaction=redaction("ALL", "PIN"),
                Subtitles={"Formats": ["srt", "srt"]},
            ),
            StartTranscriptionJobRequest,
        )
    )
    assert {v.rule for v in errors} == {
        "identification_takes_custom_models_per_language",
        "model_settings_need_language_model_name",
        "deferred_execution_and_role_go_together",
        "pii_entity_types_are_all_or_distinct",
        "subtitle_formats_are_distinct",
    }


# --- responses ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=_ids(RESPONSE_CASES))
def test_response_breaking_an_invariant_still_parses(case: Case) -> None:
    """A response that breaks an invariant structures without an error."""
    assert isinstance(tm.structure(case.bad, case.cls), case.cls)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=_ids(RESPONSE_CASES))
def test_check_reports_a_broken_response_invariant(case: Case) -> None:
    """check() names the invariant and its path on a response that breaks it, and nothing else."""
    found = tm.check(tm.structure(case.bad, case.cls))
    assert sorted((v.path, v.rule) for v in found) == sorted(
        (path, case.rule.__name__) for path in case.paths
    )


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=_ids(RESPONSE_CASES))
def test_check_finds_nothing_in_the_response_neighbour(case: Case) -> None:
    """The response one change away has nothing to report."""
    assert tm.check(tm.structure(case.good, case.cls)) == ()


def test_python_built_failed_job_is_reported_not_refused() -> None:
    """A FAILED TranscriptionJob built in Python constructs, and check() names the invariant."""
    job = TranscriptionJob(transcription_job_status=TranscriptionJobStatus.FAILED)
    assert paths_of(tm.check(job), R.failed_job_has_failure_reason) == ["FailureReason"]


JOB = {
    "TranscriptionJobName": "job-1",
    "TranscriptionJobStatus": "IN_PROGRESS",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": MEDIA_URI},
    "Transcript": {},
}

LIBERAL_RESPONSES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "empty-transcript-in-progress": (JOB, []),
    "empty-transcript-queued": ({**JOB, "TranscriptionJobStatus": "QUEUED"}, []),
    "code-and-identify-language": (
        {**JOB, "IdentifyLanguage": True, "LanguageOptions": ["en-US", "es-US"]},
        [],
    ),
    "code-and-identify-multiple": ({**JOB, "IdentifyMultipleLanguages": True}, []),
    "deferred-false-without-role": (
        {**JOB, "JobExecutionSettings": {"AllowDeferredExecution": False}},
        [],
    ),
    "role-without-deferred": (
        {**JOB, "JobExecutionSettings": {"DataAccessRoleArn": ROLE_ARN}},
        [],
    ),
    "settings-all-false": (
        {
            **JOB,
            "Settings": {
                "ShowSpeakerLabels": False,
                "ChannelIdentification": False,
                "ShowAlternatives": False,
            },
        },
        [],
    ),
    "max-speaker-labels-without-show": ({**JOB, "Settings": {"MaxSpeakerLabels": 4}}, []),
    "max-speaker-labels-50": (
        {**JOB, "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 50}},
        ["Settings.MaxSpeakerLabels"],
    ),
    "unknown-language-code": ({**JOB, "LanguageCode": "xx-XX"}, []),
    "unknown-status": ({**JOB, "TranscriptionJobStatus": "PAUSED"}, []),
    "unknown-media-format": ({**JOB, "MediaFormat": "aiff"}, []),
    "unknown-member": ({**JOB, "SpeakerDiarizationModel": {"Version": 2}}, []),
    "redacted-media-echoed": (
        {**JOB, "Media": {"MediaFileUri": MEDIA_URI, "RedactedMediaFileUri": "s3://b/red/"}},
        [],
    ),
    "duplicate-tag-keys": (
        {**JOB, "Tags": [{"Key": "k", "Value": "a"}, {"Key": "k", "Value": "b"}]},
        [],
    ),
    "one-language-option": ({**JOB, "LanguageOptions": ["en-US"]}, []),
}


@pytest.mark.parametrize(
    "data", [v[0] for v in LIBERAL_RESPONSES.values()], ids=LIBERAL_RESPONSES.keys()
)
def test_response_breaking_request_rules_parses(data: dict[str, Any]) -> None:
    """A TranscriptionJob that a request could not be structures without an error."""
    assert isinstance(tm.structure(data, TranscriptionJob), TranscriptionJob)


@pytest.mark.parametrize(
    ("data", "paths"), LIBERAL_RESPONSES.values(), ids=LIBERAL_RESPONSES.keys()
)
def test_check_on_a_liberal_response_reports_only_bounds(
    data: dict[str, Any], paths: list[str]
) -> None:
    """check() on a response reports broken bounds but no request rule."""
    found = tm.check(tm.structure(data, TranscriptionJob))
    assert [(v.path, v.rule) for v in found] == [(path, None) for path in paths]


def test_deferred_false_without_role_parses_in_a_response() -> None:
    """A response with AllowDeferredExecution=false and no role keeps both as they came."""
    job = tm.structure(
        {**JOB, "JobExecutionSettings": {"AllowDeferredExecution": False}}, TranscriptionJob
    )
    assert tm.unstructure(job)["JobExecutionSettings"] == {"AllowDeferredExecution": False}


def test_unknown_response_member_is_kept_and_re_emitted() -> None:
    """A member newer than the library survives a parse and an unstructure."""
    job = tm.structure({**JOB, "SpeakerDiarizationModel": {"Version": 2}}, TranscriptionJob)
    assert tm.unstructure(job)["SpeakerDiarizationModel"] == {"Version": 2}


def test_unknown_response_language_code_is_kept() -> None:
    """An unknown LanguageCode in a response becomes an unknown member of LanguageCode."""
    job = tm.structure({**JOB, "LanguageCode": "xx-XX"}, TranscriptionJob)
    assert job.language_code == "xx-XX"
    assert job.language_code is not None
    assert not job.language_code.is_known


def test_evolving_a_parsed_out_of_bound_response_does_not_fail() -> None:
    """attrs.evolve on a parsed job with MaxSpeakerLabels 50 builds a new job without error."""
    job = tm.structure(LIBERAL_RESPONSES["max-speaker-labels-50"][0], TranscriptionJob)
    assert attrs.evolve(job, failure_reason="x").failure_reason == "x"


def test_response_wrong_type_is_still_refused() -> None:
    """Liberal parsing refuses a wrong type: MaxSpeakerLabels given as a string."""
    errors = rejected(
        lambda: tm.structure({**JOB, "Settings": {"MaxSpeakerLabels": "50"}}, TranscriptionJob)
    )
    assert paths_of(errors, None) == ["Settings.MaxSpeakerLabels"]


# --- botocore's own validator -------------------------------------------------------------------


def _accepted() -> dict[str, Callable[[], WireModel]]:
    found: dict[str, Callable[[], WireModel]] = {}
    for case in REQUEST_CASES:
        found[f"wire-{case.id}"] = functools.partial(tm.structure, case.good, case.cls)
    for key, data in ACCEPTED_EXTRAS.items():
        found[f"extra-{key}"] = functools.partial(tm.structure, data, StartTranscriptionJobRequest)
    for name, _bad, _path, data in CONSTRAINT_CASES:
        found[f"constraint-{name}"] = functools.partial(
            tm.structure, data, StartTranscriptionJobRequest
        )
    for pycase in PYTHON_CASES:
        found[f"python-{pycase.id}"] = pycase.good
    found["warning-six-options"] = functools.partial(
        tm.structure,
        identify(LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR"]),
        StartTranscriptionJobRequest,
    )
    found["warning-settings-without-options"] = functools.partial(
        tm.structure,
        bare(IdentifyLanguage=True, LanguageIdSettings={"en-US": {"VocabularyName": "v"}}),
        StartTranscriptionJobRequest,
    )
    return found


ACCEPTED = _accepted()


@pytest.mark.parametrize("build", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted_request_passes_botocores_validator(build: Callable[[], WireModel]) -> None:
    """Every request this file accepts, unstructured, passes botocore's ParamValidator."""
    obj = build()
    report = ParamValidator().validate(tm.unstructure(obj), shape_of(type(obj)))
    assert not report.has_errors(), report.generate_report()
