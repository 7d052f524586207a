"""List the person spans a rule component changes: NER part with and without it.

Runs the NER part of the pipeline (``MODELS_DIR`` = ``--models``) over the lines of the
gold texts (``tests/fixtures/gold/*.txt``) and of 10kGNAD records (``--gnad N``: lines 0 to N-1, default
lines 0-299 only), once with all components and once without ``--component``, and prints every
PER span that differs, with its context: ``file<TAB>removed|added<TAB>span<TAB>context``.

--name-model-off compares with the common-word filter without its name model instead.

Usage: python scripts/models/filter_diff.py [--models DIR] [--component newsgraph_common_words]
       [--gnad N] [--name-model-off] > diff.tsv
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsgraph.nlp as ng_nlp


def paragraphs(args: argparse.Namespace) -> list[tuple[str, str]]:
    out = []
    for path in sorted(Path("tests/fixtures/gold").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            if para.strip():
                out.append((path.name, para))
    lines = (args.data / "news-de/10kgnad.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines[: args.gnad]):
        for para in json.loads(line)["text"].split("\n"):
            if para.strip():
                out.append((f"10kgnad:{i}", para))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--component", default="newsgraph_common_words")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--gnad", type=int, default=300)
    ap.add_argument(
        "--name-model-off",
        action="store_true",
        help="compare with newsgraph_common_words without its name model (name_model.py)",
    )
    args = ap.parse_args()
    if args.gnad > 300:
        raise SystemExit("10kGNAD lines 300-801 are kept for independent checks")
    if args.models is not None:
        ng_nlp.MODELS_DIR = args.models.resolve()
    nlp = ng_nlp.load_pipeline("de")
    names = ng_nlp.ner_pipe_names(nlp)
    items = paragraphs(args)
    texts = [t for _, t in items]
    with nlp.select_pipes(enable=names):
        with_c = list(nlp.pipe(texts, batch_size=64))
    if args.name_model_off:  # the common-word filter without its name model
        pipe = nlp.get_pipe("newsgraph_common_words")
        saved, pipe.name_model = pipe.name_model, None  # type: ignore[attr-defined]
        with nlp.select_pipes(enable=names):
            without = list(nlp.pipe(texts, batch_size=64))
        pipe.name_model = saved  # type: ignore[attr-defined]
    else:
        with nlp.select_pipes(enable=[n for n in names if n != args.component]):
            without = list(nlp.pipe(texts, batch_size=64))
    n_removed = n_added = 0
    for (src, _), a, b in zip(items, with_c, without, strict=True):
        pa = {(e.start_char, e.end_char) for e in a.ents if e.label_ == "PER"}
        pb = {(e.start_char, e.end_char) for e in b.ents if e.label_ == "PER"}
        for kind, spans in (("removed", pb - pa), ("added", pa - pb)):
            for s, e in sorted(spans):
                ctx = a.text[max(0, s - 50) : e + 30].replace("\n", " ")
                print(f"{src}\t{kind}\t{a.text[s:e]}\t{ctx}")
                if kind == "removed":
                    n_removed += 1
                else:
                    n_added += 1
    total = sum(1 for d in without for e in d.ents if e.label_ == "PER")
    print(
        f"# {len(items)} paragraphs, {total} PER spans without; {n_removed} removed, "
        f"{n_added} added"
    )


if __name__ == "__main__":
    main()
