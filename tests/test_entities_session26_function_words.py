"""Session 26 (lead): a capitalised adverb or function word that opens a sentence is no name —
not as an organisation the NER tagged ("Insgesamt stellte die Polizei … fest", fresh 10kGNAD),
and not as an office whose word ends in "-amt" for the quotes' institution nouns."""

from __future__ import annotations

import pytest

from newsgraph.entities.namewords import is_function_word
from newsgraph.quotes.lexicon import load


@pytest.mark.parametrize("word", ["Insgesamt", "Zudem", "Allerdings", "Demnach", "Laut"])
def test_capitalised_adverbs_and_prepositions_are_function_words(word: str) -> None:
    assert is_function_word(word)


@pytest.mark.parametrize("word", ["Apple", "Rapid", "Polizei", "Finanzamt", "Merkel"])
def test_names_and_nouns_are_not(word: str) -> None:
    assert not is_function_word(word)


def test_an_adverb_in_amt_is_no_institution_noun() -> None:
    lex = load("de")
    assert lex.institution_noun("Insgesamt") is None
    assert lex.institution_noun("Finanzamt") == "finanzamt"
