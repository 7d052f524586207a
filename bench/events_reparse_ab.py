"""``analyze_batch`` with and without the batched re-parse of cut sentences (session 35).

``pipeline.analyze_batch`` parses the joined cut sentences of all articles of a batch in one
pass (:func:`newsgraph.events.sentences.rejoin_cut_sentences_batch`); without it each article's
events stage parses its own. Both ways in one process on the same pipeline, batch by batch in
8 articles (which goes first alternates), CPU time of the whole ``analyze_batch`` on one core;
prints the summed per-batch minimum over the runs, the median of the runs and the ratios, and
how many analysed articles (``model_dump_json``) differ in the first run.

    OMP_NUM_THREADS=1 .venv/bin/python bench/events_reparse_ab.py [--articles 200] [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from ab_common import REPO, sample_articles

BATCH = 8


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    os.environ.pop("NEWSGRAPH_DOC_CACHE", None)
    sys.path.insert(0, str(REPO / "src"))
    import newsgraph.pipeline as pipeline
    import newsgraph.readers as readers

    articles = sample_articles(args.first, args.articles, readers)
    nlp = pipeline.load_nlp("de")
    batched = pipeline._rejoin_batch
    modes = {"per article": lambda contexts: None, "batched": batched}
    clock = time.process_time

    def analyse(mode: str, batch: list) -> list[str]:  # type: ignore[type-arg]
        pipeline._rejoin_batch = modes[mode]  # type: ignore[assignment]
        out = pipeline.analyze_batch([a.model_copy(deep=True) for a in batch], nlp=nlp)
        return [x if isinstance(x, Exception) else x.model_dump_json() for x in out]  # type: ignore[misc]

    for mode in modes:  # warm-up: first-use caches
        analyse(mode, articles[:BATCH])
    secs: dict[str, list[list[float]]] = {m: [] for m in modes}
    differ = 0
    for run in range(args.runs):
        for m in modes:
            secs[m].append([])
        for k, i in enumerate(range(0, len(articles), BATCH)):
            order = list(modes) if (k + run) % 2 == 0 else list(modes)[::-1]
            outs = {}
            for m in order:
                start = clock()
                outs[m] = analyse(m, articles[i : i + BATCH])
                secs[m][-1].append(clock() - start)
            if run == 0:
                differ += sum(a != b for a, b in zip(*outs.values(), strict=True))
        print(f"run {run + 1} done", flush=True)
    n = len(articles)
    rows = {}
    for m in modes:
        summin = sum(min(r[b] for r in secs[m]) for b in range(len(secs[m][0]))) * 1000 / n
        rows[m] = (summin, statistics.median(sum(r) for r in secs[m]) * 1000 / n)
        print(f"{m}: summed min {rows[m][0]:.2f}, median {rows[m][1]:.2f} ms per article")
    (a_min, a_med), (b_min, b_med) = rows["per article"], rows["batched"]
    print(f"ratio batched / per article: min {b_min / a_min:.3f}, median {b_med / a_med:.3f}")
    print(f"articles differing: {differ} of {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
