"""The optional on-disk cache of the language analysis (NEWSGRAPH_DOC_CACHE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import doc_cache
from newsgraph.nlp import load_pipeline, nlp_available
from newsgraph.pipeline import analyze
from newsgraph.readers import read_string

pytestmark = pytest.mark.skipif(not nlp_available("de"), reason="German model not built")


def _entries(root: Path) -> list[Path]:
    return sorted(root.rglob("*.doc"))


def test_cached_analysis_is_the_same_article(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_pipeline("de")
    monkeypatch.delenv(doc_cache.ENV, raising=False)
    plain = analyze(read_string(seed_text, name="seed.txt"), nlp=nlp).to_json()

    monkeypatch.setenv(doc_cache.ENV, str(tmp_path))
    first = analyze(read_string(seed_text, name="seed.txt"), nlp=nlp).to_json()
    stored = _entries(tmp_path)
    assert stored, "the first cached run writes one entry per analysed block"
    stamps = [p.stat().st_mtime_ns for p in stored]
    second = analyze(read_string(seed_text, name="seed.txt"), nlp=nlp).to_json()

    assert first == plain
    assert second == plain
    # the second run read the entries and wrote none
    assert _entries(tmp_path) == stored
    assert [p.stat().st_mtime_ns for p in stored] == stamps


def test_other_pipeline_gets_other_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline("de")
    monkeypatch.setenv(doc_cache.ENV, str(tmp_path))
    text = "Die Ministerin sagte am Montag in Wien, die Gespräche seien gut verlaufen."
    full = next(doc_cache.pipe(nlp, [text]))
    with nlp.select_pipes(enable=["tok2vec", "tagger", "morphologizer"]):
        fp_part = doc_cache.fingerprint(nlp)
        part = next(doc_cache.pipe(nlp, [text]))
    assert fp_part != doc_cache.fingerprint(nlp)
    assert full.has_annotation("DEP") and not part.has_annotation("DEP")
    assert {p.parent.name for p in _entries(tmp_path)} == {fp_part, doc_cache.fingerprint(nlp)}


def test_unreadable_entry_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline("de")
    monkeypatch.setenv(doc_cache.ENV, str(tmp_path))
    text = "Der Bürgermeister kündigte an, er werde zurücktreten."
    expected = [(t.text, t.dep_, t.morph.get("Mood")) for t in next(doc_cache.pipe(nlp, [text]))]
    (entry,) = _entries(tmp_path)
    entry.write_bytes(b"not a doc")
    again = next(doc_cache.pipe(nlp, [text]))
    assert [(t.text, t.dep_, t.morph.get("Mood")) for t in again] == expected
    assert entry.read_bytes() != b"not a doc"


def test_off_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(doc_cache.ENV, raising=False)
    assert doc_cache.cache_dir() is None
    monkeypatch.setenv(doc_cache.ENV, "  ")
    assert doc_cache.cache_dir() is None
