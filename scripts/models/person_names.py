"""Build the surname list of the ``newsgraph_person_names`` rule: gazetteer surnames (and their
genitive in -s) whose best HanTa tag is NE (proper noun) by a margin of at least MARGIN in log
probability over any other tag, so that common nouns that are also surnames (Krieg, Bank, Burg,
Halle, Baum ...) are left to the statistical NER.

Usage: python scripts/models/person_names.py [--data ../shared/data]
       [--out src/newsgraph/models/de_person_names.txt.gz]
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

MARGIN = 1.0


def is_proper(tagger: object, word: str) -> bool:
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    if not tags or tags[0][0] != "NE":
        return False
    return len(tags) == 1 or float(tags[0][1]) - float(tags[1][1]) >= MARGIN


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("src/newsgraph/models/de_person_names.txt.gz"))
    args = ap.parse_args()
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    path = args.data / "gazetteers-de/personennamen.list"
    names = sorted({ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()})
    keep = []
    for name in names:
        if len(name) < 3 or not name.isalpha() or not name[:1].isupper():
            continue
        if is_proper(tagger, name):
            keep.append(name)
            if not name.endswith("s") and is_proper(tagger, name + "s"):
                keep.append(name + "s")
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(
            "# surnames from gazetteers-de/personennamen.list (GermaNER, ASL 2.0) that HanTa\n"
        )
        fh.write("# tags as proper nouns; built by scripts/models/person_names.py\n")
        fh.write("\n".join(keep) + "\n")
    print(f"{args.out}: {len(keep)} of {len(names)} surnames")


if __name__ == "__main__":
    main()
