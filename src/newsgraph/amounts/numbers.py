"""Numbers written in digits (German or English format) or as words."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from newsgraph.amounts.lexicon import lang_key, load_yaml


@cache
def number_lexicon(language: str | None) -> dict[str, Any]:
    return load_yaml("amounts", f"numbers-{lang_key(language)}.yaml")


def parse_digits(text: str, language: str | None) -> float | None:
    """``1.000,5`` (de) / ``1,000.5`` (en) / ``3,5`` / ``40`` → float; None if malformed."""
    lex = number_lexicon(language)
    dec = str(lex.get("decimal_separator", ","))
    grp = str(lex.get("group_separator", "."))
    s = text.strip().replace("\u202f", "").replace("\u00a0", "").replace("'", "")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", s):
        s = s.replace(" ", "")  # "14 000"
    if not s:
        return None
    ge, de = re.escape(grp), re.escape(dec)
    grouped = re.fullmatch(rf"\d{{1,3}}(?:{ge}\d{{3}})+(?:{de}\d+)?", s)
    plain = re.fullmatch(rf"\d+(?:{de}\d+)?", s)
    if not (grouped or plain):
        # the other convention's decimal point ("2.5" in German text, "2,5" in English)
        other = re.fullmatch(rf"\d+{ge}\d{{1,2}}", s)
        if other:
            return float(s.replace(grp, "."))
        return None
    s = s.replace(grp, "") if grouped else s
    return float(s.replace(dec, "."))


@lru_cache(maxsize=4096)
def parse_number_word(word: str, language: str | None) -> float | None:
    """``drei`` → 3, ``dreiundzwanzig`` → 23, ``zweihundertfünfzig`` → 250,
    ``sechseinhalb`` → 6.5, ``twenty-three`` → 23; None when the word is no number."""
    lex = number_lexicon(language)
    return _parse_word(word.lower(), lex)


def _parse_word(w: str, lex: dict[str, Any]) -> float | None:
    words: dict[str, float] = {str(k).lower(): float(v) for k, v in lex.get("words", {}).items()}
    mults: dict[str, float] = {
        str(k).lower(): float(v) for k, v in lex.get("multipliers", {}).items()
    }
    joiner = lex.get("joiner") or None
    half = lex.get("half_suffix") or None
    return _parse(w, words, mults, joiner, half)


def _parse(
    w: str,
    words: dict[str, float],
    mults: dict[str, float],
    joiner: str | None,
    half: str | None,
) -> float | None:
    if not w:
        return None
    if w in words:
        return words[w]
    if w in mults:
        return mults[w]
    if half and w.endswith(half) and len(w) > len(half):
        base = _parse(w[: -len(half)], words, mults, joiner, half)
        return None if base is None else base + 0.5
    # largest multiplier first: "zweitausenddreihundert" = zwei*1000 + dreihundert
    for mword, mval in sorted(mults.items(), key=lambda kv: -kv[1]):
        idx = w.find(mword)
        if idx < 0:
            continue
        left, right = w[:idx], w[idx + len(mword) :]
        if joiner and left.endswith(joiner):
            continue
        lval = 1.0 if not left else _parse(left.rstrip(" -"), words, mults, joiner, half)
        if lval is None or lval >= mval:
            return None
        rest = 0.0
        if right:
            rparsed = _parse(right.lstrip(" -").removeprefix("und"), words, mults, joiner, half)
            if rparsed is None or rparsed >= mval:
                return None
            rest = rparsed
        return lval * mval + rest
    if joiner:
        if joiner == "-" and "-" in w:
            tens, _, unit = w.partition("-")
            t, u = words.get(tens), words.get(unit)
            if t is not None and u is not None and t >= 20 and t % 10 == 0 and 0 < u < 10:
                return t + u
            return None
        if joiner in w:
            unit, _, tens = w.partition(joiner)
            u, t = words.get(unit), words.get(tens)
            if u is not None and t is not None and 0 < u < 10 and t >= 20 and t % 10 == 0:
                return u + t
    return None


@cache
def number_word_regex(language: str | None) -> str:
    """A regex (no groups) for words built from the number parts of the lexicon."""
    from newsgraph.amounts.lexicon import alternation

    lex = number_lexicon(language)
    parts = [str(k) for k in lex.get("words", {})] + [str(k) for k in lex.get("multipliers", {})]
    parts += [str(p) for p in (lex.get("joiner"), lex.get("half_suffix")) if p]
    vague = [str(k) for k in lex.get("vague", {})]
    # a number word never begins with the joiner ("und vier" is "und" + "vier")
    start = rf"(?!{re.escape(str(lex['joiner']))})" if lex.get("joiner") else ""
    return rf"(?:{alternation(vague)}|{start}(?:{alternation(parts)})+)"


def vague_number(word: str, language: str | None) -> float | None:
    """``Tausende`` → 1000, ``Dutzende`` → 12 (order of magnitude); None otherwise."""
    vague = number_lexicon(language).get("vague", {})
    val = vague.get(word.lower())
    return None if val is None else float(val)


def is_article_form(word: str, language: str | None) -> bool:
    forms = number_lexicon(language).get("article_forms", [])
    return word.lower() in {str(f) for f in forms}


def parse_number(text: str, language: str | None) -> float | None:
    """Digits or a number word."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return parse_digits(text, language)
    return parse_number_word(text, language)
