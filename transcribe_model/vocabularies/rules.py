"""The documented cross-field rules of custom vocabularies (Create/UpdateVocabulary).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to; it yields a ``Violation`` per thing it finds, with paths
relative to the shape it is registered for. ``Phrases[i]`` being one non-empty line is the
model's ``Phrase`` pattern ``.+`` and needs no rule here.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.common import VocabularyState
from transcribe_model.vocabularies._models import (
    CreateVocabularyRequest,
    CreateVocabularyResponse,
    GetVocabularyResponse,
    UpdateVocabularyRequest,
)


@request_rule(CreateVocabularyRequest, UpdateVocabularyRequest, reads=("Phrases",))
def phrases_or_file_uri(
    request: CreateVocabularyRequest | UpdateVocabularyRequest,
) -> Iterator[Violation]:
    """Exactly one of Phrases and VocabularyFileUri.

    ``CreateVocabularyRequest.Phrases``: "Note that if you include Phrases in your request, you
    cannot use VocabularyFileUri; you must choose one or the other." UpdateVocabulary's operation
    documentation: "You must include either Phrases or VocabularyFileUri in your request."
    """
    has_phrases = request.phrases is not None
    has_file = request.vocabulary_file_uri is not None
    if has_phrases and has_file:
        yield _violation(
            "VocabularyFileUri",
            "cannot be given together with Phrases: choose one or the other",
            phrases_or_file_uri,
        )
    elif not has_phrases and not has_file:
        yield _violation(
            "Phrases",
            "is missing: give the vocabulary's Phrases or its VocabularyFileUri",
            phrases_or_file_uri,
        )


@request_rule(
    CreateVocabularyRequest, UpdateVocabularyRequest, reads=("Phrases",), only_with=("phrases",)
)
def phrases_are_not_empty(
    request: CreateVocabularyRequest | UpdateVocabularyRequest,
) -> Iterator[Violation]:
    """Phrases, when given, holds at least one phrase.

    The model's ``Phrases`` list has no minimum, but the service answers an empty one with
    "Value '[]' at 'phrases' failed to satisfy constraint: Member must have length greater than
    or equal to 1" (the message moto copies). ``CreateVocabularyRequest.Phrases``: "Use this
    parameter if you want to create your custom vocabulary by including all desired terms, as
    comma-separated values, within your request."
    """
    if request.phrases is not None and not request.phrases:
        yield _violation("Phrases", "must hold at least one phrase", phrases_are_not_empty)


@request_rule(CreateVocabularyRequest, reads=("Tags",), only_with=("tags",))
def tag_keys_are_distinct(request: CreateVocabularyRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)


@response_check(
    CreateVocabularyResponse,
    GetVocabularyResponse,
    reads=("FailureReason",),
    only_with=("vocabulary_state",),
)
def failed_vocabulary_has_failure_reason(
    response: CreateVocabularyResponse | GetVocabularyResponse,
) -> Iterator[Violation]:
    """A FAILED vocabulary says why.

    ``GetVocabularyResponse.FailureReason``: "If VocabularyState is FAILED, FailureReason
    contains information about why the custom vocabulary request failed."
    """
    if response.vocabulary_state == VocabularyState.FAILED and not response.failure_reason:
        yield _violation(
            "FailureReason",
            "is missing on a FAILED vocabulary",
            failed_vocabulary_has_failure_reason,
            severity="warning",
        )


# --- wired by the integrator: the shared C rules -----------------------------------------------


@request_rule(
    CreateVocabularyRequest,
    UpdateVocabularyRequest,
    reads=("EncryptionConfiguration", "DataAccessRoleArn"),
    only_with=("encryption_configuration",),
)
def vocabulary_encryption_needs_role(
    request: CreateVocabularyRequest | UpdateVocabularyRequest,
) -> Iterator[Violation]:
    """An EncryptionConfiguration comes with a DataAccessRoleArn (C-6, warning).

    ``CreateVocabulary.DataAccessRoleArn``: "If you include EncryptionConfiguration in your
    request, this role must also have permissions to access the specified KMS key."
    """
    yield from _common_rules.encryption_needs_role(
        request.encryption_configuration,
        request.data_access_role_arn,
        "DataAccessRoleArn",
        vocabulary_encryption_needs_role,
    )


@request_rule(
    CreateVocabularyRequest,
    UpdateVocabularyRequest,
    reads=("VocabularyFileUri",),
    only_with=("vocabulary_file_uri",),
)
def vocabulary_file_is_in_s3(
    request: CreateVocabularyRequest | UpdateVocabularyRequest,
) -> Iterator[Violation]:
    """The VocabularyFileUri is an Amazon S3 location, not an http(s) URL (C-7, warning).

    Its documentation: "The Amazon S3 location of the text file that contains your custom
    vocabulary." The ``Uri`` pattern admits http(s) too.
    """
    yield from _common_rules.uris_are_s3(
        [("VocabularyFileUri", request.vocabulary_file_uri)], vocabulary_file_is_in_s3
    )
