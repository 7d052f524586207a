"""Session 19: forms of time expressions fresh text has that the tuning set's rules missed
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

PUB = "2016-05-11"  # a Wednesday in the second quarter


def _times(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published=published)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # quarters: digits, the quarter before, a relative quarter; the most recent one in a
        # clause that is not future, as months
        ("Der Verlust wurde im 3. Quartal gebucht.", "im 3. Quartal", "2015-Q3"),
        ("Das Gerät soll im 3. Quartal erscheinen.", "im 3. Quartal", "2016-Q3"),
        ("Im 1. Halbjahr 2015 sank der Umsatz.", "Im 1. Halbjahr 2015", "2015-H1"),
        ("Im ersten Quartal wuchs die Wirtschaft.", "Im ersten Quartal", "2016-Q1"),
        ("Gegenüber dem Vorquartal stieg der Umsatz.", "dem Vorquartal", "2016-Q1"),
        ("Im Vorjahresquartal war das anders.", "Im Vorjahresquartal", "2015-Q2"),
        ("Im vergangenen Quartal sank der Absatz.", "Im vergangenen Quartal", "2016-Q1"),
        (
            "Im letzten Quartal des Jahres wuchs die Wirtschaft.",
            "Im letzten Quartal des Jahres",
            "2015-Q4",
        ),
        # the years of an institution with a relative word
        (
            "Im abgelaufenen Schuljahr besuchten 9.500 Schüler die Workshops.",
            "Im abgelaufenen Schuljahr",
            "2015",
        ),
        (
            "Die Firma soll ab dem kommenden Geschäftsjahr Gewinn schreiben.",
            "ab dem kommenden Geschäftsjahr",
            "2017",
        ),
        ("Im abgelaufenen Jahr stieg der Gewinn.", "Im abgelaufenen Jahr", "2015"),
        # day words as adjectives
        ("Die Hallen waren am gestrigen Abend voll.", "am gestrigen Abend", "2016-05-10TEV"),
        ("Mit der gestrigen Abstimmung ist das entschieden.", "gestrigen", "2016-05-10"),
        ("Bei der morgigen Wahl geht es um viel.", "morgigen", "2016-05-12"),
        ("Im Laufe des Tages kamen 7.800 Menschen an.", "Im Laufe des Tages", "2016-05-11"),
        # ago with a pair of numbers, "ein paar", a particle after the preposition
        ("Das war vor vier oder fünf Jahren noch anders.", "vor vier oder fünf Jahren", "2011"),
        ("Dem Kind wurde vor ein paar Jahren geholfen.", "vor ein paar Jahren", "PAST_REF"),
        (
            "Das Spiel erschien vor erst knapp zwei Wochen.",
            "vor erst knapp zwei Wochen",
            "2016-W17",
        ),
        ("Er lebt seit ein paar Monaten in Wien.", "seit ein paar Monaten", "PXM"),
        # "in" a past clause is the time something took
        ("In drei Wochen waren die Arbeiten fertig gestellt.", "In drei Wochen", "P3W"),
        ("In ein paar Wochen waren alle Zelte abgebaut.", "In ein paar Wochen", "PXW"),
    ],
)
def test_session19_forms(sentence: str, text: str, value: str) -> None:
    assert (text, value) in _times(sentence)


def test_a_future_in_stays_ahead() -> None:
    assert ("In drei Wochen", "2016-W22") in _times("In drei Wochen wird er kommen.")


@pytest.mark.parametrize(
    ("sentence", "text", "relative"),
    [
        ("Wie in der Vorsaison trifft der Klub auf Chelsea.", "in der Vorsaison", "sportseason:-1"),
        ("Vergangene Saison war er verletzt.", "Vergangene Saison", "sportseason:-1"),
        (
            "Im gleichen Zeitraum stieg die Zahl der Anträge.",
            "Im gleichen Zeitraum",
            "anaphoric:then",
        ),
        ("In diesem Zeitraum blieben 400 Menschen.", "In diesem Zeitraum", "anaphoric:then"),
        ("Zum damaligen Zeitpunkt war das unklar.", "Zum damaligen Zeitpunkt", "anaphoric:then"),
    ],
)
def test_session19_relative_forms(sentence: str, text: str, relative: str) -> None:
    found = [(t.text, t.relative) for t in find_times(sentence, published=PUB)]
    assert (text, relative) in found


def test_unresolved_without_publication_date() -> None:
    found = find_times("Gegenüber dem Vorquartal und der gestrigen Sitzung.", published=None)
    assert [(t.text, t.value, t.relative) for t in found] == [
        ("dem Vorquartal", None, "offset:-1Q"),
        ("gestrigen", None, "offset:-1D"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die heutige Türkei ist ein anderes Land.",  # the present at large: not listed
        "Die Preise liegen bei 2 bis 3 Euro.",
        "Am Ende des Tages zählt nur der Sieg.",
    ],
)
def test_session19_no_time(sentence: str) -> None:
    assert _times(sentence) == []


def test_a_signoff_of_a_date_alone_is_a_time_of_the_text() -> None:
    from newsgraph.readers import read_string
    from newsgraph.times.extract import signoff_times

    article = read_string(
        "Neues Gesetz\n\nWien – Die Regierung hat am Dienstag ein Gesetz beschlossen. "
        "Kritiker sprechen von einem überfälligen Schritt. (7.8.2015)",
        format="text",
    )
    times = signoff_times(article)
    assert [(t.value, article.text[t.start : t.end]) for t in times] == [("2015-08-07", "7.8.2015")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # days of a kind are sets
        ("Das Museum ist an Samstagen geöffnet.", "an Samstagen", "XXXX-WXX-6"),
        ("Das Büro ist auch an Wochenenden erreichbar.", "an Wochenenden", "XXXX-WXX-WE"),
        ("Solche Fälle gibt es fast jedes Wochenende.", "fast jedes Wochenende", "XXXX-WXX-WE"),
        # a holiday with a part of the day
        (
            "Die Polizei war in der Silvesternacht überfordert.",
            "in der Silvesternacht",
            "2015-12-31TNI",
        ),
        ("Am Neujahrsmorgen blieb es ruhig.", "Am Neujahrsmorgen", "2016-01-01TMO"),
        ("Zu Weihnachten blieb es ruhig.", "Zu Weihnachten", "2015-12-25"),
        # a relative century
        ("Im vergangenen Jahrhundert war das anders.", "Im vergangenen Jahrhundert", "19"),
    ],
)
def test_session19_sets_holiday_nights_centuries(sentence: str, text: str, value: str) -> None:
    assert (text, value) in _times(sentence)


def test_working_days_and_holidays_are_sets_without_a_value() -> None:
    found = find_times("Das Amt ist an Sonn- und Feiertagen geschlossen.", published=PUB)
    assert [(t.text, t.type, t.value, t.relative) for t in found] == [
        ("an Sonn- und Feiertagen", "SET", None, "set:feiertage")
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        ("Bis Ende des Jahres sollen Zentren entstehen.", "Bis Ende des Jahres", "2016", "UNTIL"),
        ("Seit Anfang der Woche sinkt die Zahl.", "Seit Anfang der Woche", "2016-W19", "SINCE"),
        ("Am Ende der Woche kam er.", "Ende der Woche", "2016-W19", "END"),
    ],
)
def test_a_preposition_before_a_part_of_a_unit(
    sentence: str, text: str, value: str, mod: str
) -> None:
    found = [(t.text, t.value, t.mod) for t in find_times(sentence, published=PUB)]
    assert found == [(text, value, mod)]
