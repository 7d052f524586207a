"""A learned test for a sentence without a cue that may go on a speaker's words.

The forward chain (``statement_passes.forward_pass``) asks of each sentence after a speaker's
speech whether it is more of it. The hand-written test (``FirstPerson._statement``: a plain
present-tense sentence naming nobody) vetoes a sentence on any one signal (a pronoun, a past
tense, a named party); a logistic regression weighs the same signals, and a few more, together.
Its features are computed here from what the rules already compute; its weights are data
(``data/quotes/continuation_model.json``), trained and cross-validated by article by
``scripts/quotes/train_continuation.py`` on the tuning set. Run time is plain Python + numpy.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.first_person import CALENDAR_WORDS, FirstPerson
from newsgraph.quotes.guards import _infinitive_sein, _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.rule_words import BINDABLE_PRONOUNS, MODALS, THIRD_PERSON
from newsgraph.quotes.speaker_gender import compatible
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes" / "continuation_model.json"

#: sentences after the anchor's sentence that the chain may reach
WINDOW = 3

FEATURES: tuple[str, ...] = (
    "bias",
    "dist2",
    "dist3",
    "rule",
    "rule_others",
    "konj1",
    "konj2",
    "first_person",
    "ich",
    "wir",
    "second_person",
    "third_pronoun",
    "pronoun_speaker",
    "pronoun_other",
    "possessive",
    "past",
    "calendar",
    "soll",
    "speech_verb",
    "names_party",
    "other_person",
    "names_speaker",
    "organisation",
    "role_noun",
    "quote_marks",
    "opens_und",
    "opens_aber",
    "opens_denn",
    "opens_das",
    "length",
    "short",
    "question",
    "exclamation",
    "modal",
    "man",
    "es_gibt",
    "digits",
    "colon",
    "first_in_paragraph",
    "last_in_paragraph",
    "next_same",
    "next_other",
    "anchor_reported",
    "anchor_first_person",
    "anchor_colon",
    "anchor_continuation",
    "anchor_cue_after",
    "anchor_organisation",
    "anchor_past",
    "anchor_marks",
    "names_other_in_speech",
    "particle",
    "evaluative",
    "negation",
    "present",
    "shared_words",
    "anchor_block",
    "article_direct",
)

PRONOUN_SPEAKER = FEATURES.index("pronoun_speaker")
NAMES_SPEAKER = FEATURES.index("names_speaker")

#: the probability from which one sentence between two stretches of a speaker's speech is
#: theirs although no rule takes it (``sandwich_continues``; session 22, docs/quotes.md)
SANDWICH = 0.3
HIS = frozenset(["sein", "seine", "seinen", "seinem", "seiner", "seines"])

PARTICLES = grammar("spoken_particles")
EVALUATIVE = grammar("judging_words")

SECOND_PERSON = frozenset(["du", "dich", "dir", "dein", "deine", "euch", "euer", "eure", "ihnen"])
ICH = frozenset(["ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"])
WIR = frozenset(["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"])


@lru_cache(maxsize=8)
def load_model(path: str) -> tuple[list[float], float, float] | None:
    """The weights (in the order of ``FEATURES``), the probability from which a sentence the
    hand-written test rejects is taken (``threshold``) and the one below which a sentence it
    takes is not (``veto``); None without a file."""
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{p}: features differ from learned_continuation.FEATURES")
    return [float(w) for w in data["weights"]], float(data["threshold"]), float(data["veto"])


def probability(x: list[float], weights: list[float]) -> float:
    z = sum(a * b for a, b in zip(x, weights, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class LearnedContinuation(FirstPerson):
    """The features of a candidate sentence and the model's decision."""

    def continuation_features(self, f: Found, ent: Entity, k: int) -> list[float]:
        """The features of sentence ``k`` as a continuation of ``f`` (speech of ``ent`` in
        sentence ``f.sentence``), in the order of ``FEATURES``."""
        sent = self.sentences[k]
        anchor = self.sentences[f.sentence]
        toks = sent.tokens
        low = [t.lower for t in toks]
        d = k - f.sentence
        mentions = self.resolver.index.starting_in(sent.start, sent.end)
        bindable = [t for t in toks if t.lower in BINDABLE_PRONOUNS]
        to_speaker = to_other = False
        told = self._told_of(f, ent, anchor) if bindable else frozenset()
        for t in bindable:
            w = "sie" if t.lower == "sie" else "er"
            # the reading the model was fitted on (session 30 left the features as they were),
            # but a pronoun the speaker's own words used for another party is not theirs
            res = self.resolver.base_pronoun(sent, w, ent, t.start)
            if res.entity is ent and w not in told:
                to_speaker = True
            elif res.entity is not None:
                to_other = True
        nxt = self.quoted_sentences.get(k + 1, []) if k + 1 < len(self.sentences) else []
        nxt_same = k + 1 < len(self.sentences) and (
            self.sentences[k + 1].segment == sent.segment
            and any(g.speaker.entity is ent for g in nxt)
        )
        nxt_other = any(g.speaker.entity is not ent for g in nxt)
        speech = [t for t in anchor.tokens if f.start <= t.start < f.end]
        first = mood.first_person(toks, self.lex)
        vals: dict[str, float] = {
            "bias": 1.0,
            "dist2": float(d == 2),
            "dist3": float(d >= 3),
            "rule": float(self._statement(sent, ent)),
            "rule_others": float(self._statement(sent, ent, others=True)),
            "konj1": float(mood.konj1(toks, self.lex)),
            "konj2": float(mood.konj2(toks, self.lex, use_tagger=True)),
            "first_person": float(first),
            "ich": float(any(w in ICH for w in low)),
            "wir": float(any(w in WIR for w in low)),
            "second_person": float(
                any(w in SECOND_PERSON for w in low)
                or any(t.text == "Sie" and i > 0 for i, t in enumerate(toks))
            ),
            "third_pronoun": float(bool(bindable)),
            "pronoun_speaker": float(to_speaker),
            "pronoun_other": float(to_other),
            "possessive": float(any(w in THIRD_PERSON and w not in BINDABLE_PRONOUNS for w in low)),
            "past": float(any(_past(t) for t in toks)),
            "calendar": float(any(w in CALENDAR_WORDS for w in low)),
            "soll": float(any(w in ("soll", "sollen") for w in low)),
            "speech_verb": float(any(self._third_party_cue(sent, i) for i in range(len(toks)))),
            "names_party": float(self._names_party(sent, 0, own_words=True)),
            "other_person": float(any(e.type == "PER" and e is not ent for _s, _e, e in mentions)),
            "names_speaker": float(any(e is ent for _s, _e, e in mentions)),
            "organisation": float(any(e.type == "ORG" for _s, _e, e in mentions)),
            "role_noun": float(
                any(
                    toks[i].is_upper
                    and low[i - 1] in DEFINITE
                    and self.lex.is_role_noun(toks[i].text)
                    for i in range(1, len(toks))
                )
            ),
            "quote_marks": float(bool(sent.quotes)),
            "opens_und": float(bool(low) and low[0] in ("und", "also", "dann")),
            "opens_aber": float(bool(low) and low[0] in ("aber", "doch", "allerdings", "jedoch")),
            "opens_denn": float(bool(low) and low[0] in ("denn", "schließlich", "weil")),
            "opens_das": float(
                bool(low) and low[0] in ("das", "dies", "dabei", "daher", "deshalb")
            ),
            "length": min(len(toks), 60) / 20.0,
            "short": float(len(toks) < 7),
            "question": float(any(t.text == "?" for t in toks)),
            "exclamation": float(any(t.text == "!" for t in toks)),
            "modal": float(
                any(
                    w in MODALS and (t.tag is None or t.tag in FINITE_TAGS)
                    for w, t in zip(low, toks, strict=True)
                )
            ),
            "man": float("man" in low),
            "es_gibt": float(any(a == "es" and b in ("gibt", "gab") for a, b in pairwise(low))),
            "digits": float(any(t.text[:1].isdigit() for t in toks)),
            "colon": float(any(t.text == ":" for t in toks)),
            "first_in_paragraph": float(sent.first_in_segment),
            "last_in_paragraph": float(
                k + 1 >= len(self.sentences) or self.sentences[k + 1].segment != sent.segment
            ),
            "next_same": float(nxt_same),
            "next_other": float(nxt_other),
            "anchor_reported": float(f.kind == "indirect"),
            "anchor_first_person": float(mood.first_person(speech, self.lex)),
            "anchor_colon": float(f.origin == "colon"),
            "anchor_continuation": float(f.origin in ("continuation", "ellipsis", "switch")),
            "anchor_cue_after": float(bool(anchor.tokens) and f.start <= anchor.tokens[0].start),
            "anchor_organisation": float(ent.type != "PER"),
            "anchor_past": float(any(_past(t) for t in speech)),
            "anchor_marks": float(bool(anchor.quotes)),
            "names_other_in_speech": float(
                any(
                    e.type == "PER" and e is not ent
                    for _s, _e, e in self.resolver.index.starting_in(f.start, f.end)
                )
            ),
        }
        finite = [t for t in toks if t.tag in FINITE_TAGS]
        vals["particle"] = float(any(w in PARTICLES for w in low[1:]))
        vals["evaluative"] = float(any(w in EVALUATIVE for w in low))
        vals["negation"] = float(any(w in ("nicht", "kein", "keine", "nie", "nichts") for w in low))
        vals["present"] = float(bool(finite) and all(t.tense != "Past" for t in finite))
        nouns = {t.lemma or t.lower for t in toks if t.tag == "NN"}
        said = {t.lemma or t.lower for t in speech if t.tag == "NN"}
        vals["shared_words"] = float(bool(nouns & said))
        block = 0
        for i in range(f.sentence - 1, max(-1, f.sentence - 6), -1):
            if not any(g.speaker.entity is ent for g in self.quoted_sentences.get(i, [])):
                break
            block += 1
        vals["anchor_block"] = min(block, 3) / 3.0
        held = sum(any(g.kind == "direct" for g in fs) for fs in self.quoted_sentences.values())
        vals["article_direct"] = held / max(1, len(self.sentences))
        return [vals[name] for name in FEATURES]

    def _told_of(self, f: Found, ent: Entity, anchor: Sentence) -> frozenset[str]:
        """The pronouns ("er" for er/ihn/ihm, "sie") with which direct speech ``f`` of ``ent``
        speaks of a third party: its speaker says "ich", so an "er"/"sie" in their own words is
        somebody else, and the same pronoun in the sentence after them goes on with that party
        ("Zu Berg meinte Lang: Er ist ein sehr, sehr guter Spieler. Er hat im vergangenen
        Jahr mehrere Turniere … gewonnen."), not the writer's word about the speaker; so does
        the pronoun of another person the words name ("Ich hatte die große Chance, Ben zu
        schlagen. Aber er war schließlich im Schlusssprint zu stark."). Session 33,
        docs/quotes.md. Only when the words end their sentence: a cue clause after them
        ("…, auch weil er ein Rechtsausleger ist, sagte Klitschko am Mittwoch.") names the
        speaker last, and the next "er" is theirs. Empty after reported speech, whose "er" may
        be the speaker."""
        if f.kind != "direct" or any(t.is_word for t in anchor.tokens if t.start >= f.end):
            return frozenset()
        told = {
            "sie" if t.lower == "sie" else "er"
            for t in anchor.tokens
            if f.start <= t.start < f.end and t.lower in BINDABLE_PRONOUNS
        }
        for _s, _e, e in self.resolver.index.starting_in(f.start, f.end):
            if e.type == "PER" and e is not ent:
                told.update(
                    w for w in ("er", "sie") if compatible(e, w, self.lex, self.article.text)
                )
        return frozenset(told)

    def _his_possessive(self, sent: Sentence, ent: Entity) -> bool:
        """A possessive "sein", "seine" … (not the verb "sein") after a person's words."""
        toks = sent.tokens
        return ent.type == "PER" and any(
            t.lower in HIS and not _infinitive_sein(toks, i) for i, t in enumerate(toks)
        )

    def continues(self, f: Found, ent: Entity, k: int, rule: bool) -> bool:
        """Whether sentence ``k`` is more of ``f``'s speech: the hand-written test's answer
        ``rule`` unless the model's probability says otherwise (at least ``threshold`` for a
        sentence the test rejects, below ``veto`` for one it takes); the test alone when no
        model is shipped. The model takes no sentence with a pronoun the resolver binds to the
        speaker (session 20: the writer's word about them; out of fold such sentences were
        3 right, 2 wrong), nor one with "sein"/"seine" … after a person's words ("Jedes Mal
        verhandeln Freunde über seine Freilassung.")."""
        model = load_model(str(DATA))
        if model is None:
            return rule
        weights, threshold, veto = model
        x = self.continuation_features(f, ent, k)
        if not rule and (x[PRONOUN_SPEAKER] or self._his_possessive(self.sentences[k], ent)):
            return False  # "In Österreich ortet er keine …": the writer speaks about the speaker
        p = probability(x, weights)
        return p >= veto if rule else p >= threshold

    def sandwich_continues(self, f: Found, ent: Entity, k: int) -> bool:
        """Whether sentence ``k``, the one sentence between ``f`` and the same speaker's next
        speech, is theirs: the model's probability of going on from ``f`` at least
        ``SANDWICH`` (lower than a chain's threshold: the speech after it makes the sentence
        likelier speech); never a sentence that names the speaker or binds a pronoun or a
        possessive to them (the writer's words about them), nor without a shipped model."""
        model = load_model(str(DATA))
        if model is None:
            return False
        x = self.continuation_features(f, ent, k)
        if x[PRONOUN_SPEAKER] or x[NAMES_SPEAKER] or self._his_possessive(self.sentences[k], ent):
            return False
        return probability(x, model[0]) >= SANDWICH
