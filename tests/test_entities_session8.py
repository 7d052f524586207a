"""Entity rules of session 8: classes of error found on unseen 10kGNAD records (sentences
written for the tests; blank German pipeline, the statistical NER's spans given by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Article, Entity, ParagraphBlock, Source
from newsgraph.pipeline import Segment
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def make_article(text: str) -> Article:
    return Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="de",
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )


def with_ner(blank: Language, text: str, tagged: list[tuple[str, str]]) -> list[Entity]:
    """Entities of a one-paragraph article whose Doc carries the given NER spans (the helper of
    tests/test_entities_rules.py)."""
    return _with_ner(blank, text, tagged)


def persons(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "PER"}


def test_role_like_adjective_before_an_organisation_noun_stays_in_the_name(
    blank: Language,
) -> None:
    ents = with_ner(
        blank,
        "Strache hat einen Rekurs an den Obersten Gerichtshof erhoben. Die frühere Präsidentin "
        "des Obersten Gerichtshofs, Irmgard Griss, kandidiert.",
        [
            ("Obersten Gerichtshof", "ORG"),
            ("Obersten Gerichtshofs", "ORG"),
            ("Irmgard Griss", "PER"),
        ],
    )
    assert "Gerichtshof" not in " ".join(persons(ents))
    assert any(e.type == "ORG" and e.name == "Oberster Gerichtshof" for e in ents)
    # a role noun before a person tagged ORG still makes it a person
    ents = with_ner(
        blank,
        "Das sagte EZB-Direktor Benoit Coeure am Montag.",
        [("Benoit Coeure", "ORG")],
    )
    assert "Benoit Coeure" in persons(ents)


def test_adjective_and_noun_opening_a_sentence_are_no_name(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Der Handel blüht. Geschützte Vögel werden teuer verkauft. Böse Zungen behaupten das. "
        "Dunkle Wolken ziehen auf. Neue Trainerin Anna Berger übernimmt. Veraltete Kabel "
        "bleiben stecken. Teurer Tiefenspeicher Dazu kommt noch mehr.",
        [
            ("Veraltete Kabel", "PER"),
            ("Teurer Tiefenspeicher", "PER"),
            ("Geschützte Vögel", "PER"),
            ("Böse Zungen", "PER"),
            ("Dunkle Wolken", "PER"),
            ("Neue Trainerin Anna Berger", "PER"),
        ],
    )
    assert persons(ents) == {"Anna Berger"}


def test_foreign_firm_product_and_street_heads_end_no_person_name(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Der Film entsteht bei der Sean Daniel Company. Das Magazin gehört zu Hubert Burda "
        "Media. Die Demonstranten zogen über die Istiklal Caddesi. Mit Windows Phone hat "
        "Microsoft wenig Erfolg, sagte Satya Nadella.",
        [
            ("Sean Daniel Company", "PER"),
            ("Hubert Burda Media", "PER"),
            ("Istiklal Caddesi", "PER"),
            ("Windows Phone", "PER"),
            ("Satya Nadella", "PER"),
        ],
    )
    assert persons(ents) == {"Satya Nadella"}
    types = {e.name: e.type for e in ents}
    assert types["Sean Daniel Company"] == "ORG"
    assert types["Hubert Burda Media"] == "ORG"
    assert types["Istiklal Caddesi"] == "LOC"
    assert types["Windows Phone"] == "MISC"


def test_place_with_a_given_name_after_a_preposition_is_a_place(blank: Language) -> None:
    text = (
        "Schon bis zur Niederlage in Rio de Janeiro hatte Dominic Thiem acht Siege. Im Palast "
        "sprach Bürgermeister Leoluca Orlando."
    )
    ents = with_ner(
        blank,
        text,
        [("Rio de Janeiro", "LOC"), ("Dominic Thiem", "PER"), ("Leoluca Orlando", "LOC")],
    )
    assert persons(ents) == {"Dominic Thiem", "Leoluca Orlando"}
    assert any(e.type == "LOC" and e.name == "Rio de Janeiro" for e in ents)


def test_new_role_heads_plural_leute_and_ex_prefix(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Im Landtag haben die Klubobleute Klaus Berger (ÖVP) und Alfredo Maier (SPÖ) einen "
        "Antrag eingebracht. Das sei verfassungswidrig, sagte Verwaltungsrechtler Andreas "
        "Hauer. Der georgische Expräsident Michail Saakaschwili widersprach. Trainer ist der "
        "Ex-Bayern-Profi Thorsten Fink. Die Mitbewerber Spar und Rewe schweigen.",
        [
            ("Klaus Berger", "PER"),
            ("Alfredo Maier", "PER"),
            ("Andreas Hauer", "PER"),
            ("Michail Saakaschwili", "PER"),
            ("Thorsten Fink", "PER"),
            ("Spar", "ORG"),
            ("Rewe", "ORG"),
        ],
    )
    by_name = {e.name: e for e in ents}
    assert by_name["Klaus Berger"].roles == ["Klubobmann"]
    assert by_name["Klaus Berger"].affiliation == "ÖVP"
    assert by_name["Alfredo Maier"].roles == ["Klubobmann"]
    assert by_name["Andreas Hauer"].roles == ["Verwaltungsrechtler"]
    assert by_name["Michail Saakaschwili"].roles == ["georgischer Expräsident"]
    assert by_name["Michail Saakaschwili"].affiliation == "Georgien"
    assert by_name["Thorsten Fink"].affiliation == "Bayern"
    assert not any(e.name.startswith("Ex") for e in ents if e.type == "ORG")
    assert persons(ents) == {
        "Klaus Berger",
        "Alfredo Maier",
        "Andreas Hauer",
        "Michail Saakaschwili",
        "Thorsten Fink",
    }


def test_team_fellow_and_accomplice_are_relational_roles(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Sie sei von ihrem Komplizen Uwe Berndt geschlagen worden. Für das Tor sorgte "
        "Teamkollege Alexander Grünwald.",
        [("Uwe Berndt", "PER"), ("Alexander Grünwald", "PER")],
    )
    by_name = {e.name: e for e in ents}
    assert by_name["Uwe Berndt"].roles == ["Komplize"]
    assert by_name["Alexander Grünwald"].roles == ["Teamkollege"]


def test_common_given_names_of_the_hand_list_start_names(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Die Angeklagte Beate Zschäpe schwieg. Auch Holger Gerlach und Ursula Haverbeck "
        "kamen. Er kam gemeinsam mit Ehefrau Margit zum Essen.",
        [],
    )
    assert persons(ents) == {"Beate Zschäpe", "Holger Gerlach", "Ursula Haverbeck", "Margit"}
    assert {e.name: e for e in ents}["Margit"].roles == ["Ehefrau"]


def test_football_clubs_are_organisations_not_persons(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Peter Zeidler, der neue Trainer Red Bull Salzburg, lehnt Jammern ab. Manchester United "
        "verlor gegen Crystal Palace. Chievo spielte gegen Napoli.",
        [
            ("Peter Zeidler", "PER"),
            ("Red Bull Salzburg", "PER"),
            ("Manchester United", "PER"),
            ("Crystal Palace", "ORG"),
            ("Chievo", "PER"),
            ("Napoli", "LOC"),
        ],
    )
    assert persons(ents) == {"Peter Zeidler"}
    orgs = {e.name: e.affiliation for e in ents if e.type == "ORG"}
    assert orgs["Red Bull Salzburg"] == "Österreich"
    assert orgs["Manchester United"] == "Großbritannien"
    assert {"Crystal Palace", "Chievo Verona", "SSC Neapel"} <= set(orgs)


def test_listed_companies_and_media_are_organisations(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Das Gerät kostet rund 500 Euro, wie Heise zusammenfasst. Im Gegensatz zu den "
        "Mitbewerbern Spar und Rewe wächst Billa. Das berichtete der Tagesspiegel.",
        [("Heise", "PER")],
    )
    orgs = {e.name: e.affiliation for e in ents if e.type == "ORG"}
    assert {"Heise", "Spar", "Rewe", "Billa", "Tagesspiegel"} <= set(orgs)
    assert orgs["Billa"] == "Österreich"
    assert not persons(ents)


def test_dateline_city_gives_home_institutions_and_offices(blank: Language) -> None:
    text = (
        "Vier Tage vor der Wahl in der Türkei hat die Polizei die Zentrale eines Senders "
        "gestürmt. Die Türkei sei ein Rechtsstaat, sagte Staatspräsident Recep Tayyip Erdogan. "
        "Kurdenpräsident Massud Barsani schwieg."
    )
    art = make_article(text)
    art.dateline = "Istanbul"
    ents, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, blank(text))])
    by_name = {e.name: e for e in ents}
    assert by_name["türkische Polizei"].type == "ORG"
    assert by_name["Recep Tayyip Erdogan"].affiliation == "Türkei"
    assert by_name["Massud Barsani"].affiliation is None  # a group's president, not Turkey's


def test_units_after_numbers_are_no_names_but_ranked_names_are(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Die Atome werden auf -273,15 Grad Celsius gekühlt. Im Ziel: 8. Jacko Gill (Neuseeland) "
        "20,11. Wir sind bereit, betonte Club-Boss Nasser Al-Khelaifi.",
        [("Grad Celsius", "PER"), ("Jacko Gill", "PER"), ("Club-Boss Nasser Al-Khelaifi", "PER")],
    )
    assert persons(ents) == {"Jacko Gill", "Nasser Al-Khelaifi"}
    assert {e.name: e for e in ents}["Nasser Al-Khelaifi"].roles == ["Club-Boss"]


def test_lone_person_word_that_is_a_known_place_is_a_place(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Die Polizei in Wels ermittelt. Ein Sprecher der Moscheen in Mekka und Medina sagte "
        "das. Gastgeber Rio de Janeiro wird gelobt. Die Strände Miamis sind voll.",
        [("Wels", "PER"), ("Medina", "PER"), ("Rio de Janeiro", "PER"), ("Miamis", "PER")],
    )
    assert not persons(ents)
    places = {e.name for e in ents if e.type == "LOC"}
    assert {"Wels", "Medina", "Rio de Janeiro", "Miami"} <= places


def test_plural_seat_noun_before_coordinated_places_names_each_institution(
    blank: Language,
) -> None:
    ents = with_ner(
        blank,
        "Zusammen mit Wissenschaftern der Universitäten Marburg, Gießen und Ulm wurde das Virus "
        "untersucht. Die Landesgerichte Linz und Graz urteilten anders.",
        [("Marburg", "LOC"), ("Gießen", "LOC"), ("Ulm", "LOC")],
    )
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert {"Universität Marburg", "Universität Gießen", "Universität Ulm"} <= orgs


def test_heading_adjective_is_no_given_name(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Dann sei die Stimmung gekippt. Schwarze Attacke Mitterlehner am Donnerstag: So nicht. "
        "Reinhold Mitterlehner sagte das.",
        [("Mitterlehner", "PER"), ("Reinhold Mitterlehner", "PER")],
    )
    assert persons(ents) == {"Reinhold Mitterlehner"}


def test_article_before_an_extended_attribute_makes_a_weak_role_noun_singular(
    blank: Language,
) -> None:
    text = "Im Haus des im November verstorbenen Ex-Generals Czesław Jan Kiszczak sei der Akt."
    art = make_article(text)
    doc = blank(text)
    # the tags the shipped tagger gives (it reads the participle as a verb)
    pos = [
        "ADP",
        "NOUN",
        "DET",
        "ADP",
        "NOUN",
        "VERB",
        "NOUN",
        "PROPN",
        "PROPN",
        "PROPN",
        "AUX",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    for tok, tag in zip(doc, pos, strict=True):
        tok.pos_ = tag
    doc.ents = [Span(doc, 7, 10, label="PER")]
    ents, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    assert {e.name: e for e in ents}["Czesław Jan Kiszczak"].roles == ["Ex-General"]


def test_shared_party_bracket_after_coordinated_names(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Gemeint waren Kanzleramtsminister Josef Ostermayer und Verteidigungsminister Gerald "
        "Klug (beide SPÖ). Anwesend waren die früheren Landeschefs Josef Krainer und Waltraud "
        "Klasnic (beide ÖVP).",
        [
            ("Josef Ostermayer", "PER"),
            ("Gerald Klug", "PER"),
            ("Josef Krainer", "PER"),
            ("Waltraud Klasnic", "PER"),
        ],
    )
    aff = {e.name: e.affiliation for e in ents if e.type == "PER"}
    assert aff == {
        "Josef Ostermayer": "SPÖ",
        "Gerald Klug": "SPÖ",
        "Josef Krainer": "ÖVP",
        "Waltraud Klasnic": "ÖVP",
    }


def test_seat_noun_before_a_region_or_city_of_the_lexicon(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Der 21-jährige Otto Warmbier von der Universität Virginia wurde verurteilt. Er forscht "
        "an der Universität Chicago.",
        [("Otto Warmbier", "PER")],
    )
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert {"Universität Virginia", "Universität Chicago"} <= orgs
    assert {e.name: e for e in ents}["Otto Warmbier"].affiliation == "Universität Virginia"


def test_double_surname_with_and_without_hyphen_is_one_person(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Gold gewann sie vor Brianne Theisen-Eaton aus Kanada. Ergebnisse: Silber: Brianne "
        "Theisen Eaton (Kanada) 6554.",
        [("Brianne Theisen-Eaton", "PER"), ("Brianne Theisen Eaton", "PER")],
    )
    found = [e for e in ents if e.type == "PER"]
    assert len(found) == 1, [e.name for e in found]
    assert {m.text for m in found[0].mentions} == {"Brianne Theisen-Eaton", "Brianne Theisen Eaton"}


def test_role_noun_as_the_surname_after_a_given_name(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Das sei ein klares Signal, erklärte der Greenpeace-Klimaexperte Martin Kaiser. Auch "
        "Parlamentspräsident Martin Schulz kam. Das Funkhaus baute Clemens Holzmeister.",
        [("Martin Kaiser", "PER"), ("Martin Schulz", "PER"), ("Clemens Holzmeister", "PER")],
    )
    by_name = {e.name: e for e in ents if e.type == "PER"}
    assert set(by_name) == {"Martin Kaiser", "Martin Schulz", "Clemens Holzmeister"}
    assert by_name["Martin Kaiser"].roles == ["Greenpeace-Klimaexperte"]
    assert by_name["Martin Schulz"].roles == ["Parlamentspräsident"]


def test_party_chief_phrase_is_not_bound_to_the_other_partys_chief(blank: Language) -> None:
    ents = with_ner(
        blank,
        "ÖVP-Chef Reinhold Mitterlehner sprach am Dienstag. Sogar dem SPÖ-Chef entkam das Wort.",
        [("Reinhold Mitterlehner", "PER")],
    )
    person = {e.name: e for e in ents if e.type == "PER"}["Reinhold Mitterlehner"]
    assert person.roles == ["ÖVP-Chef"]
    assert "dem SPÖ-Chef" not in {m.text for m in person.mentions}


def test_relational_noun_before_a_genitive_surname_is_no_role_of_it(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Landeshauptmann Erwin Pröll bleibt. Sie gilt als mögliche Nachfolgerin Prölls.",
        [("Erwin Pröll", "PER"), ("Prölls", "PER")],
    )
    person = {e.name: e for e in ents if e.type == "PER"}["Erwin Pröll"]
    assert person.roles == ["Landeshauptmann"]


def test_government_unit_and_affair_named_after_a_person_are_no_person(blank: Language) -> None:
    ents = with_ner(
        blank,
        "Das Kabinett Renzi trat zurück. Die Soko Container ermittelt. Die Causa Meinl ist "
        "offen. Premier Matteo Renzi schwieg.",
        [
            ("Kabinett Renzi", "PER"),
            ("Soko Container", "PER"),
            ("Causa Meinl", "PER"),
            ("Matteo Renzi", "PER"),
        ],
    )
    types = {e.name: e.type for e in ents}
    assert persons(ents) == {"Matteo Renzi"}
    assert types["Kabinett Renzi"] == "ORG"
    assert types["Soko Container"] == "ORG"
    assert types["Causa Meinl"] == "MISC"


def test_football_leagues_are_organisations_not_a_premier_and_his_name(blank: Language) -> None:
    # session 17 (10kGNAD record 5): "Premier" is a role noun (a head of government), so the
    # NER's organisation "Premier League" lost it and "League" became a person with that role
    ents = with_ner(
        blank,
        "Am Sonntag kann Christian Fuchs mit Leicester City erstmals den Titel in der Premier "
        "League fixieren. Der Verein spielt nächstes Jahr in der Champions League.",
        [
            ("Christian Fuchs", "PER"),
            ("Leicester City", "ORG"),
            ("Premier League", "ORG"),
            ("Champions League", "ORG"),
        ],
    )
    assert persons(ents) == {"Christian Fuchs"}
    orgs = {e.name: e.affiliation for e in ents if e.type == "ORG"}
    assert orgs["Premier League"] == "Großbritannien"
    assert "Champions League" in orgs


def test_a_name_ending_in_an_english_company_word_is_an_organisation(blank: Language) -> None:
    # session 17 (10kGNAD record 202): the NER tags the publisher "Johnston Press" a person
    ents = with_ner(
        blank,
        "Den Zuschlag bekommt Johnston Press. Das Spiel stammt von Rockstar Games.",
        [("Johnston Press", "PER"), ("Rockstar Games", "PER")],
    )
    assert not persons(ents)
    assert {"Johnston Press", "Rockstar Games"} <= {e.name for e in ents if e.type == "ORG"}


def test_a_sports_table_position_before_a_club_makes_no_person(blank: Language) -> None:
    # session 17 (10kGNAD record 281): "Tabellenführer", "Rekordmeister" name teams
    ents = with_ner(
        blank,
        "Der Klub liegt 20 Punkte hinter Tabellenführer Leicester. Rekordmeister Benfica "
        "gewann gegen Porto.",
        [("Leicester", "ORG"), ("Benfica", "ORG"), ("Porto", "LOC")],
    )
    assert not persons(ents)


def test_a_coordinated_role_of_its_own_organisation_takes_no_country(blank: Language) -> None:
    # session 17 (10kGNAD record 76): the country of "Frankreichs Präsident X" passed on to
    # "und UN-Generalsekretär Y"; a national office after "und" still takes it
    ents = with_ner(
        blank,
        "Zuvor hatten Frankreichs Präsident François Hollande und UN-Generalsekretär Ban Ki Moon "
        "geworben. Russlands Außenminister Sergej Iwanow und Verteidigungsminister Pjotr Petrow "
        "trafen sich.",
        [
            ("Frankreichs", "LOC"),
            ("François Hollande", "PER"),
            ("Ban Ki Moon", "PER"),
            ("Russlands", "LOC"),
            ("Sergej Iwanow", "PER"),
            ("Pjotr Petrow", "PER"),
        ],
    )
    aff = {e.name: e.affiliation for e in ents if e.type == "PER"}
    assert aff["François Hollande"] == "Frankreich"
    assert aff["Ban Ki Moon"] == "Vereinte Nationen"
    assert aff["Pjotr Petrow"] == "Russland"


def test_the_euro_group_chair_belongs_to_the_euro_group(blank: Language) -> None:
    # session 17 (10kGNAD records 165, 236): the closed compound named no organisation, so the
    # government of the sentence before became his
    ents = with_ner(
        blank,
        "Der Zickzackkurs der griechischen Regierung macht einen fassungslos. Eurogruppenchef "
        "Jeroen Dijsselbloem sagte, das Programm laufe aus.",
        [("Jeroen Dijsselbloem", "PER")],
    )
    aff = {e.name: e.affiliation for e in ents if e.type == "PER"}
    assert aff["Jeroen Dijsselbloem"] == "Eurogruppe"
