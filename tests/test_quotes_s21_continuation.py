"""Session 21: a learned test for uncued continuations (issue #4). Sentences written for the
tests, run through the shipped model and the entity layer, with the shipped continuation model
and without it (the hand-written test alone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.quotes import learned_continuation as lc
from tests.test_quotes import _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def _quotes(text: str, nlp: Any, model: bool, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    if not model:
        monkeypatch.setattr(lc, "DATA", Path("/nonexistent/continuation_model.json"))
    return _pipeline_quotes(text, nlp)


def test_the_shipped_model_fits_the_features() -> None:
    model = lc.load_model(str(lc.DATA))
    assert model is not None
    weights, threshold, veto = model
    assert len(weights) == len(lc.FEATURES)
    assert 0.0 < veto < threshold < 1.0
    assert lc.probability([0.0] * len(weights), weights) == pytest.approx(0.5)


@pytest.mark.parametrize("model", [True, False])
def test_a_past_tense_and_an_impersonal_sentence_go_on(
    german_nlp: Any, model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Es gab …" (a past tense: the hand-written test's veto) and "Man lernt …" after it
    text = (
        "Wien – Der Spieleforscher Markus Bauer beschäftigt sich mit Lernspielen. Spiele können "
        "sehr viel vermitteln, sagte Bauer. Es gab kleinere Feldversuche an Schulen. Man lernt "
        "Rad fahren ja auch nicht aus einem Buch."
    )
    qs = _quotes(text, german_nlp, model, monkeypatch)
    for words in ("Es gab kleinere Feldversuche", "Man lernt Rad fahren"):
        hits = [q for q in qs if words in q.text]
        if model:
            assert hits and hits[0].kind == "direct" and _speaker(hits[0]) == "Markus Bauer"
        else:
            assert not hits


@pytest.mark.parametrize("model", [True, False])
def test_a_sentence_addressed_to_the_reader_goes_on(
    german_nlp: Any, model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Wien – Der Soziologe Peter Lang spricht über die Angst vor Anschlägen. Die Medien "
        "verstärken die Angst, sagt Lang. Denken Sie an die großen Anschläge der letzten Jahre."
    )
    qs = _quotes(text, german_nlp, model, monkeypatch)
    hits = [q for q in qs if "Denken Sie an" in q.text]
    assert bool(hits) == model
    if model:
        assert _speaker(hits[0]) == "Peter Lang"


@pytest.mark.parametrize("model", [True, False])
def test_a_plain_sentence_after_reported_speech(
    german_nlp: Any, model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the hand-written chain starts from direct speech only
    text = (
        "Berlin – Regierungssprecher Klaus Weber wies das Gerücht zurück, dass die Regierung "
        "Sonderzüge bestellt habe. Es gibt keine Sonderzüge."
    )
    qs = _quotes(text, german_nlp, model, monkeypatch)
    hits = [q for q in qs if "Es gibt keine Sonderzüge" in q.text]
    assert bool(hits) == model
    if model:
        assert hits[0].kind == "direct" and _speaker(hits[0]) == "Klaus Weber"


@pytest.mark.parametrize("model", [True, False])
def test_an_estimate_with_numbers_is_the_writers(
    german_nlp: Any, model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the hand-written test takes the plain sentence after the speech; the model vetoes it (a
    # number, in an article told mostly by the writer)
    text = (
        "Graz – Die Forscher zählen seit Jahren die Tiger in Asien. Die Tiere leben in Wäldern "
        "und Sümpfen. Ihr Lebensraum schrumpft durch Rodungen. Wilderer verkaufen Felle und "
        "Knochen auf Märkten. Der Bestand erholt sich langsam, sagte der Biologe Peter Maier. "
        "Schätzungen ergeben die Zahl von 3.200 Tieren. Wie viele Tiger in Indien leben ist "
        "unbekannt."
    )
    qs = _quotes(text, german_nlp, model, monkeypatch)
    assert any("Der Bestand erholt sich" in q.text for q in qs)
    assert any("Schätzungen ergeben" in q.text for q in qs) != model
