"""Entity rules of session 15: roles and affiliations (sentences written for the tests; blank
German pipeline with the NER's spans given by hand unless a test needs the trained one)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.stage import _office_forms
from tests.test_entities_rules import _with_ner
from tests.test_entities_session11 import person
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def test_feminine_office_matches_its_masculine_form() -> None:
    assert "gesundheitsminister" in _office_forms("Gesundheitsministerin")
    assert "landesrat" in _office_forms("Landesrätin")
    assert "präfekt" in _office_forms("Präfektin")
    assert _office_forms("Minister") == {"minister"}


def test_feminine_minister_of_a_report_from_one_place_takes_its_country(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Zagreb – Die Regierung plant neue Gesetze. Innenministerin Ana Kovač kündigte sie an.",
        [("Ana Kovač", "PER"), ("Zagreb", "LOC")],
        dateline="Zagreb",
    )
    assert person(ents, "Ana Kovač").affiliation == "Kroatien"


def test_council_and_parliament_members_take_the_dateline_country(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Innsbruck – Für den Posten wurden der Landtagsabgeordnete Kurt Ebner und die "
        "Gemeinderätin Ulrike Wolf gehandelt. Senator Tom Baker sagte ab.",
        [("Kurt Ebner", "PER"), ("Ulrike Wolf", "PER"), ("Tom Baker", "PER"), ("Innsbruck", "LOC")],
        dateline="Innsbruck",
    )
    assert person(ents, "Kurt Ebner").affiliation == "Österreich"
    assert person(ents, "Ulrike Wolf").affiliation == "Österreich"
    # a national office: Austria is named no less often than any other country (not at all)
    assert person(ents, "Tom Baker").affiliation == "Österreich"


def test_council_member_abroad_keeps_the_country_named_nearby(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Wien – In Frankreich gibt es Streit. Frankreich zahlt, Frankreich streitet. Die "
        "Präfektin Claire Morel räumt das Lager.",
        [("Claire Morel", "PER"), ("Wien", "LOC"), ("Frankreich", "LOC")],
        dateline="Wien",
    )
    # France is named three times more often than Austria: not the dateline's country
    assert person(ents, "Claire Morel").affiliation != "Österreich"


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_grading_adverb_inside_a_role_phrase(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Karl Huber, ein viel gelesener griechischer Blogger, schrieb das.")
    assert p["Karl Huber"].roles == ["viel gelesener griechischer Blogger"]
    assert p["Karl Huber"].affiliation == "Griechenland"
    p = _persons(nlp_de, "Der sehr erfolgreiche Trainer Karl Huber kam am Montag.")
    assert p["Karl Huber"].roles == ["sehr erfolgreicher Trainer"]


def test_second_conjunct_of_an_apposition_is_the_role(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Anna Berger, eine streitbare Querdenkerin und die Sprecherin der Initiative, kritisierte "
        "den Plan.",
    )
    assert p["Anna Berger"].roles == ["Sprecherin der Initiative"]
    # no role when a name stands in the first part ("X, Merkel und der Minister Y")
    p = _persons(
        nlp_de, "Karl Huber, Maria Bauer und der Minister Josef Gruber trafen sich in Wien."
    )
    assert p["Karl Huber"].roles == []


def test_bare_parliament_as_affiliation_gives_the_country(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Graz – Der Landtag tagte am Montag. Die Landtagspräsidentin Eva Maier eröffnete die "
        "Sitzung.",
        [("Eva Maier", "PER"), ("Landtag", "ORG"), ("Graz", "LOC")],
        dateline="Graz",
    )
    assert person(ents, "Eva Maier").affiliation == "Österreich"


def test_role_before_the_name_with_a_name_of_several_words_in_its_complement(
    nlp_de: Language,
) -> None:
    p = _persons(nlp_de, "Das sagte der Gitarrist der Band Guns of the Desert, Karl Huber.")
    assert p["Karl Huber"].roles == ["Gitarrist der Band Guns of the Desert"]


def test_role_before_the_name_with_selbst_or_a_bracket_after_the_name(
    nlp_de: Language,
) -> None:
    p = _persons(nlp_de, "Der Direktor selbst, Karl Huber, trat am Montag zurück.")
    assert p["Karl Huber"].roles == ["Direktor"]
    p = _persons(
        nlp_de, "Der Sprecher der Regierung, Karl Huber (Spitzname Kalle), wurde entlassen."
    )
    assert p["Karl Huber"].roles == ["Sprecher der Regierung"]


def test_role_of_the_person_named_before_is_not_the_next_ones(nlp_de: Language) -> None:
    p = _persons(
        nlp_de, "In der Jury sitzen der Germanist Klaus Amann, Sandra Kegel (FAZ) und andere."
    )
    assert p["Klaus Amann"].roles == ["Germanist"]
    assert p["Sandra Kegel"].roles == []


def test_origin_country_with_a_plural_article(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Der Bericht stammt von Tom Baker aus den USA, der ihn am Montag vorlegte.",
        [("Tom Baker", "PER")],
    )
    assert person(ents, "Tom Baker").affiliation == "USA"


def test_former_office_with_ex_is_a_home_office(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Wien – Der Prozess beginnt im Herbst. Ex-Finanzminister Karl Huber bestreitet alles.",
        [("Karl Huber", "PER"), ("Wien", "LOC")],
        dateline="Wien",
    )
    assert person(ents, "Karl Huber").affiliation == "Österreich"
