"""Where a local batch run spends its CPU: the reading process vs its workers.

The local engine's parent splits the inputs into records and writes Parquet; the workers build
the Articles and analyse them. Whatever CPU the parent needs is done by one process for all
workers, so its share sets a ceiling on scaling: with a share ``p`` of all CPU, n workers on n
cores run at most ``n / (1 + (n - 1) · p)``-fold faster than one (Amdahl), and on two cores the
three processes share two cores. This prints the parent's and the workers' CPU seconds.

    OMP_NUM_THREADS=1 .venv/bin/python bench/batch_cpu_split.py INPUT… [--workers 1] [--stages none]
        [--max-mb 1000]

Compare two code versions by running it from two worktrees (``PYTHONPATH=WORKTREE/src``).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from newsgraph.batch.local import run_local
from newsgraph.pipeline import STAGES
from newsgraph.readers import ReaderOptions


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--stages", choices=("all", "none"), default="all")
    parser.add_argument("--max-mb", type=float, default=1000.0)
    args = parser.parse_args()
    options = ReaderOptions(max_bytes=int(args.max_mb * 1024 * 1024))
    stages = STAGES if args.stages == "all" else ()
    with tempfile.TemporaryDirectory() as tmp:
        before = _cpu(resource.getrusage(resource.RUSAGE_SELF))
        start = time.perf_counter()
        summary = run_local(args.inputs, Path(tmp), options, workers=args.workers, stages=stages)
        wall = time.perf_counter() - start
        parent = _cpu(resource.getrusage(resource.RUSAGE_SELF)) - before
        workers = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN))
    print(
        json.dumps(
            {
                "articles": summary.articles,
                "errors": summary.errors,
                "workers": args.workers,
                "wall_s": round(wall, 1),
                "parent_cpu_s": round(parent, 2),
                "workers_cpu_s": round(workers, 2),
                "parent_share": round(parent / (parent + workers), 3),
                "peak_worker_rss_mb": summary.peak_worker_rss_mb,
            }
        )
    )


if __name__ == "__main__":
    main()
