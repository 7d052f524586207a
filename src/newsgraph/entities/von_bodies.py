"""The body a person is "von der"/"vom" (session 35, helper "orgs"; docs/entities.md, "Session
35: the body after a person's "vom"").

"sagt Jan Muster von der Polizei Wien", "Eva Beispiel vom Zollamt Linz", "Emil Huber
von der Firma X", "Ko-Autor X von der Chulalongkorn University": right after a person's name,
"vom" or "von der" and capitalised words name the body the person speaks for. The NER tags the
place inside ("Wien", "St. Pölten") or nothing. The words up to the first word that is not
capitalised (or a punctuation mark) are an organisation when

- the first is an organisation noun (`mentions.org_noun_word`: "Zollamt", "Polizei",
  "Buchhandlung") and a name follows it ("vom Jugendamt" alone stays the bare noun's), or
- the first is no German common noun (`common_word_tag`; of a hyphen compound its last part:
  "von der ORF-Unterhaltung" is a department), given name, title, role, country or
  inhabitant word ("vom Dienstag", "von der Seite", "vom Münchner ifo-Institut" stay nothing),
  and the words are not all a place the candidates already have ("von der Steiermark").

Candidates inside the words (the place "Wien", the bare noun "Polizei") give way to the one
organisation; a person inside them stops it. An organisation the article names after the noun
stays as it is: the noun says its kind ("vom Autoclub ADAC", "vom Erste-Liga-Club Kapfenberger
SV"; "von der Buchhandlung Leporello", where the gold names the shop with its noun, too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.entities.mentions import org_noun_word, span_cand
from newsgraph.entities.namewords import common_word_tag
from newsgraph.entities.tokens import token_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand
    from newsgraph.pipeline import Segment

#: the most words read as the body's name
_MAX_WORDS = 5


def _name_word(text: str) -> bool:
    """A capitalised word (or one that starts with a digit: "Mainz 05") of a name."""
    return (text[:1].isupper() or text[:1].isdigit()) and any(ch.isalpha() for ch in text)


def _first_word_ok(word: str, named: bool, lex: Lexicon) -> bool:
    """Can the body's name start with this word? (module docstring)"""
    if org_noun_word(word, lex):
        return named
    return common_word_tag(word.rpartition("-")[2]) is None and not lex.is_other_kind(word)


def _name_end(doc: Doc, x: int, b: int) -> int:
    """The end of the run of capitalised words from token x (at most ``_MAX_WORDS``)."""
    y = x
    while y < b and y - x < _MAX_WORDS and _name_word(doc[y].text):
        y += 1
    return y


def bodies_after_von(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates with the bodies named after a person's "vom"/"von der" (module
    docstring): the candidates inside such a body are replaced by one ORG candidate."""
    person_ends = {(c.seg, c.j) for c in cands if c.type == "PER" and c.i >= 0}
    org_names = {n for c in cands if c.type == "ORG" for n in (c.text, c.key) if n}
    drop: set[int] = set()
    out: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        lowers = token_lowers(doc)
        n = len(doc)
        for k in range(1, n - 1):
            if (idx, k) not in person_ends:
                continue
            if lowers[k] == "vom":
                x = k + 1
            elif lowers[k] == "von" and lowers[k + 1] == "der":
                x = k + 2
            else:
                continue
            y = _name_end(doc, x, n)
            if y == x or not _first_word_ok(doc[x].text, y - x > 1, lex):
                continue
            inside = [c for c in cands if c.seg == idx and c.i >= 0 and c.i < y and c.j > x]
            if any(c.type == "PER" or c.i < x or c.j > y for c in inside):
                continue  # a person, or a candidate running out of the words: theirs
            if any(c.type == "ORG" and c.i in (x, x + 1) and c.j == y for c in inside):
                continue  # the body is found already, after its kind ("vom Autoclub ADAC")
            if y - x > 1 and doc[x + 1 : y].text in org_names:
                continue  # "vom Erste-Liga-Club Kapfenberger SV": a known body after its kind
            if inside and all(c.type == "LOC" for c in inside):
                covered = {t for c in inside for t in range(c.i, c.j)}
                if covered >= set(range(x, y)):
                    continue  # "von der Steiermark": a place
            drop |= {id(c) for c in inside}
            c = span_cand(idx, seg, x, y, "ORG", "intro")
            c.key = c.text
            out.append(c)
    if not out:
        return cands
    return [c for c in cands if id(c) not in drop] + out
