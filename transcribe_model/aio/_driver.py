"""The async driver: performs what a flow yields with an aiobotocore client and ``asyncio.sleep``.

The one loop of the async client, the twin of ``transcribe_model.client._sync``: the same
flows, the same error mapping; only the call is awaited and the pause is ``asyncio.sleep``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, TypeVar

from transcribe_model.client._effects import Call, Emit, Flow, Now, Sleep, Stream, returned
from transcribe_model.client._errors import missing_operation, translated

T = TypeVar("T")
R = TypeVar("R")


class AsyncDriver:
    """Runs flows against ``client``, an aiobotocore ``transcribe`` client (or a double).

    Args:
        client: Has an awaitable method per operation, named as botocore names it, taking
            wire-named keyword arguments and returning the answer as a dict.
        clock: Seconds on a monotonic clock.
        sleep: Awaitable pauses between polls (``asyncio.sleep``).
        rand: A float in [0, 1) for each pause's jitter.
    """

    def __init__(
        self,
        client: Any,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.client = client
        self.clock, self.sleep, self.rand = clock, sleep, rand

    async def run(self, flow: Flow[R]) -> R:
        """Run ``flow`` to its end; its result."""
        async with contextlib.aclosing(self.stream(returned(flow))) as results:
            async for result in results:
                return result
        raise AssertionError("a returned flow emits its result")  # pragma: no cover

    async def stream(self, flow: Stream[T]) -> AsyncGenerator[T, None]:
        """Run ``flow`` as it is read: each value it emits, one call at a time."""
        answer: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.send(answer) if error is None else flow.throw(error)
            except StopIteration:
                return
            answer, error = None, None
            if isinstance(effect, Emit):
                yield effect.value
            elif isinstance(effect, Call):
                try:
                    method = getattr(self.client, effect.method)
                except AttributeError as exc:  # an operation newer than the installed botocore
                    error = missing_operation(exc, effect.operation, effect.method)
                    continue
                try:
                    answer = await method(**effect.params)
                except Exception as exc:  # mapped, and thrown into the flow
                    error = translated(exc, effect.operation)
            elif isinstance(effect, Sleep):
                await self.sleep(effect.seconds)
            elif isinstance(effect, Now):
                answer = self.clock()
            else:  # Jitter, the last kind of effect
                answer = self.rand()
