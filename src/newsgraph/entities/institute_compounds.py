"""Institutes, foundations and collections named by a hyphen compound (session 36, helper
"orgs"; docs/entities.md, "Session 36: courts named by their kind, …").

"Emil Brandt vom Münchner ifo-Institut", "laut Studie des Ökologie-Instituts", "die
Direktorin des Kluge-Zentrums", "der Gemeinde Wien nahestehenden AVZ-Stiftung", "der
Künstlerinnen der Prinzhorn-Sammlung", "in der Red-Bull-Akademie": a hyphen compound whose last
part is the kind of an institution (``HEADS``) and whose first part names it is the
institution's own name. The NER leaves such a word out or tags only a name inside it ("Red
Bull", a person's surname), so the whole word is made an organisation: its key is the compound
in the nominative ("Ökologie-Institut"). Not when the first part is a place, country or
inhabitant word ("Potsdam-Institut", "Südosteuropa-Zentrum": a place's institute is named with
more words, which the NER finds), a lexicon abbreviation of a thing (``not_org_prefixes``:
"IT-", "TV-"), or when an organisation candidate already covers the word ("Heinrich-Böll-Stiftung
Baden-Württemberg"). "Zentrum" also needs a first part that is no German common noun
("Einkaufs-Zentrum", "Daten-Zentrum" are kinds of places and buildings).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.entities.mentions import known_place_word, span_cand
from newsgraph.entities.namewords import common_word_tag

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand
    from newsgraph.pipeline import Segment

#: heads of a hyphen compound that name an institution by its kind ("Max-Planck-Institut")
HEADS = ("Institut", "Stiftung", "Zentrum", "Sammlung", "Akademie")

_COMPOUND = re.compile(
    r"(?P<name>[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*)-(?P<head>" + "|".join(HEADS) + r")(?:s|es|en|n)?"
)


def _name_ok(name: str, head: str, lex: Lexicon) -> bool:
    """Can the compound's first part name the institution? (module docstring)"""
    first = name.split("-", 1)[0]
    if not any(ch.isalpha() for ch in first) or name in lex.not_org_prefixes:
        return False
    if first in lex.not_org_prefixes or known_place_word(name, lex) or known_place_word(first, lex):
        return False
    if lex.demonym(first) is not None or lex.country_of_region_adjective(first) is not None:
        return False
    return head != "Zentrum" or common_word_tag(name.rpartition("-")[2]) is None


def institute_compounds(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates with each institution named by a hyphen compound as one organisation
    (module docstring); the candidates inside the word give way to it."""
    drop: set[int] = set()
    out: list[Cand] = []
    for idx, seg in enumerate(segments):
        for k, tok in enumerate(seg.doc):
            if "-" not in tok.text:
                continue
            m = _COMPOUND.fullmatch(tok.text)
            if m is None or not _name_ok(m.group("name"), m.group("head"), lex):
                continue
            start = seg.start + tok.idx
            end = start + len(tok.text)
            inside = [c for c in cands if c.start < end and c.end > start]
            if any(c.type == "ORG" and c.start <= start and c.end >= end for c in inside):
                continue  # found already, maybe with more words
            if any(c.start < start or c.end > end for c in inside):
                continue  # a candidate running out of the word: its own reading
            drop |= {id(c) for c in inside}
            c = span_cand(idx, seg, k, k + 1, "ORG", "intro")
            c.key = f"{m.group('name')}-{m.group('head')}"
            out.append(c)
    if not out:
        return cands
    return [c for c in cands if id(c) not in drop] + out
