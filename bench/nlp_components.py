"""CPU time per component of the German language analysis, and of the stages after it.

The articles go through the pipeline as ``build_contexts`` sends them (the segments of 8 articles
in one batch), but component by component: the tokenizer (``nlp.make_doc``), then every
``nlp.pipeline`` entry's ``pipe`` over the batch, each timed apart in CPU time
(``time.process_time``), then the entities, quotes and events stages per article. All parts of a
batch run back to back, so machine load shifts them alike: compare the rows of one run (shares),
not the absolute values of two runs. Prints per part the summed per-batch minimum over the runs
and the median of the runs' sums, in ms per article, and the share of the language analysis.

With ``--lemmas`` it also counts what the ``trainable_lemmatizer`` decides that survives the
rule components (which tokens keep its lemma at the end of the pipeline).

    OMP_NUM_THREADS=1 .venv/bin/python bench/nlp_components.py [--articles 100] [--runs 3]

Articles: the first ``--articles`` records of ``../shared/data/news-de/10kgnad.jsonl`` from
``--first``. No doc cache: ``NEWSGRAPH_DOC_CACHE`` is ignored.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import sys
import time

from ab_common import REPO, sample_articles

STAGES = ("entities", "quotes", "events")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=8, help="articles per nlp batch (workers: 8)")
    ap.add_argument("--lemmas", action="store_true", help="count the lemmatizer's surviving lemmas")
    args = ap.parse_args()
    os.environ.pop("NEWSGRAPH_DOC_CACHE", None)
    sys.path.insert(0, str(REPO / "src"))
    from spacy.attrs import LEMMA

    import newsgraph.pipeline as pipeline
    import newsgraph.readers as readers

    articles = sample_articles(args.first, args.articles, readers)
    nlp = pipeline.load_nlp("de")
    stages = {name: pipeline._stage(name) for name in STAGES}
    import newsgraph.events.sentences as event_sentences

    rejoined = event_sentences._rejoined
    reparse = [0.0]

    def timed_rejoined(ctx, sentences):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            return rejoined(ctx, sentences)
        finally:
            reparse[0] += time.process_time() - start

    event_sentences._rejoined = timed_rejoined  # the events' re-parse of cut sentences
    names = ["tokenizer", *nlp.pipe_names]
    parts = [*names, *STAGES, "(events: re-parse)"]
    print("pipeline:", ", ".join(f"{n}:{type(p).__name__}" for n, p in nlp.pipeline))
    clock = time.process_time
    n = len(articles)
    tokens = 0
    survived: collections.Counter[str] = collections.Counter()

    def run_batch(batch: list, secs: dict[str, float] | None, count: bool) -> None:
        nonlocal tokens
        copies = [a.model_copy(deep=True) for a in batch]
        spans = [pipeline.text_segments(a) for a in copies]
        texts = [a.text[s:e] for a, sp in zip(copies, spans, strict=True) for s, e, _, _ in sp]
        with nlp.memory_zone():
            start = clock()
            docs = [nlp.make_doc(t) for t in texts]
            if secs is not None:
                secs["tokenizer"] += clock() - start
            trained = None
            for name, proc in nlp.pipeline:
                start = clock()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=len(docs)))
                else:
                    docs = [proc(d) for d in docs]
                if secs is not None:
                    secs[name] += clock() - start
                if count and name == "trainable_lemmatizer":
                    trained = [d.to_array(LEMMA).tolist() for d in docs]
            if count and trained is not None:
                _count_lemmas(nlp, docs, trained, survived)
                tokens += sum(len(d) for d in docs)
            # the contexts as build_contexts makes them, from these docs
            contexts = pipeline.build_contexts(copies, _Fixed(nlp, docs))
            reparse[0] = 0.0
            for ctx in contexts:
                for name in STAGES:
                    start = clock()
                    stages[name](ctx)
                    if secs is not None:
                        secs[name] += clock() - start
            if secs is not None:
                secs["(events: re-parse)"] += reparse[0]

    run_batch(articles[: args.batch], None, False)  # warm-up: first-use caches
    runs: list[list[dict[str, float]]] = []
    for run in range(args.runs):
        per_batch = []
        for i in range(0, n, args.batch):
            secs = dict.fromkeys(parts, 0.0)
            run_batch(articles[i : i + args.batch], secs, args.lemmas and run == 0)
            per_batch.append(secs)
        runs.append(per_batch)
        total = sum(v for b in per_batch for p, v in b.items() if not p.startswith("("))
        print(f"run {run + 1}: {1000 * total / n:.1f} ms per article", flush=True)
    nb = len(runs[0])
    summin = {p: sum(min(r[b][p] for r in runs) for b in range(nb)) * 1000 / n for p in parts}
    med = {p: statistics.median(sum(b[p] for b in r) for r in runs) * 1000 / n for p in parts}
    nlp_min = sum(summin[p] for p in names)
    print(f"\n{n} articles, {args.runs} runs, batches of {args.batch}; CPU ms per article")
    print("| part | summed min | median | share of nlp (min) |\n|---|---:|---:|---:|")
    for p in parts:
        share = f"{100 * summin[p] / nlp_min:.1f} %" if p in names else ""
        print(f"| {p} | {summin[p]:.2f} | {med[p]:.2f} | {share} |")
    print(f"| **nlp** | {nlp_min:.2f} | {sum(med[p] for p in names):.2f} | 100 % |")
    total_min = sum(v for p, v in summin.items() if not p.startswith("("))
    total_med = sum(v for p, v in med.items() if not p.startswith("("))
    print(f"| **all** | {total_min:.2f} | {total_med:.2f} | |")
    if args.lemmas:
        print(f"\nlemmatizer vs final lemma over {tokens} tokens:")
        for key, value in sorted(survived.items(), key=lambda kv: -kv[1]):
            print(f"  {key}: {value} ({100 * value / tokens:.1f} %)")
    return 0


def _count_lemmas(nlp, docs, trained, out) -> None:  # type: ignore[no-untyped-def]
    """Where each token's final lemma comes from: the lemma table, or the lemmatizer (for a
    word class the table does not cover, or a form not in it), and whether it differs."""
    from spacy.attrs import LEMMA, POS, TAG

    table = (
        nlp.get_pipe("newsgraph_lemma_table") if "newsgraph_lemma_table" in nlp.pipe_names else None
    )
    for doc, lem in zip(docs, trained, strict=True):
        final = doc.to_array([LEMMA, TAG, POS]).tolist()
        for tok, a, (b, tag, pos) in zip(doc, lem, final, strict=True):
            cls = None
            if table is not None:
                decision = table._decisions.get((tag, pos))
                cls = decision[1] if decision else None
            if cls is None:
                src = "class outside the table"
            elif (tok.text, cls) in table.table or (
                tok.is_sent_start and (tok.text.lower(), cls) in table.table
            ):
                src = "table form"
            else:
                src = "table class, form not in it"
            out[src] += 1
            out[f"{src}: lemmatizer's lemma kept"] += a == b
            out[f"{src}: {tok.pos_}"] += 1


class _Fixed:
    """Stands in for ``nlp`` in ``build_contexts``: ``pipe`` hands back docs already made."""

    def __init__(self, nlp, docs):  # type: ignore[no-untyped-def]
        self._nlp, self._docs = nlp, docs

    def pipe(self, texts, batch_size=None):  # type: ignore[no-untyped-def]
        return iter(self._docs)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self._nlp, name)


if __name__ == "__main__":
    raise SystemExit(main())
