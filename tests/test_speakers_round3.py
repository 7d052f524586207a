"""Session 10, round 3: a `demnach` with no current source points back to the one
organisation or person named before it. Sentences written for the tests; blank pipelines, the
statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_demnach_after_a_colon_is_the_source_named_before_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Länder dürfen mehr Schulden machen. In seinem Bericht listet das Sozialamt die "
        "Ausgaben der letzten Jahre auf: Demnach sind die Kosten um ein Drittel gestiegen.",
        [("Sozialamt", "ORG")],
    )
    assert speaker_of(quotes, "Kosten um ein Drittel") == "Sozialamt"


def test_demnach_goes_back_to_the_one_source_of_the_sentence_before(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Ein Bericht der Wochenzeitung Bergbote sorgt für Aufsehen. Demnach fehlen in der "
        "Stadtkasse zwei Millionen Euro.",
        [("Bergbote", "ORG")],
    )
    assert speaker_of(quotes, "Stadtkasse zwei Millionen") == "Bergbote"


def test_demnach_after_two_named_parties_stays_without_speaker(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Stadtwerke streiten mit der Bahnholding um Geld. Demnach fehlen in der "
        "Stadtkasse zwei Millionen Euro.",
        [("Stadtwerke", "ORG"), ("Bahnholding", "ORG")],
    )
    assert speaker_of(quotes, "Stadtkasse zwei Millionen") is None


def test_laut_dem_unternehmen_is_the_company_named_before(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Elektroautobauer Voltwerk hat Ärger mit seinem neuen Modell. Laut dem Unternehmen "
        "gibt es Probleme mit einem kleinen Teil der Produktion. Man werde aber mit jedem "
        "Betroffenen zusammenarbeiten.",
        [("Voltwerk", "ORG")],
    )
    assert speaker_of(quotes, "kleinen Teil der Produktion") == "Voltwerk"
    assert speaker_of(quotes, "jedem Betroffenen") == "Voltwerk"
