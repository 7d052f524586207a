"""Session 36 (helper "rspk"): a source label before a colon at the head of an article
("Zeitung: Anklageschrift umfasst 270 Seiten.") makes the words after it the reported speech of
that source — the medium the body names, nobody for anonymous circles
(``LeadLabels.lead_label_pass``); a label that is no source ("Massenflucht: …") makes nothing.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0653 (tuning gnad-0518),
10kgnad-test-0502 (gnad-0392) and 10kgnad-test-0991 (gnad-0775)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

PAPER = (
    "Zeitung: Anklageschrift umfasst 270 Seiten. Berlin – Das von der Staatsanwaltschaft "
    "Stuttgart gewünschte Verfahren gegen den Gründer der Pleite gegangenen deutschen "
    "Drogeriemarktkette Schlecker dürfte aufwendig und langwierig werden. Wir gehen davon aus, "
    "dass es zu einem sehr umfangreichen Verfahren kommt, sagte Staatsanwalt Jan Holzner der Welt "
    "am Sonntag. Die Anklageschrift umfasst laut Zeitung 270 Seiten."
)

CIRCLES = (
    "Kreise: Reisegruppe aus der Luft und vom Boden aus beschossen – Zahl der getöteten Mexikaner "
    "unklar. Kairo – Ägyptische Sicherheitskräfte haben bei der Verfolgung von Extremisten nach "
    "Angaben des Innenministeriums versehentlich zwölf Angehörige einer überwiegend mexikanischen "
    "Reisegruppe getötet."
)

FLIGHT = (
    "Massenflucht: Rotes Kreuz warnt vor humanitärer Krise. Kampala - Als vergleichsweise "
    "stabiles Land in einer von Krisen geplagten Region ist Uganda auch Anlaufstelle für viele "
    "Menschen, die von der Gewalt aus ihren Heimatstaaten vertrieben wurden."
)


def test_a_newspaper_label_gives_the_words_to_the_paper_the_body_names(nlp_de_trained: Any) -> None:
    quotes = analyse_de(PAPER, nlp_de_trained).quotes
    lead = [q for q in quotes if q.text.startswith("Anklageschrift umfasst 270 Seiten")]
    assert lead, [q.text for q in quotes]
    assert lead[0].kind == "indirect"
    assert lead[0].speaker is not None and lead[0].speaker.name == "Welt am Sonntag"


def test_anonymous_circles_as_label_report_with_no_speaker(nlp_de_trained: Any) -> None:
    quotes = analyse_de(CIRCLES, nlp_de_trained).quotes
    lead = [q for q in quotes if q.text.startswith("Reisegruppe aus der Luft")]
    assert lead, [q.text for q in quotes]
    assert lead[0].kind == "indirect" and lead[0].speaker is None


def test_a_label_that_is_no_source_reports_nothing(nlp_de_trained: Any) -> None:
    quotes = analyse_de(FLIGHT, nlp_de_trained).quotes
    assert not [q for q in quotes if q.text.startswith("Rotes Kreuz")], [q.text for q in quotes]
