"""Session 35 (helper "qrec"): a zu-infinitive in a clause opened by "um"/"ohne"/"statt" that
the tagger reads as a finite verb in -ten is no weak preterite standing in for a Konjunktiv
("…, um im gesetzlichen Rahmen einzuschreiten"): the indicative statement before the cue stays
direct speech (``mood._governed_infinitive``).

Excerpt of 10kGNAD test record 10kgnad-test-0757 (tuning gnad-0594; CC BY-NC-SA 4.0)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

POLICE = (
    "In Wien ist bereits eine Bürgerwehr auf der Straße. Auch in Graz formiert sich eine Gruppe: "
    "Die Eagle Eyes sind aber noch nicht aktiv. Die Polizei beobachtet die Entwicklungen mit "
    "kritischem Blick: Dass irgendjemand paramilitärisch herumgeht, davon halten wir sehr wenig, "
    "sagt Hans Golob von der Polizei Wien: Die Polizei ist dafür da, um im gesetzlichen Rahmen "
    "einzuschreiten."
)


def test_a_zu_infinitive_after_um_is_no_preterite(nlp_de_trained: Any) -> None:
    quotes = analyse_de(POLICE, nlp_de_trained).quotes
    police = [q for q in quotes if q.text.startswith("Die Polizei ist dafür da")]
    assert police and police[0].kind == "direct"
