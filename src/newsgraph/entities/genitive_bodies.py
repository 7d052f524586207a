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

from newsgraph.entities.cluster import merge_short_forms

if TYPE_CHECKING:
    from newsgraph.entities.cluster import Cluster
    from newsgraph.entities.lexicon import Lexicon

#: the words that link a body's head noun to its field
LINKS = frozenset(["der", "des", "für"])


def _linked(cl: Cluster, lex: Lexicon) -> bool:
    words = cl.key.split()
    return len(words) >= 3 and any(w in LINKS for w in words[1:-1])


def _full_form(short: list[str], name: list[str], lex: Lexicon) -> bool:
    """Is ``name`` ``short`` with one capitalised word before it?"""
    return name[1:] == short and name[0][:1].isupper() and name[0].isalpha()


def join_short_genitive_names(clusters: list[Cluster], lex: Lexicon) -> None:
    """Each short genitive or "für" name joined to its one full form (module docstring), in
    ``clusters`` itself."""
    merge_short_forms(clusters, lex, _linked, _full_form, in_text_order=True)
