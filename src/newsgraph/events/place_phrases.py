"""Session 32 (issue #5, helper "evloc"): place names inside a phrase that are no party.

Since the entity layer finds places the NER misses (`Insel Kos`, `Stadtteil Schaerbeek`,
`Südtirols`; docs/entities.md, session 32), three phrases now hold a place entity where an
event's reading expects a party:

- a dative after a two-way preposition is where something happens, not whom it is done to
  (`auf der Insel Kos beworfen`, `im Stadtteil X angeschossen`); the accusative stays the
  target (`Angriffe auf Kos`);
- a place name after a place noun takes the noun's preposition (`im Stadtteil Schaerbeek`
  is a prepositional phrase, no bare noun phrase);
- a place in the s-genitive at the start of another entity's longer mention is that
  mention's attribute (`gegen Südtirols Alt-Landeshauptmann Emil Brenner`: the person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.entities.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import Article, Entity

# two-way prepositions whose dative names a place ("auf der Insel", "im Dorf", "über der
# Stadt"); "an" and "vor" are left out: "Kritik an Russland", "Protest vor der Botschaft"
# name a party in the dative
LOCATIVE_TWO_WAY = frozenset({"auf", "in", "über"})
# preposition + article contractions in the dative and in the accusative
_DATIVE_CONTRACTIONS = frozenset({"im", "am", "überm"})
_ACCUSATIVE_CONTRACTIONS = frozenset({"ins", "ans", "aufs", "übers"})


def locative_dative(phrase: Token) -> bool:
    """Whether a prepositional phrase (its head noun) is in the dative: the contraction
    (`im`), an article that is dative only (`auf der Insel`), or, with no article, the head's
    own case when it is dative only."""
    case = next((c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i), None)
    if case is None:
        return False
    low = case.text.lower()
    if low in _DATIVE_CONTRACTIONS:
        return True
    if low in _ACCUSATIVE_CONTRACTIONS:
        return False
    det = next((c for c in phrase.children if c.dep_ == "det" and c.i < phrase.i), None)
    cases = (det if det is not None else phrase).morph.get("Case", [])
    return list(cases) == ["Dat"]


def phrase_head(tok: Token) -> Token:
    """The head of the prepositional phrase a name stands in: the name itself, or the noun
    it is the apposition of (`Kos` in `auf der Insel Kos` → `Insel`)."""
    if tok.dep_ in ("appos", "flat") and not any(c.dep_ == "case" for c in tok.children):
        return tok.head
    return tok


def place_noun_before(tok: Token) -> bool:
    """Whether ``tok`` is a place noun (`place_intro` of the entities' orgs.yaml or a LOC
    `thing_heads` noun) right before a name (`Stadtteil` in `im Stadtteil Schaerbeek`, `Insel`
    in `auf der Insel Lesbos`)."""
    lex = load_lexicon()
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.text[:1].isupper()
        and (lex.is_place_intro(tok.text) or lex.thing_kind(tok.text) == "LOC")
    )


def genitive_place_owner(article: Article, ent: Entity, start: int, end: int) -> Entity | None:
    """The entity whose longer mention starts with a place's s-genitive mention exactly at
    ``[start, end)`` (`Südtirols` in `Südtirols Alt-Landeshauptmann` → the person), else None."""
    if ent.type != "LOC":
        return None
    word = article.text[start:end]
    if not word.endswith("s") or word == ent.name or not word.startswith(ent.name):
        return None
    for other in article.entities:
        if other is ent or other.type == "LOC":
            continue
        for m in other.mentions:
            if m.start == start and m.end > end and article.text[end : m.end][:1].isspace():
                return other
    return None
