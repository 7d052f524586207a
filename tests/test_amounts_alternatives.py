"""Session 34 (lead): two numbers offered as a choice ("wahlweise 120 oder 240") are two
amounts, not one range; the range itself stays one amount. Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts.extract import find_amounts


def _read(text: str, language: str = "de") -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value_to, a.qualifier) for a in find_amounts(text, language=language)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Die Kamera speichert wahlweise 120 oder 240 Bilder pro Sekunde.",
            "de",
            [("120", None, "range_from"), ("240 Bilder", None, "range_to")],
        ),
        (
            "Man kann entweder zwei oder drei Karten kaufen.",
            "de",
            [("zwei", None, "range_from"), ("drei Karten", None, "range_to")],
        ),
        (
            "You can buy either 2 or 3 tickets.",
            "en",
            [("2", None, "range_from"), ("3 tickets", None, "range_to")],
        ),
    ],
)
def test_alternatives_are_two_amounts(
    sentence: str, language: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _read(sentence, language) == expected


def test_without_a_choice_word_it_is_one_range() -> None:
    assert _read("Es kommen zwei oder drei Besucher.") == [
        ("zwei oder drei Besucher", 3.0, "range")
    ]
