"""Assemble the shipped German pipeline from a trained syntax model and a trained NER model.

Usage: python scripts/models/assemble.py SYNTAX_MODEL NER_MODEL
       [--patterns configs/patterns_de.jsonl] [--out src/newsgraph/models/de_newsgraph]
       python scripts/models/assemble.py --prune-strings MODEL_DIR   (only the last step)

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
import srsly
from spacy.strings import hash_string


def main() -> None:
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--prune-strings":
        prune_strings(Path(sys.argv[2]))
        return
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
    prune_strings(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{args.out}: {nlp.pipe_names}, {size / 1e6:.1f} MB")


def prune_strings(model_dir: Path) -> None:
    """Drop the feature-vector words from the saved string store.

    ``spacy init vectors`` puts every word of the feature table (~168k, from the training text
    and the 10kGNAD articles) into ``vocab/strings.json``; the pipeline looks vectors up by hash
    and never needs those strings back. Kept: everything else, the strings the edit-tree
    lemmatizer refers to, and every label of every component (tags such as ``PDS`` are also
    words). Output on 200 10kGNAD articles and the reference report is byte-identical with and
    without them (session 4); the model is ~2.5 MB smaller.
    """
    nlp = spacy.load(model_dir)
    path = model_dir / "vocab" / "strings.json"
    strings: list[str] = srsly.read_json(path)
    vector_keys = set(nlp.vocab.vectors.keys())
    needed: set[int] = set()
    if "trainable_lemmatizer" in nlp.pipe_names:
        trees = srsly.msgpack_loads(nlp.get_pipe("trainable_lemmatizer").trees.to_bytes())
        needed |= {t[k] for t in trees["trees"] for k in ("orig", "subst") if t.get(k)}
    for _name, pipe in nlp.pipeline:
        for label in getattr(pipe, "labels", ()) or ():
            if not isinstance(label, str):
                continue
            for part in (label, *label.split("|")):
                needed |= {hash_string(x) for x in (part, *part.split("="))}
    kept = [s for s in strings if hash_string(s) not in vector_keys or hash_string(s) in needed]
    srsly.write_json(path, kept)
    print(f"{path}: {len(strings)} -> {len(kept)} strings")


if __name__ == "__main__":
    main()
