"""The client against a misbehaving service and unkind arguments (issue 13, issue 10 item 3).

botocore's Stubber plays the service: NextToken cycles of any length, "couldn't be found"
answers for every kind of resource, and a status newer than the library passed as a filter.
``wait``'s timing arguments are tried over a table of values that would overflow ``time.sleep``
or never end.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model import (
    JobNotFoundError,
    LanguageCode,
    Media,
    NotFoundError,
    ServiceError,
    StartTranscriptionJobRequest,
    TranscriptionJobStatus,
    ValidationError,
)
from transcribe_model.client import MAX_SECONDS, TranscribeJobs, _TokenCycles

REGION = "us-east-1"


@pytest.fixture
def stubbed() -> Iterator[tuple[TranscribeJobs, Stubber]]:
    client = boto3.client(
        "transcribe",
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    with Stubber(client) as stubber:
        yield TranscribeJobs(client, sleep=lambda _: None), stubber
    client.close()


def summary(name: str) -> dict[str, Any]:
    return {"TranscriptionJobName": name, "TranscriptionJobStatus": "COMPLETED"}


# --- NextToken cycles --------------------------------------------------------------------------

# (tokens the service sends, one per page; None ends the listing), and whether it cycles.
TOKEN_SCRIPTS: list[tuple[list[str | None], bool]] = [
    (["A", "A"], True),
    (["A", "B", "A"], True),
    (["A", "B", "C", "B"], True),
    (["A", "B", "C", "D", "E", "A"], True),
    ([f"t{i}" for i in range(50)] + ["t17"], True),
    ([None], False),
    (["A", None], False),
    (["A", "B", "C", None], False),
    ([f"t{i}" for i in range(50)] + [None], False),
]


@pytest.mark.parametrize(("tokens", "cycles"), TOKEN_SCRIPTS)
def test_list_stops_at_any_repeated_next_token(
    stubbed: tuple[TranscribeJobs, Stubber], tokens: list[str | None], cycles: bool
) -> None:
    """Every page up to the repeat is read once; then RepeatedNextToken, not a loop."""
    jobs, stubber = stubbed
    sent: str | None = None
    for page, token in enumerate(tokens):
        answer: dict[str, Any] = {"TranscriptionJobSummaries": [summary(f"job-{page}")]}
        if token is not None:
            answer["NextToken"] = token
        stubber.add_response(
            "list_transcription_jobs", answer, {} if sent is None else {"NextToken": sent}
        )
        sent = token
    names: list[str] = []
    listing = jobs.list()
    if cycles:
        with pytest.raises(ServiceError) as caught:
            names.extend(item.transcription_job_name or "" for item in listing)
        assert caught.value.code == "RepeatedNextToken"
    else:
        names.extend(item.transcription_job_name or "" for item in listing)
    assert names == [f"job-{page}" for page in range(len(tokens))]
    stubber.assert_no_pending_responses()


def test_pages_resumed_from_a_token_stop_when_the_service_sends_it_back(
    stubbed: tuple[TranscribeJobs, Stubber],
) -> None:
    jobs, stubber = stubbed
    stubber.add_response(
        "list_transcription_jobs",
        {"TranscriptionJobSummaries": [], "NextToken": "B"},
        {"NextToken": "A"},
    )
    stubber.add_response(
        "list_transcription_jobs",
        {"TranscriptionJobSummaries": [], "NextToken": "A"},
        {"NextToken": "B"},
    )
    with pytest.raises(ServiceError, match="sent before"):
        list(jobs.pages(next_token="A"))


@given(
    lead=st.integers(min_value=0, max_value=60),
    length=st.integers(min_value=1, max_value=60),
    cap=st.integers(min_value=0, max_value=20),
)
def test_token_cycles_are_found_past_the_exact_cap(lead: int, length: int, cap: int) -> None:
    """Beyond the exact set, Brent's method finds every cycle within a few of its lengths,
    and no sequence of distinct tokens is ever taken for one."""
    cycles = _TokenCycles(None)
    cycles._EXACT_TOKENS = cap  # type: ignore[misc]  # small, to reach the constant-memory part
    tokens = [f"lead-{i}" for i in range(lead)]
    for token in tokens:
        assert not cycles.repeated(token)
    ring = [f"ring-{i}" for i in range(length)]
    steps = 0
    while True:
        token = ring[steps % length]
        steps += 1
        if cycles.repeated(token):
            break
        assert steps <= 4 * (lead + length) + 4, "a cycle went unnoticed"
    assert steps > length  # nothing repeated before the ring came round
    assert len(cycles._seen) <= cap


def test_the_exact_cap_holds_memory_to_a_set_of_digests() -> None:
    cycles = _TokenCycles("start")
    for index in range(_TokenCycles._EXACT_TOKENS + 500):
        assert not cycles.repeated(f"token-{index}-" + "x" * 100)
    assert len(cycles._seen) == _TokenCycles._EXACT_TOKENS
    assert all(len(digest) == 16 for digest in list(cycles._seen)[:10])


# --- a filter value built with from_wire -------------------------------------------------------


@pytest.mark.parametrize("newer", ["PAUSED", "ARCHIVED", "queued"])
def test_list_takes_a_status_built_with_from_wire(
    stubbed: tuple[TranscribeJobs, Stubber], newer: str
) -> None:
    jobs, stubber = stubbed
    stubber.add_response(
        "list_transcription_jobs", {"TranscriptionJobSummaries": []}, {"Status": newer}
    )
    assert list(jobs.list(status=TranscriptionJobStatus.from_wire(newer))) == []
    stubber.assert_no_pending_responses()
    with pytest.raises(ValidationError) as caught:  # the plain string stays refused
        jobs.list(status=newer)
    assert [error.path for error in caught.value.errors] == ["Status"]


def test_list_takes_a_known_status_as_before(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    jobs, stubber = stubbed
    stubber.add_response(
        "list_transcription_jobs", {"TranscriptionJobSummaries": []}, {"Status": "COMPLETED"}
    )
    assert list(jobs.list(status="COMPLETED")) == []


# --- wait's timing -----------------------------------------------------------------------------

BAD_SECONDS: list[object] = [
    math.inf,
    -math.inf,
    math.nan,
    -1,
    -0.5,
    1e300,
    1e10,
    MAX_SECONDS * 2,
    10**400,
    True,
    "5",
    None,
]


@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
@pytest.mark.parametrize("parameter", ["timeout", "delay", "max_delay"])
def test_wait_refuses_timing_it_cannot_keep(
    stubbed: tuple[TranscribeJobs, Stubber], parameter: str, value: object
) -> None:
    """Refused before any poll, as a ValidationError whose path names the parameter."""
    jobs, stubber = stubbed
    with pytest.raises(ValidationError) as caught:
        jobs.wait("meeting", **{parameter: value})  # type: ignore[arg-type]
    assert parameter in [error.path for error in caught.value.errors]
    assert len(str(caught.value)) < 1000
    stubber.assert_no_pending_responses()


@pytest.mark.parametrize(
    "timing",
    [
        {"timeout": 0},
        {"timeout": MAX_SECONDS},
        {"timeout": 10**6, "delay": 10**3, "max_delay": MAX_SECONDS},
        {"delay": 1e-9, "max_delay": 1e-9},
        {"delay": 30, "max_delay": 30},
    ],
)
def test_wait_takes_timing_within_bounds(
    stubbed: tuple[TranscribeJobs, Stubber], timing: dict[str, float]
) -> None:
    jobs, stubber = stubbed
    stubber.add_response(
        "get_transcription_job",
        {"TranscriptionJob": {"TranscriptionJobName": "m", "TranscriptionJobStatus": "COMPLETED"}},
        {"TranscriptionJobName": "m"},
    )
    assert jobs.wait("m", **timing).transcription_job_status == TranscriptionJobStatus.COMPLETED


@pytest.mark.parametrize(("delay", "max_delay"), [(0, 1), (2, 1), (0.0, 0.0)])
def test_wait_keeps_delay_positive_and_below_max_delay(
    stubbed: tuple[TranscribeJobs, Stubber], delay: float, max_delay: float
) -> None:
    jobs, _stubber = stubbed
    with pytest.raises(ValidationError) as caught:
        jobs.wait("m", delay=delay, max_delay=max_delay)
    assert {error.path for error in caught.value.errors} <= {"delay", "max_delay"}


# --- what "couldn't be found" is about ---------------------------------------------------------


def start_request() -> StartTranscriptionJobRequest:
    return StartTranscriptionJobRequest(
        transcription_job_name="meeting",
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
        language_code=LanguageCode.EN_US,
    )


# (operation, code, message, class expected, resource expected)
NOT_FOUND: list[tuple[str, str, str, type[NotFoundError], str | None]] = [
    (
        "start",
        "BadRequestException",
        "The requested vocabulary couldn't be found. Check the vocabulary name and try again.",
        NotFoundError,
        "vocabulary",
    ),
    (
        "start",
        "BadRequestException",
        "The requested vocabulary filter couldn't be found.",
        NotFoundError,
        "vocabulary filter",
    ),
    (
        "start",
        "BadRequestException",
        "The requested language model couldn't be found.",
        NotFoundError,
        "language model",
    ),
    (
        "start",
        "BadRequestException",
        "The requested  Medical   Vocabulary could not be found",
        NotFoundError,
        "medical vocabulary",
    ),
    ("start", "NotFoundException", "", NotFoundError, None),
    (
        "get",
        "BadRequestException",
        "The requested job couldn't be found. Check the job name.",
        JobNotFoundError,
        "job",
    ),
    ("get", "NotFoundException", "", JobNotFoundError, "job"),
    (
        "get",
        "NotFoundException",
        "The requested transcription job couldn't be found.",
        JobNotFoundError,
        "transcription job",
    ),
    (
        "delete",
        "BadRequestException",
        "The requested job couldn't be found.",
        JobNotFoundError,
        "job",
    ),
    ("delete", "NotFoundException", "Not here.", JobNotFoundError, "job"),
    ("list", "NotFoundException", "", NotFoundError, None),
]


def call(jobs: TranscribeJobs, operation: str) -> object:
    if operation == "start":
        return jobs.start(start_request())
    if operation == "get":
        return jobs.get("meeting")
    if operation == "delete":
        return jobs.delete("meeting")
    return list(jobs.list())


_METHOD = {
    "start": "start_transcription_job",
    "get": "get_transcription_job",
    "delete": "delete_transcription_job",
    "list": "list_transcription_jobs",
}


@pytest.mark.parametrize(("operation", "code", "message", "cls", "resource"), NOT_FOUND)
def test_each_missing_resource_is_named(
    stubbed: tuple[TranscribeJobs, Stubber],
    operation: str,
    code: str,
    message: str,
    cls: type[NotFoundError],
    resource: str | None,
) -> None:
    jobs, stubber = stubbed
    stubber.add_client_error(
        _METHOD[operation], service_error_code=code, service_message=message, http_status_code=400
    )
    with pytest.raises(NotFoundError) as caught:
        call(jobs, operation)
    assert type(caught.value) is cls
    assert caught.value.resource == resource
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, ServiceError)
    assert caught.value.code == code
    twin = pickle.loads(pickle.dumps(caught.value))
    assert (type(twin), twin.resource, str(twin)) == (cls, resource, str(caught.value))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("BadRequestException", "The language code isn't supported."),
        ("BadRequestException", "Found it, but no."),
        ("InternalFailureException", "The requested vocabulary couldn't be found."),
        ("ConflictException", "The requested job name already exists."),
    ],
)
def test_other_refusals_are_not_missing_resources(
    stubbed: tuple[TranscribeJobs, Stubber], code: str, message: str
) -> None:
    jobs, stubber = stubbed
    stubber.add_client_error(
        "start_transcription_job", service_error_code=code, service_message=message
    )
    with pytest.raises(ServiceError) as caught:
        jobs.start(start_request())
    assert not isinstance(caught.value, NotFoundError)


def test_a_job_not_found_error_built_by_hand_is_about_a_job() -> None:
    error = JobNotFoundError(code="NotFoundException", message="", operation="GetTranscriptionJob")
    assert error.resource == "job"
    assert isinstance(error, NotFoundError)
