"""The ``events`` stage: times, then amounts, then events (in that order, since events take
their dates from the times layer)."""

from __future__ import annotations

import re

from newsgraph.amounts.extract import find_amounts_in_sentence
from newsgraph.events.sentences import Sentence, article_sentences
from newsgraph.model import Amount, TimeExpression
from newsgraph.pipeline import AnalysisContext
from newsgraph.times.extract import find_times_in_sentence, signoff_times


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
    times.extend(signoff_times(article))  # "(APA, 4.9.2015)": no sentence of the body
    return times


def annotate_amounts(
    ctx: AnalysisContext, sentences: list[Sentence], times: list[TimeExpression]
) -> list[Amount]:
    amounts: list[Amount] = []
    for start, text in _joined_runs(ctx.article.text, sentences):
        for amount in find_amounts_in_sentence(text, language=ctx.article.language, offset=start):
            if not _inside_time(amount, times, ctx.article.text, ctx.article.language):
                amounts.append(amount)
    return amounts


def _joined_runs(text: str, sentences: list[Sentence]) -> list[tuple[int, str]]:
    """Sentences with the next one joined when the parser cut the text after a number, with
    no sentence-final mark ("ein 21,5" | "Zoll großer Bildschirm"): an amount is not cut."""
    runs: list[tuple[int, int, int]] = []  # start, end, segment
    for sent in sentences:
        if runs:
            start, end, seg = runs[-1]
            before = text[start:end].rstrip()
            if seg == sent.segment and before[-1:].isdigit() and not text[end : sent.start].strip():
                runs[-1] = (start, sent.end, seg)
                continue
        runs.append((sent.start, sent.end, sent.segment))
    return [(s, text[s:e]) for s, e, _ in runs]


_NOUN_AFTER = re.compile(r"\s+(?:lang(?:e|en)?\s+)?([A-ZÄÖÜ][\w-]*)")


def _inside_time(
    amount: Amount, times: list[TimeExpression], text: str = "", language: str | None = "de"
) -> bool:
    """Numbers inside a date or clock time are no amounts ("am 2. Mai 2014 Freunden"), nor is a
    duration, which the time expression already gives ("seit drei Jahren", "vier Tage lang"):
    an analyst lists it once. A count of time units that measures a noun after it stays an
    amount ("zu 15 Jahren Haft", "zwei Jahre Gefängnis"), and so does an amount whose number
    stands outside the time expression ("250 Kilometer pro Stunde")."""
    from newsgraph.amounts.extract import amount_lexicon

    time_units = {str(u) for u in amount_lexicon(None).data.get("time_units", [])}
    for t in times:
        if not (t.start <= amount.start < t.end):
            continue  # the number itself must stand in the time expression
        if amount.unit in time_units and _measures_a_noun(amount, text, language):
            continue
        return True
    return False


def _measures_a_noun(amount: Amount, text: str, language: str | None) -> bool:
    """ "15 Jahren Haft": a capitalised word right after the duration that is no time word."""
    m = _NOUN_AFTER.match(text, amount.end)
    if m is None:
        return False
    from newsgraph.times.patterns import time_lexicon

    word = m.group(1).lower()
    lex = time_lexicon(language)
    return lex.lookup("weekday", word) is None and lex.lookup("month", word) is None


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
