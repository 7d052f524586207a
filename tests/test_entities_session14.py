"""Entity rules of session 14 (person precision): one-word NER persons that never act in
their sentences. Sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.namewords import word_probability
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_word_like_name_used_as_a_thing_is_no_person(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Die Firma verlangt für Vita einen hohen Preis. Am Montag sprach Karl Huber in Graz.",
    )
    assert "Vita" not in p
    assert "Karl Huber" in p


def test_word_like_object_is_no_person(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Die Kinder geben sogar Bussi und lachen. Karl Huber freut sich.")
    assert "Bussi" not in p


def test_given_name_alone_that_never_acts_is_no_person(nlp_de: Language) -> None:
    assert "Moritz" not in _persons(
        nlp_de, "Das Hotel liegt im Herzen von Moritz, sagte Karl Huber."
    )
    assert "Oscar" not in _persons(nlp_de, "Die Firma bietet mit Oscar einen neuen Dienst an.")


def test_given_name_that_acts_stays_a_person(nlp_de: Language) -> None:
    # the subject of a verb in one of its mentions
    p = _persons(
        nlp_de,
        "Die Firma bietet mit Oscar einen neuen Dienst an. Oscar sagte, er sei zufrieden.",
    )
    assert "Oscar" in p
    # a speaker before a colon
    p = _persons(nlp_de, "Trainer Karl Huber lobte die Mannschaft. Moritz: Wir wollen gewinnen.")
    assert "Moritz" in p


def test_surname_form_stays_without_a_parse_of_it(nlp_de: Language) -> None:
    # the parser misses the subject after the verb; the form is a name's, so it stays
    assert "Sartre" in _persons(nlp_de, "Im Kreis der Gäste taucht auch Sartre auf.")


def test_name_model_reads_words_and_names() -> None:
    p_vita, p_sartre = word_probability("Vita"), word_probability("Sartre")
    if p_vita is None or p_sartre is None:
        pytest.skip("the name model is not installed")
    assert p_vita > 0.5 > p_sartre


def test_given_name_joined_to_a_full_name_shares_its_surname(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Die topgesetzten Doppel-Superstars Bob und Mike Bryan verloren gleich.")
    assert "Bob Bryan" in p and "Mike Bryan" in p
    assert "Bob" not in p
    p = _persons(nlp_de, "Die Idee hatten Anna und Jörg Winger.")
    assert sorted(p) == ["Anna Winger", "Jörg Winger"]


def test_two_full_names_keep_their_surnames(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Angela Merkel und Barack Obama trafen sich in Berlin.")
    assert sorted(p) == ["Angela Merkel", "Barack Obama"]
    # a full name whose surname is also a given name is no given name alone
    p = _persons(nlp_de, "Es moderieren Francine Jordi und Sasha Mazza den Abend.")
    assert "Francine Jordi" in p
    assert "Francine Jordi Mazza" not in p


def test_name_the_ner_cut_before_its_last_word_gets_it_back(nlp_de: Language) -> None:
    p = _persons(
        nlp_de, "Die 18-Jährige fühlte sich gegen Misaki Doi einige Male ungerecht behandelt."
    )
    assert "Misaki Doi" in p and "Misaki" not in p
    p = _persons(nlp_de, "Das sei wichtig, so Nguyen Khac Giang, Wissenschafter am Institut.")
    assert "Nguyen Khac Giang" in p


def test_name_takes_no_ordinary_word_after_it(nlp_de: Language) -> None:
    p = _persons(nlp_de, "Gestern gab der Richter Karl Huber Recht.")
    assert sorted(p) == ["Karl Huber"]


def test_word_with_its_own_article_does_not_act(nlp_de: Language) -> None:
    # "das Wahlprogramm" is the subject, but a common noun with its article
    p = _persons(
        nlp_de,
        "Ich nutze die Statements als Griss Wahlprogramm. Das Wahlprogramm der Partei A "
        "besteht aus vielen Wörtern, sagte Karl Huber.",
    )
    assert "Wahlprogramm" not in p


def test_plural_noun_before_a_word_is_no_title(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Rund 2,8 Millionen User sorgten seit Tagungsbeginn für mehr als 250 Millionen Clicks.",
    )
    assert "Clicks" not in p
    p = _persons(nlp_de, "Frankreich hat 300 Polizisten Zöllner aufgeboten, sagte Karl Huber.")
    assert "Zöllner" not in p
    # a singular noun before a name still shows a person
    assert "Mohammed" in _persons(nlp_de, "Die Pilger folgen den Spuren des Propheten Mohammed.")


def test_name_of_several_words_with_a_word_like_part_that_never_acts(nlp_de: Language) -> None:
    p = _persons(
        nlp_de,
        "Das Hyperdiver-System wurde jetzt erfolgreich in Papua Neu-Guinea getestet, "
        "sagte Karl Huber.",
    )
    assert sorted(p) == ["Karl Huber"]
    p = _persons(
        nlp_de, "Die Mur ist im Raum Graz mit Gewässergüte II (mäßig verunreinigt) eingestuft."
    )
    assert "Gewässergüte II" not in p
    assert "Medipol Basaksehir" not in _persons(
        nlp_de, "Der Kapitän, der für Medipol Basaksehir spielt, fehlt."
    )
    # names of persons stay: subjects, and no word of them reads as an ordinary word
    p = _persons(nlp_de, "Das Lied sangen Sunnyi Melles und Piotr Beczala.")
    assert sorted(p) == ["Piotr Beczala", "Sunnyi Melles"]
