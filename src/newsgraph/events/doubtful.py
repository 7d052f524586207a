"""Precision checks on an event's participants (session 6): who the parse or the lists put in
a role but cannot take part in the event the trigger names.

- a participant that is the trigger itself (*durch Razzien*: the raid is no raider);
- a participant named only inside a time expression of its sentence (*am Vorabend der Buch
  Wien*: a date, not a party);
- a town (a place that is no country) after *<Noun> von* or after a place word is where it
  happened (*die Anschläge von Brüssel und Paris*, *der Vertrag von Dayton*, *in der Region
  Sikasso*), not who did it or to whom; a country still acts (*die Unterstützung von
  Frankreich*);
- a target that is an actor under a longer or shorter name is dropped (*vom IS ausgebildet*
  with *Terrormiliz Islamischer Staat* as target);
- a named doer the text introduces with a word of ``non_agent_heads`` is no party (*der
  Wirbelsturm Ida tötet*, *die Möwen attackierten*), and an event without named participants
  whose active subject is such a word is dropped by the caller.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.model import Article, EntityRef, TimeExpression

from .arguments import Arguments
from .lexicon import EventLexicon, TriggerMatch
from .refs import _country_lexicon, named_as_body, state_country


def _mentions_in(article: Article, ref: EntityRef, start: int, end: int) -> list[tuple[int, int]]:
    ent = article.entity(ref.id)
    if ent is None:
        return []
    return [(m.start, m.end) for m in ent.mentions if start <= m.start and m.end <= end]


def _is_country(name: str) -> bool:
    lex = _country_lexicon()
    if lex is None:
        return False
    # ("Republik Österreich": a state by a state-form word, session 11)
    return lex.country_of(name) == name or (
        lex.country_of(name) is None and state_country(name) is not None
    )


def ends_in(word: str, heads: frozenset[str]) -> bool:
    low = word.lower()
    return any(low.endswith(h) for h in heads)


def prune(
    match: TriggerMatch,
    args: Arguments,
    span: Span,
    base: int,
    article: Article,
    lex: EventLexicon,
    times: list[TimeExpression],
) -> None:
    """Remove participants that cannot take part (see the module doc); a town after *von*
    becomes the place."""
    s_start, s_end = base + span.start_char, base + span.end_char
    t_start = base + match.token.idx
    t_end = t_start + len(match.token)
    in_time = [(t.start, t.end) for t in times if s_start <= t.start and t.end <= s_end]
    non_agents = lex.words("non_agent_heads")
    text = article.text
    for group in (args.actors, args.targets):
        for ref in list(group):
            if ref.id.startswith("nominal:") and ref.name.lower().split()[-1:] == [
                match.token.text.lower()
            ]:
                # session 27: the trigger noun read as a group ("eine Koalition gebildet")
                group.remove(ref)
                continue
            spots = _mentions_in(article, ref, s_start, s_end)
            if not spots:
                continue  # named in another sentence (pronoun, plural binding): left alone
            if any(a <= t_start and t_end <= b for a, b in spots):
                group.remove(ref)  # the trigger word itself (not "US-Luftangriff": USA)
                continue
            if all(any(ta <= a and b <= tb for ta, tb in in_time) for a, b in spots):
                group.remove(ref)  # only inside a date ("am Vorabend der Buch Wien")
                continue
            ent = article.entity(ref.id)
            town = ent is not None and ent.type == "LOC" and not _is_country(ent.name)
            genitive = ent is not None and any(
                text[a:b].endswith("s") and not ent.name.endswith("s") for a, b in spots
            )  # "die Stadt Nordlands" is Nordland's town: the owner may be a party
            # (a town named with a place word may be hit: "Die Stadt Charkiw wurde beschossen")
            place_word = group is args.actors and not genitive
            body = lex.words("body_place_words")
            preps = lex.words("prepositions")
            if town and any(named_as_body(text, a, body, preps) for a, _ in spots):
                # "Die Stadt Amsterdam hat sich … geeinigt": the town's administration, which
                # acts at home (the place, too, where no other is named)
                town = False
                if group is args.actors and args.location is None:
                    args.location = ref
            if town and all(_named_as_place(text, a, place_word) for a, _ in spots):
                # "die Anschläge von Brüssel und Paris", "in der Region Sikasso": the place
                group.remove(ref)
                if args.location is None:
                    args.location = ref
                continue
            if non_agents and all(_introduced_by(text, a, non_agents) for a, _ in spots):
                group.remove(ref)  # "der Wirbelsturm Ida"
    # a target that is an actor under a longer or shorter name ("vom IS ausgebildet" with the
    # "Terrormiliz Islamischer Staat" of the same sentence as target)
    actor_words = [set(a.name.lower().split()) for a in args.actors]
    args.targets = [
        t
        for t in args.targets
        if not any(
            w and (w <= set(t.name.lower().split()) or set(t.name.lower().split()) <= w)
            for w in actor_words
        )
    ]


_NOUN_VON = re.compile(r"[A-ZÄÖÜ][\w-]*\s+von\s+(?:[A-ZÄÖÜ][\w.-]*(?:\s*,\s*|\s+und\s+))*$")


def _named_as_place(text: str, start: int, place_word: bool = True) -> bool:
    """A town named after "<Noun> von" ("Anschläge von Brüssel und Paris", "der Vertrag von
    Dayton") or, with ``place_word``, after a place word ("in der Region Sikasso")."""
    before = text[max(0, start - 80) : start]
    if _NOUN_VON.search(before):
        return True
    words = before.split()
    lex = _country_lexicon()
    if not place_word:
        return False
    return bool(words) and lex is not None and bool(lex.is_place_intro(words[-1]))


def _introduced_by(text: str, start: int, heads: frozenset[str]) -> bool:
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1][:1].isupper() and ends_in(before[-1], heads)


def non_agent_subject(match: TriggerMatch, lex: EventLexicon) -> bool:
    """An active verb whose subject is an animal or a force of nature ("Silbermöwen
    attackierten", "ein Wirbelsturm tötete")."""
    if match.entry.pos != "VERB" or not match.token.doc.has_annotation("DEP"):
        return False
    heads = lex.words("non_agent_heads")
    verb = match.token
    subj: list[Token] = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":  # "Möwen holten das Reptil und attackierten …"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # (a capitalised word: the tagger may call "Silbermöwen" anything)
    return any(s.text[:1].isupper() and ends_in(s.text, heads) for s in subj)


def non_agent_undergoer(match: TriggerMatch, lex: EventLexicon) -> bool:
    """Session 29: a verb of violence done to an animal ("geschützte Greifvögel getötet",
    "angeschossene Wildtiere", "Vögel, die Zecken verschleppen"): its object, its passive
    subject or the noun its participle describes is a word of ``animal_words`` (or ends in
    one of five letters or more); no event between parties."""
    if match.entry.pos != "VERB" or not match.token.doc.has_annotation("DEP"):
        return False
    if match.entry.type.lower() not in lex.words("animal_undergoer_types"):
        return False
    animals = lex.words("animal_words")
    long_animals = frozenset(w for w in animals if len(w) >= 5)
    verb = match.token
    undergoers: list[Token] = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    if verb.dep_ == "amod":  # "angeschossene Wildtiere"
        undergoers.append(verb.head)
    return any(
        u.text[:1].isupper() and (u.text.lower() in animals or ends_in(u.text, long_animals))
        for u in undergoers
    )
