"""Session 34 (issue #5, helper "evlex"): AID and MOBILIZE words the lexicon lacked — a rescue
told as "in Sicherheit bringen", forces called up ("aufbieten", "Großaufgebot"). Sentences from
10kGNAD records (CC BY-NC-SA 4.0; record ids at each test), one written for the tests."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.mode, [a.name for a in e.actors]) for e in _events(text)]


def test_a_rescue_told_as_bringing_to_safety() -> None:
    # 10kgnad-test-0455 (tuning gnad-0355)
    text = (
        "Die Migranten gehörten zu einer Gruppe von 1.230 Menschen, die vom Schiff Sirio der "
        "italienischen Marine unweit der libyschen Küste in Sicherheit gebracht wurden."
    )
    read = _read(text)
    assert [(t, m) for t, m, _ in read] == [("AID", "rescue")]
    assert "italienische Marine" in read[0][2]


def test_who_brings_himself_to_safety_helps_nobody() -> None:
    # 10kgnad-test-0524
    text = (
        "Die Person konnte sich aber hinter einer Säule in Sicherheit bringen und wurde nur "
        "leicht verletzt."
    )
    assert "AID" not in _types(text)


def test_forces_called_up() -> None:
    # 10kgnad-test-0083 (tuning gnad-0068)
    text = (
        "Die belgische Regierung sucht den Anfängen zu wehren: Sie hat als Reaktion auf die "
        "Räumung in Calais 300 Polizisten Zöllner aufgeboten, die illegale Einreisende stellen "
        "sollen."
    )
    assert ("MOBILIZE", "deployment", ["belgische Regierung"]) in _read(text)


def test_a_player_called_up_is_no_mobilisation() -> None:
    # 10kgnad-test-0913
    text = (
        "Wir hoffen natürlich, dass es reicht, damit wir ihn aufbieten könnten, sagte Koller "
        "über den Stürmer."
    )
    assert "MOBILIZE" not in _types(text)


def test_a_large_police_presence_but_not_a_squad() -> None:
    # written for the test
    text = "Die Türkei hat ein Großaufgebot an Polizisten an die Grenze geschickt."
    assert ("MOBILIZE", "deployment", ["Türkei"]) in _read(text)
    # 10kgnad-test-0086: a team's squad
    text = "Robert Lewandowski stand gar nicht erst im Aufgebot."
    assert "MOBILIZE" not in _types(text)
