"""Session 32 (issue #5, helper "evplace"): the place named inside a place phrase.

Sentences written for these tests after tuning-set patterns (no article's text).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article
from tests.event_helpers import analyse_de


def _places(article: Article, etype: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in article.events if e.type == etype]


@pytest.mark.slow
def test_place_named_by_von_on_a_place_noun(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Unruhen. Bei einer Massenschlägerei im Flüchtlingscamp von Calais sind 40 Menschen"
        " verletzt worden.",
        nlp_de_trained,
    )
    assert _places(article, "ASSAULT") == ["Calais"], article.events


@pytest.mark.slow
def test_place_named_in_der_naehe_von(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Entführung. Die beiden Techniker waren in der Nähe von Sabratha entführt worden.",
        nlp_de_trained,
    )
    assert _places(article, "ASSAULT") == ["Sabratha"], article.events


@pytest.mark.slow
def test_von_phrase_of_an_event_noun_is_no_place(nlp_de_trained: Any) -> None:
    # "Angriffen von Russland": who attacks, not where (no place noun)
    article = analyse_de(
        "Krieg. Bei Angriffen von Russland auf die Stadt wurden zehn Menschen getötet.",
        nlp_de_trained,
    )
    assert "Russland" not in _places(article, "ASSAULT"), article.events


@pytest.mark.slow
def test_town_on_the_noun_of_a_country_adjective(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Flüchtlinge. An der griechisch-mazedonischen Grenze bei Idomeni ist die mazedonische"
        " Polizei am Mittwoch erneut mit Tränengas gegen Flüchtlinge vorgegangen. Die Lage in"
        " Idomeni bleibt angespannt.",
        nlp_de_trained,
    )
    assert _places(article, "ASSAULT") == ["Idomeni"], article.events


@pytest.mark.slow
def test_named_country_without_a_town_stays(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Kämpfe. Bei schweren Kämpfen in Syrien sind am Sonntag 30 Menschen getötet worden.",
        nlp_de_trained,
    )
    assert _places(article, "ASSAULT") == ["Syrien"], article.events


def test_place_nouns_by_ending() -> None:
    from newsgraph.events.places import _endings

    ends = _endings("de")
    assert "camp" in ends and "nähe" in ends
    assert _endings("en") == ()


def test_nouns_that_only_end_like_a_place_are_none(nlp_de_trained: Any) -> None:
    from newsgraph.events.places import is_place_noun

    doc = nlp_de_trained(
        "Die Kosten im Sport und der Transport stiegen, das Flüchtlingscamp blieb."
    )
    nouns = {t.text: is_place_noun(t, "de") for t in doc if t.pos_ == "NOUN"}
    assert nouns.get("Flüchtlingscamp") is True, nouns
    assert not nouns.get("Kosten") and not nouns.get("Sport") and not nouns.get("Transport"), nouns


@pytest.mark.slow
def test_purpose_clause_takes_the_main_clause_place(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Protest. Die Partei AfD marschierte in Freilassing auf, um gegen die Asylpolitik der"
        " Bundesregierung zu protestieren.",
        nlp_de_trained,
    )
    assert _places(article, "PROTEST") == ["Freilassing"], article.events


@pytest.mark.slow
def test_time_clause_takes_the_main_clause_place(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Demos. Ich war zuletzt in Berlin, als die großen Demos gegen TTIP stattfanden.",
        nlp_de_trained,
    )
    assert _places(article, "PROTEST") == ["Berlin"], article.events


@pytest.mark.slow
def test_object_clause_keeps_no_place(nlp_de_trained: Any) -> None:
    # "sagte in Wien, dass …": a reported event is not placed where it is told
    article = analyse_de(
        "Kritik. Der Minister sagte am Montag in Wien, dass die Regierung die Proteste verboten"
        " habe.",
        nlp_de_trained,
    )
    assert _places(article, "COERCE") == [None], article.events
