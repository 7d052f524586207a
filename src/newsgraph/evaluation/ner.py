"""Named-entity evaluation: read gold files, map labels, decode IOB tags, score strict spans.

Everything here is a pure function over token/tag lists so that the training data
conversion (``scripts/models/convert.py``) and ``newsgraph eval ner`` share one label mapping.

Supported gold formats
----------------------
* GermEval 2014 TSV: ``index TAB token TAB outer TAB inner``; ``#`` comment lines start a
  sentence and carry its source; blank lines end a sentence. Only the outer level is scored.
* CoNLL style: token first, tag last (tab- or space-separated), blank line between
  sentences, ``-DOCSTART-`` lines ignored. Tags may be IOB1 or IOB2 (also IOBES).

Label mapping (``map_type``)
----------------------------
PER/ORG/LOC/MISC stay; GermEval ``OTH`` → MISC; GermEval ``*deriv``/``*part`` → none (O);
LER fine types: PER, RR (judge), AN (lawyer) → PER; LD, ST, STR, LDS → LOC; ORG, UN, INN, GRT,
MRK → ORG; the legal-norm/literature types (GS, VO, EUN, VS, VT, RS, LIT) → none for scoring
(training treats them as *unknown*, see :data:`LEGAL_TYPES`). Any other type is not scored.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

SCORED_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")

TYPE_MAP: dict[str, str] = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    # LER (German Legal Entity Recognition) fine types
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "ORG",
}

#: LER legal norms, regulations, case law and literature: not PER/ORG/LOC, and GermEval-style
#: MISC annotation of such spans is inconsistent, so training marks them as unknown.
LEGAL_TYPES: frozenset[str] = frozenset({"GS", "VO", "EUN", "VS", "VT", "RS", "LIT"})


class NerFormatError(ValueError):
    """A gold file cannot be read as GermEval TSV or CoNLL."""


@dataclass
class Sentence:
    """One gold sentence: tokens and their raw tags (as found in the file)."""

    tokens: list[str]
    tags: list[str]
    source: str | None = None


def map_type(raw: str) -> str | None:
    """Map a raw entity type (``LOCderiv``, ``OTH``, ``ST`` ...) to PER/ORG/LOC/MISC or None."""
    t = raw.strip().upper()
    if t.endswith("DERIV") or t.endswith("PART"):
        return None
    return TYPE_MAP.get(t)


def split_tag(tag: str) -> tuple[str, str | None]:
    """Split ``B-PER`` into (``B``, ``PER``); ``O`` and empty tags give (``O``, None)."""
    tag = tag.strip()
    if not tag or tag == "O" or tag == "-":
        return "O", None
    if len(tag) > 2 and tag[1] in "-_" and tag[0].upper() in "BIESLU":
        return tag[0].upper(), tag[2:]
    # a bare type (no prefix) counts as inside
    return "I", tag


def map_tags(tags: Sequence[str]) -> list[str]:
    """Map raw IOB tags to the scored label set, keeping the prefix (unmapped types → ``O``)."""
    out = []
    for tag in tags:
        prefix, typ = split_tag(tag)
        mapped = map_type(typ) if typ is not None else None
        out.append("O" if mapped is None else f"{prefix}-{mapped}")
    return out


def decode_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Decode IOB1, IOB2 or IOBES tags to ``(start, end, type)`` token spans (end exclusive).

    An entity starts at ``B``/``S``, or at ``I``/``E`` when the previous token is outside or
    of another type (IOB1, and lenient IOB2). ``E``/``S`` close the entity.
    """
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    cur: str | None = None
    for i, tag in enumerate(tags):
        prefix, typ = split_tag(tag)
        if typ is None:
            if cur is not None and start is not None:
                spans.append((start, i, cur))
            start, cur = None, None
            continue
        begins = prefix in ("B", "S", "U") or cur != typ
        if begins:
            if cur is not None and start is not None:
                spans.append((start, i, cur))
            start, cur = i, typ
        if prefix in ("E", "S", "L", "U"):
            spans.append((start if start is not None else i, i + 1, typ))
            start, cur = None, None
    if cur is not None and start is not None:
        spans.append((start, len(tags), cur))
    return spans


def _is_germeval(lines: list[str]) -> bool:
    rows = [ln.split("\t") for ln in lines[:200] if ln.strip() and not ln.startswith("#")]
    if not rows:
        return any(ln.startswith("#") for ln in lines[:5])
    return all(len(r) >= 4 and r[0].strip().isdigit() for r in rows)


def read_germeval(text: str) -> list[Sentence]:
    """Read GermEval 2014 TSV text (outer tag column)."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    source: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            if toks:
                sents.append(Sentence(toks, tags, source))
                toks, tags = [], []
            parts = line.split("\t")
            source = parts[1].strip() if len(parts) > 1 else None
            continue
        if not line.strip():
            if toks:
                sents.append(Sentence(toks, tags, source))
                toks, tags = [], []
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[0].strip().isdigit():
            raise NerFormatError(f"line {n}: expected 'index TAB token TAB outer TAB inner'")
        toks.append(cols[1])
        tags.append(cols[2])
    if toks:
        sents.append(Sentence(toks, tags, source))
    return sents


def read_conll(text: str) -> list[Sentence]:
    """Read CoNLL-style text: token first, tag last, blank lines between sentences."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("-DOCSTART-"):
            if toks:
                sents.append(Sentence(toks, tags))
                toks, tags = [], []
            continue
        cols = stripped.split("\t") if "\t" in stripped else stripped.split()
        if len(cols) < 2:
            raise NerFormatError(f"line {n}: expected 'token ... tag', got {stripped[:60]!r}")
        tag = cols[-1].strip()
        prefix, typ = split_tag(tag)
        if typ is not None and prefix == "I" and "-" not in tag and "_" not in tag:
            raise NerFormatError(f"line {n}: {tag!r} is not an IOB tag")
        toks.append(cols[0].strip())
        tags.append(tag)
    if toks:
        sents.append(Sentence(toks, tags))
    return sents


def read_gold(path: str | Path) -> list[Sentence]:
    """Read a GermEval TSV or CoNLL-style gold file (format detected from its content)."""
    p = Path(path)
    if not p.is_file():
        raise NerFormatError(f"{p}: no such file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise NerFormatError(f"{p}: not UTF-8 text ({exc})") from exc
    lines = text.splitlines()
    sents = read_germeval(text) if _is_germeval(lines) else read_conll(text)
    if not sents:
        raise NerFormatError(f"{p}: no sentences found")
    return sents


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class NerScore:
    overall: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)

    def to_dict(self, tokens_per_s: float | None = None) -> dict[str, object]:
        per_type = {
            t: {
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
                "support": c.tp + c.fn,
            }
            for t, c in sorted(self.per_type.items())
        }
        out: dict[str, object] = {
            "overall": {
                "precision": self.overall.precision,
                "recall": self.overall.recall,
                "f1": self.overall.f1,
            },
            "per_type": per_type,
        }
        if tokens_per_s is not None:
            out["tokens_per_s"] = tokens_per_s
        return out


def score_spans(
    gold: Iterable[Iterable[tuple[int, int, str]]],
    pred: Iterable[Iterable[tuple[int, int, str]]],
    types: Sequence[str] = SCORED_TYPES,
) -> NerScore:
    """Strict span matching (same start, end and type) summed over sentences."""
    score = NerScore(per_type={t: Counts() for t in types})
    for g_sent, p_sent in zip(gold, pred, strict=True):
        g = {s for s in g_sent if s[2] in types}
        p = {s for s in p_sent if s[2] in types}
        for _, _, t in g & p:
            score.per_type[t].tp += 1
        for _, _, t in p - g:
            score.per_type[t].fp += 1
        for _, _, t in g - p:
            score.per_type[t].fn += 1
    for c in score.per_type.values():
        score.overall.tp += c.tp
        score.overall.fp += c.fp
        score.overall.fn += c.fn
    return score


def gold_spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Scored gold spans of a sentence (labels mapped, IOB1/IOB2 decoded)."""
    return decode_spans(map_tags(sentence.tags))


def predict_spans(
    nlp: Language, sentences: Sequence[Sentence], batch_size: int = 256
) -> tuple[list[list[tuple[int, int, str]]], float]:
    """Run the NER components of ``nlp`` on the gold tokens; return spans and tokens/s.

    Only the components that produce entities run (the entity ruler and ner of a shipped
    pipeline), so the speed is that of the NER pipeline.
    """
    from spacy.tokens import Doc

    from newsgraph.nlp import ner_pipe_names

    docs = [Doc(nlp.vocab, words=s.tokens) for s in sentences]
    n_tokens = sum(len(d) for d in docs)
    with nlp.select_pipes(enable=ner_pipe_names(nlp)):
        list(nlp.pipe([Doc(nlp.vocab, words=s.tokens) for s in sentences[:8]]))  # warm-up
        t0 = time.perf_counter()
        preds = list(nlp.pipe(docs, batch_size=batch_size))
        elapsed = time.perf_counter() - t0
    spans = [
        [(e.start, e.end, t) for e in d.ents if (t := map_type(e.label_)) is not None]
        for d in preds
    ]
    return spans, (n_tokens / elapsed if elapsed > 0 else 0.0)


def evaluate_ner(
    nlp: Language, sentences: Sequence[Sentence], types: Sequence[str] = SCORED_TYPES
) -> dict[str, object]:
    """Strict P/R/F1 of ``nlp`` on gold sentences, plus tokens/s (the ``--json`` payload)."""
    pred, tokens_per_s = predict_spans(nlp, sentences)
    score = score_spans([gold_spans(s) for s in sentences], pred, types=types)
    return score.to_dict(tokens_per_s=tokens_per_s)
