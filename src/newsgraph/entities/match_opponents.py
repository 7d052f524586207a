"""Teams named by their town after "gegen" in a match report (session 34, helper "orgs";
data ``match_opponents.yaml``; docs/entities.md, "Session 34: … teams named by their town").

"am Wochenende gab es ein 0:0 gegen Hartberg", "Die Gäste setzten sich im Heimspiel gegen
Horn problemlos 3:0 durch", "im letzten Test gegen Kapfenberg (3:0)": a club named by its
town, which the NER does not tag and no lexicon knows. One capitalised word right after
"gegen", in a sentence with a score or after a match noun (``match_nouns``), is the opposing
team when no candidate covers it and it is no country (national teams are their country:
"gegen Kolumbien"), inhabitant, role, title, given name or common noun ("gegen Sturm" stays
unread: the club's short name is an ordinary word), and no person of the article has it as a
surname ("gewann 6:3 gegen X").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import load_yaml
from newsgraph.entities.mentions import span_cand
from newsgraph.entities.namewords import common_word_tag
from newsgraph.entities.tokens import sentence_spans, token_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand
    from newsgraph.pipeline import Segment

#: a football, handball or ice-hockey score ("3:0", "4:2." at a sentence's end, "4:1-Erfolg");
#: not a clock time ("20:15")
_SCORE = re.compile(r"(\d{1,2}):(\d{1,2})(?:\.|-\w+)?")
#: the highest goal count read as a score
_MAX_GOALS = 15


@cache
def _match_nouns() -> frozenset[str]:
    return frozenset(load_yaml("entities", "match_opponents.yaml").get("match_nouns") or [])


def _score(doc: Doc, a: int, b: int) -> bool:
    """Does the sentence doc[a:b] hold a score?"""
    for k in range(a, b):
        m = _SCORE.fullmatch(doc[k].text)
        if (
            m is not None
            and int(m.group(1)) <= _MAX_GOALS
            and int(m.group(2)) <= _MAX_GOALS
            and not (k + 1 < len(doc) and doc[k + 1].lower_ == "uhr")
        ):
            return True
    return False


def _team_word(word: str, lex: Lexicon) -> bool:
    """A one-word name that can be a team's town: no ordinary or lexicon word of another kind."""
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and not lex.is_other_kind(word)
        and not lex.is_intro(word)
        and common_word_tag(word) is None
    )


def match_opponents(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """New organisation candidates for the towns that name the opposing team (module
    docstring)."""
    covered = {(c.seg, k) for c in cands if c.i >= 0 for k in range(c.i, c.j)}
    towns = {
        (c.seg, c.i): c
        for c in cands
        if c.type == "LOC" and c.i >= 0 and c.j == c.i + 1 and c.text not in lex.countries
    }
    surnames = {c.text.split()[-1] for c in cands if c.type == "PER" and c.text}
    out: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        lowers = token_lowers(doc)
        if "gegen" not in lowers:
            continue
        for a, b in sentence_spans(doc):  # (a blank fallback Doc has no doc.sents)
            scored: bool | None = None
            for k in range(a + 1, b - 1):
                if lowers[k] != "gegen":
                    continue
                x = k + 1
                word = doc[x].text
                town = towns.get((idx, x))
                if town is None and ((idx, x) in covered or not _team_word(word, lex)):
                    continue
                if word in surnames:
                    continue
                if x + 1 < b and doc[x + 1].text[:1].isupper():
                    continue  # "gegen Wiener Neustadt", "gegen Rapid Wien": the NER's, or none
                if doc[k - 1].text not in _match_nouns():
                    if scored is None:
                        scored = _score(doc, a, b)
                    if not scored:
                        continue
                if town is not None:  # "gegen Palermo": the town's club, not the town
                    town.type, town.key, town.country = "ORG", word, None
                    continue
                c = span_cand(idx, seg, x, x + 1, "ORG", "intro")
                c.key = word
                out.append(c)
    return out
