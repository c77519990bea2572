"""The entry points: ``structure``, ``unstructure``, ``from_json``, ``to_json``.

Strict in what you send, liberal in what you accept. The shape decides which:

- a shape the service sends (``TranscriptionJob``, ``TranscriptionJobSummary``, the response
  wrappers and what lies only under them) is parsed liberally: only a wrong type fails; enum
  values and members newer than the library are kept; constraints and rules are left to
  ``check()``;
- any other shape is something a caller builds to send: unknown enum values and members are
  refused unless ``allow_unknown=True``, and every constraint and rule is enforced.

The mode is a property of each call, never of the process, so two threads parsing and building
at once do not see each other.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._errors import Invalid, ValidationError, Violation
from transcribe_model._json_parse import finite_float, parse, refuse_constant
from transcribe_model._spec import is_response_shape, shape_of

if TYPE_CHECKING:
    import json

    import cattrs

    from transcribe_model._converters import HookBuilder, WireFormat
    from transcribe_model.transcript._codec import TranscriptModel

# A shape, or a class of transcribe_model.transcript: the transcript JSON a job writes.
M = TypeVar("M", bound="WireModel | TranscriptModel")


def _is_transcript(cls: object) -> bool:
    # The transcript JSON is no botocore shape and has its own codec. Unless that module is
    # loaded, no transcript class can exist: nothing is imported here.
    codec = sys.modules.get("transcribe_model.transcript._codec")
    return codec is not None and bool(codec.is_transcript_class(cls))


def _hooks(wire_format: WireFormat, keep_unknown: bool) -> HookBuilder:
    # Imported on first use: cattrs costs import time that `import transcribe_model` should not.
    from transcribe_model._converters import hook_builder

    return hook_builder(wire_format, keep_unknown=keep_unknown)


def _require_shape(cls: object) -> None:
    """A shape class, or a caller's subclass of one; anything else is a ``TypeError``."""
    if not (isinstance(cls, type) and issubclass(cls, WireModel)) or shape_of(cls) is None:
        raise TypeError(f"expected a transcribe_model shape class, got {cls!r}")


def _structure(
    data: object, cls: type[M], wire_format: WireFormat, allow_unknown: bool | None
) -> M:
    unknown = None if allow_unknown is None else bool(allow_unknown)
    try:
        path = _PATHS.get((cls, wire_format, unknown))
    except TypeError:  # an unhashable "class": refused below
        path = None
    if path is None:
        path = _path(cls, wire_format, unknown)
        _PATHS[(cls, wire_format, unknown)] = path
        if wire_format == "botocore" and unknown is None:
            _DEFAULT_PATHS[cls] = path
    try:
        result: M = path(data)
    except Invalid as exc:  # from a response shape's structurer, which is not wrapped
        raise ValidationError(exc.violations()) from None
    return result


# The function each (class, wire form, allow_unknown) structures with, made once: the choices
# below are the same at every call, and the first call makes them. A response shape's is its
# generated structurer itself, which raises ``Invalid`` (turned into a ``ValidationError`` by
# the caller: a wrapper to do it costs a call per structure); every other path raises
# ``ValidationError`` itself.
_PATHS: dict[tuple[object, str, bool | None], Callable[[object], Any]] = {}
# The same, for structure() with the default reading: by class alone.
_DEFAULT_PATHS: dict[object, Callable[[object], Any]] = {}


def _path(
    cls: object, wire_format: WireFormat, allow_unknown: bool | None
) -> Callable[[object], Any]:
    if _is_transcript(cls):  # read as the service writes it, whatever allow_unknown says
        from transcribe_model.transcript._codec import structure_transcript

        transcript = cast("type[TranscriptModel]", cls)
        return lambda data: structure_transcript(data, transcript)
    _require_shape(cls)
    shape = cast("type[WireModel]", cls)
    response = is_response_shape(shape)
    keep_unknown = response if allow_unknown is None else allow_unknown
    hooks = _hooks(wire_format, keep_unknown)
    from transcribe_model._converters import strict_refusal

    structurer = hooks.structurer(shape)
    if response:
        return structurer

    def structure_request(data: object) -> object:
        try:
            result = structurer(data)
        except Invalid as exc:
            raise strict_refusal(exc) from None
        return _checked(result)

    return structure_request


def _checked(result: WireModel) -> WireModel:
    """A request structured: checked as ``structure`` checks it (warnings do not refuse)."""
    found = check(result)
    if found:
        errors = [violation for violation in found if violation.severity == "error"]
        if errors:
            raise ValidationError(errors)
    return result


def structure(data: object, cls: type[M], *, allow_unknown: bool | None = None) -> M:
    """Build a ``cls`` from a dict as boto3 returns it (or as it is passed to boto3).

    ``client.get_transcription_job(...)["TranscriptionJob"]`` structures as a
    ``TranscriptionJob``; the whole response as a ``GetTranscriptionJobResponse`` (its
    ``ResponseMetadata`` is kept in ``unknown_members``).

    Args:
        data: Anything at all; what is not a valid ``cls`` raises ``ValidationError``.
        cls: The shape class to build.
        allow_unknown: Keep enum values and members this library does not know. Defaults to
            True for shapes the service sends and False for shapes a caller builds.

    Raises:
        ValidationError: Listing every violation, each with its path in wire names.
    """
    if allow_unknown is None:  # the common call: one lookup by class, no key to build
        try:
            path = _DEFAULT_PATHS.get(cls)
        except TypeError:  # an unhashable "class": refused by _structure
            path = None
        if path is not None:
            try:
                result: M = path(data)
            except Invalid as exc:  # from a response shape's structurer (see _PATHS)
                raise ValidationError(exc.violations()) from None
            return result
    return _structure(data, cls, "botocore", allow_unknown)


def unstructure(obj: WireModel | TranscriptModel) -> dict[str, Any]:
    """The dict boto3 accepts or returned for ``obj``: ``client.start_transcription_job(**it)``.

    Wire names, ``None`` members omitted, enums as plain ``str``, timestamps as ``datetime``,
    unknown members emitted again as they came. A transcript gives the JSON-ready dict the job
    wrote.
    """
    unstructurer = _BOTOCORE_UNSTRUCTURERS.get(obj.__class__)
    if unstructurer is not None:  # the common call: one lookup by class
        result: dict[str, Any] = unstructurer(obj)
        return result
    return _unstructure(obj, "botocore")


def _unstructure(obj: WireModel | TranscriptModel, wire_format: WireFormat) -> dict[str, Any]:
    if not isinstance(obj, WireModel) and _is_transcript(type(obj)):
        from transcribe_model.transcript._codec import unstructure_transcript

        return unstructure_transcript(obj)
    unstructurer = _UNSTRUCTURERS.get((type(obj), wire_format))
    if unstructurer is None:
        _require_shape(type(obj))
        unstructurer = _hooks(wire_format, True).unstructurer(cast(WireModel, obj).__class__)
        _UNSTRUCTURERS[(type(obj), wire_format)] = unstructurer
        if wire_format == "botocore":
            _BOTOCORE_UNSTRUCTURERS[type(obj)] = unstructurer
    result: dict[str, Any] = unstructurer(obj)
    return result


# The unstructure function of each (class, wire form), looked up once.
_UNSTRUCTURERS: dict[tuple[type, str], Callable[[Any], dict[str, Any]]] = {}
# The same, for unstructure(): by class alone.
_BOTOCORE_UNSTRUCTURERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


@functools.cache
def _decoder() -> json.JSONDecoder:
    """One decoder for every call, made on the first: json.loads with hooks would build a
    decoder (and its scanner) each time. NaN and the infinities are refused: JSON has no such
    numbers, and no shape holds one. (json itself is imported on first use, as is all here.)"""
    import json

    return json.JSONDecoder(parse_constant=refuse_constant, parse_float=finite_float)


def from_json(text: str | bytes, cls: type[M], *, allow_unknown: bool | None = None) -> M:
    """Build a ``cls`` from the JSON the AWS CLI prints (or reads with ``--cli-input-json``).

    Timestamps are ISO 8601 strings with an offset, or epoch seconds. Otherwise as
    ``structure``. A transcript class (``transcribe_model.transcript``) reads the JSON a job
    writes, liberally, whatever ``allow_unknown`` says.

    Raises:
        ValidationError: The text is not JSON, or not a valid ``cls``.
    """
    unknown = None if allow_unknown is None else bool(allow_unknown)
    try:
        fast = _FAST_JSON.get((cls, unknown))  # made for a class found to be a shape
    except TypeError:  # an unhashable "class": refused below
        fast = None
    if fast is None:
        if not _is_transcript(cls):
            _require_shape(cls)
        fast = _FAST_JSON[(cls, unknown)] = _fast_json(cls, unknown)
    if isinstance(text, (bytes, bytearray)):  # as json.loads reads bytes
        try:
            from json import detect_encoding

            text = bytes(text).decode(detect_encoding(text), "surrogatepass")
        except (ValueError, TypeError) as exc:
            raise ValidationError([_not_json(exc)]) from None
    if fast is not _general:
        made = fast(text)  # outside the try below: a request's ValidationError is a ValueError
        if made is not None:
            return cast(M, made)
    return _general_from_json(text, cls, unknown)


def _general_from_json(text: str, cls: type[M], allow_unknown: bool | None) -> M:
    """``from_json`` the general way: the text parsed into dicts, then structured."""
    try:
        data = parse(text, _decoder().decode)
    except RecursionError:
        raise ValidationError([Violation(path="", message="nests too deeply to parse")]) from None
    except (ValueError, TypeError) as exc:
        raise ValidationError([_not_json(exc)]) from None
    return _structure(data, cls, "json", allow_unknown)


def _not_json(exc: Exception) -> Violation:
    return Violation(path="", message=f"is not valid JSON: {exc}")


def _general(text: str) -> object:  # pragma: no cover - a marker, never called
    """``_FAST_JSON``'s entry for a class the general way alone reads."""
    raise NotImplementedError


# The fast from_json of each (class, allow_unknown), made on first use (for a class found to be
# a shape or a transcript class), or ``_general``.
_FAST_JSON: dict[tuple[object, bool | None], Callable[[str], object]] = {}


def _fast_json(cls: object, allow_unknown: bool | None) -> Callable[[str], object]:
    """``from_json``'s fast way for a shape (``_json_fast``): the model, or None for the
    general way to decide; a request's checked as ``structure`` checks it. ``_general`` where
    there is none."""
    if _is_transcript(cls):
        return _general
    from transcribe_model._json_fast import reader

    shape = cast("type[WireModel]", cls)
    response = is_response_shape(shape)
    read = reader(shape, response if allow_unknown is None else allow_unknown)
    if read is None:
        return _general
    if response:
        return read
    read_request = read

    def read_checked(text: str) -> object:
        made = read_request(text)
        return None if made is None else _checked(made)

    return read_checked


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        from base64 import b64encode  # blobs are rare: base64 loads when one comes

        return b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} has no JSON form")  # pragma: no cover


def to_json(obj: WireModel | TranscriptModel, *, indent: int | None = 4) -> str:
    """The JSON the AWS CLI prints for ``obj``: ISO 8601 timestamps, indented by four spaces.

    For a transcript (``transcribe_model.transcript``), the JSON the job wrote.
    """
    import json

    data = _unstructure(obj, "json")
    return json.dumps(
        data, indent=indent, ensure_ascii=False, allow_nan=False, default=_json_default
    )


def make_converter(
    wire_format: WireFormat = "botocore", *, keep_unknown: bool = True
) -> cattrs.Converter:
    """A cattrs converter for one wire form: ``"botocore"`` dicts or the AWS CLI's ``"json"``.

    For use inside a caller's own cattrs setup (``list[TranscriptionJob]``, ...). Its model
    hooks check types and raise ``ValidationError``; they keep unknown enum values and members
    when ``keep_unknown`` is true. They do not run constraints or rules: ``structure`` does, or
    call ``check``. The wire rules are listed in ``transcribe_model._converters``.
    """
    from transcribe_model._converters import make_converter as make

    return make(wire_format, keep_unknown=keep_unknown)
