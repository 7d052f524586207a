"""Session 32 (issue #5, helper "evloc"): places the entity layer now finds inside phrases that
name no party — a dative place after "auf"/"in" is where it happened ("auf der Insel Kos
beworfen"), a name after a place noun takes the noun's preposition ("im Stadtteil X"), a place
in the s-genitive opening a person's mention is no party ("gegen Südtirols Alt-Landeshauptmann
X"). Excerpts of 10kGNAD records (CC BY-NC-SA 4.0), as noted."""

from __future__ import annotations

from newsgraph.model import Event
from tests.test_events_session28_triggers import _events


def _read(events: list[Event]) -> list[tuple[str, list[str], list[str], str | None]]:
    return [
        (
            e.type,
            [a.name for a in e.actors],
            [t.name for t in e.targets],
            e.location.name if e.location else None,
        )
        for e in events
    ]


def test_an_island_in_the_dative_is_the_place_not_the_target() -> None:
    # 10kgnad-test-0462
    text = (
        "Der griechische Verteidigungsminister Panos Kammenos ist am Freitag auf der Insel Kos "
        "von aufgebrachten Bürgern mit Eiern und Wasserflaschen beworfen worden."
    )
    assert _read(_events(text)) == [("ASSAULT", [], ["Panos Kammenos"], "Kos")]


def test_an_attack_on_a_place_in_the_accusative_keeps_its_target() -> None:
    # the accusative after "auf" is whom the attack is on: the place stays the target
    events = _events("Die Armee flog am Montag Luftangriffe auf die Stadt Aleppo.")
    assert [(e.type, [t.name for t in e.targets]) for e in events] == [("ASSAULT", ["Aleppo"])]


def test_a_district_after_a_place_noun_is_no_bare_phrase() -> None:
    # 10kgnad-test-0551: the district in a phrase with "im" is where he was shot, not whom
    text = (
        "Abderaman A. war am Freitag bei einem Polizeieinsatz im Stadtteil Schaerbeek "
        "angeschossen und von der Polizei zunächst in Untersuchungshaft genommen worden."
    )
    shot = [e for e in _events(text) if e.trigger == "angeschossen"]
    assert [[t.name for t in e.targets] for e in shot] == [["Abderaman A."]]
    assert shot[0].location is not None and shot[0].location.name == "Schaerbeek"


def test_a_place_in_the_genitive_before_a_person_is_no_party() -> None:
    # 10kgnad-test-0600
    text = (
        "Im Prozess gegen Südtirols Alt-Landeshauptmann Luis Durnwalder (SVP) wegen des "
        "Verdachts der Amtsunterschlagung hat der Staatsanwalt am Freitag drei Jahre Haft "
        "gefordert."
    )
    events = [e for e in _events(text) if e.type == "ACCUSE"]
    assert [[t.name for t in e.targets] for e in events] == [["Luis Durnwalder"]]
