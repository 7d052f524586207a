"""Score trained pipelines on held-out DocBin corpora; prints one JSON line per model.

Usage:
  python scripts/models/evaluate.py ner MODEL_DIR GOLD.spacy [GOLD2.spacy ...]
  python scripts/models/evaluate.py syntax MODEL_DIR GOLD.spacy

NER: strict span P/R/F1 per type (newsgraph.evaluation.ner.score_spans) and tokens/s of the
NER components alone (single thread). Syntax: UPOS, tag, morph, lemma accuracy, UAS/LAS.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from newsgraph.evaluation.ner import score_spans


def ner_components(nlp: spacy.Language) -> list[str]:
    return [n for n in nlp.pipe_names if n in ("ner", "entity_ruler") or n.startswith("ner")]


def eval_ner(model: str, gold_path: str) -> dict[str, object]:
    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(gold_path).get_docs(nlp.vocab))
    inputs = [
        Doc(nlp.vocab, words=[t.text for t in d], spaces=[t.whitespace_ for t in d]) for d in gold
    ]
    n_tok = sum(len(d) for d in inputs)
    with nlp.select_pipes(enable=ner_components(nlp)):
        t0 = time.perf_counter()
        preds = list(nlp.pipe(inputs, batch_size=256))
        dt = time.perf_counter() - t0
    g = [[(e.start, e.end, e.label_) for e in d.ents] for d in gold]
    p = [[(e.start, e.end, e.label_) for e in d.ents] for d in preds]
    res = score_spans(g, p).to_dict(tokens_per_s=n_tok / dt)
    return {"model": model, "gold": Path(gold_path).name, "tokens": n_tok, **res}


def eval_syntax(model: str, gold_path: str) -> dict[str, object]:
    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(gold_path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples)
    dt = time.perf_counter() - t0
    keep = ["pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    out: dict[str, object] = {k: scores.get(k) for k in keep}
    mood = (scores.get("morph_per_feat") or {}).get("Mood")
    out["morph_Mood_f"] = mood["f"] if isinstance(mood, dict) else None
    out["tokens_per_s"] = sum(len(d) for d in gold) / dt
    return {"model": model, "gold": Path(gold_path).name, **out}


def main() -> None:
    kind, model, *golds = sys.argv[1:]
    spacy.util.fix_random_seed(0)
    for gold in golds:
        res = eval_ner(model, gold) if kind == "ner" else eval_syntax(model, gold)
        print(json.dumps(res))


if __name__ == "__main__":
    main()
