"""Session 35 (issue #5, helper "evsense"): trigger words in their sporting sense
(`events/sport.py`). Sentences from 10kGNAD records (CC BY-NC-SA 4.0; record ids at each
test), others written for the tests."""

from __future__ import annotations

from newsgraph.events.sport import reports_match
from tests.test_events_session28_triggers import _events


def _read(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (e.type, e.trigger, [a.name for a in e.actors], [t.name for t in e.targets])
        for e in _events(text)
    ]


def test_scores_and_not_clock_times() -> None:
    assert reports_match("Köln verhinderte aber die dritte 0:1-Niederlage in Serie.")
    assert reports_match("Er hatte beim Hamburger SV (1:1) getroffen.")
    assert not reports_match("Die Sitzung beginnt um 20:15 Uhr.")
    assert not reports_match("Im Video ab 3:30:45 ist die Befragung zu sehen.")


def test_a_striker_who_scored_met_nobody() -> None:
    # 10kGNAD record 2c038183087252a3 (fresh records 300–801, section Sport)
    text = (
        "Sein FC Ingolstadt musste sich im Heimspiel gegen den 1. FC Köln mit einem 1:1 "
        "begnügen. Der Angreifer hatte zuletzt bereits gegen Werder Bremen (2:0) und beim "
        "Hamburger SV (1:1) getroffen."
    )
    assert all(t != "CONSULT" for t, _, _, _ in _read(text))


def test_a_teams_offensive_is_no_fighting() -> None:
    # 10kGNAD record c9fe168bd4eaa8ce (fresh records 300–801, section Sport)
    text = (
        "Salzburg gewann gegen die Admira mit 5:0. Die große Offensive der Admira blieb auch "
        "nach der Pause aus."
    )
    assert all(t != "FIGHT" for t, _, _, _ in _read(text))


def test_a_meeting_in_a_text_with_no_score_stays() -> None:
    # written for the test: the same word outside a match report (a clock time is no score)
    text = (
        "Außenminister John Kerry traf am Montag um 20:15 Uhr die Unterhändler der "
        "kolumbianischen Regierung und der linken Guerillaorganisation FARC."
    )
    assert any(t == "CONSULT" for t, _, _, _ in _read(text))


def test_other_events_of_a_match_report_stay() -> None:
    # 10kGNAD record 862b6c81ef362bb8 (fresh records 0–299, section Sport): fans pelting the bus
    text = (
        "Die Roma holte mit einem 2:0 im Derby gegen Lazio den fünften Tabellenplatz. Danach "
        "waren die Tifosi auf die Barrikaden gegangen und hatten den Teambus nach einer "
        "Weihnachtsfeier mit Eiern beworfen."
    )
    assert any(t == "ASSAULT" for t, _, _, _ in _read(text))


def test_a_head_of_government_come_under_criticism_criticises_nobody() -> None:
    # 10kGNAD record of tuning gold gnad-0684: a state, no criticism by him
    text = (
        "Erst bietet Islands durch die Panama Papers in die Kritik geratener Regierungschef "
        "Sigmundur Davíð Gunnlaugsson seiner Partei nach deren Angaben an, sein Amt "
        "niederzulegen."
    )
    assert all(t != "ACCUSE" for t, _, _, _ in _read(text))


def test_criticism_voiced_stays() -> None:
    # written for the test
    text = "Die Opposition übte scharfe Kritik an Minister Hans Huber."
    assert ("ACCUSE", "Kritik", ["Opposition"], ["Hans Huber"]) in _read(text)


def test_a_former_office_holder_does_not_act_for_the_court() -> None:
    # 10kGNAD record of tuning gold gnad-0100 (the teaser): the parse makes the genitive a
    # second subject, and the former president is no longer the court
    text = (
        "Die ehemalige Präsidentin des Obersten Gerichtshofs fordert eine Kostengrenze von "
        "einer Million Euro."
    )
    assert all("Oberster Gerichtshof" not in actors for _, _, actors, _ in _read(text))


def test_a_sitting_office_holder_still_acts_for_the_court() -> None:
    # written for the test
    text = "Der Präsident des Obersten Gerichtshofs fordert eine Reform der Justiz."
    assert any("Oberster Gerichtshof" in actors for t, _, actors, _ in _read(text))


def test_an_ex_holder_compound_does_not_act_for_the_court() -> None:
    # 10kGNAD record 409fb06b327622e9 (fresh records 300–801, its teaser); the holder's
    # compound still names the court
    assert all(
        "OGH" not in actors
        for _, _, actors, _ in _read(
            "Ex-OGH-Präsidentin fordert Fairnessabkommen von allen Kandidaten."
        )
    )
    assert any(
        "OGH" in actors for _, _, actors, _ in _read("Die OGH-Präsidentin fordert eine Reform.")
    )
