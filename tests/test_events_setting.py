"""Session 36 (issue #5, helper "evprec"): an unplaced event of violence, protest or coercion
takes the place of the nearest placed one told before it in the article, unless its own
sentence names another place. The sentences are written for the tests after the pattern of
10kGNAD records (CC BY-NC-SA 4.0), or are short excerpts of them (records named)."""

from __future__ import annotations

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2016-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _placed(text: str, etype: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in _events(text) if e.type == etype]


def test_violence_told_after_its_place_happened_there() -> None:
    # after gnad-0515 (tuning): the killings are told in the town of the fighting
    text = (
        "In der Stadt Cizre liefern sich türkische Soldaten und kurdische Rebellen seit Tagen "
        "schwere Gefechte. Nach Angaben der Kurdenpartei HDP wurden mindestens 21 Zivilisten "
        "getötet, darunter auch Kinder."
    )
    assert _placed(text, "FIGHT") == ["Cizre"]
    assert _placed(text, "ASSAULT") == ["Cizre"]


def test_a_sentence_that_names_another_place_keeps_none() -> None:
    # after gnad-0482 (tuning): the sentence moves the story to another town
    text = (
        "Die Polizei hat am Mittwoch die Zentrale eines Medienkonzerns in Istanbul gestürmt. "
        "Schon im September waren mehrere Firmen des Konzerns durchsucht worden, darunter "
        "Redaktionsgebäude in der Hauptstadt Ankara."
    )
    placed = _placed(text, "COERCE")
    assert placed[0] == "Istanbul"
    assert "Istanbul" not in placed[1:]


def test_statements_take_no_setting() -> None:
    # a reaction is mostly told from elsewhere: statements are not carried over
    text = (
        "In der Stadt Cizre liefern sich türkische Soldaten und kurdische Rebellen seit Tagen "
        "schwere Gefechte. Die Opposition kritisierte die Regierung scharf."
    )
    assert _placed(text, "ACCUSE") == [None]


def test_no_setting_before_the_first_place() -> None:
    # an event told before any place is named stays unplaced
    text = (
        "Bei Zusammenstößen mit der Polizei wurden am Montag zwölf Menschen verletzt. "
        "Am Dienstag protestierten tausende Menschen in Kiew gegen die Regierung."
    )
    assert _placed(text, "PROTEST")[-1] == "Kiew"
    assert _placed(text, "PROTEST")[0] is None


def test_a_hypothetical_event_takes_no_setting() -> None:
    # after a fresh 10kGNAD record (0-801 sample): a condition has no place yet
    text = (
        "Die Polizei hat am Montag in Palermo zwei Männer festgenommen. "
        "Sollte die Frau zurückkommen, wird sie sofort verhaftet."
    )
    events = [e for e in _events(text) if e.type == "COERCE"]
    assert events[0].location is not None and events[0].location.name == "Palermo"
    assert [e.modality for e in events[1:]] == ["hypothetical"]
    assert events[1].location is None
