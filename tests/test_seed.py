"""The AWS CLI's own example output of get-transcription-job, parsed and printed again.

The example (copied verbatim into ``examples/valid/get-transcription-job-seed.json`` from the
CLI reference page) carries a placeholder language code, ``"language-code"``, that no version
of the service model lists: the liberal parse must keep it as an unknown LanguageCode rather
than fail, and print it again unchanged.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transcribe_model import (
    GetTranscriptionJobResponse,
    LanguageCode,
    MediaFormat,
    TranscriptionJob,
    TranscriptionJobStatus,
    check,
    from_json,
    to_json,
)

SEED = Path(__file__).resolve().parents[1] / "examples/valid/get-transcription-job-seed.json"


@pytest.fixture(scope="module")
def seed_text() -> str:
    """The example output as the AWS CLI printed it."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(seed_text: str) -> GetTranscriptionJobResponse:
    """The example output parsed as a GetTranscriptionJobResponse."""
    return from_json(seed_text, GetTranscriptionJobResponse)


@pytest.fixture(scope="module")
def job(parsed: GetTranscriptionJobResponse) -> TranscriptionJob:
    """The TranscriptionJob inside the example output."""
    assert parsed.transcription_job is not None
    return parsed.transcription_job


def test_seed_parses_as_a_get_response(parsed: GetTranscriptionJobResponse) -> None:
    """The example output parses into a GetTranscriptionJobResponse holding a TranscriptionJob."""
    assert isinstance(parsed, GetTranscriptionJobResponse)
    assert isinstance(parsed.transcription_job, TranscriptionJob)


def test_seed_job_name(job: TranscriptionJob) -> None:
    """The job's name is read from TranscriptionJobName."""
    assert job.transcription_job_name == "your-transcription-job"


def test_placeholder_language_code_is_an_unknown_member(job: TranscriptionJob) -> None:
    """ "language-code" becomes a LanguageCode pseudo-member that says it is not known."""
    assert isinstance(job.language_code, LanguageCode)
    assert job.language_code.is_known is False


def test_placeholder_language_code_equals_its_string(job: TranscriptionJob) -> None:
    """The unknown LanguageCode compares and hashes as the string it came from."""
    assert job.language_code == "language-code"
    assert hash(job.language_code) == hash("language-code")


def test_placeholder_is_not_a_known_language_code() -> None:
    """The placeholder really is absent from the LanguageCode values of this version."""
    assert "language-code" not in {member.value for member in LanguageCode}


def test_known_enum_values_are_members(job: TranscriptionJob) -> None:
    """Status and media format are the known members COMPLETED and mp4."""
    assert job.transcription_job_status is TranscriptionJobStatus.COMPLETED
    assert job.media_format is MediaFormat.MP4


def test_seed_timestamps_are_aware_instants(job: TranscriptionJob) -> None:
    """The CLI's ISO 8601 timestamps parse to the aware instants they name."""
    assert job.start_time == datetime(2020, 9, 18, 22, 27, 23, 970000, tzinfo=UTC)
    assert job.creation_time == datetime(2020, 9, 18, 22, 27, 23, 948000, tzinfo=UTC)
    assert job.completion_time == datetime(2020, 9, 18, 22, 28, 21, 197000, tzinfo=UTC)


def test_seed_round_trips_through_to_json(
    parsed: GetTranscriptionJobResponse, seed_text: str
) -> None:
    """to_json of the parsed example is the same JSON value as the example."""
    assert json.loads(to_json(parsed)) == json.loads(seed_text)


def test_to_json_prints_the_seed_text_as_the_cli_does(
    parsed: GetTranscriptionJobResponse, seed_text: str
) -> None:
    """to_json reproduces the CLI's printed text: same member order, indent and timestamps."""
    assert to_json(parsed) == seed_text.rstrip("\n")


def test_seed_has_no_errors(parsed: GetTranscriptionJobResponse) -> None:
    """check() of the parsed example reports no error."""
    assert [v for v in check(parsed) if v.severity == "error"] == []
