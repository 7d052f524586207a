"""Session 32 (helper "qmiss"): a post-posed cue clause whose present-tense verb in -t the
tagger reads as an adjective or a number ("…, analysiert Reinhardt.", "…, zerstreut
Bürgermeister Kurt Fischer (VP), …, die Bedenken.") is still the cue of the statement before
the comma (``VerbCues._postposed_cue``). Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0):
10kgnad-test-0442 (tuning gnad-0347), 10kgnad-test-0732 (gnad-0574); the guard is written for
the test."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "direct"
    ]


def test_analysiert_read_as_an_adjective_is_a_cue(nlp_de_trained: Any) -> None:
    text = (
        "Die Analyse stammt von Ulrich Reinhardt, dem wissenschaftlichen Leiter der Stiftung. "
        "Viele Bundesbürger sind zunehmend verunsichert. Doch wird davon die nahe, sichere "
        "Destination Österreich nicht unbedingt profitieren, analysiert Reinhardt. Die Deutschen "
        "seien zukunftspessimistischer geworden."
    )
    assert (
        "Doch wird davon die nahe, sichere Destination Österreich nicht unbedingt profitieren",
        "Ulrich Reinhardt",
    ) in _direct(text, nlp_de_trained)


def test_zerstreut_read_as_a_number_is_a_cue(nlp_de_trained: Any) -> None:
    text = (
        "Grüne und FPÖ befürchten, dass das Möbelhaus den Verkehr in Lustenau verdoppeln könnte. "
        "Das Betriebsgebiet ist ein Showroom für neue Vorarlberger Gewerbe- und "
        "Industriearchitektur. Die Nachbarn im Millennium Park sind durchaus offen, zerstreut "
        "Bürgermeister Kurt Fischer (VP), der seit einem Jahr mit Ikea verhandelt, die Bedenken."
    )
    assert ("Die Nachbarn im Millennium Park sind durchaus offen", "Kurt Fischer") in _direct(
        text, nlp_de_trained
    )


def test_an_inflected_adjective_after_the_comma_is_no_cue(nlp_de_trained: Any) -> None:
    # "neue" is an attributive adjective (inflected, no -t): the name after it is the subject
    # of the writer's second clause, no cue; the first clause stays nobody's speech
    text = (
        "Der Verein hat am Montag den Vertrag mit dem Trainer verlängert. Die Stimmung in der "
        "Mannschaft ist gut, neue Kapitän Hans Müller bringt Schwung."
    )
    assert not any("Die Stimmung" in t for t, _s in _direct(text, nlp_de_trained))
