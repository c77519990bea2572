"""Error paths in wire names: ``Settings.MaxSpeakerLabels``, ``Tags[3].Key``, ``[en-US]``.

Also how a message shows a value it cannot trust: a map key or member name of any type, and an
integer of any size. Paths and messages are built from hostile input too, so nothing here calls
``repr`` on an arbitrary object (it may raise, recurse for ever or return megabytes) or ``str`` on
an int of more digits than Python will write (a ``ValueError`` past 4,300 by default).
"""

from __future__ import annotations


def join(prefix: str, path: str) -> str:
    """``path`` seen from one level up, where it sits under ``prefix``."""
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


def index(position: int) -> str:
    """The path segment of a list item."""
    return f"[{position}]"


# A map key longer than this is cut short in a path, so a 10 MB key makes a readable error.
_MAX_KEY_SHOWN = 200


#: Integers with more decimal digits than this are refused wherever a value is read: Python's
#: default limit on converting an int to text, past which ``str``, ``repr`` and ``json`` fail.
MAX_INT_DIGITS = 4300
#: ``10 ** MAX_INT_DIGITS``, made once (some 35 us): an int fits when it lies strictly within it.
INT_LIMIT: int = 10**MAX_INT_DIGITS


def int_fits(value: int) -> bool:
    """Whether ``value`` has at most ``MAX_INT_DIGITS`` digits (cheap: two comparisons)."""
    return -INT_LIMIT < value < INT_LIMIT


def digits(value: int) -> int:
    """How many decimal digits ``value`` has, without writing it out."""
    magnitude = abs(value)
    if magnitude == 0:
        return 1
    # log10(2) * bits is at most one short of the count; one comparison settles it.
    count = int((magnitude.bit_length() - 1) * 0.30102999566398120) + 1
    return count + 1 if magnitude >= 10**count else count


def shown_int(value: int) -> str:
    """An int as a message shows it: its digits, or how many there are when too many to write."""
    if int_fits(value):
        try:
            return int.__repr__(value)
        except ValueError:  # the caller lowered sys.set_int_max_str_digits
            pass
    return f"<an integer of {digits(value)} digits>"


def shown_key(name: object) -> str:
    """A map key or member name of any type as a message shows it, at most 200 characters.

    A string is shown as is, an int by ``shown_int``, ``None``, a bool or a float by its repr;
    anything else only by its type, since its ``repr`` is the caller's code.
    """
    if isinstance(name, str):
        text = str.__str__(name)
    elif type(name) is int:
        text = shown_int(name)
    elif name is None or type(name) is bool or type(name) is float:
        text = repr(name)
    else:
        text = f"<{type(name).__name__} object>"
    if len(text) > _MAX_KEY_SHOWN:
        text = f"{text[:_MAX_KEY_SHOWN]}..."
    return text


def key(name: object) -> str:
    """The path segment of a map entry, safe for a key of any type."""
    return f"[{shown_key(name)}]"
