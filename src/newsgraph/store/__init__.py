"""The knowledge store: articles and their facts in SQLite (default) or PostgreSQL.

* :func:`open_store` opens (and migrates) a store from a URL.
* :func:`ingest_article` stores one analysed Article (new / updated / skipped).
* :mod:`newsgraph.store.queries` holds the read functions (quotes, events, entity, search,
  network, …) the CLI, REST API and web UI share.
"""

from __future__ import annotations

from newsgraph.store.db import DEFAULT_DB, Store, StoreError, default_url, open_store
from newsgraph.store.ingest import IngestResult, ingest_article, relink
from newsgraph.store.names import OverrideError, Overrides

__all__ = [
    "DEFAULT_DB",
    "IngestResult",
    "OverrideError",
    "Overrides",
    "Store",
    "StoreError",
    "default_url",
    "ingest_article",
    "open_store",
    "relink",
]
