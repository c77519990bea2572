"""The documented cross-field rules of the shapes several families share.

Each rule quotes the sentence of botocore's service-model documentation it enforces and names
the member that documentation belongs to; it yields a ``Violation`` per thing it finds, with
paths relative to the shape, and registers itself for the shape it applies to.
"""

from __future__ import annotations

from collections.abc import Iterator

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule
from transcribe_model._rule_support import violation as _violation
from transcribe_model.common._models import ContentRedaction, EncryptionConfiguration, PiiEntityType


@request_rule(ContentRedaction, reads=("PiiEntityTypes",), only_with=("pii_entity_types",))
def pii_entity_types_are_all_or_distinct(redaction: ContentRedaction) -> Iterator[Violation]:
    """PiiEntityTypes is ALL alone, or distinct specific types.

    ``ContentRedaction.PiiEntityTypes``: "You can include as many types as you'd like, or you
    can select ALL."
    """
    types = redaction.pii_entity_types
    if types is None:
        return
    if PiiEntityType.ALL in types and len(types) > 1:
        yield _violation(
            "PiiEntityTypes",
            "ALL already covers every type: give ALL alone or only specific types",
            pii_entity_types_are_all_or_distinct,
        )
    seen: set[PiiEntityType] = set()
    for index, entity in enumerate(types):
        if entity in seen:
            yield _violation(
                f"PiiEntityTypes[{index}]",
                f"repeats {entity.value}",
                pii_entity_types_are_all_or_distinct,
            )
        seen.add(entity)


@request_rule(EncryptionConfiguration, reads=("KMSKey",))
def kms_key_is_a_full_key_arn(encryption: EncryptionConfiguration) -> Iterator[Violation]:
    """KMSKey is a full KMS key ARN (checklist C-4).

    ``EncryptionConfiguration.KMSKey``: "Only full KMS key ARN format is supported." The
    pattern admits a key id, an alias and an alias ARN too; the sentence decides.
    """
    yield from _common_rules.kms_key_is_key_arn(
        encryption.kms_key, "KMSKey", kms_key_is_a_full_key_arn
    )
