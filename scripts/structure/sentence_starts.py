"""Build ``src/newsgraph/data/structure/sentence_starts.de.txt``: German words that are
capitalised only where they start a sentence.

A word like *Allerdings*, *Dagegen* or *Nicht* is written lower-case inside a sentence, so a
capitalised occurrence after a phrase without punctuation ("… knapp. Zusatzhilfe angekündigt
Dagegen …") marks a new sentence — the phrase before it is a subheading that a one-line corpus
ran into the text (``newsgraph.structure.runin``). The list is counted, not written by hand:

- a word qualifies when it starts at least ``--min-starts`` sentences, its lower-case form occurs
  at least ``--min-lower`` times inside sentences, and its capitalised form occurs inside
  sentences at most once for every ``--ratio`` lower-case occurrences (names, nouns and words
  that often begin titles fail the last test);
- text: records 0–299 of ``news-de/10kgnad.jsonl`` (lines 300–801 hold the check sets' records),
  the ``# text`` lines of the UD German GSD test file (the syntax model's training part) and the
  SmartData train split; no test or held-out split.

    .venv/bin/python scripts/structure/sentence_starts.py [--data ../shared/data]

Sentences are cut at ``. ! ? : ;`` and closing quotation marks followed by white space, and at
line breaks; words are letter runs (hyphens and apostrophes inside). Output: one word a line,
sorted, after a header that names the sources and thresholds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "src" / "newsgraph" / "data" / "structure" / "sentence_starts.de.txt"
GNAD_RECORDS = 300  # records 0–299 only

_SENTENCE_END = re.compile(r"(?<=[.!?:;“\"»«])\s+|\n+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _gnad(data: Path) -> Iterator[str]:
    with (data / "news-de" / "10kgnad.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= GNAD_RECORDS:
                break
            yield json.loads(line)["text"]


def _gsd(data: Path) -> Iterator[str]:
    with (data / "ud-de" / "gsd" / "de_gsd-ud-test.conllu").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text = "):
                yield line[len("# text = ") :].strip()


def _smartdata(data: Path) -> Iterator[str]:
    with gzip.open(data / "smartdata-de" / "train.json.gz", "rt", encoding="utf-8") as fh:
        raw = fh.read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            return
        doc, pos = decoder.raw_decode(raw, pos)
        text: Any = doc.get("text") or ""
        if isinstance(text, dict):  # an Avro-JSON union {"string": ...}
            text = next(iter(text.values()), "") or ""
        if text:
            yield str(text)


def count(texts: Iterator[str]) -> tuple[Counter[str], Counter[str]]:
    """(sentence-initial words, words inside sentences) of the texts."""
    starts: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            words = _WORD.findall(sentence)
            if words:
                starts[words[0]] += 1
                inside.update(words[1:])
    return starts, inside


def _wikiann(data: Path) -> Counter[str]:
    """Words of WikiANN German train inside its fragments (not the first token of each)."""
    inside: Counter[str] = Counter()
    first = True
    with (data / "ner-de" / "wikiann-de" / "train.iob").open(encoding="utf-8") as fh:
        for line in fh:
            token = line.split("\t", 1)[0].strip()
            if not token:
                first = True
                continue
            if not first and _WORD.fullmatch(token):
                inside[token] += 1
            first = False
    return inside


def sentence_starts(
    starts: Counter[str], inside: Counter[str], *, min_starts: int, min_lower: int, ratio: int
) -> list[str]:
    out = []
    for lower, n in inside.items():
        if n < min_lower or not lower[0].islower():
            continue
        word = lower[0].upper() + lower[1:]
        if starts[word] >= min_starts and inside[word] * ratio <= n:
            out.append(word)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--min-starts", type=int, default=3)
    ap.add_argument("--min-lower", type=int, default=10)
    ap.add_argument("--ratio", type=int, default=30)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    def texts() -> Iterator[str]:
        yield from _gnad(args.data)
        yield from _gsd(args.data)
        yield from _smartdata(args.data)

    starts, inside = count(texts())
    inside.update(_wikiann(args.data))
    words = sentence_starts(
        starts, inside, min_starts=args.min_starts, min_lower=args.min_lower, ratio=args.ratio
    )
    header = (
        "# Words capitalised only where they start a sentence (scripts/structure/sentence_starts.py)\n"
        f"# from 10kGNAD records 0-{GNAD_RECORDS - 1}, the UD German GSD test file and the SmartData"
        " train split;\n"
        f"# >= {args.min_starts} sentence starts, lower-case form >= {args.min_lower} times inside"
        f" sentences, capitalised inside <= 1/{args.ratio} of that\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
