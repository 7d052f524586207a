"""Session 15: amounts in compounds, multiplicatives, half millions, ranges of a bare scale.

The sentences are written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts import find_amounts_in_sentence


def _read(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value, a.unit) for a in find_amounts_in_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Partei scheiterte an der Fünf-Prozent-Hürde.", [("Fünf-Prozent", 5.0, "percent")]),
        ("Er bezahlte mit einer 50-Euro-Note.", [("50-Euro", 50.0, "EUR")]),
        ("Der 1,95-Meter-Hüne wechselt nach Wien.", [("1,95-Meter", 1.95, "m")]),
        ("Das Tablet hat ein 10,1-Zoll-Display.", [("10,1-Zoll", 10.1, "inch")]),
        ("Ein 16-Megapixel-Sensor ist eingebaut.", [("16-Megapixel", 16.0, "megapixels")]),
        ("Sie lief den 5-km-Lauf in Rekordzeit.", [("5-km", 5.0, "km")]),
    ],
)
def test_a_number_and_unit_opening_a_compound(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Das neue 5-G-Netz startet im Herbst.",  # a one-letter unit after the hyphen
        "Sie mieteten eine 3-Zimmer-Wohnung.",  # no unit
        "Der Covid-19-Test war negativ.",
    ],
)
def test_compounds_without_a_unit_are_no_amounts(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Der fünffache Weltmeister gewann erneut.", 5.0),
        ("Die Kosten stiegen um das 12-fache.", 12.0),
        ("Der Verbrauch wuchs um das Dreifache.", 3.0),
        ("des 18-fachen Meisters", 18.0),
    ],
)
def test_multiplicatives_in_fach(sentence: str, value: float) -> None:
    assert [(v, u) for _, v, u in _read(sentence)] == [(value, "times")]


@pytest.mark.parametrize(
    "sentence",
    ["Das ist ganz einfach.", "Er wurde mehrfach verurteilt.", "Das vielfache Echo."],
)
def test_fach_words_that_count_nothing(sentence: str) -> None:
    assert _read(sentence) == []


def test_half_a_million() -> None:
    assert _read("Etwa eine halbe Million Menschen flohen.") == [
        ("Etwa eine halbe Million Menschen", 500000.0, "Menschen")
    ]
    assert _read("Das kostete einer halben Milliarde Euro gleich.")[0][1:] == (500000000.0, "EUR")


def test_a_range_whose_second_end_has_only_a_scale() -> None:
    found = find_amounts_in_sentence("Der Bau kostet zwischen zwei und drei Millionen.")
    assert [(a.text, a.value, a.value_to, a.qualifier) for a in found] == [
        ("zwei und drei Millionen", 2000000.0, 3000000.0, "range"),
    ]
    found = find_amounts_in_sentence("Gerechnet wird mit 20 bis 25 Millionen.")
    assert [(a.value, a.value_to, a.qualifier) for a in found] == [
        (20000000.0, 25000000.0, "range"),
    ]
    # two counts joined by "und" are no range
    found = find_amounts_in_sentence("Sie hat drei Kinder und vier Millionen Euro.")
    assert [a.value for a in found] == [3.0, 4000000.0]


def test_a_part_of_a_whole_with_an_adjective_between() -> None:
    assert _read("Sie gewann drei der letzten sieben Partien.") == [
        ("drei", 3.0, "Partien"),
        ("sieben Partien", 7.0, "Partien"),
    ]


def test_a_term_of_years_and_months_to_three_decimals() -> None:
    assert _read("Er wurde zu zwei Jahren und fünf Monaten Haft verurteilt.")[0][1] == 2.417


def test_shares_in_the_dative_and_of_davon() -> None:
    assert _read("Der Fehler steckt in jedem fünften Gerät.") == [
        ("jedem fünften", 20.0, "percent")
    ]
    assert _read("Die Hälfte davon wurde zerstört.") == [("Die Hälfte", 50.0, "percent")]
    assert _read("Er kommt jeden zweiten Tag.") == []  # a frequency, no share
