"""Finding amounts: money, percentages, measures and counts with their nouns.

Everything language-specific (currencies, scale words, units, qualifiers, number words) comes
from ``newsgraph/data/amounts/*.yaml``; this module only assembles the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsgraph.amounts.elliptic import elliptic_counts, word_ages
from newsgraph.amounts.lexicon import alternation, lang_key, load_yaml
from newsgraph.amounts.numbers import (
    is_article_form,
    number_word_regex,
    parse_digits,
    parse_number_word,
    vague_number,
)
from newsgraph.model import Amount

# thousands groups: "1.000", "1,000", thin or no-break spaces, and a plain space when a group of
# exactly three digits follows and no further digits ("14 000 Menschen"; not "059 133 60 3333")
_DIGITS = (
    r"[1-9]\d{0,2}(?:[ ]\d{3}(?![\d]|[.,]\d))+(?:[.,]\d+)?(?![ ]\d)"
    r"|\d{1,3}(?:[.,\u202f\u00a0']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
# English writes no plain space between thousands groups: "roughly 400 737 Max jets" is 400 jets
# of the 737 (``space_groups: false``)
_DIGITS_NO_SPACE = r"\d{1,3}(?:[,\u202f\u00a0']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD = r"[A-Za-zÄÖÜäöüß]+(?:-[a-z]+)?"
_HAS_DIGIT = re.compile(r"\d")
# a bare number with thousands groups ("70.000"; English "70,000") counts something even without
# its noun
_GROUPED = {
    "de": re.compile(r"\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+"),
    "en": re.compile(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+"),
}


@dataclass(frozen=True)
class AmountLexicon:
    language: str
    data: dict[str, Any]
    prefix_money: re.Pattern[str]
    number_first: re.Pattern[str]
    times_word: re.Pattern[str]
    age: re.Pattern[str]
    # strings one of which a sentence (lower-cased) must hold for a pattern to match there
    money_gate: tuple[str, ...] = ()
    times_gate: tuple[str, ...] = ()
    age_gate: tuple[str, ...] = ()
    # "3.000 bis 4.000 Euro": a bare number followed by a range word
    range_first: re.Pattern[str] | None = None
    # "Tempo 130": a word for the unit before the number
    prefix_unit: re.Pattern[str] | None = None
    prefix_unit_gate: tuple[str, ...] = ()
    # "zwölf der 16 Arten", "vier von fünf Ländern": a number before a part-of link
    part_first: re.Pattern[str] | None = None
    # "zwölffache", "um das 14-fache": a multiplicative (``fold_suffix``)
    fold_word: re.Pattern[str] | None = None
    # the word sets of :meth:`wordset`, each built once
    _wordsets: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def lookup(self, section: str, word: str | None) -> Any:
        if word is None:
            return None
        values = self.data.get(section) or {}
        key = " ".join(word.split())
        if isinstance(values, dict):
            if key in values:
                return values[key]
            for k, v in values.items():
                if str(k).lower() == key.lower():
                    return v
            return None
        return key if key.upper() in {str(v).upper() for v in values} else None

    @property
    def fold_gate(self) -> tuple[str, ...]:
        return (str(self.data.get("fold_suffix") or "").lower(),)

    @property
    def share_gate(self) -> tuple[str, ...]:
        words = [*(self.data.get("share_half") or []), *(self.data.get("share_each") or [])]
        return tuple(str(w).lower() for w in words)

    def wordset(self, section: str) -> frozenset[str]:
        """The words of a list section, lower-cased (built on the first call, then kept: the
        rules ask per candidate and per sentence)."""
        words = self._wordsets.get(section)
        if words is None:
            words = frozenset(str(w).lower() for w in self.data.get(section) or [])
            self._wordsets[section] = words
        return words


def _alt(data: dict[str, Any], *sections: str) -> str:
    words: list[str] = []
    for sec in sections:
        values = data.get(sec) or []
        words.extend(str(k) for k in (values.keys() if isinstance(values, dict) else values))
    return alternation(words).replace(r"\ ", r"\s+") or "(?!)"


def _end(word_alt: str) -> str:
    """An alternation that must end at a word end unless its item ends in a symbol."""
    return rf"(?:{word_alt})(?:(?<=\w)(?!\w)|(?<!\w))"


@cache
def amount_lexicon(language: str | None) -> AmountLexicon:
    key = lang_key(language)
    data = load_yaml("amounts", f"{key}.yaml")
    digits = _DIGITS if data.get("space_groups", True) else _DIGITS_NO_SPACE
    qual = rf"(?:(?P<qual>\b(?i:{_alt(data, 'qualifiers')}))\s+)?"
    cursym = _alt(data, "currency_symbols")
    curcode = _alt(data, "currency_codes")
    curword = _alt(data, "currency_words")
    scales = _alt(data, "scales")
    suffixes = _alt(data, "scale_suffixes")
    percent = _alt(data, "percent")
    units = _alt(data, "units")
    # German: also a noun of persons by their age ("zwei 17-Jährige", session 10)
    noun = r"(?:\d{1,3}-)?[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*" if key == "de" else r"[a-z][a-z-]+"
    if data.get("capitalised_plurals"):
        # English (session 10): a capitalised plural of people is a counted noun too ("10
        # Democrats", "three Americans", "450 Dreamers"); not "10 Things", "Destiny 2 Runs"
        endings = alternation([str(e) for e in data["capitalised_plurals"]])
        noun = rf"(?:{noun}|[A-Z][a-z]+(?:{endings})(?![\w'’-]))"
    adj_stop = _alt(data, "adj_stop")
    adj = (
        rf"(?!(?:{adj_stop})\b)[a-zäöüß]+(?:e|en|er|es|em)"
        if key == "de"
        else rf"\b(?:{_alt(data, 'adjectives')})"
    )
    numword = number_word_regex(key)
    if key == "de":
        # session 10: a word before the adjective, an adverb or a second adjective ("33 leicht
        # verletzten Flüchtlingen", "die drei größten ukrainischen Banken")
        first_stop = _alt(data, "adj_stop", "adj_first_stop")
        adj = rf"(?:(?!(?:{first_stop}|{numword})\b)[a-zäöüß]{{3,}}\s)?{adj}"
    prefix_money = re.compile(
        qual
        + rf"(?P<cur1>(?:{cursym})|\b(?:{curcode})\b)\s?(?P<num>{digits})"
        + rf"(?:\s?(?P<scale>\b{_end(scales)})|(?P<suffix>{_end(suffixes)}))?",
        re.IGNORECASE,
    )
    # "a third of the votes": where a fraction word has other senses ("a third term") it counts
    # only before this link
    link = data.get("fraction_link")
    frac_link = rf"(?=\s+{re.escape(str(link))}\b)" if link else ""
    frac_sep = r"[\s-]" if data.get("fraction_hyphen") else r"\s"  # "two-thirds of"
    # "a 55-kilometer zone", "20-inch wheels", "80-percent"
    unit_sep = r"[\s-]" if data.get("unit_hyphen") else r"\s"
    # session 15: German compounds of a number and its unit ("die 20-Dollar-Note", "die
    # Zehn-Prozent-Hürde", "ein 130-kg-Koloss"); not a one-letter unit after the hyphen ("5-G")
    compound_sep = r"\s|-(?=\w\w)" if data.get("compound_hyphen") else r"\s"
    cur_sep = rf"(?:{compound_sep})?"
    number_first = re.compile(
        qual
        + rf"(?<![\w.,])(?P<num>{digits}|(?i:{numword}))(?![\w]|[.,]\d)"
        + rf"(?:\s?(?P<scale>(?i:{_end(scales)})))?"
        + r"(?:"
        + rf"{cur_sep}(?P<cur2>(?i:{_end(curword)})|(?:{cursym})|\b(?:{curcode})\b)"
        + rf"|(?:{unit_sep}|{compound_sep})?(?P<pct>(?i:{_end(percent)}))"
        + rf"|(?:{unit_sep}|{compound_sep})(?P<unit>(?i:{_end(units)}))"
        # not the first part of a compound ("eine Zehntel-Sekunde" is a tenth of a second)
        + rf"|{frac_sep}(?P<frac>(?i:{_end(_alt(data, 'fractions'))}))(?!-\w){frac_link}"
        + rf"|\s(?:(?P<part>(?i:{_alt(data, 'partitive', 'vague_partitive')}))\s)?"
        + rf"(?:(?i:{_alt(data, 'count_extras')})\s)?(?:(?P<adj>{adj})\s)?(?P<noun>{noun})(?!\w)"
        + r")?",
    )
    times_word = re.compile(rf"\b(?P<num>{_WORD})mal\b" if key == "de" else r"(?!)", re.IGNORECASE)
    # session 15: a multiplicative in "-fach" ("der zwölffache Meister", "um das 14-fache", "des
    # 27-fachen Cupsiegers"): the number it multiplies by (not "einfach", "mehrfach")
    fold_suffix = str(data.get("fold_suffix") or "")
    fold_word = (
        re.compile(
            rf"(?<![\w.,])(?P<num>\d{{1,4}}-?|(?i:{numword}))(?i:{re.escape(fold_suffix)})"
            r"(?:e|en|er|es|em)?(?!\w)"
        )
        if fold_suffix
        else None
    )
    age_stem = str(data.get("age_stem") or "")
    age = re.compile(
        rf"(?<![\w.,])(?P<num>\d{{1,3}})-(?i:{re.escape(age_stem)})(?:e|en|er|es|em)?(?!\w)"
        if age_stem
        else r"(?!)"
    )
    money_gate = tuple(
        str(w).lower()
        for sec in ("currency_symbols", "currency_codes")
        for w in (data.get(sec) or [])
    )
    # session 35: the words of a pair ("0,5 statt 0,4 Prozent", "60 beziehungsweise 46 Prozent")
    # join like range words; the first number takes the second's unit (:func:`_range_starts`)
    range_words = [
        str(w) for w in [*(data.get("range_words") or []), *(data.get("pair_words") or [])]
    ]
    words_alt = alternation([w for w in range_words if w[:1].isalpha()])
    signs_alt = alternation([w for w in range_words if not w[:1].isalpha()])
    seps = [rf"\s+(?:{words_alt})\s+"] if words_alt else []
    seps += [rf"\s*(?:{signs_alt})\s*"] if signs_alt else []
    range_first = (
        re.compile(
            rf"(?<![\w.,])(?P<num>{digits}|(?i:{numword}))(?![\w]|[.,]\d)(?:{'|'.join(seps)})"
        )
        if seps
        else None
    )
    prefix_units = _alt(data, "prefix_units")
    prefix_unit = (
        re.compile(rf"\b(?P<pre>{prefix_units})\s+(?P<num>{digits})(?![\w]|[.,]\d)")
        if data.get("prefix_units")
        else None
    )
    prefix_unit_gate = tuple(str(w).lower() for w in data.get("prefix_units") or [])
    part_links = [str(w) for w in data.get("part_links") or []]
    part_adjectives = alternation([str(w) for w in data.get("part_adjectives") or []])
    part_first = (
        re.compile(
            rf"(?<![\w.,])(?P<num>{digits}|(?i:{numword}))(?![\w]|[.,]\d)"
            + rf"\s+(?i:{alternation(part_links).replace(chr(92) + ' ', chr(92) + 's+')})\s+"
            # session 15: "vier der letzten fünf Duelle", "35 der ersten 41 Rennen"
            + (rf"(?:(?i:{part_adjectives})\s+)?" if part_adjectives else "")
        )
        if part_links
        else None
    )
    times_gate = ("mal",) if key == "de" else ()
    age_gate = (age_stem.lower(),) if age_stem else ()
    return AmountLexicon(
        key,
        data,
        prefix_money,
        number_first,
        times_word,
        age,
        money_gate,
        times_gate,
        age_gate,
        range_first,
        prefix_unit,
        prefix_unit_gate,
        part_first,
        fold_word,
    )


def _number(text: str, lang: str) -> tuple[float | None, bool]:
    """(value, vague) of digits or a number word."""
    if text[0].isdigit():
        return parse_digits(text, lang), False
    val = parse_number_word(text, lang)
    if val is not None:
        return val, False
    return vague_number(text, lang), True


def _scaled(value: float, scale: float) -> float:
    """``value * scale`` without the binary noise of the product ("16.6 million" is
    16600000, not 16600000.000000002; session 10)."""
    return value * scale if scale == 1 else float(f"{value * scale:.12g}")


def _gate(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


def find_amounts_in_sentence(
    sentence: str, *, language: str | None = "de", offset: int = 0, gated: bool = True
) -> list[Amount]:
    """Amounts of one sentence; offsets shifted by ``offset``; ``sentence`` set on each.

    ``gated``: skip the patterns whose necessary strings (a currency sign or code, "mal", the
    age stem, a digit) the sentence lacks; False runs all (the same output, the reference of
    ``bench/times_amounts.py``)."""
    lex = amount_lexicon(language)
    found: list[tuple[int, int, float, str | None, str | None]] = []
    low = sentence.lower()
    digit = not gated or _HAS_DIGIT.search(sentence) is not None
    money = digit and (not gated or _gate(low, lex.money_gate))
    for m in lex.prefix_money.finditer(sentence) if money else ():
        value = parse_digits(m.group("num"), lex.language)
        if value is None:
            continue
        scale = lex.lookup("scales", m.group("scale") or m.group("suffix"))
        unit = lex.lookup("currency_symbols", m.group("cur1")) or m.group("cur1").upper()
        value = _scaled(value, float(scale or 1))
        found.append((m.start(), m.end(), value, str(unit), _qual(lex, m)))
    scale_at: dict[int, float] = {}  # the scale of the amount starting there
    money_spans = [(f[0], f[1]) for f in found]
    pos = 0
    while (nm := lex.number_first.search(sentence, pos)) is not None:
        m = nm
        # a match that gives no amount gives the rest back: "one of two people" is no count of
        # "two", but "two people" is one
        pos = m.end("num")
        if any(s <= m.start("num") < e for s, e in money_spans):
            continue  # "$28 billion over": the currency sign names the unit, not the next word
        res = _resolve_number_first(m, sentence, lex)
        if res is not None:
            pos = max(pos, m.end())
            found.append(res)
            scale_at[res[0]] = float(lex.lookup("scales", m.group("scale")) or 1)
    if lex.prefix_unit is not None and (not gated or _gate(low, lex.prefix_unit_gate)):
        for m in lex.prefix_unit.finditer(sentence):  # "Tempo 130"
            value = parse_digits(m.group("num"), lex.language)
            if value is not None:
                unit = str(lex.lookup("prefix_units", m.group("pre")))
                found.append((m.start(), m.end(), value, unit, None))
    if found and lex.range_first is not None:
        _range_starts(sentence, lex, found, scale_at)
    if found and lex.part_first is not None:
        _part_counts(sentence, lex, found)
    if digit or not gated or lex.data.get("elliptic_before"):
        # session 35: "davon acht", "vier von ihnen", "31 weitere wurden verletzt"
        elliptic_counts(sentence, lex, found, scale_at)
    folds = lex.fold_word is not None and (not gated or _gate(low, lex.fold_gate))
    for m in lex.fold_word.finditer(sentence) if lex.fold_word is not None and folds else ():
        num = m.group("num").rstrip("-")
        val, vague = _number(num, lex.language)
        if val is not None and not vague and val >= 2 and not is_article_form(num, lex.language):
            found.append((m.start(), m.end(), val, "times", None))
    for m in lex.times_word.finditer(sentence) if not gated or _gate(low, lex.times_gate) else ():
        val = parse_number_word(m.group("num"), lex.language)
        if val is not None and not is_article_form(m.group("num"), lex.language):
            found.append((m.start(), m.end(), val, "times", None))
    appos = lex.data.get("apposition_age")
    for m in re.finditer(str(appos), sentence) if appos and digit else ():
        if m.group("name").lower() not in lex.wordset("apposition_not_after"):
            # "Smith, 41, is charged": a person's age between commas; German "Huber (40)"
            # (session 22), a team's points in a sentence about points ("Ecuador (3)")
            num = m.group("num")
            s, e = m.start("num"), m.end("num")
            unit = str(lex.data["age_unit"])
            points = lex.data.get("apposition_points_cue")
            if points and re.search(str(points), sentence):
                unit = "points"
            elif points and len(num) < 2:
                continue  # "Kessler (3)": a seed or a rank, not an age
            found.append((s, e, float(num), unit, None))
    age_phrase = lex.data.get("age_phrase")
    for m in re.finditer(str(age_phrase), sentence) if age_phrase and digit else ():
        # "at age 54", "aged 96", "at the age of 96" (session 10)
        found.append((m.start(), m.end(), float(m.group("num")), str(lex.data["age_unit"]), None))
    ages = digit and (not gated or _gate(low, lex.age_gate))
    for m in lex.age.finditer(sentence) if ages else ():  # "der 26-jährige Hacker"
        found.append((m.start(), m.end(), float(m.group("num")), str(lex.data["age_unit"]), _AGE))
    if not gated or _gate(low, lex.age_gate):
        found.extend(word_ages(sentence, lex, _AGE))  # session 35: "ein Vierjähriger"
    compound = lex.data.get("years_and_months")
    for m in re.finditer(str(compound), sentence) if compound else ():
        # "zu 16 Jahren und einem Monat Haft" → 16.083 years (session 10)
        years, _ = _number(m.group("y"), lex.language)
        months, _ = _number(m.group("m"), lex.language)
        if years is not None and months is not None and months < 12:
            # (to three decimals, as the gold files write a term: 16 years and a month = 16.083)
            term = round(years + months / 12, 3)
            found.append((m.start(), m.end(), term, "years", _qual(lex, m)))
    share = _share_regex(lex.language)
    shares = share is not None and (not gated or _gate(low, lex.share_gate))
    for m in share.finditer(sentence) if share is not None and shares else ():
        denom = 2 if m.group("half") else lex.lookup("share_ordinals", m.group("ord"))
        if denom:  # "die Hälfte der Befragten" → 0.5, "jeder vierte Österreicher" → 0.25
            value, unit = _fraction(1 / float(denom), lex)
            found.append((m.start(), m.end(), value, unit, _qual(lex, m)))
    chosen: list[tuple[int, int, float, str | None, str | None]] = []
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    chosen.sort(key=lambda f: f[0])
    # session 11: an age read by its "-jährig" form holds its span against other readings
    # ("zwei 17-Jährige" still counts two), but is listed only where the lexicon says so
    # (``ages_listed``; German: no, as the later gold rounds have it)
    keep_ages = bool(lex.data.get("ages_listed", True))
    chosen = [
        (s, e, v, u, None if q == _AGE else q) for s, e, v, u, q in chosen if q != _AGE or keep_ages
    ]
    return [
        Amount(
            text=sentence[s:e],
            start=offset + s,
            end=offset + e,
            value=value,
            unit=unit,
            sentence=sentence,
            qualifier=qual,
            value_to=value_to,
        )
        for s, e, value, unit, qual, value_to in _join_ranges(sentence, lex, chosen)
    ]


_LIST_BEFORE = re.compile(r"(\w+)\s*,\s*$")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _in_list(before: str, language: str) -> bool:
    """The number after ``before`` continues a list of numbers ("70, 80 und 90", "fünf, zehn
    und fünfzehn Jahre")."""
    m = _LIST_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isdigit() or parse_number_word(word, language) is not None


def _word_before_in(before: str, words: frozenset[str]) -> bool:
    """The last word of ``before`` is one of ``words`` (lower-cased)."""
    m = _WORD_BEFORE.search(before)
    return m is not None and m.group(1).lower() in words


def _join_ranges(
    sentence: str, lex: AmountLexicon, chosen: list[tuple[int, int, float, str | None, str | None]]
) -> list[tuple[int, int, float, str | None, str | None, float | None]]:
    """Session 34: the two ends of a range are one amount, from the first number to the
    second's unit, with the lower end as its value and the upper as ``value_to`` ("3.000 bis
    4.000 Euro" → 3000, qualifier ``range``; "zwischen drei und vier Millionen"): the gold files
    list one amount per range, and a range is one quantity. A range rises; two falling numbers
    ("mit 123 und 121 m"), the last two of a list ("vor 70, 80 und 90 Jahren") and a change
    from one amount to another (``change_words``: "von 20 auf 16 Prozent") stay two amounts,
    ``range_from`` and ``range_to``; so do two alternatives (``alternative_words`` right before
    the first number: "wahlweise 120 oder 240 Bildern")."""
    out: list[tuple[int, int, float, str | None, str | None, float | None]] = []
    changes = lex.wordset("change_words")
    alternatives = lex.wordset("alternative_words")
    i = 0
    while i < len(chosen):
        s, e, value, unit, qual = chosen[i]
        if qual == "range_from" and i + 1 < len(chosen):
            s2, e2, value2, unit2, _ = chosen[i + 1]
            word = sentence[e:s2].strip().lower()
            if (
                word
                and word not in changes
                and len(sentence[e:s2]) <= len(word) + 2
                and value < value2  # "mit 123 und 121 m": two values, no range
                and not _in_list(sentence[:s], lex.language)  # "vor 70, 80 und 90 Jahren"
                and not _word_before_in(sentence[:s], alternatives)
            ):
                out.append((s, e2, value, unit2 or unit, "range", value2))
                i += 2
                continue
        out.append((s, e, value, unit, qual, None))
        i += 1
    return out


_AGE = "\0age"  # marks an age while the readings compete for their spans


def _range_starts(
    sentence: str,
    lex: AmountLexicon,
    found: list[tuple[int, int, float, str | None, str | None]],
    scale_at: dict[int, float],
) -> None:
    """The first number of a range takes the unit and scale of the amount right after the
    range word: "3.000 bis 4.000 Euro" → 3000 EUR, "zwei bis drei Millionen Menschen", "drei
    bis vier Millionen" (a scale without a unit); the two
    ends are qualified ``range_from`` and ``range_to``."""
    assert lex.range_first is not None
    # session 15: an end with a scale and no unit counts too ("zwischen drei und vier Millionen")
    after = {f[0]: f for f in found if f[3] is not None or scale_at.get(f[0], 1.0) != 1.0}
    for m in lex.range_first.finditer(sentence):
        nxt = after.get(m.end())
        pos = m.start("num")
        if nxt is None or any(f[0] <= pos < f[1] and f[3] is not None for f in found):
            continue
        value, vague = _number(m.group("num"), lex.language)
        if value is None or vague:
            continue
        word = sentence[m.end("num") : m.end()].strip()
        if word.lower() in lex.wordset("range_words_not_after_article") and is_article_form(
            m.group("num"), lex.language
        ):
            continue  # "eine auf drei Jahre aufgeteilte Studie": an article, no range start
        if word.lower() in lex.wordset("pair_words"):
            # session 35: two amounts of one unit, neither a range nor a change ("0,5 statt 0,4
            # Prozent", "elf beziehungsweise sieben Mandate", "mit 178 zu 120 Stimmen")
            found[:] = [f for f in found if not (f[0] <= pos < f[1])]
            scale = _shared_scale(value, nxt[2], scale_at.get(m.end(), 1.0))
            found.append((pos, m.end("num"), value * scale, nxt[3], None))
            continue
        sign = not word[:1].isalpha()
        if (
            sign
            and lex.data.get("ascending_sign_ranges")
            and value >= nxt[2] / scale_at.get(m.end(), 1.0)
        ):
            continue  # "a 2-1 win", "38-10": a score, not a range
        # a bare count found there ("3.000") gives way to the range's first amount
        found[:] = [f for f in found if not (f[0] <= pos < f[1])]
        scale = scale_at.get(m.end(), 1.0)
        found.append((pos, m.end("num"), value * scale, nxt[3], "range_from"))
        if nxt[4] is None:  # the two ends say that they belong together
            found[found.index(nxt)] = (*nxt[:4], "range_to")


def _shared_scale(first: float, second: float, scale: float) -> float:
    """The scale the first number of a pair takes from the second: none where the first is
    already written in full ("360.000 bzw. etwa 1 Mio. Euro" is 360,000, not 360 billion;
    session 35), else the second's ("2,5 bzw. 3 Millionen"). Ranges keep the second's scale
    always: a scaled first end there marks two numbers that are no range ("2010 – Bis zu eine
    Million Kubikmeter": a year, then an amount)."""
    return 1.0 if scale != 1.0 and first > 100 * (second / scale) else scale


# a number that stands in a score, a ratio or a clock reading ("1:0", "6:54:45")
_SCORE_BEFORE = re.compile(r"\d\s?:\s?$")
_SCORE_AFTER = re.compile(r"\s?:\s?\d")
_HYPHEN_BEFORE = re.compile(r"(?<![\w.,])([A-Za-z]*\d+)[-–]$")


def _score_or_label(sentence: str, start: int, end: int, lex: AmountLexicon) -> bool:
    """Numbers that count nothing: either side of a score or ratio ("beim 3:2 gegen …"), and
    a number in digits after a noun that labels it ("in Runde 18", "Artikel 5", "Platz 3")."""
    if _SCORE_BEFORE.search(sentence[max(0, start - 3) : start]):
        return True
    if lex.data.get("hyphen_scores"):
        # English (session 10): the second number of a score or a model name ("a 2-1 win",
        # "a 38-10 bulge", "the 787-9 jet", "Airbus A350-900 jets"); a rising range stays one
        # ("24-48 hours", "0-60 mph")
        before = _HYPHEN_BEFORE.search(sentence[max(0, start - 12) : start])
        if before is not None and sentence[start : start + 1].isdigit():
            first = before.group(1)
            if not first.isdigit():
                return True
            second = parse_digits(sentence[start:end], lex.language)
            if second is not None and float(first) >= second:
                return True
    if _SCORE_AFTER.match(sentence[end : end + 3]):
        return True
    if lex.data.get("slash_fractions") and (
        sentence[end : end + 1] == "/" or sentence[start - 1 : start] == "/"
    ):
        return True  # "1/4 cup", "24/7": a fraction or a ratio
    hyphened = sentence[start - 1 : start] == "-" and sentence[start - 4 : start] != "-to-"
    if lex.data.get("hyphen_word_no_number") and hyphened and not sentence[start].isdigit():
        return True  # "all-in-one investments", "a two-on-one"; not "one-to-seven days"
    if not sentence[start : start + 1].isdigit():
        # "Nummer acht der Welt", "als Nummer zwei gesetzte Spanier" (session 10)
        word_before = re.search(r"([\w.]+)\s+$", sentence[:start])
        return word_before is not None and (
            word_before.group(1).lower() in lex.wordset("label_word_nouns")
        )
    if sentence[max(0, start - 1) : start] in lex.wordset("label_signs"):
        return True  # "the #1 enemy"
    before = re.search(r"([\w.]+)\s+$", sentence[:start])
    if before is None:
        return False
    if before.group(1).lower() in lex.wordset("label_nouns"):
        return True
    # "Fortune 500 company", "Destiny 2", "Sportback 55": a digit number right after a
    # capitalised word inside the sentence names a thing (not after a qualifier: "Roughly 200")
    word = before.group(1)
    nxt = re.match(r"\s+([a-z]+)", sentence[end:])
    plural = nxt is not None and nxt.group(1).endswith("s") and not nxt.group(1).endswith("ss")
    # "Tom Smith 1 goal", "Ida Holm-Brooks 18 points": a count after a person's name
    # (two capitalised words) or before a plural
    prev = re.search(r"(\S+)\s+\S+\s+$", sentence[:start])
    named = prev is not None and prev.group(1)[:1].isupper()
    return bool(
        lex.data.get("capitalised_label")
        and not plural
        and not named
        and word[:1].isupper()
        and sentence[: before.start()].strip()
        and not sentence[: before.start()].rstrip().endswith((".", ":", ";", "!", "?"))
        and lex.lookup("qualifiers", word) is None
    )


def _part_counts(
    sentence: str, lex: AmountLexicon, found: list[tuple[int, int, float, str | None, str | None]]
) -> None:
    """A number before a part-of link counts the noun of the amount after the link: "zwölf der
    16 getesteten Arten" → 12 Arten, "vier von insgesamt fünf Ländern" → 4 Ländern (the whole
    stays an amount of its own). Only counted nouns: "zwei von drei Prozent" is no part."""
    assert lex.part_first is not None
    units = {
        str(v) for sec in ("currency_words", "percent", "units") for v in lex.data[sec].values()
    }
    after = {f[0]: f for f in found if f[3] is not None and f[3] not in units}
    for m in lex.part_first.finditer(sentence):
        nxt = after.get(m.end())
        pos = m.start("num")
        if nxt is None or any(f[0] <= pos < f[1] for f in found):
            continue
        if is_article_form(m.group("num"), lex.language):
            continue  # "eines der 102 Zentren", "eine von sechs Kategorien": one of them, no count
        value, vague = _number(m.group("num"), lex.language)
        if value is None or vague or value > nxt[2]:
            continue
        found.append((pos, m.end("num"), value, nxt[3], None))


def _bare_qualified(m: re.Match[str], lex: AmountLexicon) -> bool:
    """'weniger als 700', 'rund 500': a qualifier makes a bare number an amount (not those
    that are prepositions as well: 'über', 'unter', 'bis zu')."""
    q = m.group("qual")
    return q is not None and " ".join(q.lower().split()) in lex.wordset("bare_qualifiers")


@cache
def _share_regex(language: str) -> re.Pattern[str] | None:
    """Shares without a number (``share_half``, ``share_each`` + ``share_ordinals``): "die
    Hälfte der Stimmen" (only before a genitive or "von": not "die zweite Hälfte"), "jeder
    vierte Befragte", with a qualifier before them ("mehr als die Hälfte")."""
    data = amount_lexicon(language).data
    alts = []
    if data.get("share_half") and data.get("share_of"):
        # an article before the word ("die Hälfte"), or none but no ordinal ("half of the cars",
        # not "the first half of")
        articles = data.get("share_articles", ["die", "der"])
        if articles:
            before = rf"\b(?i:{alternation(articles)})\s+"
        else:
            before = "".join(
                rf"(?<!(?i:{re.escape(str(w))}) )" for w in data.get("share_not_after") or []
            )
            before += r"\b"
        alts.append(
            rf"{before}(?P<half>(?i:{_alt(data, 'share_half')}))"
            rf"(?=\s+(?i:{_alt(data, 'share_of')})\b)"
        )
    if data.get("share_each") and data.get("share_ordinals"):
        alts.append(
            # (an inflected ordinal: "in jedem dritten Haushalt", "jeder Dritte")
            rf"\b(?i:{_alt(data, 'share_each')})\s+"
            rf"(?P<ord>(?i:{_alt(data, 'share_ordinals')}))(?:n|r|s)?\b"
        )
    if not alts:
        return None
    qual = rf"(?:(?P<qual>\b(?i:{_alt(data, 'qualifiers')}))\s+)?"
    return re.compile(qual + "(?:" + "|".join(alts) + ")")


def _stop_noun(word: str, lex: AmountLexicon) -> bool:
    """A word after a number that names nothing counted: ``noun_stop`` and, where the lexicon
    lists them, words with an adverb or verb ending (``noun_stop_suffixes``: "ly", "ed")."""
    low = word.lower()
    if low in lex.wordset("noun_stop"):
        return True
    return any(
        low.endswith(suf) and len(low) > len(suf) + 1 for suf in lex.wordset("noun_stop_suffixes")
    )


# a minus sign right on a number, after a space, a bracket or a slash, and not after a number
_SIGN_BEFORE = re.compile(r"(?<![\d.,]\s)(?<![\d.,])(?:^|(?<=[\s(/]))[-\u2212]$")
_NEXT_WORD = re.compile(r"\s([a-z][a-z-]+)(?!\w)")


def _plural_after(
    sentence: str, pos: int, word: str, value: float, lex: AmountLexicon
) -> tuple[str, int] | None:
    """``adjective_before_plural``: after a number other than one, a word in the singular that
    a plural follows is an adjective of that plural ("three different companies" counts
    companies); (noun, end) of the plural, or None."""
    if not lex.data.get("adjective_before_plural") or value == 1 or word.endswith("s"):
        return None
    if word.lower() in lex.wordset("noun_stop"):
        return None
    m = _NEXT_WORD.match(sentence, pos)
    if m is None:
        return None
    nxt = m.group(1)
    plural = nxt in lex.wordset("irregular_plurals") or (nxt.endswith("s") and nxt[-2:] != "ss")
    if not plural or _stop_noun(nxt, lex):
        return None
    return nxt, m.end(1)


def _compound_scale(noun: str, lex: AmountLexicon) -> float:
    """The scale a compound noun ends in (``compound_scales``): "16 Bruttowerbemillionen" are 16
    million (of advertising money), "200 Steuermillionen"; 1 for any other noun."""
    low = noun.lower()
    for ending, scale in (lex.data.get("compound_scales") or {}).items():
        if low.endswith(str(ending)) and len(low) > len(str(ending)) + 2:
            return float(scale)
    return 1.0


def _fraction(share: float, lex: AmountLexicon) -> tuple[float, str]:
    """A share as the lexicon gives it: ``fraction_unit`` with the share itself (0.5), or, with
    ``fraction_percent``, in percent to one decimal ("die Hälfte" → 50 percent, "ein Drittel"
    → 33.3 percent; session 11 round 2: the German gold files give shares as percentages)."""
    if lex.data.get("fraction_percent"):
        return round(share * 100, 1), str(lex.data["fraction_percent"])
    return share, str(lex.data.get("fraction_unit") or "fraction")


def _qual(lex: AmountLexicon, m: re.Match[str]) -> str | None:
    q = m.group("qual")
    return None if q is None else lex.lookup("qualifiers", q)


_DOTTED = re.compile(r"\d+\.\d{1,2}")


def _resolve_number_first(
    m: re.Match[str], sentence: str, lex: AmountLexicon
) -> tuple[int, int, float, str | None, str | None] | None:
    num = m.group("num")
    value, vague = _number(num, lex.language)
    if value is None:
        return None
    scale, cur, pct = m.group("scale"), m.group("cur2"), m.group("pct")
    unit_word, noun, frac = m.group("unit"), m.group("noun"), m.group("frac")
    is_word = not num[0].isdigit()
    if (
        is_word
        and is_article_form(num, lex.language)
        and not (scale or cur or pct or unit_word or frac)
    ):
        return None  # "ein Soldat": an article, not a count
    grouped_num = lex.data.get("bare_grouped_numbers") and _GROUPED[lex.language].fullmatch(num)
    if (
        num[0].isdigit()
        and not grouped_num  # "im März 30.000. Bulgarien …": a full stop, no ordinal
        and re.match(r"\.\s*\S", sentence[m.start("num") + len(num) :])
    ):
        return None  # an ordinal: "19. Dezember", "3. Platz"
    if _score_or_label(sentence, m.start("num"), m.start("num") + len(num), lex):
        return None
    years = lex.data.get("year_span")
    year = years and re.fullmatch(r"\d{4}", num) and years[0] <= value <= years[1]
    measured = scale or cur or pct or unit_word or frac
    if not measured and lex.data.get("dotted_decimal_no_amount") and _DOTTED.fullmatch(num):
        # session 36: "Servus TV 20.15 Dokumentation", "Android 6.0 Marshmallow" (a price or a
        # share written with a point stays: "2.50 Euro")
        return None
    if noun and not measured and noun in (lex.data.get("model_suffixes") or ()):
        return None  # session 36: "das iPhone 6 Plus", "Lumia 950 XL": a model, no count
    if year and not measured:
        return None  # "at least 2002", "2017 top charities": a year, written like a count
    end = m.end()
    unit: str | None = None
    if cur:
        unit = lex.lookup("currency_words", cur) or lex.lookup("currency_symbols", cur)
        unit = str(unit or cur.upper())
        sub = (lex.data.get("subunits") or {}).get(unit)
        if sub:  # session 11: "70 Cent" is 0.7 EUR (the gold files give money in its currency)
            unit, value = str(sub[0]), value / float(sub[1])
    elif pct:
        unit = str(lex.lookup("percent", pct))
    elif unit_word:
        unit = str(lex.lookup("units", unit_word))
    elif frac:
        value, unit = _fraction(value / float(lex.lookup("fractions", frac)), lex)
    elif noun:
        part = m.group("part")
        vague_part = part is not None and part.lower() in lex.wordset("vague_partitive")
        # "zwei an Bord": only "Millionen an Dokumenten" counts with "an"; the number may stand
        # alone ("some 60 of the jets")
        part_only = vague_part and not (vague or scale)
        # "795 Millionen an Hunger leidenden Menschen": "an" belongs to a participle
        embedded = vague_part and re.match(
            r"\s+(?:[a-zäöüß]+end|(?:ge|er|ver|be|ent|zer)[a-zäöüß]+t)(?:e|en|er|es|em)\b",
            sentence[m.end() :],
        )
        # "three different companies", "two soft-boiled eggs": an adjective before a plural
        plural = None if embedded else _plural_after(sentence, m.end("noun"), noun, value, lex)
        if part_only:
            end = m.end("num")
        elif plural is not None:
            unit, end = plural
        elif _stop_noun(noun, lex) or embedded or (part and not vague_part and scale):
            # "die 150 Millionen der Omaner": whose millions, no count of Omanis
            end = m.end("scale") if scale else m.end("num")
        else:
            # "hundreds of millions of dollars": a currency word after "of" names the currency
            # (not "200 australischen Dollar": an adjective may name another currency)
            cur_word = lex.lookup("currency_words", noun) if part else None
            unit = str(cur_word or noun)
            if not scale:
                value = _scaled(value, _compound_scale(noun, lex))
    if unit is None and not scale:
        vague_qual = lex.data.get("vague_bare_scale") and _qual(lex, m) == "vague"
        if is_word and not vague and not (vague_qual and value >= 100):
            return None  # English "laid off several hundred" is an amount (session 10)
        grouped = lex.data.get("bare_grouped_numbers") and _GROUPED[lex.language].fullmatch(num)
        if not is_word and not (grouped or _bare_qualified(m, lex)):
            return None  # a bare number says nothing about what it counts
        end = m.end("num")
    if unit is None and scale:
        end = m.end("scale")
    if vague and unit is None:
        return None
    value = _scaled(value, float(lex.lookup("scales", scale) or 1) if scale else 1.0)
    start = m.start() if m.group("qual") else m.start("num")
    before = re.search(r"(\w+)\s+$", sentence[: m.start()])
    if before and before.group(1).lower() in lex.wordset("negative_words"):
        value, start = -value, before.start(1)  # "minus 35 Grad"
    elif start == m.start("num") and _SIGN_BEFORE.search(sentence[: m.start()]):
        # "DAX/Frankfurt -0,25 Prozent", "(-15,7 Prozent)": a minus sign on the number (session
        # 11 round 2); not the second end of a range ("10 -20")
        value, start = -value, start - 1
    qual = _qual(lex, m)
    if vague and qual is None:
        qual = "vague"
    return start, end, value, unit, qual


def find_amounts(text: str, *, language: str | None = "de", offset: int = 0) -> list[Amount]:
    """Amounts of a text, sentence by sentence."""
    from newsgraph.times.sentences import split_sentences

    out: list[Amount] = []
    for s, e in split_sentences(text):
        out.extend(find_amounts_in_sentence(text[s:e], language=language, offset=offset + s))
    return out


__all__ = ["amount_lexicon", "find_amounts", "find_amounts_in_sentence", "lang_key"]
