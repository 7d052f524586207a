"""Compare lemmas (and speed) of HanTa and the shipped pipeline on the held-out UD GSD dev file.

Usage: python scripts/models/compare_hanta.py [../shared/data/ud-de/gsd/de_gsd-ud-dev.conllu]
Gold tokens are given to both; multiword tokens (zum = zu dem) are skipped.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from spacy.tokens import Doc

from newsgraph.nlp import load_pipeline, ner_pipe_names


def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            c = line.split("\t")
            if c[0].isdigit():
                cur.append((c[1], c[2], c[3]))
    if cur:
        sents.append(cur)
    return sents


def main() -> None:
    path = Path(
        sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ud-de/gsd/de_gsd-ud-dev.conllu"
    )
    sents = read_conllu(path)
    n = sum(len(s) for s in sents)
    from HanTa import HanoverTagger as ht  # optional dependency, only for this comparison

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    t0 = time.perf_counter()
    han = [tagger.tag_sent([w for w, _, _ in s], taglevel=1) for s in sents]
    t_han = time.perf_counter() - t0
    nlp = load_pipeline("de")
    docs = [Doc(nlp.vocab, words=[w for w, _, _ in s]) for s in sents]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=ner_pipe_names(nlp)):
        ours = list(nlp.pipe(docs))
    t_ours = time.perf_counter() - t0
    ok_h = ok_o = ok_hn = ok_on = nn = 0
    for s, h, d in zip(sents, han, ours, strict=True):
        for (_w, lemma, upos), (_, hl, _), tok in zip(s, h, d, strict=True):
            ok_h += hl == lemma
            ok_o += tok.lemma_ == lemma
            if upos in ("NOUN", "VERB", "ADJ", "AUX"):
                nn += 1
                ok_hn += hl == lemma
                ok_on += tok.lemma_ == lemma
    print(f"tokens {n}; content words (NOUN/VERB/ADJ/AUX) {nn}")
    print(f"HanTa    lemma acc {ok_h / n:.4f}  content {ok_hn / nn:.4f}  {n / t_han:.0f} tok/s")
    print(f"newsgraph lemma acc {ok_o / n:.4f}  content {ok_on / nn:.4f}  {n / t_ours:.0f} tok/s")


if __name__ == "__main__":
    main()
