"""Person gender of session 30 (helper "roles"): adjectival role nouns by their form, kinship
nouns, given names with a gender from Wiktionary's categories; sentences written for the
tests; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import RoleInfo, load_lexicon
from newsgraph.entities.mentions import RolePhrase
from newsgraph.entities.roles import role_gender
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _phrase(text: str, word: str, det: str | None = None) -> RolePhrase:
    info = load_lexicon().role(word)
    assert info is not None
    return RolePhrase(text, 0, len(text), info, det=det)


def test_the_gender_of_a_role_phrase() -> None:
    assert role_gender(_phrase("EU-Außenbeauftragte", "EU-Außenbeauftragte", "die")) == "f"
    assert role_gender(_phrase("Abgeordneter", "Abgeordnete", "der")) == "m"
    # the noun decides, not a complement after it
    text = "Abgeordneter der liberalen Regierungspartei Scelta Civica"
    assert role_gender(_phrase(text, "Abgeordneter")) == "m"
    assert role_gender(_phrase("Mutter", "Mutter", "seine")) == "f"
    assert role_gender(_phrase("Schwiegermutter", "Mutter", "seine")) == "f"
    assert role_gender(_phrase("Bruder", "Bruder", "ihr")) == "m"
    assert role_gender(_phrase("Präsidentin", "Präsidentin")) == "f"
    assert role_gender(_phrase("Präsident", "Präsident")) == "m"
    assert role_gender(_phrase("Staatsoberhaupt", "Staatsoberhaupt", "das")) is None
    # a masculine function noun tells nothing ("der Schweizer Jungstar Belinda Bencic")
    star = RolePhrase("Jungstar", 0, 8, RoleInfo(lemma="Jungstar", head="star", kind="function"))
    assert role_gender(star) is None


def test_given_names_have_a_gender_from_wiktionary() -> None:
    genders = load_lexicon().given_name_genders
    assert genders["Marion"] == "f"  # German female, French male: the German category wins
    assert genders["Melanie"] == "f"
    assert genders["Bruno"] == "m"
    assert "Andrea" not in genders  # female in German, male in Italian: no gender


def test_an_adjectival_office_of_a_woman_is_feminine(nlp_de: Language) -> None:
    text = (
        "Die EU-Außenbeauftragte Federica Mogherini reiste nach Wien. Dort traf sie den "
        "Außenminister. Die EU-Außenbeauftragte sagte, es gebe Fortschritte."
    )
    person = _persons(nlp_de, text)["Federica Mogherini"]
    assert [m.text for m in person.mentions].count("Die EU-Außenbeauftragte") == 2


def test_an_age_noun_of_the_other_gender_is_someone_else(nlp_de: Language) -> None:
    text = (
        "Die Hausfrau wusch in der Küche ab. Ihr Mann Peter Lang schaute zu. "
        "Die 39-Jährige schimpfte mit ihm."
    )
    person = _persons(nlp_de, text)["Peter Lang"]
    assert "Die 39-Jährige" not in [m.text for m in person.mentions]


def test_a_masculine_office_is_not_the_woman_named_before(nlp_de: Language) -> None:
    text = "Marion Huber kam zur Sitzung. Der Minister sagte, es gebe Fortschritte."
    person = _persons(nlp_de, text)["Marion Huber"]
    assert "Der Minister" not in [m.text for m in person.mentions]
    assert person.roles == []


def test_a_speaker_phrase_looks_past_the_statement_in_the_first_person(nlp_de: Language) -> None:
    text = (
        "Die Preise seien unter Druck, räumte Fachverbandsobfrau Angelika Sery-Froschauer am "
        "Donnerstag ein. Wir sind am Limit. Mit der Krise hat der Preisverfall begonnen. Nun "
        "bringen wir die Preise nicht mehr rauf, so die Kammer-Obfrau."
    )
    person = _persons(nlp_de, text)["Angelika Sery-Froschauer"]
    assert "die Kammer-Obfrau" in [m.text for m in person.mentions]


def test_a_person_noun_does_not_point_back_to_a_source(nlp_de: Language) -> None:
    text = (
        "René Wagner war Co-Trainer in Wiener Neustadt. Er wird laut Alexander Gruber bereits am "
        "Dienstag sein erstes Training leiten. Im Ligaspiel am Freitag fungiert der 43-Jährige "
        "erstmals als Cheftrainer."
    )
    persons = _persons(nlp_de, text)
    assert "der 43-Jährige" not in [m.text for m in persons["Alexander Gruber"].mentions]
