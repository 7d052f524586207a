"""Persons and roles of session 22 (sentences written for the tests; the trained German
pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_role_phrase_after_a_speech_verb_names_the_person_before(nlp_de: Language) -> None:
    # "…, erklärte der Forscher": the one person named in the sentence before
    text = (
        "Ein Bericht\n\n"
        "Karl Huber besuchte am Montag das Lager. "
        "Die Lage sei sehr ernst, erklärte der Forscher am Abend."
    )
    huber = _persons(nlp_de, text)["Karl Huber"]
    assert "Forscher" in huber.roles
    assert "der Forscher" in [m.text for m in huber.mentions]


def test_a_feminine_role_phrase_after_so(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Anna Berg besuchte am Montag das Lager. Die Lage sei sehr ernst, so die Forscherin."
    )
    assert "Forscherin" in _persons(nlp_de, text)["Anna Berg"].roles


def test_a_spokesperson_after_a_speech_verb_stays_unbound(nlp_de: Language) -> None:
    # "sagte der Sprecher": usually a source the text never names
    text = (
        "Ein Bericht\n\n"
        "Karl Huber besuchte am Montag das Lager. "
        "Die Lage sei sehr ernst, sagte der Sprecher am Abend."
    )
    assert _persons(nlp_de, text)["Karl Huber"].roles == []


def test_the_gender_of_the_role_noun_must_fit(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Anna Berg besuchte am Montag das Lager. "
        "Die Lage sei sehr ernst, erklärte der Forscher am Abend."
    )
    assert _persons(nlp_de, text)["Anna Berg"].roles == []


def test_another_role_phrase_between_blocks_the_binding(nlp_de: Language) -> None:
    # the professor of the first sentence is someone else than the minister
    text = (
        "Ein Bericht\n\n"
        "Integrationsminister Karl Huber nahm die Darstellung des Universitätsprofessors zum "
        "Anlass für eine Rede. In dem Bericht räumt der Studienautor ein, dass Daten fehlen."
    )
    assert _persons(nlp_de, text)["Karl Huber"].roles == ["Integrationsminister"]
