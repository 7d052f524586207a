"""Entity rules of session 13 (roles, affiliations, mentions): inhabitant nouns after
attributes and of regions, feminine inhabitant nouns as mentions. Sentences written for the
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _mentions(ent: Entity) -> list[str]:
    return [m.text for m in ent.mentions]


def test_feminine_inhabitant_noun_is_a_mention(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Im Finale verlor die Österreicherin Barbara Lenz gegen Kim Sun.")
    lenz = p["Barbara Lenz"]
    assert lenz.affiliation == "Österreich"
    assert "die Österreicherin" in _mentions(lenz)


def test_inhabitant_noun_after_attributes(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Der 24-jährige Schwede Olof Berglund traf zweimal. Danach traf er auf den "
        "topgesetzten Spanier Carlos Ribera.",
    )
    assert p["Olof Berglund"].affiliation == "Schweden"
    assert "Der 24-jährige Schwede" in _mentions(p["Olof Berglund"])
    assert p["Carlos Ribera"].affiliation == "Spanien"
    assert "den topgesetzten Spanier" in _mentions(p["Carlos Ribera"])


def test_inhabitant_noun_of_a_region(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Die Salzburgerin Anna Moser sprang am weitesten. Der Steirer Peter Gruber wurde Dritter.",
    )
    assert p["Anna Moser"].affiliation == "Österreich"
    assert "Die Salzburgerin" in _mentions(p["Anna Moser"])
    assert p["Peter Gruber"].affiliation == "Österreich"


def test_region_inhabitant_nouns_in_the_lexicon() -> None:
    lex = load_lexicon()
    assert lex.demonym("Oberösterreicherin", cities=True) == ("Oberösterreicherin", "Österreich")
    assert lex.demonym("Kärntner", cities=True) == ("Kärntner", "Österreich")
    assert lex.demonym("Kärntner") is None  # only where a person's name follows


def test_inhabitant_noun_in_an_oblique_case_refers_back(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Grigor Petrow verlor in drei Sätzen. Eine Aufholjagd des Bulgaren blieb aus. "
        "Akira Sato siegte klar. Der Trainer lobte den Japaner.",
    )
    assert p["Grigor Petrow"].affiliation == "Bulgarien"
    assert "des Bulgaren" in _mentions(p["Grigor Petrow"])
    assert p["Akira Sato"].affiliation == "Japan"


def test_oblique_inhabitant_noun_is_not_the_subject_of_its_sentence(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Am Freitag gewann Thomas Berger gegen den Serben klar.")
    assert p["Thomas Berger"].affiliation is None
    assert _mentions(p["Thomas Berger"]) == ["Thomas Berger"]


def test_inhabitant_noun_after_an_age_and_of_a_region_refers_back(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Peter Gruber gewann das Rennen. Der 31-jährige Deutsche freute sich. "
        "Anna Moser wurde Zweite. Die Salzburgerin war zufrieden.",
    )
    assert p["Peter Gruber"].affiliation == "Deutschland"
    assert "Der 31-jährige Deutsche" in _mentions(p["Peter Gruber"])
    assert p["Anna Moser"].affiliation == "Österreich"


def test_place_adjective_before_a_noun_is_no_person_noun(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Anna Moser sprach lange. Der Salzburger Landtag stimmte zu.")
    assert p["Anna Moser"].affiliation is None


def test_inhabitant_noun_of_the_other_gender_does_not_refer_back(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Bürgermeisterin Maria Huber sprach lange. Der Italiener war zufrieden.")
    assert p["Maria Huber"].affiliation != "Italien"


def test_country_of_origin_after_the_name(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Im Viertelfinale traf sie auf Jennifer Wilson aus Kanada. Danach reiste Peter Novak "
        "aus Frankreich an.",
    )
    assert p["Jennifer Wilson"].affiliation == "Kanada"
    assert p["Peter Novak"].affiliation != "Frankreich"


def test_short_party_forms_in_brackets(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Bürgermeister Kurt Weber (VP) verhandelt seit einem Jahr. Stadtrat Hans Auer (FP) "
        "ist dagegen.",
    )
    assert p["Kurt Weber"].affiliation == "ÖVP"
    assert p["Hans Auer"].affiliation == "FPÖ"


def test_compatriot_shares_the_possessors_country(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Der Deutsche Eric Frenzel gewann. Er führt nun 97 Zähler vor seinem Landsmann Fabian "
        "Rießle. Diego Costa spielt wieder, nachdem der gebürtige Brasilianer geschont wurde. "
        "Sein Landsmann Willian zeigte sich motiviert.",
    )
    assert p["Fabian Rießle"].affiliation == "Deutschland"
    assert "seinem Landsmann" in _mentions(p["Fabian Rießle"])
    assert p["Fabian Rießle"].roles == []  # a compatriot is no role
    assert p["Willian"].affiliation == "Brasilien"


def test_compatriot_of_the_subject_not_of_a_prepositional_object(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Der Weltcupleader gewann vor dem Japaner Akito Watabe und mehr als eine Minute vor "
        "seinem Landsmann Fabian Rießle.",
    )
    assert p["Fabian Rießle"].affiliation != "Japan"


def test_new_agent_noun_heads(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Ihr Nachfolger ist der 38-jährige Zahntechniker Michael Ehmann. "
        "Dagegen sprach sich Neos-Mandatar Gerald Loacker aus.",
    )
    assert p["Michael Ehmann"].roles == ["Zahntechniker"]
    assert p["Gerald Loacker"].roles == ["Neos-Mandatar"]
    assert p["Gerald Loacker"].affiliation == "Neos"


def test_inhabitant_noun_after_an_extended_attribute(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Der als Nummer zwei gesetzte Spanier David Ferrer siegte.")
    assert p["David Ferrer"].affiliation == "Spanien"
