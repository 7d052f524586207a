"""The Spark engine: the same per-article work, distributed with PySpark.

Units of work are JSON lines (``sc.textFile``: large JSONL corpora split across partitions) and
whole files (HTML, WARC, text: one file per task). A first stage reads them into Articles (and
read errors); a shuffle deals the articles out to the analysis partitions. Each of those loads
the models once and writes its own Parquet part files (``OUT/<table>/part-<partition>.parquet``) — on a cluster ``OUT`` must be
a shared file system. The cross-article aggregation then runs as a Spark SQL job over those tables.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.batch.aggregate import EVENT_WEIGHT, write_aggregate
from newsgraph.batch.local import BatchSummary
from newsgraph.batch.sink import ParquetSink
from newsgraph.batch.tables import TABLES, error_row
from newsgraph.batch.worker import (
    batches,
    init_worker,
    peak_rss_mb,
    process_many,
    release_free_memory,
)
from newsgraph.errors import InputError
from newsgraph.language import detector_loaded, release_detector
from newsgraph.model import Article
from newsgraph.pipeline import STAGES
from newsgraph.readers import ReaderOptions, read_inputs
from newsgraph.readers.inputs import RawInput, expand_paths, format_suffix
from newsgraph.readers.records import iter_jsonl

Unit = tuple[str, str, int, str | None]  # (kind, input name, line number, line)


def spark_session(master: str | None = None, app_name: str = "newsgraph") -> Any:
    import sys

    from pyspark.sql import SparkSession

    # workers must run the same interpreter (and so see the same installed newsgraph)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master or os.environ.get("SPARK_MASTER", "local[*]"))
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.python.worker.reuse", "true")
    )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


#: what the read stage hands to the analysis stage: ("article", Article) or ("error", input
#: name, record number, problem) — InputError itself does not pickle
ReadRow = tuple[Any, ...]


def _read_partition(units: Iterator[Unit], options: ReaderOptions) -> Iterator[ReadRow]:
    """Stage 1: the articles (or read errors) of a partition's units. The language model is
    let go at the end, so a worker process that goes on to analyse never holds it beside the
    models (session 18: −76 MB per worker; the stages are split by the shuffle anyway)."""
    try:
        for outcome in _partition_articles(units, options):
            if isinstance(outcome, InputError):
                yield ("error", outcome.name, outcome.record, outcome.problem)
            else:
                yield ("article", outcome)
    finally:
        if detector_loaded():
            release_detector()
            release_free_memory()


def _run_partition(
    index: int,
    outcomes: Iterator[ReadRow],
    out_dir: str,
    stages: tuple[str, ...],
) -> Iterator[dict[str, int]]:
    """Stage 2: analyse a partition's articles in batches into its Parquet part files."""
    init_worker(stages)
    sink = ParquetSink(out_dir, tag=f"{index:05d}")
    peak = [0.0]
    for batch in batches(_articles_only(outcomes, sink)):
        _add_many(sink, batch, peak)
    sink.close()  # the last row groups' Arrow copies count too
    peak[0] = max(peak[0], peak_rss_mb())
    yield {**sink.counts, "_rss_mb": int(peak[0])}


def _articles_only(outcomes: Iterator[ReadRow], sink: ParquetSink) -> Iterator[Article]:
    """The articles; a read error goes to the errors table on the way."""
    for outcome in outcomes:
        if outcome[0] == "error":
            _, name, record, problem = outcome
            sink.add("errors", [error_row(name, record, "read", problem)])
        else:
            yield outcome[1]


def _partition_articles(
    units: Iterator[Unit], options: ReaderOptions
) -> Iterator[Article | InputError]:
    """The articles (or read errors) of a partition's units, in order."""
    from newsgraph.readers import _finish, article_from_record

    for kind, name, number, payload in units:
        if kind != "line":
            yield from read_inputs([name], options)
            continue
        raw = RawInput(name=name, data=b"", suffix=".jsonl")
        for _, record in iter_jsonl(name, payload or ""):
            if isinstance(record, InputError):
                yield InputError(name, record.problem, record=number)
                continue
            try:
                yield _finish(
                    article_from_record(record, raw, "jsonl", number, "utf-8", options.fields),
                    options,
                )
            except InputError as exc:
                yield InputError(name, exc.problem, record=number)


def _add_many(sink: ParquetSink, articles: list[Article], peak: list[float]) -> None:
    if articles:
        for rows in process_many(articles):
            _add(sink, rows, peak)


def _add(sink: ParquetSink, rows: dict[str, list[dict[str, Any]]], peak: list[float]) -> None:
    for stats in rows.pop("_stats", []):
        peak[0] = max(peak[0], float(stats["rss_mb"]))
    sink.add_all(rows)


def run_spark(
    paths: Iterable[str],
    out_dir: str | Path,
    options: ReaderOptions | None = None,
    *,
    master: str | None = None,
    partitions: int | None = None,
    stages: tuple[str, ...] = STAGES,
) -> BatchSummary:
    options = options or ReaderOptions()
    started = time.perf_counter()
    out = str(Path(out_dir).resolve())
    Path(out).mkdir(parents=True, exist_ok=True)
    spark = spark_session(master)
    sc = spark.sparkContext
    partitions = partitions or sc.defaultParallelism
    names = list(expand_paths(paths))
    rdds = []
    for name in names:
        if format_suffix(name) in (".jsonl", ".ndjson") and Path(name).is_file():
            lines = sc.textFile(str(Path(name).resolve()), minPartitions=partitions).zipWithIndex()
            rdds.append(lines.map(lambda li, n=name: ("line", n, li[1] + 1, li[0])))
        else:
            rdds.append(sc.parallelize([("file", name, 0, None)], 1))
    units = sc.union(rdds) if rdds else sc.parallelize([], 1)
    # read where the units are, then deal the articles out: a WARC file's articles are
    # analysed by all partitions, not by the one task that read it
    # (keyed by their running number: round robin; repartition() would ship PySpark's batches
    # of ten as one element each)
    articles = units.mapPartitionsWithIndex(
        lambda idx, it: enumerate(_read_partition(it, options), start=idx)
    )
    counts = (
        articles.partitionBy(partitions)
        .values()
        .mapPartitionsWithIndex(lambda idx, it: _run_partition(idx, it, out, stages))
        .collect()
    )
    totals = {table: sum(c.get(table, 0) for c in counts) for table in TABLES}
    totals.update(aggregate_spark(spark, out))
    summary = BatchSummary(engine="spark", workers=partitions, tables=totals)
    summary.peak_worker_rss_mb = max((c.get("_rss_mb", 0) for c in counts), default=0)
    summary.articles = totals["articles"]
    summary.errors = totals["errors"]
    summary.seconds = time.perf_counter() - started
    return summary


def aggregate_spark(spark: Any, out_dir: str) -> dict[str, int]:
    """The entity index and network edges as a Spark job (same definitions as the local one)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    from newsgraph.store.names import normalise_name

    norm = F.udf(normalise_name, StringType())
    base = Path(out_dir)
    articles = spark.read.parquet(str(base / "articles")).select("article_id", "published")
    entities = spark.read.parquet(str(base / "entities")).withColumn("key", norm("name"))
    ents = entities.join(articles, "article_id", "left")

    forms = ents.groupBy("type", "key", "name").agg(F.count("*").alias("n"))
    ranked = forms.withColumn(
        "rank",
        F.row_number().over(
            _window("type", "key", order=[F.desc("n"), F.desc(F.length("name")), F.asc("name")])
        ),
    )
    display = ranked.where("rank = 1").select("type", "key", F.col("name"))
    index = (
        ents.groupBy("type", "key")
        .agg(
            F.sort_array(F.collect_set("name")).alias("aliases"),
            F.countDistinct("article_id").alias("articles"),
            F.sum("mention_count").cast("long").alias("mentions"),
            F.min("published").alias("first_seen"),
            F.max("published").alias("last_seen"),
        )
        .join(display, ["type", "key"])
    )
    index_rows = [r.asDict() for r in index.collect()]

    nodes = ents.select("article_id", "entity_id", "type", "key", "published")
    events = spark.read.parquet(str(base / "events"))
    # an event's identity: its article, span, type and trigger (monotonically_increasing_id()
    # here was evaluated after the explode, one id per participant, so no two participants of
    # an event met and most event edges were lost)
    refs = events.select(
        F.struct("article_id", "start", "end", "type", "trigger").alias("event_no"),
        "article_id",
        "type",
        "published",
        F.explode(
            F.concat(F.coalesce("actors", F.array()), F.coalesce("targets", F.array()))
        ).alias("ref"),
    ).select(
        "event_no",
        "article_id",
        F.col("type").alias("event_type"),
        F.col("ref.id").alias("entity_id"),
    )
    ev_nodes = (
        refs.join(nodes, ["article_id", "entity_id"])
        .select("event_no", "event_type", "type", "key", "published")
        .distinct()
    )
    a, b = ev_nodes.alias("a"), ev_nodes.alias("b")
    ev_pairs = a.join(
        b,
        (F.col("a.event_no") == F.col("b.event_no"))
        & (F.struct("a.type", "a.key") < F.struct("b.type", "b.key")),
    ).select(
        F.col("a.type").alias("source_type"),
        F.col("a.key").alias("source_key"),
        F.col("b.type").alias("target_type"),
        F.col("b.key").alias("target_key"),
        F.col("a.event_type").alias("event_type"),
        F.col("a.published").alias("published"),
    )
    event_edges = ev_pairs.groupBy("source_type", "source_key", "target_type", "target_key").agg(
        F.count("*").alias("shared_events"),
        F.sort_array(F.collect_set("event_type")).alias("event_types"),
        F.min("published").alias("ev_first"),
        F.max("published").alias("ev_last"),
    )
    co_nodes = (
        nodes.where(F.col("type").isin("PER", "ORG"))
        .select("article_id", "type", "key", "published")
        .distinct()
    )
    c, d = co_nodes.alias("c"), co_nodes.alias("d")
    co_edges = (
        c.join(
            d,
            (F.col("c.article_id") == F.col("d.article_id"))
            & (F.struct("c.type", "c.key") < F.struct("d.type", "d.key")),
        )
        .select(
            F.col("c.type").alias("source_type"),
            F.col("c.key").alias("source_key"),
            F.col("d.type").alias("target_type"),
            F.col("d.key").alias("target_key"),
            F.col("c.published").alias("published"),
        )
        .groupBy("source_type", "source_key", "target_type", "target_key")
        .agg(
            F.count("*").alias("cooccurrences"),
            F.min("published").alias("co_first"),
            F.max("published").alias("co_last"),
        )
    )
    edges = event_edges.join(
        co_edges, ["source_type", "source_key", "target_type", "target_key"], "full_outer"
    )
    edge_rows = []
    for r in edges.collect():
        row = r.asDict()
        shared = row.get("shared_events") or 0
        co = row.get("cooccurrences") or 0
        firsts = [x for x in (row.get("ev_first"), row.get("co_first")) if x]
        lasts = [x for x in (row.get("ev_last"), row.get("co_last")) if x]
        edge_rows.append(
            {
                "source_type": row["source_type"],
                "source_key": row["source_key"],
                "target_type": row["target_type"],
                "target_key": row["target_key"],
                "shared_events": shared,
                "cooccurrences": co,
                "weight": EVENT_WEIGHT * shared + co,
                "event_types": row.get("event_types") or [],
                "first_seen": min(firsts) if firsts else None,
                "last_seen": max(lasts) if lasts else None,
            }
        )
    index_rows.sort(key=lambda r: (r["type"], r["key"]))
    edge_rows.sort(
        key=lambda r: (r["source_type"], r["source_key"], r["target_type"], r["target_key"])
    )
    write_aggregate(
        out_dir,
        "entity_index",
        [
            {
                k: r[k]
                for k in (
                    "type",
                    "key",
                    "name",
                    "aliases",
                    "articles",
                    "mentions",
                    "first_seen",
                    "last_seen",
                )
            }
            for r in index_rows
        ],
    )
    write_aggregate(out_dir, "network_edges", edge_rows)
    return {"entity_index": len(index_rows), "network_edges": len(edge_rows)}


def _window(*cols: str, order: list[Any]) -> Any:
    from pyspark.sql import Window

    return Window.partitionBy(*cols).orderBy(*order)
