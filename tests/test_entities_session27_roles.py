"""Roles of session 27 (helper "roles"; sentences written for the tests; the trained German
pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _roles(nlp: Language, text: str, name: str) -> list[str]:
    return list(_persons(nlp, text)[name].roles)


def test_an_als_phrase_of_the_subject_is_a_role(nlp_de: Language) -> None:
    assert _roles(nlp_de, "Thomas Berger ist seit Jänner als Trainer tätig.", "Thomas Berger") == [
        "Trainer"
    ]
    text = (
        "Charles Aranguiz zeichnete sich beim deutlichen Sieg in Santiago als Doppeltorschütze aus."
    )
    assert _roles(nlp_de, text, "Charles Aranguiz") == ["Doppeltorschütze"]


def test_an_als_phrase_in_a_relative_clause_is_a_role(nlp_de: Language) -> None:
    text = "Anna Huber, die seit 2010 als Geschäftsführerin der Firma arbeitet, sagte das."
    assert _roles(nlp_de, text, "Anna Huber") == ["Geschäftsführerin der Firma"]


def test_a_demonym_before_the_name_does_not_block_the_als_phrase(nlp_de: Language) -> None:
    text = "Der Salzburger Mike Vogl ist ansonsten als Pressefotograf unterwegs."
    assert _roles(nlp_de, text, "Mike Vogl") == ["Pressefotograf"]


def test_a_relation_after_als_names_the_person_after_it(nlp_de: Language) -> None:
    text = "Nun wird also Maria Großbauer als Nachfolgerin von Karin Berger den Ball organisieren."
    assert _roles(nlp_de, text, "Maria Großbauer") == ["Nachfolgerin von Karin Berger"]


def test_an_als_phrase_of_an_object_or_a_comparison_is_no_role(nlp_de: Language) -> None:
    assert _roles(nlp_de, "Thomas Berger holte ihn als Trainer nach Wien.", "Thomas Berger") == []
    text = "Thomas Berger bezeichnete die Regierung als Sieger."
    assert _roles(nlp_de, text, "Thomas Berger") == []
    text = "Thomas Berger verdient mehr als ein Minister."
    assert _roles(nlp_de, text, "Thomas Berger") == []


def test_an_als_phrase_of_a_candidacy_or_a_negation_is_no_role(nlp_de: Language) -> None:
    text = "Wolfgang Sobotka war immer wieder als Finanzminister im Gespräch."
    assert _roles(nlp_de, text, "Wolfgang Sobotka") == []
    assert _roles(nlp_de, "Thomas Berger ist nicht als Trainer tätig.", "Thomas Berger") == []


def _affiliation(nlp: Language, text: str, name: str) -> str | None:
    return _persons(nlp, text)[name].affiliation


def test_an_oblique_inhabitant_noun_names_the_object_of_its_own_sentence(
    nlp_de: Language,
) -> None:
    text = (
        "Ein Bericht. Im dritten Satz lag Rafael Nadal 2:4 zurück, wehrte sich der Spanier. "
        "Gegen Fabio Fognini kündigt sich nun ein echter Hit an, denn Nadal hat 2015 zweimal "
        "gegen den Italiener verloren."
    )
    assert _affiliation(nlp_de, text, "Fabio Fognini") == "Italien"
    assert _affiliation(nlp_de, text, "Rafael Nadal") == "Spanien"
    text = (
        "Ein Bericht. Eigentlich war alles angerichtet für den zwölften Sieg für Peter Prevc in "
        "dieser Saison: Doch ein Coup kostete den Slowenen am Freitag den Sieg."
    )
    assert _affiliation(nlp_de, text, "Peter Prevc") == "Slowenien"


def test_an_oblique_inhabitant_noun_is_not_the_subject_of_its_own_sentence(
    nlp_de: Language,
) -> None:
    text = "Ein Bericht. Am Montag hatte Dominic Thiem gegen den Serben noch nie gewonnen."
    assert _affiliation(nlp_de, text, "Dominic Thiem") is None


def test_a_state_office_takes_the_country_that_opens_its_sentence(nlp_de: Language) -> None:
    text = (
        "Ein Bericht. Slowenien müsse die Zahl der Durchreisenden anpassen, sagte Außenminister "
        "Karl Erjavec im Parlament."
    )
    assert _affiliation(nlp_de, text, "Karl Erjavec") == "Slowenien"
    text = (
        "Ein Bericht. Bulgarien baut indes den Schutz seiner Grenzen aus. Schon 2013 sei damit "
        "begonnen worden, sagte Außenminister Daniel Mitrow."
    )
    assert _affiliation(nlp_de, text, "Daniel Mitrow") == "Bulgarien"


def test_a_list_of_countries_opens_no_sentence_as_its_subject(nlp_de: Language) -> None:
    text = (
        "Ein Bericht. Slowenien, Kroatien und Mazedonien haben Kandidaten vorgeschlagen. Die "
        "Regierung nominierte Außenminister Karl Erjavec."
    )
    assert _affiliation(nlp_de, text, "Karl Erjavec") is None


def test_a_genitive_owner_opens_an_apposition(nlp_de: Language) -> None:
    text = "Ein Bericht. Das sagte Sergej Lawrow, Russlands Außenminister, am Montag."
    lawrow = _persons(nlp_de, text)["Sergej Lawrow"]
    assert lawrow.roles == ["Außenminister"] and lawrow.affiliation == "Russland"
    text = (
        "Ein Bericht. Das kritisiert Markus Distelberger, Spindlers Anwalt. Er legt Berufung ein."
    )
    assert _roles(nlp_de, text, "Markus Distelberger") == ["Anwalt"]


def test_an_indefinite_role_after_mit_and_a_name(nlp_de: Language) -> None:
    text = "Ein Bericht. Die Partei hat mit Christian Kern einen neuen Kanzler."
    assert _roles(nlp_de, text, "Christian Kern") == ["neuer Kanzler"]
    text = "Ein Bericht. Er spielte mit Franz Fischler einen Walzer."
    assert _roles(nlp_de, text, "Franz Fischler") == []


def test_no_forward_guess_after_a_person_with_no_office(nlp_de: Language) -> None:
    text = (
        "Ein Bericht. Überraschend war der erste Oscar für Mark Rylance: Der britische "
        "Filmschauspieler stach mit der Darstellung eines Spions den Favoriten Sylvester Stallone "
        "aus. Ein nostalgischer Gewinner fand sich dafür mit Ennio Morricone."
    )
    assert _roles(nlp_de, text, "Ennio Morricone") == []
