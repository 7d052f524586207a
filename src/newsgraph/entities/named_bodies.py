"""Organisation nouns that are no organisation of their own (session 33, helper "bodies";
data in ``named_bodies.yaml``; docs/entities.md, "Session 33: organisation nouns …").

1. An organisation noun right before the name of the body it describes: "die US-Notenbank
   Fed", "der Medienbehörde KommAustria", "eine Ermittlung der Bundespolizei FBI", "Die
   EU-Betrugsbekämpfungsbehörde Olaf". The noun says what the named body is, as "der Baukonzern
   OAS" does (session 30's intro rule drops the noun there when it is an intro noun and the
   name a known institution or an acronym); here it made an organisation of its own beside the
   name. It is the same body: the noun is dropped, the name stays.
2. One body under several nouns: "das türkische Militär", "die türkische Armee", "die
   türkischen Streitkräfte" of one report are one organisation, the country's armed forces
   (``one_body_nouns``). The clusters of one country's nouns of a group join; the name is the
   group's first noun where the article writes it, else the noun it writes most often.
3. A Land's or a town's body named bare ("die Landesregierung", "in der Stadtregierung") in a
   report on one Land or town is that Land's or town's (``land_bodies``, ``town_bodies``): the
   key becomes "Landesregierung Kärnten", "Stadtregierung Wels"; the mentions keep their text.
4. A parliament named only as the first part of a compound for its members, seats or election
   ("die Nationalratsabgeordnete X", "bei der Nationalratswahl") is no organisation the report
   names (``parliaments``, ``member_tails``).
5. A party named by a nominalised adjective ("Linke") after an adjective or a bare preposition
   is the political left or its people, no party ("der europäischen Linken", "von Linken";
   ``adjective_parties``).
6. A body noun whose first part says what kind of body it is, not whose ("die damalige
   Koalitionsregierung", "die Vorgängerregierung", "der Protestpartei des Exkomikers"), with
   no country, is a description, no organisation (``kind_prefixes``, ``kind_heads``).
   Session 36 (helper "orgs"): so is a court named by its kind or its part in a case as one
   word ("das Berufungsgericht", "des Schöffengerichts", "vom Erstgericht"), and an association
   by its kind ("der Dachverband", "des Hauptverbands"; ``head_kinds``).
7. Session 34 (helper "bodyjoin"): a bare organisation noun after the one body the text named
   as that noun and a name ("die Staatsanwaltschaft Stuttgart … erhob die Staatsanwaltschaft
   Anklage") is that body, no body of the article's country ("deutsche Staatsanwaltschaft").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import load_yaml
from newsgraph.entities.name_adjectives import region_of_any_case

if TYPE_CHECKING:
    from newsgraph.entities.cluster import Cluster
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand
    from newsgraph.pipeline import Segment


@cache
def _data() -> dict[str, list[str]]:
    """The lists of ``named_bodies.yaml``."""
    return load_yaml("entities", "named_bodies.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    """One list of ``named_bodies.yaml`` as a set."""
    return frozenset(_data().get(key) or [])


def _body_noun(c: Cand, lex: Lexicon) -> bool:
    """A one-word organisation candidate that is an organisation or intro noun, maybe with a
    prefix ("Medienbehörde", "US-Ratingagentur"), not a name."""
    if c.type != "ORG" or c.i < 0 or c.j - c.i != 1 or c.source not in ("orgnoun", "ner"):
        return False
    head = c.text.rpartition("-")[2]
    return head[:1].isupper() and (
        lex.is_intro(head) or head.lower().endswith(lex.org_suffix_tuple)
    )


def drop_nouns_before_names(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates without each organisation noun that stands right before (one space
    between) an organisation's name."""
    name_starts = {
        (c.seg, c.i)
        for c in cands
        if c.type == "ORG" and not _body_noun(c, lex) and c.i >= 0 and c.text[:1].isupper()
    }
    return [
        c
        for c in cands
        if not (
            _body_noun(c, lex)
            and (c.seg, c.j) in name_starts
            and segments[c.seg].doc[c.j - 1].whitespace_
        )
    ]


@cache
def one_body_nouns() -> dict[str, tuple[str, ...]]:
    """Each noun of ``one_body_nouns`` → its group, the preferred name first."""
    groups = [tuple(str(w) for w in g) for g in _data().get("one_body_nouns") or []]
    return {w: g for g in groups for w in g}


def merge_one_body_nouns(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters with one country's organisation-noun clusters of one group joined (their
    keys are "noun|country"), keyed by the group's preferred noun the article writes."""
    groups = one_body_nouns()
    joined: dict[tuple[tuple[str, ...], str], list[Cluster]] = {}
    for cl in clusters:
        base, bar, country = cl.key.partition("|")
        if cl.type == "ORG" and bar and country and base in groups:
            joined.setdefault((groups[base], country), []).append(cl)
    out = []
    for cl in clusters:
        base, _, country = cl.key.partition("|")
        group = joined.get((groups.get(base, ()), country)) if country else None
        if group is None or len(group) < 2:
            out.append(cl)
            continue
        if cl is not group[0]:
            continue
        members = sorted((m for c in group for m in c.members), key=lambda m: m.start)
        counts = Counter(c.key.partition("|")[0] for c in group for _ in c.members)
        firsts = {c.key.partition("|")[0]: min(m.start for m in c.members) for c in group}
        best = groups[base][0]
        if best not in counts:
            best = max(counts, key=lambda n: (counts[n], -firsts[n]))
        first = group[0]
        first.key = f"{best}|{country}"
        first.members = members
        first.descriptors = [d for c in group for d in c.descriptors]
        out.append(first)
    return out


def _region_counts(text: str, lex: Lexicon) -> tuple[Counter[str], Counter[str]]:
    """How often the text names each Land and each town of regions.tsv, by its name or an
    adjective ("Kärntner", "steirischen"): (Länder, towns). A Land is a region with an
    "-isch" adjective, a town one with only "-er" adjectives."""
    lands = {r for a, r in lex.adjective_regions.items() if a.endswith("isch")}
    towns = {r for r in lex.adjective_regions.values() if r not in lands}
    counts: Counter[str] = Counter()
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        low = word.lower()
        region = lex.adjective_regions.get(low) or region_of_any_case(low)
        if region is None and word[:1].isupper():
            region = word if word in lex.regions else None
            if region is None and word.endswith("s") and word[:-1] in lex.regions:
                region = word[:-1]
        if region is not None and " " not in region:
            counts[region] += 1
    for region in (r for r in lex.regions if " " in r):  # "St. Pölten", "Wiener Neustadt"
        if n := len(re.findall(rf"\b{re.escape(region)}s?\b", text)):
            counts[region] += n
    land = Counter({r: n for r, n in counts.items() if r in lands})
    town = Counter({r: n for r, n in counts.items() if r in towns})
    return land, town


def _clear_first(counts: Counter[str], least: int) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def place_bare_local_bodies(clusters: list[Cluster], text: str, lex: Lexicon) -> None:
    """Key each bare Land or town body with the Land or town the report names most."""
    land_bodies = _words("land_bodies")
    town_bodies = _words("town_bodies")
    bare = [
        cl
        for cl in clusters
        if cl.type == "ORG"
        and cl.key.partition("|")[0] in land_bodies | town_bodies
        and not cl.key.partition("|")[2]
        and all(m.source == "orgnoun" and m.country is None for m in cl.members)
    ]
    if not bare:
        return
    lands, towns = _region_counts(text, lex)
    land, town = _clear_first(lands, 1), _clear_first(towns, 2)
    for cl in bare:
        base = cl.key.partition("|")[0]
        place = land if base in land_bodies else town
        if place is not None:
            cl.key = f"{base} {place}"


def _member_compound(c: Cand, text: str) -> bool:
    """Is ``c`` a parliament named as the first part of a compound for its members, seats or
    election ("Nationalratsabgeordnete", "Nationalrats-Wahlkampfes")?"""
    if c.type != "ORG" or c.source != "compound" or (c.key or c.text) not in _words("parliaments"):
        return False
    rest = re.match(r"[\w-]*", text[c.end :])
    tail = (rest.group(0) if rest else "").lower()
    for link in ("s-", "-", "s"):
        if tail.startswith(link):
            tail = tail[len(link) :]
            break
    return tail.startswith(tuple(_words("member_tails")))


def drop_member_compounds(cands: list[Cand], text: str) -> list[Cand]:
    """The candidates without the parliaments named only for their members or election."""
    return [c for c in cands if not _member_compound(c, text)]


def _left_not_party(c: Cand, segments: list[Segment]) -> bool:
    """Is ``c`` a party's nominalised-adjective name read as the political left or its people
    (an adjective or a bare preposition right before it)?"""
    if c.type != "ORG" or c.i <= 0 or c.text not in _words("adjective_parties"):
        return False
    prev = segments[c.seg].doc[c.i - 1]
    if prev.text[:1].islower() and prev.pos_ == "ADJ":
        return True  # "der europäischen Linken"
    return prev.pos_ == "ADP" or prev.lower_ == "als"  # "von Linken", "als Linken"


def drop_left_not_party(segments: list[Segment], cands: list[Cand]) -> list[Cand]:
    """The candidates without the political left read as a party."""
    return [c for c in cands if not _left_not_party(c, segments)]


def _kind_compound(c: Cand) -> bool:
    """Is ``c`` one word of a kind prefix and a body head with no country ("Koalitionsregierung",
    "Protestpartei", "Invasionsarmee"), no organisation?"""
    if c.type != "ORG" or c.country is not None or " " in c.text or "-" in c.text:
        return False
    prefixes = _words("kind_prefixes")
    low = c.text.lower()
    for head in _data().get("kind_heads") or []:
        if low.endswith(head) and len(low) > len(head):
            first = low[: -len(head)]
            if first.endswith("s") and first[:-1] in prefixes:
                first = first[:-1]  # a linking "s": "Koalitions-"
            return first in prefixes
    return False


_KIND_BODY = re.compile(r"(?P<kind>[a-zäöüß]+)(?P<head>gericht|verband)(?:s|es|e|en)?")


def _head_kind(c: Cand) -> bool:
    """Is ``c`` one word naming a body by its kind or its part ("Berufungsgericht", "des
    Schöffengerichts", "vom Erstgericht", "der Dachverband"; ``head_kinds``), no organisation?
    Not a body with its seat ("Landesgericht Linz"). Of a hyphen compound the last part
    counts: the owner named first ("das DFB-Sportgericht") is a body of its own, found as the
    compound's first part; its court is a part of it."""
    if c.type != "ORG" or " " in c.text:
        return False
    m = _KIND_BODY.fullmatch(c.text.rsplit("-", 1)[-1].lower())
    if m is None:
        return False
    kinds = _head_kinds().get(m.group("head"), frozenset())
    kind = m.group("kind")
    return kind in kinds or (kind.endswith("s") and kind[:-1] in kinds)


@cache
def _head_kinds() -> dict[str, frozenset[str]]:
    """``head_kinds`` of ``named_bodies.yaml``: head → the kinds before it."""
    raw: dict[str, list[str]] = _data().get("head_kinds") or {}  # type: ignore[assignment]
    return {head: frozenset(kinds) for head, kinds in raw.items()}


_HEAD_WORD = re.compile(r"-([\w-]+)")


def _parent_head(word: str, lex: Lexicon) -> bool:
    """Is ``word`` (a compound's rest after its first part, maybe inflected) a body of an
    organisation ("Truppe", "Flüchtlingshilfswerks", "Grenzschutzagentur")?"""
    head = word.rpartition("-")[2]
    low = head.lower()
    for end in ("", "s", "es", "n", "en"):
        if end and not low.endswith(end):
            continue
        stem = low[: len(low) - len(end)]
        if stem.endswith(tuple(_words("parent_heads"))) or lex.is_intro(stem.capitalize()):
            return True
        if stem.endswith(lex.org_suffix_tuple):
            return True
    return False


def _parent_prefix(c: Cand, text: str, org_starts: set[int], lex: Lexicon) -> bool:
    """Is ``c`` the first part of a compound naming a body right before that body's name?"""
    if c.type != "ORG" or c.source != "compound" or text[c.end : c.end + 1] != "-":
        return False
    m = _HEAD_WORD.match(text, c.end)
    return (
        m is not None
        and _parent_head(m.group(1), lex)
        and text[m.end() : m.end() + 1] == " "
        and m.end() + 1 in org_starts
    )


def drop_parent_prefixes(cands: list[Cand], text: str, lex: Lexicon) -> list[Cand]:
    """Session 36: the candidates without an organisation named only as the first part of a
    compound that names its body right before that body's name ("der UNO-Truppe MINUSMA",
    "des UN-Flüchtlingshilfswerks UNHCR"; ``parent_heads``): the report names the body."""
    org_starts = {c.start for c in cands if c.type == "ORG"}
    return [c for c in cands if not _parent_prefix(c, text, org_starts, lex)]


def drop_kind_compounds(cands: list[Cand]) -> list[Cand]:
    """The candidates without the bodies named by their kind ("die Vorgängerregierung", "das
    Berufungsgericht")."""
    return [c for c in cands if not (_kind_compound(c) or _head_kind(c))]


def _bare_noun(cl: Cluster) -> str | None:
    """The organisation noun of a cluster whose mentions are all that one bare noun ("die
    Staatsanwaltschaft", "das Gericht"; the country may come from the article, none is
    written), lower case; else None."""
    if cl.type != "ORG" or not cl.members:
        return None
    words = {m.text.lower() for m in cl.members}
    if len(words) != 1 or any(m.source != "orgnoun" or " " in m.text for m in cl.members):
        return None
    word = next(iter(words))
    return word if "-" not in word else None


def _names_noun(name: str, noun: str) -> bool:
    """Is ``name`` the noun followed by a name ("Staatsanwaltschaft Stuttgart" for
    "staatsanwaltschaft"; not "Bundespolizei FBI", "Kiewer Regierung")?"""
    first, _, rest = name.partition(" ")
    return first.lower() == noun and rest[:1].isupper()


_WORD_BEFORE = re.compile(r"([\w-]+) $")


def _after_noun(text: str, start: int, noun: str) -> bool:
    """Does the organisation noun, maybe inflected, stand one space before offset ``start``
    ("des Digitalverbands Bitkom": the noun that `drop_nouns_before_names` took off the
    name)? Session 36."""
    m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word == noun or (word.startswith(noun) and word[len(noun) :] in ("s", "es", "n", "en"))


def join_bare_to_named(clusters: list[Cluster], text: str = "") -> list[Cluster]:
    """Session 34: the clusters with each bare organisation noun ("die Staatsanwaltschaft") that
    follows the one body the text named as that noun and a name ("die Staatsanwaltschaft
    Stuttgart") joined to that body, without the country the bare noun took from the article;
    the mentions before the named one stay where they were. Session 36: also a name the noun
    stood right before in ``text`` ("Umfrage des Digitalverbands Bitkom … Dem Digitalverband
    zufolge"), where the noun is no mention of its own."""

    def names(m: Cand, noun: str) -> bool:
        return _names_noun(m.text, noun) or (bool(text) and _after_noun(text, m.start, noun))

    out = list(clusters)
    for cl in clusters:
        noun = _bare_noun(cl)
        if noun is None:
            continue
        named = [
            o
            for o in clusters
            if o is not cl
            and o.type == "ORG"
            and o.members
            and any(names(m, noun) for m in o.members)
        ]
        if len(named) != 1:
            continue
        body = named[0]
        first = min(m.start for m in body.members if names(m, noun))
        later = [m for m in cl.members if m.start > first]
        if not later:
            continue
        for m in later:  # the article's country, read for the bare noun, is not the body's
            m.country = None
        body.members = sorted(body.members + later, key=lambda m: m.start)
        cl.members = [m for m in cl.members if m.start <= first]
        if not cl.members:
            out.remove(cl)
    return out
