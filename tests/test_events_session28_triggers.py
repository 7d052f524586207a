"""Session 28: false events of trigger words used in another sense — a tournament "stark
besetzt", pensions "unter Beschuss", products "geliefert", figures "ausgewiesen", a compound of
"Verständnis", a film that "entführt" its audience — and the real events the same words keep.
Sentences written for the tests."""

from __future__ import annotations

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


def test_a_well_staffed_tournament_is_no_occupation() -> None:
    assert "ASSAULT" not in _types("Das Turnier in Baku war stark besetzt, sagte der Trainer.")


def test_an_occupation_by_a_named_state_stays() -> None:
    events = _events("Die Türkei hat im Jahr 1974 den Norden Zyperns besetzt.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("ASSAULT", ["Türkei"])]


def test_pensions_under_fire_are_no_shelling() -> None:
    assert _types("Mindestsicherung und Pensionen stehen unter Beschuss.") == []


def test_a_product_delivered_is_no_aid() -> None:
    assert _types("Google liefert erstmals einen eigenen Fingerabdrucksensor.") == []
    assert _types("Die Displays liefert der Hersteller Samsung.") == []


def test_arms_delivered_are_aid() -> None:
    events = _events("Russland liefert seit Jahren Waffen und Munition.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("AID", ["Russland"])]


def test_jets_delivered_to_a_state_are_aid() -> None:
    events = _events("Die USA haben acht Kampfflugzeuge an Ägypten geliefert.")
    assert [(e.type, [t.name for t in e.targets]) for e in events] == [("AID", ["Ägypten"])]


def test_a_market_share_shown_is_no_expulsion() -> None:
    text = "Der Sender Ö3 wurde im Test mit 33 Prozent Marktanteil ausgewiesen."
    assert "COERCE" not in _types(text)


def test_a_diplomat_expelled_stays_an_expulsion() -> None:
    events = _events("Polen hat den russischen Diplomaten Sergej Andrejew ausgewiesen.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "expulsion")]


def test_a_compound_of_understanding_is_no_support() -> None:
    text = "Da zeigt sich ein interessantes Demokratieverständnis der ÖVP, sagte die Abgeordnete."
    assert _types(text) == []


def test_showing_understanding_for_a_party_stays_support() -> None:
    events = _events("Die ÖVP zeigte Verständnis für die SPÖ.")
    assert [(e.type, [t.name for t in e.targets]) for e in events] == [("SUPPORT", ["SPÖ"])]


def test_a_film_taking_its_audience_somewhere_is_no_abduction() -> None:
    text = "In seinem neuen Film entführt Christopher Nolan die Zuschauer in die Welt der Träume."
    assert _types(text) == []


def test_an_abduction_stays() -> None:
    events = _events("Kämpfer der Hamas entführten den Soldaten Gilad Schalit.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_title_defended_is_no_support() -> None:
    text = "Red Bull Salzburg hat erst als viertes Team in der Geschichte das Double erfolgreich verteidigt."
    assert _types(text) == []


def test_finals_contested_are_no_denial() -> None:
    text = "Wir werden noch viele weitere Finali bestreiten, sagte Dominic Thiem."
    assert "REJECT" not in _types(text)


def test_programmes_received_are_no_guests() -> None:
    text = "Der Sender ORF kann in Deutschland via Satellit empfangen werden."
    assert "CONSULT" not in _types(text)


def test_a_football_club_hosting_the_leader_is_no_visit() -> None:
    # gnad-0798
    text = (
        "In Deutschland empfangen die Fußballer des 1. FC Köln am Samstag "
        "Bundesliga-Spitzenreiter Bayern München."
    )
    assert "CONSULT" not in _types(text)


def test_a_president_receiving_a_guest_stays_a_visit() -> None:
    events = _events("Bundespräsident Heinz Fischer empfing am Montag Papst Franziskus in Wien.")
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit (host)")]


def _moods(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in _events(text)]


def test_opposition_given_as_the_reason_of_a_negated_clause_is_no_denied_opposition() -> None:
    # gnad-0446
    text = (
        "Mitterlehner habe angesichts des Widerstands der ÖVP-Landeshauptleute die "
        "Regierungslinie nicht beibehalten können."
    )
    assert _moods(text) == [("REJECT", "asserted")]


def test_attacks_as_the_topic_of_no_statement_are_not_denied() -> None:
    text = "Die PKK machte zu den Anschlägen auf die Türkei zunächst keine Angaben."
    assert _moods(text) == [("ASSAULT", "asserted")]


def test_no_arrests_and_no_talks_taken_part_in_stay_denied() -> None:
    assert _moods("Es kam zu keinen Verhaftungen durch die Polizei.") == [("COERCE", "denied")]
    text = "Die SPÖ nahm nicht an den Gesprächen mit der ÖVP teil."
    assert _moods(text) == [("CONSULT", "denied")]
