"""Fuzzing the command line: random argument lists, file contents, standard input and service
answers never give a traceback, an unprintable byte, or an exit status outside the documented
ones (nor 70, the status of a bug); and a few runs as a real process, with real pipes, FIFOs,
signals and a closed standard input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from cli_support import UNSAFE, FakeTranscribe, run, serving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcribe_model._cli_exit import DOCUMENTED, EXIT_INTERNAL

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
REQUEST = json.loads((EXAMPLES / "valid" / "start-basic.json").read_text())

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12)
JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | ANY_TEXT
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=12,
)
MEMBERS = st.sampled_from(
    [
        *REQUEST,
        "Settings",
        "TranscriptionJob",
        "TranscriptionJobSummaries",
        "CreationTime",
        "LanguageIdSettings",
        "Tags",
        "NextToken",
    ]
)


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """A request with members replaced by anything, raw bytes, or text near JSON."""
    kind = draw(st.sampled_from(["mutated", "bytes", "near-json", "yaml"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "near-json":
        return draw(
            st.sampled_from(["NaN", "[1e400]", "{", '{"a": Infinity}', "-", "\ufeff{}"])
        ).encode()
    document = dict(REQUEST)
    for member, value in draw(st.dictionaries(MEMBERS | ANY_TEXT, JSON_VALUES, max_size=3)).items():
        document[member] = value
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", "surrogatepass")


TOKENS = st.sampled_from(
    [
        "check",
        "start",
        "get",
        "list",
        "delete",
        "wait",
        "--shape",
        "--operation",
        "--format",
        "--input-format",
        "--allow-unknown",
        "--region",
        "--endpoint-url",
        "--profile",
        "--output",
        "--timeout",
        "--delay",
        "--max-delay",
        "--wait",
        "--status",
        "--name-contains",
        "-",
        "FILE",
        "YAML",
        "DIR",
        "json",
        "github",
        "table",
        "yaml",
        "text",
        "meeting",
        "COMPLETED",
        "0",
        "1",
        "inf",
        "nan",
        "-1",
        "1e400",
        "86401",
        "http://[::1",
        "http://localhost:5000",
        "not a url",
        "GetTranscriptionJob",
        "ListTranscriptionJobs",
        "TranscriptionJob",
        "Media",
        "/dev/zero",
        "/dev/null",
    ]
)
ARGV = st.lists(TOKENS | ANY_TEXT, max_size=8)


def error_answer(code: str, message: str) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": message}}, "Operation")


@st.composite
def answers(draw: st.DrawFn) -> Any:
    """How the fake service answers every call: a document, an error, or no answer at all."""
    kind = draw(st.sampled_from(["job", "list", "anything", "error", "unreachable"]))
    if kind == "error":
        code = draw(
            st.sampled_from(
                ["BadRequestException", "ConflictException", "LimitExceededException", "X"]
            )
        )
        raise_this: Exception = error_answer(code, draw(ANY_TEXT))
    elif kind == "unreachable":
        raise_this = EndpointConnectionError(endpoint_url="http://localhost:1")
    else:
        status = draw(
            st.sampled_from(["COMPLETED", "FAILED", "IN_PROGRESS", "QUEUED", "NEWER"]) | ANY_TEXT
        )
        job = {
            "TranscriptionJobName": draw(ANY_TEXT),
            "TranscriptionJobStatus": status,
            "FailureReason": draw(ANY_TEXT),
        }
        answer = {
            "job": {"TranscriptionJob": job},
            "list": {"TranscriptionJobSummaries": [job], "NextToken": draw(st.none() | ANY_TEXT)},
            "anything": draw(st.dictionaries(MEMBERS | ANY_TEXT, JSON_VALUES, max_size=3)),
        }[kind]

        def reply(operation: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
            if operation == "ListTranscriptionJobs" and kwargs.get("NextToken"):
                return {"TranscriptionJobSummaries": []}  # the second page is the last
            return answer

        return reply

    def refuse(operation: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
        raise raise_this

    return refuse


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fuzz")
    return {"FILE": root / "doc.json", "YAML": root / "doc.yaml", "DIR": root}


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(argv=ARGV, content=documents(), stdin=documents(), answer=answers())
def test_no_traceback_and_only_documented_exit_statuses(
    files: dict[str, Path], argv: list[str], content: bytes, stdin: bytes, answer: Any
) -> None:
    """Random argument lists over random files and answers end in a documented status."""
    files["FILE"].write_bytes(content)
    files["YAML"].write_bytes(content)
    argv = [str(files[token]) if token in files else token for token in argv]
    with serving(FakeTranscribe(answer)):
        result = run(argv, stdin=stdin)
    assert result.status in DOCUMENTED
    assert result.status != EXIT_INTERNAL, result.err
    assert "Traceback" not in result.err
    assert not UNSAFE.search(result.out + result.err)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(content=documents(), report_format=st.sampled_from(["text", "json", "github"]))
def test_check_of_any_content_is_a_verdict(
    files: dict[str, Path], content: bytes, report_format: str
) -> None:
    """check of any bytes exits 0, 1 or 2 with a report, in every format."""
    files["FILE"].write_bytes(content)
    result = run(["check", "--format", report_format, str(files["FILE"])])
    assert result.status in (0, 1, 2), result.err
    assert result.err == ""
    assert result.out or (report_format == "github" and result.status == 0)
    if report_format == "json":
        assert json.loads(result.out)[0]["verdict"] in ("valid", "invalid", "unreadable")


# --- as a real process -------------------------------------------------------------------------


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "transcribe_model", *args]


def test_check_into_head_exits_141_without_a_traceback() -> None:
    """check | head -1: the reader goes after one line; no BrokenPipeError, exit 141."""
    many = [str(EXAMPLES / "invalid" / "start-speaker-labels.json")] * 3000
    process = subprocess.Popen(
        command("check", *many), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    assert process.stdout.readline()
    process.stdout.close()
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 141
    assert err == b""


def test_fifo_and_dev_zero_do_not_hang(tmp_path: Path) -> None:
    """A FIFO with no writer and /dev/zero exit 2 at once, as files and as check's stdin."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero"):
        for verb in ("check", "start"):
            result = subprocess.run(
                command(verb, path), capture_output=True, timeout=60, check=False
            )
            assert result.returncode == 2
            assert b"not a regular file" in result.stdout + result.stderr
            assert b"Traceback" not in result.stderr
    with Path("/dev/zero").open("rb") as zeros:
        result = subprocess.run(
            command("check", "-"), stdin=zeros, capture_output=True, timeout=60, check=False
        )
    assert result.returncode == 2
    assert b"larger than 16 MiB" in result.stdout


@pytest.mark.parametrize("verb", ["check", "start"])
def test_dash_with_standard_input_closed_exits_2(verb: str) -> None:
    """- with file descriptor 0 closed says so and exits 2."""
    result = subprocess.run(
        command(verb, "-"),
        capture_output=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(0),
    )
    assert result.returncode == 2
    assert b"standard input is closed" in result.stdout + result.stderr


def test_ctrl_c_while_check_reads_stdin_exits_130_quietly() -> None:
    """SIGINT while check - waits for input exits 130 with one line and no traceback."""
    process = subprocess.Popen(
        command("check", "-"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(3)  # started and blocked reading standard input
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err == b"transcribe-model: interrupted\n"
