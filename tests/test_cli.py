"""The command line: check the shipped examples, exit 0 / 1 / 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from transcribe_model._cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.json")), ids=lambda p: p.name)
def test_valid_examples_pass(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every file in examples/valid checks clean."""
    assert main(["check", str(path)]) == 0
    assert ": OK (" in capsys.readouterr().out


@pytest.mark.parametrize(
    "path", sorted((EXAMPLES / "invalid").glob("*.json")), ids=lambda p: p.name
)
def test_invalid_examples_fail_with_paths(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every file in examples/invalid fails, and each violation line starts with a path."""
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "INVALID" in lines[0]
    assert len(lines) > 2
    assert all(line.startswith("  ") and ": " in line for line in lines[1:])


def test_unreadable_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file or one that is not JSON exits 2, the worst status wins."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    valid = EXAMPLES / "valid" / "start-basic.json"
    assert main(["check", str(valid), str(broken), str(tmp_path / "missing.json")]) == 2
    assert "UNREADABLE" in capsys.readouterr().out


def test_shape_flag_overrides_detection(tmp_path: Path) -> None:
    """--shape TranscriptionJob reads a bare job that detection would take for a request."""
    path = tmp_path / "job.json"
    path.write_text(json.dumps({"TranscriptionJobName": "job", "LanguageCode": "zz-ZZ"}))
    assert main(["check", str(path)]) == 1
    assert main(["check", "--shape", "TranscriptionJob", str(path)]) == 0


def test_python_dash_m_runs_the_same_command() -> None:
    """python -m transcribe_model check works like the console script."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "transcribe_model",
            "check",
            str(EXAMPLES / "valid" / "start-basic.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "OK (StartTranscriptionJobRequest)" in result.stdout


def test_every_exit_status_is_documented_in_the_readme_and_the_help() -> None:
    """The README's table and the module docstring list exactly the statuses main can return."""
    import re

    from transcribe_model import _cli
    from transcribe_model._cli_exit import DOCUMENTED

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    in_readme = {int(number) for number in re.findall(r"^\| (\d+) \|", readme, re.MULTILINE)}
    assert in_readme == DOCUMENTED
    in_docstring = {
        int(number) for number in re.findall(r"^    (\d+) +\S", _cli.__doc__ or "", re.MULTILINE)
    }
    assert in_docstring == DOCUMENTED
