"""What is (not) an organisation or a person (session 30, helper orgtype): firms after a noun
that introduces a firm's name ("beim Vermarkter Httpool", "die Webseite Knowable", "des
Marktforschers Focus"), a work's acronym ("Grand Theft Auto 5 … GTA 5"), an adjective opening a
sentence after a closing quote ("»…?« Langes Überlegen."). Sentences written for the tests in the
shapes of tuning gnad-0654, gnad-0688, html-brandenburg-homo-brandenburgensis and 10kGNAD
records 300–801; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session28_orgtype import _entities


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_firm_after_vermarkter_is_an_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Michael Heugl, Client Service Director beim Vermarkter Httpool, gewinnt bei den "
        "Vermarktern.",
    )
    assert ents.get("Httpool") == "ORG"
    assert ents.get("Michael Heugl") == "PER"


def test_a_given_name_and_surname_after_marktforscher_stay_a_person(nlp_de: Language) -> None:
    # the noun names persons too; and "Peter" (ending in -ter) opens no genitive plural name
    # of a body ("Verband Deutscher Zeitungsverleger")
    ents = _entities(nlp_de, "Das sagte der Marktforscher Peter Hajek am Montag.")
    assert ents.get("Peter Hajek") == "PER"
    assert not any(t == "ORG" for t in ents.values())


def test_a_firm_after_marktforscher_or_hoster_is_an_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Rund 111 Millionen Euro fließen laut Berechnungen des Marktforschers Focus in die "
        "Radios. Auch Alibaba sowie der File Hoster Mediafire sind für Angriffe anfällig.",
    )
    assert ents.get("Focus") == "ORG"
    assert ents.get("Mediafire") == "ORG"


def test_a_site_after_webseite_is_an_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de, "Jetzt hat die Webseite Knowable sich nun die absurdesten Fälle herausgesucht."
    )
    assert ents.get("Knowable") == "ORG"


def test_a_works_acronym_is_the_work(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Ursprünglich wollte Rockstar Games bis Ende 2014 die erste Story-Erweiterung zum "
        "Gangsterepos Grand Theft Auto 5 herausbringen. Nach dem Erfolg des Multiplayer-Modus "
        "GTA Online wurden diese Pläne vertagt. In den Spieldateien von GTA 5 wurde nun eine "
        "Mission entdeckt.",
    )
    assert ents.get("Grand Theft Auto") not in ("ORG", None)
    assert ents.get("GTA Online") != "ORG"
    assert "GTA" not in ents


def test_an_adjective_after_a_closing_quote_opens_a_sentence(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Die Frau fragte. »Was ist denn die Lieblingsfarbe Ihrer Frau?« Langes Überlegen. "
        "Schulterzucken.",
    )
    assert "Langes" not in ents


def test_a_group_letter_after_gruppe_is_no_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Beide Teams sind in der Gruppe B nach fünf Runden noch ohne Punktverlust. Die "
        "Weißrussen schoben sich auf Rang zwei der Gruppe A. Der Tormann hielt alles.",
    )
    assert not any(t == "ORG" for t in ents.values())
    # a letter before a capitalised word opens a name
    ents = _entities(nlp_de, "Er kritisierte im regierungsnahen Magazin W Sieci die Arbeit.")
    assert ents.get("W Sieci") == "ORG"


def test_well_known_companies_the_ner_reads_as_persons(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Für Nutzer von Werbeblockern hat Axel Springer die Inhalte gesperrt. Dass Axel "
        "Springers Vorstoß scheitert, ist klar. Bei Konami herrschen prekäre "
        "Arbeitsbedingungen.",
    )
    assert ents.get("Axel Springer") == "ORG"
    assert ents.get("Konami") == "ORG"
    assert not any(t == "PER" for t in ents.values())


def test_an_english_stop_word_opening_a_tweet_is_no_name(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Er postete ein Foto. This cat is killing it right now on the frame. Danach kam Thomas.",
    )
    assert "This" not in ents
    assert ents.get("Thomas") == "PER"


def test_a_listed_city_the_ner_tags_org_is_the_place(nlp_de: Language) -> None:
    # "Tel" is a German stop word: the place lost it and "Aviv" was an organisation
    ents = _entities(
        nlp_de, "Der mutmaßliche Attentäter von Tel Aviv ist bei einer Schießerei getötet worden."
    )
    assert ents.get("Tel Aviv") == "LOC"
    assert "Aviv" not in ents


def test_a_firm_after_haendler_or_reederei_is_an_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Der Streit zwischen dem Händler Usedsoft und Oracle geht weiter. Auch Marco De Luca, "
        "Anwalt der Reederei Costa Crociere, war anwesend. Der Unterhändler Volkan Bozkır fiel "
        "heraus.",
    )
    assert ents.get("Usedsoft") == "ORG"
    assert ents.get("Costa Crociere") == "ORG"
    assert ents.get("Volkan Bozkır") == "PER"


def test_an_organisation_noun_after_an_indefinite_article_is_a_kind(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Ein Schiedsgericht mit einem unabhängigen Vorsitzenden soll entscheiden. Varoufakis "
        "schrieb im Kurznachrichtendienst Twitter, er sei beeindruckt. Das Außenministerium "
        "schwieg.",
    )
    assert "Schiedsgericht" not in ents
    assert "Kurznachrichtendienst" not in ents
    assert ents.get("Twitter") == "ORG"
    assert ents.get("Außenministerium") == "ORG"


def test_bare_plural_bodies_and_a_partys_branch_are_kinds(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Einen Austausch zwischen den Psychologen und den Steuerbehörden gebe es schon lange. "
        "Die türkischen Behörden schwiegen. Er hatte in der Landespartei gegen den Pakt "
        "gestimmt.",
    )
    assert "Steuerbehörden" not in ents
    assert "Landespartei" not in ents
    # authorities that act (the subject: "Die türkischen Behörden schwiegen") stay a party
    # (session 31 drops the others)
    assert ents.get("türkische Behörden") == "ORG"


def test_the_pkk_spelt_out_is_one_organisation(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Erdogan wirft der HDP vor, der verlängerte Arm der verbotenen Arbeiterpartei "
        "Kurdistans (PKK) zu sein. In Brasilien regiert die Arbeiterpartei PT.",
    )
    assert ents.get("PKK") == "ORG"
    assert ents.get("PT") == "ORG"
    assert "Arbeiterpartei" not in ents
    assert "Kurdistans" not in ents
