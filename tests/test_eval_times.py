"""The time-value check of `newsgraph eval events`: spans and their normalised values."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluation.events import gold_time_value, score_article
from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import ReaderOptions, read_inputs


@pytest.fixture(scope="module")
def seed_analysed(seed_gold: dict[str, Any]) -> Article:
    from tests.conftest import SEED_TXT

    options = ReaderOptions(published=seed_gold["published"])
    article = next(a for a in read_inputs([str(SEED_TXT)], options) if isinstance(a, Article))
    return analyze(article, nlp=load_nlp("de"))


@pytest.mark.parametrize(
    ("resolves_to", "value"),
    [
        ("2022-12-19 (evening)", "2022-12-19"),
        ("2015-03 (deadline)", "2015-03"),
        ("2019-W19", "2019-W19"),
        ("1981", "1981"),
        ("duration P3Y", "P3Y"),
        ("Thursday (relative; Winkler's press release)", None),
        ("for many years (Sweden and Denmark)", None),
        ("19810", None),
    ],
)
def test_gold_time_value(resolves_to: str, value: str | None) -> None:
    assert gold_time_value(resolves_to) == value


def test_reference_times_have_their_gold_values(
    seed_analysed: Article, seed_gold: dict[str, Any]
) -> None:
    score = score_article(seed_analysed, seed_gold, "seed")
    # all five gold times carry a value; each found one must have it
    assert score.values_checked == score.found_times == 5
    assert score.values_right == 5, score.value_misses


def test_a_wrong_value_is_counted_and_named(
    seed_analysed: Article, seed_gold: dict[str, Any]
) -> None:
    gold = dict(seed_gold)
    gold["time_expressions"] = [{"text": "im November", "resolves_to": "2021-11"}]
    score = score_article(seed_analysed, gold, "seed")
    assert (score.values_checked, score.values_right) == (1, 0)
    assert score.value_misses == ["'im November': gold 2021-11 | read 2022-11"]
