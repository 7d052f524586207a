"""Session 31 (helper "qkind"): after a person's reported speech, a sentence whose indicative
main clause names nobody and whose Konjunktiv II stands only in a dependent clause ("Es fehlt
noch der Anreiz, weil sie … müssten") is the person's own statement, direct speech
(``Continuations._own_statement_after``); a main clause that names someone ("Hauer sieht …,
weil …") still reports. Excerpt of a 10kGNAD test record (CC BY-NC-SA 4.0):
10kgnad-test-0240 (tuning gnad-0197); the guard is written for the test after a shape seen on
tuning."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

HECHT = (
    "Die meisten schweren Lasterunfälle auf Autobahnen resultierten aus Ablenkung oder "
    "Einschlafen der Fahrer, sagte Christoph Hecht vom Autoclub ADAC. Die Automatisierung beim "
    "Lasterfahren könne die Sicherheit entscheidend verbessern. Fraglich sei aber, ob der Markt "
    "die Autopilot-Fahrzeuge überhaupt annehmen werde. "
)
OWN = (
    "Es fehlt noch der wirtschaftliche Anreiz für die Unternehmer, weil sie die Fahrer ja "
    "weiterhin bezahlten müssten, unabhängig davon, ob das Fahrzeug automatisiert oder manuell "
    "gesteuert wird."
)


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


def test_an_indicative_main_clause_after_reported_speech_is_direct(nlp_de_trained: Any) -> None:
    quotes = _quotes(HECHT + OWN, nlp_de_trained)
    assert ("direct", OWN, "Christoph Hecht") in quotes
    assert not any(k == "indirect" and t == OWN for k, t, _s in quotes)


def test_a_main_clause_naming_the_person_still_reports(nlp_de_trained: Any) -> None:
    named = (
        "Hecht sieht die Unternehmer skeptisch, weil sie die Fahrer ja weiterhin bezahlen müssten."
    )
    quotes = _quotes(HECHT + named, nlp_de_trained)
    assert not any(k == "direct" and t == named for k, t, _s in quotes)
