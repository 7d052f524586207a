"""A sentence that ends in a number ends there (nlp/number_periods.py, session 28).

The sentences marked "gnad-0397" are an excerpt of a 10kGNAD record (derStandard.at, CC BY-NC-SA
4.0, see ../shared/data/README.md) in the tuning set; the others are written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article
from tests.test_entities_session12 import _persons


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def _tokens(nlp: Any, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


def test_a_sentence_ending_in_a_count_stops_before_the_next_name(nlp_de_trained: Any) -> None:
    # gnad-0397: the segmenter read these two sentences as one
    text = (
        "So seien im Jänner noch 70.000 gekommen, im Februar 50.000 und im März 30.000. "
        "Bulgarien baut indes den Schutz seiner Grenzen aus."
    )
    sents = _sentences(nlp_de_trained, text)
    assert sents[-1] == "Bulgarien baut indes den Schutz seiner Grenzen aus."
    assert "30.000" in _tokens(nlp_de_trained, text)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Der Umsatz stieg im Jahr 2015. Die Regierung reagierte.", "Die Regierung reagierte."),
        ("Die SPÖ kam auf 52, die ÖVP 50. Dazu kommen zwei Mandate.", "Dazu kommen zwei Mandate."),
        ("Er lag zuletzt auf Rang 144. Es fehlen noch Punkte.", "Es fehlen noch Punkte."),
        (
            "Der Wert sank auf 12,5. Tsipras appellierte an die Gläubiger.",
            "Tsipras appellierte an die Gläubiger.",
        ),
        ("Er sprach von 2.000. „Wir bleiben hier“, sagte er.", "„Wir bleiben hier“, sagte er."),
    ],
)
def test_the_stop_after_a_number_ends_the_sentence(
    nlp_de_trained: Any, text: str, last: str
) -> None:
    assert _sentences(nlp_de_trained, text)[-1] == last


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Er kam am 3. Oktober in Wien an.", "3."),
        ("Das Tor fiel in der 50. Minute nach einem Eckball.", "50."),
        ("Er spielte zum 100. Mal für den Verein.", "100."),
        ("Der 2. Deutsche Bundestag tagte in Bonn.", "2."),
        ("Die Wertung: 1. Sebastien Ogier, 2. Jari-Matti Latvala.", "1."),
        ("Die Frist endet am 6.3. Danach nicht mehr.", "6.3."),
        ("Er sagte: „Es waren 2015.“ Dann ging er.", "2015."),
    ],
)
def test_an_ordinal_or_a_date_keeps_its_stop(nlp_de_trained: Any, text: str, token: str) -> None:
    assert token in _tokens(nlp_de_trained, text)


def test_the_split_sentence_gives_its_subject_country_to_the_minister(nlp_de_trained: Any) -> None:
    # gnad-0397: the minister's country is the subject opening his sentence, which the join hid
    text = (
        "Ein Bericht aus Brüssel.\n\nDie Zahlen seien stark rückläufig. So seien im März noch "
        "30.000 gekommen, im April 20.000. Bulgarien baut indes den Schutz seiner Grenzen aus. "
        "Schon 2013 sei damit begonnen worden, sagte Außenminister Daniel Mitrow."
    )
    assert _persons(nlp_de_trained, text)["Daniel Mitrow"].affiliation == "Bulgarien"


def test_a_year_that_ends_the_sentence_is_not_part_of_a_club_name(nlp_de_trained: Any) -> None:
    # a 10kGNAD record of lines 300-801 (no gold set): the split stop let the NER take the year
    # into the club's name ("Rapid 1934"); the entity layer cuts it (entities/mentions.py)
    text = (
        "Es war der höchste Sieg in einem Cupfinale seit dem 8:0 von Admira Wien gegen Rapid "
        "1934. Für die Salzburger war es der vierte Erfolg. Hannover 96 verlor."
    )
    analysed = analyze(make_article(text), stages=["entities"], nlp=nlp_de_trained)
    orgs = {e.name for e in analysed.entities if e.type == "ORG"}
    assert "Rapid" in orgs and "Rapid 1934" not in orgs
    assert "Hannover 96" in orgs
