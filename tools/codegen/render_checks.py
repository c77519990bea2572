"""Step 4c: the source of a family's ``_checks.py``: straight-line fast checks per class.

``check()`` (``transcribe_model._check``) walks any model generically: the reference, which
finds and words every violation. Most objects it is given are fine, and for them that walk is
mostly overhead: a loop over every member, ``getattr`` by name, a type test per spec. Each class
here gets ``check_<Shape>(helpers)``, a factory of the function

    fast(obj, path, found, response) -> bool

that reads each member once and answers only the common case: every value of exactly its
type and within its constraints, every nested shape just as fine (checked by its own fast
function), no unknown members. Then it runs the shape's rules (unless ``found`` is None: a
check of types only) into ``found``, as the reference would, and returns True. On anything
else it returns False at once, and ``check()`` throws away what was found and runs the
reference walk, which says what is wrong. So a fast check can only ever be too cautious; the
differential test (``tests/test_fast_checks.py``) holds it to the reference on drawn objects.
"""

from __future__ import annotations

from tools.codegen.ir import CountC, Member, RangeC, Structure, TextC, TypeRef
from tools.codegen.render_convert import EXACT_TYPE

# Exactly the type a checked member holds, for value ``{v}``: anything else (a subclass, an int
# for a float) is left to the reference walk.
# An int: any Python can still write out (see transcribe_model._paths.MAX_INT_DIGITS), not
# only the one-digit ints the structurers take inline: a clean object must be answered here
# (an Integer shape without a bound admits up to 2**31 - 1). The bounds are bound once: ``-int_limit`` at each
# test would negate a 4,300-digit int.
_EXACT = {
    **EXACT_TYPE,
    "int": "{v}.__class__ is int and int_low < {v} < int_limit",
    "bytes": "{v}.__class__ is bytes",
}


def check_factory(structure: Structure) -> str:
    """The fast-check factory of one class."""
    name = structure.name
    members = structure.members
    out = [
        f"def check_{name}(helpers: Mapping[str, Any]) -> FastCheck:",
        f'    """The fast check of a ``{name}``: see ``render_checks`` of ``tools/codegen``."""',
        '    relocate = helpers["relocate"]',
        # Looked up at each call: a family imported later may add rules to a shared shape.
        '    request_runners = helpers["request_runners"]',
        '    response_runners = helpers["response_runners"]',
        f'    is_response = helpers["is_response"]({name})',
    ]
    kinds = {kind for member in members for kind in _kinds(member.type)}
    if "int" in kinds:
        out.append('    int_limit = helpers["int_limit"]')
        out.append("    int_low = -int_limit")
    if "datetime" in kinds:
        out.append('    safe_tz = helpers["safe_tz"]')
    if kinds & {"structure"}:
        out.append('    fast = helpers["fast"]')
        out.append('    checked = helpers["checked"]')
    if any(_nests(member, "map") for member in members):
        out.append('    key = helpers["key"]')
    for index, member in enumerate(members):
        out += _member_setup(name, index, member)
    out += [
        "",
        "    def check(obj: Any, path: str, found: list[Any] | None, response: bool) -> bool:",
        "        response = response or is_response",
    ]
    if any(_nests(member, kind) for member in members for kind in ("structure", "list", "map")):
        out.append('        prefix = path + "." if path else ""')
    if members:
        out.append("        v: Any")
    for index, member in enumerate(members):
        out += _member_check(index, member)
    out += [
        # Any unknown member (or a copy of EMPTY that is not EMPTY, from deepcopy or pickle).
        "        v = obj.unknown_members",
        "        if v is not EMPTY and (v.__class__ is not FrozenMapping or v):",
        "            return False",
    ]
    if structure.union:
        given = " + ".join(f"(obj.{member.attribute} is not None)" for member in members)
        out += [f"        if not response and {given} != 1:", "            return False"]
    out += [
        # The rules by their registry's runner: a run of rules whose members are all absent is
        # skipped on one inline guard (``only_with`` of ``_registry``), the rest called in order.
        "        if found is not None:",
        f"            run = response_runners[{name}] if response else request_runners[{name}]",
        "            if run is not None:",
        "                run(obj, found, path, relocate)",
        "        return True",
        "",
        "    return check",
    ]
    return "\n".join(out) + "\n"


def _nests(member: Member, kind: str) -> bool:
    """Whether ``member`` is of ``kind`` and holds a shape, whose check needs its path."""
    ref = member.type
    if ref.kind != kind:
        return False
    return kind == "structure" or (ref.item is not None and ref.item.kind == "structure")


def _kinds(ref: TypeRef) -> list[str]:
    kinds = [ref.kind]
    for inner in (ref.item, ref.key):
        if inner is not None:
            kinds += _kinds(inner)
    return kinds


def _member_setup(name: str, index: int, member: Member) -> list[str]:
    """The pattern matchers the check of member ``index`` reads (its own, its items', its
    keys'), looked up by attribute name in the class's own constraint data. Lengths and
    bounds are written inline; the differential test holds them to that data."""
    constraint = member.constraint
    where = f"{name}, {member.attribute!r}"
    lines: list[str] = []
    parts: list[tuple[str, object]] = [("", constraint)]
    if isinstance(constraint, CountC):
        parts += [("item", constraint.item), ("key", constraint.key)]
    for part, inner in parts:
        if isinstance(inner, TextC) and inner.pattern is not None:
            lines.append(f'    {_matcher(index, part)} = helpers["matcher"]({where}, {part!r})')
    return lines


def _matcher(index: int, part: str) -> str:
    return f"{part}_match_{index}" if part else f"match_{index}"


def _bounds(expr: str, low: float | None, high: float | None) -> list[str]:
    if low is not None and high is not None:
        return [f"{low!r} <= {expr} <= {high!r}"]
    if low is not None:
        return [f"{expr} >= {low!r}"]
    if high is not None:
        return [f"{expr} <= {high!r}"]
    return []


def _constraint_test(constraint: object, v: str, matcher: str) -> str | None:
    """An inline condition that ``v`` (already of the right type) keeps ``constraint``."""
    tests: list[str] = []
    if isinstance(constraint, TextC):
        tests = _bounds(f"len({v})", constraint.min, constraint.max)
        if constraint.pattern is not None:
            tests.append(f"{matcher}({v}) is not None")
    elif isinstance(constraint, RangeC):
        tests = _bounds(v, constraint.min, constraint.max)
    elif isinstance(constraint, CountC):
        tests = _bounds(f"len({v})", constraint.min, constraint.max)
    return " and ".join(tests) or None


def _value_test(ref: TypeRef, v: str, accepts: str | None) -> str | None:
    """A condition that ``v`` is a clean scalar or enum of ``ref``; None for a structure."""
    if ref.kind == "enum":
        return f"{v}.__class__ is {ref.name}"
    if ref.kind in _EXACT:
        test = _EXACT[ref.kind].format(v=v)
        return f"{test} and {accepts}" if accepts else test
    return None


def _member_check(index: int, member: Member) -> list[str]:
    attribute, wire = member.attribute, member.wire
    ref, constraint = member.type, member.constraint
    lines = [f"        v = obj.{attribute}", "        if v is None:"]
    lines.append("            return False" if member.required else "            pass")
    accepts = _constraint_test(constraint, "v", _matcher(index, ""))
    if ref.kind == "structure":
        lines += [
            f"        elif v.__class__ is not {ref.name} or (",
            "            (response or v.unknown_members is not checked[0])",
            f"            and not fast[{ref.name}](v, prefix + {wire!r}, found, response)",
            "        ):",
            "            return False",
        ]
        return lines
    if ref.kind in ("list", "map"):
        container = "tuple" if ref.kind == "list" else "FrozenMapping"
        refused = f"v.__class__ is not {container}"
        if accepts:
            refused += f" or not ({accepts})"
        lines += [f"        elif {refused}:", "            return False"]
        body = _list_body(index, member) if ref.kind == "list" else _map_body(index, member)
        if body is None:
            # A shape the fast check does not read (a list of lists): the reference does.
            return [*lines, "        else:", "            return False"]
        return [*lines, "        else:", *body]
    test = _value_test(ref, "v", accepts)
    if test is None:  # pragma: no cover - every kind is handled above
        raise ValueError(f"no fast test for {ref.kind}")
    lines += [f"        elif not ({test}):", "            return False"]
    return lines


def _item_accepts(index: int, constraint: object, part: str, v: str) -> str | None:
    """The inline test of the item (or key) constraint the member's Count carries, if any."""
    if isinstance(constraint, CountC):
        return _constraint_test(getattr(constraint, part), v, _matcher(index, part))
    return None


def _list_body(index: int, member: Member) -> list[str] | None:
    item = member.type.item
    assert item is not None
    if item.kind == "structure":
        return [
            "            for position, e in enumerate(v):",
            f"                if e.__class__ is not {item.name} or (",
            "                    (response or e.unknown_members is not checked[0])",
            f"                    and not fast[{item.name}](",
            f'                        e, f"{{prefix}}{member.wire}[{{position}}]", found, response',
            "                    )",
            "                ):",
            "                    return False",
        ]
    test = _value_test(item, "e", _item_accepts(index, member.constraint, "item", "e"))
    if test is None:
        return None
    return [
        "            for e in v:",
        f"                if not ({test}):",
        "                    return False",
    ]


def _map_body(index: int, member: Member) -> list[str] | None:
    key_ref, item = member.type.key, member.type.item
    assert key_ref is not None
    assert item is not None
    key_test = _value_test(key_ref, "k", _item_accepts(index, member.constraint, "key", "k"))
    if key_test is None:
        return None
    lines = [
        "            for k, e in v.items():",
        f"                if not ({key_test}):",
        "                    return False",
    ]
    if item.kind == "structure":
        return [
            *lines,
            f"                if e.__class__ is not {item.name} or (",
            "                    (response or e.unknown_members is not checked[0])",
            f"                    and not fast[{item.name}](",
            f"                        e, prefix + {member.wire!r} + key(k), found, response",
            "                    )",
            "                ):",
            "                    return False",
        ]
    test = _value_test(item, "e", _item_accepts(index, member.constraint, "item", "e"))
    if test is None:
        return None
    return [*lines, f"                if not ({test}):", "                    return False"]
