"""Entity rules of session 15: roles and affiliations (sentences written for the tests; blank
German pipeline with the NER's spans given by hand unless a test needs the trained one)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.stage import _office_forms
from tests.test_entities_rules import _with_ner
from tests.test_entities_session11 import person


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
