"""Organisations named bare as a source after "laut" (session 32, helper "orgrec").

"laut Mineralölverband", "Laut Entschärfungsdienst handelte es sich um …", "laut
Gewerkschaftsverband": German drops the article before a source only when the source is a
name, so a compound noun whose head names a body (``source_body_heads`` in
``source_bodies.yaml``) standing there bare is the name of an organisation, though no
lexicon knows it and the statistical NER left it out. With an article ("des
Verkehrsunternehmens", "der Elektronikkonzern") the compound mostly points back to an
organisation named before, and is left to the other rules.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import load_yaml
from newsgraph.entities.mentions import Cand, span_cand

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.pipeline import Segment

#: endings of the compound after "laut" (dative or genitive: "laut Mineralölverbandes")
ENDINGS = ("", "s", "es")
#: the shortest first part of the compound ("Mineralöl-", not the bare "Verband")
MIN_PREFIX = 3


@cache
def source_body_heads() -> tuple[str, ...]:
    """The heads of ``source_bodies.yaml``, lower-case."""
    data = load_yaml("entities", "source_bodies.yaml")
    return tuple(str(h).lower() for h in data.get("source_body_heads") or [])


def body_compound(word: str, lex: Lexicon) -> bool:
    """Is ``word`` a capitalised compound whose head names a body ("Mineralölverband",
    "Parlamentskorrespondenz"), not the bare head ("Verband") and no role noun?"""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
        return False
    if word in lex.org_exceptions or lex.role(word) is not None:
        return False
    low = word.lower()
    for head in source_body_heads():
        for ending in ENDINGS:
            if low.endswith(head + ending) and len(low) - len(head + ending) >= MIN_PREFIX:
                return True
    return False


def laut_bodies(seg: Segment, found: list[Cand], lex: Lexicon) -> list[Cand]:
    """Organisation candidates for a body compound right after "laut", with no article, that
    no other candidate covers and no name follows ("laut Verkehrsclub Österreich" is the
    intro rule's)."""
    doc = seg.doc
    covered = {k for c in found for k in range(c.i, c.j) if c.i >= 0}
    out = []
    for k in range(len(doc) - 1):
        if doc[k].lower_ != "laut":
            continue
        t = doc[k + 1]
        if t.i in covered or not body_compound(t.text, lex):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            continue
        c = span_cand(-1, seg, t.i, t.i + 1, "ORG", "sourcebody")
        c.key = t.text
        out.append(c)
    return out
