"""Rule stages of two code versions in one process, interleaved article by article.

On a machine shared with other work, two benchmark processes run one after the other see
different load, and the rule stages' medians move between runs by more than most speed-ups
(session 15: up to 30 % for unchanged code). This script loads a base commit's ``newsgraph`` as
a renamed copy (``newsgraph_base``, its spaCy factory names renamed too) beside the working
tree's, rebuilds the cached contexts of ``bench/rule_stages.py`` twice per run, and runs the
entities, quotes and events stages of both versions on each article in turn (which version
goes first alternates), so that both see the same load. It prints per stage the summed
per-article minimum and the median of the runs, both versions' and their ratio; ``--check``
compares the two versions' analysed articles (``model_dump_json``) of the first run.

    OMP_NUM_THREADS=1 .venv/bin/python bench/rule_stages_ab.py BASE_COMMIT [--runs 3] [--check]

Needs the parse cache of ``bench/rule_stages.py`` (``--cache``; made by running that script
once). Both versions share the working tree's spaCy pipeline, so the events' re-parse of cut
sentences costs the same on both sides.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ab_common import REPO, base_copy, print_ratio_table

STAGES = ("entities", "quotes", "events")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("base", help="the commit to compare the working tree with")
    ap.add_argument("--cache", default="/tmp/ng-rule-stages.pkl")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--group", default="news", help="news | gold | all")
    ap.add_argument("--check", action="store_true", help="compare the two versions' output")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    base_copy(args.base, Path(tmp.name))
    sys.path.insert(0, tmp.name)
    sys.path.insert(0, str(REPO / "src"))
    sys.path.insert(0, str(REPO / "bench"))
    import newsgraph_base.pipeline as base_pipeline  # type: ignore[import-not-found]
    import rule_stages

    from newsgraph.pipeline import _stage, load_nlp

    nlp = load_nlp("de")
    versions: dict[str, dict[str, Any]] = {
        "base": {name: base_pipeline._stage(name) for name in STAGES},
        "new": {name: _stage(name) for name in STAGES},
    }
    # version -> stage -> run -> CPU seconds per article
    secs: dict[str, dict[str, list[list[float]]]] = {
        v: {name: [] for name in STAGES} for v in versions
    }
    # session 26: warm both versions before timing. load_nlp above loaded the working tree's
    # lazily built resources (its HanTa analyser, through the NER components), not the base
    # copy's: the base paid ≈ 0.3 s of loading inside its first timed articles, which made
    # the first run's entities stage ≈ 1.6 ms per article slower on the base (session 25's
    # unexplained entities ratio 0.79; same code on both sides: summed min 1.007, median
    # 0.831 over 2 runs before this warm-up)
    for v in versions:
        for _, ctx in rule_stages.load_contexts(Path(args.cache), nlp)[:4]:
            for name in STAGES:
                versions[v][name](ctx)
    clock = time.process_time
    n = 0
    for run in range(args.runs):
        cache = Path(args.cache)
        contexts = {
            v: [c for g, c in rule_stages.load_contexts(cache, nlp) if args.group in ("all", g)]
            for v in versions
        }
        n = len(contexts["new"])
        for v in versions:
            for name in STAGES:
                secs[v][name].append([])
        for i in range(n):
            order = ["new", "base"] if (i + run) % 2 == 0 else ["base", "new"]
            for v in order:
                ctx = contexts[v][i]
                for name in STAGES:
                    start = clock()
                    versions[v][name](ctx)
                    secs[v][name][-1].append(clock() - start)
        if run == 0 and args.check:
            same = sum(
                a.article.model_dump_json() == b.article.model_dump_json()
                for a, b in zip(contexts["base"], contexts["new"], strict=True)
            )
            print(f"identical output: {same} of {n} articles")
    print(f"{n} articles ({args.group}), CPU ms per article, base {args.base} vs working tree")
    print_ratio_table(secs, STAGES, n, part_label="stage", total_label="all three")
    return 0


if __name__ == "__main__":
    sys.exit(main())
