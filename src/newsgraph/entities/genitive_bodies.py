"""Bodies named with a genitive or "für" field, written once in full and once without the
adjective before the head (session 36, helper "orgspan"; docs/entities.md, "Session 36:
organisation names that run on into a genitive").

"die Junge Kurie der Österreichischen Akademie der Wissenschaften … sagt die Junge Kurie der
Akademie der Wissenschaften": the shorter name is the same body. An organisation cluster whose
name of three words or more has a genitive or "für" link ("Akademie der Wissenschaften") joins
the one other organisation cluster whose name is that name with one capitalised word before it
("Österreichische Akademie der Wissenschaften"); with two such clusters nothing joins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.entities.cluster import Cluster

#: the words that link a body's head noun to its field
LINKS = frozenset(["der", "des", "für"])


def _linked(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and any(w in LINKS for w in words[1:-1])


def _full_form(short: str, name: str) -> bool:
    """Is ``name`` ``short`` with one capitalised word before it?"""
    first, _, rest = name.partition(" ")
    return rest == short and first[:1].isupper() and first.isalpha()


def join_short_genitive_names(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters, each short genitive or "für" name joined to its one full form (module
    docstring)."""
    out = list(clusters)
    for cl in clusters:
        if cl.type != "ORG" or not cl.key or not _linked(cl.key):
            continue
        full = [
            o
            for o in out
            if o is not cl and o.type == "ORG" and o.members and _full_form(cl.key, o.key)
        ]
        if len(full) != 1:
            continue
        body = full[0]
        body.members = sorted(body.members + cl.members, key=lambda m: m.start)
        out.remove(cl)
    return out
