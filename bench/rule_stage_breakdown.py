"""Where the rule stages' time goes: CPU ms per article of each stage's first-level steps.

Session 36 (helper "rspeed", issue #7). Every function a stage's top module calls through its
namespace (``entities.stage``; ``quotes.stage`` and the quote ``Extractor``'s sentence reader
and passes; ``events.stage`` and ``events.extract``) is wrapped by a timer that counts only the
outermost wrapped call, so the rows of a stage add up to its time (the rest is the stage
function's own code). The clock is ``time.process_time`` (cProfile's default clock is the wall
clock, which on the shared machine also counts the time other processes hold the cores). The
articles are the ``news`` contexts of the ``bench/rule_stages.py`` cache, timed after one
untimed pass (warm per-word caches, as ``bench/rule_stages_ab.py``'s summed minimum sees them)
or, with ``--cold``, in the first pass.

    OMP_NUM_THREADS=1 .venv/bin/python bench/rule_stage_breakdown.py --cache /tmp/ng-rs.pkl
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
STAGES = ("entities", "quotes", "events")
#: the modules whose namespace holds each stage's first-level steps
MODULES = {
    "entities": ["newsgraph.entities.stage"],
    "quotes": ["newsgraph.quotes.stage"],
    "events": ["newsgraph.events.stage", "newsgraph.events.extract"],
}
#: the quote extractor's sentence reader and passes (methods, not module functions)
EXTRACTOR_STEPS = ("__init__", "sentence")
TOP = {"run", "extract_entities", "extract_quotes", "extract_events"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", default="/tmp/ng-rule-stages.pkl")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--rows", type=int, default=14)
    ap.add_argument("--cold", action="store_true", help="time the first pass (cold caches)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    sys.path.insert(0, str(REPO / "bench"))
    import rule_stages

    from newsgraph.pipeline import _stage, load_nlp
    from newsgraph.quotes.extract import Extractor

    clock = time.process_time
    secs: Counter[tuple[str, str]] = Counter()
    calls: Counter[tuple[str, str]] = Counter()
    state = {"depth": 0, "stage": ""}

    def wrap(label: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            if state["depth"]:
                return f(*a, **k)
            state["depth"] = 1
            start = clock()
            try:
                return f(*a, **k)
            finally:
                key = (str(state["stage"]), label)
                secs[key] += clock() - start
                calls[key] += 1
                state["depth"] = 0

        return timed

    for names in MODULES.values():
        for name in names:
            module = importlib.import_module(name)
            short = name.removeprefix("newsgraph.")
            for attr, obj in list(vars(module).items()):
                if (
                    isinstance(obj, types.FunctionType)
                    and obj.__module__.startswith("newsgraph")
                    and attr not in TOP
                ):
                    setattr(module, attr, wrap(f"{short}:{attr}", obj))
    run_src = Extractor.run.__code__.co_names  # the passes run() calls, in its order
    for attr in (*EXTRACTOR_STEPS, *(n for n in run_src if n.endswith("_pass"))):
        setattr(Extractor, attr, wrap(f"Extractor.{attr}", getattr(Extractor, attr)))

    nlp = load_nlp("de")
    stages = {name: _stage(name) for name in STAGES}
    totals: Counter[str] = Counter()
    n = 0
    cache = Path(args.cache)
    for run in range(args.runs + (0 if args.cold else 1)):
        contexts = [c for g, c in rule_stages.load_contexts(cache, nlp) if g == "news"]
        timed = args.cold or run > 0
        if not timed:
            for ctx in contexts:
                for fn in stages.values():
                    assert fn is not None
                    fn(ctx)
            secs.clear()
            calls.clear()
            continue
        n += len(contexts)
        for ctx in contexts:
            for name, fn in stages.items():
                assert fn is not None
                state["stage"] = name
                start = clock()
                fn(ctx)
                totals[name] += clock() - start
        if args.cold:
            break
    print(f"{len(contexts)} articles, {n // len(contexts)} pass(es), CPU ms per article")
    for name in STAGES:
        print(f"\n{name}: {1000 * totals[name] / n:.2f}")
        rows = sorted(((v, k[1]) for k, v in secs.items() if k[0] == name), reverse=True)
        for v, label in rows[: args.rows]:
            print(f"  {1000 * v / n:6.2f}  {calls[(name, label)] / n:6.1f}/article  {label}")
        rest = totals[name] - sum(v for k, v in secs.items() if k[0] == name)
        print(f"  {1000 * rest / n:6.2f}  (the rest: the stage function's own code)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
