"""The documented rules of tagging (TagResource, UntagResource, ListTagsForResource).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to. The ``Tags`` of the Create*/Start* requests of other
families keep TAG-1 through their own families' rules (all sharing
``transcribe_model._tag_and_list_rules.repeated_tag_keys``); the ARN's shape (12-digit account,
``type/name``) and the 1..200 bounds are the model's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.tagging._models import (
    ListTagsForResourceRequest,
    TagResourceRequest,
    UntagResourceRequest,
)

#: ``TagResourceRequest.ResourceArn``: "Valid values for resource-type are: transcription-job,
#: medical-transcription-job, vocabulary, medical-vocabulary, vocabulary-filter, and
#: language-model."
DOCUMENTED_RESOURCE_TYPES: Final = frozenset(
    {
        "transcription-job",
        "medical-transcription-job",
        "vocabulary",
        "medical-vocabulary",
        "vocabulary-filter",
        "language-model",
    }
)

#: The resource-type of ``arn:partition:service:region:account-id:resource-type/resource-id``:
#: after the fifth colon, up to the first slash (the model's pattern has no colon or slash there).
_RESOURCE_TYPE: Final = re.compile(r"arn:[^:]*:[^:]*:[^:]*:[^:]*:([^/]*)/")


@request_rule(TagResourceRequest, reads=("Tags",))
def tag_keys_are_distinct(request: TagResourceRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)


@request_rule(UntagResourceRequest, reads=("TagKeys",))
def untag_keys_are_distinct(request: UntagResourceRequest) -> Iterator[Violation]:
    """Warn: a tag key listed twice in TagKeys.

    ``UntagResourceRequest.TagKeys``: "Removes the specified tag keys from the specified Amazon
    Transcribe resource." Removing a key twice is harmless but points to a mistake in the list.
    """
    seen: set[str] = set()
    for index, key in enumerate(request.tag_keys):
        if key in seen:
            yield _violation(
                f"TagKeys[{index}]",
                f"repeats the tag key {key!r}",
                untag_keys_are_distinct,
                severity="warning",
            )
        seen.add(key)


@request_rule(
    ListTagsForResourceRequest, TagResourceRequest, UntagResourceRequest, reads=("ResourceArn",)
)
def resource_type_is_documented(
    request: ListTagsForResourceRequest | TagResourceRequest | UntagResourceRequest,
) -> Iterator[Violation]:
    """Warn: an ARN whose resource-type is not one the documentation lists.

    ``TagResourceRequest.ResourceArn``: "Valid values for resource-type are: transcription-job,
    medical-transcription-job, vocabulary, medical-vocabulary, vocabulary-filter, and
    language-model." Only a warning: Call Analytics categories and jobs and Medical Scribe jobs
    take ``Tags`` when created, so their ARNs are taggable too although the list omits them.
    """
    match = _RESOURCE_TYPE.match(request.resource_arn)
    if match is None:
        return  # not an ARN of that form: the model's pattern reports it
    resource_type = match.group(1)
    if resource_type not in DOCUMENTED_RESOURCE_TYPES:
        yield _violation(
            "ResourceArn",
            f"names the resource type {resource_type!r}, which is not one of "
            f"{', '.join(sorted(DOCUMENTED_RESOURCE_TYPES))}",
            resource_type_is_documented,
            severity="warning",
        )
