"""Roles of session 29 (helper "roles"): copula predicates with a pronoun or a name as
subject and words between; sentences written for the tests; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.entities.stage import _type_prefix
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_pronoun_subject_after_the_copula_takes_the_role(nlp_de: Language) -> None:
    text = (
        "Vytenis Andriukaitis hat viel Leid gesehen. Später wurde er Minister in Vilnius. "
        "Heute ist er EU-Kommissar für Gesundheit."
    )
    person = _persons(nlp_de, text)["Vytenis Andriukaitis"]
    assert "EU-Kommissar für Gesundheit" in person.roles


def test_a_pronoun_subject_means_the_person_of_its_gender(nlp_de: Language) -> None:
    text = "Laura Rudas holte Nedeljko Bilalic in die Parteizentrale, er wurde Kommunikationschef."
    persons = _persons(nlp_de, text)
    assert persons["Nedeljko Bilalic"].roles == ["Kommunikationschef"]
    assert persons["Laura Rudas"].roles == []


def test_a_pronoun_that_two_persons_may_mean_gives_nothing(nlp_de: Language) -> None:
    text = "Peter Huber traf Michael Maier in Graz. Er ist seit 2010 Bürgermeister."
    persons = _persons(nlp_de, text)
    assert persons["Peter Huber"].roles == []
    assert persons["Michael Maier"].roles == []


def test_a_feminine_role_is_not_given_to_er(nlp_de: Language) -> None:
    text = "Peter Huber kam nach Wien. Dort war er Leiterin der Schule."
    assert _persons(nlp_de, text)["Peter Huber"].roles == []


def test_a_name_subject_with_words_before_the_predicate(nlp_de: Language) -> None:
    text = "Die Partei sucht einen Nachfolger. Heinz Schaden ist seit 1992 Bürgermeister."
    assert _persons(nlp_de, text)["Heinz Schaden"].roles == ["Bürgermeister"]


def test_no_role_after_a_negation_or_a_ranking(nlp_de: Language) -> None:
    text = (
        "Peter Huber ist seit 2010 kein Bürgermeister mehr. "
        "Michael Maier war im Jahr 2010 der jüngste Trainer, der je gewann."
    )
    persons = _persons(nlp_de, text)
    assert persons["Peter Huber"].roles == []
    assert persons["Michael Maier"].roles == []


def test_an_unknown_name_between_blocks_the_pronoun(nlp_de: Language) -> None:
    text = (
        "Der Sultan ernannte Tariq bin Taimur. Die drei sind sein Sohn Asaad, "
        "sein Bruder Haitham und dessen Bruder Shihab, bis 2004 war er Chef der Marine."
    )
    persons = _persons(nlp_de, text)
    assert persons["Tariq bin Taimur"].roles == []
    assert persons["Asaad"].roles == ["Sohn"]  # not also "Chef der Marine" (Shihab's)


def test_a_federal_office_names_no_kind_of_organisation() -> None:
    lex = load_lexicon()
    assert _type_prefix("Bundespräsident", lex) is None
    assert _type_prefix("Kammerpräsident", lex) == "kammer"
