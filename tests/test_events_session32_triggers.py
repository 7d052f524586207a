"""Session 32: the party of a trigger the parser lost — a name opening the clause with the
object read as subject ("X begrüßte die Idee …"), an adverb opening the clause read as the
subject ("Zuvor hatte die EU-Kommission …"), "dazu" hung on a phrase of the verb, and "das
Ministerium" for a ministry named before. Sentences written for the tests (after tuning
records)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str], list[str], str]]:
    return [
        (e.type, e.mode, [a.name for a in e.actors], [t.name for t in e.targets], e.modality)
        for e in _events(text)
    ]


def test_a_name_before_the_verb_with_an_unmarked_object_after_it() -> None:
    # the parser reads "die Idee" as the subject and the name as an adverb
    text = (
        "Die SPÖ-Abgeordnete Susanne Gruber hatte einen Antrag gestellt. "
        "Gruber begrüßte die Idee einer Reform am Sonntag."
    )
    assert _read(text) == [("SUPPORT", "welcome", ["Susanne Gruber"], [], "asserted")]


def test_an_object_after_the_verb_stays_an_object() -> None:
    text = "Merkel kritisierte die Regierung in Ankara."
    assert _read(text) == [("ACCUSE", "criticism", ["Merkel"], ["türkische Regierung"], "asserted")]
    assert _types("Der Spielerin droht eine Sperre.") == []


def test_an_adverb_opening_the_clause_is_no_subject() -> None:
    text = "Zuvor hatte die EU-Kommission Griechenland dazu gedrängt, einen Vorschlag anzunehmen."
    assert _read(text) == [("REQUEST", "urging", ["EU-Kommission"], [], "asserted")]
    assert _types("Allerdings drängt die Zeit.") == []


def test_the_ministry_named_before_takes_a_stand() -> None:
    text = (
        "Das Finanzministerium legte einen Bericht vor. Zuvor hatte sich das Ministerium "
        "noch gegen eine Veröffentlichung ausgesprochen."
    )
    assert _read(text) == [("REJECT", "opposition", ["Finanzministerium"], [], "asserted")]


def test_the_company_named_before_criticises_after_what_it_said() -> None:
    # "das Unternehmen" after the cue is read as the object: it is the speaker, no target
    text = "Siemens legte Zahlen vor. Die Lage sei schwierig, kritisiert das Unternehmen."
    assert _read(text) == [("ACCUSE", "criticism", ["Siemens"], [], "asserted")]


def test_the_relative_pronoun_of_a_predicate_noun() -> None:
    # "die" read as an object beside the plural "Neuwahlen"; "Partei" names nobody, it is
    # said of the subject before it
    text = "Die Grünen sind die einzige Partei, die offensiv Neuwahlen fordert."
    assert _read(text) == [("REQUEST", "demand", ["Grüne"], [], "asserted")]
    text = "Es gibt Kritik von Peter Maier, der die Regierung scharf kritisiert."
    assert _read(text) == [("ACCUSE", "criticism", ["Peter Maier"], ["Regierung"], "asserted")]
