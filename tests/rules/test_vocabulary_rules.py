"""Rules of vocabularies (VOC), medical vocabularies (MVOC) and vocabulary filters (VF).

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
    CreateMedicalVocabularyRequest,
    CreateMedicalVocabularyResponse,
    CreateVocabularyFilterRequest,
    CreateVocabularyRequest,
    CreateVocabularyResponse,
    GetMedicalVocabularyResponse,
    GetVocabularyResponse,
    UpdateMedicalVocabularyRequest,
    UpdateVocabularyFilterRequest,
    UpdateVocabularyRequest,
)
from transcribe_model.medical_vocabularies import rules as medical_rules
from transcribe_model.vocabularies import rules as vocabulary_rules
from transcribe_model.vocabulary_filters import rules as filter_rules

FILE = "s3://amzn-s3-demo-bucket/vocabularies/terms.txt"
FILTER_FILE = "s3://amzn-s3-demo-bucket/filters/words.txt"
TAG = {"Key": "team", "Value": "support"}


def vocabulary(**members: Any) -> dict[str, Any]:
    return {"VocabularyName": "my-vocabulary", "LanguageCode": "en-US", **members}


def medical(**members: Any) -> dict[str, Any]:
    return {"VocabularyName": "my-medical", "LanguageCode": "en-US", "VocabularyFileUri": FILE,
            **members}  # fmt: skip


def vfilter(**members: Any) -> dict[str, Any]:
    return {"VocabularyFilterName": "my-filter", "LanguageCode": "en-US", **members}


def filter_update(**members: Any) -> dict[str, Any]:
    return {"VocabularyFilterName": "my-filter", **members}


CV, UV = CreateVocabularyRequest, UpdateVocabularyRequest
CM, UM = CreateMedicalVocabularyRequest, UpdateMedicalVocabularyRequest
CF, UF = CreateVocabularyFilterRequest, UpdateVocabularyFilterRequest

CASES = [
    Case("voc1-create-phrases-and-file", CV, "phrases_or_file_uri",
         vocabulary(Phrases=["Amazon"], VocabularyFileUri=FILE), ("VocabularyFileUri",),
         vocabulary(Phrases=["Amazon"])),
    Case("voc1-create-neither", CV, "phrases_or_file_uri",
         vocabulary(), ("Phrases",), vocabulary(VocabularyFileUri=FILE)),
    Case("voc2-update-phrases-and-file", UV, "phrases_or_file_uri",
         vocabulary(Phrases=["Amazon"], VocabularyFileUri=FILE), ("VocabularyFileUri",),
         vocabulary(VocabularyFileUri=FILE)),
    Case("voc2-update-neither", UV, "phrases_or_file_uri",
         vocabulary(), ("Phrases",), vocabulary(Phrases=["Amazon"])),
    Case("voc3-create-empty-phrases", CV, "phrases_are_not_empty",
         vocabulary(Phrases=[]), ("Phrases",), vocabulary(Phrases=["Transcribe"])),
    Case("voc3-update-empty-phrases", UV, "phrases_are_not_empty",
         vocabulary(Phrases=[]), ("Phrases",), vocabulary(Phrases=["Transcribe"])),
    Case("tag1-vocabulary-repeated-key", CV, "tag_keys_are_distinct",
         vocabulary(Phrases=["a"], Tags=[TAG, {"Key": "team", "Value": "sales"}]),
         ("Tags[1].Key",),
         vocabulary(Phrases=["a"], Tags=[TAG, {"Key": "owner", "Value": "sales"}])),
    Case("mvoc1-create-not-en-us", CM, "language_code_is_us_english",
         medical(LanguageCode="en-GB"), ("LanguageCode",), medical()),
    Case("mvoc1-update-not-en-us", UM, "language_code_is_us_english",
         medical(LanguageCode="es-US"), ("LanguageCode",), medical()),
    Case("tag1-medical-repeated-key", CM, "tag_keys_are_distinct",
         medical(Tags=[TAG, TAG]), ("Tags[1].Key",), medical(Tags=[TAG])),
    Case("vf1-create-words-and-file", CF, "words_or_file_uri",
         vfilter(Words=["darn"], VocabularyFilterFileUri=FILTER_FILE),
         ("VocabularyFilterFileUri",), vfilter(Words=["darn"])),
    Case("vf1-create-neither", CF, "words_or_file_uri",
         vfilter(), ("Words",), vfilter(VocabularyFilterFileUri=FILTER_FILE)),
    Case("vf2-update-words-and-file", UF, "words_or_file_uri",
         filter_update(Words=["darn"], VocabularyFilterFileUri=FILTER_FILE),
         ("VocabularyFilterFileUri",), filter_update(VocabularyFilterFileUri=FILTER_FILE)),
    Case("vf2-update-neither", UF, "words_or_file_uri",
         filter_update(), ("Words",), filter_update(Words=["heck"])),
    Case("tag1-filter-repeated-key", CF, "tag_keys_are_distinct",
         vfilter(Words=["x"], Tags=[{"Key": "a", "Value": ""}, {"Key": "a", "Value": "b"}]),
         ("Tags[1].Key",), vfilter(Words=["x"], Tags=[{"Key": "a", "Value": ""}])),
]  # fmt: skip

VALUE_CASES = [
    ValueCase("voc4-empty-phrase", CV, vocabulary(Phrases=["Amazon", ""]), "Phrases[1]",
              vocabulary(Phrases=["Amazon", "S3"])),
    ValueCase("voc4-two-line-phrase", UV, vocabulary(Phrases=["Amazon\nS3"]), "Phrases[0]",
              vocabulary(Phrases=["Amazon S3"])),
    ValueCase("mvoc2-phrases", CM, medical(Phrases=["aspirin"]), "Phrases", medical()),
    ValueCase("mvoc2-no-file", CM, {"VocabularyName": "m", "LanguageCode": "en-US"},
              "VocabularyFileUri", medical()),
    ValueCase("vf-empty-words", CF, vfilter(Words=[]), "Words", vfilter(Words=["darn"])),
    ValueCase("vf-update-has-no-language", UF, filter_update(Words=["x"], LanguageCode="en-US"),
              "LanguageCode", filter_update(Words=["x"])),
    ValueCase("voc-update-needs-language", UV,
              {"VocabularyName": "v", "VocabularyFileUri": FILE}, "LanguageCode",
              vocabulary(VocabularyFileUri=FILE)),
]  # fmt: skip

FAILED = {"VocabularyName": "v", "VocabularyState": "FAILED"}
REASON = {**FAILED, "FailureReason": "The vocabulary file couldn't be read."}

RESPONSE_CASES = [
    ResponseCase(f"inv-failed-without-reason-{cls.__name__}", cls,
                 "failed_vocabulary_has_failure_reason", FAILED, ("FailureReason",), REASON)
    for cls in (CreateVocabularyResponse, GetVocabularyResponse,
                CreateMedicalVocabularyResponse, GetMedicalVocabularyResponse)
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_a_broken_rule_is_reported_at_its_path(case: Case) -> None:
    """structure() and construction refuse the request, naming the rule at its member."""
    assert_case_broken(case)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_the_neighbour_is_accepted_by_the_library_and_botocore(case: Case) -> None:
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_a_rule_kept_by_the_model_is_refused_at_its_path(case: ValueCase) -> None:
    """VOC-4 (the Phrase pattern) and MVOC-2 (no Phrases member) need no rule function."""
    assert_value_case_broken(case)


@pytest.mark.parametrize("case", VALUE_CASES, ids=ids(VALUE_CASES))
def test_the_neighbour_of_a_model_rule_is_accepted(case: ValueCase) -> None:
    assert_neighbour_accepted(case.good, case.cls)


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=ids(RESPONSE_CASES))
def test_a_failed_vocabulary_without_reason_is_reported_never_refused(case: ResponseCase) -> None:
    assert_response_case_reported(case)


@pytest.mark.parametrize("module", [vocabulary_rules, medical_rules, filter_rules])
def test_every_rule_of_the_families_has_a_case(module: ModuleType) -> None:
    named = {case.rule for case in [*CASES, *RESPONSE_CASES] if case.cls.__module__.startswith(
        module.__name__.rsplit(".", 1)[0])}  # fmt: skip
    assert set(rules_of(module)) <= named
