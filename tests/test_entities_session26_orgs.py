"""Organisations, session 26 (orgs3): a single word the NER tags ORG that HanTa reads as a
common noun is no organisation; well-known bodies of the lexicon, also in the s-genitive and
in compounds; a closed compound names a lexicon institution only when its rest is a word;
"das Land X" as the state's body; a pollster or institute named by its study. Excerpts of tuning-set articles and sentences written for the tests; blank German pipeline
with the NER spans given."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers_orgs import entities_of, names


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def test_a_common_noun_tagged_org_is_no_organisation(blank: Language) -> None:
    # gnad-0130, gnad-0438, gnad-0560: the NER's ORG spans on ordinary nouns
    text = (
        "Der Landeshauptmann habe „Gitarre gespielt und Reformen gemacht“. Wer betroffen ist, "
        "hat kein Stimmrecht. Die geringe Kapazität von Batterien gilt als Problem."
    )
    tagged = [("Gitarre", "ORG"), ("Stimmrecht", "ORG"), ("Batterien", "ORG")]
    assert names(entities_of(blank, text, tagged), "ORG") == set()


def test_a_name_word_a_bracketed_short_form_or_a_house_stays(blank: Language) -> None:
    # a word HanTa reads as a name stays ("Cyberport verrechnet", gnad-0700)
    text = "Cyberport verrechnet für den Service fünf Euro."
    assert "Cyberport" in names(entities_of(blank, text, [("Cyberport", "ORG")]), "ORG")
    # gnad-0227: "Kiwi" is the bracketed short form of the operator's name
    text = (
        "Unterstützt wird sie vom Kindergartenbetreiber Kinder in Wien (Kiwi). Bei Kiwi sieht "
        "man das Projekt positiv."
    )
    assert "Kiwi" in names(entities_of(blank, text, [("Kiwi", "ORG")]), "ORG")
    # gnad-0767: a house is a venue or a chamber; forces and services (`noun_org_heads`)
    text = "Der Preis wurde am Montagabend im Literaturhaus vorgestellt."
    assert "Literaturhaus" in names(entities_of(blank, text, [("Literaturhaus", "ORG")]), "ORG")
    text = "Die Bundeswehr übernimmt die Ausbildung der irakischen Armee."
    assert "Bundeswehr" in names(entities_of(blank, text, [("Bundeswehr", "ORG")]), "ORG")


def test_a_common_noun_that_starts_a_bracketed_name_stays(blank: Language) -> None:
    # the NER cut "Ärzte" before "ohne Grenzen (MSF)": the stage extends it to the bracket
    text = "Die Klinik wird von Ärzte ohne Grenzen (MSF) betrieben. Ärzte ohne Grenzen klagt."
    ents = entities_of(blank, text, [("Ärzte", "ORG"), ("MSF", "ORG")])
    assert "Ärzte ohne Grenzen" in names(ents, "ORG")


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
    # gnad-0216: the linking s is allowed ("Nationalrats|sitzung"); a parliament named only for
    # its election ("Nationalratswahl", gnad-0211) is no organisation since session 33
    text = "In der Nationalratssitzung gab es Streit."
    assert "Nationalrat" in names(entities_of(blank, text), "ORG")
    text = "Vor der Nationalratswahl gab es Streit."
    assert "Nationalrat" not in names(entities_of(blank, text), "ORG")


def test_the_land_as_a_body(blank: Language) -> None:
    # gnad-0399, gnad-0305: the state named as the body that acts or pays
    text = (
        "1995 startete das Land Steiermark mit Renaturierungen. Die Serie wird vom Land "
        "Salzburg mitfinanziert. Im Land Tirol regnete es."
    )
    orgs = names(entities_of(blank, text), "ORG")
    assert {"Land Steiermark", "Land Salzburg"} <= orgs
    assert "Land Tirol" not in orgs


def test_a_pollster_or_institute_named_by_its_study(blank: Language) -> None:
    # gnad-0171, gnad-0441; records 0-299 ("laut einer Boku-Studie")
    text = (
        "Die Partei liegt laut einer Yougov-Umfrage bei 41 Prozent. Laut einer Market-Umfrage "
        "wäre eine Mehrheit dafür. Das zeigt eine Boku-Studie."
    )
    assert {"Yougov", "Market", "Boku"} <= names(entities_of(blank, text), "ORG")
    # ordinary words and compound stems name no firm
    text = "Eine Regierungs-Studie und die Volksschul-Lesestudie zeigen das."
    orgs = names(entities_of(blank, text), "ORG")
    assert not orgs & {"Regierungs", "Volksschul"}
