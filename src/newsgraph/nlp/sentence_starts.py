"""Sentence starts preset after a sentence's final mark, before the parser reads the text.

The trained parser sets the sentence boundaries, and it runs on past a full stop more often than
one would think: after a verb-final subordinate clause (``…, ohne dass die App geöffnet werden
muss. Außerdem sollen …``, ``…, ohne dass sich der Inhalt des Telefons automatisch löscht. Apple
sträubt sich …``) it hung the next sentence on the one before. On the 421 records of 10kGNAD in
no gold set about 150 stop tokens stood inside a parser sentence before a capitalised word
(session 28) — one join in every three articles. The entity layer reads roles and countries,
the events their parties, sentence by sentence, so a join mixes two sentences' subjects.

``newsgraph_sentence_starts`` runs before the tagger and marks the token after ``.``, ``!`` or
``?`` (and any closing quote marks after it) as a sentence start when that
token is capitalised or an opening quote mark, and the closing marks in between as no sentence
start (the parser had left ``“`` to open the next sentence). The parser keeps a preset start (spaCy's arc-eager
system never attaches across it). A stop after a short capitalised word is left to the parser:
an abbreviation the tokenizer does not know (``Bez. Kitzbühel``) keeps its stop as a token of its
own. Ordinals and abbreviations the tokenizer knows (``am 3. Oktober``, ``Mrd. Euro``) hold their
stop inside their token and are not touched; a number's sentence-final stop is split off by
``newsgraph_number_periods`` first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: tokens that end a sentence
#: (not an ellipsis: "The Sound of... Mayfield Roots", a title on fresh text)
FINAL_MARKS = frozenset({".", "!", "?", "?!", "!?"})
#: closing quote marks that may stand between the final mark and the next sentence (not a
#: closing bracket: "einer (Achtung, ironisch!) Bluefacing-Kostümidee" goes on after it)
CLOSING_MARKS = frozenset({"“", "”", '"', "»", "«", "'", "’"})
#: opening quote marks that may start the next sentence
OPENING_QUOTES = frozenset({"„", "»", "“", '"'})
#: a capitalised word this short before a stop may be an abbreviation ("Bez.", "Abg.")
ABBREVIATION_LENGTH = 3


def _abbreviation_before(doc: Doc, i: int) -> bool:
    """Is the word before the stop at token i a possible abbreviation: a short capitalised word
    written right before it ("Bez." in "(Bez. Kitzbühel)")?"""
    if i == 0 or doc[i].text != ".":
        return False
    prev = doc[i - 1]
    return (
        not prev.whitespace_
        and prev.text.isalpha()
        and len(prev.text) <= ABBREVIATION_LENGTH
        and prev.text[:1].isupper()
        and not prev.text.isupper()
    )


def sentence_start_after(doc: Doc, i: int) -> int | None:
    """The index of the token that starts a new sentence after the final mark ``doc[i]``, or
    None when none does."""
    if doc[i].text not in FINAL_MARKS or _abbreviation_before(doc, i):
        return None
    k = i + 1
    while k < len(doc) and doc[k].text in CLOSING_MARKS and not doc[k - 1].whitespace_:
        k += 1
    if k >= len(doc) or not doc[k - 1].whitespace_:
        return None  # "derstandard.at", "1.2": no space after the mark
    word = doc[k].text
    if word in OPENING_QUOTES or (word[:1].isalpha() and word[:1].isupper()):
        return k
    return None


@Language.component("newsgraph_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """Presets a sentence start after each sentence-final mark (see the module docstring)."""
    for tok in doc:
        k = sentence_start_after(doc, tok.i)
        if k is not None:
            for closing in doc[tok.i + 1 : k]:
                closing.is_sent_start = False  # "… kommen wir.“ Dann": the mark ends its sentence
            if doc[k].is_sent_start is None:
                # not where a caller forbade a start (events/sentences.py re-parses joined
                # pieces with their cuts preset as no start)
                doc[k].is_sent_start = True
    return doc
