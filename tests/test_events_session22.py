"""Session 22 (sentences written for the tests): where an event happened.

- A place phrase anywhere in the trigger's clause is the event's place when its own phrases
  name none (the parser hangs "in Florenz" on the verb of a noun trigger, "in der
  Demokratischen Republik Kongo" on a party inside the noun's phrase); not a place
  attributed to a party ("der Botschafter in Moskau").
- When mentions of one event merge, a town in the kept place's country replaces the country
  ("bei seinem Besuch in Ägypten" … "bei einem Besuch in Kairo": Kairo).
- Talks held by a visitor took place where the visit did, and on its date when they have none.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.readers import read_string
from tests.event_helpers import analyse_de


def _places(article: Article, etype: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in article.events if e.type == etype]


@pytest.mark.slow
def test_place_hung_on_the_verb_of_a_noun_trigger(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Prozess. Am Donnerstag hat in Florenz der Berufungsprozess gegen den Kapitän Karl Huber"
        " begonnen.",
        nlp_de_trained,
    )
    assert _places(article, "ACCUSE") == ["Florenz"], article.events


@pytest.mark.slow
def test_place_inside_the_noun_phrase_after_a_party(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Kämpfe im Osten. Bei Kämpfen von Armee und UN-Soldaten gegen die Rebellen in der"
        " Demokratischen Republik Kongo sind 30 Menschen getötet worden.",
        nlp_de_trained,
    )
    assert _places(article, "FIGHT") == ["Demokratische Republik Kongo"], article.events


@pytest.mark.slow
def test_place_of_a_party_is_not_the_event_place(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Streit. Der Botschafter in Moskau, Karl Huber, gab der Regierung die Schuld.",
        nlp_de_trained,
    )
    assert "Moskau" not in _places(article, "ACCUSE"), article.events


@pytest.mark.slow
def test_merged_visit_keeps_the_town_over_its_country(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Reise. Der Außenminister Karl Huber hat bei seinem Besuch in Ägypten einen neuen Kurs"
        " eingeschlagen. Die Beziehungen seien gut, sagte Huber am Sonntag bei einem Besuch in"
        " Kairo.",
        nlp_de_trained,
    )
    assert _places(article, "CONSULT") == ["Kairo"], article.events


@pytest.mark.slow
def test_talks_during_a_visit_take_its_place(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Wien – Der EU-Kommissar Karl Huber hat am Montag bei einem Besuch in Athen mehr Hilfe"
        " versprochen. Im Gespräch mit dem griechischen Präsidenten Jan Novak betonte Huber die"
        " Solidarität der Union.",
        nlp_de_trained,
    )
    talks = [e for e in article.events if e.type == "CONSULT" and e.mode == "talks"]
    assert [e.location.name if e.location else None for e in talks] == ["Athen"], talks


def test_lies_in_needs_a_country_and_a_town_of_it() -> None:
    from newsgraph.events.refs import RefResolver
    from newsgraph.model import Entity, EntityRef, Mention

    text = "Kairo Ägypten Graz Österreich"
    article = read_string(text, language="de")
    names = ["Kairo", "Ägypten", "Graz", "Österreich"]
    article.entities = [
        Entity(
            id=f"loc-{i}",
            name=n,
            type="LOC",
            mentions=[Mention(text=n, start=text.index(n), end=text.index(n) + len(n))],
        )
        for i, n in enumerate(names)
    ]
    refs = RefResolver(article, [], {})
    kairo, egypt, graz, austria = (EntityRef(id=f"loc-{i}", name=n) for i, n in enumerate(names))
    assert refs.lies_in(kairo, egypt)
    assert refs.lies_in(graz, austria)
    assert not refs.lies_in(graz, egypt)
    assert not refs.lies_in(egypt, kairo)  # a country never lies in a town
    assert not refs.lies_in(austria, egypt)  # nor in another country


@pytest.mark.slow
def test_meeting_during_a_visit_takes_its_date(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Reise. Der Außenminister Karl Huber hat bei seinem Besuch in Ägypten am Sonntag einen"
        " neuen Kurs eingeschlagen. In Kairo traf er mit seinem Kollegen Jan Novak und"
        " anschließend mit Präsident Omar Said zusammen.",
        nlp_de_trained,
    )
    meetings = [e for e in article.events if e.type == "CONSULT" and e.mode == "meeting"]
    assert [(e.location.name if e.location else None, e.time) for e in meetings] == [
        ("Kairo", "2024-03-03")
    ], meetings
