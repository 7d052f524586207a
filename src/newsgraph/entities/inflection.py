"""Names of organisations and places in the nominative ("des Auswärtigen Amts" → Auswärtiges Amt).

A name that starts with an inflected adjective is written as the text has it ("der Süddeutschen
Zeitung", "dem Internationalen Währungsfonds"); its canonical form is the nominative with the
strong ending that the head noun's gender asks for: Süddeutsche Zeitung (f), Internationaler
Währungsfonds (m), Auswärtiges Amt (n). The gender comes from the head noun's ending (German
noun morphology plus the organisation heads of ``orgs.yaml``); the case only from the article
word before the first mention, so a name without one is left as written.
"""

from __future__ import annotations

import re

from newsgraph.entities.lexicon import Lexicon
from newsgraph.model import Entity

#: article words (also fused with a preposition) before a name with a weak adjective
ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "vom", "zum", "zur", "im", "beim", "am", "ins"]
)
#: where the article is genitive singular masculine/neuter: the head noun takes -s/-es
GENITIVE_MN = frozenset(["des"])

#: noun endings with their gender (longest first); the organisation heads of the lexicon are
#: tried before these
ENDING_GENDERS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            # feminine
            "ung": "f", "heit": "f", "keit": "f", "schaft": "f", "ion": "f", "tät": "f",
            "ei": "f", "ie": "f", "ik": "f", "anz": "f", "enz": "f", "kammer": "f",
            "bank": "f", "union": "f", "partei": "f", "agentur": "f", "behörde": "f",
            "gemeinde": "f", "schule": "f", "post": "f", "bahn": "f", "front": "f",
            "liga": "f", "allianz": "f", "gruppe": "f", "kirche": "f", "bewegung": "f",
            # neuter
            "amt": "n", "ministerium": "n", "um": "n", "ment": "n", "komitee": "n",
            "institut": "n", "gericht": "n", "büro": "n", "werk": "n", "haus": "n",
            "theater": "n", "netz": "n", "kabinett": "n", "tribunal": "n", "bündnis": "n",
            "blatt": "n", "festival": "n", "orchester": "n", "land": "n",
            # masculine
            "fonds": "m", "rat": "m", "verband": "m", "verein": "m", "bund": "m",
            "dienst": "m", "konzern": "m", "hof": "m", "ausschuss": "m", "senat": "m",
            "kongress": "m", "sender": "m", "klub": "m", "club": "m", "orden": "m",
            "landtag": "m", "tag": "m", "pakt": "m", "osten": "m", "westen": "m",
            # places (session 32): "im Südchinesischen Meer", "dem Äußeren Burgtor", "der
            # Inneren Stadt", "den Vereinigten Staaten", "den Britischen Jungferninseln"
            "meer": "n", "tor": "n", "stadt": "f", "staaten": "pl", "inseln": "pl",
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)  # fmt: skip
ENDINGS = {"m": "er", "f": "e", "n": "es", "pl": "e"}
#: adjectives of position and degree whose stem is short or ends in -er ("Nahen Osten",
#: "Mittleren Osten", "Inneren Stadt", "Äußeren Burgtor", "Vereinigten Staaten"; session 32)
POSITION_STEMS = frozenset(
    ["Nah", "Fern", "Mittler", "Inner", "Äußer", "Ober", "Unter", "Vorder", "Hinter", "Vereinigt"]
)
#: adjective stems (lower case, ending stripped): derived adjectives and superlatives
ADJ_STEM = re.compile(r"(isch|sch|lich|ig|al|är|ell|iv|bar|st|ant|ent)$")
WORD_BEFORE = re.compile(r"(\w+)\W*$")


def head_gender(noun: str, lex: Lexicon) -> str | None:
    """Gender (m/f/n) of a head noun in the nominative singular, or None when unknown."""
    low = noun.lower()
    best = ""
    for suffix in lex.org_suffixes:
        if low.endswith(suffix) and len(suffix) > len(best):
            best = suffix
    if best and lex.org_suffixes[best] in ENDINGS:
        return lex.org_suffixes[best]
    for ending, gender in ENDING_GENDERS:
        if low.endswith(ending):
            return gender
    return None


def _adjective_stem(word: str) -> str | None:
    for ending in ("en", "em", "er", "es", "e"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if (len(stem) >= 4 and ADJ_STEM.search(stem.lower())) or stem in POSITION_STEMS:
                return stem
    return None


def nominative(name: str, article_word: str, lex: Lexicon) -> str | None:
    """The nominative of a name written after ``article_word`` ("des", "der", …), or None when
    it cannot be told or is the same."""
    words = name.split()
    if len(words) < 2 or article_word not in ARTICLES:
        return None
    adj, head, rest = words[0], words[1], words[2:]
    if not (adj[:1].isupper() and adj.isalpha() and head[:1].isupper()):
        return None
    stem = _adjective_stem(adj)
    if stem is None or (adj.endswith("er") and lex.country_of(adj[:-2])):
        return None  # "Budapester Parlament": a place adjective does not inflect
    noun = head
    if article_word in GENITIVE_MN:
        for strip in ("es", "s"):
            base = head[: -len(strip)]
            if (
                head.endswith(strip)
                and not head.endswith("ss")
                and head_gender(base, lex) in ("m", "n")
                and head_gender(head, lex) != "m"  # "Währungsfonds" keeps its s
            ):
                noun = base
                break
    gender = head_gender(noun, lex)
    if gender is None:
        return None
    out = " ".join([stem + ENDINGS[gender], noun, *rest])
    return out if out != name else None


def nominative_names(entities: list[Entity], text: str, lex: Lexicon) -> None:
    """Rename organisations and places to the nominative (see the module docstring); a
    person's affiliation that gave the old name follows."""
    renamed: dict[str, str] = {}
    taken = {e.name for e in entities}
    for e in entities:
        if e.type not in ("ORG", "LOC") or not e.mentions or e.name in lex.institutions:
            continue
        first = next((m for m in e.mentions if m.text == e.name), None)
        if first is None:
            continue
        before = WORD_BEFORE.search(text[max(0, first.start - 30) : first.start])
        new = nominative(e.name, before.group(1).lower() if before else "", lex)
        if new and new not in taken:
            renamed[e.name] = new
            e.name = new
    if renamed:
        for e in entities:
            if e.type == "PER" and e.affiliation in renamed:
                e.affiliation = renamed[e.affiliation]
