"""Unmarked speech, an experiment: is a sentence without quotation marks and without a cue of
its own the words of the speaker whose speech stands next to it?

10kGNAD prints direct speech without its quotation marks, so a speaker's statement often goes on
in plain indicative sentences beside their reported speech; the chain rules of ``quotes/extract.py``
take the clear cases. This module asks whether a small logistic model over features of such a
sentence and its neighbours (``data/quotes/unmarked.yaml`` holds the word lists) finds the rest.
It is measured, not shipped: the pipeline does not call it, because out-of-fold it does not help
(docs/quotes.md, Session 9). Run ``python -m newsgraph.evaluation.unmarked_speech tests/fixtures/gold`` to
repeat the leave-files-out cross-validation.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from newsgraph.quotes import mood

if TYPE_CHECKING:
    from newsgraph.model import Article, Quote
    from newsgraph.quotes.extract import Extractor
    from newsgraph.quotes.extractor_state import Found

MAX_DISTANCE = 2  # sentences between a candidate and the speech it may go on


@dataclass
class Candidate:
    sentence: int  # index of the unmarked sentence
    anchor: int  # index of the sentence with the speech it may belong to
    found: Found  # that speech


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``unmarked.yaml``."""
    raw = resources.files("newsgraph.data.quotes").joinpath("unmarked.yaml").read_text("utf-8")
    return {k: frozenset(str(w).lower() for w in v) for k, v in yaml.safe_load(raw).items()}


def _speech(ex: Extractor, j: int) -> Found | None:
    """The speech of sentence ``j`` with a known speaker (the last one), if any."""
    held = [f for f in ex.quoted_sentences.get(j, []) if f.speaker.entity is not None]
    return held[-1] if held else None


def candidates(ex: Extractor) -> list[Candidate]:
    """Unmarked body sentences without speech of their own, within ``MAX_DISTANCE`` sentences
    of a known speaker's speech in the same paragraph (the nearer one; the earlier on a tie).
    ``ex`` must have run."""
    out: list[Candidate] = []
    sents = ex.sentences
    for k, sent in enumerate(sents):
        if (
            k in ex.quoted_sentences
            or sent.quotes
            or sent.block_type != "paragraph"
            or len([t for t in sent.tokens if t.is_word]) < 3
        ):
            continue
        best: Candidate | None = None
        for d in range(1, MAX_DISTANCE + 1):
            for m in (k - d, k + d):
                if 0 <= m < len(sents) and sents[m].segment == sent.segment:
                    f = _speech(ex, m)
                    if f is not None:
                        best = Candidate(k, m, f)
                        break
            if best is not None:
                break
        if best is not None:
            out.append(best)
    return out


def features(ex: Extractor, c: Candidate) -> dict[str, float]:
    """Binary features of a candidate (the names are the model's keys)."""
    from newsgraph.quotes.first_person import CALENDAR_WORDS

    lists = words()
    sents = ex.sentences
    sent = sents[c.sentence]
    toks = sent.tokens
    lows = [t.lower for t in toks]
    f = c.found
    ent = f.speaker.entity
    feats: dict[str, float] = {}

    def on(name: str, value: bool = True) -> None:
        if value:
            feats[name] = 1.0

    before = c.anchor < c.sentence
    on("anchor_before", before)
    on("anchor_after", not before)
    on("distance_2", abs(c.anchor - c.sentence) == 2)
    on(f"anchor_kind_{f.kind}")
    on(f"anchor_origin_{f.origin or 'other'}")
    on("speaker_org", ent is not None and ent.type != "PER")
    other = c.sentence + 1 if before else c.sentence - 1
    g = _speech(ex, other) if 0 <= other < len(sents) else None
    same = (
        g is not None
        and ent is not None
        and g.speaker.entity is not None
        and g.speaker.entity.id == ent.id
    )
    on("both_sides_same", same)
    on("both_sides_other", g is not None and not same)
    prev_text = sents[c.sentence - 1].text.rstrip() if c.sentence > 0 else ""
    on("after_colon", prev_text.endswith(":"))
    on("first_in_paragraph", sent.first_in_segment)
    last = c.sentence + 1 >= len(sents) or sents[c.sentence + 1].segment != sent.segment
    on("last_in_paragraph", last)
    on("first_person", mood.first_person(toks, ex.lex))
    on("second_person", any(w in ("du", "dich", "dir", "euch", "ihr") for w in lows[1:]))
    on("generic_subject", any(w in lists["generic_subjects"] for w in lows))
    on("question", sent.text.rstrip().endswith("?"))
    on("exclamation", sent.text.rstrip().endswith("!"))
    on("konj1", mood.konj1(toks, ex.lex))
    on("konj2", mood.konj2(toks, ex.lex, use_tagger=True))
    past = any(t.tense == "Past" and t.tag in ("VAFIN", "VVFIN", "VMFIN") for t in toks)
    on("past", past)
    on("present_only", not past and any(t.tense == "Pres" for t in toks))
    on("perfect", any(t.tag == "VAFIN" for t in toks) and any(t.tag == "VVPP" for t in toks))
    on("modal_particle", any(w in lists["modal_particles"] for w in lows[1:]))
    on("evaluative", any(w in lists["evaluative"] for w in lows))
    on("connective_opener", bool(lows) and lows[0] in lists["connectives"])
    on("negation", any(w in lists["negations"] for w in lows))
    on("third_person", any(w in ("er", "sie", "ihn", "ihm", "sein", "seine") for w in lows))
    digits = sum(1 for t in toks if any(ch.isdigit() for ch in t.text))
    on("number", digits > 0)
    on("numbers_2", digits > 1)
    on("calendar", any(w in CALENDAR_WORDS for w in lows))
    named = [
        e
        for e in ex.article.entities
        for m in e.mentions
        if sent.start <= m.start < sent.end and e.type in ("PER", "ORG")
    ]
    on("names_person", any(e.type == "PER" for e in named))
    on("names_speaker", ent is not None and any(e.id == ent.id for e in named))
    on("names_org", any(e.type == "ORG" for e in named))
    on("speech_verb", any(ex._third_party_cue(sent, i) for i in range(len(toks))))
    on("statement_rule", ex._statement(sent, ent))
    on("long", len(toks) > 25)
    on("short", len(toks) < 10)
    on("sollen", any(w in ("soll", "sollen") for w in lows))
    on("passive", any(w in ("wurde", "wurden", "worden") for w in lows))
    on("opens_pronoun", bool(lows) and lows[0] in ("das", "es", "dies", "man", "wir", "ich"))
    on("copula", any(w in ("ist", "sind") for w in lows))
    on("predicative_adjective", any(t.tag == "ADJD" for t in toks))
    propers = sum(1 for t in toks if t.tag == "NE")
    on("no_proper_noun", propers == 0)
    on("proper_nouns_2", propers > 1)
    anchor = sents[c.anchor]
    on("anchor_cue_last", before and f.end < anchor.tokens[-1].start)
    on("anchor_first_person", mood.first_person(anchor.tokens, ex.lex))
    return feats


@dataclass
class Row:
    file: str
    feats: dict[str, float]
    label: int  # 1: the gold has the sentence as a direct/partial quote
    quote: Quote  # the direct quote the model would add


def rows_of(article: Article, ex: Extractor, gold: dict[str, Any], name: str) -> list[Row]:
    """The candidates of one analysed gold article with their features and gold labels."""
    from newsgraph.evaluation.quotes import loose_key, normalise
    from newsgraph.model import EntityRef, Quote

    marked = [q["text"] for q in gold.get("quotes", []) if q["kind"] in ("direct", "partial")]
    loose = {loose_key(t) for t in marked}
    exact = {normalise(t) for t in marked}
    out: list[Row] = []
    for c in candidates(ex):
        s = ex.sentences[c.sentence]
        start, end = s.tokens[0].start, s.tokens[-1].end
        text = article.text[start:end]
        ent = c.found.speaker.entity
        assert ent is not None
        quote = Quote(
            kind="direct",
            text=text,
            start=start,
            end=end,
            speaker=EntityRef(id=ent.id, name=ent.name),
            cue=c.found.cue,
            sentence=s.text,
            confidence=0.3,
        )
        label = int(loose_key(text) in loose or normalise(text) in exact)
        out.append(Row(name, features(ex, c), label, quote))
    return out


def _fit(x: Any, y: Any, l2: float, steps: int = 3000, rate: float = 0.5) -> tuple[Any, float]:
    import numpy as np

    w = np.zeros(x.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / n + l2 * w / n)
        b -= rate * float((p - y).mean())
    return w, b


def _predict(x: Any, w: Any, b: float) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def cross_validate(gold_dir: Path, folds: int = 10, seed: int = 0, l2: float = 1.0) -> dict:
    """Leave-files-out cross-validation on a gold folder: each fold's files are scored with a
    model trained on the other files, its threshold chosen by an inner 5-fold split of those
    files (the best right-minus-wrong count); returns the strict scores without and with the
    added quotes, overall and averaged over the folds."""
    import numpy as np

    from newsgraph.evaluation.quotes import FileScore, read_gold_article, score_article
    from newsgraph.pipeline import analyze, build_context, load_nlp
    from newsgraph.quotes.extract import Extractor
    from newsgraph.quotes.stage import morphology

    nlp = None
    articles: dict[str, tuple[Article, dict[str, Any]]] = {}
    rows: list[Row] = []
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        article, gold = read_gold_article(path)
        nlp = nlp or load_nlp(article.language)
        analysed = analyze(article, stages=["entities"], nlp=nlp)
        morph = morphology(build_context(analysed, nlp))
        ex = Extractor(analysed, morph)
        analysed.quotes = ex.run()
        articles[name] = (analysed, gold)
        rows.extend(rows_of(analysed, ex, gold, name))
    names = sorted({k for r in rows for k in r.feats})
    x = np.array([[r.feats.get(k, 0.0) for k in names] for r in rows])
    y = np.array([r.label for r in rows], dtype=float)
    files = np.array([r.file for r in rows])
    order = sorted(articles)
    random.Random(seed).shuffle(order)
    parts = [set(order[i::folds]) for i in range(folds)]

    def threshold(train: list[str]) -> float:
        inner = sorted(train)
        random.Random(1).shuffle(inner)
        probs = np.zeros(len(y))
        mask = np.isin(files, inner)
        for i in range(5):
            test = np.isin(files, inner[i::5])
            w, b = _fit(x[mask & ~test], y[mask & ~test], l2)
            probs[test] = _predict(x[test], w, b)
        best, at = 0.0, 1.01
        for th in np.arange(0.3, 0.95, 0.05):
            chosen = mask & (probs >= th)
            gain = float(y[chosen].sum() - (1 - y[chosen]).sum())
            if gain > best:
                best, at = gain, float(th)
        return at

    added: dict[str, list[Quote]] = {}
    for part in parts:
        test = np.isin(files, list(part))
        w, b = _fit(x[~test], y[~test], l2)
        th = threshold([f for f in order if f not in part])
        for i in np.where(test & (_predict(x, w, b) >= th))[0]:
            added.setdefault(rows[i].file, []).append(rows[i].quote)

    def score(names_: list[str], extra: bool) -> FileScore:
        total = FileScore(name="all")
        for n in names_:
            article, gold = articles[n]
            copy = article.model_copy()
            copy.quotes = list(article.quotes) + (added.get(n, []) if extra else [])
            total.add(score_article(copy, gold, n))
        return total

    chosen = [q for qs in added.values() for q in qs]
    right = sum(r.label for r in rows if any(r.quote is q for q in chosen))
    fold_p = [(score(sorted(p), False).precision, score(sorted(p), True).precision) for p in parts]
    fold_r = [(score(sorted(p), False).recall, score(sorted(p), True).recall) for p in parts]
    return {
        "candidates": len(rows),
        "positives": int(y.sum()),
        "added": len(chosen),
        "added_right": int(right),
        "before": score(order, False).numbers(),
        "after": score(order, True).numbers(),
        "fold_mean_precision": [round(float(v), 4) for v in np.mean(fold_p, axis=0)],
        "fold_mean_recall": [round(float(v), 4) for v in np.mean(fold_r, axis=0)],
    }


if __name__ == "__main__":  # pragma: no cover - an experiment, run by hand
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(json.dumps(cross_validate(Path(sys.argv[1]), seed=seed), indent=1))
