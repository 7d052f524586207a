"""Session 27 (helper "qcont"): a person's name label before a colon ("Höflechner: Erstens
fühlten sich die Leute …") labels that person's own words also when they hold a Konjunktiv II
(``ColonBlocks.colon_content``); a Konjunktiv I after the label stays no direct speech. Excerpt
of a tuning-set record (gnad-0417, shortened) and a sentence written for the test; the whole
pipeline."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

LABEL = (
    "Bürgermeister Reinhold Höflechner steht noch im Eindruck der letzten Tage. Er sei total "
    "froh, dass jetzt ein Zaun gebaut wird. Höflechner: Erstens fühlten sich die Leute dann "
    "wieder etwas sicherer, zweitens kann alles besser abgewickelt werden."
)

REPORTED = (
    "Bürgermeister Reinhold Höflechner steht noch im Eindruck der letzten Tage. Er sei total "
    "froh, dass jetzt ein Zaun gebaut wird. Höflechner: Die Leute seien verunsichert, das "
    "Dorf brauche Ruhe."
)


def test_a_name_labels_its_konjunktiv_ii(nlp_de_trained: Any) -> None:
    quotes = analyse_de(LABEL, nlp_de_trained).quotes
    q = next((q for q in quotes if q.text.startswith("Erstens fühlten")), None)
    assert q is not None, [x.text for x in quotes]
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Reinhold Höflechner"


def test_a_konjunktiv_i_after_the_label_is_no_direct_speech(nlp_de_trained: Any) -> None:
    quotes = analyse_de(REPORTED, nlp_de_trained).quotes
    assert not any(q.kind == "direct" and "verunsichert" in q.text for q in quotes)
