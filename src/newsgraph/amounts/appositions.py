"""Session 34: a number in parentheses after a name is that person's age ("Heino (77)"), but
after a place, a team or another organisation it counts something the sentence names elsewhere
("gefolgt von Nordrhein-Westfalen (59), Bayern (36)", "Leicester City (76)"): its unit is left
open. The amounts stage reads sentences without the entities; this pass runs after them."""

from __future__ import annotations

from newsgraph.model import Amount, Entity

#: entity types whose name before "(NN)" makes the number no age
_NOT_AGED = frozenset({"ORG", "LOC"})


def unaged_appositions(amounts: list[Amount], entities: list[Entity], text: str) -> None:
    """Clear the unit ``years`` of a bare number in parentheses right after a mention of a
    place or an organisation (in place)."""
    ends: dict[int, str] = {}
    for ent in entities:
        for m in ent.mentions:
            # a person's mention wins where two end at the same place
            if ends.get(m.end) != "PER":
                ends[m.end] = ent.type
    for a in amounts:
        if a.unit != "years" or not a.text.isdigit():
            continue
        if text[a.start - 1 : a.start] != "(" or text[a.end : a.end + 1] not in (")", ","):
            continue
        name_end = len(text[: a.start - 1].rstrip())
        if ends.get(name_end) in _NOT_AGED:
            a.unit = None
