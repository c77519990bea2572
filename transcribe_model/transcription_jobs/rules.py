"""The documented cross-field rules of transcription jobs, one small function each.

Every rule quotes the sentence of botocore's service-model documentation it enforces and names
the member that documentation belongs to. A rule yields a ``Violation`` per thing it finds
(paths relative to the object checked, in wire names) and never stops at the first.

``@request_rule`` rules apply to what a caller builds and sends. ``@response_check`` checks apply
to what the service sends back: they never make parsing fail, ``check()`` reports them. Rules of
shapes shared with other families (``ContentRedaction``) live in ``transcribe_model.common.rules``.

A documented rule we chose not to enforce:

- ShowSpeakerLabels with ChannelIdentification. Older documentation of
  ``Settings.ChannelIdentification`` said "You can't include both ShowSpeakerLabels and
  ChannelIdentification in the same request"; the current documentation of both members dropped
  that sentence, and the service accepts the pair. The service model is our authority, so the
  pair is accepted (``tests/test_rules.py`` pins that).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model.common import LanguageCode, TranscriptionJobStatus
from transcribe_model.transcription_jobs._models import (
    JobExecutionSettings,
    ModelSettings,
    Settings,
    StartTranscriptionJobRequest,
    Subtitles,
    TranscriptionJob,
    TranscriptionJobSummary,
)

_RECOMMENDED_LANGUAGE_OPTIONS: Final = 5


def _identifies_language(request: StartTranscriptionJobRequest) -> bool:
    return bool(request.identify_language) or bool(request.identify_multiple_languages)


# --- StartTranscriptionJobRequest: language selection ------------------------------------------


@request_rule(
    StartTranscriptionJobRequest,
    reads=("LanguageCode", "IdentifyLanguage", "IdentifyMultipleLanguages"),
)
def one_language_source(request: StartTranscriptionJobRequest) -> Iterator[Violation]:
    """Exactly one of LanguageCode, IdentifyLanguage=true, IdentifyMultipleLanguages=true.

    ``StartTranscriptionJobRequest.LanguageCode``: "Note that you must include one of
    LanguageCode, IdentifyLanguage, or IdentifyMultipleLanguages in your request. If you include
    more than one of these parameters, your transcription job fails."
    """
    given_code = request.language_code is not None
    identify = request.identify_language is True
    identify_multiple = request.identify_multiple_languages is True
    if given_code + identify + identify_multiple == 1:  # the common case, checked on every call
        return
    chosen = [
        wire
        for wire, present in (
            ("LanguageCode", given_code),
            ("IdentifyLanguage", identify),
            ("IdentifyMultipleLanguages", identify_multiple),
        )
        if present
    ]
    if not chosen:
        yield _violation(
            "LanguageCode",
            "the language code is missing: give LanguageCode, or set IdentifyLanguage or "
            "IdentifyMultipleLanguages to true",
            one_language_source,
        )
    for wire in chosen[1:]:
        yield _violation(
            wire,
            f"only one of LanguageCode, IdentifyLanguage and IdentifyMultipleLanguages may be "
            f"given, and {chosen[0]} is already",
            one_language_source,
        )


@request_rule(
    StartTranscriptionJobRequest, reads=("LanguageOptions",), only_with=("language_options",)
)
def language_options_need_identification(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """LanguageOptions only with IdentifyLanguage or IdentifyMultipleLanguages.

    ``StartTranscriptionJobRequest.LanguageOptions``: "If you include LanguageOptions in your
    request, you must also include IdentifyLanguage." (``IdentifyMultipleLanguages`` documents
    LanguageOptions for itself too, so either identification flag will do.)
    """
    if request.language_options is not None and not _identifies_language(request):
        yield _violation(
            "LanguageOptions",
            "is only allowed with IdentifyLanguage or IdentifyMultipleLanguages set to true",
            language_options_need_identification,
        )


@request_rule(
    StartTranscriptionJobRequest, reads=("LanguageOptions",), only_with=("language_options",)
)
def language_options_are_distinct(request: StartTranscriptionJobRequest) -> Iterator[Violation]:
    """LanguageOptions holds two or more distinct codes; more than five is advised against.

    ``StartTranscriptionJobRequest.LanguageOptions``: "You can specify two or more language codes
    that represent the languages you think may be present in your media. Including more than five
    is not recommended."
    """
    options = request.language_options
    if options is None:
        return
    if len(options) < 2:
        yield _violation(
            "LanguageOptions",
            f"must hold two or more language codes, got {len(options)}",
            language_options_are_distinct,
        )
    seen: set[LanguageCode] = set()  # a set, not options.index: linear in the options
    for index, code in enumerate(options):
        if code not in seen:
            seen.add(code)
        else:
            yield _violation(
                f"LanguageOptions[{index}]",
                f"repeats the language code {code.value}",
                language_options_are_distinct,
            )
    if len(options) > _RECOMMENDED_LANGUAGE_OPTIONS:
        yield _violation(
            "LanguageOptions",
            f"holds {len(options)} language codes; more than five is not recommended",
            language_options_are_distinct,
            severity="warning",
        )


@request_rule(
    StartTranscriptionJobRequest, reads=("LanguageIdSettings",), only_with=("language_id_settings",)
)
def language_id_settings_need_identification(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """LanguageIdSettings only with IdentifyLanguage or IdentifyMultipleLanguages.

    ``StartTranscriptionJobRequest.LanguageIdSettings``: "If using automatic language
    identification in your request and you want to apply a custom language model, a custom
    vocabulary, or a custom vocabulary filter, include LanguageIdSettings". Without
    identification, ``Settings`` and ``ModelSettings`` carry those names instead.
    """
    if request.language_id_settings is not None and not _identifies_language(request):
        yield _violation(
            "LanguageIdSettings",
            "is only allowed with IdentifyLanguage or IdentifyMultipleLanguages set to true; "
            "without language identification use Settings and ModelSettings",
            language_id_settings_need_identification,
        )


@request_rule(
    StartTranscriptionJobRequest,
    reads=("LanguageIdSettings", "LanguageOptions"),
    only_with=("language_id_settings",),
)
def language_id_settings_match_language_options(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """Each LanguageIdSettings language is among LanguageOptions, which should be given.

    ``StartTranscriptionJobRequest.IdentifyLanguage``: "If you include LanguageIdSettings, also
    include LanguageOptions." ``LanguageIdSettings``: "It's recommended that you include
    LanguageOptions when using LanguageIdSettings to ensure that the correct language dialect is
    identified." Settings for a language outside the options can never apply: an error. Missing
    options are what the documentation recommends against: a warning.
    """
    settings = request.language_id_settings
    if settings is None or not _identifies_language(request):
        return
    options = request.language_options
    if options is None:
        yield _violation(
            "LanguageOptions",
            "should be given with LanguageIdSettings, so the right dialect is identified",
            language_id_settings_match_language_options,
            severity="warning",
        )
        return
    listed = frozenset(options)  # a set, not the tuple: linear in settings and options
    for code in settings:
        if code not in listed:
            yield _violation(
                f"LanguageIdSettings[{_key(code)}]",
                f"is for {_key(code)}, which is not among LanguageOptions",
                language_id_settings_match_language_options,
            )


@request_rule(
    StartTranscriptionJobRequest, reads=("LanguageIdSettings",), only_with=("language_id_settings",)
)
def multiple_languages_have_no_custom_language_model(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """With IdentifyMultipleLanguages, no LanguageIdSettings[*].LanguageModelName.

    ``StartTranscriptionJobRequest.LanguageIdSettings``: "Note that multi-language
    identification (IdentifyMultipleLanguages) doesn't support custom language models."
    (ModelSettings under identification is caught by
    ``identification_takes_custom_models_per_language``.)
    """
    if request.identify_multiple_languages is not True or request.language_id_settings is None:
        return
    for code, settings in request.language_id_settings.items():
        if settings.language_model_name is not None:
            yield _violation(
                f"LanguageIdSettings[{_key(code)}].LanguageModelName",
                "is not supported with IdentifyMultipleLanguages: multi-language "
                "identification doesn't support custom language models",
                multiple_languages_have_no_custom_language_model,
            )


@request_rule(
    StartTranscriptionJobRequest,
    reads=("ModelSettings", "Settings"),
    only_with=("identify_language", "identify_multiple_languages"),
)
def identification_takes_custom_models_per_language(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """With language identification, custom names go per language in LanguageIdSettings.

    ``StartTranscriptionJobRequest.Settings``: "If you're using automatic language
    identification with your request and want to include a custom language model, a custom
    vocabulary, or a custom vocabulary filter, use instead the LanguageIdSettings parameter".
    ``ModelSettings``: "Only use ModelSettings with the LanguageModelName sub-parameter if you're
    not using automatic language identification".
    """
    if not _identifies_language(request):
        return
    advice = "with language identification, give it per language in LanguageIdSettings"
    if request.model_settings is not None:
        yield _violation(
            "ModelSettings",
            f"is not allowed {advice}",
            identification_takes_custom_models_per_language,
        )
    settings = request.settings
    if settings is not None and settings.vocabulary_name is not None:
        yield _violation(
            "Settings.VocabularyName",
            f"is not allowed {advice}",
            identification_takes_custom_models_per_language,
        )
    if settings is not None and settings.vocabulary_filter_name is not None:
        yield _violation(
            "Settings.VocabularyFilterName",
            f"is not allowed {advice}",
            identification_takes_custom_models_per_language,
        )


@request_rule(
    StartTranscriptionJobRequest, reads=("LanguageIdSettings",), only_with=("language_id_settings",)
)
def language_id_vocabulary_filter_needs_method(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """A per-language VocabularyFilterName needs Settings.VocabularyFilterMethod.

    ``LanguageIdSettings.VocabularyFilterName``: "Note that if you include VocabularyFilterName
    in your request, you must also include VocabularyFilterMethod." The method has one home,
    ``Settings``.
    """
    if request.language_id_settings is None:
        return
    if request.settings is not None and request.settings.vocabulary_filter_method is not None:
        return
    for code, settings in request.language_id_settings.items():
        if settings.vocabulary_filter_name is not None:
            yield _violation(
                f"LanguageIdSettings[{_key(code)}].VocabularyFilterName",
                "needs Settings.VocabularyFilterMethod",
                language_id_vocabulary_filter_needs_method,
            )


# --- StartTranscriptionJobRequest: output, media, tags -----------------------------------------


@request_rule(StartTranscriptionJobRequest, reads=("OutputKey",), only_with=("output_key",))
def output_key_needs_output_bucket_name(
    request: StartTranscriptionJobRequest,
) -> Iterator[Violation]:
    """OutputKey only with OutputBucketName.

    ``StartTranscriptionJobRequest.OutputKey``: "Use in combination with OutputBucketName to
    specify the output location of your transcript".
    """
    if request.output_key is not None and request.output_bucket_name is None:
        yield _violation("OutputKey", "needs OutputBucketName", output_key_needs_output_bucket_name)


@request_rule(StartTranscriptionJobRequest, reads=("Media",))
def no_redacted_media_in_request(request: StartTranscriptionJobRequest) -> Iterator[Violation]:
    """No Media.RedactedMediaFileUri in a transcription job request.

    ``Media.RedactedMediaFileUri``: "RedactedMediaFileUri produces a redacted audio file in
    addition to a redacted transcript. It is only supported for Call Analytics
    (StartCallAnalyticsJob) transcription requests."
    """
    if request.media.redacted_media_file_uri is not None:
        yield _violation(
            "Media.RedactedMediaFileUri",
            "is only supported for Call Analytics (StartCallAnalyticsJob) requests",
            no_redacted_media_in_request,
        )


@request_rule(StartTranscriptionJobRequest, reads=("Tags",), only_with=("tags",))
def tag_keys_are_distinct(request: StartTranscriptionJobRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``StartTranscriptionJobRequest.Tags``: "Adds one or more custom tags, each in the form of a
    key:value pair" to the job: a key names one value, so a repeated key is a mistake.
    """
    if request.tags is None:
        return
    seen: set[str] = set()
    for index, tag in enumerate(request.tags):
        if tag.key in seen:
            yield _violation(
                f"Tags[{index}].Key", f"repeats the tag key {tag.key!r}", tag_keys_are_distinct
            )
        seen.add(tag.key)


# --- Settings ----------------------------------------------------------------------------------


@request_rule(
    Settings, reads=("ShowSpeakerLabels", "MaxSpeakerLabels"), only_with=("show_speaker_labels",)
)
def speaker_labels_need_max_speaker_labels(settings: Settings) -> Iterator[Violation]:
    """ShowSpeakerLabels=true needs MaxSpeakerLabels.

    ``Settings.ShowSpeakerLabels``: "If you enable ShowSpeakerLabels in your request, you must
    also include MaxSpeakerLabels."
    """
    if settings.show_speaker_labels is True and settings.max_speaker_labels is None:
        yield _violation(
            "MaxSpeakerLabels",
            "is required when ShowSpeakerLabels is true",
            speaker_labels_need_max_speaker_labels,
        )


@request_rule(
    Settings, reads=("MaxSpeakerLabels", "ShowSpeakerLabels"), only_with=("max_speaker_labels",)
)
def max_speaker_labels_need_speaker_labels(settings: Settings) -> Iterator[Violation]:
    """MaxSpeakerLabels needs ShowSpeakerLabels=true.

    ``Settings.MaxSpeakerLabels``: "If you specify the MaxSpeakerLabels field, you must set the
    ShowSpeakerLabels field to true."
    """
    if settings.max_speaker_labels is not None and settings.show_speaker_labels is not True:
        yield _violation(
            "MaxSpeakerLabels",
            "needs ShowSpeakerLabels set to true",
            max_speaker_labels_need_speaker_labels,
        )


@request_rule(
    Settings, reads=("ShowAlternatives", "MaxAlternatives"), only_with=("show_alternatives",)
)
def alternatives_need_max_alternatives(settings: Settings) -> Iterator[Violation]:
    """ShowAlternatives=true needs MaxAlternatives.

    ``Settings.ShowAlternatives``: "If you include ShowAlternatives, you must also include
    MaxAlternatives".
    """
    if settings.show_alternatives is True and settings.max_alternatives is None:
        yield _violation(
            "MaxAlternatives",
            "is required when ShowAlternatives is true",
            alternatives_need_max_alternatives,
        )


@request_rule(
    Settings, reads=("MaxAlternatives", "ShowAlternatives"), only_with=("max_alternatives",)
)
def max_alternatives_need_alternatives(settings: Settings) -> Iterator[Violation]:
    """MaxAlternatives needs ShowAlternatives=true.

    ``Settings.MaxAlternatives``: "If you include MaxAlternatives in your request, you must also
    include ShowAlternatives with a value of true."
    """
    if settings.max_alternatives is not None and settings.show_alternatives is not True:
        yield _violation(
            "MaxAlternatives",
            "needs ShowAlternatives set to true",
            max_alternatives_need_alternatives,
        )


@request_rule(Settings, reads=("VocabularyFilterName",), only_with=("vocabulary_filter_name",))
def vocabulary_filter_name_needs_method(settings: Settings) -> Iterator[Violation]:
    """VocabularyFilterName needs VocabularyFilterMethod.

    ``Settings.VocabularyFilterName``: "Note that if you include VocabularyFilterName in your
    request, you must also include VocabularyFilterMethod."
    """
    if settings.vocabulary_filter_name is not None and settings.vocabulary_filter_method is None:
        yield _violation(
            "VocabularyFilterMethod",
            "is required when VocabularyFilterName is given",
            vocabulary_filter_name_needs_method,
        )


# --- Other request shapes ----------------------------------------------------------------------


@request_rule(ModelSettings, reads=("LanguageModelName",))
def model_settings_need_language_model_name(model_settings: ModelSettings) -> Iterator[Violation]:
    """ModelSettings carries LanguageModelName.

    ``StartTranscriptionJobRequest.ModelSettings``: "If you include ModelSettings in your
    request, you must include the LanguageModelName sub-parameter."
    """
    if model_settings.language_model_name is None:
        yield _violation(
            "LanguageModelName",
            "is required in ModelSettings",
            model_settings_need_language_model_name,
        )


@request_rule(JobExecutionSettings, reads=("AllowDeferredExecution", "DataAccessRoleArn"))
def deferred_execution_and_role_go_together(
    execution: JobExecutionSettings,
) -> Iterator[Violation]:
    """AllowDeferredExecution and DataAccessRoleArn each need the other.

    ``JobExecutionSettings.AllowDeferredExecution``: "If you include AllowDeferredExecution in
    your request, you must also include DataAccessRoleArn." ``DataAccessRoleArn``: "Note that if
    you include DataAccessRoleArn in your request, you must also include
    AllowDeferredExecution."
    """
    allow, role = execution.allow_deferred_execution, execution.data_access_role_arn
    if allow is None and role is None:
        # An empty JobExecutionSettings ({}) is neither: each member is required by the other's
        # documentation, so the empty form is refused too.
        for wire in ("AllowDeferredExecution", "DataAccessRoleArn"):
            yield _violation(
                wire,
                "is required in JobExecutionSettings: give AllowDeferredExecution and "
                "DataAccessRoleArn, or leave JobExecutionSettings out",
                deferred_execution_and_role_go_together,
            )
    if allow is not None and role is None:
        yield _violation(
            "DataAccessRoleArn",
            "is required when AllowDeferredExecution is given",
            deferred_execution_and_role_go_together,
        )
    if role is not None and allow is None:
        yield _violation(
            "AllowDeferredExecution",
            "is required when DataAccessRoleArn is given",
            deferred_execution_and_role_go_together,
        )


@request_rule(Subtitles, reads=("Formats",), only_with=("formats",))
def subtitle_formats_are_distinct(subtitles: Subtitles) -> Iterator[Violation]:
    """Each subtitle format at most once.

    ``Subtitles.Formats``: "if you select both WebVTT (vtt) and SubRip (srt) formats, two output
    files are generated": one file per format, so a repeated format is a mistake.
    """
    if subtitles.formats is None:
        return
    seen: set[str] = set()
    for index, subtitle_format in enumerate(subtitles.formats):
        if subtitle_format in seen:
            yield _violation(
                f"Formats[{index}]",
                f"repeats the format {subtitle_format.value}",
                subtitle_formats_are_distinct,
            )
        seen.add(subtitle_format)


# --- What the service sends --------------------------------------------------------------------


@response_check(
    TranscriptionJob,
    TranscriptionJobSummary,
    reads=("FailureReason",),
    only_with=("transcription_job_status",),
)
def failed_job_has_failure_reason(
    job: TranscriptionJob | TranscriptionJobSummary,
) -> Iterator[Violation]:
    """A FAILED job says why.

    ``TranscriptionJob.TranscriptionJobStatus``: "If the status is FAILED, FailureReason provides
    details on why your transcription job failed."
    """
    if job.transcription_job_status == TranscriptionJobStatus.FAILED and not job.failure_reason:
        yield _violation(
            "FailureReason", "is missing on a FAILED job", failed_job_has_failure_reason
        )


@response_check(TranscriptionJob, reads=("Transcript",), only_with=("transcription_job_status",))
def completed_job_has_transcript(job: TranscriptionJob) -> Iterator[Violation]:
    """A COMPLETED job says where its transcript is.

    ``TranscriptionJob.TranscriptionJobStatus``: "If the status is COMPLETED, the job is finished
    and you can find the results at the location specified in TranscriptFileUri (or
    RedactedTranscriptFileUri, if you requested transcript redaction)."
    """
    if job.transcription_job_status != TranscriptionJobStatus.COMPLETED:
        return
    transcript = job.transcript
    if transcript is None or (
        transcript.transcript_file_uri is None and transcript.redacted_transcript_file_uri is None
    ):
        yield _violation(
            "Transcript",
            "has neither TranscriptFileUri nor RedactedTranscriptFileUri on a COMPLETED job",
            completed_job_has_transcript,
        )


@response_check(TranscriptionJob, reads=("Subtitles",), only_with=("subtitles",))
def completed_job_has_subtitle_uris(job: TranscriptionJob) -> Iterator[Violation]:
    """A COMPLETED job with subtitles has one subtitle file URI per format.

    ``SubtitlesOutput.SubtitleFileUris``: "The Amazon S3 location of your transcript" subtitle
    files; ``Subtitles.Formats``: "if you select both WebVTT (vtt) and SubRip (srt) formats, two
    output files are generated."
    """
    subtitles = job.subtitles
    if job.transcription_job_status != TranscriptionJobStatus.COMPLETED or subtitles is None:
        return
    formats = len(subtitles.formats or ())
    uris = len(subtitles.subtitle_file_uris or ())
    if formats != uris:
        yield _violation(
            "Subtitles.SubtitleFileUris",
            f"holds {uris} URIs for {formats} formats on a COMPLETED job",
            completed_job_has_subtitle_uris,
        )


def _key(code: LanguageCode | str) -> str:
    return str.__str__(code)
