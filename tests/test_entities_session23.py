"""Persons and roles of session 23 (sentences written for the tests; the trained German
pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _mentions(nlp: Language, text: str, name: str) -> list[str]:
    return [m.text for m in _persons(nlp, text)[name].mentions]


def test_a_subject_role_phrase_names_the_person_two_sentences_back(nlp_de: Language) -> None:
    # the sentence between names nobody and does not open with "er"
    text = (
        "Ein Bericht\n\n"
        "Karl Huber raucht nicht und trinkt nicht. "
        "Sein Blutdruck beträgt laut dem Bericht 110 zu 65. "
        "Der Geschäftsmann ist nie an Krebs erkrankt."
    )
    huber = _persons(nlp_de, text)["Karl Huber"]
    assert "Geschäftsmann" in huber.roles
    assert "Der Geschäftsmann" in [m.text for m in huber.mentions]


def test_a_subject_role_phrase_inside_the_sentence(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Maria Berger hat die Firma im Jahr 2010 gegründet. "
        "Ihr Umsatz stieg seither jedes Jahr. "
        "Heute beschäftigt die Unternehmerin mehr als 300 Menschen."
    )
    assert "die Unternehmerin" in _mentions(nlp_de, text, "Maria Berger")


def test_a_person_with_an_office_keeps_it(nlp_de: Language) -> None:
    # "Der Botschafter" is someone else: the minister already has an office
    text = (
        "Ein Bericht\n\n"
        "Innenminister Karl Huber reiste am Montag nach Rom. "
        "Die Reise dauerte zwei Tage. "
        "Der Botschafter begrüßte die Delegation am Flughafen."
    )
    huber = _persons(nlp_de, text)["Karl Huber"]
    assert "Botschafter" not in huber.roles
    assert "Der Botschafter" not in [m.text for m in huber.mentions]


def test_a_genitive_plural_is_no_subject(nlp_de: Language) -> None:
    # "der Forscher" here is a genitive plural (the parse's nmod), not a person named again
    text = (
        "Ein Bericht\n\n"
        "Maria Berger leitet das Projekt seit dem Frühjahr. "
        "Die Arbeit der Forscher dauerte drei Jahre."
    )
    assert "der Forscher" not in _mentions(nlp_de, text, "Maria Berger")


def test_agent_nouns_of_session_23_are_role_heads() -> None:
    lex = load_lexicon()
    for word, head in [
        ("Angreifer", "angreifer"),
        ("Skispringerin", "skispringer"),
        ("Bezirksvorsteherin", "vorsteher"),
        ("Übersetzerin", "übersetzer"),
        ("Medienmagnat", "magnat"),
        ("Winzer", "winzer"),
    ]:
        info = lex.role(word)
        assert info is not None and info.head == head, word
    assert lex.role("Springer") is None  # a publisher's name, not "Skispringer"
    assert lex.role("Mobilbetreiber") is None  # a firm
    assert lex.role("Spieleentwickler") is None  # often a studio ("CD Projekt")


def test_a_role_head_before_a_lone_name(nlp_de: Language) -> None:
    # a one-word name: the unknown-noun rule of session 20 needs a full name
    text = (
        "Ein Bericht\n\n"
        "Die Hoffnungen in Wien ruhen auf Angreifer Jonas. Er hat in dieser Saison 28 Tore erzielt."
    )
    assert "Angreifer" in _persons(nlp_de, text)["Jonas"].roles


def test_an_office_of_the_home_state_is_not_bound_two_sentences_back(nlp_de: Language) -> None:
    # "Die Innenministerin" is an office-holder the text need not name, not the person before
    text = (
        "Ein Bericht\n\n"
        "Wenn sich Maria Berger je einem Test stellen müsste: Wohin gehört sie nun? "
        "Die Innenministerin sollte Klarheit in diese Frage bringen."
    )
    berger = _persons(nlp_de, text)["Maria Berger"]
    assert "Innenministerin" not in berger.roles


def test_a_surname_mention_keeps_its_particles(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Alexander Van der Bellen sprach am Montag in Wien. "
        "Van der Bellen sagte, er sei zufrieden. "
        "Die Forscherin Nienke van der Marel leitet das Team. Laut van der Marel ist das neu."
    )
    persons = _persons(nlp_de, text)
    assert [m.text for m in persons["Alexander Van der Bellen"].mentions] == [
        "Alexander Van der Bellen",
        "Van der Bellen",
    ]
    assert "van der Marel" in [m.text for m in persons["Nienke van der Marel"].mentions]
    assert "Van" not in persons  # the particle is no person of its own


def test_a_name_without_particles_is_unchanged(nlp_de: Language) -> None:
    # "der" before a plain surname is an article, not a particle of the name
    text = "Ein Bericht\n\nKarl Huber sprach am Montag. Die Rede der Huber-Familie war kurz."
    assert "der Huber" not in " ".join(_mentions(nlp_de, text, "Karl Huber"))


def test_a_winner_compound_names_no_affiliation() -> None:
    # the prefix of "US-Open-Sieger" is what was won, not the person's country or organisation
    lex = load_lexicon()
    for word in ("US-Open-Sieger", "Grand-Slam-Siegerin", "Wimbledon-Siegerin"):
        info = lex.role(word)
        assert info is not None and info.country is None and info.org is None, word
    us = lex.role("US-Außenminister")
    assert us is not None and us.country == "USA"  # other compounds as before


def test_a_winner_compound_leaves_the_country_to_the_text(nlp_de: Language) -> None:
    text = (
        "Ein Bericht\n\n"
        "Der zweifache US-Open-Sieger Rafael Nadal gewann am Montag. Der Spanier war zufrieden."
    )
    assert _persons(nlp_de, text)["Rafael Nadal"].affiliation == "Spanien"
