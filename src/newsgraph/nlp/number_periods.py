"""A sentence's full stop after a number, split off before the parser reads the text.

German writes ordinals with a full stop (``am 3. Oktober``, ``der 1. FC``, ``zum 100. Mal``), so
spaCy's German tokenizer keeps the stop of every number as part of the number's token. A
sentence that ends in a number then ends in no stop token, and the trained parser — which
learned its sentence boundaries from stop tokens — runs it on into the next one: ``Die Zahl
stieg im März auf 30.000. Bulgarien baut einen Zaun.``, ``Das war im Jahr 2015. Die Regierung
reagierte.`` were each one sentence (session 28; about one such join in eight articles of
10kGNAD). Quotes, roles and events are read sentence by sentence, so a join gives one
sentence's speaker, country or party to the other.

``newsgraph_number_periods`` runs first, before the tagger, and splits such a token into the
number and a separate ``.``, and marks the next token as a sentence start (the parser keeps a
preset boundary; the stop token alone did not make it break), when the word after it cannot be the noun an ordinal goes with:

* the next word is capitalised and HanTa reads it as no noun or name (``Die``, ``Es``, ``Dazu``,
  ``Ebenfalls``, ``Gemessen``: capitalised because a sentence starts there) — an adjective only
  when no article or article-preposition stands before the number (``der 2. Deutsche
  Bundestag`` stays one sentence);
* the next word is an opening quote mark (``„``, ``»``);
* the number cannot be an ordinal of that noun or name: it has a decimal comma or a thousands
  separator, or four digits or more (a year: ``im Jahr 2012. Haider-Maurer hat …``), and no
  article or article-preposition stands before it.

Dates (``6.3.``, ``16. 5. 2016``), list ranks (``1. Sebastien Ogier``) and ordinals before nouns
(``der 50. Minute``) keep their token. Without HanTa the component changes nothing.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.nlp.hanta import german_tagger

#: a number with its full stop: digits, optionally grouped or with a decimal comma
NUMBER_STOP = re.compile(r"^\d[\d.,]*\.$")
#: a day and month written with stops (``6.3.``, ``11.7.``): a date, never a sentence's end
DAY_MONTH = re.compile(r"^\d{1,2}\.\d{1,2}\.$")
#: opening quote marks after which a stop cannot be an ordinal's (a closing mark after the stop
#: ends a quotation the parser reads whole: ``„Es waren 2015.“ Dann …`` keeps its token)
QUOTE_MARKS = frozenset({"„", "»"})
#: HanTa tags of words an ordinal stands before: nouns, names, foreign words, truncations
NOUN_TAGS = frozenset({"NN", "NNA", "NE", "FM", "XY", "TRUNC"})
#: HanTa tags of the words before an ordinal in a noun phrase (``der``, ``am``, ``seinem``)
ORDINAL_CONTEXT_TAGS = frozenset({"ART", "APPRART", "PPOSAT", "PDAT", "PIAT"})


class NumberPeriods:
    """Splits a number's full stop off where a sentence ends (see the module docstring)."""

    def __init__(self, tagger: object | None) -> None:
        self.tagger = tagger
        self._tags: dict[str, str | None] = {}

    def _tag(self, word: str) -> str | None:
        if word not in self._tags:
            tags = self.tagger.tag_word(word, cutoff=3)  # type: ignore[union-attr]
            self._tags[word] = str(tags[0][0]) if tags else None
        return self._tags[word]

    def _ordinal_context(self, doc: Doc, i: int) -> bool:
        if i == 0 or doc[i - 1].is_punct:
            return False
        before = doc[i - 1].text
        return self._tag(before.lower()) in ORDINAL_CONTEXT_TAGS

    def sentence_end(self, doc: Doc, i: int) -> bool:
        """Whether the stop of the number token ``doc[i]`` ends a sentence."""
        tok = doc[i]
        if not NUMBER_STOP.match(tok.text) or DAY_MONTH.match(tok.text) or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        if nxt.text in QUOTE_MARKS:
            return True
        if not nxt.text[:1].isupper() or not nxt.text[:1].isalpha():
            return False
        tag = self._tag(nxt.text) or "NE"
        if tag not in NOUN_TAGS:
            return not (tag.startswith("ADJ") and self._ordinal_context(doc, i))
        number = tok.text[:-1]
        no_ordinal = "," in number or "." in number or len(number) >= 4
        return no_ordinal and not self._ordinal_context(doc, i)

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None:
            return doc
        ends = [tok for tok in doc if self.sentence_end(doc, tok.i)]
        if not ends:
            return doc
        starts = [tok.i + 1 for tok in ends]
        with doc.retokenize() as retokenizer:
            for tok in ends:
                heads: list[Token | tuple[Token, int]] = [(tok, 1), tok]
                retokenizer.split(tok, [tok.text[:-1], "."], heads=heads)
        for shift, i in enumerate(starts):
            # the stop alone does not make the parser break there (``30.000 . Bulgarien`` stayed
            # one sentence): a preset sentence start is a boundary the parser keeps
            doc[i + shift + 1].is_sent_start = True
        return doc


@Language.factory("newsgraph_number_periods")
def make_number_periods(nlp: Language, name: str) -> NumberPeriods:
    return NumberPeriods(german_tagger())
