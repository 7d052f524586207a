"""The language analysis with two batch sizes in one process, alternating, with an output check.

``build_contexts`` sends the segments of 8 articles through ``nlp.pipe`` as one batch (the batch
workers' unit). This script takes groups of ``--large`` articles and analyses each group twice:
in batches of ``--small`` articles and in one batch of ``--large`` (which goes first alternates),
timing the CPU time of each (``time.process_time``, one core), and compares the Docs
(``Doc.to_bytes``: tokens, tags, morphology, lemmas, heads, relations, sentence starts,
entities, spans, user data). Prints per size the summed per-group minimum over the runs, the
median of the runs' sums and the ratio large ÷ small, and how many Docs differ.

    OMP_NUM_THREADS=1 .venv/bin/python bench/nlp_batch_ab.py [--articles 96] [--small 8] [--large 32]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from ab_common import REPO, sample_articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--articles", type=int, default=96)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--small", type=int, default=8)
    ap.add_argument("--large", type=int, default=32)
    args = ap.parse_args()
    os.environ.pop("NEWSGRAPH_DOC_CACHE", None)
    sys.path.insert(0, str(REPO / "src"))
    import newsgraph.pipeline as pipeline
    import newsgraph.readers as readers

    articles = sample_articles(args.first, args.articles, readers)
    texts = []
    for a in articles:
        texts.append([a.text[s:e] for s, e, _, _ in pipeline.text_segments(a)])
    nlp = pipeline.load_nlp("de")
    clock = time.process_time

    def analyse(group: list[list[str]], size: int) -> tuple[float, list[bytes]]:
        spent, out = 0.0, []
        for i in range(0, len(group), size):
            batch = [t for art in group[i : i + size] for t in art]
            with nlp.memory_zone():
                start = clock()
                docs = list(nlp.pipe(batch, batch_size=len(batch)))
                spent += clock() - start
                out.extend(d.to_bytes() for d in docs)
        return spent, out

    analyse(texts[: args.small], args.small)  # warm-up
    sizes = (args.small, args.large)
    secs: dict[int, list[list[float]]] = {s: [] for s in sizes}
    differ = total = 0
    for run in range(args.runs):
        for s in sizes:
            secs[s].append([])
        for k, i in enumerate(range(0, len(texts), args.large)):
            group = texts[i : i + args.large]
            order = sizes if (k + run) % 2 == 0 else sizes[::-1]
            outs = {}
            for s in order:
                spent, outs[s] = analyse(group, s)
                secs[s][-1].append(spent)
            if run == 0:
                a, b = outs[args.small], outs[args.large]
                total += len(a)
                differ += sum(x != y for x, y in zip(a, b, strict=True))
        print(f"run {run + 1} done", flush=True)
    n = len(texts)
    rows = {}
    for s in sizes:
        summin = sum(min(r[g] for r in secs[s]) for g in range(len(secs[s][0]))) * 1000 / n
        med = statistics.median(sum(r) for r in secs[s]) * 1000 / n
        rows[s] = (summin, med)
        print(f"batch of {s} articles: summed min {summin:.2f}, median {med:.2f} ms per article")
    (a_min, a_med), (b_min, b_med) = rows[args.small], rows[args.large]
    print(f"ratio {args.large}/{args.small}: min {b_min / a_min:.3f}, median {b_med / a_med:.3f}")
    print(f"Docs differing: {differ} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
