"""Relation roles of session 25 (excerpts of tuning records; the trained German pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_doubles_partner_after_a_possessive_is_a_role(nlp_de: Language) -> None:
    # session 25 (tuning gnad-0291): the gold gives "Thiems Doppelpartner"
    text = (
        "Thiem im Halbfinale\n\n"
        "Dominic Thiem steht in Buenos Aires im Halbfinale. Der als Nummer fünf gesetzte "
        "Niederösterreicher gewann am Freitag gegen seinen Doppelpartner Dusan Lajovic aus "
        "Serbien 6:4,6:2."
    )
    assert _persons(nlp_de, text)["Dusan Lajovic"].roles == ["Doppelpartner"]


def test_a_friend_after_a_possessive_is_a_role(nlp_de: Language) -> None:
    # session 25 (tuning gnad-0731): the gold gives "Freundin Jesenskás"
    text = (
        "Milena Jesenská\n\n"
        "Sie starb an den Folgen einer Nieren-OP am 17. Mai 1944 in Ravensbrück. Ihren Tod "
        "wollte sie laut Auskunft ihrer Freundin Margarete Buber-Neumann bis zum Schluss nicht "
        "wahrhaben."
    )
    assert _persons(nlp_de, text)["Margarete Buber-Neumann"].roles == ["Freundin"]


def test_freund_stays_a_surname(nlp_de: Language) -> None:
    # guard (10kGNAD records 0–299): "Freund" is no role word (a surname: "Christoph Freund",
    # "Severin Freund"); as a relation noun it cut the person "Christoph Freund" away
    text = (
        "Ein Interview\n\n"
        "Es ist mit den Verantwortlichen Christoph Freund und Jochen Sauer eine neue "
        "Konstellation gegeben."
    )
    assert "Christoph Freund" in _persons(nlp_de, text)


def test_a_room_mate_after_a_possessive_is_a_role(nlp_de: Language) -> None:
    # session 25 (tuning gnad-0732, helper "persons"): the gold gives "Zimmerkollege Hayböcks"
    text = (
        "Hayböck Zweiter\n\n"
        "Im Weltcup-Gesamtranking blieb Michael Hayböck zwar noch Fünfter. Nicht so gut lief es "
        "für seinen Zimmerkollegen Stefan Kraft, der mit 123 und 121 m zurückfiel."
    )
    assert _persons(nlp_de, text)["Stefan Kraft"].roles == ["Zimmerkollege"]
