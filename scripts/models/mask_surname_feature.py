"""Zero the gazetteer *surname* dimension for word forms that are also common words.

Session-6 experiment (docs/models.md): the Europeana-trained models tag rare common nouns that
are in the surname gazetteer (Schlager, Stahl, Nickel, Celsius, Decken ...) as persons. This
script copies a feature-vector table written by ``gazetteer_vectors.py`` and sets dimension 0
(surname) to 0 for every form whose best HanTa tag is not NE (proper noun), i.e. HanTa reads it
as a common noun, adjective, verb, ... Optionally (``--first-token``) dimension 4 (first token
of >= 2 PER spans) is cleared for the same forms. All other dimensions, including the
training-data priors (P(PER | inside an entity) ...), are kept, so frequent real surnames that
are also nouns (Koch, Bauer) still carry their corpus evidence.

Usage: python scripts/models/mask_surname_feature.py IN_DIR OUT_DIR [--first-token]
       [--margin 0.0] [--list-out FILE]

Needs HanTa (build time only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from gazetteer_vectors import write_feature_table  # sibling script: scripts/models/ is on sys.path
from spacy.vocab import Vocab


def not_proper(tagger: object, word: str, margin: float) -> bool:
    """True when HanTa's best tag for ``word`` is not NE (or NE by less than ``margin``)."""
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    if not tags:
        return False
    if tags[0][0] != "NE":
        return True
    return len(tags) > 1 and float(tags[0][1]) - float(tags[1][1]) < margin


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inp", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--first-token", action="store_true", help="also clear dimension 4")
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--list-out", type=Path)
    args = ap.parse_args()
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    vocab = Vocab().from_disk(args.inp / "vocab")
    vec = vocab.vectors
    keys = list(vec.key2row)
    words = [vocab.strings[k] for k in keys]
    data = np.stack([vec[k] for k in keys]).astype("float32")
    dims = [0, 4] if args.first_token else [0]
    masked = []
    for i, w in enumerate(words):
        if not any(data[i, d] for d in dims):
            continue
        if not_proper(tagger, w, args.margin):
            data[i, dims] = 0
            masked.append(w)
    n_rows = write_feature_table(words, data, args.out, vec.name or "de_gaz")
    if args.list_out:
        args.list_out.write_text("\n".join(sorted(masked)) + "\n", encoding="utf-8")
    n_sur = int((np.stack([vec[k] for k in keys])[:, 0] > 0).sum())
    print(
        f"{args.out}: {len(words)} forms, {n_rows} distinct rows; "
        f"dims {dims} cleared for {len(masked)} of {n_sur} surname-feature forms"
    )


if __name__ == "__main__":
    main()
