"""Entity rules of session 10, round 3: organisations introduced by a company or authority
noun (sentences written for the tests; blank German pipeline, the statistical NER's spans
given by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Entity
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def by_type(entities: list[Entity], kind: str) -> set[str]:
    return {e.name for e in entities if e.type == kind}


def test_company_with_a_persons_name_after_an_intro_noun_is_an_organisation(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Weil Fred Kohlhaas keine Entschädigung zahlte, klagte ein Kunde. Der Versicherer "
        "Fred Kohlhaas wies die Vorwürfe zurück. Sie arbeitete beim Hersteller Karl Webers.",
        [("Fred Kohlhaas", "PER"), ("Karl Webers", "PER")],
    )
    assert "Fred Kohlhaas" in by_type(ents, "ORG")
    assert "Fred Kohlhaas" not in by_type(ents, "PER")
    # the owner in the genitive stays a person (named without the genitive -s since session 11)
    assert "Karl Weber" in by_type(ents, "PER")


def test_service_provider_and_authority_compounds_introduce_organisations(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Der Internetdienstleister Nordnet Digital rechnet mit mehr Kunden. Die "
        "EU-Lebensmittelbehörde Efsa warnt vor Rückständen.",
        [("Nordnet Digital", "PER"), ("Efsa", "PER")],
    )
    orgs = by_type(ents, "ORG")
    assert {"Nordnet Digital", "Efsa"} <= orgs
    assert not {"Nordnet Digital", "Efsa"} & by_type(ents, "PER")


def test_common_noun_object_after_an_intro_noun_is_no_organisation(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Spieler nahmen auf der Bank Platz. Der Minister muss der Gewerkschaft Recht geben.",
        [],
    )
    orgs = by_type(ents, "ORG")
    assert "Platz" not in orgs
    assert "Recht" not in orgs


def test_enumeration_after_an_intro_noun_names_organisations(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Preise treiben die Hersteller Bosch, Miele, Liebherr und Kaldera in die Höhe. Der "
        "Vorsitzende der Partei Recht und Gerechtigkeit schwieg.",
        [("Kaldera", "PER")],
    )
    orgs = by_type(ents, "ORG")
    assert {"Bosch", "Miele", "Liebherr", "Kaldera"} <= orgs
    assert "Kaldera" not in by_type(ents, "PER")
    assert "Gerechtigkeit" not in orgs


def test_name_with_a_sequel_number_is_a_work_not_a_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Er nennt Dark Harbor 2 und Iron Orchid 3 als Vorbilder. Das Spiel endete 2:1 für "
        "Tom Berger.",
        [("Dark Harbor", "PER"), ("Iron Orchid", "PER"), ("Tom Berger", "PER")],
    )
    people = by_type(ents, "PER")
    assert not {"Dark Harbor", "Iron Orchid"} & people
    assert "Tom Berger" in people


def test_given_name_a_rule_read_as_an_organisation_is_no_person_elsewhere(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Die EU-Lebensmittelbehörde Armin prüft die Proben. Die Ware sei gefälscht, so Armin.",
        [("Armin", "PER")],
    )
    assert "Armin" in by_type(ents, "ORG")
    assert "Armin" not in by_type(ents, "PER")
    # a person of the article who bears the name keeps it
    ents = _with_ner(
        blank,
        "Die EU-Lebensmittelbehörde Armin prüft die Proben. Armin Wolf schwieg, so Armin.",
        [("Armin", "PER"), ("Armin Wolf", "PER")],
    )
    assert "Armin Wolf" in by_type(ents, "PER")
