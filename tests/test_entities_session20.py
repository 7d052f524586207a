"""Role rules of session 20 (sentences written for the tests; the trained German pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_bare_role_noun_before_one_name_is_singular(nlp_de: Language) -> None:
    # session 20 (tuning gnad-0742, gnad-0537): the morphologizer reads a role noun whose plural
    # is written like the singular as plural after "Hiobsbotschaft für", "Prozent für"
    text = (
        "Ein Bericht\n\n"
        "Deutsche Medien berichten von einer Hiobsbotschaft für Verkehrsminister Karl Huber.\n\n"
        "Nur elf Prozent gab es für ÖVP-Kandidat Josef Gruber."
    )
    p = _persons(nlp_de, text)
    assert p["Karl Huber"].roles == ["Verkehrsminister"]
    assert p["Josef Gruber"].roles == ["ÖVP-Kandidat"]


def test_a_plural_role_before_coordinated_names_stays_plural(nlp_de: Language) -> None:
    # guard: "die Minister X und Y" holds the role for each (a shared plural)
    p = _persons(nlp_de, "Ein Bericht\n\nDie Minister Karl Huber und Josef Gruber kamen.")
    assert p["Karl Huber"].roles == ["Minister"]
    assert p["Josef Gruber"].roles == ["Minister"]


def test_an_unknown_agent_noun_before_a_full_name_is_a_role(nlp_de: Language) -> None:
    # session 20 (tuning gnad-0639, gnad-0731, gnad-0748): person nouns the lexicon lacks
    text = (
        "Ein Bericht\n\n"
        "Als Produzent wurde der Emmy-Gewinner Karl Huber verpflichtet.\n\n"
        "Verheiratet war sie mit dem Literaturkenner Josef Gruber.\n\n"
        "Die frühere Bezirksvorsteherin Anna Berger favorisierte einen Tunnel."
    )
    p = _persons(nlp_de, text)
    assert p["Karl Huber"].roles == ["Emmy-Gewinner"]
    assert p["Josef Gruber"].roles == ["Literaturkenner"]
    assert p["Anna Berger"].roles == ["frühere Bezirksvorsteherin"]


def test_a_neuter_or_short_noun_before_a_name_is_no_role(nlp_de: Language) -> None:
    # guard: "das Theater", a short word in -er
    p = _persons(nlp_de, "Ein Bericht\n\nIm Theater Karl Huber spielte am Abend ein Chor.")
    assert p.get("Karl Huber") is None or p["Karl Huber"].roles == []


def test_a_role_noun_as_subject_or_predicate_of_a_copula_is_a_role(nlp_de: Language) -> None:
    # session 20 (tuning gnad-0278): "Der Sieger … heißt X", "Titelverteidiger ist X"
    text = (
        "Ein Bericht\n\n"
        "Der Titelverteidiger ist Stan Huber.\n\n"
        "Der Sieger des Turniers in Kitzbühel heißt Philipp Berger.\n\n"
        "Anna Moser ist eine der besten Trainerinnen."
    )
    p = _persons(nlp_de, text)
    assert p["Stan Huber"].roles == ["Titelverteidiger"]
    assert p["Philipp Berger"].roles == ["Sieger"]
    assert p["Anna Moser"].roles == []


def test_a_denied_predicative_is_no_role(nlp_de: Language) -> None:
    # session 20: the predicative rule ("X ist Sprecher") read "X ist kein Minister" as a role
    p = _persons(nlp_de, "Ein Bericht\n\nJosef Maier ist kein Minister. Karl Huber ist Minister.")
    assert p["Josef Maier"].roles == []
    assert p["Karl Huber"].roles == ["Minister"]


def test_a_country_prefix_before_an_inhabitant_noun_gives_the_country(nlp_de: Language) -> None:
    # session 20 (tuning gnad-0056, 10kGNAD record 287): "der US-Amerikaner X"
    from newsgraph.entities.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.demonym("US-Amerikanerin") == ("US-Amerikanerin", "USA")
    assert lex.demonym("Afro-Amerikaner") is None  # the prefix names no country
    p = _persons(nlp_de, "Ein Bericht\n\nNächster Gegner ist der US-Amerikaner Jack Huber.")
    assert p["Jack Huber"].affiliation == "USA"


def test_a_role_phrase_after_pronoun_sentences_names_the_person_before(nlp_de: Language) -> None:
    # session 20 round 2 (tuning gnad-0798): "X … Er … Der spanische Innenverteidiger …": the
    # sentences between name and role phrase open with "er", so the phrase names X, not the
    # person introduced in the next sentence
    text = (
        "Ein Bericht\n\n"
        "Trainer Karl Huber freut sich über die Rückkehr von Josef Gruber. Gruber ist fit. "
        "Er hat keine Schmerzen mehr. Der spanische Innenverteidiger war im Februar operiert "
        "worden. Dagegen fehlt der verletzte Stefan Berger weiter."
    )
    p = _persons(nlp_de, text)
    assert p["Josef Gruber"].affiliation == "Spanien"
    assert p["Stefan Berger"].affiliation is None


def test_a_role_phrase_after_a_sentence_without_pronoun_stays_unbound(nlp_de: Language) -> None:
    # guard: a sentence about something else between the name and the role phrase
    text = (
        "Ein Bericht\n\n"
        "Trainer Karl Huber freut sich über die Rückkehr von Josef Gruber. Gruber ist fit. "
        "Das Wetter war schlecht. Der spanische Innenverteidiger war im Februar operiert "
        "worden."
    )
    p = _persons(nlp_de, text)
    assert p["Josef Gruber"].affiliation is None


def test_an_inhabitant_noun_names_the_one_person_of_its_gender(nlp_de: Language) -> None:
    # session 20 round 2 (tuning gnad-0756, Iraschko-Stolz): two persons in the sentence before,
    # the given name of one excludes the noun's gender
    text = (
        "Ein Bericht\n\n"
        "Olivier Berger verlor am Sonntag gegen Maria Huber. Die Steirerin gewann mit großem "
        "Vorsprung."
    )
    p = _persons(nlp_de, text)
    assert p["Maria Huber"].affiliation == "Österreich"
    assert p["Olivier Berger"].affiliation is None


def test_an_inhabitant_noun_after_two_persons_of_its_gender_stays_unbound(
    nlp_de: Language,
) -> None:
    # guard: both persons may be meant; a name in -e ("Zinedine") tells no gender
    text = (
        "Ein Bericht\n\n"
        "Zinedine Berger verlor am Sonntag gegen Josef Huber. Der Franzose gewann trotzdem "
        "die Wertung."
    )
    p = _persons(nlp_de, text)
    assert p["Josef Huber"].affiliation is None
    assert p["Zinedine Berger"].affiliation is None


def test_a_role_phrase_names_the_person_with_an_office_of_the_sentence_before(
    nlp_de: Language,
) -> None:
    # session 20 round 2 (10kGNAD: "Der frühere Höchstrichter", "Der neue
    # Verteidigungsminister"): the person has an office already; the phrase adds one
    text = (
        "Ein Bericht\n\n"
        "Geleitet wurde die Kommission vom früheren Polizeidirektor Karl Huber. "
        "Der neue Verteidigungsminister wurde noch nicht gefragt."
    )
    p = _persons(nlp_de, text)
    assert "neuer Verteidigungsminister" in p["Karl Huber"].roles


def test_a_role_phrase_after_a_speaker_who_spoke_of_another_stays_unbound(
    nlp_de: Language,
) -> None:
    # guard (tuning gnad-0798): another person named two sentences back, or another role phrase
    # in the sentence before, may be meant
    text = (
        "Ein Bericht\n\n"
        "Der Verein muss am Sonntag auf Josef Gruber verzichten. Das wird eng, sagte "
        "Trainer Karl Huber. Der ÖFB-Teamspieler hatte schon zuletzt gefehlt.\n\n"
        "Extralob von Manager Stefan Berger für den Doppeltorschützen. Der Goalgetter selbst "
        "war zufrieden."
    )
    p = _persons(nlp_de, text)
    assert p["Karl Huber"].roles == ["Trainer"]
    assert p["Stefan Berger"].roles == ["Manager"]
