"""False persons on fresh text (session 32, helper perprec, issue #3): a name run into a
common noun or a place of its clause ("bei Ernst Lubitsch Anleihen genommen", "war
Nationalsozialist und Meisl Jude"), a common noun before a name ("Sein Konterpart Shuan
Fatah"), a full name in the genitive before an adjective or an English title ("Asif Kapadias
umstrittene Biografie") and a ship, a film or a base named after a person ("den
US-Lenkwaffenzerstörer Donald Cook"). Short excerpts of 10kGNAD test records that no gold set
annotates (CC BY-NC-SA 4.0; records named in each test) and sentences written for the guards;
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session28_orgtype import _entities


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _persons(nlp: Language, text: str) -> set[str]:
    return {name for name, type_ in _entities(nlp, text).items() if type_ == "PER"}


def test_a_common_noun_after_a_full_name_ends_it(nlp_de: Language) -> None:
    # 10kGNAD test record 0492
    persons = _persons(
        nlp_de,
        "Es wirkt so, als hätte Spielberg bei Wilder und Ernst Lubitsch Anleihen genommen, "
        "ohne auf seine charakteristischen Anflüge zu verzichten.",
    )
    assert "Ernst Lubitsch" in persons
    assert "Ernst Lubitsch Anleihen" not in persons
    # 10kGNAD test record 0555
    persons = _persons(
        nlp_de,
        "Salzburg musste früh umstellen: Andreas Ulmer hatte sich verletzt und nach einer "
        "Viertelstunde Benno Schmitz Platz machen müssen.",
    )
    assert "Benno Schmitz" in persons
    assert "Benno Schmitz Platz" not in persons


def test_a_surname_and_a_common_noun_are_no_name(nlp_de: Language) -> None:
    # 10kGNAD test record 0640
    persons = _persons(
        nlp_de,
        "Am 19. Februar 1937 wurde Hugo Meisl begraben, der legendäre Teamchef des "
        "Wunderteams. Eberstaller war illegaler Nationalsozialist und Meisl Jude.",
    )
    assert "Hugo Meisl" in persons
    assert "Meisl Jude" not in persons


def test_a_common_noun_before_a_name_is_no_part_of_it(nlp_de: Language) -> None:
    # 10kGNAD test record 0645
    persons = _persons(
        nlp_de,
        "Da müssen wir aufpassen, meinte Calaycay. Sein Tiroler Konterpart Shuan Fatah "
        "erwartete ebenfalls eine echte Mammutaufgabe.",
    )
    assert "Shuan Fatah" in persons
    assert "Konterpart Shuan Fatah" not in persons


def test_a_genitive_name_before_an_adjective_loses_its_s(nlp_de: Language) -> None:
    # 10kGNAD test record 0382
    persons = _persons(
        nlp_de,
        "Als bester Animationsfilm wurde Alles steht Kopf gekürt, beste Doku wurde Asif "
        "Kapadias umstrittene Amy-Winehouse-Biografie Amy.",
    )
    assert "Asif Kapadia" in persons
    assert "Asif Kapadias" not in persons


def test_a_ship_named_after_a_person_is_no_person(nlp_de: Language) -> None:
    # 10kGNAD test record 0674
    persons = _persons(
        nlp_de,
        "Russische Kampfjets haben den US-Lenkwaffenzerstörer Donald Cook in äußerst "
        "geringer Höhe überflogen.",
    )
    assert "Donald Cook" not in persons


def test_full_names_with_noun_surnames_stay(nlp_de: Language) -> None:
    # the guards: a noun that is the surname after a given name, a particle or a second given
    # name, and a capitalised word after the noun
    persons = _persons(
        nlp_de,
        "Die Politikberater Heidi Glück und Alexander Van der Bellen kamen. Auch Johann Andre "
        "Forfang sprang weit.",
    )
    assert {"Heidi Glück", "Alexander Van der Bellen", "Johann Andre Forfang"} <= persons
