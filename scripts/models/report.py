"""Score the shipped German pipeline (as ``load_pipeline("de")`` loads it) on held-out data.

Usage: python scripts/models/report.py [--corpus build/models/corpus] [--data ../shared/data]
       [--model DIR]

--model scores an assembled pipeline directory (scripts/models/assemble.py --out DIR) with the
same rule components that ``load_pipeline`` adds, before it is swapped into the package.

Prints one JSON object: NER strict P/R/F1 per type on the GermEval held-out part, the GermEval
dev part and the SmartData test split; UPOS/tag/morph/lemma accuracy, UAS/LAS and Mood F1 on the
held-out UD GSD dev file (raw text through the whole pipeline, spaCy's aligned scoring); and
single-thread speed of the NER components alone and of the whole pipeline on 10kGNAD articles.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from newsgraph.evaluation.ner import SCORED_TYPES, Sentence, evaluate_ner, read_gold
from newsgraph.nlp import _add_rule_components, load_pipeline, ner_pipe_names


def docbin_sentences(path: Path, vocab: object) -> list[Sentence]:
    out = []
    for doc in DocBin().from_disk(path).get_docs(vocab):  # type: ignore[arg-type]
        tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
        out.append(Sentence([t.text for t in doc], tags))
    return out


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument(
        "--gold",
        action="append",
        default=[],
        type=Path,
        help="also score this GermEval TSV / CoNLL file (e.g. the official GermEval test split)",
    )
    ap.add_argument(
        "--gold-plo",
        action="append",
        default=[],
        type=Path,
        help="also score this file on PER/ORG/LOC only (corpora without MISC, e.g. UNER PUD)",
    )
    ap.add_argument(
        "--without", action="append", default=[], help="remove this rule component (A/B runs)"
    )
    args = ap.parse_args()
    if args.model is None:
        nlp = load_pipeline("de")
    else:
        nlp = spacy.load(args.model)
        _add_rule_components(nlp, "de")
    for name in args.without:
        nlp.remove_pipe(name)
    report: dict[str, object] = {"pipeline": nlp.pipe_names}

    for name in ("ger_heldout", "ger_dev", "smartdata_test"):
        sents = docbin_sentences(args.corpus / f"ner/{name}.spacy", nlp.vocab)
        # SmartData has no MISC annotation: score it on PER/ORG/LOC only
        types = ("PER", "ORG", "LOC") if name.startswith("smartdata") else SCORED_TYPES
        report[f"ner_{name}"] = evaluate_ner(nlp, sents, types=types)
    for path in args.gold:
        report[f"ner_{path.stem}"] = evaluate_ner(nlp, read_gold(path))
    for path in args.gold_plo:
        report[f"ner_{path.stem}"] = evaluate_ner(nlp, read_gold(path), types=("PER", "ORG", "LOC"))

    gold = list(DocBin().from_disk(args.corpus / "ud/dev.spacy").get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    with nlp.select_pipes(disable=ner_pipe_names(nlp)):
        scores = nlp.evaluate(examples)
    mood = (scores.get("morph_per_feat") or {}).get("Mood") or {}
    report["ud_dev"] = {
        k: scores.get(k)
        for k in ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    } | {"mood_f": mood.get("f")}

    lines = (args.data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[:200]]
    list(nlp.pipe(texts[:5]))
    # CPU seconds of this (single-threaded) process as well as wall-clock seconds: on a shared
    # machine the CPU-time rate is the per-core speed
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=64))
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    n_tok = sum(len(d) for d in docs)
    with nlp.select_pipes(enable=ner_pipe_names(nlp)):
        t0, c0 = time.perf_counter(), time.process_time()
        list(nlp.pipe(texts, batch_size=64))
        ner, ner_cpu = time.perf_counter() - t0, time.process_time() - c0
    report["speed_10kgnad_200_articles"] = {
        "tokens": n_tok,
        "full_pipeline_tokens_per_s": n_tok / full,
        "full_pipeline_tokens_per_cpu_s": n_tok / full_cpu,
        "ner_only_tokens_per_s": n_tok / ner,
        "ner_only_tokens_per_cpu_s": n_tok / ner_cpu,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
