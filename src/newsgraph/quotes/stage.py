"""Pipeline stage: fill ``Article.quotes`` (runs after the entities stage)."""

from __future__ import annotations

from newsgraph.pipeline import AnalysisContext
from newsgraph.quotes.extract import Morph, extract_quotes


def morphology(ctx: AnalysisContext) -> Morph:
    """Mood, fine tag, POS, tense and lemma of every analysed token, by its Article offset."""
    out: Morph = {}
    for seg in ctx.segments:
        for tok in seg.doc:
            morph = tok.morph
            moods = morph.get("Mood", [])
            tenses = morph.get("Tense", [])
            out[seg.start + tok.idx] = (
                moods[0] if moods else None,
                tok.tag_ or None,
                tok.pos_ or None,
                tenses[0] if tenses else None,
                tok.lemma_ or None,
            )
    return out


def run(ctx: AnalysisContext) -> None:
    ctx.article.quotes = extract_quotes(ctx.article, morphology(ctx))
