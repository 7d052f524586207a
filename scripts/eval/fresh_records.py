"""Write the 10kGNAD records that no gold set annotates, for reading changes on fresh text.

    python scripts/eval/fresh_records.py OUT.jsonl [FIRST-LAST]

Keeps the lines FIRST..LAST (0-based, inclusive; default 0-299) of
``../shared/data/news-de/10kgnad.jsonl`` whose record ``gnad-NNNN`` has no ``.gold.json`` in
``tests/fixtures/gold*/``. The sessions call records 0-299 "fresh" (161 records) and 300-801
"fresh300" (260 records); analyse the file with ``newsgraph analyze OUT.jsonl -f jsonl`` at two
commits and compare the outputs with ``scripts/eval/fresh_diff.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def annotated() -> set[int]:
    """Line numbers of the 10kGNAD records that have a gold file in any gold folder."""
    return {
        int(p.name[len("gnad-") : len("gnad-") + 4])
        for p in (ROOT / "tests" / "fixtures").glob("gold*/gnad-*.gold.json")
    }


def main(out: Path, first: int, last: int) -> None:
    skip = annotated()
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    kept = [line for i, line in enumerate(lines) if first <= i <= last and i not in skip]
    out.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    print(f"{len(kept)} records of lines {first}-{last} with no gold file -> {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    span = sys.argv[2] if len(sys.argv) == 3 else "0-299"
    a, b = (int(x) for x in span.split("-"))
    main(Path(sys.argv[1]), a, b)
