"""Entity rules of session 12 (roles on fresh text): appositions the phrase grammar reads only in
part, a relative pronoun before a role noun, adjectives joined to a name ("SPÖ-naher") and agent
nouns added to the role lexicon. Sentences written for the tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity
from newsgraph.pipeline import analyze
from tests.test_entities_rules import _with_ner, make_article


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _persons(nlp: Language, text: str) -> dict[str, Entity]:
    art = analyze(make_article(text), stages=["entities"], nlp=nlp)
    return {e.name: e for e in art.entities if e.type == "PER"}


def test_agent_nouns_are_role_heads_in_compounds() -> None:
    lex = load_lexicon()
    for word, head in [
        ("ORF-Redakteurin", "redakteur"),
        ("Flüchtlingshelfer", "Flüchtlingshelfer"),
        ("Chefvolkswirt", "volkswirt"),
        ("Gerichtsgutachterin", "gutachter"),
        ("Lobbyistin", "lobbyist"),
        ("Selbstmordattentäter", "attentäter"),
    ]:
        info = lex.role(word)
        assert info is not None and info.head == head, word
    # heads that name firms as often as persons stay out ("Alteigentümer BayernLB")
    assert lex.role("Alteigentümer") is None
    assert lex.role("Spieleentwickler") is None


def test_new_head_before_a_name_is_a_role(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das bestätigte der Wirtschaftsprüfer und Gerichtsgutachter Paul Ronacher am Montag. "
        "Die Redakteurin Eva Lindmayr war dabei.",
        [("Paul Ronacher", "PER"), ("Eva Lindmayr", "PER")],
    )
    roles = {e.name: e.roles for e in ents if e.type == "PER"}
    assert roles["Eva Lindmayr"] == ["Redakteurin"]
    assert any("Gerichtsgutachter" in r for r in roles["Paul Ronacher"])


def test_name_joined_adjective_before_a_role_noun(nlp_de: Language) -> None:
    # the tagger reads "ÖVP-naher" as a proper noun
    persons = _persons(
        nlp_de, "Das habe sich bewährt, vermutet Anton Griebl, ÖVP-naher Kommunikationsberater."
    )
    assert persons["Anton Griebl"].roles == ["ÖVP-naher Kommunikationsberater"]


def test_apposition_with_more_than_the_grammar_reads(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de,
        "Das wird knapp, sagte Ralph Obermoser, Geschäftsführer von 99.1, am Montag. "
        "Hanna Wieser, die frühere deutsche Justizministerin und spätere Botschafterin in "
        "Rom, kann nicht mit der Unterstützung ihrer Partei rechnen.",
    )
    assert persons["Ralph Obermoser"].roles == ["Geschäftsführer"]
    assert persons["Hanna Wieser"].roles == ["frühere deutsche Justizministerin"]
    assert persons["Hanna Wieser"].affiliation == "Deutschland"


def test_apposition_that_goes_on_as_a_clause_is_no_role(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de,
        "Den Antrag hat die Jugend, vertreten durch Sabine Gruber, bereits beim letzten "
        "Vorstand eingebracht. Wir sprachen mit Karl Eder, Minister sind heute nicht gekommen.",
    )
    assert persons["Sabine Gruber"].roles == []
    assert persons["Karl Eder"].roles == []


def test_relative_pronoun_before_a_role_noun_is_no_plural_article(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de,
        "Auch die Lösung, die Bankchef Willi Kranzl bevorzugt, wäre teuer.",
    )
    assert persons["Willi Kranzl"].roles == ["Bankchef"]


def test_role_phrase_with_a_long_complement_before_the_name(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das soll zwischen dem Generaldirektor für die öffentliche Sicherheit, Karl Fenz, und "
        "dem Heer vereinbart werden. Der Mitgründer der Stiftung zur Pflege des alten Erbes "
        "mit Sitz in Graz, Otto Stadler, warnte. Ein Sprecher der beiden großen Kliniken in "
        "Linz und Wels, Eva Pointner, widersprach.",
        [("Karl Fenz", "PER"), ("Otto Stadler", "PER"), ("Eva Pointner", "PER")],
    )
    roles = {e.name: e.roles for e in ents if e.type == "PER"}
    assert roles["Karl Fenz"] == ["Generaldirektor für die öffentliche Sicherheit"]
    assert roles["Otto Stadler"] == [
        "Mitgründer der Stiftung zur Pflege des alten Erbes mit Sitz in Graz"
    ]
    assert roles["Eva Pointner"] == ["Sprecher der beiden großen Kliniken in Linz und Wels"]


def test_country_genitive_opens_a_role_phrase_before_the_name(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de, "Der Effekt sei gering, sagte Österreichs Wirtschaftsdelegierter in Rom, Paul Auer."
    )
    auer = persons["Paul Auer"]
    assert auer.roles == ["Wirtschaftsdelegierter in Rom"]
    assert auer.affiliation == "Österreich"


def test_extended_attribute_is_no_organisation_name(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de,
        "Helmut Graupner, Anwalt und Präsident des für Tierrechte eintretenden Vereins "
        "Pfote, will klagen.",
    )
    graupner = persons["Helmut Graupner"]
    assert graupner.roles and graupner.roles[0].startswith("Anwalt")
    assert graupner.affiliation is None or not graupner.affiliation.startswith("für")


def test_apposition_read_in_part_takes_no_organisation_from_before(nlp_de: Language) -> None:
    persons = _persons(
        nlp_de,
        "Das bestätigte eine Umfrage der Arbeiterkammer. Am deutlichsten sagte es Ralph "
        "Obermoser, Geschäftsführer von 99.1, das in Wien sendet.",
    )
    obermoser = persons["Ralph Obermoser"]
    assert obermoser.roles == ["Geschäftsführer"]
    assert obermoser.affiliation != "Arbeiterkammer"


def test_the_nominalised_country_adjective_before_a_given_name_is_the_persons_country(
    nlp_de: Language,
) -> None:
    persons = _persons(
        nlp_de,
        "Der Deutsche Eric Lenhart hat am Sonntag das Rennen gewonnen. Er lag am Ende 18 "
        "Sekunden vor dem Deutschen Max Roller und dem Norweger Jan Olsen.",
    )
    assert persons["Eric Lenhart"].affiliation == "Deutschland"
    assert persons["Max Roller"].affiliation == "Deutschland"
    assert persons["Jan Olsen"].affiliation == "Norwegen"


def test_organisations_named_with_the_country_adjective_make_no_person(nlp_de: Language) -> None:
    text = (
        "Die Deutsche Welle berichtete am Montag darüber. Die Deutsche Post will im Herbst "
        "streiken. Der Deutsche Fußball-Bund entließ den Trainer nach dem Spiel."
    )
    art = analyze(make_article(text), stages=["entities"], nlp=nlp_de)
    assert not [e.name for e in art.entities if e.type == "PER"]


def test_only_a_given_name_lets_a_country_adjective_introduce_a_person() -> None:
    from newsgraph.entities.mentions import _person_demonym

    lex = load_lexicon()
    assert _person_demonym("Deutsche", "Eric", lex)
    assert not _person_demonym("Deutsche", "Welle", lex)
    assert _person_demonym("Ägypter", "Baher", lex)
    assert _person_demonym("Norweger", "Olsen", lex)  # an inhabitant noun needs no given name
    assert not _person_demonym("Kanzler", "Olsen", lex)


def test_country_adjective_and_unknown_person_noun_give_role_and_country(
    nlp_de: Language,
) -> None:
    persons = _persons(
        nlp_de,
        "Der russische Läufer Iwan Petrow gewann am Sonntag in Berlin. Nach Angaben des "
        "amerikanischen Astronauten Scott Kelly war alles gut. Am Ende lag sie vor der "
        "französischen Läuferin Marie Dubois.",
    )
    assert persons["Iwan Petrow"].roles == ["russischer Läufer"]
    assert persons["Iwan Petrow"].affiliation == "Russland"
    assert persons["Scott Kelly"].roles == ["amerikanischer Astronaut"]
    assert persons["Scott Kelly"].affiliation == "USA"
    assert persons["Marie Dubois"].roles == ["französische Läuferin"]
    assert persons["Marie Dubois"].affiliation == "Frankreich"


def test_unknown_noun_before_a_name_needs_a_country_adjective(nlp_de: Language) -> None:
    text = (
        "Der französische Konzern Renault meldete Gewinne. Der britische Sender BBC "
        "berichtete darüber. Die deutsche Marke Adidas wächst. Die Läufer Iwan Petrow und "
        "Marie Dubois waren nicht dabei."
    )
    art = analyze(make_article(text), stages=["entities"], nlp=nlp_de)
    persons = {e.name: e for e in art.entities if e.type == "PER"}
    assert not {"Renault", "BBC", "Adidas"} & set(persons)
    assert all(not e.affiliation for e in persons.values())


def test_unknown_person_noun_guards() -> None:
    from newsgraph.entities.lexicon import load_lexicon

    endings = load_lexicon().not_person_noun_endings  # words.yaml since session 13
    # abstract nouns never stand for a person ("die russische Unterstützung X")
    for word in ("unterstützung", "regierung", "mannschaft", "delegation", "akademie"):
        assert word.endswith(endings), word
    assert not "läufer".endswith(endings)
