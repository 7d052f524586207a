"""analyze_batch: several articles through the language analysis at once, same facts as one by one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsgraph import pipeline
from newsgraph.model import Article
from newsgraph.nlp import load_pipeline
from newsgraph.readers import ReaderOptions, read_inputs

IDS = ["10kgnad-test-0010", "10kgnad-test-0011", "10kgnad-test-0012"]


def _articles(records: dict[str, dict[str, Any]], tmp_path: Any) -> list[Article]:
    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps(records[i]) + "\n" for i in IDS), encoding="utf-8")
    out = [a for a in read_inputs([str(path)], ReaderOptions()) if isinstance(a, Article)]
    assert len(out) == 3
    return out


def test_batch_gives_the_same_facts_as_one_by_one(
    gnad_records: dict[str, Any], tmp_path: Any
) -> None:
    nlp = load_pipeline("de")
    one = [pipeline.analyze(a, nlp=nlp).model_dump() for a in _articles(gnad_records, tmp_path)]
    batched = pipeline.analyze_batch(_articles(gnad_records, tmp_path), nlp=nlp)
    assert all(isinstance(a, Article) for a in batched)
    assert [a.model_dump() for a in batched if isinstance(a, Article)] == one
    assert all(d["entities"] for d in one)  # real work was compared, not empty results


def test_a_failing_article_costs_only_itself(
    gnad_records: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    nlp = load_pipeline("de")
    articles = _articles(gnad_records, tmp_path)
    bad = articles[1]
    real_stage = pipeline._stage

    def failing_stage(name: str) -> Any:
        run = real_stage(name)

        def wrapped(ctx: pipeline.AnalysisContext) -> None:
            if ctx.article is bad and name == "quotes":
                raise RuntimeError("quote rules crashed")
            assert run is not None
            run(ctx)

        return wrapped

    monkeypatch.setattr(pipeline, "_stage", failing_stage)
    results = pipeline.analyze_batch(articles, nlp=nlp)
    assert isinstance(results[1], RuntimeError) and "quote rules crashed" in str(results[1])
    assert isinstance(results[0], Article) and results[0].entities
    assert isinstance(results[2], Article) and results[2].entities


def test_word_caches_stay_bounded() -> None:
    from newsgraph.caching import bounded

    cache: dict[str, int] = {}
    for i in range(25):
        bounded(cache, limit=10)[f"w{i}"] = i
    assert 0 < len(cache) <= 10 and cache["w24"] == 24
