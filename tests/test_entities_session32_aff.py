"""Affiliations of session 32 (helper "aff"): a state office with no country takes the one
country its own sentence names before it when the report gives no home country; sentences
written for the tests after gnad-0104 and gnad-0263 and 10kGNAD records (CC BY-NC-SA 4.0);
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_state_office_takes_the_country_its_sentence_names(nlp_de: Language) -> None:
    text = (
        "Der Kommissar wird am Mittwoch zu einem Besuch nach Österreich kommen und Gespräche "
        "mit Gesundheitsministerin Sabine Oberhauser führen."
    )
    assert _persons(nlp_de, text)["Sabine Oberhauser"].affiliation == "Österreich"


def test_an_inhabitant_noun_gives_the_country(nlp_de: Language) -> None:
    text = (
        "Auf der Liste stehen auch vier Tschechen, darunter der Ex-Außenminister Karl "
        "Schwarzenberg."
    )
    assert _persons(nlp_de, text)["Karl Schwarzenberg"].affiliation == "Tschechien"


def test_not_a_country_of_the_sentence_before(nlp_de: Language) -> None:
    text = (
        "Beim Kündigungsschutz hat Österreich einen der liberalsten Arbeitsmärkte. Selbst die "
        "Pläne der Regierung von Premier Manuel Valls gehen nicht so weit."
    )
    assert _persons(nlp_de, text)["Manuel Valls"].affiliation is None


def test_not_a_country_that_qualifies_another_office(nlp_de: Language) -> None:
    text = "Neben Frankreichs Präsident François Hollande kam auch Kanzler Werner Faymann."
    persons = _persons(nlp_de, text)
    assert persons["François Hollande"].affiliation == "Frankreich"
    assert persons["Werner Faymann"].affiliation is None


def test_not_a_country_of_a_list(nlp_de: Language) -> None:
    # only "Mazedonien" lies in the 120 characters before the office: the list rule, not the
    # count of countries, keeps it from the person
    text = (
        "Slowenien, Kroatien und Mazedonien haben ihre Kandidaten für den Posten an der Spitze "
        "der Vereinten Nationen vorgeschlagen, darunter den ehemaligen Staatspräsidenten Danilo "
        "Turk."
    )
    assert _persons(nlp_de, text)["Danilo Turk"].affiliation is None
