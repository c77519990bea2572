"""What a flow asks its driver for: the whole vocabulary between pure decisions and I/O.

A flow is a generator (httpx's ``Auth.auth_flow`` is the model). It yields an effect and
receives the answer: ``Call`` -> the operation's response dict (or the library's error thrown
in), ``Now`` -> seconds on the driver's clock, ``Jitter`` -> a float in [0, 1), ``Sleep`` ->
``None`` after the pause, ``Emit`` -> ``None`` once the driver handed the value on (a page to
the caller). A flow never calls a client, a clock or a sleep itself, so the sync driver (boto3,
``time.sleep``) and the async driver (aiobotocore, ``asyncio.sleep``) run the same flows and a
test can run one by hand, answer by answer.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeAlias, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_WORD: Final = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Call:
    """Call ``operation`` with ``params`` (wire names, as boto3 takes them)."""

    operation: str
    params: Mapping[str, Any]

    @property
    def method(self) -> str:
        """The client's method: ``StartTranscriptionJob`` -> ``start_transcription_job``."""
        return _WORD.sub("_", self.operation).lower()


@dataclass(frozen=True, slots=True)
class Sleep:
    """Pause for ``seconds``."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Now:
    """The driver's clock, in seconds (monotonic)."""


@dataclass(frozen=True, slots=True)
class Jitter:
    """A float in [0, 1) from the driver's random source."""


@dataclass(frozen=True, slots=True)
class Emit(Generic[T]):
    """Hand ``value`` to the caller (a page of a listing), then go on when asked for more."""

    value: T


NOW: Final = Now()
JITTER: Final = Jitter()

#: What a flow yields to be performed.
Effect: TypeAlias = Call | Sleep | Now | Jitter
#: A flow that ends with a value.
Flow: TypeAlias = Generator[Effect, Any, R]
#: A flow that hands values on as it goes (pages), and ends with nothing.
Stream: TypeAlias = Generator[Effect | Emit[T], Any, None]


def returned(flow: Flow[R]) -> Stream[R]:
    """``flow`` as a stream of one value, its result: so a driver has one loop, not two."""
    result = yield from flow
    yield Emit(result)
