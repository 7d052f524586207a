"""The local engine: all cores of one machine with a process pool."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.batch.aggregate import aggregate_local
from newsgraph.batch.sink import ParquetSink
from newsgraph.batch.tables import error_row
from newsgraph.batch.worker import Item, batches, init_worker, process_many
from newsgraph.errors import InputError
from newsgraph.pipeline import STAGES
from newsgraph.readers import ReaderOptions, read_inputs


@dataclass
class BatchSummary:
    engine: str
    workers: int
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    peak_worker_rss_mb: float = 0.0
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def run_local(
    paths: Iterable[str],
    out_dir: str | Path,
    options: ReaderOptions | None = None,
    *,
    workers: int | None = None,
    stages: tuple[str, ...] = STAGES,
    on_article: Callable[[], None] | None = None,
) -> BatchSummary:
    """Analyse every input into Parquet tables under ``out_dir`` with ``workers`` processes."""
    workers = workers or os.cpu_count() or 1
    options = options or ReaderOptions()
    started = time.perf_counter()
    sink = ParquetSink(out_dir)
    read_errors: list[InputError] = []

    def articles() -> Iterator[Item]:
        # deferred: this process only splits the inputs into records; the workers build the
        # Articles (HTML extraction, structure, language identification), so reading is spread
        # over the workers instead of one process doing it for all of them
        for outcome in read_inputs(list(paths), options, defer=True):
            if isinstance(outcome, InputError):
                read_errors.append(outcome)  # appended from the pool's feeder thread: list is safe
            else:
                yield outcome

    summary = BatchSummary(engine="local", workers=workers)
    # Analysis always runs in worker processes, one worker too: the main process only reads
    # inputs and writes Parquet, so a worker's memory is the model and one article, never the
    # output buffers (``--workers 1`` in-process peaked at 631 MB on 2,000 articles, a pool
    # worker at 444 MB; bench/RESULTS.md).
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=init_worker, initargs=(stages,)) as pool:
        results = pool.imap(process_many, batches(articles()))
        _collect((rows for batch in results for rows in batch), sink, summary, on_article)
    for err in read_errors:
        sink.add("errors", [error_row(err.name, err.record, "read", err.problem)])
    summary.errors = sink.counts["errors"]
    sink.close()
    summary.tables = {**sink.counts, **aggregate_local(out_dir)}
    summary.seconds = time.perf_counter() - started
    return summary


def _collect(
    results: Iterator[dict[str, list[dict[str, object]]]],
    sink: ParquetSink,
    summary: BatchSummary,
    on_article: Callable[[], None] | None,
) -> None:
    for rows in results:
        for stats in rows.pop("_stats", []):
            rss = stats["rss_mb"]
            if isinstance(rss, int | float):
                summary.peak_worker_rss_mb = max(summary.peak_worker_rss_mb, float(rss))
        sink.add_all(rows)
        if rows.get("articles"):
            summary.articles += 1
        if on_article:
            on_article()
