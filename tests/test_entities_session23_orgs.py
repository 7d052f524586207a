"""Session 23: organisations — bare national bodies the gold files list (Bundesheer,
Rechnungshof, Verfassungsgerichtshof), a capitalised adjective before a one-word institution
making another body's name, all-caps words that are no acronyms, media and companies named
bare. Sentences written for the tests (after tuning-set cases); blank German pipeline with the
NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Entity
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("de")


def _orgs(entities: list[Entity]) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities if e.type == "ORG"}


def test_bare_national_bodies_are_organisations(blank: Language) -> None:
    # tuning gnad-0409/0801 ("Das stellte der Rechnungshof … fest"), gnad-0130/0136/0696
    # ("Polizei und Bundesheer", "des Bundesheeres"), gnad-0100
    ents = _with_ner(
        blank,
        "Das stellte der Rechnungshof bei einer Prüfung fest. Die Soldaten des Bundesheeres "
        "halfen der Polizei. Der Verfassungsgerichtshof (VfGH) hob das Gesetz auf.",
        [],
    )
    orgs = _orgs(ents)
    assert orgs["Rechnungshof"] == ["Rechnungshof"]
    assert orgs["Bundesheer"] == ["Bundesheeres"]
    assert orgs["Verfassungsgerichtshof"] == ["Verfassungsgerichtshof", "VfGH"]


def test_capitalised_adjective_before_an_institution_names_another_body(blank: Language) -> None:
    # "der Europäische Rechnungshof" is not the (national) Rechnungshof of the lexicon
    ents = _with_ner(
        blank,
        "Der Europäische Rechnungshof kritisierte die Kommission in Brüssel.",
        [("Brüssel", "LOC")],
    )
    orgs = _orgs(ents)
    assert "Europäischer Rechnungshof" in orgs
    assert "Rechnungshof" not in orgs


def test_capitals_that_are_no_acronyms(blank: Language) -> None:
    # tuning gnad-0459/0483/0667 ("DER STANDARD berichtete"), gnad-0165 (DAX, ATX),
    # gnad-0759 (TTIP)
    ents = _with_ner(
        blank,
        "Die Klage wurde abgewiesen, DER STANDARD berichtete. Der DAX und der ATX fielen, "
        "die Gespräche über TTIP stocken.",
        [],
    )
    orgs = _orgs(ents)
    assert "Der Standard" in orgs
    assert not {"DER", "DAX", "ATX", "TTIP"} & set(orgs)


def test_media_and_companies_named_bare(blank: Language) -> None:
    # tuning gnad-0238 ("Nach Informationen des Spiegel"), gnad-0800 ("betonte Ebay"),
    # gnad-0383 ("laut Acer"); records 0-299: "Wie der Spiegel berichtet"
    ents = _with_ner(
        blank,
        "Wie der Spiegel berichtet, wächst der Handel. Das betonte Ebay am Montag. Laut Acer "
        "steigt der Absatz. Das meldete die Süddeutsche Zeitung, laut Süddeutscher Zeitung "
        "ohne Folgen.",
        [],
    )
    orgs = _orgs(ents)
    assert orgs["Spiegel"] == ["Spiegel"]
    assert orgs["Ebay"] == ["Ebay"]
    assert orgs["Acer"] == ["Acer"]
    assert orgs["Süddeutsche Zeitung"] == ["Süddeutsche Zeitung", "Süddeutscher Zeitung"]


def test_media_word_before_a_journalist_is_the_paper(blank: Language) -> None:
    # tuning gnad-0029: "Kurier-Fotograf Jürg Christandl", "Falter-Journalistin"; records
    # 0-299: "des Krone-Herausgebers"; not a common word's other compounds
    ents = _with_ner(
        blank,
        "Kurier-Fotograf Jürg Christandl bestätigt das. Die Falter-Journalistin schrieb. Die "
        "Welt-Meisterin jubelte, der Stern-Koch kocht.",
        [("Jürg Christandl", "PER")],
    )
    orgs = _orgs(ents)
    assert orgs["Kurier"] == ["Kurier"]
    assert orgs["Falter"] == ["Falter"]
    assert not {"Die Welt", "Stern"} & set(orgs)


def test_a_former_chiefs_organisation_and_a_party_named_by_its_founder(blank: Language) -> None:
    # tuning gnad-0099 ("Ex-KPÖ-Chef Walter Baier"), gnad-0097/0286/0441/0801 ("des Teams
    # Stronach", "Stronach-Klubobmann"): the party, not an organisation "Stronach"
    ents = _with_ner(
        blank,
        "Aus Österreich kommt Ex-KPÖ-Chef Walter Baier. Nach der Dezimierung des Teams "
        "Stronach wird die Mehrheit knapp. Stronach-Klubobmann Robert Lugar schwieg.",
        [("Walter Baier", "PER"), ("Robert Lugar", "PER")],
    )
    orgs = _orgs(ents)
    assert orgs["KPÖ"] == ["KPÖ"]
    assert orgs["Team Stronach"] == ["Teams Stronach", "Stronach"]
    assert "Stronach" not in orgs


def test_law_firms_journals_and_carriers_introduce_names(blank: Language) -> None:
    # tuning gnad-0131 ("mit der Kanzlei Freshfields"), gnad-0480 ("die rechte Zeitschrift
    # Aula"), gnad-0402 ("Der britische Mobilfunker O2")
    ents = _with_ner(
        blank,
        "Der DFB sprach mit der Kanzlei Freshfields. Gegen die rechte Zeitschrift Aula wurde "
        "ermittelt. Der britische Mobilfunker O2 informiert seine Kunden.",
        [],
    )
    orgs = _orgs(ents)
    assert {"Freshfields", "Aula", "O2"} <= set(orgs)
