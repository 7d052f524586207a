"""The body after a person's "vom"/"von der", an organisation named by the last word of its
name, named committees (session 35, helper "orgs", issue #3; `entities/von_bodies.py`,
`cluster._merge_last_word`, the suffix "ausschuss" in orgs.yaml): "Hans Golob von der Polizei
Wien" names the body "Polizei Wien", not the place Wien; "Joachim Feher von der MediaCom" names
MediaCom; "dem Daily Telegraph" … "Dem Telegraph" is one paper; "im Industrieausschuss" is a
body, "dem Ausschuss" none. Excerpts of 10kGNAD records test-0297, test-0757, test-0832,
test-0768, test-0208, test-0084 and test-0066 (tuning gnad-0237, 0594, 0654, 0604, 0173, 0069,
0053; CC BY-NC-SA 4.0); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Entity
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _entities(nlp: Language, text: str) -> list[Entity]:
    art = make_article(text)
    analyze(art, stages=["entities"], nlp=nlp)
    return art.entities


def _names(nlp: Language, text: str, type_: str) -> set[str]:
    return {e.name for e in _entities(nlp, text) if e.type == type_}


def test_an_organisation_noun_and_a_place_after_von_der(nlp_de: Language) -> None:
    text = (
        "Von einer Bürgerwehr, wo jemand paramilitärisch herumgeht, davon halten wir sehr "
        "wenig, sagt Hans Golob von der Polizei Wien."
    )
    assert "Polizei Wien" in _names(nlp_de, text, "ORG")
    assert "Wien" not in _names(nlp_de, text, "LOC")
    text = (
        "Mehrere Personen wurden angezeigt, die genaue Zahl wollte Roland Engel vom Zollamt "
        "St. Pölten aus ermittlungstaktischen Gründen am Dienstag nicht nennen."
    )
    assert "Zollamt St. Pölten" in _names(nlp_de, text, "ORG")


def test_a_name_no_lexicon_knows_after_von_der(nlp_de: Language) -> None:
    text = (
        "Umfassende und transparente Aufklärung fordert auch Joachim Feher von der MediaCom: "
        "Die Interessen unserer Kunden werden wir sehr deutlich vertreten."
    )
    assert "MediaCom" in _names(nlp_de, text, "ORG")
    text = (
        "Das sei nachhaltiger als Top-Down verordnete Maßnahmen, sagte Ko-Autor Nopphol "
        "Witvorapong von der Chulalongkorn University in Bangkok."
    )
    assert "Chulalongkorn University" in _names(nlp_de, text, "ORG")


def test_no_body_without_a_name_after_von(nlp_de: Language) -> None:
    # a bare organisation noun, a weekday, a place and an adjective before a lowercase word
    # make no new body
    text = (
        "Die Kinder des Paares werden inzwischen von Anna Huber vom Jugendamt betreut. "
        "Das sagte Peter Berger vom Dienstag an immer wieder. Ludger Wößmann vom Münchner "
        "ifo-Institut sieht das anders. Maria Schuster von der Steiermark widersprach."
    )
    orgs = _names(nlp_de, text, "ORG")
    assert not {"Jugendamt", "Dienstag", "Münchner", "Steiermark"} & orgs
    assert "Steiermark" in _names(nlp_de, text, "LOC")


def test_a_known_body_after_its_kind_stays_as_named(nlp_de: Language) -> None:
    # the club is named already: "Erste-Liga-Club" says its kind and joins no name
    text = (
        "Andreas Lasnik vom Erste-Liga-Club Kapfenberger SV wurde nach seiner roten Karte "
        "wegen Tätlichkeit für drei Partien gesperrt."
    )
    orgs = {e.name: e for e in _entities(nlp_de, text) if e.type == "ORG"}
    assert [m.text for m in orgs["Kapfenberger SV"].mentions] == ["Kapfenberger SV"]


def test_an_organisation_named_by_its_last_word_is_one(nlp_de: Language) -> None:
    text = (
        "Varoufakis bestritt in einem Interview mit dem Daily Telegraph, dass der Plan auf "
        "einen Austritt Griechenlands aus der Eurozone hinausgelaufen wäre. Dem Telegraph "
        "sagte er, seine Aussagen seien aus dem Zusammenhang gerissen worden."
    )
    orgs = {e.name: e for e in _entities(nlp_de, text) if e.type == "ORG"}
    assert "Telegraph" not in orgs
    assert [m.text for m in orgs["Daily Telegraph"].mentions] == ["Daily Telegraph", "Telegraph"]


def test_a_committee_named_after_a_body_stays_apart(nlp_de: Language) -> None:
    # an acronym before the shared word: a body of its own ("ORF 1" is a channel of the ORF)
    text = (
        "Der Untersuchungsausschuss CSI Hypo prüfte die Bank. Die CSI Hypo legte ihren "
        "Bericht vor, die Hypo widersprach."
    )
    orgs = {e.name for e in _entities(nlp_de, text) if e.type == "ORG"}
    assert {"CSI Hypo", "Hypo"} <= orgs


def test_a_named_committee_is_a_body_the_bare_noun_is_none(nlp_de: Language) -> None:
    # 10kGNAD test-0084 (tuning gnad-0069) and test-0066 (tuning gnad-0053)
    text = (
        "Im Rahmen einer Befragung im Industrieausschuss wollte Digitalkommissar Oettinger die "
        "Pläne zu Durchsetzung eines Urheberrechts auf Hyperlinks nicht dementieren."
    )
    assert "Industrieausschuss" in _names(nlp_de, text, "ORG")
    text = (
        "Der Antrag wurde nicht dringlich eingebracht und wurde dem Ausschuss zugewiesen. Auch "
        "dieser Antrag wurde dem zuständigen Ausschuss zugewiesen."
    )
    assert not [n for n in _names(nlp_de, text, "ORG") if "Ausschuss" in n]
