"""The ``events`` stage: times, then amounts, then events (in that order, since events take
their dates from the times layer)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.amounts.appositions import unaged_appositions
from newsgraph.amounts.extract import AmountLexicon, amount_lexicon, find_amounts_in_sentence
from newsgraph.events.sentences import Sentence, article_sentences, rejoin_cut_sentences
from newsgraph.model import Amount, TimeExpression
from newsgraph.pipeline import AnalysisContext
from newsgraph.times.extract import find_times_in_sentence, signoff_times
from newsgraph.times.names import name_spans, outside_names
from newsgraph.times.patterns import month_names, time_lexicon
from newsgraph.times.syntax import governing_tenses

if TYPE_CHECKING:
    from spacy.tokens import Span


def annotate_times(ctx: AnalysisContext, sentences: list[Sentence]) -> list[TimeExpression]:
    """Times sentence by sentence; a sentence the parser cut after a day's ordinal ("am 3." |
    "Juni unterschrieben") is read with the next. Where the sentence was parsed, the tense of
    the verb a weekday hangs on says whether it lies ahead ("trifft am Dienstag auf")."""
    article = ctx.article
    lex = time_lexicon(article.language)
    times: list[TimeExpression] = []
    for start, text, span in _date_runs(article.text, sentences, article.language):
        times.extend(
            find_times_in_sentence(
                text,
                language=article.language,
                published=article.published,
                offset=start,
                tenses=governing_tenses(span, lex) if span is not None else None,
            )
        )
    times.extend(signoff_times(article))  # "(APA, 4.9.2015)": no sentence of the body
    return times


_ORDINAL_END = re.compile(r"\b\d{1,2}\.$")
_DAY_MONTH_END = re.compile(r"\b\d{1,2}\.\d{1,2}\.$")  # "8.8." | "2015)"
_YEAR_START = re.compile(r"(?:19|20)\d\d\b")


def _date_runs(
    text: str, sentences: list[Sentence], language: str | None
) -> list[tuple[int, str, Span | None]]:
    """Sentences, with the next one joined when the parser cut after a day's ordinal and the
    next starts with a month name ("am 3." | "Juni"), or after a numeric day and month before
    a year ("8.8." | "2015)"; the events' re-joining keeps such cuts: a full stop ends them). A
    joined run has no parse."""
    months = month_names(language)
    runs: list[tuple[int, int, Span | None, int]] = []  # start, end, span, segment
    for sent in sentences:
        if runs:
            start, end, _, seg = runs[-1]
            first = sent.text.split(None, 1)[0] if sent.text.strip() else ""
            before = text[start:end].rstrip()
            if (
                seg == sent.segment
                and (
                    (_ORDINAL_END.search(before) and first.rstrip(".,") in months)
                    or (_DAY_MONTH_END.search(before) and _YEAR_START.match(first))
                )
                and not text[end : sent.start].strip()
            ):
                runs[-1] = (start, sent.end, None, seg)
                continue
        runs.append((sent.start, sent.end, sent.span, sent.segment))
    return [(s, text[s:e], span) for s, e, span, _ in runs]


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
    lex = amount_lexicon(language)
    time_units = {str(u) for u in amount_lexicon(None).data.get("time_units", [])}
    for t in times:
        if not (t.start <= amount.start < t.end or _qualified_inside(amount, t, text, lex)):
            continue  # the number itself must stand in the time expression
        if amount.unit in time_units and _measures_a_noun(amount, text, language):
            continue
        return True
    return False


def _qualified_inside(amount: Amount, t: TimeExpression, text: str, lex: AmountLexicon) -> bool:
    """Session 33: a qualifier before a duration the time expression gives from its number on
    ("bis zu sechs Wochen", "fast 48 Stunden", "maximal drei Wochen"): the number stands in
    the time expression all the same."""
    if not (amount.start < t.start < amount.end <= t.end) or not text:
        return False
    before = " ".join(text[amount.start : t.start].split()).lower()
    return lex.lookup("qualifiers", before) is not None


_TERM_AFTER = re.compile(r"\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?([A-ZÄÖÜ][\w-]*)")
_SENTENCED = re.compile(r"\s+(?:verurteilt|verurteilen|verurteilte)\b")


def _measures_a_noun(amount: Amount, text: str, language: str | None) -> bool:
    """ "15 Jahren Haft": a capitalised word right after the duration that is no time word; a
    term that ends in its noun ("16 Jahren und einem Monat Haft") or that a court gives ("zu 16
    Jahren verurteilt", session 10: the gold files give prison terms as amounts)."""
    words = amount.text.split()
    last = words[-1] if words else ""
    lex = time_lexicon(language)
    if last[:1].isupper() and len(words) > 2 and lex.lookup("unit", last.lower()) is None:
        return True
    if _SENTENCED.match(text, amount.end):
        return True
    terms = amount_lexicon(language).wordset("term_nouns")
    if terms:
        # session 33: only a penalty ("drei Jahre Haft", "zu 3,5 Jahren unbedingter Haft"); a
        # duration before any other noun is the time alone ("nach neun Jahren Pause", "drei
        # Wochen Urlaub"), as the gold files list it
        t = _TERM_AFTER.match(text, amount.end)
        return t is not None and t.group(1).lower() in terms
    m = _NOUN_AFTER.match(text, amount.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return lex.lookup("weekday", word) is None and lex.lookup("month", word) is None


def run(ctx: AnalysisContext) -> None:
    sentences = article_sentences(ctx)
    ctx.data["sentences"] = sentences
    # session 10: times and amounts read the sentences the parser cut inside a phrase joined
    # again, as the events do ("bis" | "April", "am 3." | "Juni" below; parsed once per
    # article, rejoin_cut_sentences keeps them for the events)
    joined = rejoin_cut_sentences(ctx, sentences)
    # session 36: a number in a name is none ("Global 2000"); before the amounts, which
    # would read a year taken from the times as a count
    names = name_spans(ctx.article.entities, ctx.article.text)
    times = outside_names(annotate_times(ctx, joined), names, ctx.article.text)
    ctx.article.times = times
    amounts = annotate_amounts(ctx, joined, times)
    ctx.article.amounts = outside_names(amounts, names, ctx.article.text)
    unaged_appositions(ctx.article.amounts, ctx.article.entities, ctx.article.text)
    try:
        from newsgraph.events.extract import extract_events
    except ImportError:  # pragma: no cover - events arrive after times and amounts
        return
    ctx.article.events = extract_events(ctx, sentences, times)
