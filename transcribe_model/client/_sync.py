"""The sync driver: performs what a flow yields with a boto3 client and ``time.sleep``.

The one loop of the sync client. Everything it decides is in the flows; it only calls the
client's method, maps what that raised (``_errors.translated``), reads the clock and sleeps.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

from transcribe_model.client._effects import Call, Emit, Flow, Now, Sleep, Stream, returned
from transcribe_model.client._errors import missing_operation, translated

T = TypeVar("T")
R = TypeVar("R")


class SyncDriver:
    """Runs flows against ``client`` (a boto3 ``transcribe`` client, or a double of one).

    Args:
        client: Has a method per operation, named as boto3 names it, taking wire-named
            keyword arguments and returning the answer as a dict.
        clock: Seconds on a monotonic clock.
        sleep: Pauses between polls.
        rand: A float in [0, 1) for each pause's jitter.
    """

    def __init__(
        self,
        client: Any,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.client = client
        self.clock, self.sleep, self.rand = clock, sleep, rand

    def run(self, flow: Flow[R]) -> R:
        """Run ``flow`` to its end; its result."""
        with contextlib.closing(self.stream(returned(flow))) as results:
            return next(results)

    def stream(self, flow: Stream[T]) -> Generator[T, None, None]:
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
                    answer = method(**effect.params)
                except Exception as exc:  # mapped, and thrown into the flow
                    error = translated(exc, effect.operation)
            elif isinstance(effect, Sleep):
                self.sleep(effect.seconds)
            elif isinstance(effect, Now):
                answer = self.clock()
            else:  # Jitter, the last kind of effect
                answer = self.rand()
