"""Mark the Europeana person names that the feature table does not know as *missing* (session 8).

Session 6 found that the Europeana-trained models (E3b, C1b) tag unknown capitalised words as
persons: the 1880s/1920s OCR names of the Europeana segments have no feature vector (all zero),
and stage 1 learns "capitalised form with no features -> PER". This script copies a Europeana
DocBin (``convert_extra.py``) and marks every PER mention none of whose tokens has a row in the
feature table (``--vectors``) as missing annotation, so the model is neither taught PER nor O
for it; known names (gazetteer surnames, forms of the training text) keep their label.

Usage: python scripts/models/mask_unknown_names.py IN.spacy OUT.spacy --vectors DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span
from spacy.vocab import Vocab


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inp", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--vectors", type=Path, required=True)
    args = ap.parse_args()
    vocab = Vocab().from_disk(args.vectors / "vocab")
    known = {vocab.strings[k] for k in vocab.vectors.key2row}
    nlp = spacy.blank("de")
    out = DocBin(store_user_data=False)
    n_per = n_masked = 0
    for doc in DocBin().from_disk(args.inp).get_docs(nlp.vocab):
        keep: list[Span] = []
        missing: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "PER":
                n_per += 1
                if not any(t.text in known for t in ent):
                    missing.append(ent)
                    n_masked += 1
                    continue
            keep.append(ent)
        doc.set_ents(keep, missing=missing, outside=None, default="unmodified")
        out.add(doc)
    out.to_disk(args.out)
    print(f"{args.out}: {n_masked} of {n_per} PER mentions marked missing")


if __name__ == "__main__":
    main()
