"""Roles and affiliations of session 28 (helper "roles"; sentences written for the tests; the
trained German pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.entities.roles import _person_words
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_country_genitive_opening_a_sentence_points_back(nlp_de: Language) -> None:
    text = (
        "Er kann Tore schießen, sagte Morten Olsen. "
        "Dänemarks Teamchef hat den Spieler ebenfalls schon nominiert."
    )
    olsen = _persons(nlp_de, text)["Morten Olsen"]
    assert olsen.roles == ["Teamchef"]
    assert olsen.affiliation == "Dänemark"
    assert "Dänemarks Teamchef" in {m.text for m in olsen.mentions}


def test_a_country_genitive_before_a_team_noun_names_no_person(nlp_de: Language) -> None:
    text = "Das sagte Peter Huber am Montag. Portugals Meister muss heute in Moskau antreten."
    huber = _persons(nlp_de, text)["Peter Huber"]
    assert huber.roles == []
    assert huber.affiliation is None


def test_a_person_in_a_complement_is_no_affiliation(nlp_de: Language) -> None:
    persons = _persons(nlp_de, "Nedeljko Bilalic ist Kampagnenleiter von Rudolf Hundstorfer.")
    assert persons["Nedeljko Bilalic"].roles == ["Kampagnenleiter von Rudolf Hundstorfer"]
    assert persons["Nedeljko Bilalic"].affiliation is None
    persons = _persons(nlp_de, "Das sagte Karl Huber, Sprecher von Bürgermeister Michael Ludwig.")
    assert persons["Karl Huber"].affiliation is None


def test_person_words() -> None:
    lex = load_lexicon()
    assert _person_words(["Rudolf", "Hundstorfer"], lex)
    assert _person_words(["Bürgermeister", "Michael", "Ludwig"], lex)
    assert not _person_words(["Karl", "Landsteiner", "Privatuniversität"], lex)
    assert not _person_words(["Deutschen", "Bank"], lex)
    assert not _person_words(["Red", "Bull"], lex)


def test_a_person_named_inside_the_statement_is_not_its_speaker(nlp_de: Language) -> None:
    text = (
        "Er entdeckte einen Fehler. "
        "Ich hätte sogar Justin Biebers Kommentare entfernen können, sagte der Hacker."
    )
    assert _persons(nlp_de, text)["Justin Bieber"].roles == []
    # a person before a colon that opens the statement is still its speaker
    text = "Sebastian Kurz betonte: Wir werden das nicht tun, sagte der Außenminister am Montag."
    assert _persons(nlp_de, text)["Sebastian Kurz"].roles == ["Außenminister"]


def test_an_inherited_office_takes_the_gender_of_the_relation_noun() -> None:
    from newsgraph.entities.stage import _gendered

    lex = load_lexicon()
    assert _gendered("Kanzler", True, lex) == "Kanzlerin"  # "seine deutsche Amtskollegin X"
    assert _gendered("Schauspielerin", False, lex) == "Schauspieler"  # "ihr Kollege X"
    assert _gendered("Landesrat", True, lex) == "Landesrätin"
    assert _gendered("Außenminister", False, lex) == "Außenminister"


def test_a_colleague_of_a_chancellor_is_a_chancellor_in_her_own_gender(nlp_de: Language) -> None:
    text = (
        "Kanzler Werner Faymann und seine deutsche Amtskollegin Angela Merkel zogen damals "
        "an einem Strang."
    )
    assert "Kanzlerin" in _persons(nlp_de, text)["Angela Merkel"].roles


def test_the_name_after_an_organisation_kind_is_the_affiliation(nlp_de: Language) -> None:
    text = (
        "Das sagte Christoph Bals, politischer Geschäftsführer der Umwelt- und "
        "Entwicklungsorganisation Germanwatch."
    )
    assert _persons(nlp_de, text)["Christoph Bals"].affiliation == "Germanwatch"
    text = (
        "Der politische Geschäftsführer der Umwelt- und Entwicklungsorganisation Germanwatch, "
        "Christoph Bals, erklärte das."
    )
    assert _persons(nlp_de, text)["Christoph Bals"].affiliation == "Germanwatch"


def test_name_after_kind() -> None:
    from newsgraph.entities.roles import _name_after_kind

    lex = load_lexicon()
    assert _name_after_kind(["Hilfsorganisation", "Caritas"], lex) == ["Caritas"]
    assert _name_after_kind(["Stiftung", "Warentest"], lex) is None  # the kind is the name's


def test_new_person_nouns_before_a_name(nlp_de: Language) -> None:
    text = "Tausende folgen den Spuren des Propheten Mohammed."
    assert _persons(nlp_de, text)["Mohammed"].roles == ["Prophet"]
    text = "Das Grab des jüdischen Stammvaters Abraham liegt in Hebron."
    assert _persons(nlp_de, text)["Abraham"].roles
