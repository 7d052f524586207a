"""Session 36 (issue #5, helper "evprec"): the setting of violence told earlier in the article.

A report of violence names its place once and then tells what followed without naming it
again: *Die Strassensperren nach Cizre …* … *Nach Angaben der Kurdenpartei HDP wurden
mindestens 21 Zivilisten getötet*; *Flüchtlingslager in Calais zu räumen* … *Allerdings kam es am
Montagabend zu heftigen Zusammenstößen mit der Polizei*. The gold files place the later events
where the earlier one happened. An event of a physical type (``setting_types``: attacks,
fighting, protest, coercion, deployment) with no place of its own takes the place of the
nearest physical event before it in the article that has one, unless its own sentence names
another place (*Redaktionsgebäude in der Hauptstadt Ankara*: the sentence moves the story
elsewhere, and the place the event did not take is no reason to keep the old one).

A hypothetical or denied event gives and takes no setting (*Sollte sie zurückkommen, wird
sie sofort verhaftet*: it has no place yet); a planned one does (the modality reads some
present passives as plans: *Die Strassensperren nach Cizre werden nun von der Polizei
aufrechterhalten*). Statements are not carried over: a reaction is mostly told from elsewhere
(session 35).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.events.sentences import Sentence
    from newsgraph.model import Article, Event


#: an event that may not happen, or did not, has no setting and gives none
_UNREAL = ("hypothetical", "denied")


def _sentence_bounds(event: Event, sentences: list[Sentence]) -> tuple[int, int]:
    for sent in sentences:
        if sent.start <= event.start < sent.end:
            return sent.start, sent.end
    return event.start, event.end


def carry_setting(
    events: list[Event], article: Article, sentences: list[Sentence], types: frozenset[str]
) -> None:
    """Give an unplaced physical event the place of the nearest placed physical event told
    before it (in text order), when its own sentence names no other place."""
    places = [
        (m.start, m.end, ent.id)
        for ent in article.entities
        if ent.type == "LOC"
        for m in ent.mentions
    ]
    physical = sorted(
        (e for e in events if e.type.lower() in types and e.modality not in _UNREAL),
        key=lambda e: (e.start, e.end),
    )
    # the places the events had before any was carried, in text order
    placed = [(e.start, e.location) for e in physical if e.location is not None]
    for event in physical:
        if event.location is not None:
            continue
        setting = next((loc for s, loc in reversed(placed) if s < event.start), None)
        if setting is None:
            continue
        start, end = _sentence_bounds(event, sentences)
        if any(start <= s and e <= end and ref != setting.id for s, e, ref in places):
            continue
        event.location = setting
