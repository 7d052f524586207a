"""Subheadings run into the text of a paragraph (corpora that kept no line breaks).

10kGNAD stores each article on one line, so "… anreisen. Zeit drängt Allerdings drängt die Zeit."
holds the subheading "Zeit drängt". A phrase between a sentence end and a word that only starts
sentences, with no punctuation of its own, is such a heading (``runin_heading`` in rules.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.structure.rules import raw_rules


@dataclass(frozen=True)
class RuninRules:
    pattern: re.Pattern[str]
    pronouns: frozenset[str]
    not_first: frozenset[str]
    not_last: frozenset[str]
    title_nouns: tuple[str, ...]


@lru_cache(maxsize=1)
def runin_rules() -> RuninRules:
    raw = raw_rules()["runin_heading"]
    starts = "|".join(re.escape(w) for w in (*raw["starts"], *raw["pronoun_starts"]))
    more = int(raw["max_words"]) - 1
    word = r"[\w'’-]+"
    pattern = re.compile(
        rf"(?<=[.!?“\"]) (?P<head>[A-ZÄÖÜ0-9][\w'’-]*(?: {word}){{0,{more}}}) (?=(?P<next>{starts}) )"
    )
    return RuninRules(
        pattern=pattern,
        pronouns=frozenset(raw["pronoun_starts"]),
        not_first=frozenset(w.lower() for w in raw["not_first"]),
        not_last=frozenset(w.lower() for w in raw["not_last"]),
        title_nouns=tuple(w.lower() for w in raw["title_nouns"]),
    )


def _is_heading(head: str, rules: RuninRules, following: str = "") -> bool:
    words = head.split()
    if following in rules.pronouns:
        last = words[-1]
        if len(words) < 2 or (last.islower() and last.endswith(("e", "en"))):
            return False  # "Die Liste finden Sie …", "Sie habe …": a verb before the pronoun
    last = words[-1].lower()
    if words[0].lower() in rules.not_first or last in rules.not_last:
        return False
    if last.endswith(rules.title_nouns):
        return False  # "Der Slogan Mit Sicherheit …": a title in stripped quotation marks
    return not head.endswith(("-", "–"))  # "London –": a dateline after a lead sentence


def split_runin_headings(text: str) -> list[tuple[str, str]]:
    """The paragraph as ("paragraph" | "subheading", text) parts; one part when none is found."""
    rules = runin_rules()
    parts: list[tuple[str, str]] = []
    pos = 0
    for m in rules.pattern.finditer(text):
        head = m.group("head")
        if m.start() < pos or not _is_heading(head, rules, m.group("next")):
            continue
        before = text[pos : m.start()].strip()
        if before:
            parts.append(("paragraph", before))
        parts.append(("subheading", head))
        pos = m.end()
    rest = text[pos:].strip()
    if rest:
        parts.append(("paragraph", rest))
    return parts or [("paragraph", text)]
