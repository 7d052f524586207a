"""Build ``data/quotes/konjunktiv1.generated.txt`` from Universal Dependencies German GSD.

Every verb lemma of the treebank gives its 3rd person singular Konjunktiv I (stem + e:
bergen → berge, schüren → schüre); forms the treebank also uses as another part of speech
(meine, weite, breite …) are left out, and the Konjunktiv forms it marks (Mood=Sub) are added.

    python -m newsgraph.quotes.build_lexicon ../shared/data/ud-de/gsd/de_gsd-ud-test.conllu

Only the GSD *test* file, the project's syntax training file (docs/models.md): the dev file is
held out for reporting and was used here too until session 13.

The word list is derived from UD German GSD (CC BY-SA 4.0).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

from newsgraph.quotes.lexicon import load


def build(paths: list[Path]) -> list[str]:
    lemmas: set[str] = set()
    pos_of: dict[str, set[str]] = defaultdict(set)
    subjunctive: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            form, lemma, upos, feats = cols[1].lower(), cols[2].lower(), cols[3], cols[5]
            pos_of[form].add(upos)
            if upos in ("VERB", "AUX") and lemma.isalpha():
                lemmas.add(lemma)
                if "Mood=Sub" in feats and "Person=3" in feats and "Number=Sing" in feats:
                    subjunctive.add(form)
    lex = load("de")
    blocked = lex.first_person | {w.lower() for w in lex.second_person}
    out: set[str] = set()
    for lemma in lemmas:
        if lemma.endswith("en") and len(lemma) > 4:
            form = lemma[:-2] + "e"
        elif lemma.endswith(("ln", "rn")) and len(lemma) > 4:
            form = lemma[:-1] + "e" if lemma.endswith("rn") else lemma[:-3] + "le"
        else:
            continue
        if pos_of.get(form, set()) - {"VERB", "AUX"} or form in blocked:
            continue
        out.add(form)
    out |= {f for f in subjunctive if not f.endswith(("te", "ten"))}
    out -= lex.konj2  # Konjunktiv II (wäre, hätte) is told apart from Konjunktiv I
    return sorted(out)


def main(argv: list[str]) -> None:
    forms = build([Path(p) for p in argv])
    target = Path(
        str(resources.files("newsgraph") / "data" / "quotes" / "konjunktiv1.generated.txt")
    )
    header = (
        "# Konjunktiv I (3rd person singular) of the verb lemmas of UD German GSD "
        + "+".join(sorted(Path(p).name for p in argv))
        + "\n"
        "# (CC BY-SA 4.0), built by `python -m newsgraph.quotes.build_lexicon`; one form a line.\n"
    )
    target.write_text(header + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"{len(forms)} forms → {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
