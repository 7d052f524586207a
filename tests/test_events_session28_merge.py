"""Session 28: a one-sided event that names its actor and its target in a sentence of its own
is no part of a larger event of the same type told in another sentence (the participants
differ, so issue #5's merge of "the same type and participants" does not apply); a telling that
lacks a side, a heading's telling, a planned telling and symmetric events are merged into the
larger one as before. Sentences written for the tests (modelled on tuning-set sentences)."""

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


A = EntityRef(id="per-1", name="A")
B = EntityRef(id="per-2", name="B")
C = EntityRef(id="per-3", name="C")


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


def test_a_full_telling_is_not_swallowed_by_a_larger_one() -> None:
    events = merge_events(
        [
            _ev("ACCUSE", "A kritisierte B und C.", actors=[A], targets=[B, C]),
            _ev("ACCUSE", "Später griff A auch B an.", actors=[A], targets=[B]),
        ]
    )
    assert [[t.name for t in e.targets] for e in events] == [["B", "C"], ["B"]]


def test_what_is_still_merged_into_the_larger_event() -> None:
    big = _ev("ACCUSE", "A kritisierte B und C.", actors=[A], targets=[B, C])
    # a telling that lacks a side is filled in by the larger one
    assert len(merge_events([big, _ev("ACCUSE", "A beklagte das.", actors=[A])])) == 1
    assert len(merge_events([big, _ev("ACCUSE", "Kritik an B.", targets=[B])])) == 1
    # a heading (no closing punctuation) tells the event of the text
    assert len(merge_events([big, _ev("ACCUSE", "A kritisiert B", actors=[A], targets=[B])])) == 1
    # a planned telling joins the asserted one
    planned = _ev("ACCUSE", "A will B kritisieren.", "planned", actors=[A], targets=[B])
    assert len(merge_events([big, planned])) == 1
    # in one sentence, the smaller reading is part of the larger one
    same = _ev("ACCUSE", "A kritisierte B und C.", actors=[A], targets=[B])
    assert len(merge_events([big, same])) == 1
    # symmetric events: the smaller meeting is part of the larger one
    meeting = _ev("CONSULT", "A traf B und C.", actors=[A], targets=[B, C])
    assert len(merge_events([meeting, _ev("CONSULT", "A traf B.", actors=[A], targets=[B])])) == 1


def test_two_tellings_with_different_targets_in_running_text() -> None:
    events = _events(
        "Der Abgeordnete Hans Berger kritisierte am Montag die SPÖ und die FPÖ scharf. Die "
        "beiden Parteien wiesen das zurück. Hans Berger kritisierte die SPÖ am Dienstag erneut."
    )
    accuse = sorted(
        (sorted(t.name for t in e.targets), e.sentence) for e in events if e.type == "ACCUSE"
    )
    assert [targets for targets, _ in accuse] == [["FPÖ", "SPÖ"], ["SPÖ"]]
