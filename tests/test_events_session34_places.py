"""Session 34 (issue #5, helper "evplace"): tellings of one event type with the same parties
placed in two towns, or in a country and a town of another, are two events; a town in its
country (or in no country the lexicon knows) still merges with it. Sentences written for the
tests."""

from __future__ import annotations

from newsgraph.events.merge import merge_events
from newsgraph.model import Article, EntityRef, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _attacks(text: str) -> list[tuple[str | None, str | None]]:
    article: Article = analyze(
        read_string(text, format="text", published="2016-03-01"), nlp=load_nlp("de")
    )
    return [
        (e.location.name if e.location else None, e.time)
        for e in article.events
        if e.type == "ASSAULT"
    ]


def test_attacks_in_two_towns_are_two_events() -> None:
    text = (
        "Bei einem Anschlag in der Hauptstadt Tunis wurden im März 21 Touristen getötet. "
        "Bei einem Anschlag nahe dem Urlaubsort Sousse wurden im Juli 38 Touristen getötet."
    )
    assert _attacks(text) == [("Tunis", "2016-03"), ("Sousse", "2015-07")]


def test_an_attack_in_a_country_and_in_its_capital_is_one() -> None:
    text = (
        "Bei einem Anschlag in Ägypten wurden am Montag zwölf Soldaten getötet. "
        "Der Anschlag in Kairo galt einem Armeeposten."
    )
    assert [place for place, _ in _attacks(text)] == ["Kairo"]


PLACES = {"Libyen": "Libyen", "Italien": "Italien", "Brüssel": "Belgien"}


def _at(place: str) -> Event:
    return Event(
        type="COERCE",
        location=EntityRef(id=place.lower(), name=place),
        trigger="Razzia",
        sentence=f"Razzia in {place}.",
        start=0,
        end=6,
    )


def test_a_country_merges_with_a_town_the_lexicon_does_not_place() -> None:
    merged = merge_events([_at("Libyen"), _at("Sabratha")], country_of=lambda r: PLACES.get(r.name))
    assert len(merged) == 1


def test_a_country_and_a_town_of_another_are_apart() -> None:
    merged = merge_events([_at("Italien"), _at("Brüssel")], country_of=lambda r: PLACES.get(r.name))
    assert [e.location.name for e in merged if e.location] == ["Italien", "Brüssel"]
    # without the lexicon (the old call) they merge
    assert len(merge_events([_at("Italien"), _at("Brüssel")])) == 1
