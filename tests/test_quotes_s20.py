"""Session 20: direct speech not found (issue #4), and interview questions read as reports.
Sentences written for the tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_a_plain_sentence_between_continued_speech_and_the_next_cue(german_nlp: Any) -> None:
    # the speech goes on after its cue sentence (two sentences), one more plain sentence, then
    # the same speaker's next cue: the sentence between is the speaker's too
    text = (
        "Wien – Der Soziologe Marko Huber untersucht seit Jahren die Integration. Die Frauen "
        "arbeiten viel, sagt Huber. Das erhöht das Einkommen der Familien. Die Kinder gehen "
        "länger zur Schule. Mehr Geld macht die Familien mobiler. Das ist ein großer Vorteil "
        "für alle, sagt Huber."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Mehr Geld macht die Familien mobiler")
    assert q.kind == "direct" and _speaker(q) == "Marko Huber"


def test_the_interviewers_turn_runs_to_the_next_label(german_nlp: Any) -> None:
    # "STANDARD: <statement>. <question>? X: …": every sentence of the interviewer's turn is
    # the interviewer's; none is the interviewee's reported speech
    text = (
        "Wien – Die Ministerin Eva Lindner spricht über die Arbeitslosigkeit. STANDARD: Die "
        "Zahl der Arbeitslosen steigt seit Monaten. Dann könnte das Budget bald nicht mehr "
        "reichen. Haben Sie ein Rezept gegen die neuen Rekorde? Lindner: Wir müssen mehr "
        "investieren. STANDARD: Wie viele Stellen fehlen derzeit? Und wie viele wären nötig, "
        "um alle Jungen unterzubringen? Lindner: Das kann ich nicht genau sagen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    for words in ("Dann könnte das Budget", "Haben Sie ein Rezept", "Und wie viele wären"):
        assert not any(words in q.text for q in qs), words
    q = _by_text(qs, "Wir müssen mehr investieren")
    assert q.kind == "direct" and _speaker(q) == "Eva Lindner"


def test_a_question_without_a_label_reports_nothing(german_nlp: Any) -> None:
    # an interview printed without labels: the question (a Konjunktiv II, no Konjunktiv I) is
    # no report of the person asked, and the answer after it stays theirs
    text = (
        "Wien – Der Verfahrensrichter Walter Berger leitet den Ausschuss. Ich habe mir ein Bild "
        "gemacht, sagt Berger. Der Endbericht verwerte außerdem mehr als die Aussagen, sagt er. "
        "Könnte jemand vom Inhalt des Endberichts enttäuscht werden? Das kommt darauf an. Ich "
        "bin jedenfalls kein Pistolero."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Könnte jemand" in q.text for q in qs)
    q = _by_text(qs, "Ich bin jedenfalls kein Pistolero")
    assert q.kind == "direct" and _speaker(q) == "Walter Berger"


def test_a_reported_question_keeps_its_konjunktiv(german_nlp: Any) -> None:
    # a question with a Konjunktiv I and no "Sie" stays the speaker's reported question
    text = (
        "Berlin – Der Gewerkschafter Paul Krämer kritisierte die Regierung. Die Reform sei "
        "ungerecht, sagte Krämer. Wer solle das alles bezahlen?"
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Wer solle das alles bezahlen")
    assert q.kind == "indirect" and _speaker(q) == "Paul Krämer"


def test_a_pronoun_for_a_person_the_speech_names(german_nlp: Any) -> None:
    # after direct speech that names another person, an "er" in the next plain sentence
    # speaks of that person: the sentence goes on with the speaker's words; without such a
    # person the "er" is the writer's word about the speaker and the sentence stays out
    text = (
        "Wien – Der Vereinspräsident Alexander Gruber stellte am Montag den neuen Trainer vor. "
        "Markus Wagner ist ab heute unser Cheftrainer, sagte Gruber. Grundsätzlich ist es so "
        "vorgesehen, dass er das auch in der nächsten Saison ist."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Grundsätzlich ist es so vorgesehen")
    assert q.kind == "direct" and _speaker(q) == "Alexander Gruber"
    text = (
        "Wien – Der Vereinspräsident Alexander Gruber stellte am Montag den neuen Trainer vor. "
        "Wir sind mit der Mannschaft sehr zufrieden, sagte Gruber. Grundsätzlich ist es so "
        "vorgesehen, dass er das Amt auch in der nächsten Saison ausübt."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Grundsätzlich" in q.text for q in qs)


def test_a_pronoun_that_resolves_to_someone_else(german_nlp: Any) -> None:
    # a "sie" in the sentence after direct speech that the resolver binds to another party than
    # the speaker (here an organisation) is no word about the speaker: the sentence goes on
    # with the speech; a "sie" bound to the speaker herself stays the writer's
    text = (
        "Wien – Die Wirtschaftskammer fordert strengere Regeln für Arbeitslose. Länder wie "
        "Schweden oder Dänemark setzen seit Jahren auf strengere Regeln, und die Maßnahmen "
        "zeigen Wirkung, sagt Generalsekretär Peter Haubner. Die Arbeitslosenzahlen sind in "
        "diesen Ländern rückläufig, während sie in Österreich steigen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Arbeitslosenzahlen sind in diesen Ländern")
    assert q.kind == "direct" and _speaker(q) == "Peter Haubner"
    text = (
        "Wien – Die Wirtschaftskammer fordert strengere Regeln für Arbeitslose. Länder wie "
        "Schweden oder Dänemark setzen seit Jahren auf strengere Regeln, sagt die Ökonomin "
        "Maria Berger. Sie leitet seit dem Vorjahr das Institut in Graz."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("leitet seit dem Vorjahr" in q.text for q in qs)


def test_a_noun_is_no_speech_verb(german_nlp: Any) -> None:
    # "den jetzigen Zustand" is no "zustand" of "zustehen" (nor "alle Fragen" a "fragen"): a
    # capitalised noun inside the sentence does not make it a third party's speech
    text = (
        "Amsterdam – Die Forscher kartieren seit Jahren die Korallenriffe vor Australien. Je "
        "mehr Riffe wir kartieren, desto besser wird das System, sagt der Biologe Joost de "
        "Vries. Damit wird es möglich, den jetzigen Zustand genau zu erfassen und Änderungen zu "
        "dokumentieren."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Damit wird es möglich")
    assert q.kind == "direct" and _speaker(q) == "Joost de Vries"


def test_a_modal_passive_of_a_speech_verb_names_no_speaker(german_nlp: Any) -> None:
    # "ist kaum zu erwarten": "sein" with a zu-infinitive of a speech verb says nobody's words,
    # so the plain sentence still goes on with the speaker's
    text = (
        "Hanoi – Die Partei hat ein neues Politbüro gewählt. Der Großteil der neuen Mitglieder "
        "kommt aus dem konservativen Flügel, sagt der Politologe Nguyen Van Long. Daher ist "
        "kaum zu erwarten, dass sich nun eine offenere Gesellschaft entfalten kann."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Daher ist kaum zu erwarten")
    assert q.kind == "direct" and _speaker(q) == "Nguyen Van Long"
