"""Strategies for every model: valid by construction, with keyword overrides per field.

Private to ``transcribe_model.strategies``, which documents the public functions.

How a model is drawn:

- Each field's values come from its constraint (``_spec.field_specs`` and the constraint in
  the field's metadata, drawn by ``_strategies_values``), or from a realistic generator where
  the field has one (media URIs, failure reasons).
- A shape with cross-field rules is drawn in the order its rules need: a
  ``StartTranscriptionJobRequest`` picks its language mode first (LanguageCode,
  IdentifyLanguage or IdentifyMultipleLanguages), then the members that mode allows; a
  ``Settings`` draws ShowSpeakerLabels and MaxSpeakerLabels as one choice. Nothing is filtered,
  so generation never throws draws away.
- A response shape (``TranscriptionJob`` and what lies under it) is drawn from a valid request
  and a job status, as the service would report that request: timestamps in order, a
  transcript URI once COMPLETED, a FailureReason once FAILED, the identified language, the
  flags the service fills in. ``check()`` finds nothing wrong with it.
- Overrides (a strategy or a plain value per field name) are drawn first, and the members that
  depend on them follow them: ``settings(show_speaker_labels=True)`` also draws a
  MaxSpeakerLabels, ``start_transcription_job_requests(identify_language=True)`` draws only
  what language identification allows. Overrides that no rule allows together are rejected
  (Hypothesis reports ``Unsatisfiable`` if nothing else is left).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final, TypeVar, cast

import attrs
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model import _job_constraints as c
from transcribe_model import _strategies_values as v
from transcribe_model._base import WireModel
from transcribe_model._constraints import Constraint, Count, Range, Text
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
from transcribe_model._errors import ValidationError
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
from transcribe_model._spec import (
    EnumT,
    MapT,
    ModelT,
    ScalarT,
    TupleT,
    TypeSpec,
    field_specs,
    is_response_shape,
    is_union,
)

T = TypeVar("T")
M = TypeVar("M", bound=WireModel)
E = TypeVar("E", bound=WireEnum)

Overrides = Mapping[str, SearchStrategy[Any]]
Builder = Callable[[Overrides], SearchStrategy[Any]]

#: The three ways a request can name its language; a valid request takes exactly one.
LANGUAGE_CODE: Final = "LanguageCode"
IDENTIFY_LANGUAGE: Final = "IdentifyLanguage"
IDENTIFY_MULTIPLE_LANGUAGES: Final = "IdentifyMultipleLanguages"
LANGUAGE_MODES: Final = (LANGUAGE_CODE, IDENTIFY_LANGUAGE, IDENTIFY_MULTIPLE_LANGUAGES)

ENUMS: Final[tuple[type[WireEnum], ...]] = (
    LanguageCode,
    MediaFormat,
    VocabularyFilterMethod,
    RedactionType,
    RedactionOutput,
    PiiEntityType,
    SubtitleFormat,
    ToxicityCategory,
    TranscriptionJobStatus,
    OutputLocationType,
)

SPECIFIC_PII_TYPES: Final = tuple(kind for kind in PiiEntityType if kind is not PiiEntityType.ALL)
ALL_STATUSES: Final = tuple(TranscriptionJobStatus)
STARTED_STATUSES: Final = (TranscriptionJobStatus.QUEUED, TranscriptionJobStatus.IN_PROGRESS)
FAILURE_REASONS: Final = (
    "The media format provided does not match the detected media format. Check the media "
    "format and resubmit the request.",
    "Invalid sample rate for audio file.",
    "The S3 location you provided is not accessible. Check the location and resubmit.",
    "Unsupported audio format.",
    "The media file is longer than the maximum duration of 4 hours.",
    "Amazon Transcribe could not identify the language spoken in your media.",
    "Internal failure",
)

#: A flag left out or false: how a request says "not this language mode".
FLAG_NOT_SET: Final = st.sampled_from((None, False))

_MAX_TAGS: Final = c.TAG_LIST.max or 1
_MAX_LANGUAGE_ID_SETTINGS: Final = c.LANGUAGE_ID_SETTINGS_MAP.max or 1
_RECOMMENDED_LANGUAGE_OPTIONS: Final = 5


# --- plumbing ----------------------------------------------------------------------------------


def normalize(cls: type[WireModel], overrides: Mapping[str, Any]) -> dict[str, SearchStrategy[Any]]:
    """Overrides as strategies, refusing a name that is not a field of ``cls``."""
    fields = [field.name for field in attrs.fields(cls)]
    unknown = sorted(set(overrides) - set(fields))
    if unknown:
        raise InvalidArgument(
            f"{cls.__name__} has no field {', '.join(unknown)}; its fields are {', '.join(fields)}"
        )
    return {
        name: value if isinstance(value, SearchStrategy) else st.just(value)
        for name, value in overrides.items()
    }


class Draws:
    """The overridden values of one draw, drawn first, and defaults for everything else."""

    def __init__(self, draw: DrawFn, overrides: Overrides) -> None:
        self.draw = draw
        self.given: dict[str, Any] = {name: draw(strategy) for name, strategy in overrides.items()}

    def has(self, name: str) -> bool:
        """Whether ``name`` was overridden."""
        return name in self.given

    def value(self, name: str, strategy: SearchStrategy[Any]) -> Any:
        """The overridden value of ``name``, else one drawn from ``strategy``."""
        if name in self.given:
            return self.given[name]
        return self.draw(strategy)

    def get(self, name: str, default: Callable[[], Any]) -> Any:
        """The overridden value of ``name``, else what ``default()`` makes."""
        if name in self.given:
            return self.given[name]
        return default()


def build(cls: type[M], values: Mapping[str, Any], draws: Draws) -> M:
    """``cls(**values)`` with the overrides on top; reject overrides that break a rule."""
    try:
        return cls(**{**values, **draws.given})
    except ValidationError:
        if draws.given and not is_response_shape(cls):
            reject()
        raise


def optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    """``strategy`` or an absent member."""
    return st.none() | strategy


@st.composite
def mostly(draw: DrawFn, strategy: SearchStrategy[T]) -> T | None:
    """``strategy`` five times in six, else an absent member."""
    if draw(st.integers(0, 5)) == 0:
        return None
    return draw(strategy)


def enum_values(cls: type[E]) -> SearchStrategy[E]:
    """Every member of ``cls`` this version of the library knows."""
    return st.sampled_from(list(cls))


def value_strategy(spec: TypeSpec, constraint: Constraint | None) -> SearchStrategy[Any]:
    """Values of one field, from its type and its constraint."""
    if isinstance(spec, EnumT):
        return enum_values(spec.cls)
    if isinstance(spec, ModelT):
        return builder_of(spec.cls)({})
    if isinstance(spec, TupleT):
        item = constraint.item if isinstance(constraint, Count) else None
        low = (constraint.min if isinstance(constraint, Count) else None) or 0
        high = constraint.max if isinstance(constraint, Count) else None
        high = min(high, low + 4) if high is not None else low + 4
        return st.lists(value_strategy(spec.item, item), min_size=low, max_size=high).map(tuple)
    if isinstance(spec, MapT):
        key = constraint.key if isinstance(constraint, Count) else None
        item = constraint.item if isinstance(constraint, Count) else None
        low = (constraint.min if isinstance(constraint, Count) else None) or 0
        high = constraint.max if isinstance(constraint, Count) else None
        high = min(high, low + 4) if high is not None else low + 4
        return st.dictionaries(
            value_strategy(spec.key, key),
            value_strategy(spec.value, item),
            min_size=low,
            max_size=high,
        )
    return _scalar_strategy(spec, constraint)


def _scalar_strategy(spec: ScalarT, constraint: Constraint | None) -> SearchStrategy[Any]:
    if spec.py is str:
        if isinstance(constraint, Text):
            return v.text_for(constraint)
        return st.sampled_from(FAILURE_REASONS) | st.text(v.TEXT_CHARS, min_size=1, max_size=80)
    if spec.py is bool:
        return st.booleans()
    if spec.py is int:
        return v.integers_for(constraint if isinstance(constraint, Range) else Range("Integer"))
    if spec.py is float:
        return v.floats_for(constraint if isinstance(constraint, Range) else Range("Double"))
    if spec.py is datetime:
        return v.aware_datetimes()
    if spec.py is bytes:
        return st.binary(min_size=1, max_size=64)
    raise TypeError(f"no strategy for {spec}")  # pragma: no cover


@st.composite
def generic(
    draw: DrawFn,
    cls: type[WireModel],
    overrides: Overrides,
    special: Mapping[str, SearchStrategy[Any]],
    as_is: frozenset[str],
) -> WireModel:
    """A ``cls`` whose fields are drawn independently: for shapes with no rule across them.

    A field's values come from ``special`` if it names the field, else from its type and
    constraint; an optional field is absent half the time, unless it is in ``as_is`` (then its
    ``special`` strategy decides).
    """
    draws = Draws(draw, overrides)
    values: dict[str, Any] = {}
    for spec in field_specs(cls):
        if spec.name in special:
            strategy = special[spec.name]
        else:
            strategy = value_strategy(spec.type, spec.constraint)
        if not spec.required and spec.name not in as_is:
            strategy = optional(strategy)
        values[spec.name] = draws.value(spec.name, strategy)
    return build(cls, values, draws)


@st.composite
def union(draw: DrawFn, cls: type[WireModel], overrides: Overrides) -> WireModel:
    """A union shape with exactly one member set: the overridden one, or one drawn."""
    draws = Draws(draw, overrides)
    specs = field_specs(cls)
    given = [spec for spec in specs if draws.given.get(spec.name) is not None]
    chosen = given[0] if given else draw(st.sampled_from(specs))
    values = {chosen.name: draws.value(chosen.name, value_strategy(chosen.type, chosen.constraint))}
    return build(cls, values, draws)


def builder_of(cls: type[WireModel]) -> Builder:
    """The builder of ``cls``: hand-written where a rule ties its members, else generic.

    Every generated class has one: a shape with no rule across its members is drawn member by
    member from its types and constraint data, a union with exactly one member set.
    """
    found = BUILDERS.get(cls)
    if found is not None:
        return found
    if not (isinstance(cast(object, cls), type) and issubclass(cast(type, cls), WireModel)):
        raise InvalidArgument(f"{cls!r} is not a transcribe_model shape class")
    if is_union(cls):
        return lambda overrides: union(cls, overrides)
    return _generic(cls)


def _generic(
    cls: type[WireModel], as_is: frozenset[str] = frozenset(), **special: SearchStrategy[Any]
) -> Builder:
    return lambda overrides: generic(cls, overrides, special, as_is)


# --- values shared by several shapes -----------------------------------------------------------

job_names: Final = v.text_for(c.TRANSCRIPTION_JOB_NAME)
vocabulary_names: Final = v.text_for(c.VOCABULARY_NAME)
vocabulary_filter_names: Final = v.text_for(c.VOCABULARY_FILTER_NAME)
model_names: Final = v.text_for(c.MODEL_NAME)
uris: Final = v.text_for(c.URI)
role_arns: Final = v.text_for(c.DATA_ACCESS_ROLE_ARN)


@st.composite
def distinct_formats(draw: DrawFn) -> tuple[SubtitleFormat, ...]:
    """No format, one, or both in either order."""
    return tuple(draw(st.lists(enum_values(SubtitleFormat), unique=True, max_size=2)))


@st.composite
def pii_entity_type_lists(draw: DrawFn) -> tuple[PiiEntityType, ...]:
    """PiiEntityTypes as its rule allows: empty, ALL alone, or distinct specific types."""
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return ()
    if kind == 1:
        return (PiiEntityType.ALL,)
    if kind == 2:  # the longest list: every specific type, in any order
        return tuple(draw(st.permutations(SPECIFIC_PII_TYPES)))
    specific = st.sampled_from(SPECIFIC_PII_TYPES)
    return tuple(draw(st.lists(specific, unique=True, min_size=1, max_size=6)))


@st.composite
def tag_lists(draw: DrawFn) -> tuple[Tag, ...]:
    """One to 200 tags with distinct keys (200 cheap ones now and then, the upper bound)."""
    if draw(st.integers(0, 9)) == 0:
        value = draw(st.sampled_from(("prod", "staging", "")))
        return tuple(Tag(key=f"tag-{index:03d}", value=value) for index in range(_MAX_TAGS))
    tags = st.lists(BUILDERS[Tag]({}), min_size=1, max_size=6, unique_by=lambda tag: tag.key)
    return tuple(draw(tags))


@st.composite
def encryption_contexts(draw: DrawFn) -> dict[str, str]:
    """KMSEncryptionContext: 1 to 10 printable key:value pairs."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        count = 1
    elif kind == 1:
        count = c.KMS_ENCRYPTION_CONTEXT_MAP.max or 1
    else:
        count = draw(st.integers(1, 4))
    text = v.text_for(c.PRINTABLE_NON_EMPTY_STRING)
    keys = draw(st.lists(text, unique=True, min_size=count, max_size=count))
    return {key: draw(text) for key in keys}


@st.composite
def language_option_lists(
    draw: DrawFn, must_include: tuple[LanguageCode, ...] = ()
) -> tuple[LanguageCode, ...]:
    """Two to five distinct language codes, holding ``must_include``.

    More than five is advised against (a warning): a drawn request is what a careful user sends.
    """
    most = _RECOMMENDED_LANGUAGE_OPTIONS
    size = draw(st.integers(max(2, len(must_include)), max(most, len(must_include))))
    pool = [code for code in LanguageCode if code not in must_include]
    extra = draw(
        st.lists(
            st.sampled_from(pool),
            unique=True,
            min_size=size - len(must_include),
            max_size=size - len(must_include),
        )
    )
    return tuple(draw(st.permutations([*must_include, *extra])))


@st.composite
def language_id_settings_maps(
    draw: DrawFn,
    options: tuple[LanguageCode, ...] | None,
    *,
    allow_model: bool,
    allow_filter: bool,
) -> dict[LanguageCode, LanguageIdSettings]:
    """One to five LanguageIdSettings entries, keyed by codes among ``options`` if given."""
    pool = list(options) if options else list(LanguageCode)
    keys = draw(
        st.lists(
            st.sampled_from(pool),
            unique=True,
            min_size=1,
            max_size=min(_MAX_LANGUAGE_ID_SETTINGS, len(pool)),
        )
    )
    overrides: dict[str, SearchStrategy[Any]] = {}
    if not allow_model:
        overrides["language_model_name"] = st.none()
    if not allow_filter:
        overrides["vocabulary_filter_name"] = st.none()
    entry = BUILDERS[LanguageIdSettings](overrides)
    return {key: draw(entry) for key in keys}


TOXICITY_DETECTION: Final = (
    ToxicityDetectionSettings(toxicity_categories=(ToxicityCategory.ALL,)),
)


# --- request shapes ----------------------------------------------------------------------------


@st.composite
def media(draw: DrawFn, overrides: Overrides) -> Media:
    """A Media: a media file URI nearly always, a redacted media URI sometimes."""
    draws = Draws(draw, overrides)
    values = {
        "media_file_uri": draws.value("media_file_uri", mostly(uris)),
        "redacted_media_file_uri": draws.value("redacted_media_file_uri", optional(uris)),
    }
    return build(Media, values, draws)


def _paired(
    draws: Draws, flag: str, count: str, counts: SearchStrategy[int]
) -> tuple[bool | None, int | None]:
    """A flag and the count it needs: absent, false, or true with a count."""
    if draws.has(flag) and draws.has(count):
        return draws.given[flag], draws.given[count]
    if draws.has(flag):
        shown = draws.given[flag]
        return shown, draws.draw(counts) if shown is True else None
    if draws.has(count):
        number = draws.given[count]
        if number is not None:
            return True, number
        return draws.draw(st.sampled_from((None, False))), None
    choice = draws.draw(st.integers(0, 2))
    if choice == 0:
        return None, None
    if choice == 1:
        return False, None
    return True, draws.draw(counts)


def _filter(
    draws: Draws, names: SearchStrategy[str]
) -> tuple[str | None, VocabularyFilterMethod | None]:
    """A vocabulary filter name and its method: a name always comes with a method."""
    methods = enum_values(VocabularyFilterMethod)
    name_field, method_field = "vocabulary_filter_name", "vocabulary_filter_method"
    if draws.has(name_field) and draws.has(method_field):
        return draws.given[name_field], draws.given[method_field]
    if draws.has(name_field):
        name = draws.given[name_field]
        return name, draws.draw(methods if name is not None else optional(methods))
    if draws.has(method_field):
        method = draws.given[method_field]
        return draws.draw(optional(names)) if method is not None else None, method
    name = draws.draw(optional(names))
    return name, draws.draw(methods if name is not None else optional(methods))


@st.composite
def settings(draw: DrawFn, overrides: Overrides) -> Settings:
    """A Settings keeping its five rules: each flag with its count, a filter with its method."""
    draws = Draws(draw, overrides)
    show_speakers, max_speakers = _paired(
        draws, "show_speaker_labels", "max_speaker_labels", v.integers_for(c.MAX_SPEAKERS)
    )
    show_alternatives, max_alternatives = _paired(
        draws, "show_alternatives", "max_alternatives", v.integers_for(c.MAX_ALTERNATIVES)
    )
    filter_name, filter_method = _filter(draws, vocabulary_filter_names)
    values = {
        "vocabulary_name": draws.value("vocabulary_name", optional(vocabulary_names)),
        "show_speaker_labels": show_speakers,
        "max_speaker_labels": max_speakers,
        "channel_identification": draws.value("channel_identification", optional(st.booleans())),
        "show_alternatives": show_alternatives,
        "max_alternatives": max_alternatives,
        "vocabulary_filter_name": filter_name,
        "vocabulary_filter_method": filter_method,
    }
    return build(Settings, values, draws)


@st.composite
def job_execution_settings(draw: DrawFn, overrides: Overrides) -> JobExecutionSettings:
    """A JobExecutionSettings: AllowDeferredExecution with a DataAccessRoleArn (both required)."""
    draws = Draws(draw, overrides)
    allow_field, role_field = "allow_deferred_execution", "data_access_role_arn"
    if draws.has(allow_field) and draws.has(role_field):
        allow, role = draws.given[allow_field], draws.given[role_field]
    elif draws.has(allow_field):
        allow = draws.given[allow_field]
        role = draw(role_arns) if allow is not None else None
    elif draws.has(role_field):
        role = draws.given[role_field]
        allow = draw(st.booleans()) if role is not None else None
    else:
        allow, role = draw(st.booleans()), draw(role_arns)
    return build(JobExecutionSettings, {allow_field: allow, role_field: role}, draws)


@st.composite
def content_redactions(draw: DrawFn, overrides: Overrides) -> ContentRedaction:
    """A ContentRedaction: PII, either output, and PiiEntityTypes as its rule allows."""
    draws = Draws(draw, overrides)
    values = {
        "redaction_type": draws.value("redaction_type", enum_values(RedactionType)),
        "redaction_output": draws.value("redaction_output", enum_values(RedactionOutput)),
        "pii_entity_types": draws.value("pii_entity_types", optional(pii_entity_type_lists())),
    }
    return build(ContentRedaction, values, draws)


@st.composite
def start_transcription_job_requests(
    draw: DrawFn, overrides: Overrides
) -> StartTranscriptionJobRequest:
    """A request keeping every rule: the language mode first, then what that mode allows."""
    draws = Draws(draw, overrides)
    mode = _language_mode(draws)
    identifying = mode != LANGUAGE_CODE
    language_code = draws.value(
        "language_code", enum_values(LanguageCode) if mode == LANGUAGE_CODE else st.none()
    )
    identify_language = draws.value(
        "identify_language", st.just(True) if mode == IDENTIFY_LANGUAGE else FLAG_NOT_SET
    )
    identify_multiple = draws.value(
        "identify_multiple_languages",
        st.just(True) if mode == IDENTIFY_MULTIPLE_LANGUAGES else FLAG_NOT_SET,
    )

    # LanguageIdSettings given as an override: the options must hold its languages, and a
    # per-language filter needs Settings.VocabularyFilterMethod.
    given_id_settings: Mapping[LanguageCode, LanguageIdSettings] = (
        draws.given.get("language_id_settings") or {}
    )
    needed_options = tuple(given_id_settings)
    options = language_option_lists(needed_options)
    language_options = draws.value(
        "language_options",
        (options if needed_options else optional(options)) if identifying else st.none(),
    )

    filter_needs_method = any(
        entry.vocabulary_filter_name is not None for entry in given_id_settings.values()
    )
    settings_overrides: dict[str, SearchStrategy[Any]] = {}
    if identifying:  # custom vocabularies go per language instead
        settings_overrides["vocabulary_name"] = st.none()
        settings_overrides["vocabulary_filter_name"] = st.none()
    if filter_needs_method:
        settings_overrides["vocabulary_filter_method"] = enum_values(VocabularyFilterMethod)
    settings_strategy = settings(settings_overrides)
    request_settings: Settings | None = draws.value(
        "settings", settings_strategy if filter_needs_method else optional(settings_strategy)
    )

    method = request_settings.vocabulary_filter_method if request_settings else None
    id_settings = language_id_settings_maps(
        language_options,
        allow_model=mode == IDENTIFY_LANGUAGE,
        allow_filter=method is not None,
    )
    # Without LanguageOptions, LanguageIdSettings draws the "include LanguageOptions" warning.
    language_id_settings = draws.value(
        "language_id_settings",
        optional(id_settings) if identifying and language_options is not None else st.none(),
    )
    model_settings = draws.value(
        "model_settings",
        optional(BUILDERS[ModelSettings]({})) if mode == LANGUAGE_CODE else st.none(),
    )

    buckets = v.text_for(c.OUTPUT_BUCKET_NAME)
    key_given = draws.given.get("output_key") is not None
    output_bucket_name = draws.value(
        "output_bucket_name", buckets if key_given else optional(buckets)
    )
    output_key = draws.value(
        "output_key",
        optional(v.text_for(c.OUTPUT_KEY)) if output_bucket_name is not None else st.none(),
    )

    values = {
        "transcription_job_name": draws.value("transcription_job_name", job_names),
        "language_code": language_code,
        "media_sample_rate_hertz": draws.value(
            "media_sample_rate_hertz", optional(v.integers_for(c.MEDIA_SAMPLE_RATE_HERTZ))
        ),
        "media_format": draws.value("media_format", optional(enum_values(MediaFormat))),
        "media": draws.value("media", media({"redacted_media_file_uri": st.none()})),
        "output_bucket_name": output_bucket_name,
        "output_key": output_key,
        "output_encryption_kms_key_id": draws.value(
            "output_encryption_kms_key_id", optional(v.text_for(c.KMS_KEY_ID))
        ),
        "kms_encryption_context": draws.value(
            "kms_encryption_context", optional(encryption_contexts())
        ),
        "settings": request_settings,
        "model_settings": model_settings,
        "job_execution_settings": draws.value(
            "job_execution_settings", optional(job_execution_settings({}))
        ),
        "content_redaction": draws.value("content_redaction", optional(content_redactions({}))),
        "identify_language": identify_language,
        "identify_multiple_languages": identify_multiple,
        "language_options": language_options,
        "subtitles": draws.value("subtitles", optional(BUILDERS[Subtitles]({}))),
        "tags": draws.value("tags", optional(tag_lists())),
        "language_id_settings": language_id_settings,
        "toxicity_detection": draws.value(
            "toxicity_detection", optional(st.just(TOXICITY_DETECTION))
        ),
    }
    return build(StartTranscriptionJobRequest, values, draws)


def _language_mode(draws: Draws) -> str:
    """The language mode the overrides leave open, drawn when more than one is left."""
    given = draws.given
    if given.get("language_code") is not None:
        return LANGUAGE_CODE
    if given.get("identify_multiple_languages") is True:
        return IDENTIFY_MULTIPLE_LANGUAGES
    if given.get("identify_language") is True:
        return IDENTIFY_LANGUAGE
    candidates = [
        mode
        for mode, field in zip(
            LANGUAGE_MODES,
            ("language_code", "identify_language", "identify_multiple_languages"),
            strict=True,
        )
        if field not in given
    ]
    given_settings = given.get("settings")
    if given.get("model_settings") is not None or (
        isinstance(given_settings, Settings)
        and (given_settings.vocabulary_name or given_settings.vocabulary_filter_name)
    ):
        candidates = [mode for mode in candidates if mode == LANGUAGE_CODE]
    id_settings = given.get("language_id_settings")
    if given.get("language_options") is not None or id_settings is not None:
        candidates = [mode for mode in candidates if mode != LANGUAGE_CODE]
    if id_settings and any(entry.language_model_name for entry in id_settings.values()):
        candidates = [mode for mode in candidates if mode != IDENTIFY_MULTIPLE_LANGUAGES]
    if not candidates:
        return LANGUAGE_CODE  # nothing fits the overrides: build() rejects the draw
    mode: str = draws.draw(st.sampled_from(candidates))
    return mode


# --- response shapes ---------------------------------------------------------------------------


@st.composite
def transcript_uris(draw: DrawFn, name: str = "", prefix: str = "", extension: str = "json") -> str:
    """Where the service puts a transcript (or subtitle) file: a customer or service bucket."""
    region = draw(st.sampled_from(v.REGIONS))
    file = f"{prefix}{name or draw(job_names)}.{extension}"
    if draw(st.booleans()):
        bucket = draw(st.sampled_from(v.BUCKETS))
        return f"https://s3.{region}.amazonaws.com/{bucket}/{file}"
    account = draw(st.sampled_from(v.ACCOUNTS))
    job_id = draw(st.uuids())
    return (
        f"https://s3.{region}.amazonaws.com/aws-transcribe-{region}-prod/{account}/{job_id}/"
        f"{file}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900"
    )


def _output_file(request: StartTranscriptionJobRequest, region: str, file: str) -> str:
    """The URI of ``file`` in the request's own output bucket."""
    key = request.output_key
    if key is None or key.endswith("/"):
        key = f"{key or ''}{file}"
    elif file.startswith("redacted-"):
        key = f"redacted-{key}"
    elif not file.endswith(".json"):
        key = f"{key}.{file.rsplit('.', 1)[-1]}"
    return f"https://s3.{region}.amazonaws.com/{request.output_bucket_name}/{key}"


@st.composite
def _job_file(
    draw: DrawFn, request: StartTranscriptionJobRequest, prefix: str, extension: str
) -> str:
    name = request.transcription_job_name
    if request.output_bucket_name is None:
        return draw(transcript_uris(name, prefix, extension))
    region = draw(st.sampled_from(v.REGIONS))
    return _output_file(request, region, f"{prefix}{name}.{extension}")


@st.composite
def job_facts(
    draw: DrawFn, status: TranscriptionJobStatus | None
) -> tuple[dict[str, Any], StartTranscriptionJobRequest]:
    """The members of a TranscriptionJob in ``status``, and the request it was started with."""
    request = draw(BUILDERS[StartTranscriptionJobRequest]({}))
    started = status in (
        TranscriptionJobStatus.IN_PROGRESS,
        TranscriptionJobStatus.COMPLETED,
        TranscriptionJobStatus.FAILED,
    )
    done = status == TranscriptionJobStatus.COMPLETED
    failed = status == TranscriptionJobStatus.FAILED
    created = draw(v.aware_datetimes())
    start_time = v.later(created, draw(st.integers(0, 900))) if started else None
    completion_time = (
        v.later(start_time or created, draw(st.integers(1, 4 * 3600))) if done or failed else None
    )

    language_code = request.language_code
    score = None
    language_codes = None
    options = request.language_options or tuple(LanguageCode)[:8]
    if request.identify_language and (done or (started and draw(st.booleans()))):
        language_code = draw(st.sampled_from(options))
        if done:
            score = draw(v.floats_for(c.IDENTIFIED_LANGUAGE_SCORE))
    if request.identify_multiple_languages and done:
        spoken = draw(st.lists(st.sampled_from(options), unique=True, min_size=1, max_size=4))
        durations = v.floats_for(c.DURATION_IN_SECONDS)
        language_codes = tuple(
            LanguageCodeItem(language_code=code, duration_in_seconds=draw(durations))
            for code in spoken
        )

    if done:
        redaction = request.content_redaction
        redacted_only = (
            redaction is not None and redaction.redaction_output == RedactionOutput.REDACTED
        )
        plain = None if redacted_only else draw(_job_file(request, "", "json"))
        redacted = None if redaction is None else draw(_job_file(request, "redacted-", "json"))
        transcript: Transcript | None = Transcript(
            transcript_file_uri=plain, redacted_transcript_file_uri=redacted
        )
    else:
        transcript = draw(st.sampled_from((None, Transcript())))  # "Transcript": {} until done

    subtitles = None
    if request.subtitles is not None:
        formats = request.subtitles.formats
        files = (
            tuple(draw(_job_file(request, "", str(form))) for form in formats)
            if done and formats
            else None
        )
        subtitles = SubtitlesOutput(
            formats=formats,
            subtitle_file_uris=files,
            output_start_index=request.subtitles.output_start_index,
        )

    job_settings = request.settings
    if draw(st.booleans()):  # the service reports the flags left out as false
        shown = job_settings or Settings()
        job_settings = attrs.evolve(
            shown,
            show_speaker_labels=bool(shown.show_speaker_labels),
            channel_identification=bool(shown.channel_identification),
            show_alternatives=bool(shown.show_alternatives),
        )
    # The service also reports {"AllowDeferredExecution": false} for a request without
    # JobExecutionSettings, but JobExecutionSettings is a shape a caller builds, so Python
    # cannot build that one: response_dicts() sends it down the parsing path instead.

    sample_rate = request.media_sample_rate_hertz
    media_format = request.media_format
    if done or (started and draw(st.booleans())):
        sample_rate = sample_rate or draw(v.integers_for(c.MEDIA_SAMPLE_RATE_HERTZ))
        media_format = media_format or draw(enum_values(MediaFormat))

    facts = {
        "transcription_job_name": request.transcription_job_name,
        "transcription_job_status": status,
        "language_code": language_code,
        "media_sample_rate_hertz": sample_rate,
        "media_format": media_format,
        "media": request.media,
        "transcript": transcript,
        "start_time": start_time,
        "creation_time": created,
        "completion_time": completion_time,
        "failure_reason": draw(st.sampled_from(FAILURE_REASONS)) if failed else None,
        "settings": job_settings,
        "model_settings": request.model_settings,
        "job_execution_settings": request.job_execution_settings,
        "content_redaction": request.content_redaction,
        "identify_language": request.identify_language,
        "identify_multiple_languages": request.identify_multiple_languages,
        "language_options": request.language_options,
        "identified_language_score": score,
        "language_codes": language_codes,
        "tags": request.tags,
        "subtitles": subtitles,
        "language_id_settings": request.language_id_settings,
        "toxicity_detection": request.toxicity_detection,
    }
    return facts, request


@st.composite
def transcription_jobs(
    draw: DrawFn,
    overrides: Overrides,
    statuses: tuple[TranscriptionJobStatus, ...] = ALL_STATUSES,
) -> TranscriptionJob:
    """A TranscriptionJob as the service reports a valid request in one of ``statuses``."""
    draws = Draws(draw, overrides)
    status = draws.value("transcription_job_status", st.sampled_from(statuses))
    facts, _request = draw(job_facts(status))
    return build(TranscriptionJob, facts, draws)


_SUMMARY_FIELDS: Final = tuple(
    spec.name
    for spec in field_specs(TranscriptionJobSummary)
    if spec.name != "output_location_type"
)


@st.composite
def transcription_job_summaries(
    draw: DrawFn,
    overrides: Overrides,
    statuses: tuple[TranscriptionJobStatus, ...] = ALL_STATUSES,
) -> TranscriptionJobSummary:
    """A TranscriptionJobSummary, as ListTranscriptionJobs reports a job in ``statuses``."""
    draws = Draws(draw, overrides)
    status = draws.value("transcription_job_status", st.sampled_from(statuses))
    facts, request = draw(job_facts(status))
    values = {name: facts[name] for name in _SUMMARY_FIELDS}
    values["output_location_type"] = (
        OutputLocationType.CUSTOMER_BUCKET
        if request.output_bucket_name is not None
        else OutputLocationType.SERVICE_BUCKET
    )
    return build(TranscriptionJobSummary, values, draws)


@st.composite
def subtitles_outputs(draw: DrawFn, overrides: Overrides) -> SubtitlesOutput:
    """A SubtitlesOutput: distinct formats, one file URI per format (or none yet)."""
    draws = Draws(draw, overrides)
    formats = draws.value("formats", optional(distinct_formats()))
    name = draw(job_names)
    files = (
        st.just(tuple(draw(transcript_uris(name, "", str(form))) for form in formats or ()))
        if formats
        else st.none()
    )
    values = {
        "formats": formats,
        "subtitle_file_uris": draws.value("subtitle_file_uris", optional(files)),
        "output_start_index": draws.value(
            "output_start_index", optional(v.integers_for(c.SUBTITLE_OUTPUT_START_INDEX))
        ),
    }
    return build(SubtitlesOutput, values, draws)


@st.composite
def list_transcription_jobs_responses(
    draw: DrawFn, overrides: Overrides
) -> ListTranscriptionJobsResponse:
    """A page of ListTranscriptionJobs: summaries in the status asked for, if one was."""
    draws = Draws(draw, overrides)
    status = draws.value("status", optional(enum_values(TranscriptionJobStatus)))
    statuses = (status,) if status is not None else ALL_STATUSES
    summaries = st.lists(transcription_job_summaries({}, statuses), max_size=4).map(tuple)
    values = {
        "status": status,
        "next_token": draws.value("next_token", optional(v.text_for(c.NEXT_TOKEN))),
        "transcription_job_summaries": draws.value(
            "transcription_job_summaries", optional(summaries)
        ),
    }
    return build(ListTranscriptionJobsResponse, values, draws)


# --- the table ---------------------------------------------------------------------------------

BUILDERS: Final[dict[type[WireModel], Builder]] = {
    Media: media,
    Settings: settings,
    ModelSettings: _generic(
        ModelSettings, frozenset({"language_model_name"}), language_model_name=model_names
    ),
    JobExecutionSettings: job_execution_settings,
    ContentRedaction: content_redactions,
    Subtitles: _generic(Subtitles, formats=distinct_formats()),
    SubtitlesOutput: subtitles_outputs,
    Tag: _generic(Tag),
    LanguageIdSettings: _generic(LanguageIdSettings),
    ToxicityDetectionSettings: _generic(
        ToxicityDetectionSettings, toxicity_categories=st.just((ToxicityCategory.ALL,))
    ),
    Transcript: _generic(
        Transcript,
        transcript_file_uri=transcript_uris(),
        redacted_transcript_file_uri=transcript_uris(prefix="redacted-"),
    ),
    LanguageCodeItem: _generic(LanguageCodeItem),
    TranscriptionJob: transcription_jobs,
    TranscriptionJobSummary: transcription_job_summaries,
    StartTranscriptionJobRequest: start_transcription_job_requests,
    StartTranscriptionJobResponse: _generic(
        StartTranscriptionJobResponse,
        frozenset({"transcription_job"}),
        transcription_job=mostly(transcription_jobs({}, STARTED_STATUSES)),
    ),
    GetTranscriptionJobRequest: _generic(GetTranscriptionJobRequest),
    GetTranscriptionJobResponse: _generic(
        GetTranscriptionJobResponse,
        frozenset({"transcription_job"}),
        transcription_job=mostly(transcription_jobs({})),
    ),
    ListTranscriptionJobsRequest: _generic(ListTranscriptionJobsRequest),
    ListTranscriptionJobsResponse: list_transcription_jobs_responses,
    DeleteTranscriptionJobRequest: _generic(DeleteTranscriptionJobRequest),
}


#: Values of fields whose realistic generator is more than their type and constraint say.
FIELD_VALUES: Final[dict[tuple[type[WireModel], str], Callable[[], SearchStrategy[Any]]]] = {
    (StartTranscriptionJobRequest, "tags"): tag_lists,
    (StartTranscriptionJobRequest, "kms_encryption_context"): encryption_contexts,
    (StartTranscriptionJobRequest, "language_options"): language_option_lists,
    (StartTranscriptionJobRequest, "language_id_settings"): lambda: language_id_settings_maps(
        None, allow_model=True, allow_filter=True
    ),
    (StartTranscriptionJobRequest, "toxicity_detection"): lambda: st.just(TOXICITY_DETECTION),
    (ContentRedaction, "pii_entity_types"): pii_entity_type_lists,
    (Subtitles, "formats"): distinct_formats,
    (Media, "media_file_uri"): lambda: uris,
}


def member_values(cls: type[WireModel], name: str) -> SearchStrategy[Any]:
    """Values of one field of ``cls`` on its own: its realistic generator, or its constraint's."""
    special = FIELD_VALUES.get((cls, name))
    if special is not None:
        return special()
    for spec in field_specs(cls):
        if spec.name == name:
            return value_strategy(spec.type, spec.constraint)
    raise InvalidArgument(f"{cls.__name__} has no field {name!r}")


def from_model(cls: type[M], overrides: Mapping[str, Any]) -> SearchStrategy[M]:
    """Valid instances of ``cls`` with ``overrides`` (strategies or values) per field."""
    builder = builder_of(cls)
    return cast("SearchStrategy[M]", builder(normalize(cls, overrides)))


# The shapes the medical, Call Analytics, category and scribe rules tie are drawn by builders of
# their own module (``_strategies_rule_shapes``), which reads this one and adds them to BUILDERS
# when ``transcribe_model.strategies`` imports it: no import circle.
