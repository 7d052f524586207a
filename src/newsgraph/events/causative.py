"""Session 33 (issue #5, helper "evcause"): the causer of "lassen" + infinitive.

In *Die Regierung ließ die Proteste niederschlagen* and *Der Präsident ließ den Journalisten
X verhaften* the event is the infinitive's, its doer is whoever has it done: the subject of
"lassen". The one who undergoes it is the accusative, which the parser hangs on "lassen"
(`obj`) or on the infinitive, where it often calls it the infinitive's subject (the
accusative-with-infinitive looks like a subject). The infinitive itself is hung on "lassen"
as `xcomp`, `ccomp` or `dep`.

Not a causative: reflexive "lassen" (*lässt sich entsperren*: can be; *ließ sich
festnehmen*: let it be done to oneself), and "lassen" with a zu-infinitive (*lässt zu
wünschen übrig*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.events.pronoun_subject import OBLIQUE_ARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Token

LASSEN_FORMS = frozenset(
    {"lassen", "ließ", "ließen", "lässt", "läßt", "lasse", "ließe", "lasst", "ließt", "gelassen"}
)
_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "dep"})
_PARTY_POS = frozenset({"NOUN", "PROPN", "PRON"})


def causative_lassen(verb: Token) -> Token | None:
    """The non-reflexive form of "lassen" that ``verb`` (an infinitive without "zu") depends
    on as the thing had done, or None."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in _INFINITIVE_DEPS or head.i < verb.i - 8:
        return None
    if not ({head.lemma_.lower(), head.text.lower()} & LASSEN_FORMS):
        return None
    if verb.i > 0 and verb.doc[verb.i - 1].text.lower() == "zu":
        return None
    if any(c.lower_ == "sich" for c in [*head.children, *verb.children]):
        return None
    return head


def causer_parties(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """For an infinitive under causative "lassen" with a subject: (the subject of "lassen",
    the accusatives of both verbs plus the infinitive's own parsed subject), or None.

    The infinitive's own subject is taken as the undergoer only when the infinitive has no
    object of its own (*ließ die Proteste niederschlagen* with *Proteste* parsed as subject);
    with an object as well (*ließ die Polizei die Demonstranten festnehmen*) it is the one who
    does it, and nothing is changed."""
    head = causative_lassen(verb)
    if head is None:
        return None
    # (an object pronoun parsed as the subject of "lassen" is what undergoes it: "ließ ihn")
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    causers = [c for c in subjects if c.lower_ not in _OBJECT_PRONOUNS]
    causers = causers or _inverted_causer(head, verb)
    if not causers:
        return None
    own_subj = [c for c in verb.children if c.dep_ == "nsubj" and c not in causers]
    own_obj = [c for c in verb.children if c.dep_ == "obj" and c not in causers]
    if own_subj and own_obj:
        return None
    undergoers = [
        c
        for c in head.children
        if (c.dep_ == "obj" and c.pos_ in _PARTY_POS) or c in subjects
        if c not in causers
    ]
    return causers, [t for t in own_subj if t.pos_ in _PARTY_POS] + undergoers


_OBJECT_PRONOUNS = frozenset({"ihn", "mich", "dich", "uns", "euch", "ihm", "ihnen"})


def _inverted_causer(head: Token, verb: Token) -> list[Token]:
    """With the subject after a finite "lassen" that does not open its clause (*Vor fünf
    Jahren ließ die Regierung Proteste niederschlagen*, which the parser reads with *Regierung*
    as the infinitive's object and "lassen" without a subject): the noun phrase right after
    "lassen", when it is a noun (no pronoun: *ließ ihn die Polizei festnehmen*) with no article
    of another case; an object pronoun before it is skipped (*ließ ihn die Polizei
    festnehmen*)."""
    if head.tag_ != "VVFIN" or head.i == 0 or head.doc[head.i - 1].is_punct:
        return []
    at = head.i + 1
    if at < len(head.doc) and head.doc[at].lower_ in _OBJECT_PRONOUNS:
        at += 1  # "ließ ihn die Polizei festnehmen"
    if at >= len(head.doc):
        return []
    first = head.doc[at]
    if first.lower_ in OBLIQUE_ARTICLES or first.pos_ not in ("DET", "NOUN", "PROPN"):
        return []
    noun = first if first.pos_ in ("NOUN", "PROPN") else first.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i not in (head.i, verb.i):
        return []
    if noun.dep_ not in ("obj", "nsubj") or "Dat" in noun.morph.get("Case", []):
        return []
    return [noun]
