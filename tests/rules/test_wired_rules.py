"""The shared rules wired across families: TAG-1 on every request with Tags, C-6 and C-7."""

from __future__ import annotations

from typing import Any

import pytest
from rule_case import (
    KMS_KEY_ARN,
    MEDIA_URI,
    ROLE_ARN,
    Case,
    assert_accepted,
    assert_refused_or_warned,
    ids,
)
from wired import WIRED_RULES

TAGS_TWICE = [{"Key": "team", "Value": "a"}, {"Key": "team", "Value": "b"}]
TAGS_ONCE = [{"Key": "team", "Value": "a"}, {"Key": "cost", "Value": "b"}]
HTTP = "https://example.com/list.txt"
S3 = "s3://amzn-s3-demo-bucket/list.txt"


def _medical(tags: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "MedicalTranscriptionJobName": "visit",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": MEDIA_URI},
        "OutputBucketName": "amzn-s3-demo-bucket",
        "Specialty": "PRIMARYCARE",
        "Type": "CONVERSATION",
        "Tags": tags,
    }


def _call(tags: list[dict[str, str]]) -> dict[str, Any]:
    return {"CallAnalyticsJobName": "call-1", "Media": {"MediaFileUri": MEDIA_URI}, "Tags": tags}


def _scribe(tags: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "MedicalScribeJobName": "visit-1",
        "Media": {"MediaFileUri": MEDIA_URI},
        "OutputBucketName": "amzn-s3-demo-bucket",
        "DataAccessRoleArn": ROLE_ARN,
        "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2},
        "Tags": tags,
    }


def _category(tags: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "CategoryName": "silence",
        "Rules": [{"NonTalkTimeFilter": {"Threshold": 10000}}],
        "Tags": tags,
    }


def _vocabulary(**members: Any) -> dict[str, Any]:
    return {"VocabularyName": "v", "LanguageCode": "en-US", **members}


def _filter(**members: Any) -> dict[str, Any]:
    return {"VocabularyFilterName": "f", "LanguageCode": "en-US", **members}


ENCRYPTION = {"EncryptionConfiguration": {"KMSKey": KMS_KEY_ARN}}

CASES = [
    Case("tag1-medical", "StartMedicalTranscriptionJob", _medical(TAGS_TWICE),
         "medical_job_tag_keys_are_distinct", ("Tags[1].Key",), _medical(TAGS_ONCE)),
    Case("tag1-call-analytics", "StartCallAnalyticsJob", _call(TAGS_TWICE),
         "call_analytics_job_tag_keys_are_distinct", ("Tags[1].Key",), _call(TAGS_ONCE)),
    Case("tag1-scribe", "StartMedicalScribeJob", _scribe(TAGS_TWICE),
         "scribe_job_tag_keys_are_distinct", ("Tags[1].Key",), _scribe(TAGS_ONCE)),
    Case("tag1-category", "CreateCallAnalyticsCategory", _category(TAGS_TWICE),
         "category_tag_keys_are_distinct", ("Tags[1].Key",), _category(TAGS_ONCE)),
    Case("c6-vocabulary", "CreateVocabulary", _vocabulary(VocabularyFileUri=S3, **ENCRYPTION),
         "vocabulary_encryption_needs_role", ("DataAccessRoleArn",),
         _vocabulary(VocabularyFileUri=S3, DataAccessRoleArn=ROLE_ARN, **ENCRYPTION),
         severity="warning"),
    Case("c6-filter", "UpdateVocabularyFilter",
         {"VocabularyFilterName": "f", "Words": ["x"], **ENCRYPTION},
         "filter_encryption_needs_role", ("DataAccessRoleArn",),
         {"VocabularyFilterName": "f", "Words": ["x"], "DataAccessRoleArn": ROLE_ARN,
          **ENCRYPTION},
         severity="warning"),
    Case("c6-language-model", "UpdateLanguageModel", {"ModelName": "m", **ENCRYPTION},
         "language_model_encryption_needs_role", ("DataAccessRoleArn",),
         {"ModelName": "m", "DataAccessRoleArn": ROLE_ARN, **ENCRYPTION}, severity="warning"),
    Case("c7-vocabulary", "CreateVocabulary", _vocabulary(VocabularyFileUri=HTTP),
         "vocabulary_file_is_in_s3", ("VocabularyFileUri",), _vocabulary(VocabularyFileUri=S3),
         severity="warning"),
    Case("c7-medical-vocabulary", "UpdateMedicalVocabulary", _vocabulary(VocabularyFileUri=HTTP),
         "medical_vocabulary_file_is_in_s3", ("VocabularyFileUri",),
         _vocabulary(VocabularyFileUri=S3), severity="warning"),
    Case("c7-filter", "CreateVocabularyFilter", _filter(VocabularyFilterFileUri=HTTP),
         "filter_file_is_in_s3", ("VocabularyFilterFileUri",),
         _filter(VocabularyFilterFileUri=S3), severity="warning"),
    Case("c7-audio", "TranscribeAudio",
         {"Media": {"MediaFileUri": HTTP}, "Language": "en",
          "OutputConfiguration": {"OutputMediaFileUri": HTTP}},
         "audio_locations_are_in_s3",
         ("Media.MediaFileUri", "OutputConfiguration.OutputMediaFileUri"),
         {"Media": {"MediaFileUri": S3}, "Language": "en",
          "OutputConfiguration": {"OutputMediaFileUri": S3}},
         severity="warning"),
]  # fmt: skip


def test_every_wired_rule_has_a_case() -> None:
    """The cases here cover every rule the per-family coverage tests leave to this module."""
    assert {case.rule for case in CASES} == WIRED_RULES


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_refused_or_warned(case: Case) -> None:
    """The request that breaks the rule is refused (or warned) at exactly its paths."""
    assert_refused_or_warned(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_neighbour_accepted(case: Case) -> None:
    """Its neighbour one change away is accepted, and botocore's validator agrees."""
    assert_accepted(case)
