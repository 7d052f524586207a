"""The English clean-up of the rule-based entity layer, on sentences written for the tests.

English has no trained model: ``load_pipeline("en")`` is a blank pipeline with a sentencizer,
and the entities come from the capitalisation rules plus ``newsgraph.entities.english``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.english import is_english, load_english
from newsgraph.entities.stage import extract_entities
from newsgraph.model import Article, Entity, ParagraphBlock, Source, SubheadingBlock
from newsgraph.nlp import load_pipeline
from newsgraph.pipeline import Segment


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline("en")


def analyse(nlp: Language, *paragraphs: str, heading: str | None = None) -> list[Entity]:
    parts = ([heading] if heading else []) + list(paragraphs)
    text = "\n".join(parts)
    blocks: list[ParagraphBlock | SubheadingBlock] = []
    pos = 0
    for k, p in enumerate(parts):
        cls = SubheadingBlock if heading and k == 0 else ParagraphBlock
        blocks.append(cls(text=p, start=pos, end=pos + len(p)))
        pos += len(p) + 1
    article = Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        blocks=blocks,  # type: ignore[arg-type]
    )
    segments = [
        Segment(b.start, b.end, b.type, i, nlp(b.text)) for i, b in enumerate(article.blocks)
    ]
    entities, _ = extract_entities(article, segments)
    return entities


def names(entities: list[Entity], type_: str | None = None) -> set[str]:
    return {e.name for e in entities if type_ is None or e.type == type_}


def test_language_check() -> None:
    assert is_english("en") and is_english("en-GB") and is_english("EN_us")
    assert not is_english("de") and not is_english(None)


def test_word_lists_load() -> None:
    words = load_english()
    assert words.countries["u.s."] == "United States"
    assert words.country_de["United States"] == "USA"
    assert words.demonyms["french"] == "France"
    assert ("prime", "minister") in words.roles


def test_determiner_and_country_are_no_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The United States beat Canada on Friday. The French pair won the doubles later.",
    )
    assert "The United States" not in names(ents)
    assert "United States" in names(ents, "LOC")
    assert not any("French" in n for n in names(ents))
    assert not names(ents, "PER")


def test_role_before_name(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "President Maria Lindqvist met Dr. Paul Okafor in the capital on Tuesday.",
        "Lindqvist said the talks went well.",
    )
    persons = {e.name: e for e in ents if e.type == "PER"}
    assert "Maria Lindqvist" in persons and "President" in persons["Maria Lindqvist"].roles
    assert "Paul Okafor" in persons
    # the surname alone is the same person
    texts = [m.text for m in persons["Maria Lindqvist"].mentions]
    assert "Maria Lindqvist" in texts and "Lindqvist" in texts
    assert not any(n.startswith(("President", "Dr")) for n in persons)


def test_possessive_is_cut(nlp: Language) -> None:
    ents = analyse(nlp, "Yesterday Paul Benedetti's lawyers appealed. Benedetti's team was calm.")
    persons = [e for e in ents if e.type == "PER"]
    assert [e.name for e in persons] == ["Paul Benedetti"]
    assert all("'s" not in m.text for m in persons[0].mentions)


def test_headline_in_capitals(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Norway won the match 3-1 at 2 p.m. local time (1300 GMT) in Oslo.",
        heading="NORWAY CRUISES PAST HOSTS",
    )
    found = names(ents)
    assert not found & {"CRUISES", "PAST", "HOSTS", "GMT"}


def test_acronym_kept_outside_headings(nlp: Language) -> None:
    ents = analyse(nlp, "The agency said NASA would launch the probe from Florida next year.")
    assert "NASA" in names(ents, "ORG")


def test_postal_code_after_comma(nlp: Language) -> None:
    ents = analyse(nlp, "The concert in Houston, TX was sold out within a day.")
    assert "TX" not in names(ents)


def test_sentence_initial_words_and_months(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "When Hannah Lorimer arrived in December, nobody expected her. "
        "Monday was quiet. This Week the board will meet.",
    )
    found = names(ents)
    assert "Hannah Lorimer" in names(ents, "PER")
    assert not any(n.startswith("When") for n in found)
    assert not found & {"Monday", "December", "This Week"}


def test_team_after_the_is_no_person(nlp: Language) -> None:
    ents = analyse(nlp, "The Falconers beat the Rovers 2-0 as Tomas Heller scored twice.")
    assert names(ents, "PER") == {"Tomas Heller"}
    assert "Falconers" in names(ents, "ORG")


def test_one_word_after_the(nlp: Language) -> None:
    ents = analyse(nlp, "The Hill reported that the Davis Cup starts in Madrid.")
    assert "Hill" in names(ents, "ORG")
    assert not names(ents, "PER")


def test_institution_heads_and_places(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Researchers at the Karl Lindgren Institute and doctors at Victoria Hospital in "
        "Hong Kong published the study with Anna Solberg.",
    )
    assert "Karl Lindgren Institute" in names(ents, "ORG")
    assert "Victoria Hospital" in names(ents, "ORG")
    assert "Hong Kong" in names(ents, "LOC")
    assert names(ents, "PER") == {"Anna Solberg"}


def test_hyphenated_given_name(nlp: Language) -> None:
    ents = analyse(nlp, "Later Jean-Marc Duval signed the contract in Lyon.")
    assert "Jean-Marc Duval" in names(ents, "PER")


def test_capitals_for_emphasis_and_dateline(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "TORONTO (Reuters) - The council said the plan was ready.",
        "Step one is the PLAN stage, and the ACME group will fund it.",
    )
    assert "PLAN" not in names(ents)  # "plan" is written in lower case too
    assert "ACME" in names(ents, "ORG")
    assert "TORONTO" in names(ents, "LOC")


def test_role_inside_a_capitalised_run(nlp: Language) -> None:
    ents = analyse(nlp, "Yesterday Nordwind Logistics Chief Executive Paul Hartley resigned.")
    persons = {e.name: e for e in ents if e.type == "PER"}
    assert "Paul Hartley" in persons
    assert "Chief Executive" in persons["Paul Hartley"].roles


def test_possessive_apostrophe_after_s(nlp: Language) -> None:
    ents = analyse(nlp, "It was Paul Jennings' third title. Jennings' coach was pleased.")
    persons = [e for e in ents if e.type == "PER"]
    assert [e.name for e in persons] == ["Paul Jennings"]
    assert [m.text for m in persons[0].mentions] == ["Paul Jennings", "Jennings"]


def test_title_case_heading_after_the(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The Monthly Fee Seems High",
        "The Doobie Brothers played while Laura Brennan sang along.",
    )
    found = names(ents)
    assert not any("Monthly" in n for n in found)
    assert "Doobie Brothers" in names(ents, "ORG")
    assert "Laura Brennan" in names(ents, "PER")


def test_the_byline_author_has_an_english_role(nlp: Language) -> None:
    text = "Jane Doe met the mayor of Springfield on Monday. She said the talks went well."
    article = Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        authors=["Mike Wall"],
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],  # type: ignore[list-item]
    )
    segments = [Segment(0, len(text), "paragraph", 0, nlp(text))]
    entities, _ = extract_entities(article, segments)
    (author,) = [e for e in entities if e.name == "Mike Wall"]
    assert author.roles == ["author"]
