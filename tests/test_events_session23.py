"""Session 23 (sentences written for the tests): the arguments of events.

- A noun with a list of names hung on it ("die Verhandlungspartner USA, Russland und China")
  is the whole list, even where the list's commas cut the verb's clause.
- A verb coordinated by "und" that has no subject of its own takes the subject of the verb it
  is coordinated with, also for a noun trigger it carries ("reiste nach Wien und führte dort
  Gespräche mit X").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_helpers import analyse_de, parties


@pytest.mark.slow
def test_name_list_on_a_subject_noun_across_commas(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Atomstreit. In dem Abkommen hatten sich die Verhandlungspartner USA, Russland, China,"
        " Frankreich und Deutschland mit dem Iran darauf geeinigt, dass Teheran sein"
        " Atomprogramm beschränkt.",
        nlp_de_trained,
    )
    ((actors, targets),) = parties(article, "AGREE")
    assert set(actors) == {"USA", "Russland", "China", "Frankreich", "Deutschland"}, actors
    assert targets == ["Iran"], targets


@pytest.mark.slow
def test_name_list_coordinated_with_the_noun(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Streit um Quoten. Die Staaten Polen, Ungarn und Tschechien kritisierten die"
        " EU-Kommission.",
        nlp_de_trained,
    )
    ((actors, _),) = parties(article, "ACCUSE")
    assert set(actors) == {"Polen", "Ungarn", "Tschechien"}, actors


@pytest.mark.slow
def test_list_of_objects_is_not_a_subject(nlp_de_trained: Any) -> None:
    # guard: the list reading is for the phrase's own names, the object stays the target
    article = analyse_de(
        "Streit. Die Regierung kritisierte die Parteien SPÖ, ÖVP und FPÖ scharf.",
        nlp_de_trained,
    )
    ((actors, targets),) = parties(article, "ACCUSE")
    assert "SPÖ" not in actors and "FPÖ" not in actors, actors
    assert set(targets) == {"SPÖ", "ÖVP", "FPÖ"}, targets


@pytest.mark.slow
def test_light_verb_in_coordination_takes_the_first_subject(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Besuch. Die Außenministerin Karin Kneissl reiste nach Wien und führte dort Gespräche"
        " mit Kanzler Werner Faymann.",
        nlp_de_trained,
    )
    ((actors, targets),) = parties(article, "CONSULT")
    assert actors == ["Karin Kneissl"], actors
    assert targets == ["Werner Faymann"], targets
