"""Organisation names whose words are coordinated (session 34, helper "orgs"; docs/entities.md,
"Session 34: coordinated organisation names").

1. *An elided first part*: "im Arbeits- und Sozialministerium", "der Wirtschafts- und Sozialrat"
   name one body whose first compound part stands before "und" with a hyphen for the shared
   head. The NER and the organisation-noun rule take only the second compound
   ("Sozialministerium"), another body. The name starts at the elided part (also over a list:
   "Bundes-, Landes- und Gemeindeverband") when the span is one whole compound noun in the
   singular: not a plural ("die Finanz- und Innenministerien": two bodies), not a name inside
   a compound ("Rewe- und Bank-Austria-Mitarbeiter").
2. *A name's last "und" noun*: "das Ministerium für Arbeit, Soziales und Konsumentenschutz": a
   name with "für" whose span the NER ended before "und" or a comma runs on over the
   coordinated bare nouns of its field, when the last is followed by no capitalised word (it
   would start a new noun phrase) and none of them is a person, role or name ("Institut für
   Biologie und Kollegen", "… für Höhere Studien und Wifo").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand
    from newsgraph.pipeline import Segment

#: the words that join the elided part to the full compound
_JOINERS = frozenset(["und", "oder", "sowie"])


def _elided(tok: Token) -> bool:
    """ "Wissenschafts-", "Landes-": a capitalised compound part that ends in a hyphen."""
    text = tok.text
    return len(text) > 2 and text.endswith("-") and text[:1].isupper() and text[-2].isalpha()


def _plural(tok: Token) -> bool:
    """ "Innenministerien", not the genitive "Innenministeriums" the tagger also calls plural."""
    return "Plur" in tok.morph.get("Number", []) and not tok.text.endswith("s")


def _whole_compound(doc: Doc, c: Cand) -> bool:
    """Is c one whole compound noun in the singular, which an elided part can share
    ("Wirtschaftsministerium"), not a name of several words ("Bank Austria") or a plural
    ("die Finanz- und Innenministerien": two bodies)?"""
    tok = doc[c.i]
    return (
        c.j - c.i == 1
        and c.start == c.end - len(tok.text)
        and c.text == tok.text
        and tok.text[1:].islower()
        and not _plural(tok)
    )


def _elided_start(doc: Doc, i: int) -> int:
    """The first token of the elided parts before token i, or i when there are none."""
    if i < 2 or doc[i - 1].lower_ not in _JOINERS or not _elided(doc[i - 2]):
        return i
    k = i - 2
    while k >= 2 and doc[k - 1].text == "," and _elided(doc[k - 2]):
        k -= 2  # "Bundes-, Landes- und Gemeindeverband"
    return k


def _field_noun(tok: Token, lex: Lexicon) -> bool:
    """A bare capitalised common noun that can be one field of a "für" name ("Arbeit",
    "Forschung", "Soziales"), no name, person or role."""
    text = tok.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and not text.isupper()
        and tok.pos_ == "NOUN"
        and lex.role(text) is None
        and lex.country_of(text) is None
        and text not in lex.institutions
        and not lex.is_intro(text)
    )


def _field_end(doc: Doc, c: Cand, lex: Lexicon) -> int:
    """The end of the coordinated field nouns after a "für" name at c, or c.j."""
    if not any(t.lower_ == "für" for t in doc[c.i + 1 : c.j - 1]):
        return c.j
    k = c.j
    while k + 1 < len(doc) and doc[k].text == "," and _field_noun(doc[k + 1], lex):
        k += 2  # "für Arbeit, Soziales und Konsumentenschutz"
    if not (k + 1 < len(doc) and doc[k].lower_ == "und" and _field_noun(doc[k + 1], lex)):
        return c.j
    end = k + 2
    if end < len(doc) and doc[end].text[:1].isupper():
        return c.j  # "… und Soziales Beamte": a new noun phrase may start
    return end


def _reset(seg: Segment, c: Cand, i: int, j: int) -> None:
    """Widen c to tokens i..j; its key (the nominative the rules gave) takes the same words."""
    doc = seg.doc
    head = c.key or c.text
    before = doc[i : c.i].text
    after = doc[c.j : j].text
    c.key = " ".join(p for p in (before, head, after) if p).replace(" ,", ",")
    c.i, c.j = i, j
    c.start = seg.start + doc[i].idx
    c.end = seg.start + doc[j - 1].idx + len(doc[j - 1])
    c.text = doc[i:j].text
    c.country = None  # the whole name says whose body it is


def extend_coordinated_names(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """Widen organisation spans over an elided first part and over the last coordinated field
    nouns of a "für" name (module docstring)."""
    taken = {(c.seg, k) for c in cands if c.i >= 0 for k in range(c.i, c.j)}
    for c in cands:
        if c.type != "ORG" or c.i < 0 or c.seg < 0:
            continue
        seg = segments[c.seg]
        doc = seg.doc
        i = _elided_start(doc, c.i)
        if i < c.i and not _whole_compound(doc, c):
            i = c.i  # "Rewe- und Bank-Austria-Mitarbeiter", "Finanz- und Innenministerien"
        j = _field_end(doc, c, lex)
        if (i, j) == (c.i, c.j) or any(
            (c.seg, k) in taken for k in (*range(i, c.i), *range(c.j, j))
        ):
            continue
        _reset(seg, c, i, j)
        taken.update((c.seg, k) for k in range(i, j))
