"""Session 23 (sentences written for the tests): which events are read.

- Verbs that carry a noun trigger as its light verb ("signalisierte ihre Ablehnung", "bot
  Gespräche an", "einen Dialog anstoßen"): their subject is the noun's actor.
- "die Ausbildung der irakischen Armee": the genitive is whom the training is given to;
  "Ausbildung zum Lehrer" is a vocation, no event.
- "drohen" with a zu-infinitive is a risk, no threat, also when the infinitive comes first in a
  verb-final clause ("…, die unter ein neues Gesetz zu fallen drohen").
- A verb that must have no object ("ermittelt": investigates) keeps its event when the parser's
  only "object" is the subject after a fronted phrase, read as the actor; "ermittelte den Wert"
  stays no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_helpers import analyse_de, parties


@pytest.mark.slow
def test_signalled_rejection_has_the_subject_as_actor(nlp_de_trained: Any) -> None:
    article = analyse_de("Antrag. Die FPÖ signalisierte am Montag Ablehnung.", nlp_de_trained)
    assert (["FPÖ"], []) in parties(article, "REJECT"), article.events


@pytest.mark.slow
def test_offered_talks_have_the_subject_as_actor(nlp_de_trained: Any) -> None:
    article = analyse_de("Streit. Die ÖVP bot der SPÖ Gespräche an.", nlp_de_trained)
    assert [actors for actors, _ in parties(article, "CONSULT")] == [["ÖVP"]], article.events


@pytest.mark.slow
def test_investigation_with_the_subject_parsed_as_object(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Ermittlungen. Neben den Landesbehörden ermittelt auch die Staatsanwaltschaft Wien.",
        nlp_de_trained,
    )
    assert (["Staatsanwaltschaft Wien"], []) in parties(article, "ACCUSE"), article.events


@pytest.mark.slow
def test_finding_a_value_is_no_investigation(nlp_de_trained: Any) -> None:
    article = analyse_de("Wert. Die Statistik Austria ermittelte den Wert.", nlp_de_trained)
    assert parties(article, "ACCUSE") == [], article.events


@pytest.mark.slow
def test_training_of_an_army_has_it_as_target(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Armee. Die Bundeswehr übernimmt die Ausbildung der irakischen Armee.", nlp_de_trained
    )
    assert parties(article, "AID") == [(["Bundeswehr"], ["irakische Armee"])], article.events


@pytest.mark.slow
def test_vocational_training_is_no_aid(nlp_de_trained: Any) -> None:
    # (a sentence of a 10kGNAD record of lines 0-299: an interview with a football coach)
    article = analyse_de(
        "Trainer. Peter Zeidler sagte: Da ich neben meiner universitären Ausbildung zum Lehrer"
        " bei Fußballklubs zunächst im Nachwuchs gearbeitet habe, mangelt es nicht an Erfahrung.",
        nlp_de_trained,
    )
    assert parties(article, "AID") == [], article.events


@pytest.mark.slow
def test_at_risk_in_a_verb_final_clause_is_no_threat(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Gesetz. Das Weiße Haus hat Vertreter von Amnesty International eingeladen, die unter"
        " ein neues chinesisches Gesetz zu fallen drohen.",
        nlp_de_trained,
    )
    assert parties(article, "THREATEN") == [], article.events


@pytest.mark.slow
def test_threat_with_air_strikes_stays(nlp_de_trained: Any) -> None:
    article = analyse_de("Streit. Die Türkei droht den Kurden mit Luftschlägen.", nlp_de_trained)
    assert [actors for actors, _ in parties(article, "THREATEN")] == [["Türkei"]], article.events
