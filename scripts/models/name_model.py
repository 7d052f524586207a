"""Train the character n-gram model that tells an unknown person NAME from an unknown WORD.

A logistic regression over the character 2- to 5-grams of a lower-cased form (with ``<`` and
``>`` marking its ends), trained in numpy (full-batch Adam, L2), reproducibly from
``../shared/data`` only:

- names (label 1): the surnames of ``gazetteers-de/personennamen.list`` and the PER tokens of
  the NER training parts (GermEval train part ``build/models/corpus/ger_train.tsv``, WikiANN
  train, LER dev) — never the GermEval dev/held-out parts, LER test or UD;
- words (label 0): capitalised forms of the same corpora (outside entities) and of 10kGNAD
  lines 0-299 that are seen lower-case somewhere in them or that HanTa analyses as a known
  common word (``CommonWords.is_common``), and the one-word tokens of the place, country and
  company gazetteers.

A form in both sets is left out. Forms are split 90/10 by a hash of the form; the 10 % part
reports accuracy and the share of names/words above each threshold of P(word).
Writes ``src/newsgraph/models/de_name_ngrams.tsv.gz``: a ``#bias`` line, then
``ngram<TAB>weight`` (weights rounded to 3 decimals, |w| < 0.01 left out); P(word) =
sigmoid(bias + sum of the weights of the form's n-grams).

Usage: python scripts/models/name_model.py [--data ../shared/data] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from newsgraph.nlp.components import CommonWords, name_ngrams

WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàóòúíçñ]+(?:-[A-ZÄÖÜ]?[a-zäöüßéèáàóòúíçñ]+)*$")


def iob_tokens(path: Path, sep: str | None, tok_col: int, tag_col: int) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split(sep)
        if len(cols) > max(tok_col, tag_col):
            out.append((cols[tok_col], cols[tag_col]))
    return out


def collect(data: Path, corpus: Path) -> tuple[set[str], set[str]]:
    sources = [
        iob_tokens(corpus / "ger_train.tsv", "\t", 1, 2),
        iob_tokens(data / "ner-de/wikiann-de/train.iob", "\t", 0, 1),
        iob_tokens(data / "ner-de/ler/ler_dev.conll", " ", 0, 1),
    ]
    names: set[str] = set()
    for line in (data / "gazetteers-de/personennamen.list").read_text("utf-8").splitlines():
        w = line.strip()
        if WORD.match(w):
            names.add(w)
    lower: set[str] = set()
    caps: Counter[str] = Counter()
    for toks in sources:
        for tok, tag in toks:
            if "PER" in tag or tag in {"B-RR", "I-RR", "B-AN", "I-AN"}:
                if WORD.match(tok):
                    names.add(tok)
            elif tag == "O":
                if tok.islower():
                    lower.add(tok)
                elif WORD.match(tok):
                    caps[tok] += 1
    lines = (data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:300]:  # lines 300-801 are kept for independent checks
        for tok in re.findall(r"[\wÄÖÜäöüß-]+", json.loads(line)["text"]):
            if tok.islower():
                lower.add(tok)
            elif WORD.match(tok):
                caps[tok] += 1
    common = CommonWords(frozenset())
    words: set[str] = set()
    for w in caps:
        if w.lower() in lower or common.is_common(w):
            words.add(w)
    for name in ("stadtnamen", "laendernamen", "firmennamen"):
        for line in (data / f"gazetteers-de/{name}.list").read_text("utf-8").splitlines():
            for w in line.split():
                if WORD.match(w):
                    words.add(w)
    both = names & words
    return names - both, words - both


def train(
    forms: list[str], labels: np.ndarray, vocab: dict[str, int], epochs: int, l2: float
) -> tuple[np.ndarray, float]:
    idx: list[int] = []
    rows: list[int] = []
    for r, f in enumerate(forms):
        for g in name_ngrams(f):
            j = vocab.get(g)
            if j is not None:
                idx.append(j)
                rows.append(r)
    ind = np.array(idx)
    row = np.array(rows)
    w = np.zeros(len(vocab))
    b = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    mb = vb = 0.0
    lr, b1, b2 = 0.05, 0.9, 0.999
    n = len(forms)
    for t in range(1, epochs + 1):
        z = np.bincount(row, weights=w[ind], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        err = p - labels
        gw = np.bincount(ind, weights=err[row], minlength=len(w)) / n + l2 * w
        gb = float(err.mean())
        m = b1 * m + (1 - b1) * gw
        v = b2 * v + (1 - b2) * gw * gw
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        b -= lr * (mb / (1 - b1**t)) / (np.sqrt(vb / (1 - b2**t)) + 1e-8)
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--out", type=Path, default=Path("src/newsgraph/models/de_name_ngrams.tsv.gz"))
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--l2", type=float, default=1e-6)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    names, words = collect(args.data, args.corpus)
    print(f"names {len(names)}, words {len(words)}")
    data = sorted((f, 1.0) for f in names) + sorted((f, 0.0) for f in words)
    test = [zlib.crc32(f.encode()) % 10 == 0 for f, _ in data]
    tr = [d for d, t in zip(data, test, strict=True) if not t]
    te = [d for d, t in zip(data, test, strict=True) if t]
    counts: Counter[str] = Counter(g for f, _ in tr for g in set(name_ngrams(f)))
    vocab = {
        g: i for i, g in enumerate(sorted(g for g, c in counts.items() if c >= args.min_count))
    }
    # label 1 = WORD, so that the model's probability is P(word)
    y = np.array([1.0 - lab for _, lab in tr])
    w, b = train([f for f, _ in tr], y, vocab, args.epochs, args.l2)
    table = {g: round(float(w[i]), 3) for g, i in vocab.items() if abs(w[i]) >= 0.01}

    def p_word(form: str) -> float:
        z = b + sum(table.get(g, 0.0) for g in name_ngrams(form))
        return 1.0 / (1.0 + np.exp(-z))

    pn = np.array([p_word(f) for f, lab in te if lab == 1.0])
    pw = np.array([p_word(f) for f, lab in te if lab == 0.0])
    acc = (np.sum(pn < 0.5) + np.sum(pw >= 0.5)) / (len(pn) + len(pw))
    print(f"test: {len(pn)} names, {len(pw)} words, accuracy {acc:.3f}")
    for th in (0.5, 0.8, 0.9, 0.95, 0.98, 0.99):
        print(f"P(word) >= {th}: names {np.mean(pn >= th):.3f}, words {np.mean(pw >= th):.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        lines = [f"#bias\t{round(b, 3)}"] + [f"{g}\t{v}" for g, v in sorted(table.items())]
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {args.out}: {len(table)} n-grams")


if __name__ == "__main__":
    main()
