"""Build ``src/newsgraph/data/entities/given_names_wiktionary.txt.gz``: given names of many
languages (Turkish, Bosnian/Croatian/Serbian, Italian, Dutch, …) from Wiktionary's categories
"<language> male/female/unisex given names", as collected by the Names-by-Culture repository.

Source: https://github.com/jgwoolley/Names-by-Culture, commit
81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b (``pages/<lang>/given_names.csv``; the repository is
Apache-2.0, the page titles come from the English Wiktionary, CC BY-SA 3.0/4.0). Get it with::

    git clone https://github.com/jgwoolley/Names-by-Culture /tmp/nbc
    git -C /tmp/nbc checkout 81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b
    python scripts/build_given_names.py /tmp/nbc [SHARED_DATA]

Kept: Latin-script titles of a category of another language than English of one word, letters only, three letters or more, capitalised and not
all capitals, that are no ordinary German or English word: not a stop word (spaCy de/en), not a
word HanTa knows as an ordinary German word (capitalised or lower-case, the thresholds of the
NER's common-word filter), not an English common word (``data/nlp/english_words.txt.gz``), not
a place of ``data/nlp/places_de.txt.gz`` or a capital or region of the entity lexicon, not in ``common_nouns.txt.gz``, no role noun, title,
country or country adjective of the entity lexicon. Names already in ``first_names.txt.gz`` or
``first_names_extra.txt`` are left out (no double entries), and so are surnames (the NER's shipped
surname list ``models/de_person_names.txt.gz`` and ``gazetteers-de/personennamen.list``:
"Klinger", "King"), names that the NER corpora of ``first_names.txt.gz`` (WikiANN de, LER dev)
use more often as a surname or a lone name than as the first word of a person's name
("Neymar"), and names they use at least twice outside person spans and more often there than
inside them ("Star"). Deterministic; nothing is
downloaded at run time: the output is committed and read by ``newsgraph.entities.lexicon``.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/newsgraph/data"
OUT = DATA / "entities/given_names_wiktionary.txt.gz"
SOURCE = "https://github.com/jgwoolley/Names-by-Culture"
COMMIT = "81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b"


@cache
def read_list(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


def candidates(repo: Path) -> set[str]:
    langs: dict[str, set[str]] = {}
    csv.field_size_limit(1 << 20)
    for path in sorted(repo.glob("pages/*/given_names.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("language_script") != "Latin":
                    continue
                name = (row.get("title") or "").strip()
                if len(name) >= 3 and name.isalpha() and name[:1].isupper() and name[1:].islower():
                    langs.setdefault(name, set()).add(row.get("language_id") or "")
    # English names alone are left out: the corpus-derived list has the common ones, and the
    # English categories hold many word names (Chase, Honor, Bee, Star) that no filter here
    # can tell from English words
    return {name for name, ls in langs.items() if ls - {"eng"}}


def common_word(name: str) -> bool:
    from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    from newsgraph.entities.build_lexicons import _common_word, hanta_common_word
    from newsgraph.entities.lexicon import load_lexicon

    lex = load_lexicon()
    low = name.lower()
    english = read_list(DATA / "nlp/english_words.txt.gz")
    places = read_list(DATA / "nlp/places_de.txt.gz")
    nouns = read_list(DATA / "entities/common_nouns.txt.gz")
    return (
        low in DE_STOP
        or low in EN_STOP
        or low in english
        or name in places
        or name in nouns
        or name in lex.capitals
        or name in lex.regions
        or hanta_common_word(name)
        or hanta_common_word(low)
        or _common_word(name)
    )


def corpus_counts(shared: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each token of the NER corpora (WikiANN de, ODC-BY; LER dev, CC BY 4.0; the
    sources of ``first_names.txt.gz``) opens a person span of several words, how often it
    stands elsewhere in a person span (a surname, a lone name), and how often outside person
    spans (in another entity's span, or outside any entity and not sentence-initial)."""
    from newsgraph.entities.build_lexicons import _person_spans, name_corpus_sentences

    first: Counter[str] = Counter()
    rest: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for sent in name_corpus_sentences(shared):
        for k, (token, tag) in enumerate(sent):
            if tag[2:5] not in ("PER", "RR", "AN") and (tag != "O" or k > 0):
                other[token] += 1
        for span in _person_spans(sent):
            if len(span) > 1:
                first[span[0]] += 1
                rest.update(span[1:])
            else:
                rest[span[0]] += 1
    return first, rest, other


def build(repo: Path, shared: Path) -> list[str]:
    known = set(read_list(DATA / "entities/first_names.txt.gz"))
    extra = (DATA / "entities/first_names_extra.txt").read_text(encoding="utf-8").splitlines()
    known |= {w.strip() for w in extra if w.strip() and not w.startswith("#")}
    first, rest, other = corpus_counts(shared)
    surnames = read_list(DATA.parent / "models/de_person_names.txt.gz")
    with (shared / "gazetteers-de/personennamen.list").open(encoding="utf-8") as fh:
        surnames |= {ln.strip() for ln in fh}
    return sorted(
        n
        for n in candidates(repo) - known
        if not common_word(n)
        and n not in surnames
        and not (other[n] >= 2 and other[n] > first[n] + rest[n])
        and rest[n] <= first[n]
    )


def main(argv: list[str]) -> None:
    if len(argv) not in (1, 2):
        raise SystemExit(__doc__)
    names = build(Path(argv[0]), Path(argv[1] if len(argv) > 1 else "../shared/data"))
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(
            (
                "# Given names of many languages: the English Wiktionary's given-name categories\n"
                f"# as collected by {SOURCE} (commit {COMMIT};\n"
                "# repository Apache-2.0, Wiktionary content CC BY-SA 3.0/4.0), filtered against\n"
                "# German and English common words by scripts/build_given_names.py.\n"
                + "".join(n + "\n" for n in names)
            ).encode("utf-8")
        )
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
