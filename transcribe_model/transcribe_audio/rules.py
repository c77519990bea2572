"""The documented cross-field rules of TranscribeAudio, the synchronous API, one function each.

Every rule quotes the sentence of botocore's service-model documentation it enforces and names
the member that documentation belongs to; it yields a ``Violation`` per thing it finds (paths
relative to the shape it is registered for, in wire names) and never stops at the first.

Custom vocabularies (``VocabularySettings``) and vocabulary filters
(``VocabularyFilterSettings.Filters``) are documented with the same sentences, so each pair of
rules shares one helper below and differs only in the entries it reads and the path it reports.
``ContentRedaction.PiiEntityTypes`` is checked by ``transcribe_model.common.rules``.

The model's ``MediaBytesBlob`` maximum (26,214,400 bytes) is a rule here
(``media_bytes_within_size``) because the generated constraint data keeps no bounds for blobs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Final

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model.transcribe_audio._models import (
    SyncItem,
    SyncLanguage,
    SyncMedia,
    TranscribeAudioRequest,
    TranscribeAudioResponse,
    VocabularyFilterEntry,
    VocabularySettingsEntry,
)

#: ``SyncMedia.MediaBytes``: "The maximum size is 25 MB (26,214,400 bytes) of audio, measured
#: before base64 encoding." (shape ``MediaBytesBlob``: min 1, max 26214400).
MAX_MEDIA_BYTES: Final = 26_214_400

#: ``TranscribeAudioRequest.ContentRedaction``: "Languages: English (en), Spanish (es), French
#: (fr), Italian (it), German (de), and Portuguese (pt)." The service will add languages: this is
#: the one place to grow.
REDACTION_LANGUAGES: Final = frozenset(
    {SyncLanguage.EN, SyncLanguage.ES, SyncLanguage.FR, SyncLanguage.IT, SyncLanguage.DE,
     SyncLanguage.PT}
)  # fmt: skip

#: What an item's ``ChannelLabel`` may be: "The audio channel this item came from (ch_0 or ch_1)".
CHANNEL_LABELS: Final = frozenset({"ch_0", "ch_1"})

_VOCABULARIES: Final = "VocabularySettings"
_FILTERS: Final = "VocabularyFilterSettings.Filters"

Entry = VocabularySettingsEntry | VocabularyFilterEntry
Rule = Callable[..., Iterator[Violation]]


# --- Media --------------------------------------------------------------------------------------


@request_rule(SyncMedia, reads=("MediaBytes",), only_with=("media_bytes",))
def media_bytes_within_size(media: SyncMedia) -> Iterator[Violation]:
    """MediaBytes holds at most 26,214,400 bytes, counted before base64 encoding.

    ``SyncMedia.MediaBytes``: "The maximum size is 25 MB (26,214,400 bytes) of audio, measured
    before base64 encoding." botocore never checks a blob's length, so without this the service
    would be the first to refuse an oversized upload, after the whole of it was sent. (The
    model's minimum of one byte is left to the service: an empty blob stays buildable, as the
    blob round-trip tests of the generated models use it.)
    """
    data = media.media_bytes
    if data is not None and len(data) > MAX_MEDIA_BYTES:
        yield _violation(
            "MediaBytes",
            f"must be at most {MAX_MEDIA_BYTES} bytes (25 MB) before base64, got {len(data)}",
            media_bytes_within_size,
        )


# --- language -----------------------------------------------------------------------------------


@request_rule(TranscribeAudioRequest, reads=("Language", "LanguageDetectionMode"))
def language_or_detection_mode(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """Exactly one of Language and LanguageDetectionMode.

    ``TranscribeAudioRequest.Language``: "Include either Language or LanguageDetectionMode in your
    request, but not both."
    """
    if request.language is None and request.language_detection_mode is None:
        yield _violation(
            "Language",
            "is missing: give Language, or LanguageDetectionMode to identify the language",
            language_or_detection_mode,
        )
    elif request.language is not None and request.language_detection_mode is not None:
        yield _violation(
            "LanguageDetectionMode",
            "cannot be given together with Language: choose one",
            language_or_detection_mode,
        )


@request_rule(TranscribeAudioRequest, reads=("LanguageOptions",), only_with=("language_options",))
def language_options_need_detection_mode(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """LanguageOptions only with LanguageDetectionMode.

    ``TranscribeAudioRequest.LanguageOptions``: "You can use LanguageOptions only with
    LanguageDetectionMode."
    """
    if request.language_options is not None and request.language_detection_mode is None:
        yield _violation(
            "LanguageOptions",
            "is only allowed with LanguageDetectionMode",
            language_options_need_detection_mode,
        )


@request_rule(TranscribeAudioRequest, reads=("LanguageOptions",), only_with=("language_options",))
def language_options_are_distinct(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """LanguageOptions holds two or more languages, each once.

    ``TranscribeAudioRequest.LanguageOptions``: "Each language can appear only once. A list with
    only one language returns a BadRequestException." (The model's minimum is one.)
    """
    options = request.language_options
    if options is None:
        return
    if len(options) < 2:
        yield _violation(
            "LanguageOptions",
            f"must hold two or more languages, got {len(options)}",
            language_options_are_distinct,
        )
    seen: set[SyncLanguage] = set()
    for index, language in enumerate(options):
        if language in seen:
            yield _violation(
                f"LanguageOptions[{index}]",
                f"repeats the language {language.value}",
                language_options_are_distinct,
            )
        seen.add(language)


# --- speakers -----------------------------------------------------------------------------------


@request_rule(
    TranscribeAudioRequest,
    reads=("ShowSpeakerLabels", "MaxSpeakerLabels"),
    only_with=("show_speaker_labels",),
)
def speaker_labels_need_max_speaker_labels(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """ShowSpeakerLabels=true needs MaxSpeakerLabels.

    ``TranscribeAudioRequest.ShowSpeakerLabels``: "If you set ShowSpeakerLabels to true, you must
    also include MaxSpeakerLabels."
    """
    if request.show_speaker_labels is True and request.max_speaker_labels is None:
        yield _violation(
            "MaxSpeakerLabels",
            "is required when ShowSpeakerLabels is true",
            speaker_labels_need_max_speaker_labels,
        )


@request_rule(
    TranscribeAudioRequest,
    reads=("MaxSpeakerLabels", "ShowSpeakerLabels"),
    only_with=("max_speaker_labels",),
)
def max_speaker_labels_need_speaker_labels(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """MaxSpeakerLabels needs ShowSpeakerLabels=true.

    ``TranscribeAudioRequest.MaxSpeakerLabels``: "You can set MaxSpeakerLabels only if
    ShowSpeakerLabels is true."
    """
    if request.max_speaker_labels is not None and request.show_speaker_labels is not True:
        yield _violation(
            "ShowSpeakerLabels",
            "must be true when MaxSpeakerLabels is given",
            max_speaker_labels_need_speaker_labels,
        )


# --- one entry: by name or inline ---------------------------------------------------------------


def _sides(entry: Entry) -> tuple[bool, bool]:
    """Whether the entry is given by name, and whether inline."""
    if isinstance(entry, VocabularySettingsEntry):
        return entry.vocabulary_name is not None, entry.phrases is not None
    return entry.vocabulary_filter_name is not None, entry.words is not None


def _kind(entry: Entry) -> str | None:
    """'by name' or 'inline' for an entry that sets exactly one of the two, else None."""
    by_name, inline = _sides(entry)
    if by_name == inline:
        return None
    return "by name" if by_name else "inline"


def _one_of(entry: Entry, name: str, inline: str, rule: Rule) -> Iterator[Violation]:
    by_name, listed = _sides(entry)
    if by_name and listed:
        yield _violation(inline, f"cannot be given together with {name}: choose one", rule)
    elif not by_name and not listed:
        yield _violation(name, f"is missing: give {name} or {inline}", rule)


@request_rule(VocabularySettingsEntry, reads=("VocabularyName", "Phrases"))
def vocabulary_entry_has_name_or_phrases(entry: VocabularySettingsEntry) -> Iterator[Violation]:
    """An entry names a custom vocabulary or lists its phrases, not both.

    ``VocabularySettingsEntry``: "Specify exactly one of VocabularyName or Phrases."
    """
    yield from _one_of(entry, "VocabularyName", "Phrases", vocabulary_entry_has_name_or_phrases)


@request_rule(VocabularyFilterEntry, reads=("VocabularyFilterName", "Words"))
def filter_entry_has_name_or_words(entry: VocabularyFilterEntry) -> Iterator[Violation]:
    """An entry names a custom vocabulary filter or lists its words, not both.

    ``VocabularyFilterEntry``: "Specify exactly one of VocabularyFilterName or Words."
    """
    yield from _one_of(entry, "VocabularyFilterName", "Words", filter_entry_has_name_or_words)


# --- the entries of a request, shared by vocabularies and filters -------------------------------


def _same_type(entries: Sequence[Entry], path: str, rule: Rule) -> Iterator[Violation]:
    first: str | None = None
    for index, entry in enumerate(entries):
        kind = _kind(entry)
        if kind is None:
            continue  # neither or both: the entry's own rule reports it
        if first is None:
            first = kind
        elif kind != first:
            yield _violation(
                f"{path}[{index}]",
                f"is given {kind}, but an earlier entry is given {first}: all entries must use "
                "the same type, either all by name or all inline",
                rule,
            )


def _distinct_languages(entries: Sequence[Entry], path: str, rule: Rule) -> Iterator[Violation]:
    seen: set[SyncLanguage] = set()
    for index, entry in enumerate(entries):
        if entry.language in seen:
            yield _violation(
                f"{path}[{index}].Language",
                f"repeats the language {entry.language.value}: each language can appear in "
                "only one entry",
                rule,
            )
        seen.add(entry.language)


def _match_language(
    request: TranscribeAudioRequest, entries: Sequence[Entry], path: str, rule: Rule
) -> Iterator[Violation]:
    language = request.language
    if language is None:
        return
    if len(entries) != 1:
        yield _violation(
            path, f"must hold exactly one entry when Language is given, got {len(entries)}", rule
        )
    for index, entry in enumerate(entries):
        if entry.language != language:
            yield _violation(
                f"{path}[{index}].Language",
                f"is {entry.language.value}, but the request's Language is {language.value}",
                rule,
            )


def _within_options(
    request: TranscribeAudioRequest, entries: Sequence[Entry], path: str, rule: Rule
) -> Iterator[Violation]:
    if request.language_detection_mode is None or request.language_options is None:
        return
    options = set(request.language_options)
    for index, entry in enumerate(entries):
        if entry.language not in options:
            yield _violation(
                f"{path}[{index}].Language",
                f"is {entry.language.value}, which is not one of LanguageOptions",
                rule,
            )


def _options_missing(
    request: TranscribeAudioRequest, entries: Sequence[Entry], path: str, rule: Rule
) -> Iterator[Violation]:
    if request.language_detection_mode is not None and request.language_options is None and entries:
        yield _violation(
            path,
            "has entries per language, but LanguageOptions does not say which languages to "
            "expect: give LanguageOptions with LanguageDetectionMode",
            rule,
            severity="warning",
        )


def _vocabularies(request: TranscribeAudioRequest) -> Sequence[Entry]:
    return request.vocabulary_settings or ()


def _filters(request: TranscribeAudioRequest) -> Sequence[Entry]:
    settings = request.vocabulary_filter_settings
    return settings.filters if settings is not None else ()


# --- VocabularySettings ---------------------------------------------------------------------------


@request_rule(
    TranscribeAudioRequest, reads=("VocabularySettings",), only_with=("vocabulary_settings",)
)
def vocabulary_settings_share_one_type(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """All VocabularySettings entries name a vocabulary, or all list phrases.

    ``TranscribeAudioRequest.VocabularySettings``: "All entries must use the same type, either
    all by name or all inline."
    """
    yield from _same_type(_vocabularies(request), _VOCABULARIES, vocabulary_settings_share_one_type)


@request_rule(
    TranscribeAudioRequest, reads=("VocabularySettings",), only_with=("vocabulary_settings",)
)
def vocabulary_settings_languages_are_distinct(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """Each language has at most one VocabularySettings entry.

    ``TranscribeAudioRequest.VocabularySettings``: "Each language can appear in only one entry."
    """
    yield from _distinct_languages(
        _vocabularies(request), _VOCABULARIES, vocabulary_settings_languages_are_distinct
    )


@request_rule(
    TranscribeAudioRequest, reads=("VocabularySettings",), only_with=("vocabulary_settings",)
)
def vocabulary_settings_match_language(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """With Language, exactly one VocabularySettings entry, for that language.

    ``TranscribeAudioRequest.VocabularySettings``: "If you specify Language, include exactly one
    entry, and its Language must match."
    """
    if request.vocabulary_settings is not None:
        yield from _match_language(
            request, request.vocabulary_settings, _VOCABULARIES, vocabulary_settings_match_language
        )


@request_rule(
    TranscribeAudioRequest, reads=("VocabularySettings",), only_with=("vocabulary_settings",)
)
def vocabulary_settings_within_language_options(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """With LanguageDetectionMode, each VocabularySettings entry is for one of LanguageOptions.

    ``TranscribeAudioRequest.VocabularySettings``: "If you use LanguageDetectionMode, you can
    include one entry for each language in LanguageOptions."
    """
    yield from _within_options(
        request, _vocabularies(request), _VOCABULARIES, vocabulary_settings_within_language_options
    )


@request_rule(
    TranscribeAudioRequest, reads=("VocabularySettings",), only_with=("vocabulary_settings",)
)
def vocabulary_settings_want_language_options(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """Warn: VocabularySettings with LanguageDetectionMode but no LanguageOptions.

    ``TranscribeAudioRequest.VocabularySettings``: "If you use LanguageDetectionMode, you can
    include one entry for each language in LanguageOptions." Entries are defined only relative
    to LanguageOptions; without them it is undocumented which entries apply.
    """
    yield from _options_missing(
        request, _vocabularies(request), _VOCABULARIES, vocabulary_settings_want_language_options
    )


# --- VocabularyFilterSettings.Filters -------------------------------------------------------------


@request_rule(
    TranscribeAudioRequest,
    reads=("VocabularyFilterSettings",),
    only_with=("vocabulary_filter_settings",),
)
def filters_share_one_type(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """All Filters entries name a vocabulary filter, or all list words.

    ``VocabularyFilterSettings.Filters``: "All entries must use the same type, either all by name
    or all inline."
    """
    yield from _same_type(_filters(request), _FILTERS, filters_share_one_type)


@request_rule(
    TranscribeAudioRequest,
    reads=("VocabularyFilterSettings",),
    only_with=("vocabulary_filter_settings",),
)
def filters_languages_are_distinct(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """Each language has at most one Filters entry.

    ``VocabularyFilterSettings.Filters``: "Each language can appear in only one entry."
    """
    yield from _distinct_languages(_filters(request), _FILTERS, filters_languages_are_distinct)


@request_rule(
    TranscribeAudioRequest,
    reads=("VocabularyFilterSettings",),
    only_with=("vocabulary_filter_settings",),
)
def filters_match_language(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """With Language, exactly one Filters entry, for that language.

    ``VocabularyFilterSettings.Filters``: "If you specify Language, include exactly one entry, and
    its Language must match."
    """
    if request.vocabulary_filter_settings is not None:
        yield from _match_language(
            request, request.vocabulary_filter_settings.filters, _FILTERS, filters_match_language
        )


@request_rule(
    TranscribeAudioRequest,
    reads=("VocabularyFilterSettings",),
    only_with=("vocabulary_filter_settings",),
)
def filters_within_language_options(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """With LanguageDetectionMode, each Filters entry is for one of LanguageOptions.

    ``VocabularyFilterSettings.Filters``: "If you use LanguageDetectionMode, you can include one
    entry for each language in LanguageOptions."
    """
    yield from _within_options(
        request, _filters(request), _FILTERS, filters_within_language_options
    )


@request_rule(
    TranscribeAudioRequest,
    reads=("VocabularyFilterSettings",),
    only_with=("vocabulary_filter_settings",),
)
def filters_want_language_options(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """Warn: Filters with LanguageDetectionMode but no LanguageOptions.

    ``VocabularyFilterSettings.Filters``: "If you use LanguageDetectionMode, you can include one
    entry for each language in LanguageOptions." (as for VocabularySettings).
    """
    yield from _options_missing(request, _filters(request), _FILTERS, filters_want_language_options)


# --- ContentRedaction ---------------------------------------------------------------------------


@request_rule(TranscribeAudioRequest, reads=("ContentRedaction",), only_with=("content_redaction",))
def redaction_with_detection_needs_language_options(
    request: TranscribeAudioRequest,
) -> Iterator[Violation]:
    """ContentRedaction with LanguageDetectionMode needs LanguageOptions.

    ``TranscribeAudioRequest.ContentRedaction``: "If you use LanguageDetectionMode, you must also
    include LanguageOptions ... A request that has no LanguageOptions ... returns a
    BadRequestException."
    """
    if (
        request.content_redaction is not None
        and request.language_detection_mode is not None
        and request.language_options is None
    ):
        yield _violation(
            "LanguageOptions",
            "is required when ContentRedaction is used with LanguageDetectionMode",
            redaction_with_detection_needs_language_options,
        )


@request_rule(TranscribeAudioRequest, reads=("ContentRedaction",), only_with=("content_redaction",))
def redaction_languages_are_supported(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """ContentRedaction only for English, Spanish, French, Italian, German and Portuguese.

    ``TranscribeAudioRequest.ContentRedaction``: "Languages: English (en), Spanish (es), French
    (fr), Italian (it), German (de), and Portuguese (pt)." and "A request that ... lists a
    language that isn't supported, returns a BadRequestException."
    """
    if request.content_redaction is None:
        return
    supported = ", ".join(sorted(language.value for language in REDACTION_LANGUAGES))
    if request.language is not None and request.language not in REDACTION_LANGUAGES:
        yield _violation(
            "Language",
            f"is {request.language.value}; ContentRedaction supports only {supported}",
            redaction_languages_are_supported,
        )
    for index, language in enumerate(request.language_options or ()):
        if language not in REDACTION_LANGUAGES:
            yield _violation(
                f"LanguageOptions[{index}]",
                f"is {language.value}; ContentRedaction supports only {supported}",
                redaction_languages_are_supported,
            )


# --- the response -------------------------------------------------------------------------------


@response_check(TranscribeAudioResponse, reads=("OutputConfiguration", "TranscriptResponse"))
def response_has_output_or_transcript(response: TranscribeAudioResponse) -> Iterator[Violation]:
    """A response carries the transcript, or where it was written, never both nor neither.

    ``TranscribeAudioResponse.OutputConfiguration``: "Present only if you included
    OutputConfiguration in your request. In that case, TranscriptResponse isn't returned."
    """
    has_output = response.output_configuration is not None
    if has_output and response.transcript_response is not None:
        yield _violation(
            "TranscriptResponse",
            "is present although OutputConfiguration says the transcript was written to S3",
            response_has_output_or_transcript,
            severity="warning",
        )
    elif not has_output and response.transcript_response is None:
        yield _violation(
            "TranscriptResponse",
            "is missing, and no OutputConfiguration says where the transcript went",
            response_has_output_or_transcript,
            severity="warning",
        )


@response_check(SyncItem, reads=("ChannelLabel",), only_with=("channel_label",))
def channel_label_names_a_channel(item: SyncItem) -> Iterator[Violation]:
    """An item's ChannelLabel is ch_0 or ch_1.

    ``SyncItem.ChannelLabel``: "The audio channel this item came from (ch_0 or ch_1)."
    """
    if item.channel_label is not None and item.channel_label not in CHANNEL_LABELS:
        yield _violation(
            "ChannelLabel",
            f"is {item.channel_label!r}, not ch_0 or ch_1",
            channel_label_names_a_channel,
            severity="warning",
        )


# --- wired by the integrator: the shared C rules -----------------------------------------------


@request_rule(TranscribeAudioRequest, reads=("Media", "OutputConfiguration"))
def audio_locations_are_in_s3(request: TranscribeAudioRequest) -> Iterator[Violation]:
    """The media and output locations are Amazon S3 locations (C-7, warning).

    ``Media.MediaFileUri``: "The Amazon S3 location of the media file you want to transcribe."
    The ``Uri`` pattern admits http(s) too.
    """
    media = request.media.media_file_uri
    output = request.output_configuration
    yield from _common_rules.uris_are_s3(
        [
            ("Media.MediaFileUri", media),
            (
                "OutputConfiguration.OutputMediaFileUri",
                output.output_media_file_uri if output else None,
            ),
        ],
        audio_locations_are_in_s3,
    )
