"""What ``transcribe-model`` may write to a terminal: text that cannot crash or steer it.

Strings reach the output from places the command does not control: the service's answers
(a job name, a FailureReason, an error message), and the member names and map keys of the files
it checks. Any of them may hold a control character (``ESC [ 2 J`` clears a screen, ``ESC ] 8``
makes a link, ``CR`` overwrites a line) or a lone surrogate, which no encoding can write.
Everything printed goes through one of these:

- ``printable``: for text and tables. Every control character (C0, DEL, C1), every lone
  surrogate and the line and paragraph separators become a Python-style escape (``\\x1b``,
  ``\\udc80``), so a value stays readable and on its line.
- ``json_for_terminal``: for JSON output. The same characters become JSON escapes
  (``\\u001b``), so the output is still JSON that means the same value.

``harden_streams`` is the backstop: standard output and error write what their encoding
cannot hold as backslash escapes, instead of raising ``UnicodeEncodeError``.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from typing import Final

# C0 controls, DEL, C1 controls, surrogates, and U+2028/U+2029 (line breaks to some programs).
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_UNSAFE_KEEPING_NEWLINES: Final = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"
)


def _python_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every character that could steer a terminal, or fail to encode, escaped.

    ``keep_newlines`` keeps ``\\n`` as it is, for messages of several lines; a ``\\r`` is
    still escaped, so no line can be overwritten.
    """
    pattern = _UNSAFE_KEEPING_NEWLINES if keep_newlines else _UNSAFE
    return pattern.sub(_python_escape, text)


def json_for_terminal(text: str) -> str:
    """JSON text (as ``json.dumps(..., ensure_ascii=False)`` writes it) with the characters
    ``printable`` escapes written as JSON ``\\u`` escapes.

    Outside strings JSON holds none of them but the whitespace between tokens (``\\n``, and
    ``\\t``, ``\\r`` which ``json.dumps`` never writes there), so ``\\n`` is kept and every
    other match is inside a string, where the escape means the same character.
    """
    return _UNSAFE_KEEPING_NEWLINES.sub(_json_escape, text)


def harden_streams() -> None:
    """Make standard output and error write unencodable characters as escapes, not raise."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            # A closed or detached stream cannot be reconfigured, nor written to.
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")
