"""Assemble the shipped German pipeline from a trained syntax model and a trained NER model.

Usage: python scripts/models/assemble.py SYNTAX_MODEL NER_MODEL
       [--patterns configs/patterns_de.jsonl] [--out src/newsgraph/models/de_newsgraph]

Result: tokenizer, tok2vec, tagger, morphologizer, trainable_lemmatizer, parser (syntax model),
entity_ruler (agency/organisation patterns) and ner (standalone tok2vec + gazetteer feature
vectors, sourced from the NER model). The NER part runs alone with
``nlp.select_pipes(enable=["entity_ruler", "ner"])``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("syntax", type=Path)
    ap.add_argument("ner", type=Path)
    ap.add_argument("--patterns", type=Path, default=Path("configs/patterns_de.jsonl"))
    ap.add_argument("--out", type=Path, default=Path("src/newsgraph/models/de_newsgraph"))
    ap.add_argument("--no-ruler", action="store_true")
    args = ap.parse_args()

    nlp = spacy.load(args.syntax)
    ner_nlp = spacy.load(args.ner)
    # the NER tok2vec reads the gazetteer feature vectors from the vocab
    nlp.vocab.vectors = ner_nlp.vocab.vectors
    if not args.no_ruler:
        ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": False})
        patterns = [json.loads(line) for line in args.patterns.read_text().splitlines() if line]
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update(
        {
            "name": "newsgraph",
            "version": "0.1.0",
            "description": "German syntax (UD GSD) + NER (GermEval/SmartData/LER/WikiANN), "
            "trained by newsgraph; see docs/models.md",
            "license": "CC BY-SA 4.0 (UD GSD), CC BY 4.0 (GermEval, LER, SmartData), ODC-BY",
            "sources": [
                {"name": "UD German GSD (test file)", "license": "CC BY-SA 4.0"},
                {"name": "GermEval 2014 dev (train part)", "license": "CC BY 4.0"},
                {"name": "SmartData v3 train", "license": "CC BY 4.0"},
                {"name": "LER dev", "license": "CC BY 4.0"},
                {"name": "WikiANN de", "license": "ODC-BY"},
                {"name": "gazetteers-de", "license": "see ../shared/data/gazetteers-de"},
            ],
        }
    )
    nlp.meta.pop("performance", None)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{args.out}: {nlp.pipe_names}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
