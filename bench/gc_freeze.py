"""The cyclic garbage collector in a batch worker, with and without ``gc.freeze()``.

Each mode runs in a fresh process (``init_worker(freeze=…)`` as the batch workers call it),
both modes alternating ``--runs`` times: the worker processes the same ``--articles`` records of
``../shared/data/news-de/10kgnad.jsonl`` in batches (``process_many``), and reports the time
the collector's passes took (``gc.callbacks``), how many full (generation 2) passes ran, the
CPU seconds per article and the peak RSS. The GC time is the collector's own work, so it moves
little with the machine's load; the CPU time is read as a band.

    .venv/bin/python bench/gc_freeze.py --articles 200 --runs 2
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def worker(n: int, freeze: bool) -> dict[str, Any]:
    """One mode in this process: the numbers for ``n`` articles."""
    from newsgraph.batch.worker import batches, init_worker, peak_rss_mb, process_many
    from newsgraph.readers import read_string

    init_worker(freeze=freeze)
    articles = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if len(articles) == n:
                break
            text = json.loads(line)["text"]
            articles.append(read_string(text, format="text", name=f"gnad-{len(articles)}"))
    pauses: list[float] = []
    full = [0]
    started: list[float] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            pauses.append(time.perf_counter() - started.pop())
            full[0] += info["generation"] == 2

    gc.callbacks.append(callback)
    cpu = time.process_time()
    for batch in batches(articles):
        process_many(batch)
    cpu = time.process_time() - cpu
    gc.callbacks.remove(callback)
    return {
        "freeze": freeze,
        "gc_ms_per_article": 1000 * sum(pauses) / n,
        "full_collections": full[0],
        "cpu_ms_per_article": 1000 * cpu / n,
        "frozen_objects": gc.get_freeze_count(),
        "peak_rss_mb": round(peak_rss_mb()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--worker", choices=["on", "off"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.articles, args.worker == "on")))
        return
    results: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    for _ in range(args.runs):
        for mode in ("off", "on"):
            out = subprocess.run(
                [sys.executable, __file__, "--articles", str(args.articles), "--worker", mode],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            row = json.loads(out.strip().splitlines()[-1])
            results[row["freeze"]].append(row)
    keys = ("gc_ms_per_article", "full_collections", "cpu_ms_per_article", "peak_rss_mb")
    print(f"{'':24}{'no freeze':>14}{'gc.freeze()':>14}{'ratio':>8}")
    for key in keys:
        off = statistics.median(r[key] for r in results[False])
        on = statistics.median(r[key] for r in results[True])
        ratio = on / off if off else float("nan")
        print(f"{key:24}{off:14.2f}{on:14.2f}{ratio:8.3f}")
    print(f"{'frozen objects':24}{'':14}{results[True][0]['frozen_objects']:14d}")


if __name__ == "__main__":
    main()
