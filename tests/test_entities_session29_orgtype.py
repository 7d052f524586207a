"""Works the statistical NER tags ORG (session 29, helper orgtype): a name the text names as a
work once — after a noun for a kind of work, after "Staffel von", with a sequel's number, with
a TV guide's country and year — is that work at every mention, not an organisation. Sentences
written for the tests (the shapes of tuning gnad-0046, 0073, 0593 and 10kGNAD records
300–801); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article
from tests.test_entities_session28_orgtype import _entities


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_name_once_after_a_work_noun_is_the_work_at_every_mention(nlp_de: Language) -> None:
    # the NER tags the second mention ORG; the first, after "Drama", came by propagation
    ents = _entities(
        nlp_de,
        "Nach dem Teenagerinnen-Drama Life Is Strange schickt das französische Studio DontNod "
        "Spieler ins London. Wer die technisch nicht ganz so moderne Umsetzung von Life Is "
        "Strange in Erinnerung hat, wird staunen.",
    )
    assert ents.get("Life Is Strange") not in ("ORG", None)
    assert ents.get("Studio DontNod") == "ORG"


def test_a_name_after_a_season_and_von_is_the_series(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Die Szene am Beginn der vierten Staffel von House of Cards zeigt das. Die Serie läuft "
        "auf Netflix.",
    )
    assert ents.get("House of Cards") not in ("ORG", None)
    assert ents.get("Netflix") == "ORG"


def test_a_name_with_a_sequel_number_is_a_work(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Der Designer nennt unter anderem Silent Hill 2 und Metal Gear Solid 2 als "
        "Inspirationsquellen.",
    )
    assert ents.get("Metal Gear Solid") not in ("ORG", None)
    # one word and a number is a channel's or a club's name: no work
    ents = _entities(nlp_de, "Das Spiel läuft am Sonntag auf ORF 1 und auf Puls 4.")
    assert ents.get("ORF") == "ORG"


def test_a_firm_name_with_an_ampersand_after_a_work_noun_is_the_work(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Nostalgiker können mittlerweile neben dem Strategiespiel Command & Conquer auch andere "
        "Klassiker spielen. Den Werbespot gestaltete die Agentur Merlicek & Bergmann.",
    )
    assert ents.get("Command & Conquer") not in ("ORG", None)
    assert ents.get("Merlicek & Bergmann") == "ORG"


def test_a_tv_guide_title_with_country_and_year_is_a_work(nlp_de: Language) -> None:
    ents = _entities(
        nlp_de,
        "Bis 22.45, ORF 2 22.15 DRAMAComing Out (DDR 1989, Heiner Carow) Der einzige DDR-Film "
        "über Homosexualität.",
    )
    # the listing glues the genre to the title (records 300–801)
    assert not [n for n, t in ents.items() if n.endswith("Coming Out") and t == "ORG"]
    assert ents.get("Heiner Carow") == "PER"
    # a word that is no country's short form before the year: the firm stays
    ents = _entities(nlp_de, "Der Konzern Siemens (Gründung 1847) baut in Wien Stellen ab.")
    assert ents.get("Siemens") == "ORG"


def test_headings_in_capitals_are_no_organisations(nlp_de: Language) -> None:
    # a TV guide's genre and title after the time, a play's parts (records 300–801, gnad-0232)
    ents = _entities(
        nlp_de,
        "Bis 5.50, 3sat 20.15 WORKING GIRL Die Waffen der Frauen (USA 1988, Mike Nichols) "
        "Melanie Griffith wird von ihrer Chefin ausgetrickst. 6.30 BAHN FREI Thementag: "
        "Zuglegenden.",
    )
    assert not [n for n, t in ents.items() if t == "ORG" and n.isupper()]
    ents = _entities(
        nlp_de,
        "(Licht auf ein Paar mittleren Alters.) DER MANN (wischt sich Tränen aus den Augen): "
        "Schön war es. DIE FRAU (nickt): Drum ist mir auch so weh.",
    )
    assert ents.get("MANN") != "ORG" and ents.get("FRAU") != "ORG"
    # a name in capitals after its noun stays the organisation (tuning gnad-0151)
    ents = _entities(
        nlp_de, "Für die lokale Antipirateriegruppe BREIN ist das ein illegaler Dienst."
    )
    assert ents.get("BREIN") == "ORG"


def test_a_name_after_website_is_an_organisation(nlp_de: Language) -> None:
    # tuning gnad-0736: the NER tags the news site a person
    ents = _entities(
        nlp_de,
        "Die Nachrichtenwebsite Politico nennt aber auch andere Faktoren. Wähler hätten "
        "zudem, schreibt Politico, eine Schwäche für Außenseiter.",
    )
    assert ents.get("Politico") == "ORG"


def test_a_name_of_common_nouns_with_a_link_word_after_an_intro_noun_is_whole(
    nlp_de: Language,
) -> None:
    # records 0–299 and tuning gnad-0149, 0493: the intro rule stopped at the link word
    ents = _entities(
        nlp_de,
        "Die Präsidentin der Entwicklungsorganisation Brot für die Welt, Cornelia "
        "Füllkrug-Weitzel, sagte das.",
    )
    assert ents.get("Brot für die Welt") == "ORG"
    assert "Brot" not in ents
    ents = _entities(
        nlp_de,
        "Barri Phatarfod von der Hilfsorganisation Doctors for Refugees sagte dem Sender das.",
    )
    assert ents.get("Doctors for Refugees") == "ORG"
    # the party's Polish acronym in brackets: one organisation (a lexicon form)
    art = make_article(
        "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS), Jaroslaw Kaczynski, warnte."
    )
    analyze(art, stages=["entities"], nlp=nlp_de)
    pis = [e for e in art.entities if e.name == "PiS"]
    assert len(pis) == 1 and "Recht und Gerechtigkeit" in {m.text for m in pis[0].mentions}
    assert "Recht" not in {e.name for e in art.entities}


def test_two_names_joined_by_und_after_an_intro_noun_stay_two(nlp_de: Language) -> None:
    ents = _entities(nlp_de, "Die Firma Apple und Google streiten seit Jahren.")
    assert ents.get("Apple") == "ORG" and ents.get("Google") == "ORG"
    ents = _entities(nlp_de, "Die Zeitung Presse und der Standard berichteten darüber.")
    assert "Presse und der Standard" not in ents
