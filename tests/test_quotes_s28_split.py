"""Session 28 (helper "qcont"): direct speech split by an inserted cue
(``ContentBeforeCue._inserted_verb_cue``). A subordinate clause that opens the sentence may stand
after a conjunction ("Aber wenn die Leute ihn sehen, sagt Dedovic, springen sie auf.", tuning
record gnad-0634, shortened), and direct speech split by its cue is two quotes, the cue no one's
words (the gold's convention, SOURCES-check12.md); reported speech around an inserted cue stays
one span. Sentences written for the tests besides; the whole pipeline."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Quote
from tests.event_helpers import analyse_de

DEDOVIC = (
    "Cekics Trainer Alija Dedovic lobt seinen Ringer. Er ist wie ein Fels. Aber wenn die Leute "
    "ihn sehen, sagt Dedovic, springen sie auf."
)

GESETZ = (
    "Die Juristin Maria Berger hat am Gesetz mitgeschrieben. Das neue Gesetz, sagte Berger, "
    "nennt Gewalt in der Familie ein Verbrechen."
)

REPORTED = (
    "Der Minister Hans Müller sprach in Wien. Eine Renationalisierung, sagte Müller, sei keine "
    "Lösung."
)

FRONTED = (
    "Der Minister Hans Müller sprach in Wien. Weil die Leute das sehen, fordert Müller mehr Geld."
)


def _texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


def test_a_conjunction_before_the_fronted_clause(nlp_de_trained: Any) -> None:
    quotes = analyse_de(DEDOVIC, nlp_de_trained).quotes
    texts = _texts(quotes)
    assert "Aber wenn die Leute ihn sehen" in texts, texts
    assert "springen sie auf" in texts, texts
    for q in quotes:
        if q.text in ("Aber wenn die Leute ihn sehen", "springen sie auf"):
            assert q.kind == "direct"
            assert q.speaker is not None and q.speaker.name == "Alija Dedovic"


def test_direct_speech_split_by_its_cue_is_two_quotes(nlp_de_trained: Any) -> None:
    texts = _texts(analyse_de(GESETZ, nlp_de_trained).quotes)
    assert "Das neue Gesetz" in texts, texts
    assert "nennt Gewalt in der Familie ein Verbrechen" in texts, texts
    assert not any("sagte Berger" in t for t in texts)


def test_reported_speech_around_an_inserted_cue_stays_one_span(nlp_de_trained: Any) -> None:
    quotes = analyse_de(REPORTED, nlp_de_trained).quotes
    q = next(q for q in quotes if "Renationalisierung" in q.text)
    assert q.kind == "indirect"
    assert q.text == "Eine Renationalisierung, sagte Müller, sei keine Lösung"


def test_a_fronted_clause_before_a_plain_predicate_is_no_speech(nlp_de_trained: Any) -> None:
    quotes = analyse_de(FRONTED, nlp_de_trained).quotes
    assert not any("Weil die Leute" in q.text or "mehr Geld" in q.text for q in quotes)
