"""Every example of README.md runs here, so the README cannot drift from the library.

Python blocks run as a reader would paste them, against moto (fake credentials, a region, no
network); what a block takes from the reader's world is supplied here, each piece named below:
the ``request`` the client section says comes from "Use", a finished job with its transcript in
a bucket, the ``asrOutput.json`` a job wrote, the dashboard's ``render``. Shell blocks run the
commands their markers name and compare the exit status with the one the README gives. Blocks
that cannot run are marked ``<!-- not run: ... -->`` in the README and listed exactly here.
(Markers: ``tests/readme_blocks.py``.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from hypothesis import settings
from moto import mock_aws
from readme_blocks import README, ROOT, Block, MarkerError, read_blocks

BLOCKS = read_blocks()
PYTHON = [block for block in BLOCKS if block.language == "python" and not block.not_run]
COMMANDS = [c for block in BLOCKS if block.language == "sh" for c in block.commands()]
TRANSCRIPT = ROOT / "tests" / "transcripts" / "speakers-2024.json"

#: Python blocks that do not run, and why (the README says why too, in its marker).
PYTHON_NOT_RUN = {
    "type-checking/python-2",  # misuse that both type checkers refuse: tests/typing holds it
    "the-client/python-1",  # a tour of every family: tests/test_client_families.py runs each
    "the-client/python-3",  # needs aiobotocore: tests/test_client_aiobotocore.py runs it
}

#: Shell commands that do not run: each needs an AWS account, or is a run of its own.
SHELL_NOT_RUN = {
    "top/sh-1:2",  # bash scripts/test: the suite this test is part of
    "what-is-generated-and-how-to-regenerate-it/sh-1:1",  # bash scripts/generate: writes files
    "the-client/sh-1:1",  # start, get, list, wait, delete: the service
    "the-client/sh-1:2",
    "the-client/sh-1:3",
    "the-client/sh-1:4",
    "the-client/sh-1:5",
    "the-client/sh-2:1",  # other families: tests/test_cli_families.py runs them
    "the-client/sh-2:2",
    "the-client/sh-2:3",
    "the-client/sh-2:4",
    "the-client/sh-2:5",
    "the-client/sh-2:6",
    "the-client/sh-2:7",
    "the-client/sh-2:8",
    "the-client/sh-2:9",
    "the-transcript/sh-1:2",  # transcript --job: the service
    "performance/sh-1:1",  # bash scripts/bench: a minute; scripts/test runs it --quick
    "performance/sh-1:2",  # instructions.py: two minutes under valgrind; scripts/test: --quick
}


def test_the_blocks_that_do_not_run_are_exactly_these() -> None:
    """A block or command stops running only by changing this list along with the README."""
    python = {block.id for block in BLOCKS if block.language == "python" and block.not_run}
    shell = {command.id for command in COMMANDS if command.expected_exit is None}
    assert (python, shell) == (PYTHON_NOT_RUN, SHELL_NOT_RUN)
    readme = README.read_text()
    for language in ("python", "sh"):  # every fence is read: none hides from the extractor
        read = [block for block in BLOCKS if block.language == language]
        assert len(read) == readme.count(f"\n```{language}\n"), language


def test_a_marker_the_extractor_does_not_understand_is_refused() -> None:
    """A misspelt marker would otherwise run (or skip) a block silently."""
    with pytest.raises(MarkerError, match="not understood"):
        read_blocks("## A\n\n<!-- not-run needs an account -->\n```python\npass\n```\n")
    with pytest.raises(MarkerError, match="no command 3"):
        read_blocks("## A\n\n<!-- run line 3: exit 0 -->\n```sh\ntrue\n```\n")[0].commands()
    block = read_blocks("## A B\n\n<!-- not run: needs S3 -->\n```python\nx\n```\n")[0]
    assert (block.id, block.not_run) == ("a-b/python-1", "needs S3")


# --- Python blocks --------------------------------------------------------------------------


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """moto in place of AWS, fake credentials and a default region, the reader's own AWS
    settings out of reach, and an empty working directory; yields that directory."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
        ("AWS_CONFIG_FILE", str(tmp_path / "no-config")),
        ("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials")),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    with mock_aws():
        yield tmp_path


def _run(block_id: str, names: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run a README block as a module of its own; its globals afterwards."""
    block = next(block for block in BLOCKS if block.id == block_id)
    namespace: dict[str, Any] = {"__name__": "__readme__", **(names or {})}
    exec(compile(block.code, f"README.md:{block.lineno}:{block_id}", "exec"), namespace)
    return namespace


def _request_from_use() -> dict[str, Any]:
    """ "`request` as in Use": that block's request, made by running it; the account is emptied
    afterwards, as Use started the job that the client section then starts again."""
    request = _run("use/python-1")["request"]
    mock_aws().reset()
    return {"request": request}


def _finished_job_with_transcript(aws: Path) -> dict[str, Any]:
    """What the transcript section assumes: job meeting-2026-11-25 COMPLETED in eu-west-1,
    its transcript in the caller's bucket; and an asrOutput.json downloaded earlier."""
    from transcribe_model import LanguageCode, Media, StartTranscriptionJobRequest
    from transcribe_model.client import TranscribeJobs

    boto3.client("s3", region_name="eu-west-1").create_bucket(
        Bucket="amzn-s3-demo-bucket",
        CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
    )
    jobs = TranscribeJobs(boto3.client("transcribe", region_name="eu-west-1"))
    jobs.start(
        StartTranscriptionJobRequest(
            transcription_job_name="meeting-2026-11-25",
            media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
            language_code=LanguageCode.EN_US,
            output_bucket_name="amzn-s3-demo-bucket",
            output_key="transcripts/meeting-2026-11-25.json",
        )
    )
    jobs.wait("meeting-2026-11-25", delay=0.01, max_delay=0.01)
    boto3.client("s3", region_name="eu-west-1").put_object(
        Bucket="amzn-s3-demo-bucket",
        Key="transcripts/meeting-2026-11-25.json",
        Body=TRANSCRIPT.read_bytes(),
    )
    shutil.copy(TRANSCRIPT, aws / "asrOutput.json")
    return {}


def _dashboard(aws: Path) -> dict[str, Any]:
    """The reader's ``render(job)``: here, what a dashboard would show of the job."""
    from transcribe_model import TranscriptionJob, to_json

    def render(job: TranscriptionJob) -> str:
        return to_json(job)

    return {"render": render}


#: What each block takes from the reader's world, made ready before it runs.
SUPPLIED: dict[str, Callable[[Path], dict[str, Any]]] = {
    "the-client/python-2": lambda aws: _request_from_use(),
    "the-transcript/python-1": _finished_job_with_transcript,
    "property-testing/python-1": _dashboard,
}


@pytest.mark.parametrize("block", PYTHON, ids=lambda block: block.id)
def test_python_block_runs(block: Block, aws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The block runs as written; the Hypothesis tests it defines run and pass."""
    names = SUPPLIED[block.id](aws) if block.id in SUPPLIED else {}
    namespace = _run(block.id, names)
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    for test in tests:
        settings(max_examples=10, database=None)(test)()
    if block.id.startswith("property-testing/"):
        assert tests, "a property-testing block defines tests"
    assert "Traceback" not in capsys.readouterr().err


def test_the_use_block_prints_what_its_comment_says(
    aws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Use ends with a comment showing what the loop prints: it is what the loop prints."""
    block = next(block for block in BLOCKS if block.id == "use/python-1")
    shown = block.code.rstrip().splitlines()[-1].strip().removeprefix("# ")
    _run(block.id)
    assert shown in capsys.readouterr().out.splitlines()


def test_the_transcript_block_prints_subtitles_and_turns(
    aws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The transcript section's prints are the subtitles and turns of the fetched file."""
    _finished_job_with_transcript(aws)
    _run("the-transcript/python-1")
    out = capsys.readouterr().out
    assert out.startswith("1\n00:00:")  # to_srt's first cue, numbered from 1
    assert "spk_0 " in out  # a turn: speaker, start, text


# --- shell blocks ---------------------------------------------------------------------------


def _shell_env(tmp_path: Path) -> dict[str, str]:
    """The test's own environment with its virtualenv first on PATH, as after `source
    .venv/bin/activate`, and no AWS settings: the commands run here need no account."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["VENV"] = str(Path(sys.executable).parent.parent)
    return env


RUN = [command for command in COMMANDS if command.expected_exit is not None]


@pytest.mark.parametrize("command", RUN, ids=lambda command: command.id)
def test_shell_command_exits_as_the_readme_says(command: Any, tmp_path: Path) -> None:
    """Run from the repository root, with asrOutput.json at hand for the transcript commands."""
    cwd = ROOT
    if "asrOutput.json" in command.line:
        cwd = tmp_path
        shutil.copy(TRANSCRIPT, tmp_path / "asrOutput.json")
    done = subprocess.run(
        ["bash", "-c", command.line],
        cwd=cwd,
        env=_shell_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == command.expected_exit, done.stdout + done.stderr


def test_the_misuse_block_is_held_by_the_negative_typing_cases() -> None:
    """The misuse block does not run; each of its lines is refused in tests/typing instead,
    with the mypy code and the pyright rule the README names."""
    block = next(block for block in BLOCKS if block.id == "type-checking/python-2")
    cases = [
        line
        for path in sorted((ROOT / "tests" / "typing" / "cases").glob("negative_*.py"))
        for line in path.read_text().splitlines()
    ]
    for line in block.code.splitlines():
        statement, _, comment = (part.strip() for part in line.partition("  #"))
        code, rule = (word.strip() for word in comment.split(":")[0].split(","))
        assert any(
            case.split("  # type:")[0].lower().endswith(statement.lower())
            and f"# type: ignore[{code}]" in case
            and re.search(rf"# pyright: ignore\[[^]]*\b{rule}\b", case)
            for case in cases
        ), line
