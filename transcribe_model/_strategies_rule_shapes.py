"""Hypothesis builders for the shapes the medical, Call Analytics, category and scribe rules tie.

Private to ``transcribe_model.strategies``. A shape without a cross-field rule is drawn member
by member (``_strategies_models.generic``); the shapes here have rules (checklist sections C,
MED, CA, CAT, SCR), so they are drawn in the order their rules need and ``check()`` finds no
error in them (warnings, such as an http(s) media URI, may remain: they are advice). Overrides
work as in ``_strategies_models``: an overridden member is taken as given, and a draw whose
overrides break a rule is rejected. ``_strategies_models`` merges ``BUILDERS`` into its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model import _job_constraints as c
from transcribe_model import _strategies_models as _models
from transcribe_model import _strategies_values as v
from transcribe_model._base import WireModel
from transcribe_model._spec import field_specs
from transcribe_model._strategies_models import (
    Builder,
    Draws,
    Overrides,
    build,
    builder_of,
    content_redactions,
    enum_values,
    language_id_settings_maps,
    language_option_lists,
    member_values,
    optional,
    tag_lists,
    value_strategy,
    vocabulary_filter_names,
)
from transcribe_model.call_analytics_categories import (
    AbsoluteTimeRange,
    CreateCallAnalyticsCategoryRequest,
    InputType,
    InterruptionFilter,
    NonTalkTimeFilter,
    RelativeTimeRange,
    Rule,
    SentimentFilter,
    TranscriptFilter,
    UpdateCallAnalyticsCategoryRequest,
)
from transcribe_model.call_analytics_jobs import (
    CallAnalyticsJob,
    CallAnalyticsJobSettings,
    CallAnalyticsJobStatus,
    CallAnalyticsJobSummary,
    ChannelDefinition,
    StartCallAnalyticsJobRequest,
)
from transcribe_model.common import (
    EncryptionConfiguration,
    LanguageCode,
    Media,
    ParticipantRole,
    Transcript,
    TranscriptionJobStatus,
    VocabularyFilterMethod,
)
from transcribe_model.medical_scribe_jobs import (
    MedicalScribeChannelDefinition,
    MedicalScribeJob,
    MedicalScribeJobStatus,
    MedicalScribeJobSummary,
    MedicalScribeOutput,
    MedicalScribeParticipantRole,
    MedicalScribeSettings,
    StartMedicalScribeJobRequest,
)
from transcribe_model.medical_transcription_jobs import (
    MedicalTranscript,
    MedicalTranscriptionJob,
    MedicalTranscriptionJobSummary,
    MedicalTranscriptionSetting,
    StartMedicalTranscriptionJobRequest,
)

_REGIONS: Final = ("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2")
_FAILURE: Final = "The media format provided does not match the detected media format."
uris: Final = v.text_for(c.URI)
_FAILED_CHANGES: Final[dict[str, Any]] = {"failure_reason": _FAILURE}


@st.composite
def kms_key_arns(draw: DrawFn) -> str:
    """A full KMS key ARN (C-4): ``arn:aws:kms:<region>:<account>:key/<uuid>``."""
    region = draw(st.sampled_from(_REGIONS))
    account = draw(st.integers(10**11, 10**12 - 1))
    return f"arn:aws:kms:{region}:{account}:key/{draw(st.uuids())}"


_MEDIA_FILE: Final = builder_of(Media)(
    {"redacted_media_file_uri": st.none(), "media_file_uri": uris}
)


def _rest(cls: type[WireModel], draws: Draws, tied: Mapping[str, Any]) -> WireModel:
    """``cls`` with the ``tied`` members as given and every other member drawn on its own."""
    values = dict(tied)
    for spec in field_specs(cls):
        if spec.name in values:
            continue
        strategy = value_strategy(spec.type, spec.constraint)
        values[spec.name] = draws.value(
            spec.name, strategy if spec.required else optional(strategy)
        )
    return build(cls, values, draws)


def _tied(
    cls: type[WireModel], tie: Callable[[Draws], dict[str, Any]]
) -> Callable[[Overrides], SearchStrategy[Any]]:
    """A builder that draws the members ``tie`` returns first, then the rest of ``cls``."""

    @st.composite
    def draw_one(draw: DrawFn, overrides: Overrides) -> WireModel:
        draws = Draws(draw, overrides)
        tied = tie(draws)
        if "tags" in attrs.fields_dict(cls) and "tags" not in tied:
            # Each tag key once (TAG-1): tags come from the distinct-key generator.
            tied["tags"] = draws.value("tags", optional(tag_lists()))
        return _rest(cls, draws, tied)

    return draw_one


def _paired(draws: Draws, cls: type[WireModel], flag: str, count: str) -> dict[str, Any]:
    """A flag and the count it needs: absent, false, or true with a count."""
    shown = draws.value(flag, st.sampled_from((None, False, True)))
    number = draws.value(count, member_values(cls, count) if shown is True else st.none())
    return {flag: shown, count: number}


def _filter(draws: Draws) -> dict[str, Any]:
    """A vocabulary filter name, always with a method."""
    name = draws.value("vocabulary_filter_name", optional(vocabulary_filter_names))
    methods = enum_values(VocabularyFilterMethod)
    method = draws.value("vocabulary_filter_method", methods if name else optional(methods))
    return {"vocabulary_filter_name": name, "vocabulary_filter_method": method}


# --- medical transcription ---------------------------------------------------------------------


def _medical_settings(draws: Draws) -> dict[str, Any]:
    return {
        **_paired(draws, MedicalTranscriptionSetting, "show_speaker_labels", "max_speaker_labels"),
        **_paired(draws, MedicalTranscriptionSetting, "show_alternatives", "max_alternatives"),
    }


def _medical_request(draws: Draws) -> dict[str, Any]:
    return {
        "language_code": draws.value("language_code", st.just(LanguageCode.EN_US)),
        "media": draws.value("media", _MEDIA_FILE),
    }


# --- Call Analytics jobs -----------------------------------------------------------------------


@st.composite
def _call_media(draw: DrawFn) -> Media:
    """Exactly one of MediaFileUri and RedactedMediaFileUri (CA-1)."""
    uri = draw(uris)
    redacted = draw(st.booleans())
    return Media(
        media_file_uri=None if redacted else uri, redacted_media_file_uri=uri if redacted else None
    )


@st.composite
def _agent_and_customer(draw: DrawFn) -> tuple[ChannelDefinition, ...]:
    """Channels 0 and 1, one AGENT and one CUSTOMER, in any order (CA-3..CA-6)."""
    roles = draw(st.permutations([ParticipantRole.AGENT, ParticipantRole.CUSTOMER]))
    channels = [ChannelDefinition(channel_id=i, participant_role=r) for i, r in enumerate(roles)]
    return tuple(draw(st.permutations(channels)))


def _call_request(draws: Draws) -> dict[str, Any]:
    return {
        "media": draws.value("media", _call_media()),
        "channel_definitions": draws.value("channel_definitions", optional(_agent_and_customer())),
    }


def _call_settings(draws: Draws) -> dict[str, Any]:
    """Language identification settings per language, or the custom names directly (CA-11)."""
    options = draws.value("language_options", optional(language_option_lists()))
    per_language = draws.value(
        "language_id_settings",
        optional(language_id_settings_maps(options, allow_model=True, allow_filter=True)),
    )
    if per_language is not None:
        methods = enum_values(VocabularyFilterMethod)
        return {
            "language_options": options,
            "language_id_settings": per_language,
            "vocabulary_name": draws.value("vocabulary_name", st.none()),
            "vocabulary_filter_name": draws.value("vocabulary_filter_name", st.none()),
            "language_model_name": draws.value("language_model_name", st.none()),
            "vocabulary_filter_method": draws.value("vocabulary_filter_method", methods),
            "content_redaction": draws.value("content_redaction", optional(content_redactions({}))),
        }
    return {
        "language_options": options,
        "language_id_settings": None,
        **_filter(draws),
        "content_redaction": draws.value("content_redaction", optional(content_redactions({}))),
    }


# --- Call Analytics categories -----------------------------------------------------------------


def _time_range(start: str, end: str, cls: type[WireModel]) -> Callable[[Draws], dict[str, Any]]:
    """A segment (start < end), or First and/or Last, never both kinds (CAT-3..CAT-9)."""

    def tie(draws: Draws) -> dict[str, Any]:
        kind = draws.draw(st.integers(0, 3))
        if kind == 0:
            low = draws.draw(member_values(cls, start))
            high = draws.draw(member_values(cls, end).filter(lambda value: value > low))
            return {start: low, end: high, "first": None, "last": None}
        first = draws.draw(member_values(cls, "first")) if kind != 2 else None
        last = draws.draw(member_values(cls, "last")) if kind != 1 else None
        return {start: None, end: None, "first": first, "last": last}

    return lambda draws: {name: draws.given.get(name, value) for name, value in tie(draws).items()}


def _one_range(cls: type[WireModel]) -> Callable[[Draws], dict[str, Any]]:
    """At most one of AbsoluteTimeRange and RelativeTimeRange (CAT-11)."""

    def tie(draws: Draws) -> dict[str, Any]:
        kind = draws.draw(st.integers(0, 2))
        absolute = builder_of(AbsoluteTimeRange)({}) if kind == 1 else st.none()
        relative = builder_of(RelativeTimeRange)({}) if kind == 2 else st.none()
        return {
            "absolute_time_range": draws.value("absolute_time_range", absolute),
            "relative_time_range": draws.value("relative_time_range", relative),
        }

    return tie


def _category(draws: Draws) -> dict[str, Any]:
    """Rules of any filter; only TranscriptFilter rules when InputType is REAL_TIME (CAT-14)."""
    input_type = draws.value("input_type", optional(enum_values(InputType)))
    if input_type == InputType.REAL_TIME:
        rule = builder_of(Rule)({"transcript_filter": builder_of(TranscriptFilter)({})})
    else:
        rule = builder_of(Rule)({})
    rules = st.lists(rule, min_size=1, max_size=4).map(tuple)
    return {"input_type": input_type, "rules": draws.value("rules", rules)}


# --- Medical Scribe ----------------------------------------------------------------------------


def _scribe_settings(draws: Draws) -> dict[str, Any]:
    """Exactly one of speaker labels (with a count) and channel identification (SCR-1..SCR-3)."""
    channels = draws.value("channel_identification", st.booleans())
    speakers = draws.value("show_speaker_labels", st.just(not channels))
    count = member_values(MedicalScribeSettings, "max_speaker_labels")
    return {
        "channel_identification": channels,
        "show_speaker_labels": speakers,
        "max_speaker_labels": draws.value(
            "max_speaker_labels", count if speakers is True else st.none()
        ),
        **_filter(draws),
    }


@st.composite
def _clinician_and_patient(draw: DrawFn) -> tuple[MedicalScribeChannelDefinition, ...]:
    """Channels 0 and 1, one CLINICIAN and one PATIENT, in any order (SCR-6..SCR-8)."""
    roles = draw(st.permutations(list(MedicalScribeParticipantRole)))
    return tuple(
        MedicalScribeChannelDefinition(channel_id=i, participant_role=r)
        for i, r in enumerate(roles)
    )


def _scribe_request(draws: Draws) -> dict[str, Any]:
    """ChannelDefinitions if and only if Settings.ChannelIdentification (SCR-4, SCR-5)."""
    settings = draws.value("settings", builder_of(MedicalScribeSettings)({}))
    channels = settings.channel_identification is True
    return {
        "media": draws.value("media", _MEDIA_FILE),
        "settings": settings,
        "channel_definitions": draws.value(
            "channel_definitions", _clinician_and_patient() if channels else st.none()
        ),
    }


# --- responses: jobs that say why they failed and where their results are ----------------------


def _job(
    cls: type[WireModel],
    status_field: str,
    failed: object,
    completed: object | None = None,
    result: tuple[str, SearchStrategy[Any]] | None = None,
) -> Builder:
    """A job drawn member by member, then given the FailureReason or result its status needs."""

    @st.composite
    def draw_one(draw: DrawFn, overrides: Overrides) -> WireModel:
        draws = Draws(draw, overrides)
        job = _rest(cls, draws, {})
        status = getattr(job, status_field)
        if status == failed and not draws.has("failure_reason"):
            job = attrs.evolve(job, **_FAILED_CHANGES)
        if result is not None and status == completed and not draws.has(result[0]):
            job = attrs.evolve(job, **{result[0]: draw(result[1])})
        return job

    return draw_one


_TRANSCRIPT_URIS: Final = uris
_CALL_TRANSCRIPT: Final = st.builds(Transcript, transcript_file_uri=_TRANSCRIPT_URIS)
_MEDICAL_TRANSCRIPT: Final = st.builds(MedicalTranscript, transcript_file_uri=_TRANSCRIPT_URIS)
_SCRIBE_OUTPUT: Final = st.builds(
    MedicalScribeOutput, transcript_file_uri=_TRANSCRIPT_URIS, clinical_document_uri=uris
)

BUILDERS: Final[dict[type[WireModel], Builder]] = {
    EncryptionConfiguration: _tied(
        EncryptionConfiguration, lambda d: {"kms_key": d.value("kms_key", kms_key_arns())}
    ),
    MedicalTranscriptionSetting: _tied(MedicalTranscriptionSetting, _medical_settings),
    StartMedicalTranscriptionJobRequest: _tied(
        StartMedicalTranscriptionJobRequest, _medical_request
    ),
    StartCallAnalyticsJobRequest: _tied(StartCallAnalyticsJobRequest, _call_request),
    CallAnalyticsJobSettings: _tied(CallAnalyticsJobSettings, _call_settings),
    AbsoluteTimeRange: _tied(
        AbsoluteTimeRange, _time_range("start_time", "end_time", AbsoluteTimeRange)
    ),
    RelativeTimeRange: _tied(
        RelativeTimeRange, _time_range("start_percentage", "end_percentage", RelativeTimeRange)
    ),
    NonTalkTimeFilter: _tied(NonTalkTimeFilter, _one_range(NonTalkTimeFilter)),
    InterruptionFilter: _tied(InterruptionFilter, _one_range(InterruptionFilter)),
    TranscriptFilter: _tied(TranscriptFilter, _one_range(TranscriptFilter)),
    SentimentFilter: _tied(SentimentFilter, _one_range(SentimentFilter)),
    CreateCallAnalyticsCategoryRequest: _tied(CreateCallAnalyticsCategoryRequest, _category),
    UpdateCallAnalyticsCategoryRequest: _tied(UpdateCallAnalyticsCategoryRequest, _category),
    MedicalScribeSettings: _tied(MedicalScribeSettings, _scribe_settings),
    StartMedicalScribeJobRequest: _tied(StartMedicalScribeJobRequest, _scribe_request),
    MedicalTranscriptionJob: _job(
        MedicalTranscriptionJob,
        "transcription_job_status",
        TranscriptionJobStatus.FAILED,
        TranscriptionJobStatus.COMPLETED,
        ("transcript", _MEDICAL_TRANSCRIPT),
    ),
    MedicalTranscriptionJobSummary: _job(
        MedicalTranscriptionJobSummary, "transcription_job_status", TranscriptionJobStatus.FAILED
    ),
    CallAnalyticsJob: _job(
        CallAnalyticsJob,
        "call_analytics_job_status",
        CallAnalyticsJobStatus.FAILED,
        CallAnalyticsJobStatus.COMPLETED,
        ("transcript", _CALL_TRANSCRIPT),
    ),
    CallAnalyticsJobSummary: _job(
        CallAnalyticsJobSummary, "call_analytics_job_status", CallAnalyticsJobStatus.FAILED
    ),
    MedicalScribeJob: _job(
        MedicalScribeJob,
        "medical_scribe_job_status",
        MedicalScribeJobStatus.FAILED,
        MedicalScribeJobStatus.COMPLETED,
        ("medical_scribe_output", _SCRIBE_OUTPUT),
    ),
    MedicalScribeJobSummary: _job(
        MedicalScribeJobSummary, "medical_scribe_job_status", MedicalScribeJobStatus.FAILED
    ),
}


_models.BUILDERS.update(BUILDERS)
