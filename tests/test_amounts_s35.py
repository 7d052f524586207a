"""Session 35 (issue #5, helper "tprec"): counts whose noun stands before them ("davon acht",
"vier von ihnen", "31 weitere wurden verletzt": the number, with the unit and scale of the
amount before it in the sentence) and ages in one number word ("ein Vierjähriger", "seiner
achtjährigen Tochter"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts.extract import find_amounts


def _read(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value, a.unit) for a in find_amounts(text, language="de")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sie beging zehn Doppelfehler, davon acht im ersten Satz.",
            ("acht", 8.0, "Doppelfehler"),
        ),
        ("Die Bank hält faule Kredite, davon 50 bei der Mutter.", ("50", 50.0, None)),
        (
            "Es gab Verletzte, vier von ihnen schwer.",
            ("vier", 4.0, None),
        ),
        ("Zwei Soldaten starben, 31 weitere wurden verletzt.", ("31", 31.0, "Soldaten")),
        ("Er sah mehrere Gruppen. Neun davon stammen aus Wien.", ("Neun", 9.0, None)),
        ("Heuer fallen 20 Flüge weg, 2017 dann weitere neun.", ("neun", 9.0, "Flüge")),
        ("Ein Vierjähriger wurde dabei verletzt.", ("Vierjähriger", 4.0, "years")),
        ("Das jüngste Opfer war eine Sechsjährige.", ("Sechsjährige", 6.0, "years")),
        ("Er floh mit seiner achtjährigen Tochter.", ("achtjährigen", 8.0, "years")),
        ("Ein zwölfjähriger Bub fand den Schlüssel.", ("zwölfjähriger", 12.0, "years")),
    ],
)
def test_elliptic_counts_and_word_ages(
    sentence: str, expected: tuple[str, float, str | None]
) -> None:
    assert expected in _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # an article form, a score, a year, a number before its noun or a range are not elliptic
        ("Zwei Personen wurden gerammt, eine davon schwer.", "eine"),
        ("Im Tiebreak zog er auf 6:2 davon.", "2"),
        ("Dadurch fehlen 2018 weitere zwei Milliarden Euro.", "2018"),
        ("Es gibt zwei weitere nordeuropäische Staaten.", "zwei"),
        ("Der Bau kostet weitere 30 bis 60 Millionen Euro.", "30"),
        # a duration adjective before a noun that is no person, and an adjective before a noun
        ("Nach zehnjähriger Reise landete die Sonde.", "zehnjähriger"),
        ("Zehnjährige Haftstrafen drohen den Tätern.", "Zehnjährige"),
    ],
)
def test_not_elliptic_nor_age(sentence: str, absent: str) -> None:
    assert absent not in [text for text, _, _ in _read(sentence)]


def test_scaled_amount_after_davon_keeps_its_scale() -> None:
    read = _read("Die Kosten betragen zwei Milliarden, davon 1,6 Milliarden Euro für Soziales.")
    assert ("1,6 Milliarden Euro", 1.6e9, "EUR") in read
    assert not any(value == 1.6 for _, value, _ in read)


def test_elliptic_count_takes_the_scale_and_unit_of_the_amount_before() -> None:
    read = _read("Es gibt faule Kredite von 200 Milliarden Euro, davon 50 bei der Mutterbank.")
    assert ("50", 50e9, "EUR") in read


def test_bare_grouped_number_after_davon_is_one_amount() -> None:
    read = _read("Es kamen 45.000 Teilnehmer, davon 16.000 in Duisburg.")
    assert [x[:2] for x in read if x[1] == 16000.0] == [("16.000", 16000.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das BIP legte um 0,5 statt 0,4 Prozent zu.", [("0,5", 0.5), ("0,4 Prozent", 0.4)]),
        ("Die Zahl stieg um 60 beziehungsweise 46 Prozent.", [("60", 60.0), ("46 Prozent", 46.0)]),
        ("Die Karten kosten 69 bzw. 159 Euro.", [("69", 69.0), ("159 Euro", 159.0)]),
        ("Der Antrag ging mit 178 zu 120 Stimmen durch.", [("178", 178.0), ("120 Stimmen", 120.0)]),
    ],
)
def test_first_of_a_pair_takes_the_unit_of_the_second(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    read = find_amounts(sentence, language="de")
    assert [(a.text, a.value) for a in read] == expected
    assert len({a.unit for a in read}) == 1
    assert all(a.qualifier is None for a in read)  # two amounts: no range, no change


def test_a_pair_without_a_unit_and_a_range_stay_as_they_were() -> None:
    assert find_amounts("Der Blutdruck beträgt 110 zu 65.", language="de") == []
    (joined,) = find_amounts("Es kostet 3.000 bis 4.000 Euro.", language="de")
    assert (joined.text, joined.qualifier, joined.value_to) == (
        "3.000 bis 4.000 Euro",
        "range",
        4000.0,
    )


def test_a_first_number_written_in_full_takes_no_scale() -> None:
    read = find_amounts("Die Ausfälle wurden mit 360.000 bzw. etwa 1 Mio. Euro beziffert.")
    assert ("360.000", 360000.0) in [(a.text, a.value) for a in read]
    read = find_amounts("2010 – Bis zu eine Million Kubikmeter Schlamm überschwemmen den Ort.")
    assert ("Bis zu eine Million Kubikmeter", 1e6) in [(a.text, a.value) for a in read]
    (scaled,) = find_amounts("Gerechnet wird mit 25 bis 60 Millionen Euro.")
    assert scaled.value == 25e6
