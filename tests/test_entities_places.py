"""Places through the full pipeline: genitive forms of known places and the dateline's places."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


@pytest.fixture(scope="module")
def analysed() -> Article:
    text = (
        "Frankfurt/Main (dpa) – Bayerns Ministerpräsident lobte am Montag die Pläne der "
        "Bundesregierung. Die Regierung Tirols wies das zurück."
    )
    return analyze(read_string(text, format="text"), stages=["entities"], nlp=load_nlp("de"))


def test_the_genitive_of_a_known_place_names_the_place(analysed: Article) -> None:
    places = {e.name for e in analysed.entities if e.type == "LOC"}
    assert {"Bayern", "Tirol"} <= places
    assert not places & {"Bayerns", "Tirols"}


def test_a_river_after_the_dateline_town_is_no_place(analysed: Article) -> None:
    assert analysed.dateline == "Frankfurt/Main"
    places = {e.name for e in analysed.entities if e.type == "LOC"}
    assert "Frankfurt" in places and "Main" not in places


def test_a_city_adjective_is_no_place_name() -> None:
    text = "Der Roman spielt im Wiesbadener Ortsteil Biebrich. Die Linzer Polizei ermittelt."
    article = analyze(read_string(text, format="text"), stages=["entities"], nlp=load_nlp("de"))
    names = {e.name for e in article.entities}
    assert "Biebrich" in names
    assert not names & {"Wiesbadener", "Linzer"}


def test_the_evaluator_counts_a_gold_mention_of_role_and_name() -> None:
    from newsgraph.entities.evaluate import _role_and_name

    texts = {"George Osborne", "Osborne", "Finanzminister"}
    assert _role_and_name("Finanzminister George Osborne", texts, set())
    assert _role_and_name(
        "britische Schatzkanzler George Osborne", texts, {"britische schatzkanzler"}
    )
    assert not _role_and_name("Premier George Osborne", texts, {"finanzminister"})
    assert not _role_and_name("Georgette Osborne", texts, set())
    # session 13: an apposition with commas, an article, or the role after the name
    texts = {"Rick Snyder", "Snyder"}
    roles = {"gouverneur von michigan"}
    assert _role_and_name("der Gouverneur von Michigan, Rick Snyder", texts, roles)
    assert _role_and_name("Rick Snyder, Gouverneur von Michigan", texts, roles)
    assert _role_and_name("Rick Snyder (Gouverneur von Michigan)", texts, roles)
    assert not _role_and_name("der Senator von Michigan, Rick Snyder", texts, roles)
    assert not _role_and_name("Rick Snyder, der Gouverneur von Ohio", texts, roles)
    # session 31: the role inflected as the text has it, without the role's complement
    texts = {"Harry Reid", "Reid"}
    roles = {"demokratischer minderheitsführer im senat"}
    assert _role_and_name("der demokratische Minderheitsführer Harry Reid", texts, roles)
    assert _role_and_name("Harry Reid, dem demokratischen Minderheitsführer", texts, roles)
    assert not _role_and_name("der republikanische Mehrheitsführer Harry Reid", texts, roles)


def test_the_evaluator_counts_role_name_and_party_bracket_together() -> None:
    # session 33: the gold writes "Verkehrsminister Alois Stöger (SPÖ)" (tuning gnad-0000);
    # newsgraph keeps the role, the name and the party (affiliation) apart
    from newsgraph.entities.evaluate import _role_and_name

    texts = {"Alois Stöger", "Stöger"}
    roles = {"verkehrsminister"}
    assert _role_and_name("Verkehrsminister Alois Stöger (SPÖ)", texts, roles, {"SPÖ"})
    assert _role_and_name("Alois Stöger (SPÖ)", texts, set(), {"SPÖ"})
    # the bracket must be the entity's own party, the role its own role
    assert not _role_and_name("Verkehrsminister Alois Stöger (SPÖ)", texts, roles, {"ÖVP"})
    assert not _role_and_name("Alois Stöger (SPÖ)", texts, set(), set())
    assert not _role_and_name("Sozialminister Alois Stöger (SPÖ)", texts, roles, {"SPÖ"})


def test_the_evaluator_counts_a_title_before_a_name() -> None:
    # session 33: the gold writes "Herrn Sternad", "Dr. Thomas Schulte"; newsgraph keeps the name
    from newsgraph.entities.evaluate import _role_and_name

    assert _role_and_name("Herrn Sternad", {"Sternad"}, set())
    assert _role_and_name("Dr. Thomas Schulte", {"Thomas Schulte"}, set())
    assert not _role_and_name("Anwalt Thomas Schulte", {"Thomas Schulte"}, set())
    assert not _role_and_name("Dr. Thomas Schultes", {"Thomas Schulte"}, set())
