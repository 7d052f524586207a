"""Session 29: false events of trigger words in another sense — attacks on computers, a
weapon "in Anschlag gebracht", violence done to animals, a car that "lenkt ein" — a person's
withdrawal read as a resignation, and an investigation whose actor the parse hung as an
object. Sentences written for the tests (some after records of 10kGNAD 0–801)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def test_hacker_attacks_are_no_assault() -> None:
    assert _types("Hackerangriffe auf Daten haben stark zugenommen.") == []
    assert "ASSAULT" not in _types(
        "Die Hackergruppe stand hinter dem Cyberangriff auf den Bundestag."
    )


def test_computers_attacked_are_no_assault() -> None:
    text = "Die Hackergruppe soll die Computer des Parlaments angegriffen haben."
    assert "ASSAULT" not in _types(text)
    text = "Anonymous soll etliche Websites von Nissan mit DDoS-Angriffen attackiert haben."
    assert "ASSAULT" not in _types(text)


def test_air_strikes_and_attacks_on_villages_stay() -> None:
    events = _events("Russland fliegt Luftangriffe auf Rebellen in Syrien.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("ASSAULT", ["Russland"])]
    assert _types("Rebellen haben ein Dorf angegriffen.") == ["ASSAULT"]


def test_a_weapon_at_the_ready_is_no_attack() -> None:
    text = (
        "Bevor nun die Heugabeln gegen Apple in Anschlag gebracht werden: Bei der Konkurrenz "
        "sieht es auch nicht anders aus."
    )
    assert "ASSAULT" not in _types(text)


def test_an_attack_in_a_time_phrase_stays() -> None:
    assert _types("Bis zu den Terroranschlägen in Ankara hatte es gut ausgesehen.") == ["ASSAULT"]


def test_animals_killed_are_no_assault() -> None:
    assert _types("Mehrfach wurden geschützte Greifvögel getötet.") == []
    text = "Der Kondor starb an dem Blei, das angeschossene Wildtiere im Körper hatten."
    assert "ASSAULT" not in _types(text)


def test_people_killed_and_weapons_used_stay() -> None:
    assert _types("Mehrfach wurden Zivilisten getötet.") == ["ASSAULT"]
    # ("Waffen" ends in "Affen": no animal)
    text = "Das Ministerium prüft, ob die Waffen gegen heimische Soldaten eingesetzt werden können."
    assert "ASSAULT" in _types(text)


def test_a_car_turning_into_a_street_yields_nothing() -> None:
    text = "Der Lenker Alen R. raste über die Kreuzung. Danach lenkte er in die Herrengasse ein."
    assert _types(text) == []


def test_a_government_giving_way_stays_a_concession() -> None:
    assert _types("Nach wochenlangen Protesten hat die Regierung eingelenkt.") == ["CONCEDE"]


def test_a_persons_withdrawal_is_a_resignation() -> None:
    events = _events(
        "Am Donnerstag teilte die Universität den Rückzug des Professors Tim Hunt mit."
    )
    assert [(e.type, e.mode) for e in events] == [("CONCEDE", "resignation")]
    events = _events(
        "Projektleiter Jonathan Riddell hat sich nach wochenlangem Streit zurückgezogen."
    )
    assert [(e.type, e.mode) for e in events] == [("CONCEDE", "resignation")]


def test_an_army_withdrawing_stays_a_retreat() -> None:
    events = _events("Die türkische Armee hat sich am Freitagabend aus Cizre zurückgezogen.")
    assert [e.type for e in events] == ["RETREAT"]


def test_the_prosecutor_after_a_fronted_adverb_investigates() -> None:
    # the parse makes "Seitdem" the subject and the office the object; the reader names it
    # with the dateline's country ("deutsche Staatsanwaltschaft")
    text = "Berlin – Der Fall beschäftigt die deutsche Justiz. Seitdem ermittelt die Staatsanwaltschaft."
    events = _events(text)
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "investigation")]
    assert [a.name for a in events[0].actors] == ["deutsche Staatsanwaltschaft"]


def test_circumstances_coerce_nobody() -> None:
    text = "Die unhaltbaren Zustände haben die Stadt Calais zum Eingreifen gezwungen."
    assert "COERCE" not in _types(text)


def test_the_police_forcing_people_stays_coercion() -> None:
    events = _events("Die Polizei zwang die Demonstranten zum Rückzug.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "coercion")]


def test_a_plane_crash_is_no_overthrow() -> None:
    text = (
        "Der Deutsche fragte, was es mit den Schlagzeilen des Germanwings-Absturzes auf sich habe."
    )
    assert "COERCE" not in _types(text)


def test_a_present_passive_of_a_verb_without_ge_is_no_plan() -> None:
    # "kritisiert", "unterstützt" after "wird": the tagger calls them finite; the future takes
    # the infinitive ("wird kritisieren")
    events = _events("Die SPÖ wird von der ÖVP kritisiert.")
    assert [(e.type, e.modality) for e in events] == [("ACCUSE", "asserted")]
    events = _events("Der Journalist Deniz Yücel wird von der Polizei verhaftet.")
    assert [(e.type, e.modality) for e in events] == [("COERCE", "asserted")]


def test_a_future_stays_planned() -> None:
    events = _events("Die SPÖ wird die ÖVP kritisieren.")
    assert [(e.type, e.modality) for e in events] == [("ACCUSE", "planned")]
    events = _events("Die Ukraine wird von Deutschland unterstützt werden.")
    assert [(e.type, e.modality) for e in events] == [("SUPPORT", "planned")]


def test_the_case_of_an_arrest_is_a_condition() -> None:
    events = _events("Im Falle einer Festnahme des Politikers Hans Müller drohen Proteste.")
    assert [(e.type, e.modality) for e in events] == [("COERCE", "hypothetical")]


def test_an_arrest_that_happened_stays_asserted() -> None:
    events = _events("Nach einer Festnahme des Politikers Hans Müller kam es zu Protesten.")
    assert [(e.type, e.modality) for e in events] == [("COERCE", "asserted")]
