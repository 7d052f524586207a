"""Clubs of players from the team lists behind a sports report's sign-off (session 33, "clubs").

A football report of 10kGNAD often ends, after "(APA, 22.8.2015)", in a programme or the
line-ups of the match: "1. FC Köln (Trainer Brandt, Lehner) – Bayern München (Kolar)",
"Salzburg: Keller – Berg, Ramos … Ersatz: … Fraglich: Ortega (Muskelprobleme)
Austria: Hartmann – …". That text is boilerplate (no persons of its own, session 12), but it
states the club of each player it lists, so a person the body names and who has no
affiliation takes the club of the one list that names his surname. The club must be named
in the body too (the name or a mention of an organisation or place entity: "Salzburg", "VfB
Stuttgart"); the person takes the club as the list writes it. A surname in the lists of two
clubs gives nothing.

Results and squads work the same way: "Norwegen – Schweden 2:3 (…) Tore: Rosseli (44.) bzw.
Nyquist (21.)" lists the first side's scorers before "bzw." and the second side's after it
(`goal_sections`); "Jan Reiter (Frankfurt, 7)" in a squad gives a full name its club and
caps (`squad_clubs`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import load_yaml

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.model import Article, Entity

#: a club's name as a list writes it: "1. FC Köln", "Hannover 96", "Hamburger SV", "Salzburg"
CLUB = r"(?:\d{1,2}\. )?[A-ZÄÖÜ][\w.-]*(?: (?:[A-ZÄÖÜ][\w.-]*|\d{2,4}))*"
#: "Bayern München (Kolar)": a club and the players of its side in brackets
BRACKETED = re.compile(rf"({CLUB}) ?\(([^()]*)\)")
#: "Salzburg: Walke – Schwegler, …": a club's label before a line-up (a name, then a dash)
LABEL = re.compile(rf"({CLUB}): (?=(?:[A-ZÄÖÜ][a-z]?\. )?[A-ZÄÖÜ][\w'-]+ – )")
#: "Norwegen – Schweden 2:3": a result's two sides
RESULT = re.compile(rf"({CLUB}) – ({CLUB}) \d+:\d+")
#: the goals of a result, the home side's before "bzw.", the guests' after it
GOALS = re.compile(r"(?<![\w-])Tore?: ")
#: "Emil Hartmann (Austria, 22 Länderspiele)": a squad list's club and caps after a full name
SQUAD = re.compile(rf"([A-ZÄÖÜ][\w'-]+ [A-ZÄÖÜ][\w'-]+) \(({CLUB}), \d")
#: a list item's name: an initial or given name may stand before the surname
ITEM = re.compile(r"(?:Trainer |Coach )?((?:[A-ZÄÖÜ][a-z]?\. )?[A-ZÄÖÜ][\w'-]+)")


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in _data().get(key) or [])


@cache
def _data() -> dict[str, list[str]]:
    """The lists of ``team_lists.yaml``, read once."""
    return load_yaml("entities", "team_lists.yaml")


def lineup_ends() -> tuple[str, ...]:
    """Headings that close a line-up (``team_lists.yaml``)."""
    return _words("lineup_ends")


def lineup_parts() -> tuple[str, ...]:
    """Headings inside one team's line-up (``team_lists.yaml``)."""
    return _words("lineup_parts")


def _club_names(entities: list[Entity]) -> dict[str, str]:
    """Every name and mention text of the article's organisations and places → its name."""
    names: dict[str, str] = {}
    for e in entities:
        if e.type not in ("ORG", "LOC"):
            continue
        for text in [e.name, *(m.text for m in e.mentions)]:
            names.setdefault(text, e.name)
    return names


def _club(label: str, clubs: dict[str, str]) -> str | None:
    """The club a list's label names, as the body writes it: the label itself or, dropping
    words from the front ("FC Red Bull Salzburg" → "Red Bull Salzburg" → "Salzburg"), its end,
    when it is the name or a mention of one of the body's entities. The text, not the entity's
    name: a club the organisation rules merged with a neighbour ("Malmö FF Salzburg" from
    "hinderte Malmö FF Salzburg am …") keeps the name the list gives it."""
    words = label.split()
    for k in range(len(words)):
        text = " ".join(words[k:])
        if text in clubs:
            return text
    return None


def team_functions() -> tuple[str, ...]:
    """Ends of role words that name a function in a team (``team_lists.yaml``)."""
    return _words("team_functions")


def competition_words() -> tuple[str, ...]:
    """Ends of words that name a competition, not a club (``team_lists.yaml``)."""
    return _words("competition_words")


def _part_heading(label: str) -> bool:
    """Does a label end in a heading inside one team's line-up ("Reyna Ersatz")?"""
    return any(label == w or label.endswith(" " + w) for w in lineup_parts())


#: a bracket's item that names a player: "Trainer Brandt", "Ch. Weber", "Lehner fraglich"
NAME_ITEM = re.compile(
    r"\s*(?:Trainer |Coach )?(?:[A-ZÄÖÜ][\w.'-]* ){0,2}[A-ZÄÖÜ][\w'-]+(?: [a-zäöü/]+)*\s*"
)


def _name_list(items: str) -> bool:
    """Is a bracket's content a list of players' names ("Keller, Lehner fraglich/verletzt"),
    not a venue, a time or an injury ("Red Bull Arena, 16.30 Uhr/live Sky")?"""
    return all(NAME_ITEM.fullmatch(item) for item in items.split(","))


def team_sections(text: str, clubs: dict[str, str]) -> list[tuple[str, str]]:
    """(club, list text) of each team list in ``text`` whose club the body names."""
    sections: list[tuple[str, str]] = []
    for m in BRACKETED.finditer(text):
        club = _club(m.group(1), clubs)
        if club is not None and _name_list(m.group(2)):
            sections.append((club, m.group(2)))
    # every team's label ends the line-up before it, named in the body or not
    # ("… Nilsen, Ramos Ersatz: C. Kolar – …": the heading ends the label's words)
    labels = [m for m in LABEL.finditer(text) if not _part_heading(m.group(1))]
    ends = [m.start() for m in labels[1:]] + [len(text)] if labels else []
    heads = "|".join(re.escape(w) for w in lineup_ends())
    stop = re.compile(rf"(?<![\w-])(?:{heads}):")
    for m, end in zip(labels, ends, strict=True):
        club = _club(m.group(1), clubs)
        if club is None:
            continue
        body = text[m.end() : end]
        cut = stop.search(body)
        sections.append((club, body[: cut.start()] if cut else body))
    return sections


def goal_sections(
    text: str, clubs: dict[str, str], countries: dict[str, str]
) -> list[tuple[str, str]]:
    """(side, scorers) of each result with its goals ("Norwegen – Schweden 2:3 (0:0,0:1,2:2)
    Tore: Rosseli (44.), Martinsen (59.) bzw. Nyquist (21.)"): the scorers before "bzw." are
    the first side's, those after it the second side's; a side must be a country or named in
    the body (its name or its end: "LASK Linz" where the body says "Linz"). The goals end at the next result, a closing heading or a sentence's end."""
    sections: list[tuple[str, str]] = []
    results = list(RESULT.finditer(text))
    heads = "|".join(re.escape(w) for w in lineup_ends() if w not in ("Tore", "Tor"))
    stop = re.compile(rf"(?<![\w-])(?:{heads}):|\)\.\s")
    for n, m in enumerate(results):
        end = results[n + 1].start() if n + 1 < len(results) else len(text)
        goals = GOALS.search(text, m.end(), end)
        if goals is None:
            continue
        body = text[goals.end() : end]
        cut = stop.search(body)
        body = body[: cut.start() + 1] if cut else body
        if body.count(" bzw. ") != 1:
            continue
        home, away = body.split(" bzw. ")
        for label, scorers in ((m.group(1), home), (m.group(2), away)):
            # the side as the result writes it ("LASK Linz", not the body's "Linz"): a result
            # opens after a bracket or a colon, so no player's name runs into it
            if label in countries:
                sections.append((countries[label], scorers))
            elif _club(label, clubs) is not None:
                sections.append((label, scorers))
    return sections


def squad_clubs(text: str) -> dict[str, set[str]]:
    """Full name → the clubs a squad list gives it ("Jan Reiter (Frankfurt, 7)")."""
    found: dict[str, set[str]] = {}
    for m in SQUAD.finditer(text):
        found.setdefault(m.group(1), set()).add(m.group(2))
    return found


def _listed(person: Entity, section: str) -> bool:
    """Does a list item of ``section`` name the person (surname; an initial must fit)?"""
    words = person.name.split()
    surname = words[-1]
    for m in ITEM.finditer(section):
        item = m.group(1).split()
        if item[-1] != surname:
            continue
        if len(item) == 1 or len(words) == 1 or words[0].startswith(item[0].rstrip(".")):
            return True
    return False


def lineup_clubs(article: Article, entities: list[Entity], lex: Lexicon) -> None:
    """Give a person with no affiliation the club of the one team list behind the sign-off
    that names him (see the module docstring)."""
    tables = [b.text for b in article.boilerplate if b.reason == "after-signoff"]
    if not tables:
        return
    clubs = _club_names(entities)
    sections = [s for text in tables for s in team_sections(text, clubs)]
    sections += [s for text in tables for s in goal_sections(text, clubs, lex.countries)]
    squads: dict[str, set[str]] = {}
    for text in tables:
        for name, found_clubs in squad_clubs(text).items():
            squads.setdefault(name, set()).update(found_clubs)
    for e in entities:
        if e.type != "PER" or e.affiliation is not None:
            continue
        found = {club for club, section in sections if _listed(e, section)}
        found |= squads.get(e.name, set())
        if len(found) == 1:
            e.affiliation = found.pop()
