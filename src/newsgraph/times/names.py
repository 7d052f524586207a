"""Session 36: a number inside the name of an organisation, a product or an event, after a
word of that name, is part of the name: no year and no amount ("die Umweltorganisation Global
2000", "das Sparprogramm Perform 2020", "die DJI Phantom 3 Professional"). The times and
amounts stages read sentences without the entities; this pass runs after them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from newsgraph.model import Amount, Entity, TimeExpression

#: entity types whose names may hold a number that is no time or amount
_NAMED = frozenset({"ORG", "MISC"})

_Item = TypeVar("_Item", TimeExpression, Amount)


def name_spans(entities: Sequence[Entity], text: str) -> list[tuple[int, int]]:
    """The spans of the organisation and other name mentions that hold a digit."""
    spans = []
    for ent in entities:
        if ent.type not in _NAMED:
            continue
        for m in ent.mentions:
            if any(c.isdigit() for c in text[m.start : m.end]):
                spans.append((m.start, m.end))
    return spans


def outside_names(items: list[_Item], spans: list[tuple[int, int]], text: str) -> list[_Item]:
    """The times or amounts that do not stand inside a name after a word of it (a name that
    starts with the number, "Zwanzig-Dollar-Note", keeps its amount)."""
    return [x for x in items if not any(_in_name(x, s, e, text) for s, e in spans)]


def _in_name(item: TimeExpression | Amount, start: int, end: int, text: str) -> bool:
    if not (start < item.start and item.end <= end):
        return False
    return any(c.isalpha() for c in text[start : item.start])
