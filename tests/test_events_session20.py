"""Session 20 (sentences written for the tests): an invitation, a briefing, mediation, a
summit, coordination and an exchange are between parties; with one party named the word is
read in another sense ("hat zu einer Präsentation eingeladen", "koordiniert die Helfer",
"beim EU-Gipfel") and no event is told. A merged event counts each of its modes."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.events.extract import _modes
from newsgraph.model import Article
from tests.event_helpers import analyse_de


def _types(article: Article) -> list[str]:
    return [e.type for e in article.events]


def test_a_merged_event_has_each_of_its_modes() -> None:
    assert _modes("meeting; talks") == {"meeting", "talks"}
    assert _modes("Summit") == {"summit"}
    assert _modes(None) == set()


@pytest.mark.slow
def test_an_invitation_to_a_presentation_is_no_meeting(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Für diesen Montag hat Siemens zu einer Präsentation in seiner Münchner Zentrale"
        " eingeladen.",
        nlp_de_trained,
    )
    assert "CONSULT" not in _types(article), article.events


@pytest.mark.slow
def test_coordinating_helpers_is_no_cooperation(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Bürgermeisterin Anna Huber koordiniert in Graz die freiwilligen Helfer am Bahnhof.",
        nlp_de_trained,
    )
    assert "COOPERATE" not in _types(article), article.events


@pytest.mark.slow
def test_a_summit_with_only_its_organisation_is_no_meeting(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Bundeskanzler Olaf Scholz will beim EU-Gipfel seine Pläne durchsetzen.", nlp_de_trained
    )
    assert "CONSULT" not in _types(article), article.events


@pytest.mark.slow
def test_an_invitation_between_two_parties_stays(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Bundespräsident Alexander Van der Bellen hat den französischen Präsidenten Emmanuel"
        " Macron nach Wien eingeladen.",
        nlp_de_trained,
    )
    consult = [e for e in article.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert [a.name for a in consult[0].actors] == ["Alexander Van der Bellen"]
    assert [t.name for t in consult[0].targets] == ["Emmanuel Macron"]


@pytest.mark.slow
def test_a_merged_meeting_between_two_parties_stays(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Olaf Scholz hatte angekündigt, bei seinem Treffen mit Emmanuel Macron über Handel zu"
        " sprechen.",
        nlp_de_trained,
    )
    consult = [e for e in article.events if e.type == "CONSULT"]
    assert len(consult) == 1 and "meeting" in _modes(consult[0].mode)
    names = {r.name for r in consult[0].actors + consult[0].targets}
    assert names == {"Olaf Scholz", "Emmanuel Macron"}
