"""TranscribeJobs: the lifecycle and pagination against moto in-process, error mapping and
edge cases with botocore's Stubber and fake clients, the waiter's backoff on a fake clock."""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError, NoCredentialsError
from botocore.stub import Stubber
from moto import mock_aws

from transcribe_model import (
    JobAlreadyExistsError,
    JobFailedError,
    JobNotFoundError,
    LanguageCode,
    Media,
    RequestError,
    ServiceError,
    StartTranscriptionJobRequest,
    ThrottlingError,
    TranscribeModelError,
    TranscriptionJob,
    TranscriptionJobStatus,
    ValidationError,
    WaitTimeoutError,
    make_converter,
    structure,
)
from transcribe_model.client import TranscribeJobs

REGION = "us-east-1"
NOT_FOUND = "The requested job couldn't be found. Check the job name and try your request again."


def request(name: str = "meeting") -> StartTranscriptionJobRequest:
    """A valid request for a job called ``name``."""
    return StartTranscriptionJobRequest(
        transcription_job_name=name,
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://amzn-s3-demo-bucket/meeting.mp3"),
    )


def liberally_built_invalid_request() -> StartTranscriptionJobRequest:
    """A request that construction would refuse, built by a bare converter that runs no rules."""
    invalid: StartTranscriptionJobRequest = make_converter().structure(
        {
            "TranscriptionJobName": "meeting",
            "LanguageCode": "en-US",
            "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
            "Settings": {"MaxSpeakerLabels": 4},
        },
        StartTranscriptionJobRequest,
    )
    return invalid


class FakeTime:
    """A clock that moves only when slept on, recording every pause."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class ScriptedTranscribe:
    """A fake client whose GetTranscriptionJob answers statuses (or raises errors) from a script,
    repeating the last step once the script runs out."""

    def __init__(self, script: Iterable[str | Exception]) -> None:
        self._script = list(script)
        self.answers: list[dict[str, Any]] = []
        self.poll_times: list[float] = []
        self.clock: Callable[[], float] = lambda: 0.0

    def get_transcription_job(self, **kwargs: Any) -> dict[str, Any]:
        self.poll_times.append(self.clock())
        step = self._script[min(len(self.poll_times), len(self._script)) - 1]
        if isinstance(step, Exception):
            raise step
        answer = {
            "TranscriptionJob": {
                "TranscriptionJobName": kwargs["TranscriptionJobName"],
                "TranscriptionJobStatus": step,
                "MediaSampleRateHertz": 8000 + len(self.poll_times),  # tells polls apart
            }
        }
        self.answers.append(answer)
        return answer

    def start_transcription_job(self, **kwargs: Any) -> dict[str, Any]:
        raise AssertionError("not called by wait")

    list_transcription_jobs = delete_transcription_job = start_transcription_job


def throttled() -> ClientError:
    return ClientError(
        {"Error": {"Code": "LimitExceededException", "Message": "Rate exceeded"}},
        "GetTranscriptionJob",
    )


@pytest.fixture
def moto_client() -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("transcribe", region_name=REGION)
        yield client
        client.close()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def jobs(moto_client: Any, fake_time: FakeTime) -> TranscribeJobs:
    return TranscribeJobs(moto_client, clock=fake_time.clock, sleep=fake_time.sleep)


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


def scripted(
    script: Iterable[str | Exception], fake_time: FakeTime, rand: Callable[[], float] = lambda: 0.5
) -> tuple[TranscribeJobs, ScriptedTranscribe]:
    fake = ScriptedTranscribe(script)
    fake.clock = fake_time.clock
    return TranscribeJobs(fake, clock=fake_time.clock, sleep=fake_time.sleep, rand=rand), fake


# --- against moto ------------------------------------------------------------------------------


def test_lifecycle_start_wait_get_list_delete(jobs: TranscribeJobs) -> None:
    """A job is started, waited for until COMPLETED, got, listed and deleted, all as models."""
    started = jobs.start(request("meeting"))
    assert isinstance(started, TranscriptionJob)
    assert started.transcription_job_name == "meeting"

    done = jobs.wait("meeting", timeout=60, delay=1, max_delay=4)
    assert done.transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert done.transcript is not None
    assert (done.transcript.transcript_file_uri or "").endswith(".json")

    assert jobs.get("meeting").transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert [summary.transcription_job_name for summary in jobs.list()] == ["meeting"]

    jobs.delete("meeting")
    with pytest.raises(JobNotFoundError):
        jobs.get("meeting")
    assert list(jobs.list()) == []


def test_list_over_several_pages_returns_every_job_exactly_once(jobs: TranscribeJobs) -> None:
    """With page_size=2, seven jobs come back over four pages, each job once."""
    names = [f"job-{number}" for number in range(7)]
    for name in names:
        jobs.start(request(name))
    listed = [summary.transcription_job_name for summary in jobs.list(page_size=2)]
    assert sorted(listed) == names


def test_pages_carry_the_token_to_resume_from(jobs: TranscribeJobs) -> None:
    """pages() yields each page with its NextToken, and resuming from one continues after it."""
    for number in range(5):
        jobs.start(request(f"job-{number}"))
    pages = list(jobs.pages(page_size=2))
    assert [len(page.transcription_job_summaries or ()) for page in pages] == [2, 2, 1]
    assert [page.next_token is None for page in pages] == [False, False, True]
    assert list(jobs.pages(page_size=2, next_token=pages[0].next_token)) == pages[1:]


def test_list_filters_by_status_and_name(jobs: TranscribeJobs) -> None:
    """status and name_contains reach the service as Status and JobNameContains."""
    for name in ("alpha", "beta", "alphabet"):
        jobs.start(request(name))
    jobs.wait("beta", timeout=60)
    completed = jobs.list(status=TranscriptionJobStatus.COMPLETED)
    assert [summary.transcription_job_name for summary in completed] == ["beta"]
    assert [summary.transcription_job_name for summary in jobs.list(status="COMPLETED")] == ["beta"]
    named = jobs.list(name_contains="alpha")
    assert sorted(summary.transcription_job_name or "" for summary in named) == [
        "alpha",
        "alphabet",
    ]


def test_start_refuses_an_invalid_request_and_sends_nothing(jobs: TranscribeJobs) -> None:
    """A request built without checks is checked again by start, and no job is created."""
    with pytest.raises(ValidationError) as caught:
        jobs.start(liberally_built_invalid_request())
    assert [error.rule for error in caught.value.errors] == [
        "max_speaker_labels_need_speaker_labels"
    ]
    assert list(jobs.list()) == []


def test_starting_a_taken_name_raises_already_exists(jobs: TranscribeJobs) -> None:
    """A second job of the same name is moto's ConflictException, mapped."""
    jobs.start(request("meeting"))
    with pytest.raises(JobAlreadyExistsError) as caught:
        jobs.start(request("meeting"))
    assert caught.value.code == "ConflictException"


def test_waiting_for_a_missing_job_raises_not_found(jobs: TranscribeJobs) -> None:
    """wait on a name with no job fails at the first poll, not at the timeout."""
    with pytest.raises(JobNotFoundError):
        jobs.wait("no-such-job", timeout=60)


def test_connect_makes_a_client_for_the_region_given() -> None:
    """connect() builds its own boto3 client, in the region named, and closes it on exit."""
    with mock_aws():
        with TranscribeJobs.connect(region="eu-west-1") as jobs:
            jobs.start(request("in-ireland"))
        with TranscribeJobs.connect(region="eu-west-1") as jobs:
            assert [job.transcription_job_name for job in jobs.list()] == ["in-ireland"]
        with TranscribeJobs.connect(region=REGION) as jobs:
            assert list(jobs.list()) == []


def test_connect_without_a_region_raises_request_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """With no region anywhere, connect() raises RequestError from botocore's NoRegionError."""
    for variable in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    with pytest.raises(RequestError) as caught:
        TranscribeJobs.connect()
    assert caught.value.operation == "connect"
    assert "region" in caught.value.message.lower()


def test_close_leaves_a_callers_client_open(moto_client: Any) -> None:
    """close() only closes a client connect() made; one passed in stays usable."""
    TranscribeJobs(moto_client).close()
    assert moto_client.list_transcription_jobs()["TranscriptionJobSummaries"] == []


# --- with botocore's Stubber and fake clients -------------------------------------------------


def test_list_follows_a_token_on_a_page_that_is_not_full(
    stubbed: tuple[TranscribeJobs, Stubber],
) -> None:
    """A short page, and an empty one, still lead on to the next while a NextToken comes."""
    jobs, stubber = stubbed
    pages = [(["a"], "t1"), ([], "t2"), (["b", "c"], None)]
    sent: str | None = None
    for names, token in pages:
        answer: dict[str, Any] = {
            "TranscriptionJobSummaries": [{"TranscriptionJobName": name} for name in names]
        }
        if token:
            answer["NextToken"] = token
        expected = {"MaxResults": 5, **({"NextToken": sent} if sent else {})}
        stubber.add_response("list_transcription_jobs", answer, expected)
        sent = token
    assert [job.transcription_job_name for job in jobs.list(page_size=5)] == ["a", "b", "c"]
    stubber.assert_no_pending_responses()


def test_list_fetches_pages_only_as_they_are_read(
    stubbed: tuple[TranscribeJobs, Stubber],
) -> None:
    """Nothing is sent until the first job is read, and no page beyond the one being read."""
    jobs, stubber = stubbed
    summaries = jobs.list()
    stubber.add_response(
        "list_transcription_jobs",
        {"TranscriptionJobSummaries": [{"TranscriptionJobName": "a"}], "NextToken": "more"},
    )
    assert next(summaries).transcription_job_name == "a"
    stubber.assert_no_pending_responses()


@pytest.mark.parametrize(
    ("filters", "path"),
    [
        ({"page_size": 0}, "MaxResults"),
        ({"page_size": 101}, "MaxResults"),
        ({"name_contains": "no spaces"}, "JobNameContains"),
        ({"status": "PAUSED"}, "Status"),
    ],
)
def test_list_refuses_bad_filters_before_iterating(
    stubbed: tuple[TranscribeJobs, Stubber], filters: dict[str, Any], path: str
) -> None:
    """A filter the service would refuse raises at the call, before any page is asked for."""
    jobs, _stubber = stubbed
    with pytest.raises(ValidationError) as caught:
        jobs.list(**filters)
    assert [error.path for error in caught.value.errors] == [path]


def test_a_repeated_token_stops_the_loop(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    """A service answering a token with the same token raises instead of looping for ever."""
    jobs, stubber = stubbed
    for expected in ({}, {"NextToken": "same"}):
        stubber.add_response(
            "list_transcription_jobs",
            {"TranscriptionJobSummaries": [], "NextToken": "same"},
            expected,
        )
    with pytest.raises(ServiceError) as caught:
        list(jobs.list())
    assert caught.value.code == "RepeatedNextToken"


def test_get_refuses_a_bad_name_before_sending(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    """A name the service would refuse raises ValidationError, and no call is made."""
    jobs, stubber = stubbed
    with pytest.raises(ValidationError) as caught:
        jobs.get("not a job name")
    assert [error.path for error in caught.value.errors] == ["TranscriptionJobName"]
    stubber.assert_no_pending_responses()


def test_start_refuses_what_is_not_a_request(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    """start() takes a StartTranscriptionJobRequest, not a dict."""
    jobs, _stubber = stubbed
    with pytest.raises(TypeError, match="StartTranscriptionJobRequest"):
        jobs.start({"TranscriptionJobName": "meeting"})  # type: ignore[arg-type]


def test_get_keeps_what_a_newer_service_sends() -> None:
    """A status and a member newer than the library parse, kept for a round trip."""

    class Newer(ScriptedTranscribe):
        def get_transcription_job(self, **kwargs: Any) -> dict[str, Any]:
            return {
                "TranscriptionJob": {
                    "TranscriptionJobName": kwargs["TranscriptionJobName"],
                    "TranscriptionJobStatus": "PAUSED",
                    "Summary": {"Words": 10},
                },
                "ResponseMetadata": {"HTTPStatusCode": 200},
            }

    job = TranscribeJobs(Newer([])).get("meeting")
    assert job.transcription_job_status == "PAUSED"
    assert job.transcription_job_status is not None
    assert not job.transcription_job_status.is_known
    assert dict(job.unknown_members) == {"Summary": {"Words": 10}}


def test_a_failed_job_raises_job_failed_error(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    """wait() ends with JobFailedError carrying the FAILED job and its FailureReason."""
    jobs, stubber = stubbed
    reason = "The media format provided does not match the detected media format."
    for status in ("IN_PROGRESS", "FAILED"):
        job: dict[str, Any] = {"TranscriptionJobName": "meeting", "TranscriptionJobStatus": status}
        if status == "FAILED":
            job["FailureReason"] = reason
        stubber.add_response(
            "get_transcription_job",
            {"TranscriptionJob": job},
            {"TranscriptionJobName": "meeting"},
        )
    with pytest.raises(JobFailedError) as caught:
        jobs.wait("meeting")
    assert caught.value.failure_reason == reason
    assert caught.value.job.transcription_job_status is TranscriptionJobStatus.FAILED
    assert caught.value.job.failure_reason == reason
    assert reason in str(caught.value)


def call_get(jobs: TranscribeJobs) -> object:
    return jobs.get("meeting")


def call_start(jobs: TranscribeJobs) -> object:
    return jobs.start(request("meeting"))


def call_list(jobs: TranscribeJobs) -> object:
    return list(jobs.list())


def call_delete(jobs: TranscribeJobs) -> object:
    return jobs.delete("meeting")


CALLS = {
    "get_transcription_job": ("GetTranscriptionJob", call_get),
    "start_transcription_job": ("StartTranscriptionJob", call_start),
    "list_transcription_jobs": ("ListTranscriptionJobs", call_list),
    "delete_transcription_job": ("DeleteTranscriptionJob", call_delete),
}


@pytest.mark.parametrize(
    ("method", "code", "message", "status", "expected"),
    [
        ("get_transcription_job", "BadRequestException", NOT_FOUND, 400, JobNotFoundError),
        ("delete_transcription_job", "BadRequestException", NOT_FOUND, 400, JobNotFoundError),
        ("get_transcription_job", "NotFoundException", "We can't find it.", 404, JobNotFoundError),
        (
            "start_transcription_job",
            "ConflictException",
            "The requested job name already exists. Use a different job name.",
            409,
            JobAlreadyExistsError,
        ),
        (
            "list_transcription_jobs",
            "LimitExceededException",
            "You've sent too many requests.",
            429,
            ThrottlingError,
        ),
        (
            "get_transcription_job",
            "InternalFailureException",
            "There was an internal error.",
            500,
            ServiceError,
        ),
        (
            "start_transcription_job",
            "BadRequestException",
            "The S3 URI can't be accessed.",
            400,
            ServiceError,
        ),
        ("delete_transcription_job", "SomeNewException", "Newer than us.", 400, ServiceError),
    ],
)
def test_service_errors_are_mapped(
    stubbed: tuple[TranscribeJobs, Stubber],
    method: str,
    code: str,
    message: str,
    status: int,
    expected: type[ServiceError],
) -> None:
    """Each error code becomes its class, carrying code, message, operation and status,
    raised from botocore's ClientError."""
    jobs, stubber = stubbed
    operation, call = CALLS[method]
    stubber.add_client_error(
        method, service_error_code=code, service_message=message, http_status_code=status
    )
    with pytest.raises(ServiceError) as caught:
        call(jobs)
    error = caught.value
    assert type(error) is expected
    assert isinstance(error, TranscribeModelError)
    assert (error.code, error.message, error.operation, error.http_status) == (
        code,
        message,
        operation,
        status,
    )
    assert isinstance(error.__cause__, ClientError)


def test_a_missing_job_is_also_a_lookup_error(stubbed: tuple[TranscribeJobs, Stubber]) -> None:
    """JobNotFoundError subclasses LookupError, as a missing key does."""
    jobs, stubber = stubbed
    stubber.add_client_error("get_transcription_job", "BadRequestException", NOT_FOUND)
    with pytest.raises(LookupError):
        jobs.get("meeting")


def test_a_botocore_error_becomes_request_error() -> None:
    """botocore's own errors (here: no credentials) become RequestError, raised from them."""

    class NoCredentials(ScriptedTranscribe):
        def get_transcription_job(self, **kwargs: Any) -> dict[str, Any]:
            raise NoCredentialsError

    with pytest.raises(RequestError) as caught:
        TranscribeJobs(NoCredentials([])).get("meeting")
    assert caught.value.operation == "GetTranscriptionJob"
    assert isinstance(caught.value.__cause__, NoCredentialsError)


@pytest.mark.parametrize(
    "error",
    [
        JobNotFoundError(
            code="BadRequestException",
            message=NOT_FOUND,
            operation="GetTranscriptionJob",
            http_status=400,
            request_id="r-1",
        ),
        RequestError(message="Unable to locate credentials", operation="ListTranscriptionJobs"),
        JobFailedError(job=TranscriptionJob(transcription_job_name="a", failure_reason="bad")),
        WaitTimeoutError(name="a", job=TranscriptionJob(transcription_job_name="a"), waited=2.5),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_survive_pickling(error: TranscribeModelError) -> None:
    """Each client error pickles with its attributes, so it can cross a process pool."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


# --- the waiter ------------------------------------------------------------------------------


def test_wait_returns_at_once_for_a_job_already_completed(fake_time: FakeTime) -> None:
    """The first poll is immediate; a COMPLETED job is returned without a pause."""
    jobs, _fake = scripted(["COMPLETED"], fake_time)
    assert jobs.wait("meeting").transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert fake_time.sleeps == []


def test_wait_pauses_grow_exponentially(fake_time: FakeTime) -> None:
    """With the jitter held still, each pause is twice the one before."""
    jobs, _fake = scripted(["QUEUED"] + ["IN_PROGRESS"] * 4 + ["COMPLETED"], fake_time)
    jobs.wait("meeting", delay=1, max_delay=100)
    assert fake_time.sleeps == [0.75, 1.5, 3.0, 6.0, 12.0]


def test_wait_pauses_are_capped_at_max_delay(fake_time: FakeTime) -> None:
    """Pauses stop growing at max_delay, even at the top of the jitter range."""
    jobs, _fake = scripted(["IN_PROGRESS"] * 7 + ["COMPLETED"], fake_time, rand=lambda: 1.0)
    jobs.wait("meeting", delay=1, max_delay=5)
    assert fake_time.sleeps == [1, 2, 4, 5, 5, 5, 5]


def test_wait_pauses_are_jittered_within_half_to_all_of_their_step(fake_time: FakeTime) -> None:
    """Random jitter spreads each pause over [step/2, step], so no two waiters march together."""
    jobs, _fake = scripted(
        ["IN_PROGRESS"] * 12 + ["COMPLETED"], fake_time, rand=random.Random(7).random
    )
    jobs.wait("meeting", delay=1, max_delay=8)
    steps = [1, 2, 4, 8, 8, 8, 8, 8, 8, 8, 8, 8]
    assert len(fake_time.sleeps) == len(steps)
    for pause, step in zip(fake_time.sleeps, steps, strict=True):
        assert step / 2 <= pause <= step
    assert len(set(fake_time.sleeps[3:])) == len(fake_time.sleeps[3:])


def test_wait_timeout_carries_the_last_job_seen(fake_time: FakeTime) -> None:
    """When time runs out, WaitTimeoutError (a TimeoutError) holds the job of the last poll."""
    jobs, fake = scripted(["QUEUED", "IN_PROGRESS"], fake_time)
    with pytest.raises(TimeoutError) as caught:
        jobs.wait("meeting", timeout=10, delay=1, max_delay=4)
    error = caught.value
    assert isinstance(error, WaitTimeoutError)
    assert error.job == structure(fake.answers[-1]["TranscriptionJob"], TranscriptionJob)
    assert error.job is not None
    assert error.job.media_sample_rate_hertz == 8000 + len(fake.poll_times)
    assert error.waited == pytest.approx(10)
    assert "still IN_PROGRESS" in str(error)


def test_wait_polls_last_exactly_at_the_deadline(fake_time: FakeTime) -> None:
    """The last pause is cut short so the final poll falls on the deadline, not past it."""
    jobs, fake = scripted(["IN_PROGRESS"], fake_time, rand=lambda: 1.0)
    with pytest.raises(WaitTimeoutError):
        jobs.wait("meeting", timeout=10, delay=1, max_delay=4)
    assert fake.poll_times == [0, 1, 3, 7, 10]
    assert fake_time.sleeps[-1] == 3


def test_wait_with_no_time_polls_once(fake_time: FakeTime) -> None:
    """timeout=0 polls once and raises if the job has not ended."""
    jobs, fake = scripted(["IN_PROGRESS"], fake_time)
    with pytest.raises(WaitTimeoutError):
        jobs.wait("meeting", timeout=0)
    assert len(fake.poll_times) == 1
    assert fake_time.sleeps == []


def test_wait_rides_out_a_throttled_poll(fake_time: FakeTime) -> None:
    """A throttled poll is followed by the next pause, not raised."""
    jobs, fake = scripted([throttled(), "COMPLETED"], fake_time)
    assert jobs.wait("meeting").transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert len(fake.poll_times) == 2
    assert len(fake_time.sleeps) == 1


def test_wait_timeout_after_only_throttled_polls_carries_no_job(fake_time: FakeTime) -> None:
    """If no poll got through, the timeout error's job is None."""
    jobs, _fake = scripted([throttled()], fake_time)
    with pytest.raises(WaitTimeoutError) as caught:
        jobs.wait("meeting", timeout=5)
    assert caught.value.job is None


def test_wait_treats_a_newer_status_as_still_running(fake_time: FakeTime) -> None:
    """A status newer than the library is neither success nor failure: polling goes on."""
    jobs, fake = scripted(["PAUSED", "COMPLETED"], fake_time)
    jobs.wait("meeting")
    assert len(fake.poll_times) == 2


def test_wait_reports_each_poll(fake_time: FakeTime) -> None:
    """on_poll sees the job after every poll, for a progress display."""
    jobs, _fake = scripted(["QUEUED", "IN_PROGRESS", "COMPLETED"], fake_time)
    seen: list[str | None] = []
    jobs.wait("meeting", on_poll=lambda job: seen.append(job.transcription_job_status))
    assert seen == ["QUEUED", "IN_PROGRESS", "COMPLETED"]


@pytest.mark.parametrize(
    "timing",
    [
        {"timeout": -1.0},
        {"delay": 0.0},
        {"delay": float("nan")},
        {"delay": 5.0, "max_delay": 2.0},
    ],
)
def test_wait_refuses_impossible_timing(fake_time: FakeTime, timing: dict[str, float]) -> None:
    """A negative timeout, a pause that is not positive, or max_delay < delay raise ValueError
    before any poll."""
    jobs, fake = scripted(["COMPLETED"], fake_time)
    with pytest.raises(ValueError, match="must be"):
        jobs.wait("meeting", **timing)
    assert fake.poll_times == []


def test_the_default_clock_is_real_time() -> None:
    """Without injected time, wait() uses time.monotonic and time.sleep (a tiny real wait)."""
    fake = ScriptedTranscribe(["IN_PROGRESS", "COMPLETED"])
    started = datetime.now(UTC)
    TranscribeJobs(fake).wait("meeting", delay=0.01, max_delay=0.01)
    assert (datetime.now(UTC) - started).total_seconds() >= 0.005
