"""Strategies for the shapes of TranscribeAudio and the resource families that have rules.

Private to ``transcribe_model.strategies``. ``_strategies_models`` adds :data:`FAMILY_BUILDERS`
to its table, so ``st.from_type`` draws these shapes valid by construction: a vocabulary by
phrases or by file, never both; a medical vocabulary in en-US; training data in Amazon S3; tags
with distinct keys; a TranscribeAudio request whose language mode is chosen first and whose
vocabularies, filters and redaction follow it (``transcribe_model.transcribe_audio.rules``).
Nothing is filtered: each rule is kept by the order of the draws.
"""

from __future__ import annotations

from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model import _strategies_models as m
from transcribe_model import _strategies_values as v
from transcribe_model._base import WireModel
from transcribe_model._spec import field_specs
from transcribe_model.common import ContentRedaction, LanguageCode, VocabularyFilterMethod
from transcribe_model.language_models._models import (
    URI as LM_URI,
)
from transcribe_model.language_models._models import (
    CreateLanguageModelRequest,
    InputDataConfig,
)
from transcribe_model.medical_vocabularies._models import (
    CreateMedicalVocabularyRequest,
    UpdateMedicalVocabularyRequest,
)
from transcribe_model.tagging._models import TagResourceRequest
from transcribe_model.transcribe_audio._models import (
    VOCABULARY_FILTER_NAME,
    VOCABULARY_NAME,
    WORD,
    LanguageDetectionMode,
    SyncLanguage,
    SyncMedia,
    SyncOutputConfiguration,
    TranscribeAudioRequest,
    VocabularyFilterEntry,
    VocabularyFilterSettings,
    VocabularyPhrase,
    VocabularySettingsEntry,
)
from transcribe_model.transcribe_audio.rules import REDACTION_LANGUAGES
from transcribe_model.vocabularies._models import (
    PHRASE,
    CreateVocabularyRequest,
    UpdateVocabularyRequest,
)
from transcribe_model.vocabulary_filters._models import (
    WORD as FILTER_WORD,
)
from transcribe_model.vocabulary_filters._models import (
    CreateVocabularyFilterRequest,
    UpdateVocabularyFilterRequest,
)

_MAX_ENTRIES: Final = 5

#: Amazon S3 URIs of the model's ``Uri`` shape: the http(s) forms the pattern admits are refused
#: for training data (``training_data_is_in_s3``).
s3_uris: Final = v.text_for(LM_URI).map(lambda uri: "s3://" + uri.split("://", 1)[1])


@st.composite
def _one_source(
    draw: DrawFn,
    cls: type[WireModel],
    overrides: m.Overrides,
    listed: tuple[str, SearchStrategy[Any]],
    file: tuple[str, SearchStrategy[Any]],
    special: dict[str, SearchStrategy[Any]],
) -> WireModel:
    """A ``cls`` with one of its inline list and its file URI; the rest drawn generically."""
    draws = m.Draws(draw, overrides)
    (list_name, list_values), (file_name, file_values) = listed, file
    if draws.has(list_name) or draws.has(file_name):
        inline = draws.given.get(list_name) is not None
    else:
        inline = draw(st.booleans())
    values: dict[str, Any] = {
        list_name: draws.value(list_name, list_values if inline else st.none()),
        file_name: draws.value(file_name, st.none() if inline else file_values),
    }
    for spec in field_specs(cls):
        if spec.name in values:
            continue
        strategy = special.get(spec.name)
        if strategy is None:
            strategy = m.value_strategy(spec.type, spec.constraint)
        values[spec.name] = draws.value(
            spec.name, strategy if spec.required else m.optional(strategy)
        )
    return m.build(cls, values, draws)


def _vocabularies(cls: type[WireModel]) -> m.Builder:
    phrases = st.lists(v.text_for(PHRASE), min_size=1, max_size=5).map(tuple)
    return lambda overrides: _one_source(
        cls,
        overrides,
        ("phrases", phrases),
        ("vocabulary_file_uri", m.uris),
        {"tags": m.tag_lists()},
    )


def _filters(cls: type[WireModel]) -> m.Builder:
    words = st.lists(v.text_for(FILTER_WORD), min_size=1, max_size=5).map(tuple)
    return lambda overrides: _one_source(
        cls,
        overrides,
        ("words", words),
        ("vocabulary_filter_file_uri", m.uris),
        {"tags": m.tag_lists()},
    )


def _generic(cls: type[WireModel], **special: SearchStrategy[Any]) -> m.Builder:
    """Member by member, as ``_strategies_models`` draws a shape, with ``special`` members."""
    return lambda overrides: m.generic(cls, overrides, special, frozenset())


def _medical(cls: type[WireModel]) -> m.Builder:
    return _generic(cls, language_code=st.just(LanguageCode.EN_US), tags=m.tag_lists())


# --- TranscribeAudio ----------------------------------------------------------------------------


@st.composite
def vocabulary_entries(
    draw: DrawFn, language: SyncLanguage, by_name: bool
) -> VocabularySettingsEntry:
    """One vocabulary entry for ``language``: by name, or a few phrases inline."""
    if by_name:
        return VocabularySettingsEntry(
            language=language, vocabulary_name=draw(v.text_for(VOCABULARY_NAME))
        )
    phrases = draw(st.lists(m.builder_of(VocabularyPhrase)({}), min_size=1, max_size=3))
    return VocabularySettingsEntry(language=language, phrases=tuple(phrases))


@st.composite
def filter_entries(draw: DrawFn, language: SyncLanguage, by_name: bool) -> VocabularyFilterEntry:
    """One filter entry for ``language``: by name, or a few words inline."""
    if by_name:
        name = draw(v.text_for(VOCABULARY_FILTER_NAME))
        return VocabularyFilterEntry(language=language, vocabulary_filter_name=name)
    words = draw(st.lists(v.text_for(WORD), min_size=1, max_size=3))
    return VocabularyFilterEntry(language=language, words=tuple(words))


@st.composite
def _entry_alone(draw: DrawFn, cls: type[WireModel], overrides: m.Overrides) -> WireModel:
    """A vocabulary or filter entry on its own: by name or inline, never both nor neither."""
    draws = m.Draws(draw, overrides)
    language = draws.value("language", m.enum_values(SyncLanguage))
    make = vocabulary_entries if cls is VocabularySettingsEntry else filter_entries
    entry: WireModel = draw(make(language, draw(st.booleans())))
    values = {spec.name: getattr(entry, spec.name) for spec in field_specs(cls)}
    return m.build(cls, values, draws)


def _languages_of_entries(
    draw: DrawFn, language: SyncLanguage | None, options: tuple[SyncLanguage, ...] | None
) -> list[SyncLanguage] | None:
    """The languages a set of entries may have, or None for no entries at all."""
    if language is not None:
        return [language] if draw(st.booleans()) else None
    if not options or not draw(st.booleans()):
        return None  # without LanguageOptions, entries would only draw a warning
    most = min(_MAX_ENTRIES, len(options))
    return draw(st.lists(st.sampled_from(options), unique=True, min_size=1, max_size=most))


@st.composite
def transcribe_audio_requests(draw: DrawFn, overrides: m.Overrides) -> TranscribeAudioRequest:
    """A request keeping every rule: language mode first, then what it allows."""
    draws = m.Draws(draw, overrides)
    redaction = draws.value("content_redaction", m.optional(m.BUILDERS[ContentRedaction]({})))
    languages = REDACTION_LANGUAGES if redaction is not None else frozenset(SyncLanguage)
    pool = sorted(languages, key=lambda language: language.value)
    if draws.has("language"):
        detect = draws.given["language"] is None
    elif draws.has("language_detection_mode"):
        detect = draws.given["language_detection_mode"] is not None
    else:
        detect = draw(st.booleans())
    option_lists = st.lists(st.sampled_from(pool), unique=True, min_size=2, max_size=len(pool))
    if detect:
        language = None
        mode: LanguageDetectionMode | None = LanguageDetectionMode.IDENTIFY_LANGUAGE
        options_strategy = option_lists if redaction is not None else m.optional(option_lists)
        options = draws.value("language_options", options_strategy.map(_tuple))
    else:
        language = draws.value("language", st.sampled_from(pool))
        mode, options = None, None
    show = draws.value("show_speaker_labels", m.optional(st.booleans()))
    counts = st.integers(2, 30)
    vocabulary_languages = _languages_of_entries(draw, language, options)
    vocabulary_settings = None
    if vocabulary_languages is not None:
        by_name = draw(st.booleans())
        vocabulary_settings = tuple(
            draw(vocabulary_entries(lang, by_name)) for lang in vocabulary_languages
        )
    filter_languages = _languages_of_entries(draw, language, options)
    filter_settings = None
    if filter_languages is not None:
        by_name = draw(st.booleans())
        filter_settings = VocabularyFilterSettings(
            vocabulary_filter_method=draw(m.enum_values(VocabularyFilterMethod)),
            filters=tuple(draw(filter_entries(lang, by_name)) for lang in filter_languages),
        )
    values = {
        "media": draws.value("media", m.builder_of(SyncMedia)({})),
        "language": language,
        "language_detection_mode": mode,
        "language_options": options,
        "channel_identification": draws.value("channel_identification", m.optional(st.booleans())),
        "show_speaker_labels": show,
        "max_speaker_labels": draws.value(
            "max_speaker_labels", counts if show is True else st.none()
        ),
        "vocabulary_settings": draws.value("vocabulary_settings", st.just(vocabulary_settings)),
        "vocabulary_filter_settings": draws.value(
            "vocabulary_filter_settings", st.just(filter_settings)
        ),
        "content_redaction": redaction,
        "output_configuration": draws.value(
            "output_configuration", m.optional(m.builder_of(SyncOutputConfiguration)({}))
        ),
    }
    return m.build(TranscribeAudioRequest, values, draws)


def _tuple(items: list[SyncLanguage] | None) -> tuple[SyncLanguage, ...] | None:
    return None if items is None else tuple(items)


# --- the table ----------------------------------------------------------------------------------

FAMILY_BUILDERS: Final[dict[type[WireModel], m.Builder]] = {
    InputDataConfig: _generic(InputDataConfig, s3_uri=s3_uris, tuning_data_s3_uri=s3_uris),
    CreateVocabularyRequest: _vocabularies(CreateVocabularyRequest),
    UpdateVocabularyRequest: _vocabularies(UpdateVocabularyRequest),
    CreateVocabularyFilterRequest: _filters(CreateVocabularyFilterRequest),
    UpdateVocabularyFilterRequest: _filters(UpdateVocabularyFilterRequest),
    CreateMedicalVocabularyRequest: _medical(CreateMedicalVocabularyRequest),
    UpdateMedicalVocabularyRequest: _medical(UpdateMedicalVocabularyRequest),
    CreateLanguageModelRequest: _generic(CreateLanguageModelRequest, tags=m.tag_lists()),
    TagResourceRequest: _generic(TagResourceRequest, tags=m.tag_lists()),
    VocabularySettingsEntry: lambda overrides: _entry_alone(VocabularySettingsEntry, overrides),
    VocabularyFilterEntry: lambda overrides: _entry_alone(VocabularyFilterEntry, overrides),
    TranscribeAudioRequest: transcribe_audio_requests,
}
