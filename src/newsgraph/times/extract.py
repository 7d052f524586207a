"""Finding time expressions in text and normalising them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import pairwise

from newsgraph.caching import bounded
from newsgraph.model import Article, TimeExpression
from newsgraph.times.patterns import TimeLexicon, gated_patterns, time_lexicon
from newsgraph.times.resolve import RESOLVERS, ResolveContext, Resolved
from newsgraph.times.sentences import split_sentences

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_anchor(published: str | date | None) -> date | None:
    """The publication date of an ISO date or date-time string (None if missing or malformed)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def _is_future(sentence: str, lex: TimeLexicon) -> bool:
    cues = lex.words("future_cues")
    return any(w.lower() in cues for w in re.findall(r"\w+", sentence))


_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s|\s(?:that|dass)\s")


@dataclass(frozen=True)
class _Tense:
    future: bool  # the clause's, else the sentence's future (weekdays, months, seasons)
    past: bool  # a past cue and no future cue in the clause
    sure_future: bool  # a future cue and no past cue in the clause (dates without a year)


def _cue_kind(word: str, lex: TimeLexicon) -> str | None:
    """'future' or 'past' for a tense cue word (lower case), else None. Past: the listed
    verbs, the passive participle *worden* and preterites of *-ieren* verbs (``past_patterns``:
    *kritisierte*, *informierte*). Kept per lexicon and word (every word of every sentence is
    asked, and the past patterns are tried on each)."""
    kinds = lex.cue_kinds
    if word in kinds:
        return kinds[word]
    kind: str | None = None
    if word in lex.words("future_cues"):
        kind = "future"
    elif word in lex.words("past_cues") or any(p.fullmatch(word) for p in _past_patterns(lex)):
        kind = "past"
    bounded(kinds)[word] = kind
    return kind


def _past_patterns(lex: TimeLexicon) -> list[re.Pattern[str]]:
    cached = _PAST_PATTERNS.get(id(lex))
    if cached is None:
        cached = [re.compile(str(p)) for p in lex.data.get("past_patterns", [])]
        _PAST_PATTERNS[id(lex)] = cached
    return cached


_PAST_PATTERNS: dict[int, list[re.Pattern[str]]] = {}


def _perfect(words: list[str], lex: TimeLexicon) -> bool:
    """A perfect or pluperfect in the clause: an auxiliary (``perfect_aux``: hat, ist, sei,
    habe …) with a past participle (``participle_pattern``: *gesagt*, *angekündigt*,
    *geschlüpft*; the infinitives in ``participle_not`` excluded)."""
    aux = lex.words("perfect_aux")
    if not aux or not any(w.lower() in aux for w in words):
        return False
    pattern = lex.data.get("participle_pattern")
    if not pattern:
        return False
    rx = _participle_rx(str(pattern))
    stop = lex.words("participle_not")
    # participles are written in lower case (nouns such as "Gebiet", "Angebot" are not)
    return any(w[:1].islower() and rx.fullmatch(w) and w not in stop for w in words)


_PARTICIPLE_RX: dict[str, re.Pattern[str]] = {}


def _participle_rx(pattern: str) -> re.Pattern[str]:
    rx = _PARTICIPLE_RX.get(pattern)
    if rx is None:
        rx = _PARTICIPLE_RX[pattern] = re.compile(pattern)
    return rx


_PRESENT_PARTICIPLE = re.compile(r"\s+[a-zäöüß]{3,}end(?:e|en|er|es|em)\b")


def _sentence_cues(sentence: str, lex: TimeLexicon) -> list[tuple[int, str]]:
    """(position, 'future' | 'past') of the tense cue words of a sentence."""
    out = []
    for m in re.finditer(r"\w+", sentence):
        kind = _cue_kind(m.group().lower(), lex)
        if kind:
            out.append((m.start(), kind))
    return out


def _clause_tense(
    sentence: str,
    start: int,
    end: int,
    lex: TimeLexicon,
    cues: list[tuple[int, str]],
    breaks: list[int],
) -> _Tense:
    """The tense of the clause around a time expression. "Der Minister sagte am Dienstag, die
    Gespräche würden nächste Woche fortgesetzt": the future of the reported clause does not make
    the day of saying next Tuesday. A future cue in the clause makes it future, a past cue
    (``past_cues``: sagte, erklärte, war …, a perfect: *sind … geschlüpft*) past; a clause with
    neither (an apposition: "…, betonte die Chefin, Vera K., am Sonntag in einer
    Aussendung") takes the nearest cue of the sentence. A date without a year only follows
    cues of its own clause, and only unmixed ones ("canceled an increase planned for Oct. 15"
    stays the nearest 15 October)."""
    first = sentence[start:end].split(None, 1)[0].lower() if sentence[start:end].strip() else ""
    if (
        first in lex.words("since_words")
        or (
            first in lex.words("dated_words")
            and not re.match(r"\s+bis\b", sentence[end:])
            # session 11: nor a range read as one expression ("vom 6. bis zum 8. Juni", "vom
            # 20.–23. Juni"): its clause decides
            and not re.search(r"\s+bis\s|\d\.?\s*[–-]\s*\d", sentence[start:end])
        )
    ):
        # "seit März" lies before now whatever the clause says; "die Beschlüsse vom Montag"
        # date a thing that exists (not "von Montag bis Freitag")
        return _Tense(future=False, past=True, sure_future=False)
    if _PRESENT_PARTICIPLE.match(sentence, end) and not sentence[start:end].lower().startswith(
        "seit"
    ):
        # "des am 30. Juni auslaufenden Programms": the time belongs to the participle, not to
        # the tense of the clause around it; an ongoing or coming time (the next such month)
        return _Tense(future=True, past=False, sure_future=False)
    lo = max((b for b in breaks if b < start), default=-1) + 1
    hi = min((b for b in breaks if b >= end), default=len(sentence))
    cased = re.findall(r"\w+", sentence[lo:start] + " " + sentence[end:hi])
    kinds = {_cue_kind(w.lower(), lex) for w in cased}
    fut = "future" in kinds
    past = "past" in kinds or (not fut and _perfect(cased, lex))
    weak = lex.words("weak_future_cues")
    if fut and "past" in kinds and weak:
        # English (session 10): "Smith in October revealed lofty plans": a future cue that is
        # often a noun or an adjective gives way to a past verb of the clause
        futures = {w.lower() for w in cased if _cue_kind(w.lower(), lex) == "future"}
        if futures <= weak:
            fut = False
    ahead = lex.words("present_ahead")
    possessive = re.match(r"['’]s\b", sentence[end:]) is not None  # "Monday's announcement"
    if not fut and not past and not possessive and ahead and any(w.lower() in ahead for w in cased):
        # English (session 10): "The Gophers play Saturday": a present of a scheduled event
        return _Tense(future=True, past=False, sure_future=False)
    if not fut and not past and cues:
        _, nearest = min(cues, key=lambda c: abs(c[0] - start) if c[0] < start else c[0] - end)
        return _Tense(future=nearest == "future", past=False, sure_future=False)
    return _Tense(future=fut, past=past and not fut, sure_future=fut and not past)


def _verb_tense(tense: _Tense, verb: str | None) -> _Tense:
    """The clause's tense corrected by the tense of the verb the weekday hangs on: a present
    (no past cue in the clause) points ahead, a past (no future cue) back; "seit"/"vom"
    readings and cue words of the clause itself are kept."""
    if verb == "present" and not tense.past:
        return _Tense(future=True, past=False, sure_future=tense.sure_future)
    if verb == "past" and not tense.sure_future:
        return _Tense(future=False, past=True, sure_future=False)
    return tense


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _date_tense(tense: _Tense, verb: str | None) -> _Tense:
    """A day date without a year ("am 7. Juli") follows the verb it hangs on: a present
    ("der am 7. Juli beginnt") the next such day, a past one the last (session 10)."""
    if verb == "present" and not tense.past:
        return _Tense(future=True, past=False, sure_future=True)
    if verb == "past" and not tense.sure_future:
        return _Tense(future=False, past=True, sure_future=False)
    return tense


def find_times_in_sentence(
    sentence: str,
    *,
    language: str | None,
    published: str | date | None,
    offset: int = 0,
    gated: bool = True,
    tenses: Mapping[int, str] | None = None,
) -> list[TimeExpression]:
    """Time expressions of one sentence; offsets are shifted by ``offset``.

    ``tenses``: where the sentence was parsed, the tense of the finite verb each weekday word
    hangs on (sentence offset → 'present' | 'past', :func:`~newsgraph.times.syntax.
    governing_tenses`): a present-tense weekday lies ahead, a past one behind.

    ``gated``: run only the patterns whose gate (a cheap necessary condition, see
    :class:`~newsgraph.times.patterns.TimePattern`) holds; False runs every pattern, the
    reference the gates are checked against (same output, ``bench/times_amounts.py``).
    """
    lex = time_lexicon(language)
    patterns = gated_patterns(lex, sentence.lower()) if gated else list(lex.patterns)
    if not patterns:
        return []
    rc = ResolveContext(
        anchor=parse_anchor(published), future=_is_future(sentence, lex), text=sentence
    )
    candidates: list[tuple[int, int, Resolved]] = []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]  # clause ends, for the tense
    cues = _sentence_cues(sentence, lex)
    for pattern in patterns:
        resolve = RESOLVERS[pattern.resolve]
        for m in pattern.regex.finditer(sentence):
            if m.end() <= m.start():
                continue
            tense = _clause_tense(sentence, m.start(), m.end(), lex, cues, breaks)
            if tenses and "weekday" in pattern.regex.groupindex and m.group("weekday"):
                tense = _verb_tense(tense, tenses.get(m.start("weekday")))
            elif tenses and pattern.resolve == "date" and _group(m, "month"):
                tense = _date_tense(tense, tenses.get(m.start("month")))
            res = resolve(
                m,
                lex,
                replace(rc, future=tense.future, past=tense.past, sure_future=tense.sure_future),
            )
            if res is None:
                continue
            if res.type == "DATE" and pattern.type in ("TIME", "SET", "DURATION"):
                pass  # the resolver decides the type (e.g. "vor drei Jahren" is a DATE)
            if _publication_title(sentence, m.start(), lex):
                continue
            candidates.append((m.start(), m.end(), res))
    chosen = _longest_first(candidates)
    _anchor_times(chosen)
    _pair_months(chosen, sentence)
    return [
        TimeExpression(
            text=sentence[s:e],
            start=offset + s,
            end=offset + e,
            type=res.type,  # type: ignore[arg-type]
            value=res.value,
            relative=res.relative if res.value is None else None,
            mod=res.mod,
        )
        for s, e, res in chosen
    ]


_WORD_BEFORE = re.compile(r"(?:\b(\w+)\s+)?[„“\"»«]?(\w+)[\s„“\"»«]*$")
#: articles before a head word that make it a common noun ("das Bild am Sonntag": the picture)
_NEUTER_ARTICLES = frozenset({"das", "ein", "dieses", "jedes"})


def _publication_title(sentence: str, start: int, lex: TimeLexicon) -> bool:
    """ "der Bild am Sonntag": "am Sonntag" right after a newspaper's name is its title."""
    end = start + len("am sonntag")
    if sentence[start:end].lower() != "am sonntag" or sentence[end : end + 1].isalpha():
        return False
    m = _WORD_BEFORE.search(sentence, 0, start)
    if m is None or m.group(2).lower() not in lex.words("publication_heads"):
        return False
    return (m.group(1) or "").lower() not in _NEUTER_ARTICLES


def _longest_first(cands: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    chosen: list[tuple[int, int, Resolved]] = []
    for s, e, res in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, res))
    return sorted(chosen, key=lambda c: c[0])


_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")
_REL_DAY = re.compile(r"date:XXXX-(\d\d-\d\d)$")
_REL_MONTH = re.compile(r"month:(\d\d)$")
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")
_GAP_ARTICLE = re.compile(r"\s+(?:dem|den|zum)$")
_PAIR_WORDS = frozenset({"und", "oder", "sowie", "bis", "-", "–", "and", "or", "to"})


def _pair_months(chosen: list[tuple[int, int, Resolved]], sentence: str) -> None:
    """Two months in a pair ("im Juli und August", "für April bis Juni", "Juli und August
    2015") lie in one stretch of time: the month without a year takes the other's, the second
    month following the first (each was resolved on its own to its most recent occurrence)."""
    for (s1, e1, r1), (s2, e2, r2) in pairwise(chosen):
        # session 34: an article after the pair word ("zwischen 1. Jänner und dem 30. März 2016")
        gap = _GAP_ARTICLE.sub("", sentence[e1:s2].strip().lower())
        second = sentence[s2:e2]
        if gap not in _PAIR_WORDS and not (not gap and second.lower().startswith("bis ")):
            continue
        m2 = _MONTH_VALUE.match(r2.value or "")
        rel1 = _REL_MONTH.match(r1.relative or "") if r1.value is None else None
        if rel1 is not None and m2 is not None:
            # no publication date: the first month takes the year the second one tells ("im
            # April und Mai 2015" → 2015-04, "Von Februar bis September 2014" → 2014-02)
            y2, mo2, mo1 = int(m2.group(1)), int(m2.group(2)), int(rel1.group(1))
            r1.value, r1.relative = f"{y2 - (mo1 > mo2):04d}-{mo1:02d}", None
            continue
        m1 = _MONTH_VALUE.match(r1.value or "")
        if m1 is None or m2 is None:
            _pair_days(r1, r2, sentence[s1:e1], second)
            continue
        y1, mo1, y2, mo2 = int(m1.group(1)), int(m1.group(2)), int(m2.group(1)), int(m2.group(2))
        year1, year2 = _YEAR_IN.search(sentence[s1:e1]), _YEAR_IN.search(second)
        if year2 is None:
            r2.value = f"{y1 + (mo2 < mo1):04d}-{mo2:02d}"
        elif year1 is None:
            r1.value = f"{y2 - (mo1 > mo2):04d}-{mo1:02d}"


def _pair_days(r1: Resolved, r2: Resolved, first: str, second: str) -> None:
    """Two days in a pair ("30. Jänner bis 3. April", "vom 23. April bis 26. Juni"): the day
    without a year takes the other's, the second following the first (each was resolved on
    its own to the nearest such day)."""
    rel1 = _REL_DAY.match(r1.relative or "") if r1.value is None else None
    if rel1 is not None and r2.value and _FULL_DATE.match(r2.value) and _YEAR_IN.search(second):
        # no publication date: "vom 23. April bis 26. Juni 2016" → the first day takes the year
        y2, md1 = int(r2.value[:4]), rel1.group(1)
        r1.value, r1.relative = f"{y2 - (md1 > r2.value[5:]):04d}-{md1}", None
        return
    if not (r1.value and r2.value and _FULL_DATE.match(r1.value) and _FULL_DATE.match(r2.value)):
        return
    if not (re.search(r"\d", first) and re.search(r"\d", second)):
        return  # weekdays ("von Montag bis Freitag") are a week's days, no pair of dates
    y1, md1 = int(r1.value[:4]), r1.value[5:]
    y2, md2 = int(r2.value[:4]), r2.value[5:]
    year1, year2 = _YEAR_IN.search(first), _YEAR_IN.search(second)
    if year2 is None:
        r2.value = f"{y1 + (md2 < md1):04d}-{md2}"
    elif year1 is None:
        r1.value = f"{y2 - (md1 > md2):04d}-{md1}"


def _anchor_times(chosen: list[tuple[int, int, Resolved]]) -> None:
    """Clock times and parts of day take the full date of their sentence, if it has one."""
    dates = [
        r.value for _, _, r in chosen if r.value and _FULL_DATE.match(r.value) and not r.deictic
    ]
    if len(set(dates)) != 1:
        return
    day = dates[0]
    for _, _, res in chosen:
        if res.type != "TIME":
            continue
        if res.value and res.value.startswith("T"):
            res.value = day + res.value
        elif res.value is None and res.relative and res.relative.startswith("pod:"):
            res.value = f"{day}T{res.relative[4:]}"
            res.relative = None


def find_times(
    text: str,
    *,
    language: str | None = "de",
    published: str | date | None = None,
    offset: int = 0,
) -> list[TimeExpression]:
    """Time expressions of a text, sentence by sentence (offsets shifted by ``offset``)."""
    out: list[TimeExpression] = []
    for start, end in split_sentences(text):
        out.extend(
            find_times_in_sentence(
                text[start:end], language=language, published=published, offset=offset + start
            )
        )
    return out


def signoff_times(article: Article) -> list[TimeExpression]:
    """The dates of the article's sign-off ("(APA, 4.9.2015)", a ``byline`` boilerplate block):
    a time expression of the text, though no sentence of the body; also a sign-off of a date
    alone ("(7.8.2015)", a ``date`` block in brackets: session 19); other boilerplate (a page's
    date line) is never read."""
    out: list[TimeExpression] = []
    for block in article.blocks:
        if block.type != "boilerplate":
            continue
        if block.reason != "byline" and not (block.reason == "date" and block.text[:1] == "("):
            continue
        # one line: read whole, not split after "8.8." ("(APA/red – 8.8. 2015)")
        found = find_times_in_sentence(
            block.text,
            language=article.language,
            published=article.published,
            offset=block.start,
        )
        out.extend(t for t in found if t.type == "DATE" and t.value)
    return out
