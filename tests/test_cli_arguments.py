"""The service commands' arguments: endpoint URLs, timing, names and filters checked before
connecting, and an answer that does not parse after the call went through."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from botocore.utils import is_valid_endpoint_url, is_valid_ipv6_endpoint_url
from cli_support import FakeTranscribe, run, serving
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import (
    ResponseParseError,
    StartTranscriptionJobRequest,
    TranscribeModelError,
    ValidationError,
    structure,
)
from transcribe_model._cli_service import parse_endpoint_url
from transcribe_model.client import TranscribeJobs

BAD_URLS = [
    "not a url",
    "http://localhost:65536",
    "http://localhost:99999999999",
    "http://[::1",
    "http://",
    "ftp://example.com",
    "localhost:5000",
    "http://exa mple.com",
    "http://example.com:",
    "http://-bad-.com",
    "http://[::g]",
    "http://a\x1b[2J.com",
    "",
]
GOOD_URLS = [
    "http://localhost:5000",
    "https://transcribe.us-east-1.amazonaws.com",
    "http://127.0.0.1:65535",
    "http://[::1]:5000",
    "https://example.com/path",
    "http://localhost:0",
]


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No region, profile, credentials or instance metadata from the machine."""
    for variable in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.mark.usefixtures("isolated")
@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("command", [["get", "meeting"], ["list"], ["wait", "meeting"]])
def test_a_malformed_endpoint_url_is_a_usage_error(url: str, command: list[str]) -> None:
    """Each malformed --endpoint-url exits 2 naming it, with no traceback."""
    result = run([*command, "--endpoint-url", url])
    assert result.status == 2
    assert "--endpoint-url" in result.err
    assert "Traceback" not in result.err


@pytest.mark.usefixtures("isolated")
@pytest.mark.parametrize("url", GOOD_URLS)
def test_a_well_formed_endpoint_url_gets_as_far_as_the_region(url: str) -> None:
    """The neighbour: a good URL is taken, and the run fails later for want of a region (7)."""
    result = run(["get", "meeting", "--endpoint-url", url])
    assert result.status == 7
    assert "region" in result.err.lower()


@given(st.text(max_size=40) | st.builds("http://{}".format, st.text(max_size=30)))
def test_every_url_taken_is_one_botocore_takes(url: str) -> None:
    """Whatever parse_endpoint_url accepts, botocore's own check accepts too: no ValueError
    from inside botocore can follow."""
    try:
        parse_endpoint_url(url)
    except argparse.ArgumentTypeError:
        return
    assert is_valid_endpoint_url(url) or is_valid_ipv6_endpoint_url(url)


@pytest.mark.parametrize(
    "timing",
    [
        ["--timeout", "inf"],
        ["--timeout", "nan"],
        ["--timeout", "-1"],
        ["--timeout", "604801"],
        ["--timeout", "1e300"],
        ["--delay", "inf"],
        ["--delay", "nan"],
        ["--delay", "-0.5"],
        ["--delay", "0"],
        ["--delay", "86401"],
        ["--max-delay", "1e10"],
        ["--max-delay", "infinity"],
        ["--max-delay", "soon"],
    ],
)
@pytest.mark.parametrize("command", [["wait", "meeting"], ["start", "x.json", "--wait"]])
def test_absurd_timing_is_a_usage_error(command: list[str], timing: list[str]) -> None:
    """inf, nan, negative, over a day of pause or over 7 days of timeout: exit 2, saying why."""
    result = run([*command, *timing])
    assert result.status == 2
    assert timing[0] in result.err
    assert "seconds" in result.err


@pytest.mark.parametrize(
    "timing",
    [["--timeout", "604800"], ["--timeout", "0"], ["--delay", "86400"], ["--max-delay", "0.5"]],
)
def test_timing_at_the_limits_is_taken(timing: list[str]) -> None:
    """The neighbours: values at the limits reach the service (here a fake job that completes)."""
    completed = {
        "TranscriptionJob": {"TranscriptionJobName": "m", "TranscriptionJobStatus": "COMPLETED"}
    }
    with serving(FakeTranscribe(lambda operation, kwargs: completed)):
        assert run(["wait", "meeting", *timing]).status == 0


BAD_ARGUMENTS = [
    ["get", "not a name"],
    ["get", "x" * 201],
    ["get", ""],
    ["delete", "bad/name"],
    ["wait", "\udc80"],
    ["list", "--name-contains", "no spaces"],
    ["list", "--name-contains", ""],
]


@pytest.mark.usefixtures("isolated")
@pytest.mark.parametrize("argv", BAD_ARGUMENTS)
def test_a_bad_name_or_filter_exits_1_without_a_region(argv: list[str]) -> None:
    """Names and filters are checked before connecting: exit 1, not 7, with no AWS set-up."""
    result = run(argv)
    assert result.status == 1, result.err
    assert "nothing was sent" in result.err


@pytest.mark.usefixtures("isolated")
@pytest.mark.parametrize(
    "argv",
    [["get", "meeting"], ["delete", "a.b-c_d"], ["wait", "m"], ["list", "--name-contains", "x"]],
)
def test_a_good_name_goes_on_to_connect(argv: list[str]) -> None:
    """The neighbours: a valid name or filter goes on, and fails for want of a region (7)."""
    assert run(argv).status == 7


def malformed(operation: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
    return {"TranscriptionJob": {"TranscriptionJobName": 5, "CreationTime": "yesterday"}}


REQUEST = {
    "TranscriptionJobName": "meeting",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
}


@pytest.mark.parametrize(
    "answer",
    [
        malformed,
        lambda operation, kwargs: {},
        lambda operation, kwargs: {"TranscriptionJob": []},
        lambda operation, kwargs: {"TranscriptionJobSummaries": "none"},
    ],
)
@pytest.mark.parametrize(
    "argv", [["start", "FILE"], ["get", "meeting"], ["wait", "meeting"], ["list"]]
)
def test_an_answer_that_does_not_parse_exits_8(
    argv: list[str], answer: Any, tmp_path: Path
) -> None:
    """After the call went through, an unparsable answer exits 8, never "nothing was sent"."""
    path = tmp_path / "start.json"
    path.write_text(json.dumps(REQUEST))
    argv = [str(path) if arg == "FILE" else arg for arg in argv]
    with serving(FakeTranscribe(answer)) as client:
        result = run(argv)
    if argv[0] == "list" and "TranscriptionJobSummaries" not in answer("", {}):
        assert result.status == 0  # an empty or job-shaped page is an empty list, not an error
        return
    assert result.status == 8, result.err
    assert "answer could not be parsed" in result.err
    assert "nothing was sent" not in result.err
    assert client.calls


@pytest.mark.parametrize("operation", ["start", "get", "list"])
def test_the_client_raises_response_parse_error_not_validation_error(operation: str) -> None:
    """The library keeps ValidationError for "nothing was sent": a bad answer is a
    ResponseParseError with every violation and the operation."""
    jobs = TranscribeJobs(
        FakeTranscribe(lambda name, kwargs: {"TranscriptionJob": 1, "TranscriptionJobSummaries": 1})
    )
    calls = {
        "start": lambda: jobs.start(structure(REQUEST, StartTranscriptionJobRequest)),
        "get": lambda: jobs.get("meeting"),
        "list": lambda: list(jobs.list()),
    }
    with pytest.raises(ResponseParseError) as caught:
        calls[operation]()
    error = caught.value
    assert not isinstance(error, ValidationError)
    assert isinstance(error, TranscribeModelError)
    assert error.operation in (
        "StartTranscriptionJob",
        "GetTranscriptionJob",
        "ListTranscriptionJobs",
    )
    assert error.errors
    assert all(violation.path for violation in error.errors)
