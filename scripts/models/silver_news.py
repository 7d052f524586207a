"""Silver NER sentences from 10kGNAD news articles, labelled by the shipped pipeline.

Usage: python scripts/models/silver_news.py [--data ../shared/data]
       [--out build/models/corpus/ner/silver_news.spacy]

Each 10kGNAD article (line i = record ``gnad-iiii``) that is NOT used by a gold file of
``tests/fixtures/gold/`` or ``tests/fixtures/gold-check/`` (ids taken from the file names only)
is read with ``read_string(..., format="jsonl")`` and analysed with the shipped pipeline
(``newsgraph.pipeline.analyze``, stage ``entities``). Labels: the mentions of the entity layer's
final PER/ORG/LOC/MISC entities (which drop many of the NER's false persons); the NER's own MISC
spans that no mention overlaps are added as MISC. Every other token is O — so NER persons that
the entity layer dropped become negative examples. The article text is parsed by the shipped
pipeline and written sentence by sentence (whitespace tokens included) to a DocBin.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from spacy.tokens import DocBin
from spacy.util import filter_spans

from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def excluded_records(fixtures: Path) -> set[int]:
    ids: set[int] = set()
    for sub in ("gold", "gold-check"):  # record ids from the .txt file names only
        for path in (fixtures / sub).glob("*.txt"):
            m = re.match(r"gnad-(\d+)", path.name)
            if m:
                ids.add(int(m.group(1)))
    return ids


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--fixtures", type=Path, default=Path("tests/fixtures"))
    ap.add_argument("--out", type=Path, default=Path("build/models/corpus/ner/silver_news.spacy"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    skip = excluded_records(args.fixtures)
    lines = (args.data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    nlp = load_nlp("de")
    assert nlp is not None
    db = DocBin(store_user_data=False)
    n_art = n_sent = n_tok = 0
    counts: dict[str, int] = {}
    dropped_ner = 0
    for i, line in enumerate(lines):
        if i in skip or not line.strip():
            continue
        if args.limit and n_art >= args.limit:
            break
        article = read_string(line, format="jsonl")
        article = analyze(article, stages=["entities"], nlp=nlp)
        doc = nlp(article.text)
        spans = []
        for ent in article.entities:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, label=ent.type, alignment_mode="contract")
                if span is not None and len(span):
                    spans.append(span)
        covered = {t.i for s in spans for t in s}
        for ent in doc.ents:
            overlaps = any(t.i in covered for t in ent)
            if ent.label_ == "MISC" and not overlaps:
                spans.append(ent)
            elif ent.label_ == "PER" and not overlaps:
                dropped_ner += 1
        spans = [s for s in filter_spans(spans) if not s.text.isspace()]
        doc.set_ents(spans, default="outside")
        n_art += 1
        for sent in doc.sents:
            if not any(not t.is_space for t in sent):
                continue
            sdoc = sent.as_doc()
            db.add(sdoc)
            n_sent += 1
            n_tok += len(sdoc)
            for e in sdoc.ents:
                counts[e.label_] = counts.get(e.label_, 0) + 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.out)
    print(
        json.dumps(
            {
                "articles": n_art,
                "excluded_records": len(skip),
                "sentences": n_sent,
                "tokens": n_tok,
                "mentions": counts,
                "ner_persons_dropped_by_entity_layer": dropped_ner,
                "out": str(args.out),
            }
        )
    )


if __name__ == "__main__":
    main()
