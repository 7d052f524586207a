"""Session 35: the events' re-parse of cut sentences, one pass for a whole batch of articles
(newsgraph.events.sentences.rejoin_cut_sentences_batch, called by pipeline.analyze_batch)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.events.sentences import (
    _rejoined,
    article_sentences,
    rejoin_cut_sentences,
    rejoin_cut_sentences_batch,
)
from newsgraph.pipeline import analyze, analyze_batch, build_contexts
from newsgraph.readers import read_string

# 10kGNAD records (derStandard.at, CC BY-NC-SA 4.0): eight of the first nine of the test split
RECORDS = [f"10kgnad-test-{i:04d}" for i in (0, 1, 2, 3, 4, 6, 7, 8)]


def _articles(records: dict[str, dict[str, Any]]) -> list[Any]:
    return [read_string(records[r]["text"], format="text", language="de") for r in RECORDS]


def _shape(sentences: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (
            s.start,
            s.end,
            s.text,
            s.index,
            s.segment,
            s.block_type,
            None if s.span is None else [(t.text, t.dep_, t.head.i, t.lemma_) for t in s.span],
        )
        for s in sentences
    ]


@pytest.mark.slow
def test_batched_reparse_gives_each_article_its_own_sentences(
    nlp_de_trained: Any, gnad_records: dict[str, dict[str, Any]]
) -> None:
    nlp = nlp_de_trained
    with nlp.memory_zone():
        batch = build_contexts(_articles(gnad_records), nlp)
        rejoin_cut_sentences_batch(batch)
        alone = build_contexts(_articles(gnad_records), nlp)
        joined = 0
        for ctx, own in zip(batch, alone, strict=True):
            sentences = article_sentences(own)
            expected = _rejoined(own, sentences)
            if expected is sentences:  # nothing cut inside a phrase: the stage keeps its own
                assert "rejoined_sentences" not in ctx.data
                continue
            joined += 1
            key, got = ctx.data["rejoined_sentences"]
            assert key == tuple((s.start, s.end) for s in sentences)
            assert _shape(got) == _shape(expected)
            # the stage finds them: the same list, not parsed again
            assert _shape(rejoin_cut_sentences(ctx, article_sentences(ctx))) == _shape(got)
        assert joined >= 2  # the parser cuts a few of these articles inside a phrase


@pytest.mark.slow
def test_analyze_batch_equals_analyze_one_by_one(
    nlp_de_trained: Any, gnad_records: dict[str, dict[str, Any]]
) -> None:
    together = analyze_batch(_articles(gnad_records), nlp=nlp_de_trained)
    alone = [analyze(a, nlp=nlp_de_trained) for a in _articles(gnad_records)]
    assert [a.model_dump_json() for a in together] == [a.model_dump_json() for a in alone]  # type: ignore[union-attr]
    assert sum(len(a.events) for a in alone) > 0
