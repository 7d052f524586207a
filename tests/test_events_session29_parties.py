"""Session 29 (helper evargs): the other party of meetings and who stages a protest. Sentences
written for the tests, modelled on tuning-set sentences (gnad-0100, gnad-0326, gnad-0759) and a
10kGNAD record of lines 0-299 (the Verdi strike call)."""

from __future__ import annotations

from tests.test_events_session27_triggers import _events, _read


def test_representatives_of_named_bodies_stand_for_them() -> None:
    # "mit Vertretern von ÖGB …": the member noun with "von" (not only a genitive) names
    # the bodies met; before, the meeting had one party and was dropped
    events = _events(
        "Die Handelskommissarin Cecilia Malmström traf sich in Wien mit Vertretern von ÖGB "
        "und Attac."
    )
    assert [_read(e) for e in events if e.type == "CONSULT"] == [
        ("CONSULT", ["Cecilia Malmström"], ["ÖGB", "Attac"])
    ]


def test_a_meeting_with_an_unnamed_group_keeps_its_one_party() -> None:
    events = _events(
        "SPÖ-Kampagnenleiter Nedeljko Bilalic will sich in den kommenden 14 Tagen mit den "
        "anderen Wahlkampfteams treffen."
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert [_read(e) for e in meetings] == [("CONSULT", ["Nedeljko Bilalic"], [])]
    assert meetings[0].modality == "planned"


def test_a_meeting_with_one_person_unnamed_still_needs_the_partner() -> None:
    # guard: a singular partner is somebody the gold would name; one party stays too few
    events = _events("Der Minister Hans Muster traf sich mit seiner Amtskollegin.")
    assert [e for e in events if e.type == "CONSULT"] == []


def test_a_meeting_read_as_an_object_of_a_verb_with_no_subject() -> None:
    # the parser makes "das Treffen" the object of "stand … an", which has no subject: the
    # meeting's other party is the subject of the sentence before
    events = _events(
        "Landeshauptmann Josef Pühringer (ÖVP) war sichtlich bemüht, jeden Eindruck zu "
        "vermeiden. Daher begegne er allen geladenen Parteienvertretern auf Augenhöhe. "
        "Für den Nachmittag stand noch das Treffen mit den Grünen an."
    )
    assert ("CONSULT", ["Josef Pühringer"], ["Grüne"]) in [_read(e) for e in events]


def test_who_calls_a_strike_stages_it() -> None:
    events = _events("Die Gewerkschaft Verdi hat erneut zu Streiks bei Amazon aufgerufen.")
    assert [_read(e) for e in events if e.type == "PROTEST"] == [("PROTEST", ["Verdi"], [])]


def test_who_calls_out_with_the_particle_stages_the_rally() -> None:
    events = _events(
        "Die Oppositionspartei CHP rief für Samstag zu einer Kundgebung gegen die Regierung auf."
    )
    protests = [_read(e) for e in events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0][1] == ["CHP"]


def test_the_capital_named_by_its_country_adjective_is_the_place() -> None:
    # "in der deutschen Hauptstadt" was read as Deutschland; the article names Berlin
    events = _events(
        "Bundespräsident Heinz Fischer war in Berlin. Er führte in der deutschen Hauptstadt "
        "Gespräche mit Kanzlerin Angela Merkel."
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert [e.location.name if e.location else None for e in meetings] == ["Berlin"]


def test_a_capital_the_article_does_not_name_stays_the_country() -> None:
    # guard: nothing names Warschau, so the adjective's country is kept
    events = _events(
        "Außenminister Frank-Walter Steinmeier führte in der polnischen Hauptstadt Gespräche "
        "mit Präsident Andrzej Duda."
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and all(e.location is None or e.location.name != "Warschau" for e in meetings)
