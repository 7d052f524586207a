"""Hand-written expected structures of real articles (tests/fixtures/structure/, see its README).

This module checks the plain-text (news-de) fixtures; the HTML fixtures are checked in
test_reader_html.py. Conventions are those of the fixtures' README: strings compared after
whitespace normalisation, datelines case-insensitively, missing keys not asserted.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.readers import read_string
from tests.conftest import FIXTURES, REPO

STRUCTURE = FIXTURES / "structure"


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u200b", "")).strip()


def load_fixtures(reader: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(STRUCTURE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["reader"] == reader:
            out.append((path.stem, data))
    return out


def read_fixture_input(data: dict[str, Any], gnad_records: dict[str, dict[str, Any]]) -> Article:
    if "record_id" in data:
        record = gnad_records[data["record_id"]]
        return read_string(
            json.dumps(record, ensure_ascii=False), name=data["record_id"], format="jsonl"
        )
    path = (REPO / data["input"]).resolve()
    return read_string(path.read_text(encoding="utf-8"), name=str(path), format="text")


def check_expectations(article: Article, expect: dict[str, Any]) -> None:
    """Assert every expectation the fixture states (shared with the HTML fixture test)."""
    body_blocks = [
        b
        for b in article.blocks
        if b.type in ("paragraph", "subheading") and not getattr(b, "lead", False)
    ]
    body = norm(" ".join(b.text for b in body_blocks))
    paragraphs = [b for b in body_blocks if b.type == "paragraph"]
    if "language" in expect:
        assert article.language == expect["language"]
    if "title" in expect:
        assert (
            norm(article.title) == norm(expect["title"])
            if expect["title"]
            else article.title is None
        )
    if "dateline" in expect:
        want = expect["dateline"]
        if want is None:
            assert article.dateline is None
        else:
            got = (article.dateline or "").lower()
            assert got in (want.lower(), want.split(",")[0].lower()), (got, want)
    if "lead_startswith" in expect:
        assert norm(article.lead).startswith(norm(expect["lead_startswith"]))
    if "published" in expect:
        assert (article.published or "")[:10] == expect["published"]
    for name in expect.get("authors_include", []):
        assert name in article.authors
    for agency in expect.get("agencies", []):
        assert agency in article.agencies
    if "body_first_words" in expect:
        assert paragraphs and norm(paragraphs[0].text).startswith(norm(expect["body_first_words"]))
    if "body_last_words" in expect:
        assert norm(body_blocks[-1].text).endswith(norm(expect["body_last_words"]))
    for snippet in expect.get("body_contains", []):
        assert norm(snippet) in body
    for snippet in expect.get("body_not_contains", []):
        assert all(norm(snippet) not in norm(b.text) for b in body_blocks), snippet
    if "subheadings" in expect:
        assert [norm(b.text) for b in body_blocks if b.type == "subheading"] == [
            norm(s) for s in expect["subheadings"]
        ]
    if "paragraphs_min" in expect:
        assert expect["paragraphs_min"] <= len(paragraphs) <= expect["paragraphs_max"]
    captions = [norm(m.caption) for m in article.media]
    for caption in expect.get("captions_contain", []):
        assert any(norm(caption) in c for c in captions), caption
    credits = [norm(m.credit) for m in article.media]
    for credit in expect.get("credits_contain", []):
        assert any(norm(credit) in c for c in credits), credit


TEXT_FIXTURES = load_fixtures("text")


def test_there_are_enough_fixtures() -> None:
    assert len(list(STRUCTURE.glob("*.json"))) >= 15


@pytest.mark.parametrize(("name", "data"), TEXT_FIXTURES, ids=[n for n, _ in TEXT_FIXTURES])
def test_text_fixture(
    name: str, data: dict[str, Any], gnad_records: dict[str, dict[str, Any]]
) -> None:
    article = read_fixture_input(data, gnad_records)
    check_expectations(article, data["expect"])


def test_offsets_hold_for_fixtures(gnad_records: dict[str, dict[str, Any]]) -> None:
    for _, data in TEXT_FIXTURES:
        article = read_fixture_input(data, gnad_records)
        for block in article.blocks:
            assert article.text[block.start : block.end] == block.text
