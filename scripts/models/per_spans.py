"""List every PER span the German pipeline gives, with context, for a hand check.

Runs ``newsgraph.nlp.load_pipeline("de")`` (the whole pipeline, as ``newsgraph analyze``
does) over the gold texts (``tests/fixtures/gold/*.txt``) and 10kGNAD records (lines 0 to
``--gnad``-1, at most 300: lines 300-801 are kept for independent checks) and prints
``source<TAB>start<TAB>end<TAB>span<TAB>context``. ``--diff OLD.tsv`` prints instead the spans
that differ from an earlier listing: ``source<TAB>removed|added<TAB>span<TAB>context``.

Usage: python scripts/models/per_spans.py [--gnad 300] > per.tsv
       python scripts/models/per_spans.py --diff per_before.tsv > diff.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import newsgraph.nlp as ng_nlp


def documents(data: Path, gnad: int) -> list[tuple[str, str]]:
    out = []
    for path in sorted(Path("tests/fixtures/gold").glob("*.txt")):
        out.append((path.name, path.read_text(encoding="utf-8")))
    lines = (data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines[:gnad]):
        out.append((f"10kgnad:{i}", json.loads(line)["text"]))
    return out


def listing(data: Path, gnad: int) -> list[tuple[str, int, int, str, str]]:
    nlp = ng_nlp.load_pipeline("de")
    docs = documents(data, gnad)
    rows = []
    for (src, _), doc in zip(docs, nlp.pipe([t for _, t in docs], batch_size=16), strict=True):
        for e in doc.ents:
            if e.label_ != "PER":
                continue
            s, t = e.start_char, e.end_char
            ctx = doc.text[max(0, s - 60) : t + 40].replace("\n", " ").replace("\t", " ")
            rows.append((src, s, t, e.text, ctx))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--gnad", type=int, default=300)
    ap.add_argument("--diff", type=Path, default=None, help="earlier listing to compare with")
    args = ap.parse_args()
    if args.gnad > 300:
        raise SystemExit("10kGNAD lines 300-801 are kept for independent checks")
    rows = listing(args.data, args.gnad)
    if args.diff is None:
        for src, s, t, text, ctx in rows:
            print(f"{src}\t{s}\t{t}\t{text}\t{ctx}")
        return
    old: dict[tuple[str, int, int], tuple[str, str]] = {}
    for line in args.diff.read_text(encoding="utf-8").splitlines():
        src, s, t, text, ctx = line.split("\t")
        old[(src, int(s), int(t))] = (text, ctx)
    new = {(src, s, t): (text, ctx) for src, s, t, text, ctx in rows}
    for key in sorted(set(old) | set(new)):
        if key in old and key not in new:
            print(f"{key[0]}\tremoved\t{old[key][0]}\t{old[key][1]}")
        elif key in new and key not in old:
            print(f"{key[0]}\tadded\t{new[key][0]}\t{new[key][1]}")
    print(f"# {len(old)} before, {len(new)} after", file=sys.stderr)


if __name__ == "__main__":
    main()
