"""Write table rows to Parquet part files: ``OUT/<table>/part-<tag>.parquet``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.batch.tables import SCHEMAS, TABLES

#: a table's buffer is written out once its text reaches this many characters, whatever the
#: row count: the articles table carries each article's JSON, and 1,000 of those held in Python
#: strings (then copied into Arrow) made a long run's memory grow by a few hundred MB
MAX_BUFFERED_CHARS = 2_000_000


def _text_size(row: dict[str, Any]) -> int:
    return sum(len(v) for v in row.values() if isinstance(v, str))


class ParquetSink:
    """Buffers rows per table and writes row groups; every table gets a file, empty or not."""

    def __init__(
        self,
        out_dir: str | Path,
        tag: str = "00000",
        *,
        row_group: int = 1000,
        max_chars: int = MAX_BUFFERED_CHARS,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.tag = tag
        self.row_group = row_group
        self.max_chars = max_chars
        self._chars: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)

    def path(self, table: str) -> Path:
        return self.out_dir / table / f"part-{self.tag}.parquet"

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        buf = self._buffers[table]
        buf.extend(rows)
        self.counts[table] += len(rows)
        self._chars[table] += sum(_text_size(row) for row in rows)
        if len(buf) >= self.row_group or self._chars[table] >= self.max_chars:
            self._flush(table)

    def add_all(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        for table, rows in tables.items():
            self.add(table, rows)

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self._writers:
            path = self.path(table)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._writers[table] = pq.ParquetWriter(path, SCHEMAS[table], compression="zstd")
        return self._writers[table]

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        batch = (
            pa.Table.from_pylist(buf, schema=SCHEMAS[table])
            if buf
            else SCHEMAS[table].empty_table()
        )
        self._writer(table).write_table(batch)
        buf.clear()
        self._chars[table] = 0

    def close(self) -> None:
        for table in TABLES:
            if self._buffers[table] or table not in self._writers:
                self._flush(table)
            self._writers[table].close()
        self._writers.clear()


def read_table(out_dir: str | Path, table: str) -> pa.Table:
    """All part files of one table as one Arrow table (schema as documented)."""
    directory = Path(out_dir) / table
    parts = sorted(directory.glob("*.parquet"))
    if not parts:
        return SCHEMAS[table].empty_table()
    return pa.concat_tables([pq.read_table(p, schema=SCHEMAS[table]) for p in parts])
