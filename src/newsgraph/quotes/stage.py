"""Pipeline stage: fill ``Article.quotes`` (runs after the entities stage)."""

from __future__ import annotations

from newsgraph.pipeline import AnalysisContext
from newsgraph.quotes.extract import extract_quotes


def morphology(ctx: AnalysisContext) -> dict[int, tuple[str | None, str | None, str | None]]:
    """Mood, fine tag and POS of every analysed token, by its Article offset."""
    out: dict[int, tuple[str | None, str | None, str | None]] = {}
    for seg in ctx.segments:
        for tok in seg.doc:
            moods = tok.morph.get("Mood", [])
            out[seg.start + tok.idx] = (
                moods[0] if moods else None,
                tok.tag_ or None,
                tok.pos_ or None,
            )
    return out


def run(ctx: AnalysisContext) -> None:
    ctx.article.quotes = extract_quotes(ctx.article, morphology(ctx))
