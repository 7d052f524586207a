"""``newsgraph ingest/search/entity/export/serve`` as a user runs them, with the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli.store_commands import report_paths
from newsgraph.model import Article
from newsgraph.pipeline import analyze
from newsgraph.readers import read_inputs
from newsgraph.store import ingest_article, open_store, queries
from tests.store_fixtures import REPO, all_test_articles

runner = CliRunner()
EXAMPLES = REPO / "examples"


def ingest(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The bundled examples ingested once through the real pipeline (as `make run` does)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'examples.sqlite'}"
    code, err = ingest(str(EXAMPLES), "--db", db)
    assert code == 0, err
    assert "4 new, 0 updated, 0 skipped, 0 failed" in err
    return db


def test_ingest_stores_what_the_pipeline_finds(example_db: str) -> None:
    store = open_store(example_db)
    try:
        stored = {a.source_path: a.id for a in queries.articles(store).items}
        for article in read_inputs(report_paths([str(EXAMPLES)])):
            assert isinstance(article, Article)
            expected = analyze(article)
            detail = queries.article(store, stored[article.source.path])
            assert detail is not None
            assert detail.text == expected.text
            assert len(detail.quotes) == len(expected.quotes)
            assert len(detail.events) == len(expected.events)
            assert sum(len(e.mentions) for e in detail.entities) == sum(
                len(e.mentions) for e in expected.entities
            )
    finally:
        store.close()


def test_documentation_files_in_walked_directories_are_not_reports(tmp_path: Path) -> None:
    assert not any(p.endswith("README.md") for p in report_paths([str(EXAMPLES)]))
    assert len(report_paths([str(EXAMPLES)])) == 4
    readme = str(EXAMPLES / "README.md")
    assert report_paths([readme]) == [readme]  # named explicitly: kept


def test_reingest_skips_and_changed_file_updates(example_db: str, tmp_path: Path) -> None:
    code, err = ingest(str(EXAMPLES), "--db", example_db)
    assert code == 0 and "0 new, 0 updated, 4 skipped, 0 failed" in err
    # a file without URL: the same path with changed content is an update
    work = tmp_path / "reports"
    work.mkdir()
    target = work / "report.txt"
    shutil.copy(EXAMPLES / "10kgnad-test-0166.txt", target)
    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    assert "1 new" in ingest(str(target), "--db", db)[1]
    target.write_text(
        target.read_text(encoding="utf-8") + "\nEin Nachtrag zur Konferenz in Genf.\n",
        encoding="utf-8",
    )
    code, err = ingest(str(target), "--db", db)
    assert code == 0 and "0 new, 1 updated" in err
    store = open_store(db)
    try:
        assert queries.articles(store).total == 1
        assert queries.search(store, "Nachtrag").articles.total == 1
    finally:
        store.close()


def test_failures_exit_2_and_keep_stored_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    assert ingest(str(EXAMPLES / "10kgnad-test-0166.txt"), "--db", db)[0] == 0
    import newsgraph.pipeline

    real = newsgraph.pipeline.analyze

    def flaky(article: Article, **kw: object) -> Article:
        if "Sanktionspolitik" in article.text:
            raise RuntimeError("model crashed")
        return real(article)

    monkeypatch.setattr(newsgraph.pipeline, "analyze", flaky)
    code, err = ingest(str(EXAMPLES), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 2
    # one line per failure, whatever the terminal width and path length
    assert any(
        line.startswith("failed: ") and line.endswith("RuntimeError: model crashed")
        for line in err.splitlines()
    )
    assert "missing.txt" in err
    # seed, 0508: new; 0166: skipped; 0870 (crash): failed; missing file: failed
    assert "2 new, 0 updated, 1 skipped, 2 failed" in err
    store = open_store(db)
    try:
        assert queries.articles(store).total == 3
        assert queries.search(store, "Chemiewaffen").articles.total == 1
        assert queries.search(store, "Sanktionspolitik").articles.total == 0
    finally:
        store.close()


def test_bad_db_url_and_bad_overrides_are_clear(tmp_path: Path) -> None:
    code, err = ingest(str(EXAMPLES), "--db", "mysql://nobody@localhost/x")
    assert code == 2 and "unsupported database" in err
    bad = tmp_path / "o.yaml"
    bad.write_text("merge: [{type: X, name: Y}]\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--overrides", str(bad)])
    assert result.exit_code == 2 and "type must be one of" in result.stderr


@pytest.fixture(scope="module")
def facts_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the test articles and their hand-checked facts."""
    db = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'facts.sqlite'}"
    store = open_store(db)
    for article in all_test_articles():
        ingest_article(store, article)
    store.close()
    return db


def test_search_command(facts_db: str) -> None:
    result = runner.invoke(app, ["search", "Hirngespinste", "--db", facts_db])
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.stdout
    assert "Putin in Belarus" in result.stdout and "Dmitri Peskow" in result.stdout
    js = runner.invoke(app, ["search", "Peskow", "--db", facts_db, "--format", "json"])
    assert json.loads(js.stdout)["articles"]["total"] == 3


def test_entity_command(facts_db: str) -> None:
    result = runner.invoke(app, ["entity", "Peskow", "--db", facts_db])
    assert result.exit_code == 0, result.output
    assert "Dmitri Peskow (PER)" in result.stdout
    assert "3 quote(s)" in result.stdout
    assert "Hirngespinste" in result.stdout
    missing = runner.invoke(app, ["entity", "Niemand Unbekannt", "--db", facts_db])
    assert missing.exit_code == 1 and "no entity matches" in missing.stderr


def test_export_command_formats(facts_db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    r = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--db", facts_db])
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and Article.from_json(lines[0]).quotes
    r = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "csv"), "--db", facts_db])
    assert r.exit_code == 0 and (tmp_path / "csv" / "quotes_with_speaker.csv").exists()
    r = runner.invoke(
        app, ["export", "-f", "parquet", "-o", str(tmp_path / "pq"), "--db", facts_db]
    )
    assert r.exit_code == 0 and (tmp_path / "pq" / "entities.parquet").exists()
    r = runner.invoke(
        app,
        [
            "export",
            "-f",
            "graphml",
            "--type",
            "CONSULT",
            "-o",
            str(tmp_path / "g.graphml"),
            "--db",
            facts_db,
        ],
    )
    assert r.exit_code == 0 and "Sergej Alejnik" in (tmp_path / "g.graphml").read_text("utf-8")
    bad = runner.invoke(app, ["export", "-f", "xml", "--db", facts_db])
    assert bad.exit_code == 2


def test_default_db_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, facts_db: str
) -> None:
    monkeypatch.setenv("NEWSGRAPH_DB", facts_db)
    result = runner.invoke(app, ["search", "Lawrow"])
    assert result.exit_code == 0 and "2 article(s)" in result.stdout
    monkeypatch.delenv("NEWSGRAPH_DB")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["search", "Lawrow"])
    assert result.exit_code == 0 and "0 article(s)" in result.stdout
    assert (tmp_path / "newsgraph.sqlite").exists()


def test_serve_builds_the_app(monkeypatch: pytest.MonkeyPatch, facts_db: str) -> None:
    import uvicorn

    seen: dict[str, object] = {}

    def fake_run(app_: object, host: str, port: int, **kw: object) -> None:
        seen.update(app=app_, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = runner.invoke(app, ["serve", "--db", facts_db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    from fastapi.testclient import TestClient

    with TestClient(seen["app"]) as client:  # type: ignore[arg-type]
        assert client.get("/api/articles").json()["total"] == 5


def test_relink_command_applies_overrides(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite'}"
    store = open_store(db)
    for article in all_test_articles():
        ingest_article(store, article)
    store.close()
    rules = tmp_path / "o.yaml"
    rules.write_text(
        "merge:\n  - type: PER\n    name: Dmitrij Peskow\n    aliases: [Dmitri Peskow]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["relink", "--overrides", str(rules), "--db", db])
    assert result.exit_code == 0, result.output
    assert "5 article(s)" in result.stderr
    shown = runner.invoke(app, ["entity", "Peskow", "--db", db])
    assert "Dmitrij Peskow (PER)" in shown.stdout and "3 quote(s)" in shown.stdout
