"""Rule stages alone: entities and events (times, amounts, events) timed on cached parses.

The spaCy analysis of a fixed sample (records 100–299 of ``../shared/data/news-de/10kgnad.jsonl``
and the ``tests/fixtures/gold/*.txt`` texts) is done once and cached (the Docs as bytes) under
``--cache``; every later run rebuilds the contexts from the cache and times only the rule stages
on one core. The quotes stage runs between them (events read its output) and is timed too.

    OMP_NUM_THREADS=1 .venv/bin/python bench/rule_stages.py [--repeat 3] [--dump out.jsonl]

``--dump`` writes every analysed article as JSON (one a line), to prove that a speed-up keeps
the output byte-identical (diff two dumps).

Besides the median of the whole runs it prints, per stage, the sum over the articles of each
article's least CPU time over the runs ("summed min", session 15): a burst of load from other
processes slows a few articles of one run, not the same articles in every run, so this figure
moves far less between runs on a shared machine than the medians do.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"
GOLD = REPO / "tests" / "fixtures" / "gold"


def build_cache(path: Path, first: int, n: int) -> None:
    import tempfile

    from newsgraph.pipeline import build_contexts, load_nlp
    from newsgraph.readers import read_inputs

    lines = DATA.read_text(encoding="utf-8").splitlines()[first : first + n]
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
        news = [a for a in read_inputs([str(sample)]) if hasattr(a, "blocks")]
    gold = [
        a for p in sorted(GOLD.glob("*.txt")) for a in read_inputs([str(p)]) if hasattr(a, "blocks")
    ]
    nlp = load_nlp("de")
    rows: list[dict[str, Any]] = []
    for group, articles in (("news", news), ("gold", gold)):
        for i in range(0, len(articles), 8):
            for ctx in build_contexts(articles[i : i + 8], nlp):
                rows.append(
                    {
                        "group": group,
                        "article": ctx.article.model_dump_json(),
                        "segments": [
                            (s.start, s.end, s.block_type, s.block_index, s.doc.to_bytes())
                            for s in ctx.segments
                        ],
                    }
                )
    path.write_bytes(pickle.dumps(rows))


def load_contexts(path: Path, nlp: Any) -> list[tuple[str, Any]]:
    from spacy.tokens import Doc

    from newsgraph.model import Article
    from newsgraph.pipeline import AnalysisContext, Segment

    out = []
    for row in pickle.loads(path.read_bytes()):
        segments = [
            Segment(s, e, t, b, Doc(nlp.vocab).from_bytes(data))
            for s, e, t, b, data in row["segments"]
        ]
        article = Article.model_validate_json(row["article"])
        out.append((row["group"], AnalysisContext(article=article, segments=segments, nlp=nlp)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", default="/tmp/ng-rule-stages.pkl")
    ap.add_argument("--first", type=int, default=100)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--group", default="news", help="news | gold | all: which articles to time")
    ap.add_argument("--dump", help="write the analysed articles (JSON lines) here")
    ap.add_argument("--profile", help="cProfile this stage (entities|quotes|events), print stats")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    cache = Path(args.cache)
    if not cache.exists():
        print(f"parsing once into {cache} …", file=sys.stderr)
        build_cache(cache, args.first, args.articles)

    from newsgraph.pipeline import _stage, load_nlp

    nlp = load_nlp("de")
    stages = {name: _stage(name) for name in ("entities", "quotes", "events")}
    times: dict[str, list[float]] = {name: [] for name in stages}
    per_article: dict[str, list[list[float]]] = {name: [] for name in stages}
    dump: list[str] = []
    n = 0
    for rep in range(args.repeat):
        contexts = [ctx for g, ctx in load_contexts(cache, nlp) if args.group in ("all", g)]
        n = len(contexts)
        for name, run in stages.items():
            assert run is not None
            if args.profile == name and rep == 0:
                import cProfile
                import pstats

                prof = cProfile.Profile()
                prof.enable()
                for ctx in contexts:
                    run(ctx)
                prof.disable()
                stats = pstats.Stats(prof)
                stats.sort_stats("tottime").print_stats(35)
                stats.sort_stats("cumulative").print_stats(45)
                continue
            clock = time.process_time
            start = clock()
            ticks = []
            for ctx in contexts:
                run(ctx)
                ticks.append(clock())
            times[name].append(clock() - start)
            per_article[name].append([b - a for a, b in pairwise([start, *ticks])])
        if rep == 0 and args.dump:
            dump = [ctx.article.model_dump_json() for ctx in contexts]
    if args.dump:
        Path(args.dump).write_text("\n".join(dump) + "\n", encoding="utf-8")
    print(f"{n} articles ({args.group}), median CPU ms per article over {args.repeat} runs:")
    for name, secs in times.items():
        if secs:
            least = sum(min(run[i] for run in per_article[name]) for i in range(n))
            print(
                f"  {name:9s} {1000 * statistics.median(secs) / n:7.2f}  "
                f"(runs: {', '.join(f'{1000 * s / n:.2f}' for s in secs)}; "
                f"summed min {1000 * least / n:.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
