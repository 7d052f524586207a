"""Tokens, quotation-mark pairs and sentences of one text segment.

The extractor works on its own light tokenisation so it behaves the same with or without a
trained pipeline; the pipeline's morphology (Mood=Sub) and tags are looked up per token by offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.times.patterns import month_names

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:[-'’]\w+)*-?|[^\w\s]", re.UNICODE)

# quotation marks: family D (double), G (guillemets), S (single)
_DOUBLE = '„“”"'
_GUILLEMETS = "»«"
_SINGLE = "‚‘’'"
MARKS = _DOUBLE + _GUILLEMETS + _SINGLE + "‹›"
_OPEN_CONTEXT = " \t\n([{/–—-:" + "„‚»«\"'“‘"
_CLOSE_CONTEXT = " \t\n.,;:!?)]}…–—-" + "“”\"'«»‘’"

_ABBREVIATIONS = frozenset(
    [
        "bzw",
        "ca",
        "vgl",
        "usw",
        "etc",
        "inkl",
        "evtl",
        "ggf",
        "sog",
        "nr",
        "abs",
        "hl",
        "jh",
        "mio",
        "mrd",
        "tsd",
        "dt",
        "engl",
        "franz",
        "lat",
        "gegr",
        "geb",
        "gest",
        "z",
        "b",
        "u",
        "a",
        "o",
        "ä",
        "s",
        "d",
        "h",
        "jr",
        "sen",
        "vs",
        "Dr",
        "Prof",
        "Nr",
        "Abs",
        "St",
        "Str",
        "Mr",
        "Mrs",
        "Ms",
        "Jr",
        "Sen",
        "Co",
        "Corp",
        "Inc",
        "Ltd",
        "Jan",
        "Feb",
        "Febr",
        "Mär",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
        "Mo",
        "Di",
        "Mi",
        "Do",
        "Fr",
        "Sa",
        "So",
        "Mio",
        "Mrd",
        "Bd",
        "Hr",
        "Fa",
    ]
)
_ORDINAL_DETERMINERS = frozenset(
    [
        "am",
        "im",
        "zum",
        "zur",
        "vom",
        "beim",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ihrem",
        "ihren",
        "seinem",
        "seinen",
        "seiner",
        "ihrer",
        "einem",
        "einer",
        "eines",
        "ein",
        "eine",
    ]
)
_ORDINAL_NOUNS = frozenset(
    [
        "Minute",
        "Runde",
        "Platz",
        "Rang",
        "Jahrhundert",
        "Etappe",
        "Spieltag",
        "Stock",
        "Mal",
        "Auflage",
        "Klasse",
        "Liga",
    ]
)


@dataclass
class Token:
    text: str
    start: int  # Article offsets
    end: int
    mood: str | None = None  # "Sub" / "Ind" / None from the tagger
    tag: str | None = None
    pos: str | None = None
    tense: str | None = None  # "Pres" / "Past" from the tagger
    lemma: str | None = None  # the pipeline's lemma
    # what the rules ask of every word, many times: set once at construction (a property
    # costs a call per question; a ``cached_property`` a lock per first read on Python 3.11)
    lower: str = field(init=False, repr=False, compare=False)  # the text in lower case
    is_word: bool = field(init=False, repr=False, compare=False)  # begins with a letter or digit
    is_upper: bool = field(init=False, repr=False, compare=False)  # begins with a capital

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.is_word = self.text[:1].isalnum()
        self.is_upper = self.text[:1].isupper()


@dataclass
class QuoteMarks:
    """A pair of quotation marks: ``open``/``close`` are Article offsets of the marks."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token]
    segment: int  # index of the segment in reading order
    block_type: str
    quotes: list[QuoteMarks] = field(default_factory=list)
    first_in_segment: bool = False

    def inside_quote(self, offset: int) -> bool:
        if not self.quotes:  # (most sentences: asked for every word)
            return False
        return any(q.open <= offset <= q.close for q in self.quotes)


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(m.group(0), base + m.start(), base + m.end()) for m in _TOKEN.finditer(text)]


def find_quote_marks(text: str, base: int = 0) -> list[QuoteMarks]:
    """Pairs of quotation marks in a segment, outermost only, by context of each mark."""
    pairs: list[QuoteMarks] = []
    pending: dict[str, tuple[int, str]] = {}  # family -> (index, opening char)
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in MARKS:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        open_ctx = prev in _OPEN_CONTEXT and not nxt.isspace()
        close_ctx = nxt in _CLOSE_CONTEXT and not prev.isspace()
        if ch in _DOUBLE:
            fam = "D"
        elif ch in _GUILLEMETS or ch in "‹›":
            fam = "G"
        else:
            fam = "S"
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe: geht's, don't
            if ch in "’'" and prev.isalpha() and fam not in pending:
                continue  # possessive apostrophe: Jones' car
        if fam in pending:
            opener = pending[fam][1]
            is_close = close_ctx or not open_ctx
            if fam == "G" and ch == opener:
                is_close = False
            if ch == "„" or ch == "‚":
                is_close = False
            if is_close:
                start = pending.pop(fam)[0]
                if i - start > 2:  # not one letter: "Rock 'n' Roll"
                    pairs.append(QuoteMarks(base + start, base + i))
                continue
            if open_ctx:
                pending[fam] = (i, ch)  # an unclosed opener is dropped
            continue
        if ch in "„‚" or (open_ctx and not (fam == "S" and ch == "’")):
            pending[fam] = (i, ch)
    pairs.sort(key=lambda q: q.open)
    outer: list[QuoteMarks] = []
    for q in pairs:
        if outer and q.open < outer[-1].close:
            continue  # a quote inside a quote
        outer.append(q)
    return outer


def _is_boundary(text: str, i: int) -> bool:
    """Whether a sentence may end after the punctuation run that ends at ``i`` (exclusive)."""
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text):
        return True
    if text[j] == "\n":
        return True
    nxt = text[j]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "„»«\"'‚‘“(["):
        return False
    k = i - 1
    while k >= 0 and text[k] in "\"'“”«»‘’)]":
        k -= 1
    if k < 0 or text[k] != ".":
        return True
    # the word before the period (what r"(\w+)\.$" finds, without scanning the text before it)
    w = k
    while w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_"):
        w -= 1
    if w == k:
        return True
    word = text[w:k]
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit():
        after = re.match(r"\w+", text[j:])
        following = after.group(0) if after else ""
        if (
            following in month_names("de")
            or following in _ORDINAL_NOUNS
            or not following[:1].isupper()
        ):
            return False
        before = re.search(r"(\w+)\s+\d+\.$", text[: k + 1])
        if before and before.group(1).lower() in _ORDINAL_DETERMINERS:
            return False  # "zum 25. Geburtstag", "der 57. Minute"
    return True


def split_sentences(text: str, marks: list[QuoteMarks], base: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (Article offsets) of a segment; never split inside quotation marks."""
    spans: list[tuple[int, int]] = []
    inside = [(q.open - base, q.close - base) for q in marks]
    start = 0
    for m in re.finditer(r"[.!?…]+[\"'“”«»‘’)\]]*|\n", text):
        end = m.end()
        if m.group(0) != "\n":
            if any(a < m.start() < b and end <= b for a, b in inside):
                # punctuation inside a quote ends a sentence only with the closing mark after it
                continue
            if not _is_boundary(text, end):
                continue
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if seg.strip():
            spans.append((base + start + lead, base + start + trail))
        start = end
    seg = text[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        spans.append((base + start + lead, base + start + len(seg.rstrip())))
    return spans
