"""Session 35 (issue #5, helper "evprec"): a town dateline places the statements of a local
story; a pronominal adverb the parser took for the subject is none; a verb form standing as an
attribute in a noun phrase takes no doer from the clause around it. The sentences are written
for the tests after the pattern of 10kGNAD records (CC BY-NC-SA 4.0), or are short excerpts of
them (records named)."""

from __future__ import annotations

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2016-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _placed(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.location.name if e.location else None) for e in _events(text)]


def _parties(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([a.name for a in e.actors], [t.name for t in e.targets])
        for e in _events(text)
        if e.type == etype
    ]


def test_a_town_dateline_places_statements() -> None:
    text = (
        "Graz – Die KPÖ hat den Bürgermeister Siegfried Nagl scharf kritisiert. "
        "Die Grünen forderten einen neuen Haushalt."
    )
    assert _placed(text) == [("ACCUSE", "Graz"), ("REQUEST", "Graz")]


def test_a_capital_dateline_places_no_statements() -> None:
    # a report from a capital comes from an agency's desk: its statements stay unplaced
    text = (
        "Wien – Die KPÖ hat den Bürgermeister Siegfried Nagl scharf kritisiert. "
        "Die Grünen forderten einen neuen Haushalt."
    )
    assert _placed(text) == [("ACCUSE", None), ("REQUEST", None)]


def test_a_pronominal_adverb_is_no_subject() -> None:
    # gnad-0598 (tuning): the warner is no warned party
    text = (
        "Betrüger rufen derzeit bei Handykunden an. Davor hat die Rundfunk und Telekom "
        "Regulierungs-GmbH (RTR) am Freitag in einer Aussendung gewarnt."
    )
    assert all(not targets for _, targets in _parties(text, "THREATEN"))
    # tagged as a noun by the tagger, too
    assert all(
        "Arbeiterkammer" not in targets
        for _, targets in _parties("Davor hat die Arbeiterkammer am Freitag gewarnt.", "THREATEN")
    )
    # a subject the parse found stays
    text = "Dafür hat die ÖVP den Innenminister am Montag kritisiert."
    assert _parties(text, "ACCUSE") == [(["ÖVP"], ["Innenminister"])]


def test_an_attribute_verb_takes_no_doer_from_its_clause() -> None:
    # gnad-0701 (tuning): the speaker did not abduct the staff he speaks of
    text = (
        "Regierungschef Aleksandar Vucic sagte am Samstag, es handle sich um zwei seit "
        "November entführte Botschaftsmitarbeiter."
    )
    assert _parties(text, "ASSAULT") == [([], [])]
    # a finite verb the tagger read as an attribute keeps its subject (gnad-0487, tuning)
    text = (
        "FPÖ-Chef Heinz-Christian Strache hatte den 28-jährigen David Prieth wegen der "
        "Verletzung seiner Namensrechte geklagt. Nachdem der Richter das Verfahren geschlossen "
        "hatte, bedankte Prieth sich bei den zahlreichen Zuhörern im übervollen Gerichtssaal, "
        "woraufhin er Applaus erntete."
    )
    assert [actors for actors, _ in _parties(text, "SUPPORT")] == [["David Prieth"]]


def test_a_possessive_names_the_doer_of_an_attribute_verb() -> None:
    text = (
        "Ministerpräsident Horst Seehofer habe seine mehrfach angedrohte Verfassungsklage "
        "gegen den Bund nicht eingereicht."
    )
    assert [actors for actors, _ in _parties(text, "THREATEN")] == [["Horst Seehofer"]]
