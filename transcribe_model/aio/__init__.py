"""``AsyncTranscribe``: the async twin of ``transcribe_model.client.Transcribe``.

It drives the same flows (``transcribe_model.client._ops``) with one async loop
(``_driver``): calls are awaited on an aiobotocore ``transcribe`` client, ``wait`` pauses on
``asyncio.sleep``, ``list`` is an async iterator. Nothing here imports aiobotocore but
``connect``; ``import transcribe_model`` and the sync client never do.

aiobotocore pins botocore tightly, and no release yet accepts the botocore 1.44.8 this
library's models are generated from (the newest, 3.10.0, wants botocore < 1.43.118): the
``async`` extra installs aiobotocore with the older botocore it needs. That pair, aiobotocore
3.10.0 with botocore 1.43.117 (``constraints-async.txt``), is what the second lane of the test
command (``scripts/test-async``) runs the client on. Its transcribe model lacks TranscribeAudio
only: ``transcribe_audio`` then raises a ``RequestError`` that says so. The ``transcript`` of
``transcription_jobs`` downloads in a worker thread (``asyncio.to_thread``) with the sync code.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import random
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Self

from transcribe_model._client_errors import RequestError
from transcribe_model.aio._clients import (
    AsyncJobsClient,
    AsyncResourcesClient,
    AsyncStatefulResourcesClient,
)
from transcribe_model.aio._driver import AsyncDriver
from transcribe_model.aio._jobs import AsyncTranscriptionJobs, S3ClientSource
from transcribe_model.client import _families as f
from transcribe_model.client._errors import translating
from transcribe_model.client._ops import SERVICE

if TYPE_CHECKING:
    from transcribe_model import Tag, TranscribeAudioRequest, TranscribeAudioResponse
    from transcribe_model.transcript._fetch import S3API

__all__ = [
    "AsyncDriver",
    "AsyncJobsClient",
    "AsyncResourcesClient",
    "AsyncStatefulResourcesClient",
    "AsyncTranscribe",
    "AsyncTranscriptionJobs",
]


class AsyncTranscribe:
    """The whole service over an aiobotocore ``transcribe`` client the caller opened.

    The same families as ``Transcribe``, each method awaited: ``transcription_jobs``
    (``AsyncTranscriptionJobs``: also ``transcript``), ``medical_transcription_jobs``,
    ``call_analytics_jobs``, ``medical_scribe_jobs`` (``AsyncJobsClient``); ``vocabularies``,
    ``medical_vocabularies``, ``language_models`` (``AsyncStatefulResourcesClient``);
    ``vocabulary_filters``, ``call_analytics_categories`` (``AsyncResourcesClient``);
    ``transcribe_audio``, ``tag``, ``untag``, ``tags``. Errors are the sync client's.

    Args:
        client: ``session.create_client("transcribe")`` of aiobotocore, entered; or a double
            with the awaitable methods called.
        clock, sleep, rand: ``wait``'s clock, pause (``asyncio.sleep``) and jitter source.
        s3: A sync ``s3`` client (boto3's or botocore's) for ``transcription_jobs.transcript`` to
            read the caller's bucket with, in a worker thread; by default a botocore one made on
            first use in ``client``'s region (``connect``: its profile and endpoint too).
    """

    def __init__(
        self,
        client: Any,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
        s3: S3API | None = None,
    ) -> None:
        driver = AsyncDriver(client, clock=clock, sleep=sleep, rand=rand)
        self._driver = driver
        region = getattr(getattr(client, "meta", None), "region_name", None)
        self._s3 = S3ClientSource(s3, region=region if isinstance(region, str) else None)
        self.transcription_jobs = AsyncTranscriptionJobs(driver, self._s3)
        self.medical_transcription_jobs = AsyncJobsClient(f.MEDICAL_TRANSCRIPTION_JOBS, driver)
        self.call_analytics_jobs = AsyncJobsClient(f.CALL_ANALYTICS_JOBS, driver)
        self.medical_scribe_jobs = AsyncJobsClient(f.MEDICAL_SCRIBE_JOBS, driver)
        self.vocabularies = AsyncStatefulResourcesClient(f.VOCABULARIES, driver)
        self.medical_vocabularies = AsyncStatefulResourcesClient(f.MEDICAL_VOCABULARIES, driver)
        self.language_models = AsyncStatefulResourcesClient(f.LANGUAGE_MODELS, driver)
        self.vocabulary_filters = AsyncResourcesClient(f.VOCABULARY_FILTERS, driver)
        self.call_analytics_categories = AsyncResourcesClient(f.CALL_ANALYTICS_CATEGORIES, driver)

    @classmethod
    @contextlib.asynccontextmanager
    async def connect(
        cls,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
    ) -> AsyncGenerator[Self, None]:
        """``async with AsyncTranscribe.connect(...) as transcribe:`` over a new aiobotocore
        client, closed on the way out (with the S3 client ``transcript`` may have made).
        ``None`` means botocore's usual lookup.

        Raises:
            RequestError: aiobotocore is not installed (``pip install transcribe-model[async]``),
                or cannot make a client: no region, an unknown profile, ...
        """
        try:
            sessions: Any = importlib.import_module("aiobotocore.session")
        except ImportError as exc:
            message = "AsyncTranscribe.connect needs aiobotocore: pip install transcribe-model[async]"
            raise RequestError(message=message, operation="connect") from exc
        async with contextlib.AsyncExitStack() as stack:
            # aiobotocore makes the client when it is entered: a missing region is raised there.
            with translating("connect"):
                session = sessions.AioSession(profile=profile)
                made = session.create_client(
                    "transcribe", region_name=region, endpoint_url=endpoint_url
                )
                client = await stack.enter_async_context(made)
            service = cls(client)
            # transcript()'s S3 client, if one is made: the same profile and endpoint, closed too.
            service._s3.endpoint_url, service._s3.profile = endpoint_url, profile
            stack.callback(service._s3.close)
            yield service

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._driver.client!r})"

    async def transcribe_audio(self, request: TranscribeAudioRequest) -> TranscribeAudioResponse:
        """Transcribe a short recording in one call (TranscribeAudio); checked before sending."""
        return await self._driver.run(SERVICE.transcribe_audio(request))

    async def tag(self, arn: str, tags: Iterable[Tag]) -> None:
        """Add (or overwrite) tags on the resource ``arn`` names."""
        await self._driver.run(SERVICE.tag(arn, tags))

    async def untag(self, arn: str, keys: Iterable[str]) -> None:
        """Remove the tags with these keys from the resource ``arn`` names."""
        await self._driver.run(SERVICE.untag(arn, keys))

    async def tags(self, arn: str) -> tuple[Tag, ...]:
        """The tags of the resource ``arn`` names."""
        return await self._driver.run(SERVICE.tags(arn))
