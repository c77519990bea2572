"""``_value.Value``, the base of the core's small values, against what attrs gave them before."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from transcribe_model._constraints import Count, Range, Text
from transcribe_model._spec import FieldSpec, MapT, ScalarT, TupleT

_bounds = st.none() | st.integers(-5, 5)


@given(shape=st.text(max_size=5), low=_bounds, high=_bounds, other=st.text(max_size=5))
def test_equality_and_hash_are_by_value(
    shape: str, low: int | None, high: int | None, other: str
) -> None:
    one, two = Count(shape, low, high), Count(shape, low, high)
    assert one == two
    assert not one != two  # noqa: SIM202 - __ne__ is what is held here
    assert hash(one) == hash(two)
    assert (Count(other, low, high) == one) is (other == shape)
    assert (Count(other, low, high) != one) is (other != shape)
    # Another class with the same values is not equal, as attrs' eq said.
    assert Range(shape, low, high) != Count(shape, low, high)
    assert Count(shape).__eq__(object()) is NotImplemented


def test_the_repr_is_the_one_attrs_wrote() -> None:
    assert repr(Count("RuleList", 1, 20)) == (
        "Count(shape='RuleList', min=1, max=20, item=None, key=None)"
    )
    assert repr(TupleT(ScalarT(str))) == "TupleT(item=ScalarT(py=<class 'str'>))"


def test_a_cache_slot_is_no_part_of_the_value() -> None:
    fresh, used = Text("Name", 1, 5, "[a-z]+"), Text("Name", 1, 5, "[a-z]+")
    assert used.accepts("abc")  # compiles and keeps the pattern
    assert fresh == used
    assert hash(fresh) == hash(used)
    assert "regex" not in repr(used)


@pytest.mark.parametrize(
    "value",
    [
        Text("Name", 1, 5, "[a-z]+"),
        Range("Score", 0, 1),
        Count("Map", 1, 10, item=Text("V"), key=Text("K", pattern="[a-z]")),
        MapT(ScalarT(str), TupleT(ScalarT(int))),
        FieldSpec("name", "Name", ScalarT(str), True, Text("Name", 1, 5)),
    ],
    ids=lambda value: type(value).__name__,
)
def test_values_are_frozen_and_copy_and_pickle(value: object) -> None:
    name = type(value).__slots__[0]  # type: ignore[attr-defined]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, name, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(value, name)
    for made in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert made == value
        assert type(made) is type(value)
    if isinstance(value, Text):  # a copy fills its cache again when it needs it
        assert pickle.loads(pickle.dumps(value)).accepts("abc")
        assert not pickle.loads(pickle.dumps(value)).accepts("abcdefg")
