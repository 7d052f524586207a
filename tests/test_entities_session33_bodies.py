"""Organisation nouns that are no organisation of their own (session 33, helper "bodies", issue
#3; `entities/named_bodies.py`, `data/entities/named_bodies.yaml`): a noun right before the
name it describes ("die US-Notenbank Fed"), one country's armed forces under three nouns, a
Land's or town's body named bare in a report on that Land or town, a parliament named only for
its members or election ("Nationalratsabgeordnete", "Nationalratswahl"), the political left
read as the party Die Linke, a body named by its kind ("die Vorgängerregierung"); the scorer
reads a region's "-isch" adjective as its seat. Excerpts of 10kGNAD records test-0022,
test-0937, test-0576, test-0066, test-0127, test-0033, test-0262, test-0267, test-0899,
test-0171, test-0264 and test-0337 (tuning gnad-0018, 0730, 0453, 0053, 0107, 0029, 0211, 0216,
0703, 0146, 0213, 0268; CC BY-NC-SA 4.0); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.evaluate import org_matches
from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Entity, Mention
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _orgs(nlp: Language, text: str) -> dict[str, Entity]:
    art = make_article(text)
    analyze(art, stages=["entities"], nlp=nlp)
    return {e.name: e for e in art.entities if e.type == "ORG"}


def test_an_organisation_noun_before_the_name_is_no_second_body(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Bei früheren Konferenzen sei die Sorge der Anleger vor allem die Situation in China und "
        "die Anhebung der Leitzinsen durch die US-Notenbank Fed gewesen, sagt Butterfill.",
    )
    assert "Fed" in orgs
    assert not [n for n in orgs if "Notenbank" in n]
    orgs = _orgs(
        nlp_de,
        "Audiovisuelle Medienangebote müssen in Österreich der Medienbehörde KommAustria "
        "gemeldet werden und sind abgabepflichtig.",
    )
    assert "KommAustria" in orgs
    assert "Medienbehörde" not in orgs


def test_one_countrys_military_army_and_forces_are_one_body(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Bei Gefechten zwischen dem türkischen Militär und Anhängern der PKK sind indes vier "
        "Menschen getötet worden. Unter den Opfern seien drei Soldaten und ein PKK-Kämpfer, "
        "berichtete die Nachrichtenagentur DHA unter Berufung auf die türkischen Streitkräfte "
        "am Donnerstag.",
    )
    forces = orgs["türkische Streitkräfte"]  # the general word names the body
    assert {m.text for m in forces.mentions} == {"Militär", "Streitkräfte"}
    assert "türkisches Militär" not in orgs


def test_a_bare_land_or_town_body_is_the_reports_lands_or_towns(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Klagenfurt – Der Kärntner Landtag hat am Freitag in seltener Einmütigkeit beschlossen, "
        "die Rechtmäßigkeit der Landeshaftungen prüfen zu lassen. In dem von allen Parteien "
        "getragenen Antrag wird die Landesregierung aufgefordert, alles zu tun, um die volle "
        "Handlungsfähigkeit des Landes Kärnten ohne jede Unterbrechung weiter zu sichern.",
    )
    assert "Landesregierung Kärnten" in orgs
    assert [m.text for m in orgs["Landesregierung Kärnten"].mentions] == ["Landesregierung"]
    orgs = _orgs(
        nlp_de,
        "Wels – Die Zeiten sind seit dem blauen Machtwechsel im Welser Rathaus rauer geworden. "
        "Wir wollen natürlich eine gute Zusammenarbeit mit der neuen Stadtregierung. Aber wir "
        "werden immer für eine Welser Willkommenskultur kämpfen.",
    )
    assert "Stadtregierung Wels" in orgs


def test_a_bare_town_body_stays_bare_when_no_town_leads(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Wir wollen natürlich eine gute Zusammenarbeit mit der neuen Stadtregierung, sagte er "
        "in Graz. Am Abend reiste er nach Linz weiter.",
    )
    assert "Stadtregierung" in orgs  # Graz and Linz once each: no town is the report's


def test_a_parliament_named_for_its_members_or_election_is_no_organisation(
    nlp_de: Language,
) -> None:
    orgs = _orgs(
        nlp_de,
        "Einen Widerruf musste im Februar etwa die grüne Nationalratsabgeordnete Gabriela Moser "
        "veröffentlichen. Nach der nächsten Nationalratswahl soll Bettina Lancester Lindinger "
        "ablösen.",
    )
    assert "Nationalrat" not in orgs
    orgs = _orgs(
        nlp_de,
        "Wien – UN-Generalsekretär Ban Ki-moon hat bei der ersten Rede eines ausländischen "
        "Staatsgastes in einer Nationalratssitzung vor der restriktiven Flüchtlingspolitik in "
        "Europa gewarnt.",
    )
    assert "Nationalrat" in orgs  # the body at work


def test_the_political_left_is_no_party(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Ersteres, weil vieles, was von Linken als rechtsextrem punziert werde, in Wahrheit "
        "vernünftig sei, so Kickl. Kickl stellte Van der Bellen als Linken in bürgerlicher "
        "Verkleidung dar.",
    )
    assert "Linke" not in orgs
    orgs = _orgs(
        nlp_de,
        "Die Linke will im Bundestag gegen das Gesetz stimmen, sagte Fraktionschef Dietmar "
        "Bartsch in Berlin.",
    )
    assert "Linke" in orgs


def test_a_body_named_by_its_kind_is_no_organisation(nlp_de: Language) -> None:
    orgs = _orgs(
        nlp_de,
        "Fosters Liberaldemokraten sorgten im März dafür, dass die damalige "
        "Koalitionsregierung eine Studie über den Umgang mit der Bedrohung in Auftrag gab. "
        "Papademos hatte die unpopulären Sparmaßnahmen ergriffen, vor denen sich die "
        "Vorgängerregierung gescheut hatte. Die meisten von ihnen gehören der Protestpartei des "
        "Exkomikers Beppe Grillo an.",
    )
    assert not {"Koalitionsregierung", "Vorgängerregierung", "Protestpartei"} & set(orgs)
    orgs = _orgs(nlp_de, "Die türkische Koalitionsregierung ist am Montag zerbrochen.")
    assert "türkische Koalitionsregierung" in orgs  # a country's government stays


def test_scorer_reads_a_regions_isch_adjective_as_its_seat() -> None:
    """Scorer mend (session 33): tuning gnad-0678's "der neue steiermärkische Landtag" is the
    gold's "Landtag Steiermark", as "Wiener Landesgericht" is "Landesgericht Wien"."""
    lex = load_lexicon()
    landtag = Entity(
        id="o",
        type="ORG",
        name="steiermärkischer Landtag",
        mentions=[Mention(text="steiermärkische Landtag", start=0, end=23)],
    )
    assert org_matches("Landtag Steiermark", landtag, lex)
    assert not org_matches("Landtag Kärnten", landtag, lex)
    assert not org_matches("Landesregierung Steiermark", landtag, lex)
