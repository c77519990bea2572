"""The service commands of the command line, in-process against moto: output, exit statuses and
the progress line."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from moto import mock_aws
from moto.moto_api import state_manager

from transcribe_model import _cli_service
from transcribe_model._cli import main
from transcribe_model.client import (
    DEFAULT_DELAY,
    DEFAULT_MAX_DELAY,
    DEFAULT_TIMEOUT,
    TranscribeJobs,
)

REGION = "us-east-1"
FAST = ["--delay", "0.01", "--max-delay", "0.02"]


def request_json(name: str = "meeting", **members: Any) -> str:
    return json.dumps(
        {
            "TranscriptionJobName": name,
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
            **members,
        }
    )


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No region, profile or config file from the machine running the tests."""
    for variable in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))


@pytest.fixture
def aws(isolated: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with mock_aws():
        yield


@pytest.fixture
def request_file(tmp_path: Path) -> Path:
    path = tmp_path / "start.json"
    path.write_text(request_json())
    return path


def started(name: str = "meeting") -> None:
    """Start a job the way another client would."""
    client = boto3.client("transcribe", region_name=REGION)
    client.start_transcription_job(**json.loads(request_json(name)))
    client.close()


def job_names() -> list[str]:
    client = boto3.client("transcribe", region_name=REGION)
    names = [
        summary["TranscriptionJobName"]
        for summary in client.list_transcription_jobs()["TranscriptionJobSummaries"]
    ]
    client.close()
    return names


@pytest.mark.usefixtures("aws")
def test_start_prints_the_job_as_the_aws_cli_does(
    request_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """start prints {"TranscriptionJob": ...} in the AWS CLI's JSON and exits 0."""
    assert main(["start", str(request_file)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["TranscriptionJob"]["TranscriptionJobName"] == "meeting"
    assert job_names() == ["meeting"]


@pytest.mark.usefixtures("aws")
def test_start_wait_prints_the_completed_job(
    request_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """start --wait returns once the job is COMPLETED and prints it."""
    assert main(["start", str(request_file), "--wait", *FAST]) == 0
    job = json.loads(capsys.readouterr().out)["TranscriptionJob"]
    assert job["TranscriptionJobStatus"] == "COMPLETED"
    assert job["Transcript"]["TranscriptFileUri"].endswith(".json")


@pytest.mark.usefixtures("aws")
def test_start_reads_standard_input_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """start - reads the request from standard input."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(request_json("piped").encode())))
    assert main(["start", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["TranscriptionJob"]["TranscriptionJobName"] == (
        "piped"
    )


@pytest.mark.usefixtures("aws")
def test_get_list_wait_delete(capsys: pytest.CaptureFixture[str]) -> None:
    """get, wait and list print JSON as the AWS CLI does; delete prints nothing."""
    started("meeting")
    assert main(["get", "meeting"]) == 0
    assert json.loads(capsys.readouterr().out)["TranscriptionJob"]["TranscriptionJobName"] == (
        "meeting"
    )
    assert main(["wait", "meeting", *FAST]) == 0
    assert (
        json.loads(capsys.readouterr().out)["TranscriptionJob"]["TranscriptionJobStatus"]
        == "COMPLETED"
    )
    assert main(["list", "--status", "COMPLETED"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["Status"] == "COMPLETED"
    assert [job["TranscriptionJobName"] for job in listed["TranscriptionJobSummaries"]] == [
        "meeting"
    ]
    assert main(["delete", "meeting"]) == 0
    assert capsys.readouterr().out == ""
    assert job_names() == []


@pytest.mark.usefixtures("aws")
def test_list_filters_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    """list --name-contains passes the filter on."""
    for name in ("alpha", "beta"):
        started(name)
    assert main(["list", "--name-contains", "bet"]) == 0
    listed = json.loads(capsys.readouterr().out)["TranscriptionJobSummaries"]
    assert [job["TranscriptionJobName"] for job in listed] == ["beta"]


@pytest.mark.usefixtures("aws")
def test_get_as_a_table_shows_each_member_by_path(capsys: pytest.CaptureFixture[str]) -> None:
    """--output table prints one row per member, nested ones by their path."""
    started("meeting")
    assert main(["get", "meeting", "--output", "table"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["FIELD", "VALUE"]
    assert ["TranscriptionJobName", "meeting"] in rows
    assert ["Media.MediaFileUri", "s3://amzn-s3-demo-bucket/meeting.mp3"] in rows
    assert ["Settings.ShowSpeakerLabels", "false"] in rows


@pytest.mark.usefixtures("aws")
def test_list_as_a_table_has_a_row_per_job(capsys: pytest.CaptureFixture[str]) -> None:
    """--output table lists one job per row under a header, with - for what is absent."""
    for name in ("alpha", "beta"):
        started(name)
    assert main(["list", "--output", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "NAME",
        "STATUS",
        "LANGUAGE",
        "CREATED",
        "COMPLETED",
        "FAILURE",
        "REASON",
    ]
    assert [line.split()[0] for line in lines[1:]] == ["alpha", "beta"]
    assert all(line.rstrip().endswith("-") for line in lines[1:])


@pytest.mark.usefixtures("aws")
def test_a_missing_job_exits_5(capsys: pytest.CaptureFixture[str]) -> None:
    """get, wait and delete of a name with no job exit 5 and say why on stderr."""
    for command in ("get", "wait", "delete"):
        assert main([command, "no-such-job"]) == 5
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "couldn't be found" in captured.err


@pytest.mark.usefixtures("aws")
def test_a_taken_name_exits_6(request_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Starting a job whose name is taken is a service refusal: exit 6."""
    started("meeting")
    assert main(["start", str(request_file)]) == 6
    assert "ConflictException" in capsys.readouterr().err


@pytest.mark.usefixtures("aws")
def test_an_invalid_request_exits_1_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A request breaking a rule exits 1, names the path on stderr, and starts no job."""
    path = tmp_path / "bad.json"
    path.write_text(request_json(Settings={"MaxSpeakerLabels": 4}))
    assert main(["start", str(path)]) == 1
    assert "Settings.MaxSpeakerLabels" in capsys.readouterr().err
    assert job_names() == []


@pytest.mark.usefixtures("aws")
def test_an_invalid_job_name_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """A job name the service would refuse exits 1 before any call."""
    assert main(["get", "not a name"]) == 1
    assert "TranscriptionJobName" in capsys.readouterr().err


@pytest.mark.usefixtures("isolated")
def test_an_invalid_request_is_reported_without_credentials_or_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The request file is checked before connecting, so no AWS set-up is needed to see why."""
    path = tmp_path / "bad.json"
    path.write_text(request_json(Settings={"MaxSpeakerLabels": 4}))
    assert main(["start", str(path)]) == 1


@pytest.mark.usefixtures("isolated")
def test_an_unreadable_request_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file or one that is not JSON exits 2, as with check."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    for path in (broken, tmp_path / "missing.json"):
        assert main(["start", str(path)]) == 2
        assert "UNREADABLE" in capsys.readouterr().err


@pytest.mark.usefixtures("isolated")
def test_no_region_exits_7(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a region the service cannot be called: exit 7, boto3's reason on stderr."""
    assert main(["get", "meeting"]) == 7
    assert "region" in capsys.readouterr().err.lower()


@pytest.mark.usefixtures("aws")
def test_a_wait_that_times_out_exits_4_and_prints_the_last_job(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A job held in QUEUED by moto's state manager times the wait out: exit 4, job printed."""
    started("meeting")
    state_manager.set_transition(
        model_name="transcribe::transcriptionjob",
        transition={"progression": "manual", "times": 1000},
    )
    try:
        assert main(["wait", "meeting", "--timeout", "0"]) == 4
    finally:
        state_manager.unset_transition("transcribe::transcriptionjob")
    captured = capsys.readouterr()
    assert json.loads(captured.out)["TranscriptionJob"]["TranscriptionJobName"] == "meeting"
    # The time is measured, not faked here: on a loaded machine one poll may take a moment.
    assert re.search(r"after \d+\.\d s", captured.err), captured.err


def test_a_failed_job_exits_3_with_the_reason_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """wait on a job that ends FAILED exits 3: the job on stdout, its reason on stderr."""
    client = boto3.client(
        "transcribe",
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    reason = "Unsupported audio format."
    with Stubber(client) as stubber:
        stubber.add_response(
            "get_transcription_job",
            {
                "TranscriptionJob": {
                    "TranscriptionJobName": "meeting",
                    "TranscriptionJobStatus": "FAILED",
                    "FailureReason": reason,
                }
            },
        )
        monkeypatch.setattr(_cli_service, "_connect", lambda args: TranscribeJobs(client))
        assert main(["wait", "meeting"]) == 3
    client.close()
    captured = capsys.readouterr()
    assert json.loads(captured.out)["TranscriptionJob"]["FailureReason"] == reason
    assert reason in captured.err


@pytest.mark.usefixtures("aws")
def test_waiting_draws_a_progress_line_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With stderr a terminal, each poll redraws NAME: STATUS, and the line is cleared after."""
    started("meeting")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["wait", "meeting", *FAST]) == 0
    drawn = terminal.getvalue()
    assert "\r\x1b[Kmeeting: IN_PROGRESS (" in drawn
    assert "\r\x1b[Kmeeting: COMPLETED (" in drawn
    assert drawn.endswith("\r\x1b[K")


@pytest.mark.usefixtures("aws")
def test_waiting_draws_nothing_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Redirected stderr gets no progress line, so logs stay clean."""
    started("meeting")
    assert main(["wait", "meeting", *FAST]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "timing",
    [
        ["--delay", "5", "--max-delay", "2"],
        ["--delay", "0"],
        ["--delay", "inf"],
        ["--timeout", "-1"],
        ["--max-delay", "soon"],
    ],
)
def test_impossible_timing_is_a_usage_error(
    timing: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Pauses must be positive and finite, max-delay at least delay, timeout not negative."""
    with pytest.raises(SystemExit) as caught:
        main(["wait", "meeting", *timing])
    assert caught.value.code == 2


def test_help_states_the_library_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    """The defaults the wait options' help text states are the client module's."""
    with pytest.raises(SystemExit):
        main(["wait", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for default in (DEFAULT_TIMEOUT, DEFAULT_DELAY, DEFAULT_MAX_DELAY):
        assert f"(default {default:g})" in text


@pytest.mark.usefixtures("aws")
def test_max_delay_alone_brings_the_first_pause_down_to_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--max-delay shorter than the default delay is honoured, not a clash with the default."""
    started("meeting")
    assert main(["wait", "meeting", "--max-delay", "0.02"]) == 0


def test_an_interrupted_wait_exits_130_and_clears_the_progress_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while waiting exits 130, leaving the terminal's line clean."""

    class Interrupted:
        def __init__(self) -> None:
            self.polls = 0

        def get_transcription_job(self, **kwargs: Any) -> dict[str, Any]:
            self.polls += 1
            if self.polls > 1:
                raise KeyboardInterrupt
            return {"TranscriptionJob": {"TranscriptionJobName": "meeting"}}

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr(
        _cli_service, "_connect", lambda args: TranscribeJobs(Interrupted(), sleep=lambda _: None)
    )
    assert main(["wait", "meeting"]) == 130
    assert "\r\x1b[Kmeeting: status unknown (" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[Ktranscribe-model: interrupted\n")
