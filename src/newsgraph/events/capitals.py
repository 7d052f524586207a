"""Session 35 (issue #5, helper "evrec"): a capital that acts stands for its state.

News German names a government by its capital: *Pjöngjang hatte … den Start einer
Langstreckenrakete bekannt gegeben*, *Ljubljana nominierte …*, *Moskau will seine
Strafmaßnahmen … aufrechterhalten*, *warf Warschau vor, …*. The gold files code such a party as
the country (Nordkorea, Slowenien, Russland, Polen). A capital that is an event's actor, or
the target of a political act (a reproach, a demand, talks — not an attack, where the city
itself is hit: *die Deutschen besetzen Paris*), becomes the country it is the capital of.

Not where the article speaks of the city as a body of its own (*die Stadt Wien*, *Wiens
Bürgermeister*): then the name may be the town's government, and it stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsgraph.events.refs import capital_countries, country_ref
from newsgraph.model import EntityRef

if TYPE_CHECKING:
    from newsgraph.model import Article, Event

#: event types whose target may be a capital standing for its state: acts of words and of
#: politics; the target of force, a restriction or a deployment is the place itself
POLITICAL_TARGET_TYPES = frozenset(
    {
        "ACCUSE",
        "REQUEST",
        "REJECT",
        "SUPPORT",
        "CONSULT",
        "AGREE",
        "COOPERATE",
        "THREATEN",
        "CONCEDE",
        "SANCTION",
    }
)


def _town_body(name: str, text: str, words: str) -> bool:
    """Whether the article names the capital as a town with a body of its own ("die Stadt
    Wien", "Stadt Wien", "Wiens Bürgermeister", "der Wiener Bürgermeister"); ``words``: the
    ``city_body_words`` as a regex alternation."""
    if not words:
        return False
    stem = re.escape(name)
    pattern = rf"\b(?:{words})\s+{stem}\b|\b{stem}(?:s|er)?\s+(?:{words})"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def states_for_capitals(events: list[Event], article: Article, lex: Any) -> None:
    """Replace, in place, a capital acting in an event (or addressed by a political act) by
    its country, unless the article names it as a town with a body of its own. German
    articles only: the lexicon's capitals and countries are German names."""
    if lex.language != "de":
        return
    capitals = capital_countries()
    if not capitals:
        return
    city_words = "|".join(re.escape(w) for w in sorted(lex.words("city_body_words")))
    seen: dict[str, bool] = {}

    def state(ref: EntityRef) -> EntityRef | None:
        country = capitals.get(ref.name)
        if country is None:
            return None
        ent = article.entity(ref.id)
        if ent is None or ent.type != "LOC":
            return None
        town = seen.get(ref.name)
        if town is None:
            town = seen[ref.name] = _town_body(ref.name, article.text, city_words)
        return None if town else country_ref(article, country)

    def swap(refs: list[EntityRef]) -> list[EntityRef]:
        out: list[EntityRef] = []
        for ref in refs:
            new = state(ref) or ref
            if all(new.id != r.id for r in out):
                out.append(new)
        return out

    for event in events:
        event.actors = swap(event.actors)
        if event.type in POLITICAL_TARGET_TYPES:
            event.targets = swap(event.targets)
