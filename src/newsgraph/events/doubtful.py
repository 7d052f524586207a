"""Precision checks on an event's participants (session 6): who the parse or the lists put in
a role but cannot take part in the event the trigger names.

- a participant that is the trigger itself (*durch Razzien*: the raid is no raider);
- a participant named only inside a time expression of its sentence (*am Vorabend der Buch
  Wien*: a date, not a party);
- a town after *von* right after a trigger noun is where it happened (*die Anschläge von
  Brüssel und Paris*, *der Vertrag von Dayton*), not who did it; a country still acts
  (*die Unterstützung von Frankreich*);
- a named doer the text introduces with a word of ``non_agent_heads`` is no party (*der
  Wirbelsturm Stan tötet*, *die Möwen attackierten*), and an event without named participants
  whose active subject is such a word is dropped by the caller.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.model import Article, EntityRef, TimeExpression

from .arguments import Arguments
from .lexicon import EventLexicon, TriggerMatch
from .refs import _country_lexicon

_VON_LIST = re.compile(r"\s+von\s+(?:[A-ZÄÖÜ][\w.-]*(?:\s*,\s*|\s+und\s+))*")


def _mentions_in(article: Article, ref: EntityRef, start: int, end: int) -> list[tuple[int, int]]:
    ent = article.entity(ref.id)
    if ent is None:
        return []
    return [(m.start, m.end) for m in ent.mentions if start <= m.start and m.end <= end]


def _is_country(name: str) -> bool:
    lex = _country_lexicon()
    return lex is not None and lex.country_of(name) == name


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
            if (
                match.entry.pos == "NOUN"
                and group is args.actors
                and ent is not None
                and ent.type == "LOC"
                and not _is_country(ent.name)
                and any(
                    a > t_end and _VON_LIST.fullmatch(text[t_end:a]) is not None for a, _ in spots
                )
            ):
                group.remove(ref)  # "die Anschläge von Brüssel": the place
                if args.location is None:
                    args.location = ref
                continue
            if non_agents and all(_introduced_by(text, a, non_agents) for a, _ in spots):
                group.remove(ref)  # "der Wirbelsturm Stan"


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
