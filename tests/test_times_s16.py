"""Session 16: families of time expressions the patterns did not cover (sentences written for
the tests)."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

PUB = "2016-05-11"


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published=PUB)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Früher gab es im Dorf drei Bäckereien.", "Früher"),
        ("Die beiden Minister waren früher enge Verbündete.", "früher"),
        ("Der Trainer galt einst als großes Talent.", "einst"),
        ("Der Hafen, in dem einstmals viele Walfänger lagen, ist leer.", "einstmals"),
        ("Sie besucht den Park, in dem sie früher gerne spazierte.", "früher"),
        ("Wie war das früher?", "früher"),
    ],
)
def test_former_times_are_past_references(sentence: str, word: str) -> None:
    assert (word, "PAST_REF") in _times(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Zug kam viel früher als geplant.",
        "Die Regel soll zwei Jahre früher gelten.",
        "Das Werk meldete Mängel in der früher Serie.",
        "Er will früher als die Konkurrenz liefern.",
        "Das Programm (einst Office Live) wird eingestellt.",
    ],
)
def test_comparatives_and_former_names_are_no_past_references(sentence: str) -> None:
    assert all(value != "PAST_REF" for _, value in _times(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie ist mit 52 Jahren die älteste Spielerin im Kader.",
        "Mit 18 Jahren zog er nach Graz.",
        "Der Maler starb mit gerade mal 39 Jahren.",
        "Die Jungtiere wurden bis zum Alter von drei Monaten gewogen.",
    ],
)
def test_ages_after_mit_are_no_durations(sentence: str) -> None:
    assert _times(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Betrug wird mit drei Jahren Haft bestraft.", "drei Jahren", "P3Y"),
        ("Die Bahn kam mit zwei Stunden Verspätung an.", "zwei Stunden", "PT2H"),
    ],
)
def test_durations_after_mit_before_a_noun_stay(sentence: str, text: str, value: str) -> None:
    assert (text, value) in _times(sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "relative"),
    [
        ("Am Wahlabend dankte der Kandidat seinen Helfern.", "Am Wahlabend", "anaphoric:then"),
        ("Bis zum Parteitag soll das Programm stehen.", "Bis zum Parteitag", "anaphoric:until"),
        ("Das sagte die Anwältin zum Prozessauftakt.", "zum Prozessauftakt", "anaphoric:then"),
        ("Sie blieb bis zum letzten Schultag.", "bis zum letzten Schultag", "anaphoric:until"),
        (
            "Die Firma wurde zur Jahrtausendwende verkauft.",
            "zur Jahrtausendwende",
            "anaphoric:then",
        ),
        ("Er kam kurz vor dem ersten Jahrestag.", "vor dem ersten Jahrestag", "anaphoric:before"),
    ],
)
def test_days_of_an_occasion(sentence: str, text: str, relative: str) -> None:
    found = {t.text: t.relative for t in find_times(sentence, published=PUB)}
    assert found.get(text) == relative


@pytest.mark.parametrize(
    ("sentence", "text", "value", "relative"),
    [
        ("Die Wahl zum Landtag ist umstritten.", None, None, None),
        ("Am Valentinstag gab es Blumen.", "Am Valentinstag", "2016-02-14", None),
        ("Sie waren seit dem Vorabend unterwegs.", "seit dem Vorabend", None, "anaphoric:-1D"),
        ("Am Montagabend tagte der Rat.", "Am Montagabend", "2016-05-09TEV", None),
    ],
)
def test_occasions_leave_other_days_to_their_patterns(
    sentence: str, text: str | None, value: str | None, relative: str | None
) -> None:
    found = [(t.text, t.value, t.relative) for t in find_times(sentence, published=PUB)]
    assert found == ([] if text is None else [(text, value, relative)])


def test_unlaengst_is_a_recent_past() -> None:
    assert ("unlängst", "PAST_REF") in _times("Die Regel wurde unlängst geändert.")
