"""Time and amount extraction: stage speed with and without the pattern gates, same output.

The times and amounts stages run each of their patterns on every sentence; the gates skip a
pattern when a cheap necessary condition (a lexicon word, a digit, "uhr" …) fails on the
lower-cased sentence. This script runs both paths side by side on the same sentences of the
first N records of ``../shared/data/news-de/10kgnad.jsonl`` (cut by the plain splitter of
``newsgraph.times.sentences``), checks that they give identical output (with and without a
publication date) and prints µs per sentence and articles/s of each path.

    .venv/bin/python bench/times_amounts.py [--articles 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"
PUBLISHED = "2016-05-04"  # any date: the identity check runs with and without one


def load_sentences(n: int) -> list[list[str]]:
    from newsgraph.times.sentences import split_sentences

    out = []
    with DATA.open(encoding="utf-8") as fh:
        for line, _ in zip(fh, range(n), strict=False):
            text = json.loads(line)["text"]
            out.append([text[s:e] for s, e in split_sentences(text)])
    return out


def times_run(articles: list[list[str]], gated: bool, published: str | None) -> list[Any]:
    from newsgraph.times.extract import find_times_in_sentence

    return [
        [
            t.model_dump()
            for s in sents
            for t in find_times_in_sentence(s, language="de", published=published, gated=gated)
        ]
        for sents in articles
    ]


def amounts_run(articles: list[list[str]], gated: bool) -> list[Any]:
    from newsgraph.amounts.extract import find_amounts_in_sentence

    return [
        [a.model_dump() for s in sents for a in find_amounts_in_sentence(s, gated=gated)]
        for sents in articles
    ]


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """Median seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    articles = load_sentences(args.articles)
    n_sent = sum(len(a) for a in articles)
    # warm the lexicon caches outside the timings
    times_run(articles[:2], True, None)
    amounts_run(articles[:2], True)

    same = True
    for published in (None, PUBLISHED):
        a, b = times_run(articles, False, published), times_run(articles, True, published)
        n_times = sum(len(x) for x in b)
        if a != b:
            same = False
            bad = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
            print(f"times differ (published={published}) in record {bad}", file=sys.stderr)
    a, b = amounts_run(articles, False), amounts_run(articles, True)
    n_amounts = sum(len(x) for x in b)
    if a != b:
        same = False
        bad = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
        print(f"amounts differ in record {bad}", file=sys.stderr)

    rows = [
        ("times, all patterns", lambda: times_run(articles, False, None)),
        ("times, gated", lambda: times_run(articles, True, None)),
        ("amounts, all patterns", lambda: amounts_run(articles, False)),
        ("amounts, gated", lambda: amounts_run(articles, True)),
    ]
    print(f"{len(articles)} articles, {n_sent} sentences; {n_times} times, {n_amounts} amounts")
    print(f"identical output gated vs all patterns: {same}")
    print()
    print("| stage | µs/sentence | articles/s |")
    print("|---|---:|---:|")
    for name, fn in rows:
        secs = best_of(fn, args.repeat)
        print(f"| {name} | {secs * 1e6 / n_sent:.1f} | {len(articles) / secs:,.0f} |")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
