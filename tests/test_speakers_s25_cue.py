"""Session 25 (helper "qres2"): the speaker at the cue. A place after a role noun of the
subject phrase is the role's attribute, not the speaker ("sagte die Polizeichefin des Bezirks
Sirmaur" gave the statement to the district, gnad-0650). Excerpts of the tuning set and
sentences written for the tests; blank pipeline, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_a_place_after_a_role_noun_is_not_the_speaker(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Eine Menge hat im Bundesstaat Himachal Pradesh fünf Männer angegriffen, teilte die "
        "Polizei mit. Die Verletzten seien ins Krankenhaus gebracht worden, wo einer der "
        "Männer gestorben sei, sagte die Polizeichefin des Bezirks Sirmaur.",
        [("Himachal Pradesh", "LOC"), ("Polizei", "ORG"), ("Sirmaur", "LOC")],
    )
    assert speaker_of(quotes, "Verletzten") != "Sirmaur"


@pytest.mark.parametrize(
    ("text", "tagged", "speaker"),
    [
        # a place that is a person's name read as a place by the NER stays the speaker
        (
            "Die Verhandlungen seien gescheitert, sagte Susan Miller am Montag.",
            [("Susan Miller", "LOC")],
            "Susan Miller",
        ),
        # a place with no role noun before it in the phrase
        (
            "Die Grenze bleibe geschlossen, teilte Ungarn am Montag mit.",
            [("Ungarn", "LOC")],
            "Ungarn",
        ),
    ],
)
def test_a_place_with_no_role_noun_before_it_keeps_its_reading(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], speaker: str
) -> None:
    quotes = quotes_of(blank_de, text, tagged)
    assert speaker_of(quotes, "Die ") == speaker


def test_a_spokesperson_of_a_place_speaks_for_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Zudem wurden fünf Mitarbeiter verletzt. Es bestehe aber keine Lebensgefahr, sagte ein "
        "Sprecher der Präfektur.",
        [("Präfektur", "LOC")],
    )
    assert speaker_of(quotes, "Lebensgefahr") == "Präfektur"


def test_a_role_noun_goes_to_the_holder_who_spoke_last(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der moldauische Teamchef Alexandru Curtianu zeigte sich zufrieden. Der vorsichtige "
        "ÖFB-Teamchef Marcel Koller warnte. Sie haben hinten große Kerle, sagte Koller. Sie "
        "werden robust sein und in den Zweikämpfen voll dagegenhalten, erklärte der Teamchef.",
        [("Alexandru Curtianu", "PER"), ("Marcel Koller", "PER"), ("Koller", "PER")],
    )
    assert speaker_of(quotes, "robust") == "Marcel Koller"
