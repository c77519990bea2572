"""Rules of custom language models (LM) and of tagging (TAG).

Each rule broken with its path, each kept by a neighbour that botocore accepts too. Case ids
carry the checklist numbers of ``/work/shared/transcribe-rules-all.md``.
"""

from __future__ import annotations

from types import ModuleType
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

from transcribe_model import (
    CreateLanguageModelRequest,
    DescribeLanguageModelResponse,
    ListTagsForResourceRequest,
    Tag,
    TagResourceRequest,
    UntagResourceRequest,
    UpdateLanguageModelRequest,
    Violation,
)
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.language_models import rules as model_rules
from transcribe_model.tagging import rules as tagging_rules

ROLE = "arn:aws:iam::111122223333:role/TranscribeModelAccess"
KEY = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
TRAINING = "s3://amzn-s3-demo-bucket/clm/training/"
TUNING = "s3://amzn-s3-demo-bucket/clm/tuning/"
ARN = "arn:aws:transcribe:us-west-2:111122223333:vocabulary/my-vocabulary"
CATEGORY_ARN = "arn:aws:transcribe:us-west-2:111122223333:call-analytics-category/my-category"


def model(**members: Any) -> dict[str, Any]:
    data = {"S3Uri": TRAINING, "DataAccessRoleArn": ROLE, **members.pop("config", {})}
    return {"LanguageCode": "en-US", "BaseModelName": "WideBand", "ModelName": "my-model",
            "InputDataConfig": data, **members}  # fmt: skip


CLM, ULM = CreateLanguageModelRequest, UpdateLanguageModelRequest
TAGR, UNTAG, LTAGS = TagResourceRequest, UntagResourceRequest, ListTagsForResourceRequest

CASES = [
    Case("lm1-training-over-https", CLM, "training_data_is_in_s3",
         model(config={"S3Uri": "https://amzn-s3-demo-bucket.s3.amazonaws.com/clm/"}),
         ("InputDataConfig.S3Uri",), model()),
    Case("lm1-tuning-over-http", CLM, "training_data_is_in_s3",
         model(config={"TuningDataS3Uri": "http://example.com/tuning/"}),
         ("InputDataConfig.TuningDataS3Uri",), model(config={"TuningDataS3Uri": TUNING})),
    Case("lm3-role-without-encryption", ULM, "role_without_encryption_is_unused",
         {"ModelName": "my-model", "DataAccessRoleArn": ROLE}, ("DataAccessRoleArn",),
         {"ModelName": "my-model", "DataAccessRoleArn": ROLE,
          "EncryptionConfiguration": {"KMSKey": KEY}}, severity="warning"),
    Case("tag1-model-repeated-key", CLM, "tag_keys_are_distinct",
         model(Tags=[{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]), ("Tags[1].Key",),
         model(Tags=[{"Key": "k", "Value": "1"}, {"Key": "K", "Value": "2"}])),
    Case("tag1-tag-resource-repeated-key", TAGR, "tag_keys_are_distinct",
         {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"},
                                       {"Key": "a", "Value": "3"}]},
         ("Tags[2].Key",),
         {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]}),
    Case("tag2-untag-repeated-key", UNTAG, "untag_keys_are_distinct",
         {"ResourceArn": ARN, "TagKeys": ["a", "b", "a", "a"]}, ("TagKeys[2]", "TagKeys[3]"),
         {"ResourceArn": ARN, "TagKeys": ["a", "b"]}, severity="warning"),
    Case("tag3-undocumented-type-tag", TAGR, "resource_type_is_documented",
         {"ResourceArn": CATEGORY_ARN, "Tags": [{"Key": "a", "Value": "1"}]}, ("ResourceArn",),
         {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": "1"}]}, severity="warning"),
    Case("tag3-undocumented-type-untag", UNTAG, "resource_type_is_documented",
         {"ResourceArn": CATEGORY_ARN, "TagKeys": ["a"]}, ("ResourceArn",),
         {"ResourceArn": ARN, "TagKeys": ["a"]}, severity="warning"),
    Case("tag3-undocumented-type-list", LTAGS, "resource_type_is_documented",
         {"ResourceArn": "arn:aws:transcribe:us-east-1:111122223333:medical-scribe-job/j"},
         ("ResourceArn",),
         {"ResourceArn": "arn:aws:transcribe:us-east-1:111122223333:medical-transcription-job/j"},
         severity="warning"),
]  # fmt: skip

VALUE_CASES = [
    ValueCase("lm2-no-role", CLM, model(InputDataConfig={"S3Uri": TRAINING}),
              "InputDataConfig.DataAccessRoleArn", model()),
    ValueCase("lm2-no-s3-uri", CLM, model(InputDataConfig={"DataAccessRoleArn": ROLE}),
              "InputDataConfig.S3Uri", model()),
    ValueCase("lm4-not-a-clm-language", CLM, model(LanguageCode="fr-FR"), "LanguageCode",
              model(LanguageCode="en-GB")),
    ValueCase("tag4-no-tags", TAGR, {"ResourceArn": ARN, "Tags": []}, "Tags",
              {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": ""}]}),
    ValueCase("tag4-201-tags", TAGR,
              {"ResourceArn": ARN, "Tags": [{"Key": f"k{i}", "Value": ""} for i in range(201)]},
              "Tags",
              {"ResourceArn": ARN, "Tags": [{"Key": f"k{i}", "Value": ""} for i in range(200)]}),
    ValueCase("tag4-201-untag-keys", UNTAG,
              {"ResourceArn": ARN, "TagKeys": [f"k{i}" for i in range(201)]}, "TagKeys",
              {"ResourceArn": ARN, "TagKeys": [f"k{i}" for i in range(200)]}),
    ValueCase("tag4-null-value", TAGR, {"ResourceArn": ARN, "Tags": [{"Key": "a"}]},
              "Tags[0].Value", {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": ""}]}),
    ValueCase("tag5-eleven-digit-account", LTAGS,
              {"ResourceArn": "arn:aws:transcribe:us-west-2:11112222333:vocabulary/v"},
              "ResourceArn", {"ResourceArn": ARN}),
    ValueCase("tag5-no-resource-name", UNTAG,
              {"ResourceArn": "arn:aws:transcribe:us-west-2:111122223333:vocabulary",
               "TagKeys": ["a"]}, "ResourceArn", {"ResourceArn": ARN, "TagKeys": ["a"]}),
]  # fmt: skip

FAILED = {"LanguageModel": {"ModelName": "m", "ModelStatus": "FAILED"}}
REASON = {"LanguageModel": {"ModelName": "m", "ModelStatus": "FAILED",
                            "FailureReason": "The training data couldn't be read."}}  # fmt: skip

RESPONSE_CASES = [
    ResponseCase("inv-failed-model-without-reason", DescribeLanguageModelResponse,
                 "failed_model_has_failure_reason", FAILED, ("LanguageModel.FailureReason",),
                 REASON),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_a_broken_rule_is_reported_at_its_path(case: Case) -> None:
    """Errors refuse structure() and construction; warnings only show in check()."""
    assert_case_broken(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_the_neighbour_is_accepted_by_the_library_and_botocore(case: Case) -> None:
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_a_rule_kept_by_the_model_is_refused_at_its_path(case: ValueCase) -> None:
    assert_value_case_broken(case)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_the_neighbour_of_a_model_rule_is_accepted(case: ValueCase) -> None:
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=ids(RESPONSE_CASES))
def test_a_response_invariant_is_reported_never_refused(case: ResponseCase) -> None:
    assert_response_case_reported(case)


@pytest.mark.parametrize("module", [model_rules, tagging_rules])
def test_every_rule_of_the_families_has_a_case(module: ModuleType) -> None:
    named = {case.rule for case in [*CASES, *RESPONSE_CASES]}
    assert set(rules_of(module)) <= named


def test_an_update_with_neither_role_nor_encryption_is_valid() -> None:
    """UpdateLanguageModel with only its name re-encrypts with an AWS owned key: no warning."""
    assert_neighbour_accepted({"ModelName": "my-model"}, ULM)


def _rule() -> None:
    """Stands for the rule a family registers around repeated_tag_keys."""


def test_repeated_tag_keys_is_shape_agnostic_and_reports_every_repeat() -> None:
    """The shared TAG-1 logic takes any tags: every later repeat, at its own path."""
    tags = [Tag(key="a", value="1"), Tag(key="b", value=""), Tag(key="a", value="2"),
            Tag(key="a", value="3")]  # fmt: skip
    found = list(repeated_tag_keys(tags, _rule))
    assert found == [
        Violation(path="Tags[2].Key", message="repeats the tag key 'a'", rule="_rule"),
        Violation(path="Tags[3].Key", message="repeats the tag key 'a'", rule="_rule"),
    ]
    assert list(repeated_tag_keys(None, _rule)) == []
    assert [v.path for v in repeated_tag_keys(tags, _rule, path="Settings.Tags")] == [
        "Settings.Tags[2].Key",
        "Settings.Tags[3].Key",
    ]


def test_tag_keys_differing_only_in_case_are_distinct() -> None:
    """Keys are compared exactly: 'Team' and 'team' are two keys (tag keys are case sensitive)."""
    tags = [Tag(key="Team", value="a"), Tag(key="team", value="b")]
    assert list(repeated_tag_keys(tags, _rule)) == []
