"""The layout of DESIGN.md holds: the core imports no shape, and no module-level import circle.

Read from the source with ``ast`` (module-level imports only: those under ``if TYPE_CHECKING:``
and inside functions run later, on demand), so the test sees what ``import`` would do.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from transcribe_model import _index

PACKAGE = Path(__file__).resolve().parents[1] / "transcribe_model"
FAMILIES = set(_index.SHAPE_MODULES.values())

#: The machinery: it may know no shape (DESIGN.md principle 2).
CORE = {
    "transcribe_model._base",
    "transcribe_model._check",
    "transcribe_model._construction",
    "transcribe_model._constraints",
    "transcribe_model._converters",
    "transcribe_model._errors",
    "transcribe_model._frozen",
    "transcribe_model._paths",
    "transcribe_model._registry",
    "transcribe_model._rule_support",
    "transcribe_model._spec",
    "transcribe_model._wire_enum",
    "transcribe_model._generated_support",
    "transcribe_model._api",
    "transcribe_model._index",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """The transcribe_model modules ``path`` imports when it is imported."""
    found: set[str] = set()
    body = list(ast.parse(path.read_text()).body)
    while body:
        node = body.pop()
        if isinstance(node, ast.If) and not _is_type_checking(node):
            body += node.body + node.orelse
        elif isinstance(node, ast.Try):
            body += node.body + node.orelse + node.finalbody
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    return {name for name in found if name in modules}


GRAPH = {_module_name(path): _imports(path) for path in PACKAGE.rglob("*.py")}


def test_the_core_imports_no_family() -> None:
    """No core module imports a family package or anything inside one, at module level."""
    offenders = {
        (module, imported)
        for module in CORE
        for imported in GRAPH[module]
        if any(imported == family or imported.startswith(family + ".") for family in FAMILIES)
    }
    assert offenders == set()


def test_no_module_level_import_circle() -> None:
    """The module-level imports form no circle (a package importing its own parts aside)."""

    def parent_of(child: str, parent: str) -> bool:
        return child.startswith(parent + ".")

    edges = {
        module: {
            imported
            for imported in targets
            if imported != module and not parent_of(module, imported)
        }
        for module, targets in GRAPH.items()
    }
    state: dict[str, int] = {}
    circle: list[str] = []

    def visit(module: str, trail: list[str]) -> bool:
        state[module] = 1
        for imported in sorted(edges.get(module, ())):
            if state.get(imported) == 1:
                circle.extend([*trail, module, imported])
                return True
            if imported not in state and visit(imported, [*trail, module]):
                return True
        state[module] = 2
        return False

    for module in sorted(edges):
        if module not in state and visit(module, []):
            break
    assert circle == []


def test_importing_the_package_loads_only_the_core() -> None:
    """``import transcribe_model`` loads no family, no client error, no botocore, no base64:
    each comes on the first use of one of its names (PEP 562), so the package stays cheap to
    import for a program that only converts; converting a job loads no botocore or base64."""
    code = (
        "import sys, transcribe_model as tm\n"
        "later = ['botocore', 'base64', 'binascii', 'transcribe_model._client_errors',"
        " 'transcribe_model.common', 'transcribe_model.transcription_jobs']\n"
        "print([name for name in later if name in sys.modules])\n"
        "job = tm.structure({'TranscriptionJobName': 'a', 'Media': {}}, tm.TranscriptionJob)\n"
        "tm.unstructure(job), tm.to_json(job), tm.check(job)\n"
        "print([name for name in later[:3] if name in sys.modules])\n"
        "print(tm.ServiceError.__module__,"
        " issubclass(tm.JobFailedError, tm.TranscribeModelError))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[]", "[]", "transcribe_model._client_errors True"]


def test_attrs_loads_on_the_first_read_of_what_only_attrs_has() -> None:
    """Importing, building, converting, checking and printing shapes loads no attrs (some
    100 M instructions with what it imports: ``_class_builder``); the first refused store, or
    the first read of the fields, loads it, and from then on every class holds attrs' own
    members, as ``attrs.frozen`` makes them."""
    code = (
        "import sys, transcribe_model as tm\n"
        "job = tm.structure({'TranscriptionJobName': 'a', 'Media': {}}, tm.TranscriptionJob)\n"
        "made = tm.Media(media_file_uri='s3://bucket/key.wav')\n"
        "tm.unstructure(job), tm.check(job), repr(job), tm.check(made)\n"
        "try:\n"
        "    tm.Media(media_file_uri='no scheme')\n"
        "except tm.ValidationError as error:\n"
        "    print(error.errors[0])\n"
        "print('attr' in sys.modules)\n"
        "try:\n"
        "    made.media_file_uri = 'changed'\n"
        "except Exception as error:\n"
        "    print(type(error).__module__, type(error).__name__)\n"
        "import attr._make\n"
        "print('attr' in sys.modules, vars(tm.Media)['__setattr__'] is attr._make._frozen_setattrs,"
        " vars(tm.TranscriptionJob)['__setattr__'] is attr._make._frozen_setattrs)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == [
        "MediaFileUri: must match the pattern (s3://|http(s*)://).+, got 'no scheme'",
        "False",
        "attr.exceptions FrozenInstanceError",
        "True True True",
    ]


def test_a_class_attrs_makes_on_a_shape_before_attrs_was_read_is_frozen() -> None:
    """attrs asks a base whether it is frozen (``base.__setattr__ is _frozen_setattrs``); asked
    of a shape whose attrs members still stand in, the answer is attrs' own."""
    code = (
        "import attrs, transcribe_model as tm\n"
        "@attrs.frozen(kw_only=True)\n"
        "class Tagged(tm.Tag):\n"
        "    note: str = ''\n"
        "made = Tagged(key='team', value='support', note='mine')\n"
        "print(made.key, made.note, [field.name for field in attrs.fields(Tagged)])\n"
        "try:\n"
        "    made.note = 'changed'\n"
        "except attrs.exceptions.FrozenInstanceError:\n"
        "    print('frozen')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["team mine ['unknown_members', 'key', 'value', 'note']", "frozen"]
