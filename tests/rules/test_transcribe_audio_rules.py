"""TranscribeAudio's rules (TA-1..TA-23): each broken with its path, each kept by a neighbour.

Case ids carry the checklist numbers of ``/work/shared/transcribe-rules-all.md``.
"""

from __future__ import annotations

from typing import Any

import pytest
from family_rule_cases import (
    Case,
    ResponseCase,
    ValueCase,
    assert_case_broken,
    assert_neighbour_accepted,
    assert_response_case_reported,
    assert_value_case_broken,
    ids,
    rules_of,
)

import transcribe_model as tm
from transcribe_model import TranscribeAudioRequest, TranscribeAudioResponse
from transcribe_model.transcribe_audio import rules

REQ = TranscribeAudioRequest
MEDIA = {"MediaFileUri": "s3://amzn-s3-demo-bucket/audio/call.wav"}
REDACT = {"RedactionType": "PII", "RedactionOutput": "redacted"}
MASK = "mask"


def en(**members: Any) -> dict[str, Any]:
    """A request in English, plus ``members``."""
    return {"Media": MEDIA, "Language": "en", **members}


def detect(*options: str, **members: Any) -> dict[str, Any]:
    """A request that identifies its language among ``options`` (none: no LanguageOptions)."""
    data: dict[str, Any] = {"Media": MEDIA, "LanguageDetectionMode": "IDENTIFY_LANGUAGE"}
    if options:
        data["LanguageOptions"] = list(options)
    return {**data, **members}


def vocab(language: str, name: str | None = None, *phrases: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"Language": language}
    if name is not None:
        entry["VocabularyName"] = name
    if phrases:
        entry["Phrases"] = [{"Text": phrase} for phrase in phrases]
    return entry


def filters(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"VocabularyFilterMethod": MASK, "Filters": list(entries)}


def filt(language: str, name: str | None = None, *words: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"Language": language}
    if name is not None:
        entry["VocabularyFilterName"] = name
    if words:
        entry["Words"] = list(words)
    return entry


CASES = [
    Case("ta3-no-language", REQ, "language_or_detection_mode",
         {"Media": MEDIA}, ("Language",), en()),
    Case("ta3-both-language-sources", REQ, "language_or_detection_mode",
         en(LanguageDetectionMode="IDENTIFY_LANGUAGE"), ("LanguageDetectionMode",), en()),
    Case("ta4-options-without-detection", REQ, "language_options_need_detection_mode",
         en(LanguageOptions=["en", "es"]), ("LanguageOptions",), detect("en", "es")),
    Case("ta5-one-option", REQ, "language_options_are_distinct",
         detect("en"), ("LanguageOptions",), detect("en", "es")),
    Case("ta5-repeated-option", REQ, "language_options_are_distinct",
         detect("en", "es", "en"), ("LanguageOptions[2]",), detect("en", "es", "fr")),
    Case("ta6-speaker-labels-without-max", REQ, "speaker_labels_need_max_speaker_labels",
         en(ShowSpeakerLabels=True), ("MaxSpeakerLabels",),
         en(ShowSpeakerLabels=True, MaxSpeakerLabels=2)),
    Case("ta7-max-without-speaker-labels", REQ, "max_speaker_labels_need_speaker_labels",
         en(MaxSpeakerLabels=3), ("ShowSpeakerLabels",),
         en(ShowSpeakerLabels=True, MaxSpeakerLabels=3)),
    Case("ta7-max-with-speaker-labels-false", REQ, "max_speaker_labels_need_speaker_labels",
         en(ShowSpeakerLabels=False, MaxSpeakerLabels=3), ("ShowSpeakerLabels",),
         en(ShowSpeakerLabels=False)),
    Case("ta8-entry-with-neither", REQ, "vocabulary_entry_has_name_or_phrases",
         en(VocabularySettings=[vocab("en")]), ("VocabularySettings[0].VocabularyName",),
         en(VocabularySettings=[vocab("en", "my-vocab")])),
    Case("ta8-entry-with-both", REQ, "vocabulary_entry_has_name_or_phrases",
         en(VocabularySettings=[vocab("en", "my-vocab", "Amazon")]),
         ("VocabularySettings[0].Phrases",),
         en(VocabularySettings=[vocab("en", None, "Amazon")])),
    Case("ta9-mixed-entry-types", REQ, "vocabulary_settings_share_one_type",
         detect("en", "es", VocabularySettings=[vocab("en", "v-en"), vocab("es", None, "hola")]),
         ("VocabularySettings[1]",),
         detect("en", "es", VocabularySettings=[vocab("en", "v-en"), vocab("es", "v-es")])),
    Case("ta10-repeated-entry-language", REQ, "vocabulary_settings_languages_are_distinct",
         detect("en", "es", VocabularySettings=[vocab("en", "a"), vocab("en", "b")]),
         ("VocabularySettings[1].Language",),
         detect("en", "es", VocabularySettings=[vocab("en", "a"), vocab("es", "b")])),
    Case("ta11-two-entries-with-language", REQ, "vocabulary_settings_match_language",
         en(VocabularySettings=[vocab("en", "a"), vocab("es", "b")]),
         ("VocabularySettings", "VocabularySettings[1].Language"),
         en(VocabularySettings=[vocab("en", "a")])),
    Case("ta11-entry-of-another-language", REQ, "vocabulary_settings_match_language",
         en(VocabularySettings=[vocab("es", "a")]), ("VocabularySettings[0].Language",),
         en(VocabularySettings=[vocab("en", "a")])),
    Case("ta12-entry-outside-options", REQ, "vocabulary_settings_within_language_options",
         detect("en", "es", VocabularySettings=[vocab("fr", "a")]),
         ("VocabularySettings[0].Language",),
         detect("en", "es", VocabularySettings=[vocab("es", "a")])),
    Case("ta13-entries-without-options", REQ, "vocabulary_settings_want_language_options",
         detect(VocabularySettings=[vocab("en", "a")]), ("VocabularySettings",),
         detect("en", "es", VocabularySettings=[vocab("en", "a")]), severity="warning"),
    Case("ta14-filter-with-neither", REQ, "filter_entry_has_name_or_words",
         en(VocabularyFilterSettings=filters(filt("en"))),
         ("VocabularyFilterSettings.Filters[0].VocabularyFilterName",),
         en(VocabularyFilterSettings=filters(filt("en", None, "darn")))),
    Case("ta14-filter-with-both", REQ, "filter_entry_has_name_or_words",
         en(VocabularyFilterSettings=filters(filt("en", "f", "darn"))),
         ("VocabularyFilterSettings.Filters[0].Words",),
         en(VocabularyFilterSettings=filters(filt("en", "f")))),
    Case("ta15-mixed-filter-types", REQ, "filters_share_one_type",
         detect("en", "es",
                VocabularyFilterSettings=filters(filt("en", None, "x"), filt("es", "f"))),
         ("VocabularyFilterSettings.Filters[1]",),
         detect("en", "es", VocabularyFilterSettings=filters(filt("en", None, "x"),
                                                           filt("es", None, "y")))),
    Case("ta16-repeated-filter-language", REQ, "filters_languages_are_distinct",
         detect("en", "es", VocabularyFilterSettings=filters(filt("es", "a"), filt("es", "b"))),
         ("VocabularyFilterSettings.Filters[1].Language",),
         detect("en", "es", VocabularyFilterSettings=filters(filt("en", "a"), filt("es", "b")))),
    Case("ta17-filter-of-another-language", REQ, "filters_match_language",
         en(VocabularyFilterSettings=filters(filt("de", "f"))),
         ("VocabularyFilterSettings.Filters[0].Language",),
         en(VocabularyFilterSettings=filters(filt("en", "f")))),
    Case("ta17-two-filters-with-language", REQ, "filters_match_language",
         en(VocabularyFilterSettings=filters(filt("en", "f"), filt("es", "g"))),
         ("VocabularyFilterSettings.Filters", "VocabularyFilterSettings.Filters[1].Language"),
         en(VocabularyFilterSettings=filters(filt("en", "f")))),
    Case("ta18-filter-outside-options", REQ, "filters_within_language_options",
         detect("en", "es", VocabularyFilterSettings=filters(filt("ja", "f"))),
         ("VocabularyFilterSettings.Filters[0].Language",),
         detect("en", "ja", VocabularyFilterSettings=filters(filt("ja", "f")))),
    Case("ta19-filters-without-options", REQ, "filters_want_language_options",
         detect(VocabularyFilterSettings=filters(filt("en", "f"))),
         ("VocabularyFilterSettings.Filters",),
         detect("en", "es", VocabularyFilterSettings=filters(filt("en", "f"))),
         severity="warning"),
    Case("ta20-redaction-detection-without-options", REQ,
         "redaction_with_detection_needs_language_options",
         detect(ContentRedaction=REDACT), ("LanguageOptions",),
         detect("en", "es", ContentRedaction=REDACT)),
    Case("ta21-redaction-of-japanese", REQ, "redaction_languages_are_supported",
         {"Media": MEDIA, "Language": "ja", "ContentRedaction": REDACT}, ("Language",),
         {"Media": MEDIA, "Language": "pt", "ContentRedaction": REDACT}),
    Case("ta21-redaction-option-unsupported", REQ, "redaction_languages_are_supported",
         detect("en", "ko", "zh-CN", ContentRedaction=REDACT),
         ("LanguageOptions[1]", "LanguageOptions[2]"),
         detect("en", "de", "it", ContentRedaction=REDACT)),
    Case("c3-all-with-specific-types", REQ, "pii_entity_types_are_all_or_distinct",
         en(ContentRedaction={**REDACT, "PiiEntityTypes": ["ALL", "NAME"]}),
         ("ContentRedaction.PiiEntityTypes",),
         en(ContentRedaction={**REDACT, "PiiEntityTypes": ["ALL"]})),
]  # fmt: skip

VALUE_CASES = [
    ValueCase("ta1-no-media-member", REQ, {"Media": {}, "Language": "en"}, "Media", en(),
              rule="union_has_exactly_one_member"),
    ValueCase("ta1-both-media-members", REQ,
              {"Media": {**MEDIA, "MediaBytes": b"RIFF"}, "Language": "en"}, "Media",
              {"Media": {"MediaBytes": b"RIFF"}, "Language": "en"},
              rule="union_has_exactly_one_member"),
    ValueCase("ta22-101-inline-phrases", REQ,
              en(VocabularySettings=[vocab("en", None, *[f"p{i}" for i in range(101)])]),
              "VocabularySettings[0].Phrases",
              en(VocabularySettings=[vocab("en", None, *[f"p{i}" for i in range(100)])])),
    ValueCase("ta23-locale-as-language", REQ, {"Media": MEDIA, "Language": "en-US"}, "Language",
              en()),
    ValueCase("ta23-locale-as-option", REQ, detect("en-US", "es"), "LanguageOptions[0]",
              detect("en", "es")),
    ValueCase("ta23-locale-in-entry", REQ, en(VocabularySettings=[vocab("en-US", "v")]),
              "VocabularySettings[0].Language", en(VocabularySettings=[vocab("en", "v")])),
    ValueCase("ta-six-vocabulary-entries", REQ,
              detect("en", "es", "fr", "it", "de", "pt", VocabularySettings=[
                  vocab(lang, "v") for lang in ("en", "es", "fr", "it", "de", "pt")]),
              "VocabularySettings",
              detect("en", "es", "fr", "it", "de", VocabularySettings=[
                  vocab(lang, "v") for lang in ("en", "es", "fr", "it", "de")])),
    ValueCase("ta-filter-settings-without-method", REQ,
              en(VocabularyFilterSettings={"Filters": [filt("en", "f")]}),
              "VocabularyFilterSettings.VocabularyFilterMethod",
              en(VocabularyFilterSettings=filters(filt("en", "f")))),
]  # fmt: skip

RESP = TranscribeAudioResponse
TRANSCRIPT = {"Metadata": {"LanguageCode": "en-US"}, "Results": {"Transcript": "hello"}}
OUTPUT = {"OutputMediaFileUri": "s3://amzn-s3-demo-bucket/out/transcript.json"}

RESPONSE_CASES = [
    ResponseCase("inv-output-and-transcript", RESP, "response_has_output_or_transcript",
                 {"OutputConfiguration": OUTPUT, "TranscriptResponse": TRANSCRIPT},
                 ("TranscriptResponse",), {"OutputConfiguration": OUTPUT}),
    ResponseCase("inv-neither-output-nor-transcript", RESP, "response_has_output_or_transcript",
                 {}, ("TranscriptResponse",), {"TranscriptResponse": TRANSCRIPT}),
    ResponseCase("inv-channel-label", RESP, "channel_label_names_a_channel",
                 {"TranscriptResponse": {"Results": {"Items": [{"ChannelLabel": "ch_2"}]}}},
                 ("TranscriptResponse.Results.Items[0].ChannelLabel",),
                 {"TranscriptResponse": {"Results": {"Items": [{"ChannelLabel": "ch_1"}]}}}),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_a_broken_rule_is_reported_at_its_path(case: Case) -> None:
    """Errors refuse structure() and construction; warnings only show in check()."""
    assert_case_broken(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_the_neighbour_is_accepted_by_the_library_and_botocore(case: Case) -> None:
    """One change away, the request is accepted with nothing to report."""
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_a_rule_kept_by_the_model_is_refused_at_its_path(case: ValueCase) -> None:
    """TA-1, TA-22 and TA-23 are the model's union, bound and enums."""
    assert_value_case_broken(case)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_the_neighbour_of_a_model_rule_is_accepted(case: ValueCase) -> None:
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=ids(RESPONSE_CASES))
def test_a_response_invariant_is_reported_never_refused(case: ResponseCase) -> None:
    assert_response_case_reported(case)


def test_every_rule_of_the_family_has_a_case() -> None:
    """Each rule transcribe_audio.rules registers is broken by at least one case."""
    named = {case.rule for case in [*CASES, *RESPONSE_CASES]} | {"media_bytes_within_size"}
    assert set(rules_of(rules)) <= named


def test_all_violations_are_reported_at_once() -> None:
    """A request breaking several rules is refused with every one of them."""
    bad = detect("en", ContentRedaction=REDACT, MaxSpeakerLabels=4,
                 VocabularySettings=[vocab("en")])  # fmt: skip
    with pytest.raises(tm.ValidationError) as info:
        tm.structure(bad, REQ)
    assert {violation.rule for violation in info.value.errors} == {
        "language_options_are_distinct",
        "max_speaker_labels_need_speaker_labels",
        "vocabulary_entry_has_name_or_phrases",
    }


def _media_bytes(size: int) -> dict[str, Any]:
    """A request with ``size`` bytes of inline audio (built in the test: 25 MB stays no longer)."""
    return {"Media": {"MediaBytes": bytes(size)}, "Language": "en"}


def test_ta2_media_bytes_over_25_mb_are_refused_at_their_path() -> None:
    """One byte over 26,214,400 (measured before base64) is refused, in Python and from a dict."""
    assert_case_broken(
        Case("ta2-media-bytes-too-large", REQ, "media_bytes_within_size",
             _media_bytes(26_214_401), ("Media.MediaBytes",), _media_bytes(1))
    )  # fmt: skip


def test_ta2_the_largest_media_bytes_pass_here_and_in_botocore() -> None:
    """25 MB exactly is the documented maximum: accepted here and by botocore."""
    assert_neighbour_accepted(_media_bytes(26_214_400), REQ)
