"""One table of the headline numbers of one or more ``score_gold.sh`` output folders.

    python scripts/eval/summary.py OUT_A [OUT_B ...]
    python scripts/eval/summary.py --files OUT_A OUT_B


Each column is one folder (``quotes.json``, ``events.json``, ``structure.json``, ``entities.txt``
as ``scripts/eval/score_gold.sh`` writes them); with two or more folders a last column gives the
change from the first to the last. A folder that lacks a file shows ``-`` for its rows. With
``--files`` it lists instead, per gold file, the quote and event counts that differ between A and
B (matched, predicted, right speakers; the entities' per-file line where it differs).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = tuple[str, str, Callable[[dict[str, Any]], float | None]]


def _get(data: dict[str, Any], *keys: str) -> float | None:
    value: Any = data
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, int | float) else None


def load(folder: Path) -> dict[str, Any]:
    """The four reports of one folder, each ``{}`` where the file is missing or unreadable."""
    out: dict[str, Any] = {}
    for name in ("quotes", "events", "structure"):
        path = folder / f"{name}.json"
        try:
            out[name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            out[name] = {}
    out["entities"] = {}
    path = folder / "entities.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("TOTAL "):
                out["entities"] = json.loads(line[len("TOTAL ") :])
    return out


ROWS: list[Row] = [
    ("quotes", "direct P", lambda d: _get(d, "quotes", "overall", "precision")),
    ("quotes", "direct R", lambda d: _get(d, "quotes", "overall", "recall")),
    ("quotes", "direct F1", lambda d: _get(d, "quotes", "overall", "f1")),
    ("quotes", "direct speaker", lambda d: _get(d, "quotes", "overall", "speaker_accuracy")),
    ("quotes", "reported R", lambda d: _get(d, "quotes", "overall", "indirect_recall")),
    (
        "quotes",
        "reported speaker",
        lambda d: _get(d, "quotes", "overall", "indirect_speaker_accuracy"),
    ),
    ("quotes", "reported P", lambda d: _get(d, "quotes", "overall", "indirect_precision")),
    ("quotes", "predicted reported", lambda d: _get(d, "quotes", "overall", "predicted_indirect")),
    ("quotes", "gold direct", lambda d: _get(d, "quotes", "overall", "gold_direct_partial")),
    (
        "quotes",
        "predicted direct",
        lambda d: _get(d, "quotes", "overall", "predicted_direct_partial"),
    ),
    ("quotes", "matched direct", lambda d: _get(d, "quotes", "overall", "matched_direct_partial")),
    ("entities", "persons R", lambda d: _get(d, "entities", "recall")),
    ("entities", "persons P", lambda d: _get(d, "entities", "precision")),
    ("entities", "roles", lambda d: _get(d, "entities", "roles_attached")),
    ("entities", "affiliation", lambda d: _get(d, "entities", "affiliation_right")),
    ("entities", "mentions", lambda d: _get(d, "entities", "mention_recall")),
    ("entities", "orgs any", lambda d: _get(d, "entities", "org_recall")),
    ("entities", "orgs typed", lambda d: _get(d, "entities", "org_typed_recall")),
    ("entities", "orgs P", lambda d: _get(d, "entities", "org_precision")),
    ("entities", "locs R", lambda d: _get(d, "entities", "loc_recall")),
    ("events", "triples P", lambda d: _get(d, "events", "total", "events", "precision")),
    ("events", "triples R", lambda d: _get(d, "events", "total", "events", "recall")),
    ("events", "triples F1", lambda d: _get(d, "events", "total", "events", "f1")),
    ("events", "per event P", lambda d: _get(d, "events", "total", "per_event", "precision")),
    ("events", "per event R", lambda d: _get(d, "events", "total", "per_event", "recall")),
    ("events", "per event F1", lambda d: _get(d, "events", "total", "per_event", "f1")),
    ("events", "places right", lambda d: _get(d, "events", "total", "events", "places", "right")),
    ("events", "places gold", lambda d: _get(d, "events", "total", "events", "places", "gold")),
    ("events", "dates right", lambda d: _get(d, "events", "total", "events", "dates", "right")),
    ("events", "dates checked", lambda d: _get(d, "events", "total", "events", "dates", "checked")),
    ("times", "times R", lambda d: _get(d, "events", "total", "times", "recall")),
    ("times", "times P", lambda d: _get(d, "events", "total", "times", "precision")),
    ("times", "values", lambda d: _get(d, "events", "total", "times", "value_accuracy")),
    ("amounts", "amounts R", lambda d: _get(d, "events", "total", "amounts", "recall")),
    ("amounts", "amounts P", lambda d: _get(d, "events", "total", "amounts", "precision")),
    ("structure", "checks passed", lambda d: _structure(d)),
]


def _structure(data: dict[str, Any]) -> float | None:
    overall = data.get("structure", {}).get("overall")
    if not isinstance(overall, dict):
        return None
    for key in ("score", "accuracy", "passed_ratio"):
        if isinstance(overall.get(key), int | float):
            return float(overall[key])
    return None


COUNTS = ("gold", "predicted", "matched", "right", "checked")


def _cell(value: float | None, label: str) -> str:
    if value is None:
        return "-"
    counted = label.endswith(COUNTS) or label.startswith(COUNTS)
    return str(int(value)) if counted else f"{value:.4f}"


def table(folders: list[Path]) -> str:
    data = [load(f) for f in folders]
    head = ["", *[f.name for f in folders]] + (["change"] if len(folders) > 1 else [])
    rows = [head]
    for group, label, pick in ROWS:
        values = [pick(d) for d in data]
        row = [f"{group}: {label}", *[_cell(v, label) for v in values]]
        if len(folders) > 1:
            first, last = values[0], values[-1]
            row.append(
                "-"
                if first is None or last is None
                else f"{last - first:+.4f}".rstrip("0").rstrip(".")
            )
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join(
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    )


QUOTE_KEYS = (
    "matched_direct_partial",
    "predicted_direct_partial",
    "speaker_accuracy",
    "found_indirect",
    "indirect_speaker_accuracy",
)


def _per_file(folder: Path) -> dict[str, dict[str, Any]]:
    data = load(folder)
    out: dict[str, dict[str, Any]] = {}
    for f in data["quotes"].get("files", []):
        out.setdefault(f["file"], {})["quotes"] = [f.get(k) for k in QUOTE_KEYS]
    for f in data["events"].get("files", []):
        e = f.get("events", {})
        p = f.get("per_event", {})
        out.setdefault(f["file"], {})["events"] = [
            e.get("matched"),
            e.get("predicted"),
            p.get("matched"),
            p.get("predicted"),
        ]
    path = folder / "entities.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, rest = line.partition(" ")
            if name.endswith(".gold.json"):
                key = name[: -len(".gold.json")]
                out.setdefault(key, {})["entities"] = rest.split(" miss:")[0]
    return out


def file_changes(a: Path, b: Path) -> str:
    left, right = _per_file(a), _per_file(b)
    lines = []
    for name in sorted(set(left) | set(right)):
        for part in ("quotes", "events", "entities"):
            x, y = left.get(name, {}).get(part), right.get(name, {}).get(part)
            if x != y:
                lines.append(f"{name} {part}: {x} -> {y}")
    keys = "quotes = " + ", ".join(QUOTE_KEYS)
    keys += "; events = triples matched, predicted, per-event matched, predicted"
    return "\n".join([keys, *lines, f"{len(lines)} differences"])


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--files"] and len(args) == 3:
        print(file_changes(Path(args[1]), Path(args[2])))
    elif args and not args[0].startswith("--"):
        print(table([Path(a) for a in args]))
    else:
        raise SystemExit(__doc__)
