"""The generated fast checks (``<family>/_checks.py``) against the general walk of ``_check``.

``check()`` asks a class's generated fast check first and falls back to the general walk when
it declines. The fast check may decline too often (that only costs time) but must never accept
what the walk would refuse, nor report rules differently. Held here, for every shape, on
objects drawn valid and on the same objects with one member, at any depth, replaced by a
value of the wrong type or outside its constraint: ``check`` and the reference agree violation
for violation (paths, messages, rules, order), and so do the types-only checks. And the fast
path is really taken: a clean object of every shape is answered without the walk.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcribe_model import WireModel
from transcribe_model._check import (
    FAST_CHECKS,
    check,
    general_check,
    general_type_violations,
    type_violations,
)
from transcribe_model._frozen import FrozenMapping
from transcribe_model._spec import ALL_SHAPES, field_specs

F = TypeVar("F", bound=Callable[..., Any])
SHAPES = sorted(ALL_SHAPES, key=lambda cls: cls.__name__)


def share(fraction: float) -> Callable[[F], F]:
    """Run ``fraction`` of the profile's examples (at least five)."""
    examples = max(5, int(settings.default.max_examples * fraction))
    return settings(max_examples=examples, suppress_health_check=list(HealthCheck))


class Text(str):
    """A str subclass: the walk accepts it, the fast check leaves it to the walk."""


# Values that break a member: wrong types, values out of any bound, the odd corners.
BAD_VALUES: tuple[object, ...] = (
    "",
    "x" * 3000,
    "no spaces allowed here? \n",
    Text("s3://bucket/key"),
    -1,
    0,
    10**6,
    10**5000,
    1.5,
    float("nan"),
    float("inf"),
    True,
    False,
    b"bytes",
    (),
    ("a",) * 200,
    ({"not": "a model"},),
    FrozenMapping({}),
    FrozenMapping({"k": "v"}),
    {"a": 1},
    datetime(2026, 1, 1),  # naive
    datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=5))),
    object(),
)


def models_in(obj: WireModel) -> list[WireModel]:
    """``obj`` and every model under it, depth first."""
    found = [obj]
    for spec in field_specs(type(obj)):
        value = getattr(obj, spec.name)
        values = value if isinstance(value, tuple) else (value,)
        if isinstance(value, FrozenMapping):
            values = tuple(value.values())
        for element in values:
            if isinstance(element, WireModel):
                found += models_in(element)
    return found


def assert_same(obj: WireModel) -> None:
    assert check(obj) == general_check(obj)
    assert type_violations(obj) == general_type_violations(obj)


@pytest.mark.parametrize("cls", SHAPES, ids=lambda cls: cls.__name__)
@share(0.04)
@given(data=st.data())
def test_fast_checks_agree_with_the_walk(cls: type[WireModel], data: st.DataObject) -> None:
    # A copy: the strategies may hand out the same nested object again, and it is changed below.
    obj = copy.deepcopy(data.draw(st.from_type(cls)))
    assert_same(obj)
    # Every member of every model in the tree replaced in turn by bad values (past the frozen
    # class), and put back: None and a handful of the others, chosen by a drawn seed.
    chosen = random.Random(data.draw(st.integers(0, 2**32))).sample
    for target in models_in(obj):
        for spec in field_specs(type(target)):
            kept = getattr(target, spec.name)
            for bad in (None, *chosen(BAD_VALUES, 6)):
                object.__setattr__(target, spec.name, bad)
                assert_same(obj)
            object.__setattr__(target, spec.name, kept)


@pytest.mark.parametrize("cls", SHAPES, ids=lambda cls: cls.__name__)
@share(0.05)
@given(data=st.data())
def test_unknown_members_leave_it_to_the_walk(cls: type[WireModel], data: st.DataObject) -> None:
    obj = copy.deepcopy(data.draw(st.from_type(cls)))
    target = data.draw(st.sampled_from(models_in(obj)))
    names = [spec.wire for spec in field_specs(type(target))] or ["Anything"]
    name = data.draw(st.sampled_from([*names, "NewerMember"]))
    object.__setattr__(target, "unknown_members", FrozenMapping({name: 1}))
    assert not FAST_CHECKS[cls](obj, "", [], False)
    assert_same(obj)


@pytest.mark.parametrize("cls", SHAPES, ids=lambda cls: cls.__name__)
@share(0.05)
@given(data=st.data())
def test_a_clean_object_is_answered_fast(cls: type[WireModel], data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    reference = general_check(obj)
    walk_would_object = any(
        violation.rule in (None, "union_has_exactly_one_member") for violation in reference
    )
    found: list[Any] = []
    assert FAST_CHECKS[cls](obj, "", found, False) is not walk_would_object
    if not walk_would_object:
        assert tuple(found) == reference


def test_a_copy_with_a_subclass_value_is_walked_and_still_clean() -> None:
    from transcribe_model import Media

    media = Media(media_file_uri="s3://bucket/key.wav")
    odd = copy.copy(media)
    object.__setattr__(odd, "media_file_uri", Text("s3://bucket/key.wav"))
    assert not FAST_CHECKS[Media](odd, "", [], False)
    assert check(odd) == general_check(odd) == ()


@pytest.mark.usefixtures("restored_tag_rules")
def test_a_rule_registered_later_is_seen_by_a_fast_check_made_earlier() -> None:
    from transcribe_model import Tag

    tag = Tag(key="team", value="")
    assert check(tag) == ()  # the fast check of Tag is made now
    _warn_on_empty_tag_values()
    assert [v.rule for v in check(tag)] == ["tag_values_are_not_empty"]
    assert check(tag) == general_check(tag)


def test_a_subclass_outside_the_library_is_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys
    import types

    from transcribe_model import Tag, ValidationError

    # A caller's package, which might have a `_checks` module: it must not be imported.
    package = types.ModuleType("callers_app")
    package.__path__ = []
    monkeypatch.setitem(sys.modules, "callers_app", package)
    imported: list[str] = []
    real_import = importlib.import_module

    def spy(name: str, package: str | None = None) -> types.ModuleType:
        imported.append(name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", spy)

    @attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
    class CallersTag(Tag):
        pass

    CallersTag.__module__ = "callers_app.models"
    with pytest.raises(ValidationError) as refused:
        CallersTag(key="team", value="x" * 300)
    assert [violation.path for violation in refused.value.errors] == ["Value"]
    good = CallersTag(key="team", value="x")
    assert check(good) == general_check(good) == ()
    assert not FAST_CHECKS[CallersTag](good, "", [], False)
    assert not [name for name in imported if name.startswith("callers_app")]


# --- a tree built bottom-up is checked once ------------------------------------------------------


def _settings() -> Any:
    from transcribe_model import Settings

    return Settings(show_speaker_labels=True, max_speaker_labels=4)


def _request(settings: Any, tags: Any = ()) -> Any:
    from transcribe_model import LanguageCode, Media, StartTranscriptionJobRequest

    return StartTranscriptionJobRequest(
        transcription_job_name="job",
        language_code=LanguageCode.EN_US,
        media=Media(media_file_uri="s3://bucket/key.wav"),
        settings=settings,
        tags=tags or None,
    )


def test_a_child_built_clean_is_not_checked_again_by_its_parent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from transcribe_model import Settings

    settings = _settings()  # checked now, and found clean
    calls: list[object] = []
    real = FAST_CHECKS[Settings]

    def counting(obj: Any, path: str, found: Any, response: bool) -> bool:
        calls.append(obj)
        return real(obj, path, found, response)

    monkeypatch.setitem(FAST_CHECKS, Settings, counting)
    request = _request(settings)
    assert calls == []  # the parent's check skipped it
    assert check(request) == general_check(request) == ()
    # A copy (deepcopy, pickle) carries no mark: it is checked again, and found as clean.
    copied = copy.deepcopy(request)
    assert check(copied) == ()
    assert [obj for obj in calls if obj is copied.settings] == [copied.settings]


def test_the_mark_is_invisible() -> None:
    import pickle

    from transcribe_model import unstructure

    marked, plain = _settings(), copy.deepcopy(_settings())
    assert marked.unknown_members is not plain.unknown_members
    assert marked == plain
    assert hash(marked) == hash(plain)
    assert repr(marked) == repr(plain)
    assert (
        unstructure(marked)
        == unstructure(plain)
        == {
            "ShowSpeakerLabels": True,
            "MaxSpeakerLabels": 4,
        }
    )
    assert pickle.loads(pickle.dumps(marked)) == marked
    assert dict(marked.unknown_members) == {}


def _warn_on_empty_tag_values() -> Any:
    from transcribe_model import Tag
    from transcribe_model._errors import Violation
    from transcribe_model._registry import request_rule

    @request_rule(Tag, reads=("Value",))
    def tag_values_are_not_empty(obj: Tag) -> Any:
        if obj.value == "":
            yield Violation(
                path="Value",
                message="is empty",
                rule="tag_values_are_not_empty",
                severity="warning",
            )

    return tag_values_are_not_empty


@pytest.fixture
def restored_tag_rules() -> Any:
    from transcribe_model import Tag
    from transcribe_model._registry import _REQUEST_RULES, _REQUEST_RUNNERS

    before = _REQUEST_RULES.get(Tag)
    yield
    if before is None:
        _REQUEST_RULES.pop(Tag, None)
    else:
        _REQUEST_RULES[Tag] = before
    _REQUEST_RUNNERS.pop(Tag, None)  # made again from the rules on its next check


@pytest.mark.usefixtures("restored_tag_rules")
def test_a_rule_registered_after_a_child_was_built_is_run_on_it() -> None:
    from transcribe_model import Tag

    tag = Tag(key="team", value="")  # marked clean under the rules of its day
    _warn_on_empty_tag_values()
    request = _request(_settings(), tags=[tag])
    found = check(request)
    assert [(v.path, v.rule) for v in found] == [("Tags[0].Value", "tag_values_are_not_empty")]
    assert found == general_check(request)


@pytest.mark.usefixtures("restored_tag_rules")
def test_a_child_evolved_into_a_warning_carries_no_mark() -> None:
    """attrs.evolve copies unknown_members, mark and all: the new object must not keep it."""
    from transcribe_model import Tag
    from transcribe_model._check import CHECKED

    _warn_on_empty_tag_values()
    tag = Tag(key="team", value="sales")
    assert tag.unknown_members is CHECKED[0]
    changed = attrs.evolve(tag, value="")  # built, with a warning: no mark
    assert changed.unknown_members is not CHECKED[0]
    request = _request(_settings(), tags=[changed])
    assert [v.path for v in check(request)] == ["Tags[0].Value"]
    assert check(request) == general_check(request)
