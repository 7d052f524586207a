"""Session 20: direct speech not found (issue #4), and interview questions read as reports.
Sentences written for the tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_a_plain_sentence_between_continued_speech_and_the_next_cue(german_nlp: Any) -> None:
    # the speech goes on after its cue sentence (two sentences), one more plain sentence, then
    # the same speaker's next cue: the sentence between is the speaker's too
    text = (
        "Wien – Der Soziologe Marko Huber untersucht seit Jahren die Integration. Die Frauen "
        "arbeiten viel, sagt Huber. Das erhöht das Einkommen der Familien. Die Kinder gehen "
        "länger zur Schule. Mehr Geld macht die Familien mobiler. Das ist ein großer Vorteil "
        "für alle, sagt Huber."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Mehr Geld macht die Familien mobiler")
    assert q.kind == "direct" and _speaker(q) == "Marko Huber"
