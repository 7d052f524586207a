"""Session 33 (helper "qprec"): "so" after a comma opens a source ("…, so der
Wirtschaftsminister mit Blick auf …") unless the words after it end in a finite verb before the
next punctuation: then it is the conjunction of a condition ("…, so eine Anschaffung gerade
ansteht", "so Gott will") and nobody speaks (``source_phrases._verb_final_clause``).

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0988 (tuning gnad-0773) and
10kgnad-test-0710 (tuning gnad-0557)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

WINDOWS = (
    "Oft funktionieren Treiber für Windows 7 und 8.1 auch unter Windows 10, eine Garantie gibt es"
    " allerdings nicht. Die zweite Option ist der Erwerb eines neuen Rechners, so eine "
    "Anschaffung gerade ansteht."
)

MINISTER = (
    "Wirtschaftsminister Reinhold Mitterlehner (ÖVP) will die OMV weiter in österreichischer "
    "Verantwortung sehen. In einem Interview im Neuen Volksblatt äußert sich Mitterlehner zu "
    "bevorstehenden Richtungsentscheidungen bei der OMV, auch nach den Entschlüssen der "
    "Klimakonferenz. Die Klimakonferenz und der Ausstieg aus dem fossilen Bereich sei natürlich "
    "eine schwierige Angelegenheit für Österreich, hier geht es um tausende Arbeitsplätze. Wir "
    "arbeiten derzeit an einer integrierten Klima- und Energiestrategie und werden sicherlich "
    "auch auf das Unternehmen Rücksicht nehmen, so der Wirtschaftsminister mit Blick auf den "
    "heimischen Energiekonzern."
)


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


def test_so_with_a_verb_at_the_end_of_its_clause_is_a_condition(nlp_de_trained: Any) -> None:
    quotes = _quotes(WINDOWS, nlp_de_trained)
    assert not any(t.startswith("Die zweite Option") for _k, t, _s in quotes)


def test_so_with_a_name_and_an_adverbial_is_a_source(nlp_de_trained: Any) -> None:
    quotes = _quotes(MINISTER, nlp_de_trained)
    assert any(
        k == "direct" and t.startswith("Wir arbeiten derzeit") and s == "Reinhold Mitterlehner"
        for k, t, s in quotes
    )
