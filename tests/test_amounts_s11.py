"""Session 11: amounts as the fresh gold files give them."""

from __future__ import annotations

from newsgraph.amounts.extract import find_amounts


def test_cents_are_given_in_euro() -> None:
    found = find_amounts(
        "Die Dividende steigt um 10 Cent auf 70 Cent je Aktie, der Liter 1,20 Euro."
    )
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("10 Cent", 0.1, "EUR"),
        ("70 Cent", 0.7, "EUR"),
        ("1,20 Euro", 1.2, "EUR"),
    ]


def test_ages_are_listed_in_german() -> None:
    # ages_listed (data/amounts/de.yaml) was false for part of session 11 and is true again:
    # the newest tuning gold lists 16 of its 21 ages; "zwei 17-Jährige" counts two persons
    found = find_amounts(
        "Der 72-Jährige sagte, die 26-jährige Frau und zwei 17-Jährige seien verletzt."
    )
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("72-Jährige", 72.0, "years"),
        ("26-jährige", 26.0, "years"),
        ("zwei 17-Jährige", 2.0, "17-Jährige"),
    ]


def test_english_ages_stay_listed() -> None:
    found = find_amounts("Thomas, 41, was charged; the 26-year-old driver fled.", language="en")
    assert any(a.unit == "years" for a in found)
