"""Build the gazetteer-derived lexicons in ``newsgraph/data/entities/`` from ``../shared/data``.

Run from the repository root: ``python -m newsgraph.entities.build_lexicons [SHARED_DATA]``.
The outputs are committed; nothing runs at analysis time.

- ``first_names.txt.gz``: given names, read off the multi-token PER spans of the NER corpora
  (WikiANN de, ODC-BY; LER, CC BY 4.0 — not GermEval, whose parts we hold out): a token that begins
  person names at least as often as it continues them, and is rarely outside a name, is
  taken as a given name.
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


def first_names(shared: Path) -> list[str]:
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for sent in name_corpus_sentences(shared):
        for token, tag in sent:
            if tag == "O":
                plain[token] += 1
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
