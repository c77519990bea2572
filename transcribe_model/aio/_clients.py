"""The async clients of the job and resource families: each method awaits one flow of
``transcribe_model.client._ops``, as the sync clients run it; nothing here decides anything."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Generic

from transcribe_model.aio._driver import AsyncDriver
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
from transcribe_model.client._timing import DEFAULT_DELAY, DEFAULT_MAX_DELAY, DEFAULT_TIMEOUT


class AsyncJobsClient(Generic[StartT, JobT, ListT, PageT, ItemT]):
    """The calls of one job family, awaited; as ``transcribe_model.client.JobsClient``."""

    def __init__(
        self, ops: JobOps[StartT, JobT, ListT, PageT, ItemT], driver: AsyncDriver
    ) -> None:
        self._ops = ops
        self._driver = driver

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ops.family}, {self._driver.client!r})"

    async def start(self, request: StartT) -> JobT:
        """Start a job (checked first: nothing is sent for a bad one); the job as described."""
        return await self._driver.run(self._ops.start(request))

    async def get(self, name: str) -> JobT:
        """The job called ``name``; ``JobNotFoundError`` if there is none."""
        return await self._driver.run(self._ops.get(name))

    async def list(self, request: ListT | None = None) -> AsyncIterator[ItemT]:
        """Every job the request selects, fetching pages as they are read (``async for``)."""
        async for page in self.pages(request):
            for item in self._ops.items(page):
                yield item

    def pages(self, request: ListT | None = None) -> AsyncIterator[PageT]:
        """Each page of ``list``; the request is checked at the call."""
        return self._driver.stream(self._ops.pages(request))

    async def delete(self, name: str) -> None:
        """Delete the job called ``name``."""
        await self._driver.run(self._ops.delete(name))

    async def wait(
        self,
        name: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        on_poll: Callable[[JobT], object] | None = None,
    ) -> JobT:
        """Poll on ``asyncio.sleep`` until COMPLETED, as ``JobsClient.wait`` does."""
        flow = self._ops.wait(
            name, timeout=timeout, delay=delay, max_delay=max_delay, on_poll=on_poll
        )
        return await self._driver.run(flow)


class AsyncResourcesClient(
    Generic[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]
):
    """The calls of one resource family, awaited; as ``ResourcesClient``."""

    def __init__(
        self,
        ops: ResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT],
        driver: AsyncDriver,
    ) -> None:
        self._ops = ops
        self._driver = driver

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ops.family}, {self._driver.client!r})"

    async def create(self, request: CreateT) -> CreatedT:
        """Create the resource (checked first); the service's answer."""
        return await self._driver.run(self._ops.create(request))

    async def get(self, name: str) -> GotT:
        """The resource called ``name``: the Get (or Describe) response."""
        return await self._driver.run(self._ops.get(name))

    async def list(self, request: ListT | None = None) -> AsyncIterator[ItemT]:
        """Every item the request selects, fetching pages as they are read (``async for``)."""
        async for page in self.pages(request):
            for item in self._ops.items(page):
                yield item

    def pages(self, request: ListT | None = None) -> AsyncIterator[PageT]:
        """Each page of ``list``; the request is checked at the call."""
        return self._driver.stream(self._ops.pages(request))

    async def update(self, request: UpdateT) -> UpdatedT:
        """Update the resource (checked first); the service's answer."""
        return await self._driver.run(self._ops.update(request))

    async def delete(self, name: str) -> None:
        """Delete the resource called ``name``."""
        await self._driver.run(self._ops.delete(name))


class AsyncStatefulResourcesClient(
    AsyncResourcesClient[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]
):
    """A resource family built after ``create``, awaited; as ``StatefulResourcesClient``."""

    _ops: StatefulResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]

    def __init__(
        self,
        ops: StatefulResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT],
        driver: AsyncDriver,
    ) -> None:
        super().__init__(ops, driver)
        self._ops = ops

    async def wait(
        self,
        name: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        on_poll: Callable[[GotT], object] | None = None,
    ) -> GotT:
        """Poll on ``asyncio.sleep`` until usable (READY, COMPLETED); FAILED raises."""
        flow = self._ops.wait(
            name, timeout=timeout, delay=delay, max_delay=max_delay, on_poll=on_poll
        )
        return await self._driver.run(flow)
