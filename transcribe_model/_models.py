"""The shapes of StartTranscriptionJob, GetTranscriptionJob, ListTranscriptionJobs and
DeleteTranscriptionJob as frozen, slotted, keyword-only attrs classes.

One class per structure shape of botocore's transcribe service model, named as the shape;
attributes named as ``botocore.xform_name`` names the member; required members have no default,
optional ones default to ``None``; lists are tuples and maps read-only mappings, so a model is
immutable and hashable all the way down. Wire names appear only in the docstrings here: the
converters map them.

Shapes sent by the service (TranscriptionJob, TranscriptionJobSummary and what only they hold)
accept anything type-correct when built, as the service's own output may break today's rules.
Every other shape is what a caller builds to send, and its construction runs every constraint
and rule, raising ``ValidationError`` with all violations found.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import attrs

from transcribe_model._base import WireModel
from transcribe_model._constraints import (
    DATA_ACCESS_ROLE_ARN,
    IDENTIFIED_LANGUAGE_SCORE,
    KMS_ENCRYPTION_CONTEXT_MAP,
    KMS_KEY_ID,
    LANGUAGE_CODE_LIST,
    LANGUAGE_ID_SETTINGS_MAP,
    LANGUAGE_OPTIONS,
    MAX_ALTERNATIVES,
    MAX_RESULTS,
    MAX_SPEAKERS,
    MEDIA_SAMPLE_RATE_HERTZ,
    MODEL_NAME,
    NEXT_TOKEN,
    OUTPUT_BUCKET_NAME,
    OUTPUT_KEY,
    PII_ENTITY_TYPES,
    SUBTITLE_FILE_URIS,
    SUBTITLE_FORMATS,
    SUBTITLE_OUTPUT_START_INDEX,
    TAG_KEY,
    TAG_LIST,
    TAG_VALUE,
    TOXICITY_CATEGORIES,
    TOXICITY_DETECTION,
    TRANSCRIPTION_JOB_NAME,
    TRANSCRIPTION_JOB_SUMMARIES,
    URI,
    VOCABULARY_FILTER_NAME,
    VOCABULARY_NAME,
    constrained,
)
from transcribe_model._enums import (
    LanguageCode,
    MediaFormat,
    OutputLocationType,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    SubtitleFormat,
    ToxicityCategory,
    TranscriptionJobStatus,
    VocabularyFilterMethod,
)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Media(WireModel):
    """Describes the Amazon S3 location of the media file you want to use in your request.

    Attributes:
        media_file_uri (``MediaFileUri``): The Amazon S3 location of the media file you want
            to transcribe. Constraint: 1..2000 characters, pattern
            ``(s3://|http(s*)://).+``.
        redacted_media_file_uri (``RedactedMediaFileUri``): The Amazon S3 location of the
            media file you want to redact. Constraint: 1..2000 characters, pattern
            ``(s3://|http(s*)://).+``.
    """

    media_file_uri: str | None = attrs.field(default=None, metadata=constrained(URI))
    redacted_media_file_uri: str | None = attrs.field(default=None, metadata=constrained(URI))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Settings(WireModel):
    """Allows additional optional settings in your request, including channel
    identification, alternative transcriptions, and speaker partitioning.

    Attributes:
        vocabulary_name (``VocabularyName``): The name of the custom vocabulary you want to
            use in your transcription job request. Constraint: 1..200 characters, pattern
            ``^[0-9a-zA-Z._-]+``.
        show_speaker_labels (``ShowSpeakerLabels``): Enables speaker partitioning
            (diarization) in your transcription output. Rules:
            speaker_labels_need_max_speaker_labels.
        max_speaker_labels (``MaxSpeakerLabels``): Specify the maximum number of speakers
            you want to partition in your media. Constraint: 2..30. Rules:
            max_speaker_labels_need_speaker_labels.
        channel_identification (``ChannelIdentification``): Enables channel identification
            in multi-channel audio.
        show_alternatives (``ShowAlternatives``): To include alternative transcriptions
            within your transcription output, include ShowAlternatives in your transcription
            request. Rules: alternatives_need_max_alternatives.
        max_alternatives (``MaxAlternatives``): Indicate the maximum number of alternative
            transcriptions you want Amazon Transcribe to include in your transcript.
            Constraint: 2..10. Rules: max_alternatives_need_alternatives.
        vocabulary_filter_name (``VocabularyFilterName``): The name of the custom vocabulary
            filter you want to use in your transcription job request. Constraint: 1..200
            characters, pattern ``^[0-9a-zA-Z._-]+``. Rules:
            vocabulary_filter_name_needs_method.
        vocabulary_filter_method (``VocabularyFilterMethod``): Specify how you want your
            custom vocabulary filter applied to your transcript. Constraint: one of
            ``VocabularyFilterMethod``.
    """

    vocabulary_name: str | None = attrs.field(default=None, metadata=constrained(VOCABULARY_NAME))
    show_speaker_labels: bool | None = None
    max_speaker_labels: int | None = attrs.field(default=None, metadata=constrained(MAX_SPEAKERS))
    channel_identification: bool | None = None
    show_alternatives: bool | None = None
    max_alternatives: int | None = attrs.field(default=None, metadata=constrained(MAX_ALTERNATIVES))
    vocabulary_filter_name: str | None = attrs.field(
        default=None, metadata=constrained(VOCABULARY_FILTER_NAME)
    )
    vocabulary_filter_method: VocabularyFilterMethod | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class ModelSettings(WireModel):
    """Provides the name of the custom language model that was included in the specified
    transcription job.

    Attributes:
        language_model_name (``LanguageModelName``): The name of the custom language model
            you want to use when processing your transcription job. Constraint: 1..200
            characters, pattern ``^[0-9a-zA-Z._-]+``. Rules:
            model_settings_need_language_model_name.
    """

    language_model_name: str | None = attrs.field(default=None, metadata=constrained(MODEL_NAME))


@attrs.frozen(kw_only=True, weakref_slot=False)
class JobExecutionSettings(WireModel):
    """Makes it possible to control how your transcription job is processed.

    Attributes:
        allow_deferred_execution (``AllowDeferredExecution``): Makes it possible to enable
            job queuing when your concurrent request limit is exceeded. Rules:
            deferred_execution_and_role_go_together.
        data_access_role_arn (``DataAccessRoleArn``): The Amazon Resource Name (ARN) of an
            IAM role that has permissions to access the Amazon S3 bucket that contains your
            input files. Constraint: 20..2048 characters, pattern ``^arn:(aws|aws-cn|aws-us-
            gov|aws-
            iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$``.
            Rules: deferred_execution_and_role_go_together.
    """

    allow_deferred_execution: bool | None = None
    data_access_role_arn: str | None = attrs.field(
        default=None, metadata=constrained(DATA_ACCESS_ROLE_ARN)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class ContentRedaction(WireModel):
    """Makes it possible to redact specified personally identifiable information (PII) in
    your transcript.

    Attributes:
        redaction_type (``RedactionType``, required): Specify the category of information
            you want to redact; PII (personally identifiable information) is the only valid
            value. Constraint: one of ``RedactionType``.
        redaction_output (``RedactionOutput``, required): Specify if you want only a
            redacted transcript, or if you want a redacted and an unredacted transcript.
            Constraint: one of ``RedactionOutput``.
        pii_entity_types (``PiiEntityTypes``): Specify which types of personally
            identifiable information (PII) you want to redact in your transcript.
            Constraint: 0..29 items, items from ``PiiEntityType``. Rules:
            pii_entity_types_are_all_or_distinct.
    """

    redaction_type: RedactionType
    redaction_output: RedactionOutput
    pii_entity_types: tuple[PiiEntityType, ...] | None = attrs.field(
        default=None, metadata=constrained(PII_ENTITY_TYPES)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Subtitles(WireModel):
    """Generate subtitles for your media file with your transcription request.

    Attributes:
        formats (``Formats``): Specify the output format for your subtitle file; if you
            select both WebVTT ( vtt ) and SubRip ( srt ) formats, two output files are
            generated. Constraint: items from ``SubtitleFormat``. Rules:
            subtitle_formats_are_distinct.
        output_start_index (``OutputStartIndex``): Specify the starting value that is
            assigned to the first subtitle segment. Constraint: 0..1.
    """

    formats: tuple[SubtitleFormat, ...] | None = attrs.field(
        default=None, metadata=constrained(SUBTITLE_FORMATS)
    )
    output_start_index: int | None = attrs.field(
        default=None, metadata=constrained(SUBTITLE_OUTPUT_START_INDEX)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class SubtitlesOutput(WireModel):
    """Provides information about your subtitle file, including format, start index, and
    Amazon S3 location.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        formats (``Formats``): Provides the format of your subtitle files. Constraint: items
            from ``SubtitleFormat``.
        subtitle_file_uris (``SubtitleFileUris``): The Amazon S3 location of your
            transcript. Constraint: any number of items, each 1..2000 characters, pattern
            ``(s3://|http(s*)://).+``. Rules: completed_job_has_subtitle_uris (response check).
        output_start_index (``OutputStartIndex``): Provides the start index value for your
            subtitle files. Constraint: 0..1.
    """

    formats: tuple[SubtitleFormat, ...] | None = attrs.field(
        default=None, metadata=constrained(SUBTITLE_FORMATS)
    )
    subtitle_file_uris: tuple[str, ...] | None = attrs.field(
        default=None, metadata=constrained(SUBTITLE_FILE_URIS)
    )
    output_start_index: int | None = attrs.field(
        default=None, metadata=constrained(SUBTITLE_OUTPUT_START_INDEX)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Tag(WireModel):
    """Adds metadata, in the form of a key:value pair, to the specified resource.

    Attributes:
        key (``Key``, required): The first part of a key:value pair that forms a tag
            associated with a given resource. Constraint: 1..128 characters.
        value (``Value``, required): The second part of a key:value pair that forms a tag
            associated with a given resource. Constraint: 0..256 characters.
    """

    key: str = attrs.field(metadata=constrained(TAG_KEY))
    value: str = attrs.field(metadata=constrained(TAG_VALUE))


@attrs.frozen(kw_only=True, weakref_slot=False)
class LanguageIdSettings(WireModel):
    """If using automatic language identification in your request and you want to apply a
    custom language model, a custom vocabulary, or a custom vocabulary filter, include
    LanguageIdSettings with the relevant sub-parameters ( VocabularyName , LanguageModelName
    , and VocabularyFilterName ).

    Attributes:
        vocabulary_name (``VocabularyName``): The name of the custom vocabulary you want to
            use when processing your transcription job. Constraint: 1..200 characters,
            pattern ``^[0-9a-zA-Z._-]+``.
        vocabulary_filter_name (``VocabularyFilterName``): The name of the custom vocabulary
            filter you want to use when processing your transcription job. Constraint:
            1..200 characters, pattern ``^[0-9a-zA-Z._-]+``.
        language_model_name (``LanguageModelName``): The name of the custom language model
            you want to use when processing your transcription job. Constraint: 1..200
            characters, pattern ``^[0-9a-zA-Z._-]+``.
    """

    vocabulary_name: str | None = attrs.field(default=None, metadata=constrained(VOCABULARY_NAME))
    vocabulary_filter_name: str | None = attrs.field(
        default=None, metadata=constrained(VOCABULARY_FILTER_NAME)
    )
    language_model_name: str | None = attrs.field(default=None, metadata=constrained(MODEL_NAME))


@attrs.frozen(kw_only=True, weakref_slot=False)
class ToxicityDetectionSettings(WireModel):
    """Contains ToxicityCategories , which is a required parameter if you want to enable
    toxicity detection ( ToxicityDetection ) in your transcription request.

    Attributes:
        toxicity_categories (``ToxicityCategories``, required): If you include
            ToxicityDetection in your transcription request, you must also include
            ToxicityCategories . Constraint: 1..1 items, items from ``ToxicityCategory``.
    """

    toxicity_categories: tuple[ToxicityCategory, ...] = attrs.field(
        metadata=constrained(TOXICITY_CATEGORIES)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Transcript(WireModel):
    """Provides you with the Amazon S3 URI you can use to access your transcript.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        transcript_file_uri (``TranscriptFileUri``): The Amazon S3 location of your
            transcript. Constraint: 1..2000 characters, pattern ``(s3://|http(s*)://).+``.
        redacted_transcript_file_uri (``RedactedTranscriptFileUri``): The Amazon S3 location
            of your redacted transcript. Constraint: 1..2000 characters, pattern
            ``(s3://|http(s*)://).+``.
    """

    transcript_file_uri: str | None = attrs.field(default=None, metadata=constrained(URI))
    redacted_transcript_file_uri: str | None = attrs.field(default=None, metadata=constrained(URI))


@attrs.frozen(kw_only=True, weakref_slot=False)
class LanguageCodeItem(WireModel):
    """Provides information on the speech contained in a discreet utterance when multi-
    language identification is enabled in your request.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        language_code (``LanguageCode``): Provides the language code for each language
            identified in your media. Constraint: one of ``LanguageCode``.
        duration_in_seconds (``DurationInSeconds``): Provides the total time, in seconds,
            each identified language is spoken in your media.
    """

    language_code: LanguageCode | None = None
    duration_in_seconds: float | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class TranscriptionJob(WireModel):
    """Provides detailed information about a transcription job.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        transcription_job_name (``TranscriptionJobName``): The name of the transcription
            job. Constraint: 1..200 characters, pattern ``^[0-9a-zA-Z._-]+``.
        transcription_job_status (``TranscriptionJobStatus``): Provides the status of the
            specified transcription job. Constraint: one of ``TranscriptionJobStatus``.
        language_code (``LanguageCode``): The language code used to create your
            transcription job. Constraint: one of ``LanguageCode``.
        media_sample_rate_hertz (``MediaSampleRateHertz``): The sample rate, in hertz, of
            the audio track in your input media file. Constraint: 8000..48000.
        media_format (``MediaFormat``): The format of the input media file. Constraint: one
            of ``MediaFormat``.
        media (``Media``): Provides the Amazon S3 location of the media file you used in
            your request.
        transcript (``Transcript``): Provides you with the Amazon S3 URI you can use to
            access your transcript. Rules: completed_job_has_transcript (response check).
        start_time (``StartTime``): The date and time the specified transcription job began
            processing.
        creation_time (``CreationTime``): The date and time the specified transcription job
            request was made.
        completion_time (``CompletionTime``): The date and time the specified transcription
            job finished processing.
        failure_reason (``FailureReason``): If TranscriptionJobStatus is FAILED ,
            FailureReason contains information about why the transcription job request
            failed. Rules: failed_job_has_failure_reason (response check).
        settings (``Settings``): Provides information on any additional settings that were
            included in your request.
        model_settings (``ModelSettings``): Provides information on the custom language
            model you included in your request.
        job_execution_settings (``JobExecutionSettings``): Provides information about how
            your transcription job was processed.
        content_redaction (``ContentRedaction``): Indicates whether redaction was enabled in
            your transcript.
        identify_language (``IdentifyLanguage``): Indicates whether automatic language
            identification was enabled ( TRUE ) for the specified transcription job.
        identify_multiple_languages (``IdentifyMultipleLanguages``): Indicates whether
            automatic multi-language identification was enabled ( TRUE ) for the specified
            transcription job.
        language_options (``LanguageOptions``): Provides the language codes you specified in
            your request. Constraint: 1.. items, items from ``LanguageCode``.
        identified_language_score (``IdentifiedLanguageScore``): The confidence score
            associated with the language identified in your media file. Constraint: 0..1 (from
            its documentation; the model declares no bound).
        language_codes (``LanguageCodes``): The language codes used to create your
            transcription job. Constraint: any number of items.
        tags (``Tags``): The tags, each in the form of a key:value pair, assigned to the
            specified transcription job. Constraint: 1..200 items.
        subtitles (``Subtitles``): Indicates whether subtitles were generated with your
            transcription. Rules: completed_job_has_subtitle_uris (response check).
        language_id_settings (``LanguageIdSettings``): Provides the name and language of all
            custom language models, custom vocabularies, and custom vocabulary filters that
            you included in your request. Constraint: 1..5 items.
        toxicity_detection (``ToxicityDetection``): Provides information about the toxicity
            detection settings applied to your transcription. Constraint: 1..1 items.
    """

    transcription_job_name: str | None = attrs.field(
        default=None, metadata=constrained(TRANSCRIPTION_JOB_NAME)
    )
    transcription_job_status: TranscriptionJobStatus | None = None
    language_code: LanguageCode | None = None
    media_sample_rate_hertz: int | None = attrs.field(
        default=None, metadata=constrained(MEDIA_SAMPLE_RATE_HERTZ)
    )
    media_format: MediaFormat | None = None
    media: Media | None = None
    transcript: Transcript | None = None
    start_time: datetime | None = None
    creation_time: datetime | None = None
    completion_time: datetime | None = None
    failure_reason: str | None = None
    settings: Settings | None = None
    model_settings: ModelSettings | None = None
    job_execution_settings: JobExecutionSettings | None = None
    content_redaction: ContentRedaction | None = None
    identify_language: bool | None = None
    identify_multiple_languages: bool | None = None
    language_options: tuple[LanguageCode, ...] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_OPTIONS)
    )
    identified_language_score: float | None = attrs.field(
        default=None, metadata=constrained(IDENTIFIED_LANGUAGE_SCORE)
    )
    language_codes: tuple[LanguageCodeItem, ...] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_CODE_LIST)
    )
    tags: tuple[Tag, ...] | None = attrs.field(default=None, metadata=constrained(TAG_LIST))
    subtitles: SubtitlesOutput | None = None
    language_id_settings: Mapping[LanguageCode, LanguageIdSettings] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_ID_SETTINGS_MAP)
    )
    toxicity_detection: tuple[ToxicityDetectionSettings, ...] | None = attrs.field(
        default=None, metadata=constrained(TOXICITY_DETECTION)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class TranscriptionJobSummary(WireModel):
    """Provides detailed information about a specific transcription job.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        transcription_job_name (``TranscriptionJobName``): The name of the transcription
            job. Constraint: 1..200 characters, pattern ``^[0-9a-zA-Z._-]+``.
        creation_time (``CreationTime``): The date and time the specified transcription job
            request was made.
        start_time (``StartTime``): The date and time your transcription job began
            processing.
        completion_time (``CompletionTime``): The date and time the specified transcription
            job finished processing.
        language_code (``LanguageCode``): The language code used to create your
            transcription. Constraint: one of ``LanguageCode``.
        transcription_job_status (``TranscriptionJobStatus``): Provides the status of your
            transcription job. Constraint: one of ``TranscriptionJobStatus``.
        failure_reason (``FailureReason``): If TranscriptionJobStatus is FAILED ,
            FailureReason contains information about why the transcription job failed.
            Rules: failed_job_has_failure_reason (response check).
        output_location_type (``OutputLocationType``): Indicates where the specified
            transcription output is stored. Constraint: one of ``OutputLocationType``.
        content_redaction (``ContentRedaction``): The content redaction settings of the
            transcription job.
        model_settings (``ModelSettings``): Provides the name of the custom language model
            that was included in the specified transcription job.
        identify_language (``IdentifyLanguage``): Indicates whether automatic language
            identification was enabled ( TRUE ) for the specified transcription job.
        identify_multiple_languages (``IdentifyMultipleLanguages``): Indicates whether
            automatic multi-language identification was enabled ( TRUE ) for the specified
            transcription job.
        identified_language_score (``IdentifiedLanguageScore``): The confidence score
            associated with the language identified in your media file. Constraint: 0..1 (from
            its documentation; the model declares no bound).
        language_codes (``LanguageCodes``): The language codes used to create your
            transcription job. Constraint: any number of items.
        toxicity_detection (``ToxicityDetection``): Indicates whether toxicity detection was
            enabled for the specified transcription job. Constraint: 1..1 items.
    """

    transcription_job_name: str | None = attrs.field(
        default=None, metadata=constrained(TRANSCRIPTION_JOB_NAME)
    )
    creation_time: datetime | None = None
    start_time: datetime | None = None
    completion_time: datetime | None = None
    language_code: LanguageCode | None = None
    transcription_job_status: TranscriptionJobStatus | None = None
    failure_reason: str | None = None
    output_location_type: OutputLocationType | None = None
    content_redaction: ContentRedaction | None = None
    model_settings: ModelSettings | None = None
    identify_language: bool | None = None
    identify_multiple_languages: bool | None = None
    identified_language_score: float | None = attrs.field(
        default=None, metadata=constrained(IDENTIFIED_LANGUAGE_SCORE)
    )
    language_codes: tuple[LanguageCodeItem, ...] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_CODE_LIST)
    )
    toxicity_detection: tuple[ToxicityDetectionSettings, ...] | None = attrs.field(
        default=None, metadata=constrained(TOXICITY_DETECTION)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class StartTranscriptionJobRequest(WireModel):
    r"""The ``StartTranscriptionJobRequest`` shape of the StartTranscriptionJob operation.

    Attributes:
        transcription_job_name (``TranscriptionJobName``, required): A unique name, chosen
            by you, for your transcription job. Constraint: 1..200 characters, pattern
            ``^[0-9a-zA-Z._-]+``.
        language_code (``LanguageCode``): The language code that represents the language
            spoken in the input media file. Constraint: one of ``LanguageCode``. Rules:
            one_language_source.
        media_sample_rate_hertz (``MediaSampleRateHertz``): The sample rate, in hertz, of
            the audio track in your input media file. Constraint: 8000..48000.
        media_format (``MediaFormat``): Specify the format of your input media file.
            Constraint: one of ``MediaFormat``.
        media (``Media``, required): Describes the Amazon S3 location of the media file you
            want to use in your request. Rules: no_redacted_media_in_request.
        output_bucket_name (``OutputBucketName``): The name of the Amazon S3 bucket where
            you want your transcription output stored. Constraint: 0..64 characters, pattern
            ``[a-z0-9][\.\-a-z0-9]{1,61}[a-z0-9]``.
        output_key (``OutputKey``): Use in combination with OutputBucketName to specify the
            output location of your transcript and, optionally, a unique name for your
            output file. Constraint: 1..1024 characters, pattern
            ``[a-zA-Z0-9-_.!*'()/]{1,1024}$``. Rules: output_key_needs_output_bucket_name.
        output_encryption_kms_key_id (``OutputEncryptionKMSKeyId``): The Amazon Resource
            Name (ARN) of a KMS key that you want to use to encrypt your transcription
            output. Constraint: 1..2048 characters, pattern
            ``^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$``.
        kms_encryption_context (``KMSEncryptionContext``): A map of plain text, non-secret
            key:value pairs, known as encryption context pairs, that provide an added layer
            of security for your data. Constraint: 1..10 items.
        settings (``Settings``): Specify additional optional settings in your request,
            including channel identification, alternative transcriptions, speaker
            partitioning. Rules: identification_takes_custom_models_per_language,
            language_id_vocabulary_filter_needs_method.
        model_settings (``ModelSettings``): Specify the custom language model you want to
            include with your transcription job. Rules:
            identification_takes_custom_models_per_language.
        job_execution_settings (``JobExecutionSettings``): Makes it possible to control how
            your transcription job is processed.
        content_redaction (``ContentRedaction``): Makes it possible to redact specified
            personally identifiable information (PII) in your transcript.
        identify_language (``IdentifyLanguage``): Enables automatic language identification
            in your transcription job request. Rules: one_language_source.
        identify_multiple_languages (``IdentifyMultipleLanguages``): Enables automatic
            multi-language identification in your transcription job request. Rules:
            one_language_source, multiple_languages_have_no_custom_language_model.
        language_options (``LanguageOptions``): You can specify two or more language codes
            that represent the languages you think may be present in your media. Constraint:
            1.. items, items from ``LanguageCode``. Rules:
            language_options_need_identification, language_options_are_distinct.
        subtitles (``Subtitles``): Produces subtitle files for your input media.
        tags (``Tags``): Adds one or more custom tags, each in the form of a key:value pair,
            to a new transcription job at the time you start this new job. Constraint:
            1..200 items. Rules: tag_keys_are_distinct.
        language_id_settings (``LanguageIdSettings``): If using automatic language
            identification in your request and you want to apply a custom language model, a
            custom vocabulary, or a custom vocabulary filter, include LanguageIdSettings
            with the relevant sub-parameters ( VocabularyName , LanguageModelName , and
            VocabularyFilterName ). Constraint: 1..5 items. Rules:
            language_id_settings_need_identification,
            language_id_settings_match_language_options,
            multiple_languages_have_no_custom_language_model,
            language_id_vocabulary_filter_needs_method.
        toxicity_detection (``ToxicityDetection``): Enables toxic speech detection in your
            transcript. Constraint: 1..1 items.
    """

    transcription_job_name: str = attrs.field(metadata=constrained(TRANSCRIPTION_JOB_NAME))
    language_code: LanguageCode | None = None
    media_sample_rate_hertz: int | None = attrs.field(
        default=None, metadata=constrained(MEDIA_SAMPLE_RATE_HERTZ)
    )
    media_format: MediaFormat | None = None
    media: Media
    output_bucket_name: str | None = attrs.field(
        default=None, metadata=constrained(OUTPUT_BUCKET_NAME)
    )
    output_key: str | None = attrs.field(default=None, metadata=constrained(OUTPUT_KEY))
    output_encryption_kms_key_id: str | None = attrs.field(
        default=None, metadata=constrained(KMS_KEY_ID)
    )
    kms_encryption_context: Mapping[str, str] | None = attrs.field(
        default=None, metadata=constrained(KMS_ENCRYPTION_CONTEXT_MAP)
    )
    settings: Settings | None = None
    model_settings: ModelSettings | None = None
    job_execution_settings: JobExecutionSettings | None = None
    content_redaction: ContentRedaction | None = None
    identify_language: bool | None = None
    identify_multiple_languages: bool | None = None
    language_options: tuple[LanguageCode, ...] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_OPTIONS)
    )
    subtitles: Subtitles | None = None
    tags: tuple[Tag, ...] | None = attrs.field(default=None, metadata=constrained(TAG_LIST))
    language_id_settings: Mapping[LanguageCode, LanguageIdSettings] | None = attrs.field(
        default=None, metadata=constrained(LANGUAGE_ID_SETTINGS_MAP)
    )
    toxicity_detection: tuple[ToxicityDetectionSettings, ...] | None = attrs.field(
        default=None, metadata=constrained(TOXICITY_DETECTION)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class StartTranscriptionJobResponse(WireModel):
    """The ``StartTranscriptionJobResponse`` shape of the StartTranscriptionJob operation.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        transcription_job (``TranscriptionJob``): Provides detailed information about the
            current transcription job, including job status and, if applicable, failure
            reason.
    """

    transcription_job: TranscriptionJob | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class GetTranscriptionJobRequest(WireModel):
    """The ``GetTranscriptionJobRequest`` shape of the GetTranscriptionJob operation.

    Attributes:
        transcription_job_name (``TranscriptionJobName``, required): The name of the
            transcription job you want information about. Constraint: 1..200 characters,
            pattern ``^[0-9a-zA-Z._-]+``.
    """

    transcription_job_name: str = attrs.field(metadata=constrained(TRANSCRIPTION_JOB_NAME))


@attrs.frozen(kw_only=True, weakref_slot=False)
class GetTranscriptionJobResponse(WireModel):
    """The ``GetTranscriptionJobResponse`` shape of the GetTranscriptionJob operation.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        transcription_job (``TranscriptionJob``): Provides detailed information about the
            specified transcription job, including job status and, if applicable, failure
            reason.
    """

    transcription_job: TranscriptionJob | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class ListTranscriptionJobsRequest(WireModel):
    """The ``ListTranscriptionJobsRequest`` shape of the ListTranscriptionJobs operation.

    Attributes:
        status (``Status``): Returns only transcription jobs with the specified status.
            Constraint: one of ``TranscriptionJobStatus``.
        job_name_contains (``JobNameContains``): Returns only the transcription jobs that
            contain the specified string. Constraint: 1..200 characters, pattern
            ``^[0-9a-zA-Z._-]+``.
        next_token (``NextToken``): If your ListTranscriptionJobs request returns more
            results than can be displayed, NextToken is displayed in the response with an
            associated string. Constraint: 0..8192 characters, pattern ``.+``.
        max_results (``MaxResults``): The maximum number of transcription jobs to return in
            each page of results. Constraint: 1..100.
    """

    status: TranscriptionJobStatus | None = None
    job_name_contains: str | None = attrs.field(
        default=None, metadata=constrained(TRANSCRIPTION_JOB_NAME)
    )
    next_token: str | None = attrs.field(default=None, metadata=constrained(NEXT_TOKEN))
    max_results: int | None = attrs.field(default=None, metadata=constrained(MAX_RESULTS))


@attrs.frozen(kw_only=True, weakref_slot=False)
class ListTranscriptionJobsResponse(WireModel):
    """The ``ListTranscriptionJobsResponse`` shape of the ListTranscriptionJobs operation.

    Sent by the service: parsing it never fails on a constraint, a rule, or a value or
    member newer than the library; ``check()`` reports what it finds.

    Attributes:
        status (``Status``): Lists all transcription jobs that have the status specified in
            your request. Constraint: one of ``TranscriptionJobStatus``.
        next_token (``NextToken``): If NextToken is present in your response, it indicates
            that not all results are displayed. Constraint: 0..8192 characters, pattern
            ``.+``.
        transcription_job_summaries (``TranscriptionJobSummaries``): Provides a summary of
            information about each result. Constraint: any number of items.
    """

    status: TranscriptionJobStatus | None = None
    next_token: str | None = attrs.field(default=None, metadata=constrained(NEXT_TOKEN))
    transcription_job_summaries: tuple[TranscriptionJobSummary, ...] | None = attrs.field(
        default=None, metadata=constrained(TRANSCRIPTION_JOB_SUMMARIES)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class DeleteTranscriptionJobRequest(WireModel):
    """The ``DeleteTranscriptionJobRequest`` shape of the DeleteTranscriptionJob operation.

    Attributes:
        transcription_job_name (``TranscriptionJobName``, required): The name of the
            transcription job you want to delete. Constraint: 1..200 characters, pattern
            ``^[0-9a-zA-Z._-]+``.
    """

    transcription_job_name: str = attrs.field(metadata=constrained(TRANSCRIPTION_JOB_NAME))
