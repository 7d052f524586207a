"""The ``events`` stage: times, then amounts, then events (in that order, since events take
their dates from the times layer)."""

from __future__ import annotations

from newsgraph.amounts.extract import find_amounts_in_sentence
from newsgraph.events.sentences import Sentence, article_sentences
from newsgraph.model import Amount, TimeExpression
from newsgraph.pipeline import AnalysisContext
from newsgraph.times.extract import find_times_in_sentence


def annotate_times(ctx: AnalysisContext, sentences: list[Sentence]) -> list[TimeExpression]:
    article = ctx.article
    times: list[TimeExpression] = []
    for sent in sentences:
        times.extend(
            find_times_in_sentence(
                sent.text,
                language=article.language,
                published=article.published,
                offset=sent.start,
            )
        )
    return times


def annotate_amounts(
    ctx: AnalysisContext, sentences: list[Sentence], times: list[TimeExpression]
) -> list[Amount]:
    amounts: list[Amount] = []
    for sent in sentences:
        for amount in find_amounts_in_sentence(
            sent.text, language=ctx.article.language, offset=sent.start
        ):
            if not _inside_time(amount, times):
                amounts.append(amount)
    return amounts


def _inside_time(amount: Amount, times: list[TimeExpression]) -> bool:
    """Numbers that are part of a date, clock time or a dated duration are no amounts;
    a bare duration ("36 Stunden") stays an amount as well."""
    for t in times:
        if amount.end <= t.start or amount.start >= t.end:
            continue
        if t.type == "DURATION" and t.start == amount.start and t.end == amount.end:
            continue
        return True
    return False


def run(ctx: AnalysisContext) -> None:
    sentences = article_sentences(ctx)
    ctx.data["sentences"] = sentences
    times = annotate_times(ctx, sentences)
    ctx.article.times = times
    ctx.article.amounts = annotate_amounts(ctx, sentences, times)
    try:
        from newsgraph.events.extract import extract_events
    except ImportError:  # pragma: no cover - events arrive after times and amounts
        return
    ctx.article.events = extract_events(ctx, sentences, times)
