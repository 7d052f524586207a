"""Entities per page before/after a change: a small regression check for the rule layer.

    python -m newsgraph.entities.page_diff dump OUT.json PAGE...   # entities of each page
    python -m newsgraph.entities.page_diff diff BEFORE.json AFTER.json

``dump`` reads each page with the ordinary readers, runs the pipeline and writes, per file
name, the language and the entities as "TYPE name [roles]". ``diff`` prints, per page, the
entities that went away (-) and came (+), and the totals. Used for the English pages in
``../shared/data/html-en/pages`` (docs/entities.md, section "English").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _label(entity: dict[str, object]) -> str:
    roles = entity.get("roles") or []
    return f"{entity['type']} {entity['name']}" + (f" {roles}" if roles else "")


def dump(out: str, paths: list[str]) -> None:
    from newsgraph.cli.common import RunReport, iter_articles, reader_options
    from newsgraph.pipeline import analyze

    options = reader_options("auto", 20.0, None, None)
    pages: dict[str, dict[str, object]] = {}
    for path in sorted(paths):
        for article in iter_articles([path], options, RunReport()):
            data = analyze(article).to_dict()
            pages[Path(path).name] = {
                "language": data["language"],
                "entities": sorted(_label(e) for e in data["entities"]),
            }
    Path(out).write_text(json.dumps(pages, ensure_ascii=False, indent=1, sort_keys=True))


def diff(before: str, after: str) -> str:
    old = json.loads(Path(before).read_text())
    new = json.loads(Path(after).read_text())
    lines: list[str] = []
    total_old = total_new = changed = 0
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name]["entities"], new[name]["entities"]
        total_old += len(a)
        total_new += len(b)
        gone = [e for e in a if e not in b]
        came = [e for e in b if e not in a]
        if gone or came:
            changed += 1
            lines.append(f"== {name}")
            if gone:
                lines.append("  - " + "; ".join(gone))
            if came:
                lines.append("  + " + "; ".join(came))
    lines.append(f"pages changed: {changed}; entities before: {total_old}, after: {total_new}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        dump(argv[1], argv[2:])
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        print(diff(argv[1], argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
