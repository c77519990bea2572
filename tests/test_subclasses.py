"""A caller's subclass of a shape is that shape on the wire: the same rules, the same leniency.

Before, rules were looked up by the exact class, so ``class Mine(StartTranscriptionJobRequest)``
built with an ``OutputKey`` and no bucket was accepted, and ``check()`` found nothing.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import transcribe_model as tm
from transcribe_model import ValidationError


class MyRequest(tm.StartTranscriptionJobRequest):
    """A plain subclass, as a caller might make to add a method."""

    def describe(self) -> str:
        return f"job {self.transcription_job_name}"


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class MySettings(tm.Settings):
    """A subclass made by attrs itself."""


class MyJob(tm.TranscriptionJob):
    """A subclass of a shape the service sends."""


def _paths_and_rules(violations: Any) -> list[tuple[str, str | None]]:
    return sorted((violation.path, violation.rule) for violation in violations)


_MEDIA = {"media": tm.Media(media_file_uri="s3://amzn-s3-demo-bucket/a.wav")}


@pytest.mark.parametrize(
    "members",
    [
        {"output_key": "out/a.json"},  # needs OutputBucketName (and a language source)
        {"language_code": tm.LanguageCode.EN_US, "identify_language": True},
        {
            "language_code": tm.LanguageCode.EN_US,
            "tags": (tm.Tag(key="team", value="a"), tm.Tag(key="team", value="b")),
        },
    ],
    ids=["output-key-alone", "two-language-sources", "tag-keys-twice"],
)
def test_a_subclass_is_refused_for_every_rule_its_shape_is_refused_for(
    members: dict[str, Any],
) -> None:
    with pytest.raises(ValidationError) as theirs:
        tm.StartTranscriptionJobRequest(transcription_job_name="a", **_MEDIA, **members)
    with pytest.raises(ValidationError) as ours:
        MyRequest(transcription_job_name="a", **_MEDIA, **members)
    assert _paths_and_rules(ours.value.errors) == _paths_and_rules(theirs.value.errors)
    assert any(violation.rule for violation in ours.value.errors)


def test_a_valid_subclass_is_accepted_and_checked_clean() -> None:
    made = MyRequest(
        transcription_job_name="a",
        language_code=tm.LanguageCode.EN_US,
        output_bucket_name="amzn-s3-demo-bucket",
        output_key="out/a.json",
        **_MEDIA,
    )
    assert made.describe() == "job a"
    assert tm.check(made) == ()
    assert tm.unstructure(made)["OutputKey"] == "out/a.json"


def test_evolving_a_subclass_is_held_to_its_shape_s_rules() -> None:
    made = MyRequest(transcription_job_name="a", language_code=tm.LanguageCode.EN_US, **_MEDIA)
    assert tm.check(attrs.evolve(made, media_format=tm.MediaFormat.WAV)) == ()
    with pytest.raises(ValidationError) as exc:
        attrs.evolve(made, identify_language=True)
    assert [violation.rule for violation in exc.value.errors] == ["one_language_source"]


def test_an_attrs_subclass_is_held_to_its_shape_s_rules() -> None:
    with pytest.raises(ValidationError) as exc:
        MySettings(max_speaker_labels=4)
    assert [violation.path for violation in exc.value.errors] == ["MaxSpeakerLabels"]
    assert MySettings(show_speaker_labels=True, max_speaker_labels=4).max_speaker_labels == 4


def test_a_subclass_of_a_response_shape_is_as_lenient_as_its_shape() -> None:
    # The service's bounds move over time: a response shape is held to its types only.
    assert tm.TranscriptionJob(media_sample_rate_hertz=1).media_sample_rate_hertz == 1
    assert MyJob(media_sample_rate_hertz=1).media_sample_rate_hertz == 1
    with pytest.raises(ValidationError):
        MyJob(media_sample_rate_hertz="fast")  # type: ignore[arg-type]  # a type is still a type


def test_a_subclass_converts_as_its_shape_does() -> None:
    wire = {
        "TranscriptionJobName": "a",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/a.wav"},
        "OutputBucketName": "amzn-s3-demo-bucket",
        "OutputKey": "out/a.json",
    }
    made = tm.structure(wire, MyRequest)
    assert type(made) is MyRequest
    assert made.describe() == "job a"
    assert (
        tm.unstructure(made)
        == wire
        == tm.unstructure(tm.structure(wire, tm.StartTranscriptionJobRequest))
    )
    assert type(tm.from_json(tm.to_json(made), MyRequest)) is MyRequest
    with pytest.raises(ValidationError) as exc:  # the shape's rules, from the wire too
        tm.structure({**wire, "OutputBucketName": None}, MyRequest)
    assert [violation.rule for violation in exc.value.errors] == [
        "output_key_needs_output_bucket_name"
    ]


def test_a_subclass_of_a_response_shape_keeps_what_its_shape_keeps() -> None:
    wire = {
        "TranscriptionJobName": "a",
        "TranscriptionJobStatus": "SOMETHING_NEWER",  # an enum value newer than the library
        "MediaSampleRateHertz": 1,  # under the bound the service model states today
        "SomethingNew": {"Kept": True},  # a member newer than the library
    }
    made = tm.structure(wire, MyJob)
    assert type(made) is MyJob
    assert made.transcription_job_status is not None
    assert not made.transcription_job_status.is_known
    assert tm.unstructure(made) == wire


def test_a_class_that_derives_from_no_shape_is_refused_as_one() -> None:
    """Not a shape, not a subclass of one: the same ``TypeError`` as any other non-shape, not a
    stray one from deep in the converters."""

    @attrs.frozen(kw_only=True)
    class Homemade(tm.WireModel):
        name: str | None = None

    with pytest.raises(TypeError, match="Homemade is no transcribe_model shape"):
        Homemade(name="a")
    made = object.__new__(Homemade)
    for call in (
        lambda: tm.structure({"Name": "a"}, Homemade),
        lambda: tm.unstructure(made),
        lambda: tm.from_json('{"Name": "a"}', Homemade),
    ):
        with pytest.raises(TypeError, match="expected a transcribe_model shape class"):
            call()
    assert type(tm.structure({"TranscriptionJobName": "a"}, MyJob)) is MyJob  # its neighbour


@attrs.frozen(kw_only=True)
class NotedTag(tm.Tag):
    """A subclass made by attrs that adds a field of the caller's own."""

    note: str = ""


def test_a_field_a_subclass_adds_is_the_callers_own_not_a_wire_member() -> None:
    """Before, the added field (no wire name) made a stray ``KeyError`` on construction."""
    made = NotedTag(key="team", value="support", note="mine")
    assert made.note == "mine"
    assert tm.unstructure(made) == {"Key": "team", "Value": "support"}
    assert tm.check(made) == ()
    assert tm.structure({"Key": "team", "Value": "support"}, NotedTag) == NotedTag(
        key="team", value="support"
    )
    with pytest.raises(ValidationError) as refused:  # the shape's rules and bounds, as ever
        NotedTag(key="", value="support", note="mine")
    assert _paths_and_rules(refused.value.errors) == [("Key", None)]
