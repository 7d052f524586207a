"""The tokenizer cache filled at load with frequent German chunks (newsgraph.tokenizer_cache)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp import model_path
from newsgraph.tokenizer_cache import frequent_chunks, warm_tokenizer

# 10kGNAD record 10kgnad-test-0000 (derStandard.at, CC BY-NC-SA 4.0), its first sentences
RECORD = "10kgnad-test-0000"


def _tokenizer_only() -> Any:
    """A German pipeline with the shipped model's tokenizer and a vocabulary of its own."""
    import spacy

    path = model_path("de")
    if path is None:
        pytest.skip("the trained German pipeline is not installed")
    nlp = spacy.blank("de")
    nlp.tokenizer.from_disk(path / "tokenizer")
    return nlp


def _rows(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    with nlp.memory_zone():
        return [
            (t.text, t.whitespace_, t.idx, t.norm_, t.prefix_, t.suffix_, t.shape_, t.lex.flags)
            for t in nlp.make_doc(text)
        ]


def test_the_list_holds_frequent_german_chunks() -> None:
    chunks = frequent_chunks("de")
    assert len(chunks) > 10_000
    assert chunks[:3] == ("der", "und", "die")
    assert {"Uhr", "sagte", "Regierung", "Millionen", "Polizei"} <= set(chunks)
    assert not [c for c in chunks if "@" in c or "http" in c]
    assert frequent_chunks("xx") == ()


def test_warmed_tokenizer_splits_as_a_cold_one(gnad_records: dict[str, Any]) -> None:
    text = gnad_records[RECORD]["text"][:1500]
    cold, warm = _tokenizer_only(), _tokenizer_only()
    assert warm_tokenizer(warm) == len(frequent_chunks("de"))
    assert _rows(warm, text) == _rows(cold, text)
    # punctuation against a word, a hyphenated compound, a URL, a number: same tokens either way
    odd = "Wien – „Die Gewerkschaft“ (GPA-djp) sagte: www.allinrechner.at, 3,5 Mio. Euro."
    assert _rows(warm, odd) == _rows(cold, odd)
    assert [r[0] for r in _rows(warm, odd)][:4] == ["Wien", "–", "„", "Die"]


def test_frequent_chunks_need_no_new_word_in_a_zone() -> None:
    text = " ".join(["der", "Regierung", "sagte,", "die", "Polizei", "Uhr"])
    cold, warm = _tokenizer_only(), _tokenizer_only()
    warm_tokenizer(warm)
    for nlp, grows in ((cold, True), (warm, False)):
        before = len(nlp.vocab)
        with nlp.memory_zone():
            nlp.make_doc(text)
        assert (len(nlp.vocab) > before) is grows


def test_warm_up_runs_once_and_never_inside_a_zone() -> None:
    nlp = _tokenizer_only()
    with nlp.memory_zone():
        assert warm_tokenizer(nlp) == 0  # the words of a zone would be freed with it
    assert warm_tokenizer(nlp) > 0
    assert warm_tokenizer(nlp) == 0


def test_load_nlp_gives_the_warmed_pipeline(nlp_de_trained: Any) -> None:
    from newsgraph.pipeline import load_nlp

    nlp = load_nlp("de")  # (other tests may have cleared load_pipeline's cache: not the fixture's)
    assert nlp is not None and nlp.lang == "de"
    assert warm_tokenizer(nlp) == 0  # done by load_nlp
    before = len(nlp.vocab)
    with nlp.memory_zone():
        nlp.make_doc("der Regierung sagte, die Polizei Uhr")
    assert len(nlp.vocab) == before
