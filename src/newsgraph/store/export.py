"""Exporting the store: Article JSON lines, tables as CSV or Parquet, the network as GraphML."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select, text

from newsgraph.store.db import Store
from newsgraph.store.models import ArticleRow, Base
from newsgraph.store.queries import DateLike, network

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "graphml")
VIEWS = ("quotes_with_speaker", "events_with_actors")
SKIP_COLUMNS = {"articles": {"article_json"}}


def iter_article_json(store: Store) -> Iterator[str]:
    """The stored Article JSON of every article, one line each, in store order."""
    with store.session() as s:
        for (doc,) in s.execute(select(ArticleRow.article_json).order_by(ArticleRow.id)):
            yield doc


def table_names() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables] + list(VIEWS)


def iter_table(store: Store, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Column names and rows of a table or view (names come from the schema, never input)."""
    if name not in table_names():
        raise ValueError(f"unknown table {name!r}")
    skip = SKIP_COLUMNS.get(name, set())
    if name in Base.metadata.tables:
        table = Base.metadata.tables[name]
        cols = [c for c in table.columns if c.name not in skip]
        stmt: Any = select(*cols).order_by(table.c.id)
        names = [c.name for c in cols]
    else:
        stmt = text(f"SELECT * FROM {name}")  # name is one of VIEWS
        names = []
    conn = store.engine.connect()
    result = conn.execute(stmt)
    if not names:
        names = list(result.keys())

    def rows() -> Iterator[tuple[Any, ...]]:
        try:
            for row in result:
                yield tuple(row)
        finally:
            conn.close()

    return names, rows()


def export_tables(store: Store, out_dir: Path, fmt: str) -> list[Path]:
    """One file per table and view in ``out_dir`` (CSV with a header, or Parquet)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in table_names():
        cols, rows = iter_table(store, name)
        if fmt == "csv":
            path = out_dir / f"{name}.csv"
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(cols)
                writer.writerows(rows)
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            path = out_dir / f"{name}.parquet"
            data = list(rows)
            columns = {c: [r[i] for r in data] for i, c in enumerate(cols)}
            pq.write_table(pa.table(columns), path)
        else:
            raise ValueError(f"tables export needs csv or parquet, not {fmt!r}")
        written.append(path)
    return written


def write_graphml(
    store: Store,
    out: IO[bytes],
    *,
    since: DateLike = None,
    until: DateLike = None,
    types: list[str] | None = None,
) -> tuple[int, int]:
    """The actor network (see :func:`queries.network`) as GraphML; returns (nodes, edges)."""
    net = network(store, since=since, until=until, types=types, max_edges=100_000)
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [
        ("name", "node", "string"),
        ("type", "node", "string"),
        ("weight", "node", "int"),
        ("shared_events", "edge", "int"),
        ("cooccurrence", "edge", "int"),
        ("weight", "edge", "int"),
        ("event_types", "edge", "string"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(
            root,
            f"{{{ns}}}key",
            {"id": f"{domain}_{name}", "for": domain, "attr.name": name, "attr.type": kind},
        )
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "newsgraph", "edgedefault": "undirected"})

    def data(parent: ET.Element, key: str, value: object) -> None:
        ET.SubElement(parent, f"{{{ns}}}data", {"key": key}).text = str(value)

    for node in net.nodes:
        el = ET.SubElement(graph, f"{{{ns}}}node", {"id": f"e{node.id}"})
        data(el, "node_name", node.name)
        data(el, "node_type", node.type)
        data(el, "node_weight", node.weight)
    for i, edge in enumerate(net.edges):
        el = ET.SubElement(
            graph,
            f"{{{ns}}}edge",
            {"id": f"r{i}", "source": f"e{edge.source}", "target": f"e{edge.target}"},
        )
        data(el, "edge_shared_events", edge.shared_events)
        data(el, "edge_cooccurrence", edge.cooccurrence)
        data(el, "edge_weight", edge.weight)
        data(el, "edge_event_types", " ".join(edge.event_types))
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return len(net.nodes), len(net.edges)
