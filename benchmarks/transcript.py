"""Benchmark reading and rendering a one-hour transcript.

    python benchmarks/transcript.py            # the full run (about half a minute)
    python benchmarks/transcript.py --quick    # a few rounds, only to prove it runs (CI)

The document: 12,000 items of a two-speaker hour (about 10,000 words and 2,000 punctuation
marks) with item ids and labels, speaker segments and audio segments, as the service writes
since 2024: about 4 MB of JSON. Targets (issue 11): ``read_transcript`` within 3x
``json.loads`` of the same text; ``to_srt`` within the time of ``read_transcript``.
Rounds are interleaved, medians of CPU time reported. ``read_transcript`` pauses the cyclic
garbage collector while it reads (it makes no cycles); its ratio to ``json.loads`` with the
collector off as well is printed too, to show the reader's own work.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from transcribe_model.transcript import read_transcript, to_srt, to_text


def one_hour(items: int = 12_000, seed: int = 11) -> str:
    """The JSON text of a consistent one-hour, two-speaker transcript of ``items`` items."""
    rng = random.Random(seed)
    vocabulary = [
        "the",
        "quarterly",
        "numbers",
        "look",
        "good",
        "we",
        "should",
        "ship",
        "it",
        "Amazon",
        "transcribe",
        "customer",
        "really",
        "I",
        "think",
        "so",
        "okay",
    ]
    out: list[dict[str, Any]] = []
    segments: list[dict[str, Any]] = []
    audio: list[dict[str, Any]] = []
    clock = 0
    speaker = 0
    run: list[dict[str, Any]] = []

    def close_run() -> None:
        if not run:
            return
        label = f"spk_{speaker}"
        timed = [item for item in run if "start_time" in item]
        segments.append(
            {
                "start_time": timed[0]["start_time"],
                "end_time": timed[-1]["end_time"],
                "speaker_label": label,
                "items": [
                    {
                        "start_time": i["start_time"],
                        "end_time": i["end_time"],
                        "speaker_label": label,
                    }
                    for i in timed
                ],
            }
        )
        text = "".join(
            (" " if n and i["type"] == "pronunciation" else "") + i["alternatives"][0]["content"]
            for n, i in enumerate(run)
        )
        audio.append(
            {
                "id": len(audio),
                "transcript": text,
                "start_time": timed[0]["start_time"],
                "end_time": timed[-1]["end_time"],
                "speaker_label": label,
                "items": [i["id"] for i in run],
            }
        )
        run.clear()

    while len(out) < items:
        if run and rng.random() < 0.02:
            close_run()
            speaker = 1 - speaker
        clock += rng.randint(0, 120)
        length = rng.randint(90, 400)
        item: dict[str, Any] = {
            "id": len(out),
            "type": "pronunciation",
            "alternatives": [
                {
                    "confidence": str(Decimal(rng.randint(500, 1000)).scaleb(-3)),
                    "content": rng.choice(vocabulary),
                }
            ],
            "start_time": str(Decimal(clock).scaleb(-3)),
            "end_time": str(Decimal(clock + length).scaleb(-3)),
            "speaker_label": f"spk_{speaker}",
        }
        clock += length
        out.append(item)
        run.append(item)
        if rng.random() < 0.2 and len(out) < items:
            mark = {
                "id": len(out),
                "type": "punctuation",
                "alternatives": [{"confidence": "0.0", "content": rng.choice(".,?")}],
                "speaker_label": f"spk_{speaker}",
            }
            out.append(mark)
            run.append(mark)
    close_run()
    text = "".join(
        (" " if n and i["type"] == "pronunciation" else "") + i["alternatives"][0]["content"]
        for n, i in enumerate(out)
    )
    return json.dumps(
        {
            "jobName": "one-hour",
            "accountId": "123456789012",
            "status": "COMPLETED",
            "results": {
                "transcripts": [{"transcript": text}],
                "speaker_labels": {"channel_label": "ch_0", "speakers": 2, "segments": segments},
                "items": out,
                "audio_segments": audio,
            },
        }
    )


def _cpu_seconds(function: Callable[[], object]) -> float:
    # CPU time of this process: the machine is shared, and wall time counts the others' work.
    start = time.process_time()
    function()
    return time.process_time() - start


def _loads_gc_off(text: str) -> object:
    gc.disable()
    try:
        return json.loads(text)
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few rounds, only to prove it runs")
    args = parser.parse_args()
    text = one_hour()
    doc = read_transcript(text)
    assert to_text(doc) == doc.transcript
    operations: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(text),
        "json.loads, gc off": lambda: _loads_gc_off(text),
        "read_transcript": lambda: read_transcript(text),
        "to_srt": lambda: to_srt(doc),
    }
    times: dict[str, list[float]] = {name: [] for name in operations}
    for _ in range(3 if args.quick else 21):  # interleaved: a slow moment hits all alike
        for name, operation in operations.items():
            times[name].append(_cpu_seconds(operation))
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    items = len(doc.results.items or ()) if doc.results else 0
    print(f"one-hour transcript: {len(text) / 1e6:.1f} MB, {items} items (CPU ms, medians)")
    for name, value in ms.items():
        print(f"  {name:20} {value:8.1f}")
    read = ms["read_transcript"]
    print(f"  read_transcript / json.loads         = {read / ms['json.loads']:.2f}x (target <= 3)")
    print(f"  read_transcript / json.loads, gc off = {read / ms['json.loads, gc off']:.2f}x")
    print(f"  to_srt / read_transcript             = {ms['to_srt'] / read:.2f}x (target <= 1)")


if __name__ == "__main__":
    main()
