"""Session 33 (issue #5, helper "evment"): a subject pronoun right after its finite verb that
the parser hung elsewhere.

In *Zudem fordert sie Reglementierungen für digitalen Kopierschutz* the parser makes "sie" a
numeral of the noun after it and the noun the subject, so the demand has no party although
the event reader's pronoun reading ("sie" → the woman named last, `RefResolver.pronoun`)
would name her. A lower-case "er" or "sie" right after a finite verb (or after the finite
auxiliary of the trigger) in a main clause is the subject; it is taken only when the subject
the parse found names nobody. No new resolution: the pronoun is read by the resolver that
reads every other subject pronoun of the event reader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsgraph.words_de import PLURAL_VERB_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.events.refs import RefResolver
    from newsgraph.model import EntityRef

# lower case only: a capital "Sie" inside a sentence is the polite "you"
SUBJECT_PRONOUNS = frozenset({"er", "sie"})
_AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})


def _finite(tok: Token) -> bool:
    return "Fin" in tok.morph.get("VerbForm", [])


def _finite_form(tok: Token) -> bool:
    """Finite by its morphology or by its tag ("bezichtigt" may read as a participle)."""
    return _finite(tok) or tok.tag_.endswith("FIN")


def _finite_forms(verb: Token, finite: Callable[[Token], bool] = _finite) -> list[Token]:
    """The finite forms of ``verb`` by ``finite``: the verb itself and its auxiliaries before
    it."""
    out = [verb] if finite(verb) else []
    return out + [c for c in verb.children if c.dep_ in _AUX_DEPS and finite(c) and c.i < verb.i]


def misparsed_pronoun_subject(verb: Token) -> Token | None:
    """The lower-case "er"/"sie" right after the finite form of ``verb`` (the verb itself or
    its finite auxiliary) when the parse did not make it a subject, else None."""
    doc = verb.doc
    for f in _finite_forms(verb):
        if f.i + 1 >= len(doc) or f.i + 1 == verb.i:
            continue
        nxt = doc[f.i + 1]
        if nxt.text not in SUBJECT_PRONOUNS:
            continue
        if nxt.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "expl"):
            return None  # the parse read it as a party already (rightly or not)
        if any(c.dep_ == "case" for c in nxt.children) or nxt.head.dep_ == "case":
            return None
        return nxt
    return None


def pronoun_subject_refs(
    refs: RefResolver, pronoun: Token, verb: Token, base: int
) -> list[EntityRef]:
    """The entity the subject pronoun stands for, by the event reader's own pronoun readings:
    "er" → a man; "sie" with a singular verb → a feminine organisation or state subject just
    before, else a woman; with a plural verb → the plural subject of the sentence before."""
    offset = base + pronoun.idx
    if pronoun.text == "er":
        return refs.pronoun("er", offset, "m")
    finite = [verb] + [c for c in verb.children if c.dep_ in _AUX_DEPS]
    numbers = {str(n) for v in finite if _finite(v) for n in v.morph.get("Number", [])}
    if numbers == {"Sing"}:
        return _singular_sie(refs, pronoun, base)
    if numbers == {"Plur"}:
        return refs.plural_subject_before(offset)
    return []


def _singular_sie(refs: RefResolver, pronoun: Token, base: int) -> list[EntityRef]:
    """A singular "sie": a feminine organisation or state subject just before, else a woman."""
    return refs.feminine_subject_before(pronoun, base) or refs.pronoun(
        "er", base + pronoun.idx, "f"
    )


# the auxiliaries of the perfect, which take no object of their own
_PERFECT_AUX = frozenset({"haben", "sein"})
# articles that cannot open a nominative phrase
# (also read by newsgraph.events.causative)
OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines", "einer"})


def aux_hung_subject(verb: Token) -> Token | None:
    """The noun phrase right after the finite auxiliary of ``verb`` that the parser hung on the
    auxiliary ("hatte die Regierung … 600.000 Euro … zugesagt" with "Regierung" the object of
    "hatte"): a perfect's "haben"/"sein" takes no object, so the phrase is the subject; None
    when there is none or its article cannot be nominative."""
    for aux in verb.children:
        if aux.dep_ != "aux" or aux.i > verb.i or not _finite(aux):
            continue
        if aux.lemma_.lower() not in _PERFECT_AUX:
            continue  # "würde", "kann" take a dative or other phrase ("Es würde X … retten")
        for c in aux.children:
            if c.dep_ not in ("obj", "nsubj", "dep") or c.pos_ not in ("NOUN", "PROPN"):
                continue
            if c.left_edge.i != aux.i + 1 or any(x.dep_ == "case" for x in c.children):
                continue
            if c.left_edge.text.lower() in OBLIQUE_ARTICLES:
                continue
            return c
    return None


# the tokens after which a personal pronoun (``SUBJECT_PRONOUNS``, either case) opens a clause
# as its subject; a capital "Sie" only with a singular verb (with a plural one it may be the
# polite "you")
_CLAUSE_OPENERS = frozenset({",", ";", ":", "–", "(", '"', "„", "“"})


def _plural_finite(tok: Token) -> bool:
    """A finite verb form in the plural: by its number, or — the tagger leaves many forms
    without one ("trafen" read as a participle) — by a plural ending
    (:data:`~newsgraph.words_de.PLURAL_VERB_ENDINGS`: "bezichtigen", "kritisierten",
    "fordern"; "bezichtigt", "kritisierte" are singular)."""
    numbers = tok.morph.get("Number", [])
    if numbers:
        return "Plur" in numbers and "Sing" not in numbers
    return tok.text.lower().endswith(PLURAL_VERB_ENDINGS)


def fronted_pronoun_subject(verb: Token) -> Token | None:
    """Session 34 (helper "evprec"): "er"/"sie" opening a clause right before the finite form
    of ``verb`` that the parser did not make a party ("Sie bezichtigt die AKP, …" with "Sie"
    read as an adverb, so that the object was taken for the subject): the subject. A "sie"
    before a plural verb is left (the polite "Sie", or several)."""
    doc = verb.doc
    for f in _finite_forms(verb, _finite_form):
        if f.i == 0:
            continue
        prev = doc[f.i - 1]
        low = prev.text.lower()
        if low not in SUBJECT_PRONOUNS or prev.tag_ != "PPER":
            continue
        opens = prev.is_sent_start or prev.i == 0 or doc[prev.i - 1].text in _CLAUSE_OPENERS
        if not opens:
            continue
        if prev.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "expl", "obl"):
            return None  # the parse read it as a party already (rightly or not)
        if low == "sie" and _plural_finite(f):
            return None
        return prev
    return None


def fronted_pronoun_refs(refs: RefResolver, pronoun: Token, base: int) -> list[EntityRef]:
    """Whom the pronoun of :func:`fronted_pronoun_subject` stands for, by the resolver's own
    readings: "er" → a man; "sie" → a feminine organisation or state subject just before,
    else a woman."""
    if pronoun.text.lower() == "er":
        return refs.pronoun("er", base + pronoun.idx, "m")
    return _singular_sie(refs, pronoun, base)


# the auxiliaries of the passive: a passive's subject undergoes the event
_PASSIVE_DEPS = frozenset({"aux:pass", "nsubj:pass", "obl:agent"})
_PASSIVE_AUX = frozenset({"wurde", "wurden", "worden", "wird", "werden"})


def plural_clause_actors(verb: Token, actors: list[EntityRef]) -> list[EntityRef]:
    """Session 34 (issue #5, helper "evsubj"): the actors the event reader read for an
    active main-clause verb whose finite form is plural ("Die Grünen und die Neos trafen sich
    …", "Die Gewerkschaften kritisierten …") — the parties a plural "sie" of the next sentence
    stands for when the parse names no plural subject there (it often labels a sentence-initial
    subject an object). Empty for a subordinate clause, a passive (its subject undergoes the
    event), a singular or a noun trigger."""
    if not actors or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return []
    kids = list(verb.children)
    if any(c.dep_ in _PASSIVE_DEPS or c.text.lower() in _PASSIVE_AUX for c in kids):
        return []
    # (with a finite auxiliary the verb is a participle or infinitive, whatever its tag)
    finite = [c for c in kids if c.dep_ in _AUX_DEPS and _finite_form(c)]
    if not finite and _finite_form(verb):
        finite = [verb]
    if not finite or not all(_plural_finite(f) for f in finite):
        return []
    return list(actors)
