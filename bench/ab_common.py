"""Shared pieces of the same-process A/B benchmarks (``rule_stages_ab.py``, ``nlp_ab.py``).

Both load a base commit's ``newsgraph`` as a renamed copy beside the working tree's and print
the same table: per part the summed per-unit minimum over the runs, the median of the runs'
sums, for both versions, and the ratios new ÷ base.
"""

from __future__ import annotations

import io
import re
import statistics
import subprocess
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWS_DE = REPO.parent / "shared" / "data" / "news-de" / "10kgnad.jsonl"


def sample_articles(first: int, count: int, readers: object = None) -> list:  # type: ignore[type-arg]
    """The structured Articles of 10kGNAD records ``first`` … ``first + count - 1`` (read with
    ``readers``, default the working tree's ``newsgraph.readers``; the caller puts ``src`` on
    ``sys.path`` first)."""
    import tempfile

    if readers is None:
        import newsgraph.readers as readers  # type: ignore[no-redef]
    lines = NEWS_DE.read_text(encoding="utf-8").splitlines()[first : first + count]
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [a for a in readers.read_inputs([str(sample)]) if hasattr(a, "blocks")]  # type: ignore[attr-defined]


def base_copy(commit: str, into: Path, *, rename_components: bool = False) -> None:
    """``src/newsgraph`` of ``commit`` as the package ``newsgraph_base`` under ``into``.

    spaCy keeps one registry per process, so the copy's factories get other names
    (``newsgraphB_…``); with ``rename_components`` every ``"newsgraph_…"`` string is renamed,
    the component names the copy adds to its own pipeline included.
    """
    data = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src/newsgraph"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    pkg = into / "newsgraph_base"
    (into / "src" / "newsgraph").rename(pkg)
    for path in pkg.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\bnewsgraph\b(?=\.|\s+import|\")", "newsgraph_base", text)
        if rename_components:
            text = re.sub(r'"newsgraph_(?!base\b)(?=[a-z])', '"newsgraphB_', text)
        else:
            text = re.sub(
                r'(@Language\.(?:component|factory)\(")newsgraph_', r"\1newsgraphB_", text
            )
        path.write_text(text, encoding="utf-8")


def print_ratio_table(
    secs: dict[str, dict[str, list[list[float]]]],
    parts: tuple[str, ...],
    n: int,
    *,
    part_label: str,
    total_label: str,
) -> None:
    """The A/B table in milliseconds per article.

    ``secs``: version (``base``, ``new``) → part → run → CPU seconds per unit (article or
    batch); ``n``: the number of articles the units hold.
    """
    print(
        f"| {part_label} | base summed min | new summed min | ratio | base median | new median | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = {v: [0.0, 0.0] for v in ("base", "new")}
    for part in parts:
        row = []
        for v in ("base", "new"):
            runs = secs[v][part]
            least = 1000 * sum(min(r[j] for r in runs) for j in range(len(runs[0]))) / n
            median = 1000 * statistics.median(sum(r) for r in runs) / n
            totals[v][0] += least
            totals[v][1] += median
            row.append((least, median))
        (bl, bm), (nl, nm) = row
        print(
            f"| {part} | {bl:.2f} | {nl:.2f} | {nl / bl:.3f} | {bm:.2f} | {nm:.2f} | {nm / bm:.3f} |"
        )
    (bl, bm), (nl, nm) = totals["base"], totals["new"]
    print(
        f"| {total_label} | {bl:.2f} | {nl:.2f} | {nl / bl:.3f} | {bm:.2f} | {nm:.2f} | {nm / bm:.3f} |"
    )
