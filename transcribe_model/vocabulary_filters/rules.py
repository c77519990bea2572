"""The documented cross-field rules of custom vocabulary filters (Create/UpdateVocabularyFilter).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to. ``Words`` holding at least one word is the model's
``Words`` minimum and needs no rule here.
"""

from __future__ import annotations

from collections.abc import Iterator

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


@request_rule(CreateVocabularyFilterRequest, reads=("Tags",))
def tag_keys_are_distinct(request: CreateVocabularyFilterRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)
