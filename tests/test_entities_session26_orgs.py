"""Organisations, session 26 (orgs3): well-known bodies of the lexicon, also in the
s-genitive and in compounds; a closed compound names a lexicon institution only when its rest
is a word.
Excerpts of tuning-set articles and sentences written for the tests; blank German pipeline
with the NER spans given."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers_orgs import entities_of, names


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def test_lexicon_bodies_that_hanta_reads_as_nouns(blank: Language) -> None:
    text = (
        "Die Ermittlungen wurden via Interpol auf Ungarn ausgedehnt. Griechenland könnte aus "
        "der Eurozone ausscheiden. Der Hamburger SV trifft auf Hoffenheim, Dinamo auf Arsenal."
    )
    tagged = [("Interpol", "ORG"), ("Eurozone", "ORG"), ("Hoffenheim", "ORG")]
    orgs = names(entities_of(blank, text, tagged), "ORG")
    assert {"Interpol", "Eurozone", "TSG Hoffenheim", "Arsenal"} <= orgs


def test_bodies_named_in_compounds_and_the_genitive(blank: Language) -> None:
    # gnad-0091, gnad-0689, gnad-0790, gnad-0383
    text = (
        "Thiem hat ihn auf der ATP-Tour bereits einmal gespielt. Er konzentriert sich auf die "
        "NSA-Überwachung. Jaalon gehört der Likud-Partei an. Das Gerät läuft mit Intels Core-M, "
        "für Displays wird auch Nvidias G-Sync unterstützt."
    )
    orgs = names(entities_of(blank, text), "ORG")
    assert {"ATP", "NSA", "Likud", "Intel", "Nvidia"} <= orgs


def test_an_acronym_and_its_long_name_are_one(blank: Language) -> None:
    # gnad-0238: "BND" and "Bundesnachrichtendienst" were two organisations
    text = (
        "Der Bundesnachrichtendienst hat Daten weitergegeben. Der BND bestreitet das, sagte "
        "ein Sprecher des Bundesnachrichtendienstes."
    )
    ents = [e for e in entities_of(blank, text) if e.type == "ORG"]
    assert [e.name for e in ents] == ["BND"]
    assert len(ents[0].mentions) == 3


def test_a_closed_compound_needs_a_word_after_the_name(blank: Language) -> None:
    # records 0-299: "laut Generalinspekteur" is no compound of Generali
    text = "Das sei laut Generalinspekteur der Geheimdienste nicht geschehen."
    assert "Generali" not in names(entities_of(blank, text), "ORG")
    # gnad-0211: the linking s is allowed ("Nationalrats|wahl")
    text = "Vor der Nationalratswahl gab es Streit."
    assert "Nationalrat" in names(entities_of(blank, text), "ORG")
