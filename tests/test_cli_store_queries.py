"""`newsgraph quotes --speaker NAME` and `newsgraph events --actor NAME` without paths query the store
named by --db, else $NEWSGRAPH_DB, else ./newsgraph.sqlite — as the store issue names them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from tests.conftest import SEED_TXT

runner = CliRunner()


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'news.sqlite'}"
    result = runner.invoke(app, ["ingest", str(SEED_TXT), "--db", url])
    assert result.exit_code == 0, result.output
    return url


def test_quotes_of_a_speaker_from_the_default_store(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_DB", store_url)
    result = runner.invoke(app, ["quotes", "--speaker", "Peskow", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert "dumme und unbegründete Hirngespinste" in {r["text"] for r in rows}
    assert {r["speaker"] for r in rows} == {"Dmitri Peskow"}


def test_events_of_an_actor_from_the_default_store(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_DB", store_url)
    result = runner.invoke(
        app, ["events", "--actor", "Peskow", "--type", "REJECT", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows and all(r["type"] == "REJECT" for r in rows)


def test_missing_store_is_an_error_and_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    result = runner.invoke(app, ["quotes", "--speaker", "Peskow"])
    assert result.exit_code == 2
    assert "no store at" in result.output
    assert not (tmp_path / "newsgraph.sqlite").exists()
