"""Session 33 (issue #5, helper "amprec"): false amounts and times of the tuning set's
unmatched predictions — "one of" counted as one, an article read as a range start, a compound
noun that carries its scale, "im Moment" + genitive as the present. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts.extract import find_amounts
from newsgraph.times.extract import find_times


def _amounts(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(a.text, a.value, a.unit, a.qualifier) for a in find_amounts(text, language="de")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one of": an article form before a part-of link counts nothing
        (
            "Interessenten konnten sich für eines der 102 Zentren melden.",
            [("102 Zentren", 102.0, "Zentren", None)],
        ),
        (
            "Österreich ist eines von sechs Ländern, die zustimmen.",
            [("sechs Ländern", 6.0, "Ländern", None)],
        ),
        (
            "Nur einer von drei Befragten arbeitet zu Hause.",
            [("drei Befragten", 3.0, "Befragten", None)],
        ),
        # control: a number word before the link still counts its part
        (
            "Zwölf der 16 getesteten Arten waren infiziert.",
            [("Zwölf", 12.0, "Arten", None), ("16 getesteten Arten", 16.0, "Arten", None)],
        ),
        # an article before "auf" starts no range
        (
            "Das Land finanziert eine auf drei Jahre angelegte Studie.",
            [("drei Jahre", 3.0, "years", None)],
        ),
        # control: "ein bis drei" is a range
        (
            "Der Abstand liegt bei ein bis drei Prozentpunkten.",
            [("ein bis drei Prozentpunkten", 1.0, "percentage points", "range")],
        ),
        # a compound noun that ends in a scale word carries the scale
        (
            "Die Agentur bewegt 16 Werbemillionen im Jahr.",
            [("16 Werbemillionen", 16_000_000.0, "Werbemillionen", None)],
        ),
        (
            "Mehr als 2,3 Steuermilliarden flossen ab.",
            [("Mehr als 2,3 Steuermilliarden", 2_300_000_000.0, "Steuermilliarden", "more_than")],
        ),
        # controls: the scale word itself, and a noun that only contains it
        (
            "Es kamen 16 Millionen Menschen.",
            [("16 Millionen Menschen", 16_000_000.0, "Menschen", None)],
        ),
    ],
)
def test_amounts_s33(
    sentence: str, expected: list[tuple[str, float | None, str | None, str | None]]
) -> None:
    assert _amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Im Moment des Triumphs dachte er an seine Frau.", []),
        ("Im Moment seines Rücktritts war sie im Saal.", []),
        # controls: the present, also before a nominative "der"
        ("Im Moment ist alles ruhig.", [("Im Moment", "present")]),
        ("Er ist im Moment der beste Spieler.", [("im Moment", "present")]),
    ],
)
def test_moment_of_an_event_s33(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.relative) for t in find_times(sentence)] == expected


def test_durations_before_a_noun_and_after_a_qualifier_s33() -> None:
    """A duration is an amount beside its time only before a penalty noun; a qualifier before
    a duration the time expression gives does not keep it an amount."""
    from newsgraph.pipeline import analyze
    from newsgraph.readers import read_string

    text = (
        "Der Verein peilt nach neun Jahren Pause wieder das Finale an. "
        "Der Fotograf hat sich drei Wochen Urlaub genommen. "
        "Der Bau wird bis zu sechs Wochen dauern. "
        "Er wurde zu 3,5 Jahren unbedingter Haft verurteilt. "
        "Ihm drohen bis zu drei Jahre Haft."
    )
    article = analyze(read_string(text, language="de"), stages=["events"])
    assert [(a.text, a.value) for a in article.amounts] == [
        ("3,5 Jahren", 3.5),
        ("bis zu drei Jahre", 3.0),
    ]
    times = {t.text for t in article.times}
    assert {"nach neun Jahren", "drei Wochen", "sechs Wochen"} <= times
