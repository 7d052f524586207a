"""What one worker does with an article (or a batch of them): analyse it and flatten it into table rows.

The language pipeline is loaded once per worker process (``newsgraph.nlp`` caches it).
"""

from __future__ import annotations

import resource
from collections.abc import Sequence
from typing import Any

from newsgraph.batch.tables import article_rows, error_row
from newsgraph.model import Article
from newsgraph.pipeline import STAGES, analyze_batch

#: articles whose language analysis runs as one batch (~12 % faster CNNs than one by one)
BATCH_ARTICLES = 8

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
    return process_many([article])[0]


def process_many(articles: Sequence[Article]) -> list[dict[str, list[dict[str, Any]]]]:
    """:func:`process` for a batch of articles (their language analysis is batched)."""
    out: list[dict[str, list[dict[str, Any]]]] = []
    for article, result in zip(articles, analyze_batch(articles, stages=_STAGES), strict=True):
        try:
            if isinstance(result, Exception):
                raise result
            rows = article_rows(result)
            rows["errors"] = []
            rows["_stats"] = [{"rss_mb": peak_rss_mb()}]
            out.append(rows)
        except Exception as exc:  # one bad article must not stop a corpus run
            reason = f"{type(exc).__name__}: {exc}"
            source = article.source
            out.append({"errors": [error_row(source.path or "", source.record, "analyze", reason)]})
    return out
