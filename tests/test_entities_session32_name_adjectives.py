"""Adjectives the NER cut off an organisation's name (session 32, helper orgs2, issue #3): a
capitalised adjective inside a sentence is part of the name ("der Israelitischen
Kultusgemeinde Wien", "an die Neue Galerie Linz"), a region's adjective names a bare body
("die bayerische Landesregierung" … "die Landesregierung"), and a nominalised adjective before
a club's name stays out of it ("den Vierten Admira Wacker"). Sentences written for the tests;
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.entities.name_adjectives import region_body_country, region_of_adjective
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _orgs(nlp: Language, text: str) -> dict[str, list[str]]:
    art = make_article(text)
    analyze(art, stages=["entities"], nlp=nlp)
    return {e.name: [m.text for m in e.mentions] for e in art.entities if e.type == "ORG"}


def test_a_capitalised_adjective_inside_a_sentence_starts_the_name(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Der Präsident der Israelitischen Kultusgemeinde Wien kritisierte am Montag den "
        "Beschluss des Gemeinderats.",
    )
    assert "Israelitische Kultusgemeinde Wien" in orgs, orgs
    assert "Kultusgemeinde Wien" not in orgs
    orgs = _orgs(
        nlp_de,
        "Das Bild geht als Leihgabe an die Neue Galerie Linz, teilte das Museum am Freitag mit.",
    )
    assert "Neue Galerie Linz" in orgs, orgs


def test_a_region_adjective_names_the_bare_body_and_its_later_mentions(
    nlp_de: Language,
) -> None:
    orgs = _orgs(
        nlp_de,
        "Die Partei reichte am Montag Klage gegen die bayerische Landesregierung ein. Am "
        "Dienstag bestätigte die Landesregierung den Eingang der Klage.",
    )
    assert orgs.get("bayerische Landesregierung") == ["bayerische Landesregierung",
                                                       "Landesregierung"], orgs  # fmt: skip
    assert "Landesregierung" not in orgs


def test_a_nominalised_adjective_before_a_club_is_no_name_part(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Die Salzburger treffen am Sonntag auswärts auf den Vierten Admira Wacker.",
    )
    assert not any(name.startswith("Vierte") for name in orgs), orgs


def test_region_adjectives_are_read_from_the_region_list() -> None:
    assert region_of_adjective("bayerische") == "Bayern"
    assert region_of_adjective("steiermärkischen") == "Steiermark"
    assert region_of_adjective("steirischen") == "Steiermark"
    assert region_of_adjective("Bayerische") is None  # capitalised: a name part, not this rule
    assert region_of_adjective("ungarische") is None  # a country's adjective


def test_a_region_body_as_affiliation_says_the_country() -> None:
    # "die Erste Landtagspräsidentin" of "der steiermärkische Landtag": the bare body gave
    # the country (generic_bodies), the region's body gives it as well
    lex = load_lexicon()
    assert region_body_country("steiermärkischer Landtag", lex) == "Österreich"
    assert region_body_country("Niederösterreichischer Landtag", lex) == "Österreich"
    assert region_body_country("bayerische Landesregierung", lex) == "Deutschland"
    assert region_body_country("Israelitische Kultusgemeinde Wien", lex) is None
    assert region_body_country("steiermärkische Sparkasse", lex) is None
