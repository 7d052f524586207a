"""Session 33 (issue #5, helper "evment"): subjects the parser hung elsewhere. A subject
pronoun right after its finite verb that the parser hung on the noun after it ("Zudem fordert
sie Reglementierungen …": "sie" read as a numeral of the noun) is the subject, read by the
event reader's own pronoun resolver; a noun phrase right after a finite auxiliary that the
parser hung on the auxiliary ("hatte die Regierung … zugesagt") is the subject. The sentences
are written for the tests after the pattern of 10kGNAD records (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in _events(text)
    ]


def test_a_misparsed_sie_after_the_verb_is_the_subject() -> None:
    # before: "sie" hung on "Reglementierungen", the demand had no party and was dropped
    text = (
        "Die Abgeordnete Julia Weber kritisierte den Entwurf. Zudem fordert sie "
        "Reglementierungen für digitalen Kopierschutz."
    )
    assert ("REQUEST", ["Julia Weber"], []) in _read(text)


def test_a_subject_hung_on_the_auxiliary() -> None:
    # before: "Regierung" hung on "hatte" as its object, "Angesichts" read as the subject:
    # the pledge had no party and was dropped
    text = (
        "Angesichts der humanitären Notlage in Syrien hatte die Regierung erst Ende Oktober "
        "600.000 Euro für internationale Organisationen in der Region zugesagt."
    )
    assert ("AID", ["Regierung"], []) in _read(text)
