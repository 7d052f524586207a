"""A plain sentence splitter for text analysed without a parser (German and English news)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_END = re.compile(r"[.!?…]+[\"'“”«»‘’)\]]*(?=\s+[\"'„“«»‘(\[]?[A-ZÄÖÜ0-9])")


@cache
def _abbreviations() -> frozenset[str]:
    path = resources.files("newsgraph") / "data" / "times" / "abbreviations.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line)
    return frozenset(words)


_WORD_BEFORE_STOP = re.compile(r"([\w.]+?)\.+[\"'“”«»‘’)\]]*$")


def full_stop_is_no_end(before: str, *, years_end: bool = False) -> bool:
    """Whether the full stop that ends ``before`` belongs to an abbreviation ("Dr. Huber"), a
    number ("19. Dezember", "3. Platz") or an initial ("Tom F. Smith") instead of ending a
    sentence. ``years_end``: a number of four digits or more ends the sentence ("… Juli 2011.
    Traun – …"); only ordinals of up to three digits continue it."""
    word = _WORD_BEFORE_STOP.search(before)
    if word is None:
        return False
    w = word.group(1)
    if w.isdigit():
        return not (years_end and len(w) >= 4)
    return w in _abbreviations() or (len(w) == 1 and w.isupper())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text`` (also split at line breaks)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(line.group(0)):
            end = line.start() + m.end()
            if m.group(0).startswith(".") and full_stop_is_no_end(text[start:end]):
                continue
            spans.append(_strip(text, start, end))
            start = end
        if start < line.end():
            spans.append(_strip(text, start, line.end()))
        pos = line.end()
    del pos
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
