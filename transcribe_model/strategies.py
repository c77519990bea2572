"""Hypothesis strategies for every model and enum of transcribe_model.

Needs the ``hypothesis`` extra (``pip install 'transcribe-model[hypothesis]'``). Once the
package is installed, Hypothesis loads these through its ``hypothesis`` entry point, so
``st.from_type(transcribe_model.TranscriptionJob)`` works without importing this module;
importing it registers them too.

    >>> from hypothesis import given, strategies as st
    >>> import transcribe_model
    >>> @given(st.from_type(transcribe_model.StartTranscriptionJobRequest))
    ... def test_my_client_sends_any_valid_request(request): ...

What you get:

- **A strategy per model**, named after it (``transcription_jobs()``,
  ``start_transcription_job_requests()``, ``settings()``, ...), and ``from_model(cls)`` for any
  of them. Every value is valid: a request keeps every constraint and every rule of
  ``transcribe_model._rules`` by construction (the language mode is chosen first, then the
  members it allows); a response is what the service reports for a valid request in some
  status, and ``check()`` finds nothing wrong with it. Values are realistic (job names, S3
  URIs, IAM role ARNs, KMS key ids, tags) and reach the edges: the shortest and longest value
  of every string, both bounds of every range and count, every enum member, every
  combination of optional members the rules allow.
- **Keyword overrides per field**, like ``hypothesis.extra.django.from_model``: a strategy or a
  plain value. The members that depend on an overridden one follow it:
  ``settings(show_speaker_labels=True)`` draws a MaxSpeakerLabels too,
  ``start_transcription_job_requests(identify_language=True)`` draws only what language
  identification allows,
  ``transcription_jobs(transcription_job_status=TranscriptionJobStatus.COMPLETED)`` a job with
  its transcript. Overrides no rule allows together are rejected.
- **A strategy per enum** (``language_codes()``, ...) and ``from_enum(cls)``: every member
  this version knows; ``newer_enum_values(cls)`` for strings a newer service may send.
- **Invalid requests on purpose**: ``invalid_requests()`` draws ``(rule name, request dict)``
  pairs, each dict breaking exactly that rule of ``REQUEST_RULE_NAMES``, for testing that your
  code surfaces a ``ValidationError`` naming it.
- **What the service sends**: ``response_dicts(cls)`` draws botocore-shaped dicts of a response
  shape, with what a request may not hold (``"Transcript": {}`` while in progress, unknown enum
  values and members, values beyond today's bounds, ``ResponseMetadata``), for the liberal
  parsing path of ``transcribe_model.structure``.
- **Transcripts**: ``transcript_documents()`` draws consistent ``TranscriptDocument`` values (see
  ``transcribe_model.transcript``) for property tests of code that reads what a job wrote.

Naming: ``settings()`` shares its name with ``hypothesis.settings``; import this module as a
whole (``from transcribe_model import strategies as tms``) rather than that name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from transcribe_model import _strategies_families as _families
from transcribe_model import _strategies_models as _models
from transcribe_model import _strategies_rule_shapes as _strategies_rule_shapes  # adds builders
from transcribe_model import _strategies_values as _values
from transcribe_model import _strategies_wire as _wire
from transcribe_model._base import WireModel
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
    WireEnum,
)
from transcribe_model._models import (
    ContentRedaction,
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    JobExecutionSettings,
    LanguageCodeItem,
    LanguageIdSettings,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    Media,
    ModelSettings,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    Subtitles,
    SubtitlesOutput,
    Tag,
    ToxicityDetectionSettings,
    Transcript,
    TranscriptionJob,
    TranscriptionJobSummary,
)
from transcribe_model._spec import all_enums, all_shapes
from transcribe_model.transcript._strategies import transcript_documents

__all__ = [
    "REQUEST_RULE_NAMES",
    "aware_datetimes",
    "content_redactions",
    "delete_transcription_job_requests",
    "from_enum",
    "from_model",
    "get_transcription_job_requests",
    "get_transcription_job_responses",
    "invalid_requests",
    "job_execution_settings",
    "language_code_items",
    "language_codes",
    "language_id_settings",
    "list_transcription_jobs_requests",
    "list_transcription_jobs_responses",
    "media",
    "media_formats",
    "member_values",
    "model_settings",
    "newer_enum_values",
    "output_location_types",
    "pii_entity_types",
    "redaction_outputs",
    "redaction_types",
    "response_dicts",
    "settings",
    "start_transcription_job_requests",
    "start_transcription_job_responses",
    "subtitle_formats",
    "subtitles",
    "subtitles_outputs",
    "tags",
    "toxicity_categories",
    "toxicity_detection_settings",
    "transcript_documents",
    "transcription_job_statuses",
    "transcription_job_summaries",
    "transcription_jobs",
    "transcripts",
    "vocabulary_filter_methods",
]

M = TypeVar("M", bound=WireModel)
E = TypeVar("E", bound=WireEnum)

#: The name of every rule a StartTranscriptionJobRequest must keep (``_rules.REQUEST_RULES``,
#: the request's own and those of Settings, ModelSettings, JobExecutionSettings,
#: ContentRedaction and Subtitles), as ``invalid_requests`` takes and yields them.
REQUEST_RULE_NAMES: Final[tuple[str, ...]] = _wire.REQUEST_RULE_NAMES

# TranscribeAudio and the resource families draw their rule-bound shapes with their own builders.
_models.BUILDERS.update(_families.FAMILY_BUILDERS)


# --- any model, any enum -----------------------------------------------------------------------


def from_model(cls: type[M], /, **overrides: Any) -> SearchStrategy[M]:
    """Valid instances of the shape class ``cls``, with keyword overrides per field.

    Each override is a strategy or a plain value for the field of that (snake_case) name;
    ``None`` leaves the member out. The members that depend on an overridden one follow it.

    Raises:
        hypothesis.errors.InvalidArgument: ``cls`` is not a shape class, or has no field of an
            override's name.
    """
    return _models.from_model(cls, overrides)


def from_enum(cls: type[E]) -> SearchStrategy[E]:
    """Every member of the enum ``cls`` that this version of the library knows."""
    if not _is_enum_class(cls):
        raise InvalidArgument(f"{cls!r} is not a transcribe_model enum")
    return _models.enum_values(cls)


def _is_enum_class(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, WireEnum) and cls is not WireEnum


def newer_enum_values(cls: type[WireEnum]) -> SearchStrategy[str]:
    """Strings that are no value of ``cls`` today: what a newer service may send.

    ``cls.from_wire(value)`` makes them unknown pseudo-members; parsing a response keeps them.
    """
    if not _is_enum_class(cls):
        raise InvalidArgument(f"{cls!r} is not a transcribe_model enum")
    return _wire.newer_enum_values(cls)


def member_values(cls: type[WireModel], name: str) -> SearchStrategy[object]:
    """Values of the field ``name`` of ``cls`` on its own, as the model strategies draw them.

    Every value keeps the field's single-value constraint (length, pattern, range, count,
    enum) and reaches its edges; a rule across fields may still need other members beside it.

    Raises:
        hypothesis.errors.InvalidArgument: ``cls`` has no field ``name``.
    """
    return _models.member_values(cls, name)


def aware_datetimes() -> SearchStrategy[datetime]:
    """Timezone-aware datetimes from 2018 to 2035 at millisecond precision, as botocore makes.

    The zones are ``tzlocal()`` (what botocore attaches), UTC and fixed offsets; a time that
    its zone makes ambiguous or non-existent is given in UTC instead.
    """
    return _values.aware_datetimes()


# --- enums -------------------------------------------------------------------------------------


def language_codes() -> SearchStrategy[LanguageCode]:
    """Every ``LanguageCode``."""
    return from_enum(LanguageCode)


def media_formats() -> SearchStrategy[MediaFormat]:
    """Every ``MediaFormat``."""
    return from_enum(MediaFormat)


def vocabulary_filter_methods() -> SearchStrategy[VocabularyFilterMethod]:
    """Every ``VocabularyFilterMethod``."""
    return from_enum(VocabularyFilterMethod)


def redaction_types() -> SearchStrategy[RedactionType]:
    """Every ``RedactionType`` (``PII``)."""
    return from_enum(RedactionType)


def redaction_outputs() -> SearchStrategy[RedactionOutput]:
    """Every ``RedactionOutput``."""
    return from_enum(RedactionOutput)


def pii_entity_types() -> SearchStrategy[PiiEntityType]:
    """Every ``PiiEntityType``, ``ALL`` included."""
    return from_enum(PiiEntityType)


def subtitle_formats() -> SearchStrategy[SubtitleFormat]:
    """Every ``SubtitleFormat``."""
    return from_enum(SubtitleFormat)


def toxicity_categories() -> SearchStrategy[ToxicityCategory]:
    """Every ``ToxicityCategory`` (``ALL``)."""
    return from_enum(ToxicityCategory)


def transcription_job_statuses() -> SearchStrategy[TranscriptionJobStatus]:
    """Every ``TranscriptionJobStatus``."""
    return from_enum(TranscriptionJobStatus)


def output_location_types() -> SearchStrategy[OutputLocationType]:
    """Every ``OutputLocationType``."""
    return from_enum(OutputLocationType)


# --- request shapes ----------------------------------------------------------------------------


def start_transcription_job_requests(
    **overrides: Any,
) -> SearchStrategy[StartTranscriptionJobRequest]:
    """Valid StartTranscriptionJobRequests, keeping every rule by construction.

    The language mode comes first (LanguageCode, IdentifyLanguage or
    IdentifyMultipleLanguages, or the one the overrides imply), then only the members it
    allows: LanguageOptions and LanguageIdSettings (keyed among the options) with
    identification, ModelSettings and Settings' vocabulary names without it, no custom
    language model with IdentifyMultipleLanguages, a per-language filter only with
    Settings.VocabularyFilterMethod. OutputKey comes with OutputBucketName; Media carries no
    RedactedMediaFileUri; tag keys are distinct.
    """
    return from_model(StartTranscriptionJobRequest, **overrides)


def media(**overrides: Any) -> SearchStrategy[Media]:
    """Media: a media file URI nearly always, a redacted media URI sometimes.

    (Inside ``start_transcription_job_requests`` there is never a redacted one.)
    """
    return from_model(Media, **overrides)


def settings(**overrides: Any) -> SearchStrategy[Settings]:
    """Settings: each Show* flag absent, false, or true with its Max*; a filter with a method."""
    return from_model(Settings, **overrides)


def model_settings(**overrides: Any) -> SearchStrategy[ModelSettings]:
    """ModelSettings, always with a LanguageModelName."""
    return from_model(ModelSettings, **overrides)


def job_execution_settings(**overrides: Any) -> SearchStrategy[JobExecutionSettings]:
    """JobExecutionSettings: empty, or AllowDeferredExecution together with DataAccessRoleArn."""
    return from_model(JobExecutionSettings, **overrides)


def content_redactions(**overrides: Any) -> SearchStrategy[ContentRedaction]:
    """ContentRedaction: PII, either output, PiiEntityTypes absent, empty, ALL or distinct."""
    return from_model(ContentRedaction, **overrides)


def subtitles(**overrides: Any) -> SearchStrategy[Subtitles]:
    """Subtitles: distinct formats in any order, OutputStartIndex 0 or 1."""
    return from_model(Subtitles, **overrides)


def tags(**overrides: Any) -> SearchStrategy[Tag]:
    """A Tag (one key:value pair): keys of 1..128 characters, values of 0..256."""
    return from_model(Tag, **overrides)


def language_id_settings(**overrides: Any) -> SearchStrategy[LanguageIdSettings]:
    """LanguageIdSettings: any of a custom vocabulary, vocabulary filter and language model."""
    return from_model(LanguageIdSettings, **overrides)


def toxicity_detection_settings(**overrides: Any) -> SearchStrategy[ToxicityDetectionSettings]:
    """ToxicityDetectionSettings: the one category ``ALL``."""
    return from_model(ToxicityDetectionSettings, **overrides)


def get_transcription_job_requests(**overrides: Any) -> SearchStrategy[GetTranscriptionJobRequest]:
    """GetTranscriptionJobRequests: a job name."""
    return from_model(GetTranscriptionJobRequest, **overrides)


def list_transcription_jobs_requests(
    **overrides: Any,
) -> SearchStrategy[ListTranscriptionJobsRequest]:
    """ListTranscriptionJobsRequests: any of a status, a name part, a token, a page size."""
    return from_model(ListTranscriptionJobsRequest, **overrides)


def delete_transcription_job_requests(
    **overrides: Any,
) -> SearchStrategy[DeleteTranscriptionJobRequest]:
    """DeleteTranscriptionJobRequests: a job name."""
    return from_model(DeleteTranscriptionJobRequest, **overrides)


# --- response shapes ---------------------------------------------------------------------------


def transcription_jobs(**overrides: Any) -> SearchStrategy[TranscriptionJob]:
    """TranscriptionJobs as the service reports a valid request in some status.

    QUEUED has a creation time; IN_PROGRESS a start time and ``Transcript`` empty or absent;
    COMPLETED a completion time, transcript URIs (redacted ones with ContentRedaction), one
    subtitle URI per format, the identified language and its score; FAILED a FailureReason.
    Override ``transcription_job_status`` to pick the status.
    """
    return from_model(TranscriptionJob, **overrides)


def transcription_job_summaries(**overrides: Any) -> SearchStrategy[TranscriptionJobSummary]:
    """TranscriptionJobSummaries, as ListTranscriptionJobs reports a job in some status."""
    return from_model(TranscriptionJobSummary, **overrides)


def transcripts(**overrides: Any) -> SearchStrategy[Transcript]:
    """Transcripts: either, both or neither of the transcript URIs."""
    return from_model(Transcript, **overrides)


def subtitles_outputs(**overrides: Any) -> SearchStrategy[SubtitlesOutput]:
    """SubtitlesOutputs: distinct formats with one file URI per format, or none yet."""
    return from_model(SubtitlesOutput, **overrides)


def language_code_items(**overrides: Any) -> SearchStrategy[LanguageCodeItem]:
    """LanguageCodeItems: a language and how many seconds of it were spoken."""
    return from_model(LanguageCodeItem, **overrides)


def start_transcription_job_responses(
    **overrides: Any,
) -> SearchStrategy[StartTranscriptionJobResponse]:
    """StartTranscriptionJobResponses: the new job, QUEUED or IN_PROGRESS."""
    return from_model(StartTranscriptionJobResponse, **overrides)


def get_transcription_job_responses(
    **overrides: Any,
) -> SearchStrategy[GetTranscriptionJobResponse]:
    """GetTranscriptionJobResponses: a job in any status."""
    return from_model(GetTranscriptionJobResponse, **overrides)


def list_transcription_jobs_responses(
    **overrides: Any,
) -> SearchStrategy[ListTranscriptionJobsResponse]:
    """ListTranscriptionJobsResponses: summaries in the status listed, if one is."""
    return from_model(ListTranscriptionJobsResponse, **overrides)


# --- wire dicts --------------------------------------------------------------------------------


def invalid_requests(*rules: str) -> SearchStrategy[tuple[str, dict[str, Any]]]:
    """``(rule name, request dict)`` pairs, each dict breaking exactly that one rule.

    A model cannot be built invalid, so each request is a botocore-shaped dict (as passed to
    ``client.start_transcription_job(**request)``): a valid request, changed in the one way
    that breaks the rule and keeps every other rule and constraint. ``structure(request,
    StartTranscriptionJobRequest)`` raises a ``ValidationError`` whose violations all name that
    rule, at a path through the member the rule is about.

    Args:
        rules: Names from ``REQUEST_RULE_NAMES``; none means every rule.

    Raises:
        hypothesis.errors.InvalidArgument: A name is not a request rule.
    """
    return _wire.invalid_requests(rules)


def response_dicts(cls: type[WireModel], *, drift: bool = True) -> SearchStrategy[dict[str, Any]]:
    """Botocore-shaped dicts of the response shape ``cls``, as the service sends them.

    Timestamps are timezone-aware datetimes. With ``drift`` (the default) each dict may also
    hold what a request may not and a newer service may send: enum values and members newer
    than the library, values beyond today's bounds, flags echoed false,
    ``{"AllowDeferredExecution": false}``, a FAILED job without a reason, a COMPLETED one with
    ``"Transcript": {}``, and boto3's ``ResponseMetadata`` on a whole response. Every one
    structures with ``transcribe_model.structure(data, cls)`` and comes back unchanged from
    ``unstructure``. Without ``drift``, only what today's model allows.

    Raises:
        hypothesis.errors.InvalidArgument: ``cls`` is not a shape the service sends.
    """
    return _wire.response_dicts(cls, drift=drift)


# --- registration ------------------------------------------------------------------------------


def _register() -> None:
    """Make ``st.from_type`` draw from these strategies for every shape and enum."""
    for cls in all_shapes():
        st.register_type_strategy(cls, from_model(cls))
    for enum_cls in all_enums():
        st.register_type_strategy(enum_cls, from_enum(enum_cls))


_register()
