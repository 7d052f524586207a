"""Session 30: false events — a negligent killing (the charge of a trial, no attack), a denied
event naming nobody ("Es kam zu keinen Verhaftungen") — and the one test of a participle by its
shape that event modality and the quote layer share. Sentences written for the tests (some
after tuning records and records of 10kGNAD 0–801)."""

from __future__ import annotations

from newsgraph.words_de import participle_shape
from tests.test_events_session28_triggers import _events, _types


def test_a_negligent_killing_is_no_assault() -> None:
    text = "Der Kapitän wurde im Februar wegen fahrlässiger Tötung zu 16 Jahren Haft verurteilt."
    assert "ASSAULT" not in _types(text)
    text = "Ihm werden mehrfache fahrlässige Tötung und Körperverletzung vorgeworfen."
    assert "ASSAULT" not in _types(text)
    text = "Der Angeklagte muss sich in einem Prozess um grob fahrlässige Tötung verantworten."
    assert "ASSAULT" not in _types(text)


def test_a_killing_stays_an_assault() -> None:
    events = _events("Die Tötung des Journalisten Jamal Khashoggi löste Empörung aus.")
    assert [(e.type, [t.name for t in e.targets]) for e in events] == [
        ("ASSAULT", ["Jamal Khashoggi"])
    ]


def test_a_denied_event_naming_nobody_is_none() -> None:
    assert _types("Es kam zu keinen Zwischenfällen und zu keinen Verhaftungen.") == []
    text = "Gebäude stark beschädigt, Ursache unklar – keine Hinweise auf Terroranschlag."
    assert _types(text) == []
    text = "Der Stamm war Garant dafür, dass man nicht entführt wurde."
    assert _types(text) == []


def test_a_denied_event_with_its_parties_stays() -> None:
    events = _events("Die Polizei hat den Demonstranten Peter Müller nicht festgenommen.")
    assert [(e.type, e.modality) for e in events] == [("COERCE", "denied")]


def test_a_participle_by_its_shape() -> None:
    for word in ["gesagt", "verwiesen", "bezeichnet", "kritisiert", "unterstützt", "überprüft"]:
        assert participle_shape(word), word
    for word in ["sagte", "warnt", "fordert", "meinte"]:
        assert not participle_shape(word), word


def test_clashes_of_crowds_are_a_riot() -> None:
    text = (
        "Gegner und Anhänger der Regierung stehen sich unversöhnlich gegenüber, regelmäßig kommt "
        "es zu Zusammenstößen."
    )
    assert [(e.type, e.mode) for e in _events(text)] == [("PROTEST", "riot")]
    text = "Am Sonntag waren 300 Flüchtlinge bei Zusammenstößen mit der Polizei verletzt worden."
    assert _types(text) == ["PROTEST"]


def test_a_collision_of_vehicles_is_no_event() -> None:
    text = (
        "Bei einem Zusammenstoß zwischen einem Moped und einer Motocrossmaschine ist am "
        "Mittwochabend ein 15-Jähriger getötet worden."
    )
    assert _types(text) == []
