"""Step 4b: the source of a family's ``_convert.py``: straight-line converters per class.

Each class gets two factories. ``structure_<Shape>(hooks, helpers)`` returns the function that
builds the class from a wire dict: one block per member that takes the common case (a value of
exactly the right type, a known enum value) inline and hands anything else to the member's
general hook (``transcribe_model._converters``), which checks it fully and says what is wrong.
``unstructure_<Shape>(hooks, emit_unknown)`` returns the function that writes the wire dict.
The runtime supplies the hooks, so one generated file serves both wire forms and both readings.
"""

from __future__ import annotations

from tools.codegen.ir import Member, Structure

# Inline tests that a value needs no conversion, by scalar kind, for value ``v``.
_EXACT = {
    "str": "v.__class__ is str",
    # An int Python can still write out (see transcribe_model._paths.MAX_INT_DIGITS).
    "int": "v.__class__ is int and -int_limit < v < int_limit",
    "bool": "v.__class__ is bool",
    # A finite float: ``v - v`` is 0.0 for every finite float and NaN for NaN and infinities.
    "float": "v.__class__ is float and v - v == 0.0",
    # Botocore datetimes carry a tzinfo (tzlocal, tzutc) whose offset is always valid; only the
    # botocore form takes them as they are. The general hook asks any other tzinfo for its
    # offset and refuses None or more than a day.
    "datetime": "aware and v.__class__ is datetime and v.tzinfo.__class__ in safe_tz",
}


def structure_factory(structure: Structure) -> str:
    """The structure factory of one class."""
    name = structure.name
    members = structure.members
    out = [
        f"def structure_{name}(hooks: Sequence[Hook], helpers: Mapping[str, Any]) -> Hook:",
        f'    """The function that builds a ``{name}`` from its wire dict."""',
        '    Invalid = helpers["Invalid"]',
        '    new = helpers["new"]',
        '    unknown_members = helpers["unknown_members"]',
    ]
    if members:
        out.append('    failed = helpers["failed"]')
    if any(member.required for member in members):
        out.append('    missing = helpers["missing"]')
    if any(member.type.kind == "datetime" for member in members):
        out.append('    aware = helpers["aware"]')
        out.append('    safe_tz = helpers["safe_tz"]')
    if any(member.type.kind == "int" for member in members):
        out.append('    int_limit = helpers["int_limit"]')
    out.append('    as_dict = helpers["as_dict"]')
    for index, member in enumerate(members):
        out.append(f"    hook_{index} = hooks[{index}]")
        if member.type.kind == "enum":
            out.append(f"    members_{index} = {member.type.name}._value2member_map_")
    out.append(f"    twin_{name} = twin_of({name})")
    out += [
        "",
        "    def structure(data: Any) -> Any:",
        "        if data.__class__ is not dict:",
        f"            data = as_dict(data, {name!r})",
        # Built as the twin (plain slot stores), made the real class before anyone sees it.
        f"        instance: Any = new(twin_{name})",
        "        errors: Any = None",
    ]
    if members:
        out += ["        get = data.get", "        present = 0", "        v: Any"]
    else:
        out += ["        present = 0"]
    for index, member in enumerate(members):
        out += _structure_member(index, member)
    out += [
        "        if present != len(data):",
        f"            errors = unknown_members(instance, SET_UNKNOWN, data, {name!r}, errors)",
        "        else:",
        "            instance.unknown_members = EMPTY",
        f"        instance.__class__ = {name}",
        "        if errors:",
        "            raise Invalid(errors, instance)",
        "        return instance",
        "",
        "    return structure",
    ]
    return "\n".join(out) + "\n"


def _structure_member(index: int, member: Member) -> list[str]:
    wire = repr(member.wire)
    lines = [f"        v = get({wire})", "        if v is None:"]
    if member.required:
        lines.append(f"            errors = missing(errors, data, {wire})")
    lines += [
        f"            instance.{member.attribute} = None",
        "        else:",
        "            present += 1",
    ]
    convert = [
        "try:",
        f"    v = hook_{index}(v)",
        "except Invalid as exc:",
        f"    errors = failed(errors, {wire}, exc)",
        # What could be built of a nested shape stays, so its other violations are found too.
        "    v = exc.partial",
    ]
    kind = member.type.kind
    if kind == "enum":
        lines += [
            f"            m = members_{index}.get(v) if v.__class__ is str else None",
            "            if m is not None:",
            "                v = m",
            "            else:",
        ]
        lines += [f"                {line}" for line in convert]
    elif kind in _EXACT:
        lines.append(f"            if not ({_EXACT[kind]}):")
        lines += [f"                {line}" for line in convert]
    else:
        lines += [f"            {line}" for line in convert]
    lines.append(f"            instance.{member.attribute} = v")
    return lines


def unstructure_factory(structure: Structure) -> str:
    """The unstructure factory of one class."""
    name = structure.name
    out = [
        f"def unstructure_{name}(",
        "    hooks: Sequence[Hook], emit_unknown: EmitUnknown",
        ") -> Callable[[Any], dict[str, Any]]:",
        f'    """The function that writes the wire dict of a ``{name}``."""',
    ]
    plain = {
        index
        for index, member in enumerate(structure.members)
        if member.type.kind in ("enum", "str", "int", "bool", "float")
    }
    for index in range(len(structure.members)):
        if index not in plain:
            out.append(f"    hook_{index} = hooks[{index}]")
    out += [
        "",
        f"    def unstructure(instance: {name}) -> dict[str, Any]:",
        "        out: dict[str, Any] = {}",
    ]
    if structure.members:
        out.append("        v: Any")
    for index, member in enumerate(structure.members):
        wire = repr(member.wire)
        out += [f"        v = instance.{member.attribute}", "        if v is not None:"]
        if member.type.kind == "enum":
            out.append(f"            out[{wire}] = v._value_")
        elif index in plain:
            out.append(f"            out[{wire}] = v")
        else:
            out.append(f"            out[{wire}] = hook_{index}(v)")
    out += [
        "        if instance.unknown_members:",
        "            emit_unknown(out, instance.unknown_members)",
        "        return out",
        "",
        "    return unstructure",
    ]
    return "\n".join(out) + "\n"
