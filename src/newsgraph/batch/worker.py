"""What one worker does with one article: analyse it and flatten it into table rows.

The language pipeline is loaded once per worker process (``newsgraph.nlp`` caches it).
"""

from __future__ import annotations

import resource
from typing import Any

from newsgraph.batch.tables import article_rows, error_row
from newsgraph.model import Article
from newsgraph.pipeline import STAGES, analyze

_STAGES: tuple[str, ...] = STAGES


def init_worker(stages: tuple[str, ...] = STAGES) -> None:
    """Process initialiser: remember the stages and load the models once."""
    global _STAGES
    _STAGES = stages
    if stages:
        from newsgraph.pipeline import load_nlp

        load_nlp("de")


def peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one article; a failure becomes one ``errors`` row.

    The ``_stats`` entry (not a table) carries the worker's peak RSS.
    """
    try:
        analysed = analyze(article, stages=_STAGES)
        rows = article_rows(analysed)
        rows["errors"] = []
        rows["_stats"] = [{"rss_mb": peak_rss_mb()}]
        return rows
    except Exception as exc:  # one bad article must not stop a corpus run
        reason = f"{type(exc).__name__}: {exc}"
        return {
            "errors": [
                error_row(article.source.path or "", article.source.record, "analyze", reason)
            ]
        }
