"""Entity rules of session 11, round 2: the news-tuned NER's span shapes (sentences written
for the tests; blank German pipeline, the statistical NER's spans given by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Entity
from newsgraph.pipeline import Segment
from tests.test_entities_rules import _with_ner, make_article, tag_spans


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def persons(entities: list[Entity]) -> list[str]:
    return sorted(e.name for e in entities if e.type == "PER")


def test_unlisted_genitive_name_before_a_noun_ends_the_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Gezeigt wird Maria Lindqvists Reisebericht aus Lappland. Im Kino läuft "
        "Paul Ostergaards Segelabenteuer Nordwind an.",
        [("Maria Lindqvists Reisebericht", "PER"), ("Paul Ostergaards Segelabenteuer", "PER")],
    )
    assert persons(ents) == ["Maria Lindqvist", "Paul Ostergaard"]


def test_first_name_or_listed_name_in_s_inside_the_span_stays(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Der Vorsitzende Peter Hans Bergmann sprach. Der Sänger Ostergaards Bergmann kam nicht.",
        [("Peter Hans Bergmann", "PER"), ("Ostergaards Bergmann", "PER")],
    )
    # "Hans" is a first name; a span not opened by a first name is not cut either
    assert "Peter Hans Bergmann" in persons(ents)
    assert "Ostergaard" not in persons(ents)


def orgs(entities: list[Entity]) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities if e.type == "ORG"}


def test_place_adjective_and_institution_noun_name_an_organisation(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Er spielte bei den Grazer Symphonikern und sang an der Linzer Staatsoper. Die "
        "Debatte im Klagenfurter Landtag dauerte. Die Dresdner Philharmoniker kamen auch.",
        [],
    )
    found = orgs(ents)
    assert found["Grazer Symphoniker"] == ["Grazer Symphonikern"]
    assert "Linzer Staatsoper" in found
    assert "Klagenfurter Landtag" in found
    assert "Dresdner Philharmoniker" in found


def test_place_adjective_before_other_nouns_or_a_seat_name_is_no_new_body(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Grazer Psychologen warnten davor. Die Wiener Universität Wien-Nord wächst. Der "
        "Grazer Verkehrsverbund (GVB) und der Verkehrsverbund gaben nach.",
        [("Verkehrsverbund", "ORG"), ("GVB", "ORG")],
    )
    found = orgs(ents)
    assert not any(name.startswith("Grazer Psycho") for name in found)
    assert "Wiener Universität" not in found
    # the body named with the place adjective and without it is one organisation
    assert [n for n in found if "Verkehrsverbund" in n] == ["Grazer Verkehrsverbund"]


def test_weak_role_noun_after_a_bare_preposition_is_singular(blank: Language) -> None:
    text = (
        "Das Land nahm einen Vorschlag von Kommissionspräsidenten Marek Holub an. Später "
        "sprach sie mit Präsidenten Tomás Ferreira."
    )
    art = make_article(text)
    doc = blank(art.text)
    for tok in doc:
        if tok.text.endswith("enten"):
            tok.set_morph("Number=Plur")  # the tagger's reading of the -en form
    doc = tag_spans(doc, [("Marek Holub", "PER"), ("Tomás Ferreira", "PER")])
    ents, _ = extract_entities(art, [Segment(0, len(art.text), "paragraph", 0, doc)])
    by_name = {e.name: e for e in ents if e.type == "PER"}
    assert by_name["Marek Holub"].roles == ["Kommissionspräsident"]
    assert by_name["Tomás Ferreira"].roles == ["Präsident"]


def test_invariable_place_adjective_in_a_role_gives_the_country(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Im Finale steht der Schweizer Jungstar Lara Imhof. Der Wiener Polizeisprecher Paul "
        "Gruber bestätigte das.",
        [("Lara Imhof", "PER"), ("Paul Gruber", "PER")],
    )
    by_name = {e.name: e for e in ents if e.type == "PER"}
    assert by_name["Lara Imhof"].affiliation == "Schweiz"
    assert by_name["Paul Gruber"].affiliation == "Österreich"


def test_office_noun_after_als_after_a_name_is_a_role(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Zwar scheiterte Nikos Andreou als griechischer Finanzminister, doch er macht weiter. "
        "Das brachte Karl Wendt mehr als Minister. Sie sah Eva Roth als die Siegerin.",
        [("Nikos Andreou", "PER"), ("Karl Wendt", "PER"), ("Eva Roth", "PER")],
    )
    by_name = {e.name: e for e in ents if e.type == "PER"}
    assert by_name["Nikos Andreou"].roles == ["griechischer Finanzminister"]
    assert by_name["Nikos Andreou"].affiliation == "Griechenland"
    assert by_name["Karl Wendt"].roles == []  # a comparison
    assert by_name["Eva Roth"].roles == []  # with an article: not read here
