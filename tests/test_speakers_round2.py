"""Session 10, round 2: organisations inside unquoted speech, the owner of `nach eigenen
Angaben`, `laut eigenem Bekunden`, a bare `laut Zeitung`. Sentences written for the tests;
blank pipelines, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_an_organisation_in_a_later_clause_does_not_end_unquoted_speech(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir haben großen Schaden verhindert, kommentierte Maurizio Lupi. In diesen Tagen "
        "kommen Menschen zum Brenner, um die Guardia di Finanza anzugreifen. Die Einigung "
        "bezeugt, dass Lösungen besser sind als Steine.",
        [("Maurizio Lupi", "PER"), ("Guardia di Finanza", "ORG")],
    )
    assert speaker_of(quotes, "Finanza anzugreifen") == "Maurizio Lupi"
    assert speaker_of(quotes, "Die Einigung bezeugt") == "Maurizio Lupi"


def test_an_organisation_opening_the_sentence_still_ends_unquoted_speech(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir haben großen Schaden verhindert, kommentierte Maurizio Lupi. Die Guardia di "
        "Finanza prüft nun die Pläne, die Gewerkschaft ist dagegen.",
        [("Maurizio Lupi", "PER"), ("Guardia di Finanza", "ORG")],
    )
    assert not [q for q in quotes if "prüft" in q.text]


def test_nach_eigenen_angaben_belongs_to_the_pronoun_before_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Flüchtling Sam Nemati lebt seit zwei Jahren in einer Gemeinde. Weil er nach "
        "eigenen Angaben ohne Erlaubnis die Wohnung gewechselt hatte, wollte ihn die "
        "Australian Border Force fortbringen.",
        [("Sam Nemati", "PER"), ("Australian Border Force", "ORG")],
    )
    assert speaker_of(quotes, "Wohnung gewechselt") == "Sam Nemati"


def test_laut_eigenem_bekunden_is_a_source_phrase_of_the_subject(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Sängerin Anna Berger stellte ihr Buch vor. Sie besucht laut eigenem Bekunden "
        "seit 30 Jahren regelmäßig die Oper.",
        [("Anna Berger", "PER")],
    )
    assert speaker_of(quotes, "seit 30 Jahren") == "Anna Berger"


def test_a_bare_laut_zeitung_is_the_newspaper_named_before(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir rechnen mit einem langen Verfahren, sagte Staatsanwalt Jan Holzner der Welt am "
        "Sonntag. Die Anklageschrift umfasst laut Zeitung 270 Seiten.",
        [("Jan Holzner", "PER"), ("Welt am Sonntag", "ORG")],
    )
    assert speaker_of(quotes, "270 Seiten") == "Welt am Sonntag"


def test_der_hersteller_is_the_company_named_before(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Nintendo geht gegen Videos von Spielern vor. Rechtlich argumentiert der Hersteller, "
        "dass die Veränderung von Levels seine Rechte verletze.",
        [("Nintendo", "ORG")],
    )
    assert speaker_of(quotes, "seine Rechte verletze") == "Nintendo"


def test_a_quantified_group_after_the_verb_is_its_subject_not_the_accused(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Microsoft wirbt für seinen Browser. Und doch werfen einige Blogs mittlerweile "
        "Microsoft eine gewisse Scheinheiligkeit vor.",
        [("Microsoft", "ORG")],
    )
    assert speaker_of(quotes, "Scheinheiligkeit") is None


def test_a_pronoun_after_an_unnamed_speaker_is_not_the_name_the_content_opens_with(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Josef Ostermayer plant ein neues Museum. Ostermayer, meint ein hochrangiger "
        "Museumsexperte, sei schlecht beraten worden, die Kosten schätzt er als enorm. Auch "
        "er glaubt nicht daran, dass sich das Museum 2018 eröffnen lasse.",
        [("Josef Ostermayer", "PER"), ("Ostermayer", "PER")],
    )
    assert speaker_of(quotes, "2018 eröffnen") is None
