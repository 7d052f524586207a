"""Session 33 (helper "qcont"): an "er"/"sie" in a speaker's direct words is somebody else (the
speaker says "ich"), so the same pronoun in the sentence after the words goes on with that
party and is no word of the writer's about the speaker (``LearnedContinuation._told_of``).
An excerpt of a 10kGNAD test record (CC BY-NC-SA 4.0): 10kgnad-test-0371 (tuning gnad-0291);
the second case is written for the test, the guard after the shape of a fresh record (300–801,
record 163) that the first version took wrongly."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "direct"
    ]


def test_er_after_the_words_about_another_player_goes_on(nlp_de_trained: Any) -> None:
    text = (
        "Die Bedingungen waren extrem und ich war ein wenig müde. Ich bin froh, im Halbfinale "
        "zu sein, meinte der Spanier Rafael Nadal. Zu Thiem meinte Nadal: Er ist ein sehr, sehr "
        "guter Spieler. Er hat im vergangenen Jahr mehrere Turniere auf diesem Belag gewonnen."
    )
    assert (
        "Er hat im vergangenen Jahr mehrere Turniere auf diesem Belag gewonnen.",
        "Rafael Nadal",
    ) in _direct(text, nlp_de_trained)


def test_er_after_the_words_about_a_player_goes_on_written_for_the_test(
    nlp_de_trained: Any,
) -> None:
    text = (
        "Trainer Peter Stöger war nach dem Spiel zufrieden. Zu seinem Torhüter meinte Stöger: "
        "Er ist ein sehr, sehr guter Spieler. Er hat in dieser Saison viele wichtige Bälle "
        "gehalten."
    )
    assert (
        "Er hat in dieser Saison viele wichtige Bälle gehalten.",
        "Peter Stöger",
    ) in _direct(text, nlp_de_trained)


def test_a_cue_clause_after_the_words_names_the_speaker_last(nlp_de_trained: Any) -> None:
    # "er" in the words is the opponent, but "sagte Klitschko" stands between them and the
    # next "er": the writer goes on about the speaker
    text = (
        "Wobei auf den 1,98 Meter großen Klitschko mit dem fünf Zentimeter größeren Fury "
        "diesmal ein unangenehmer Gegner wartet. Noch dazu hat er einen sehr unorthodoxen "
        "Boxstil. Da muss ich mich im Training darauf einstellen, auch weil er ein "
        "Rechtsausleger ist, sagte Wladimir Klitschko am Mittwoch bei einem Pressegespräch in "
        "Tirol. Trotzdem ist er zuversichtlich, auch diesen Kampf zu gewinnen."
    )
    assert not any(
        t.startswith("Trotzdem ist er zuversichtlich") for t, _s in _direct(text, nlp_de_trained)
    )


def test_er_after_words_that_name_another_person_goes_on(nlp_de_trained: Any) -> None:
    # written for the test after the shape of tuning gnad-0505: the words name the rival
    text = (
        "Der Japaner Akito Watabe wurde Zweiter hinter Eric Frenzel. Ich bin natürlich extrem "
        "traurig, sagte Watabe nach dem Rennen. Ich hatte die große Chance, Eric zu schlagen. "
        "Aber er war schließlich im Schlusssprint zu stark."
    )
    assert ("Aber er war schließlich im Schlusssprint zu stark.", "Akito Watabe") in _direct(
        text, nlp_de_trained
    )
