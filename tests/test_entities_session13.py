"""Entity rules of session 13 (roles, affiliations, mentions): inhabitant nouns after
attributes and of regions, feminine inhabitant nouns as mentions. Sentences written for the
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity
from newsgraph.nlp import load_pipeline, nlp_available
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de() -> Language:
    if not nlp_available("de"):
        pytest.skip("the trained German pipeline is not installed")
    return load_pipeline("de")


def _persons(nlp: Language, text: str) -> dict[str, Entity]:
    art = analyze(make_article(text), stages=["entities"], nlp=nlp)
    return {e.name: e for e in art.entities if e.type == "PER"}


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
