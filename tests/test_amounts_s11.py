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
