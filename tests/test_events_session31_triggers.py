"""Session 31: triggers of gold events that had no event in their sentence — a rebuttal
("konterte, dass …"), accusing ("bezichtigt", "angelastet"), people sent back or handed over,
votes, fines, an Austrian "Ansuchen", borders closed — and a participle the tagger calls finite
in a passive. Sentences written for the tests (some after tuning records and records of
10kGNAD 0–801)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str], list[str], str]]:
    return [
        (e.type, e.mode, [a.name for a in e.actors], [t.name for t in e.targets], e.modality)
        for e in _events(text)
    ]


def test_a_rebuttal_is_a_rejection() -> None:
    text = (
        "Die EU-Kommissarin Cecilia Malmström konterte, dass man das Recht jedes Landes "
        "festschreiben werde."
    )
    assert _read(text) == [("REJECT", "rebuttal", ["Cecilia Malmström"], [], "asserted")]


def test_a_reply_and_returned_fire_are_no_rebuttal() -> None:
    assert _types("Die Soldaten erwiderten das Feuer.") == []
    text = "Demnach habe Mahmoud Abbas erwidert, dass eine Einigung wichtig sei."
    assert "REJECT" not in _types(text)


def test_accusing_someone() -> None:
    text = "Die Partei HDP bezichtigt die regierende AKP, die Krise provoziert zu haben."
    assert _read(text) == [("ACCUSE", "accusation", ["HDP"], ["AKP"], "asserted")]
    text = (
        "Dem Politiker Peter Müller wurde angelastet, für die geringe Wahlbeteiligung "
        "verantwortlich zu sein."
    )
    assert _read(text) == [("ACCUSE", "accusation", [], ["Peter Müller"], "asserted")]


def test_people_sent_back_are_coerced_even_unnamed() -> None:
    # (the tagger calls "zurückgeschickt" finite here: a passive all the same)
    text = "Migranten aus Pakistan werden nach Athen zurückgeschickt."
    assert _read(text) == [("COERCE", "deportation", [], [], "asserted")]
    text = "42 syrische Asylwerber sollen in die Slowakei überstellt werden."
    assert [(e.type, e.modality) for e in _events(text)] == [("COERCE", "planned")]


def test_things_sent_back_and_causes_are_no_return() -> None:
    assert _types("Das Paket wurde an den Absender zurückgeschickt.") == []
    assert _types("Der Rückgang wird auf die Krise zurückgeführt.") == []


def test_votes() -> None:
    text = "Die SPÖ hat gegen den Pakt mit der FPÖ gestimmt."
    assert _read(text) == [("REJECT", "vote against", ["SPÖ"], [], "asserted")]
    text = "Der Finanzminister Alexander Stubb wird am Freitag für das neue Hilfspaket stimmen."
    assert _read(text) == [("SUPPORT", "vote", ["Alexander Stubb"], [], "planned")]
    text = "Ein Drittel der Befragten würde dagegen stimmen."
    assert "SUPPORT" not in _types(text)
    assert _types("Das stimmt nicht, sagte Peter Müller.") == []


def test_a_fine_imposed() -> None:
    text = (
        "Das Kartellgericht hat über die Pfeiffer HandelsgmbH eine Geldbuße in der Höhe von "
        "562.500 Euro verhängt."
    )
    assert _read(text) == [
        ("COERCE", "penalty", ["Kartellgericht"], ["Pfeiffer HandelsgmbH"], "asserted")
    ]


def test_an_austrian_request_put_to_states() -> None:
    text = "Das Finanzministerium hat deshalb ein Amtshilfeansuchen an die USA und Irland gestellt."
    assert _read(text) == [
        ("REQUEST", "request", ["Finanzministerium"], ["USA", "Irland"], "asserted")
    ]


def test_a_border_closed() -> None:
    text = "Ungarn hat die Grenze zu Serbien am Dienstag geschlossen."
    assert _read(text) == [("COERCE", "border closure", ["Ungarn"], [], "asserted")]


def test_a_cap_is_no_border() -> None:
    assert _types("Österreich schließt eine Obergrenze für Flüchtlinge nicht aus.") == []
