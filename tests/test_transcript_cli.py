"""``transcribe-model transcript``: every format from a file, standard input and --job (moto),
and the documented exit statuses with no traceback."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
import srt
from moto import mock_aws
from moto.moto_api import state_manager

from transcribe_model._cli import main
from transcribe_model.transcript import read_transcript, to_csv, to_srt, to_text, to_turns, to_vtt

FIXTURES = Path(__file__).parent / "transcripts"
SPEAKERS = FIXTURES / "speakers-2024.json"
REGION = "us-east-1"
BUCKET = "cli-transcripts"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("fmt", "render"),
    [
        ("text", lambda d: to_text(d) + "\n"),
        ("turns", to_turns),
        ("srt", to_srt),
        ("vtt", to_vtt),
        ("csv", to_csv),
    ],
)
def test_each_format_prints_its_renderer(
    capsys: pytest.CaptureFixture[str], fmt: str, render: Any
) -> None:
    """--format F prints what the renderer of F gives, and exits 0."""
    status, out, err = _run(capsys, "transcript", str(SPEAKERS), "--format", fmt)
    assert (status, err) == (0, "")
    assert out == render(read_transcript(SPEAKERS.read_bytes()))


def test_json_prints_the_file_again(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes back the same JSON."""
    status, out, _ = _run(capsys, "transcript", str(SPEAKERS), "--format", "json")
    assert status == 0
    assert json.loads(out) == json.loads(SPEAKERS.read_text())


def test_subtitle_flags_reach_the_renderer(capsys: pytest.CaptureFixture[str]) -> None:
    """--start-index 0 --max-line-length 12 numbers from 0 and wraps at 12."""
    status, out, _ = _run(
        capsys,
        "transcript",
        str(SPEAKERS),
        "--format",
        "srt",
        "--start-index",
        "0",
        "--max-line-length",
        "12",
    )
    cues = list(srt.parse(out))
    assert status == 0
    assert cues[0].index == 0
    assert all(len(line) <= 12 for cue in cues for line in cue.content.splitlines())


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """- reads the transcript from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SPEAKERS.read_bytes())))
    status, out, _ = _run(capsys, "transcript", "-")
    assert (status, out) == (0, "Welcome to the show. Thanks for having me.\n")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"jobName": "x", "results": {"items": 5}}', 1),
        (b'{"TranscriptionJob": {}}', 1),
        (b"not json", 2),
        (b"\xff\xfe", 2),
        (b'{"jobName": "x", "results": {}}', 0),
    ],
)
def test_exit_statuses_for_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: int
) -> None:
    """1 for JSON that is not a transcript, 2 for what is not JSON, 0 for its valid neighbour."""
    path = tmp_path / "t.json"
    path.write_bytes(content)
    status, _, err = _run(capsys, "transcript", str(path))
    assert status == expected
    assert "Traceback" not in err


def test_a_missing_file_is_unreadable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that is not there exits 2."""
    status, _, err = _run(capsys, "transcript", str(tmp_path / "absent.json"))
    assert status == 2
    assert "UNREADABLE" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["transcript"],
        ["transcript", "f.json", "--job", "j"],
        ["transcript", "f.json", "--redacted"],
        ["transcript", "f.json", "--max-lines", "0"],
        ["transcript", "f.json", "--format", "doc"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    """Neither or both sources, --redacted without --job, a bad option: usage error 2."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


@pytest.fixture
def moto(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """moto in process, a bucket, jobs that complete on their third get."""
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", REGION),
        ("AWS_CONFIG_FILE", str(tmp_path / "none")),
        ("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none")),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    state_manager.set_transition(
        "transcribe::transcriptionjob", {"progression": "manual", "times": 1}
    )
    try:
        with mock_aws():
            boto3.client("s3", region_name=REGION).create_bucket(Bucket=BUCKET)
            yield
    finally:
        state_manager.unset_transition("transcribe::transcriptionjob")


def test_job_goes_from_a_name_to_subtitles(moto: None, capsys: pytest.CaptureFixture[str]) -> None:
    """--job NAME fetches the transcript from the job's bucket and prints its SRT."""
    client = boto3.client("transcribe", region_name=REGION)
    client.start_transcription_job(
        TranscriptionJobName="talk",
        LanguageCode="en-US",
        Media={"MediaFileUri": "s3://m/a.wav"},
        OutputBucketName=BUCKET,
        OutputKey="talk.json",
    )
    for _ in range(3):
        client.get_transcription_job(TranscriptionJobName="talk")
    boto3.client("s3", region_name=REGION).put_object(
        Bucket=BUCKET, Key="talk.json", Body=SPEAKERS.read_bytes()
    )
    status, out, _ = _run(capsys, "transcript", "--job", "talk", "--format", "srt")
    assert status == 0
    assert out == to_srt(read_transcript(SPEAKERS.read_bytes()))


def test_job_that_does_not_exist_exits_5(moto: None, capsys: pytest.CaptureFixture[str]) -> None:
    """No job of that name: 5, and one line on standard error."""
    status, out, err = _run(capsys, "transcript", "--job", "nobody")
    assert (status, out) == (5, "")
    assert "Traceback" not in err
