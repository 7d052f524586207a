"""Session 22: speakers of reported speech. A Konjunktiv sentence that opens with a plural noun
of hearsay nobody owns ("In Mailand kursieren Gerüchte, X könnte …", "Berichten zufolge …")
names its own source; it went on with the current speaker. Sentences written for the tests;
blank pipelines, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of

BEFORE = (
    "Bankchef Franz Huber dementierte am Montag eine Kapitalerhöhung, sagte Huber. "
    "Die Bank sei solide aufgestellt, betonte Huber. "
)


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("In Wien kursieren freilich Gerüchte, die Bank könnte ihre Töchter verkaufen.", "Töchter"),
        ("Zuletzt waren Überlegungen aufgekommen, die Bank würde Filialen schließen.", "Filialen"),
        ("Berichten zufolge beliefen sich die Verluste auf 80 Millionen Euro.", "Verluste"),
    ],
)
def test_a_sentence_opening_with_unowned_hearsay_names_nobody(
    blank_de: Language, sentence: str, fragment: str
) -> None:
    quotes = quotes_of(blank_de, BEFORE + sentence, [("Franz Huber", "PER"), ("Huber", "PER")])
    assert speaker_of(quotes, fragment) is None


def test_owned_hearsay_and_plain_continuations_stay_with_the_speaker(blank_de: Language) -> None:
    # guards: a possessive owns the noun ("seine Befürchtungen"); a sentence with no hearsay
    # noun goes on with the current speaker as before
    quotes = quotes_of(
        blank_de,
        BEFORE
        + "Seine Befürchtungen, die Bank könnte Kunden verlieren, seien unbegründet. "
        + "Man werde die Filialen behalten.",
        [("Franz Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "unbegründet") == "Franz Huber"
    assert speaker_of(quotes, "Filialen behalten") == "Franz Huber"
