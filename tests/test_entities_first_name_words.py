"""Common words in the corpus-derived given-name list (session 20): ``first_names.txt.gz`` is
read off the person spans of WikiANN and LER, whose annotation puts words before names
("Liste Pilz", "Kabinett Renzi", "The Beatles"). The builder now drops a word whose evidence as
a given name is weak against its evidence as a word (``build_lexicons.word_not_name``);
sentences written for the tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity
from newsgraph.structure.runin import split_runin_headings
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def persons(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "PER"}


def test_the_builder_weighs_word_evidence_against_first_name_uses() -> None:
    pytest.importorskip("HanTa")
    from newsgraph.entities.build_lexicons import english_words, word_not_name

    english = english_words()
    # (word, first-name uses, uses outside person spans): words with weak name evidence
    for word, first, outside in (
        ("Kabinett", 1, 0),  # a frequent German noun, once before a name
        ("Liste", 18, 107),  # frequent noun, used far more often outside names
        ("Pastor", 1, 0),
        ("Adult", 1, 0),  # an English word, once before a name
        ("Miss", 1, 5),
        ("Kronprinzessin", 1, 0),  # a long word HanTa knows
    ):
        assert word_not_name(word, first, outside, english), word
    # names that are also words keep their place when the corpora use them as names often
    for word, first, outside in (
        ("Mark", 48, 9),
        ("Bill", 16, 3),
        ("Ernst", 38, 4),
        ("Christina", 11, 0),
        ("Kai", 7, 1),
    ):
        assert not word_not_name(word, first, outside, english), word


def test_the_shipped_list_holds_names_not_the_words_before_them() -> None:
    names = load_lexicon().first_names
    for word in ("Liste", "Kabinett", "The", "Pastor", "Patriarch", "Reich", "Miss", "Konzil"):
        assert word not in names, word
    for name in ("Mark", "Bill", "Ernst", "Christina", "Don", "Dan", "Jason", "Kai"):
        assert name in names, name


def test_a_noun_before_a_genitive_name_is_no_given_name(blank: Language) -> None:
    ents = _with_ner(blank, "Das Reich Karls des Großen zerfiel nach seinem Tod.", [])
    assert not persons(ents)


def test_a_runin_heading_may_end_in_a_common_noun() -> None:
    # the given-name guard of the run-in headings ("Kritik an Sebastian Kurz Allerdings …")
    # no longer takes "Liste" or "Kabinett" for the start of a name that goes on
    for text, head in (
        (
            "Die Partei tritt bei der Wahl an. Eine eigene Liste Allerdings fehlen ihr noch "
            "Kandidaten.",
            "Eine eigene Liste",
        ),
        (
            "Die Regierung ist zerstritten. Streit im Kabinett Allerdings will niemand "
            "zurücktreten.",
            "Streit im Kabinett",
        ),
    ):
        assert ("subheading", head) in split_runin_headings(text)
    parts = split_runin_headings(
        "Der Minister reiste ab. Treffen mit Mark Allerdings blieb er ruhig."
    )
    assert [kind for kind, _ in parts] == ["paragraph"]
