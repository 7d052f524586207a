"""Cross-article aggregation of a batch result: the entity index and the actor network.

- ``entity_index``: one row per (type, normalised name): display name (most frequent form),
  aliases, number of articles and mentions, first and last publication date seen.
- ``network_edges``: undirected actor–actor edges between persons, organisations and places:
  ``shared_events`` (both take part in one event, as actors or targets), ``cooccurrences``
  (both persons/organisations named in one article), ``weight`` = 2 × shared_events + cooccurrences.

The local engine computes this in Python (:func:`aggregate_local`); the Spark engine runs the same
definitions as a Spark job (:mod:`newsgraph.batch.spark`). Tests check that both agree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.batch.sink import read_table
from newsgraph.batch.tables import AGGREGATE_SCHEMAS
from newsgraph.store.names import normalise_name

EVENT_WEIGHT = 2
COOCCURRENCE_TYPES = ("PER", "ORG")


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def aggregate_local(out_dir: str | Path) -> dict[str, int]:
    """Compute both aggregate tables from the Parquet tables in ``out_dir``; returns row counts."""
    articles = read_table(out_dir, "articles").select(["article_id", "published"]).to_pylist()
    published = {a["article_id"]: a["published"] for a in articles}
    entities = read_table(out_dir, "entities").to_pylist()
    events = read_table(out_dir, "events").to_pylist()

    index: dict[tuple[str, str], dict[str, Any]] = {}
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    node_of: dict[tuple[str, str], tuple[str, str]] = {}  # (article, entity id) → node
    per_article: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ent in entities:
        node = (ent["type"], normalise_name(ent["name"]))
        node_of[(ent["article_id"], ent["entity_id"])] = node
        forms[node][ent["name"]] += 1
        date = published.get(ent["article_id"])
        row = index.setdefault(
            node, {"articles": set(), "mentions": 0, "first_seen": None, "last_seen": None}
        )
        row["articles"].add(ent["article_id"])
        row["mentions"] += ent["mention_count"] or 0
        row["first_seen"] = _min(row["first_seen"], date)
        row["last_seen"] = _max(row["last_seen"], date)
        if ent["type"] in COOCCURRENCE_TYPES:
            per_article[ent["article_id"]].add(node)

    index_rows = [
        {
            "type": node[0],
            "key": node[1],
            "name": sorted(forms[node].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0],
            "aliases": sorted(forms[node]),
            "articles": len(row["articles"]),
            "mentions": row["mentions"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
        }
        for node, row in sorted(index.items())
    ]

    edges: dict[tuple[tuple[str, str], tuple[str, str]], dict[str, Any]] = {}

    def edge(a: tuple[str, str], b: tuple[str, str], date: str | None) -> dict[str, Any]:
        key = (a, b) if a <= b else (b, a)
        row = edges.setdefault(
            key,
            {"shared_events": 0, "cooccurrences": 0, "types": set(), "first": None, "last": None},
        )
        row["first"] = _min(row["first"], date)
        row["last"] = _max(row["last"], date)
        return row

    for ev in events:
        refs = [*(ev["actors"] or []), *(ev["targets"] or [])]
        event_nodes = sorted(
            {
                node_of[(ev["article_id"], r["id"])]
                for r in refs
                if (ev["article_id"], r["id"]) in node_of
            }
        )
        for a, b in combinations(event_nodes, 2):
            row = edge(a, b, ev["published"])
            row["shared_events"] += 1
            row["types"].add(ev["type"])
    for article_id, nodes in per_article.items():
        for a, b in combinations(sorted(nodes), 2):
            edge(a, b, published.get(article_id))["cooccurrences"] += 1

    edge_rows = [
        {
            "source_type": a[0],
            "source_key": a[1],
            "target_type": b[0],
            "target_key": b[1],
            "shared_events": row["shared_events"],
            "cooccurrences": row["cooccurrences"],
            "weight": EVENT_WEIGHT * row["shared_events"] + row["cooccurrences"],
            "event_types": sorted(row["types"]),
            "first_seen": row["first"],
            "last_seen": row["last"],
        }
        for (a, b), row in sorted(edges.items())
    ]
    write_aggregate(out_dir, "entity_index", index_rows)
    write_aggregate(out_dir, "network_edges", edge_rows)
    return {"entity_index": len(index_rows), "network_edges": len(edge_rows)}


def write_aggregate(out_dir: str | Path, table: str, rows: list[dict[str, Any]]) -> None:
    directory = Path(out_dir) / table
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.parquet"):
        old.unlink()
    pq.write_table(
        pa.Table.from_pylist(rows, schema=AGGREGATE_SCHEMAS[table]),
        directory / "part-00000.parquet",
    )


def read_aggregate(out_dir: str | Path, table: str) -> pa.Table:
    parts = sorted((Path(out_dir) / table).glob("*.parquet"))
    if not parts:
        return AGGREGATE_SCHEMAS[table].empty_table()
    return pa.concat_tables([pq.read_table(p, schema=AGGREGATE_SCHEMAS[table]) for p in parts])
