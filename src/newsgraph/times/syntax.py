"""The tense of the verb a time expression hangs on, read from the parse (session 10).

Word lists cannot tell a present-tense preview ("Rapid trifft am Dienstag auf den LASK",
"Sturm spielt am Samstag in Graz") from a report: the present has no cue word. The
morphologizer can: the first verb above the weekday in the dependency tree is a finite
present indicative ("trifft") — the day lies ahead — or a finite past ("meldete").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsgraph.entities.tokens import token_texts
from newsgraph.words_de import FINITE_VERB_TAGS as _FINITE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsgraph.times.patterns import TimeLexicon

#: tags that end the walk up the tree: a participle or adjective the time belongs to ("der am
#: Montag gewählte Präsident") or an infinitive, whose tense the auxiliary above gives
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
_STOP = frozenset({"ADJA", "ADJD", "VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})


def _governing_tense(tok: Token, lex: TimeLexicon) -> str | None:
    from newsgraph.times.extract import _cue_kind

    present_not = lex.words("present_not_ahead")
    time_nouns = {str(w).lower() for w in lex.section("podword")} | {"nacht"}
    node = tok
    for _ in range(8):
        head = node.head
        if head is node:
            return None
        node = head
        if node.tag_ in _STOP:
            return None
        if node.pos_ in ("NOUN", "PROPN") and node.text.lower() not in time_nouns:
            # "eine Aussendung des Zoos am Dienstag", "der Antrag vom Freitag": the weekday
            # dates the noun, not the verb above it ("in der Nacht auf Donnerstag" goes on)
            return None
        if node.tag_ in _FINITE:
            lo, hi = sorted((tok.i, node.i))
            if any(t.text in _CLAUSE_MARKS for t in tok.doc[lo:hi]):
                return None  # a verb of another clause ("…, so eine Aussendung am Dienstag")
            return _finite_tense(node, lex, present_not, _cue_kind)
    return None


def _finite_tense(
    verb: Token, lex: TimeLexicon, present_not: frozenset[str], cue_kind: Callable[..., str | None]
) -> str | None:
    """'present' or 'past' for a finite verb: the cue lists and the morphologizer's past first;
    a present only by its form, since the morphologizer reads unseen preterites as present
    ("barg", "verfehlten"), leaves some verbs without a tense and now and then takes a
    capitalised noun for a verb."""
    form = verb.text.lower()
    if verb.text[:1].isupper() and verb.i != verb.sent.start:
        return None  # a noun the tagger took for a verb
    if "Sub" in verb.morph.get("Mood", []):
        return None  # Konjunktiv: reported or hypothetical, no tense of its own
    if any(c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children):
        return None
    kind = cue_kind(form, lex)
    if kind is not None:
        return kind if kind == "past" else None
    if "Past" in verb.morph.get("Tense", []):
        # not a modal's preterite the cue lists leave out: "Sollte er am 25. Oktober siegen"
        # is a condition, no past
        return "past" if verb.tag_ != "VMFIN" else None
    # the morphologizer's present is no better than the form (it leaves some verbs without a
    # tense and reads unseen preterites as present): the form decides
    lemma = verb.lemma_.lower()
    if form in present_not or lemma in present_not:
        return None  # "sagt am Montag", "teilt am Montag mit": the report's own day
    # a present third person ends in -t ("trifft", "spielt"; not a preterite "-te"), a plural
    # is its infinitive ("starten", "kommen"; "verfehlten" is a preterite of "verfehlen")
    if (form.endswith("t") and not form.endswith("te")) or form == lemma:
        return "present"
    return None


def governing_tenses(span: Span, lex: TimeLexicon) -> dict[int, str]:
    """Sentence-relative character offsets of the weekday and month words of a parsed sentence
    → the tense ('present' or 'past') of the finite verb they hang on, where there is one."""
    out: dict[int, str] = {}
    base = span.start_char
    weekdays, months = lex.calendar_words
    doc = span.doc
    texts = token_texts(doc)  # a Token only for the words that pass
    for i in range(span.start, span.end):
        low = texts[i].lower()
        # "Montag", "Dienstagabend"; the month of a day date ("der am 7. Juli beginnt")
        if not low.startswith(weekdays) and low not in months:
            continue
        tok = doc[i]
        tense = _governing_tense(tok, lex)
        if tense is not None:
            out[tok.idx - base] = tense
    return out
