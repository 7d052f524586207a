"""Bare state institutions as organisations (session 25): "die Polizei", "die
Staatsanwaltschaft" in an article with no dateline country are the gold's bare organisations,
and the quote speaker is that same entity. Sentences written for the tests; blank German
pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.stage import extract_entities
from newsgraph.pipeline import Segment
from newsgraph.quotes.extract import extract_quotes
from tests.test_speakers_orgs import entities_of, make_article, names


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def test_a_bare_police_without_a_dateline_is_an_organisation(blank: Language) -> None:
    text = "Die Polizei nahm am Montag zwei Männer fest. Sie waren mit dem Auto unterwegs."
    assert "Polizei" in names(entities_of(blank, text), "ORG")
    text = "Die Staatsanwaltschaft ermittelt gegen zwei Männer wegen Betrugs."
    assert "Staatsanwaltschaft" in names(entities_of(blank, text), "ORG")


def test_a_genitive_or_a_seat_keeps_it_out(blank: Language) -> None:
    text = "Für Mitglieder der Polizei gilt die Regel nicht. Das Gesetz tritt im Mai in Kraft."
    assert not any("Polizei" in n for n in names(entities_of(blank, text), "ORG"))
    # a dateline country outweighed by another country: whose police is unclear, no entity
    text = "Die Polizei nahm in der Türkei zwölf Menschen fest. Die Türkei steht unter Druck."
    orgs = names(entities_of(blank, text, dateline="Havanna"), "ORG")
    assert not any("Polizei" in n for n in orgs)


def test_the_speaker_is_the_bare_entity(blank: Language) -> None:
    text = (
        "Die Polizei nahm am Montag zwei Männer fest. „Sie waren bewaffnet“, sagte die Polizei. "
        "Der Fall sei aufgeklärt, teilte die Polizei am Abend mit."
    )
    art = make_article(text)
    art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, blank(text))])
    quotes = extract_quotes(art)
    ents = art.entities
    police = [e for e in ents if e.type == "ORG" and "Polizei" in e.name]
    assert [e.name for e in police] == ["Polizei"]
    assert quotes and all(q.speaker is not None and q.speaker.id == police[0].id for q in quotes)


def test_well_known_bodies_named_bare_are_organisations(blank: Language) -> None:
    text = (
        "Wie Eurostat am Mittwoch mitteilte, sank die Quote. Die Industrie verlief laut Wifo "
        "verhalten, die Forscher des Cern widersprachen."
    )
    assert {"Eurostat", "Wifo", "Cern"} <= names(entities_of(blank, text), "ORG")


def test_a_bare_national_guard_without_a_dateline_country(blank: Language) -> None:
    # gnad-0580 (shortened): the gold lists "Nationalgarde" bare; a genitive keeps it out
    text = "Die Nationalgarde setzte Rettungshubschrauber ein, um Menschen von Dächern zu holen."
    assert "Nationalgarde" in names(entities_of(blank, text), "ORG")
    text = "Ein Sprecher der Nationalgarde kam nicht. Das Wasser stieg am Abend."
    assert not any("Nationalgarde" in n for n in names(entities_of(blank, text), "ORG"))


def test_more_well_known_bodies_named_bare(blank: Language) -> None:
    # gnad-0729, gnad-0199, gnad-0459 (shortened): bodies the gold lists that no rule found
    text = (
        "Im Jahr 2013 wurden die Muslimbrüder von der Macht verdrängt. Er ist ein Getriebener "
        "der Skeptiker bei den Tories. Der Presserat hatte die Zeitung gerügt."
    )
    assert {"Muslimbrüder", "Tories", "Presserat"} <= names(entities_of(blank, text), "ORG")


def test_the_magazine_wired_named_bare(blank: Language) -> None:
    # gnad-0229 (shortened): "Das berichtete Wired vor einigen Monaten."
    text = "Tausende prüfen täglich Videos. Das berichtete Wired vor einigen Monaten."
    assert "Wired" in names(entities_of(blank, text), "ORG")
