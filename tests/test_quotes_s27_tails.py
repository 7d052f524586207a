"""Session 27 (helper "qcont"): speech that goes on after a cue clause set in the middle of its
sentence (``Continuations.cue_tail_pass``): "…, sagt Trummer, denn wer weiß, …?" — the rest of
the sentence after the cue clause's closing comma is the same speaker's when it opens with
"aber"/"denn" or with "ich"/"wir"/"es" and a finite verb. Excerpts of tuning-set records
(gnad-0417, gnad-0501, gnad-0104, gnad-0211, gnad-0717, gnad-0272; shortened) and sentences
written for the tests; the whole pipeline."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Quote
from tests.event_helpers import analyse_de

TRUMMER = (
    "Der Weinbauer Josef Trummer steht vor seinem Haus. Wir alle haben ein ziemlich mulmiges "
    "Gefühl hier an der Grenze, sagt Trummer, denn wer weiß, wie das alles weitergeht?"
)

PAES = (
    "Bürgermeister Eduardo Paes gab sich zuversichtlich. Wie bei der Fußball-WM 2014 werde viel "
    "Security in der Stadt sein, kündigte der Bürgermeister an, aber Rio hat ein "
    "Sicherheitsproblem, und da rede ich auch nicht drumherum."
)

KOMMISSAR = (
    "EU-Kommissar Vytenis Andriukaitis war in Berlin. Die Leute riefen, dass wir unsere hohen "
    "Standards bewahren müssen, so der Kommissar, ich habe also Verbündete."
)

ENTHOLZER = (
    "SPÖ-Chef Reinhold Entholzer sprach vor dem Vorstand. Er glaube nicht, dass man bis Jänner "
    "ein komplettes Programm auf die Beine stellen könne, meinte Entholzer, aber erste Schritte "
    "sollen am Parteitag bereits präsentiert werden."
)

PLAKATE = (
    "Rund 4000 Postler waren vor den Post-Tower gezogen. Wir sind die Post, riefen sie, Wir "
    "lassen uns nicht veräppeln, stand auf Plakaten zu lesen."
)

RIHA = (
    "Der Filmemacher Georg Riha zeigt seine Bilder. Die Kamera ist ganz ruhig, sagt Riha, der "
    "bei diesem Film auf den Einsatz von Drohnen verzichtete."
)

UND = (
    "Der Ökonom Yanis Varoufakis gibt nicht auf. Ich wache in der Früh auf und denke, dass es "
    "richtig ist, sagt Varoufakis, und er klingt genauso überzeugt wie früher."
)

PAST = (
    "Der Trainer Karl Berger war zufrieden. Das Stadion ist heute voll, sagte Berger, aber es "
    "regnete dann den ganzen Abend."
)


def _quote(quotes: list[Quote], fragment: str) -> Quote:
    q = next((q for q in quotes if fragment in q.text), None)
    assert q is not None, f"no quote with {fragment!r}: {[x.text for x in quotes]}"
    return q


def test_a_conjunction_after_the_cue_clause_goes_on_with_the_speech(nlp_de_trained: Any) -> None:
    quotes = analyse_de(TRUMMER, nlp_de_trained).quotes
    q = _quote(quotes, "denn wer weiß")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name.endswith("Trummer")
    assert "sagt Trummer" not in q.text  # the cue clause stays out


def test_first_person_after_reported_speech_is_direct(nlp_de_trained: Any) -> None:
    quotes = analyse_de(PAES, nlp_de_trained).quotes
    q = _quote(quotes, "aber Rio hat ein Sicherheitsproblem")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Eduardo Paes"


def test_a_pronoun_and_a_finite_verb_after_so_der_x(nlp_de_trained: Any) -> None:
    quotes = analyse_de(KOMMISSAR, nlp_de_trained).quotes
    q = _quote(quotes, "ich habe also Verbündete")
    assert q.speaker is not None and q.speaker.name == "Vytenis Andriukaitis"


def test_a_reportive_sollen_after_reported_speech_stays_reported(nlp_de_trained: Any) -> None:
    quotes = analyse_de(ENTHOLZER, nlp_de_trained).quotes
    q = _quote(quotes, "aber erste Schritte sollen")
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Reinhold Entholzer"


def test_a_rest_with_a_cue_of_its_own_is_not_taken_whole(nlp_de_trained: Any) -> None:
    quotes = analyse_de(PLAKATE, nlp_de_trained).quotes
    assert not any("stand auf Plakaten" in q.text for q in quotes)


def test_a_relative_clause_or_und_after_the_cue_is_the_writers(nlp_de_trained: Any) -> None:
    quotes = analyse_de(RIHA, nlp_de_trained).quotes + analyse_de(UND, nlp_de_trained).quotes
    assert not any("bei diesem Film auf den Einsatz" in q.text for q in quotes)
    assert not any("er klingt genauso überzeugt" in q.text for q in quotes)


def test_a_past_tense_rest_without_the_first_person_is_the_writers(nlp_de_trained: Any) -> None:
    quotes = analyse_de(PAST, nlp_de_trained).quotes
    assert not any("regnete dann" in q.text for q in quotes)
