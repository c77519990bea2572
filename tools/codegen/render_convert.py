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

# Inline tests that a value ``{v}`` is exactly of a scalar kind, shared with the fast checks
# (``render_checks``).
EXACT_TYPE = {
    "str": "{v}.__class__ is str",
    # An int of one CPython digit (|v| < 2**30): both comparisons then run in CPython's
    # specialised opcode for small ints, not the general one. Any larger int goes to the
    # general hook, which keeps it if Python can still write it out (up to 4,300 digits, see
    # transcribe_model._paths.MAX_INT_DIGITS) and refuses it otherwise.
    "int": "{v}.__class__ is int and -1073741824 < {v} < 1073741824",
    "bool": "{v}.__class__ is bool",
    # A finite float: ``v - v`` is 0.0 for every finite float and NaN for NaN and infinities.
    "float": "{v}.__class__ is float and {v} - {v} == 0.0",
    # Botocore datetimes carry a tzinfo (tzlocal, tzutc) whose offset is always valid.
    "datetime": "{v}.__class__ is datetime and {v}.tzinfo.__class__ in safe_tz",
}

# Inline tests that a wire value ``v`` needs no conversion. Only the botocore form takes a
# datetime as it is: the JSON form's ``safe_tz`` is empty, so every datetime goes to its hook;
# the general hook asks any other tzinfo for its offset and refuses None or more than a day.
# Bytes always go through the hook (base64 in JSON).
_EXACT = {kind: test.format(v="v") for kind, test in EXACT_TYPE.items()}


def structure_factory(structure: Structure) -> str:
    """The structure factory of one class."""
    name = structure.name
    members = structure.members
    out = [
        f"def structure_{name}(hooks: Sequence[Hook], helpers: Mapping[str, Any]) -> Hook:",
        f'    """The function that builds a ``{name}`` from its wire dict."""',
        '    Invalid = helpers["Invalid"]',
        '    unknown_members = helpers["unknown_members"]',
    ]
    if members:
        out.append('    failed = helpers["failed"]')
    if any(member.required for member in members):
        out.append('    missing = helpers["missing"]')
    if any(member.type.kind == "datetime" for member in members):
        out.append('    safe_tz = helpers["safe_tz"]')
    out.append('    as_dict = helpers["as_dict"]')
    if any(member.type.kind == "map" for member in members):
        out.append('    adopt = helpers["adopt"]')
    for index, member in enumerate(members):
        out.append(f"    hook_{index} = hooks[{index}]")
        ref = member.type
        if ref.kind == "enum":
            out.append(f"    members_{index} = {ref.name}._value2member_map_")
        elif ref.kind == "list" and ref.item is not None:
            if ref.item.kind == "enum":
                out.append(f"    members_{index} = {ref.item.name}._value2member_map_")
            elif ref.item.kind == "structure":
                out.append(f'    item_{index} = helpers["items"][{index}]')
        elif ref.kind == "map" and ref.item is not None and ref.key is not None:
            out.append(f'    item_{index} = helpers["items"][{index}]')
            if ref.key.kind == "enum":
                out.append(f"    members_{index} = {ref.key.name}._value2member_map_")
            else:
                out.append(f'    key_{index} = helpers["keys"][{index}]')
    out.append(f"    twin_{name} = twin_of({name})")
    out += [
        "",
        "    def structure(data: Any) -> Any:",
        "        if data.__class__ is not dict:",
        f"            data = as_dict(data, {name!r})",
        # Built as the twin (plain slot stores), made the real class before anyone sees it.
        f"        instance: Any = twin_{name}()",
        "        errors: Any = None",
    ]
    if members:
        # The members absent if every key is a member's, less one for each member read as
        # None (absent or null): zero at the end when every key is a member's. Counted down
        # to zero, not up to a sum taken at the end: one subtraction fewer, and the counts
        # stay small non-negative ints, which CPython does not allocate.
        out += [f"        absent = {len(members)} - len(data)", "        v: Any"]
    for index, member in enumerate(members):
        out += _structure_member(index, member)
    out += [
        # Not zero (an unknown member, or a member present as null): the careful way, which
        # finds which.
        "        if absent:" if members else "        if data:",
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
    # One lookup per member, present or not: ``data.get`` (a method call CPython specialises)
    # costs less than ``wire in data`` and ``data[wire]`` for a present member, and responses
    # carry most of their members (counted: some 2 k instructions less a job). An absent
    # member and one present as null both read None and are counted off ``absent``: the end
    # compares the count of keys with it, so unknown members still cost nothing to rule out.
    wire = repr(member.wire)
    hook = [
        "try:",
        f"    v = hook_{index}(v)",
        "except Invalid as exc:",
        f"    errors = failed(errors, {wire}, exc)",
        # What could be built of a nested shape stays, so its other violations are found too.
        "    v = exc.partial",
    ]
    on_none = ["absent -= 1"]
    if member.required:  # absent or null: the message says which
        on_none.append(f"errors = missing(errors, data, {wire})")
    lines = [f"v = data.get({wire})"]
    kind = member.type.kind
    inline = _inline_container(index, member, hook)
    if inline is not None:  # the container's test first: None fails it
        test, body = inline
        lines += [f"if {test}:", *_indent(body), "elif v is None:", *_indent(on_none), "else:"]
        lines += _indent(hook)
    else:
        # None first: an absent member then skips the type test (two opcodes more for a
        # present one, some 130 instructions less for an absent one; a page of summaries
        # lacks nearly half its members).
        present, branch = hook, "else:"
        if kind == "enum":
            # A known value is one subscript (the map's keys are str, its members hash as
            # their value); anything else raises and goes the slow way. Whatever it raises: a
            # caller's object may hash or compare by raising anything, and the general hook
            # then says, as for any other wrong type, what was expected.
            present = _guarded([f"v = members_{index}[v]"], "Exception", hook)
        elif kind in _EXACT:
            branch = f"elif not ({_EXACT[kind]}):"
        lines += ["if v is None:", *_indent(on_none), branch, *_indent(present)]
    lines.append(f"instance.{member.attribute} = v")
    return _indent(lines, 8)


def _item_kind(member: Member) -> str | None:
    return member.type.item.kind if member.type.item is not None else None


def _indent(lines: list[str], by: int = 4) -> list[str]:
    return [" " * by + line for line in lines]


def _inline_container(index: int, member: Member, hook: list[str]) -> tuple[str, list[str]] | None:
    """The inline path of a list or map member, as (test, lines that convert ``v`` when the
    test holds, running ``hook``, the general hook, on any doubt); None where the general hook
    alone serves (lists of numbers, ...).

    Loops in the function itself, not ``tuple(map(...))``, a comprehension or a helper: making
    the map object (or the comprehension's function and frame, or the helper's frame) costs
    more than the loop for the short lists responses carry (counted: 0.6-0.9 k instructions
    less a list of one to three, 3 k less for a list of two str; within 2 % for a hundred).
    """
    ref = member.type
    if ref.kind == "list":
        item = _item_kind(member)
        if item == "str":
            return "v.__class__ is list", _str_list(hook)
        if item == "enum":  # as for one enum value: whatever the lookup raises
            fast = _list_loop(f"members_{index}[entry]")
            return "v.__class__ is list", _guarded(fast, "Exception", hook)
        if item == "structure":
            return "v.__class__ is list", _guarded(
                _list_loop(f"item_{index}(entry)"), "Invalid", hook
            )
        return None
    if ref.kind == "map" and ref.key is not None:
        key = (
            f"members_{index}[k]"
            if ref.key.kind == "enum"
            else f"k if k.__class__ is str else key_{index}(k)"
        )
        fast = _map_loop(key, f"item_{index}(e)")
        return "v.__class__ is dict", _guarded(fast, "Exception", hook)  # as for one enum value
    return None


def _list_loop(each: str) -> list[str]:
    """Lines that make ``v`` the tuple of ``each`` for every ``entry`` of the list ``v``."""
    return ["built = []", "for entry in v:", f"    built.append({each})", "v = tuple(built)"]


def _map_loop(key: str, value: str) -> list[str]:
    """Lines that make ``v`` a FrozenMapping of ``key: value`` for every ``k, e`` of ``v``."""
    return [
        "entries = {}",
        "for k, e in v.items():",
        f"    entries[{key}] = {value}",
        "v = adopt(entries)",
    ]


def _str_list(hook: list[str]) -> list[str]:
    """Lines that keep the list ``v`` as a tuple when every item is exactly a str, and run
    ``hook`` (on the whole list) otherwise."""
    return [
        "for entry in v:",
        "    if entry.__class__ is not str:",
        *_indent(hook, 8),
        "        break",
        "else:",
        "    v = tuple(v)",
    ]


def _guarded(fast: list[str], errors: str, hook: list[str]) -> list[str]:
    """``fast``, and on any of ``errors`` the general hook, which says what is wrong."""
    return ["try:", *_indent(fast), f"except {errors}:", *_indent(hook)]


def unstructure_factory(structure: Structure) -> str:
    """The unstructure factory of one class.

    ``hooks[i]`` emits member ``i`` (None: the value goes out as it is, as a datetime does in
    the botocore form); ``items[i]`` emits each item of a list or map member that holds shapes.
    Enums, plain scalars and lists of them are written inline.
    """
    name = structure.name
    out = [
        f"def unstructure_{name}(",
        # Any: a hook, or None where a value goes out as it is (the generated code tests which).
        "    hooks: Sequence[Any], emit_unknown: EmitUnknown, items: Sequence[Any]",
        ") -> Callable[[Any], dict[str, Any]]:",
        f'    """The function that writes the wire dict of a ``{name}``."""',
    ]
    lines: list[str] = []
    for index, member in enumerate(structure.members):
        setup, emit = _unstructure_member(index, member)
        out += setup
        wire = repr(member.wire)
        lines += [f"        v = instance.{member.attribute}", "        if v is not None:"]
        lines.append(f"            out[{wire}] = {emit}")
    out += [
        "",
        f"    def unstructure(instance: {name}) -> dict[str, Any]:",
        "        out: dict[str, Any] = {}",
    ]
    out.append("        v: Any")
    out += lines
    out += [
        # Most instances hold the one EMPTY: an identity test spares a call to its len.
        "        v = instance.unknown_members",
        "        if v is not EMPTY and v:",
        "            emit_unknown(out, v)",
        "        return out",
        "",
        "    return unstructure",
    ]
    return "\n".join(out) + "\n"


_PLAIN = ("str", "int", "bool", "float")


def _unstructure_member(index: int, member: Member) -> tuple[list[str], str]:
    """The factory lines member ``index`` needs, and the expression that emits its ``v``."""
    ref = member.type
    hook = [f"    hook_{index} = hooks[{index}]"]
    if ref.kind == "enum":
        return [], "v._value_"
    if ref.kind in _PLAIN:
        return [], "v"
    if ref.kind == "structure":
        return hook, f"hook_{index}(v)"
    if ref.kind == "list" and ref.item is not None:
        item = ref.item.kind
        if item == "enum":
            return [], "[e._value_ for e in v]"
        if item in _PLAIN:
            return [], "list(v)"
        if item == "structure":
            return [f"    item_{index} = items[{index}]"], f"[item_{index}(e) for e in v]"
    if ref.kind == "map" and ref.key is not None and ref.item is not None:
        key = "k._value_" if ref.key.kind == "enum" else "k"
        if ref.item.kind in _PLAIN or ref.item.kind in ("enum", "structure"):
            value = {"enum": "e._value_", "structure": f"item_{index}(e)"}.get(ref.item.kind, "e")
            setup = [f"    item_{index} = items[{index}]"] if ref.item.kind == "structure" else []
            if key == "k" and value == "e":
                return setup, "dict(v)"
            return setup, f"{{{key}: {value} for k, e in v.items()}}"
    # Datetimes, bytes and lists of them: as the wire form says (None: as they are).
    return hook, f"v if hook_{index} is None else hook_{index}(v)"


def mirror_factory(structure: Structure) -> str:
    """The factory of the function that builds one class from its msgspec mirror.

    ``from_json``'s fast way (``transcribe_model._json_fast``) has msgspec decode the text
    straight into a mirror of the shape: a ``msgspec.Struct`` per class whose fields are the
    members under their wire names, nested shapes as mirrors (and lists and maps of them), every
    other value as it was decoded (``Any``). So msgspec has found each member, refused unknown
    ones and built no dict; what is left is what ``structure_factory``'s function does with a
    value once found: the same inline tests, the same general hook for anything else. Nothing
    here reports a violation: a hook that raises, a null required member, an unknown enum key
    of a map raise, and the general way (``structure_factory``'s, from the dict) decides.
    """
    name = structure.name
    members = structure.members
    out = [
        f"def from_mirror_{name}(hooks: Sequence[Hook], helpers: Mapping[str, Any]) -> Hook:",
        f'    """The function that builds a ``{name}`` from its msgspec mirror."""',
    ]
    if any(member.required for member in members):
        out.append('    Fallback = helpers["Fallback"]')
    if any(member.type.kind == "datetime" for member in members):
        out.append('    fromisoformat = helpers["fromisoformat"]')
        out.append('    timezone = helpers["timezone"]')
    if any(_mirrored_map(member) for member in members):
        out.append('    adopt = helpers["adopt"]')
    for index, member in enumerate(members):
        ref = member.type
        if _mirrored(member):
            out.append(f'    item_{index} = helpers["items"][{index}]')
            if ref.kind == "map" and ref.key is not None and ref.key.kind == "enum":
                out.append(f"    members_{index} = {ref.key.name}._value2member_map_")
            continue
        out.append(f"    hook_{index} = hooks[{index}]")
        if ref.kind == "enum":
            out.append(f"    members_{index} = {ref.name}._value2member_map_")
        elif ref.kind == "list" and _item_kind(member) == "enum" and ref.item is not None:
            out.append(f"    members_{index} = {ref.item.name}._value2member_map_")
    out.append(f"    twin_{name} = twin_of({name})")
    out += [
        "",
        "    def structure(mirror: Any) -> Any:",
        f"        instance: Any = twin_{name}()",
    ]
    if members:
        out.append("        v: Any")
    for index, member in enumerate(members):
        out += _mirror_member(index, member)
    out += [
        "        instance.unknown_members = EMPTY",
        f"        instance.__class__ = {name}",
        "        return instance",
        "",
        "    return structure",
    ]
    return "\n".join(out) + "\n"


def _mirrored(member: Member) -> bool:
    """Whether msgspec decodes the member into mirrors: a shape, or a list or map of them."""
    ref = member.type
    return ref.kind == "structure" or (
        ref.kind in ("list", "map") and ref.item is not None and ref.item.kind == "structure"
    )


def _mirrored_map(member: Member) -> bool:
    return member.type.kind == "map" and _mirrored(member)


def _mirror_member(index: int, member: Member) -> list[str]:
    ref = member.type
    hook = [f"v = hook_{index}(v)"]
    kind = ref.kind
    body: list[str]
    test = None  # a scalar's inline test: the hook only for a value that fails it
    if kind == "structure":
        body = [f"v = item_{index}(v)"]
    elif kind == "list" and _mirrored(member):  # loops: see _inline_container
        body = _list_loop(f"item_{index}(entry)")
    elif kind == "map" and _mirrored(member):
        key = f"members_{index}[k]" if ref.key is not None and ref.key.kind == "enum" else "k"
        body = _map_loop(key, f"item_{index}(e)")
    elif kind == "enum":
        body = [
            "try:",
            f"    v = members_{index}[v]",
            "except Exception:",
            f"    v = hook_{index}(v)",
        ]
    elif kind == "list" and _item_kind(member) == "str":
        body = ["if v.__class__ is list:", *_indent(_str_list(hook)), "else:", *_indent(hook)]
    elif kind == "list" and _item_kind(member) == "enum":
        fast = _list_loop(f"members_{index}[entry]")
        guarded = _guarded(fast, "Exception", hook)
        body = ["if v.__class__ is list:", *_indent(guarded), "else:", *_indent(hook)]
    elif kind == "datetime":
        # What the CLI writes, read inline as the hook reads it first (an offset
        # ``fromisoformat`` reads is a ``timezone``); anything else, the hook, from the start.
        body = [
            "if v.__class__ is str:",
            "    try:",
            "        t = fromisoformat(v)",
            "    except ValueError:",
            "        t = None",
            f"    v = t if t is not None and t.tzinfo.__class__ is timezone else hook_{index}(v)",
            "else:",
            f"    v = hook_{index}(v)",
        ]
    else:
        if kind in _EXACT:
            test = f"not ({_EXACT[kind]})"
        body = [f"v = hook_{index}(v)"]
    lines = [f"        v = mirror.{member.attribute}"]
    if member.required:
        lines += ["        if v is None:", "            raise Fallback"]
    # One guard, not nested ifs: the test first (the common value passes it), then null.
    guard = [part for part in (test, None if member.required else "v is not None") if part]
    if guard:
        lines.append(f"        if {' and '.join(guard)}:")
        lines += [f"            {line}" for line in body]
    else:
        lines += [f"        {line}" for line in body]
    lines.append(f"        instance.{member.attribute} = v")
    return lines
