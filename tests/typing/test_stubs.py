"""``stubs/``: the hand-written ``.pyi`` files for untyped third-party code the package imports.

Both checkers read ``stubs/`` before anything installed (mypy's ``mypy_path``, pyright's
``stubPath``), so the package type-checks the same whether or not a stub package such as
``types-python-dateutil`` or ``botocore-stubs`` happens to be installed.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "transcribe_model"
STUBS = ROOT / "stubs"


def _imports() -> dict[str, set[str]]:
    """Each module the package imports from outside itself and the standard library, with the
    names it takes from it (anywhere: top level, functions, ``if TYPE_CHECKING:``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    found[alias.name]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found[node.module].update(alias.name for alias in node.names)
    return {
        module: names
        for module, names in found.items()
        if module.split(".")[0] not in sys.stdlib_module_names
        and module.split(".")[0] != "transcribe_model"
    }


def _ships_types(top: str) -> bool:
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        return False
    locations = spec.submodule_search_locations
    return any((Path(location) / "py.typed").exists() for location in locations)


def _stub_file(module: str) -> Path | None:
    base = STUBS.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".pyi"), base / "__init__.pyi"):
        if candidate.exists():
            return candidate
    return None


def _defined(stub: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(stub.read_text()).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def test_both_checkers_read_the_stubs() -> None:
    """mypy's mypy_path and pyright's stubPath are both stubs/."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
    assert config["mypy"]["mypy_path"] == "stubs"
    assert config["pyright"]["stubPath"] == "stubs"


def test_every_third_party_import_is_typed_or_stubbed() -> None:
    """What the package imports ships its own types (py.typed) or has a stub in stubs/."""
    untyped = {
        module
        for module in _imports()
        if not _ships_types(module.split(".")[0]) and not (STUBS / module.split(".")[0]).exists()
    }
    assert not untyped


def test_each_name_the_package_imports_from_a_stub_is_in_it() -> None:
    """A stub covers every module and name the package takes from it."""
    missing = []
    for module, names in _imports().items():
        if not (STUBS / module.split(".")[0]).exists():
            continue
        stub = _stub_file(module)
        if stub is None:
            missing.append(module)
            continue
        defined = _defined(stub)
        missing += [
            f"{module}.{name}"
            for name in names
            if name not in defined and _stub_file(f"{module}.{name}") is None
        ]
    assert not missing


def test_stubs_are_hand_written_and_for_untyped_code_the_package_imports() -> None:
    """Each stub says it is hand-written, and stands for an untyped package that is imported."""
    imported = {module.split(".")[0] for module in _imports()}
    for top in sorted(path.name for path in STUBS.iterdir() if path.is_dir()):
        assert top in imported, f"stubs/{top} is not imported by the package"
        assert not _ships_types(top), f"{top} ships its own types; its stub would hide them"
        for stub in (STUBS / top).rglob("*.pyi"):
            assert stub.read_text().startswith("# Hand-written stub"), stub
