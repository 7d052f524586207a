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


def _mention_texts(nlp: Language, text: str, name: str) -> list[str]:
    return [m.text for m in _persons(nlp, text)[name].mentions]


def test_a_surname_before_a_colon_is_the_speaker(nlp_de: Language) -> None:
    # an interview: the tagger reads the unknown surname before the colon as an adverb;
    # "Kaiser" is also a role noun, but before a colon at a line's start it is the person
    text = (
        "Ein Bericht\n\n"
        "Renate Anderl ist Vizepräsidentin des ÖGB. Wie geht es weiter? "
        "Anderl: Die Aufforderung kommt zur falschen Zeit.\n\n"
        "Peter Kaiser ist Landeshauptmann. Wird es gelingen? Kaiser: Es bleibt uns wenig Zeit."
    )
    assert _mention_texts(nlp_de, text, "Renate Anderl").count("Anderl") == 1
    assert _mention_texts(nlp_de, text, "Peter Kaiser").count("Kaiser") == 1


def test_a_surname_that_is_a_word_after_a_finite_verb(nlp_de: Language) -> None:
    # "Kurz" is a stop word (the adjective); capitalised inside a sentence after a finite
    # verb it is the person named before
    text = (
        "Ein Bericht\n\n"
        "Außenminister Sebastian Kurz reiste am Montag nach Brüssel. "
        "Einen Zusammenhang mit der Krise stellte Kurz in Abrede."
    )
    assert "Kurz" in _mention_texts(nlp_de, text, "Sebastian Kurz")


def test_a_role_noun_surname_is_no_mention_outside_a_speaker_line(nlp_de: Language) -> None:
    # "Kaiser" of "Peter Kaiser" elsewhere is the noun: "wie ein Kaiser" stays no mention
    text = (
        "Ein Bericht\n\n"
        "Peter Kaiser ist Landeshauptmann. Er regiert das Land wie ein Kaiser: streng und still."
    )
    assert "Kaiser" not in _mention_texts(nlp_de, text, "Peter Kaiser")


def test_a_function_noun_and_a_neuter_noun_in_a_reporting_clause(nlp_de: Language) -> None:
    # "so der Sozialdemokrat" (a function noun, no office) and "sagte das Stadtoberhaupt" (a
    # neuter noun) are mentions of the one person named before
    text = (
        "Ein Bericht\n\n"
        "Außenminister Karl Huber sprach am Montag in Prag. "
        "Das sei sehr beunruhigend, so der Sozialdemokrat.\n\n"
        "Bürgermeister Paul Kern eröffnete die Brücke. "
        "Alles werde rechtzeitig fertig, sagte das Stadtoberhaupt."
    )
    p = _persons(nlp_de, text)
    assert "der Sozialdemokrat" in [m.text for m in p["Karl Huber"].mentions]
    assert "das Stadtoberhaupt" in [m.text for m in p["Paul Kern"].mentions]
