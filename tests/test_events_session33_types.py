"""Session 33 (issue #5, helper "evtype"): sentences whose words show the gold's type where the
start code read a trigger of another type or none — "sprechen von" a charge (ACCUSE, not talks),
a passive sentence for an offence ("wegen X verurteilt": COERCE, not a condemnation), a verdict
("schuldig gesprochen"). Sentences written for the tests (after tuning records)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str], list[str], str]]:
    return [
        (e.type, e.mode, [a.name for a in e.actors], [t.name for t in e.targets], e.modality)
        for e in _events(text)
    ]


def test_speaking_of_a_charge_is_a_condemnation() -> None:
    text = "Die Opposition sprach von Wahlbetrug."
    assert _read(text) == [("ACCUSE", "condemnation", ["Opposition"], [], "asserted")]
    text = "Gudenus hatte von einer inszenierten Aufnahme gesprochen."
    assert _read(text) == [("ACCUSE", "condemnation", ["Gudenus"], [], "asserted")]
    # the phrase hung on the subject by the parser after a bracket, and fronted
    text = (
        "Dort spricht die Abgeordnete Julia Reda (Piraten) von einem Frontalangriff auf das Netz."
    )
    assert _read(text) == [("ACCUSE", "condemnation", ["Julia Reda"], [], "asserted")]
    text = "Von Betrug sprach der Vorsitzende Hans Müller."
    assert _read(text) == [("ACCUSE", "condemnation", ["Hans Müller"], [], "asserted")]
    # speaking of what is no charge is no event, nor are talks "über" a scandal an accusation
    assert _types("Verteidigungsminister Klug sprach von einem Leitsystem im Gelände.") == []
    assert _types("Erdogan sprach am Freitag von einer historischen Abstimmung.") == []
    assert _types("Die SPÖ spricht mit der ÖVP über den Skandal.") == ["CONSULT"]


def test_a_passive_sentence_for_an_offence_is_coercion() -> None:
    text = "Peter Müller wurde wegen Untreue verurteilt."
    assert _read(text) == [("COERCE", "prison sentence", [], ["Peter Müller"], "asserted")]
    # the active voice with "wegen" is also said of a condemnation: stays one
    text = "Die EU verurteilte Russland wegen der Annexion der Krim."
    assert _types(text) == ["ACCUSE"]


def test_a_verdict_of_guilty() -> None:
    text = "Vor drei Wochen war Holmes in allen Punkten schuldig gesprochen worden."
    assert _read(text) == [("COERCE", "prison sentence", [], ["Holmes"], "asserted")]
    text = "Das Gericht sprach den Angeklagten Peter Müller schuldig."
    assert _read(text) == [("COERCE", "prison sentence", ["Gericht"], ["Peter Müller"], "asserted")]
    # "unschuldig" in a "von" phrase is no verdict
    assert _types("Peter Müller sprach von unschuldigen Opfern.") == []
