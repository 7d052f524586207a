"""Session 17 (sentences written for the tests): an event whose clause holds no date but a
relative time takes that relative time ("in den vergangenen Tagen" → PAST_REF); before, it took
no time at all (the sentence's time kept the publication date away too)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_helpers import analyse_de

pytestmark = pytest.mark.slow


def test_a_relative_time_of_the_clause_dates_the_event(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Armee hatte in den vergangenen Tagen Stellungen der Rebellen beschossen.",
        nlp_de_trained,
    )
    (ev,) = [e for e in article.events if e.type == "ASSAULT"]
    assert ev.time == "PAST_REF"


def test_a_date_of_the_clause_still_comes_first(nlp_de_trained: Any) -> None:
    article = analyse_de(
        "Die Armee hatte in den vergangenen Tagen und zuletzt am Montag Stellungen der Rebellen"
        " beschossen.",
        nlp_de_trained,
    )
    (ev,) = [e for e in article.events if e.type == "ASSAULT"]
    assert ev.time == "2024-03-04"
