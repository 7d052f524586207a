"""The German pipeline with and without the warmed tokenizer cache, in one process, alternating.

Two copies of the pipeline, each with its own vocabulary and tokenizer (``load_pipeline``
uncached); one gets :func:`newsgraph.tokenizer_cache.warm_tokenizer`. Each batch of 8 articles
(the segments as ``build_contexts`` sends them) goes through both in a memory zone, as the
pipeline runs it (which goes first alternates): the tokenizer (``make_doc``) and the whole
``nlp.pipe`` timed apart in CPU time on one core. Prints per copy the summed per-batch minimum
over the runs, the median of the runs and the ratios; ``--check`` compares every Doc of the first
run (``Doc.to_bytes``) and, over ``--check-records`` records and the tuning-set texts, every
token of ``make_doc`` (text, whitespace, norm, prefix, suffix, shape, lexeme flags).

    OMP_NUM_THREADS=1 .venv/bin/python bench/tokenizer_cache_ab.py [--articles 100] [--runs 3] [--check]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"
GOLD = REPO / "tests" / "fixtures" / "gold"
BATCH = 8


def token_rows(doc):  # type: ignore[no-untyped-def]
    return [
        (t.text, t.whitespace_, t.norm_, t.prefix_, t.suffix_, t.shape_, t.lex.flags, t.lex_id)
        for t in doc
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--check-records", type=int, default=802)
    args = ap.parse_args()
    os.environ.pop("NEWSGRAPH_DOC_CACHE", None)
    sys.path.insert(0, str(REPO / "src"))
    import newsgraph.pipeline as pipeline
    import newsgraph.readers as readers
    from newsgraph.nlp import load_pipeline
    from newsgraph.tokenizer_cache import warm_tokenizer

    lines = DATA.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
        every = [a for a in readers.read_inputs([str(sample)]) if hasattr(a, "blocks")]
    articles = every[args.first : args.first + args.articles]
    texts = [[a.text[s:e] for s, e, _, _ in pipeline.text_segments(a)] for a in articles]
    nlps = {"cold": load_pipeline.__wrapped__("de"), "warm": load_pipeline.__wrapped__("de")}
    start = time.process_time()
    n_chunks = warm_tokenizer(nlps["warm"])
    print(f"warm-up: {n_chunks} chunks in {time.process_time() - start:.2f} s CPU")
    clock = time.process_time
    parts = ("tokenizer", "nlp")
    secs = {v: {p: [] for p in parts} for v in nlps}  # version -> part -> run -> per batch
    differ = total = 0
    for nlp in nlps.values():  # warm-up of the components (first-use caches)
        with nlp.memory_zone():
            list(nlp.pipe([t for art in texts[:BATCH] for t in art]))
    for run in range(args.runs):
        for v in nlps:
            for p in parts:
                secs[v][p].append([])
        for k, i in enumerate(range(0, len(texts), BATCH)):
            batch = [t for art in texts[i : i + BATCH] for t in art]
            order = ["cold", "warm"] if (k + run) % 2 == 0 else ["warm", "cold"]
            out = {}
            for v in order:
                nlp = nlps[v]
                with nlp.memory_zone():  # a zone of its own: the words it makes are freed
                    t0 = clock()
                    [nlp.make_doc(t) for t in batch]
                    secs[v]["tokenizer"][-1].append(clock() - t0)
                with nlp.memory_zone():
                    t0 = clock()
                    docs = list(nlp.pipe(batch, batch_size=len(batch)))
                    secs[v]["nlp"][-1].append(clock() - t0)
                    if args.check and run == 0:
                        out[v] = [d.to_bytes() for d in docs]
            if args.check and run == 0:
                total += len(out["cold"])
                differ += sum(a != b for a, b in zip(out["cold"], out["warm"], strict=True))
        print(f"run {run + 1} done", flush=True)
    n = len(texts)
    print(f"\n{n} articles, {args.runs} runs, batches of {BATCH}; CPU ms per article")
    print("| part | cold min | warm min | ratio min | cold median | warm median | ratio median |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for p in parts:
        row = []
        for v in nlps:
            runs = secs[v][p]
            summin = sum(min(r[b] for r in runs) for b in range(len(runs[0]))) * 1000 / n
            med = statistics.median(sum(r) for r in runs) * 1000 / n
            row.append((summin, med))
        (cm, cd), (wm, wd) = row
        print(
            f"| {p} | {cm:.2f} | {wm:.2f} | {wm / cm:.3f} | {cd:.2f} | {wd:.2f} | {wd / cd:.3f} |"
        )
    if args.check:
        print(f"\nDocs of the whole pipeline differing: {differ} of {total}")
        check = [a.text for a in every[: args.check_records]]
        check += [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
        bad = 0
        for text in check:
            rows = []
            for nlp in nlps.values():
                with nlp.memory_zone():
                    rows.append(token_rows(nlp.make_doc(text)))
            bad += rows[0] != rows[1]
        print(f"make_doc token rows differing: {bad} of {len(check)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
