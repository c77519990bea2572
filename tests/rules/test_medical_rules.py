"""StartMedicalTranscriptionJob: every rule of checklist section MED (and C-1, C-2, C-5, C-7).

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

import transcribe_model as tm
from transcribe_model import (
    LanguageCode,
    MedicalTranscriptionJob,
    MedicalTranscriptionJobSummary,
    MedicalTranscriptionSetting,
    Specialty,
    StartMedicalTranscriptionJobRequest,
    Type,
    ValidationError,
)

OP = "StartMedicalTranscriptionJob"


def med(**members: Any) -> dict[str, Any]:
    """A valid StartMedicalTranscriptionJob request, plus ``members``."""
    return {
        "MedicalTranscriptionJobName": "visit-1",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": MEDIA_URI},
        "OutputBucketName": "amzn-s3-demo-bucket",
        "Specialty": "PRIMARYCARE",
        "Type": "CONVERSATION",
        **members,
    }


def settings(**members: Any) -> dict[str, Any]:
    """A request with ``Settings`` of ``members``."""
    return med(Settings=members)


CASES = [
    Case("c1-name-with-space", OP, med(MedicalTranscriptionJobName="visit 1"), None,
         ("MedicalTranscriptionJobName",), med(MedicalTranscriptionJobName="visit_1")),
    Case("c2-dot-dot-name", OP, med(MedicalTranscriptionJobName=".."),
         "medical_job_name_is_not_dots", ("MedicalTranscriptionJobName",),
         med(MedicalTranscriptionJobName="..visit"), "warning"),
    Case("c2-dot-name", OP, med(MedicalTranscriptionJobName="."),
         "medical_job_name_is_not_dots", ("MedicalTranscriptionJobName",),
         med(MedicalTranscriptionJobName="v.1"), "warning"),
    Case("c5-context-without-key", OP, med(KMSEncryptionContext={"Department": "cardiology"}),
         "medical_encryption_context_needs_key", ("KMSEncryptionContext",),
         med(KMSEncryptionContext={"Department": "cardiology"},
             OutputEncryptionKMSKeyId=KMS_KEY_ARN), "warning"),
    Case("c7-https-media", OP,
         med(Media={"MediaFileUri": "https://amzn-s3-demo-bucket.s3.amazonaws.com/visit.wav"}),
         "medical_media_is_in_s3", ("Media.MediaFileUri",), med(), "warning"),
    Case("med1-language-not-en-us", OP, med(LanguageCode="es-US"), "medical_language_is_en_us",
         ("LanguageCode",), med(LanguageCode="en-US")),
    Case("med1-language-en-gb", OP, med(LanguageCode="en-GB"), "medical_language_is_en_us",
         ("LanguageCode",), med()),
    Case("med2-specialty-not-primary-care", OP, med(Specialty="CARDIOLOGY"), None,
         ("Specialty",), med(Specialty="PRIMARYCARE")),
    Case("med3-type-unknown", OP, med(Type="MONOLOGUE"), None, ("Type",),
         med(Type="DICTATION")),
    Case("med4-no-media-file-uri", OP, med(Media={}), "medical_media_has_media_file_uri",
         ("Media.MediaFileUri",), med(Media={"MediaFileUri": MEDIA_URI})),
    Case("med5-redacted-media", OP,
         med(Media={"MediaFileUri": MEDIA_URI, "RedactedMediaFileUri": MEDIA_URI}),
         "medical_media_has_no_redacted_uri", ("Media.RedactedMediaFileUri",), med()),
    Case("med6-speaker-labels-without-max", OP, settings(ShowSpeakerLabels=True),
         "medical_speaker_labels_need_max", ("Settings.MaxSpeakerLabels",),
         settings(ShowSpeakerLabels=True, MaxSpeakerLabels=2)),
    Case("med7-max-without-speaker-labels", OP, settings(MaxSpeakerLabels=3),
         "medical_max_speakers_need_labels", ("Settings.MaxSpeakerLabels",),
         settings(MaxSpeakerLabels=3, ShowSpeakerLabels=True)),
    Case("med7-max-with-speaker-labels-false", OP,
         settings(MaxSpeakerLabels=3, ShowSpeakerLabels=False),
         "medical_max_speakers_need_labels", ("Settings.MaxSpeakerLabels",),
         settings(ShowSpeakerLabels=False)),
    Case("med8-alternatives-without-max", OP, settings(ShowAlternatives=True),
         "medical_alternatives_need_max", ("Settings.MaxAlternatives",),
         settings(ShowAlternatives=True, MaxAlternatives=2)),
    Case("med9-max-without-alternatives", OP, settings(MaxAlternatives=10),
         "medical_max_alternatives_need_alternatives", ("Settings.MaxAlternatives",),
         settings(MaxAlternatives=10, ShowAlternatives=True)),
    Case("med10-speakers-and-channels", OP,
         settings(ShowSpeakerLabels=True, MaxSpeakerLabels=2, ChannelIdentification=True),
         "medical_one_audio_identification", ("Settings.ChannelIdentification",),
         settings(ShowSpeakerLabels=True, MaxSpeakerLabels=2, ChannelIdentification=False),
         "warning"),
    Case("med11-dictation-with-channels", OP,
         med(Type="DICTATION", Settings={"ChannelIdentification": True}),
         "dictation_has_one_speaker", ("Settings.ChannelIdentification",),
         med(Type="CONVERSATION", Settings={"ChannelIdentification": True}), "warning"),
    Case("med11-dictation-with-speakers", OP,
         med(Type="DICTATION", Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}),
         "dictation_has_one_speaker", ("Settings.ShowSpeakerLabels",),
         med(Type="DICTATION", Settings={"ShowSpeakerLabels": False}), "warning"),
    Case("med12-sample-rate-8000", OP, med(MediaSampleRateHertz=8000), None,
         ("MediaSampleRateHertz",), med(MediaSampleRateHertz=16000)),
    Case("med12-sample-rate-above-48000", OP, med(MediaSampleRateHertz=48001), None,
         ("MediaSampleRateHertz",), med(MediaSampleRateHertz=48000)),
    Case("med-output-bucket-required", OP,
         {k: v for k, v in med().items() if k != "OutputBucketName"}, None,
         ("OutputBucketName",), med()),
]  # fmt: skip

ERROR_RULE_CASES = [case for case in CASES if case.severity == "error" and case.rule]

FAILED = {"MedicalTranscriptionJobName": "visit-1", "TranscriptionJobStatus": "FAILED"}
COMPLETED = {"MedicalTranscriptionJobName": "visit-1", "TranscriptionJobStatus": "COMPLETED"}
TRANSCRIPT = {"TranscriptFileUri": "https://s3.us-west-2.amazonaws.com/bucket/medical/visit-1.json"}

RESPONSE_CASES = [
    ResponseCase("failed-job-without-reason", MedicalTranscriptionJob, FAILED,
                 "failed_medical_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "The media format is not supported."}),
    ResponseCase("failed-summary-without-reason", MedicalTranscriptionJobSummary, FAILED,
                 "failed_medical_job_has_failure_reason", ("FailureReason",),
                 {**FAILED, "FailureReason": "Access denied."}),
    ResponseCase("completed-job-without-transcript", MedicalTranscriptionJob, COMPLETED,
                 "completed_medical_job_has_transcript", ("Transcript.TranscriptFileUri",),
                 {**COMPLETED, "Transcript": TRANSCRIPT}),
    ResponseCase("completed-job-with-empty-transcript", MedicalTranscriptionJob,
                 {**COMPLETED, "Transcript": {}}, "completed_medical_job_has_transcript",
                 ("Transcript.TranscriptFileUri",), {**COMPLETED, "Transcript": TRANSCRIPT}),
]  # fmt: skip

MODULES = ["transcribe_model.medical_transcription_jobs.rules"]


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


def test_python_construction_refuses_every_broken_rule_at_once() -> None:
    """Building in Python collects MED-1, MED-4 and MED-5 together, never just the first."""
    with pytest.raises(ValidationError) as info:
        StartMedicalTranscriptionJobRequest(
            medical_transcription_job_name="visit-1",
            language_code=LanguageCode.ES_US,
            media=tm.Media(redacted_media_file_uri=MEDIA_URI),
            output_bucket_name="amzn-s3-demo-bucket",
            specialty=Specialty.PRIMARYCARE,
            type=Type.CONVERSATION,
            settings=MedicalTranscriptionSetting(show_speaker_labels=True, max_speaker_labels=2),
        )
    assert sorted((v.path, v.rule) for v in info.value.errors) == [
        ("LanguageCode", "medical_language_is_en_us"),
        ("Media.MediaFileUri", "medical_media_has_media_file_uri"),
        ("Media.RedactedMediaFileUri", "medical_media_has_no_redacted_uri"),
    ]


def test_python_built_settings_are_refused_on_their_own() -> None:
    """MedicalTranscriptionSetting refuses MED-6 when built, at its own member."""
    with pytest.raises(ValidationError) as info:
        MedicalTranscriptionSetting(show_speaker_labels=True)
    assert [(v.path, v.rule) for v in info.value.errors] == [
        ("MaxSpeakerLabels", "medical_speaker_labels_need_max")
    ]
