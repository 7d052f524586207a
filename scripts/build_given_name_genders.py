"""Build ``src/newsgraph/data/entities/given_name_genders.txt.gz``: the gender of the given names
the entity layer knows (``first_names.txt.gz``, ``first_names_extra.txt``,
``given_names_wiktionary.txt.gz``), from the English Wiktionary's categories "<language>
male/female/unisex given names" as collected by the Names-by-Culture repository (the same
source as ``scripts/build_given_names.py``; its ``pages/<lang>/given_names.csv`` has a
``gender`` column).

Source: https://github.com/jgwoolley/Names-by-Culture, commit
81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b (the repository is Apache-2.0, the page titles and
categories come from the English Wiktionary, CC BY-SA 3.0/4.0). Get it with::

    git clone https://github.com/jgwoolley/Names-by-Culture /tmp/nbc
    git -C /tmp/nbc checkout 81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b
    python scripts/build_given_name_genders.py /tmp/nbc

A name's gender: the one gender of its German categories ("Marion": German female, though
French male) when they give one; with no German category, the one gender all its categories
give; none when they disagree or call it unisex ("Andrea", "Kim"). Output lines
``Name<TAB>f`` or ``Name<TAB>m``. Deterministic; read by ``newsgraph.entities.lexicon`` (the
entity layer's person gender, ``stage._person_gender``), never downloaded at run time.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/newsgraph/data/entities/given_name_genders.txt.gz"
SOURCE = "https://github.com/jgwoolley/Names-by-Culture"
COMMIT = "81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b"
GENDERS = {"Gender.female": "f", "Gender.male": "m", "Gender.unisex": "u"}


def categories(repo: Path) -> dict[str, set[tuple[str, str]]]:
    """name -> {(language id, 'f' | 'm' | 'u')} over every language's given-name categories."""
    out: dict[str, set[tuple[str, str]]] = {}
    csv.field_size_limit(1 << 20)
    for path in sorted(repo.glob("pages/*/given_names.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = (row.get("title") or "").strip()
                gender = GENDERS.get(row.get("gender") or "")
                if name and gender:
                    out.setdefault(name, set()).add((row.get("language_id") or "", gender))
    return out


def gender(rows: set[tuple[str, str]]) -> str | None:
    german = {g for lang, g in rows if lang == "deu"}
    genders = german or {g for _lang, g in rows}
    return next(iter(genders)) if len(genders) == 1 and genders != {"u"} else None


def build(repo: Path) -> list[str]:
    from newsgraph.entities.lexicon import load_lexicon

    known = load_lexicon().first_names
    cats = categories(repo)
    return sorted(
        f"{name}\t{g}"
        for name, rows in cats.items()
        if name in known and (g := gender(rows)) is not None
    )


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    lines = build(Path(argv[0]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(
            (
                "# The gender of given names: the English Wiktionary's given-name categories\n"
                f"# as collected by {SOURCE} (commit {COMMIT};\n"
                "# repository Apache-2.0, Wiktionary content CC BY-SA 3.0/4.0); German categories\n"
                "# first, else one gender over all languages; built by\n"
                "# scripts/build_given_name_genders.py. Lines: name<TAB>f|m.\n"
                + "".join(line + "\n" for line in lines)
            ).encode("utf-8")
        )
    print(f"{len(lines)} given names with a gender -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
