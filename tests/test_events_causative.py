"""Session 33 (issue #5, helper "evcause"): the causer of "lassen" + infinitive is the event's
actor, the accusative its target; "niederschlagen" (a rising put down) as a trigger, not the
reflexive "sich niederschlagen". Two sentences are excerpts of 10kGNAD records (CC BY-NC-SA
4.0; test split, records 0179 and 0336), the rest written for the tests."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [
        (e.type, e.mode, [a.name for a in e.actors], [t.name for t in e.targets])
        for e in _events(text)
    ]


def test_the_causer_of_lassen_is_the_actor() -> None:
    # before: the accusative, parsed as the infinitive's subject, was the actor
    text = "Der Präsident ließ den Oppositionsführer Alexej Nawalny festnehmen."
    assert _read(text) == [("COERCE", "arrest", ["Präsident"], ["Alexej Nawalny"])]


def test_the_causer_after_a_finite_lassen() -> None:
    # 10kGNAD test 0336: the parser makes "Regierung" the infinitive's object
    text = (
        "Während der arabischen Aufstände vor fünf Jahren ließ die Regierung Proteste von "
        "Schiiten mit Gewalt niederschlagen."
    )
    assert _read(text) == [("ASSAULT", "suppression", ["Regierung"], [])]
    # an object pronoun before it is skipped
    assert _read("Danach ließ ihn die Polizei festnehmen.") == [
        ("COERCE", "arrest", ["Polizei"], [])
    ]


def test_a_rising_put_down_but_not_a_reflexive() -> None:
    # 10kGNAD test 0179
    text = (
        "Der Bürgerkrieg endete im Mai 2009, als die Armee den Aufstand der LTTE mit aller "
        "Härte niederschlug."
    )
    assert ("ASSAULT", "suppression", ["Armee"], ["LTTE"]) in _read(text)
    text = "Die Folgen haben sich in verzerrten Geburtenrelationen niedergeschlagen."
    assert _types(text) == []
    # reflexive "lassen" is no causative: "lässt sich entsperren" names no doer
    assert _types("Das Gerät lässt sich leicht entsperren.") == []
