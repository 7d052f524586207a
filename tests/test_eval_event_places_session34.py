"""Places and dates of matched events in ``newsgraph eval events`` (session 34): each gold event
is judged against the predicted event told in its own evidence sentence when several predicted
events give its triple, and a place is not matched by a shared last word alone. Articles and
gold events are written for the tests."""

from __future__ import annotations

from typing import Any

from newsgraph.evaluation.events import FileScore, same_place, score_article
from newsgraph.model import Article, EntityRef, Event, Source

S1 = "Bei einem Anschlag in Sousse wurden 38 Touristen getötet."
S2 = "Im März waren bei einem Anschlag in Tunis 21 Touristen getötet worden."


def _ref(name: str) -> EntityRef:
    return EntityRef(id=name.casefold().replace(" ", "-"), name=name)


def _attack(place: str, sentence: str) -> Event:
    return Event(
        type="ASSAULT",
        location=_ref(place),
        trigger="Anschlag",
        sentence=sentence,
        start=0,
        end=1,
    )


def _score(events: list[Event], gold: list[dict[str, Any]]) -> FileScore:
    article = Article(
        id="t", source=Source(reader="text", content_hash="0"), text=f"{S1} {S2}", events=events
    )
    return score_article(article, {"events": gold}, "t")


def _gold(place: str, evidence: str) -> dict[str, Any]:
    return {"type": "ASSAULT", "actors": [], "counterparts": [], "evidence": evidence} | {
        "location": place
    }


def test_each_attack_is_judged_by_the_telling_in_its_sentence() -> None:
    # two attacks of one triple (ASSAULT, -, -): the Tunis attack was compared with the first
    # predicted event (Sousse) and counted wrong
    score = _score(
        [_attack("Sousse", S1), _attack("Tunis", S2)],
        [_gold("Sousse", S1), _gold("Tunis", S2)],
    )
    assert (score.places_gold, score.places_right) == (2, 2)


def test_with_no_telling_in_its_sentence_the_first_match_counts() -> None:
    score = _score([_attack("Sousse", S1)], [_gold("Sousse", S1), _gold("Tunis", S2)])
    assert (score.places_gold, score.places_right, score.places_given) == (2, 1, 2)


def test_a_shared_last_word_is_no_same_place() -> None:
    assert not same_place("Uttar Pradesh", "Himachal Pradesh", None)
    assert same_place("Celle", "Kreis Celle", None)
    assert same_place("Demokratische Republik Kongo", "DR Kongo", {"DR Kongo": frozenset()})
    assert same_place("Tunis", "Tunis", None)
