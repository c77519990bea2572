"""The documented cross-field rules of custom vocabulary filters (Create/UpdateVocabularyFilter).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to. ``Words`` holding at least one word is the model's
``Words`` minimum and needs no rule here.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.vocabulary_filters._models import (
    CreateVocabularyFilterRequest,
    UpdateVocabularyFilterRequest,
)


@request_rule(CreateVocabularyFilterRequest, UpdateVocabularyFilterRequest, reads=("Words",))
def words_or_file_uri(
    request: CreateVocabularyFilterRequest | UpdateVocabularyFilterRequest,
) -> Iterator[Violation]:
    """Exactly one of Words and VocabularyFilterFileUri.

    ``CreateVocabularyFilterRequest.Words``: "Note that if you include Words in your request, you
    cannot use VocabularyFilterFileUri; you must choose one or the other." UpdateVocabularyFilter's
    operation documentation: "You must include either Words or VocabularyFilterFileUri in your
    request."
    """
    has_words = request.words is not None
    has_file = request.vocabulary_filter_file_uri is not None
    if has_words and has_file:
        yield _violation(
            "VocabularyFilterFileUri",
            "cannot be given together with Words: choose one or the other",
            words_or_file_uri,
        )
    elif not has_words and not has_file:
        yield _violation(
            "Words",
            "is missing: give the filter's Words or its VocabularyFilterFileUri",
            words_or_file_uri,
        )


@request_rule(CreateVocabularyFilterRequest, reads=("Tags",), only_with=("tags",))
def tag_keys_are_distinct(request: CreateVocabularyFilterRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)


# --- wired by the integrator: the shared C rules -----------------------------------------------


@request_rule(
    CreateVocabularyFilterRequest,
    UpdateVocabularyFilterRequest,
    reads=("EncryptionConfiguration", "DataAccessRoleArn"),
    only_with=("encryption_configuration",),
)
def filter_encryption_needs_role(
    request: CreateVocabularyFilterRequest | UpdateVocabularyFilterRequest,
) -> Iterator[Violation]:
    """An EncryptionConfiguration comes with a DataAccessRoleArn (C-6, warning).

    ``CreateVocabulary.DataAccessRoleArn``: "If you include EncryptionConfiguration in your
    request, this role must also have permissions to access the specified KMS key."
    """
    yield from _common_rules.encryption_needs_role(
        request.encryption_configuration,
        request.data_access_role_arn,
        "DataAccessRoleArn",
        filter_encryption_needs_role,
    )


@request_rule(
    CreateVocabularyFilterRequest,
    UpdateVocabularyFilterRequest,
    reads=("VocabularyFilterFileUri",),
    only_with=("vocabulary_filter_file_uri",),
)
def filter_file_is_in_s3(
    request: CreateVocabularyFilterRequest | UpdateVocabularyFilterRequest,
) -> Iterator[Violation]:
    """The VocabularyFilterFileUri is an Amazon S3 location, not an http(s) URL (C-7, warning).

    Its documentation: "The Amazon S3 location of the text file that contains your custom
    vocabulary filter." The ``Uri`` pattern admits http(s) too.
    """
    yield from _common_rules.uris_are_s3(
        [("VocabularyFilterFileUri", request.vocabulary_filter_file_uri)], filter_file_is_in_s3
    )
