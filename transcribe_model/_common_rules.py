"""The logic of the rules several families share (section C of the checklist), once.

These helpers take values, not shapes: each family's ``rules`` module registers its own small
rule for its own shape (a rule must live beside the shape it is registered for) and calls the
helper with the members it reads, the path they sit at and itself, so the violation carries the
family's rule name. Every helper is linear in what it is given and yields one violation per
thing it finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

from transcribe_model._errors import Violation
from transcribe_model._rule_support import violation

#: C-4: ``arn:<partition>:kms:<region>:<account>:key/<id>``; no key id, alias or alias ARN.
_KMS_KEY_ARN: Final = re.compile(r"arn:aws(-[a-z0-9-]+)?:kms:[a-z0-9-]+:[0-9]{12}:key/[^/]+")

#: C-7: the ``Uri`` pattern admits these, though the documentation asks for an S3 location.
_HTTP_SCHEMES: Final = ("http://", "https://")

#: C-2: names older documentation forbids for a job, which the pattern still admits.
_DOT_NAMES: Final = frozenset({".", ".."})


def job_name_is_not_dots(name: str, path: str, rule: Callable[..., Any]) -> Iterator[Violation]:
    """C-2 (warning): a job name that is ``.`` or ``..`` by itself.

    AWS CLI 2.4 documentation of StartMedicalTranscriptionJob and StartCallAnalyticsJob: "You
    can't use the strings "." or ".." by themselves as the job name." The sentence is gone from
    botocore 1.44.8 and the name pattern admits both, so this is only a warning.
    """
    if name in _DOT_NAMES:
        yield violation(
            path,
            f"is {name!r}; older documentation says a job name can't be '.' or '..' by itself",
            rule,
            severity="warning",
        )


def kms_key_is_key_arn(key: str, path: str, rule: Callable[..., Any]) -> Iterator[Violation]:
    """C-4 (error): a KMS key given as a full key ARN, not a key id, alias or alias ARN.

    ``EncryptionConfiguration.KMSKey``: "Only full KMS key ARN format is supported." The
    member's pattern admits ids and aliases too; the sentence is the narrower authority.
    """
    if _KMS_KEY_ARN.fullmatch(key) is None:
        yield violation(
            path,
            "must be a full KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>), "
            "not a key id, an alias or an alias ARN",
            rule,
        )


def context_needs_key(
    context: Mapping[str, str] | None,
    key_id: str | None,
    path: str,
    rule: Callable[..., Any],
) -> Iterator[Violation]:
    """C-5 (warning): encryption context pairs without the KMS key they are meant for.

    ``KMSEncryptionContext``: "A map of plain text, non-secret key:value pairs, known as
    encryption context pairs, that provide an added layer of security for your data." The pairs
    only reach KMS along with ``OutputEncryptionKMSKeyId``, so without it they do nothing.
    """
    if context is not None and key_id is None:
        yield violation(
            path,
            "has no effect without OutputEncryptionKMSKeyId: the pairs go to KMS with that key",
            rule,
            severity="warning",
        )


def encryption_needs_role(
    encryption: object | None, role: str | None, path: str, rule: Callable[..., Any]
) -> Iterator[Violation]:
    """C-6 (warning): an EncryptionConfiguration without a DataAccessRoleArn.

    ``CreateVocabulary.DataAccessRoleArn``: "If you include EncryptionConfiguration in your
    request, this role must also have permissions to access the specified KMS key." ``path``
    names where the role is missing (``DataAccessRoleArn``).
    """
    if encryption is not None and role is None:
        yield violation(
            path,
            "should be given with EncryptionConfiguration: the role must be able to use its key",
            rule,
            severity="warning",
        )


def uris_are_s3(
    locations: Iterable[tuple[str, str | None]], rule: Callable[..., Any]
) -> Iterator[Violation]:
    """C-7 (warning): each (path, URI) the documentation calls an Amazon S3 location is s3://.

    ``Media.MediaFileUri``: "The Amazon S3 location of the media file you want to transcribe."
    (and the same words on RedactedMediaFileUri, OutputLocation, VocabularyFileUri,
    VocabularyFilterFileUri, OutputMediaFileUri). The ``Uri`` pattern admits http(s) too.
    """
    for path, uri in locations:
        if uri is not None and uri.startswith(_HTTP_SCHEMES):
            yield violation(
                path,
                "is an http(s) URL; the documentation asks for an Amazon S3 location "
                "(s3://bucket/key)",
                rule,
                severity="warning",
            )
