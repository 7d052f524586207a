"""Where and when events happen: the dateline places meetings only, and the evaluator scores
places and dates."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluation.events import score_article
from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import ReaderOptions, read_inputs, read_string

REPORT = (
    "Angriff auf Soldaten\n\n"
    "Kairo – Bei einem Angriff von Extremisten auf einen Armeeposten sind am Montag zwölf "
    "Soldaten getötet worden. Der ägyptische Präsident Abdel Fattah al-Sisi traf am Dienstag den "
    "jordanischen König Abdullah II. zu Gesprächen. Die Regierung verurteilte den Anschlag scharf."
)


@pytest.fixture(scope="module")
def report() -> Article:
    return analyze(read_string(REPORT, format="text", published="2017-01-09"), nlp=load_nlp("de"))


def test_a_meeting_takes_the_dateline_place(report: Article) -> None:
    assert report.dateline == "Kairo"
    meetings = [e for e in report.events if e.type == "CONSULT"]
    assert meetings and all(e.location and e.location.name == "Kairo" for e in meetings)


def test_an_attack_or_a_statement_does_not(report: Article) -> None:
    others = [e for e in report.events if e.type != "CONSULT"]
    assert {e.type for e in others} >= {"ASSAULT"}
    assert all(e.location is None for e in others)


@pytest.fixture(scope="module")
def seed_analysed(seed_gold: dict[str, Any]) -> Article:
    from tests.conftest import SEED_TXT

    options = ReaderOptions(published=seed_gold["published"])
    article = next(a for a in read_inputs([str(SEED_TXT)], options) if isinstance(a, Article))
    return analyze(article, nlp=load_nlp("de"))


def test_reference_event_places(seed_analysed: Article, seed_gold: dict[str, Any]) -> None:
    score = score_article(seed_analysed, seed_gold, "seed")
    # the gold places five of its seven events (Minsk ×4, Donezk); every matched one is read
    # with its place, and no unplaced gold event is given one
    assert score.places_gold >= 4
    assert score.places_right == score.places_gold
    assert score.places_added == 0
    assert score.to_dict()["events"]["places"]["precision"] == 1.0
    # "am Montag" (2022-12-19) dates the visit, the talks and the agreement
    assert (score.dates_checked, score.dates_right) == (3, 3)
