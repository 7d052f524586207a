"""Session 22 (lead): a finding reported with "zu dem Ergebnis / zum Schluss gelangen, dass …"
is a cue, as the same phrases with "kommen" were; before, the content clause went on with the
speaker of the sentence before. Sentences written for the tests; a blank pipeline, the NER's
spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_gelangen_zu_dem_ergebnis_names_its_subject(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Viele Clips werden geprüft, berichtete Wired. Auch das Portal Vergeblog gelangt zu dem "
        "Ergebnis, dass die Moderation ein schlecht ausgestattetes Feld sei.",
        [("Wired", "ORG"), ("Vergeblog", "ORG")],
    )
    assert speaker_of(quotes, "schlecht ausgestattetes Feld") == "Vergeblog"


def test_gelangen_without_a_content_clause_is_no_cue(blank_de: Language) -> None:
    # guard: "gelangt zum Schluss" without a dass-clause is no statement (weight below 0.6)
    quotes = quotes_of(
        blank_de,
        "Die Forscherin Anna Berg gelangte zum Schluss ihres Vortrags nach Wien.",
        [("Anna Berg", "PER"), ("Wien", "LOC")],
    )
    assert quotes == []
