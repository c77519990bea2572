"""Generated per-class structure and unstructure functions: the converters' fast path.

A model's hooks are compiled from Python source written here, one straight-line block per
member, the way attrs writes ``__init__`` and cattrs its own hooks. Each block takes the
common case, a value of exactly the right type, inline; anything else goes to the general hook
of ``_converters`` for that type, which checks it fully and says what is wrong. The general
hooks are the definition of what is accepted; the generated code only saves their call when
the answer is plain.

Why generate: interpreting a member table costs a loop step, a tuple unpack and a call per
member; a job has some fifty values, and parsing sits on the hot path of every call and every
page of a listing.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from datetime import datetime
from typing import Any

from transcribe_model._base import WireModel
from transcribe_model._spec import EnumT, FieldSpec, ScalarT, TypeSpec

# Inline tests that a value needs no conversion, by scalar type, for value ``v``.
_EXACT: dict[type, str] = {
    str: "v.__class__ is str",
    # An int Python can still write out (see _paths.MAX_INT_DIGITS).
    int: "v.__class__ is int and -int_limit < v < int_limit",
    bool: "v.__class__ is bool",
    # A finite float: ``v - v`` is 0.0 for every finite float and NaN for NaN and infinities.
    float: "v.__class__ is float and v - v == 0.0",
}
# Botocore datetimes carry a tzinfo (tzlocal, tzutc) whose offset is always valid; the general
# hook asks any other tzinfo for its offset, and refuses None or more than a day.
_EXACT_AWARE_DATETIME = "v.__class__ is _datetime and v.tzinfo.__class__ in safe_tz"


def _exact_test(spec: TypeSpec, wire_format: str) -> str | None:
    if isinstance(spec, ScalarT):
        if spec.py is datetime:
            return _EXACT_AWARE_DATETIME if wire_format == "botocore" else None
        return _EXACT[spec.py]
    return None


def _compile(name: str, source: str, namespace: dict[str, Any]) -> Callable[[Any], Any]:
    filename = f"<transcribe_model generated {name}>"
    # Registered with linecache so a traceback through generated code shows its lines.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)  # our own source
    function: Callable[[Any], Any] = namespace[name]
    return function


def structure_function(
    cls: type[WireModel],
    specs: tuple[FieldSpec, ...],
    hooks: list[Callable[[Any], Any]],
    wire_format: str,
    helpers: dict[str, Any],
) -> Callable[[Any], Any]:
    """Compile ``structure_<Shape>(data)`` for ``cls``.

    ``hooks[i]`` is the general hook for ``specs[i]``; ``helpers`` supplies ``Invalid``,
    ``Mapping``, ``as_dict``, ``int_limit``, ``safe_tz``, ``EMPTY``, ``new``, ``missing``,
    ``failed``, ``unknown_members`` and ``kind``.
    """
    name = f"structure_{cls.__name__}"
    namespace: dict[str, Any] = dict(helpers)
    namespace.update(_cls=cls, _datetime=datetime)
    lines = [
        f"def {name}(data):",
        "    if data.__class__ is not dict:",
        f"        data = as_dict(data, {cls.__name__!r})",
        "    instance = new(_cls)",
        "    get = data.get",
        "    errors = None",
        "    present = 0",
    ]
    for index, (spec, hook) in enumerate(zip(specs, hooks, strict=True)):
        setter, hook_name = f"_set_{index}", f"_hook_{index}"
        namespace[setter] = getattr(cls, spec.name).__set__
        namespace[hook_name] = hook
        lines.append(f"    v = get({spec.wire!r})")
        lines.append("    if v is None:")
        if spec.required:
            lines.append(f"        errors = missing(errors, data, {spec.wire!r})")
        lines.append(f"        {setter}(instance, None)")
        lines.append("    else:")
        lines.append("        present += 1")
        exact = _exact_test(spec.type, wire_format)
        convert = [
            "try:",
            f"    v = {hook_name}(v)",
            "except Invalid as exc:",
            f"    errors = failed(errors, {spec.wire!r}, exc)",
            "    v = None",
        ]
        if isinstance(spec.type, EnumT):
            members = f"_members_{index}"
            namespace[members] = spec.type.cls._value2member_map_
            lines.append(f"        m = {members}.get(v) if v.__class__ is str else None")
            lines.append("        if m is not None:")
            lines.append("            v = m")
            lines.append("        else:")
            lines.extend(f"            {line}" for line in convert)
        elif exact is not None:
            lines.append(f"        if not ({exact}):")
            lines.extend(f"            {line}" for line in convert)
        else:
            lines.extend(f"        {line}" for line in convert)
        lines.append(f"        {setter}(instance, v)")
    # The slot of the inherited field lives on the base class.
    namespace["_set_unknown"] = vars(WireModel)["unknown_members"].__set__
    lines += [
        "    if present != len(data):",
        f"        errors = unknown_members(instance, _set_unknown, data, {cls.__name__!r}, errors)",
        "    else:",
        "        _set_unknown(instance, EMPTY)",
        "    if errors:",
        "        raise Invalid(errors)",
        "    return instance",
    ]
    return _compile(name, "\n".join(lines) + "\n", namespace)


def unstructure_function(
    cls: type[WireModel],
    specs: tuple[FieldSpec, ...],
    hooks: list[Callable[[Any], Any] | None],
    emit_unknown: Callable[[dict[str, Any], Any], None],
) -> Callable[[Any], dict[str, Any]]:
    """Compile ``unstructure_<Shape>(instance)``: members by wire name, ``None`` left out."""
    name = f"unstructure_{cls.__name__}"
    namespace: dict[str, Any] = {"emit_unknown": emit_unknown}
    lines = [f"def {name}(instance):", "    out = {}"]
    for index, (spec, hook) in enumerate(zip(specs, hooks, strict=True)):
        lines.append(f"    v = instance.{spec.name}")
        lines.append("    if v is not None:")
        if isinstance(spec.type, EnumT):
            lines.append(f"        out[{spec.wire!r}] = v._value_")
        elif hook is None:
            lines.append(f"        out[{spec.wire!r}] = v")
        else:
            namespace[f"_hook_{index}"] = hook
            lines.append(f"        out[{spec.wire!r}] = _hook_{index}(v)")
    lines += [
        "    if instance.unknown_members:",
        "        emit_unknown(out, instance.unknown_members)",
        "    return out",
    ]
    return _compile(name, "\n".join(lines) + "\n", namespace)
