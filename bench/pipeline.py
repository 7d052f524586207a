"""Pipeline benchmark on the German news articles of ../shared/data/news-de/10kgnad.jsonl.

Measures, per stage, articles/s and tokens/s per core (read+structure, NER/syntax, entities,
quotes, events, store), peak RSS, a scaling curve for the batch engines (local with 1 and 2
workers, Spark with 2 partitions), and side by side in the same run a baseline a user would
otherwise assemble: the same spaCy pipeline (same NER model) over the raw texts, reported as ratios.

    .venv/bin/python bench/pipeline.py [--articles 200] [--repeat 3] [--no-spark] [--out bench/results/pipeline.json]

Writes JSON results and prints a Markdown table (paste it into bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def sample(n: int, tmp: Path) -> Path:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    while len(lines) < n:
        lines = lines + lines
    path = tmp / f"sample-{n}.jsonl"
    path.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    return path


def stage_benchmark(path: Path, repeat: int) -> dict[str, Any]:
    from newsgraph.batch.worker import BATCH_ARTICLES
    from newsgraph.pipeline import STAGES, _stage, build_contexts, load_nlp
    from newsgraph.readers import read_inputs

    results: dict[str, Any] = {}
    secs, articles = timed(
        lambda: [a for a in read_inputs([str(path)]) if hasattr(a, "blocks")], repeat
    )
    n = len(articles)
    tokens = sum(len(a.text.split()) for a in articles)
    words_per_article = tokens / n
    results["articles"] = n
    results["words_per_article"] = round(words_per_article, 1)
    results["read+structure"] = {
        "seconds": secs,
        "articles_per_s": n / secs,
        "tokens_per_s": tokens / secs,
    }

    nlp = load_nlp("de")
    # in groups of BATCH_ARTICLES, as the batch workers do (newsgraph.pipeline.analyze_batch)
    secs, contexts = timed(
        lambda: [
            ctx
            for i in range(0, n, BATCH_ARTICLES)
            for ctx in build_contexts(
                [a.model_copy(deep=True) for a in articles[i : i + BATCH_ARTICLES]], nlp
            )
        ],
        repeat,
    )
    results["nlp (syntax+NER)"] = {
        "seconds": secs,
        "articles_per_s": n / secs,
        "tokens_per_s": tokens / secs,
    }

    for name in STAGES:
        run = _stage(name)
        if run is None:
            results[name] = None
            continue

        def run_stage(run: Callable[[Any], None] = run) -> None:
            for ctx in contexts:
                run(ctx)

        # later stages read what earlier ones wrote, so run each once, in order (no repeat)
        start = time.perf_counter()
        run_stage()
        secs = time.perf_counter() - start
        results[name] = {"seconds": secs, "articles_per_s": n / secs, "tokens_per_s": tokens / secs}

    analysed = [ctx.article for ctx in contexts]
    try:
        from newsgraph.store.db import open_store
        from newsgraph.store.ingest import ingest_article

        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/bench.sqlite")
            start = time.perf_counter()
            for article in analysed:
                ingest_article(store, article)
            secs = time.perf_counter() - start
            store.close()
        results["store"] = {
            "seconds": secs,
            "articles_per_s": n / secs,
            "tokens_per_s": tokens / secs,
        }
    except ImportError:
        results["store"] = None

    total = sum(v["seconds"] for k, v in results.items() if isinstance(v, dict))
    results["full pipeline"] = {
        "seconds": total,
        "articles_per_s": n / total,
        "tokens_per_s": tokens / total,
    }

    # baseline: the same spaCy pipeline over the raw record texts (what a user would assemble)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    secs, _ = timed(
        lambda: [[(e.text, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)], repeat
    )
    results["baseline spaCy (same model)"] = {
        "seconds": secs,
        "articles_per_s": n / secs,
        "tokens_per_s": tokens / secs,
    }
    results["ratio full/baseline (articles/s)"] = results["full pipeline"]["articles_per_s"] / (
        n / secs
    )
    results["peak_rss_mb"] = peak_rss_mb()  # this process, holding every analysed doc at once
    return results


def scaling(path: Path, spark: bool) -> dict[str, Any]:
    """Whole `newsgraph batch` runs as separate processes (models loaded per worker)."""
    out: dict[str, Any] = {}
    runs = [("local", 1), ("local", 2)] + ([("spark", 2)] if spark else [])
    for engine, workers in runs:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                sys.executable,
                "-m",
                "newsgraph",
                "batch",
                str(path),
                "--out",
                tmp,
                "--engine",
                engine,
                "--workers",
                str(workers),
            ]
            start = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            secs = time.perf_counter() - start
        rss = re.search(r"peak\s+worker\s+RSS\s+(\d+)\s+MB", proc.stderr)
        out[f"{engine} x{workers}"] = {
            "seconds": secs,
            "exit": proc.returncode,
            "peak_worker_rss_mb": float(rss.group(1)) if rss else None,
        }
    base = out["local x1"]["seconds"]
    for value in out.values():
        value["speedup_vs_local_x1"] = base / value["seconds"]
    return out


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scaling-articles", type=int, default=400)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "pipeline.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # scaling first: a child forked from a large parent inherits its peak RSS figure
        scale = (
            None
            if args.no_scaling
            else scaling(sample(args.scaling_articles, Path(tmp)), not args.no_spark)
        )
        stages = stage_benchmark(sample(args.articles, Path(tmp)), args.repeat)
    result = {
        "machine": machine(),
        "stages": stages,
        "scaling": scale,
        "command": " ".join(sys.argv),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print("| stage | articles/s | tokens/s |\n|---|---:|---:|")
    for name, value in stages.items():
        if isinstance(value, dict):
            print(f"| {name} | {value['articles_per_s']:.1f} | {value['tokens_per_s']:,.0f} |")
    print(
        f"\nratio full/baseline: {stages['ratio full/baseline (articles/s)']:.2f}; peak RSS {stages['peak_rss_mb']:.0f} MB"
    )
    if scale:
        print("\n| run | seconds | speed-up | peak worker RSS (MB) |\n|---|---:|---:|---:|")
        for name, value in scale.items():
            print(
                f"| {name} | {value['seconds']:.1f} | {value['speedup_vs_local_x1']:.2f} | {value['peak_worker_rss_mb']} |"
            )


if __name__ == "__main__":
    main()
