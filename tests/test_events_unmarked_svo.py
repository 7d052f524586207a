"""Session 20 (sentences written for the tests): where the case of the phrases is not marked
(names without article) the phrase before the finite verb of a main clause is its subject and
the one after it its object; coordinated names before the verb act together; a past form of a
trigger verb after a coordinated subject is the finite verb even where the tagger reads an
adjective."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article
from tests.event_helpers import analyse_de


def _events(article: Article) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in article.events
    ]


@pytest.mark.slow
def test_the_name_before_the_verb_is_the_subject(nlp_de_trained: Any) -> None:
    # the parser reads "Russland" as the subject and "Frankreich" as an adverb
    article = analyse_de("Frankreich kritisierte Russland scharf.", nlp_de_trained)
    assert ("ACCUSE", ["Frankreich"], ["Russland"]) in _events(article), article.events


@pytest.mark.slow
def test_coordinated_names_before_a_verb_tagged_adjective(nlp_de_trained: Any) -> None:
    # "kritisierten" is tagged an adjective of "Russland": no event on the old code
    article = analyse_de(
        "Frankreich und Deutschland kritisierten Russland am Montag scharf.", nlp_de_trained
    )
    assert ("ACCUSE", ["Frankreich", "Deutschland"], ["Russland"]) in _events(article), (
        article.events
    )


@pytest.mark.slow
def test_coordinated_names_condemn(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Gespräche in Brüssel dauerten bis in die Nacht. Österreich und Ungarn verurteilten"
        " Serbien scharf.",
        nlp_de_trained,
    )
    assert ("ACCUSE", ["Österreich", "Ungarn"], ["Serbien"]) in _events(article), article.events


@pytest.mark.slow
def test_a_parse_that_agrees_stays(nlp_de_trained: Any) -> None:
    article = analyse_de("Die USA kritisierten China scharf.", nlp_de_trained)
    assert _events(article) == [("ACCUSE", ["USA"], ["China"])], article.events


@pytest.mark.slow
def test_a_dative_before_the_verb_is_no_subject(nlp_de_trained: Any) -> None:
    # "Dem Konzern X droht …": the phrase before the verb is marked dative, the subject follows
    article = analyse_de(
        "Die Ermittlungen laufen seit Jahren. Dem Konzern Siemens droht eine Klage der"
        " EU-Kommission.",
        nlp_de_trained,
    )
    assert all("Siemens" not in actors for _, actors, _ in _events(article)), article.events


@pytest.mark.slow
def test_a_nominative_pronoun_before_the_verb_is_the_subject(nlp_de_trained: Any) -> None:
    # the parser leaves "Er" unlabelled and reads the supported person as the subject
    article = analyse_de(
        "Hans Berger sprach am Montag im Parlament. Er unterstützt die Ausschussvorsitzende"
        " Anna Huber bzw. ihre Stellvertreter.",
        nlp_de_trained,
    )
    assert ("SUPPORT", ["Hans Berger"], ["Anna Huber"]) in _events(article), article.events


@pytest.mark.slow
def test_a_sentence_the_parser_cuts_again_stays_one(nlp_de_trained: Any) -> None:
    # the parser leaves "Italien" as a root of its own, a sentence cut before the verb, and
    # cuts there again when the pieces are joined: the joined sentence is read whole
    article = analyse_de("Italien unterstützte Spanien bei den Verhandlungen.", nlp_de_trained)
    assert ("SUPPORT", ["Italien"], ["Spanien"]) in _events(article), article.events
