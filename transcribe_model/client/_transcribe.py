"""``Transcribe``: every family of the service, one attribute each, over one boto3 client."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from transcribe_model.client import _families as f
from transcribe_model.client._clients import JobsClient, ResourcesClient, StatefulResourcesClient
from transcribe_model.client._jobs import TranscribeJobs, boto3_client
from transcribe_model.client._ops import SERVICE
from transcribe_model.client._sync import SyncDriver

if TYPE_CHECKING:
    from botocore.client import BaseClient

    from transcribe_model import Tag, TranscribeAudioRequest, TranscribeAudioResponse
    from transcribe_model.transcript._fetch import S3API


class Transcribe:
    """The whole service over a ``transcribe`` client the caller configured, in models.

    Attributes (each a family's client; jobs have ``start``, ``get``, ``list``, ``pages``,
    ``delete`` and ``wait``; resources ``create``, ``get``, ``list``, ``pages``, ``update``,
    ``delete``, and ``wait`` where they are built after ``create``):
        transcription_jobs: A ``TranscribeJobs``.
        medical_transcription_jobs, call_analytics_jobs, medical_scribe_jobs: ``JobsClient``.
        vocabularies, medical_vocabularies, language_models: ``StatefulResourcesClient``.
        vocabulary_filters, call_analytics_categories: ``ResourcesClient``.

    Args:
        client: ``boto3.client("transcribe", ...)``, or a double with the methods called.
        clock, sleep, rand: ``wait``'s clock, pause and jitter source, for tests.
        s3: The S3 client ``transcription_jobs.transcript`` reads buckets with.
    """

    def __init__(
        self,
        client: Any,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        rand: Callable[[], float] = random.random,
        s3: S3API | None = None,
    ) -> None:
        driver = SyncDriver(client, clock=clock, sleep=sleep, rand=rand)
        self._driver = driver
        self._owned: BaseClient | None = None
        self.transcription_jobs = TranscribeJobs(client, clock=clock, sleep=sleep, rand=rand, s3=s3)
        self.medical_transcription_jobs = JobsClient(f.MEDICAL_TRANSCRIPTION_JOBS, driver)
        self.call_analytics_jobs = JobsClient(f.CALL_ANALYTICS_JOBS, driver)
        self.medical_scribe_jobs = JobsClient(f.MEDICAL_SCRIBE_JOBS, driver)
        self.vocabularies = StatefulResourcesClient(f.VOCABULARIES, driver)
        self.medical_vocabularies = StatefulResourcesClient(f.MEDICAL_VOCABULARIES, driver)
        self.language_models = StatefulResourcesClient(f.LANGUAGE_MODELS, driver)
        self.vocabulary_filters = ResourcesClient(f.VOCABULARY_FILTERS, driver)
        self.call_analytics_categories = ResourcesClient(f.CALL_ANALYTICS_CATEGORIES, driver)

    @classmethod
    def connect(
        cls,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
    ) -> Self:
        """A ``Transcribe`` over a new boto3 client that it owns and ``close`` closes.

        ``None`` means boto3's usual lookup (environment, ``~/.aws/config``).

        Raises:
            RequestError: boto3 cannot make a client: no region, an unknown profile, ...
        """
        session, client = boto3_client(region=region, endpoint_url=endpoint_url, profile=profile)
        made = cls(client)
        made._owned = client
        jobs = made.transcription_jobs
        jobs._session, jobs._endpoint_url = session, endpoint_url  # pyright: ignore[reportPrivateUsage]
        return made

    def close(self) -> None:
        """Close the client if ``connect`` made it; a client the caller passed stays open."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._driver.client!r})"

    def transcribe_audio(self, request: TranscribeAudioRequest) -> TranscribeAudioResponse:
        """Transcribe a short recording in one call (TranscribeAudio); checked before sending."""
        return self._driver.run(SERVICE.transcribe_audio(request))

    def tag(self, arn: str, tags: Iterable[Tag]) -> None:
        """Add (or overwrite) tags on the resource ``arn`` names: any job, vocabulary, ..."""
        self._driver.run(SERVICE.tag(arn, tags))

    def untag(self, arn: str, keys: Iterable[str]) -> None:
        """Remove the tags with these keys from the resource ``arn`` names."""
        self._driver.run(SERVICE.untag(arn, keys))

    def tags(self, arn: str) -> tuple[Tag, ...]:
        """The tags of the resource ``arn`` names."""
        return self._driver.run(SERVICE.tags(arn))
