"""Resolvers: from a pattern match to a TIMEX3-like value.

Each resolver gets the match, the lexicon and a :class:`ResolveContext` (publication date or
None, whether the sentence points to the future, the surrounding text) and returns a
:class:`Resolved` or None to reject the match. Without a publication date every relative
expression keeps ``value`` None and says its meaning in ``relative``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from newsgraph.amounts.numbers import parse_digits, parse_number_word
from newsgraph.times.calendar import (
    add_months,
    duration_value,
    iso,
    iso_week,
    month_value,
    shift,
    valid_date,
    weekday_date,
)
from newsgraph.times.patterns import TimeLexicon


@dataclass
class ResolveContext:
    anchor: date | None
    future: bool
    text: str  # the sentence (or segment) the match was found in
    past: bool = False  # the clause has a past-tense cue ("sagte", "said") and no future one
    sure_future: bool = False  # the clause itself has a future cue and no past one


@dataclass
class Resolved:
    type: str
    value: str | None
    relative: str | None = None
    mod: str | None = None
    deictic: bool = False  # the publication date as "now" ("nun", "jetzt"): dates no clock time


Resolver = Callable[[re.Match[str], TimeLexicon, ResolveContext], Resolved | None]
RESOLVERS: dict[str, Resolver] = {}


def resolver(name: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        RESOLVERS[name] = fn
        return fn

    return register


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _prep_mod(m: re.Match[str], lex: TimeLexicon) -> str | None:
    mod = lex.lookup("prep", _g(m, "prep"))
    explicit = lex.lookup("mod", _g(m, "mod"))
    return explicit or mod


def _pod(m: re.Match[str], lex: TimeLexicon) -> str | None:
    return lex.lookup("pod", _g(m, "pod")) or lex.lookup("podword", _g(m, "podword"))


def _rel(m: re.Match[str], lex: TimeLexicon) -> int | None:
    word = _g(m, "rel")
    if word is None:
        return None
    low = word.lower()
    for stem, value in lex.section("rel").items():
        for ending in lex.data.get("rel_endings", [""]):
            if low == f"{stem}{ending}".lower():
                return int(value)
    return None


def _relative_year(m: re.Match[str], lex: TimeLexicon) -> int | None:
    """The year offset of "des Vorjahres" (-1), "des Folgejahres" (+1) or "dieses/nächsten
    Jahres" (the ``rel`` word)."""
    word = (_g(m, "yearword") or "").lower()
    if word.startswith("vorjahr"):
        return -1
    if word.startswith("folgejahr"):
        return 1
    return _rel(m, lex)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:  # "19.12.22"
        y += 2000 if y < 50 else 1900
    return y


@resolver("date")
def resolve_date(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    day = int(m.group("day"))
    mon_text = _g(m, "mon")
    month = int(mon_text) if mon_text else lex.lookup("month", _g(m, "month"))
    if month is None:
        return None
    month = int(month)
    year = _year(_g(m, "year"))
    mod = _prep_mod(m, lex)
    if year is not None:
        if not valid_date(year, month, day):
            return None
        return Resolved("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod=mod)
    if not valid_date(0, month, day):
        return None
    if mon_text and not m.group(0).rstrip().endswith("."):
        return None  # "3.5" is a number, not a date
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"date:XXXX-{month:02d}-{day:02d}", mod=mod)
    # the nearest such date: within a year before or after publication; a weekday named with
    # it ("Montag, 2. November") picks the year in which that day is that weekday
    candidates = [
        date(y, month, day)
        for y in (rc.anchor.year - 1, rc.anchor.year, rc.anchor.year + 1)
        if valid_date(y, month, day)
    ]
    wd = lex.lookup("weekday", _g(m, "weekday"))
    same_weekday = [d for d in candidates if wd and _WEEKDAYS.get(str(wd)) == d.weekday()]
    pool = same_weekday or candidates
    anchor = rc.anchor
    # the tense of the clause: "tritt am 1. Januar in Kraft, soll …" is the next one, "kam am
    # 2. November" the last one
    if rc.sure_future or _open_ahead(mod, rc):
        pool = [d for d in pool if d >= anchor] or pool
    elif rc.past:
        pool = [d for d in pool if d <= anchor] or pool
    best = min(pool, key=lambda d: abs((d - anchor).days)) if pool else None
    return Resolved("DATE", iso(best) if best else None, mod=mod)


_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


@resolver("month_relyear")
def resolve_month_relyear(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    found = lex.lookup("month", m.group("month"))
    rel = _relative_year(m, lex)
    if found is None or rel is None:
        return None
    month = int(found)
    mod = _prep_mod(m, lex)
    day = int(m.group("day")) if _g(m, "day") else None
    if day is not None:
        # session 34: "am 21. September des Vorjahres" is that day
        if not valid_date(0, month, day):
            return None
        if rc.anchor is None:
            md = f"{month:02d}-{day:02d}"
            return Resolved("DATE", None, relative=f"date:XXXX-{md}@year{rel:+d}", mod=mod)
        year = rc.anchor.year + rel
        if not valid_date(year, month, day):
            return None
        return Resolved("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"month:{month:02d}@year{rel:+d}", mod=mod)
    return Resolved("DATE", month_value(rc.anchor.year + rel, month), mod=mod)


#: the preposition before a holiday period or a season: "seit den Sommerferien" (SINCE)
_PERIOD_PREP_MOD = {"seit": "SINCE", "bis": "UNTIL", "vor": "BEFORE", "nach": "AFTER", "ab": "FROM"}


@resolver("holiday_period")
def resolve_holiday_period(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """'in den Sommerferien' → break:SOMMERFERIEN, 'nach den Osterferien' (AFTER): school
    holidays and feast periods differ by region and year, so they stay relative."""
    name = re.sub(r"feiertagen$", "feiertage", m.group("breakname").lower())
    return Resolved(
        "DATE",
        None,
        relative=f"break:{name.upper()}",
        mod=_PERIOD_PREP_MOD.get(m.group("breakprep").lower()),
    )


@resolver("midnight")
def resolve_midnight(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'um Mitternacht' → T24:00, 'kurz vor Mitternacht' → T24:00 BEFORE, 'nach Mitternacht'
    → T00:00 AFTER (the start of the next day)."""
    prep = m.group("midprep").lower()
    mod = {"vor": "BEFORE", "nach": "AFTER", "gegen": "APPROX", "bis": "UNTIL", "ab": "FROM"}
    # English (session 10): "4 p.m. to midnight", "shortly after midnight"
    mod.update({"before": "BEFORE", "after": "AFTER", "past": "AFTER", "around": "APPROX"})
    mod.update({"until": "UNTIL", "from": "FROM"})
    if (_g(m, "midqual") or "").lower() in ("bis", "until"):
        return None  # "bis nach Mitternacht" reads as "nach Mitternacht" (found there)
    value = "T00:00" if prep in ("nach", "ab", "after", "past", "from") else "T24:00"
    return Resolved("TIME", value, mod=mod.get(prep))


@resolver("yearpart_relyear")
def resolve_yearpart_relyear(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """Session 11: 'im dritten Quartal des Vorjahres' → 2015-Q3, 'im ersten Halbjahr dieses
    Jahres' → 2016-H1."""
    part = lex.lookup("yearpart", m.group("yearpart"))
    n = lex.lookup("ordinal", m.group("ordinal"))
    rel = _relative_year(m, lex)
    if part is None or n is None or rel is None:
        return None
    count = 4 if part == "Q" else 2
    k = count if int(n) < 0 else int(n)
    if not 1 <= k <= count:
        return None
    mod = _prep_mod(m, lex)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"yearpart:{part}{k}@year{rel:+d}", mod=mod)
    return Resolved("DATE", f"{rc.anchor.year + rel:04d}-{part}{k}", mod=mod)


@resolver("season_relyear")
def resolve_season_relyear(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """'im Sommer dieses Jahres' → 2016-SU, 'im Herbst des Vorjahres' → 2015-FA."""
    season = lex.lookup("season", m.group("season"))
    rel = _relative_year(m, lex)
    if season is None or rel is None:
        return None
    mod = _prep_mod(m, lex)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"season:{season}@year{rel:+d}", mod=mod)
    return Resolved("DATE", f"{rc.anchor.year + rel:04d}-{season}", mod=mod)


_SEASON_PART_MOD = {"ende": "END", "finale": "END", "beginn": "START", "start": "START"}


@resolver("sportseason")
def resolve_sportseason(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'in der vergangenen Saison' → sportseason:-1, 'bis Saisonende' → sportseason:0 (UNTIL):
    a league's season has no calendar dates here, so the value stays relative."""
    rel = -1 if _g(m, "seasonbefore") else _rel(m, lex) or 0  # "in der Vorsaison"
    part = (_g(m, "seasonpart") or "").lower()
    # English: "this season", "last season" need no preposition; its mod comes from `prep`
    prep = (_g(m, "seasonprep") or "").lower()
    mod = _PERIOD_PREP_MOD.get(prep) or _SEASON_PART_MOD.get(part)
    if mod is None and lex.language == "en":
        mod = lex.lookup("prep", prep or None)
    if part == "auftakt":
        mod = mod or "START"
    return Resolved("DATE", None, relative=f"sportseason:{rel:+d}", mod=mod)


@resolver("weekday")
def resolve_weekday(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    wd = lex.lookup("weekday", m.group("weekday"))
    if wd is None:
        return None
    pod = _pod(m, lex)
    rel = _rel(m, lex)
    mod = _prep_mod(m, lex)
    typ = "TIME" if pod else "DATE"
    if rc.anchor is None:
        relative = f"weekday:{wd}" + (f"{rel:+d}" if rel else "") + (f"T{pod}" if pod else "")
        return Resolved(typ, None, relative=relative, mod=mod)
    if rel is not None and rel < 0:
        direction = -1
    elif rel is not None and rel > 0:
        direction = 2
    else:
        direction = 1 if rc.future or _open_ahead(mod, rc) else 0
    d = weekday_date(rc.anchor, str(wd), direction)
    return Resolved(typ, iso(d) + (f"T{pod}" if pod else ""), mod=mod)


@resolver("weekday_set")
def resolve_weekday_set(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved:
    wd = str(lex.lookup("weekday", m.group("weekday")))
    from newsgraph.times.calendar import WEEKDAYS

    pod = _pod(m, lex)
    value = f"XXXX-WXX-{WEEKDAYS.index(wd) + 1}"
    return Resolved("SET", value + (f"T{pod}" if pod else ""))


_DAY_KINDS = {"wochenenden": "XXXX-WXX-WE"}


@resolver("dayset")
def resolve_dayset(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 19: 'an Samstagen' → XXXX-WXX-6, 'an Wochenenden' → XXXX-WXX-WE; working days
    and holidays have no TIMEX3 value ('set:werktage', 'set:feiertage')."""
    kind = _g(m, "daykind")
    if kind is None:
        return resolve_weekday_set(m, lex, rc)
    low = " ".join(kind.lower().split())
    if low in _DAY_KINDS:
        return Resolved("SET", _DAY_KINDS[low])
    name = "feiertage" if low.endswith("feiertagen") else "werktage"
    return Resolved("SET", None, relative=f"set:{name}")


@resolver("night")
def resolve_night(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    wd = lex.lookup("weekday", m.group("weekday"))
    if wd is None:
        return None
    if rc.anchor is None:
        return Resolved("TIME", None, relative=f"weekday:{wd}TNI")
    d = weekday_date(rc.anchor, str(wd), 1 if rc.future else 0)
    return Resolved("TIME", iso(d) + "TNI")


@resolver("dayword")
def resolve_dayword(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    offset = lex.lookup("dayword", m.group("dayword"))
    if offset is None:
        return None
    generic = lex.data.get("generic_dayword_before")
    if (
        generic
        and int(offset) >= 0
        and re.search(str(generic), rc.text[: m.start()])
        and not re.match(r"\s+(?:auf|an|bis)\b", rc.text[m.end() :])
    ):
        return None  # "die Welt von heute", "die Forscher von morgen": no day (session 10)
    pod = _pod(m, lex) or lex.lookup("dayword_pod", m.group("dayword"))
    typ = "TIME" if pod else "DATE"
    if rc.anchor is None:
        relative = f"offset:{int(offset):+d}D" + (f"T{pod}" if pod else "")
        return Resolved(typ, None, relative=relative)
    d = rc.anchor + timedelta(days=int(offset))
    return Resolved(typ, iso(d) + (f"T{pod}" if pod else ""))


@resolver("dayadj")
def resolve_dayadj(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 19: 'am gestrigen Abend', 'der morgigen Wahl': a day word as an adjective."""
    offset = lex.lookup("dayadj", m.group("dayadj"))
    if offset is None:
        return None
    pod = _pod(m, lex)
    typ = "TIME" if pod else "DATE"
    suffix = f"T{pod}" if pod else ""
    if rc.anchor is None:
        return Resolved(typ, None, relative=f"offset:{int(offset):+d}D{suffix}")
    return Resolved(typ, iso(rc.anchor + timedelta(days=int(offset))) + suffix)


@resolver("relunit")
def resolve_relunit(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    if _g(m, "dayunit"):  # session 19: "im Laufe des Tages": the day of the publication
        if rc.anchor is None:
            return Resolved("DATE", None, relative="offset:+0D")
        return Resolved("DATE", iso(rc.anchor))
    unit = lex.lookup("calunit", _g(m, "calunit"))
    if unit is None:
        return None
    rel = _rel(m, lex)
    rel = 0 if rel is None else rel
    mod = lex.lookup("prep", _g(m, "unitprep")) or lex.lookup("mod", _g(m, "mod"))
    year = _year(_g(m, "year"))
    if year is not None and unit == "Y":  # "Ende des Jahres 2014"
        return Resolved("DATE", f"{year:04d}", mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"offset:{rel:+d}{unit}", mod=mod)
    return Resolved("DATE", shift(rc.anchor, rel, str(unit)), mod=mod)


@resolver("weekend")
def resolve_weekend(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved:
    if rc.anchor is None:
        return Resolved("DATE", None, relative="weekend:" + ("next" if rc.future else "last"))
    sat = weekday_date(rc.anchor, "SA", 1 if rc.future else 0)
    return Resolved("DATE", iso_week(sat) + "-WE")


@resolver("month")
def resolve_month(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    month = lex.lookup("month", m.group("month"))
    if month is None:
        return None
    month = int(month)
    mod = _prep_mod(m, lex)
    year = _year(_g(m, "year"))
    if year is not None:
        return Resolved("DATE", month_value(year, month), mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"month:{month:02d}", mod=mod)
    y = rc.anchor.year
    if rc.future or _open_ahead(mod, rc):
        if month < rc.anchor.month:
            y += 1
    elif month > rc.anchor.month:
        y -= 1  # "im November" → the most recent November
    return Resolved("DATE", month_value(y, month), mod=mod)


def _open_ahead(mod: str | None, rc: ResolveContext) -> bool:
    """'bis Ende Oktober', 'ab Juli' in a clause that is not past ("sein Vertrag läuft noch bis
    Ende Oktober"): a limit that lies ahead, the next such month or day."""
    return mod in ("UNTIL", "FROM") and not rc.past


@resolver("relmonth")
def resolve_relmonth(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'im vorigen November', 'vergangenen Sommer', 'im kommenden Frühjahr'."""
    rel = _rel(m, lex)
    month = lex.lookup("month", _g(m, "month"))
    season = lex.lookup("season", _g(m, "season"))
    if rel is None or (month is None and season is None):
        return None
    label = f"month:{int(month):02d}" if month is not None else f"season:{season}"
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"{label}{rel:+d}")
    if month is not None:
        y = rc.anchor.year
        if rel < 0 and int(month) >= rc.anchor.month:
            y -= 1  # the last one before this month
        elif rel > 0 and int(month) <= rc.anchor.month:
            y += 1
        return Resolved("DATE", month_value(y, int(month)))
    y = rc.anchor.year + (1 if rel > 0 else -1 if rel < 0 else 0)
    return Resolved("DATE", f"{y:04d}-{season}")


@resolver("unitpart")
def resolve_unitpart(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    spec = lex.lookup("unitpart", m.group("unitpart"))
    if not spec:
        return None
    unit, part = str(spec[0]), str(spec[1])
    mod = lex.lookup("prep", _g(m, "prep")) or part
    year = _year(_g(m, "year"))
    if year is not None and unit == "Y":  # "zu Jahresmitte 2015"
        return Resolved("DATE", f"{year:04d}", mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"offset:+0{unit}", mod=mod)
    return Resolved("DATE", shift(rc.anchor, 0, unit), mod=mod)


@resolver("adjduration")
def resolve_adjduration(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    amount = _amount(m.group("num"), lex)
    unit = lex.lookup("adjunit", m.group("adjunit"))
    if amount is None or unit is None or amount <= 0:
        return None
    if unit == "Y" and _next_word(rc.text, m.end()).lower() in lex.words("age_nouns"):
        return None  # "ein zehnjähriges Mädchen": an age, not a duration
    return Resolved("DURATION", duration_value(amount, str(unit)))


@resolver("season")
def resolve_season(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    season = lex.lookup("season", m.group("season"))
    if season is None:
        return None
    mod = _prep_mod(m, lex)
    year = _year(_g(m, "year"))
    prep = _g(m, "prep")
    if year is None and prep is None:
        return None  # a bare "Sommer" is no time expression
    if year is not None:
        return Resolved("DATE", f"{year:04d}-{season}", mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"season:{season}", mod=mod)
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    y = rc.anchor.year
    start = starts.get(str(season), 1)
    if rc.future and rc.anchor.month >= start + 3:
        y += 1
    elif not rc.future and rc.anchor.month < start and not (season == "WI" and rc.anchor.month < 3):
        y -= 1
    if season == "WI" and rc.anchor.month < 3:
        y -= 1
    return Resolved("DATE", f"{y:04d}-{season}", mod=mod)


@resolver("decade")
def resolve_decade(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    century = _g(m, "century")
    word = _g(m, "decword")
    digit = str(lex.lookup("decade_word", word.lower())) if word else m.group("decade")
    if century is None:
        age = lex.data.get("decade_age_before")
        if age and re.search(str(age), rc.text[: m.start()], re.IGNORECASE):
            return None  # "in their mid-50s": an age (English, session 10)
        century = "20" if digit in "01" else "19"
    return Resolved("DATE", f"{century}{digit}", mod=lex.lookup("mod", _g(m, "mod")))


def _clause_year(text: str, start: int, end: int, lex: TimeLexicon) -> bool:
    """A bare number of the second millennium, not a round hundred, that opens a clause and is
    followed by its finite verb or by the article of the subject: a year in a narrative
    ("1869 wird der Veteran ihr Ehemann", ", 1874 adoptieren sie", "Als 1861 der Krieg
    beginnt"). A count there comes with its noun ("1523 neue Fälle", "1000 bei …")."""
    value = int(text[start:end])
    if not 1000 < value < 1900 or value % 100 == 0 or lex.language != "de":
        return False
    before = text[:start].rstrip()
    last = re.search(r"(\w+)$", before)
    if not (
        before == ""
        or before[-1] in ".,;:(–"
        or (last and last.group(1).lower() in lex.words("year_clause_openers"))
    ):
        return False
    words = re.findall(r"[\w-]+", text[end : end + 60])[:2]
    if len(words) < 2 or not words[0].islower():
        return False
    if words[0] in lex.tense_verbs:
        return True
    if words[0] in ("der", "die", "das"):
        return words[1][:1].isupper() and not words[1].endswith("n")  # not "1523 der Befragten"
    # a finite verb before a pronoun, an article or an adverb ("1874 adoptieren sie")
    return (
        words[1].islower()
        and words[0] not in lex.words("count_cues")
        and not re.search(r"(e|er|es|em)$", words[0])
    )


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([\w%€$]+)", text[end:])
    return m.group(1) if m else ""


def _counted_noun(word: str, lex: TimeLexicon, before: str = "") -> bool:
    """Whether the word after a bare four-digit number makes it a count. German: a noun after
    it counts only after a word that introduces counts (*die 2000 Flüchtlinge*, *mit 1500
    Soldaten*) or at the start of the sentence; after anything else it follows a year
    (*seit den Wahlen 2014 Vizebürgermeisterin*, *war 1966 Emil Brenner*)."""
    if lex.language == "de":
        if not word[0].isupper() or lex.lookup("month", word) is not None:
            return False
        prev = re.search(r"(\w+)\W*$", before)
        return prev is None or prev.group(1).lower() in lex.words("count_cues")
    prev = re.search(r"(\w+)(['’]s)?\W*$", before)
    if prev is not None and (
        prev.group(2) or prev.group(1).lower() in lex.words("year_determiners")
    ):
        return False  # "the 2020 primary", "GiveWell's 2017 top charities": a year
    return word[0].islower() and word.lower() not in lex.words("year_followers")


@resolver("year")
def resolve_year(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    year = int(m.group("year"))
    prep = _g(m, "prep")
    whole = m.group(0)
    named = re.search(r"(?i)\bjahre?\b|\byear\b", whole) is not None
    paired = _year_pair(rc.text, m.start("year"), m.end("year"))
    introduced = prep is not None or named or paired
    if year < 1900 and not introduced and not _clause_year(rc.text, m.start(), m.end(), lex):
        return None  # a bare "1500" is a count unless something makes it a year
    nxt = _next_word(rc.text, m.end())
    if year < 1900 and not (named or paired) and nxt[:1].isalpha() and _counted_noun(nxt, lex):
        return None  # "in 1500 Fällen", "in 1200 homes": a count after a preposition
    blockers = lex.words("year_blockers") | _amount_words(lex.language)
    dimension = re.match(r"\s*[x×]\s*\d", rc.text[m.end() :]) or re.search(
        r"\d\s*[x×]\s*$", rc.text[: m.start()]
    )
    if not named and (nxt.lower() in blockers or dimension):
        return None  # "ab 2000 Euro", "bis 2000 Menschen", "1152 x 1920": an amount
    if not introduced:
        if nxt[:1].isalpha() and _counted_noun(nxt, lex, rc.text[: m.start()]):
            return None  # "die 2000 Menschen", "2000 cars": a count, not a year
        before = rc.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(
            r"\b(rund|etwa|mehr als|über|fast|knapp|weniger als|about|over|nearly)\s*$", before
        ):
            return None
    return Resolved("DATE", f"{year:04d}", mod=_prep_mod(m, lex))


@cache
def _amount_words(language: str) -> frozenset[str]:
    """Currency, percent and unit words of the amounts lexicon (lower case): after one of them a
    four-digit number is an amount ("von 1300 Kilometern", "ab 2000 Euro"), never a year."""
    from newsgraph.amounts.lexicon import load_yaml

    data = load_yaml("amounts", f"{language}.yaml")
    words = {
        str(w).lower()
        for sec in ("currency_words", "percent", "units")
        for w in data.get(sec) or {}
    }
    return frozenset(words)


@cache
def _measure_words(language: str) -> frozenset[str]:
    """Unit words of measures in the amounts lexicon (lower case), not those of time or
    repetition ("Kilometer", "Liter"; not "Stunden", "Mal")."""
    from newsgraph.amounts.lexicon import load_yaml

    data = load_yaml("amounts", f"{language}.yaml")
    skip = {str(u) for u in data.get("time_units") or []} | {"times"}
    units = data.get("units") or {}
    return frozenset(str(w).lower() for w, v in units.items() if str(v) not in skip)


_YEAR_LINK = r"\s*(?:und|bis|oder|and|to|or|-|–)\s*"


def _year_pair(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number and its neighbour across und/bis/oder/– read as a span of
    years (*zwischen 1869 und 1887*, *1998 bis 2000*): rising, within two centuries, and not
    both round hundreds (*zwischen 1000 und 2000 Menschen* is a range of counts)."""
    this = int(text[start:end])
    after = re.match(_YEAR_LINK + r"((?:1\d|20)\d{2})(?![\d.,]\d)", text[end:])
    before = re.search(r"(?<![\d.,])((?:1\d|20)\d{2})" + _YEAR_LINK + "$", text[:start])
    for first, second in (
        (this, int(after.group(1)) if after else None),
        (int(before.group(1)) if before else None, this),
    ):
        if first is None or second is None:
            continue
        if first < second <= first + 200 and not (first % 100 == 0 and second % 100 == 0):
            return True
    return False


@resolver("clock")
def resolve_clock(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    hour = int(m.group("hour"))
    minute = int(_g(m, "minute") or 0)
    ampm = (_g(m, "ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24:
        return None
    return Resolved("TIME", f"T{hour:02d}:{minute:02d}", mod=_prep_mod(m, lex))


def _signed(x: float) -> str:
    """``+3``, ``-1.5``, ``-382000000`` (no exponent for large whole numbers)."""
    return f"{int(x):+d}" if x == int(x) else f"{x:+g}"


def _amount(text: str, lex: TimeLexicon) -> float | None:
    if text[0].isdigit():
        return parse_digits(text, lex.language)
    own = lex.lookup("numbers", text)  # number words of time expressions only ("beiden")
    return float(own) if own is not None else parse_number_word(text, lex.language)


@resolver("longword")
def resolve_longword(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'jahrelang', 'wochenlange': a duration of uncounted units (PXY, PXW)."""
    value = lex.lookup("longword", m.group("longword"))
    return None if value is None else Resolved("DURATION", str(value))


@resolver("yearpart")
def resolve_yearpart(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'im ersten Quartal 2015' → 2015-Q1, 'in der zweiten Jahreshälfte' → YYYY-H2."""
    part = lex.lookup("yearpart", m.group("yearpart"))
    digits = _g(m, "ordnum")  # session 19: "im 3. Quartal"
    n = int(digits) if digits else lex.lookup("ordinal", _g(m, "ordinal"))
    if part is None or n is None:
        return None
    n = int(n)
    count = 4 if part == "Q" else 2
    if n < 0:
        n = count  # "im letzten Quartal" of the year
    if not 1 <= n <= count:
        return None
    mod = _prep_mod(m, lex)
    year = _year(_g(m, "year"))
    label = f"{part}{n}"
    if year is not None:
        return Resolved("DATE", f"{year:04d}-{label}", mod=mod)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"yearpart:{label}", mod=mod)
    # session 19: as a month, the most recent such part ("im 4. Quartal" of a clause that is
    # not future, told in May, is last year's), or the next one in a future clause
    months = 12 // count
    first, last = (n - 1) * months + 1, n * months
    y = rc.anchor.year
    if rc.future or _open_ahead(mod, rc):
        if last < rc.anchor.month:
            y += 1
    elif first > rc.anchor.month:
        y -= 1
    return Resolved("DATE", f"{y:04d}-{label}", mod=mod)


@resolver("ordinal_unit")
def resolve_ordinal_unit(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 11: 'im ersten Jahr', 'am dritten Tag', 'in der ersten Phase': a stretch
    counted from a start the text names (unresolved: ``anaphoric:ordinal:1Y``); 'im letzten
    Jahr' is the relative unit's, not this one."""
    unit = lex.lookup("ordinal_unit", m.group("ordinal_unit"))
    n = lex.lookup("ordinal", m.group("ordinal"))
    if unit is None or n is None or int(n) < 1:
        return None
    return Resolved("DATE", None, relative=f"anaphoric:ordinal:{int(n)}{unit}")


@resolver("plural_rel")
def resolve_plural_rel(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 11: 'für die kommenden Jahre', 'der vergangenen Wochen': a vague stretch before
    or after now (PAST_REF / FUTURE_REF)."""
    value = lex.lookup("plural_rel", m.group("plural_rel"))
    return None if value is None else Resolved("DATE", str(value))


@resolver("relword")
def resolve_relword(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'heuer' (this year), 'im Vorjahr', 'im Vormonat': one word for a relative unit."""
    spec = lex.lookup("relword", m.group("relword"))
    if not spec:
        return None
    offset, unit = int(spec[0]), str(spec[1])
    mod = _prep_mod(m, lex)
    if rc.anchor is None:
        return Resolved("DATE", None, relative=f"offset:{offset:+d}{unit}", mod=mod)
    return Resolved("DATE", shift(rc.anchor, offset, unit), mod=mod)


@resolver("period")
def resolve_period(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'seit dem Zweiten Weltkrieg' → 1945 SINCE, 'vor dem Mauerfall' → 1989 BEFORE; during
    a period of several years its span stays in ``relative``."""
    span = lex.lookup("period", m.group("period"))
    if not span:
        return None
    first, last = int(span[0]), int(span[1])
    prep = " ".join(m.group("periodprep").lower().split())
    if prep in ("seit", "nach"):
        return Resolved("DATE", f"{last:04d}", mod="SINCE" if prep == "seit" else "AFTER")
    if prep in ("vor", "bis zum", "bis zur"):
        return Resolved("DATE", f"{first:04d}", mod="BEFORE" if prep == "vor" else "UNTIL")
    if first == last:
        return Resolved("DATE", f"{first:04d}")
    return Resolved("DATE", None, relative=f"period:{first:04d}/{last:04d}")


@resolver("month_year")
def resolve_month_year(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'seit 03/2015' → 2015-03 (SINCE)."""
    month = int(_g(m, "mon") or _g(m, "mon2") or 0)
    return Resolved("DATE", month_value(int(m.group("year")), month), mod=_prep_mod(m, lex))


@resolver("split_year")
def resolve_split_year(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'2012/13', 'Saison 2015/2016': a season or business year that starts in the first
    year (its value) and ends in the next."""
    first = int(m.group("year"))
    second = int(m.group("year2"))
    if second < 100:
        second += first // 100 * 100
    if second != first + 1:
        return None
    return Resolved("DATE", f"{first:04d}", mod=_prep_mod(m, lex))


@resolver("ago")
def resolve_ago(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    return _duration(m, lex, rc, role="ago")


@resolver("thispod")
def resolve_thispod(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    pod = _pod(m, lex)
    if pod is None:
        return None
    if rc.anchor is None:
        return Resolved("TIME", None, relative=f"offset:+0DT{pod}")
    return Resolved("TIME", f"{iso(rc.anchor)}T{pod}")


@resolver("duration")
def resolve_duration(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    return _duration(m, lex, rc)


def _duration(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext, role: str | None = None
) -> Resolved | None:
    amount = _amount(m.group("num"), lex)
    unit = lex.lookup("unit", m.group("unit"))
    role = role or lex.lookup("durprep", _g(m, "durprep"))
    if role == "ahead" and rc.past and not rc.future:
        # session 19: "in" a past clause is the time something took ("In wenigen Wochen waren
        # sie in Österreich", "hat sich in nur wenigen Jahren verbessert"), not a time ahead
        role = "duration"
    if amount is None and unit is not None and m.group("num").lower() in lex.words("vague_numbers"):
        return _vague_duration(m, lex, str(unit), role)
    if m.group("num").lower() == "eines" and _g(m, "durprep") is None:
        return None  # "eines Tages": some day, no duration ("binnen eines Tages" is one)
    scale = lex.lookup("scale", _g(m, "scale"))
    if amount is not None and scale is not None:
        amount *= float(scale)  # "zwei Milliarden Jahre"
    if amount is None or unit is None or amount <= 0:
        return None
    after = rc.text[m.end() : m.end() + 8].lower()
    if re.match(r"\s+(alt|jung|old|älter|jünger)", after):
        return None  # an age or a difference of ages ("ein Jahr älteren"), not a time
    age_before = lex.data.get("age_before")
    before = rc.text[: m.start("num")]
    if unit in ("Y", "M") and age_before and re.search(str(age_before), before):
        return None  # "im Alter von 83 Jahren", "bis zum Alter von zwei Monaten": an age
    age_with = lex.data.get("age_with")
    if (
        unit == "Y"
        and age_with
        and re.search(str(age_with), before)
        and not _next_word(rc.text, m.end())[:1].isupper()
    ):
        return None  # "mit 52 Jahren der älteste Trainer" (session 16), not "mit drei Jahren Haft"
    role = role or lex.lookup("durprep", _g(m, "durprep")) or "duration"
    mod = lex.lookup("qual", _g(m, "qual"))
    unit = str(unit)
    if role == "ahead" and mod == "LESS_THAN" and lex.data.get("ahead_less_than_is_duration"):
        role = "duration"  # "two crashes in less than five months" (English, session 10)
    if role == "ahead" and (unit == "S" or amount != int(amount)):
        # "gewann in 9,79 Sekunden", "in 3,5 Minuten": a time taken, not a moment ahead
        role = "duration"
    if role in ("ago", "ahead"):
        sign = -1 if role == "ago" else 1
        years = {"Y": 1, "DE": 10}.get(unit, 0) * amount
        far = rc.anchor is not None and not 1 <= rc.anchor.year + sign * years <= 9999
        if rc.anchor is None or unit in ("H", "MIN", "S", "CE") or far:
            # also "vor 382 Millionen Jahren": no calendar year
            return Resolved(
                "DATE", None, relative=f"offset:{_signed(sign * amount)}{unit}", mod=mod
            )
        return Resolved("DATE", shift(rc.anchor, sign * amount, unit), mod=mod)
    return Resolved("DURATION", duration_value(amount, unit), mod=mod)


@resolver("whole_unit")
def resolve_whole_unit(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 32: 'die ganze Nacht', 'den ganzen Tag', 'während des ganzen Jahres': a duration
    of one unit (P1D, P1Y …); a part of the day or a season has no fixed length (value None,
    relative ``whole:<word>``)."""
    word = m.group("wholeunit").lower()
    if word.startswith("wochenende"):
        return Resolved("DURATION", "P2D")
    unit = lex.lookup("unit", word)  # "Tag", "Tages", "Monats" … (the lexicon's units)
    if unit is not None:
        return Resolved("DURATION", f"P1{unit}")
    return Resolved("DURATION", None, relative=f"whole:{word}")


@resolver("bare_unit")
def resolve_bare_unit(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 32: a plural unit without a number ('hat Wochen gedauert', 'noch Monate', 'für
    Tage'): a vague duration (PXW, PXM …), after a particle or preposition of the pattern or
    after a verb or pronoun (``bare_unit_after``, or a lower-case word ending in -t that is not
    in ``bare_unit_not``: 'investiert Monate'; an adjective before a plural ends in -e)."""
    if _g(m, "bareprep") is None:
        prev = re.search(r"(\w+)\s+$", rc.text[: m.start()])
        if prev is None:
            return None
        word = prev.group(1)
        ok = word in lex.words("bare_unit_after") or (
            word[:1].islower() and word.endswith("t") and word not in lex.words("bare_unit_not")
        )
        if not ok:
            return None
    unit = lex.lookup("unit", m.group("bareunit").lower())
    if unit is None:
        return None
    unit = str(unit)
    direction = (_g(m, "bareafter") or _g(m, "baredir") or "").lower()
    if direction in ("zuvor", "davor", "vorher", "vor"):
        return Resolved("DATE", None, relative="anaphoric:before")
    if direction in ("später", "danach", "nach"):
        return Resolved("DATE", None, relative="anaphoric:after")
    if unit == "H":
        return Resolved("DURATION", "PTXH")
    return Resolved("DURATION", f"PX{unit}")


_FRACTIONS = {
    ("viertel", "stunde"): (15, "MIN"),
    ("dreiviertel", "stunde"): (45, "MIN"),
    ("viertel", "jahr"): (3, "M"),
    ("dreiviertel", "jahr"): (9, "M"),
}


@resolver("fraction_unit")
def resolve_fraction_unit(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """Session 32: 'nach einer Dreiviertelstunde' (PT45M), 'eine Viertelstunde' (PT15M), 'vor
    einem Dreivierteljahr' (nine months before the publication, as 'vor neun Monaten')."""
    found = _FRACTIONS.get((m.group("fracword").lower(), m.group("fracunit").lower()))
    if found is None:
        return None
    amount, unit = found
    role = lex.lookup("durprep", _g(m, "durprep"))
    if role in ("ago", "ahead"):
        sign = -1 if role == "ago" else 1
        if rc.anchor is None or unit == "MIN":
            return Resolved("DATE", None, relative=f"offset:{_signed(sign * amount)}{unit}")
        return Resolved("DATE", shift(rc.anchor, sign * amount, unit))
    return Resolved("DURATION", duration_value(amount, unit))


@resolver("every_n")
def resolve_every_n(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """Session 11: 'alle zwei Jahre', 'alle fünf Jahre' → SET P2Y (every two years), not a
    duration."""
    amount = _amount(m.group("num"), lex)
    unit = lex.lookup("unit", m.group("unit"))
    if amount is None or unit is None or amount <= 0:
        return None
    return Resolved("SET", duration_value(amount, str(unit)))


@resolver("hm_duration")
def resolve_hm_duration(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'nach 3:38 Stunden' → PT3H38M (a race or match time, hours and minutes)."""
    hours, minutes = int(m.group("hours")), int(m.group("minutes"))
    if hours == 0 and minutes == 0:
        return None
    return Resolved("DURATION", f"PT{hours}H{minutes}M" if minutes else f"PT{hours}H")


@resolver("duration_range")
def resolve_duration_range(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """'drei bis fünf Jahre', 'zwischen zwei und vier Wochen': one duration whose value is the
    lower end (mod EQUAL_OR_MORE); a range before or after now is about its farther date ("vor
    zwei bis drei Jahren", APPROX); ages are no durations."""
    low = _amount(_g(m, "low") or _g(m, "low2") or "", lex)
    high = _amount(m.group("num"), lex)
    unit = lex.lookup("unit", m.group("unit"))
    if low is None or high is None or unit is None or not 0 < low < high:
        return None
    res = _duration(m, lex, rc)
    if res is None:
        return None
    if res.type != "DURATION":  # "vor zwei bis drei Jahren": about the farther date
        return Resolved(res.type, res.value, relative=res.relative, mod="APPROX")
    return Resolved("DURATION", duration_value(low, str(unit)), mod="EQUAL_OR_MORE")


def _vague_duration(
    m: re.Match[str], lex: TimeLexicon, unit: str, role: str | None
) -> Resolved | None:
    """'vor einigen Wochen' (PAST_REF), 'in wenigen Tagen' (FUTURE_REF), 'seit mehreren
    Jahren' / 'wenige Monate' (PXY, PXM): a number nobody gave stays vague."""
    role = role or lex.lookup("durprep", _g(m, "durprep")) or "duration"
    if role == "ago":
        return Resolved("DATE", "PAST_REF")
    if role in ("ahead", "future_duration"):
        return Resolved("DATE", "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return Resolved("DURATION", f"PTX{unit[0]}")
    if unit not in ("Y", "M", "W", "D"):
        return None
    return Resolved("DURATION", f"PX{unit}")


@resolver("vagueref")
def resolve_vagueref(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    value = lex.lookup("vagueref", m.group("vagueref"))
    if value is None:
        return None
    value = str(value)
    if value.startswith("P") and not value.endswith("_REF"):  # PXY, not PAST_REF
        return Resolved("DURATION", value)
    return Resolved("DATE", value)


_NEXT_WORD = re.compile(r"\s+(\S+)(?:\s+(\S+))?")
_PREV_WORD = re.compile(r"(\S+)\s+$")


@resolver("formerly")
def resolve_formerly(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'früher', 'einst': in former times (PAST_REF, session 16); 'früher' not as a comparative
    ('viel früher', 'zwei Jahre früher', 'früher als', 'früher oder später'), no adverb before a
    noun ('früher Produktion', 'einst Windows Phone')."""
    word = m.group("formerly").lower()
    nxt = _NEXT_WORD.match(rc.text, m.end())
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None  # before a noun: an adjective ("früher Produktion") or a former name
    if word == "früher":
        prev = _PREV_WORD.search(rc.text[: m.start()])
        if prev is not None and prev.group(1).lower() in lex.words("formerly_comparative"):
            return None
        if nxt is not None and (
            nxt.group(1) == "als" or (nxt.group(1) == "oder" and nxt.group(2) == "später")
        ):
            return None
    return Resolved("DATE", "PAST_REF")


_ANCHOR_YEAR = re.compile(r"\s+(?:19|20)\d\d(?!\d)")


@resolver("event_anchor")
def resolve_event_anchor(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'seit dem Attentat', 'seit Beginn der Flüchtlingskrise', 'im Vorfeld der Synode'
    (session 22): a time anchored to an event the text names (``anaphoric:since`` /
    ``before``, never resolved); a head noun that names a time ('seit dem Wochenende',
    'seit dem Wahltag') is left to the calendar and occasion patterns."""
    noun = (_g(m, "anchornoun") or _g(m, "forenoun") or "").lower()
    if _ANCHOR_YEAR.match(rc.text, m.end()):
        return None  # "seit den Wahlen 2014": the year dates it (the year pattern)
    ends = lex.words("anchor_time_ends")
    # "Vertrag", "Antrag": no "Tag"
    if noun and not noun.endswith("trag") and any(noun.endswith(str(w)) for w in ends):
        return None
    return Resolved(
        "DATE", None, relative=f"anaphoric:{'before' if _g(m, 'anchorfore') else 'since'}"
    )


_COMPOUND_ANCHOR = {
    "seit": "since",
    "ab": "since",
    "nach": "after",
    "vor": "before",
    "bis": "until",
}


@resolver("compound_anchor")
def resolve_compound_anchor(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """Session 32: 'seit Tagungsbeginn', 'nach Vorstellungsende', 'vor Reiseantritt': the start
    or end of an event in one word (``anaphoric:since`` / ``after`` / ``before`` / ``until``);
    the calendar's own ('seit Jahresbeginn', 'bis Saisonende') are left to their patterns."""
    word = m.group("compword").lower()
    if word.startswith(lex.calendar_compound_stems) or lex.lookup("unitpart", word) is not None:
        return None
    if re.search(r"[aeiouäöü]sende$", word):
        return None  # "nach Reisende", "Weisende": a person (participle), no end
    direction = _COMPOUND_ANCHOR.get(m.group("compprep").lower())
    if direction is None:
        return None
    return Resolved("DATE", None, relative=f"anaphoric:{direction}")


@resolver("occasion")
def resolve_occasion(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'am Wahlabend', 'bis zum Parteitag', 'zur Jahrtausendwende' (session 16): a day the
    text's occasion dates (unresolved), not a weekday, holiday or part of a day (their own
    patterns) nor an assembly ('zum Landtag')."""
    word = m.group("occday").lower()
    if word in lex.words("occasion_not") or lex.lookup("holiday", word) is not None:
        return None
    if any(word.startswith(str(w)) for w in lex.section("weekday")):
        return None
    if word.endswith("wende"):
        return Resolved("DATE", None, relative="anaphoric:then")
    prep = " ".join(m.group("occprep").lower().split())
    where = {"seit dem": "since", "seit der": "since", "bis zum": "until", "bis zur": "until"}
    where |= {"vor dem": "before", "nach dem": "after"}
    return Resolved("DATE", None, relative=f"anaphoric:{where.get(prep, 'then')}")


@resolver("anaphoric_offset")
def resolve_anaphoric_offset(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """'drei Tage zuvor', 'ein Jahr später', 'wenige Wochen danach': an offset from a time the
    text told before, not from the publication date (unresolved: ``anaphoric:-3D``)."""
    unit = lex.lookup("unit", m.group("unit"))
    direction = lex.lookup("anadir", m.group("anadir"))
    if unit is None or direction is None:
        return None
    num = m.group("num")
    amount = _amount(num, lex)
    if amount is None:
        if num.lower() not in lex.words("vague_numbers"):
            return None
        return Resolved(
            "DATE", None, relative=f"anaphoric:{'after' if direction > 0 else 'before'}"
        )
    if amount <= 0:
        return None
    mod = lex.lookup("qual", _g(m, "qual"))
    return Resolved(
        "DATE", None, relative=f"anaphoric:{_signed(int(direction) * amount)}{unit}", mod=mod
    )


@resolver("event_offset")
def resolve_event_offset(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'vier Tage vor der Wahl' → ``anaphoric:-4D``, 'am Tag nach dem Anschlag' → ``+1D``,
    'wenige Wochen nach der Wahl' → ``anaphoric:after``: relative to the named event."""
    sign = -1 if m.group("evdir").lower() == "vor" else 1
    if _g(m, "unit1"):
        return Resolved("DATE", None, relative=f"anaphoric:{sign:+d}D")
    unit = lex.lookup("unit", m.group("unit"))
    num = m.group("num")
    amount = _amount(num, lex)
    if unit is None:
        return None
    if sign < 0 and unit in ("S", "MIN"):
        noun = m.group("evnoun").lower()
        if noun not in lex.words("short_offset_events"):
            return None  # "18,7 Sekunden vor dem Japaner": a lead, not a time
    if amount is None:
        if num.lower() not in lex.words("vague_numbers"):
            return None
        return Resolved("DATE", None, relative=f"anaphoric:{'after' if sign > 0 else 'before'}")
    if amount <= 0:
        return None
    mod = lex.lookup("qual", _g(m, "qual"))
    return Resolved("DATE", None, relative=f"anaphoric:{_signed(sign * amount)}{unit}", mod=mod)


@resolver("holiday")
def resolve_holiday(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'zu Weihnachten' → the most recent 25 December (the next in a future sentence),
    'Ostern 2016' → 2016-03-27; a holiday of another calendar (*Ramadan*) stays relative."""
    from newsgraph.times.calendar import holiday_date

    spec = lex.lookup("holiday", m.group("holiday"))
    if spec is None:
        return None
    spec, mod = str(spec), _prep_mod(m, lex)
    year = _year(_g(m, "year"))
    pod = _pod(m, lex)  # session 19: "Silvesternacht", "Neujahrsmorgen"
    typ, suffix = ("TIME", f"T{pod}") if pod else ("DATE", "")
    if holiday_date(spec, 2000) is None:
        return Resolved(typ, None, relative=f"holiday:{spec}{suffix}", mod=mod)
    if year is not None:
        d = holiday_date(spec, year)
        return None if d is None else Resolved(typ, iso(d) + suffix, mod=mod)
    if rc.anchor is None:
        return Resolved(typ, None, relative=f"holiday:{spec}{suffix}", mod=mod)
    this = holiday_date(spec, rc.anchor.year)
    if this is None:
        return None
    if rc.future and this < rc.anchor:
        this = holiday_date(spec, rc.anchor.year + 1)
    elif not rc.future and this > rc.anchor:
        this = holiday_date(spec, rc.anchor.year - 1)
    return None if this is None else Resolved(typ, iso(this) + suffix, mod=mod)


@resolver("midpart")
def resolve_midpart(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'mid-2021' → 2021 MID, 'mid-November' → the month, MID (English)."""
    if _g(m, "year") is not None:
        return resolve_year(m, lex, rc)
    return resolve_month(m, lex, rc)


@resolver("century")
def resolve_century(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'im 17. Jahrhundert' → 16 (TIMEX3: the years 1600-1699), 'Anfang des 20. Jahrhunderts'."""
    n = int(m.group("century"))
    if not 1 <= n <= 21:
        return None
    return Resolved("DATE", f"{n - 1:02d}", mod=_prep_mod(m, lex))


@resolver("anaphoric")
def resolve_anaphoric(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    value = lex.lookup("anaphoric", m.group("anaphoric"))
    if value is None:
        return None
    return Resolved("DATE", None, relative=f"anaphoric:{value}")


@resolver("demonstrative")
def resolve_demonstrative(
    m: re.Match[str], lex: TimeLexicon, rc: ResolveContext
) -> Resolved | None:
    """'an diesem Tag', 'während dieser Jahre': a time the text told before (session 11 round
    2); 'seit'/'bis zu' keep their direction."""
    prep = " ".join(m.group("demprep").lower().split())
    where = {"seit": "since", "ab": "since", "bis zu": "until", "vor": "before", "nach": "after"}
    return Resolved("DATE", None, relative=f"anaphoric:{where.get(prep, 'then')}")


def _in_name(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> bool:
    """English (session 10, ``present_in_names``): a capitalised word after a capitalised
    word inside a sentence is part of a name ("Sony Now", "the People's Daily", "Motor Cycle
    Monthly")."""
    if not (lex.data.get("present_in_names") and m.group(0)[:1].isupper()):
        return False
    before = re.search(r"(\S+)\s+$", rc.text[: m.start()])
    return before is not None and before.group(1)[:1].isupper() and before.group(1)[-1:].isalpha()


@resolver("present")
def resolve_present(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    if _in_name(m, lex, rc):
        return None  # "Sony Now", "USA TODAY": a name
    genitive = lex.data.get("present_genitive")
    if (
        genitive
        and " ".join(m.group(0).lower().split()) in lex.words("present_not_before_genitive")
        and re.match(str(genitive), rc.text[m.end() :])
    ):
        return None  # "im Moment des Triumphs": the moment of an event, not the present
    if rc.anchor is None:
        return Resolved("DATE", None, relative="present")
    return Resolved("DATE", iso(rc.anchor), deictic=True)


@resolver("set")
def resolve_set(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    value = lex.lookup("setword", m.group("setword"))
    if value is None or _in_name(m, lex, rc):
        return None  # "the People's Daily", "New York Daily News": a name
    before = re.search(r"([\w/²]+)\s+$", rc.text[: m.start()])
    speed = str(value).startswith("PT")  # "pro Stunde"; "Tonnen pro Jahr" stays a set
    if speed and before and before.group(1).lower() in _measure_words(lex.language):
        return None  # "250 Kilometer pro Stunde": a unit of speed, not a recurring time
    return Resolved("SET", str(value))


@resolver("frequency")
def resolve_frequency(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'immer wieder', 'regelmäßig' (session 22): how often, with no period (``set:often``)."""
    value = lex.lookup("frequency", m.group("frequency"))
    if value is None:
        return None
    return Resolved("SET", None, relative=f"set:{value}")


@resolver("pod_phrase")
def resolve_pod_phrase(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    """'abends', 'im Lauf des Abends', 'in den späten Abendstunden', 'zu Mittag' (session 11
    round 2): a part of a day the text does not name."""
    if _g(m, "noon"):
        pod = "MI"
    else:
        pod = (
            lex.lookup("podadv", _g(m, "podadv"))
            or lex.lookup("pod", _g(m, "pod"))
            or lex.lookup("pod", _g(m, "pod2"))
        )
    if pod is None:
        return None
    return Resolved("TIME", None, relative=f"pod:{pod}")


@resolver("pod")
def resolve_pod(m: re.Match[str], lex: TimeLexicon, rc: ResolveContext) -> Resolved | None:
    pod = _pod(m, lex)
    if pod is None:
        return None
    return Resolved("TIME", None, relative=f"pod:{pod}")


__all__ = ["RESOLVERS", "ResolveContext", "Resolved", "add_months"]
