"""Convert an extra UD German treebank into parser/lemmatizer training docs (no tags, no morphology).

Usage: python scripts/models/convert_ud_extra.py CONLLU --out build/models/corpus/ud/pud.spacy

Used for UD German PUD (`UniversalDependencies/UD_German-PUD`, `de_pud-ud-test.conllu`,
CC BY-SA 3.0; fetched into the ignored `build/extra/ud/`, see docs/models.md). Its XPOS column is
Penn-style rather than STTS and its features follow other conventions (finite verbs without
`VerbForm`, participles as `Tense=Past`), so tags, UPOS and features are left *missing*: the docs
teach the shared tok2vec, the parser and the lemmatizer only. Relations GSD spells differently are
mapped to GSD's (`flat:name` → `flat`, `cc:preconj` → `cc`, `iobj` → `obj`, `acl:relcl`
→ `acl`, `obl:tmod` → `obl`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

DEPREL_MAP = {
    "flat:name": "flat",
    "cc:preconj": "cc",
    "iobj": "obj",
    "acl:relcl": "acl",
    "obl:tmod": "obl",
}


def convert(path: Path) -> list[Doc]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[7] in DEPREL_MAP:
            cols[7] = DEPREL_MAP[cols[7]]
        lines.append("\t".join(cols))
    vocab = spacy.blank("de").vocab
    out = []
    for d in conllu_to_docs(
        "\n".join(lines) + "\n", n_sents=10, merge_subtokens=True, no_print=True
    ):
        out.append(
            Doc(
                vocab,
                words=[t.text for t in d],
                spaces=[bool(t.whitespace_) for t in d],
                heads=[t.head.i for t in d],
                deps=[t.dep_ for t in d],
                lemmas=[t.lemma_ for t in d],
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conllu", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    docs = convert(args.conllu)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(args.out)
    print(f"{len(docs)} docs, {sum(len(d) for d in docs)} tokens -> {args.out}")


if __name__ == "__main__":
    main()
