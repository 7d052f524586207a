"""Parties named only by their adjective before a person's role (session 34, helper "orgs";
docs/entities.md, "Session 34: … parties named by an adjective").

"Der grüne Agrarsprecher X", "die grüne Nationalratsabgeordnete X", "der damalige
freiheitliche Landeshauptmann X", "der republikanische Bewerber X": the party adjective of
``party_adjectives`` (roles.yaml) before a person's role noun names the party the person
speaks for; session 31 gave it to the person as the affiliation, but the report then names no
organisation Grüne. When no organisation of the article is that party already, the adjective
is the party's mention. Only in a role phrase of a person: "die grüne Hetze", "grünes Licht",
"der demokratische Prozess" name none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.entities.cluster import Cluster
from newsgraph.entities.mentions import Cand

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon

_WORD = re.compile(r"[^\W\d_]+")
#: the endings of an attributive adjective after its stem ("grün|e", "republikanisch|er")
_ENDINGS = ("e", "er", "en", "es", "em")


def _canonical(name: str, lex: Lexicon) -> str:
    hit = lex.institutions.get(name)
    return (hit[0] if hit else name).lower()


def adjective_party(
    word: str, low_text: str, lex: Lexicon, endings: tuple[str, ...] = _ENDINGS
) -> str | None:
    """The party a lower-case adjective of ``party_adjectives`` names ("grüne" → Grüne), when
    its guard word, if any, is in the article's lower-cased text; else None."""
    for stem, (party, need) in lex.party_adjectives.items():
        if word.startswith(stem) and word[len(stem) :] in endings:
            return party if not need or need in low_text else None
    return None


def _party(word: str, low_text: str, lex: Lexicon) -> str | None:
    """The party an adjective names ("grüne" → Grüne), or None."""
    if not word[:1].islower():
        return None  # "den Grünen Max X": the noun, session 31's member rule
    return adjective_party(word, low_text, lex)


def party_adjective_orgs(
    persons: list[Cluster], others: list[Cluster], text: str, lex: Lexicon
) -> list[Cluster]:
    """One organisation for each party named only by an adjective in a person's role phrase
    (module docstring), its mentions the adjectives."""
    low_text = text.lower()
    named = {_canonical(cl.key.partition("|")[0], lex) for cl in others if cl.type == "ORG"}
    named |= {_canonical(m.text, lex) for cl in others if cl.type == "ORG" for m in cl.members}
    found: dict[str, Cluster] = {}
    for cl in persons:
        for m in cl.members:
            for r in m.roles:
                if r.plural or r.start < 0:
                    continue
                stop = r.noun_start if r.noun_start > r.start else r.end
                for w in _WORD.finditer(text, r.start, stop):
                    party = _party(w.group(), low_text, lex)
                    if party is None or _canonical(party, lex) in named:
                        continue
                    org = found.setdefault(party, Cluster("ORG", key=party))
                    start, end = w.start(), w.end()
                    if all(c.start != start for c in org.members):
                        org.members.append(
                            Cand(-1, -1, -1, start, end, "ORG", w.group(), "party", key=party)
                        )
                    break
    for org in found.values():
        org.members.sort(key=lambda c: c.start)
    return list(found.values())
