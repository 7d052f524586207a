"""Session 32: the place named inside a place phrase of an event's clause.

``extract._clause_place`` takes the first place after *in / im / bei / nahe* in the trigger's
clause by the references of the phrase's head noun. Where that head is a common noun of a place
the name hangs on as a *von* phrase or a genitive, the name is the place: *Bei einer
Massenschlägerei im Flüchtlingscamp von Calais*, *in der Nähe von Sabratha entführt*, *im
Zentrum Kabuls*. The place nouns are listed by their endings in
``data/events/places.de.yaml`` (compounds count: *Flüchtlingscamp*, *Urlaubsort*).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import lang_key, load_yaml
from newsgraph.events.arguments import clause_of
from newsgraph.events.refs import state_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsgraph.events.arguments import ArgumentReader
    from newsgraph.events.refs import RefResolver
    from newsgraph.model import EntityRef


@cache
def _endings(language: str, key: str = "place_noun_endings") -> tuple[str, ...]:
    """A list of ``places.<lang>.yaml`` as lower-case endings (``place_noun_endings``,
    ``not_place_noun_endings``)."""
    data = load_yaml("events", f"places.{lang_key(language)}.yaml")
    return tuple(str(w).lower() for w in data.get(key) or [])


def is_place_noun(token: Token, language: str) -> bool:
    """A common noun whose form or lemma ends in a listed place word ("Flüchtlingscamp")."""
    if token.pos_ != "NOUN":
        return False
    ends, not_ends = (
        _endings(language, "place_noun_endings"),
        _endings(language, "not_place_noun_endings"),
    )
    forms = {token.text.lower(), token.lemma_.lower()}
    return any(f.endswith(ends) for f in forms if not f.endswith(not_ends))


def named_places(noun: Token, language: str) -> list[Token]:
    """The heads of the names a place noun carries: its *von* phrase or genitive attribute
    (``nmod`` after it with no preposition but *von*) — "Flüchtlingscamp von Calais" →
    [Calais], "Zentrum Kabuls" → [Kabuls]; none where the noun is no place noun."""
    if not is_place_noun(noun, language):
        return []
    out = []
    for c in noun.children:
        if c.dep_ != "nmod" or c.i < noun.i:
            continue
        cases = [x.text.lower() for x in c.children if x.dep_ == "case"]
        if cases in ([], ["von"]):
            out.append(c)
    return out


# the phrases on a noun that name a place: a name in apposition or a close "bei / nahe / von / in"
_NAMING_PREPS = ("bei", "nahe", "von", "in", "im")


def finer_place(
    tok: Token,
    span: Span,
    base: int,
    reader: ArgumentReader,
    refs: RefResolver,
    taken: set[str],
) -> EntityRef | None:
    """An event placed in a country by a country adjective ("An der griechisch-mazedonischen
    Grenze bei Idomeni ist die Polizei … vorgegangen", "besuchten ein mazedonisches
    Flüchtlingslager bei der Stadt Gevgelija") takes the town the same noun names: the first
    place (no country, no party of the event) hung on a noun with an adjective in the trigger's
    clause, by apposition or by *bei / nahe / von / in*."""
    if not tok.doc.has_annotation("DEP"):
        return None
    cstart, cend = clause_of(tok, span)
    for noun in tok.doc[cstart:cend]:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" for c in noun.children):
            continue
        for c in noun.children:
            if c.i < noun.i or not cstart <= c.i < cend:
                continue
            if c.dep_ not in ("flat", "appos") and not (
                c.dep_ == "nmod" and reader.prep_of(c) in _NAMING_PREPS
            ):
                continue
            for r in reader.heads_refs([c], base):
                if refs.is_location(r) and r.id not in taken and not is_country(r):
                    return r
    return None


def is_country(ref: EntityRef) -> bool:
    """A country (by the lexicon) rather than a town or region in one."""
    return ref.id.startswith("country:") or state_country(ref.name) == ref.name


def is_town(ref: EntityRef) -> bool:
    """Session 35: a place that is neither a country nor a capital by the lexicon (*Graz*,
    *Lustenau*, *Duisburg*; not *Wien*, *Kairo*, *Türkei*). A report datelined in a town is
    mostly a local story whose statements the annotators place there; one from a capital is
    an agency's desk (statements there are not placed)."""
    return not ref.id.startswith("country:") and state_country(ref.name) is None


# the conjunctions of a clause whose event happens where its main clause's does: a purpose
# ("um … zu protestieren") and a time ("als / während die Demos stattfanden")
_SAME_PLACE_MARKS = ("um", "als", "während")


def governing_verb(tok: Token) -> Token | None:
    """The verb of the main clause when the trigger stands in a purpose or time clause
    ("marschierte in Freilassing auf, um … zu protestieren", "war in Berlin, als die Demos
    stattfanden"): the clause's verb (the trigger, or the verb a noun trigger hangs on) with
    *um / als / während* is hung on it; else None."""
    if not tok.doc.has_annotation("DEP"):
        return None
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return None
    if not any(c.dep_ == "mark" and c.text.lower() in _SAME_PLACE_MARKS for c in verb.children):
        return None
    head = verb.head
    return head if head.i != verb.i and head.pos_ in ("VERB", "AUX") else None
