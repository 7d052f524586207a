"""Load a batch result (Parquet) into the store: each article rebuilt from ``article_json``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from newsgraph.model import Article


def load_batch(out_dir: str | Path, db: str | None = None) -> dict[str, int]:
    """Ingest every article of ``out_dir/articles`` into the store at ``db``; counts by outcome."""
    from newsgraph.store.db import open_store
    from newsgraph.store.ingest import ingest_article

    counts: Counter[str] = Counter()
    store = open_store(db)
    try:
        for part in sorted((Path(out_dir) / "articles").glob("*.parquet")):
            for batch in pq.ParquetFile(part).iter_batches(
                columns=["article_json"], batch_size=200
            ):
                for raw in batch.column(0).to_pylist():
                    try:
                        article = Article.from_json(raw)
                        counts[ingest_article(store, article).outcome] += 1
                    except Exception:  # one bad row must not stop the load
                        counts["failed"] += 1
    finally:
        store.close()
    return dict(counts)
