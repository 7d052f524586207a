"""Session 32 (issue #5, helper "times"): calendar forms the rules did not read, found by
listing the temporal words of fresh 10kGNAD records (0–801, no gold file) that no time
expression covered: a whole unit ("die ganze Nacht"), a quarter of an hour or year in one word
("nach einer Dreiviertelstunde"), a part of the day or the weekend after "für", "bis in", "im
Lauf der", a plural unit without a number ("hat Wochen gedauert"), the start or end of an event
in one word ("seit Tagungsbeginn"), a year after "gegenüber", and "seit/vor" + N units before
"nach" + a noun. Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def _times(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [
        (t.text, t.value, t.relative) for t in find_times(text, language="de", published=published)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a whole unit: a duration of one unit; a part of the day has no fixed length
        ("Die Lautsprecher liefen die ganze Nacht.", [("die ganze Nacht", None, "whole:nacht")]),
        ("Er sitzt den ganzen Tag im Zug.", [("den ganzen Tag", "P1D", None)]),
        (
            "Die Geschäfte dürfen während des ganzen Jahres öffnen.",
            [("während des ganzen Jahres", "P1Y", None)],
        ),
        ("Sie werteten die Daten eines ganzen Jahres aus.", [("eines ganzen Jahres", "P1Y", None)]),
        ("Der Druck war das gesamte Wochenende da.", [("das gesamte Wochenende", "P2D", None)]),
        # a quarter or three quarters of an hour or a year in one word; a number word of quarters
        (
            "Nach einer Dreiviertelstunde verließen sie den Raum.",
            [("Nach einer Dreiviertelstunde", "PT45M", None)],
        ),
        ("Die Pause dauerte eine Viertelstunde.", [("eine Viertelstunde", "PT15M", None)]),
        (
            "Er verließ nach eineinviertel Stunden das Büro.",
            [("nach eineinviertel Stunden", "PT1H15M", None)],
        ),
        # the part of the day or the weekend after "für", "bis in", "im Lauf der"
        (
            "Für den Nachmittag stand ein Treffen an.",
            [("Für den Nachmittag", None, "pod:AF")],
        ),
        ("Die Suche dauerte bis in die Nacht.", [("bis in die Nacht", None, "pod:NI")]),
        ("Im Lauf der Nacht fiel viel Regen.", [("Im Lauf der Nacht", None, "pod:NI")]),
        # a plural unit without a number: a vague duration, or a time before or after an event
        ("Der Streit hat Wochen gedauert.", [("Wochen", "PXW", None)]),
        ("Das Verfahren könnte noch Monate dauern.", [("noch Monate", "PXM", None)]),
        ("Die Abgeordneten wurden für Tage ausgeschlossen.", [("für Tage", "PXD", None)]),
        ("Das dauerte Jahrzehnte.", [("Jahrzehnte", "PXDE", None)]),
        (
            "Aber schon Jahre zuvor war sie bekannt.",
            [("schon Jahre zuvor", None, "anaphoric:before")],
        ),
        (
            "Er bekam noch Jahre nach seinem Ausscheiden Geld.",
            [("noch Jahre nach seinem Ausscheiden", None, "anaphoric:after")],
        ),
        # the start or end of an event in one word
        (
            "Seit Tagungsbeginn kamen viele Besucher.",
            [("Seit Tagungsbeginn", None, "anaphoric:since")],
        ),
        (
            "Die Puppen kommen nach Vorstellungsende heraus.",
            [("nach Vorstellungsende", None, "anaphoric:after")],
        ),
        ("Sie blieben bis Kriegsende.", [("bis Kriegsende", None, "anaphoric:until")]),
        # a year after "gegenüber" (was read as "über 2010", a count)
        ("Die Partei verlor gegenüber 2010 deutlich.", [("2010", "2010", None)]),
        # "seit"/"vor" + N units before "nach" + a noun: the duration or date, not an offset
        # from an event ("rufen nach einer Aufweichung")
        (
            "Die Kammer ruft seit einigen Jahren nach einer Aufweichung.",
            [("seit einigen Jahren", "PXY", None)],
        ),
        (
            "Er starb vor ein paar Jahren nach einer Infektion.",
            [("vor ein paar Jahren", "PAST_REF", None)],
        ),
    ],
)
def test_forms_read(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _times(sentence) == expected


def test_fraction_of_a_year_ago_is_dated() -> None:
    assert _times("Die Anträge gingen vor einem Dreivierteljahr hinaus.", "2016-05-11") == [
        ("vor einem Dreivierteljahr", "2015-08", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plural unit after an article, an adjective, a number of its own or before "alt"
        "Die Jahre waren gut.",
        "Er erlebte gute Jahre.",
        "Die Lücken sind teils Jahre alt.",
        # a person (participle noun), not the end of a journey
        "Die Hilfe kam nach Reisende.",
        # "über" + a number stays a count
        "Es kamen über 2000 Menschen.",
        # "ganz" before a noun that names no time
        "Er hat den ganzen Kuchen gegessen.",
    ],
)
def test_no_time(sentence: str) -> None:
    assert _times(sentence) == []


def test_offset_from_an_event_kept() -> None:
    """Without a preposition before the number the offset from a named event stays."""
    assert _times("Zwei Tage nach der Wahl trat er zurück.") == [
        ("Zwei Tage nach der Wahl", None, "anaphoric:+2D")
    ]
