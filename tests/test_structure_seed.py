"""Acceptance of the Article issue on the reference report (structure only)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.readers import read_inputs
from tests.conftest import SEED_TXT


@pytest.fixture(scope="module")
def article() -> Article:
    (result,) = list(read_inputs([str(SEED_TXT)]))
    assert isinstance(result, Article), result
    return result


def test_metadata(article: Article, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["structure"]
    assert article.title == gold["title"]
    assert article.dateline == gold["dateline"]
    assert article.agencies == gold["agencies"]
    assert article.language == "de"
    assert article.source.reader == "text"


def test_paragraphs(article: Article, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["structure"]
    assert len(article.paragraphs) == gold["body_paragraphs"]
    assert article.paragraphs[0].text.startswith(gold["body_first_words"])
    for paragraph in article.paragraphs:
        for bad in gold["body_must_not_contain"]:
            assert bad not in paragraph.text


def test_subheadings(article: Article, seed_gold: dict[str, Any]) -> None:
    assert [s.text for s in article.subheadings] == seed_gold["structure"]["subheadings"]


def test_media(article: Article, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["structure"]["media"]
    assert len(article.media) == len(gold)
    for block, expected in zip(article.media, gold, strict=True):
        assert block.caption == expected["caption"]
        assert block.credit == expected["credit"]
        assert block.title == expected["title"]
        assert block.source_hint == expected["source_hint"]
    assert article.media[0].kind == "image"
    assert article.media[1].kind in ("video", "image")


def test_boilerplate(article: Article, seed_gold: dict[str, Any]) -> None:
    texts = [b.text for b in article.boilerplate]
    for expected in seed_gold["structure"]["boilerplate"]:
        assert expected in texts
    teaser = next(b for b in article.boilerplate if b.text.startswith("+++"))
    assert teaser.reason == "teaser"
    byline = next(b for b in article.boilerplate if b.text == "RND/dpa")
    assert byline.reason == "byline"
    assert "+++" not in article.body and "RND/dpa" not in article.body
    assert "© Quelle" not in article.text  # credits live in their field, not in text


def test_offsets_index_text(article: Article) -> None:
    assert article.title_span is not None
    assert article.text[article.title_span.start : article.title_span.end] == article.title
    previous_end = -1
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        assert block.start >= previous_end
        previous_end = block.end


def test_json_round_trip(article: Article) -> None:
    data = article.to_dict()
    assert data["schema_version"]
    assert {
        "source",
        "language",
        "title",
        "dateline",
        "published",
        "authors",
        "agencies",
        "text",
        "blocks",
    } <= data.keys()
    media = [b for b in data["blocks"] if b["type"] == "media"]
    assert {"kind", "title", "caption", "credit", "source_hint"} <= media[0].keys()
    boiler = [b for b in data["blocks"] if b["type"] == "boilerplate"]
    assert all("reason" in b for b in boiler)
    paragraph = next(b for b in data["blocks"] if b["type"] == "paragraph")
    assert "reason" not in paragraph and "caption" not in paragraph
    assert Article.from_json(article.to_json()) == article
