"""Session 32 (helper "qmiss"): a label before a colon that is only a speech noun with a
possessive ("Seine Argumentation:") or a noun for a fixed wording with its article ("Das
Motto:", "Der entsprechende Beschluss:") introduces what was said (``ColonBlocks._owned_label``).
Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0496 (tuning gnad-0387),
10kgnad-test-0751 (gnad-0590); the guards are written for the test."""

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


def test_a_motto_with_its_article_labels_a_wording(nlp_de_trained: Any) -> None:
    text = (
        "Aufbruch nennt sich die Bewegung, die im Juni eine Aktionskonferenz abhalten will. "
        "Schluss damit! Das Motto: So wie bisher kann es nicht weitergehen. Zahlreiche "
        "Erstunterstützer suchen weitere Mitstreiter."
    )
    assert any(
        t == "So wie bisher kann es nicht weitergehen." for t, _s in _direct(text, nlp_de_trained)
    )


def test_an_article_with_a_plain_noun_is_no_label(nlp_de_trained: Any) -> None:
    # "Die Argumentation:" with the article (not a wording noun) and "Das Ergebnis:" are the
    # writer's own frames of what follows
    text = (
        "Der Verband legte am Montag seinen Bericht vor. Die Argumentation: Je länger die Regeln "
        "stabil bleiben, desto enger wird das Feld. Das Ergebnis: Die Teams liegen näher "
        "beisammen."
    )
    direct = [t for t, _s in _direct(text, nlp_de_trained)]
    assert not any(t.startswith(("Je länger", "Die Teams")) for t in direct)


def test_a_possessive_with_a_plain_noun_is_no_label(nlp_de_trained: Any) -> None:
    # "Seine Bilanz:" is no speech noun: the writer's own frame of what follows
    text = (
        "Trainer Peter Stöger zog am Montag Bilanz. Seine Bilanz: Die Mannschaft liegt nach "
        "zehn Runden auf dem dritten Platz."
    )
    direct = [t for t, _s in _direct(text, nlp_de_trained)]
    assert not any(t.startswith("Die Mannschaft") for t in direct)
