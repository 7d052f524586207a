"""Convert the German corpora in ../shared/data to spaCy DocBin files for training.

Usage: python scripts/models/convert.py [--data ../shared/data] [--out build/models/corpus]

Writes (under --out):
  ner/ger_train.spacy, ner/ger_dev.spacy, ner/ger_heldout.spacy  GermEval 2014 dev, split by document
  ner/wikiann.spacy          WikiANN German train+dev (silver)
  ner/ler.spacy              LER ler_dev.conll only (ler_test is never used)
  ner/smartdata.spacy        SmartData train split (the test split is written separately:)
  ner/smartdata_test.spacy   SmartData test split, evaluation only
  ud/train.spacy, ud/select.spacy  UD German GSD test file (9/10 train, 1/10 checkpoint selection)
  ud/dev.spacy               UD German GSD dev file, held out for UPOS/LAS reporting
  split.json                 the GermEval document split (source ids per part)

Label mapping is shared with ``newsgraph eval ner`` (newsgraph.evaluation.ner).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs

from newsgraph.evaluation.ner import (
    LEGAL_TYPES,
    Sentence,
    decode_spans,
    map_tags,
    read_conll,
    read_germeval,
    split_tag,
)

SEED = 20141
GERMEVAL_PARTS = {"train": 0.60, "dev": 0.15, "heldout": 0.25}

SMARTDATA_TYPES = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-stop": "LOC",
    "location-street": "LOC",
}
# types whose mentions are neither clearly an entity nor clearly O in GermEval terms
SMARTDATA_UNKNOWN = {"location-route"}


def sentence_doc(vocab: Any, sent: Sentence, legal_unknown: bool = False) -> Doc:
    """Doc with entities from a gold sentence; LER legal-norm spans become *missing*."""
    doc = Doc(vocab, words=sent.tokens)
    spans = [Span(doc, s, e, label=t) for s, e, t in decode_spans(map_tags(sent.tags))]
    missing = []
    if legal_unknown:
        raw = decode_spans(
            [t if (split_tag(t)[1] or "").upper() in LEGAL_TYPES else "O" for t in sent.tags]
        )
        missing = [Span(doc, s, e) for s, e, _ in raw]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def write(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    n_ents = Counter(e.label_ for d in docs for e in d.ents)
    n_tok = sum(len(d) for d in docs)
    print(f"{path}: {len(docs)} docs, {n_tok} tokens, ents {dict(n_ents)}")


def convert_germeval(data: Path, out: Path, vocab: Any) -> None:
    text = (data / "ner-de/germeval2014/NER-de-dev.tsv").read_text(encoding="utf-8")
    sents = read_germeval(text)
    by_doc: dict[str, list[Sentence]] = defaultdict(list)
    for s in sents:
        by_doc[s.source or "?"].append(s)
    keys = sorted(by_doc)
    random.Random(SEED).shuffle(keys)
    n = len(keys)
    cut1 = round(n * GERMEVAL_PARTS["train"])
    cut2 = cut1 + round(n * GERMEVAL_PARTS["dev"])
    parts = {"train": keys[:cut1], "dev": keys[cut1:cut2], "heldout": keys[cut2:]}
    split = {}
    for name, ks in parts.items():
        docs = [sentence_doc(vocab, s) for k in ks for s in by_doc[k]]
        write(docs, out / f"ner/ger_{name}.spacy")
        split[name] = {
            "documents": len(ks),
            "sentences": len(docs),
            "wikipedia_docs": sum("wikipedia" in k for k in ks),
            "sources": sorted(ks),
        }
        # the held-out part also as GermEval TSV for `newsgraph eval ner`
        tsv = out / f"ger_{name}.tsv"
        with tsv.open("w", encoding="utf-8") as fh:
            for k in ks:
                for s in by_doc[k]:
                    fh.write(f"#\t{k}\n")
                    for i, (tok, tag) in enumerate(zip(s.tokens, s.tags, strict=True), 1):
                        fh.write(f"{i}\t{tok}\t{tag}\tO\n")
                    fh.write("\n")
    (out / "split.json").write_text(json.dumps({"seed": SEED, **split}, indent=1))


def convert_conll(path: Path, vocab: Any, legal: bool = False) -> list[Doc]:
    text = path.read_text(encoding="utf-8")
    return [sentence_doc(vocab, s, legal_unknown=legal) for s in read_conll(text)]


def read_avro_json(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = fh.read()
    dec = json.JSONDecoder()
    i, docs = 0, []
    while i < len(raw):
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            break
        d, i = dec.raw_decode(raw, i)
        docs.append(d)
    return docs


def _union(v: Any) -> Any:
    """Unwrap an Avro-JSON union value ({"string": ...}, {"array": [...]})."""
    if isinstance(v, dict) and len(v) == 1:
        return next(iter(v.values()))
    return v


def convert_smartdata(path: Path, nlp: Any, common_nouns: set[str]) -> list[Doc]:
    """SmartData documents → one Doc per sentence (spaCy tokenizer + sentencizer)."""
    out = []
    for d in read_avro_json(path):
        text = _union(d["text"]) or ""
        mentions = _union(d.get("conceptMentions")) or []
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            doc = nlp(line)
            ents, missing = [], []
            for cm in mentions:
                s, e = cm["span"]["start"], cm["span"]["end"]
                if s < start or e > end:
                    continue
                span = doc.char_span(s - start, e - start, alignment_mode="expand")
                if span is None:
                    continue
                label = SMARTDATA_TYPES.get(cm["type"])
                if cm["type"] in SMARTDATA_UNKNOWN:
                    missing.append(span)
                elif label is None:
                    continue
                elif label == "LOC" and span.text[:1].islower():
                    continue  # adjectives ("deutschen") and phrases: O as in GermEval (LOCderiv)
                elif len(span) == 1 and span.text in common_nouns:
                    missing.append(span)  # nominal mentions ("Gruppe", "Bahn"): unknown
                else:
                    ents.append(Span(doc, span.start, span.end, label=label))
            ents = spacy.util.filter_spans(ents)
            taken = {i for sp in ents for i in range(sp.start, sp.end)}
            missing = [m for m in missing if not any(i in taken for i in range(m.start, m.end))]
            missing = spacy.util.filter_spans(missing)
            try:
                doc.set_ents(ents, missing=missing, default="outside")
            except ValueError:
                continue
            sents = list(doc.sents)
            if any(e.sent.start != doc[e.end - 1].sent.start for e in doc.ents):
                sents = [doc[:]]
            for sent in sents:
                sd = sent.as_doc()
                if len(sd) and any(not t.is_space for t in sd):
                    out.append(sd)
    return out


def convert_ud(path: Path, vocab: Any) -> list[Doc]:
    text = path.read_text(encoding="utf-8")
    docs = list(conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True))
    # conllu_to_docs builds its own vocab; re-create docs on the shared vocab
    return [Doc(vocab).from_bytes(d.to_bytes()) for d in docs]


def ud_common_nouns(path: Path) -> set[str]:
    nouns = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[3] == "NOUN":
            nouns.add(cols[1])
    return nouns


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("build/models/corpus"))
    args = ap.parse_args()
    data, out = args.data, args.out
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    vocab = nlp.vocab

    convert_germeval(data, out, vocab)
    wiki = convert_conll(data / "ner-de/wikiann-de/train.iob", vocab)
    wiki += convert_conll(data / "ner-de/wikiann-de/dev.iob", vocab)
    write(wiki, out / "ner/wikiann.spacy")
    write(
        convert_conll(data / "ner-de/ler/ler_dev.conll", vocab, legal=True), out / "ner/ler.spacy"
    )
    nouns = ud_common_nouns(data / "ud-de/gsd/de_gsd-ud-test.conllu")
    nouns |= ud_common_nouns(data / "ud-de/gsd/de_gsd-ud-dev.conllu")
    write(
        convert_smartdata(data / "smartdata-de/train.json.gz", nlp, nouns),
        out / "ner/smartdata.spacy",
    )
    write(
        convert_smartdata(data / "smartdata-de/test.json.gz", nlp, nouns),
        out / "ner/smartdata_test.spacy",
    )
    ud_train = convert_ud(data / "ud-de/gsd/de_gsd-ud-test.conllu", vocab)
    # every 10th 10-sentence doc of the training file selects checkpoints; the dev file is held out
    write([d for i, d in enumerate(ud_train) if i % 10 != 9], out / "ud/train.spacy")
    write([d for i, d in enumerate(ud_train) if i % 10 == 9], out / "ud/select.spacy")
    write(convert_ud(data / "ud-de/gsd/de_gsd-ud-dev.conllu", vocab), out / "ud/dev.spacy")


if __name__ == "__main__":
    main()
