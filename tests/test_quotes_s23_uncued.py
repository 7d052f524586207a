"""Session 23 (issue #4, direct speech without a cue of its own): the learned sandwich pass
(``StatementPasses.learned_sandwich_pass``). Excerpts of 10kGNAD records 0–299 (not in a gold
set), run through the shipped models and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker

GOEBL = (
    "All das, was Professor Rathkolb jetzt ankündigt, ist nie finanzierbar, glaubt Renate "
    "Goebl. Hinzu komme das Zerstören der einen Sache mit Folgekosten und ein Kaputtsparen "
    "einer anderen Sache. Die geschätzten Kosten belaufen sich ihrer Meinung nach jedenfalls "
    "fast auf jene eines Neubaus für das Haus der Geschichte. Nahezu parallel müssten dann die "
    "Stellen für Kuratoren, Museums- und Sammlungsleiter sowie die großen baulichen Maßnahmen "
    "ausgeschrieben und vergeben werden. {middle} Eine Eröffnung im Jahr 2018 hält Goebl "
    "daher für völlig unrealistisch."
)


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_a_plain_statement_between_a_speakers_reported_sentences_is_theirs(
    german_nlp: Any,
) -> None:
    # no rule takes the indicative sentence between two of Goebl's reported sentences; the
    # continuation model, asked from the speech before it, rates it p ≈ 0.5 (≥ SANDWICH)
    middle = "Für den reinen Ausstellungsaufbau wird dann ein Vorlauf von ein bis eineinhalb Jahren benötigt."
    qs = _pipeline_quotes(GOEBL.format(middle=middle), german_nlp)
    q = _by_text(qs, "Für den reinen Ausstellungsaufbau")
    assert q.kind == "direct" and _speaker(q) == "Renate Goebl", [(x.text, _speaker(x)) for x in qs]
    assert q.text.strip() == middle
    # a researcher's reported advice, a general statement, more of her reported speech
    text = (
        "Für den Wissenschafter Yuka Sasaki von der Brown University ist der Fall klar. Um dem "
        "Fluch der ersten Nacht zu entgehen oder ihn zumindest zu lindern, empfiehlt Sasaki "
        "Reisenden, ihren eigene Kopfpolster mitzunehmen oder stets ähnliche Hotels zu buchen. "
        "Möglicherweise seien Vielreisende jedoch auch in der Lage, die nächtliche "
        "Habacht-Stellung auszuschalten. Menschliche Gehirne sind sehr flexibel. An der Brown "
        "University versuche man derzeit, den wachen Teil des Gehirns mit einer bestimmten "
        "Technik auszuschalten und zu testen, ob sich der Schlaf dadurch verbessern lasse."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Menschliche Gehirne sind sehr flexibel.")
    assert q.kind == "direct" and _speaker(q) == "Yuka Sasaki", [(x.text, _speaker(x)) for x in qs]


def test_the_sandwich_takes_no_verbless_remark_and_no_sentence_naming_the_speaker(
    german_nlp: Any,
) -> None:
    # the writer's verbless aside (the model alone would take it: p ≈ 0.45) and a sentence
    # about the speaker by name stay nobody's words
    for middle in (
        "Für den reinen Ausstellungsaufbau dann ein Vorlauf von ein bis eineinhalb Jahren.",
        "Für den reinen Ausstellungsaufbau braucht Goebl dann einen Vorlauf von zwei Jahren.",
    ):
        qs = _pipeline_quotes(GOEBL.format(middle=middle), german_nlp)
        taken = [q for q in qs if "Ausstellungsaufbau" in q.text]
        assert not taken, [(q.kind, q.text, _speaker(q)) for q in taken]
