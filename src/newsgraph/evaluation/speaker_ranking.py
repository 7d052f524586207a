"""A learned ranker of the candidate speakers of a quote (logistic, softmax over candidates).

The candidates of a quote are the article's person and organisation entities, the entity the
rules chose (whatever its type) and "no speaker". Each candidate is described by a few numbers
(the rules' choice, mention distances, mentions in the quote's sentence, in its cue or inside
the quote, the speaker of the quotes before and after, pronoun and role-noun cues that fit the
candidate, …) and scored linearly; a softmax over the candidates of one quote gives their
probabilities. Weights are data (``data/quotes/speaker_ranker.json``), trained and evaluated
out of fold by ``newsgraph.evaluation.speaker_ranker``; run time is plain Python + numpy.
The pipeline does not run it: out of fold it loses to the speaker rules (docs/quotes.md
"Session 11: a learned speaker ranker"), so it lives with the evaluation code, not in ``quotes``.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.model import Article, Entity, EntityRef, Quote
from newsgraph.quotes.speaker_gender import gender

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes" / "speaker_ranker.json"

FEATURES: tuple[str, ...] = (
    "none",
    "none_rules_none",
    "none_direct",
    "none_indirect",
    "none_no_cue",
    "rules",
    "rules_conf",
    "rules_direct",
    "rules_indirect",
    "per",
    "org",
    "other_type",
    "before_chars",
    "before_sents",
    "before_paras",
    "has_before",
    "after_chars",
    "after_sents",
    "after_paras",
    "has_after",
    "in_sentence",
    "in_quote",
    "in_cue",
    "near_cue",
    "nearest_before",
    "before_rank",
    "prev_speaker",
    "next_speaker",
    "spoke_count",
    "mention_count",
    "first_mention",
    "has_role",
    "cue_er_m",
    "cue_er_f",
    "cue_sie_f",
    "cue_sie_m",
    "cue_sie_org",
    "cue_pronoun_per",
    "role_in_cue",
    "role_in_sentence",
    "org_head_in_cue",
    "org_head_in_sentence",
    "same_para_before",
    "sentence_start_subject",
    "prev_speaker_near",
    "next_speaker_near",
    # the rules gave no speaker: candidate features again, so that the model can weigh them
    # apart from the quotes the rules attributed
    "rn_prev_speaker",
    "rn_prev_speaker_near",
    "rn_next_speaker_near",
    "rn_nearest_before",
    "rn_in_sentence",
    "rn_in_cue",
    "rn_same_para_before",
    "rn_spoke_count",
    "none_rules_none_cue",
    "none_rules_none_indirect",
)

# features copied for the quotes without a speaker of the rules (``rn_`` + name)
RULES_NONE_COPIES = (
    "prev_speaker",
    "prev_speaker_near",
    "next_speaker_near",
    "nearest_before",
    "in_sentence",
    "in_cue",
    "same_para_before",
    "spoke_count",
)

SENTENCE_END = re.compile(r"[.!?…][\"“”»«']?\s+|\n+")
WORD = re.compile(r"\w[\w-]*")


@dataclass
class Candidate:
    entity: Entity | None
    features: list[float]


@dataclass
class RankerModel:
    weights: np.ndarray
    threshold: float
    features: tuple[str, ...] = FEATURES

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights
        z = z - z.max()
        e = np.exp(z)
        return np.asarray(e / e.sum())

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "weights": [round(float(w), 6) for w in self.weights],
            "threshold": round(self.threshold, 4),
        }


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> RankerModel:
    """The shipped weights (or those of ``path``)."""
    raw = json.loads(Path(path or DATA).read_text(encoding="utf-8"))
    names = tuple(raw["features"])
    if names != FEATURES:
        raise ValueError("speaker ranker weights do not match the feature list")
    return RankerModel(np.asarray(raw["weights"], dtype=float), float(raw["threshold"]), names)


def _log(n: float) -> float:
    return math.log1p(max(0.0, n)) / 8.0


class ArticleFeatures:
    """Sentence and paragraph boundaries and mentions of one article, for the quote features."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self.sent_ends = [m.end() for m in SENTENCE_END.finditer(self.text)]
        self.para_starts = sorted(
            b.start for b in article.blocks if b.type in ("paragraph", "subheading")
        )
        self.by_id = {e.id: e for e in article.entities}
        self.candidates = [e for e in article.entities if e.type in ("PER", "ORG")]
        self.mentions = {
            e.id: sorted((m.start, m.end) for m in e.mentions) for e in article.entities
        }
        self.first_mention = {
            e.id: (self.mentions[e.id][0][0] / max(1, len(self.text)) if e.mentions else 1.0)
            for e in article.entities
        }
        self.spoke: dict[str, int] = {}
        for q in quotes:
            if q.speaker:
                self.spoke[q.speaker.id] = self.spoke.get(q.speaker.id, 0) + 1

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sent_ends, offset)

    def para_index(self, offset: int) -> int:
        return bisect.bisect_right(self.para_starts, offset)

    def sentence_span(self, q: Quote) -> tuple[int, int]:
        sent = q.sentence
        pos = self.text.rfind(sent, 0, q.start + 1) if sent else -1
        if pos < 0 or pos + len(sent) < q.start:
            pos = self.text.find(sent) if sent else -1
        if pos < 0:
            i = self.sentence_index(q.start)
            s = self.sent_ends[i - 1] if i > 0 else 0
            e = self.sent_ends[i] if i < len(self.sent_ends) else len(self.text)
            return s, max(e, q.end)
        return pos, max(pos + len(sent), q.end)

    def candidates_of(self, index: int) -> list[Candidate]:
        q = self.quotes[index]
        ents: list[Entity] = list(self.candidates)
        rules = self.by_id.get(q.speaker.id) if q.speaker else None
        if rules is not None and rules not in ents:
            ents.append(rules)
        prev_q = self.quotes[index - 1] if index > 0 else None
        next_q = self.quotes[index + 1] if index + 1 < len(self.quotes) else None
        prev_sp = prev_q.speaker if prev_q else None
        next_sp = next_q.speaker if next_q else None
        q_first = self.sentence_index(q.start)
        prev_near = prev_q is not None and (
            q_first - self.sentence_index(max(prev_q.start, prev_q.end - 1)) <= 1
        )
        next_near = next_q is not None and (
            self.sentence_index(next_q.start) - self.sentence_index(max(q.start, q.end - 1)) <= 1
        )
        s_start, s_end = self.sentence_span(q)
        sentence_outside = (
            self.text[s_start : q.start] + " " + self.text[q.end : s_end]
        ).casefold()
        sent_words = set(WORD.findall(sentence_outside))
        cue = (q.cue or "").casefold()
        cue_words = set(WORD.findall(cue))
        cue_pos = -1
        if q.cue:
            first = q.cue.split(" … ")[0]
            cue_pos = self.text.find(first, s_start, s_end + len(first))
        pron_er = "er" in cue_words or "ihm" in cue_words or "seinen" in cue_words
        pron_sie = "sie" in cue_words or "ihren" in cue_words or "ihr" in cue_words
        q_sent = self.sentence_index(q.start)
        q_para = self.para_index(q.start)
        q_end_sent = self.sentence_index(max(q.start, q.end - 1))
        # rank of the candidates by their last mention before the quote
        last_before: dict[str, int] = {}
        for ent in ents:
            ms = [m for m in self.mentions.get(ent.id, []) if m[1] <= q.start]
            if ms:
                last_before[ent.id] = ms[-1][1]
        order = sorted(last_before, key=lambda i: -last_before[i])
        out = [self._none(q)]
        for ent in ents:
            f = dict.fromkeys(FEATURES, 0.0)
            is_rules = rules is not None and ent.id == rules.id
            if is_rules:
                f["rules"] = 1.0
                f["rules_conf"] = q.confidence
                f["rules_direct"] = float(q.kind != "indirect")
                f["rules_indirect"] = float(q.kind == "indirect")
            f["per"] = float(ent.type == "PER")
            f["org"] = float(ent.type == "ORG")
            f["other_type"] = float(ent.type not in ("PER", "ORG"))
            ms = self.mentions.get(ent.id, [])
            before = [m for m in ms if m[1] <= q.start]
            after = [m for m in ms if m[0] >= q.end]
            inside = [m for m in ms if m[0] >= q.start and m[1] <= q.end]
            if before:
                b = before[-1]
                f["has_before"] = 1.0
                f["before_chars"] = _log(q.start - b[1])
                f["before_sents"] = min(5, q_sent - self.sentence_index(b[0])) / 5
                f["before_paras"] = min(3, q_para - self.para_index(b[0])) / 3
                f["same_para_before"] = float(self.para_index(b[0]) == q_para)
            else:
                f["before_chars"] = 1.5
                f["before_sents"] = 1.0
                f["before_paras"] = 1.0
            if after:
                a = after[0]
                f["has_after"] = 1.0
                f["after_chars"] = _log(a[0] - q.end)
                f["after_sents"] = min(5, self.sentence_index(a[0]) - q_end_sent) / 5
                f["after_paras"] = min(3, self.para_index(a[0]) - q_para) / 3
            else:
                f["after_chars"] = 1.5
                f["after_sents"] = 1.0
                f["after_paras"] = 1.0
            in_sent = [
                m for m in ms if s_start <= m[0] < s_end and not (q.start <= m[0] and m[1] <= q.end)
            ]
            f["in_sentence"] = float(bool(in_sent))
            f["in_quote"] = float(bool(inside))
            # the mention opens the sentence (at most an article or a word before it)
            f["sentence_start_subject"] = float(
                any(len(WORD.findall(self.text[s_start : m[0]])) <= 1 for m in in_sent)
            )
            if cue_pos >= 0 and in_sent:
                f["near_cue"] = 1.0 - min(1.0, min(abs(m[0] - cue_pos) for m in in_sent) / 60)
            f["in_cue"] = float(
                bool(q.cue)
                and any(self.text[m[0] : m[1]].casefold() in cue for m in ms if m[1] > m[0])
            )
            f["nearest_before"] = float(bool(order) and order[0] == ent.id)
            if ent.id in last_before:
                f["before_rank"] = min(5, order.index(ent.id)) / 5
            else:
                f["before_rank"] = 1.0
            f["prev_speaker"] = float(prev_sp is not None and prev_sp.id == ent.id)
            f["next_speaker"] = float(next_sp is not None and next_sp.id == ent.id)
            f["prev_speaker_near"] = f["prev_speaker"] * float(prev_near)
            f["next_speaker_near"] = f["next_speaker"] * float(next_near)
            f["spoke_count"] = _log(self.spoke.get(ent.id, 0) - (1 if is_rules else 0))
            f["mention_count"] = _log(len(ms))
            f["first_mention"] = self.first_mention.get(ent.id, 1.0)
            f["has_role"] = float(bool(ent.roles))
            g = gender(ent) if ent.type == "PER" else None
            f["cue_er_m"] = float(pron_er and g == "m")
            f["cue_er_f"] = float(pron_er and g == "f")
            f["cue_sie_f"] = float(pron_sie and g == "f")
            f["cue_sie_m"] = float(pron_sie and g == "m")
            f["cue_sie_org"] = float(pron_sie and ent.type == "ORG")
            f["cue_pronoun_per"] = float((pron_er or pron_sie) and ent.type == "PER")
            role_words = {w for r in ent.roles for w in WORD.findall(r.casefold()) if len(w) >= 4}
            f["role_in_cue"] = float(bool(role_words & cue_words))
            f["role_in_sentence"] = float(bool(role_words & sent_words))
            if ent.type == "ORG":
                head = _org_heads(ent.name)
                f["org_head_in_cue"] = float(_head_match(head, cue_words))
                f["org_head_in_sentence"] = float(_head_match(head, sent_words))
            if q.speaker is None:
                for name in RULES_NONE_COPIES:
                    f["rn_" + name] = f[name]
            out.append(Candidate(ent, [f[n] for n in FEATURES]))
        return out

    def _none(self, q: Quote) -> Candidate:
        f = dict.fromkeys(FEATURES, 0.0)
        f["none"] = 1.0
        f["none_rules_none"] = float(q.speaker is None)
        f["none_direct"] = float(q.kind != "indirect")
        f["none_indirect"] = float(q.kind == "indirect")
        f["none_no_cue"] = float(not q.cue)
        f["none_rules_none_cue"] = float(q.speaker is None and bool(q.cue))
        f["none_rules_none_indirect"] = float(q.speaker is None and q.kind == "indirect")
        if q.speaker is None:
            f["rules"] = 1.0
            f["rules_conf"] = q.confidence
        return Candidate(None, [f[n] for n in FEATURES])


def _org_heads(name: str) -> set[str]:
    """Heads of an organisation's name: its words of five letters and more, with their tails
    of five letters and more (``Bundesministerium`` → ``ministerium``)."""
    heads: set[str] = set()
    for w in WORD.findall(name.casefold()):
        if len(w) >= 5:
            heads.add(w)
    return heads


def _head_match(heads: set[str], words: set[str]) -> bool:
    for w in words:
        if len(w) < 5:
            continue
        for h in heads:
            if w == h or (len(w) >= 6 and h.endswith(w)):
                return True
    return False


def quote_candidates(article: Article, quotes: list[Quote]) -> list[list[Candidate]]:
    """The candidates of every quote, with their feature vectors."""
    af = ArticleFeatures(article, quotes)
    return [af.candidates_of(i) for i in range(len(quotes))]


def rerank(article: Article, quotes: list[Quote], model: RankerModel | None = None) -> list[Quote]:
    """The quotes, with the speaker replaced where the model prefers another candidate with a
    probability of at least the model's threshold."""
    model = model or load_model()
    cands = quote_candidates(article, quotes)
    out: list[Quote] = []
    for q, cs in zip(quotes, cands, strict=True):
        p = model.scores(np.asarray([c.features for c in cs], dtype=float))
        best = int(p.argmax())
        ent = cs[best].entity
        rules_id = q.speaker.id if q.speaker else None
        best_id = ent.id if ent else None
        if best_id != rules_id and p[best] >= model.threshold:
            speaker = EntityRef(id=ent.id, name=ent.name) if ent else None
            q = q.model_copy(update={"speaker": speaker})
        out.append(q)
    return out


__all__ = [
    "FEATURES",
    "ArticleFeatures",
    "Candidate",
    "RankerModel",
    "load_model",
    "quote_candidates",
    "rerank",
]
