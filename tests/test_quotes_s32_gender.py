"""Session 32 (issue #4, helper "qgender"): a person's gender in the quotes layer comes from
the given name, never from a noun before the surname, and falls back to the grammatical
gender of the person noun the text gives it ("Weinbauer Trummer" is a man, "Weinbäuerin" a
woman). The excerpt is from 10kGNAD record gnad-0417 (derStandard.at, CC BY-NC-SA 4.0); the
other names were written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluation.quotes import read_gold_article
from newsgraph.model import Entity
from newsgraph.pipeline import analyze
from newsgraph.quotes.speaker_gender import gender
from tests.conftest import FIXTURES


def _person(name: str, roles: list[str] | None = None) -> Entity:
    return Entity(id="per-1", type="PER", name=name, roles=roles or [])


@pytest.mark.parametrize(
    "name, roles, expected",
    [
        ("Trummer", ["Weinbauer"], "m"),  # no given name: the masculine person noun
        ("Trummer", ["Weinbäuerin"], "f"),
        ("Trummer", ["Winzerin des Jahres"], "f"),
        ("Bencic", ["Schweizer Jungstar"], None),  # a noun that names either sex
        ("Huber", ["Vorsitzende"], None),  # an adjectival noun in -e tells nothing
        ("Experte Huber", [], None),  # a role noun is no given name ("Experte" read as f)
        ("Ai Weiwei", ["regimekritischer Künstler"], None),  # a name that tells nothing
        ("Renate Schmidt", ["Bürgermeister"], "f"),  # the given name before the role noun
    ],
)
def test_gender_from_given_name_then_person_noun(
    name: str, roles: list[str], expected: str | None
) -> None:
    assert gender(_person(name, roles)) == expected


def test_uncued_continuation_of_a_man_named_by_role_and_surname(nlp_de_trained: Any) -> None:
    """gnad-0417: "sagt Weinbauer Trummer" (the entity layer keeps the noun as his role since
    session 32: person "Trummer", role "Weinbauer"); the two uncued sentences that continue his
    speech ("wie sie aus dem Lager ausgebrochen sind": "sie" is not him) are his again."""
    article, _ = read_gold_article(FIXTURES / "gold" / "gnad-0417.gold.json")
    analysed = analyze(article, stages=["entities", "quotes"], nlp=nlp_de_trained)
    for start in ("Schlimm wars letzte Woche", "Da sind die Soldaten"):
        hits = [q for q in analysed.quotes if q.text.startswith(start)]
        assert hits and hits[0].speaker is not None and hits[0].speaker.name == "Trummer"
