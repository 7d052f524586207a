"""Language analysis and rule stages of two code versions in one process, batch by batch.

``bench/rule_stages_ab.py`` compares the rule stages on cached parses, with one spaCy pipeline
for both versions. This script compares everything after reading: the base commit's
``newsgraph`` is loaded as a renamed copy (``newsgraph_base``; its spaCy factories *and* the
component names it adds are renamed, so it builds its own pipeline from its own code and model
files) beside the working tree's, and each batch of 8 articles (as the batch workers analyse
them) goes through both versions in turn (which goes first alternates): the language analysis
(``build_contexts``: tokenizer, CNNs, rule components) and then the entities, quotes and events
stages, timed apart in CPU time on one core. It prints per part the summed per-batch minimum
over the runs, the median of the runs and their ratios; ``--check`` compares both versions'
analysed articles (``model_dump_json``) of the first run.

    OMP_NUM_THREADS=1 .venv/bin/python bench/nlp_ab.py BASE_COMMIT [--articles 200] [--runs 2] [--check]

Articles: the first ``--articles`` records of ``../shared/data/news-de/10kgnad.jsonl`` from
``--first`` (keep them within records 0–299). No doc cache: ``NEWSGRAPH_DOC_CACHE`` is ignored.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from ab_common import REPO, base_copy, print_ratio_table

DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"
PARTS = ("nlp", "entities", "quotes", "events")
BATCH = 8


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("base", help="the commit to compare the working tree with")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="compare the two versions' output")
    args = ap.parse_args()
    os.environ.pop("NEWSGRAPH_DOC_CACHE", None)

    tmp = tempfile.TemporaryDirectory()
    base_copy(args.base, Path(tmp.name), rename_components=True)
    sys.path.insert(0, tmp.name)
    sys.path.insert(0, str(REPO / "src"))
    import newsgraph_base.pipeline as base_pipeline  # type: ignore[import-not-found]
    import newsgraph_base.readers as base_readers  # type: ignore[import-not-found]

    import newsgraph.pipeline as new_pipeline
    import newsgraph.readers as new_readers

    lines = DATA.read_text(encoding="utf-8").splitlines()[args.first : args.first + args.articles]
    sample = Path(tmp.name) / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    modules = {"base": (base_pipeline, base_readers), "new": (new_pipeline, new_readers)}
    articles = {
        v: [a for a in r.read_inputs([str(sample)]) if hasattr(a, "blocks")]
        for v, (_, r) in modules.items()
    }
    nlps = {v: p.load_nlp("de") for v, (p, _) in modules.items()}
    stages = {v: {n: p._stage(n) for n in PARTS[1:]} for v, (p, _) in modules.items()}
    n = len(articles["new"])
    for v, nlp in nlps.items():
        print(f"{v}: {', '.join(f'{name}:{type(proc).__name__}' for name, proc in nlp.pipeline)}")
    batches = range(0, n, BATCH)
    clock = time.process_time
    # version -> part -> run -> CPU seconds per batch
    secs: dict[str, dict[str, list[list[float]]]] = {v: {p: [] for p in PARTS} for v in modules}
    for v, (p, _) in modules.items():  # warm-up: first-use caches of both versions
        for ctx in p.build_contexts(
            [a.model_copy(deep=True) for a in articles[v][:BATCH]], nlps[v]
        ):
            for name in PARTS[1:]:
                stages[v][name](ctx)
    for run in range(args.runs):
        for v in modules:
            for part in PARTS:
                secs[v][part].append([])
        outputs: dict[str, list[str]] = {v: [] for v in modules}
        for k, i in enumerate(batches):
            order = ["new", "base"] if (k + run) % 2 == 0 else ["base", "new"]
            for v in order:
                pipeline, nlp = modules[v][0], nlps[v]
                copies = [a.model_copy(deep=True) for a in articles[v][i : i + BATCH]]
                with nlp.memory_zone():
                    start = clock()
                    contexts = pipeline.build_contexts(copies, nlp)
                    secs[v]["nlp"][-1].append(clock() - start)
                    spent = dict.fromkeys(PARTS[1:], 0.0)
                    for ctx in contexts:
                        for name in PARTS[1:]:
                            start = clock()
                            stages[v][name](ctx)
                            spent[name] += clock() - start
                    for name in PARTS[1:]:
                        secs[v][name][-1].append(spent[name])
                    if run == 0 and args.check:
                        outputs[v] += [c.article.model_dump_json() for c in contexts]
        if run == 0 and args.check:
            same = sum(a == b for a, b in zip(outputs["base"], outputs["new"], strict=True))
            print(f"identical output: {same} of {n} articles")
        print(f"run {run + 1} done", file=sys.stderr, flush=True)

    print(f"{n} articles, CPU ms per article, base {args.base} vs working tree")
    print_ratio_table(secs, PARTS, n, part_label="part", total_label="all four")
    return 0


if __name__ == "__main__":
    sys.exit(main())
