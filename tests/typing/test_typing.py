"""The typing test suite: downstream-style programs in ``cases/``, checked by mypy and pyright.

- ``cases/positive_*.py`` are correct programs: both checkers pass them (their ``assert_type``
  calls pin what the API returns) and they run.
- Each marked line of ``cases/negative_*.py`` is one misuse and ends in
  ``# type: ignore[mypy-codes]  # pyright: ignore[pyright-rules]``. Checked as written, an unused
  or different code is an error (mypy's ``warn_unused_ignores``, pyright's
  ``reportUnnecessaryTypeIgnoreComment``). Checked again with the markers stripped, each marked
  line must fail with exactly its codes and no other line may fail, which also catches a case
  that went silent because its code became unreachable.

mypy runs through ``mypy.api`` with the project's ``[tool.mypy]`` configuration and imports
followed silently, as a downstream project sees an installed package; pyright runs strict with
``tests/typing/pyrightconfig.json``. ``# type: ignore`` means nothing to pyright there
(``enableTypeIgnoreComments`` is false), so each checker answers only to its own marker.

Last, pyright reveals the type of every public function, constructor, method and property, and
of every public name of ``transcribe_model.strategies``: no ``Any`` but where a value is
arbitrary, and strategies return ``SearchStrategy[T]``.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import runpy
import subprocess
import sys
import tokenize
import typing
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from mypy import api as mypy_api

import transcribe_model

TYPING = Path(__file__).resolve().parent
ROOT = TYPING.parents[1]
CASES = TYPING / "cases"
POSITIVE = sorted(CASES.glob("positive_*.py"))
NEGATIVE = sorted(CASES.glob("negative_*.py"))
PYRIGHT_CONFIG = TYPING / "pyrightconfig.json"
MYPY_CACHE = ROOT / ".mypy_cache" / "typing-tests"

_MARKERS = re.compile(
    r"\s*# type: ignore\[(?P<mypy>[^\]]+)\]\s*# pyright: ignore\[(?P<pyright>[^\]]+)\]\s*$"
)
_MYPY_ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")

#: Where ``Any`` may appear in the public API: a value that really is arbitrary.
ALLOWED_ANY = (
    "unknown_members: Mapping[str, Any]",  # members newer than the library, kept as they came
    "dict[str, Any]",  # a wire dict as boto3 takes it (unstructure, strategies): JSON-like
    "**overrides: Any",  # strategies: per member a value or a strategy, checked when drawn
)

Found = dict[tuple[str, int], set[str]]


def _codes(text: str) -> set[str]:
    return {code.strip() for code in text.split(",")}


def _expected() -> tuple[Found, Found]:
    """The mypy codes and pyright rules each marked negative line must fail with."""
    mypy: Found = {}
    pyright: Found = {}
    for path in NEGATIVE:
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            match = _MARKERS.search(line)
            if match:
                mypy[path.name, number] = _codes(match["mypy"])
                pyright[path.name, number] = _codes(match["pyright"])
    return mypy, pyright


def _run_mypy(files: Iterable[Path], cache: Path) -> tuple[str, int]:
    # mypy_path in pyproject.toml is relative to the working directory.
    with contextlib.chdir(ROOT):
        stdout, stderr, status = mypy_api.run(
            [
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                str(cache),
                "--follow-imports",
                "silent",
                *map(str, files),
            ]
        )
    return stdout + stderr, status


def _mypy_errors(output: str) -> Found:
    found: Found = defaultdict(set)
    for line in output.splitlines():
        match = _MYPY_ERROR.match(line)
        if match:
            found[Path(match["path"]).name, int(match["line"])].add(match["code"])
    return dict(found)


def _run_pyright(config: Path) -> dict[str, Any]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "-p",
            str(config),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    try:
        report: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright gave no JSON report:\n{result.stdout}\n{result.stderr}")
    return report


def _pyright_diagnostics(report: dict[str, Any], severity: str = "error") -> Found:
    found: Found = defaultdict(set)
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == severity:
            where = Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1
            found[where].add(diagnostic.get("rule", diagnostic["message"]))
    return dict(found)


def _show(report: dict[str, Any]) -> str:
    return "\n".join(
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['severity']}: "
        f"{d['message']} ({d.get('rule', '-')})"
        for d in report["generalDiagnostics"]
    )


def _pyright_config(directory: Path, **settings: Any) -> Path:
    """A copy of tests/typing/pyrightconfig.json in ``directory``, finding the package at ROOT."""
    config = json.loads(PYRIGHT_CONFIG.read_text())
    for relative in ("venvPath", "venv"):  # --pythonpath names the interpreter instead
        config.pop(relative, None)
    config.update(extraPaths=[str(ROOT)], **settings)
    path = directory / "pyrightconfig.json"
    path.write_text(json.dumps(config, indent=2))
    return path


@pytest.fixture(scope="module")
def stripped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The negative cases with their markers removed."""
    directory = tmp_path_factory.mktemp("stripped")
    for path in NEGATIVE:
        lines = [_MARKERS.sub("", line) for line in path.read_text().splitlines()]
        (directory / path.name).write_text("\n".join(lines) + "\n")
    return directory


def test_the_cases_are_there_and_marked_for_both_checkers() -> None:
    """Each negative file has cases, each marker names codes for both checkers, positives none."""
    assert POSITIVE
    assert NEGATIVE
    mypy, _ = _expected()
    for path in NEGATIVE:
        assert any(name == path.name for name, _ in mypy), f"{path.name} has no case"
    for path in POSITIVE + NEGATIVE:
        with path.open("rb") as source:
            comments = [
                token
                for token in tokenize.tokenize(source.readline)
                if token.type == tokenize.COMMENT
                and ("type: ignore" in token.string or "pyright: ignore" in token.string)
            ]
        for token in comments:
            where = f"{path.name}:{token.start[0]}"
            assert path in NEGATIVE, f"{where}: a positive case ignores errors"
            assert _MARKERS.search(token.line), f"{where}: needs both markers"


def test_mypy_passes_the_positive_cases_and_every_negative_marker() -> None:
    """mypy --strict finds nothing left: positives are clean, each negative is ignored exactly."""
    output, status = _run_mypy(POSITIVE + NEGATIVE, MYPY_CACHE / "cases")
    assert status == 0, output
    assert output.startswith("Success: no issues found"), output


def test_pyright_passes_the_positive_cases_and_every_negative_marker() -> None:
    """pyright strict finds nothing left: positives are clean, each negative is ignored exactly."""
    report = _run_pyright(PYRIGHT_CONFIG)
    assert report["summary"]["filesAnalyzed"] == len(POSITIVE + NEGATIVE), _show(report)
    assert report["summary"]["errorCount"] == 0, _show(report)
    assert report["summary"]["warningCount"] == 0, _show(report)


def test_every_negative_case_fails_mypy_with_its_codes(stripped: Path) -> None:
    """Without its marker, each negative line fails mypy with exactly the codes it names."""
    expected, _ = _expected()
    output, status = _run_mypy(sorted(stripped.glob("*.py")), MYPY_CACHE / "stripped")
    assert status == 1, output
    assert _mypy_errors(output) == expected, output


def test_every_negative_case_fails_pyright_with_its_rules(stripped: Path) -> None:
    """Without its marker, each negative line fails pyright with exactly the rules it names."""
    _, expected = _expected()
    report = _run_pyright(_pyright_config(stripped, include=["."]))
    assert report["summary"]["filesAnalyzed"] == len(NEGATIVE), _show(report)
    assert _pyright_diagnostics(report) == expected, _show(report)


@pytest.mark.parametrize("path", POSITIVE, ids=lambda path: path.stem)
def test_positive_case_runs(path: Path) -> None:
    """A positive case is a working program, not only one that type-checks."""
    runpy.run_path(str(path), run_name="__main__")


def test_readme_shows_the_downstream_program_checked_here() -> None:
    """The README's Type checking section shows cases/positive_readme.py as it is checked."""
    program = (CASES / "positive_readme.py").read_text()
    body = program.split('"""\n\n', 1)[1].split('if __name__ == "__main__":')[0].strip()
    readme = (ROOT / "README.md").read_text()
    section = readme.partition("\n## Type checking\n")[2].partition("\n## ")[0]
    assert f"```python\n{body}\n```" in section


# --- what the public API says, as pyright reports it ----------------------------------------


def _public_api() -> dict[str, str]:
    """Every public function, constructor, method and property of the package, by name, with
    the expression that reveals its type."""
    exprs: dict[str, str] = {}
    for name in transcribe_model.__all__:
        value = getattr(transcribe_model, name)
        label = f"transcribe_model.{name}"
        if not isinstance(value, type):
            exprs[label] = label
            continue
        # A generic class is looked at specialised, or its type variables read as unknown.
        parameters = {
            arg
            for base in getattr(value, "__orig_bases__", ())
            for arg in typing.get_args(base)
            if isinstance(arg, TypeVar)
        }
        cls = label + (f"[{', '.join('object' for _ in parameters)}]" if parameters else "")
        exprs[f"{label}.__init__"] = f"{cls}.__init__"
        for attribute, member in vars(value).items():
            if attribute.startswith("_"):
                continue
            if isinstance(member, property):  # its type is what an instance's attribute has
                exprs[f"{label}.{attribute}"] = f"instance_of({cls}).{attribute}"
            elif isinstance(member, (classmethod, staticmethod)) or (
                callable(member) and not isinstance(member, type)  # enum members are callable
            ):
                exprs[f"{label}.{attribute}"] = f"{cls}.{attribute}"
    return exprs


def _strategies() -> dict[str, str]:
    """The public names of transcribe_model.strategies, or none while it does not exist."""
    if not (ROOT / "transcribe_model" / "strategies.py").exists():
        return {}
    module = importlib.import_module("transcribe_model.strategies")
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
        ]
    return {f"{module.__name__}.{name}": f"{module.__name__}.{name}" for name in names}


@pytest.fixture(scope="module")
def revealed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The type pyright reveals for each public callable and each public strategy."""
    directory = tmp_path_factory.mktemp("reveal")
    exprs = _public_api() | _strategies()
    lines = [
        "from typing import TypeVar, reveal_type",
        "",
        "import transcribe_model",
        "import transcribe_model.strategies" if _strategies() else "",
        "",
        'T = TypeVar("T")',
        "",
        "",
        "def instance_of(cls: type[T]) -> T: ...",
        "",
        "",
    ]
    at_line: dict[int, str] = {}
    for label, expr in exprs.items():
        lines.append(f"reveal_type({expr})")
        at_line[len(lines)] = label
    (directory / "reveal.py").write_text("\n".join(lines) + "\n")
    report = _run_pyright(_pyright_config(directory, include=["reveal.py"]))
    assert report["summary"]["errorCount"] == 0, _show(report)
    types: dict[str, str] = {}
    for diagnostic in report["generalDiagnostics"]:
        match = re.fullmatch(r'Type of ".+?" is "(.*)"', diagnostic["message"], re.DOTALL)
        if match:
            types[at_line[diagnostic["range"]["start"]["line"] + 1]] = match[1]
    assert set(types) == set(exprs)
    return types


def test_no_any_leaks_into_the_public_api(revealed: dict[str, str]) -> None:
    """No public signature mentions Any or an unknown type, except for arbitrary wire values."""
    leaks = {}
    for expr, revealed_type in revealed.items():
        rest = revealed_type
        for allowed in ALLOWED_ANY:
            rest = rest.replace(allowed, "")
        if re.search(r"\b(Any|Unknown)\b", rest):
            leaks[expr] = revealed_type
    assert not leaks


def test_structure_and_from_json_are_generic_over_the_class(revealed: dict[str, str]) -> None:
    """structure and from_json return an instance of the class passed in."""
    for name in ("structure", "from_json"):
        signature = revealed[f"transcribe_model.{name}"]
        assert f"cls: type[M@{name}]" in signature, signature
        assert signature.endswith(f"-> M@{name}"), signature


def test_strategies_return_search_strategies(revealed: dict[str, str]) -> None:
    """Every public strategy is, or returns, a SearchStrategy of a precise type."""
    strategies = {
        expr: revealed_type
        for expr, revealed_type in revealed.items()
        if expr.startswith("transcribe_model.strategies.")
    }
    assert strategies, "pyright revealed no public name of transcribe_model.strategies"
    wrong = {}
    for expr, revealed_type in strategies.items():
        if revealed_type.startswith("("):  # a function: it makes strategies or registers them
            returns = revealed_type.rpartition("-> ")[2]
            fine = returns.startswith("SearchStrategy[") or returns == "None"
        else:  # a strategy, or a constant or class the module exports
            fine = "SearchStrategy" not in revealed_type or revealed_type.startswith(
                "SearchStrategy["
            )
        if not fine or re.search(r"SearchStrategy\[(Any|Unknown)\]", revealed_type):
            wrong[expr] = revealed_type
    assert not wrong
