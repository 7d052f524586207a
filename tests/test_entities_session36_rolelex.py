"""Role nouns of session 36 (helper "rolelex"): person nouns of the tuning gold roles that the
role lexicon missed, also as compound heads (sentences written for the tests; the trained German
pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _roles(nlp: Language, text: str, name: str) -> list[str]:
    return list(_persons(nlp, text)[name].roles)


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Medienmoguls", "mogul"),
        ("Spionagepiloten", "pilot"),
        ("Stammtormann", "tormann"),
        ("Hauptverdächtige", "verdächtiger"),
        ("Angeklagten", "angeklagter"),
        ("Sendungsverantwortliche", "verantwortlicher"),
        ("Elfmeterschütze", "schütze"),
        ("Bürgerrechtsikone", "ikone"),
    ],
)
def test_new_heads_make_role_nouns(word: str, head: str) -> None:
    info = load_lexicon().role(word)
    assert info is not None and info.head == head


def test_a_plane_system_and_a_lowercase_adjective_are_no_role_nouns() -> None:
    lex = load_lexicon()
    assert lex.role("Autopilot") is None
    assert lex.role("Autopiloten") is None
    assert lex.role("verdächtige") is None


def test_a_prize_before_gewinner_is_what_was_won_not_an_organisation() -> None:
    info = load_lexicon().role("Emmy-Gewinner")
    assert info is not None and info.org is None and info.function == "Gewinner"


def test_a_compound_of_a_new_head_before_the_name_is_a_role(nlp_de: Language) -> None:
    text = "Der Sohn des Medienmoguls Karl Berger übernimmt die Firma."
    assert _roles(nlp_de, text, "Karl Berger") == ["Medienmogul"]
    text = "Der Hauptverdächtige Thomas Huber wurde am Montag in Graz festgenommen."
    assert _roles(nlp_de, text, "Thomas Huber") == ["Hauptverdächtiger"]
    text = "Am Sonntag hielt Stammtormann Peter Gruber seinen Kasten sauber."
    assert _roles(nlp_de, text, "Peter Gruber") == ["Stammtormann"]


def test_a_field_of_work_before_a_role_noun_is_no_organisation() -> None:
    lex = load_lexicon()
    info = lex.role("Social-Media-Verantwortliche")
    assert info is not None and info.head == "verantwortlicher" and info.org is None
    info = lex.role("Real-Madrid-Mittelfeldspieler")
    assert info is not None and info.org == "Real Madrid"
