"""Roles and affiliations of session 21 (sentences written for the tests; the trained German
pipeline where a test needs it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.evaluate import affiliation_ok
from newsgraph.entities.lexicon import load_lexicon
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_club_prefix_is_no_organisation_alone(nlp_de: Language) -> None:
    # "der Trainer des FC Bayern München, X": the comma apposition took "FC" (an acronym
    # after "des") as the organisation
    p = _persons(nlp_de, "Ein Bericht\n\nDas sagte der Trainer des FC Bayern München, Karl Huber.")
    assert p["Karl Huber"].affiliation not in (None, "FC")
    assert "Bayern" in (p["Karl Huber"].affiliation or "")


def test_an_acronym_after_the_kind_of_organisation_names_it(nlp_de: Language) -> None:
    text = "Ein Bericht\n\nDer Vorsitzende der Gewerkschaft GPA, Karl Huber, warnte am Montag."
    assert _persons(nlp_de, text)["Karl Huber"].affiliation == "GPA"


def test_the_last_word_of_an_organisation_name_in_a_role_complement(nlp_de: Language) -> None:
    # "der Vorstandschef der Hagelversicherung, X" after "der Österreichischen
    # Hagelversicherung": the organisation under its name, not inflected
    text = (
        "Ein Bericht\n\n"
        "Bei der Österreichischen Hagelversicherung gingen viele Meldungen ein, berichtete der "
        "Vorstandschef der Hagelversicherung, Karl Huber, am Freitag."
    )
    assert _persons(nlp_de, text)["Karl Huber"].affiliation == "Österreichische Hagelversicherung"


def test_the_word_after_a_club_prefix_in_a_role_compound(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Der SK Sturm Graz spielte am Sonntag remis. Sturm-Coach Karl Huber war nicht unglücklich."
    )
    assert _persons(nlp_de, text)["Karl Huber"].affiliation == "Sturm Graz"


def test_a_region_in_a_role_complement_before_the_name_gives_its_country(nlp_de: Language) -> None:
    # "der Gouverneur von Michigan, X": the comma apposition read countries only
    text = (
        "Ein Bericht\n\n"
        "Zu der Anhörung war unter anderem der Gouverneur von Michigan, Karl Huber, geladen."
    )
    assert _persons(nlp_de, text)["Karl Huber"].affiliation == "USA"


def test_a_feminine_noun_in_in_before_a_full_name_is_a_role(nlp_de: Language) -> None:
    # HanTa segments "Favoritin", "Heldin" into a noun and the feminine suffix -in
    text = (
        "Ein Bericht\n\n"
        "Dies haben unter anderem die demokratische Favoritin Anna Berger und der Bewerber "
        "Karl Huber bereits getan.\n\n"
        "Am Abend kam die Heldin Maria Gruber nach Hause."
    )
    p = _persons(nlp_de, text)
    assert p["Anna Berger"].roles == ["demokratische Favoritin"]
    assert p["Maria Gruber"].roles == ["Heldin"]


def test_a_masculine_word_in_in_is_no_role(nlp_de: Language) -> None:
    # guard: HanTa also segments "Termin" as Term + -in
    text = "Ein Bericht\n\nAm Montag sprach er über den Termin Anna Bergers beim Arzt."
    p = _persons(nlp_de, text)
    assert all(not e.roles for e in p.values())


def test_the_scorer_finds_an_organisation_inflected_in_the_gold_roles() -> None:
    # session 21: "Deutsche Post" against gold roles "Konzernchef der Deutschen Post" was
    # counted wrong (organisations of no lexicon entry, so no country decides)
    lex = load_lexicon()
    gold = {"country": "Österreich", "roles": ["Obmann der Steirischen Hagelkasse"]}
    assert affiliation_ok("Steirische Hagelkasse", gold, lex)
    assert not affiliation_ok("Steirische Feuerkasse", gold, lex)
    assert not affiliation_ok("Hagel", gold, lex)
    # a genitive, of the name's head as before or of its last word
    gold = {"country": "Österreich", "roles": ["Obmann des Grazer Hagelvereins"]}
    assert affiliation_ok("Grazer Hagelverein", gold, lex)
    gold = {"country": "Österreich", "roles": ["Vorsitzender des Zentralrats Steirischer Bauern"]}
    assert affiliation_ok("Zentralrat Steirischer Bauern", gold, lex)
