"""Session 11, chains: reported-speech chains and the speakers they carry (extract.py).
Sentences written for the tests; blank pipelines, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_bescheinigen_is_a_cue_that_starts_a_chain(blank_de: Language) -> None:
    # "…, bescheinigte X vom Y-Krankenhaus": the forward cue names the speaker of the
    # Konjunktiv sentence and of the one after it
    quotes = quotes_of(
        blank_de,
        "Der Kandidat ist gesund. Der 69-Jährige verfüge über große Ausdauer und habe keine "
        "Beschwerden gehabt, bescheinigte Harald Bornholm vom Stadtspital. Auch das Herz des "
        "Kandidaten sei kräftig.",
        [("Harald Bornholm", "PER")],
    )
    first = next(q for q in quotes if "große Ausdauer" in q.text)
    assert first.cue == "bescheinigte Harald Bornholm"
    assert "bescheinigte" not in first.text
    assert speaker_of(quotes, "Herz des Kandidaten") == "Harald Bornholm"
