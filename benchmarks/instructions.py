"""The benchmark's ratios in instructions executed, not seconds: the same on every run.

    python benchmarks/instructions.py            # about a minute; needs valgrind
    python benchmarks/instructions.py --quick    # two calls each, no first use: only to run

Exits 3, having counted nothing, where it cannot count: no valgrind, or a Python built without
symbols (callgrind must find ``_operator_call``).

A virtual machine's speed wanders by 30 % and more between runs, so two timings of one change
can disagree on its sign. Counting instructions with valgrind's callgrind does not wander: each
measured loop runs inside ``operator.call``, and callgrind is told to count only inside that
function and to write a total after each call (``--toggle-collect``, ``--dump-after``), so one
process measures every operation of ``run.py`` in turn. Instructions are not time (a cache miss
costs more than an add), but for the same interpreter on the same data they track it closely,
and a change that saves instructions saves time. Import plus first use is counted as whole
processes, less one that only starts and loads the fixtures.
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
#: The exit status when this machine cannot count: no valgrind, or a Python without symbols.
CANNOT_COUNT = 3
_CALLGRIND = [
    "valgrind",
    "--tool=callgrind",
    "--collect-atstart=no",
    "--toggle-collect=_operator_call",
    "--dump-after=_operator_call",
]


def _child(calls: int) -> None:
    """Run inside callgrind: every (operation, implementation) once in ``operator.call``."""
    sys.path.insert(0, str(HERE))
    import run

    operations = {**run._operations(), **run.validation_operations()}
    order = []
    for op, impls in operations.items():
        for impl, function in impls.items():
            for _ in range(20):  # warm: caches and first-use work are not what is counted
                function()
            operator.call(_loop(function, calls))
            order.append([op, impl])
    print(json.dumps(order))


def _loop(function: Callable[[], object], calls: int) -> Callable[[], None]:
    def loop() -> None:
        for _ in range(calls):
            function()

    return loop


def _totals(prefix: Path) -> list[int]:
    """The instruction totals of the dumps ``prefix.1``, ``prefix.2``, ..., in order."""
    found = []
    for dump in prefix.parent.glob(prefix.name + ".*"):
        for line in dump.read_text().splitlines():
            if line.startswith("summary:"):
                found.append((int(dump.suffix[1:]), int(line.split()[1])))
    return [total for _, total in sorted(found)]


def _process_instructions(code: str, out: Path) -> int:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    subprocess.run(  # the run above wrote the bytecode; this one is counted
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", code],
        check=True,
        env=env,
        capture_output=True,
    )
    for line in out.read_text().splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1])
    raise RuntimeError(f"no summary in {out}")


def first_use_ratio(work: Path) -> tuple[float, float, float]:
    """Instructions (millions) of import + first use, of ``import attrs``, and their ratio,
    each less a process that only starts and loads the fixtures."""
    head = (
        f"import sys\nsys.path.insert(0, {str(HERE)!r})\n"
        "from fixtures import full_job\njob = full_job()\n"
    )
    base = _process_instructions(head, work / "base.out")
    ours = _process_instructions(
        head + "import transcribe_model as tm\n"
        "tm.unstructure(tm.structure(job, tm.TranscriptionJob))\n",
        work / "ours.out",
    )
    attrs_only = _process_instructions(head + "import attrs\n", work / "attrs.out")
    return (ours - base) / 1e6, (attrs_only - base) / 1e6, (ours - base) / (attrs_only - base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two calls each, only to run")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing counted")
        sys.exit(CANNOT_COUNT)
    calls = 2 if args.quick else 50  # the counts do not wander: a few calls are enough
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        prefix = work / "loops.out"
        child = subprocess.run(
            [
                *_CALLGRIND,
                f"--callgrind-out-file={prefix}",
                sys.executable,
                __file__,
                "--child",
                str(calls),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        order = json.loads(child.stdout.splitlines()[-1])
        totals = _totals(prefix)
        if not totals:  # a Python built without symbols: callgrind cannot see operator.call
            print("callgrind found no _operator_call in this Python's symbols: nothing counted")
            sys.exit(CANNOT_COUNT)
        if len(totals) != len(order):
            raise RuntimeError(f"{len(totals)} dumps for {len(order)} loops")
        per_call: dict[str, dict[str, float]] = {}
        for (op, impl), total in zip(order, totals, strict=True):
            per_call.setdefault(op, {})[impl] = total / calls
        _print(per_call, calls)
        if args.quick:
            return
        ours, attrs_only, ratio = first_use_ratio(work)
        print(
            f"import + first structure/unstructure of a job: {ours:.1f} M instructions; "
            f"import attrs: {attrs_only:.1f} M; ratio {ratio:.2f}x (bytecode compiled)"
        )


def _print(per_call: dict[str, dict[str, float]], calls: int) -> None:
    print(f"thousands of instructions per call (callgrind, {calls} calls each)")
    print(f"{'operation':<28}{'ours':>9}{'peer':>9}  ratio")
    for op, by_impl in per_call.items():
        ours = by_impl["transcribe_model"]
        peer_name = "ParamValidator" if "ParamValidator" in by_impl else "pydantic"
        peer = by_impl[peer_name]
        print(f"{op:<28}{ours / 1e3:>9.1f}{peer / 1e3:>9.1f}  {ours / peer:.2f}x {peer_name}")


if __name__ == "__main__":
    main()
