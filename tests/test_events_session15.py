"""Session 15 (sentences written for the tests): what would have been or will be only if
something else happens is hypothetical — a condition by verb-first order ("Sollte X …,
könnte …") and its main clause, "hätte" with a modal infinitive, "hätte" beside a condition in
the same mood. "hätte" alone in reported speech stays a report of what happened."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article, Event
from tests.event_helpers import analyse_de

pytestmark = pytest.mark.slow


def _only(article: Article, etype: str) -> Event:
    found = [e for e in article.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger) for e in article.events]
    return found[0]


def test_a_verb_first_condition_is_hypothetical(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Sollte Donald Trump eine eigene Partei gründen oder finanzieren, könnte das den"
        " Republikanern schaden.",
        nlp_de_trained,
    )
    assert _only(article, "AID").modality == "hypothetical"


def test_the_main_clause_after_a_condition_is_hypothetical(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Sollte Russland die Ukraine angreifen, verhängt die EU Sanktionen gegen Russland.",
        nlp_de_trained,
    )
    assert _only(article, "ASSAULT").modality == "hypothetical"
    assert _only(article, "SANCTION").modality == "hypothetical"


def test_haette_with_a_modal_infinitive_is_hypothetical(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Es ist nicht geklärt, ob Heinz Müller den Minister zur Unterlassung hätte auffordern"
        " müssen, sagte der Anwalt.",
        nlp_de_trained,
    )
    assert _only(article, "REQUEST").modality == "hypothetical"


def test_haette_beside_a_condition_is_hypothetical(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Ich hätte den Vertrag unterschrieben, wenn man mir mehr Geld geboten hätte, sagte"
        " Paul Berger.",
        nlp_de_trained,
    )
    assert _only(article, "AGREE").modality == "hypothetical"


def test_haette_in_reported_speech_stays_asserted(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Der Sprecher sagte, die Regierung hätte den Vertrag mit Frankreich unterzeichnet.",
        nlp_de_trained,
    )
    assert _only(article, "AGREE").modality == "asserted"


def test_a_question_opening_with_its_verb_is_no_condition(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Regierung kritisierte Frankreich am Montag scharf. Würde sie auch Spanien"
        " kritisieren, wenn es so weit käme?",
        nlp_de_trained,
    )
    first = next(e for e in article.events if e.type == "ACCUSE")
    assert first.modality == "asserted"


def test_a_word_that_only_ends_like_a_trigger(nlp_de_trained: Any) -> None:
    # "Sicherheitsvorkehrungen" ends in "ehrungen" (an award), "Beifallskundgebungen" is applause
    article = analyse_de(
        "Innenminister Karl Berger hat schärfere Sicherheitsvorkehrungen angekündigt. Die Fans"
        " gaben Beifallskundgebungen von sich.",
        nlp_de_trained,
    )
    assert not [e for e in article.events if e.type in ("SUPPORT", "PROTEST")]
