"""Session 22 (lead): a news medium of the cue lexicon (``media_names``) that the entity layer
left unmarked speaks when it stands where a speaker stands ("Wie der Spiegel berichtet, …",
"laut Kurier"); the word is also a common noun, so the entity layer often misses it. Sentences
written for the tests; a blank pipeline, no entity given for the medium."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_an_unmarked_medium_in_a_wie_clause_speaks(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die App bewertet Gesichter. Wie der Spiegel berichtet, sei das Programm fehlerhaft.",
        [],
    )
    assert speaker_of(quotes, "fehlerhaft") == "Spiegel"


def test_a_common_noun_that_is_no_medium_names_no_speaker(blank_de: Language) -> None:
    # guard: an institution-like common noun outside the media lexicon makes no speaker
    quotes = quotes_of(
        blank_de,
        "Die App bewertet Gesichter. Wie der Zufall berichtet, sei das Programm fehlerhaft.",
        [],
    )
    assert speaker_of(quotes, "fehlerhaft") is None
