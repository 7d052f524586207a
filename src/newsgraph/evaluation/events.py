"""Scoring events, times and amounts against gold files (``*.gold.json``, the seed's format).

Each gold file names its article (``source_file``, relative to the gold file) and its
``published`` date; the article is read and analysed with that date. Events are compared as
(type, actor, target) triples, names matched by normalised full name or surname:

- symmetric types (CONSULT, AGREE, COOPERATE) give one triple per unordered pair of
  participants (actors and counterparts together), or (type, participant, -) for a single one;
- the other types give (type, actor, target) for each actor and target, with "-" for none.

Triples are sets per article (two gold events with the same triple count once), matched one
to one; a predicted entity also matches a gold name equal to one of its mentions (the gold may
name it by another form the text uses), and a slot also takes the names the gold event lists as
``actor_alternatives`` / ``counterpart_alternatives`` (the union for the head of a union, the
organisation for an unnamed actor): alternatives never add gold triples. A hyphen and a space between the parts of a name are
the same spelling ("Ebner-Kühn" = "Ebner Kühn"; a compound like "US-Regierung" is
not thereby the bare "Regierung": only whole names or multi-word surnames compare). ``relaxed`` scores (type, actor) pairs only. Times and amounts are scored by recall:
a gold time expression is found when a predicted one overlaps its text; a gold amount when
a predicted amount with the same value overlaps its text. Where a gold time's ``resolves_to``
starts with a TIMEX3-like value (``2019-06-07``, ``2015-03``, ``2019-W19``, ``1981``, ``P3Y``),
the overlapping predicted time is also checked for that value (``value_accuracy`` of the
``values_checked`` gold times that were found): the normalisation, not only the span.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.model import Amount, Article, Event

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
NONE = "-"

Triple = tuple[str, str, str]


def _country_words(name: str) -> str:
    """Country adjectives as their country: gold labels name unnamed groups as "Regierung
    (Mexiko)", the extractor as the text does ("mexikanische Regierung")."""
    from newsgraph.events.refs import country_of_adjective

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if not word[:1].islower():
            return word  # a capitalised word is part of a name ("Deutsche Bank")
        return country_of_adjective(word) or word

    return re.sub(r"[^\W\d_]+", swap, name)


def name_key(name: str | None) -> tuple[str, ...]:
    """Lower-cased word tokens without accents and genitive s ("Hubers" → huber); a country
    adjective counts as its country ("mexikanische Regierung" = "Regierung (Mexiko)")."""
    if not name:
        return ()
    text = unicodedata.normalize("NFKD", _country_words(name).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = re.findall(r"[\w-]+", text)
    return tuple(
        w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


def _acronym(short: str, long: tuple[str, ...]) -> bool:
    """'EU' for 'Europäische Union', 'EZB' for 'Europäische Zentralbank' (initials of the
    words and of the parts of compounds are not guessed: words only)."""
    return (
        len(short) >= 2
        and short.isupper()
        and len(long) >= 2
        and short.lower() == "".join(w[0] for w in long)
    )


def same_name(a: str, b: str) -> bool:
    if a == NONE or b == NONE:
        return a == b
    p, q = name_key(a), name_key(b)
    if not p or not q:
        return False
    if _acronym(a.strip(), q) or _acronym(b.strip(), p):
        return True
    if p == q or p[-1] == q[-1] or set(p) <= set(q) or set(q) <= set(p):
        return True
    # a hyphen and a space join the parts of one name alike ("Ebner-Kühn" = "Vera Ebner
    # Kühn"): the same words, or a multi-word surname ending the other name
    fp, fq = _hyphen_split(p), _hyphen_split(q)
    short, long = sorted((fp, fq), key=len)
    return fp == fq or (len(short) >= 2 and long[-len(short) :] == short)


def _hyphen_split(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part for word in key for part in word.split("-") if part)


def triples(etype: str, actors: list[str], targets: list[str]) -> set[Triple]:
    etype = etype.upper()
    out: set[Triple] = set()
    if etype in SYMMETRIC:
        parts = list(dict.fromkeys([*actors, *targets]))
        if len(parts) == 1:
            out.add((etype, parts[0], NONE))
        for i, a in enumerate(parts):
            for b in parts[i + 1 :]:
                x, y = sorted((a, b))
                out.add((etype, x, y))
        if not parts:
            out.add((etype, NONE, NONE))
        return out
    for a in actors or [NONE]:
        for t in targets or [NONE]:
            out.add((etype, a, t))
    return out


def predicted_triples(events: list[Event]) -> set[Triple]:
    out: set[Triple] = set()
    for ev in events:
        out |= triples(ev.type, [a.name for a in ev.actors], [t.name for t in ev.targets])
    return out


def gold_triples(gold: dict[str, Any]) -> set[Triple]:
    out: set[Triple] = set()
    for ev in gold.get("events", []):
        out |= triples(
            str(ev["type"]), list(ev.get("actors") or []), list(ev.get("counterparts") or [])
        )
    return out


Alternatives = dict[Triple, tuple[frozenset[str], frozenset[str]]]


def event_alternatives(ev: dict[str, Any]) -> Alternatives:
    """The other names the gold accepts in each slot of an event's triples: its
    ``actor_alternatives`` for an actor's slot (also where the gold names no actor: "-" or
    "CONMEBOL"), its ``counterpart_alternatives`` for a counterpart's. In a symmetric type a
    participant's slot takes the alternatives of the list it came from; the empty slot of a
    one-party triple those of the other list."""
    actors = list(ev.get("actors") or [])
    counterparts = list(ev.get("counterparts") or [])
    actor_alts = frozenset(str(x) for x in ev.get("actor_alternatives") or [])
    counterpart_alts = frozenset(str(x) for x in ev.get("counterpart_alternatives") or [])
    etype = str(ev["type"])
    out: Alternatives = {}

    def of(name: str) -> frozenset[str]:
        return counterpart_alts if name in counterparts and name not in actors else actor_alts

    for t in triples(etype, actors, counterparts):
        if etype.upper() not in SYMMETRIC:
            out[t] = (actor_alts, counterpart_alts)
        elif t[2] == NONE:
            first = of(t[1]) if t[1] != NONE else actor_alts
            out[t] = (first, counterpart_alts if first is actor_alts else actor_alts)
        else:
            out[t] = (of(t[1]), of(t[2]))
    return out


def gold_alternatives(gold: dict[str, Any]) -> Alternatives:
    """:func:`event_alternatives` of all gold events of an article, joined where two events give
    the same triple."""
    out: Alternatives = {}
    for ev in gold.get("events", []):
        for t, (first, second) in event_alternatives(ev).items():
            had = out.get(t, (frozenset(), frozenset()))
            out[t] = (had[0] | first, had[1] | second)
    return out


Aliases = dict[str, frozenset[tuple[str, ...]]]


def entity_aliases(article: Article) -> Aliases:
    """For each entity name, the name keys of all its mentions: the gold may name an entity by
    another form the text uses for it ("GPA-djp" for the union the extractor calls "GPA")."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for ent in article.entities:
        keys = out.setdefault(ent.name, set())
        keys.update(k for k in (name_key(m.text) for m in ent.mentions) if k)
    return {k: frozenset(v) for k, v in out.items()}


def _same(gold: str, pred: str, aliases: Aliases | None) -> bool:
    """A gold name matches a predicted entity by its name or by exactly one of its mentions."""
    if same_name(gold, pred):
        return True
    return bool(aliases) and gold != NONE and name_key(gold) in (aliases or {}).get(pred, ())


def same_place(gold: str, pred: str, aliases: Aliases | None) -> bool:
    """A gold place matches a predicted one as names do, but not by a last word alone when
    both have other words that differ and none of them is an abbreviation (session 34:
    "Uttar Pradesh" is not "Himachal Pradesh"; "Kreis Celle" is "Celle", "DR Kongo" the
    "Demokratische Republik Kongo"), unless the text names the place so."""
    if not _same(gold, pred, aliases):
        return False
    p, q = name_key(gold), name_key(pred)
    if p == q or len(p) < 2 or len(q) < 2 or set(p) <= set(q) or set(q) <= set(p):
        return True
    shared = set(p) & set(q)
    rest = [
        w for w in [*gold.split(), *pred.split()] if name_key(w) and name_key(w)[0] not in shared
    ]
    if any(w.isupper() for w in rest):
        return True
    return bool(aliases) and p in (aliases or {}).get(pred, ())


def _same_any(gold: str, others: frozenset[str], pred: str, aliases: Aliases | None) -> bool:
    return _same(gold, pred, aliases) or any(_same(o, pred, aliases) for o in sorted(others))


def _triple_match(
    g: Triple, p: Triple, aliases: Aliases | None = None, alts: Alternatives | None = None
) -> bool:
    """A predicted triple matches a gold one of its type by its names (or the gold's
    alternatives for a slot, :func:`event_alternatives`); symmetric types in either order."""
    if g[0] != p[0]:
        return False
    first, second = (alts or {}).get(g, (frozenset(), frozenset()))
    if _same_any(g[1], first, p[1], aliases) and _same_any(g[2], second, p[2], aliases):
        return True
    return (
        g[0] in SYMMETRIC
        and _same_any(g[1], first, p[2], aliases)
        and _same_any(g[2], second, p[1], aliases)
    )


def _relaxed_alternatives(alts: Alternatives) -> Alternatives:
    """The actor-slot alternatives of (type, actor, "-") pairs, joined over their triples."""
    out: Alternatives = {}
    for (t, a, _), (first, _second) in alts.items():
        had = out.get((t, a, NONE), (frozenset(), frozenset()))
        out[(t, a, NONE)] = (had[0] | first, frozenset())
    return out


def match_count(
    gold: set[Triple],
    pred: set[Triple],
    relaxed: bool = False,
    aliases: Aliases | None = None,
    alts: Alternatives | None = None,
) -> int:
    """One-to-one greedy matches between gold and predicted triples."""
    if relaxed:
        gold = {(t, a, NONE) for t, a, _ in gold}
        pred = {(t, a, NONE) for t, a, _ in pred}
        alts = _relaxed_alternatives(alts or {})
    used: set[Triple] = set()
    hits = 0
    for g in sorted(gold):
        for p in sorted(pred):
            if p not in used and _triple_match(g, p, aliases, alts):
                used.add(p)
                hits += 1
                break
    return hits


@dataclass
class FileScore:
    name: str
    gold_events: int = 0
    predicted_events: int = 0
    matched: int = 0
    gold_pairs: int = 0
    predicted_pairs: int = 0
    matched_pairs: int = 0
    gold_times: int = 0
    found_times: int = 0
    gold_amounts: int = 0
    found_amounts: int = 0
    # precision: predicted expressions that overlap a gold one (amounts: with its value)
    predicted_times: int = 0
    matched_times: int = 0
    predicted_amounts: int = 0
    matched_amounts: int = 0
    # normalisation: found gold times with a TIMEX3-like value, and those the prediction gives
    values_checked: int = 0
    values_right: int = 0
    # places of matched events: gold events with a place, those read with it, and gold events
    # without a place that were given one
    places_gold: int = 0
    places_right: int = 0
    places_unlocated: int = 0
    places_added: int = 0
    places_given: int = 0  # matched events read with a place
    # dates of matched events: gold events whose `when` is read as a resolved time, and those
    # whose predicted time is that value
    dates_checked: int = 0
    dates_right: int = 0
    value_misses: list[str] = field(default_factory=list)
    # per event (one gold event to one predicted event of its sentence, :func:`match_events`):
    # counts, the matched pairs with every party right, and per type [gold, predicted, matched]
    event_gold: int = 0
    event_predicted: int = 0
    event_matched: int = 0
    event_exact: int = 0
    event_elsewhere: int = 0  # gold events not matched in their sentence but in another one
    event_types: dict[str, list[int]] = field(default_factory=dict)
    event_misses: list[str] = field(default_factory=list)
    event_extra: list[str] = field(default_factory=list)
    error: str | None = None
    misses: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: FileScore) -> None:
        for f in (
            "gold_events",
            "predicted_events",
            "matched",
            "gold_pairs",
            "predicted_pairs",
            "matched_pairs",
            "gold_times",
            "found_times",
            "gold_amounts",
            "found_amounts",
            "predicted_times",
            "matched_times",
            "predicted_amounts",
            "matched_amounts",
            "values_checked",
            "values_right",
            "places_gold",
            "places_right",
            "places_unlocated",
            "places_added",
            "places_given",
            "dates_checked",
            "dates_right",
            "event_gold",
            "event_predicted",
            "event_matched",
            "event_exact",
            "event_elsewhere",
        ):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        for etype, counts in other.event_types.items():
            mine = self.event_types.setdefault(etype, [0, 0, 0])
            for i, n in enumerate(counts):
                mine[i] += n

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.matched, self.predicted_events)

    @property
    def recall(self) -> float:
        return self._ratio(self.matched, self.gold_events)

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def event_precision(self) -> float:
        return self._ratio(self.event_matched, self.event_predicted)

    @property
    def event_recall(self) -> float:
        return self._ratio(self.event_matched, self.event_gold)

    @property
    def event_f1(self) -> float:
        return self._f1(self.event_precision, self.event_recall)

    def any_sentence(self) -> dict[str, Any]:
        """The per-event score when a gold event read in another sentence counts as found."""
        matched = self.event_matched + self.event_elsewhere
        p = self._ratio(matched, self.event_predicted)
        r = self._ratio(matched, self.event_gold)
        f1 = self._f1(p, r)
        return {
            "matched": matched,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
        }

    @property
    def relaxed_f1(self) -> float:
        p = self._ratio(self.matched_pairs, self.predicted_pairs)
        r = self._ratio(self.matched_pairs, self.gold_pairs)
        return self._f1(p, r)

    @property
    def times_recall(self) -> float:
        return self._ratio(self.found_times, self.gold_times)

    @property
    def amounts_recall(self) -> float:
        return self._ratio(self.found_amounts, self.gold_amounts)

    @property
    def times_precision(self) -> float:
        return self._ratio(self.matched_times, self.predicted_times)

    @property
    def amounts_precision(self) -> float:
        return self._ratio(self.matched_amounts, self.predicted_amounts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "events": {
                "gold": self.gold_events,
                "predicted": self.predicted_events,
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "relaxed_f1": round(self.relaxed_f1, 4),
                "places": {
                    "gold": self.places_gold,
                    "right": self.places_right,
                    "accuracy": round(self._ratio(self.places_right, self.places_gold), 4),
                    "given": self.places_given,
                    "precision": round(self._ratio(self.places_right, self.places_given), 4),
                    "unlocated": self.places_unlocated,
                    "added": self.places_added,
                },
                "dates": {
                    "checked": self.dates_checked,
                    "right": self.dates_right,
                    "accuracy": round(self._ratio(self.dates_right, self.dates_checked), 4),
                },
            },
            "per_event": {
                "gold": self.event_gold,
                "predicted": self.event_predicted,
                "matched": self.event_matched,
                "precision": round(self.event_precision, 4),
                "recall": round(self.event_recall, 4),
                "f1": round(self.event_f1, 4),
                "exact": self.event_exact,
                "elsewhere": self.event_elsewhere,
                "any_sentence": self.any_sentence(),
                "by_type": {
                    t: {"gold": c[0], "predicted": c[1], "matched": c[2]}
                    for t, c in sorted(self.event_types.items())
                },
            },
            "times": {
                "gold": self.gold_times,
                "found": self.found_times,
                "recall": round(self.times_recall, 4),
                "predicted": self.predicted_times,
                "precision": round(self.times_precision, 4),
                "values_checked": self.values_checked,
                "value_accuracy": round(self._ratio(self.values_right, self.values_checked), 4),
            },
            "amounts": {
                "gold": self.gold_amounts,
                "found": self.found_amounts,
                "recall": round(self.amounts_recall, 4),
                "predicted": self.predicted_amounts,
                "precision": round(self.amounts_precision, 4),
            },
            "error": self.error,
        }


@dataclass
class Report:
    files: list[FileScore]
    total: FileScore

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total.to_dict(), "files": [f.to_dict() for f in self.files]}


def _overlaps(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return bool(a and b) and (a in b or b in a)


_GOLD_VALUE = re.compile(
    r"(?:duration\s+)?(P[0-9.]+[YMWD]|PT[0-9.]+[HMS]|\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?)(?=$|[\s(,;])"
)


def gold_time_value(resolves_to: str) -> str | None:
    """The TIMEX3-like value a gold ``resolves_to`` starts with ("2015-03 (deadline)" →
    "2015-03", "duration P3Y" → "P3Y"), or None for a description ("Thursday (relative; …)")."""
    m = _GOLD_VALUE.match(resolves_to.strip())
    return m.group(1) if m else None


def _score_time_values(score: FileScore, article: Article, gold: dict[str, Any]) -> None:
    for t in gold.get("time_expressions", []):
        want = gold_time_value(str(t.get("resolves_to") or ""))
        found = [x for x in article.times if _overlaps(t["text"], x.text)]
        if want is None or not found:
            continue
        score.values_checked += 1
        # a part of the day refines the right day ("2022-12-19TAF" for "2022-12-19 (afternoon)")
        if any(x.value == want or (x.value or "").startswith(want + "T") for x in found):
            score.values_right += 1
        else:
            got = ", ".join(f"{x.value or x.relative}" for x in found)
            score.value_misses.append(f"{t['text']!r}: gold {want} | read {got}")


def _score_places(
    score: FileScore, article: Article, gold: dict[str, Any], aliases: Aliases
) -> None:
    """The place and the date of each gold event that a predicted event matches (by one of its
    triples); a date is checked where the gold `when` is read as a time with a value. Of the
    predicted events that match, the one told in the gold's evidence is compared, else the
    first (session 34: attacks in two towns are two events of one triple; each gold event is
    judged against the telling in its own sentence)."""
    predicted = [
        (ev, triples(ev.type, [a.name for a in ev.actors], [t.name for t in ev.targets]))
        for ev in article.events
    ]
    for gev in gold.get("events", []):
        g = event_alternatives(gev)
        found = [
            ev for ev, p in predicted if any(_triple_match(x, y, aliases, g) for x in g for y in p)
        ]
        if not found:
            continue
        frags = evidence_fragments(str(gev.get("evidence") or ""))
        match = next((ev for ev in found if frags and in_evidence(frags, ev.sentence)), found[0])
        when = str(gev.get("when") or "")
        values = {t.value for t in article.times if t.value and when and _overlaps(when, t.text)}
        if values:
            score.dates_checked += 1
            score.dates_right += match.time in values
        where = gev.get("location")
        score.places_given += match.location is not None
        if where:
            score.places_gold += 1
            if match.location is not None and same_place(str(where), match.location.name, aliases):
                score.places_right += 1
        else:
            score.places_unlocated += 1
            score.places_added += match.location is not None


def _same_amount(gold: dict[str, Any], pred: Amount) -> bool:
    """A predicted amount overlapping the gold text with the gold value; a gold amount without
    one value (a blood pressure "110 zu 65") is found by its text alone."""
    if not _overlaps(str(gold["text"]), pred.text):
        return False
    if gold.get("value") is None:
        return True
    want = float(gold["value"])
    return pred.value is not None and abs(float(pred.value) - want) < 1e-6 * max(1.0, abs(want))


# --- per-event scoring ------------------------------------------------------------------------
# A gold event matches a predicted event of its type (or of one of its ``type_alternatives``)
# told in its evidence sentence whose parties overlap its own: for the directed types a gold
# actor (or actor alternative) among the predicted actors or a gold counterpart (or counterpart
# alternative) among the predicted targets; for the symmetric types any gold participant among
# the predicted ones. A gold event that names nobody (``actors: []``, ``counterparts: []``, an
# unnamed group in ``group_labels``) is matched by any event of its type in its sentence. The
# matching is one to one (a maximum matching per article), so a list sentence counts as one event
# however many pairs it gives.


def _plain(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


def evidence_fragments(evidence: str) -> list[str]:
    """The parts of a gold ``evidence`` between ellipses (or `` / `` between a title and a
    sentence), normalised (words only, lower case); parts of 10 characters or less are too short
    to place (the whole text when all are)."""
    parts = [_plain(x) for x in re.split(r"…|\.\.\.|\s/\s", evidence)]
    long = [p for p in parts if len(p) > 10]
    whole = _plain(evidence)
    return long or ([whole] if whole else [])


def in_evidence(fragments: list[str], sentence: str) -> bool:
    """Whether a predicted event's sentence is (part of) the gold evidence: a fragment starts in
    the sentence, or the sentence starts in a fragment (evidence over two sentences)."""
    s = _plain(sentence)
    return bool(s) and any(f[:60] in s or (len(s) > 15 and s[:60] in f) for f in fragments)


@dataclass(frozen=True)
class _GoldParties:
    actors: frozenset[str]
    targets: frozenset[str]
    actor_names: tuple[str, ...]  # named in the event itself (not alternatives)
    target_names: tuple[str, ...]


def _gold_parties(ev: dict[str, Any]) -> _GoldParties:
    actors = [str(x) for x in ev.get("actors") or []]
    targets = [str(x) for x in ev.get("counterparts") or []]
    return _GoldParties(
        frozenset(actors) | frozenset(str(x) for x in ev.get("actor_alternatives") or []),
        frozenset(targets) | frozenset(str(x) for x in ev.get("counterpart_alternatives") or []),
        tuple(actors),
        tuple(targets),
    )


def _hits(gold: frozenset[str], pred: list[str], aliases: Aliases | None) -> int:
    """How many predicted names match one of the gold names."""
    return sum(any(_same(g, p, aliases) for g in sorted(gold)) for p in pred)


def _gold_types(ev: dict[str, Any]) -> set[str]:
    return {str(ev["type"]).upper()} | {str(t).upper() for t in ev.get("type_alternatives") or []}


def event_pair(
    gev: dict[str, Any], pev: Event, aliases: Aliases | None = None
) -> tuple[bool, bool]:
    """(matches, exact) for a gold event and a predicted one: the type is the gold's (or an
    alternative) and the parties overlap (module comment). ``exact`` when, besides, every
    predicted party is a name the gold accepts in its slot (a name or an alternative) and each
    slot has at least as many of them as the gold names there."""
    if pev.type.upper() not in _gold_types(gev):
        return False, False
    g = _gold_parties(gev)
    actors, targets = [a.name for a in pev.actors], [t.name for t in pev.targets]
    if pev.type.upper() in SYMMETRIC:
        names, pred = g.actors | g.targets, [*actors, *targets]
        if not names:
            return True, not pred
        hit = _hits(names, pred, aliases)
        named = len({*g.actor_names, *g.target_names})
        return hit > 0, hit == len(pred) >= named
    if not g.actors and not g.targets:
        return True, not actors and not targets
    a_hit, t_hit = _hits(g.actors, actors, aliases), _hits(g.targets, targets, aliases)
    exact = a_hit == len(actors) >= len(g.actor_names) and t_hit == len(targets) >= len(
        g.target_names
    )
    return a_hit + t_hit > 0, exact


def _max_matching(edges: list[list[int]], n_right: int) -> list[int | None]:
    """A maximum one-to-one matching (augmenting paths): for each left node, its right node."""
    owner: list[int | None] = [None] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            other = owner[right]
            if other is None or augment(other, seen):
                owner[right] = left
                return True
        return False

    for node in range(len(edges)):
        augment(node, set())
    out: list[int | None] = [None] * len(edges)
    for right, held in enumerate(owner):
        if held is not None:
            out[held] = right
    return out


@dataclass
class EventMatch:
    """The per-event comparison of one article: for each gold event the index of the predicted
    event told in its sentence that matches it (or None) and whether that pair is exact; and,
    for the gold events left, the index of a predicted event left that matches it in another
    sentence (``elsewhere``: another telling of the event — the gold cites one, the reader read
    or kept after merging another — or another event of its kind with a party in common; an
    upper bound, not counted as matched)."""

    gold: list[dict[str, Any]]
    predicted: list[Event]
    match: list[int | None]
    exact: list[bool]
    elsewhere: list[int | None]


def match_events(article: Article, gold: dict[str, Any]) -> EventMatch:
    aliases = entity_aliases(article)
    gold_events = [ev for ev in gold.get("events", []) if isinstance(ev, dict)]
    pred = list(article.events)
    edges: list[list[int]] = []
    exact_pairs: set[tuple[int, int]] = set()
    pairs: dict[tuple[int, int], bool] = {}
    for i, gev in enumerate(gold_events):
        frags = evidence_fragments(str(gev.get("evidence") or ""))
        best: list[int] = []
        rest: list[int] = []
        for j, pev in enumerate(pred):
            ok, full = event_pair(gev, pev, aliases)
            if not ok:
                continue
            pairs[(i, j)] = full
            if not frags or not in_evidence(frags, pev.sentence):
                continue
            (best if full else rest).append(j)
            if full:
                exact_pairs.add((i, j))
        edges.append(best + rest)  # exact pairs tried first
    match = _max_matching(edges, len(pred))
    exact = [m is not None and (i, m) in exact_pairs for i, m in enumerate(match)]
    used = {j for j in match if j is not None}
    # the gold events left that name somebody, against the predicted events left, any sentence
    later = [
        [j for j in range(len(pred)) if (i, j) in pairs and j not in used]
        if match[i] is None and _names_somebody(gev)
        else []
        for i, gev in enumerate(gold_events)
    ]
    return EventMatch(gold_events, pred, match, exact, _max_matching(later, len(pred)))


def _names_somebody(ev: dict[str, Any]) -> bool:
    g = _gold_parties(ev)
    return bool(g.actors or g.targets)


def _describe_gold(ev: dict[str, Any]) -> str:
    actors = ", ".join(str(x) for x in ev.get("actors") or []) or "-"
    targets = ", ".join(str(x) for x in ev.get("counterparts") or []) or "-"
    return f"{ev['type']} {actors} -> {targets} | {str(ev.get('evidence') or '')[:100]}"


def _describe_pred(ev: Event) -> str:
    return f"{ev.type} {_fmt_refs(ev.actors)} -> {_fmt_refs(ev.targets)} | {ev.sentence[:100]}"


def _score_events(score: FileScore, article: Article, gold: dict[str, Any]) -> None:
    m = match_events(article, gold)
    matched_pred = {j for j in m.match if j is not None}
    for gev, j, exact, other in zip(m.gold, m.match, m.exact, m.elsewhere, strict=True):
        counts = score.event_types.setdefault(str(gev["type"]).upper(), [0, 0, 0])
        counts[0] += 1
        score.event_gold += 1
        if j is None:
            score.event_elsewhere += other is not None
            where = "" if other is None else " [read in another sentence]"
            score.event_misses.append(_describe_gold(gev) + where)
            continue
        counts[2] += 1
        score.event_matched += 1
        score.event_exact += exact
    for j, pev in enumerate(m.predicted):
        score.event_types.setdefault(pev.type.upper(), [0, 0, 0])[1] += 1
        score.event_predicted += 1
        if j not in matched_pred:
            score.event_extra.append(_describe_pred(pev))


def score_article(article: Article, gold: dict[str, Any], name: str) -> FileScore:
    score = FileScore(name)
    g, p = gold_triples(gold), predicted_triples(article.events)
    aliases = entity_aliases(article)
    alts = gold_alternatives(gold)
    score.gold_events, score.predicted_events = len(g), len(p)
    score.matched = match_count(g, p, aliases=aliases, alts=alts)
    score.gold_pairs = len({(t, a) for t, a, _ in g})
    score.predicted_pairs = len({(t, a) for t, a, _ in p})
    score.matched_pairs = match_count(g, p, relaxed=True, aliases=aliases, alts=alts)
    for triple in sorted(g):
        if not any(_triple_match(triple, q, aliases, alts) for q in p):
            score.misses.append(" / ".join(triple))
    for triple in sorted(p):
        if not any(_triple_match(q, triple, aliases, alts) for q in g):
            score.extra.append(" / ".join(triple))
    for t in gold.get("time_expressions", []):
        score.gold_times += 1
        score.found_times += any(_overlaps(t["text"], x.text) for x in article.times)
    for a in gold.get("amounts", []):
        score.gold_amounts += 1
        score.found_amounts += any(_same_amount(a, x) for x in article.amounts)
    gold_times = gold.get("time_expressions", [])
    score.predicted_times = len(article.times)
    score.matched_times = sum(
        any(_overlaps(t["text"], x.text) for t in gold_times) for x in article.times
    )
    gold_amounts = gold.get("amounts", [])
    score.predicted_amounts = len(article.amounts)
    score.matched_amounts = sum(
        any(_same_amount(a, x) for a in gold_amounts) for x in article.amounts
    )
    _score_time_values(score, article, gold)
    _score_places(score, article, gold, aliases)
    _score_events(score, article, gold)
    return score


def analyse_gold_article(gold_path: Path, gold: dict[str, Any]) -> Article:
    from newsgraph.pipeline import analyze
    from newsgraph.readers import ReaderOptions, read_inputs

    source = (gold_path.parent / str(gold["source_file"])).resolve()
    if not source.exists():
        raise FileNotFoundError(f"source file missing: {source}")
    options = ReaderOptions(published=gold.get("published"), language=gold.get("language"))
    articles = [a for a in read_inputs([str(source)], options) if isinstance(a, Article)]
    if not articles:
        raise ValueError(f"no article read from {source}")
    return analyze(articles[0])


def evaluate_dir(gold_dir: Path) -> Report:
    files: list[FileScore] = []
    total = FileScore("TOTAL")
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = analyse_gold_article(gold_path, gold)
        except (OSError, ValueError, KeyError) as exc:
            files.append(FileScore(name, error=str(exc)))
            continue
        score = score_article(article, gold, name)
        files.append(score)
        total.add(score)
    return Report(files=files, total=total)


def _fmt_refs(refs: list[Any]) -> str:
    return ", ".join(r.name for r in refs) or "-"


def describe_article(gold_path: Path) -> str:
    """Gold events next to predicted ones for one gold file (for reading errors, not scoring):
    ``python -m newsgraph.evaluation.events GOLD_DIR_OR_FILE…``. Each gold event shows how many
    of its triples are found and its per-event match: ``=P3`` (predicted event 3, told in its
    sentence; ``=P3!`` with every party right), ``~P3`` (read only in another sentence) or
    ``-``."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = analyse_gold_article(gold_path, gold)
    pred = predicted_triples(article.events)
    aliases = entity_aliases(article)
    m = match_events(article, gold)
    lines = [f"=== {gold_path.name}"]
    for gev, j, exact, other in zip(m.gold, m.match, m.exact, m.elsewhere, strict=True):
        g = event_alternatives(gev)
        ok = sum(any(_triple_match(t, p, aliases, g) for p in pred) for t in g)
        if j is not None:
            per_event = f"=P{j}" + ("!" if exact else "")
        else:
            per_event = "-" if other is None else f"~P{other}"
        lines.append(
            f"  G [{ok}/{len(g)}] {per_event:5} {gev['type']:9}"
            f" {', '.join(gev.get('actors') or []) or '-'}"
            f" -> {', '.join(gev.get('counterparts') or []) or '-'}"
            f" @{gev.get('location') or '-'} {gev.get('modality') or ''}"
        )
        lines.append(f"        | {str(gev.get('evidence', ''))[:160]}")
    gold_set = gold_triples(gold)
    alts = gold_alternatives(gold)
    for i, ev in enumerate(article.events):
        p = triples(ev.type, [a.name for a in ev.actors], [t.name for t in ev.targets])
        ok = sum(any(_triple_match(g, t, aliases, alts) for g in gold_set) for t in p)
        lines.append(
            f"  P{i} [{ok}/{len(p)}] {ev.type:9} {_fmt_refs(ev.actors)} -> {_fmt_refs(ev.targets)}"
            f" @{ev.location.name if ev.location else '-'} t={ev.time} {ev.modality}"
            f" «{ev.trigger}» {ev.mode}"
        )
        lines.append(f"        | {ev.sentence[:160]}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a reading aid for developers
    import sys

    for arg in sys.argv[1:]:
        path = Path(arg)
        for gold_path in sorted(path.glob("*.gold.json")) if path.is_dir() else [path]:
            print(describe_article(gold_path))
