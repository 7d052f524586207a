"""Store speed: ingest throughput, re-ingest (skip) speed, query latency.

Articles are 10kGNAD records analysed once by the real pipeline (cached as Article JSON lines
in the cache file, so the pipeline's time is not counted); then they are stored in a fresh
SQLite file (and PostgreSQL when --pg URL is given) and queried.

    .venv/bin/python bench/store_ingest.py --n 200
    .venv/bin/python bench/store_ingest.py --n 200 --pg postgresql+psycopg://user@127.0.0.1:5432/db
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from newsgraph.model import Article
from newsgraph.pipeline import analyze
from newsgraph.readers import read_string
from newsgraph.store import ingest_article, open_store, queries

REPO = Path(__file__).resolve().parent.parent
GNAD = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def analysed(n: int, cache: Path) -> list[Article]:
    if cache.exists():
        docs = [Article.from_json(line) for line in cache.read_text("utf-8").splitlines()]
        if len(docs) >= n:
            return docs[:n]
    out = []
    with GNAD.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= n:
                break
            rec = json.loads(line)
            art = read_string(rec["text"], name=f"{rec['id']}.txt")
            art.source.url = f"https://example.org/10kgnad/{rec['id']}"
            out.append(analyze(art))
    cache.write_text("".join(a.to_json(indent=None) + "\n" for a in out), "utf-8")
    return out


def timed(fn: object, repeat: int = 20) -> float:
    """Median wall time of fn() in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run(url: str, docs: list[Article]) -> dict[str, float]:
    store = open_store(url)
    t = time.perf_counter()
    outcomes = [ingest_article(store, a).outcome for a in docs]
    ingest_s = time.perf_counter() - t
    assert outcomes.count("new") == len(docs), outcomes
    t = time.perf_counter()
    again = [ingest_article(store, a).outcome for a in docs]
    skip_s = time.perf_counter() - t
    assert set(again) == {"skipped"}
    people = queries.entities(store, type="PER", order="quotes", limit=5).items
    name = people[0].name if people else "Merkel"
    res = {
        "articles": len(docs),
        "facts": sum(len(a.quotes) + len(a.events) + len(a.entities) for a in docs),
        "ingest_articles_per_s": len(docs) / ingest_s,
        "reingest_skip_articles_per_s": len(docs) / skip_s,
        "search_ms": timed(lambda: queries.search(store, "Regierung")),
        "quotes_by_speaker_ms": timed(lambda: queries.quotes(store, speaker=name)),
        "entity_detail_ms": timed(lambda: queries.entity(store, name)),
        "network_ms": timed(lambda: queries.network(store), repeat=5),
    }
    store.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ng-bench.jsonl")
    ap.add_argument("--pg", help="PostgreSQL URL of an empty database to measure as well")
    args = ap.parse_args()
    t = time.perf_counter()
    docs = analysed(args.n, args.cache)
    print(f"analysed/cached {len(docs)} articles in {time.perf_counter() - t:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        results = {"sqlite": run(f"sqlite:///{tmp}/bench.sqlite", docs)}
    if args.pg:
        results["postgresql"] = run(args.pg, docs)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
