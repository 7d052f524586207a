"""Session 29 (lead): "zu" before a capitalised word is a preposition, not the particle of
"zusagen" ("sagten … zu Reuters"); "zu Protokoll geben" and "stand … zu lesen" are cues; a
sentence opening with "Für" and a document ("Für ihre Untersuchung haben …") tells nobody's
view. Sentences written for the tests after fresh 10kGNAD text (records 300-801 in no gold
set) and tuning-set article gnad-0727 (derStandard.at, CC BY-NC-SA 4.0); the shipped German
pipeline."""

from __future__ import annotations

from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"),
        stages=["entities", "quotes"],
        nlp=load_nlp("de"),
    )
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, q.cue) for q in article.quotes]


def test_zu_before_a_name_is_a_preposition_not_the_particle_of_zusagen() -> None:
    text = (
        "Der Hersteller Western Digital verhandelt über den Kauf von SanDisk. Western Digital "
        "habe andere Kaufinteressenten ausgestochen, sagten mit dem Vorgang vertraute Personen "
        "am Montag zu Reuters."
    )
    found = [q for q in _quotes(text) if "ausgestochen" in q[1]]
    assert found, "the insiders' report is reported speech"
    kind, words, speaker, cue = found[0]
    assert kind == "indirect" and speaker is None  # unnamed insiders, not the company
    assert cue == "sagten" and "Reuters" not in words


def test_zu_protokoll_geben_is_a_cue() -> None:
    text = (
        "Torschütze Alexander Grünwald gab zu Protokoll: Die Welt ist für uns wieder halbwegs "
        "in Ordnung, nachdem wir zuletzt kritisiert wurden."
    )
    found = [q for q in _quotes(text) if q[1].startswith("Die Welt ist")]
    assert found and found[0][0] == "direct" and found[0][2] == "Alexander Grünwald"


def test_words_on_placards_are_no_continuation_of_the_chant_before() -> None:
    # gnad-0717: "stand … zu lesen" is a cue of its own, not part of what the crowd shouted
    text = (
        "Appel raus, skandierten sie immer wieder. Wir sind die Post, riefen sie, Wir lassen "
        "uns nicht veräppeln, stand auf Plakaten zu lesen. Die Post sperrte ihre Zentrale ab."
    )
    found = _quotes(text)
    assert any(q[1] == "Wir sind die Post" for q in found)
    assert not [q for q in found if "Plakaten" in q[1]]


def test_fuer_and_a_document_is_a_purpose_not_a_view() -> None:
    text = (
        "Der Forscher Bernhard Hachleitner sagte, es sei nötig, genau hinzusehen. Für ihre "
        "Untersuchung haben die Wissenschafter auch die Sportberichterstattung gesichtet."
    )
    assert not [q for q in _quotes(text) if "Sportberichterstattung" in q[1]]


def test_fuer_and_a_person_still_tells_the_view() -> None:
    text = (
        "Der Ökonom Ludger Wößmann legte die Zahlen vor. Für Wößmann sind die Ergebnisse ein "
        "Grund, die Schulen zu reformieren."
    )
    found = [q for q in _quotes(text) if "Ergebnisse" in q[1]]
    assert found and found[0][2] == "Ludger Wößmann"
