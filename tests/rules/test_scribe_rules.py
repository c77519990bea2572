"""StartMedicalScribeJob: every rule of checklist section SCR (and C-1, C-2, C-5, C-7).

Each case breaks one rule and names the paths it must be reported at; its neighbour, one change
away, is accepted with nothing to report and passes botocore's ParamValidator.
"""

from __future__ import annotations

from typing import Any

import pytest
from rule_case import (
    KMS_KEY_ARN,
    MEDIA_URI,
    ROLE_ARN,
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

from transcribe_model import (
    MedicalScribeJob,
    MedicalScribeJobSummary,
    MedicalScribeSettings,
    ValidationError,
)

OP = "StartMedicalScribeJob"
SPEAKERS = {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}
CHANNELS = {"ChannelIdentification": True}
CLINICIAN = {"ChannelId": 0, "ParticipantRole": "CLINICIAN"}
PATIENT = {"ChannelId": 1, "ParticipantRole": "PATIENT"}


def scribe(**members: Any) -> dict[str, Any]:
    """A valid StartMedicalScribeJob request with speaker labels, plus ``members``."""
    return {
        "MedicalScribeJobName": "visit-1",
        "Media": {"MediaFileUri": MEDIA_URI},
        "OutputBucketName": "amzn-s3-demo-bucket",
        "DataAccessRoleArn": ROLE_ARN,
        "Settings": SPEAKERS,
        **members,
    }


def channels(*definitions: dict[str, Any], **settings: Any) -> dict[str, Any]:
    """A request identifying channels with ``definitions``, Settings overridden by ``settings``."""
    return scribe(Settings={**CHANNELS, **settings}, ChannelDefinitions=list(definitions))


CASES = [
    Case("c1-name-with-space", OP, scribe(MedicalScribeJobName="visit 1"), None,
         ("MedicalScribeJobName",), scribe(MedicalScribeJobName="visit-1")),
    Case("c2-dot-dot-name", OP, scribe(MedicalScribeJobName=".."),
         "scribe_job_name_is_not_dots", ("MedicalScribeJobName",),
         scribe(MedicalScribeJobName="..."), "warning"),
    Case("c5-context-without-key", OP, scribe(KMSEncryptionContext={"Clinic": "north"}),
         "scribe_encryption_context_needs_key", ("KMSEncryptionContext",),
         scribe(KMSEncryptionContext={"Clinic": "north"}, OutputEncryptionKMSKeyId=KMS_KEY_ARN),
         "warning"),
    Case("c7-http-media", OP, scribe(Media={"MediaFileUri": "http://example.com/visit.wav"}),
         "scribe_media_is_in_s3", ("Media.MediaFileUri",), scribe(), "warning"),
    Case("scr1-neither", OP, scribe(Settings={}), "scribe_one_audio_identification",
         ("Settings.ShowSpeakerLabels",), scribe(Settings=SPEAKERS)),
    Case("scr1-both-false", OP,
         scribe(Settings={"ShowSpeakerLabels": False, "ChannelIdentification": False}),
         "scribe_one_audio_identification", ("Settings.ShowSpeakerLabels",),
         channels(CLINICIAN, PATIENT, ShowSpeakerLabels=False)),
    Case("scr1-both-true", OP, channels(CLINICIAN, PATIENT, **SPEAKERS),
         "scribe_one_audio_identification", ("Settings.ChannelIdentification",),
         channels(CLINICIAN, PATIENT)),
    Case("scr2-speakers-without-max", OP, scribe(Settings={"ShowSpeakerLabels": True}),
         "scribe_speaker_labels_need_max", ("Settings.MaxSpeakerLabels",), scribe()),
    Case("scr3-max-without-speakers", OP, channels(CLINICIAN, PATIENT, MaxSpeakerLabels=2),
         "scribe_max_speakers_need_labels", ("Settings.MaxSpeakerLabels",),
         channels(CLINICIAN, PATIENT)),
    Case("scr4-definitions-without-channel-identification", OP,
         scribe(ChannelDefinitions=[CLINICIAN, PATIENT]),
         "channel_definitions_need_channel_identification", ("ChannelDefinitions",), scribe()),
    Case("scr5-channel-identification-without-definitions", OP, scribe(Settings=CHANNELS),
         "channel_identification_needs_definitions", ("ChannelDefinitions",),
         channels(CLINICIAN, PATIENT)),
    Case("scr6-one-definition", OP, channels(CLINICIAN), None, ("ChannelDefinitions",),
         channels(CLINICIAN, PATIENT)),
    Case("scr6-three-definitions", OP, channels(CLINICIAN, PATIENT, PATIENT), None,
         ("ChannelDefinitions",), channels(PATIENT, CLINICIAN)),
    Case("scr6-channel-id-two", OP,
         channels(CLINICIAN, {"ChannelId": 2, "ParticipantRole": "PATIENT"}), None,
         ("ChannelDefinitions[1].ChannelId",), channels(CLINICIAN, PATIENT)),
    Case("scr7-same-channel-id", OP,
         channels(CLINICIAN, {"ChannelId": 0, "ParticipantRole": "PATIENT"}),
         "scribe_channel_ids_differ", ("ChannelDefinitions[1].ChannelId",),
         channels(CLINICIAN, PATIENT)),
    Case("scr8-same-role", OP,
         channels(CLINICIAN, {"ChannelId": 1, "ParticipantRole": "CLINICIAN"}),
         "scribe_channel_roles_differ", ("ChannelDefinitions[1].ParticipantRole",),
         channels(CLINICIAN, PATIENT)),
    Case("scr8-agent-is-no-scribe-role", OP,
         channels(CLINICIAN, {"ChannelId": 1, "ParticipantRole": "AGENT"}), None,
         ("ChannelDefinitions[1].ParticipantRole",), channels(CLINICIAN, PATIENT)),
    Case("scr9-filter-without-method", OP,
         scribe(Settings={**SPEAKERS, "VocabularyFilterName": "phi-words"}),
         "scribe_filter_needs_method", ("Settings.VocabularyFilterMethod",),
         scribe(Settings={**SPEAKERS, "VocabularyFilterName": "phi-words",
                          "VocabularyFilterMethod": "mask"})),
    Case("scr10-no-media-file-uri", OP, scribe(Media={}), "scribe_media_has_media_file_uri",
         ("Media.MediaFileUri",), scribe()),
    Case("scr11-redacted-media", OP,
         scribe(Media={"MediaFileUri": MEDIA_URI, "RedactedMediaFileUri": MEDIA_URI}),
         "scribe_media_has_no_redacted_uri", ("Media.RedactedMediaFileUri",), scribe()),
    Case("scr-settings-required", OP,
         {k: v for k, v in scribe().items() if k != "Settings"}, None, ("Settings",), scribe()),
    Case("scr-role-required", OP,
         {k: v for k, v in scribe().items() if k != "DataAccessRoleArn"}, None,
         ("DataAccessRoleArn",), scribe()),
]  # fmt: skip

ERROR_RULE_CASES = [case for case in CASES if case.severity == "error" and case.rule]

FAILED = {"MedicalScribeJobName": "visit-1", "MedicalScribeJobStatus": "FAILED"}
COMPLETED = {"MedicalScribeJobName": "visit-1", "MedicalScribeJobStatus": "COMPLETED"}
OUTPUT = {
    "TranscriptFileUri": "s3://amzn-s3-demo-bucket/scribe/visit-1/transcript.json",
    "ClinicalDocumentUri": "s3://amzn-s3-demo-bucket/scribe/visit-1/summary.json",
}

RESPONSE_CASES = [
    ResponseCase("failed-job-without-reason", MedicalScribeJob, FAILED,
                 "failed_scribe_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "The media file is too long."}),
    ResponseCase("failed-summary-without-reason", MedicalScribeJobSummary, FAILED,
                 "failed_scribe_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "Access denied."}),
    ResponseCase("completed-job-without-output", MedicalScribeJob, COMPLETED,
                 "completed_scribe_job_has_output", ("MedicalScribeOutput",),
                 {**COMPLETED, "MedicalScribeOutput": OUTPUT}),
    ResponseCase("completed-job-without-output-vs-in-progress", MedicalScribeJob, COMPLETED,
                 "completed_scribe_job_has_output", ("MedicalScribeOutput",),
                 {**COMPLETED, "MedicalScribeJobStatus": "IN_PROGRESS"}),
]  # fmt: skip

MODULES = ["transcribe_model.medical_scribe_jobs.rules"]


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


def test_python_built_settings_collect_every_violation() -> None:
    """MedicalScribeSettings built in Python reports SCR-1 and SCR-9 together."""
    with pytest.raises(ValidationError) as info:
        MedicalScribeSettings(vocabulary_filter_name="phi-words")
    assert sorted((v.path, v.rule) for v in info.value.errors) == [
        ("ShowSpeakerLabels", "scribe_one_audio_identification"),
        ("VocabularyFilterMethod", "scribe_filter_needs_method"),
    ]
