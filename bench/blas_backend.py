"""The German pipeline with thinc's BLIS backend against numpy's OpenBLAS (newsgraph.nlp.blas).

Each round runs the shipped pipeline (``load_pipeline("de")``, CNNs and rule components) over
the same 10kGNAD records in two fresh processes, one with ``NEWSGRAPH_BLAS=blis`` (thinc's
default) and one with ``NEWSGRAPH_BLAS=openblas`` (newsgraph's default), alternating which goes
first; each prints CPU ms per article and a digest of every token's analysis (tag, morphology,
lemma, head, relation, sentence start, entity). The digests must be equal: the backend may
change speed, never output.

    .venv/bin/python bench/blas_backend.py [--first 0] [--n 802] [--rounds 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def worker(first: int, n: int) -> None:
    from newsgraph.nlp import load_pipeline

    lines = DATA.read_text(encoding="utf-8").splitlines()[first : first + n]
    texts = [json.loads(line)["text"] for line in lines]
    nlp = load_pipeline("de")
    list(nlp.pipe(texts[:3]))  # warm-up
    digest = hashlib.sha256()
    tokens = 0
    t0 = time.process_time()
    for doc in nlp.pipe(texts):
        tokens += len(doc)
        for t in doc:
            row = (t.tag_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.is_sent_start, t.ent_iob_)
            digest.update(repr((row, t.ent_type_)).encode())
    cpu = time.process_time() - t0
    print(
        json.dumps(
            {
                "ms_per_article": 1000 * cpu / len(texts),
                "tokens_per_s": tokens / cpu,
                "articles": len(texts),
                "digest": digest.hexdigest(),
            }
        )
    )


def run(backend: str, first: int, n: int) -> dict[str, object]:
    env = dict(os.environ, NEWSGRAPH_BLAS=backend)
    out = subprocess.run(
        [sys.executable, __file__, "--worker", "--first", str(first), "--n", str(n)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--n", type=int, default=802)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.first, args.n)
        return
    times: dict[str, list[float]] = {"blis": [], "openblas": []}
    digests: dict[str, set[str]] = {"blis": set(), "openblas": set()}
    for r in range(args.rounds):
        order = ["blis", "openblas"] if r % 2 == 0 else ["openblas", "blis"]
        for backend in order:
            res = run(backend, args.first, args.n)
            times[backend].append(float(str(res["ms_per_article"])))
            digests[backend].add(str(res["digest"]))
            print(
                f"round {r + 1} {backend:9s} {res['ms_per_article']:.1f} ms/article "
                f"{res['tokens_per_s']:.0f} tokens/s ({res['articles']} articles)",
                flush=True,
            )
    blis, openblas = statistics.median(times["blis"]), statistics.median(times["openblas"])
    same = digests["blis"] == digests["openblas"] and len(digests["blis"]) == 1
    print(
        f"median: blis {blis:.1f} ms, openblas {openblas:.1f} ms per article, "
        f"ratio {blis / openblas:.2f}x; output identical: {same}"
    )
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
