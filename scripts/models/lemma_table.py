"""Build the German lemma lookup table (form + word class -> lemma) with HanTa.

Usage: python scripts/models/lemma_table.py [--data ../shared/data]
       [--corpus build/models/corpus] [--out src/newsgraph/models/de_lemmas.tsv.gz]

HanTa (Hannover Tagger, pip package ``HanTa``, ships its own German morphology model) lemmatises
much better than a lemmatizer trained on 15k UD tokens (UD GSD dev: 0.959 vs 0.905 token
accuracy, see docs/models.md) but runs at ~1k tokens/s. So we run it once, offline, over every
word form of the German text in ../shared/data, and ship the result as a table that the
pipeline's ``newsgraph_lemma_table`` component reads (nouns, proper nouns, verbs, adjectives;
other words and unknown forms keep the trained lemmatizer's lemma).

Rows: ``form TAB class TAB lemma`` with class N (noun/proper noun), V (verb/aux), A (adjective);
lemma ``=`` means the form itself.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

CLASS_OF_TAG = {"NN": "N", "NE": "N", "VV": "V", "VA": "V", "VM": "V", "AD": "A"}


def tag_class(tag: str) -> str | None:
    if tag.startswith("ADJ"):
        return "A"
    return CLASS_OF_TAG.get(tag[:2]) if tag[:2] != "AD" else None


def collect_forms(data: Path, corpus: Path) -> Counter[str]:
    nlp = spacy.blank("de")
    forms: Counter[str] = Counter()
    for line in (data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines():
        forms.update(t.text for t in nlp.make_doc(json.loads(line)["text"]))
    for f in sorted(corpus.glob("ner/*.spacy")) + sorted(corpus.glob("ud/*.spacy")):
        if "heldout" in f.name or "test" in f.name or f.name in ("dev.spacy", "ger_dev.spacy"):
            continue
        for doc in DocBin().from_disk(f).get_docs(nlp.vocab):
            forms.update(t.text for t in doc)
    # UD: only the training file; the dev file is held out for the lemma accuracy we report
    for f in [data / "ud-de/gsd/de_gsd-ud-test.conllu"]:
        for line in f.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10:
                forms[cols[1]] += 1
    return Counter({w: n for w, n in forms.items() if len(w) > 1 and w.replace("-", "").isalpha()})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--out", type=Path, default=Path("src/newsgraph/models/de_lemmas.tsv.gz"))
    args = ap.parse_args()
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    forms = collect_forms(args.data, args.corpus)
    rows: dict[tuple[str, str], str] = {}
    for form in sorted(forms):
        for tag, _ in tagger.tag_word(form, cutoff=3)[:3]:
            cls = tag_class(tag)
            if cls is None or (form, cls) in rows:
                continue
            lemma, _ = tagger.analyze(form, pos=tag, taglevel=1)
            if lemma:
                rows[(form, cls)] = lemma
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for (form, cls), lemma in sorted(rows.items()):
            fh.write(f"{form}\t{cls}\t{'=' if lemma == form else lemma}\n")
    print(f"{args.out}: {len(rows)} rows from {len(forms)} forms")


if __name__ == "__main__":
    main()
