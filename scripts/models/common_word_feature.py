"""Append HanTa word-class evidence to an NER feature-vector table (session-8 experiment).

Session 6 found that the Europeana-trained models read "capitalised form with an all-zero
feature vector" as a name, so rare common words (sentence-initial adjectives and verbs, rare
nouns) became persons. This script copies a table written by ``gazetteer_vectors.py`` (or
``mask_surname_feature.py``) and appends two dimensions for every form of the table and of the
training text:

- ``common``: HanTa's best analysis is a known common noun, adjective, verb, adverb or function
  word (log-prob >= -26, i.e. from its lexicon or a compound analysis, and not NE/FM within 2);
- ``proper``: HanTa's best analysis is a known proper noun (NE, log-prob >= -26).

Forms HanTa does not know (log-prob below -26: its suffix guesser) get neither. Forms that the
old table lacked get a row with only these two dimensions. Word forms come from the NER training
parts (GermEval train part, WikiANN, LER dev, SmartData train, Europeana) and the 10kGNAD
records of lines 0-299; never a dev, held-out or test part.

Usage: python scripts/models/common_word_feature.py IN_DIR OUT_DIR [--corpus build/models/corpus]
Needs HanTa (build time).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import spacy
from gazetteer_vectors import write_feature_table  # sibling script: scripts/models/ is on sys.path
from spacy.tokens import DocBin
from spacy.vocab import Vocab

PARTS = ("ger_train", "wikiann", "ler", "smartdata", "enp")
NAME_TAGS = frozenset({"NE", "FM", "XY", "TRUNC"})
KNOWN_LOGP = -26.0
MARGIN = 2.0
GNAD_LINES = 300


def word_class(tagger: object, word: str) -> tuple[float, float]:
    """(common, proper) evidence for ``word`` from HanTa's context-free analysis."""
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    if not tags:
        return 0.0, 0.0
    tag, logp = tags[0][0], float(tags[0][1])
    if logp < KNOWN_LOGP:
        return 0.0, 0.0
    if tag == "NE":
        return 0.0, 1.0
    ne = max((float(p) for t, p in tags if t in NAME_TAGS), default=None)
    if tag not in NAME_TAGS and (ne is None or logp - ne >= MARGIN):
        return 1.0, 0.0
    return 0.0, 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inp", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = ap.parse_args()
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    vocab = Vocab().from_disk(args.inp / "vocab")
    vec = vocab.vectors
    old = {vocab.strings[k]: vec[k] for k in vec.key2row}
    width = next(iter(old.values())).shape[0]

    nlp = spacy.blank("de")
    forms = set(old)
    for part in PARTS:
        path = args.corpus / f"ner/{part}.spacy"
        if path.exists():
            for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
                forms.update(t.text for t in doc)
    lines = (args.data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    for doc in nlp.tokenizer.pipe(json.loads(ln)["text"] for ln in lines[:GNAD_LINES]):
        forms.update(t.text for t in doc if not t.is_space)

    zero = np.zeros(width, dtype="float32")
    words, rows = [], []
    n_common = n_proper = 0
    for w in sorted(forms):
        if not w.strip():
            continue
        common, proper = word_class(tagger, w) if any(c.isalpha() for c in w) else (0.0, 0.0)
        if w not in old and not (common or proper):
            continue
        n_common += int(common)
        n_proper += int(proper)
        words.append(w)
        rows.append(np.concatenate([old.get(w, zero), np.array([common, proper], "float32")]))
    n_rows = write_feature_table(words, np.stack(rows), args.out, vec.name or "de_gaz")
    print(
        f"{args.out}: {len(words)} forms ({len(old)} before), {n_rows} distinct rows, "
        f"{width + 2} dims; common {n_common}, proper {n_proper}"
    )


if __name__ == "__main__":
    main()
