"""The documented cross-field rules of custom language models (Create/UpdateLanguageModel).

Each rule quotes the sentence of botocore's service-model documentation it enforces and names the
member that documentation belongs to. ``InputDataConfig`` carrying ``S3Uri`` and
``DataAccessRoleArn`` is the model's (both required), and ``LanguageCode`` being one of the seven
``CLMLanguageCode`` values is its enum.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from transcribe_model import _common_rules
from transcribe_model._errors import Violation
from transcribe_model._registry import request_rule, response_check
from transcribe_model._rule_support import violation as _violation
from transcribe_model._tag_and_list_rules import repeated_tag_keys
from transcribe_model.language_models._models import (
    CreateLanguageModelRequest,
    InputDataConfig,
    LanguageModel,
    ModelStatus,
    UpdateLanguageModelRequest,
)

#: The scheme of an Amazon S3 URI; the model's ``Uri`` pattern also admits http(s).
S3_SCHEME: Final = "s3://"


@request_rule(InputDataConfig, reads=("S3Uri", "TuningDataS3Uri"))
def training_data_is_in_s3(config: InputDataConfig) -> Iterator[Violation]:
    """S3Uri and TuningDataS3Uri are s3:// URIs.

    CreateLanguageModel's operation documentation: "When creating a new custom language model, you
    must specify: ... The location of your training and tuning files (this must be an Amazon S3
    URI)". The ``Uri`` pattern (``(s3://|http(s*)://).+``) admits http(s), the service does not.
    """
    for wire, uri in (("S3Uri", config.s3_uri), ("TuningDataS3Uri", config.tuning_data_s3_uri)):
        if uri is not None and not uri.startswith(S3_SCHEME):
            yield _violation(
                wire,
                f"must be an Amazon S3 URI (s3://...), got {uri[:40]!r}",
                training_data_is_in_s3,
            )


@request_rule(
    UpdateLanguageModelRequest, reads=("DataAccessRoleArn",), only_with=("data_access_role_arn",)
)
def role_without_encryption_is_unused(request: UpdateLanguageModelRequest) -> Iterator[Violation]:
    """Warn: DataAccessRoleArn without EncryptionConfiguration has nothing to do.

    ``UpdateLanguageModelRequest.DataAccessRoleArn``: "If you include EncryptionConfiguration in
    your request, this role must have permissions to access the specified KMS key." The role is
    only used for the KMS key; an update with neither member is valid (it re-encrypts with an
    Amazon Web Services owned key).
    """
    if request.data_access_role_arn is not None and request.encryption_configuration is None:
        yield _violation(
            "DataAccessRoleArn",
            "is only used to reach the KMS key of EncryptionConfiguration, which is not given",
            role_without_encryption_is_unused,
            severity="warning",
        )


@request_rule(CreateLanguageModelRequest, reads=("Tags",), only_with=("tags",))
def tag_keys_are_distinct(request: CreateLanguageModelRequest) -> Iterator[Violation]:
    """Each tag key at most once.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key is a mistake.
    """
    yield from repeated_tag_keys(request.tags, tag_keys_are_distinct)


@response_check(LanguageModel, reads=("FailureReason",), only_with=("model_status",))
def failed_model_has_failure_reason(model: LanguageModel) -> Iterator[Violation]:
    """A FAILED language model says why.

    ``LanguageModel.FailureReason``: "If ModelStatus is FAILED, FailureReason contains information
    about why the custom language model request failed."
    """
    if model.model_status == ModelStatus.FAILED and not model.failure_reason:
        yield _violation(
            "FailureReason",
            "is missing on a FAILED language model",
            failed_model_has_failure_reason,
            severity="warning",
        )


# --- wired by the integrator: the shared C rules -----------------------------------------------


@request_rule(
    UpdateLanguageModelRequest,
    reads=("EncryptionConfiguration", "DataAccessRoleArn"),
    only_with=("encryption_configuration",),
)
def language_model_encryption_needs_role(
    request: UpdateLanguageModelRequest,
) -> Iterator[Violation]:
    """An EncryptionConfiguration comes with a DataAccessRoleArn (C-6, warning).

    ``CreateVocabulary.DataAccessRoleArn``: "If you include EncryptionConfiguration in your
    request, this role must also have permissions to access the specified KMS key."
    """
    yield from _common_rules.encryption_needs_role(
        request.encryption_configuration,
        request.data_access_role_arn,
        "DataAccessRoleArn",
        language_model_encryption_needs_role,
    )
