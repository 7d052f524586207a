"""Session 10, round 2: organisations inside unquoted speech, the owner of `nach eigenen
Angaben`, `laut eigenem Bekunden`, a bare `laut Zeitung`. Sentences written for the tests;
blank pipelines, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Quote
from newsgraph.quotes.extract import extract_quotes
from tests.test_entities_rules import _with_ner, make_article
from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def quotes_of_paragraphs(
    nlp: Language, paragraphs: list[str], tagged: list[tuple[str, str]]
) -> list[Quote]:
    """Quotes of an article of several paragraphs (the NER spans given by hand)."""
    art = make_article(*paragraphs)
    art.entities = _with_ner(nlp, art.text, tagged)
    return extract_quotes(art)


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


def test_a_conditional_about_the_speakers_statement_is_the_writers(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Digitalkommissar Günther Oettinger hat sich erneut zum Thema Copyright geäußert. "
        "Seine Aussagen auf der Konferenz dürften allerdings nicht auf ungeteilte Zustimmung "
        "stoßen.",
        [("Günther Oettinger", "PER")],
    )
    assert not [q for q in quotes if "Zustimmung" in q.text]


def test_a_conditional_after_a_paragraph_break_and_a_question_is_the_writers(
    blank_de: Language,
) -> None:
    paragraphs = [
        "Ein Gericht hat Fragen an den Gerichtshof verwiesen, teilte Anwalt Tim Kuik mit.",
        "Ist das Streaming von Filmen erlaubt? Diese Frage könnte in der EU bald geklärt werden.",
    ]
    quotes = quotes_of_paragraphs(blank_de, paragraphs, [("Tim Kuik", "PER")])
    assert not [q for q in quotes if "geklärt" in q.text]


def test_der_heilige_vater_is_the_person_named_as_pope(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Papst Franziskus hat die Synode eröffnet. Viele Menschen fühlen sich einsam, sagte "
        "der Heilige Vater.",
        [("Franziskus", "PER")],
    )
    assert speaker_of(quotes, "einsam") == "Franziskus"


def test_a_kinship_noun_gives_the_gender_of_the_person_it_names(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Flüchtling Sam Nemati lebte mit seiner Tochter Aysa in einem Lager. Weil er nach "
        "eigenen Angaben ohne Erlaubnis die Wohnung gewechselt hatte, wollte ihn die "
        "Australian Border Force fortbringen.",
        [("Sam Nemati", "PER"), ("Aysa", "PER"), ("Australian Border Force", "ORG")],
    )
    assert speaker_of(quotes, "Wohnung gewechselt") == "Sam Nemati"
