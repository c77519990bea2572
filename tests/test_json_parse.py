"""msgspec's JSON decoder under ``from_json`` and the transcript reader, against the stdlib's.

``_json_parse.parse`` asks msgspec first and the stdlib parse on any refusal. Held here: on
drawn JSON texts (huge integers, -0.0, floats at the edges, every escape, lone surrogates,
duplicate keys, any indent) and on the same texts damaged at random, whatever msgspec accepts
the stdlib accepts too, with exactly the same value (types, key order, the sign of zero); and
what it refuses reaches the stdlib parse, so ``from_json`` words errors as it did.
"""

from __future__ import annotations

import json
import math
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transcribe_model as tm
from transcribe_model import _api, _json_parse

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**17, max_value=10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec=None, exclude_categories=()))
    | st.sampled_from(["", "\x00", "\u2028", "\ud800", "\udc00\ud800", "😀", "é"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)

DAMAGE = [
    "",
    " ",
    "\t",
    "\x0c",
    "\ufeff",
    ",",
    "]",
    "}",
    "{",
    "[",
    '"',
    "\\",
    "NaN",
    "-",
    "e9",
    "Infinity",
    "1e400",
    "0",
    "\\ud800",
    "\x01",
    "'",
    "null",
    "tru",
]


def same(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down, in the same key order, -0.0 not 0.0."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b) and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, list):
        other: list[object] = b  # type: ignore[assignment]
        return len(a) == len(other) and all(same(x, y) for x, y in zip(a, other, strict=True))
    if isinstance(a, dict):
        mine, theirs = list(a.items()), list(b.items())  # type: ignore[attr-defined]
        return len(mine) == len(theirs) and all(
            ka == kb and same(va, vb) for (ka, va), (kb, vb) in zip(mine, theirs, strict=True)
        )
    return a == b


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    text = json.dumps(
        draw(JSON_VALUES),
        ensure_ascii=draw(st.booleans()),
        indent=draw(st.sampled_from([None, 0, 2, 4, "\t"])),
    )
    if draw(st.booleans()):  # a duplicate key, which both read as the last one given
        text = text.replace("{", '{"k": 1, "k": [2],', 1) if "{}" not in text else text
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 3))
        text = text[:at] + draw(st.sampled_from(DAMAGE)) + text[at + cut :]
    return text


@settings(max_examples=400)
@given(text=json_texts(), as_bytes=st.booleans())
def test_what_msgspec_accepts_the_stdlib_reads_the_same(text: str, as_bytes: bool) -> None:
    source: str | bytes = text.encode("utf-8", "surrogatepass") if as_bytes else text
    try:
        fast = msgspec.json.decode(source)
    except Exception:
        return  # refused: parse() hands it to the stdlib, checked below
    assert same(fast, json.loads(source))


@settings(max_examples=200)
@given(text=json_texts())
def test_parse_is_the_stdlib_parse_for_every_text(text: str) -> None:
    def outcome(run: Any) -> tuple[str, object]:
        try:
            return ("ok", run())
        except Exception as exc:
            return ("error", f"{type(exc).__name__}: {exc}")

    ours = outcome(lambda: _json_parse.parse(text, json.loads))
    reference = outcome(lambda: json.loads(text))
    assert ours[0] == reference[0]
    assert same(ours[1], reference[1]) if ours[0] == "ok" else ours == reference


def test_from_json_s_general_way_takes_msgspec_for_a_job(monkeypatch: pytest.MonkeyPatch) -> None:
    """The general way (whatever the typed fast way of ``_json_fast`` declines) parses with
    msgspec too."""
    text = tm.to_json(
        tm.TranscriptionJob(transcription_job_name="a", media_sample_rate_hertz=10**30)
    )
    calls: list[object] = []
    decode = _json_parse._fast()
    assert decode is not None

    def counting(source: str | bytes) -> object:
        calls.append(source)
        return decode(source)

    monkeypatch.setattr(_json_parse, "_fast", lambda: counting)
    job = _api._general_from_json(text, tm.TranscriptionJob, None)
    assert calls == [text]
    assert job.media_sample_rate_hertz == 10**30  # a big integer stays an integer


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"MediaSampleRateHertz": NaN}', "is not valid JSON: NaN is not a number JSON allows"),
        ('{"IdentifiedLanguageScore": 1e400}', "is not valid JSON: 1e400 is out of range"),
        ('{"TranscriptionJobName": "a"', "is not valid JSON: Expecting ',' delimiter"),
        ("[" * 100_000, "nests too deeply to parse"),
    ],
)
def test_what_msgspec_refuses_is_worded_by_the_stdlib_parse(text: str, message: str) -> None:
    with pytest.raises(tm.ValidationError) as raised:
        tm.from_json(text, tm.TranscriptionJob)
    assert raised.value.errors[0].message.startswith(message)


def test_a_lone_surrogate_reaches_the_stdlib_and_is_kept() -> None:
    text = '{"TranscriptionJobName": "a", "FailureReason": "\\ud800"}'
    assert tm.from_json(text, tm.TranscriptionJob).failure_reason == "\ud800"
