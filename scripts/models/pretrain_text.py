"""Raw text for pretraining the NER tok2vec (``spacy pretrain``), as JSON lines ``{"text": …}``.

Usage: python scripts/models/pretrain_text.py [--data ../shared/data] [--corpus build/models/corpus]
       [--out build/models/pretrain/text.jsonl]

The same text as the PPMI-SVD features of ``gazetteer_vectors.py``: the NER training parts
(GermEval train part, WikiANN, LER dev, SmartData train) and the 10kGNAD articles — never the
GermEval dev or held-out parts, nor any test split.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import spacy
from gazetteer_vectors import raw_sentences


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--out", type=Path, default=Path("build/models/pretrain/text.jsonl"))
    args = ap.parse_args()
    sents = raw_sentences(args.data, args.corpus, spacy.blank("de"))
    random.Random(0).shuffle(sents)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for tokens in sents:
            if len(tokens) >= 5:
                fh.write(json.dumps({"text": " ".join(tokens)}, ensure_ascii=False) + "\n")
    print(f"{len(sents)} texts -> {args.out}")


if __name__ == "__main__":
    main()
