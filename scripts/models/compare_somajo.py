"""Compare tokenisation and sentence splitting of SoMaJo and the shipped pipeline on UD GSD dev.

Usage: python scripts/models/compare_somajo.py [build/models/corpus/ud/dev.spacy]
Each 10-sentence UD document's raw text goes through both; token and sentence boundaries are
compared as character offsets (F1) with the gold tokens (multiword tokens merged) and sentences.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from newsgraph.nlp import load_pipeline


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "build/models/corpus/ud/dev.spacy")
    vocab = spacy.blank("de").vocab
    gold = list(DocBin().from_disk(path).get_docs(vocab))
    texts = [d.text for d in gold]
    g_tok = [{(t.idx, t.idx + len(t)) for t in d} for d in gold]
    g_sent = [{(s.start_char, s.end_char) for s in d.sents} for d in gold]

    from somajo import SoMaJo  # optional dependency, only for this comparison

    somajo = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
    t0 = time.perf_counter()
    s_tok, s_sent = [], []
    for text in texts:
        sents = [[t.character_offset for t in s] for s in somajo.tokenize_text([text])]
        s_tok.append({off for s in sents for off in s})
        s_sent.append({(s[0][0], s[-1][1]) for s in sents if s})
    t_somajo = time.perf_counter() - t0

    nlp = load_pipeline("de")
    t0 = time.perf_counter()
    with nlp.select_pipes(enable=["tok2vec", "parser"]):
        docs = list(nlp.pipe(texts))
    t_ours = time.perf_counter() - t0
    o_tok = [{(t.idx, t.idx + len(t)) for t in d} for d in docs]
    o_sent = [{(s.start_char, s.end_char) for s in d.sents} for d in docs]

    def mean_f1(g: list[set[tuple[int, int]]], p: list[set[tuple[int, int]]]) -> float:
        tp = sum(len(a & b) for a, b in zip(g, p, strict=True))
        n_g, n_p = sum(map(len, g)), sum(map(len, p))
        return 2 * tp / (n_g + n_p)

    n = sum(len(d) for d in gold)
    print(f"{len(gold)} docs, {n} gold tokens, {sum(map(len, g_sent))} gold sentences")
    print(
        f"SoMaJo    token F1 {mean_f1(g_tok, s_tok):.4f}  sentence F1 {mean_f1(g_sent, s_sent):.4f}"
        f"  {n / t_somajo:.0f} tok/s"
    )
    print(
        f"newsgraph token F1 {mean_f1(g_tok, o_tok):.4f}  sentence F1 {mean_f1(g_sent, o_sent):.4f}"
        f"  {n / t_ours:.0f} tok/s (tokenizer + parser)"
    )


if __name__ == "__main__":
    main()
