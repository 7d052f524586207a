"""What changed between two ``newsgraph analyze -f jsonl`` runs over the same records.

    python scripts/eval/fresh_diff.py A.jsonl B.jsonl [--what quotes|persons|orgs|locs|events|times|amounts|all]

Pairs the articles by their id (an article only one run holds is left out) and prints, per
article that changed, the items only in A (``-``) and only in B (``+``). An item is a quote
(kind, speaker, text), a person or organisation (name, roles, affiliation) or an event (type,
actors, targets, trigger). The last line counts the changed articles and items. Used to read a
rule change on text no gold set annotates (``scripts/eval/fresh_records.py``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Item = str


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r.get("name", "?") for r in refs)


def _quotes(article: dict[str, Any]) -> list[Item]:
    out = []
    for q in article.get("quotes", []):
        speaker = (q.get("speaker") or {}).get("name", "?")
        out.append(f"{q['kind']:8} {speaker} | {q['text']}")
    return out


def _entities(kind: str) -> Callable[[dict[str, Any]], list[Item]]:
    def pick(article: dict[str, Any]) -> list[Item]:
        out = []
        for e in article.get("entities", []):
            if e.get("type") != kind:
                continue
            extra = ""
            if e.get("roles"):
                extra += f" roles={'; '.join(e['roles'])}"
            if e.get("affiliation"):
                extra += f" aff={e['affiliation']}"
            out.append(f"{e['name']}{extra} ({len(e.get('mentions', []))} mentions)")
        return out

    return pick


def _events(article: dict[str, Any]) -> list[Item]:
    out = []
    for e in article.get("events", []):
        place = (e.get("location") or {}).get("name")
        out.append(
            f"{e['type']:9} {_names(e.get('actors', []))} -> {_names(e.get('targets', []))}"
            f" [{e['trigger']}]" + (f" @{place}" if place else "") + f" {e.get('modality')}"
        )
    return out


def _spans(key: str) -> Callable[[dict[str, Any]], list[Item]]:
    def pick(article: dict[str, Any]) -> list[Item]:
        out = []
        for t in article.get(key, []):
            fields = [
                f"{k}={t[k]}" for k in ("type", "value", "relative", "mod", "unit") if t.get(k)
            ]
            out.append(f"{t['text']} @{t.get('start')} " + " ".join(fields))
        return out

    return pick


WHAT: dict[str, Callable[[dict[str, Any]], list[Item]]] = {
    "quotes": _quotes,
    "persons": _entities("PER"),
    "orgs": _entities("ORG"),
    "locs": _entities("LOC"),
    "events": _events,
    "times": _spans("times"),
    "amounts": _spans("amounts"),
}


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def changes(
    a: list[dict[str, Any]], b: list[dict[str, Any]], pick: Callable[[dict[str, Any]], list[Item]]
) -> Iterator[tuple[str, list[Item], list[Item]]]:
    """The articles of A that B has too (paired by article id, so a record left out of one
    run's input is skipped), each with the items only in A and only in B."""
    by_id = {y.get("id"): y for y in b}
    for x in a:
        y = by_id.get(x.get("id"))
        if y is None:
            continue
        left, right = pick(x), pick(y)
        gone = [i for i in left if i not in right]
        new = [i for i in right if i not in left]
        if gone or new:
            label = x.get("source", {}).get("record")
            yield f"record {label} {x.get('title') or x.get('id')}"[:110], gone, new


def main(argv: list[str]) -> None:
    what = "all"
    if "--what" in argv:
        at = argv.index("--what")
        what = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    if len(argv) != 2 or (what != "all" and what not in WHAT):
        raise SystemExit(__doc__)
    a, b = _read(Path(argv[0])), _read(Path(argv[1]))
    shared = {x.get("id") for x in a} & {y.get("id") for y in b}
    if len(shared) < max(len(a), len(b)):
        print(f"compared the {len(shared)} articles both runs hold (A {len(a)}, B {len(b)})")
    for name, pick in WHAT.items():
        if what not in ("all", name):
            continue
        articles = items = 0
        for label, gone, new in changes(a, b, pick):
            articles += 1
            items += len(gone) + len(new)
            print(f"== {name}: {label}")
            for i in gone:
                print(f"  - {i}")
            for i in new:
                print(f"  + {i}")
        print(f"{name}: {articles} articles changed, {items} items")


if __name__ == "__main__":
    main(sys.argv[1:])
