"""A wrong type in one member no longer hides the bounds, patterns and rules of the others."""

from __future__ import annotations

from typing import Any

import pytest

import transcribe_model as tm
from transcribe_model import ValidationError, structure


def _found(build: Any) -> set[tuple[str, str | None]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return {(violation.path, violation.rule) for violation in caught.value.errors}


REQUEST: dict[str, Any] = {
    "TranscriptionJobName": "bad name",  # pattern
    "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/a.mp3"},
    "LanguageCode": "en-US",
    "MediaSampleRateHertz": "16000",  # wrong type
    "Settings": {"ShowAlternatives": True},  # rule: needs MaxAlternatives
    "Tags": [{"Key": "team", "Value": "a"}, {"Key": "k" * 129, "Value": "b"}],  # nested bound
}


def test_structure_reports_type_pattern_rule_and_nested_bound_together() -> None:
    """One request with a wrong type, a bad pattern, a broken rule and a bad nested value."""
    assert _found(lambda: structure(REQUEST, tm.StartTranscriptionJobRequest)) == {
        ("MediaSampleRateHertz", None),
        ("TranscriptionJobName", None),
        ("Settings.MaxAlternatives", "alternatives_need_max_alternatives"),
        ("Tags[1].Key", None),
    }


def test_fixing_the_type_leaves_exactly_the_others() -> None:
    """The valid neighbour of the type error: the other three remain, nothing new appears."""
    fixed = {**REQUEST, "MediaSampleRateHertz": 16000}
    assert _found(lambda: structure(fixed, tm.StartTranscriptionJobRequest)) == {
        ("TranscriptionJobName", None),
        ("Settings.MaxAlternatives", "alternatives_need_max_alternatives"),
        ("Tags[1].Key", None),
    }


def test_a_wrong_type_in_a_nested_shape_keeps_its_siblings_checked() -> None:
    """Settings.MaxSpeakerLabels of the wrong type: its own rules are skipped, others run."""
    data = {**REQUEST, "Settings": {"MaxSpeakerLabels": "4", "ShowAlternatives": True}}
    found = _found(lambda: structure(data, tm.StartTranscriptionJobRequest))
    assert ("Settings.MaxSpeakerLabels", None) in found
    assert ("Settings.MaxAlternatives", "alternatives_need_max_alternatives") in found
    # The rule that reads MaxSpeakerLabels does not report a consequence of its wrong type.
    assert "max_speaker_labels_need_speaker_labels" not in {rule for _, rule in found}


def test_a_required_member_of_the_wrong_type_is_not_also_missing() -> None:
    """A wrong type at a required member is one violation, not two."""
    data = {**REQUEST, "TranscriptionJobName": 7}
    found = _found(lambda: structure(data, tm.StartTranscriptionJobRequest))
    assert [path for path, _ in found].count("TranscriptionJobName") == 1


def test_python_construction_reports_types_and_rules_together() -> None:
    """Built in Python, a wrong type and a broken rule elsewhere are both reported."""
    found = _found(
        lambda: tm.StartTranscriptionJobRequest(
            transcription_job_name="meeting",
            media=tm.Media(media_file_uri="s3://amzn-s3-demo-bucket/a.mp3"),
            language_code=tm.LanguageCode.EN_US,
            media_sample_rate_hertz="16000",  # type: ignore[arg-type]
            output_key="out/",
        )
    )
    assert found == {
        ("MediaSampleRateHertz", None),
        ("OutputKey", "output_key_needs_output_bucket_name"),
    }


def test_responses_stay_liberal_and_report_types_only() -> None:
    """Parsing a response still fails only on types: no bounds or rules join the error."""
    with pytest.raises(ValidationError) as caught:
        structure({"TranscriptionJobName": 5, "MediaSampleRateHertz": 1}, tm.TranscriptionJob)
    assert [violation.path for violation in caught.value.errors] == ["TranscriptionJobName"]
