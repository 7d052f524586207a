"""Session 35 (issue #3, helper "sback"): the speaker after a statement longer than
``SPEAKER_BACK`` sentences.

A role phrase after a speech verb that closes a statement of several sentences naming nobody
("…, erklärt die Soziologiestudentin") names the person who opened that statement with a
speech verb of their own ("…, sagt Melanie"), at most ``STATEMENT_BACK`` sentences back
(`stage._statement_speaker`).

Short excerpt of the 10kGNAD record of tuning file gnad-0279 (derStandard.at; CC BY-NC-SA
4.0); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import persons_by_name


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


CAMP = (
    "Alles fein und friedlich hier, sagt Adrian, als er durch das Camp führt und nicht ohne "
    "stolz erklärt, dass sich im Camp auch unsere eigenen Sanitäter und Rechtsanwälte befinden. "
    "Ich hoffe, es bleibt so ruhig, sagt Melanie, die aus Berlin angereist ist. Sie war 2007 "
    "schon beim G8-Gipfel in Heiligendamm an der Ostsee dabei. Um Entwicklungshilfe hat man "
    "sich dabei nicht gekümmert, lautet ihre Kritik. Deshalb will sie heute, Samstag, auf der "
    "zentralen großen Demo gegen das Treffen durch den Ort marschieren. Im Camp haben wir keine "
    "Angst vor Randalierern. Die kommen hier nicht rein, erklärt die Soziologiestudentin."
)


def test_the_speaker_who_opened_a_long_statement_closes_it(nlp_de: Language) -> None:
    persons = persons_by_name(nlp_de, CAMP)
    assert "die Soziologiestudentin" in {m.text for m in persons["Melanie"].mentions}
    assert not any("Soziolog" in m.text for m in persons["Adrian"].mentions)


def test_a_person_who_did_not_speak_does_not_close_a_long_statement(nlp_de: Language) -> None:
    # the same statement, opened by a sentence whose person says nothing: no speaker
    text = CAMP.replace(
        "Ich hoffe, es bleibt so ruhig, sagt Melanie, die aus Berlin angereist ist.",
        "Es kommt auch Melanie Berger, die aus Berlin angereist ist.",
    )
    persons = persons_by_name(nlp_de, text)
    assert "Melanie Berger" in persons  # the person is found …
    assert not any("Soziolog" in m.text for m in persons["Melanie Berger"].mentions)


def test_direct_speech_does_not_go_on_into_a_sentence_that_brings_in_a_new_name() -> None:
    # the statement closed by "…, erklärt die Soziologiestudentin" goes on for two sentences;
    # "Mike aus dem nahen München sieht es genauso" is the writer's, who brings in the next
    # speaker (`StatementPasses._opens_with_unknown_name`)
    from tests.test_quotes_session29 import _quotes

    quotes = _quotes(
        CAMP + " Aber uns besorgt schon, dass jemand die Demo missbraucht. Gewaltsamer Protest "
        "fällt ja leider auf alle Demonstranten zurück. Mike aus dem nahen München sieht es "
        "genauso, aber dennoch stört ihn die massive Polizeipräsenz: Man kann ja keinen Schritt "
        "tun, ohne auf Polizei zu stoßen."
    )
    said = {text: speaker for _kind, text, speaker, _cue in quotes}
    assert said.get("Gewaltsamer Protest fällt ja leider auf alle Demonstranten zurück.") == (
        "Melanie"
    )
    assert not any(text.startswith("Mike aus dem nahen München") for text in said)
