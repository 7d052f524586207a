"""Session 27: two asserted tellings of a one-sided event with the same parties in two
sentences of running text are two events (the gold files list each demand, each attack);
symmetric events, planned or hypothetical tellings, tellings that name nobody and a heading's
telling still merge. Sentences written for the tests (modelled on tuning-set sentences)."""

from __future__ import annotations

from newsgraph.events.merge import merge_events
from newsgraph.model import Article, EntityRef, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


def test_two_demands_of_one_politician_are_two_events() -> None:
    events = _events(
        "Der Politiker Johann Tschürtz fordert eine Volksbefragung. Die Gemeinde lehnt "
        "das ab. Am Abend forderte Tschürtz dann eine Sondersitzung des Gemeinderats."
    )
    requests = [e for e in events if e.type == "REQUEST"]
    assert [[a.name for a in e.actors] for e in requests] == [
        ["Johann Tschürtz"],
        ["Johann Tschürtz"],
    ]
    assert requests[0].sentence != requests[1].sentence


A = EntityRef(id="per-1", name="A")
B = EntityRef(id="per-2", name="B")


def _ev(etype: str, sentence: str, modality: str = "asserted", **parties: list[EntityRef]) -> Event:
    return Event(
        type=etype,
        trigger="t",
        sentence=sentence,
        start=0,
        end=1,
        modality=modality,  # type: ignore[arg-type]
        actors=parties.get("actors", []),
        targets=parties.get("targets", []),
    )


def test_what_still_merges() -> None:
    # a meeting told twice is one meeting
    meet = merge_events(
        [
            _ev("CONSULT", "A traf B.", actors=[A], targets=[B]),
            _ev("CONSULT", "Das Treffen.", actors=[A, B]),
        ]
    )
    assert len(meet) == 1
    # a planned telling joins the asserted one
    plan = merge_events(
        [
            _ev("REQUEST", "A fordert X.", actors=[A]),
            _ev("REQUEST", "A will X fordern.", "planned", actors=[A]),
        ]
    )
    assert len(plan) == 1
    # a heading (no closing punctuation) tells the event of the text
    head = merge_events(
        [
            _ev("REJECT", "A dementierte Gerüchte", actors=[A]),
            _ev("REJECT", "A trat dem entgegen.", actors=[A]),
        ]
    )
    assert len(head) == 1
    # two asserted tellings in two sentences are two
    two = merge_events(
        [_ev("REQUEST", "A fordert X.", actors=[A]), _ev("REQUEST", "A verlangt Y.", actors=[A])]
    )
    assert len(two) == 2
