"""Roles and affiliations of session 26 (excerpts of tuning records and sentences written for
the tests; the trained German pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, BoilerplateBlock, ParagraphBlock, Source
from newsgraph.pipeline import analyze
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_results_table_after_the_sign_off_gives_the_country(nlp_de: Language) -> None:
    # tuning gnad-0531: the table behind "(APA, …)" is boilerplate (the structure stage's
    # "after-signoff"), but its "(AUT)" states the country of the athletes the body names
    body = (
        "Zweitbester Österreicher war Philipp Orter mit etwas mehr als einer Minute Rückstand "
        "an der zehnten Stelle, nicht weit hinter dem Kärntner folgten Lukas Klapfer (12.) und "
        "Mario Seidl (13.). Zehnter, das passt schon einmal gut, betonte Orter."
    )
    table = (
        "Ergebnisse des Weltcup-Auftakts: 1. Fabian Rießle (GER) 25:22,4 Min. – 10. Philipp "
        "Orter (AUT) 1:04,3 (18./19.) – 12. Lukas Klapfer (AUT) 1:12,3 (14./22.) – 13. Mario "
        "Seidl (ITA) 1:13,2 (6./31.) – 14. Mario Seidl (AUT)"
    )
    text = body + "\n\n" + table
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="de",
        text=text,
        blocks=[
            ParagraphBlock(text=body, start=0, end=len(body)),
            BoilerplateBlock(
                text=table, start=len(body) + 2, end=len(text), reason="after-signoff"
            ),
        ],
    )
    analyze(art, stages=["entities"], nlp=nlp_de)
    persons = {e.name: e for e in art.entities if e.type == "PER"}
    assert persons["Philipp Orter"].affiliation == "Österreich"
    assert persons["Lukas Klapfer"].affiliation == "Österreich"
    assert persons["Mario Seidl"].affiliation is None  # two codes disagree
    assert "Fabian Rießle" not in persons  # the table makes no person of its own


def test_a_capitals_genitive_before_a_role_gives_its_country(nlp_de: Language) -> None:
    # tuning gnad-0563: "Zagrebs Spieler Ademi" (gold Kroatien), like "Tirols Landeshauptmann"
    text = (
        "Wenger verwundert\n\n"
        "Arsenal kämpft am Dienstag in der Gruppe F der Champions League im Heimspiel gegen "
        "Zagreb um die letzte Chance für den Aufstieg. Hintergrund ist der Dopingfall um "
        "Zagrebs Spieler Arijan Ademi, der beim 2:1 von Dinamo im Hinspiel positiv getestet "
        "worden war."
    )
    assert _persons(nlp_de, text)["Arijan Ademi"].affiliation == "Kroatien"


def test_a_capital_itself_before_a_role_gives_nothing(nlp_de: Language) -> None:
    # written for the test: "Wien" (no genitive) is where the mayor speaks, not whose he is
    text = "Ein Besuch\n\nIn Wien sagte Bürgermeister Klaus Luger am Montag, er sei zufrieden."
    assert _persons(nlp_de, text)["Klaus Luger"].affiliation is None


def test_a_country_before_a_possessive_role_is_its_owner(nlp_de: Language) -> None:
    # tuning gnad-0074 (gold Kroatien): the country is the subject of the gapped clause
    text = (
        "Kandidaten für die UNO\n\n"
        "Ljubljana nominierte den ehemaligen Staatspräsidenten Danilo Turk, Kroatien seine "
        "Außenministerin Vesna Pusic, Mazedonien den ehemaligen Präsidenten der "
        "Uno-Vollversammlung, Srgjan Kerim."
    )
    assert _persons(nlp_de, text)["Vesna Pusic"].affiliation == "Kroatien"


def test_a_country_after_a_preposition_owns_no_possessive_role(nlp_de: Language) -> None:
    # written for the test: "in Frankreich seine Sprecherin": "seine" is the minister's
    text = (
        "Ein Besuch\n\n"
        "Der Minister Peter Maier war am Montag in Frankreich. Dort hat in Frankreich seine "
        "Sprecherin Anna Huber gesagt, dass alles gut gehe."
    )
    assert _persons(nlp_de, text)["Anna Huber"].affiliation is None


def test_a_place_prefix_of_a_players_role_names_the_club(nlp_de: Language) -> None:
    # tuning gnad-0317: gold roles "Basel-Stürmer (FC Basel)"; the article names no FC Basel
    text = (
        "Österreich gegen Moldau\n\n"
        "Sie werden robust sein und in den Zweikämpfen voll dagegenhalten, erklärte der "
        "Teamchef vor dem Rückspiel am kommenden Samstag. Auch Basel-Stürmer Marc Janko "
        "mahnte: Die Moldawier haben gut verteidigt."
    )
    assert _persons(nlp_de, text)["Marc Janko"].affiliation == "Basel"


def test_a_place_prefix_of_a_politicians_role_names_no_club(nlp_de: Language) -> None:
    # written for the test: "Bayern-Politiker" is a region's politician, no club
    text = "Ein Streit\n\nDer Bayern-Politiker Markus Söder sagte am Montag, er sei dagegen."
    assert _persons(nlp_de, text)["Markus Söder"].affiliation != "Bayern"


def test_freund_after_a_possessive_and_before_a_full_name_is_a_role(nlp_de: Language) -> None:
    # tuning gnad-0363: gold "Musiker, Freund von Iggy Pop" for David Bowie
    text = (
        "Iggy Pop\n\n"
        "Der Sänger Iggy Pop hat in einem Interview über seinen Freund David Bowie "
        "gesprochen."
    )
    assert _persons(nlp_de, text)["David Bowie"].roles == ["Freund"]


def test_freund_as_a_surname_keeps_its_given_name(nlp_de: Language) -> None:
    # guard (session 25): "Severin Freund", "Christoph Freund" stay whole persons, no role
    text = (
        "Skispringen\n\n"
        "Der Skispringer Severin Freund gewann vor Peter Prevc. Es ist mit den "
        "Verantwortlichen Christoph Freund und Jochen Sauer eine neue Konstellation gegeben."
    )
    persons = _persons(nlp_de, text)
    assert "Severin Freund" in persons
    assert "Christoph Freund" in persons
    assert "Freund" not in persons["Jochen Sauer"].roles


def test_compatriots_after_a_plural_possessive_share_the_possessors_country(
    nlp_de: Language,
) -> None:
    # tuning gnad-0179 (gold Österreich for all three): "ihren Landsleuten" after the ÖFB's
    # players (the ÖFB is Austrian in the lexicon)
    text = (
        "Stuttgart siegt\n\n"
        "Die ÖFB-Teamspieler Florian Klein und Martin Harnik entschieden das Duell mit ihren "
        "Landsleuten Ramazan Özcan, Markus Suttner und Lukas Hinterseer sowie "
        "Ingolstadt-Trainer Ralph Hasenhüttl für sich."
    )
    persons = _persons(nlp_de, text)
    for name in ("Ramazan Özcan", "Markus Suttner", "Lukas Hinterseer"):
        assert persons[name].affiliation == "Österreich"
    assert persons["Ralph Hasenhüttl"].affiliation != "Österreich"


def test_a_doubles_pair_after_a_plural_role_shares_it(nlp_de: Language) -> None:
    # tuning gnad-0056 (gold USA for both): "ihre US-Landsleute Steve Johnson/Sam Querrey"
    text = (
        "US Open\n\n"
        "Eine Überraschung gab es auch im Herren-Doppel: Die topgesetzten Doppel-Superstars Bob "
        "und Mike Bryan verloren gleich zum Auftakt gegen ihre US-Landsleute Steve "
        "Johnson/Sam Querrey mit 6:7,7:5,3:6."
    )
    persons = _persons(nlp_de, text)
    assert persons["Steve Johnson"].affiliation == "USA"
    assert persons["Sam Querrey"].affiliation == "USA"


def test_the_trentino_is_an_italian_region(nlp_de: Language) -> None:
    # tuning gnad-0691 (gold Italien): "Präsidenten des Trentino" (regions.tsv, like Südtirol)
    text = (
        "Brenner\n\n"
        "Laut dem Präsidenten des Trentino, Ugo Rossi, sei der Verzicht auf Brennerkontrollen "
        "auch den Bemühungen des Dreierlandtags zu verdanken."
    )
    assert _persons(nlp_de, text)["Ugo Rossi"].affiliation == "Italien"
