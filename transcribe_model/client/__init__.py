"""Typed clients for every family of Amazon Transcribe, over a boto3 client you configure.

``Transcribe(boto3.client("transcribe"))`` has one attribute per family
(``transcription_jobs``, ``vocabularies``, ...), plus ``transcribe_audio`` and tagging;
``TranscribeJobs`` is its ``transcription_jobs``, usable alone as before.

The package is layered as ``../shared/DESIGN.md`` asks: ``_flows`` and ``_ops`` decide (build
the call, parse the answer, follow NextToken, poll with backoff) as generators that yield
effects (``_effects``); ``_errors`` maps botocore's exceptions in one function; ``_sync`` is the
one loop that performs effects with boto3 and ``time.sleep`` (``transcribe_model.aio`` holds the
async one); ``_families`` names each family as data.

Importing this package imports botocore (for its exception classes); ``import transcribe_model``
does not. ``connect`` imports boto3 when called.
"""

from __future__ import annotations

from transcribe_model._client_errors import AlreadyExistsError, ResourceFailedError
from transcribe_model.client._clients import JobsClient, ResourcesClient, StatefulResourcesClient
from transcribe_model.client._errors import translating as _translated
from transcribe_model.client._jobs import TranscribeAPI, TranscribeJobs
from transcribe_model.client._timing import (
    DEFAULT_DELAY,
    DEFAULT_MAX_DELAY,
    DEFAULT_TIMEOUT,
    MAX_SECONDS,
)
from transcribe_model.client._tokens import TokenCycles as _TokenCycles
from transcribe_model.client._transcribe import Transcribe

__all__ = [
    "DEFAULT_DELAY",
    "DEFAULT_MAX_DELAY",
    "DEFAULT_TIMEOUT",
    "MAX_SECONDS",
    "AlreadyExistsError",
    "JobsClient",
    "ResourceFailedError",
    "ResourcesClient",
    "StatefulResourcesClient",
    "Transcribe",
    "TranscribeAPI",
    "TranscribeJobs",
]

# Kept importable for the tests and the README that name them.
_ = (_TokenCycles, _translated)
