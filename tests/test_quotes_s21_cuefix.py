"""Session 21: a speech verb whose content is the wh-word of its own relative or free relative
clause ("…, was sie versprochen haben") is no cue of its sentence. Sentences written for the
tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_a_free_relative_clause_of_saying_gives_no_second_speaker(german_nlp: Any) -> None:
    # "Was der Minister angekündigt hat" is the subject of the reported clause, not the
    # minister's cue: the sentence is the opposition leader's alone
    text = (
        "Wien – Die Oppositionschefin Maria Koller kritisiert den Minister Karl Brandt. Was der "
        "Minister angekündigt hat, sei nicht genug, erklärte Koller am Dienstag."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert all(_speaker(q) == "Maria Koller" for q in qs), [(q.text, _speaker(q)) for q in qs]
    q = _by_text(qs, "Was der Minister angekündigt hat, sei nicht genug")
    assert q.kind == "indirect"


def test_a_relative_was_clause_does_not_stop_a_continuation(german_nlp: Any) -> None:
    # the sentence after the cue sentence goes on in Konjunktiv I; its "was sie angekündigt
    # haben" made it a cue sentence of its own (without a speaker) and lost the continuation
    text = (
        "Wien – Die Ökonomin Anna Berger kritisiert die Parteien. Das Vertrauen schwinde, sagte "
        "Berger am Montag. Die Bürger seien enttäuscht, weil die Parteien nicht tun, was sie "
        "angekündigt haben – nämlich Reformen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Bürger seien enttäuscht")
    assert q.kind == "indirect" and _speaker(q) == "Anna Berger"


def test_a_was_clause_with_content_of_its_own_stays_a_cue(german_nlp: Any) -> None:
    # "was er damit begründete, dass …": the dass-clause is the verb's content, the "was"
    # only the thing justified; and a question "Was sagte X?" is no relative clause
    text = (
        "Wien – Der Bürgermeister Peter Lang lehnte den Plan am Montag ab, was er damit "
        "begründete, dass die Kosten zu hoch seien."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "dass die Kosten zu hoch seien")
    assert _speaker(q) == "Peter Lang"
    qs = _pipeline_quotes(
        "Wien – Was sagte der Minister Karl Brandt dazu? Er lehne den Plan ab.", german_nlp
    )
    q = _by_text(qs, "Er lehne den Plan ab")
    assert _speaker(q) == "Karl Brandt"


def test_the_perfect_of_versprechen_is_a_cue(german_nlp: Any) -> None:
    # "hat versprochen, … werde …": the participle of the strong verb is in the lexicon
    text = (
        "Berlin – Der Konzern Nordwerk meldet sinkende Umsätze. Konzernchef Jan Albers hat "
        "daher versprochen, das neue Modell werde die Kunden überzeugen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "das neue Modell werde die Kunden überzeugen")
    assert q.kind == "indirect" and _speaker(q) == "Jan Albers"


def test_a_konjunktiv_ii_after_a_promise_and_a_plain_sentence_is_the_writers(
    german_nlp: Any,
) -> None:
    # a writer's sentence stands between the promise and the Konjunktiv II: speculation about
    # what was promised, not its continuation
    text = (
        "Berlin – Der Konzern Nordwerk meldet sinkende Umsätze. Konzernchef Jan Albers hat "
        "daher versprochen, das neue Modell werde die Kunden überzeugen. Ein wichtiger Teil "
        "davon ist die Software. Deren neue Version könnte im Juni vorgestellt werden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Deren neue Version" in q.text for q in qs), [q.text for q in qs]


def test_a_konjunktiv_ii_right_after_a_promise_goes_on_with_it(german_nlp: Any) -> None:
    text = (
        "Berlin – Der Konzern Nordwerk meldet sinkende Umsätze. Konzernchef Jan Albers hat "
        "daher versprochen, das neue Modell werde die Kunden überzeugen. Die Preise könnten "
        "zudem deutlich sinken."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Preise könnten")
    assert q.kind == "indirect" and _speaker(q) == "Jan Albers"
