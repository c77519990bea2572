"""The ``only_with`` promises of the registered rules, and the fast checks that trust them.

A rule registered with ``only_with=(members...)`` promises to find nothing while every one of
those members is None, and the generated fast checks then skip it for such an object. Held
here: on objects of every guarded shape drawn by the public strategies, the same objects with
the guard's members taken away make the rule find nothing (while the general walk, which calls
every rule, is compared with the fast checks in ``test_fast_checks.py``); a misspelt member is
refused at registration; and a guarded rule is really not called when its members are absent,
and is when one is given.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcribe_model import Settings, Tag, VocabularyFilterMethod, check
from transcribe_model._errors import Violation
from transcribe_model._registry import (
    _REQUEST_RULES,
    _REQUEST_RUNNERS,
    only_with,
    registered_request_rules,
    registered_response_checks,
    request_rule,
)
from transcribe_model._spec import ALL_SHAPES

assert ALL_SHAPES  # every family imported: every rule registered

GUARDED = sorted(
    (
        (shape, rule)
        for table in (registered_request_rules(), registered_response_checks())
        for shape, rules in table.items()
        for rule in rules
        if only_with(rule)
    ),
    key=lambda pair: (pair[0].__name__, pair[1].__name__),
)


def test_the_rules_of_the_benchmarked_request_are_guarded() -> None:
    # Not a vacuous suite: the guards this file holds exist.
    names = {rule.__name__ for _, rule in GUARDED}
    assert {"max_speaker_labels_need_speaker_labels", "tag_keys_are_distinct"} <= names


@pytest.mark.parametrize(
    ("shape", "rule"), GUARDED, ids=[f"{s.__name__}-{r.__name__}" for s, r in GUARDED]
)
@settings(max_examples=40, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_rule_finds_nothing_without_its_members(shape: type, rule: Any, data: Any) -> None:
    obj = copy.copy(data.draw(st.from_type(shape)))
    for attribute in only_with(rule):
        object.__setattr__(obj, attribute, None)  # past the frozen class, as a parse may leave it
    assert list(rule(obj)) == []


def test_a_misspelt_member_is_refused_at_registration() -> None:
    with pytest.raises(ValueError, match="Tag has no member 'vaule'"):
        request_rule(Tag, only_with=("vaule",))
    request_rule(Tag, only_with=("value",))  # its neighbour: a decorator, not yet applied


@pytest.fixture
def restored_settings_rules() -> Iterator[None]:
    rules = _REQUEST_RULES[Settings]
    yield
    _REQUEST_RULES[Settings] = rules
    _REQUEST_RUNNERS.pop(Settings, None)  # made again from the rules on its next check


@pytest.mark.usefixtures("restored_settings_rules")
def test_a_guarded_rule_is_called_only_when_its_member_is_given() -> None:
    calls: list[Settings] = []

    @request_rule(Settings, only_with=("max_alternatives",))
    def spy(settings: Settings) -> Iterator[Violation]:
        calls.append(settings)
        return iter(())

    assert check(Settings(show_speaker_labels=True, max_speaker_labels=2)) == ()
    assert calls == []
    assert check(Settings(show_alternatives=True, max_alternatives=2)) == ()
    assert len(calls) >= 1


@pytest.mark.usefixtures("restored_settings_rules")
def test_a_guard_of_several_members_runs_its_rule_when_any_of_them_is_given() -> None:
    calls: list[Settings] = []
    assert check(Settings(show_speaker_labels=True, max_speaker_labels=2)) == ()  # runner made

    @request_rule(Settings, only_with=("max_alternatives", "vocabulary_filter_name"))
    def spy(settings: Settings) -> Iterator[Violation]:
        calls.append(settings)
        return iter(())

    assert check(Settings(show_speaker_labels=True, max_speaker_labels=2)) == ()
    assert calls == []
    assert check(Settings(show_alternatives=True, max_alternatives=2)) == ()
    assert {settings.max_alternatives for settings in calls} == {2}  # (built, then checked)
    calls.clear()
    mask = VocabularyFilterMethod.MASK
    assert check(Settings(vocabulary_filter_name="f", vocabulary_filter_method=mask)) == ()
    assert {settings.vocabulary_filter_name for settings in calls} == {"f"}
