"""transcribe_model: a typed SDK and data model for Amazon Transcribe.

Frozen attrs classes for every shape of every operation of botocore's transcribe service model;
converters to and from the dicts botocore returns and accepts and the JSON the AWS CLI prints;
every documented constraint and cross-field rule, with errors that name the field path.

    >>> from transcribe_model import structure, TranscriptionJob
    >>> job = structure(response["TranscriptionJob"], TranscriptionJob)  # doctest: +SKIP

Importing this package loads the core only: a shape's family (``transcribe_model.common``,
``transcribe_model.transcription_jobs``, ...) is imported the first time one of its names is
used (PEP 562), and neither boto3 nor botocore is imported at all. ``transcribe_model.client``
holds the typed clients; their errors are here.

This file is generated from ``tools/codegen/templates/package_init.py``: edit that.
"""

import importlib
import typing

from transcribe_model import _index
from transcribe_model._api import from_json, make_converter, structure, to_json, unstructure
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._errors import TranscribeModelError, ValidationError, Violation
from transcribe_model._frozen import FrozenMapping
from transcribe_model._wire_enum import WireEnum

if typing.TYPE_CHECKING:
    from transcribe_model._client_errors import AlreadyExistsError as AlreadyExistsError
    from transcribe_model._client_errors import JobAlreadyExistsError as JobAlreadyExistsError
    from transcribe_model._client_errors import JobFailedError as JobFailedError
    from transcribe_model._client_errors import JobNotFoundError as JobNotFoundError
    from transcribe_model._client_errors import NotFoundError as NotFoundError
    from transcribe_model._client_errors import RequestError as RequestError
    from transcribe_model._client_errors import ResourceFailedError as ResourceFailedError
    from transcribe_model._client_errors import ResponseParseError as ResponseParseError
    from transcribe_model._client_errors import ServiceError as ServiceError
    from transcribe_model._client_errors import ThrottlingError as ThrottlingError
    from transcribe_model._client_errors import WaitTimeoutError as WaitTimeoutError
    # {TYPE_CHECKING_IMPORTS}

#: The client's errors, imported like a family on the first use of one of their names: most
#: programs that only convert and check never raise them, and their module costs an import.
_CLIENT_ERRORS = frozenset(
    {
        "AlreadyExistsError",
        "JobAlreadyExistsError",
        "JobFailedError",
        "JobNotFoundError",
        "NotFoundError",
        "RequestError",
        "ResourceFailedError",
        "ResponseParseError",
        "ServiceError",
        "ThrottlingError",
        "WaitTimeoutError",
    }
)


def __getattr__(name: str) -> object:
    """Import a shape's family, or the client's errors, the first time one of its names is used
    (PEP 562)."""
    module = (
        "transcribe_model._client_errors"
        if name in _CLIENT_ERRORS
        else _index.SHAPE_MODULES.get(name)
    )
    if module is None:
        raise AttributeError(f"module 'transcribe_model' has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "AlreadyExistsError",
    "FrozenMapping",
    "JobAlreadyExistsError",
    "JobFailedError",
    "JobNotFoundError",
    "NotFoundError",
    "RequestError",
    "ResourceFailedError",
    "ResponseParseError",
    "ServiceError",
    "ThrottlingError",
    "TranscribeModelError",
    "ValidationError",
    "Violation",
    "WaitTimeoutError",
    "WireEnum",
    "WireModel",
    "check",
    "from_json",
    "make_converter",
    "structure",
    "to_json",
    "unstructure",
    # {SHAPE_NAMES}
]
