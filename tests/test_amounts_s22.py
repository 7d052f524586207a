"""Session 22: a person's age in parentheses after the name ("Jeremic (40)"); a team's points
in a sentence about points. Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts.extract import find_amounts


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value, a.unit) for a in find_amounts(text, language="de")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Kandidat Jeremic (40) trat zurück.", [("40", 40.0, "years")]),
        (
            "Die Ärzte Anton Berger (56) und Carl Ritter (50) wurden befragt.",
            [("56", 56.0, "years"), ("50", 50.0, "years")],
        ),
        # a team's points where the sentence speaks of points
        (
            "Ecuador (3) kam vor Mexiko (2) weiter, das keine Punkte holte.",
            [("3", 3.0, "points"), ("2", 2.0, "points")],
        ),
        # a single digit without points is a seed or a rank, no age; a month is no name
        ("Der Österreicher Melzer (3) gewann.", []),
        ("Im Mai (12) wurde gewählt.", []),
    ],
)
def test_age_in_parentheses(sentence: str, expected: list) -> None:
    assert _amounts(sentence) == expected
