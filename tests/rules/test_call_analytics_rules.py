"""StartCallAnalyticsJob: every rule of checklist section CA (and C-1, C-2, C-3, C-7).

Each case breaks one rule and names the paths it must be reported at; its neighbour, one change
away, is accepted with nothing to report and passes botocore's ParamValidator.
"""

from __future__ import annotations

from typing import Any

import pytest
from rule_case import (
    KMS_KEY_ARN,
    MEDIA_URI,
    Case,
    ResponseCase,
    assert_accepted,
    assert_refused_or_warned,
    assert_response_clean,
    assert_response_reported,
    assert_unchecked_check_names_rule,
    ids,
    rules_of_modules,
)

from transcribe_model import CallAnalyticsJob, CallAnalyticsJobSummary

OP = "StartCallAnalyticsJob"
REDACTED_URI = "s3://amzn-s3-demo-bucket/media/call-redacted.wav"
OUTPUT = "s3://amzn-s3-demo-bucket/analytics/"
AGENT = {"ChannelId": 0, "ParticipantRole": "AGENT"}
CUSTOMER = {"ChannelId": 1, "ParticipantRole": "CUSTOMER"}
PII = {"RedactionType": "PII", "RedactionOutput": "redacted"}


def call(**members: Any) -> dict[str, Any]:
    """A valid StartCallAnalyticsJob request, plus ``members``."""
    return {"CallAnalyticsJobName": "call-1", "Media": {"MediaFileUri": MEDIA_URI}, **members}


def with_settings(**members: Any) -> dict[str, Any]:
    """A request with ``Settings`` of ``members``."""
    return call(Settings=members)


def identify(**members: Any) -> dict[str, Any]:
    """Settings narrowing identification to en-US and es-US, plus ``members``."""
    return with_settings(LanguageOptions=["en-US", "es-US"], **members)


def id_settings(**entries: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A LanguageIdSettings map from keyword names (en_US) to entries."""
    return {code.replace("_", "-"): entry for code, entry in entries.items()}


BOTH = id_settings(en_US={"VocabularyName": "en-vocab"}, es_US={"VocabularyName": "es-vocab"})

CASES = [
    Case("c1-name-with-space", OP, call(CallAnalyticsJobName="call 1"), None,
         ("CallAnalyticsJobName",), call(CallAnalyticsJobName="call.1")),
    Case("c2-dot-name", OP, call(CallAnalyticsJobName="."),
         "call_analytics_job_name_is_not_dots", ("CallAnalyticsJobName",),
         call(CallAnalyticsJobName="._"), "warning"),
    Case("c3-all-with-specific", OP,
         with_settings(ContentRedaction={**PII, "PiiEntityTypes": ["ALL", "NAME"]}),
         "pii_entity_types_are_all_or_distinct", ("Settings.ContentRedaction.PiiEntityTypes",),
         with_settings(ContentRedaction={**PII, "PiiEntityTypes": ["ALL"]})),
    Case("c3-repeated-type", OP,
         with_settings(ContentRedaction={**PII, "PiiEntityTypes": ["NAME", "SSN", "NAME"]}),
         "pii_entity_types_are_all_or_distinct",
         ("Settings.ContentRedaction.PiiEntityTypes[2]",),
         with_settings(ContentRedaction={**PII, "PiiEntityTypes": ["NAME", "SSN"]})),
    Case("c7-http-media-and-output", OP,
         call(Media={"MediaFileUri": "http://example.com/call.wav"},
              OutputLocation="https://amzn-s3-demo-bucket.s3.amazonaws.com/out/"),
         "call_analytics_locations_are_s3", ("Media.MediaFileUri", "OutputLocation"),
         call(OutputLocation=OUTPUT), "warning"),
    Case("c7-https-redacted-media", OP,
         call(Media={"RedactedMediaFileUri": "https://example.com/call.wav"},
              Settings={"ContentRedaction": PII}),
         "call_analytics_locations_are_s3", ("Media.RedactedMediaFileUri",),
         call(Media={"RedactedMediaFileUri": REDACTED_URI}, Settings={"ContentRedaction": PII}),
         "warning"),
    Case("ca1-no-media-uri", OP, call(Media={}), "call_analytics_media_has_one_uri",
         ("Media.MediaFileUri",), call(Media={"MediaFileUri": MEDIA_URI})),
    Case("ca1-both-media-uris", OP,
         call(Media={"MediaFileUri": MEDIA_URI, "RedactedMediaFileUri": REDACTED_URI},
              Settings={"ContentRedaction": PII}),
         "call_analytics_media_has_one_uri", ("Media.RedactedMediaFileUri",),
         call(Media={"RedactedMediaFileUri": REDACTED_URI}, Settings={"ContentRedaction": PII})),
    Case("ca2-redacted-media-without-redaction", OP,
         call(Media={"RedactedMediaFileUri": REDACTED_URI}), "redacted_media_has_redaction",
         ("Media.RedactedMediaFileUri",),
         call(Media={"RedactedMediaFileUri": REDACTED_URI}, Settings={"ContentRedaction": PII}),
         "warning"),
    Case("ca3-one-channel", OP, call(ChannelDefinitions=[AGENT]), None,
         ("ChannelDefinitions",), call(ChannelDefinitions=[AGENT, CUSTOMER])),
    Case("ca3-three-channels", OP,
         call(ChannelDefinitions=[AGENT, CUSTOMER, {"ChannelId": 1, "ParticipantRole": "AGENT"}]),
         None, ("ChannelDefinitions",), call(ChannelDefinitions=[AGENT, CUSTOMER])),
    Case("ca4-missing-channel-id", OP,
         call(ChannelDefinitions=[AGENT, {"ParticipantRole": "CUSTOMER"}]),
         "channel_ids_are_zero_and_one", ("ChannelDefinitions[1].ChannelId",),
         call(ChannelDefinitions=[AGENT, CUSTOMER])),
    Case("ca4-same-channel-id", OP,
         call(ChannelDefinitions=[AGENT, {"ChannelId": 0, "ParticipantRole": "CUSTOMER"}]),
         "channel_ids_are_zero_and_one", ("ChannelDefinitions[1].ChannelId",),
         call(ChannelDefinitions=[{"ChannelId": 1, "ParticipantRole": "AGENT"},
                                  {"ChannelId": 0, "ParticipantRole": "CUSTOMER"}])),
    Case("ca5-same-role", OP,
         call(ChannelDefinitions=[AGENT, {"ChannelId": 1, "ParticipantRole": "AGENT"}]),
         "channel_roles_differ", ("ChannelDefinitions[1].ParticipantRole",),
         call(ChannelDefinitions=[AGENT, CUSTOMER])),
    Case("ca6-missing-role", OP, call(ChannelDefinitions=[AGENT, {"ChannelId": 1}]),
         "channel_roles_are_given", ("ChannelDefinitions[1].ParticipantRole",),
         call(ChannelDefinitions=[AGENT, CUSTOMER]), "warning"),
    Case("ca7-filter-without-method", OP, with_settings(VocabularyFilterName="f"),
         "call_analytics_filter_needs_method", ("Settings.VocabularyFilterMethod",),
         with_settings(VocabularyFilterName="f", VocabularyFilterMethod="mask")),
    Case("ca8-language-filter-without-method", OP,
         identify(LanguageIdSettings=id_settings(en_US={"VocabularyFilterName": "en-f"},
                                                 es_US={"VocabularyName": "es-v"})),
         "call_analytics_language_filter_needs_method",
         ("Settings.LanguageIdSettings[en-US].VocabularyFilterName",),
         identify(LanguageIdSettings=id_settings(en_US={"VocabularyFilterName": "en-f"},
                                                 es_US={"VocabularyName": "es-v"}),
                  VocabularyFilterMethod="tag")),
    Case("ca9-one-option", OP, with_settings(LanguageOptions=["en-US"]),
         "call_analytics_language_options_are_distinct", ("Settings.LanguageOptions",),
         with_settings(LanguageOptions=["en-US", "en-GB"])),
    Case("ca9-repeated-option", OP, with_settings(LanguageOptions=["en-US", "es-US", "en-US"]),
         "call_analytics_language_options_are_distinct", ("Settings.LanguageOptions[2]",),
         with_settings(LanguageOptions=["en-US", "es-US", "en-GB"])),
    Case("ca10-six-options", OP,
         with_settings(LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR"]),
         "call_analytics_language_options_are_distinct", ("Settings.LanguageOptions",),
         with_settings(LanguageOptions=["en-US", "es-US", "fr-FR", "de-DE", "it-IT"]),
         "warning"),
    Case("ca11-id-settings-and-vocabulary", OP,
         identify(LanguageIdSettings=BOTH, VocabularyName="v", LanguageModelName="m"),
         "language_id_settings_replace_custom_names",
         ("Settings.LanguageModelName", "Settings.VocabularyName"),
         identify(LanguageIdSettings=BOTH)),
    Case("ca11-id-settings-and-filter", OP,
         identify(LanguageIdSettings=BOTH, VocabularyFilterName="f",
                  VocabularyFilterMethod="remove"),
         "language_id_settings_replace_custom_names", ("Settings.VocabularyFilterName",),
         identify(LanguageIdSettings=BOTH, VocabularyFilterMethod="remove")),
    Case("ca12-id-settings-without-options", OP, with_settings(LanguageIdSettings=BOTH),
         "language_id_settings_advice", ("Settings.LanguageOptions",),
         identify(LanguageIdSettings=BOTH), "warning"),
    Case("ca13-id-settings-outside-options", OP,
         identify(LanguageIdSettings=id_settings(en_US={"VocabularyName": "v"},
                                                 fr_CA={"VocabularyName": "fr"})),
         "language_id_settings_advice", ("Settings.LanguageIdSettings[fr-CA]",),
         identify(LanguageIdSettings=id_settings(en_US={"VocabularyName": "v"},
                                                 es_US={"VocabularyName": "fr"})), "warning"),
    Case("ca14-one-id-setting", OP,
         identify(LanguageIdSettings=id_settings(en_US={"VocabularyName": "v"})),
         "language_id_settings_advice", ("Settings.LanguageIdSettings",),
         identify(LanguageIdSettings=BOTH), "warning"),
    Case("ca15-redaction-without-output", OP,
         with_settings(ContentRedaction={"RedactionType": "PII"}), None,
         ("Settings.ContentRedaction.RedactionOutput",),
         with_settings(ContentRedaction={"RedactionType": "PII",
                                         "RedactionOutput": "redacted_and_unredacted"})),
    Case("ca15-redaction-type-not-pii", OP,
         with_settings(ContentRedaction={**PII, "RedactionType": "PHI"}), None,
         ("Settings.ContentRedaction.RedactionType",), with_settings(ContentRedaction=PII)),
    Case("ca16-key-without-output-location", OP, call(OutputEncryptionKMSKeyId=KMS_KEY_ARN),
         "output_key_has_output_location", ("OutputEncryptionKMSKeyId",),
         call(OutputEncryptionKMSKeyId=KMS_KEY_ARN, OutputLocation=OUTPUT), "warning"),
    Case("ca17-summarization-without-flag", OP, with_settings(Summarization={}), None,
         ("Settings.Summarization.GenerateAbstractiveSummary",),
         with_settings(Summarization={"GenerateAbstractiveSummary": True})),
]  # fmt: skip

ERROR_RULE_CASES = [case for case in CASES if case.severity == "error" and case.rule]

FAILED = {"CallAnalyticsJobName": "call-1", "CallAnalyticsJobStatus": "FAILED"}
COMPLETED = {"CallAnalyticsJobName": "call-1", "CallAnalyticsJobStatus": "COMPLETED"}
RESULT = "s3://amzn-s3-demo-bucket/analytics/redacted-call-1.json"

RESPONSE_CASES = [
    ResponseCase("failed-job-without-reason", CallAnalyticsJob, FAILED,
                 "failed_call_analytics_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "The media file is too short."}),
    ResponseCase("failed-summary-without-reason", CallAnalyticsJobSummary, FAILED,
                 "failed_call_analytics_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "Access denied."}),
    ResponseCase("completed-job-without-transcript", CallAnalyticsJob,
                 {**COMPLETED, "Transcript": {}}, "completed_call_analytics_job_has_transcript",
                 ("Transcript",),
                 {**COMPLETED, "Transcript": {"RedactedTranscriptFileUri": RESULT}}),
]  # fmt: skip

MODULES = ["transcribe_model.call_analytics_jobs.rules"]


def test_every_rule_of_the_family_has_a_case() -> None:
    """Each request rule and response check of the family is broken by a case here."""
    assert rules_of_modules(MODULES) <= {case.rule for case in CASES}
    assert rules_of_modules(MODULES, response=True) <= {case.rule for case in RESPONSE_CASES}


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_broken_rule_is_refused_or_warned_at_its_paths(case: Case) -> None:
    """An error is refused with the member in the path; a warning only shows in check()."""
    assert_refused_or_warned(case)


@pytest.mark.parametrize("case", ERROR_RULE_CASES, ids=ids(ERROR_RULE_CASES))
def test_check_names_the_rule_on_an_unchecked_request(case: Case) -> None:
    """check() on the request built without checks reports the same rule and paths."""
    assert_unchecked_check_names_rule(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_valid_neighbour_is_accepted_and_passes_botocore(case: Case) -> None:
    """The neighbour structures, check() finds nothing, and ParamValidator agrees."""
    assert_accepted(case)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=ids(RESPONSE_CASES))
def test_response_breaking_an_invariant_parses_and_is_reported(case: ResponseCase) -> None:
    """A response breaking an invariant parses; check() names it at its path."""
    assert_response_reported(case)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=ids(RESPONSE_CASES))
def test_response_neighbour_is_clean(case: ResponseCase) -> None:
    """The response neighbour has nothing to report."""
    assert_response_clean(case)
