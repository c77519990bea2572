"""The API reference build (``bash scripts/docs``, ``tools/docs.py``): what it covers, and that a
warning from pdoc fails it. scripts/test runs the full build once; these tests are quick."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import attrs

from tools import docs
from transcribe_model._base import WireModel

ROOT = Path(__file__).resolve().parent.parent

FAMILIES = {
    "call_analytics_categories",
    "call_analytics_jobs",
    "common",
    "language_models",
    "medical_scribe_jobs",
    "medical_transcription_jobs",
    "medical_vocabularies",
    "tagging",
    "transcribe_audio",
    "transcription_jobs",
    "vocabularies",
    "vocabulary_filters",
}


def test_the_reference_covers_the_package_and_its_public_modules() -> None:
    """The client, strategies, transcript and every family are documented; nothing private."""
    modules = docs.public_modules()
    expected = {"transcribe_model"} | {
        f"transcribe_model.{name}" for name in {"client", "strategies", "transcript", *FAMILIES}
    }
    assert expected <= set(modules)
    assert not [name for name in modules if "._" in name]


@attrs.frozen(kw_only=True)
class _Probe(WireModel):
    """A shape class in a module that imports neither ``Mapping`` nor ``Any`` by those names."""

    name: str


def test_an_inherited_annotation_is_resolved_where_it_was_written() -> None:
    """``unknown_members`` is written in _base.py; here its string names nothing."""
    annotations = _Probe.__init__.__annotations__
    assert annotations["unknown_members"] == "Mapping[str, Any]"
    docs.resolve_inherited_annotations(_Probe)
    from collections.abc import Mapping
    from typing import Any

    assert annotations["unknown_members"] == Mapping[str, Any]
    assert annotations["name"] == "str"  # declared here: left for pdoc to read here


def test_a_warning_from_pdoc_fails_the_build(tmp_path: Path) -> None:
    """An annotation pdoc cannot resolve is reported, and the command exits 1 (run as a process
    of its own, so pdoc and its templates stay out of the suite's memory)."""
    (tmp_path / "docs_probe.py").write_text(
        '"""A module."""\n\n\ndef f(x: "Missing") -> None:\n    """Take x."""\n'
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-m", "tools.docs", "--output", str(tmp_path / "out"), "docs_probe"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Error parsing type annotation Missing" in done.stderr
    assert "1 warning(s)" in done.stderr
    assert (tmp_path / "out" / "docs_probe.html").is_file()  # written, and still refused
