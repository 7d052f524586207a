"""Is a word a proper name rather than an ordinary word? (HanTa's lexicon, when installed.)

Used for the first part of a hyphenated role compound: "Springer-Chef", "Wifo-Chef",
"Lega-Spitzenpolitiker" name an organisation, "Verbands-Geschäftsführer", "Team-Chef",
"Rekord-Sieger" do not. HanTa (a runtime dependency, also used by the NER's common-word
filter) tags names NE; without it no word counts as a name.

And the reverse, for names the entity layer's own rules would make: a capitalised word after a
role noun or a given name that HanTa knows as an ordinary word ("der Korrespondenten Thema",
"Frankreichs Meister Favorit"), or that is an English common word ("Global CEO Survey"), and
that is no surname of the shipped surname list, is no name (:func:`is_common_word`; the same
test as the NER's common-word filter, ``newsgraph_common_words``).
"""

from __future__ import annotations

from functools import cache

from newsgraph.caching import bounded
from newsgraph.nlp.hanta import german_tagger

#: HanTa tags of names: proper noun, foreign material
NAME_TAGS = frozenset({"NE", "FM"})
#: tags of :func:`common_word_tag` for nouns: German common noun, English common word
NOUN_TAGS = frozenset({"NN", "EN"})
#: HanTa tags of adverbs and function words: capitalised, one opens a sentence and names
#: nothing ("Insgesamt stellte die Polizei … fest"; session 26)
FUNCTION_WORD_TAGS = frozenset({"ADV", "PROAV", "PAV", "APPR", "APPRART", "KON", "KOUS", "PTKANT"})


_NAME_WORDS: dict[str, bool] = {}
_COMMON_TAGS: dict[str, str | None] = {}


def is_name_word(word: str) -> bool:
    """HanTa's best reading of the capitalised ``word`` is a proper noun or foreign word."""
    known = _NAME_WORDS.get(word)
    if known is None:
        known = bounded(_NAME_WORDS)[word] = _is_name_word(word)
    return known


def _is_name_word(word: str) -> bool:
    tagger = german_tagger()
    if tagger is None or not word[:1].isupper():
        return False
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    return bool(tags) and tags[0][0] in NAME_TAGS


class _EitherList:
    """Membership in either of two shared word lists, without a merged copy of them."""

    __slots__ = ("first", "second")

    def __init__(self, first: frozenset[str], second: frozenset[str]) -> None:
        self.first = first
        self.second = second

    def __contains__(self, word: object) -> bool:
        return word in self.first or word in self.second


@cache
def _name_lists() -> tuple[_EitherList, frozenset[str]]:
    """The shipped surname list of the NER (with the English common words that are gazetteer
    surnames: Young, Cook) and the English common words of its person check."""
    from newsgraph.nlp import MODELS_DIR, PERSON_NAMES
    from newsgraph.nlp.components import NLP_DATA, read_name_list

    def read(path: object) -> frozenset[str]:
        from pathlib import Path

        p = Path(str(path))
        return read_name_list(p) if p.is_file() else frozenset()

    # the surname list is the NER's own (read_name_list shares it): ≈ 10 MB not held twice
    surnames = _EitherList(
        read(MODELS_DIR / PERSON_NAMES["de"]), read(NLP_DATA / "english_surnames.txt.gz")
    )
    return surnames, read(NLP_DATA / "english_words.txt.gz")


def is_listed_surname(word: str) -> bool:
    """A surname of the NER's shipped surname list (or an English gazetteer surname)."""
    return word in _name_lists()[0]


def is_common_word(word: str) -> bool:
    """A capitalised ``word`` that is an ordinary German word for HanTa (the thresholds of the
    NER's common-word filter) or an English common word, and no surname of the shipped list."""
    return common_word_tag(word) is not None


def common_word_tag(word: str) -> str | None:
    """HanTa's tag of a capitalised ordinary ``word`` (see :func:`is_common_word`; "EN" for an
    English common word), or None when it may be a name."""
    if word in _COMMON_TAGS:
        return _COMMON_TAGS[word]
    tag = bounded(_COMMON_TAGS)[word] = _common_word_tag(word)
    return tag


def _common_word_tag(word: str) -> str | None:
    from newsgraph.nlp.hanta import common_word_tag

    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return None
    surnames, english = _name_lists()
    if word in surnames:
        return None
    if word.lower() in english:
        return "EN"
    tagger = german_tagger()
    if tagger is None:
        return None
    return common_word_tag(tagger, word)


@cache
def _name_model() -> object | None:
    """The NER's character n-gram name model (shipped beside the surname list), if present."""
    from newsgraph.nlp import MODELS_DIR, PERSON_NAMES
    from newsgraph.nlp.components import NAME_MODEL_FILE, NameModel

    path = (MODELS_DIR / PERSON_NAMES["de"]).parent / NAME_MODEL_FILE
    return NameModel.read(path) if path.is_file() else None


def word_probability(word: str) -> float | None:
    """The name model's P(ordinary word) of a capitalised form, against P(person name)
    (None without the model): "Argentatus" 0.98, "Vita" 0.92 … "Dumont" 0.02."""
    model = _name_model()
    return None if model is None else model.p_word(word)  # type: ignore[attr-defined]


def is_function_word(word: str) -> bool:
    """A capitalised adverb or function word ("Insgesamt", "Zudem", "Laut"): no name."""
    return common_word_tag(word) in FUNCTION_WORD_TAGS
