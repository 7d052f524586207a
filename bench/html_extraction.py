"""HTML body extraction: newsgraph's HTML reader side by side with plain trafilatura.

On the same pages, for both:

* token F1 of the body (paragraphs + subheadings) against ``html-en/ground-truth.json``
  (``articleBody``), micro-averaged over tokens and macro-averaged over pages;
* pass rate of the ``with`` (must contain) / ``without`` (must not contain) strings of
  ``html-de/expectations.json``;
* time per page.

Plain trafilatura is ``trafilatura.extract(html)`` with its default settings. newsgraph's body is
``Article.body`` (paragraph and subheading blocks; media and boilerplate are not body).

    .venv/bin/python bench/html_extraction.py [--data ../shared/data] [--out bench/results/...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def overlap(pred: str, gold: str) -> tuple[int, int, int]:
    """(common tokens, predicted tokens, gold tokens), counted as multisets."""
    p, g = Counter(tokens(pred)), Counter(tokens(gold))
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def f1(common: int, npred: int, ngold: int) -> tuple[float, float, float]:
    prec = common / npred if npred else 0.0
    rec = common / ngold if ngold else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", "").replace("\u00a0", " ")).strip()


def plain_trafilatura(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def newsgraph_body(html: str, url: str | None) -> str:
    from newsgraph.errors import InputError
    from newsgraph.model import Source
    from newsgraph.readers.html import read_html

    source = Source(path=url, url=url, reader="html", content_hash="-")
    try:
        return read_html(html, source).body
    except InputError:
        return ""


Extractor = Callable[[str, str | None], str]


def run(data: Path) -> dict[str, Any]:
    en = json.loads((data / "html-en" / "ground-truth.json").read_text(encoding="utf-8"))
    de = json.loads((data / "html-de" / "expectations.json").read_text(encoding="utf-8"))
    extractors: dict[str, Extractor] = {
        "trafilatura": plain_trafilatura,
        "newsgraph": newsgraph_body,
    }
    # warm up imports and caches so the first page is not charged with them
    warm = "<html><body><article><p>" + "Warm up text. " * 30 + "</p></article></body></html>"
    for fn in extractors.values():
        fn(warm, None)
    from newsgraph.structure.dates import parse_date

    parse_date("12. Oktober 2015")  # dateparser loads its language data on first use

    # the pages, decompressed once; both extractors run on each page in turn, so that a
    # change in machine load hits both alike
    en_pages = []
    for key, item in sorted(en.items()):
        path = data / "html-en" / "pages" / f"{key}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        en_pages.append((key, item, html))
    de_pages = []
    for url, item in sorted(de.items()):
        path = data / "html-de" / "pages" / f"{item['file']}.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        de_pages.append((url, item, html))
    times: dict[str, list[float]] = {name: [] for name in extractors}
    en_out: dict[str, list[str]] = {name: [] for name in extractors}
    de_out: dict[str, list[str]] = {name: [] for name in extractors}
    for url, html, out in [(i.get("url"), h, en_out) for _, i, h in en_pages] + [
        (u, h, de_out) for u, _, h in de_pages
    ]:
        for name, fn in extractors.items():
            t0 = time.perf_counter()
            body = fn(html, url)
            times[name].append(time.perf_counter() - t0)
            out[name].append(body)

    results: dict[str, Any] = {}
    for name in extractors:
        sums = [0, 0, 0]
        page_f1: list[float] = []
        per_page_en: dict[str, float] = {}
        for (key, item, _), body in zip(en_pages, en_out[name], strict=True):
            c, p, g = overlap(body, item["articleBody"])
            sums[0] += c
            sums[1] += p
            sums[2] += g
            page_f1.append(f1(c, p, g)[2])
            per_page_en[key[:12]] = round(page_f1[-1], 4)
        prec, rec, micro = f1(*sums)
        with_ok = with_n = without_ok = without_n = 0
        failures: list[str] = []
        for (_, item, _), raw_body in zip(de_pages, de_out[name], strict=True):
            body = _norm(raw_body)
            for s in item.get("with", []):
                ok = _norm(s) in body
                with_ok += ok
                with_n += 1
                if not ok:
                    failures.append(f"{item['file']}: missing {s!r}")
            for s in item.get("without", []):
                ok = _norm(s) not in body
                without_ok += ok
                without_n += 1
                if not ok:
                    failures.append(f"{item['file']}: contains {s!r}")
        passed = with_ok + without_ok
        total = with_n + without_n
        results[name] = {
            "en_pages": len(en),
            "en_token_precision": round(prec, 4),
            "en_token_recall": round(rec, 4),
            "en_token_f1_micro": round(micro, 4),
            "en_token_f1_macro": round(statistics.fmean(page_f1), 4),
            "de_pages": len(de),
            "de_with_pass": f"{with_ok}/{with_n}",
            "de_without_pass": f"{without_ok}/{without_n}",
            "de_pass_rate": round(passed / total, 4) if total else 0.0,
            "ms_per_page_mean": round(1000 * statistics.fmean(times[name]), 1),
            "ms_per_page_median": round(1000 * statistics.median(times[name]), 1),
            "de_failures": failures,
            "en_f1_per_page": per_page_en,
        }
    return results


def table(results: dict[str, Any]) -> str:
    rows = [
        ("html-en token F1 (micro)", "en_token_f1_micro"),
        ("html-en token F1 (macro)", "en_token_f1_macro"),
        ("html-en token precision", "en_token_precision"),
        ("html-en token recall", "en_token_recall"),
        ("html-de with passed", "de_with_pass"),
        ("html-de without passed", "de_without_pass"),
        ("html-de pass rate", "de_pass_rate"),
        ("ms/page mean", "ms_per_page_mean"),
        ("ms/page median", "ms_per_page_median"),
    ]
    names = list(results)
    lines = [f"| metric | {' | '.join(names)} |", "|---|" + "---|" * len(names)]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(str(results[n][key]) for n in names) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "html_extraction.json"
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    import trafilatura

    results = run(args.data)
    print(table(results))
    for name, res in results.items():
        if res["de_failures"]:
            print(f"\n{name}: html-de expectation failures")
            for failure in res["de_failures"]:
                print("  ", failure)
    payload = {
        "command": "python bench/html_extraction.py",
        "trafilatura_version": trafilatura.__version__,
        "python": sys.version.split()[0],
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
