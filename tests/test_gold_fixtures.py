"""The hand-made gold files are consistent with their sources (guards against annotation slips)."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, SEED_GOLD

GOLD_DIR = FIXTURES / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
# the never-tuned check set: same schema, guarded by the same slip checks
CHECK_DIR = FIXTURES / "gold-check"
CHECK_FILES = sorted(CHECK_DIR.glob("*.gold.json"))
# the never-tuned English set (html-en pages; tests/fixtures/gold-en/SOURCES.md)
EN_DIR = FIXTURES / "gold-en"
EN_FILES = sorted(EN_DIR.glob("*.gold.json"))
# the English tuning set (session 13; tests/fixtures/gold-en-tune/SOURCES.md): read and tuned on
EN_TUNE_FILES = sorted((FIXTURES / "gold-en-tune").glob("*.gold.json"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _source_text(gold_path: Path, gold: dict[str, Any]) -> str:
    path = (gold_path.parent / gold["source_file"]).resolve()
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if ".htm" in path.name:
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<sub>|</sub>|<sup>|</sup>", "", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return _norm(text)


def test_at_least_twenty_gold_articles() -> None:
    assert len(GOLD_FILES) >= 20


def _record_ids(paths: list[Path]) -> set[str]:
    """Each gold file's source: the corpus record id, and for a page its resolved file path."""
    ids: set[str] = set()
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = gold.get("source")
        if (
            isinstance(source, dict)
            and source.get("id")
            and not gold["source_file"].endswith(".gz")
        ):
            ids.add(source["id"])
        elif gold["source_file"].endswith(".gz"):
            ids.add(str((path.parent / gold["source_file"]).resolve()))
    return ids


def test_check_set_is_apart_from_the_gold_set() -> None:
    if not CHECK_FILES:
        pytest.skip("the never-tuned check set is being re-annotated")
    assert len(CHECK_FILES) >= 8
    assert len(_record_ids(CHECK_FILES)) == len(CHECK_FILES)
    assert not _record_ids(CHECK_FILES) & _record_ids(GOLD_FILES)


def _english_pages(paths: list[Path]) -> set[str]:
    """The pages of an English set (each once, each an html-en page in English)."""
    assert len(paths) >= 8
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["language"] == "en", path.name
        assert "/html-en/pages/" in gold["source_file"], path.name
    ids = _record_ids(paths)
    assert len(ids) == len(paths)
    return ids


def test_english_set_is_english_pages_apart_from_the_others() -> None:
    assert not _english_pages(EN_FILES) & (_record_ids(GOLD_FILES) | _record_ids(CHECK_FILES))


def test_english_tuning_set_is_apart_from_the_english_check_set() -> None:
    assert not _english_pages(EN_TUNE_FILES) & _record_ids(EN_FILES)


@pytest.mark.parametrize(
    "path",
    [*GOLD_FILES, *CHECK_FILES, *EN_FILES, *EN_TUNE_FILES, SEED_GOLD],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_gold_file_is_consistent(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = _source_text(path, gold)
    names = {p["name"] for p in gold["persons"]}
    names |= {o if isinstance(o, str) else o["name"] for o in gold.get("organizations", [])}
    names |= {loc if isinstance(loc, str) else loc["name"] for loc in gold.get("locations", [])}
    assert gold["quotes"] or gold.get("quotes_note"), "a gold file without quotes must say why"
    for quote in gold["quotes"]:
        assert quote["kind"] in ("direct", "partial", "indirect")
        if quote["kind"] != "indirect":
            assert _norm(quote["text"]).rstrip(".") in source, quote["text"]
        speaker = quote.get("speaker")
        if speaker is not None:
            assert speaker in names or any(speaker in n or n in speaker for n in names), speaker
    for event in gold.get("events", []):
        assert event["type"].isupper()
