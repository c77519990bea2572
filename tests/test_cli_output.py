"""What the command line prints: never a crash, never a terminal sequence from outside, and no
traceback on Ctrl-C or a closed pipe."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from cli_support import UNSAFE, FakeTranscribe, run, serving
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import _cli_check
from transcribe_model._cli import main
from transcribe_model._cli_text import json_for_terminal, printable

#: Any string at all, lone surrogates and every control character included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)
HOSTILE = st.sampled_from(
    ["\x1b[2J", "\x1b]8;;http://x\x07link\x1b]8;;\x07", "\r\x1b[K", "\x9b31m", "\udc80", "\u2028"]
)
TEXT = ANY_TEXT | HOSTILE | st.tuples(ANY_TEXT, HOSTILE).map("".join)


@given(TEXT)
def test_printable_escapes_what_could_steer_a_terminal(text: str) -> None:
    """No unsafe character survives, the result encodes, and safe text is left alone."""
    shown = printable(text)
    assert not UNSAFE.search(shown)
    assert "\n" not in shown
    shown.encode("utf-8")
    if not UNSAFE.search(text) and "\n" not in text:
        assert shown == text
    assert "\n" not in printable(text.replace("\n", ""), keep_newlines=True).replace("\n", "")


@given(st.recursive(TEXT | st.integers(), lambda inner: st.dictionaries(TEXT, inner, max_size=3)))
def test_json_for_terminal_is_the_same_json_made_safe(value: object) -> None:
    """JSON made safe parses back to the very same value, surrogates included."""
    shown = json_for_terminal(json.dumps(value, ensure_ascii=False, indent=4))
    assert not UNSAFE.search(shown)
    assert json.loads(shown) == value


def job(name: str, reason: str, status: str = "COMPLETED") -> dict[str, Any]:
    return {
        "TranscriptionJob": {
            "TranscriptionJobName": name,
            "TranscriptionJobStatus": status,
            "FailureReason": reason,
            "Media": {"MediaFileUri": reason},
            "Tags": [{"Key": reason, "Value": name}],
        }
    }


@given(name=TEXT, reason=TEXT, output=st.sampled_from(["json", "table"]))
def test_what_the_service_sends_is_printed_safely(name: str, reason: str, output: str) -> None:
    """get prints any job name and reason without crashing and without a raw control character;
    JSON output still holds the service's exact strings."""
    with serving(FakeTranscribe(lambda operation, kwargs: job(name, reason))):
        result = run(["get", "meeting", "--output", output])
    assert result.status == 0, result.err
    assert not UNSAFE.search(result.out)
    if output == "json":
        printed = json.loads(result.out)["TranscriptionJob"]
        assert (printed["TranscriptionJobName"], printed["FailureReason"]) == (name, reason)
    else:
        assert printable(reason) in result.out


@given(name=TEXT, reason=TEXT)
def test_a_list_table_prints_any_summary_safely(name: str, reason: str) -> None:
    """list --output table escapes every cell it takes from the service."""

    def answer(operation: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
        summary = {"TranscriptionJobName": name, "FailureReason": reason}
        return {"TranscriptionJobSummaries": [summary]}

    with serving(FakeTranscribe(answer)):
        table = run(["list", "--output", "table"])
        document = run(["list"])
    assert (table.status, document.status) == (0, 0)
    assert not UNSAFE.search(table.out + document.out)
    assert json.loads(document.out)["TranscriptionJobSummaries"][0]["FailureReason"] == reason


@given(reason=TEXT)
def test_the_failure_reason_of_exit_3_is_escaped(reason: str) -> None:
    """A FAILED job's reason goes to standard error printable, on its one line."""
    with serving(FakeTranscribe(lambda operation, kwargs: job("meeting", reason, "FAILED"))):
        result = run(["wait", "meeting"])
    assert result.status == 3
    assert not UNSAFE.search(result.err)
    assert printable(reason, keep_newlines=True) in result.err


@given(key=TEXT, value=TEXT)
def test_check_reports_any_member_name_or_map_key(key: str, value: str) -> None:
    """Lone surrogates and controls in member names and map keys end in a report, exit 1."""
    document = {
        "TranscriptionJobName": "meeting",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
        "LanguageIdSettings": {key: {"VocabularyName": value}},
        key or "x": value,
    }
    raw = json.dumps(document).encode()  # ASCII with \\u escapes: the surrogates survive
    for report_format in ("text", "json", "github"):
        result = run(["check", "-", "--format", report_format], stdin=raw)
        assert result.status == 1, result.err
        assert not UNSAFE.search(result.out)
        assert result.err == ""
        if report_format == "json":
            paths = {item["path"] for item in json.loads(result.out)[0]["violations"]}
            assert (key or "x") in paths


class ClosedPipe(io.StringIO):
    """Standard output whose reader has gone, as ``| head -1`` leaves it after one line."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("report_format", ["text", "json", "github"])
def test_a_closed_pipe_exits_141_quietly(
    report_format: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """check into a pipe whose reader quit exits 141 with nothing on standard error."""
    invalid = sorted((Path(__file__).parent.parent / "examples" / "invalid").glob("*.json"))
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    assert main(["check", "--format", report_format, *map(str, invalid)]) == 141
    assert capsys.readouterr().err == ""


def test_ctrl_c_during_check_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interrupt while checking exits 130 with one line, no traceback."""

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli_check, "read_document", interrupted)
    assert main(["check", "whatever.json"]) == 130
    assert capsys.readouterr().err == "transcribe-model: interrupted\n"


def test_an_unforeseen_error_exits_70_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug surfaces as exit 70 and a line asking for a report, never as a traceback."""

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("\x1b[2Jboom")

    monkeypatch.setattr(_cli_check, "read_document", broken)
    assert main(["check", "whatever.json"]) == 70
    err = capsys.readouterr().err
    assert err == "transcribe-model: internal error, please report it: RuntimeError: \\x1b[2Jboom\n"
