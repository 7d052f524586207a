"""Build ``src/newsgraph/data/tokenizer/frequent_chunks_de.txt.gz``: the whitespace-separated
chunks (words with any punctuation written against them) that occur at least twice in German
reference text independent of the benchmark and evaluation articles — the DFKI SmartData corpus
texts (train + test, newswire/RSS, tweets, traffic reports; CC BY 4.0) and the tokens of the
GermEval 2014 NER dev split (CC BY 4.0) and UD German GSD dev + test (CC BY-SA 4.0) — most
frequent first. :mod:`newsgraph.tokenizer_cache` tokenizes them once at load so that spaCy's
tokenizer cache holds them (see its docstring); the list shapes no output.

    .venv/bin/python scripts/models/frequent_chunks.py [--data ../shared/data] [--min-count 2]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "src" / "newsgraph" / "data" / "tokenizer" / "frequent_chunks_de.txt.gz"


def smartdata_texts(path: Path) -> list[str]:
    """The ``text`` strings of a file of concatenated SmartData JSON documents."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = fh.read()
    decoder = json.JSONDecoder()
    texts, i = [], 0
    while True:
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            return texts
        doc, i = decoder.raw_decode(raw, i)
        text = doc.get("text")
        text = text.get("string", "") if isinstance(text, dict) else text
        texts.append(text or "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    for split in ("train", "test"):
        for text in smartdata_texts(args.data / "smartdata-de" / f"{split}.json.gz"):
            counts.update(text.split())
    for line in (args.data / "ner-de" / "germeval2014" / "NER-de-dev.tsv").open(encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and not line.startswith("#"):
            counts[cols[1]] += 1
    for split in ("dev", "test"):
        path = args.data / "ud-de" / "gsd" / f"de_gsd-ud-{split}.conllu"
        for line in path.open(encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                counts[cols[1]] += 1
    # most frequent first, ties in code-point order (a stable file)
    chunks = [
        w
        for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= args.min_count and "@" not in w and "http" not in w and "www." not in w
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write(("\n".join(chunks) + "\n").encode("utf-8"))
    print(f"{len(chunks)} chunks of {len(counts)} ({sum(counts.values())} tokens) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
