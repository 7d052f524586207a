"""Shared test fixtures: where the real data lives, the reference report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seed" / "putin-minsk-2022-12-19.txt"
SEED_GOLD = SHARED / "seed" / "putin-minsk-2022-12-19.gold.json"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"test data missing: {path} (the shared data folder must sit beside the repo)")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return _need(DATA)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return _need(SEED_TXT).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_need(SEED_GOLD).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def gnad_records() -> dict[str, dict[str, Any]]:
    """The 10kGNAD news records by id."""
    path = _need(DATA / "news-de" / "10kgnad.jsonl")
    records = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            records[rec["id"]] = rec
    return records


@pytest.fixture(scope="session")
def nlp_de_trained() -> Any:
    """The trained German pipeline (skips the test where it is not installed)."""
    from newsgraph.nlp import load_pipeline, nlp_available

    if not nlp_available("de"):
        pytest.skip("the trained German pipeline is not installed")
    return load_pipeline("de")
