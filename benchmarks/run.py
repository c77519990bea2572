"""Benchmark transcribe_model against pydantic v2, msgspec and a rename-only floor.

    python benchmarks/run.py            # the full table (about a minute)
    python benchmarks/run.py --quick    # a few rounds, only to prove it runs (CI)

Every operation is timed in interleaved rounds (each round runs every implementation once, in
turn), so a slow moment of the machine hits all of them alike; the table shows the median
microseconds per operation and our ratio to each peer (ratio < 1: we are faster).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

sys.path.insert(0, str(Path(__file__).parent))

from fixtures import full_job, page_of_summaries
from peers import (
    build_msgspec_structs,
    build_pydantic_models,
    rename_floor,
    wire_to_attribute_names,
)

import transcribe_model as tm

Operation = dict[str, Callable[[], object]]


def _operations() -> dict[str, Operation]:
    pyd = build_pydantic_models()
    msg = build_msgspec_structs()
    names = wire_to_attribute_names()
    job = full_job()
    page = page_of_summaries()
    ours_job = tm.structure(job, tm.TranscriptionJob)
    ours_page = tm.structure(page, tm.ListTranscriptionJobsResponse)
    pyd_job = pyd["TranscriptionJob"].model_validate(job)
    pyd_page = pyd["ListTranscriptionJobsResponse"].model_validate(page)
    msg_job = msgspec.convert(job, msg["TranscriptionJob"])
    msg_page = msgspec.convert(page, msg["ListTranscriptionJobsResponse"])
    job_json = tm.to_json(ours_job)
    pyd_json_type = pyd["TranscriptionJob"]
    msg_decoder = msgspec.json.Decoder(msg["TranscriptionJob"])
    builtin = (datetime,)

    return {
        "structure job": {
            "transcribe_model": lambda: tm.structure(job, tm.TranscriptionJob),
            "pydantic": lambda: pyd["TranscriptionJob"].model_validate(job),
            "msgspec": lambda: msgspec.convert(job, msg["TranscriptionJob"]),
            "floor": lambda: rename_floor(job, names),
        },
        "unstructure job": {
            "transcribe_model": lambda: tm.unstructure(ours_job),
            "pydantic": lambda: pyd_job.model_dump(by_alias=True, exclude_none=True),
            "msgspec": lambda: msgspec.to_builtins(msg_job, builtin_types=builtin),
            "floor": lambda: rename_floor(job, names),
        },
        "structure page of 100": {
            "transcribe_model": lambda: tm.structure(page, tm.ListTranscriptionJobsResponse),
            "pydantic": lambda: pyd["ListTranscriptionJobsResponse"].model_validate(page),
            "msgspec": lambda: msgspec.convert(page, msg["ListTranscriptionJobsResponse"]),
            "floor": lambda: rename_floor(page, names),
        },
        "unstructure page of 100": {
            "transcribe_model": lambda: tm.unstructure(ours_page),
            "pydantic": lambda: pyd_page.model_dump(by_alias=True, exclude_none=True),
            "msgspec": lambda: msgspec.to_builtins(msg_page, builtin_types=builtin),
            "floor": lambda: rename_floor(page, names),
        },
        "from_json job": {
            "transcribe_model": lambda: tm.from_json(job_json, tm.TranscriptionJob),
            "pydantic": lambda: pyd_json_type.model_validate_json(job_json),
            "msgspec": lambda: msg_decoder.decode(job_json),
            "floor": lambda: rename_floor(json.loads(job_json), names),
        },
        "to_json job": {
            "transcribe_model": lambda: tm.to_json(ours_job, indent=None),
            "pydantic": lambda: pyd_job.model_dump_json(by_alias=True, exclude_none=True),
            "msgspec": lambda: msgspec.json.encode(msg_job),
            "floor": lambda: json.dumps(rename_floor(ours_job_dict, names), default=str),
        },
        "build + validate request": {
            "transcribe_model": _build_ours,
            "pydantic": lambda: _build_peer(pyd),
            "msgspec": lambda: _build_peer(msg),
            "floor": lambda: dict(_REQUEST_DICT),
        },
    }


ours_job_dict = full_job()

_REQUEST_DICT = {
    "TranscriptionJobName": "support-call-0142",
    "LanguageCode": "en-US",
    "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/calls/0142.wav"},
    "OutputBucketName": "amzn-s3-demo-bucket",
    "OutputKey": "transcripts/0142.json",
    "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 4},
    "Tags": [{"Key": "team", "Value": "support"}],
}


def _build_ours() -> object:
    return tm.StartTranscriptionJobRequest(
        transcription_job_name="support-call-0142",
        language_code=tm.LanguageCode.EN_US,
        media=tm.Media(media_file_uri="s3://amzn-s3-demo-bucket/calls/0142.wav"),
        output_bucket_name="amzn-s3-demo-bucket",
        output_key="transcripts/0142.json",
        settings=tm.Settings(show_speaker_labels=True, max_speaker_labels=4),
        tags=(tm.Tag(key="team", value="support"),),
    )


def _build_peer(models: dict[str, Any]) -> object:
    """The same request in a peer's classes (pydantic and msgspec take the same keywords)."""
    return models["StartTranscriptionJobRequest"](
        transcription_job_name="support-call-0142",
        language_code="en-US",
        media=models["Media"](media_file_uri="s3://amzn-s3-demo-bucket/calls/0142.wav"),
        output_bucket_name="amzn-s3-demo-bucket",
        output_key="transcripts/0142.json",
        settings=models["Settings"](show_speaker_labels=True, max_speaker_labels=4),
        tags=(models["Tag"](key="team", value="support"),),
    )


def _time_once(function: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        function()
    return (time.perf_counter() - start) / number * 1e6


def measure(
    operations: dict[str, Operation], rounds: int, number: int
) -> dict[str, dict[str, float]]:
    """Median microseconds per call, per operation and implementation, over interleaved rounds."""
    samples: dict[str, dict[str, list[float]]] = {
        op: {impl: [] for impl in impls} for op, impls in operations.items()
    }
    for _ in range(rounds):
        for op, impls in operations.items():
            for impl, function in impls.items():
                samples[op][impl].append(_time_once(function, number))
    return {
        op: {impl: statistics.median(values) for impl, values in impls.items()}
        for op, impls in samples.items()
    }


def import_time_ms(repeats: int) -> tuple[float, bool]:
    """Median cold import time of transcribe_model in a fresh process, and whether botocore came."""
    code = (
        "import sys, time; t = time.perf_counter(); import transcribe_model; "
        "print(time.perf_counter() - t, 'botocore' in sys.modules)"
    )
    times = []
    botocore_imported = False
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        seconds, imported = out.stdout.split()
        times.append(float(seconds) * 1000)
        botocore_imported = botocore_imported or imported == "True"
    return statistics.median(times), botocore_imported


def validation_operations() -> dict[str, Operation]:
    """Ours against what boto3 runs before every call anyway: botocore's ParamValidator.

    ParamValidator checks types, required members and minimums only (no maximum, pattern, enum
    or rule); ours checks all of them, and every documented rule.
    """
    import botocore.session
    from botocore.validate import ParamValidator

    model = botocore.session.get_session().get_service_model("transcribe")
    shape = model.operation_model("StartTranscriptionJob").input_shape
    validator = ParamValidator()
    request = dict(_REQUEST_DICT)

    def botocore_validates() -> object:
        report = validator.validate(request, shape)
        return report.has_errors()

    return {
        "structure + validate dict": {
            "transcribe_model": lambda: tm.structure(request, tm.StartTranscriptionJobRequest),
            "ParamValidator": botocore_validates,
        },
        "build with constructors": {
            "transcribe_model": _build_ours,
            "ParamValidator": botocore_validates,
        },
    }


_FIRST_USE = """
import sys, time
sys.path.insert(0, {benchmarks!r})
from fixtures import full_job
job = full_job()
started = time.perf_counter()
{body}
print(time.perf_counter() - started)
"""


def first_use_ms(bodies: list[str], repeats: int) -> list[float]:
    """Median milliseconds of each of ``bodies`` in a fresh process, bytecode compiled as pip
    does; the bodies take turns, so a slow moment of the machine hits them alike."""
    import compileall
    import os

    compileall.compile_dir(str(Path(tm.__file__).parent), quiet=1)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    codes = [_FIRST_USE.format(benchmarks=str(Path(__file__).parent), body=body) for body in bodies]
    times: list[list[float]] = [[] for _ in bodies]
    for _ in range(repeats):
        for code, kept in zip(codes, times, strict=True):
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
            )
            kept.append(float(out.stdout.split()[-1]) * 1000)
    return [statistics.median(kept) for kept in times]


def memory_per_job(make: Callable[[], object], count: int, repeats: int = 5) -> float:
    """Bytes held per parsed job, over ``count`` jobs kept alive at once (median of repeats)."""
    make()  # warm caches outside the measurement
    results = []
    for _ in range(repeats):
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = [make() for _ in range(count)]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del kept
        results.append((after - before) / count)
    return statistics.median(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few rounds, only to prove it runs")
    args = parser.parse_args()
    rounds, number = (3, 20) if args.quick else (31, 200)

    operations = _operations()
    results = measure(operations, rounds, number)
    peers = ["pydantic", "msgspec", "floor"]
    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(
        f"machine: {platform.machine()}, {python}, "
        f"{rounds} interleaved rounds x {number} calls, median us per call"
    )
    header = f"{'operation':<26}{'ours':>10}" + "".join(f"{p:>10}" for p in peers)
    header += "".join(f"{'vs ' + p:>14}" for p in peers)
    print(header)
    for op, by_impl in results.items():
        ours = by_impl["transcribe_model"]
        row = f"{op:<26}{ours:>10.2f}" + "".join(f"{by_impl[p]:>10.2f}" for p in peers)
        row += "".join(f"{ours / by_impl[p]:>13.2f}x" for p in peers)
        print(row)

    import_ms, botocore_imported = import_time_ms(3 if args.quick else 15)
    print(
        f"\ncold import of transcribe_model: {import_ms:.1f} ms "
        f"(botocore imported: {botocore_imported})"
    )

    checks = measure(validation_operations(), rounds, number)
    print(f"\n{'validation':<26}{'ours':>10}{'botocore':>10}{'vs botocore':>14}")
    for op, by_impl in checks.items():
        ours, botocore_us = by_impl["transcribe_model"], by_impl["ParamValidator"]
        print(f"{op:<26}{ours:>10.2f}{botocore_us:>10.2f}{ours / botocore_us:>13.2f}x")

    repeats = 3 if args.quick else 21
    first, attrs_only = first_use_ms(
        [
            "import transcribe_model as tm\n"
            "tm.unstructure(tm.structure(job, tm.TranscriptionJob))",
            "import attrs",
        ],
        repeats,
    )
    print(
        f"import + first structure/unstructure of a job: {first:.1f} ms; import attrs: "
        f"{attrs_only:.1f} ms; ratio {first / attrs_only:.2f}x (bytecode compiled)"
    )

    job = full_job()
    pyd = build_pydantic_models()
    msg = build_msgspec_structs()
    count = 50 if args.quick else 2000
    ours_bytes = memory_per_job(lambda: tm.structure(job, tm.TranscriptionJob), count)
    pyd_bytes = memory_per_job(lambda: pyd["TranscriptionJob"].model_validate(job), count)
    msg_bytes = memory_per_job(lambda: msgspec.convert(job, msg["TranscriptionJob"]), count)
    print(
        f"memory per job: ours {ours_bytes:.0f} B, pydantic {pyd_bytes:.0f} B, "
        f"msgspec {msg_bytes:.0f} B; ours / msgspec = {ours_bytes / msg_bytes:.2f}x"
    )


if __name__ == "__main__":
    main()
