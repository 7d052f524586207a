"""Session 36 (issue #5, helper "evrec"): the two sides of a symmetric event named with
"zwischen" are its parties (``type_preps`` of CONSULT, AGREE, COOPERATE in
``data/events/de.yaml``). Sentences written for the tests; the first follows the form of a
10kGNAD sentence (tuning gnad-0215) whose own parse hangs the phrase elsewhere."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events


def _read(text: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (e.type, {a.name for a in e.actors}, {t.name for t in e.targets}) for e in _events(text)
    ]


def test_an_agreement_between_two_people() -> None:
    text = "Das soll erst noch zwischen Konrad Kogler und Othmar Commenda vereinbart werden."
    assert ("AGREE", {"Konrad Kogler", "Othmar Commenda"}, set()) in _read(text)


def test_talks_between_two_states_in_the_passive() -> None:
    text = "Zwischen Russland und der Türkei wurde am Montag in Moskau verhandelt."
    assert ("CONSULT", {"Russland", "Türkei"}, set()) in _read(text)


def test_a_place_between_two_states_is_no_party() -> None:
    # guard: "zwischen" inside a place phrase ("im Grenzgebiet zwischen X und Y") names where
    # the talks were held, not who held them
    text = (
        "Vertreter der Regierung und der Rebellen verhandelten am Montag im Grenzgebiet "
        "zwischen Syrien und der Türkei."
    )
    talks = [r for r in _read(text) if r[0] == "CONSULT"]
    assert talks
    assert all(not (parties & {"Syrien", "Türkei"}) for _, a, t in talks for parties in (a, t))
