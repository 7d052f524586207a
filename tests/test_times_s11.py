"""Session 11: time expressions the fresh (later-round) gold files list."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

PUB = "2016-05-11"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "derzeit", "zurzeit", "mittlerweile": the present as of publication
        ("Derzeit sind 20 Menschen im Spital.", [("Derzeit", PUB)]),
        ("Italien versorge zurzeit 86.000 Flüchtlinge.", [("zurzeit", PUB)]),
        ("Tesla versucht mittlerweile zu beschwichtigen.", [("mittlerweile", PUB)]),
    ],
)
def test_present_words(sentence: str, expected: list) -> None:
    assert [(t.text, t.value) for t in find_times(sentence, published=PUB)] == expected


def test_present_words_stay_relative_without_a_date() -> None:
    found = find_times("Die Firma prüft derzeit den Fall.", published=None)
    assert [(t.text, t.value, t.relative) for t in found] == [("derzeit", None, "present")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # vague stretches of "Zeit"
        ("In der EU läuft schon seit einiger Zeit eine Diskussion.", "seit einiger Zeit", "PX"),
        ("In letzter Zeit jedoch gab es Schwierigkeiten.", "In letzter Zeit", "PAST_REF"),
        ("Die Schaulustigen applaudieren noch einige Zeit.", "noch einige Zeit", "PX"),
        ("Das Unternehmen steht schon länger in der Kritik.", "schon länger", "PX"),
        ("Der Start ist auf unbestimmte Zeit verschoben.", "auf unbestimmte Zeit", "FUTURE_REF"),
        ("Man wird sie nach einiger Zeit zurückbekommen.", "nach einiger Zeit", None),
    ],
)
def test_vague_stretches_of_time(sentence: str, text: str, value: str | None) -> None:
    found = {t.text: t.value for t in find_times(sentence, published=PUB)}
    assert text in found
    assert found[text] == value


@pytest.mark.parametrize(
    "sentence",
    [
        # the perfect of an inseparable verb dates its clause in the past
        "Das Modell hat er am 3. Juni unterschrieben.",
        "Der Vorstand hat am 3. Juni beschlossen, zu verkaufen.",
        "Er hat den Vertrag am 3. Juni unterzeichnet.",
        "Er ist am 3. Juni verstorben.",
    ],
)
def test_perfect_of_inseparable_verbs_is_past(sentence: str) -> None:
    found = {t.text: t.value for t in find_times(sentence, published=PUB)}
    assert found["am 3. Juni"] == "2015-06-03"


def test_an_infinitive_like_participle_is_no_past_cue() -> None:
    """'erhalten' is an infinitive too: a future sentence keeps its date ahead."""
    found = {
        t.text: t.value for t in find_times("Er soll am 3. Juni den Preis erhalten.", published=PUB)
    }
    assert found["am 3. Juni"] == "2016-06-03"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a range read as one expression takes the tense of its clause, not the "vom" of a
        # dated thing ("die Beschlüsse vom 6. Juni")
        ("Die Messe findet vom 20.–23. Juni statt.", "2016-06-20"),
        ("Die Tagung findet vom 6. bis zum 8. Juni statt.", "2016-06-06"),
        ("Die Tagung fand vom 6. bis zum 8. Juni statt.", "2015-06-06"),
        ("Die Beschlüsse vom 6. Juni gelten.", "2015-06-06"),
    ],
)
def test_a_range_of_days_follows_its_clause(sentence: str, value: str) -> None:
    assert [t.value for t in find_times(sentence, published=PUB)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stretch counted from a start the text names
        ("Zu den Herausforderungen im ersten Jahr zählte das Budget.", ("im ersten Jahr", "1Y")),
        ("Dort kamen am ersten Tag knapp 1.000 Menschen.", ("am ersten Tag", "1D")),
        ("Die FPÖ hat bereits in der ersten Phase investiert.", ("in der ersten Phase", "1PHASE")),
    ],
)
def test_ordinal_units(sentence: str, expected: tuple[str, str]) -> None:
    found = [(t.text, t.relative) for t in find_times(sentence, published=PUB)]
    assert found == [(expected[0], f"anaphoric:ordinal:{expected[1]}")]


def test_last_year_stays_the_relative_unit_and_a_subject_is_none() -> None:
    assert [t.value for t in find_times("Im letzten Jahr stieg die Zahl.", published=PUB)] == [
        "2015"
    ]
    assert find_times("Der erste Tag war schwierig.", published=PUB) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # plural relative units after an article
        (
            "Die Richtung wird für die kommenden Jahre vorgegeben.",
            "für die kommenden Jahre",
            "FUTURE_REF",
        ),
        ("Der Trend der vergangenen Jahre setzt sich fort.", "der vergangenen Jahre", "PAST_REF"),
        (
            "Die Lage hat sich im Laufe der letzten Jahre verschlechtert.",
            "im Laufe der letzten Jahre",
            "PAST_REF",
        ),
        # "nicht" before a vague reference other than "zuletzt" / "längst"
        ("Das kann nicht innerhalb weniger Wochen geschehen.", "innerhalb weniger Wochen", "PXW"),
        ("Er wurde mit sofortiger Wirkung entlassen.", "mit sofortiger Wirkung", "PRESENT_REF"),
    ],
)
def test_plural_relative_units_and_vague_references(sentence: str, text: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(sentence, published=PUB)}
    assert found.get(text) == value


def test_not_least_and_by_far_not_stay_no_times() -> None:
    assert find_times("Das liegt nicht zuletzt an den Umfragen, es ist längst nicht alles.") == []


def test_every_n_units_recur() -> None:
    found = find_times("Sie sollen ab 2023 alle fünf Jahre überprüft werden.", published=PUB)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("ab 2023", "DATE", "2023"),
        ("alle fünf Jahre", "SET", "P5Y"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # a number of units with thousands groups is read whole, never from inside
        ("Es war der schlimmste Regen seit 1.000 Jahren.", "seit 1.000 Jahren", "P1000Y"),
        ("Der Flug dauerte 1.500 Stunden.", "1.500 Stunden", "PT1500H"),
    ],
)
def test_thousands_groups_in_durations(sentence: str, text: str, value: str) -> None:
    found = [(t.text, t.value) for t in find_times(sentence, published=PUB)]
    assert found == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # the part of the year the phrase names
        (
            "Im dritten Quartal des Vorjahres lag er bei 5 Prozent.",
            "Im dritten Quartal des Vorjahres",
            "2015-Q3",
        ),
        (
            "Im ersten Halbjahr dieses Jahres stieg er.",
            "Im ersten Halbjahr dieses Jahres",
            "2016-H1",
        ),
    ],
)
def test_part_of_a_relative_year(sentence: str, text: str, value: str) -> None:
    assert [(t.text, t.value) for t in find_times(sentence, published=PUB)] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "text", "relative"),
    [
        # round 2: a time noun after a demonstrative points back to a time the text told
        ("Es blieb nicht der letzte Transport an diesem Tag.", "an diesem Tag", "anaphoric:then"),
        (
            "An diesem Vormittag erklärt er Anlegern die Lage.",
            "An diesem Vormittag",
            "anaphoric:then",
        ),
        (
            "Während dieser Jahre sollen sie gemordet haben.",
            "Während dieser Jahre",
            "anaphoric:then",
        ),
        ("Seit jenem Abend schreibt er nicht mehr.", "Seit jenem Abend", "anaphoric:since"),
    ],
)
def test_demonstrative_times_point_back(sentence: str, text: str, relative: str) -> None:
    found = find_times(sentence, published=PUB)
    assert [(t.text, t.value, t.relative) for t in found] == [(text, None, relative)]


def test_demonstrative_calendar_units_and_subjects() -> None:
    # "in diesem Jahr/Kalenderjahr" is dated from publication; a subject or "Hintergrund" is none
    found = find_times("Er siegte in diesem Kalenderjahr 13 Mal.", published=PUB)
    assert [(t.text, t.value) for t in found] == [("in diesem Kalenderjahr", "2016")]
    assert find_times("Diese Zeit war schwer, vor diesem Hintergrund.", published=PUB) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "relative"),
    [
        ("Diesmal führe kein Weg daran vorbei.", "Diesmal", None, "anaphoric:this"),
        ("Und dieses Mal fehlen 30.000 Euro.", "dieses Mal", None, "anaphoric:this"),
        ("Der Gesetzgeber hatte seinerzeit verfügt.", "seinerzeit", None, "anaphoric:then"),
        (
            "Irgendwann möchte er selbst auf der Bühne stehen.",
            "Irgendwann",
            None,
            "anaphoric:someday",
        ),
        ("Schon demnächst wird der Grenzraum bestreift.", "demnächst", "FUTURE_REF", None),
        ("Als Konrad neulich fehlte, war es still.", "neulich", "PAST_REF", None),
        ("Flüchtlinge dürfen ab sofort einreisen.", "ab sofort", "PRESENT_REF", None),
    ],
)
def test_deictic_adverbs_of_the_fresh_files(
    sentence: str, text: str, value: str | None, relative: str | None
) -> None:
    found = find_times(sentence, published=PUB)
    assert [(t.text, t.value, t.relative) for t in found] == [(text, value, relative)]


@pytest.mark.parametrize(
    ("sentence", "text", "relative"),
    [
        ("Fast jeder zehnte checkt auch nachts Mails.", "nachts", "pod:NI"),
        ("Drei Züge kamen im Lauf des Abends an.", "im Lauf des Abends", "pod:EV"),
        ("In den späten Abendstunden warteten noch viele.", "In den späten Abendstunden", "pod:EV"),
        ("Die Aktien drehten zu Mittag ins Plus.", "zu Mittag", "pod:MI"),
        ("Er war seit dem Vorabend auf Tour.", "seit dem Vorabend", "anaphoric:-1D"),
    ],
)
def test_parts_of_the_day_without_a_day(sentence: str, text: str, relative: str) -> None:
    found = find_times(sentence, published=PUB)
    assert [(t.text, t.value, t.relative) for t in found] == [(text, None, relative)]


def test_noon_after_a_named_day_refines_it() -> None:
    found = find_times("Er isst morgen zu Mittag.", published=PUB)
    assert [(t.text, t.value) for t in found] == [
        ("morgen", "2016-05-12"),
        ("zu Mittag", "2016-05-12TMI"),
    ]
