"""``check --format json|github``, ``--operation``, and which shape a file is checked as."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from cli_support import UNSAFE, run
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model._cli_operations import OPERATIONS, guess_shape
from transcribe_model._cli_report import SCHEMA_PATH, FileResult, github_annotations
from transcribe_model._errors import Violation
from transcribe_model._models import (
    GetTranscriptionJobResponse,
    ListTranscriptionJobsResponse,
    StartTranscriptionJobRequest,
)
from transcribe_model._spec import wire_names

EXAMPLES = Path(__file__).parent.parent / "examples"
ALL_EXAMPLES = sorted(EXAMPLES.glob("*/*.json"))
SCHEMA = json.loads(SCHEMA_PATH.read_text())
REQUEST = {
    "TranscriptionJobName": "meeting",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/meeting.mp3"},
}


def test_the_schema_is_a_valid_json_schema() -> None:
    """The shipped schema is itself valid under its declared draft."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_json_output_matches_the_schema_for_every_verdict(tmp_path: Path) -> None:
    """Valid, invalid, unreadable and warning-only files: one object each, in order, per schema."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    files = [*map(str, ALL_EXAMPLES), str(broken), str(tmp_path / "missing.json")]
    result = run(["check", "--format", "json", *files])
    assert result.status == 2
    report = json.loads(result.out)
    jsonschema.validate(report, SCHEMA)
    assert [item["file"] for item in report] == files
    verdicts = {item["file"]: item["verdict"] for item in report}
    for path in ALL_EXAMPLES:
        assert verdicts[str(path)] == ("valid" if path.parent.name == "valid" else "invalid")
    assert verdicts[str(broken)] == "unreadable"


def test_the_schema_refuses_a_report_that_breaks_it() -> None:
    """The schema can fail: a valid verdict with an error, or a missing member, is refused."""
    good = {
        "file": "a.json",
        "shape": "StartTranscriptionJobRequest",
        "verdict": "invalid",
        "violations": [{"path": "", "message": "m", "rule": None, "severity": "error"}],
    }
    jsonschema.validate([good], SCHEMA)
    for bad in (
        {**good, "verdict": "valid"},
        {**good, "shape": None},
        {key: value for key, value in good.items() if key != "violations"},
        {**good, "verdict": "unreadable"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate([bad], SCHEMA)


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


@given(path=ANY_TEXT, message=ANY_TEXT, rule=st.none() | ANY_TEXT, file=ANY_TEXT)
def test_json_output_matches_the_schema_for_any_strings(
    path: str, message: str, rule: str | None, file: str
) -> None:
    """Whatever the strings, the JSON report is ASCII, parses, and follows the schema."""
    from transcribe_model._cli_report import json_report

    violation = Violation(path=path, message=message, rule=rule)
    text = json_report(
        [FileResult(file=file, shape="X", verdict="invalid", violations=(violation,))]
    )
    assert text.isascii()
    report = json.loads(text)
    jsonschema.validate(report, SCHEMA)
    assert report[0]["violations"][0]["message"] == message


def _unescape(text: str) -> str:
    """GitHub's own decoding of a workflow command's escapes (actions/toolkit command.ts)."""
    return (
        text.replace("%2C", ",")
        .replace("%3A", ":")
        .replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%25", "%")
    )


COMMAND = re.compile(r"::(error|warning) file=([^,:]*),title=([^,:]*)::(.*)")


@given(
    path=ANY_TEXT.filter(lambda text: not UNSAFE.search(text)),
    message=ANY_TEXT.filter(lambda text: not UNSAFE.search(text.replace("\r", ""))),
    file=ANY_TEXT.filter(lambda text: not UNSAFE.search(text.replace("\r", ""))),
    severity=st.sampled_from(["error", "warning"]),
)
def test_github_annotations_are_one_line_and_decode_to_the_message(
    path: str, message: str, file: str, severity: str
) -> None:
    """Each annotation is one line that GitHub decodes back to the file, title and message, so no
    value can end the command early or start another."""
    violation = Violation(path=path, message=message, severity=severity)  # type: ignore[arg-type]
    result = FileResult(file=file, shape="Shape", verdict="invalid", violations=(violation,))
    (line,) = github_annotations(result)
    assert "\n" not in line
    assert "\r" not in line
    match = COMMAND.fullmatch(line)
    assert match is not None, line
    assert match.group(1) == severity
    assert _unescape(match.group(2)) == file
    assert _unescape(match.group(3)) == f"Shape: {path or '(top level)'}"
    assert _unescape(match.group(4)) == message


def test_github_format_annotates_each_violation(tmp_path: Path) -> None:
    """--format github prints ::error per violation, ::warning for advice, nothing when clean."""
    invalid = EXAMPLES / "invalid" / "start-speaker-labels.json"
    warned = tmp_path / "warned.json"
    options = ["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "ja-JP"]
    request = {key: value for key, value in REQUEST.items() if key != "LanguageCode"}
    warned.write_text(json.dumps({**request, "IdentifyLanguage": True, "LanguageOptions": options}))
    clean = EXAMPLES / "valid" / "start-basic.json"
    result = run(["check", "--format", "github", str(invalid), str(warned), str(clean)])
    assert result.status == 1
    lines = result.out.splitlines()
    errors = [line for line in lines if line.startswith(f"::error file={invalid},title=")]
    assert any("Settings.MaxSpeakerLabels" in line for line in errors)
    assert lines == [
        *errors,
        f"::warning file={warned},title=StartTranscriptionJobRequest%3A LanguageOptions::"
        "holds 6 language codes; more than five is not recommended [language_options_are_distinct]",
    ]
    assert run(["check", "--format", "github", str(warned)]).status == 0


def test_github_format_marks_an_unreadable_file(tmp_path: Path) -> None:
    """A file that is not JSON is one ::error titled unreadable; exit 2 as in text form."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run(["check", "--format", "github", str(broken)])
    assert result.status == 2
    assert result.out.startswith(f"::error file={broken},title=unreadable::not valid JSON")


# --- which shape -------------------------------------------------------------------------------


RESPONSE_ONLY = {
    "CreationTime": "2026-11-25T10:00:00+00:00",
    "TranscriptionJobStatus": "COMPLETED",
    "CompletionTime": "2026-11-25T10:00:00+00:00",
    "Transcript": {"TranscriptFileUri": "https://example.com/t.json"},
    "FailureReason": "x",
}


@pytest.mark.parametrize("member", sorted(RESPONSE_ONLY))
def test_a_request_with_a_stray_response_member_is_checked_strictly(
    member: str, tmp_path: Path
) -> None:
    """A request holding a member of a job is checked as the request and refused, as start
    refuses it; without the stray member it passes (the neighbour)."""
    path = tmp_path / "start.json"
    path.write_text(json.dumps({**REQUEST, member: RESPONSE_ONLY[member]}))
    result = run(["check", str(path)])
    assert result.status == 1
    assert "StartTranscriptionJobRequest" in result.out
    assert member in result.out
    path.write_text(json.dumps(REQUEST))
    assert run(["check", str(path)]).status == 0


@given(
    request_keys=st.sets(st.sampled_from(sorted(wire_names(StartTranscriptionJobRequest)))),
    other=st.sets(st.sampled_from([*RESPONSE_ONLY, "TranscriptionJob", "Unknown"])),
)
def test_a_document_with_a_request_member_is_never_guessed_a_response(
    request_keys: set[str], other: set[str]
) -> None:
    """Whatever else it holds, a document with a member only requests have is a request."""
    data = dict.fromkeys(request_keys | other)
    shape = guess_shape(data)
    if request_keys:
        assert shape is StartTranscriptionJobRequest
    elif "TranscriptionJob" in other:
        assert shape is GetTranscriptionJobResponse


def test_responses_are_told_by_their_own_members() -> None:
    """The wrapped job and the list are responses, also with members newer than the library."""
    assert guess_shape({"TranscriptionJob": {}}) is GetTranscriptionJobResponse
    assert guess_shape({"TranscriptionJob": {}, "Newer": 1}) is GetTranscriptionJobResponse
    listing = {"Status": "COMPLETED", "TranscriptionJobSummaries": []}
    assert guess_shape(listing) is ListTranscriptionJobsResponse
    both = {"TranscriptionJob": {}, "TranscriptionJobSummaries": []}
    assert guess_shape(both) is StartTranscriptionJobRequest  # ambiguous: the strict path
    assert guess_shape([1, 2]) is StartTranscriptionJobRequest


def test_the_operation_table_pairs_each_request_with_its_response() -> None:
    """Every operation of the service names its own Request and Response shapes."""
    import botocore.session

    model = botocore.session.get_session().get_service_model("transcribe")
    assert set(OPERATIONS) == set(model.operation_names)
    for name, (request, response) in OPERATIONS.items():
        operation = model.operation_model(name)
        assert request.__name__ == operation.input_shape.name
        expected = operation.output_shape.name if operation.output_shape else None
        assert (response.__name__ if response else None) == expected


@pytest.mark.parametrize(
    ("document", "shape"),
    [
        (
            {"VocabularyName": "v", "LanguageCode": "en-US", "Phrases": ["a"]},
            "CreateVocabularyRequest",
        ),
        ({"ModelName": "m"}, "DeleteLanguageModelRequest"),
        ({"ModelName": "m", "ModelStatus": "COMPLETED"}, "CreateLanguageModelResponse"),
        (
            {"ResourceArn": "arn:aws:transcribe:us-east-1:111122223333:vocabulary/v"},
            "ListTagsForResourceRequest",
        ),
    ],
)
def test_documents_of_other_operations_are_told_by_their_members(
    document: dict[str, object], shape: str
) -> None:
    """Without --operation, a document with no transcription-job member is matched against
    every other operation's request, then response."""
    assert guess_shape(document).__name__ == shape


@pytest.mark.parametrize(
    ("document", "operation", "shape", "status"),
    [
        (
            {"Status": "COMPLETED", "MaxResults": 5},
            "ListTranscriptionJobs",
            "ListTranscriptionJobsRequest",
            0,
        ),
        (
            {"Status": "COMPLETED", "MaxResults": 500},
            "ListTranscriptionJobs",
            "ListTranscriptionJobsRequest",
            1,
        ),
        (
            {"TranscriptionJobSummaries": [], "NextToken": "t"},
            "ListTranscriptionJobs",
            "ListTranscriptionJobsResponse",
            0,
        ),
        (
            {"TranscriptionJobName": "meeting"},
            "GetTranscriptionJob",
            "GetTranscriptionJobRequest",
            0,
        ),
        (
            {"TranscriptionJobName": "not a name"},
            "DeleteTranscriptionJob",
            "DeleteTranscriptionJobRequest",
            1,
        ),
        (
            {"TranscriptionJob": {"TranscriptionJobName": "m"}},
            "StartTranscriptionJob",
            "StartTranscriptionJobResponse",
            0,
        ),
        (
            {"TranscriptionJobName": "meeting"},
            "StartTranscriptionJob",
            "StartTranscriptionJobRequest",
            1,
        ),
    ],
)
def test_operation_picks_its_request_or_response(
    document: dict[str, object], operation: str, shape: str, status: int, tmp_path: Path
) -> None:
    """--operation NAME checks a file as that operation's request, or response if it says so."""
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document))
    result = run(["check", "--operation", operation, "--format", "json", str(path)])
    assert result.status == status, result.out
    assert json.loads(result.out)[0]["shape"] == shape


def test_operation_and_shape_exclude_each_other_and_names_are_checked() -> None:
    """An unknown operation, or --operation with --shape, is a usage error (exit 2)."""
    assert run(["check", "--operation", "StartMedicalScribeJob", "x.json"]).status == 2
    both = ["check", "--operation", "GetTranscriptionJob", "--shape", "Media", "x.json"]
    assert run(both).status == 2
