"""Which hand-written rules read which member: read from the rules modules' source, not imported.

The generator runs before the package it writes can be imported, so it reads each
``transcribe_model/<family>/rules.py`` with ``ast``: a function decorated with
``@request_rule(Shape, ..., reads=("Member", ...))`` or ``@response_check(...)`` is named in the
docstring entry of each member it reads.
"""

from __future__ import annotations

import ast
from pathlib import Path

#: (shape, wire member) -> the entries "rule_name" or "rule_name (response check)".
RuleIndex = dict[tuple[str, str], list[str]]


def read(package: Path) -> RuleIndex:
    """The rules of every family's ``rules.py`` under ``package``, by shape and member."""
    found: RuleIndex = {}
    for path in sorted(package.glob("*/rules.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Name)):
                    continue
                kind = decorator.func.id
                if kind not in ("request_rule", "response_check"):
                    continue
                shapes = [arg.id for arg in decorator.args if isinstance(arg, ast.Name)]
                reads: list[str] = []
                for keyword in decorator.keywords:
                    if keyword.arg == "reads" and isinstance(keyword.value, ast.Tuple):
                        reads += [
                            element.value
                            for element in keyword.value.elts
                            if isinstance(element, ast.Constant) and isinstance(element.value, str)
                        ]
                label = node.name if kind == "request_rule" else f"{node.name} (response check)"
                for shape in shapes:
                    for wire in reads:
                        found.setdefault((shape, wire), []).append(label)
    return found
