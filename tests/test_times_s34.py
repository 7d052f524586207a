"""Session 34 (issue #5, helper "tprec"): the day of a month in a relative year, and a pair
of days with an article after the pair word. Sentences written for the tests."""

from __future__ import annotations

from newsgraph.times.extract import find_times


def _read(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.relative) for t in find_times(text, published=published)]


def test_a_day_of_a_relative_year() -> None:
    text = "Er wurde am 21. September des Vorjahres entlassen."
    assert _read(text, "2015-05-11") == [("am 21. September des Vorjahres", "2014-09-21", None)]
    assert _read(text) == [("am 21. September des Vorjahres", None, "date:XXXX-09-21@year-1")]
    # the month alone stays a month (control)
    assert _read("Im März des Vorjahres kamen viele.", "2015-05-11") == [
        ("Im März des Vorjahres", "2014-03", None)
    ]
    # no such day in that year: not read as one
    values = [v for _, v, _ in _read("Am 29. Februar des Vorjahres.", "2016-05-11")]
    assert "2015-02-29" not in values


def test_a_pair_of_days_with_an_article() -> None:
    assert _read("Zwischen 1. Jänner und dem 30. März 2016 kamen viele.") == [
        ("1. Jänner", "2016-01-01", None),
        ("30. März 2016", "2016-03-30", None),
    ]
    # without an article, as before (control)
    assert _read("Vom 23. April bis 26. Juni 2016 ist es offen.") == [
        ("Vom 23. April", "2016-04-23", None),
        ("bis 26. Juni 2016", "2016-06-26", None),
    ]


def test_the_short_genitive_of_vorjahr() -> None:
    published = "2016-05-11"
    assert _read("Das BIP lag über dem Niveau des Vorjahrs.", published) == [
        ("des Vorjahrs", "2015", None)
    ]
    assert _read("Es stieg im März des Vorjahrs.", published) == [
        ("im März des Vorjahrs", "2015-03", None)
    ]
    # the end of the year before, not an event ("seit Beginn des Wahlkampfs" is one)
    assert _read("Es stieg seit Ende des Vorjahrs.", published) == [
        ("Ende des Vorjahrs", "2015", None)
    ]
    # control: the long genitive, as before
    assert _read("Das BIP lag über dem Niveau des Vorjahres.", published) == [
        ("des Vorjahres", "2015", None)
    ]
