"""Token tests shared by the entity rules; they use the tagger's POS when the Doc has it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import IDX, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.lang.de.stop_words import STOP_WORDS

from newsgraph.entities.lexicon import ADJ_ENDINGS, DETERMINERS, NAME_PARTICLES, Lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät", "ismus", "nis",
    "tum", "chen", "lein", "ment", "ische", "ieren",
)  # fmt: skip
#: endings that given names and surnames share with nouns (Greek "Giannis", "Papadakis";
#: "Marion", "Damion"): they mark a common noun only for a word HanTa knows
NAME_PRONE_SUFFIXES = frozenset({"nis", "ion"})
NOT_NAME_POS = frozenset(
    {"ADV", "ADP", "VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "ADJ", "PART", "PUNCT", "NUM"}
)
# Words that are capitalised in running text but never names (weekdays, months, ...).
NOT_NAMES = frozenset(
    [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Uhr",
        "Prozent",
        "Euro",
        "Dollar",
        "Jahr",
        "Jahren",
        "Woche",
        "Wochen",
        "Tag",
        "Tage",
        "Tagen",
        "Monat",
        "Monaten",
        "Mrd",
        "Mio",
    ]
)


# participles used attributively: "amtierender", "scheidenden", "designierten"
PARTICIPLE = re.compile(r"^[a-zäöüß]{3,}(end|iert)(e|er|en|em|es)$")
# an adjective by its derivational suffix and a strong ending that no verb or adverb has:
# "technischer", "ehemaliger", "zuständiges" (the tagger sometimes calls them ADV or VERB)
DERIVED_ADJ = re.compile(
    r"^[a-zäöüß]{3,}(isch|lich|ig|bar|sam|haft|los|ell|al|iv|är|ös)(er|es|em)$"
)
AGE_ADJ = re.compile(r"^\d+-(jährig|köpfig|fach)(e|en|er|es|em)$")
# a name or abbreviation joined to an adjective: "SPÖ-naher", "ÖVP-nahen", "EU-kritische"
# (the tagger calls them PROPN)
NAME_ADJ = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß]*-[a-zäöüß]{3,}(e|er|en|es|em)$")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def has_pos(doc: Doc) -> bool:
    # session 14: the English rules were built on untagged text (the English pipeline had no
    # tagger before en_newsgraph); its tags would meet German word-class tests here
    return bool(doc.has_annotation("POS")) and doc.lang_ != "en"


def _per_doc(doc: Doc, key: str, values: Callable[[Doc], list[Any]]) -> list[Any]:
    """A list with one value per token, made once per doc and kept in ``doc.user_data``."""
    listed: list[Any] | None = doc.user_data.get(key)
    if listed is None or len(listed) != len(doc):
        listed = values(doc)
        doc.user_data[key] = listed
    return listed


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc and kept in ``doc.user_data`` (session 36: spaCy joins
    every token's text anew on each read, ≈ 0.5 ms for a segment of 900 tokens)."""
    known: tuple[int, str] | None = doc.user_data.get("newsgraph.doc_text")
    if known is None or known[0] != len(doc):
        known = (len(doc), doc.text)
        doc.user_data["newsgraph.doc_text"] = known
    return known[1]


def token_texts(doc: Doc) -> list[str]:
    """The texts of a doc's tokens, listed once per doc (kept in ``doc.user_data``): loops that
    test a word before they need its Token make no Token objects for the words they skip."""
    # session 26: from the doc's ID array, like token_lowers (a Token per word cost more)
    return _per_doc(doc, "newsgraph.token_texts", lambda d: _strings(d, ORTH))


def token_starts(doc: Doc) -> list[int]:
    """The character offsets of a doc's tokens (``tok.idx``), listed once per doc like
    :func:`token_texts`."""
    return _per_doc(doc, "newsgraph.token_starts", lambda d: d.to_array(IDX).tolist())


def token_lowers(doc: Doc) -> list[str]:
    """The lower-case forms of a doc's tokens (``tok.lower_``), listed once per doc like
    :func:`token_texts`, from the doc's ID array (no Token objects)."""
    return _per_doc(doc, "newsgraph.token_lowers", lambda d: _strings(d, LOWER))


def token_lemmas(doc: Doc) -> list[str]:
    """The lemmas of a doc's tokens (``tok.lemma_``, "" where none), listed once per doc like
    :func:`token_lowers`."""
    return _per_doc(doc, "newsgraph.token_lemmas", lambda d: _strings(d, LEMMA))


def token_pos(doc: Doc) -> list[str]:
    """The coarse word classes of a doc's tokens (``tok.pos_``, "" where none), listed once per
    doc like :func:`token_lowers`."""
    return _per_doc(doc, "newsgraph.token_pos", lambda d: _strings(d, POS))


def sentence_starts(doc: Doc) -> list[bool]:
    """Whether each token of a doc opens a sentence (``bool(tok.is_sent_start)``), listed once
    per doc like :func:`token_lowers`."""
    return _per_doc(
        doc,
        "newsgraph.sentence_starts",
        lambda d: [v == 1 for v in d.to_array(SENT_START).tolist()],
    )


def _strings(doc: Doc, attr: int) -> list[str]:
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(attr).tolist()]


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_det(tok: Token) -> bool:
    return tok.lower_ in DETERMINERS


#: adjectives used attributively without an ending ("ein rosa Kleid")
INVARIABLE_ADJ = frozenset(["lila", "rosa", "orange", "beige", "extra", "prima", "super", "pink"])


def is_adjective(tok: Token, pos: bool) -> bool:
    """An attributive adjective ("russische", "neuen", "US-amerikanischen")."""
    if PARTICIPLE.match(tok.text) and tok.lower_ not in DETERMINERS:
        return True  # "amtierender", "designierten": the tagger sometimes calls them DET/VERB
    if DERIVED_ADJ.match(tok.text) or NAME_ADJ.match(tok.text) or AGE_ADJ.match(tok.text):
        return True  # "21-jährige": the tagger often calls it NOUN
    if pos and tok.pos_:
        # an attributive adjective is inflected ("Das erklärt Projektmitarbeiter X": a verb
        # the tagger read as ADJA)
        return (
            tok.pos_ == "ADJ"
            and tok.text[:1].islower()
            and (tok.lower_.endswith(ADJ_ENDINGS) or tok.lower_ in INVARIABLE_ADJ)
        ) or (tok.pos_ == "ADJ" and tok.i > 0 and tok.lower_.endswith(ADJ_ENDINGS))
    text = tok.text
    if AGE_ADJ.match(text):
        return True
    if not text[:1].islower() and not (text[:2].isupper() and "-" in text):
        return False
    if tok.lower_ in DETERMINERS or not text.replace("-", "").isalpha():
        return False
    return text.endswith(ADJ_ENDINGS) and len(text) > 3


def is_name_like(tok: Token, lex: Lexicon, pos: bool, *, allow_first: bool = True) -> bool:
    """Could this token be (part of) a proper name?"""
    text = tok.text
    if not text[:1].isupper() or text in NOT_NAMES or text.startswith(WEEKDAYS):
        return False
    if not all(c.isalpha() or c in "-'’." for c in text):
        return False
    if text.endswith(".") and len(text) > 3:
        return False
    low = tok.lower_
    if low in DETERMINERS or (low in STOP_WORDS and not (pos and tok.pos_ == "PROPN")):
        return False
    if lex.role(text) is not None or lex.is_title(text):
        return False
    if lex.country_of_adjective(text) is not None and text[1:].islower():
        return False
    if pos and tok.pos_ in NOT_NAME_POS:
        return False
    return not (not allow_first and text in lex.first_names)


def is_particle(tok: Token) -> bool:
    return tok.lower_ in NAME_PARTICLES


def looks_common_noun(tok: Token, pos: bool) -> bool:
    """A capitalised word that is rather a common noun than a surname, by its suffix.

    The tagger's POS is not used: the first German model tags many surnames NOUN and many
    common nouns PROPN. ``pos`` is kept for callers that may use it later.
    """
    low = tok.lower_
    suffix = next(
        (suf for suf in NOUN_SUFFIXES if low.endswith(suf) and len(low) >= len(suf) + 3), None
    )
    if suffix is not None:
        # "Zynismus", "Regierung" even when the tagger says PROPN; a name-prone ending counts
        # only for a word the morphology knows ("Ergebnis", "Koalition", not "Giannis",
        # "Papadakis", "Marion")
        return suffix not in NAME_PRONE_SUFFIXES or _known_word(tok.text)
    return tok.text.startswith(WEEKDAYS)


def _known_word(word: str) -> bool:
    """HanTa reads ``word`` as an ordinary word (without HanTa: every word is)."""
    from newsgraph.entities.namewords import common_word_tag
    from newsgraph.nlp.hanta import german_tagger

    return german_tagger() is None or common_word_tag(word) is not None


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences of a Doc (own splitter when the Doc has none)."""
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    out: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if tok.text in (".", "!", "?") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.text[:1].isupper() or nxt.text in ("„", '"', "«", "»"):
                out.append((start, tok.i + 1))
                start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def strip_genitive(word: str) -> str:
    if word.endswith(("'", "’")):
        return word[:-1]
    return word[:-1] if word.endswith("s") else word


def strong_adjective(word: str, gender: str) -> str:
    """Nominative strong form of an inflected adjective: "ungarischen" → "ungarischer"."""
    if word[:1].isupper() and word.endswith("er"):
        return word  # place adjectives do not inflect: "Wiener", "Grazer"
    low = word
    for ending in ADJ_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = low[: -len(ending)]
            break
    else:
        stem = low
    return stem + {"m": "er", "f": "e", "n": "es", "pl": "e"}.get(gender, "er")
