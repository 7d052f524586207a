"""NER evaluation: label mapping, IOB1/IOB2 decoding, strict span scoring, gold readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluation.ner import (
    NerFormatError,
    decode_spans,
    gold_spans,
    map_tags,
    map_type,
    read_conll,
    read_gold,
    score_spans,
)

FIX = Path(__file__).resolve().parent / "fixtures" / "ner"


def test_map_type_germeval_and_ler() -> None:
    assert map_type("OTH") == "MISC"
    assert map_type("LOCderiv") is None
    assert map_type("ORGpart") is None
    assert map_type("PER") == "PER"
    assert map_type("RR") == "PER"  # LER judge
    assert map_type("GRT") == "ORG"  # LER court
    assert map_type("ST") == "LOC"  # LER city
    assert map_type("GS") is None  # LER law: not scored
    assert map_type("DATE") is None


def test_map_tags_keeps_prefix() -> None:
    assert map_tags(["B-OTH", "I-OTH", "B-LOCderiv", "O", "I-PER"]) == [
        "B-MISC",
        "I-MISC",
        "O",
        "O",
        "I-PER",
    ]


def test_decode_iob2() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O"]
    assert decode_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC")]


def test_decode_iob1_adjacent_same_type() -> None:
    # IOB1: I- starts an entity after O; B- only separates two adjacent entities of a type
    tags = ["I-ORG", "I-ORG", "B-ORG", "O", "I-PER", "I-LOC"]
    assert decode_spans(tags) == [(0, 2, "ORG"), (2, 3, "ORG"), (4, 5, "PER"), (5, 6, "LOC")]


def test_decode_iobes_and_end_of_sentence() -> None:
    assert decode_spans(["S-PER", "B-ORG", "E-ORG", "B-LOC", "I-LOC"]) == [
        (0, 1, "PER"),
        (1, 3, "ORG"),
        (3, 5, "LOC"),
    ]


def test_strict_scoring_counts_boundary_and_type_errors() -> None:
    gold = [[(0, 2, "PER"), (3, 4, "LOC")], [(1, 2, "ORG")]]
    pred = [[(0, 1, "PER"), (3, 4, "LOC")], [(1, 2, "LOC")]]
    s = score_spans(gold, pred)
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (1, 2, 2)
    assert s.per_type["LOC"].tp == 1 and s.per_type["LOC"].fp == 1
    assert s.per_type["PER"].fn == 1 and s.per_type["PER"].fp == 1
    assert s.overall.precision == pytest.approx(1 / 3)
    assert s.overall.f1 == pytest.approx(1 / 3)
    d = s.to_dict(tokens_per_s=123.0)
    assert d["per_type"]["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}  # type: ignore[index]
    assert d["tokens_per_s"] == 123.0


def test_read_germeval_excerpt() -> None:
    sents = read_gold(FIX / "germeval_excerpt.tsv")
    assert len(sents) == 15
    assert all(s.source and s.source.startswith("http") for s in sents)
    # LOCderiv is dropped, OTH becomes MISC
    all_spans = [sp for s in sents for sp in gold_spans(s)]
    types = {t for _, _, t in all_spans}
    assert types <= {"PER", "ORG", "LOC", "MISC"}
    assert "MISC" in types
    n_deriv = sum(t.endswith("deriv") for s in sents for t in s.tags)
    assert n_deriv == 2


def test_read_conll_iob1_with_docstart() -> None:
    sents = read_gold(FIX / "conll_iob1.txt")
    assert len(sents) == 3
    first = sents[0]
    assert first.tokens[:3] == ["Bundeskanzler", "Olaf", "Scholz"]
    assert gold_spans(first) == [(1, 3, "PER"), (5, 6, "LOC"), (9, 11, "PER")]


def test_read_conll_space_separated_iob2() -> None:
    sents = read_conll("Der O\nBGH B-GRT\nin O\nKarlsruhe B-ST\n\nNach O\n§ B-GS\n1 I-GS\n")
    assert [gold_spans(s) for s in sents] == [[(1, 2, "ORG"), (3, 4, "LOC")], []]


def test_malformed_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(NerFormatError):
        read_gold(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.txt"
    bad.write_text("just-one-column\nanother\n", encoding="utf-8")
    with pytest.raises(NerFormatError):
        read_gold(bad)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(NerFormatError):
        read_gold(empty)
