"""Counts whose noun stands elsewhere, and ages written as one number word (session 35).

* An elliptic count: a bare number tied to a noun of the sentence before it by a link word —
  "davon acht" (of them, eight), "Neun davon", "vier von ihnen", "31 weitere wurden verletzt",
  "2017 dann weitere neun". The gold files list these as amounts (the noun is in the text
  before); the number gives the value, the unit stays unknown.
* An age in a number word: "ein Vierjähriger", "eine Sechsjährige" (a person, the noun form)
  and "seiner achtjährigen Tochter" (before a noun of a person, the times lexicon's
  ``age_nouns``); the digit form "der 34-Jährige" is read by ``extract.py``.

The words come from ``data/amounts/<lang>.yaml`` (``elliptic_before``, ``elliptic_after``,
``age_word_stem``); a language without them reads neither.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.amounts.lexicon import alternation, load_yaml
from newsgraph.amounts.numbers import (
    is_article_form,
    number_word_regex,
    parse_digits,
    parse_number_word,
)

if TYPE_CHECKING:
    from newsgraph.amounts.extract import AmountLexicon

Found = tuple[int, int, float, str | None, str | None]

# plain digits (no decimal part: "davon 1,6 Milliarden" is read with its scale elsewhere)
_DIGITS = r"\d{1,3}(?:\.\d{3})+|\d+"
_SCORE_BEFORE = re.compile(r"\d\s?[:/]\s?$")
_NEXT = re.compile(r"\s*(\S*)")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load_yaml("amounts", f"{language}.yaml")
    numword = number_word_regex(language)
    num = rf"(?P<num>{_DIGITS}|(?i:{numword}))"
    before = [str(w) for w in data.get("elliptic_before") or []]
    after = [str(w) for w in data.get("elliptic_after") or []]
    link_first = (
        re.compile(rf"\b(?i:{alternation(before)})\s+{num}(?![\w.,:/]\w|[\w-])") if before else None
    )
    num_first = (
        re.compile(
            rf"(?<![\w.,:/-]){num}\s+(?:{alternation(after).replace(chr(92) + ' ', chr(92) + 's+')})"
            r"(?!\w)"
        )
        if after
        else None
    )
    return link_first, num_first


def _scaled(value: float, scale: float) -> float:
    return value if scale == 1 else float(f"{value * scale:.12g}")


def _count(word: str, lex: AmountLexicon) -> float | None:
    """The value of a bare count: digits or a number word, not an article form ("eine davon"),
    not a year ("2018 weitere zwei Milliarden")."""
    if word[:1].isdigit():
        value = parse_digits(word, lex.language)
        if value is None or (len(word) == 4 and 1800 <= value <= 2100):
            return None
        return value
    if is_article_form(word, lex.language):
        return None
    return parse_number_word(word, lex.language)


def elliptic_counts(
    sentence: str, lex: AmountLexicon, found: list[Found], scale_at: dict[int, float]
) -> None:
    """Add the elliptic counts of ``sentence`` to ``found``: the span of the number alone (the
    gold files write "davon acht", "Sieben" or "16.000 in Duisburg"), the unit and scale of the
    amount before it in the sentence ("200 Milliarden Euro, davon 50" → 50 billion EUR;
    ``scale_at``: the scale of the amount starting at an offset). A number that another reading
    already gives with more after it ("davon 1,6 Milliarden Euro", "drei weitere kurze
    Kontakte") is left to it; a number before a noun, a digit or a number word is no elliptic
    count ("weitere zwei Milliarden", "zwei weitere Staaten")."""
    link_first, num_first = _patterns(lex.language)
    for rx in (link_first, num_first):
        for m in rx.finditer(sentence) if rx is not None else ():
            ns, ne = m.start("num"), m.end("num")
            cover = [f for f in found if f[0] <= ns < f[1]]
            if any(f[:2] != (ns, ne) or f[3] is not None or f[4] is not None for f in cover):
                continue  # read with a unit, a scale or as a range end
            if _SCORE_BEFORE.search(sentence[max(0, ns - 3) : ns]):
                continue  # "zog auf 6:2 davon": a score
            nxt = _NEXT.match(sentence, m.end())
            word = nxt.group(1) if nxt else ""
            if (
                word[:1].isupper()
                or word[:1].isdigit()
                or word.lower() in lex.wordset("range_words")
            ):
                continue  # a noun, a number or a range word follows: not elliptic
            if parse_number_word(word.strip(".,;:!?"), lex.language) is not None:
                continue
            value = _count(m.group("num"), lex)
            if value is None:
                continue
            before = [
                f for f in found if f[1] <= m.start() and not str(f[4] or "").startswith("\0")
            ]
            prev = max(before, key=lambda f: f[1]) if before else None
            if prev is None:
                found.append((ns, ne, value, None, None))
            else:
                scale = scale_at.get(prev[0], 1.0)
                found.append((ns, ne, _scaled(value, scale), prev[3], None))


@cache
def _age_pattern(language: str) -> re.Pattern[str] | None:
    stem = str(load_yaml("amounts", f"{language}.yaml").get("age_word_stem") or "")
    if not stem:
        return None
    numword = number_word_regex(language)
    return re.compile(
        rf"(?<![\w-])(?P<num>(?i:{numword})){re.escape(stem)}(?:e|en|er|es|em)?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _age_nouns(language: str) -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in load_yaml("times", f"{language}.yaml").get("age_nouns") or []
    )


def word_ages(sentence: str, lex: AmountLexicon, marker: str) -> list[Found]:
    """Ages in one number word: the noun form ("ein Vierjähriger wurde verletzt", not before
    another noun: "Zehnjährige Haftstrafen") or the adjective before a noun of a person
    ("seiner achtjährigen Tochter"; "nach zehnjähriger Reise" is a duration). ``marker`` is the
    qualifier with which ``extract.py`` lets an age hold its span."""
    rx = _age_pattern(lex.language)
    out: list[Found] = []
    for m in rx.finditer(sentence) if rx is not None else ():
        value = parse_number_word(m.group("num"), lex.language)
        if value is None or not 1 <= value <= 120:
            continue
        nxt = _NEXT.match(sentence, m.end())
        word = nxt.group(1) if nxt else ""
        noun_form = m.group(0)[:1].isupper() and not word[:1].isupper()
        if noun_form or word.strip(".,;:!?").lower() in _age_nouns(lex.language):
            out.append((m.start(), m.end(), value, str(lex.data["age_unit"]), marker))
    return out
