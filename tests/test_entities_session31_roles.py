"""Relation and party-member roles of session 31 (helper "roles"): a relation noun after a
person's genitive in an apposition, "Frau"/"Mann" after a possessive as the spouse, a party's
adjective as a noun before a given name; sentences written for the tests (the Tubman one
after gnad-0172, the Van der Bellen one after a 10kGNAD record, CC BY-NC-SA 4.0); the trained
German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_relation_noun_after_a_persons_genitive_is_a_role(nlp_de: Language) -> None:
    text = (
        "Der Sklavenhalter hatte verfügt, dass Harriet Green, Aramintas Mutter, freizulassen "
        "sei, sobald sie 45 Jahre alt sei."
    )
    person = _persons(nlp_de, text)["Harriet Green"]
    assert person.roles == ["Mutter"]
    assert "Aramintas Mutter" in [m.text for m in person.mentions]


def test_a_relation_noun_needs_its_relative_named(nlp_de: Language) -> None:
    # no person's genitive, no "von X": the relation has no relative, no role
    person = _persons(nlp_de, "Gestern sprach Maria Huber, eine Mutter, mit der Polizei.")
    assert person["Maria Huber"].roles == []


def test_frau_and_mann_after_a_possessive_are_the_spouse(nlp_de: Language) -> None:
    text = (
        "Die Ärztin kam mit ihrem Mann Peter Lang. Später sagte Karl Maier, seine langjährige "
        "Frau Maria Huber sei krank."
    )
    persons = _persons(nlp_de, text)
    assert persons["Peter Lang"].roles == ["Ehemann"]
    assert "ihrem Mann" in [m.text for m in persons["Peter Lang"].mentions]
    assert persons["Maria Huber"].roles == ["langjährige Ehefrau"]


def test_frau_as_a_title_and_der_mann_stay_no_role(nlp_de: Language) -> None:
    persons = _persons(nlp_de, "Die Witwe kam mit Frau Maria Huber. Der Mann Peter Pan lachte.")
    assert persons["Maria Huber"].roles == []
    assert persons["Peter Pan"].roles == []


def test_a_party_adjective_as_a_noun_before_a_name(nlp_de: Language) -> None:
    text = (
        "Ob er dort dann auf den Grünen Alexander Van der Bellen oder den Freiheitlichen "
        "Norbert Hofer treffen werde, sei egal."
    )
    persons = _persons(nlp_de, text)
    assert persons["Alexander Van der Bellen"].roles == ["Grüner"]
    assert persons["Alexander Van der Bellen"].affiliation == "Grüne"
    assert "den Grünen" in [m.text for m in persons["Alexander Van der Bellen"].mentions]
    assert persons["Norbert Hofer"].roles == ["Freiheitlicher"]
    assert persons["Norbert Hofer"].affiliation == "FPÖ"


def test_the_partys_genitive_before_a_name_is_no_member_noun(nlp_de: Language) -> None:
    # "der Grünen" is the party's (or a woman's) genitive: the role is the chief's
    persons = _persons(
        nlp_de, "Die Chefin der Grünen Eva Glawischnig lachte. Die Grüne Ulrike Lunacek nickte."
    )
    assert "Grüne" not in persons["Eva Glawischnig"].roles
    assert persons["Ulrike Lunacek"].roles == ["Grüne"]


def test_a_headlines_role_noun_names_the_person_with_that_role(nlp_de: Language) -> None:
    text = (
        "EU-Digitalkommissar will Urheberrechte stärken. Brüssel – Der zuständige "
        "Digitalkommissar Günther Oettinger hat am Mittwoch seine Pläne vorgestellt. Die "
        "Industrie ist skeptisch."
    )
    person = _persons(nlp_de, text)["Günther Oettinger"]
    assert "EU-Digitalkommissar" in [m.text for m in person.mentions]


def test_a_headlines_role_noun_needs_one_person_and_a_singular_verb(nlp_de: Language) -> None:
    # two finance ministers: the headline does not tell which
    text = (
        "Finanzminister will Steuern senken. Wien – Finanzminister Hans Jörg Schelling und "
        "der deutsche Finanzminister Wolfgang Schäuble haben am Mittwoch verhandelt."
    )
    persons = _persons(nlp_de, text)
    for name in ("Hans Jörg Schelling", "Wolfgang Schäuble"):
        assert [m.text for m in persons[name].mentions].count("Finanzminister") <= 1
    # a plural verb: researchers in general, not the one named
    text = "Forscher fanden neue Spuren. Wien – Der Forscher Peter Maier sprach von einem Erfolg."
    person = _persons(nlp_de, text)["Peter Maier"]
    assert "Forscher" not in [m.text for m in person.mentions]


def test_occupation_nouns_the_lexicon_missed(nlp_de: Language) -> None:
    text = (
        "Der Sklavenhalter Atthow Pattison hatte verfügt, dass sie frei sei. Wirtschaftsprüfer "
        "Thomas Maier prüfte die Bücher."
    )
    persons = _persons(nlp_de, text)
    assert persons["Atthow Pattison"].roles == ["Sklavenhalter"]
    assert persons["Thomas Maier"].roles == ["Wirtschaftsprüfer"]
