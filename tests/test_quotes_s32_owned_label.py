"""Session 32 (helper "qmiss"): a label before a colon that is only a speech noun with a
possessive ("Seine Argumentation:") introduces what was said (``ColonBlocks._owned_label``).
Excerpt of the 10kGNAD test record 10kgnad-test-0496 (CC BY-NC-SA 4.0; tuning gnad-0387); the
guard is written for the test."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "direct"
    ]


def test_a_possessive_speech_noun_labels_the_persons_words(nlp_de_trained: Any) -> None:
    text = (
        "Mit breiteren Reifen sollen schnellere Rundenzeiten möglich sein. Mercedes-Motorsportchef "
        "Toto Wolff hatte bis zuletzt einen solch radikalen Eingriff ins Regelwerk kritisiert. "
        "Seine Argumentation: Je länger man Regeln stabil hält, desto mehr schmilzt die "
        "Performance zwischen allen zusammen. Wolff ist nicht der einzige Kritiker."
    )
    assert (
        "Je länger man Regeln stabil hält, desto mehr schmilzt die Performance zwischen allen "
        "zusammen.",
        "Toto Wolff",
    ) in _direct(text, nlp_de_trained)


def test_a_possessive_with_a_plain_noun_is_no_label(nlp_de_trained: Any) -> None:
    # "Seine Bilanz:" is no speech noun: the writer's own frame of what follows
    text = (
        "Trainer Peter Stöger zog am Montag Bilanz. Seine Bilanz: Die Mannschaft liegt nach "
        "zehn Runden auf dem dritten Platz."
    )
    direct = [t for t, _s in _direct(text, nlp_de_trained)]
    assert not any(t.startswith("Die Mannschaft") for t in direct)
