"""Roles of session 29 (helper "roles"): copula predicates with a pronoun or a name as
subject and words between; sentences written for the tests; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.entities.roles import nominative_slot, plural_form
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


def test_a_feminine_head_not_in_in_is_feminine_and_singular(nlp_de: Language) -> None:
    lex = load_lexicon()
    info = lex.role("Kammer-Obfrau")
    assert info is not None and info.feminine
    text = (
        "Wir sind am Limit, sagte Angelika Sery-Froschauer. "
        "Nun bringen wir die Preise nicht mehr rauf, so die Kammer-Obfrau."
    )
    person = _persons(nlp_de, text)["Angelika Sery-Froschauer"]
    assert "die Kammer-Obfrau" in {m.text for m in person.mentions}


def test_der_after_a_finite_verb_is_a_nominative_singular(nlp_de: Language) -> None:
    doc = nlp_de("Elemente erinnern an ältere Titel, so nennt der Designer unter anderem zwei.")
    k = next(t.i for t in doc if t.text == "der")
    assert nominative_slot(doc, k)
    doc = nlp_de("Die Ideen der Designer waren gut.")
    k = next(t.i for t in doc if t.text == "der")
    assert not nominative_slot(doc, k)


def test_die_before_an_adjectival_noun_in_e_is_feminine_singular(nlp_de: Language) -> None:
    text = "Das sagte Claudia Roth. Darüber habe es Streit gegeben, sagte die Abgeordnete."
    roth = _persons(nlp_de, text)["Claudia Roth"]
    assert "die Abgeordnete" in {m.text for m in roth.mentions}
    assert roth.roles == ["Abgeordnete"]
    text = "Das sagte Peter Huber. Darüber habe es Streit gegeben, sagten die Abgeordneten."
    assert _persons(nlp_de, text)["Peter Huber"].roles == []


def test_a_source_after_laut_is_not_who_a_role_phrase_points_back_to(nlp_de: Language) -> None:
    text = (
        "Donald Trump ist gesund. Trump raucht und trinkt nicht. "
        "Sein Blutdruck beträgt laut Harold Bornstein 110 zu 65. "
        "Der Geschäftsmann ist nie an Krebs erkrankt."
    )
    persons = _persons(nlp_de, text)
    assert persons["Donald Trump"].roles == ["Geschäftsmann"]
    assert persons["Harold Bornstein"].roles == []


def test_a_ling_noun_in_en_is_plural() -> None:
    assert plural_form("Flüchtlingen", "Flüchtling", "den", False, None)
    assert plural_form("Häftlinge", "Häftling", "die", False, None)
    assert not plural_form("Flüchtling", "Flüchtling", "den", False, None)


def test_an_age_before_a_role_noun_is_the_named_persons(nlp_de: Language) -> None:
    text = (
        "Ai Weiwei kam nach Peking. Er besuchte seine kranke 83-jährige Mutter Gao Ying. "
        "Nach allem, was dem 58-Jährigen passiert war, hat das niemand erwartet."
    )
    mother = _persons(nlp_de, text)["Gao Ying"]
    assert "dem 58-Jährigen" not in {m.text for m in mother.mentions}


def test_a_pronoun_subject_with_an_als_phrase_takes_the_role(nlp_de: Language) -> None:
    text = (
        "Stefano Dambruoso gilt als Terrorexperte, "
        "er hat als Staatsanwalt wichtige Prozesse geführt."
    )
    assert "Staatsanwalt" in _persons(nlp_de, text)["Stefano Dambruoso"].roles
    text = "Peter Huber und Anna Maier kamen. Sie arbeiten als Ärzte."
    persons = _persons(nlp_de, text)
    assert persons["Peter Huber"].roles == [] and persons["Anna Maier"].roles == []


def test_a_sentence_whose_subject_is_the_same_pronoun_is_looked_past(nlp_de: Language) -> None:
    text = (
        "Geboren wurde Elio Vittorini 1908 in Syrakus. 1930 zog er nach Florenz, heiratete "
        "eine Schwester des Lyrikers Salvatore Quasimodo, mit der er zwei Kinder bekam. "
        "Lange arbeitete er als Journalist und Übersetzer."
    )
    persons = _persons(nlp_de, text)
    assert persons["Salvatore Quasimodo"].roles == ["Lyriker"]
    assert persons["Elio Vittorini"].roles == ["Journalist und Übersetzer"]
