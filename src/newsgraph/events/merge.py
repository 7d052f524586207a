"""Merging the events of one article that have the same type and participants.

Symmetric types (CONSULT, AGREE, COOPERATE) compare their participants as a set: "Huber
besuchte Kessler" and "die Gespräche der beiden" are one CONSULT; an event whose
participants are all part of another event of the same type is merged into it ("der erste
Besuch des Kanzlers" into the visit of Huber to Kessler).
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.model import EntityRef, Event

# whether a place (a town, a capital) lies in a country: the kept place gives way to it
Within = Callable[[EntityRef, EntityRef], bool]
# the country a place is or lies in by the lexicon (itself for a country), else None
CountryOf = Callable[[EntityRef], str | None]
# whether an offset of the text lies in a heading, a lead (teaser) or a subheading
Heading = Callable[[int], bool]

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
_MODALITY_RANK = {"asserted": 0, "planned": 1, "hypothetical": 2, "denied": 3}


def participants(event: Event) -> frozenset[str]:
    return frozenset(r.id for r in event.actors + event.targets)


def _key(event: Event) -> tuple[object, ...]:
    if event.type in SYMMETRIC:
        return (event.type, event.modality == "denied", participants(event))
    return (
        event.type,
        event.modality == "denied",
        frozenset(r.id for r in event.actors),
        frozenset(r.id for r in event.targets),
    )


def _union(a: list[EntityRef], b: list[EntityRef]) -> list[EntityRef]:
    out = list(a)
    for r in b:
        if all(r.id != x.id for x in out):
            out.append(r)
    return out


def _told(event: Event, into: Event) -> bool:
    """Whether the event is told by its source: a verb ("bombardierten …, wie X berichtete"),
    not a noun that a speaker only names ("den Anschlag verurteilte X"), and the source takes
    no part in it."""
    if event.source is None or not event.trigger[:1].islower():
        return False
    parts = event.actors + event.targets + into.actors + into.targets
    return all(event.source.id != r.id for r in parts)


def _absorb(
    into: Event, other: Event, within: Within | None = None, heading: Heading | None = None
) -> None:
    if into.type in SYMMETRIC:
        into.actors = _union(into.actors, other.actors)
        into.targets = [
            t for t in _union(into.targets, other.targets) if all(t.id != a.id for a in into.actors)
        ]
    modes = [m for m in (into.mode or "").split("; ") if m]
    others = [m for m in (other.mode or "").split("; ") if m]
    # (each telling's own kind of act is its first mode; the others are of tellings merged)
    same_act = not modes or not others or others[0] == modes[0]
    modes.extend(m for m in dict.fromkeys(others) if m not in modes)
    into.mode = "; ".join(modes) or None
    if (
        into.location is not None
        and other.location is not None
        and within is not None
        and within(other.location, into.location)
    ):
        # session 22: the town over its country ("bei seinem Besuch in Ägypten" and "bei
        # einem Besuch in Kairo" are one visit, held in Kairo)
        into.location = other.location
    into.location = into.location or other.location
    if into.source is None and _told(other, into):
        # one report of several ("wie AFP berichtete") keeps its teller
        into.source = other.source
    if into.time is None or ("T" in into.time and other.time and "T" not in other.time):
        into.time = other.time or into.time  # the day rather than a part of it
    if into.modality == "hypothetical" and other.modality in ("asserted", "planned"):
        # session 26: the telling that makes the event real is its evidence ("für den Fall
        # seiner Festnahme" before "wurde er festgenommen": the arrest is told by the latter)
        into.trigger, into.sentence = other.trigger, other.sentence
        into.start, into.end = other.start, other.end
    elif (
        heading is not None
        and heading(into.start)
        and not heading(other.start)
        and same_act
        and _MODALITY_RANK[other.modality] <= _MODALITY_RANK[into.modality]
    ):
        # session 31: the title or lead announces what the body tells; the event is traced to
        # its first telling in running text ("WWF ruft weitere Staaten … auf" in the teaser,
        # "Der WWF rief deshalb alle beteiligten Länder … auf" in the report), unless that
        # telling only supposes or denies what the heading asserts, or tells another act
        # merged with it ("18 Menschen verschleppt" in the lead is no killing told below)
        into.trigger, into.sentence = other.trigger, other.sentence
        into.start, into.end = other.start, other.end
    if _MODALITY_RANK[other.modality] < _MODALITY_RANK[into.modality]:
        into.modality = other.modality


def _own_telling(ev: Event, host: Event) -> bool:
    """Session 28: a one-sided event that names its actor and its target, told in a sentence
    of running text of its own, is no part of a larger event told elsewhere ("Maier habe
    Huber angeschrien" is not the earlier "er habe weder Kessler noch Huber
    angeschrien"; "Lob gab es vom UN-Generalsekretär für die Ankündigung der Regierung" is
    not "Ban lobte … die Bevölkerung und die Regierung"): the participants differ, and the
    smaller telling lacks nothing the larger one could fill in. A telling that lacks a side
    ("Emil Brandt beklagte, …", "die Klage von TransCanada"), a heading's telling, a
    planned or hypothetical one and symmetric events are merged as before."""
    return (
        ev.type not in SYMMETRIC
        and bool(ev.actors)
        and bool(ev.targets)
        and ev.modality == host.modality == "asserted"
        and ev.sentence != host.sentence
        and _closed(ev.sentence)
        and _closed(host.sentence)
    )


def _same_place(a: Event, b: Event, country_of: CountryOf | None) -> bool:
    """Session 34: whether two tellings may be one event by their places. Either names none,
    both name the same, or one is a country and the other lies in it or in no country the
    lexicon knows ("bei seinem Besuch in Ägypten" and "in Kairo"). Two tellings of one type
    placed in two towns, or in a country and a town of another, are two events ("ein
    Anschlag in Tunis" and "in Sousse"; "Festnahmen in Italien" and "Razzien in Brüssel")."""
    here, there = a.location, b.location
    if here is None or there is None or here.id == there.id or country_of is None:
        return True
    of_here, of_there = country_of(here), country_of(there)
    if of_here == here.name:  # a country
        return of_there in (None, here.name)
    if of_there == there.name:
        return of_here in (None, there.name)
    return False


def _closed(sentence: str) -> bool:
    """A sentence of running text: it ends with sentence punctuation (maybe in quotes)."""
    return sentence.rstrip().rstrip("\"“”'’»«)").endswith((".", "!", "?"))


def merge_events(
    events: list[Event],
    within: Within | None = None,
    heading: Heading | None = None,
    country_of: CountryOf | None = None,
) -> list[Event]:
    merged: list[Event] = []
    by_key: dict[tuple[object, ...], list[Event]] = {}
    for ev in events:
        kept = by_key.setdefault(_key(ev), [])
        into = next((k for k in kept if _same_place(k, ev, country_of)), None)
        if into is not None:
            _absorb(into, ev, within, heading)
            continue
        kept.append(ev)
        merged.append(ev)
    # subsumption: a symmetric event whose participants all take part in a larger one
    out: list[Event] = []
    for ev in merged:
        host = None
        parts = participants(ev)
        # (session 10: an event naming nobody — "drei Mediziner wurden getötet" — is no part
        # of another article's named one: "Kessler soll seine Exfreundin hinrichten haben lassen")
        if ev.modality != "denied" and parts:
            for other in merged:
                if other is ev or other.type != ev.type or other.modality == "denied":
                    continue
                if _own_telling(ev, other) or not _same_place(other, ev, country_of):
                    continue
                if parts < participants(other) and (
                    ev.type in SYMMETRIC
                    or not ev.actors
                    or {a.id for a in ev.actors} <= {a.id for a in other.actors}
                ):
                    host = other
                    break
        if host is not None:
            _absorb(host, ev, within, heading)
        else:
            out.append(ev)
    return out
