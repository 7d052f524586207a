"""Session 34 (issue #5, helper "evsubj"): a plural "sie" whose sentence before has no plural
subject in the parse. The parser often labels a sentence-initial plural subject an object
("Die Gewerkschaften kritisierten …" with "Gewerkschaften" as obj), so `plural_subject_before`
found nobody and the event of the "sie" sentence, naming no party, was dropped; the actors the
event reader read for the plural main-clause verb of the sentence before are its parties. The
sentences are written for the tests after the pattern of 10kGNAD records (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in _events(text)
    ]


def test_plural_sie_after_a_subject_parsed_as_object() -> None:
    # before: "Gewerkschaften" parsed as the object of "kritisierten", the demand of the next
    # sentence had no party and was dropped
    text = "Die Gewerkschaften kritisierten die Regierung. Sie forderten höhere Löhne."
    assert ("REQUEST", ["Gewerkschaften"], []) in _read(text)


def test_plural_sie_after_two_parties_with_an_auxiliary() -> None:
    # before: "SPÖ und ÖVP" read as a root of its own, "Sie einigten sich" had no party
    text = "SPÖ und ÖVP haben am Montag verhandelt. Sie einigten sich auf eine Reform."
    events = _read(text)
    assert any(t == "AGREE" and set(a) == {"SPÖ", "ÖVP"} for t, a, _ in events)


def test_a_passive_subject_is_no_actor_of_the_next_sie() -> None:
    # the demonstrators underwent the arrest: their "sie" is not the police
    text = (
        "Die Demonstranten wurden am Montag von der Polizei festgenommen. "
        "Sie forderten die Freilassung ihres Anführers."
    )
    assert not any(t == "REQUEST" and "Polizei" in a for t, a, _ in _read(text))


def test_plural_sie_after_a_subject_split_in_two() -> None:
    # before: "Wiener" and "Grünen" both parsed as subjects, so no one subject was found
    text = (
        "Die Wiener Grünen warnten am Freitag davor, dass die U-Bahn am Kapazitätslimit "
        "kratze. Sie fordern daher, dass weiter ein Fernzug pro Stunde am Westbahnhof hält."
    )
    assert ("REQUEST", ["Grüne"], []) in _read(text)
