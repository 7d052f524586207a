"""Build a small static-vector table of gazetteer and name-prior features for the NER tok2vec.

Usage: python scripts/models/gazetteer_vectors.py [--data ../shared/data]
       [--corpus build/models/corpus] [--out build/models/gazvec] [--svd-dims 0]

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

With ``--svd-dims N`` each row also gets N distributional dimensions: a positive-PMI matrix of
word forms (count >= MIN_COUNT) against lowercased context words (+-2 tokens) over the same
training parts plus the 10kGNAD news articles, reduced by a randomised SVD (numpy only) and
normalised to unit length. Rows that are identical (gazetteer-only words) share one row of the
table, which keeps the model small.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from spacy.vectors import Vectors

DIM = 9
TRAIN_PARTS = ("ger_train", "wikiann", "ler", "smartdata")
MIN_COUNT = 3
MAX_WORDS = 40000
N_CONTEXTS = 5000


def svd_vectors(sents: list[list[str]], dims: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Unit-length PPMI-SVD vectors of the frequent word forms of ``sents``."""
    counts = Counter(w for s in sents for w in s)
    words = [w for w, n in counts.most_common(MAX_WORDS) if n >= MIN_COUNT]
    ctx_counts = Counter(w.lower() for s in sents for w in s)
    ctxs = [w for w, _ in ctx_counts.most_common(N_CONTEXTS)]
    wid = {w: i for i, w in enumerate(words)}
    cid = {w: i for i, w in enumerate(ctxs)}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    wts: list[np.ndarray] = []
    for s in sents:
        t = np.array([wid.get(w, -1) for w in s])
        c = np.array([cid.get(w.lower(), -1) for w in s])
        for off, wt in ((1, 1.0), (2, 0.5)):
            if len(s) <= off:
                continue
            for a, b in ((t[:-off], c[off:]), (t[off:], c[:-off])):
                ok = (a >= 0) & (b >= 0)
                rows.append(a[ok])
                cols.append(b[ok])
                wts.append(np.full(int(ok.sum()), wt))
    r, c, w = np.concatenate(rows), np.concatenate(cols), np.concatenate(wts)
    m = np.zeros((len(words), len(ctxs)), dtype="float64")
    np.add.at(m, (r, c), w)
    total = m.sum()
    pw = m.sum(1, keepdims=True) / total
    pc = m.sum(0, keepdims=True) ** 0.75
    pc /= pc.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(m / total) - np.log(pw) - np.log(pc)
    ppmi = np.where(m > 0, np.maximum(pmi, 0.0), 0.0).astype("float32")
    del m, pmi
    rng = np.random.default_rng(seed)
    q = ppmi @ rng.standard_normal((len(ctxs), dims + 16)).astype("float32")
    for _ in range(2):  # power iterations
        q, _r = np.linalg.qr(q)
        q = ppmi @ (ppmi.T @ q)
    q, _r = np.linalg.qr(q)
    u, sv, _vt = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u[:, :dims]) * np.sqrt(sv[:dims])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-8
    return {word: emb[i] for i, word in enumerate(words)}


def raw_sentences(data: Path, corpus: Path, nlp: spacy.Language) -> list[list[str]]:
    """Token lists of the training parts and the 10kGNAD articles (no held-out part)."""
    sents = []
    for part in TRAIN_PARTS:
        for doc in DocBin().from_disk(corpus / f"ner/{part}.spacy").get_docs(nlp.vocab):
            sents.append([t.text for t in doc])
    lines = (data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    for doc in nlp.tokenizer.pipe(json.loads(line)["text"] for line in lines):
        sents.append([t.text for t in doc if not t.is_space])
    return sents


def read_list(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def write_feature_table(words: list[str], data: np.ndarray, out: Path, name: str = "de_gaz") -> int:
    """Write one feature row per word as a spaCy vectors table (identical rows stored once, a
    fresh vocab: only the feature words' strings) to ``out``; returns the number of rows."""
    table, row_of = np.unique(data.astype("float32"), axis=0, return_inverse=True)
    out_nlp = spacy.blank("de")
    vectors = Vectors(data=table, name=name)
    for w, row in zip(words, row_of.reshape(-1), strict=True):
        vectors.add(out_nlp.vocab.strings.add(w), row=int(row))
    out_nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    out_nlp.to_disk(out)
    return len(table)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--out", type=Path, default=Path("build/models/gazvec"))
    ap.add_argument("--svd-dims", type=int, default=0)
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

    dim = DIM
    if args.svd_dims:
        dist = svd_vectors(raw_sentences(args.data, args.corpus, nlp), args.svd_dims)
        zero = np.zeros(args.svd_dims, dtype="float32")
        words = sorted(set(feats) | set(dist))
        data = np.stack([np.concatenate([feats[w], dist.get(w, zero)]) for w in words])
        dim = DIM + args.svd_dims
    else:
        words = sorted(feats)
        data = np.stack([feats[w] for w in words])
    n_rows = write_feature_table(words, data, args.out)
    print(f"{args.out}: {len(words)} forms x {dim} features, {n_rows} distinct rows")


if __name__ == "__main__":
    main()
