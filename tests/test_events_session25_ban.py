"""Session 25: a ban is a COERCE event ("sperren": a sports federation bans a player), and "sich
gegen X sperren" is to resist X (REJECT). Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _read(ev: Event) -> tuple[str, str | None, list[str], list[str]]:
    return ev.type, ev.mode, [a.name for a in ev.actors], [t.name for t in ev.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Die FIFA hat Paul Berger gesperrt.",
        "Die FIFA sperrte Paul Berger für drei Spiele.",
        "Der Fußballer Paul Berger ist von der FIFA für drei Spiele gesperrt worden.",
    ],
)
def test_a_federation_bans_a_player(text: str) -> None:
    assert [_read(e) for e in _events(text)] == [("COERCE", "ban", ["FIFA"], ["Paul Berger"])]


def test_resisting_a_plan_is_a_rejection_not_a_ban() -> None:
    events = _events("Die ÖVP sperrt sich gegen die Pläne der SPÖ.")
    assert [_read(e) for e in events] == [("REJECT", "opposition", ["ÖVP"], ["SPÖ"])]


def test_locking_somebody_up_stays_a_detention() -> None:
    events = _events("Die Polizei sperrte den Mann in eine Zelle ein.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "detention")]
