"""Session 17: speakers of reported-speech chains. A chain of Konjunktiv continuations goes on
with the speaker of its head; where the head's cue named its speaker only after a subheading
that ran into the sentence (10kGNAD flattens subheadings), the whole chain had no speaker.
Sentences written for the tests; blank pipelines, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Quote
from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_a_name_after_a_run_in_subheading_is_the_subject_and_its_chain_goes_on(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Landesrat Michael Berger sprach am Montag in Linz. Die Partei habe Fehler gemacht, "
        "sagte er. Sechs Jahre im Sessel Berger warnte, die Wahl sei verloren. Man dürfe "
        "nicht übersehen, dass es einen Vertrauensverlust gebe. Die Menschen hätten das Gefühl, "
        "dass nichts weitergehe.",
        [("Michael Berger", "PER"), ("Berger", "PER")],
    )
    assert speaker_of(quotes, "die Wahl sei verloren") == "Michael Berger"
    assert speaker_of(quotes, "Vertrauensverlust") == "Michael Berger"
    assert speaker_of(quotes, "nichts weitergehe") == "Michael Berger"


def test_a_name_after_a_run_in_subheading_before_the_auxiliary_of_its_cue(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Ökonom Bernhard Moser sprach am Montag in Wien. Die Regierung müsse sparen, sagte "
        "Moser. Hilfe für die Länder Moser ist überzeugt, dass die Ausgaben als "
        "Konjunkturprogramm wirken.",
        [("Bernhard Moser", "PER"), ("Moser", "PER"), ("Moser", "PER")],
    )
    assert speaker_of(quotes, "als Konjunkturprogramm") == "Bernhard Moser"


def test_a_run_in_subheading_that_opens_with_a_preposition(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Landesrat Michael Berger sprach am Montag in Linz. Zu lange im Sessel Berger warnte, "
        "die Wahl sei verloren.",
        [("Michael Berger", "PER"), ("Berger", "PER")],
    )
    assert speaker_of(quotes, "die Wahl sei verloren") == "Michael Berger"


def test_a_name_after_a_preposition_before_the_verb_is_no_subject(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Landesrat Michael Berger sprach am Montag in Linz. Im Gespräch mit Berger warnte "
        "Bürgermeisterin Anna Huber, die Wahl sei verloren.",
        [("Michael Berger", "PER"), ("Berger", "PER"), ("Anna Huber", "PER")],
    )
    assert speaker_of(quotes, "die Wahl sei verloren") == "Anna Huber"


def test_an_organisation_before_its_relative_clause_is_the_subject_and_its_chain_goes_on(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Hacker Matt Jakubowski fand eine Lücke. Spielwerk, das die Puppe für Mattel "
        "entwickelt hat, bestätigte gegenüber NBC, dass die Puppe gehackt werden könnte. "
        "Allerdings würden die Daten nicht ausreichen. Auch würden die Aufnahmen nicht "
        "kompromittiert.",
        [("Matt Jakubowski", "PER"), ("Spielwerk", "ORG"), ("Mattel", "ORG"), ("NBC", "ORG")],
    )
    assert speaker_of(quotes, "gehackt werden") == "Spielwerk"
    assert speaker_of(quotes, "Daten nicht ausreichen") == "Spielwerk"
    assert speaker_of(quotes, "Aufnahmen nicht") == "Spielwerk"


def test_a_noun_before_an_organisation_with_a_relative_clause(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Hacker Matt Jakubowski fand eine Lücke. Die Firma Spielwerk, die die Puppe "
        "entwickelt hat, bestätigte, dass die Puppe gehackt werden könnte.",
        [("Matt Jakubowski", "PER"), ("Spielwerk", "ORG")],
    )
    assert speaker_of(quotes, "gehackt werden") == "Spielwerk"


def speaker_starting(quotes: list[Quote], opening: str) -> str | None:
    """The speaker of the passage that opens with the words (not of a longer one around it)."""
    found = [q for q in quotes if q.text.startswith(opening)]
    assert found, f"no quote opening with {opening!r}: {[q.text for q in quotes]}"
    return found[0].speaker.name if found[0].speaker else None


def test_a_second_verb_of_saying_after_und_has_the_first_ones_subject(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Minister Hans Huber sprach am Montag in Linz. Huber räumte ein, dass die Lage ernst "
        "sei, und betonte, man müsse jetzt handeln.",
        [("Hans Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_starting(quotes, "man müsse jetzt handeln") == "Hans Huber"


def test_a_second_verb_of_saying_after_a_content_clause_and_a_comma(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Minister Hans Huber sprach am Montag in Linz. Huber kritisierte, dass die Lage ernst "
        "sei, fügte jedoch hinzu, dass kaum etwas schwieriger sei als ein Haushalt.",
        [("Hans Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_starting(quotes, "dass kaum etwas schwieriger") == "Hans Huber"


def test_a_second_verb_of_saying_with_its_own_subject_keeps_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Minister Hans Huber sprach am Montag in Linz. Huber räumte ein, dass die Lage ernst "
        "sei, und Anna Maier betonte, man müsse jetzt handeln.",
        [("Hans Huber", "PER"), ("Huber", "PER"), ("Anna Maier", "PER")],
    )
    assert speaker_starting(quotes, "man müsse jetzt handeln") == "Anna Maier"
