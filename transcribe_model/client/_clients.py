"""The sync clients of the job and resource families: each method runs one flow of ``_ops``.

A family's client is its ``_ops`` data handed to one of these classes; nothing here decides
anything (the async twins in ``transcribe_model.aio`` differ by ``await``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic

from transcribe_model.client._ops import (
    CreatedT,
    CreateT,
    GotT,
    ItemT,
    JobOps,
    JobT,
    ListT,
    PageT,
    ResourceOps,
    StartT,
    StatefulResourceOps,
    UpdatedT,
    UpdateT,
)
from transcribe_model.client._sync import SyncDriver
from transcribe_model.client._timing import DEFAULT_DELAY, DEFAULT_MAX_DELAY, DEFAULT_TIMEOUT


class JobsClient(Generic[StartT, JobT, ListT, PageT, ItemT]):
    """The calls of one job family (``Transcribe.medical_transcription_jobs``, ...), in models.

    Every method raises ``ServiceError`` (or a subclass: ``JobNotFoundError``,
    ``JobAlreadyExistsError``, ``ThrottlingError``) when the service refuses a call,
    ``RequestError`` when a call gets no answer and ``ResponseParseError`` when the answer is
    not the operation's shape; a request or name that breaks a rule raises ``ValidationError``
    before anything is sent.
    """

    def __init__(self, ops: JobOps[StartT, JobT, ListT, PageT, ItemT], driver: SyncDriver) -> None:
        self._ops = ops
        self._driver = driver

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ops.family}, {self._driver.client!r})"

    def start(self, request: StartT) -> JobT:
        """Start a job; return it as the service describes it (usually QUEUED or IN_PROGRESS).

        Raises:
            ValidationError: The request breaks a constraint or rule; nothing was sent.
            JobAlreadyExistsError: A job of that name exists.
            NotFoundError: A resource it names (a vocabulary, a model...) does not exist.
        """
        return self._driver.run(self._ops.start(request))

    def get(self, name: str) -> JobT:
        """The job called ``name``, parsed liberally: values newer than the library are kept.

        Raises:
            ValidationError: ``name`` is not a valid job name; nothing was sent.
            JobNotFoundError: There is no such job.
        """
        return self._driver.run(self._ops.get(name))

    def list(self, request: ListT | None = None) -> Iterator[ItemT]:
        """Every job the ``List...`` request selects, fetching pages as they are read.

        Raises:
            ValidationError: At once, for a request the service would refuse.
        """
        return (item for page in self.pages(request) for item in self._ops.items(page))

    def pages(self, request: ListT | None = None) -> Iterator[PageT]:
        """Each page of ``list``, with its ``next_token``; a request's ``next_token`` resumes.

        Raises:
            ValidationError: At once, for a request the service would refuse.
            ServiceError: Code ``RepeatedNextToken`` if the service sends a token twice.
        """
        return self._driver.stream(self._ops.pages(request))

    def delete(self, name: str) -> None:
        """Delete the job called ``name`` (its record, not what it wrote to your bucket).

        Raises:
            ValidationError: ``name`` is not a valid job name; nothing was sent.
            JobNotFoundError: There is no such job.
        """
        self._driver.run(self._ops.delete(name))

    def wait(
        self,
        name: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        on_poll: Callable[[JobT], object] | None = None,
    ) -> JobT:
        """Poll the job until it is COMPLETED, and return it.

        Polls at once, then after pauses that double from ``delay`` up to ``max_delay``, each
        jittered to between half and all of its step and cut short so that the last poll falls
        on the deadline. A throttled poll is followed by the next pause; a status newer than
        the library counts as still running.

        Raises:
            ValidationError: A bad name or timing argument; nothing was sent.
            JobFailedError: The job ended FAILED; it carries the job and its FailureReason.
            WaitTimeoutError: Time ran out; it carries the job as last seen.
            JobNotFoundError: There is no such job (or it was deleted while waiting).
        """
        flow = self._ops.wait(
            name, timeout=timeout, delay=delay, max_delay=max_delay, on_poll=on_poll
        )
        return self._driver.run(flow)


class ResourcesClient(Generic[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]):
    """The calls of one resource family (``Transcribe.vocabulary_filters``, ...), in models.

    Errors as ``JobsClient``'s: ``NotFoundError`` for a missing resource,
    ``AlreadyExistsError`` for a name taken, ``ValidationError`` before anything is sent.
    """

    def __init__(
        self,
        ops: ResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT],
        driver: SyncDriver,
    ) -> None:
        self._ops = ops
        self._driver = driver

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ops.family}, {self._driver.client!r})"

    def create(self, request: CreateT) -> CreatedT:
        """Create the resource; the service's answer (a vocabulary is PENDING until built)."""
        return self._driver.run(self._ops.create(request))

    def get(self, name: str) -> GotT:
        """The resource called ``name``: the Get (or Describe) response, parsed liberally."""
        return self._driver.run(self._ops.get(name))

    def list(self, request: ListT | None = None) -> Iterator[ItemT]:
        """Every item the ``List...`` request selects, fetching pages as they are read."""
        return (item for page in self.pages(request) for item in self._ops.items(page))

    def pages(self, request: ListT | None = None) -> Iterator[PageT]:
        """Each page of ``list``, with its ``next_token``; a request's ``next_token`` resumes."""
        return self._driver.stream(self._ops.pages(request))

    def update(self, request: UpdateT) -> UpdatedT:
        """Update the resource; the service's answer."""
        return self._driver.run(self._ops.update(request))

    def delete(self, name: str) -> None:
        """Delete the resource called ``name``."""
        self._driver.run(self._ops.delete(name))


class StatefulResourcesClient(
    ResourcesClient[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]
):
    """A resource family whose resources are built after ``create``: ``wait`` for them."""

    _ops: StatefulResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]

    def __init__(
        self,
        ops: StatefulResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT],
        driver: SyncDriver,
    ) -> None:
        super().__init__(ops, driver)
        self._ops = ops

    def wait(
        self,
        name: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        on_poll: Callable[[GotT], object] | None = None,
    ) -> GotT:
        """Poll until the resource is usable (a vocabulary READY, a model COMPLETED).

        Timing as ``JobsClient.wait``'s.

        Raises:
            ValidationError: A bad name or timing argument; nothing was sent.
            ResourceFailedError: It ended FAILED; it carries the FailureReason.
            WaitTimeoutError: Time ran out; it carries ``get``'s last answer.
            NotFoundError: There is no such resource.
        """
        flow = self._ops.wait(
            name, timeout=timeout, delay=delay, max_delay=max_delay, on_poll=on_poll
        )
        return self._driver.run(flow)
