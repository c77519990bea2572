"""Build the API reference with pdoc, failing on any warning (run by ``bash scripts/docs``).

pdoc reports what it cannot render (an annotation it cannot resolve, a docstring it cannot
parse, a link to nothing) as a warning and writes the page anyway; a reference that quietly
shows ``Mapping[str, Any]`` unresolved or a broken cross-reference is the kind of lie this
build exists to catch, so every warning is printed and the build exits 1.

The modules are found, not listed: the package and every public submodule (no leading
underscore at any level), so a new family or module is documented the day it lands. pdoc itself
follows ``__all__`` and would not reach the submodules of a package that defines one.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import warnings
from pathlib import Path
from typing import Any

import attrs

PACKAGE = "transcribe_model"


def public_modules(package: str = PACKAGE) -> list[str]:
    """The package and its public submodules, by name, sorted."""
    root = __import__(package)
    found = [package]
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            found.append(info.name)
    return sorted(found)


def resolve_inherited_annotations(cls: type[Any]) -> None:
    """Give ``cls.__init__`` the types of its inherited attrs fields as objects.

    attrs copies a field's annotation into the ``__init__`` of every subclass as the base wrote
    it: with ``from __future__ import annotations``, the string ``"Mapping[str, Any]"`` of the
    base's ``unknown_members``, which pdoc then evaluates in the subclass's module, where
    ``Any`` or ``Mapping`` may not be imported. Evaluated in the module of the class that
    declared the field, it is the type the code says; one that fails there is left for pdoc to
    report.
    """
    annotations: dict[str, Any] = getattr(cls.__init__, "__annotations__", {})
    for field in attrs.fields(cls):
        hint = annotations.get(field.alias)
        owner = next(
            (k for k in cls.__mro__ if field.name in vars(k).get("__annotations__", {})), cls
        )
        if isinstance(hint, str) and owner is not cls:
            namespace = vars(importlib.import_module(owner.__module__))
            try:
                annotations[field.alias] = eval(hint, namespace)  # the source's own annotation
            except NameError:
                continue


def build(output: Path, modules: list[str] | None = None) -> list[str]:
    """Write the HTML reference of ``modules`` (by default the package's public modules) into
    ``output``; every warning pdoc gave, as text."""
    import pdoc
    import pdoc.render

    modules = public_modules() if modules is None else modules
    for name in modules:
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", dir(module)):  # lazy names load here
            value = getattr(module, attribute)
            if isinstance(value, type) and attrs.has(value):
                resolve_inherited_annotations(value)
    pdoc.render.configure(docformat="google", show_source=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*modules, output_directory=output)
    return [f"{warning.category.__name__}: {warning.message}" for warning in caught]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/docs", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("build/docs"))
    parser.add_argument("modules", nargs="*", help="default: the package's public modules")
    arguments = parser.parse_args(argv)
    output: Path = arguments.output
    problems = build(output, arguments.modules or None)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} warning(s): the API reference is not clean", file=sys.stderr)
        return 1
    pages = sum(1 for _ in output.rglob("*.html"))
    print(f"API reference: {pages} pages in {output}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
