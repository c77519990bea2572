"""Enums: strict when called, open to newer values through ``from_wire``."""

import copy
import pickle

import pytest

from transcribe_model import LanguageCode, TranscriptionJobStatus


def test_calling_the_class_with_an_unknown_value_raises() -> None:
    """LanguageCode("xx-XX") is a typo to catch; LanguageCode("en-US") is the member."""
    with pytest.raises(ValueError, match="xx-XX"):
        LanguageCode("xx-XX")
    assert LanguageCode("en-US") is LanguageCode.EN_US


def test_from_wire_returns_the_member_for_a_known_value() -> None:
    """A known value maps to its one member, which says it is known."""
    member = TranscriptionJobStatus.from_wire("COMPLETED")
    assert member is TranscriptionJobStatus.COMPLETED
    assert member.is_known


def test_an_unknown_value_keeps_its_string_and_type() -> None:
    """An unknown pseudo-member is an instance of the enum that equals and hashes as its str."""
    value = LanguageCode.from_wire("xx-XX")
    assert isinstance(value, LanguageCode)
    assert value == "xx-XX"
    assert hash(value) == hash("xx-XX")
    assert {value: 1}["xx-XX"] == 1
    assert value.value == "xx-XX"
    assert type(value.value) is str
    assert not value.is_known
    assert value != LanguageCode.EN_US
    assert "unknown" in repr(value)


def test_an_unknown_value_survives_pickle_and_copy() -> None:
    """Pickling and deep-copying an unknown pseudo-member keep its value."""
    value = LanguageCode.from_wire("xx-XX")
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value


def test_known_members_hash_as_their_string() -> None:
    """A member and its wire string are interchangeable as dict keys."""
    assert {"en-US": 1}[LanguageCode.EN_US] == 1
    assert hash(LanguageCode.EN_US) == hash("en-US")
