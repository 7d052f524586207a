"""Session 36 (helper "qrec"): reported speech that switches to the speaker's words after a colon.

"…, dass die EU-Kommission … informiert sei, und: Es ist Schengen-konform." The part before the
colon is reported (Konjunktiv I), the indicative statement after it is the speaker's direct
speech, whose quotation marks 10kGNAD dropped (``ColonSwitch.colon_switch_pass``). A report in
the indicative makes no such switch, and a statement that names the speaker is the writer's.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0362 (tuning gnad-0286),
10kgnad-test-0078 (tuning gnad-0063), 10kgnad-test-0612 (tuning gnad-0483) and
10kgnad-test-0680 (tuning gnad-0537)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

SCHENGEN = (
    "Mikl-Leitner betonte: Es handelt sich nicht um eine Abschottung, sondern um eine "
    "Absicherung. Dazu versicherte sie, dass die EU-Kommission über Österreichs Pläne bereits "
    "informiert sei, und: Es ist Schengen-konform. Ostermayer verwies darauf, dass der Kodex "
    "nicht verletzt werde."
)

INDICATIVE = (
    "George Hotz, der Gründer von Comma.ai, betont, dass sich diese von den Systemen anderer "
    "Hersteller in einem entscheidenden Punkt unterscheidet: Sie basiert vollständig auf "
    "künstlicher Intelligenz, die laufend von selbst dazulernt."
)

NAMED = (
    "Die Nationalbank rechnet in ihrer Prognose etwa damit, dass 90 Prozent der anerkannten "
    "Flüchtlinge 2017 nicht in Beschäftigung sein werden. Ein positiver Effekt für die "
    "Konjunktur entstehe durch die zusätzlichen Ausgaben trotzdem: Die OeNB rechnet mit plus "
    "0,3 Prozentpunkten Wachstum für dieses Jahr."
)


def _quotes(text: str, nlp: Any) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in analyse_de(text, nlp).quotes]


def test_the_indicative_statement_after_the_colon_is_direct_speech(nlp_de_trained: Any) -> None:
    quotes = _quotes(SCHENGEN, nlp_de_trained)
    assert ("direct", "Es ist Schengen-konform") in quotes
    assert (
        "indirect",
        "dass die EU-Kommission über Österreichs Pläne bereits informiert sei",
    ) in quotes


def test_a_report_in_the_indicative_makes_no_switch(nlp_de_trained: Any) -> None:
    assert not any(k == "direct" for k, _ in _quotes(INDICATIVE, nlp_de_trained))


def test_a_statement_that_names_the_speaker_is_the_writers(nlp_de_trained: Any) -> None:
    assert not any(k == "direct" for k, _ in _quotes(NAMED, nlp_de_trained))


VERBLESS = (
    "Der Generalsekretär sprach von einem neuen Stil. Konkret heiße das: Mehr Freiheit, weniger "
    "Gesetze und Standortpolitik, sagte Generalsekretär Peter McDonald."
)


def test_a_verbless_list_after_the_colon_is_no_statement(nlp_de_trained: Any) -> None:
    assert not any(k == "direct" for k, _ in _quotes(VERBLESS, nlp_de_trained))
