"""Session 31, round 2 (helper orgstate): a country's authorities in the plural stand for that
state as an event party, also where the entity layer keeps them as an organisation because
they act. Sentences written for the tests, modelled on tuning-set sentences (gnad-0294,
gnad-0527, gnad-0120); the gold names the state there ("Türkei", "China", "Ungarn")."""

from __future__ import annotations

from tests.test_events_session27_triggers import _events, _read


def test_acting_authorities_of_a_country_adjective_are_the_state() -> None:
    events = _events("Zudem gehen die türkischen Behörden im Inland gegen die PKK vor.")
    assert [_read(e) for e in events] == [("COERCE", ["Türkei"], ["PKK"])]


def test_authorities_after_a_genitive_country_are_the_state() -> None:
    events = _events("Chinas Behörden beschuldigen uigurische Gruppen des Separatismus.")
    assert [_read(e) for e in events] == [("ACCUSE", ["China"], [])]


def test_the_state_stands_for_its_authorities_after_an_arrest() -> None:
    events = _events("Die ungarischen Behörden nahmen am Montag 20 Flüchtlinge fest.")
    assert [_read(e) for e in events] == [("COERCE", ["Ungarn"], [])]


def test_a_singular_body_of_a_country_stays_the_body() -> None:
    # guard: the gold names "X Regierung", "X Polizei" as the body (gnad-0078 aside)
    events = _events("Die griechische Polizei räumte am Mittwoch das Zeltlager.")
    assert [_read(e) for e in events] == [("COERCE", ["griechische Polizei"], [])]


def test_authorities_without_a_country_stay_authorities() -> None:
    # guard: no country adjective, no state
    events = _events("Die Behörden nahmen am Montag 20 Flüchtlinge fest.")
    assert [_read(e) for e in events] == [("COERCE", ["Behörden"], [])]
