"""Given names of more languages (session 18): the Wiktionary-derived list
``data/entities/given_names_wiktionary.txt.gz`` (scripts/build_given_names.py) lets the entity
layer's given-name rules find Turkish, Balkan, Italian and Dutch names that the corpus-derived
list lacks (sentences written for the tests; blank German pipeline, the NER's spans given by
hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def persons(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "PER"}


def test_names_of_more_languages_are_given_names() -> None:
    lex = load_lexicon()
    for name in ("Ramazan", "Zlatko", "Giambattista", "Luuk", "Dragoljub", "Can", "Tarkan"):
        assert name in lex.first_names, name


def test_common_words_of_the_source_are_no_given_names() -> None:
    # word names of the source that German or English text uses as words, places, or
    # names of things, and English-only categories (Chase, Honor, Star); a guard
    lex = load_lexicon()
    for word in ("Star", "Chase", "Honor", "Paris", "Will", "Sonne", "Liebe", "Bee"):
        assert word not in lex.first_names, word


def test_a_name_with_a_balkan_given_name_and_no_ner_span_is_a_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Im Mittelfeld spielte Zlatko Junuzovic stark, sagte der Trainer. "
        "Gestern sprach Dragoljub Petković mit Reportern in Belgrad.",
        [("Belgrad", "LOC")],
    )
    assert {"Zlatko Junuzovic", "Dragoljub Petković"} <= persons(ents)


def test_an_ner_organisation_or_misc_with_a_given_name_is_a_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das Märchenbuch von Giambattista Basile erschien 1634 in Neapel. "
        "Gestern traf Ramazan Özcan seine Kollegen.",
        [("Giambattista Basile", "MISC"), ("Ramazan Özcan", "ORG"), ("Neapel", "LOC")],
    )
    assert {"Giambattista Basile", "Ramazan Özcan"} <= persons(ents)
    assert "Giambattista Basile" not in {e.name for e in ents if e.type != "PER"}


def test_a_dutch_name_with_a_particle_is_one_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Gestern sprach Luuk de Jong mit Reportern in Eindhoven.",
        [("Eindhoven", "LOC")],
    )
    assert "Luuk de Jong" in persons(ents)


def test_a_rare_given_name_before_common_nouns_is_no_person(blank: Language) -> None:
    # session 18 (10kGNAD records 122, 153): "bei Basile Themen", "als Bub Bananen": a given
    # name of the wide list only, and common nouns after it, where the NER sees no person
    ents = _with_ner(
        blank,
        "Früher hätten sie bei Ramazan Bücher gekauft, sagte die Händlerin in Wien.",
        [("Wien", "LOC")],
    )
    assert not any(p.startswith("Ramazan") for p in persons(ents))


def test_one_word_names_that_are_rare_given_names_stay_persons(blank: Language) -> None:
    # a footballer's one-word name and a name's last word that are given names somewhere
    # (Neymar, Giang) are no "given name alone": the person stays, the name is not cut
    ents = _with_ner(
        blank,
        "Kurz vor der Pause konnte sich Neymar den Luxus leisten, einen Elfmeter zu vergeben. "
        "Das sei wichtig, so Tran Van Giang, Forscher am Institut in Hanoi.",
        [("Neymar", "PER"), ("Tran Van", "PER"), ("Hanoi", "LOC")],
    )
    assert {"Neymar", "Tran Van Giang"} <= persons(ents)
