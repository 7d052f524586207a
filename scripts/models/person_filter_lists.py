"""Build the two word lists of the ``newsgraph_false_persons`` check (newsgraph.nlp.components).

* ``src/newsgraph/data/nlp/places_de.txt.gz``: the country names of
  ``gazetteers-de/laendernamen.list`` and the one-word German city names of
  ``gazetteers-de/stadtnamen.list`` that are neither a gazetteer surname
  (``personennamen.list``), nor in the shipped surname list, nor a first name
  (``data/entities/first_names.txt.gz``): a person span that is such a name is a place.
* ``src/newsgraph/data/nlp/english_words.txt.gz``: English common words, the alphabetic forms
  of 3+ letters seen lower-case at least 3 times in the English news bodies of
  ``html-en/ground-truth.json`` and at most half as often capitalised inside a sentence;
  ``english_surnames.txt.gz``: those of them that are gazetteer surnames (capitalised).

Deterministic; no download. Usage: python scripts/models/person_filter_lists.py [--data DIR]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/newsgraph/data/nlp"


def read_list(path: Path) -> set[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        return {ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")}


def places(data: Path) -> list[str]:
    gaz = data / "gazetteers-de"
    surnames = read_list(gaz / "personennamen.list")
    surnames |= read_list(ROOT / "src/newsgraph/models/de_person_names.txt.gz")
    first = read_list(ROOT / "src/newsgraph/data/entities/first_names.txt.gz")
    out = set(read_list(gaz / "laendernamen.list"))
    for city in read_list(gaz / "stadtnamen.list"):
        if " " not in city and city not in surnames and city not in first:
            out.add(city)
    return sorted(out)


def english_words(data: Path) -> list[str]:
    truth = json.loads((data / "html-en/ground-truth.json").read_text(encoding="utf-8"))
    lower: collections.Counter[str] = collections.Counter()
    upper: collections.Counter[str] = collections.Counter()
    for item in truth.values():
        for sent in re.split(r"(?<=[.!?])\s+", item.get("articleBody", "")):
            for i, word in enumerate(re.findall(r"[A-Za-z]+", sent)):
                if word.islower():
                    lower[word] += 1
                elif i > 0 and word[0].isupper() and word[1:].islower():
                    upper[word.lower()] += 1
    return sorted(w for w, n in lower.items() if len(w) >= 3 and n >= 3 and n >= 2 * upper[w])


def write(path: Path, header: str, words: list[str]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write((header + "\n".join(words) + "\n").encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    p = places(args.data)
    write(
        OUT / "places_de.txt.gz",
        "# Country names (laendernamen.list) and one-word German city names (stadtnamen.list)\n"
        "# that are no surname or first name; scripts/models/person_filter_lists.py\n",
        p,
    )
    e = english_words(args.data)
    write(
        OUT / "english_words.txt.gz",
        "# English common words: seen lower-case >= 3 times in html-en/ground-truth.json\n"
        "# (MIT), at most half as often capitalised; scripts/models/person_filter_lists.py\n",
        e,
    )
    gaz_surnames = read_list(args.data / "gazetteers-de/personennamen.list")
    es = [w for w in e if w[:1].upper() + w[1:] in gaz_surnames]
    write(
        OUT / "english_surnames.txt.gz",
        "# The English common words of english_words.txt.gz that are also gazetteer surnames\n"
        "# (personennamen.list, GermaNER, ASL 2.0); scripts/models/person_filter_lists.py\n",
        [w[:1].upper() + w[1:] for w in es],
    )
    print(f"{len(p)} places, {len(e)} English words, {len(es)} of them surnames")


if __name__ == "__main__":
    main()
