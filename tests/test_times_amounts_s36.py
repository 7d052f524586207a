"""Session 36 (issue #5, helper "tprec"): a number inside the name of an organisation, a
product or an event, after a word of that name, is no time and no amount ("Global 2000",
"DJI Phantom 3 Professional"); a name that starts with its number keeps the amount. Digits with
a point before one or two digits before a noun are no German amount (a clock time in a listing,
a version: "Servus TV 20.15 Dokumentation", "Android 6.0 Marshmallow"), nor is a number before
the suffix of a model name ("iPhone 6 Plus"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.amounts.extract import find_amounts
from newsgraph.model import Entity, Mention
from newsgraph.times.extract import find_times
from newsgraph.times.names import name_spans, outside_names


def _entity(kind: str, name: str, text: str) -> Entity:
    start = text.index(name)
    mention = Mention(text=name, start=start, end=start + len(name))
    return Entity(id=f"{kind.lower()}-1", type=kind, name=name, mentions=[mention])  # type: ignore[arg-type]


def test_a_year_in_an_organisation_name_is_no_time() -> None:
    text = "Die Umweltorganisation Global 2000 warnte im Jahr 2015 vor dem Abkommen."
    times = find_times(text, language="de")
    assert [t.text for t in times] == ["2000", "im Jahr 2015"]
    spans = name_spans([_entity("ORG", "Global 2000", text)], text)
    assert [t.text for t in outside_names(times, spans, text)] == ["im Jahr 2015"]


def test_a_number_in_a_product_name_is_no_amount() -> None:
    text = "Der Roboter Spot 3 Explorer kostet rund 1400 Euro."
    amounts = find_amounts(text, language="de")
    assert "3 Explorer" in [a.text for a in amounts]
    spans = name_spans([_entity("MISC", "Spot 3 Explorer", text)], text)
    assert [a.text for a in outside_names(amounts, spans, text)] == ["rund 1400 Euro"]


def test_a_name_that_starts_with_its_number_keeps_it() -> None:
    # control: the number opens the name, no word of the name before it
    text = "Eine Frau soll die Zwanzig-Dollar-Note zieren."
    amounts = find_amounts(text, language="de")
    spans = name_spans([_entity("ORG", "Zwanzig-Dollar-Note", text)], text)
    assert outside_names(amounts, spans, text) == amounts
    assert amounts


def test_a_person_or_a_place_keeps_its_numbers() -> None:
    # control: only names of organisations and other names (products, events) are read
    text = "Der 22-jährige Stürmer wechselt nach Salzburg, sagte er im Jahr 2015."
    times = find_times(text, language="de")
    amounts = find_amounts(text, language="de")
    entities = [_entity("PER", "22-jährige Stürmer", text), _entity("LOC", "Salzburg", text)]
    spans = name_spans(entities, text)
    assert spans == []
    assert outside_names(times, spans, text) == times
    assert outside_names(amounts, spans, text) == amounts


@pytest.mark.parametrize(
    "sentence",
    [
        # a clock time in a programme listing, a version, a clock time in parentheses
        "Bis 20.10, Servus TV 20.15 Dokumentation Die Schlachtfabrik",
        "Als Software läuft Android 6.0 Marshmallow auf dem Gerät.",
        "Damit können selbst mit TLS 1.2 verschlüsselte Datenverbindungen geknackt werden.",
        "Die Seeleute haben um 06.00 Uhr Ortszeit (5.00 MEZ) einen Streik begonnen.",
    ],
)
def test_digits_with_a_point_before_a_noun_are_no_amount(sentence: str) -> None:
    assert find_amounts(sentence, language="de") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # controls: a price, a scaled sum and a measure written with a point stay amounts; a
        # comma decimal and a grouped number are German
        ("Das Ticket kostet 2.50 Euro.", [("2.50 Euro", 2.5, "EUR")]),
        ("Er lief 3.5 Kilometer.", [("3.5 Kilometer", 3.5, "km")]),
        ("Die Inflation lag bei 2,5 Prozent.", [("2,5 Prozent", 2.5, "percent")]),
        ("Rund 1.500 Menschen kamen.", [("Rund 1.500 Menschen", 1500.0, "Menschen")]),
    ],
)
def test_measured_dotted_and_german_numbers_stay(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(a.text, a.value, a.unit) for a in find_amounts(sentence, language="de")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dass das iPhone 6 Plus anfällig für Verbiegungen war, ärgerte Apple.",
        "Es erscheinen das Lumia 950 und das Lumia 950 XL.",
    ],
)
def test_the_suffix_of_a_model_name_is_no_counted_noun(sentence: str) -> None:
    assert find_amounts(sentence, language="de") == []


def test_a_count_before_a_compound_with_a_suffix_word_stays() -> None:
    # control: a compound that starts with the suffix word counts ("3 Pro-Stimmen")
    found = find_amounts("Es gab 3 Pro-Stimmen und 4 Gegenstimmen.", language="de")
    assert [(a.text, a.value) for a in found] == [("3 Pro-Stimmen", 3.0), ("4 Gegenstimmen", 4.0)]
