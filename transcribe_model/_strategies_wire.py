"""Botocore-shaped dicts on purpose: requests that break one rule, and what the service sends.

Private to ``transcribe_model.strategies``, which documents the public functions.

A model cannot be built invalid, so an invalid request is a dict: a valid request drawn with
the members the broken rule needs (``_strategies_models``), turned into its wire dict, then
changed in the one way that breaks exactly that rule and no other. Each maker below says which
members it touches and why no other rule notices.

A response dict is a valid response model as ``unstructure`` emits it, then drifted the ways a
newer service (or the service as it is) sends what this library's requests may not hold:
enum values and members newer than the library, values beyond today's bounds, flags echoed
as false, ``ResponseMetadata`` from boto3, and the invariants ``check()`` reports broken.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Callable, Iterator
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model import _job_constraints as c
from transcribe_model import _strategies_models as m
from transcribe_model import _strategies_values as v
from transcribe_model._base import WireModel
from transcribe_model._constraints import Count, Range, Text
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
    GetTranscriptionJobResponse,
    LanguageIdSettings,
    ListTranscriptionJobsResponse,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    TranscriptionJob,
    TranscriptionJobSummary,
)
from transcribe_model._rules import REQUEST_RULES
from transcribe_model._spec import (
    EnumT,
    FieldSpec,
    MapT,
    ModelT,
    ScalarT,
    TupleT,
    TypeSpec,
    field_specs,
    is_response_shape,
)

Wire = dict[str, Any]

#: Every rule a request must keep, by name, in the order of ``_rules.REQUEST_RULES``.
REQUEST_RULE_NAMES: Final = tuple(
    rule.__name__ for rules in REQUEST_RULES.values() for rule in rules
)


def _unstructure(model: WireModel) -> Wire:
    from transcribe_model._api import unstructure  # loads cattrs: only when a dict is drawn

    return unstructure(model)


def _request(draw: DrawFn, mode: str, **overrides: Any) -> Wire:
    """A valid request in language ``mode``, as a wire dict."""
    by_mode: dict[str, dict[str, Any]] = {
        m.LANGUAGE_CODE: {"language_code": m.enum_values(LanguageCode)},
        m.IDENTIFY_LANGUAGE: {"identify_language": True},
        m.IDENTIFY_MULTIPLE_LANGUAGES: {"identify_multiple_languages": True},
    }
    forced = by_mode[mode]
    strategy = m.from_model(StartTranscriptionJobRequest, {**forced, **overrides})
    return _unstructure(draw(strategy))


def _identifying(draw: DrawFn) -> str:
    mode: str = draw(st.sampled_from((m.IDENTIFY_LANGUAGE, m.IDENTIFY_MULTIPLE_LANGUAGES)))
    return mode


def _code(draw: DrawFn, avoid: Any = ()) -> str:
    code: LanguageCode = draw(
        st.sampled_from([code for code in LanguageCode if code.value not in avoid])
    )
    return code.value


def _name(draw: DrawFn) -> str:
    name: str = draw(m.model_names)
    return name


def _id_settings_entry(draw: DrawFn, *, model: bool, vocabulary_filter: bool) -> Wire:
    overrides: dict[str, Any] = {}
    if not model:
        overrides["language_model_name"] = None
    if not vocabulary_filter:
        overrides["vocabulary_filter_name"] = None
    return _unstructure(draw(m.from_model(LanguageIdSettings, overrides)))


def _settings(request: Wire) -> Wire:
    found: Wire = request.setdefault("Settings", {})
    return found


def _insert_copy(draw: DrawFn, items: list[Any], item: Any) -> None:
    items.insert(draw(st.integers(0, len(items))), item)


# --- one maker per rule: a request dict that breaks exactly that rule ---------------------------


def _one_language_source(draw: DrawFn) -> Wire:
    variant = draw(st.integers(0, 4))
    if variant == 0:  # none: a LanguageCode request without its code (flags false or absent)
        request = _request(draw, m.LANGUAGE_CODE)
        del request["LanguageCode"]
        return request
    if variant == 1:  # LanguageCode with IdentifyLanguage
        request = _request(draw, m.IDENTIFY_LANGUAGE)
        request["LanguageCode"] = _code(draw)
        return request
    # Added to an IdentifyMultipleLanguages request, whose members are the strictest.
    request = _request(draw, m.IDENTIFY_MULTIPLE_LANGUAGES)
    if variant in (2, 4):
        request["LanguageCode"] = _code(draw)
    if variant in (3, 4):
        request["IdentifyLanguage"] = True
    return request


def _language_options_need_identification(draw: DrawFn) -> Wire:
    request = _request(draw, m.LANGUAGE_CODE)
    options = draw(m.language_option_lists())
    request["LanguageOptions"] = [code.value for code in options]
    return request


def _language_options_are_distinct(draw: DrawFn) -> Wire:
    request = _request(draw, _identifying(draw), language_options=m.language_option_lists())
    options: list[str] = request["LanguageOptions"]
    if draw(st.booleans()):  # a code twice
        _insert_copy(draw, options, draw(st.sampled_from(options)))
        return request
    kept = draw(st.sampled_from(options))  # one code only, and settings for it alone
    request["LanguageOptions"] = [kept]
    id_settings = {
        code: entry for code, entry in request.get("LanguageIdSettings", {}).items() if code == kept
    }
    request.pop("LanguageIdSettings", None)
    if id_settings:
        request["LanguageIdSettings"] = id_settings
    return request


def _language_id_settings_need_identification(draw: DrawFn) -> Wire:
    request = _request(draw, m.LANGUAGE_CODE)
    codes = draw(st.lists(st.sampled_from(list(LanguageCode)), unique=True, min_size=1, max_size=5))
    request["LanguageIdSettings"] = {
        code.value: _id_settings_entry(draw, model=True, vocabulary_filter=False) for code in codes
    }
    return request


def _language_id_settings_match_language_options(draw: DrawFn) -> Wire:
    mode = _identifying(draw)
    request = _request(draw, mode, language_options=m.language_option_lists())
    id_settings: Wire = request.setdefault("LanguageIdSettings", {})
    if len(id_settings) >= (c.LANGUAGE_ID_SETTINGS_MAP.max or 1):
        del id_settings[draw(st.sampled_from(sorted(id_settings)))]
    outsider = _code(draw, avoid=request["LanguageOptions"])
    id_settings[outsider] = _id_settings_entry(
        draw, model=mode == m.IDENTIFY_LANGUAGE, vocabulary_filter=False
    )
    return request


def _multiple_languages_have_no_custom_language_model(draw: DrawFn) -> Wire:
    request = _request(draw, m.IDENTIFY_MULTIPLE_LANGUAGES)
    id_settings: Wire = request.setdefault("LanguageIdSettings", {})
    if not id_settings:
        options = request.get("LanguageOptions")
        code = draw(st.sampled_from(options)) if options else _code(draw)
        id_settings[code] = {}
    entry = id_settings[draw(st.sampled_from(sorted(id_settings)))]
    entry["LanguageModelName"] = _name(draw)
    return request


def _identification_takes_custom_models_per_language(draw: DrawFn) -> Wire:
    request = _request(draw, _identifying(draw))
    variant = draw(st.integers(0, 2))
    if variant == 0:
        request["ModelSettings"] = {"LanguageModelName": _name(draw)}
    elif variant == 1:
        _settings(request)["VocabularyName"] = _name(draw)
    else:  # with its method, so vocabulary_filter_name_needs_method stays kept
        settings = _settings(request)
        settings["VocabularyFilterName"] = _name(draw)
        settings.setdefault(
            "VocabularyFilterMethod", draw(m.enum_values(VocabularyFilterMethod)).value
        )
    return request


def _language_id_vocabulary_filter_needs_method(draw: DrawFn) -> Wire:
    request = _request(draw, _identifying(draw))
    settings = request.get("Settings")
    if settings is not None:
        settings.pop("VocabularyFilterMethod", None)
    id_settings: Wire = request.setdefault("LanguageIdSettings", {})
    if not id_settings:
        options = request.get("LanguageOptions")
        id_settings[draw(st.sampled_from(options)) if options else _code(draw)] = {}
    entry = id_settings[draw(st.sampled_from(sorted(id_settings)))]
    entry["VocabularyFilterName"] = _name(draw)
    return request


def _output_key_needs_output_bucket_name(draw: DrawFn) -> Wire:
    request = _request(draw, draw(st.sampled_from(m.LANGUAGE_MODES)))
    request.pop("OutputBucketName", None)
    request.setdefault("OutputKey", draw(v.text_for(c.OUTPUT_KEY)))
    return request


def _no_redacted_media_in_request(draw: DrawFn) -> Wire:
    request = _request(draw, draw(st.sampled_from(m.LANGUAGE_MODES)))
    request["Media"]["RedactedMediaFileUri"] = draw(m.uris)
    return request


def _tag_keys_are_distinct(draw: DrawFn) -> Wire:
    request = _request(draw, draw(st.sampled_from(m.LANGUAGE_MODES)), tags=m.tag_lists())
    tags: list[Wire] = request["Tags"]
    if len(tags) >= (c.TAG_LIST.max or 1):
        tags.pop()
    repeated = draw(st.sampled_from(tags))
    value = draw(st.sampled_from((repeated["Value"], "other")))
    _insert_copy(draw, tags, {"Key": repeated["Key"], "Value": value})
    return request


def _any_request(draw: DrawFn) -> Wire:
    return _request(draw, draw(st.sampled_from(m.LANGUAGE_MODES)))


def _flag_without_count(flag: str, count: str) -> Callable[[DrawFn], Wire]:
    """Settings with ``flag`` true and no ``count``: ShowSpeakerLabels, ShowAlternatives."""

    def make(draw: DrawFn) -> Wire:
        request = _any_request(draw)
        settings = _settings(request)
        settings[flag] = True
        settings.pop(count, None)
        return request

    return make


def _count_without_flag(flag: str, count: str, bounds: Range) -> Callable[[DrawFn], Wire]:
    """Settings with ``count`` given and ``flag`` false or absent."""

    def make(draw: DrawFn) -> Wire:
        request = _any_request(draw)
        settings = _settings(request)
        settings[count] = draw(v.integers_for(bounds))
        if draw(st.booleans()):
            settings[flag] = False
        else:
            settings.pop(flag, None)
        return request

    return make


def _vocabulary_filter_name_needs_method(draw: DrawFn) -> Wire:
    request = _request(draw, m.LANGUAGE_CODE)  # identification allows no filter in Settings
    settings = _settings(request)
    settings["VocabularyFilterName"] = _name(draw)
    settings.pop("VocabularyFilterMethod", None)
    return request


def _model_settings_need_language_model_name(draw: DrawFn) -> Wire:
    request = _request(draw, m.LANGUAGE_CODE)  # identification allows no ModelSettings
    request["ModelSettings"] = {}
    return request


def _deferred_execution_and_role_go_together(draw: DrawFn) -> Wire:
    request = _any_request(draw)
    if draw(st.booleans()):
        request["JobExecutionSettings"] = {"AllowDeferredExecution": draw(st.booleans())}
    else:
        request["JobExecutionSettings"] = {"DataAccessRoleArn": draw(m.role_arns)}
    return request


def _pii_entity_types_are_all_or_distinct(draw: DrawFn) -> Wire:
    request = _any_request(draw)
    redaction = request.setdefault(
        "ContentRedaction",
        {
            "RedactionType": RedactionType.PII.value,
            "RedactionOutput": draw(m.enum_values(RedactionOutput)).value,
        },
    )
    most = c.PII_ENTITY_TYPES.max or 1
    specific = st.sampled_from([kind.value for kind in m.SPECIFIC_PII_TYPES])
    if draw(st.booleans()):  # ALL with specific types
        types = draw(st.lists(specific, unique=True, min_size=1, max_size=most - 1))
        _insert_copy(draw, types, PiiEntityType.ALL.value)
    else:  # a specific type twice
        types = draw(st.lists(specific, unique=True, min_size=1, max_size=most - 1))
        _insert_copy(draw, types, draw(st.sampled_from(types)))
    redaction["PiiEntityTypes"] = types
    return request


def _subtitle_formats_are_distinct(draw: DrawFn) -> Wire:
    request = _any_request(draw)
    subtitles = request.setdefault("Subtitles", {})
    formats = [form.value for form in draw(st.permutations(list(SubtitleFormat)))]
    formats = formats[: draw(st.integers(1, len(formats)))]
    _insert_copy(draw, formats, draw(st.sampled_from(formats)))
    subtitles["Formats"] = formats
    return request


MAKERS: Final[dict[str, Callable[[DrawFn], Wire]]] = {
    "one_language_source": _one_language_source,
    "language_options_need_identification": _language_options_need_identification,
    "language_options_are_distinct": _language_options_are_distinct,
    "language_id_settings_need_identification": _language_id_settings_need_identification,
    "language_id_settings_match_language_options": _language_id_settings_match_language_options,
    "multiple_languages_have_no_custom_language_model": (
        _multiple_languages_have_no_custom_language_model
    ),
    "identification_takes_custom_models_per_language": (
        _identification_takes_custom_models_per_language
    ),
    "language_id_vocabulary_filter_needs_method": _language_id_vocabulary_filter_needs_method,
    "output_key_needs_output_bucket_name": _output_key_needs_output_bucket_name,
    "no_redacted_media_in_request": _no_redacted_media_in_request,
    "tag_keys_are_distinct": _tag_keys_are_distinct,
    "speaker_labels_need_max_speaker_labels": _flag_without_count(
        "ShowSpeakerLabels", "MaxSpeakerLabels"
    ),
    "max_speaker_labels_need_speaker_labels": _count_without_flag(
        "ShowSpeakerLabels", "MaxSpeakerLabels", c.MAX_SPEAKERS
    ),
    "alternatives_need_max_alternatives": _flag_without_count(
        "ShowAlternatives", "MaxAlternatives"
    ),
    "max_alternatives_need_alternatives": _count_without_flag(
        "ShowAlternatives", "MaxAlternatives", c.MAX_ALTERNATIVES
    ),
    "vocabulary_filter_name_needs_method": _vocabulary_filter_name_needs_method,
    "model_settings_need_language_model_name": _model_settings_need_language_model_name,
    "deferred_execution_and_role_go_together": _deferred_execution_and_role_go_together,
    "pii_entity_types_are_all_or_distinct": _pii_entity_types_are_all_or_distinct,
    "subtitle_formats_are_distinct": _subtitle_formats_are_distinct,
}


@st.composite
def _breaking(draw: DrawFn, rule: str) -> tuple[str, Wire]:
    return rule, MAKERS[rule](draw)


def invalid_requests(rules: tuple[str, ...]) -> SearchStrategy[tuple[str, Wire]]:
    """``(rule, request dict)`` pairs, each dict breaking exactly that one of ``rules``."""
    chosen = rules or REQUEST_RULE_NAMES
    unknown = [rule for rule in chosen if rule not in REQUEST_RULE_NAMES]
    if unknown:
        raise InvalidArgument(
            f"no request rule is named {', '.join(unknown)}; the rules are "
            f"{', '.join(REQUEST_RULE_NAMES)}"
        )
    missing = [rule for rule in chosen if rule not in MAKERS]
    if missing:  # a rule added to _rules without a maker here
        raise NotImplementedError(f"no invalid request is drawn yet for {', '.join(missing)}")
    return st.one_of([_breaking(rule) for rule in chosen])


# --- what the service sends ---------------------------------------------------------------------

#: Values a newer service might send for each enum, beside any other string.
NEWER_VALUES: Final[dict[type[WireEnum], tuple[str, ...]]] = {
    LanguageCode: ("xx-XX", "en-NG", "yue-HK", "es-AR"),
    MediaFormat: ("opus", "aac", "mkv"),
    VocabularyFilterMethod: ("blur",),
    RedactionType: ("PHI",),
    RedactionOutput: ("unredacted",),
    PiiEntityType: ("NATIONAL_ID", "MEDICAL_RECORD_NUMBER"),
    SubtitleFormat: ("ttml", "scc"),
    ToxicityCategory: ("PROFANITY", "HATE_SPEECH"),
    TranscriptionJobStatus: ("CANCELLED", "ARCHIVED"),
    OutputLocationType: ("CUSTOMER_ACCESS_POINT",),
}


def newer_enum_values(cls: type[WireEnum]) -> SearchStrategy[str]:
    """Strings that are not a value of ``cls``: what a newer service model may add."""
    known = set(cls._value2member_map_)
    shaped = (
        st.from_regex(r"[a-z]{2,3}-[A-Z]{2}", fullmatch=True, alphabet=string.ascii_letters + "-")
        if cls is LanguageCode
        else st.text(
            string.ascii_uppercase + string.ascii_lowercase + "_-", min_size=1, max_size=24
        )
    )
    newer = NEWER_VALUES.get(cls)
    drawn = shaped if newer is None else st.sampled_from(newer) | shaped
    return drawn.filter(lambda value: value not in known)


_WRAPPERS: Final = (
    StartTranscriptionJobResponse,
    GetTranscriptionJobResponse,
    ListTranscriptionJobsResponse,
)
_JOBS: Final = (TranscriptionJob, TranscriptionJobSummary)


def _structures(data: Wire, cls: type[WireModel]) -> Iterator[tuple[Wire, type[WireModel]]]:
    """Every structure in ``data`` (a wire dict of ``cls``), with its shape class."""
    yield data, cls
    for spec in field_specs(cls):
        value = data.get(spec.wire)
        if value is not None:
            yield from _nested(value, spec.type)


def _nested(value: Any, spec: TypeSpec) -> Iterator[tuple[Wire, type[WireModel]]]:
    if isinstance(spec, ModelT):
        yield from _structures(value, spec.cls)
    elif isinstance(spec, TupleT):
        for item in value:
            yield from _nested(item, spec.item)
    elif isinstance(spec, MapT):
        for item in value.values():
            yield from _nested(item, spec.value)


def _members(data: Wire, cls: type[WireModel]) -> list[tuple[Wire, FieldSpec]]:
    """Every member present in any structure of ``data``, with its field spec."""
    return [
        (container, spec)
        for container, shape in _structures(data, cls)
        for spec in field_specs(shape)
        if container.get(spec.wire) is not None
    ]


def _enum_of(spec: TypeSpec) -> type[WireEnum] | None:
    if isinstance(spec, EnumT):
        return spec.cls
    if isinstance(spec, TupleT) and isinstance(spec.item, EnumT):
        return spec.item.cls
    if isinstance(spec, MapT) and isinstance(spec.key, EnumT):
        return spec.key.cls
    return None


def _newer_enum_value(draw: DrawFn, data: Wire, cls: type[WireModel]) -> None:
    sites = [(box, spec) for box, spec in _members(data, cls) if _enum_of(spec.type) is not None]
    if not sites:
        return
    box, spec = draw(st.sampled_from(sites))
    enum_cls = _enum_of(spec.type)
    assert enum_cls is not None
    newer = draw(newer_enum_values(enum_cls))
    value = box[spec.wire]
    if isinstance(spec.type, EnumT):
        box[spec.wire] = newer
    elif isinstance(spec.type, TupleT):
        _insert_copy(draw, value, newer)
    elif newer not in value:  # a map keyed by the enum: settings for a newer language
        value[newer] = copy.deepcopy(draw(st.sampled_from(list(value.values()))))


def _newer_member(draw: DrawFn, data: Wire, cls: type[WireModel]) -> None:
    box, _shape = draw(st.sampled_from(list(_structures(data, cls))))
    word = draw(st.sampled_from(("Setting", "Status", "Details", "Options", "Arn", "Score")))
    box[f"Future{word}"] = draw(v.json_values)


def _can_go_beyond(spec: FieldSpec) -> bool:
    """Whether a drift moves this member past today's bounds: counts, job names, toxicity."""
    constraint = spec.constraint
    if isinstance(constraint, Range):
        return isinstance(spec.type, ScalarT) and spec.type.py is int and constraint.max is not None
    if isinstance(constraint, Text):
        return constraint.shape == c.TRANSCRIPTION_JOB_NAME.shape
    return isinstance(constraint, Count) and constraint.shape == c.TOXICITY_DETECTION.shape


def _beyond_bounds(draw: DrawFn, data: Wire, cls: type[WireModel]) -> None:
    sites = [(box, spec) for box, spec in _members(data, cls) if _can_go_beyond(spec)]
    if not sites:
        return
    box, spec = draw(st.sampled_from(sites))
    constraint = spec.constraint
    if isinstance(constraint, Range):  # MaxSpeakerLabels was 2..10 and is now 2..30
        high = int(constraint.max or 0)
        box[spec.wire] = draw(st.integers(high + 1, max(high * 4, high + 10)))
    elif isinstance(constraint, Text):  # a longer job name, with a character not allowed today
        box[spec.wire] = v.fill(draw, v.NAME_CHARS + " :", draw(st.integers(201, 300)))
    else:  # two toxicity detection settings, for two categories
        box[spec.wire] = [*box[spec.wire], {"ToxicityCategories": ["PROFANITY"]}]


def _reported_only(draw: DrawFn, data: Wire, cls: type[WireModel]) -> None:
    """Break what check() reports and the service may still do, or echo what it echoes."""
    jobs = [box for box, shape in _structures(data, cls) if shape in _JOBS]
    if not jobs:
        return
    job = draw(st.sampled_from(jobs))
    variant = draw(st.integers(0, 4))
    if variant == 0:  # FAILED without a reason
        job["TranscriptionJobStatus"] = TranscriptionJobStatus.FAILED.value
        job.pop("FailureReason", None)
    elif variant == 1:  # COMPLETED, the transcript still {}
        job["TranscriptionJobStatus"] = TranscriptionJobStatus.COMPLETED.value
        job["Transcript"] = {}
    elif variant == 2:  # the identified language echoed beside IdentifyLanguage
        job["IdentifyLanguage"] = True
        job["LanguageCode"] = draw(m.enum_values(LanguageCode)).value
    elif variant == 3:  # queuing reported off, with no role
        job["JobExecutionSettings"] = {"AllowDeferredExecution": False}
    else:  # the flags a request left out, echoed false, counts and all
        job["Settings"] = {
            "ShowSpeakerLabels": False,
            "ChannelIdentification": False,
            "ShowAlternatives": False,
            **({"MaxAlternatives": 2} if draw(st.booleans()) else {}),
        }


_DRIFTS: Final = (_newer_enum_value, _newer_member, _beyond_bounds, _reported_only)


@st.composite
def _response_metadata(draw: DrawFn) -> Wire:
    request_id = str(draw(st.uuids()))
    return {
        "RequestId": request_id,
        "HTTPStatusCode": 200,
        "HTTPHeaders": {
            "x-amzn-requestid": request_id,
            "content-type": "application/x-amz-json-1.1",
            "content-length": str(draw(st.integers(2, 20000))),
            "date": "Tue, 25 Nov 2025 08:00:00 GMT",
        },
        "RetryAttempts": draw(st.integers(0, 3)),
    }


@st.composite
def _response_dict(draw: DrawFn, cls: type[WireModel], drift: bool) -> Wire:
    data = _unstructure(draw(m.from_model(cls, {})))
    if not drift:
        return data
    for _ in range(draw(st.integers(0, 3))):
        draw(st.sampled_from(_DRIFTS))(draw, data, cls)
    if cls in _WRAPPERS and draw(st.booleans()):
        data["ResponseMetadata"] = draw(_response_metadata())
    return data


def _is_response_class(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, WireModel) and is_response_shape(cls)


def response_dicts(cls: type[WireModel], *, drift: bool) -> SearchStrategy[Wire]:
    """Wire dicts of response shape ``cls`` as the service sends them."""
    if not _is_response_class(cls):
        raise InvalidArgument(
            f"{cls!r} is not a shape the service sends; response_dicts() takes TranscriptionJob, "
            "TranscriptionJobSummary, the response wrappers or what lies only under them"
        )
    return _response_dict(cls, drift)
