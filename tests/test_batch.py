"""``newsgraph batch``: local and Spark engines write the documented Parquet tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.batch.aggregate import read_aggregate
from newsgraph.batch.local import run_local
from newsgraph.batch.sink import ParquetSink, read_table
from newsgraph.batch.tables import SCHEMAS, TABLES
from newsgraph.cli import app
from newsgraph.model import Article
from tests.conftest import DATA, SEED_TXT

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 real news records, one malformed line, and the reference report."""
    root = tmp_path_factory.mktemp("corpus")
    lines = (DATA / "news-de" / "10kgnad.jsonl").read_text(encoding="utf-8").splitlines()[:20]
    (root / "news.jsonl").write_text(
        "\n".join([*lines[:10], "{broken", *lines[10:]]) + "\n", encoding="utf-8"
    )
    shutil.copy(SEED_TXT, root / "seed.txt")
    return root


def test_local_structure_only(corpus: Path, tmp_path: Path) -> None:
    summary = run_local([str(corpus)], tmp_path, workers=2, stages=())
    assert summary.articles == 21
    assert summary.errors == 1
    articles = read_table(tmp_path, "articles")
    assert articles.num_rows == 21
    assert articles.schema.equals(SCHEMAS["articles"])
    rows = articles.to_pylist()
    seed = next(r for r in rows if r["path"].endswith("seed.txt"))
    assert seed["dateline"] == "Minsk" and seed["agencies"] == ["RND", "dpa"]
    rebuilt = Article.from_json(seed["article_json"])
    assert rebuilt.text == seed["text"]
    (error,) = read_table(tmp_path, "errors").to_pylist()
    assert (
        error["stage"] == "read" and error["record"] == 11 and "malformed JSON" in error["reason"]
    )
    for table in TABLES:
        assert (tmp_path / table / "part-00000.parquet").exists()


def test_one_and_two_workers_agree(corpus: Path, tmp_path: Path) -> None:
    one = run_local([str(corpus)], tmp_path / "one", workers=1, stages=())
    two = run_local([str(corpus)], tmp_path / "two", workers=2, stages=())
    assert one.tables == two.tables
    ids_one = sorted(read_table(tmp_path / "one", "articles").column("article_id").to_pylist())
    ids_two = sorted(read_table(tmp_path / "two", "articles").column("article_id").to_pylist())
    assert ids_one == ids_two


def test_cli_batch_exit_code_and_summary(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["batch", str(corpus), "--out", str(tmp_path), "--stages", "none", "--workers", "1"]
    )
    assert result.exit_code == 2  # one malformed record, reported in the errors table
    assert "21 articles" in result.output
    assert read_table(tmp_path, "errors").num_rows == 1


def test_cli_batch_forces_the_language(corpus: Path, tmp_path: Path) -> None:
    detected = run_local([str(corpus)], tmp_path / "detected", workers=1, stages=())
    assert detected.articles == 21
    languages = read_table(tmp_path / "detected", "articles").column("language").to_pylist()
    assert set(languages) == {"de"}
    result = runner.invoke(
        app,
        [
            *("batch", str(corpus), "--out", str(tmp_path / "forced")),
            *("--stages", "none", "--workers", "1", "--language", "en"),
        ],
    )
    assert "21 articles" in result.output
    forced = read_table(tmp_path / "forced", "articles").column("language").to_pylist()
    assert forced == ["en"] * 21


def test_cli_batch_rejects_unknown_engine(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["batch", str(SEED_TXT), "--out", str(tmp_path), "--engine", "flink"]
    )
    assert result.exit_code != 0
    assert "local or spark" in result.output


@pytest.mark.spark
def test_spark_engine_matches_local(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.fail("Java is needed for Spark (.ci/run installs openjdk-17-jre-headless)")
    from newsgraph.batch.spark import run_spark

    local = run_local([str(corpus)], tmp_path / "local", workers=1, stages=())
    spark = run_spark([str(corpus)], tmp_path / "spark", partitions=2, stages=())
    assert spark.articles == local.articles == 21
    assert spark.errors == local.errors == 1
    key = ["article_id", "dateline", "title", "paragraphs", "language"]
    rows_local = sorted(
        json.dumps([r[k] for k in key])
        for r in read_table(tmp_path / "local", "articles").to_pylist()
    )
    rows_spark = sorted(
        json.dumps([r[k] for k in key])
        for r in read_table(tmp_path / "spark", "articles").to_pylist()
    )
    assert rows_local == rows_spark
    assert len(list((tmp_path / "spark" / "articles").glob("part-*.parquet"))) >= 2
    for table in ("entity_index", "network_edges"):
        assert (
            read_aggregate(tmp_path / "spark", table).to_pylist()
            == read_aggregate(tmp_path / "local", table).to_pylist()
        )


@pytest.mark.spark
def test_spark_spreads_one_warc_files_articles_over_the_partitions(tmp_path: Path) -> None:
    """A WARC file is one read task; its articles are then dealt out to every analysis
    partition (before session 18 the task that read the file analysed all of them)."""
    pytest.importorskip("pyspark")
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsgraph.batch.spark import run_spark

    records = (DATA / "news-de" / "10kgnad.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    warc = tmp_path / "news.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, line in enumerate(records):
            text = json.loads(line)["text"]
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
            page = f"<html lang='de'><body><article><h1>Meldung {n}</h1>{paras}</article></body></html>"
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{n}",
                    "response",
                    payload=io.BytesIO(page.encode("utf-8")),
                    http_headers=http,
                )
            )
    summary = run_spark([str(warc)], tmp_path / "out", partitions=2, stages=())
    assert summary.articles == 8 and summary.errors == 0
    parts = sorted((tmp_path / "out" / "articles").glob("part-*.parquet"))
    assert len(parts) == 2
    import pyarrow.parquet as pq

    rows = [pq.read_table(part).num_rows for part in parts]
    assert sum(rows) == 8 and min(rows) >= 1
    languages = {r["language"] for r in read_table(tmp_path / "out", "articles").to_pylist()}
    assert languages == {"de"}


@pytest.mark.spark
def test_spark_aggregation_matches_the_local_one(tmp_path: Path) -> None:
    """Entity index and network edges of analysed articles: the Spark job and the local
    aggregation agree, event edges included (session 18: the Spark job lost most of those)."""
    pytest.importorskip("pyspark")
    from newsgraph.batch.aggregate import aggregate_local
    from newsgraph.batch.spark import aggregate_spark, spark_session

    lines = (DATA / "news-de" / "10kgnad.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_local([str(tmp_path / "news.jsonl")], tmp_path / "local", workers=1)
    shutil.copytree(tmp_path / "local", tmp_path / "spark")
    aggregate_spark(spark_session(), str(tmp_path / "spark"))
    aggregate_local(tmp_path / "local")
    edges = read_aggregate(tmp_path / "local", "network_edges").to_pylist()
    assert sum(1 for e in edges if e["shared_events"]) >= 3
    for table in ("entity_index", "network_edges"):
        assert (
            read_aggregate(tmp_path / "spark", table).to_pylist()
            == read_aggregate(tmp_path / "local", table).to_pylist()
        )


def test_sink_writes_a_row_group_when_the_buffered_text_is_large(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from newsgraph.batch.tables import article_rows
    from newsgraph.readers import read_string

    rows = article_rows(read_string(SEED_TXT.read_text(encoding="utf-8"), name="seed.txt"))
    size = len(rows["articles"][0]["article_json"])
    sink = ParquetSink(tmp_path, max_chars=size * 2)  # a row group every two articles
    for n in range(5):
        sink.add("articles", [{**rows["articles"][0], "article_id": f"a{n}"}])
    sink.close()
    parquet = pq.ParquetFile(tmp_path / "articles" / "part-00000.parquet")
    assert parquet.metadata.num_row_groups == 3
    assert read_table(tmp_path, "articles").column("article_id").to_pylist() == [
        f"a{n}" for n in range(5)
    ]


def _article(n: int, chars: int) -> Article:
    text = "x" * chars
    return Article.model_validate(
        {
            "id": f"a{n}",
            "source": {"reader": "text", "content_hash": str(n)},
            "language": "de",
            "text": text,
            "blocks": [{"type": "paragraph", "text": text, "start": 0, "end": chars}],
        }
    )


def test_batches_hold_a_few_articles_and_a_long_one_alone() -> None:
    # session 17: a batch's tokens make the CNNs' and the parser's arrays, so a very long
    # article (32,600 characters in 10kGNAD) goes through the language analysis alone
    from newsgraph.batch.worker import batches

    sizes = [2_000] * 10 + [30_000] + [2_000] * 3
    got = [[a.id for a in b] for b in batches(_article(n, c) for n, c in enumerate(sizes))]
    assert got[0] == [f"a{n}" for n in range(8)]  # at most 8 articles
    assert got[1] == ["a8", "a9"]  # the long one does not join them
    assert got[2] == ["a10"]
    assert got[3] == ["a11", "a12", "a13"]
    assert [a.id for b in batches(_article(n, 100) for n in range(3)) for a in b] == [
        "a0",
        "a1",
        "a2",
    ]
    assert list(batches(iter([]))) == []
