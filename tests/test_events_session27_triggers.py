"""Session 27: which events are read — trigger words the lexicon missed (participles of
"aussprechen", "Rosen streuen", advice, coalitions, inquiries, condolences, bans), material support
read as aid, blocking a law read as a refusal, and a participle the tagger took for an adjective.
Sentences written for the tests, and excerpts of two tuning-set records (gnad-0293, gnad-0734)."""

from __future__ import annotations

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _read(ev: Event) -> tuple[str, list[str], list[str]]:
    return ev.type, [a.name for a in ev.actors], [t.name for t in ev.targets]


def test_speaking_out_against_a_plan_in_the_perfect_is_a_rejection() -> None:
    # "ausgesprochen" (participle of "aussprechen") was no form of the lexicon's verb
    events = _events("Die SPÖ hat sich gegen den Plan der ÖVP ausgesprochen.")
    assert [_read(e) for e in events] == [("REJECT", ["SPÖ"], ["ÖVP"])]


def test_speaking_out_for_a_candidate_in_the_perfect_is_support() -> None:
    events = _events("Die SPÖ hatte sich für Alexander Van der Bellen ausgesprochen.")
    assert [_read(e) for e in events] == [("SUPPORT", ["SPÖ"], ["Alexander Van der Bellen"])]


def test_an_adverb_ausgesprochen_is_no_event() -> None:
    assert _events("Der Film der Regisseurin Maria Berger war ausgesprochen beliebt.") == []


def test_strewing_roses_is_praise() -> None:
    events = _events("Ban Ki-moon hat Heinz Fischer Rosen gestreut.")
    assert [(e.type, e.mode) for e in events] == [("SUPPORT", "praise")]
    assert [a.name for a in events[0].actors] == ["Ban Ki-moon"]


def test_support_from_the_air_is_aid() -> None:
    events = _events(
        "Die Kurden kämpften mit von der Türkei aus der Luft unterstützten islamistischen Rebellen."
    )
    assert [(e.type, e.mode) for e in events] == [("AID", "material support")]


def test_political_support_stays_support() -> None:
    events = _events("Kerry sagte Ägypten auch wirtschaftliche und politische Unterstützung zu.")
    assert [_read(e) for e in events] == [("SUPPORT", ["Kerry"], ["Ägypten"])]


def test_a_participle_tagged_as_adjective_with_its_auxiliary_is_a_verb() -> None:
    # gnad-0734: "gestürmt" is tagged ADJD, with "haben" as its auxiliary
    events = _events(
        "Paris – Im Streit um einen neuen Sparplan bei der Air France haben hunderte "
        "Demonstranten ein Treffen von Konzernführung und Betriebsrat gestürmt."
    )
    assert [(e.type, e.trigger) for e in events] == [("COERCE", "gestürmt")]


def test_advice_is_a_request() -> None:
    events = _events("Gouverneurin Nikki Haley riet den Menschen, die Wassermassen zu meiden.")
    assert [_read(e) for e in events] == [("REQUEST", ["Nikki Haley"], [])]


def test_getting_into_trouble_is_no_advice() -> None:
    assert _events("Der Spieler Lee Sedol geriet am Ende in Zeitnot.") == []
    assert _events("Auch der Premierminister David Cameron gerät unter Druck.") == []


def test_a_recommendation_is_a_request() -> None:
    events = _events(
        "Die Regulierungsbehörde RTR empfiehlt den Kunden, solche Nummern nicht anzurufen."
    )
    assert [(e.type, e.mode) for e in events] == [("REQUEST", "advice")]


def test_standing_behind_somebody_is_support() -> None:
    events = _events("Nikos Filis hat sich hinter Alexis Tsipras gestellt.")
    assert [_read(e) for e in events] == [("SUPPORT", ["Nikos Filis"], ["Alexis Tsipras"])]


def test_forming_a_coalition_is_cooperation() -> None:
    events = _events("Die ÖVP hat mit den Grünen eine Koalition gebildet.")
    assert [_read(e) for e in events] == [("COOPERATE", ["ÖVP"], ["Grüne"])]


def test_the_coalition_as_a_body_is_no_event() -> None:
    assert _events("Die Koalition aus SPÖ und ÖVP streitet über das Budget.") == []


def test_in_close_coordination_with_is_cooperation() -> None:
    # (gnad-0293; coordination needs two parties)
    events = _events(
        "Die weiteren Planungen erfolgen in enger Abstimmung mit dem Land Steiermark und der "
        "Landeslandwirtschaftskammer."
    )
    assert [_read(e) for e in events] == [
        ("COOPERATE", [], ["Land Steiermark", "Landeslandwirtschaftskammer"])
    ]


def test_a_vote_is_no_coordination() -> None:
    assert _events("Die Abstimmung im Parlament fand am Montag statt.") == []


def test_an_inquiry_ordered_is_an_investigation() -> None:
    events = _events("Der Gouverneur Chaled al-Faisal ordnete eine Untersuchung des Unglücks an.")
    assert [_read(e) for e in events] == [("ACCUSE", ["Chaled al-Faisal"], [])]


def test_a_study_is_no_investigation() -> None:
    text = "Eine Untersuchung der Universität Wien zeigt, dass die Kinder gesund sind."
    assert _events(text) == []


def test_condolences_are_sympathy() -> None:
    events = _events(
        "Der indische Regierungschef Narendra Modi drückte den Angehörigen der Opfer sein "
        "Mitgefühl aus."
    )
    assert [(e.type, e.mode, [a.name for a in e.actors]) for e in events] == [
        ("SUPPORT", "sympathy", ["Narendra Modi"])
    ]


def test_beaten_to_death_is_an_assault() -> None:
    events = _events("Ein Muslim ist von einem Mob zu Tode geprügelt worden.")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "beating")]


def test_a_ban_received_names_its_target() -> None:
    events = _events("Der Spieler Carlos Bacca erhielt eine Sperre für zwei Partien.")
    assert [_read(e) for e in events] == [("COERCE", [], ["Carlos Bacca"])]


def test_blocking_a_resolution_is_a_refusal() -> None:
    events = _events("Im Senat blockierten die Demokraten am Donnerstag die Resolution.")
    assert [(e.type, e.mode, [a.name for a in e.actors]) for e in events] == [
        ("REJECT", "obstruction", ["Demokraten"])
    ]


def test_blocking_a_road_stays_a_blockade() -> None:
    events = _events("Die Bauern der Gewerkschaft Vida blockierten die Autobahn.")
    assert all(e.type == "COERCE" for e in events)


def test_calling_a_letter_problematic_is_a_criticism() -> None:
    events = _events("Der Schulsprecher Maximilian Gnesda bezeichnet den Brief als problematisch.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [
        ("ACCUSE", ["Maximilian Gnesda"])
    ]
