"""The code blocks of README.md, as the README test runs them.

Each fenced block gets an id, ``<section>/<language>-<n>`` (the ``##`` heading made a slug, and
its place among the blocks of that language in the section), so a test failure names the block a
reader sees. HTML comments on the lines right before a fence say how it is run, in a form a
reader of the rendered page never sees and a reader of the source understands:

``<!-- not run: REASON -->``
    The block is not run (it needs an AWS account, or shows code that is wrong on purpose). The
    README test lists these ids exactly, so a block cannot stop running unnoticed.
``<!-- run: exit N -->``
    (shell blocks) every command of the block runs, from the repository root, and exits N.
``<!-- run line K: exit N -->``
    (shell blocks) command K of the block (counting commands, from 1) runs and exits N; the
    block's other commands are not run, and are listed like blocks that are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_FENCE = re.compile(r"^```(\S*)\s*$")
_COMMENT = re.compile(r"^<!--\s*(.*?)\s*-->\s*$")
_NOT_RUN = re.compile(r"^not run:\s*(\S.*)$")
_RUN = re.compile(r"^run(?: line (\d+))?:\s*exit (\d+)$")


class MarkerError(ValueError):
    """A marker comment the extractor does not understand: refused rather than ignored, since
    an ignored marker would quietly run (or skip) a block against the author's intent."""


@dataclass(frozen=True)
class Command:
    """One command line of a shell block (comments stripped, as the shell would)."""

    id: str
    line: str
    expected_exit: int | None  # None: not run


@dataclass(frozen=True)
class Block:
    """A fenced code block of the README and how its markers say to run it."""

    id: str
    language: str
    code: str
    lineno: int
    not_run: str | None = None
    runs: dict[int | None, int] = field(default_factory=dict[int | None, int])

    def commands(self) -> list[Command]:
        """The block's commands, each with the exit status its markers expect (None: not run)."""
        lines = [
            line.split(" #", 1)[0].strip()
            for line in self.code.splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
        commands: list[Command] = []
        for number, line in enumerate(lines, 1):
            expected: int | None = (
                None if self.not_run else self.runs.get(number, self.runs.get(None))
            )
            commands.append(Command(f"{self.id}:{number}", line, expected))
        for wanted in self.runs:
            if wanted is not None and not 1 <= wanted <= len(lines):
                raise MarkerError(f"{self.id}: no command {wanted} to run")
        return commands


def _slug(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def read_blocks(text: str | None = None) -> list[Block]:
    """Every fenced block of the README, in order, with its id and markers."""
    lines = (README.read_text() if text is None else text).splitlines()
    blocks: list[Block] = []
    section = "top"
    counts: dict[tuple[str, str], int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            section = _slug(line[3:])
        fence = _FENCE.match(line)
        if not fence:
            index += 1
            continue
        language = fence.group(1) or "text"
        end = lines.index("```", index + 1)
        counts[section, language] = counts.get((section, language), 0) + 1
        block_id = f"{section}/{language}-{counts[section, language]}"
        not_run: str | None = None
        runs: dict[int | None, int] = {}
        above = index - 1
        while above >= 0 and (comment := _COMMENT.match(lines[above])):
            marker = comment.group(1)
            if skipped := _NOT_RUN.match(marker):
                not_run = skipped.group(1)
            elif run := _RUN.match(marker):
                runs[int(run.group(1)) if run.group(1) else None] = int(run.group(2))
            else:
                raise MarkerError(f"{block_id}: marker not understood: {lines[above]}")
            above -= 1
        if not_run and runs:
            raise MarkerError(f"{block_id}: marked both run and not run")
        if runs and language != "sh":
            raise MarkerError(f"{block_id}: exit statuses are for sh blocks")
        code = "\n".join(lines[index + 1 : end]) + "\n"
        blocks.append(Block(block_id, language, code, index + 1, not_run, runs))
        index = end + 1
    return blocks
