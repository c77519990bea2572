"""Models: frozen all the way down, hashable, and checked when a caller builds one."""

import copy
import inspect
import threading
import typing
from datetime import UTC, datetime

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcribe_model import (
    FrozenMapping,
    LanguageCode,
    LanguageIdSettings,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    Tag,
    TranscriptionJob,
    ValidationError,
    structure,
)
from transcribe_model._spec import ALL_SHAPES


def _request(**overrides: object) -> StartTranscriptionJobRequest:
    fields: dict[str, object] = {
        "transcription_job_name": "job-1",
        "media": Media(media_file_uri="s3://bucket/a.wav"),
        "language_code": LanguageCode.EN_US,
    }
    fields.update(overrides)
    return StartTranscriptionJobRequest(**fields)  # type: ignore[arg-type]


def test_assigning_an_attribute_raises() -> None:
    """A model refuses attribute assignment after construction."""
    request = _request()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        request.transcription_job_name = "other"  # type: ignore[misc]


def test_lists_and_dicts_passed_in_are_frozen_copies() -> None:
    """A list becomes a tuple and a dict a FrozenMapping, so later mutation cannot leak in."""
    tags = [Tag(key="a", value="1")]
    context = {"purpose": "test"}
    request = _request(tags=tags, kms_encryption_context=context)
    tags.append(Tag(key="b", value="2"))
    context["purpose"] = "changed"
    assert request.tags == (Tag(key="a", value="1"),)
    assert isinstance(request.kms_encryption_context, FrozenMapping)
    assert request.kms_encryption_context == {"purpose": "test"}


def test_models_hash_and_compare_by_value() -> None:
    """Two equal requests, maps included, are equal and hash alike."""
    settings = {LanguageCode.EN_US: LanguageIdSettings(vocabulary_name="v")}
    first = _request(
        language_code=None,
        identify_language=True,
        language_options=(LanguageCode.EN_US, LanguageCode.EN_GB),
        language_id_settings=settings,
    )
    second = _request(
        language_code=None,
        identify_language=True,
        language_options=(LanguageCode.EN_US, LanguageCode.EN_GB),
        language_id_settings=dict(settings),
    )
    assert first == second
    assert hash(first) == hash(second)


def test_building_a_request_with_a_wrong_type_names_the_field() -> None:
    """A str where an int belongs is refused with the member's wire name in the path."""
    with pytest.raises(ValidationError) as caught:
        Settings(show_speaker_labels=True, max_speaker_labels="5")  # type: ignore[arg-type]
    assert [error.path for error in caught.value.errors] == ["MaxSpeakerLabels"]
    assert Settings(show_speaker_labels=True, max_speaker_labels=5).max_speaker_labels == 5


def test_a_plain_str_is_not_an_enum_value() -> None:
    """Construction refuses "en-US" as a str and accepts LanguageCode.EN_US."""
    with pytest.raises(ValidationError) as caught:
        _request(language_code="en-US")
    assert caught.value.errors[0].path == "LanguageCode"
    assert _request().language_code is LanguageCode.EN_US


def test_a_response_shape_built_in_python_is_held_to_types_only() -> None:
    """A TranscriptionJob past today's bounds can be built, and evolved, without error."""
    job = structure(
        {"TranscriptionJobName": "job", "Settings": {"MaxSpeakerLabels": 50}}, TranscriptionJob
    )
    evolved = attrs.evolve(job, failure_reason="none")
    assert evolved.settings == job.settings
    with pytest.raises(ValidationError):
        TranscriptionJob(creation_time=datetime(2020, 1, 1))  # naive: a wrong type
    assert TranscriptionJob(creation_time=datetime(2020, 1, 1, tzinfo=UTC)).creation_time


def test_unknown_members_given_in_python_are_frozen() -> None:
    """unknown_members passed as plain dicts and lists come back frozen and hashable."""
    request = _request(unknown_members={"NewMember": {"items": [1, 2]}})
    assert request.unknown_members == {"NewMember": {"items": (1, 2)}}
    assert hash(request)


def test_unknown_members_may_not_shadow_a_known_member() -> None:
    """A known wire name inside unknown_members is refused; a new name is accepted."""
    with pytest.raises(ValidationError) as caught:
        _request(unknown_members={"LanguageCode": "en-GB"})
    assert caught.value.errors[0].path == "LanguageCode"
    assert _request(unknown_members={"Brand-new": 1}).unknown_members == {"Brand-new": 1}


def test_threads_parsing_and_building_do_not_share_a_mode() -> None:
    """A thread parsing liberal responses and one building strict requests never mix modes."""
    failures: list[str] = []
    response = {
        "TranscriptionJobName": "job",
        "LanguageCode": "xx-XX",
        "Settings": {"MaxSpeakerLabels": 99},
    }
    bad_request = {
        "TranscriptionJobName": "job",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": "s3://b/k"},
        "Settings": {"MaxSpeakerLabels": 99},
    }

    def parse() -> None:
        for _ in range(300):
            job = structure(response, TranscriptionJob)
            if job.language_code != "xx-XX":
                failures.append("liberal parse lost the unknown value")

    def build() -> None:
        for _ in range(300):
            try:
                structure(bad_request, StartTranscriptionJobRequest)
            except ValidationError:
                continue
            failures.append("strict build accepted MaxSpeakerLabels 99")

    threads = [threading.Thread(target=parse), threading.Thread(target=build)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


_SHAPES = sorted(ALL_SHAPES, key=lambda cls: cls.__name__)


class _Other:
    """Anything else: equality with it is left to it (NotImplemented), as attrs does."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__


@pytest.mark.parametrize("cls", _SHAPES, ids=lambda cls: cls.__name__)
@settings(max_examples=15, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_eq_and_hash_are_attrs_own_over_every_member(cls: type, data: st.DataObject) -> None:
    """The generated ``__eq__``/``__hash__`` (written into ``_models.py``, eq=False for attrs)
    against attrs' definition: the same class and ``attrs.astuple`` equal, every member counted."""
    obj = data.draw(st.from_type(cls))
    twin = copy.copy(obj)
    assert obj == twin
    assert hash(obj) == hash(twin)
    assert not obj != twin  # noqa: SIM202 - __ne__ is what is held here
    assert obj.__eq__(_Other()) is NotImplemented
    assert obj == _Other()  # left to the other object, which says yes
    for field in attrs.fields(cls):  # each member, and unknown_members, takes part
        changed = copy.copy(obj)
        object.__setattr__(changed, field.name, _Different(getattr(obj, field.name)))
        by_attrs = attrs.astuple(changed, recurse=False) == attrs.astuple(obj, recurse=False)
        assert by_attrs is False
        assert changed != obj
    subclass = type(f"Sub{cls.__name__}", (cls,), {"__slots__": ()})
    other_class = copy.copy(obj)
    object.__setattr__(other_class, "__class__", subclass)
    assert other_class != obj
    assert obj != other_class


class _Different:
    """Equal to nothing but itself, so any member holding it differs from what it replaced."""

    def __init__(self, was: object) -> None:
        self.was = was

    def __eq__(self, other: object) -> bool:
        return other is self

    __hash__ = object.__hash__


@pytest.mark.parametrize("cls", _SHAPES, ids=lambda cls: cls.__name__)
def test_the_generated_init_takes_what_attrs_would(cls: type) -> None:
    """The ``__init__`` written into ``_models.py`` (attrs' init=False): one keyword-only
    parameter per field, in attrs' order, with the field's default, and list members frozen."""
    parameters = list(inspect.signature(cls).parameters.values())
    fields = attrs.fields(cls)
    assert [p.name for p in parameters] == [f.alias for f in fields]
    assert {p.kind for p in parameters} == {inspect.Parameter.KEYWORD_ONLY}
    for parameter, field in zip(parameters, fields, strict=True):
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert parameter.default is expected, field.name
    assert typing.get_type_hints(cls.__init__)  # every annotation resolves in its module


def test_the_generated_init_freezes_lists_and_checks() -> None:
    request = StartTranscriptionJobRequest(
        transcription_job_name="job-1",
        media=Media(media_file_uri="s3://bucket/a.wav"),
        language_code=LanguageCode.EN_US,
        tags=[Tag(key="a", value="b")],
    )
    assert request.tags == (Tag(key="a", value="b"),)
    with pytest.raises(ValidationError, match="TranscriptionJobName"):
        _request(transcription_job_name="no spaces")
