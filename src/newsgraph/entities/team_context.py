"""A player's or coach's club from the club his report is about at that point (session 33,
helper "clubs").

Sports reports name a player or coach by his function only ("sagte Trainer Jan Ritter")
and leave the club to the sentences around him: "Der LASK reiste in einer ungewohnten Rolle in
die Bundeshauptstadt. Es ist eine angenehme Ausgangssituation, …, sagte Trainer Jan
Ritter." A person with a team function (``team_functions`` in ``team_lists.yaml``: Trainer,
Kapitän, Torhüter, Torschütze …), no affiliation and no earlier function ("Ex-", "früherer")
takes the club that is the grammatical subject of his own sentence or of the sentence before
it in the same paragraph:

- the club is an organisation or a town (the NER calls some MISC: "Mattersburg peilt …"),
  not a country (a national team or a place), not an agency, broadcaster or competition
  (``competition_words``: "Champions League", "Bundesliga", "des ÖFB-Cups");
- the sentence names no other club ("Rapid schlug Sturm Graz …" may go on with either side's
  coach); a region or large city of ``regions.tsv`` counts as another club there but is no
  subject club itself ("Salzburg hat seither, wie Malmö, viele Stützen verloren");
- not from a sentence before that speaks in the first person ("Dortmund kann sieben Siege in
  Folge machen, aber es hängt von uns ab. Jedes Spiel ist ein Finale, sagte Trainer X": his
  quote, about the rival) or from a sentence with a reporting clause (", sagte X", ", so X":
  its subject stands in what is said);
- not when his sentence and the one before have different subject clubs.

The person takes the club as the subject's mention writes it ("Die Austria ist Herbstmeister"
→ Austria).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.entities.team_lists import competition_words, team_functions
from newsgraph.quotes.lexicon import load as load_quote_lexicon

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.model import Entity
    from newsgraph.pipeline import Segment

#: the subject's dependency labels of the German model (Universal Dependencies)
SUBJECT = frozenset(["nsubj", "nsubj:pass"])
#: first-person words that mark a sentence as said, not narrated
FIRST_PERSON = re.compile(r"(?<![\w-])(?:ich|wir|uns|unser\w*|mir|mich|mein\w*)(?![\w-])", re.I)
#: words that make a role a former one ("Ex-Profi", "früherer Torhüter")
FORMER = re.compile(r"(?<![\w])(?:Ex-|ehemalig|früher|einstig|damalig)", re.I)


def _team_function(roles: list[str]) -> bool:
    """Does one of the roles name a current function in a team ("Trainer", "verletzter
    Torhüter", "Siegestorschütze aus dem Hinspiel"), with no club prefix ("Sturm-Coach")?"""
    heads = team_functions()
    for role in roles:
        if FORMER.search(role):
            continue
        for word in role.split():
            low = word.lower()
            if "-" not in low and low.endswith(heads):
                return True
    return False


def _competition(name: str) -> bool:
    """Does a word of the name end in a competition's head ("Champions League", "Bundesliga",
    "des ÖFB-Cups")?"""
    ends = competition_words()
    return any(w.lower().rstrip("s").endswith(ends) for w in name.replace("-", " ").split())


def _reporting_clause(seg: Segment, a: int, b: int) -> bool:
    """Does the sentence hold a reporting clause (", sagte X", ", so X")? What stands before
    it is said, and a club that is the subject there is what the speaker talks about."""
    verbs = load_quote_lexicon("de").verb_forms
    doc = seg.doc
    return any(
        doc[k - 1].text == "," and (doc[k].lower_ in verbs or doc[k].lower_ == "so")
        for k in range(a + 1, b)
    )


def _subject_club(
    seg: Segment, a: int, b: int, clubs: list[tuple[int, int, str, str]], skip: str
) -> str | None:
    """The club of ``clubs`` (article offsets, mention text — empty for a region —, entity id)
    that is the subject in tokens a..b, when the sentence names no other club ("Rapid schlug Sturm Graz …" may go
    on with either side's coach); None otherwise."""
    seg_start = seg.start + seg.doc[a].idx
    seg_end = seg.start + seg.doc[b - 1].idx + len(seg.doc[b - 1])
    named = {ent for start, _end, _text, ent in clubs if seg_start <= start < seg_end}
    if len(named) != 1:
        return None
    for tok in seg.doc[a:b]:
        if tok.dep_ not in SUBJECT:
            continue
        at = seg.start + tok.idx
        for start, end, text, ent in clubs:
            if start <= at < end and ent != skip and text:
                return text
    return None


def club_subject_affiliations(
    entities: list[Entity],
    segments: list[Segment],
    sents: list[tuple[int, int, int]],
    text: str,
    lex: Lexicon,
) -> None:
    """Give a person with a team function and no affiliation the club that is the subject of
    his sentence or the sentence before (see the module docstring)."""
    clubs: list[tuple[int, int, str, str]] = []
    for e in entities:
        if e.type not in ("ORG", "LOC", "MISC"):  # "Mattersburg peilt …": a town's club
            continue
        if e.type != "ORG" and lex.country_of(e.name) is not None:
            continue
        if e.name in lex.agencies or e.name in lex.media_words or _competition(e.name):
            continue
        # a region or large city ("Salzburg hat seither, wie Malmö, viele Stützen verloren")
        # may be its club too: it is no subject club, but a second club of its sentence
        region = e.type != "ORG" and e.name in lex.regions
        # not a compound's first part ("des ÖFB-Cups"): that names no club of the sentence
        clubs.extend(
            (m.start, m.end, "" if region else m.text, e.id)
            for m in e.mentions
            if m.start >= 0 and not text.startswith("-", m.end)
        )
    if not clubs:
        return
    spans = []
    for idx, a, b in sents:
        seg = segments[idx]
        spans.append((seg.start + seg.doc[a].idx, seg.start + seg.doc[b - 1].idx, idx, a, b))
    for e in entities:
        if e.type != "PER" or e.affiliation is not None or not _team_function(e.roles):
            continue
        starts = [m.start for m in e.mentions if m.start >= 0]
        if not starts:
            continue
        first = min(starts)
        here = next((n for n, sp in enumerate(spans) if sp[0] <= first <= sp[1]), None)
        if here is None:
            continue
        found: set[str] = set()
        for n in (here - 1, here):
            if n < 0 or spans[n][2] != spans[here][2]:
                continue
            _, _, idx, a, b = spans[n]
            seg = segments[idx]
            if n < here and FIRST_PERSON.search(seg.doc[a:b].text):
                continue
            if _reporting_clause(seg, a, b):
                continue
            club = _subject_club(seg, a, b, clubs, e.id)
            if club is not None:
                found.add(club)
        if len(found) == 1:
            e.affiliation = found.pop()
