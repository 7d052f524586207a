"""Compiling the time patterns of a language from its YAML file.

A pattern's regex may name lexicon sections in braces: ``{WEEKDAY}`` becomes the named group
``(?P<weekday>montag|dienstag|…)``. Patterns match case-insensitively, except the sections listed
under ``case_sensitive``, ``{WEEKDAY:wd1}`` the same alternation under the group name ``wd1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from newsgraph.amounts.lexicon import alternation, lang_key, load_yaml

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)(?::([a-z0-9_]+))?\}")
# sections that may close a compound word ("Montag|abend") get no word boundary in front
_SUFFIX_SECTIONS = {"pod", "adjunit"}


# the gate clause that asks for a digit anywhere in the sentence
DIGIT_GATE = ("\\d",)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class TimePattern:
    name: str
    regex: re.Pattern[str]
    type: str
    resolve: str
    # a necessary condition for a match: every clause must hold, a clause holds when one of its
    # strings occurs in the lower-cased sentence (DIGIT_GATE: when the sentence has a digit)
    gate: tuple[tuple[str, ...], ...] = ()


def _clause_holds(clause: tuple[str, ...], low: str) -> bool:
    """One gate clause on a lower-cased sentence: one of its strings occurs (DIGIT_GATE: a digit)."""
    if clause is DIGIT_GATE:
        return _DIGIT.search(low) is not None
    return any(map(low.__contains__, clause))


@dataclass(frozen=True)
class TimeLexicon:
    language: str
    data: dict[str, Any]
    patterns: tuple[TimePattern, ...]
    _words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    #: the tense-cue kind of every word asked so far (``times.extract._cue_kind``)
    cue_kinds: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name) or {}
        return value if isinstance(value, dict) else {}

    def lookup(self, section: str, word: str | None) -> Any:
        """The value of ``word`` in a section (case-insensitive, spaces normalised)."""
        if word is None:
            return None
        key = " ".join(word.split())
        sec = self.section(section)
        if key in sec:
            return sec[key]
        low = key.lower()
        for k, v in sec.items():
            if " ".join(str(k).split()).lower() == low:
                return v
        return None

    @cached_property
    def calendar_words(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """The weekday words and the full month names (not the abbreviations with a dot)."""
        weekdays = tuple(self.section("weekday"))
        months = frozenset(str(w) for w in self.section("month") if not str(w).endswith("."))
        return weekdays, months

    @cached_property
    def calendar_compound_stems(self) -> tuple[str, ...]:
        """``calendar_compound_stems`` ("jahres", "saison") as a tuple for ``str.startswith``."""
        return tuple(self.words("calendar_compound_stems"))

    @cached_property
    def tense_verbs(self) -> frozenset[str]:
        """The verbs of the tense cues: ``future_cues``, ``past_cues`` and ``perfect_aux``."""
        return self.words("future_cues") | self.words("past_cues") | self.words("perfect_aux")

    def words(self, name: str) -> frozenset[str]:
        if name not in self._words:
            items = self.data.get(name) or []
            self._words[name] = frozenset(str(w).lower() for w in items)
        return self._words[name]


def _section_words(data: dict[str, Any], section: str) -> list[str]:
    values = data.get(section)
    if isinstance(values, dict):
        words = [str(k) for k in values]
    elif isinstance(values, list):
        words = [str(v) for v in values]
    else:
        raise ValueError(f"times lexicon: unknown section {section!r}")
    if section == "rel":
        endings = [str(e) for e in data.get("rel_endings", [""])]
        words = [w + e for w in words for e in endings]
    return words


def _expand(regex: str, data: dict[str, Any]) -> str:
    case_sensitive = {str(s) for s in data.get("case_sensitive", [])}

    def repl(m: re.Match[str]) -> str:
        section = m.group(1).lower()
        group = m.group(2) or section
        alts = alternation(_section_words(data, section)).replace(r"\ ", r"\s+")
        body = f"(?-i:{alts})" if section in case_sensitive else alts
        boundary = "" if section in _SUFFIX_SECTIONS else r"\b"
        return f"(?P<{group}>{boundary}(?:{body}))"

    return _PLACEHOLDER.sub(repl, regex)


def _gate_words(data: dict[str, Any], section: str) -> list[str]:
    """Lower-case strings one of which every match of a section contains: its entries (the
    stems for ``rel``), a multi-word entry by its longest word."""
    values = data.get(section)
    if isinstance(values, dict):
        entries = [str(k) for k in values]
    elif isinstance(values, list):
        entries = [str(v) for v in values]
    else:
        raise ValueError(f"times lexicon: unknown gate section {section!r}")
    return [max(e.lower().split(), key=len) for e in entries if e.strip()]


def _compile_gate(spec: Any, data: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """A pattern's ``gate``: a list of clauses, all required; a clause is ``A|B|…``, any of
    which is enough: ``DIGIT``, a lexicon section in capitals (``MONTH``: one of its words) or
    a literal lower-case string that every match contains (``uhr``)."""
    if spec is None:
        return ()
    clauses: list[tuple[str, ...]] = []
    for clause in [spec] if isinstance(spec, str) else list(spec):
        if str(clause) == "DIGIT":
            clauses.append(DIGIT_GATE)
            continue
        words: list[str] = []
        for item in str(clause).split("|"):
            item = item.strip()
            if item == "DIGIT":
                raise ValueError("times lexicon: DIGIT must be a clause of its own")
            words.extend(_gate_words(data, item.lower()) if item.isupper() else [item.lower()])
        short = sorted(set(words), key=lambda w: (len(w), w))
        # a word that holds a shorter word of the clause adds nothing ("tage" after "tag")
        clauses.append(tuple(w for i, w in enumerate(short) if not any(v in w for v in short[:i])))
    return tuple(clauses)


@cache
def time_lexicon(language: str | None) -> TimeLexicon:
    """The compiled time lexicon of a language (German unless English)."""
    key = lang_key(language)
    data = load_yaml("times", f"{key}.yaml")
    patterns = []
    for spec in data.get("patterns", []):
        regex = _expand(str(spec["regex"]), data)
        try:
            compiled = re.compile(regex, re.IGNORECASE)
        except re.error as exc:  # a broken data file must say where
            raise ValueError(f"times/{key}.yaml pattern {spec.get('name')!r}: {exc}") from exc
        patterns.append(
            TimePattern(
                name=str(spec.get("name", "")),
                regex=compiled,
                type=str(spec.get("type", "DATE")),
                resolve=str(spec["resolve"]),
                gate=_compile_gate(spec.get("gate"), data),
            )
        )
    return TimeLexicon(language=key, data=data, patterns=tuple(patterns))


@cache
def month_names(language: str | None = "de") -> frozenset[str]:
    """Full month names as written in text ("Januar", "Jänner", …) from the time lexicon."""
    months = time_lexicon(language).section("month")
    return frozenset(str(w)[:1].upper() + str(w)[1:] for w in months if not str(w).endswith("."))


_GATE_TABLES: dict[
    int, tuple[TimeLexicon, list[tuple[str, ...]], list[tuple[TimePattern, tuple[int, ...]]]]
] = {}


def gated_patterns(lex: TimeLexicon, low: str) -> list[TimePattern]:
    """The patterns whose gate holds on a lower-cased sentence (every clause of it holds), in
    lexicon order; each distinct clause is tested at most once per sentence, through a table of
    the clauses built once per lexicon."""
    table = _GATE_TABLES.get(id(lex))
    if table is None or table[0] is not lex:
        index: dict[tuple[str, ...], int] = {}
        clauses: list[tuple[str, ...]] = []
        rows: list[tuple[TimePattern, tuple[int, ...]]] = []
        for p in lex.patterns:
            idxs = []
            for clause in p.gate:
                if clause not in index:
                    index[clause] = len(clauses)
                    clauses.append(clause)
                idxs.append(index[clause])
            rows.append((p, tuple(idxs)))
        table = _GATE_TABLES[id(lex)] = (lex, clauses, rows)
    _, clauses, rows = table
    hits: list[bool | None] = [None] * len(clauses)
    out: list[TimePattern] = []
    for p, need in rows:
        for c in need:
            hit = hits[c]
            if hit is None:
                hit = hits[c] = _clause_holds(clauses[c], low)
            if not hit:
                break
        else:
            out.append(p)
    return out
