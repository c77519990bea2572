"""Helpers of the command-line tests: run ``main`` in-process with strict streams, fake services.

Not a test module: imported by ``tests/test_cli_*.py``.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import pytest

from transcribe_model import _cli_service
from transcribe_model._cli import main
from transcribe_model.client import TranscribeJobs

#: What must never reach a terminal: controls but newline, DEL, C1, surrogates, U+2028/9.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class StrictStream(io.StringIO):
    """A text stream that, like a UTF-8 terminal, cannot take a lone surrogate.

    Not an ``io.TextIOWrapper``, so ``main`` cannot loosen its error handler: whatever is
    written must already be encodable.
    """

    def write(self, text: str) -> int:
        text.encode("utf-8")  # raises UnicodeEncodeError for a lone surrogate
        return super().write(text)


@attrs.frozen
class Run:
    """How one run of ``main`` ended."""

    status: int
    out: str
    err: str


def run(argv: Sequence[str], *, stdin: bytes | None = None) -> Run:
    """``main(argv)`` in-process; a ``SystemExit`` (argparse's usage error) is its status."""
    out, err = StrictStream(), StrictStream()
    stdin_stream = io.TextIOWrapper(io.BytesIO(stdin or b""))
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.setattr("sys.stdin", stdin_stream)
        try:
            status = main(list(argv))
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 2
    return Run(status=status, out=out.getvalue(), err=err.getvalue())


class FakeTranscribe:
    """A ``transcribe`` client whose every method answers with ``answer(operation, kwargs)``."""

    def __init__(self, answer: Callable[[str, Mapping[str, Any]], Mapping[str, Any]]) -> None:
        self._answer = answer
        self.calls: list[str] = []

    def _call(self, operation: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
        self.calls.append(operation)
        return self._answer(operation, kwargs)

    def start_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]:
        return self._call("StartTranscriptionJob", kwargs)

    def get_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]:
        return self._call("GetTranscriptionJob", kwargs)

    def list_transcription_jobs(self, **kwargs: Any) -> Mapping[str, Any]:
        return self._call("ListTranscriptionJobs", kwargs)

    def delete_transcription_job(self, **kwargs: Any) -> Mapping[str, Any]:
        return self._call("DeleteTranscriptionJob", kwargs)


class _Clock:
    """A clock that moves an hour at each reading, so any wait ends after a few polls."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 3600.0
        return self.now


@contextlib.contextmanager
def serving(client: FakeTranscribe) -> Iterator[FakeTranscribe]:
    """The service commands talk to ``client``, never sleeping, on a clock that races."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            _cli_service,
            "_connect",
            lambda args: TranscribeJobs(client, sleep=lambda _: None, clock=_Clock()),
        )
        yield client
