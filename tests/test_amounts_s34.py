"""Session 34 (issue #5, helper "tprec"): a range of amounts is one amount, its lower end the
value and its upper end ``value_to``; a change from one amount to another, two falling numbers
and the end of a list stay two amounts. Sentences written for the tests unless a record is
named (10kGNAD, CC BY-NC-SA 4.0)."""

from __future__ import annotations

import pytest

from newsgraph.amounts.appositions import unaged_appositions
from newsgraph.amounts.extract import find_amounts
from newsgraph.model import Entity, Mention


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    return [
        (a.text, a.value, a.value_to, a.unit, a.qualifier)
        for a in find_amounts(text, language="de")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Strafen liegen zwischen 30 und 150 Euro.",
            [("30 und 150 Euro", 30.0, 150.0, "EUR", "range")],
        ),
        (
            "Gerechnet wird mit 25 bis 60 Millionen Euro.",
            [("25 bis 60 Millionen Euro", 25e6, 60e6, "EUR", "range")],
        ),
        (
            "Es kamen fünf bis 20 Flüchtlinge jeden Monat.",
            [("fünf bis 20 Flüchtlinge", 5.0, 20.0, "Flüchtlinge", "range")],
        ),
        (
            "Männer im Alter zwischen 15 und 60 Jahren wurden ausgebildet.",
            [("15 und 60 Jahren", 15.0, 60.0, "years", "range")],
        ),
        (
            "Die Linse hat 24-100 Millimeter Brennweite.",
            [("24-100 Millimeter", 24.0, 100.0, "mm", "range")],
        ),
    ],
)
def test_a_range_is_one_amount(
    sentence: str, expected: list[tuple[str, float, float, str, str]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change from one amount to another
        (
            "Die Grünen würden von 20 auf 16 Prozent fallen.",
            [
                ("20", 20.0, None, "percent", "range_from"),
                ("16 Prozent", 16.0, None, "percent", "range_to"),
            ],
        ),
        # two falling numbers are two values
        (
            "Sie sprangen mit 123 und 121 m auf das Podest.",
            [
                ("123", 123.0, None, "m", "range_from"),
                ("121 m", 121.0, None, "m", "range_to"),
            ],
        ),
        # the last two numbers of a list
        (
            "Sie kam mit ihren Töchtern (fünf, zehn und fünfzehn Jahre alt).",
            [
                ("zehn", 10.0, None, "years", "range_from"),
                ("fünfzehn Jahre", 15.0, None, "years", "range_to"),
            ],
        ),
    ],
)
def test_no_range(sentence: str, expected: list[tuple[str, float, None, str, str]]) -> None:
    assert _read(sentence) == expected


def test_a_range_in_a_record() -> None:
    # 10kGNAD record 10kgnad-test-0145 (Panorama), no gold file
    text = (
        "Wer dennoch zur Zigarette greift und dabei erwischt wird, für den sieht das Gesetz "
        "Strafen zwischen 27,50 und 270 Euro vor."
    )
    assert _read(text) == [("27,50 und 270 Euro", 27.5, 270.0, "EUR", "range")]


def test_english_ranges() -> None:
    found = find_amounts("It takes between 24 and 48 hours.", language="en")
    assert [(a.text, a.value, a.value_to, a.qualifier) for a in found] == [
        ("24 and 48 hours", 24.0, 48.0, "range")
    ]
    # "from 10 to 15 percent" is often a change ("rose from 10 to 15 percent"): two amounts
    rose = find_amounts("Support rose from 10 to 15 percent.", language="en")
    assert [(a.value, a.value_to, a.qualifier) for a in rose] == [
        (10.0, None, "range_from"),
        (15.0, None, "range_to"),
    ]


def _entity(kind: str, name: str, text: str) -> Entity:
    start = text.index(name)
    mention = Mention(text=name, start=start, end=start + len(name))
    return Entity(id=f"{kind.lower()}-1", type=kind, name=name, mentions=[mention])  # type: ignore[arg-type]


def test_a_number_after_a_place_or_a_team_is_no_age() -> None:
    text = "Es folgen Nordrhein-Westfalen (59) und Heino (77) mit Leicester City (76)."
    found = find_amounts(text, language="de")
    assert [(a.text, a.unit) for a in found] == [("59", "years"), ("77", "years"), ("76", "years")]
    entities = [
        _entity("LOC", "Nordrhein-Westfalen", text),
        _entity("PER", "Heino", text),
        _entity("ORG", "Leicester City", text),
    ]
    unaged_appositions(found, entities, text)
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("59", 59.0, None),
        ("77", 77.0, "years"),  # a person's age stays one
        ("76", 76.0, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # units of technical news
        ("Der Akku fasst 3.450 mAh.", [("3.450 mAh", 3450.0, None, "mAh", None)]),
        (
            "Er raste mit rund 100 kmh die Straße hinunter.",
            [("rund 100 kmh", 100.0, None, "km/h", "approximately")],
        ),
        # half a dozen in the dative
        (
            "Nach einem halben Dutzend Versuchen gab er auf.",
            [("einem halben Dutzend Versuchen", 6.0, None, "Versuchen", None)],
        ),
        # control: a dozen
        (
            "Er kam mit einem Dutzend Soldaten.",
            [("einem Dutzend Soldaten", 12.0, None, "Soldaten", None)],
        ),
    ],
)
def test_units_and_half_a_dozen(
    sentence: str, expected: list[tuple[str, float, None, str, str | None]]
) -> None:
    assert _read(sentence) == expected
