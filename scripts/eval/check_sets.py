"""Build one folder of symlinks per never-tuned check set in ``tests/fixtures/gold-check/``.

The check sets share that folder; which records belong to which set is written in their
``SOURCES-checkN-*.md`` files. This makes ``OUT/cN/`` with the ``.gold.json`` and source ``.txt``
of every record of set N that is present, so each set can be scored on its own::

    python scripts/eval/check_sets.py /tmp/sets && scripts/eval/score_gold.sh . /tmp/out_c20 /tmp/sets/c20

Lead only, aggregates only (docs/evaluation.md): never read a check set's misses.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CHECK = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "gold-check"


def main(out: Path) -> None:
    sets: dict[str, set[str]] = {}
    for src in sorted(CHECK.glob("SOURCES-check*-*.md")):
        number = re.match(r"SOURCES-check(\d+)-", src.name)
        if number is None:
            continue
        names = set(re.findall(r"gnad-\d{4}", src.read_text(encoding="utf-8")))
        sets.setdefault(number.group(1), set()).update(
            n for n in names if (CHECK / f"{n}.gold.json").exists()
        )
    for number, names in sorted(sets.items()):
        others = set().union(*(v for k, v in sets.items() if k != number))
        if names & others:
            raise SystemExit(
                f"check set {number} shares records with another set: {names & others}"
            )
        folder = out / f"c{number}"
        folder.mkdir(parents=True, exist_ok=True)
        for name in sorted(names):
            for suffix in (".gold.json", ".txt"):
                link = folder / f"{name}{suffix}"
                if not link.exists():
                    link.symlink_to(CHECK / f"{name}{suffix}")
        print(f"check set {number}: {len(names)} records -> {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
