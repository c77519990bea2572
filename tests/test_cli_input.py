"""How the command line reads a FILE: limits, non-regular files, strict JSON, YAML, stdin."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import _cli_input
from transcribe_model._cli import main
from transcribe_model._cli_input import Unreadable, load_yaml, read_bytes, read_document

EXAMPLES = Path(__file__).parent.parent / "examples"
REQUEST = {
    "TranscriptionJobName": "meeting",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
}


def stdin_of(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_non_regular_files_are_refused_without_reading(tmp_path: Path) -> None:
    """A FIFO with no writer, a device and a directory are refused at once, each named."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a FIFO"), (Path("/dev/zero"), "a character device")):
        with pytest.raises(Unreadable, match=kind):
            read_bytes(str(path))
    with pytest.raises(Unreadable, match="directory"):
        read_bytes(str(tmp_path))
    regular = tmp_path / "regular.json"
    regular.write_bytes(b"{}")
    assert read_bytes(str(regular)) == b"{}"


@pytest.mark.parametrize("command", ["check", "start"])
def test_check_and_start_refuse_dev_zero_and_a_fifo_with_exit_2(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check and start exit 2 on /dev/zero and on a FIFO nobody writes to, without hanging."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        assert main([command, path]) == 2
        captured = capsys.readouterr()
        assert "not a regular file" in captured.out + captured.err


def test_size_limit_for_files_and_stdin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A file or standard input one byte over the limit is refused; at the limit it is read."""
    monkeypatch.setattr(_cli_input, "MAX_BYTES", 10)
    path = tmp_path / "file"
    path.write_bytes(b"x" * 10)
    assert read_bytes(str(path)) == b"x" * 10
    path.write_bytes(b"x" * 11)
    with pytest.raises(Unreadable, match="larger than"):
        read_bytes(str(path))
    stdin_of(monkeypatch, b"y" * 10)
    assert read_bytes("-") == b"y" * 10
    stdin_of(monkeypatch, b"y" * 11)
    with pytest.raises(Unreadable, match="larger than"):
        read_bytes("-")


def test_standard_input_piped_from_dev_zero_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """check - reading an endless stream stops at the limit and exits 2."""
    monkeypatch.setattr(_cli_input, "MAX_BYTES", 1000)
    with Path("/dev/zero").open("rb") as zeros:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(zeros))
        assert main(["check", "-"]) == 2


@pytest.mark.parametrize("stdin", [None, "closed"])
@pytest.mark.parametrize("command", ["check", "start"])
def test_closed_standard_input_exits_2(
    command: str,
    stdin: str | None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """- with standard input closed (None, or a closed stream) is unreadable, not a crash."""
    stream = None
    if stdin == "closed":
        stream = io.TextIOWrapper(io.BytesIO(b"{}"))
        stream.close()
    monkeypatch.setattr("sys.stdin", stream)
    assert main([command, "-"]) == 2
    captured = capsys.readouterr()
    assert "standard input is closed" in captured.out + captured.err


NON_JSON_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 5000]


@pytest.mark.parametrize("number", NON_JSON_NUMBERS)
@pytest.mark.parametrize("member", ["Settings", "MediaSampleRateHertz", "Unknown"])
@pytest.mark.parametrize("command", ["check", "start"])
def test_numbers_json_does_not_allow_exit_2_wherever_they_are(
    command: str, member: str, number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """NaN, Infinity, out-of-range floats and over-long integers anywhere: not JSON, exit 2."""
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST)[:-1] + f', "{member}": {number}}}')
    assert main([command, str(path)]) == 2
    captured = capsys.readouterr()
    assert "not valid JSON" in captured.out + captured.err


@pytest.mark.parametrize("number", ["8000", "1e3", "-0.5", "1e308"])
def test_finite_numbers_are_json_and_reach_the_rules(
    number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The accepted neighbour: a finite number is read, and judged by the shape (exit 0 or 1)."""
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST)[:-1] + f', "MediaSampleRateHertz": {number}}}')
    assert main(["check", str(path)]) in (0, 1)
    assert "UNREADABLE" not in capsys.readouterr().out


def test_check_dash_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """check - reads standard input, and names it - in its report."""
    stdin_of(monkeypatch, json.dumps(REQUEST).encode())
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().out.startswith("-: OK (StartTranscriptionJobRequest)")
    stdin_of(monkeypatch, json.dumps({**REQUEST, "LanguageCode": "xx"}).encode())
    assert main(["check", "-"]) == 1


# --- YAML --------------------------------------------------------------------------------------


def test_yaml_files_are_read_as_the_aws_cli_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A *.yaml or *.yml request checks as its JSON twin does; --input-format yaml for others."""
    yaml_text = (
        "TranscriptionJobName: meeting\n"
        "LanguageCode: en-US\n"
        "Media:\n"
        "  MediaFileUri: s3://amzn-s3-demo-bucket/meeting.mp3\n"
    )
    for name in ("start.yaml", "start.YML"):
        (tmp_path / name).write_text(yaml_text)
        assert main(["check", str(tmp_path / name)]) == 0
    (tmp_path / "bad.yaml").write_text(yaml_text + "Settings:\n  MaxSpeakerLabels: 4\n")
    assert main(["check", str(tmp_path / "bad.yaml")]) == 1
    assert "Settings.MaxSpeakerLabels" in capsys.readouterr().out
    (tmp_path / "start.txt").write_text(yaml_text)
    assert main(["check", str(tmp_path / "start.txt")]) == 2
    assert main(["check", "--input-format", "yaml", str(tmp_path / "start.txt")]) == 0


def test_yaml_timestamps_stay_strings_as_in_json(tmp_path: Path) -> None:
    """An unquoted ISO timestamp in a response parses as the JSON string would."""
    path = tmp_path / "job.yaml"
    path.write_text(
        "TranscriptionJob:\n"
        "  TranscriptionJobName: meeting\n"
        "  CreationTime: 2026-11-25T10:00:00+00:00\n"
    )
    _text, data = read_document(str(path))
    assert data["TranscriptionJob"]["CreationTime"] == "2026-11-25T10:00:00+00:00"
    assert main(["check", str(path)]) == 0
    assert load_yaml(b"day: 2026-11-25\n") == {"day": "2026-11-25"}


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ("a: !!python/object/apply:os.system ['true']\n", "not valid YAML"),
        ("a: !!binary aGVsbG8=\n", "JSON cannot hold"),
        ("a: !!set {x: null}\n", "JSON cannot hold"),
        ("1: one\n", "key JSON cannot hold"),
        ("a: .nan\n", "not a number JSON allows"),
        ("a: .inf\n", "not a number JSON allows"),
        ("a: [unclosed\n", "not valid YAML"),
        ("[" * 5000, "nests too deeply|not valid YAML"),
    ],
)
def test_yaml_that_json_cannot_hold_is_unreadable(
    document: str, reason: str, tmp_path: Path
) -> None:
    """Python tags, binary, sets, non-string keys and non-finite floats are refused, exit 2."""
    path = tmp_path / "doc.yaml"
    path.write_text(document)
    with pytest.raises(Unreadable, match=reason):
        read_document(str(path))
    assert main(["check", str(path)]) == 2


def test_a_yaml_alias_bomb_is_cut_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Aliases that expand to more values than the budget are refused, not expanded."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(Unreadable, match="more than"):
        read_document(str(path))
    monkeypatch.setattr(_cli_input, "MAX_NODES", 10**12)
    small = tmp_path / "small.yaml"
    small.write_text("\n".join(lines[:2]) + "\n")
    assert len(read_document(str(small))[1]["a1"]) == 10


# YAML streams may not hold control, private-use or unassigned characters raw.
TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn")))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_json_documents_read_as_yaml_mean_the_same(value: object) -> None:
    """A JSON document of strings, integers, booleans and nulls reads as YAML to the same value.

    (Floats are left out: YAML 1.1 reads JSON's ``1e+16`` as a string, as the AWS CLI does.)
    """
    assert load_yaml(json.dumps(value, ensure_ascii=False).encode()) == value
