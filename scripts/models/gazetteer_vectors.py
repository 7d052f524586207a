"""Build a small static-vector table of gazetteer and name-prior features for the NER tok2vec.

Usage: python scripts/models/gazetteer_vectors.py [--data ../shared/data]
       [--corpus build/models/corpus] [--out build/models/gazvec]

Each known word form gets a 9-dim feature vector (0/1 or a probability); unknown words get
zeros. spaCy's MultiHashEmbed (include_static_vectors = true) projects it and concatenates it
with the hashed NORM/PREFIX/SUFFIX/SHAPE embeddings, so the model can use list membership
without memorising every name.

  0 surname (gazetteers-de/personennamen.list)   5 P(PER | token inside an entity)
  1 city (stadtnamen.list, any token)            6 P(LOC | ...)
  2 country / its tokens (laendernamen.list)     7 P(ORG | ...)
  3 one-token company name (firmennamen.list)    8 share of occurrences inside an entity
  4 first token of >= 2 PER spans in training        (smoothed: inside / (n + 1))

Training-data priors come only from the training parts (GermEval train part, WikiANN, LER dev,
SmartData train), never from the held-out parts.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from spacy.vectors import Vectors

DIM = 9
TRAIN_PARTS = ("ger_train", "wikiann", "ler", "smartdata")


def read_list(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--out", type=Path, default=Path("build/models/gazvec"))
    args = ap.parse_args()
    gaz = args.data / "gazetteers-de"
    feats: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(DIM, dtype="float32"))

    for name in read_list(gaz / "personennamen.list"):
        if " " in name:
            continue
        feats[name][0] = 1
    for city in read_list(gaz / "stadtnamen.list"):
        for tok in city.replace("-", " ").split():
            if tok[:1].isupper():
                feats[tok][1] = 1
    for country in read_list(gaz / "laendernamen.list"):
        for tok in country.split():
            if tok[:1].isupper():
                feats[tok][2] = 1
    for comp in read_list(gaz / "firmennamen.list"):
        toks = comp.split()
        if len(toks) == 1:
            feats[toks[0]][3] = 1

    nlp = spacy.blank("de")
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    first: Counter[str] = Counter()
    for part in TRAIN_PARTS:
        for doc in DocBin().from_disk(args.corpus / f"ner/{part}.spacy").get_docs(nlp.vocab):
            for tok in doc:
                total[tok.text] += 1
            for ent in doc.ents:
                for tok in ent:
                    inside[tok.text] += 1
                    typed[tok.text][ent.label_] += 1
                if ent.label_ == "PER" and len(ent) > 1:
                    first[ent[0].text] += 1
    for word, n in total.items():
        if inside[word] and n >= 2:
            feats[word][8] = inside[word] / (n + 1)  # smoothed: singletons would leak labels
            k = sum(typed[word].values())
            for i, lab in ((5, "PER"), (6, "LOC"), (7, "ORG")):
                feats[word][i] = typed[word][lab] / k
    for word, n in first.items():
        if n >= 2 and word[:1].isupper():
            feats[word][4] = 1

    words = sorted(feats)
    data = np.stack([feats[w] for w in words])
    out_nlp = spacy.blank("de")  # fresh vocab: only the feature words' strings are stored
    keys = [out_nlp.vocab.strings.add(w) for w in words]
    out_nlp.vocab.vectors = Vectors(data=data, keys=keys, name="de_gaz")
    args.out.mkdir(parents=True, exist_ok=True)
    out_nlp.to_disk(args.out)
    print(f"{args.out}: {len(words)} forms x {DIM} features")


if __name__ == "__main__":
    main()
