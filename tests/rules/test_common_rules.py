"""Section C rules: C-4 on the shared EncryptionConfiguration, and the shared helpers.

C-4 is registered on ``common.EncryptionConfiguration``, so it holds in every operation that
carries one (Create/UpdateVocabulary, Create/UpdateVocabularyFilter, Create/UpdateLanguageModel
... wherever the shape sits). The helpers of ``transcribe_model._common_rules`` that other
families register (C-2, C-5, C-6, C-7) are tested here on plain values as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rule_case import (
    KMS_KEY_ARN,
    ROLE_ARN,
    Case,
    assert_accepted,
    assert_refused_or_warned,
    assert_unchecked_check_names_rule,
    ids,
    rules_of_modules,
)

from transcribe_model import EncryptionConfiguration, ValidationError, Violation, _common_rules

RULE = "kms_key_is_a_full_key_arn"


def vocabulary(key: str, **members: Any) -> dict[str, Any]:
    """A CreateVocabulary request encrypted with ``key``, plus ``members``."""
    return {
        "VocabularyName": "clinic-terms",
        "LanguageCode": "en-US",
        "Phrases": ["metoprolol"],
        "DataAccessRoleArn": ROLE_ARN,
        "EncryptionConfiguration": {"KMSKey": key},
        **members,
    }


CASES = [
    Case("c4-key-id", "CreateVocabulary", vocabulary("1234abcd-12ab-34cd-56ef-1234567890ab"),
         RULE, ("EncryptionConfiguration.KMSKey",), vocabulary(KMS_KEY_ARN)),
    Case("c4-alias", "CreateVocabulary", vocabulary("alias/transcribe"), RULE,
         ("EncryptionConfiguration.KMSKey",), vocabulary(KMS_KEY_ARN)),
    Case("c4-alias-arn", "CreateVocabularyFilter",
         {"VocabularyFilterName": "f", "LanguageCode": "en-US", "Words": ["x"],
          "DataAccessRoleArn": ROLE_ARN,
          "EncryptionConfiguration": {"KMSKey": "arn:aws:kms:us-west-2:111122223333:alias/t"}},
         RULE, ("EncryptionConfiguration.KMSKey",),
         {"VocabularyFilterName": "f", "LanguageCode": "en-US", "Words": ["x"],
          "DataAccessRoleArn": ROLE_ARN,
          "EncryptionConfiguration": {"KMSKey": KMS_KEY_ARN}}),
    Case("c4-short-account", "CreateVocabulary",
         vocabulary("arn:aws-us-gov:kms:us-gov-west-1:1111:key/ab"), RULE,
         ("EncryptionConfiguration.KMSKey",),
         vocabulary("arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/ab")),
]  # fmt: skip


def test_every_rule_of_common_has_a_case() -> None:
    """Each request rule of common.rules is broken here or in a family's table."""
    covered = {case.rule for case in CASES} | {"pii_entity_types_are_all_or_distinct"}
    assert rules_of_modules(["transcribe_model.common.rules"]) <= covered


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_broken_rule_is_refused_at_its_path(case: Case) -> None:
    """A KMSKey that is no full key ARN is refused at EncryptionConfiguration.KMSKey."""
    assert_refused_or_warned(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_check_names_the_rule_on_an_unchecked_request(case: Case) -> None:
    """check() on the request built without checks reports the same rule and paths."""
    assert_unchecked_check_names_rule(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_valid_neighbour_is_accepted_and_passes_botocore(case: Case) -> None:
    """The neighbour structures, check() finds nothing, and ParamValidator agrees."""
    assert_accepted(case)


def test_python_built_encryption_configuration_refuses_an_alias() -> None:
    """EncryptionConfiguration built in Python refuses an alias at KMSKey."""
    with pytest.raises(ValidationError) as info:
        EncryptionConfiguration(kms_key="alias/transcribe")
    assert [(v.path, v.rule) for v in info.value.errors] == [("KMSKey", RULE)]


# --- the helpers other families register -------------------------------------------------------


def _rule() -> Iterator[Violation]:  # stands for the registering rule: only its name is used
    yield from ()


def _found(violations: Iterator[Violation]) -> list[tuple[str, str | None, str]]:
    return [(v.path, v.rule, v.severity) for v in violations]


@pytest.mark.parametrize(("name", "warned"), [(".", True), ("..", True), ("...", False),
                                              ("a.", False)])  # fmt: skip
def test_job_name_is_not_dots(name: str, warned: bool) -> None:
    """C-2 warns on "." and ".." alone, nothing else."""
    found = _found(_common_rules.job_name_is_not_dots(name, "JobName", _rule))
    assert found == ([("JobName", "_rule", "warning")] if warned else [])


def test_context_needs_key() -> None:
    """C-5 warns on a context without a key, not with one or without a context."""
    helper = _common_rules.context_needs_key
    assert _found(helper({"a": "b"}, None, "KMSEncryptionContext", _rule)) == [
        ("KMSEncryptionContext", "_rule", "warning")
    ]
    assert _found(helper({"a": "b"}, KMS_KEY_ARN, "KMSEncryptionContext", _rule)) == []
    assert _found(helper(None, None, "KMSEncryptionContext", _rule)) == []


def test_encryption_needs_role() -> None:
    """C-6 warns on an encryption configuration without a role, not with one or without it."""
    helper = _common_rules.encryption_needs_role
    encryption = EncryptionConfiguration(kms_key=KMS_KEY_ARN)
    assert _found(helper(encryption, None, "DataAccessRoleArn", _rule)) == [
        ("DataAccessRoleArn", "_rule", "warning")
    ]
    assert _found(helper(encryption, ROLE_ARN, "DataAccessRoleArn", _rule)) == []
    assert _found(helper(None, None, "DataAccessRoleArn", _rule)) == []


def test_uris_are_s3() -> None:
    """C-7 warns on each http(s) location, not on s3:// nor on an absent one."""
    locations = [
        ("A", "s3://bucket/key.wav"),
        ("B", "https://bucket.s3.amazonaws.com/key.wav"),
        ("C", None),
        ("D", "http://example.com/key.wav"),
    ]
    assert _found(_common_rules.uris_are_s3(locations, _rule)) == [
        ("B", "_rule", "warning"),
        ("D", "_rule", "warning"),
    ]


@pytest.mark.parametrize(
    "key",
    [
        KMS_KEY_ARN,
        "arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd",
        "arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd",
    ],
)
def test_full_key_arns_of_every_partition_are_accepted(key: str) -> None:
    """C-4 accepts a key ARN of the aws, aws-cn and aws-us-gov partitions."""
    assert _found(_common_rules.kms_key_is_key_arn(key, "KMSKey", _rule)) == []
