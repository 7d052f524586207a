"""Session 30 (helper evargs): the agents of passives and the last word of a name. Sentences
written for the tests, modelled on tuning-set sentences (gnad-0174, gnad-0196, gnad-0345,
gnad-0468, gnad-0775) and a 10kGNAD record of lines 0-299 (Tusk's congratulation)."""

from __future__ import annotations

from tests.test_events_session27_triggers import _events, _read


def test_an_unter_participle_with_werden_is_a_passive() -> None:
    # the tagger calls "unterstützt" finite: before, Ukraine was read as the supporter
    events = _events("Die Ukraine wird von Deutschland unterstützt.")
    assert [_read(e) for e in events] == [("SUPPORT", ["Deutschland"], ["Ukraine"])]


def test_the_subject_of_the_passive_is_no_supporter() -> None:
    events = _events("Die Kandidatin Anna Berger wird von der ÖVP unterstützt.")
    assert [_read(e) for e in events] == [("SUPPORT", ["ÖVP"], ["Anna Berger"])]


def test_the_active_verb_is_unchanged() -> None:
    # guard: the same word form without "werden" stays active
    events = _events("Die ÖVP unterstützt die Kandidatin Anna Berger.")
    assert [_read(e) for e in events] == [("SUPPORT", ["ÖVP"], ["Anna Berger"])]


def test_a_strong_ueber_participle_with_wurde_takes_its_agent() -> None:
    events = _events("Das Dorf wurde am Montag von der Armee überfallen.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("ASSAULT", ["Armee"])]


def test_a_conjunct_of_the_agent_is_no_target() -> None:
    # "und der ÖVP" is parsed as the verb's subject: before, ÖVP was the one supported
    events = _events("Der Plan wird von der SPÖ und der ÖVP unterstützt.")
    assert [_read(e) for e in events] == [("SUPPORT", ["SPÖ", "ÖVP"], [])]


def test_the_name_after_the_agents_common_noun_is_the_agent() -> None:
    # "Ärzte" is hung on the verb as an object and "(MSF)" as a phrase of its own
    events = _events(
        "Eine der Kliniken wird von der Hilfsorganisation Ärzte ohne Grenzen (MSF) unterstützt."
    )
    assert [_read(e) for e in events] == [("SUPPORT", ["Ärzte ohne Grenzen"], [])]


def test_an_agent_the_parser_left_unlabelled() -> None:
    events = _events("Schon sein Vater, ein Journalist, sei von Milizen ermordet worden, sagt er.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("ASSAULT", ["Milizen"])]


def test_the_examples_of_an_agent_noun_are_the_agents() -> None:
    events = _events(
        "Sie wird von mehreren großen IT-Konzernen wie Apple, Google und Microsoft unterstützt."
    )
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [
        ("SUPPORT", ["Apple", "Google", "Microsoft"])
    ]


def test_a_coordinated_participle_shares_the_agent() -> None:
    events = _events(
        "Der Fotograf Max Huber wurde von Soldaten beleidigt und mit Blendgranaten beschossen."
    )
    assert ("ASSAULT", ["Soldaten"], ["Max Huber"]) in [_read(e) for e in events]


def test_the_world_is_no_organisation_named_for_it() -> None:
    # "der Welt" matched the last word of "Brot für die Welt" (a name with a preposition)
    events = _events(
        "Die Hilfsorganisation Brot für die Welt sammelt Spenden. EU-Ratspräsident Donald "
        "Tusk gratulierte Frankreich und der Welt."
    )
    assert ("SUPPORT", ["Donald Tusk"], ["Frankreich"]) in [_read(e) for e in events]


def test_the_possessor_of_a_release_undergoes_it() -> None:
    # "seine Freilassung" (gnad-0775): he is released, he does not release anybody
    events = _events(
        "Der Rebellenführer Laurent Nkunda wurde mehrmals verhaftet. Jedes Mal halfen "
        "Bekannte, seine Freilassung zu verhandeln."
    )
    assert ("CONCEDE", [], ["Laurent Nkunda"]) in [_read(e) for e in events]


def test_who_demands_a_release_is_not_released() -> None:
    # guard: the subject that does not agree with "seine" is not the possessor
    events = _events(
        "Der Journalist Peter Meier wurde festgenommen. Die Bundesregierung forderte seine "
        "Freilassung."
    )
    releases = [_read(e) for e in events if e.type == "CONCEDE"]
    assert releases == [("CONCEDE", [], ["Peter Meier"])]


def test_an_agent_hung_on_a_noun_before_the_verb() -> None:
    # a 10kGNAD record of lines 300-801: "von der Armee" hangs on "Westjordanlandes"
    events = _events(
        "Zwei Palästinenser sind nach einer Messerattacke im Norden des besetzten "
        "Westjordanlandes von der Armee erschossen worden."
    )
    shootings = [e for e in events if e.trigger == "erschossen"]
    assert [[a.name for a in e.actors] for e in shootings] == [["Armee"]]


def test_whose_thing_is_searched_is_no_agent() -> None:
    # guard: a "von" phrase on the passive's subject says whose it is
    events = _events("Am Montag wurde das Auto von Max Müller beschlagnahmt.")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("COERCE", [])]


def test_an_agent_hung_on_the_verb_before() -> None:
    # a 10kGNAD record of lines 300-801: "von X und Y" hangs on "erhielt"; before, the
    # clause was read without a parse as X honouring Y
    events = _events(
        "Die Aktivistin Anna Berger kämpft seit Jahren für Bildung. Sie erhielt internationale "
        "Preise und wurde 2011 auch von Hillary Clinton und Michelle Obama ausgezeichnet."
    )
    honours = [e for e in events if e.trigger == "ausgezeichnet"]
    assert [[a.name for a in e.actors] for e in honours] == [["Hillary Clinton", "Michelle Obama"]]
    assert all(t.name != "Michelle Obama" for e in honours for t in e.targets)
