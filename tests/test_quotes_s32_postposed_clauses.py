"""Session 32 (helper "qpost"): two post-posed cue clauses that the cue rules found but whose
words they did not take.

- An indicative main clause before an inverted cue that a Konjunktiv clause follows ("Früher
  war die Welt …, sagte Kräuter, heute aber gehe es …"): the clause before is the speaker's
  direct words, the clause after the reported rest (``ContentBeforeCue
  ._statement_before_inserted_cue``); before, only the clause after was taken.
- A passive of ``zitieren`` after the words ("…, wurde er auf der Homepage des Klubs
  zitiert."): "wird/wurde" opens the cue clause as "hat/hatte" does ("…, hatte er gesagt"),
  the passive subject is the speaker (``VerbCues._bracket_auxiliary``).

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0849 (tuning gnad-0667),
10kgnad-test-0525 (fresh text 300–801); the guards are written for the test."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


KRAEUTER = (
    "Volksanwalt Günter Kräuter (SPÖ) sprach von großen Sorgen in den Heimen. Menschen würden "
    "häufig mit Medikamenten sediert, so Kräuter. Früher war die Welt vermeintlich noch in "
    "Ordnung, wenn die Hygiene in einem Heim ausreichend war, sagte Kräuter, heute aber gehe es "
    "aber auch um die Menschenwürde."
)


def test_indicative_clause_before_an_inserted_cue_is_direct(nlp_de_trained: Any) -> None:
    found = _quotes(KRAEUTER, nlp_de_trained)
    assert (
        "direct",
        "Früher war die Welt vermeintlich noch in Ordnung, wenn die Hygiene in einem Heim "
        "ausreichend war",
        "Günter Kräuter",
    ) in found
    assert (
        "indirect",
        "heute aber gehe es aber auch um die Menschenwürde",
        "Günter Kräuter",
    ) in found


def test_question_frame_before_an_inserted_cue_stays_no_speech(nlp_de_trained: Any) -> None:
    # "Zur Frage, ob …" frames the answer after the cue: no one's words
    text = (
        "Der bulgarische Innenminister Petar Mitrow war am Montag in Brüssel. Zur Frage, ob "
        "Bulgarien Hilfe zur Sicherung seiner Grenzen anfordern könnte, sagte Mitrow, dies sei "
        "gegenwärtig nicht der Fall."
    )
    found = _quotes(text, nlp_de_trained)
    assert not any(t.startswith("Zur Frage") for _k, t, _s in found)
    assert ("indirect", "dies sei gegenwärtig nicht der Fall", "Petar Mitrow") in found


HOLST = (
    "Villach – Greg Holst folgt Hannu Järvenpää als Cheftrainer des VSV nach. Das gab der "
    "Eishockey-Club aus Villach am Montag bekannt. Laut Angaben des VSV war Holst der erste "
    "Ansprechpartner von vier möglichen Kandidaten auf den Cheftrainerposten. Ich bin 61 Jahre "
    "alt und hab mich nicht mehr auf Headcoachposten konzentriert. Es war eine sehr schwere "
    "Entscheidung, wurde er auf der Homepage des Klubs zitiert."
)


def test_passive_of_zitieren_after_the_words_is_a_cue(nlp_de_trained: Any) -> None:
    assert ("direct", "Es war eine sehr schwere Entscheidung", "Greg Holst") in _quotes(
        HOLST, nlp_de_trained
    )


def test_passive_of_another_verb_after_the_words_is_no_cue(nlp_de_trained: Any) -> None:
    # "wurde er … kritisiert": the subject of this passive is spoken of, not the speaker
    text = HOLST.replace("zitiert", "kritisiert")
    assert not any(
        t == "Es war eine sehr schwere Entscheidung" and s == "Greg Holst"
        for _k, t, s in _quotes(text, nlp_de_trained)
    )
