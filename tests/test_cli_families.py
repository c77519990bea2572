"""The service commands of every other family, against moto in-process and offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from moto import mock_aws

from transcribe_model._cli import main
from transcribe_model._cli_families import FAMILIES, operation_of

EXAMPLES = Path(__file__).parent.parent / "examples"
FAST = ["--region", "us-east-1", "--delay", "0.01", "--max-delay", "0.01", "--timeout", "60"]


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fake account with fake credentials: nothing leaves the process."""
    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(key, value)
    with mock_aws():
        yield


def test_every_verb_of_every_family_names_an_operation_of_the_family() -> None:
    """The one table is consistent with the generated index."""
    for family, verbs in FAMILIES.values():
        for verb in verbs:
            assert operation_of(family, verb)


def test_vocabulary_lifecycle(aws: None, capsys: pytest.CaptureFixture[str]) -> None:
    """create --wait, get, list, delete, and a get of the deleted one exits 5."""
    path = str(EXAMPLES / "valid" / "create-vocabulary.json")
    assert main(["vocabularies", "create", path, "--wait", *FAST]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["VocabularyName"] == "product-names"
    assert created["VocabularyState"] == "READY"
    assert main(["vocabularies", "get", "product-names", "--region", "us-east-1"]) == 0
    assert json.loads(capsys.readouterr().out)["VocabularyName"] == "product-names"
    assert main(["vocabularies", "list", "--region", "us-east-1"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["VocabularyName"] for item in listed] == ["product-names"]
    assert main(["vocabularies", "delete", "product-names", "--region", "us-east-1"]) == 0
    assert main(["vocabularies", "get", "product-names", "--region", "us-east-1"]) == 5


def test_medical_job_lifecycle(aws: None, capsys: pytest.CaptureFixture[str]) -> None:
    """start --wait prints the COMPLETED medical job; delete, then get exits 5."""
    import boto3

    boto3.client("s3").create_bucket(Bucket="amzn-s3-demo-bucket")
    path = str(EXAMPLES / "valid" / "start-medical-transcription-job.json")
    assert main(["medical-transcription-jobs", "start", path, "--wait", *FAST]) == 0
    job = json.loads(capsys.readouterr().out)
    assert job["MedicalTranscriptionJobName"] == "visit-2026-11-25"
    assert job["TranscriptionJobStatus"] == "COMPLETED"
    name = "visit-2026-11-25"
    assert main(["medical-transcription-jobs", "delete", name, "--region", "us-east-1"]) == 0
    assert main(["medical-transcription-jobs", "get", name, "--region", "us-east-1"]) == 5


@pytest.mark.parametrize(
    "argv",
    [
        ["vocabularies", "create", str(EXAMPLES / "invalid" / "create-vocabulary.json")],
        [
            "medical-transcription-jobs",
            "start",
            str(EXAMPLES / "invalid" / "start-medical-transcription-job.json"),
        ],
        ["vocabulary-filters", "get", "bad name"],
        ["language-models", "delete", ""],
    ],
)
def test_bad_input_exits_1_before_connecting(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No region, no credentials: a bad request or name is refused first, exit 1."""
    for key in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_PROFILE"):
        monkeypatch.delenv(key, raising=False)
    assert main(argv) == 1
    assert "nothing was sent" in capsys.readouterr().err


def test_a_valid_request_with_no_region_exits_7(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The valid neighbour gets as far as connecting, which fails without a region."""
    for key in ("AWS_DEFAULT_REGION", "AWS_REGION"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    assert main(["vocabulary-filters", "get", "good-name"]) == 7
