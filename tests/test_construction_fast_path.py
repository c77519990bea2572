"""The generated ``__init__``'s common case: an instance of exactly the generated class, filled
as its twin (``_generated_support.twin_of``) and checked by ``_construction.construction_hook``.

It must be the same construction as the general one (slot setters, ``__attrs_post_init__``,
``_construction.on_construct``) in all that can be seen, and never let the twin be seen.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any, overload

import attrs
import pytest

from transcribe_model import (
    LanguageCode,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    Tag,
    ValidationError,
    check,
)
from transcribe_model._check import CHECKED, FAST_CHECKS
from transcribe_model._frozen import FrozenMapping
from transcribe_model._generated_support import _TWINS, CONSTRUCTORS, twin_of


def _request(**changes: Any) -> StartTranscriptionJobRequest:
    given: dict[str, Any] = {
        "transcription_job_name": "job-1",
        "language_code": LanguageCode.EN_US,
        "media": Media(media_file_uri="s3://bucket/key.wav"),
        "output_bucket_name": "bucket",
        "output_key": "out/key.json",
        "settings": Settings(show_speaker_labels=True, max_speaker_labels=4),
        "tags": (Tag(key="team", value="support"),),
        **changes,
    }
    return StartTranscriptionJobRequest(**given)


def _twins() -> set[type]:
    return set(_TWINS.values())


def _error_paths(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(violation.path, violation.message) for violation in exc.value.errors]


# --- the common case is the general construction ------------------------------------------------


def test_a_built_request_is_of_its_class_and_marked_clean() -> None:
    request = _request()
    assert type(request) is StartTranscriptionJobRequest
    assert request.unknown_members is CHECKED[0]
    assert request.tags is not None
    assert type(request.tags[0]) is Tag
    assert request.tags[0].unknown_members is CHECKED[0]
    assert check(request) == ()


def _general(**given: Any) -> StartTranscriptionJobRequest:
    """Built the general way: unknown members given (empty, so frozen to EMPTY) are not the
    common case, so ``__init__`` stores through the slot setters and calls
    ``__attrs_post_init__``."""
    return StartTranscriptionJobRequest(**given, unknown_members={})


def _outcome(build: Any, given: dict[str, Any]) -> Any:
    """What ``build(**given)`` makes, or the violations it is refused with."""
    try:
        return build(**given)
    except ValidationError as exc:
        return [(v.path, v.message, v.severity, v.rule) for v in exc.errors]


def _same_outcome(**given: Any) -> None:
    """The common case and the general path agree: the same errors, messages, paths and
    severities, or equal members, both marked clean."""
    fast = _outcome(StartTranscriptionJobRequest, given)
    slow = _outcome(_general, given)
    if isinstance(fast, list):
        assert fast
        assert fast == slow
        return
    assert attrs.asdict(fast, recurse=False) == attrs.asdict(slow, recurse=False)
    assert fast.unknown_members is slow.unknown_members is CHECKED[0]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"transcription_job_name": "bad name!"},
        {"transcription_job_name": 7},
        {"media": "s3://bucket/key.wav"},
        {"output_bucket_name": None},  # a rule: OutputKey needs OutputBucketName
        {"language_code": None},  # a rule: no language source
        {"tags": [Tag(key="a", value="1"), Tag(key="a", value="2")]},  # a rule, and a list in
        {"tags": "not a list"},
        {"tags": ()},
        {"media_sample_rate_hertz": 3},
        {"identify_language": True, "language_code": None, "language_options": ["en-US"]},
    ],
)
def test_the_common_case_agrees_with_the_general_path(changes: dict[str, Any]) -> None:
    base: dict[str, Any] = {
        "transcription_job_name": "job-1",
        "language_code": LanguageCode.EN_US,
        "media": Media(media_file_uri="s3://bucket/key.wav"),
        "output_bucket_name": "bucket",
        "output_key": "out/key.json",
    }
    _same_outcome(**{**base, **changes})


def test_errors_are_refused_with_every_violation() -> None:
    with pytest.raises(ValidationError) as exc:
        _request(transcription_job_name="", output_bucket_name=None, language_code=None)
    assert {path for path, _ in _error_paths(exc)} == {
        "TranscriptionJobName",
        "LanguageCode",
        "OutputKey",
    }
    assert ("OutputKey", "needs OutputBucketName") in _error_paths(exc)


def test_a_list_member_is_kept_as_a_tuple() -> None:
    tag = Tag(key="team", value="support")
    request = _request(tags=[tag])
    assert request.tags == (tag,)
    assert type(request.tags) is tuple
    given = (tag,)
    assert _request(tags=given).tags is given  # a tuple is kept as it is

    class Tags(tuple[Tag, ...]):
        pass

    made = _request(tags=Tags(given)).tags
    assert type(made) is tuple  # a tuple subclass still goes through the converter
    assert made == given


# --- what the common case leaves to the general path --------------------------------------------


def test_unknown_members_are_kept_and_frozen() -> None:
    tag = Tag(key="team", value="x", unknown_members={"Future": [1, {"a": 2}]})
    assert type(tag) is Tag
    assert type(tag.unknown_members) is FrozenMapping
    assert tag.unknown_members == {"Future": (1, FrozenMapping({"a": 2}))}


def test_unknown_members_given_empty_are_the_clean_mark() -> None:
    tag = Tag(key="team", value="x", unknown_members={})
    assert tag.unknown_members is CHECKED[0]  # frozen to EMPTY, then found clean
    with pytest.raises(ValidationError):
        Tag(key="", value="x", unknown_members={})


def test_a_map_member_is_frozen() -> None:
    request = _request(kms_encryption_context={"purpose": "test"})
    assert type(request) is StartTranscriptionJobRequest
    assert type(request.kms_encryption_context) is FrozenMapping
    assert request.kms_encryption_context == {"purpose": "test"}


def test_a_bad_map_member_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        _request(kms_encryption_context={"purpose": ""})
    assert [path for path, _ in _error_paths(exc)] == ["KMSEncryptionContext[purpose]"]


# --- subclasses -----------------------------------------------------------------------------------


def test_a_plain_subclass_is_built_and_checked_the_general_way() -> None:
    class MyTag(Tag):
        pass

    tag = MyTag(key="team", value="support")
    assert type(tag) is MyTag
    assert (tag.key, tag.value) == ("team", "support")
    with pytest.raises(ValidationError) as exc:
        MyTag(key="team", value="x" * 300)
    assert [path for path, _ in _error_paths(exc)] == ["Value"]
    assert MyTag not in CONSTRUCTORS


def test_a_subclass_keeps_its_own_post_init() -> None:
    seen: list[object] = []

    class Watched(Tag):
        def __attrs_post_init__(self) -> None:
            seen.append(self)
            super().__attrs_post_init__()

    tag = Watched(key="team", value="support")
    assert seen == [tag]
    with pytest.raises(ValidationError):
        Watched(key="", value="support")
    assert len(seen) == 2


def test_an_attrs_subclass_is_checked() -> None:
    @attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
    class CallersSettings(Settings):
        pass

    with pytest.raises(ValidationError) as exc:
        CallersSettings(show_speaker_labels=True, max_speaker_labels=100)
    assert [path for path, _ in _error_paths(exc)] == ["MaxSpeakerLabels"]
    with pytest.raises(ValidationError) as exc:  # its shape's rules too
        CallersSettings(max_speaker_labels=4)
    assert [path for path, _ in _error_paths(exc)] == ["MaxSpeakerLabels"]
    made = CallersSettings(show_speaker_labels=True, max_speaker_labels=4)
    assert type(made) is CallersSettings


# --- the twin is never seen -----------------------------------------------------------------------


class _Boom(BaseException):
    """Not an Exception: ``as_tuple`` lets it through, so ``__init__`` raises part way."""


class _Exploding(Sequence[Tag]):
    """A sequence that raises while ``__init__`` converts it."""

    @overload
    def __getitem__(self, index: int) -> Tag: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Tag]: ...
    def __getitem__(self, index: int | slice) -> Tag | Sequence[Tag]:
        raise _Boom

    def __len__(self) -> int:
        raise _Boom

    def __iter__(self) -> Iterator[Tag]:
        raise _Boom


def _frame_locals(tb: TracebackType | None) -> Iterator[object]:
    while tb is not None:
        yield from tb.tb_frame.f_locals.values()
        tb = tb.tb_next


def test_an_init_that_raises_part_way_leaves_no_twin_in_its_frames() -> None:
    with pytest.raises(_Boom) as exc:
        _request(tags=_Exploding())
    found = list(_frame_locals(exc.tb))
    assert any(type(value) is StartTranscriptionJobRequest for value in found)  # the half object
    assert not [value for value in found if type(value) in _twins()]


def test_a_refused_object_is_of_its_class_in_the_traceback() -> None:
    with pytest.raises(ValidationError) as exc:
        _request(transcription_job_name="")
    found = list(_frame_locals(exc.tb))
    assert any(type(value) is StartTranscriptionJobRequest for value in found)
    assert not [value for value in found if type(value) in _twins()]


def test_the_checks_and_rules_see_the_class_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type] = []
    real = FAST_CHECKS[Settings]

    def spy(obj: Any, path: str, found: Any, response: bool) -> bool:
        seen.append(type(obj))
        return real(obj, path, found, response)

    monkeypatch.setitem(FAST_CHECKS, Settings, spy)
    Settings(show_speaker_labels=True, max_speaker_labels=4)
    with pytest.raises(ValidationError):
        Settings(show_speaker_labels=True)
    assert seen == [Settings, Settings]


def test_no_twin_instance_is_left_anywhere() -> None:
    for _ in range(3):
        _request()
        with pytest.raises(ValidationError):
            _request(transcription_job_name="")
        with pytest.raises(_Boom):
            _request(tags=_Exploding())
    gc.collect()
    twins = _twins()
    assert not [obj for obj in gc.get_objects() if type(obj) in twins]


def test_constructors_share_the_converters_twin() -> None:
    twin, _hook = CONSTRUCTORS[Tag]
    assert twin is twin_of(Tag)
    assert twin.__basicsize__ == Tag.__basicsize__


def test_the_fast_path_keeps_equality_hash_and_pickling() -> None:
    import copy
    import pickle

    request = _request()
    given = {f.name: getattr(request, f.name) for f in attrs.fields(StartTranscriptionJobRequest)}
    slow = _general(**{name: value for name, value in given.items() if name != "unknown_members"})
    assert slow == request
    assert pickle.loads(pickle.dumps(request)) == request
    assert copy.deepcopy(request) == request
    assert attrs.evolve(request, output_key="other.json").output_key == "other.json"
    assert hash(request) == hash(copy.copy(request))
