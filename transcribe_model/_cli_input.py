"""How ``transcribe-model`` reads a FILE: bounded, never blocking on a FIFO, JSON or YAML.

Every command that reads a document (``check`` and ``start``) comes through ``read_document``,
so the same limits hold everywhere:

- ``-`` is standard input; any other FILE must be a regular file. A FIFO, a device
  (``/dev/zero``) or a directory is refused before a byte is read: opening is non-blocking, so
  a FIFO with no writer cannot hang the command.
- At most ``MAX_BYTES`` are read, from a file or from standard input.
- JSON is held to the JSON grammar: ``NaN``, ``Infinity`` and numbers out of a float's range
  (``1e400``) are refused, as the AWS CLI refuses them, so they end as "not JSON" rather than
  as a violation of the shape.
- A FILE named ``*.yaml`` / ``*.yml`` (or any file, with ``--input-format yaml``) is YAML as
  ``aws ... --cli-input-yaml`` reads it, loaded with ``yaml.safe_load`` only. Timestamps stay
  strings (as in JSON), and what JSON cannot hold (non-string keys, binary, sets, non-finite
  floats) is refused. Aliases are followed with a budget of ``MAX_NODES`` values, so an alias
  bomb ends as an error instead of filling memory.

Whatever is refused raises ``Unreadable``: the caller's exit status 2.
"""

from __future__ import annotations

import json
import math
import os
import stat
import sys
from collections.abc import Mapping
from datetime import date
from typing import Any, Final, Literal, NoReturn, cast

from transcribe_model._json_parse import finite_float, refuse_constant

#: The most a FILE may hold: far above any request or listing, far below a machine's memory.
MAX_BYTES: Final = 16 * 1024 * 1024
#: The most values a YAML document may expand to once its aliases are followed.
MAX_NODES: Final = 1_000_000

InputFormat = Literal["auto", "json", "yaml"]


class Unreadable(Exception):
    """A FILE could not be read as a document: missing, not a regular file, too big, not JSON
    or YAML. Its message says which, and is what the command prints."""


def read_bytes(source: str) -> bytes:
    """The bytes of ``source`` (``-`` for standard input), at most ``MAX_BYTES``.

    Raises:
        Unreadable: Missing, unreadable, not a regular file, or too big.
    """
    if source == "-":
        return _read_stdin()
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise Unreadable(_os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"not a regular file ({_kind(info.st_mode)}); use - for a pipe")
        if info.st_size > MAX_BYTES:
            _too_big()
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        _too_big()
    return data


def _read_stdin() -> bytes:
    stdin: Any = sys.stdin
    if stdin is None or getattr(stdin, "closed", False):
        raise Unreadable("standard input is closed")
    try:
        stream = getattr(stdin, "buffer", None)
        if stream is not None:
            data: bytes = stream.read(MAX_BYTES + 1)
        else:  # a text stream standing in for stdin (tests, embedding programs)
            text: str = stdin.read(MAX_BYTES + 1)
            data = text.encode("utf-8", "surrogatepass")
    except (OSError, ValueError) as exc:  # ValueError: read from a closed file
        raise Unreadable(f"standard input: {_os_reason(exc)}") from None
    if len(data) > MAX_BYTES:
        _too_big()
    return data


def _too_big() -> NoReturn:
    raise Unreadable(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def is_yaml(source: str, input_format: InputFormat) -> bool:
    """Whether ``source`` is read as YAML: by ``--input-format``, else by its suffix."""
    if input_format != "auto":
        return input_format == "yaml"
    return source.lower().endswith((".yaml", ".yml"))


def read_document(source: str, input_format: InputFormat = "auto") -> tuple[str | bytes, Any]:
    """The JSON text of the document in ``source``, and its parsed value.

    A YAML document is returned as the JSON text of the same value, so that what follows
    (``from_json``) is one path for both.

    Raises:
        Unreadable: See the module docstring.
    """
    raw = read_bytes(source)
    if is_yaml(source, input_format):
        data = load_yaml(raw)
        return json.dumps(data, ensure_ascii=True, allow_nan=False), data
    return raw, parse_json(raw)


def parse_json(raw: bytes) -> Any:
    """``raw`` as strict JSON.

    Raises:
        Unreadable: Not UTF-8 JSON, a non-finite number, too deep or too long an integer.
    """
    try:
        return json.loads(raw, parse_constant=refuse_constant, parse_float=finite_float)
    except RecursionError:
        raise Unreadable("not valid JSON: nests too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, the int digits limit
        raise Unreadable(f"not valid JSON: {_short(str(exc))}") from None


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def load_yaml(raw: bytes) -> Any:
    """``raw`` as YAML, with ``safe_load``'s tags but no timestamps, checked to be JSON's.

    Raises:
        Unreadable: Not YAML, or holding what JSON cannot (see the module docstring).
    """
    import yaml  # here: only YAML files pay for importing PyYAML

    class _Loader(yaml.SafeLoader):
        """``safe_load``'s loader, with timestamps left as the strings they are in JSON."""

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        data = yaml.load(raw, Loader=_Loader)
    except RecursionError:
        raise Unreadable("not valid YAML: nests too deeply") from None
    except (yaml.YAMLError, ValueError) as exc:
        raise Unreadable(f"not valid YAML: {_short(str(exc))}") from None
    try:
        return _as_json_value(data, [MAX_NODES])
    except RecursionError:
        raise Unreadable("not valid YAML: nests too deeply") from None


def _as_json_value(value: object, budget: list[int]) -> Any:
    """``value`` checked to be what JSON can hold, counting values against ``budget``."""
    budget[0] -= 1
    if budget[0] < 0:
        raise Unreadable(f"YAML expands to more than {MAX_NODES} values")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Unreadable(f"YAML holds {value!r}, which is not a number JSON allows")
        return value
    if isinstance(value, list):
        return [_as_json_value(item, budget) for item in cast(list[object], value)]
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in cast(Mapping[object, object], value).items():
            if not isinstance(key, str):
                raise Unreadable(f"YAML has a key JSON cannot hold: {type(key).__name__}")
            result[key] = _as_json_value(item, budget)
        return result
    kind = "a date" if isinstance(value, date) else type(value).__name__
    raise Unreadable(f"YAML holds {kind}, which JSON cannot hold")
