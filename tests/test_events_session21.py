"""Session 21 (sentences written for the tests): a verb of supporting whose object is a thing
(a measure, a plan, "das") and whose clause names no party besides the supporter tells a stance,
no event with a party backed; a person or a body as the object stays an event, and so does a
thing whose clause names a party (its owner or partner)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article
from tests.event_helpers import analyse_de, parties


@pytest.mark.slow
def test_supporting_a_measure_is_no_support_event(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Der Abgeordnete Karl Huber unterstützt die Wiedereinführung der Vermögenssteuer.",
        nlp_de_trained,
    )
    assert parties(article, "SUPPORT") == [], article.events


@pytest.mark.slow
def test_supporting_a_plan_is_no_support_event(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Bürgermeisterin Anna Huber kündigte am Montag in Graz an, sie werde ein solches"
        " Vorhaben jedenfalls unterstützen.",
        nlp_de_trained,
    )
    assert parties(article, "SUPPORT") == [], article.events


@pytest.mark.slow
def test_supporting_a_person_stays(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Bürgermeisterin Anna Huber unterstützt die Kandidatin Maria Berger.", nlp_de_trained
    )
    assert parties(article, "SUPPORT") == [(["Anna Huber"], ["Maria Berger"])], article.events


@pytest.mark.slow
def test_supporting_the_plan_of_a_named_party_stays(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Grünen unterstützen das Vorgehen der Stadtregierung ausdrücklich.", nlp_de_trained
    )
    assert parties(article, "SUPPORT") == [(["Grüne"], ["Stadtregierung"])], article.events


@pytest.mark.slow
def test_criticism_with_a_light_verb_the_tagger_misses_has_its_critic(
    nlp_de_trained: Any,
) -> None:
    # "übt" is tagged an adverb: the noun had no verb and no critic
    article = analyse_de(
        "Am Montag gab es Streit im Landtag. Die SPÖ übt scharfe Kritik an der ÖVP.",
        nlp_de_trained,
    )
    assert (["SPÖ"], ["ÖVP"]) in parties(article, "ACCUSE"), article.events


@pytest.mark.slow
def test_criticism_fronted_before_a_light_verb_the_tagger_misses(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Am Montag gab es Streit. Schwere Kritik an der geplanten Reform übt der"
        " Verwaltungsrechtler Andreas Hauer von der Uni Linz.",
        nlp_de_trained,
    )
    assert (["Andreas Hauer"], []) in parties(article, "ACCUSE"), article.events


def _modalities(article: Article, etype: str) -> list[str]:
    return [e.modality for e in article.events if e.type == etype]


@pytest.mark.slow
def test_an_infinitive_takes_the_denial_of_its_governing_clause(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Am Montag tagte der Rat in Brüssel. Frankreich hat niemals versucht, Deutschland"
        " zu verklagen.",
        nlp_de_trained,
    )
    assert _modalities(article, "ACCUSE") == ["denied"], article.events


@pytest.mark.slow
def test_an_infinitive_after_not_ruling_out_is_possible(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Am Montag tagte der Rat in Brüssel. Frankreich schloss nicht aus, Deutschland zu"
        " verklagen.",
        nlp_de_trained,
    )
    assert _modalities(article, "ACCUSE") == ["hypothetical"], article.events


@pytest.mark.slow
def test_an_infinitive_takes_the_announcement_of_its_governing_clause(
    nlp_de_trained: Any,
) -> None:
    article = analyse_de(
        "Am Montag tagte der Aufsichtsrat in Mailand. Die Unicredit hat angekündigt, das"
        " Osteuropageschäft der Bank Austria abzuziehen.",
        nlp_de_trained,
    )
    assert _modalities(article, "RETREAT") == ["planned"], article.events


@pytest.mark.slow
def test_a_purpose_infinitive_keeps_its_own_modality(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Am Samstag kamen viele Menschen nach Freilassing. Die AfD marschierte dort auf, um"
        " gegen die Asylpolitik der Bundesregierung zu protestieren.",
        nlp_de_trained,
    )
    assert "planned" not in _modalities(article, "PROTEST"), article.events
