"""The documented cross-field rules of custom medical vocabularies (Create/UpdateMedicalVocabulary).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to. That there are no ``Phrases`` ("CreateMedicalVocabulary
does not support the Phrases flag") is the model's: the member does not exist, so a request that
sends it is refused as an unknown member.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.common import LanguageCode, VocabularyState
from transcribe_model.medical_vocabularies._models import (
    CreateMedicalVocabularyRequest,
    CreateMedicalVocabularyResponse,
    GetMedicalVocabularyResponse,
    UpdateMedicalVocabularyRequest,
)


@request_rule(
    CreateMedicalVocabularyRequest, UpdateMedicalVocabularyRequest, reads=("LanguageCode",)
)
def language_code_is_us_english(
    request: CreateMedicalVocabularyRequest | UpdateMedicalVocabularyRequest,
) -> Iterator[Violation]:
    """LanguageCode is en-US.

    ``CreateMedicalVocabularyRequest.LanguageCode``: "US English (en-US) is the only language
    supported with Amazon Transcribe Medical." (the member uses the full ``LanguageCode`` enum).
    """
    if request.language_code != LanguageCode.EN_US:
        yield _violation(
            "LanguageCode",
            f"is {request.language_code.value}, but en-US is the only language supported with "
            "Amazon Transcribe Medical",
            language_code_is_us_english,
        )


@request_rule(CreateMedicalVocabularyRequest, reads=("Tags",), only_with=("tags",))
def tag_keys_are_distinct(request: CreateMedicalVocabularyRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)


@response_check(
    CreateMedicalVocabularyResponse,
    GetMedicalVocabularyResponse,
    reads=("FailureReason",),
    only_with=("vocabulary_state",),
)
def failed_vocabulary_has_failure_reason(
    response: CreateMedicalVocabularyResponse | GetMedicalVocabularyResponse,
) -> Iterator[Violation]:
    """A FAILED medical vocabulary says why.

    ``GetMedicalVocabularyResponse.FailureReason``: "If VocabularyState is FAILED, FailureReason
    contains information about why the custom medical vocabulary request failed."
    """
    if response.vocabulary_state == VocabularyState.FAILED and not response.failure_reason:
        yield _violation(
            "FailureReason",
            "is missing on a FAILED medical vocabulary",
            failed_vocabulary_has_failure_reason,
            severity="warning",
        )


# --- wired by the integrator: the shared C rules -----------------------------------------------


@request_rule(
    CreateMedicalVocabularyRequest, UpdateMedicalVocabularyRequest, reads=("VocabularyFileUri",)
)
def medical_vocabulary_file_is_in_s3(
    request: CreateMedicalVocabularyRequest | UpdateMedicalVocabularyRequest,
) -> Iterator[Violation]:
    """The VocabularyFileUri is an Amazon S3 location, not an http(s) URL (C-7, warning).

    Its documentation: "The Amazon S3 location of the text file that contains your custom
    medical vocabulary." The ``Uri`` pattern admits http(s) too.
    """
    yield from _common_rules.uris_are_s3(
        [("VocabularyFileUri", request.vocabulary_file_uri)], medical_vocabulary_file_is_in_s3
    )
