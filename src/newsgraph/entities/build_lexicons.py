"""Build the gazetteer-derived lexicons in ``newsgraph/data/entities/`` from ``../shared/data``.

Run from the repository root: ``python -m newsgraph.entities.build_lexicons [SHARED_DATA]``.
The outputs are committed; nothing runs at analysis time.

- ``first_names.txt.gz``: given names, read off the multi-token PER spans of the NER corpora
  (WikiANN de, ODC-BY; LER, CC BY 4.0 — not GermEval, whose parts we hold out): a token that begins
  person names at least as often as it continues them, and is rarely outside a name, is
  taken as a given name, unless it is a word with little evidence as a name
  (:func:`word_not_name`, session 20: "Liste", "Kabinett", "The", "Volksbefreiungsarmee").
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "nis", "tum", "ment")
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "entities"


def _iob_sentences(path: Path, sep: str | None, tag_col: int) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                if sent:
                    yield sent
                sent = []
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) < 2:
                continue
            token = cols[1] if tag_col == 2 else cols[0]
            sent.append((token, cols[tag_col]))
    if sent:
        yield sent


#: the NER corpora the given-name lists are counted from (WikiANN de, ODC-BY; LER dev, CC BY 4.0):
#: (path under the shared data folder, column separator, tag column)
NAME_CORPORA: tuple[tuple[str, str | None, int], ...] = (
    ("ner-de/wikiann-de/train.iob", "\t", 1),
    ("ner-de/wikiann-de/dev.iob", "\t", 1),
    ("ner-de/ler/ler_dev.conll", None, 1),
)


def name_corpus_sentences(shared: Path) -> Iterator[list[tuple[str, str]]]:
    """The (token, tag) sentences of :data:`NAME_CORPORA`."""
    for path, sep, col in NAME_CORPORA:
        yield from _iob_sentences(shared / path, sep, col)


def _person_spans(sent: list[tuple[str, str]]) -> Iterator[list[str]]:
    span: list[str] = []
    for token, tag in sent:
        if tag.startswith("B-") and tag[2:5] in ("PER", "RR", "AN"):
            if span:
                yield span
            span = [token]
        elif tag.startswith("I-") and tag[2:5] in ("PER", "RR", "AN") and span:
            span.append(token)
        else:
            if span:
                yield span
            span = []
    if span:
        yield span


def _transliterations(name: str) -> set[str]:
    """German spellings of Slavic names written the English way: Sergei → Sergej."""
    out = set()
    if name.endswith("ei") or name.endswith("ai"):
        out.add(name[:-1] + "j")
    if name.endswith("iy") or name.endswith("yi"):
        out.add(name[:-2] + "ij")
    return out


#: HanTa log-probability at or above which its best reading of a word comes from a word its
#: training corpus holds several times (a word it saw once scores about -14.7, a compound or
#: suffix analysis -16 to -26): "Kabinett" -9.8, "Liste" -10.1, "Pastor" -12.1, "Senate" -12.6
FREQUENT_WORD_LOGP = -13.0
#: a word HanTa knows as a frequent word needs more first-name uses than this in the corpora
#: (names of two or three uses that are frequent words: "Brett", "Reiner", "Auguste")
FREQUENT_WORD_MAX_FIRST = 1
#: a word HanTa knows (at the NER's common-word thresholds) this long is a compound noun or an
#: inflected adjective, not a given name ("Kronprinzessin", "Soldatenhandel", "Regierender")
LONG_WORD = 10


def hanta_common_word(word: str, min_logp: float | None = None) -> bool:
    """HanTa reads ``word`` as an ordinary German word: its best tag is no name tag, from its
    lexicon or compound analysis (log-probability at least ``min_logp``, by default the NER's
    ``KNOWN_WORD_LOGP``), clearly ahead of any name reading (the NER's ``NAME_MARGIN``)."""
    from newsgraph.nlp.hanta import KNOWN_WORD_LOGP, common_word_tag, german_tagger

    tagger = german_tagger()
    if tagger is None:
        raise SystemExit("HanTa is needed to build the given-name lists")
    return (
        common_word_tag(tagger, word, KNOWN_WORD_LOGP if min_logp is None else min_logp) is not None
    )


def english_words() -> frozenset[str]:
    """The lower-case English common words of ``data/nlp/english_words.txt.gz``."""
    path = DATA_DIR.parent / "nlp" / "english_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


def word_not_name(name: str, first: int, outside: int, english: frozenset[str]) -> bool:
    """``name`` is a word that opens person spans of the corpora by accident ("Liste Kessler",
    "Kabinett Bianchi", "The Beatles"): the corpora's evidence for it as a given name (``first``
    uses as the first word of a person's name of several words; ``outside`` uses outside person
    spans, not sentence-initial) is weak against the evidence for a word:

    * HanTa knows it (or its lower-case form) as a frequent word (``FREQUENT_WORD_LOGP``) and it
      opens at most ``FREQUENT_WORD_MAX_FIRST`` person names or is used more often outside
      them ("Kabinett", "Pastor", "Liste" 18 first / 107 outside; kept: "Mark" 48 / 9);
    * an English common word that opens one person name or is used more often outside them
      ("Adult", "Classic", "Miss", "The"; kept: "Bill", "Don", "Mark", "Miles");
    * HanTa knows it as a word of ``LONG_WORD`` letters or more ("Geisterjäger").

    On the 224 entries session 19 labelled (97 junk, 111 names, 16 unclear) this drops 56 junk,
    6 names (Beat, Ebbe, Else, Friedensreich, Olive, Wilder) and 1 unclear (Yuan); the
    thresholds are chosen on those counts (docs/entities.md, session 20).
    """
    low = name.lower()
    frequent = hanta_common_word(name, FREQUENT_WORD_LOGP) or hanta_common_word(
        low, FREQUENT_WORD_LOGP
    )
    return (
        (frequent and (first <= FREQUENT_WORD_MAX_FIRST or outside > first))
        or (low in english and (first <= 1 or outside > first))
        or (len(name) >= LONG_WORD and (hanta_common_word(name) or hanta_common_word(low)))
    )


def first_names(shared: Path) -> list[str]:
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for sent in name_corpus_sentences(shared):
        for k, (token, tag) in enumerate(sent):
            if tag == "O":
                plain[token] += 1
            if tag[2:5] not in ("PER", "RR", "AN") and (tag != "O" or k > 0):
                outside[token] += 1
        for span in _person_spans(sent):
            if len(span) < 2:
                other[span[0]] += 1
                continue
            first[span[0]] += 1
            for tok in span[1:]:
                other[tok] += 1
    names = {
        name
        for name, n in first.items()
        if ((n >= 2 and n >= other[name]) or (n == 1 and other[name] == 0))
        and plain[name] <= n // 2
        and not name.lower().endswith(NOUN_ENDINGS)
        and name[:1].isupper()
        and name.isalpha()
        and len(name) > 1
        and not name.isupper()
    }
    english = english_words()
    names = {n for n in names if not word_not_name(n, first[n], outside[n], english)}
    for name in list(names):
        names |= _transliterations(name)
    return sorted(n for n in names if not _common_word(n))


def _common_word(name: str) -> bool:
    """Role nouns, titles, adjectives and function words that slip into the PER spans."""
    from spacy.lang.de.stop_words import STOP_WORDS

    from newsgraph.entities.lexicon import load_lexicon

    lex = load_lexicon()
    low = name.lower()
    return (
        low in STOP_WORDS
        or lex.role(name) is not None
        or lex.is_title(name)
        or lex.country_of_adjective(name) is not None
        or name in lex.countries
        or low.endswith(("ische", "ischen", "liche", "lichen", "tive", "tiven", "igen"))
        or low in ("deutsche", "deutschen", "heilige", "heiligen", "new", "iron", "pony", "wiener")
    )


def common_nouns(shared: Path) -> list[str]:
    """Capitalised words that the NER corpora use mostly outside entities ("Front", "Waisen")."""
    plain: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    sources = [
        (shared / "ner-de/wikiann-de/train.iob", "\t", 1),
        (shared / "ner-de/ler/ler_dev.conll", None, 1),
    ]
    for path, sep, col in sources:
        for sent in _iob_sentences(path, sep, col):
            for k, (token, tag) in enumerate(sent):
                if not token[:1].isupper() or not token.isalpha() or token.isupper():
                    continue
                if tag == "O":
                    if k > 0:  # sentence-initial words are capitalised anyway
                        plain[token] += 1
                else:
                    inside[token] += 1
    return sorted(w for w, n in plain.items() if n >= 3 and inside[w] * 10 <= n)


def main(argv: list[str]) -> None:
    shared = Path(argv[0]) if argv else Path("../shared/data")
    nouns = common_nouns(shared)
    out = DATA_DIR / "common_nouns.txt.gz"
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write("# Capitalised words mostly outside entities in WikiANN de train (ODC-BY),\n")
        fh.write("# LER dev (CC BY 4.0); newsgraph.entities\n")
        fh.write("# .build_lexicons. Used to veto single-word spans of the statistical NER.\n")
        for word in nouns:
            fh.write(word + "\n")
    print(f"{len(nouns)} common nouns -> {out}")
    names = first_names(shared)
    out = DATA_DIR / "first_names.txt.gz"
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write("# Given names derived by newsgraph.entities.build_lexicons from the PER spans\n")
        fh.write("# of WikiANN de (ODC-BY) and LER (CC BY 4.0).\n")
        for name in names:
            fh.write(name + "\n")
    print(f"{len(names)} first names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
