"""A name's genitive that opens a role phrase before a name belongs to the phrase (session 33,
helper mspan, issue #3): "Hubers Anwalt Peter Maier" is a mention of Maier as a whole, as
"Tirols Landeschef X" already was; the owner stays the role's possessor. Only when the text
also names the owner bare ("Huber"), so a word that merely ends in -s is left alone. Sentences
written for the rule; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _mentions(nlp: Language, text: str) -> dict[str, list[str]]:
    art = analyze(make_article(text), stages=["entities"], nlp=nlp)
    return {e.name: [m.text for m in e.mentions] for e in art.entities if e.type == "PER"}


def test_the_owners_genitive_opens_the_role_mention(nlp_de: Language) -> None:
    text = (
        "Der Unternehmer Karl Huber wurde am Montag in Wien festgenommen. Hubers Anwalt Peter "
        "Maier erklärte am Dienstag, sein Mandant sei unschuldig."
    )
    mentions = _mentions(nlp_de, text)
    assert "Hubers Anwalt" in mentions["Peter Maier"]
    assert "Hubers Anwalt" not in mentions.get("Karl Huber", [])


def test_no_owner_the_text_does_not_name(nlp_de: Language) -> None:
    # a word in -s whose stem the text never writes is not read as an owner
    text = "Am Dienstag erklärte Hubers Anwalt Peter Maier, sein Mandant sei unschuldig."
    mentions = _mentions(nlp_de, text)
    assert not any(m.startswith("Hubers") for ms in mentions.values() for m in ms)


def test_a_surname_read_as_a_place_gets_its_role_phrase(nlp_de: Language) -> None:
    # the NER reads the lone surname as a place; it joins the person named in full only after
    # the roles were read, and its inhabitant noun is read then
    text = (
        "Thiem schlug zunächst Pablo Andujar. Nach dem Sieg gegen den Spanier Andujar wartet "
        "Schwartzman."
    )
    assert "den Spanier" in _mentions(nlp_de, text)["Pablo Andujar"]
