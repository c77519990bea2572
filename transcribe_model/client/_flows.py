"""The decisions every family's client makes, as flows: no client, clock or sleep in here.

Each function takes what was decided at the call (a request model, already checked) and
returns a flow (see ``_effects``): send one call and parse its answer, follow ``NextToken``
page by page with cycle protection, or poll until something settles with capped, jittered
backoff. The drivers only perform what the flows yield.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from transcribe_model._api import structure, unstructure
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._client_errors import (
    ResponseParseError,
    ServiceError,
    ThrottlingError,
    WaitTimeoutError,
)
from transcribe_model._errors import ValidationError
from transcribe_model.client._effects import JITTER, NOW, Call, Emit, Flow, Sleep, Stream
from transcribe_model.client._timing import check_timing
from transcribe_model.client._tokens import TokenCycles

M = TypeVar("M", bound=WireModel)
T = TypeVar("T")


def checked(request: M, cls: type[M]) -> M:
    """``request`` if it is a ``cls`` that breaks no rule; raise before anything is sent.

    Checked again here, since ``make_converter`` or ``attrs.evolve`` tricks can build one that
    construction never checked; untyped callers may pass anything.
    """
    if not isinstance(cast_object(request), cls):
        raise TypeError(f"expected a {cls.__name__}, got {type(request).__name__}")
    errors = [violation for violation in check(request) if violation.severity == "error"]
    if errors:
        raise ValidationError(errors)
    return request


def cast_object(value: object) -> object:
    """``value`` seen as an ``object``, for checks a type checker deems redundant."""
    return value


def parsed(answer: Mapping[str, Any], cls: type[M], operation: str) -> M:
    """A response shape from what the client returned, without botocore's ``ResponseMetadata``.

    Parsed liberally: a status or member newer than the library is kept.

    Raises:
        ResponseParseError: The answer is not a ``cls`` (not the ``ValidationError`` that
            means nothing was sent: this call went through).
    """
    try:
        return structure({k: v for k, v in answer.items() if k != "ResponseMetadata"}, cls)
    except ValidationError as exc:
        raise ResponseParseError(errors=exc.errors, operation=operation) from exc


def send(operation: str, request: WireModel, output: type[M]) -> Flow[M]:
    """Call ``operation`` with ``request``; its answer as ``output``."""
    return _send(operation, unstructure(request), output)


def _send(operation: str, params: dict[str, Any], output: type[M]) -> Flow[M]:
    answer = yield Call(operation, params)
    return parsed(answer, output, operation)


def send_only(operation: str, request: WireModel) -> Flow[None]:
    """Call ``operation`` with ``request``; its answer (empty, or nothing we keep) is dropped."""
    return _send_only(operation, unstructure(request))


def _send_only(operation: str, params: dict[str, Any]) -> Flow[None]:
    yield Call(operation, params)


def pages(operation: str, request: WireModel, output: type[M]) -> Stream[M]:
    """Each page of a listing, following ``NextToken`` until the service stops sending one.

    The service may send a token on a page that is not full, or empty: it is followed. A token
    it sent before in this listing ("A", "B", "A") raises ``ServiceError`` with code
    ``RepeatedNextToken`` instead of looping for ever. The request is unstructured now, at the
    call; the first page is asked for when the first is read.
    """
    return _pages(operation, unstructure(request), output)


def _pages(operation: str, params: dict[str, Any], output: type[M]) -> Stream[M]:
    tokens = TokenCycles(params.get("NextToken"))
    while True:
        answer = yield Call(operation, params)
        page = parsed(answer, output, operation)
        yield Emit(page)
        token: str | None = getattr(page, "next_token", None)
        if not token:
            return
        if tokens.repeated(token):
            raise ServiceError(
                code="RepeatedNextToken",
                message="the service sent a NextToken it had sent before in this listing",
                operation=operation,
            )
        # The token is the service's own: passed back as it came, not re-checked.
        params = {**params, "NextToken": token}


def wait(
    poll: Callable[[], Flow[T]],
    settled: Callable[[T], bool],
    *,
    name: str,
    what: str,
    status: Callable[[T], object],
    timeout: float,
    delay: float,
    max_delay: float,
    on_poll: Callable[[T], object] | None = None,
) -> Flow[T]:
    """Poll until ``settled`` says so (it raises for a failure), or time runs out.

    Polls at once, then after pauses that double from ``delay`` up to ``max_delay``. Each pause
    is jittered to between half and all of its step (so many waiters started together spread
    out, and no pause is wasted near zero), and is cut short so that the last poll falls on the
    deadline. A throttled poll is not an error here: the next, longer pause follows. The timing
    is checked now, at the call.

    Raises:
        ValidationError: A timing argument ``time.sleep`` cannot keep; nothing was sent.
        WaitTimeoutError: Time ran out; it carries what was last seen.
    """
    check_timing(timeout=timeout, delay=delay, max_delay=max_delay)
    return _wait(poll, settled, name, what, status, timeout, delay, max_delay, on_poll)


def _wait(
    poll: Callable[[], Flow[T]],
    settled: Callable[[T], bool],
    name: str,
    what: str,
    status: Callable[[T], object],
    timeout: float,
    delay: float,
    max_delay: float,
    on_poll: Callable[[T], object] | None,
) -> Flow[T]:
    start: float = yield NOW
    deadline = start + timeout
    step = delay
    seen: T | None = None
    while True:
        try:
            seen = yield from poll()
        except ThrottlingError:
            pass
        else:
            if on_poll is not None:
                on_poll(seen)
            if settled(seen):
                return seen
        now: float = yield NOW
        if now >= deadline:
            last = None if seen is None else status(seen)
            raise WaitTimeoutError(
                name=name,
                job=cast(Any, seen),
                waited=now - start,
                what=what,
                status=None if last is None else str(last),
            )
        jitter: float = yield JITTER
        yield Sleep(min(step * (0.5 + 0.5 * jitter), deadline - now))
        step = min(max_delay, step * 2)
