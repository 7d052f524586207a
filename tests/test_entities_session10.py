"""Entity rules of session 10: false persons and organisations on unseen text (sentences
written for the tests; blank German pipeline, the statistical NER's spans given by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.namewords import is_common_word, is_name_word
from newsgraph.model import Entity
from tests.test_entities_rules import _with_ner

needs_hanta = pytest.mark.skipif(not is_name_word("Siemens"), reason="HanTa not installed")


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def persons(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "PER"}


@needs_hanta
def test_common_words_are_known_and_surnames_of_the_shipped_list_are_not() -> None:
    assert is_common_word("Handlungsvollmacht")
    assert is_common_word("Favorit")
    assert not is_common_word("Müller")  # a surname of the shipped list
    assert not is_common_word("Wallner")


@needs_hanta
def test_common_noun_after_a_role_noun_is_no_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Bisher hatten die Korrespondenten Handlungsvollmacht über ihre Konten. Frankreichs "
        "Meister Favorit im Pokal. Dazu sprach Verteidigungsminister Klug (SPÖ), und "
        "Landesrat Rauch sagte nichts.",
        [("Rauch", "PER")],
    )
    names = persons(ents)
    assert "Handlungsvollmacht" not in names
    assert "Favorit" not in names
    # an adjective may be a surname; a word the statistical NER calls a person stays one
    assert "Klug" in names
    assert "Rauch" in names


@needs_hanta
def test_given_name_that_is_an_ordinary_word_before_common_nouns_is_no_person(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Beschlossen wurde die Erweiterung der Liste von Lebensmitteln ohne Ablaufdatum. "
        "Das sagte Maria Großbauer.",
        [],
    )
    names = persons(ents)
    assert not any("Liste" in n for n in names)
    assert "Maria Großbauer" in names  # "Maria" is no ordinary word


def test_lone_name_after_a_noun_for_a_thing_names_that_thing(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Im Animationsfilm Ferdinand tanzt ein Stier. Das Schiff lief vor der Urlaubsinsel "
        "Korfu auf. Der Hund Bello bellte. Die Zeitung nannte das Beruhigungsmittel Dormicum. "
        "Filmkritiker Gruber lobte den Film, die beste Gesellschaft Wiens kam.",
        [
            ("Ferdinand", "PER"),
            ("Korfu", "PER"),
            ("Bello", "PER"),
            ("Dormicum", "PER"),
            ("Gruber", "PER"),
            ("Wiens", "PER"),
        ],
    )
    types = {e.name: e.type for e in ents}
    assert types["Ferdinand"] == "MISC"
    assert types["Korfu"] == "LOC"
    assert types["Bello"] == "MISC"
    assert types["Dormicum"] == "MISC"
    assert types["Gruber"] == "PER"  # a role noun names a person
    assert "PER" not in {types.get("Wien"), types.get("Wiens")}  # a known place stays one


def test_body_of_a_land_or_city_is_named_with_its_seat(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das Verkehrsministerium Baden-Württemberg bestätigte den Test. Experten des "
        "Landeskriminalamts Wien sprachen mit dem Musikverband IFPI.",
        [("IFPI", "ORG")],
    )
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert "Verkehrsministerium Baden-Württemberg" in orgs
    assert "Landeskriminalamt Wien" in orgs
    # a name after an association noun is its name, not its seat
    assert "IFPI" in orgs
    assert not any(o.startswith("Musikverband") for o in orgs)


@needs_hanta
def test_name_part_of_a_role_compound_is_an_organisation_of_the_article(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Unterstützung kam von Swarovski-Chef Karl Brandt. Donald Trump tobte. Trump-Sprecher Sean "
        "Spicer dementierte. Ein Top-Manager schwieg.",
        [("Karl Brandt", "PER"), ("Donald Trump", "PER"), ("Sean Spicer", "PER")],
    )
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert "Swarovski" in orgs
    assert "Trump" not in orgs  # a person of the article
    assert "Top" not in orgs


def test_security_forces_state_media_and_congress_are_named_by_their_country(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Im Südosten töteten türkische Sicherheitskräfte zwei Kämpfer, wie das russische "
        "Staatsfernsehen meldete. Der US-Kongress und die griechische Küstenwache schwiegen.",
        [],
    )
    orgs = {e.name: e for e in ents if e.type == "ORG"}
    assert orgs["türkische Sicherheitskräfte"].affiliation == "Türkei"
    assert orgs["russisches Staatsfernsehen"].affiliation == "Russland"
    assert orgs["US-Kongress"].affiliation == "USA"
    assert orgs["griechische Küstenwache"].affiliation == "Griechenland"


def test_country_adjective_capitalised_at_the_sentence_start_qualifies_the_body(
    blank: Language,
) -> None:
    ents = _with_ner(blank, "Ägyptische Sicherheitskräfte haben zwölf Touristen getötet.", [])
    orgs = {e.name: e for e in ents if e.type == "ORG"}
    assert orgs["ägyptische Sicherheitskräfte"].affiliation == "Ägypten"


def test_compound_ending_in_a_role_exception_is_no_role(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Sie testeten den Bluetooth-Lautsprecher Ultimate Ears und die Kopfhörer. "
        "Regierungssprecher Tom Wolf lobte sie.",
        [("Tom Wolf", "PER")],
    )
    assert {e.name for e in ents if e.type == "PER"} == {"Tom Wolf"}


def test_lower_case_name_before_a_function_is_the_organisation(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Bedingungen stimmen nicht, so vida-Vorsitzender Karl Huber am Montag.",
        [("Karl Huber", "PER")],
    )
    by = {e.name: e for e in ents}
    assert by["vida"].type == "ORG"
    assert by["Karl Huber"].affiliation == "vida"


@needs_hanta
def test_hyphenated_thing_of_a_name_is_no_organisation(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Der Bleigehalt lag über dem EPA-Grenzwert, sagte die SPÖ-Seite. Das Leopold-Museum "
        "und die UNO-Vollversammlung schwiegen.",
        [
            ("EPA-Grenzwert", "ORG"),
            ("SPÖ-Seite", "ORG"),
            ("Leopold-Museum", "ORG"),
            ("UNO-Vollversammlung", "ORG"),
        ],
    )
    names = {e.name for e in ents}
    assert "EPA-Grenzwert" not in names
    assert "SPÖ-Seite" not in names
    assert "Leopold-Museum" in names  # a body, venue or place keeps its compound name
    assert "UNO-Vollversammlung" in names


def test_state_body_after_im_is_the_one_of_the_dateline_country(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das Gesetz muss im Parlament beschlossen werden, hieß es im Kanzleramt.",
        [],
        dateline="Wien",
    )
    orgs = {e.name: e for e in ents if e.type == "ORG"}
    assert orgs["österreichisches Parlament"].affiliation == "Österreich"
    assert orgs["österreichisches Kanzleramt"].affiliation == "Österreich"


def test_lone_unknown_word_named_once_after_bei_or_gegen_is_no_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Nach dem 0:1 gegen Gijon wackelt der Trainer. Die Suche bei Bing liefert wenig. "
        "Die Klage gegen Müller läuft.",
        [("Gijon", "PER"), ("Bing", "PER"), ("Müller", "PER")],
    )
    names = {e.name for e in ents if e.type == "PER"}
    assert "Gijon" not in names
    assert "Bing" not in names
    assert "Müller" in names  # a surname of the shipped list


def test_lone_unknown_word_after_a_report_verb_is_the_medium(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Levels seien entfernt worden, berichtet Kotaku. Nintendo schwieg.",
        [("Kotaku", "PER"), ("Nintendo", "ORG")],
    )
    types = {e.name: e.type for e in ents}
    assert types["Kotaku"] == "ORG"


def test_institution_noun_with_fuer_and_its_field_is_one_name(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das sagt Anna Berg vom Institut für Virologie. Das Kuratorium für "
        "Verkehrssicherheit und die Landeszentrale für politische Bildung warnten. Ein "
        "Zentrum für Flüchtlinge fehlt.",
        [("Anna Berg", "PER")],
    )
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert "Institut für Virologie" in orgs
    assert "Kuratorium für Verkehrssicherheit" in orgs
    assert "Landeszentrale für politische Bildung" in orgs
    assert not any(o.startswith("Zentrum") for o in orgs)  # after an indefinite article


def test_given_name_the_list_lacks_before_a_listed_one_stays_in_the_name(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Tore erzielten Alessandro Florenzi und Sadiq Umar. Multimillionär Robert Oatley "
        "jubelte.",
        [
            ("Alessandro Florenzi", "PER"),
            ("Sadiq Umar", "PER"),
            ("Multimillionär Robert Oatley", "PER"),
        ],
    )
    names = {e.name for e in ents if e.type == "PER"}
    assert "Sadiq Umar" in names
    assert "Robert Oatley" in names  # an ordinary word before the given name is cut off
