"""Doubles for the client tests: the async protocol over a sync client, and scripted services.

aiobotocore cannot be installed beside the pinned botocore 1.44.8 (see ``transcribe_model.aio``),
so the main lane tests the async client against ``ThreadedAsyncClient``: botocore's own client,
each call run in a worker thread and awaited, the protocol aiobotocore's clients follow. Against
a moto server process, calls really overlap. The aiobotocore lane (``scripts/test-async``,
``constraints-async.txt``) imports this module too, so it needs nothing but botocore and pytest.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError


class ThreadedAsyncClient:
    """An async ``transcribe`` client: every method of ``client``, awaited in a thread."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self._client, name)

        async def call(**kwargs: Any) -> Any:
            self.calls.append(name)
            return await asyncio.to_thread(method, **kwargs)

        return call

    async def __aenter__(self) -> ThreadedAsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._client.close()


class Scripted:
    """A sync ``transcribe`` client that answers each method from a script, in order.

    An answer that is an exception is raised; ``calls`` records (method, params). The methods
    named in ``missing`` are absent, as an operation newer than the installed botocore is.
    """

    def __init__(self, script: dict[str, list[Any]], missing: tuple[str, ...] = ()) -> None:
        self._script = {method: list(answers) for method, answers in script.items()}
        self._missing = missing
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def answer(self, name: str, params: dict[str, Any]) -> Any:
        self.calls.append((name, params))
        answer = self._script[name].pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_") or name in self._missing:
            raise AttributeError(name)
        return lambda **params: self.answer(name, params)


class AsyncScripted(Scripted):
    """``Scripted``, with awaitable methods."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_") or name in self._missing:
            raise AttributeError(name)

        async def call(**params: Any) -> Any:
            await asyncio.sleep(0)
            return self.answer(name, params)

        return call


def client_error(code: str, message: str = "", operation: str = "Op") -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": message}}, operation)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def moto_server(port: int, log_path: Path) -> Iterator[str]:
    """A moto server process on 127.0.0.1:``port``, up for the block; its URL."""
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while not _answers(f"{url}/moto-api/data.json"):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto server did not start:\n{log_path.read_text()}")
                time.sleep(0.05)  # waiting for a process to listen, not for time to pass
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                server.kill()
                server.wait()
