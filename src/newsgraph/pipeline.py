"""The analysis pipeline: Article → language analysis → entities → quotes → events/times/amounts.

Each stage is a function ``run(ctx: AnalysisContext) -> None`` that adds its facts to
``ctx.article``. Stages run in the order of :data:`STAGES`; each lives in a module of its own
(``newsgraph.<stage>.stage``). The spaCy analysis of the article is done once, per segment
(title, paragraphs, subheadings, media titles and captions — never boilerplate), and shared by
all stages through the context, with offsets mapped back to ``Article.text``.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsgraph.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

STAGES: tuple[str, ...] = ("entities", "quotes", "events")
"""Stage names in run order; each maps to the module ``newsgraph.<name>.stage``."""


@dataclass
class Segment:
    """A stretch of ``Article.text`` analysed as one spaCy Doc."""

    start: int
    end: int
    block_type: str  # title | paragraph | subheading | media
    block_index: int | None  # index into Article.blocks (None for the title)
    doc: Doc

    def offset(self, token_or_span: Token | Span) -> tuple[int, int]:
        """Article offsets of a token or span of this segment's doc."""
        from spacy.tokens import Token as _Token

        if isinstance(token_or_span, _Token):
            return self.start + token_or_span.idx, self.start + token_or_span.idx + len(
                token_or_span
            )
        return self.start + token_or_span.start_char, self.start + token_or_span.end_char


@dataclass
class AnalysisContext:
    article: Article
    segments: list[Segment]
    nlp: Language | None
    data: dict[str, Any] = field(default_factory=dict)  # stages share intermediate results here

    def sentences(self) -> Iterator[tuple[Segment, Span]]:
        for seg in self.segments:
            for sent in seg.doc.sents:
                yield seg, sent


def text_segments(article: Article) -> list[tuple[int, int, str, int | None]]:
    """``(start, end, block_type, block_index)`` of every stretch to analyse, in reading order."""
    out: list[tuple[int, int, str, int | None]] = []
    if article.title_span is not None:
        out.append((article.title_span.start, article.title_span.end, "title", None))
    for idx, block in enumerate(article.blocks):
        if block.type == "boilerplate" or block.start == block.end:
            continue
        if block.type == "media":
            pos = block.start
            for line in block.text.split("\n"):
                if line:
                    out.append((pos, pos + len(line), "media", idx))
                pos += len(line) + 1
            continue
        out.append((block.start, block.end, block.type, idx))
    return out


def load_nlp(language: str | None) -> Language | None:
    """The trained pipeline for a language (see :mod:`newsgraph.nlp`), or None if unavailable."""
    try:
        from newsgraph.nlp import load_pipeline
    except ImportError:  # pragma: no cover - the nlp package is part of the install
        return None
    nlp = load_pipeline(language or "de")
    from newsgraph.tokenizer_cache import warm_tokenizer

    warm_tokenizer(nlp)  # frequent chunks cached once: the zones save none (tokenizer_cache.py)
    return nlp


def build_context(article: Article, nlp: Language | None) -> AnalysisContext:
    return build_contexts([article], nlp)[0]


def build_contexts(articles: Sequence[Article], nlp: Language | None) -> list[AnalysisContext]:
    """Contexts of several articles; their segments go through the CNNs in one batch (8 articles
    at a time run ~12 % faster than one by one on this CPU, and the output is the same)."""
    spans = [text_segments(article) for article in articles]
    texts = [a.text[s:e] for a, sp in zip(articles, spans, strict=True) for s, e, _, _ in sp]
    from newsgraph import doc_cache  # spaCy is imported only when an analysis runs

    docs = iter(doc_cache.pipe(nlp, texts) if nlp is not None else ())
    contexts = []
    for article, article_spans in zip(articles, spans, strict=True):
        segments: list[Segment] = []
        if nlp is not None:
            for start, end, btype, bidx in article_spans:
                segments.append(Segment(start, end, btype, bidx, next(docs)))
        contexts.append(AnalysisContext(article=article, segments=segments, nlp=nlp))
    return contexts


def _stage(name: str) -> Callable[[AnalysisContext], None] | None:
    try:
        module = importlib.import_module(f"newsgraph.{name}.stage")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"newsgraph.{name}"):
            return None
        raise
    run: Callable[[AnalysisContext], None] = module.run
    return run


def available_stages() -> list[str]:
    return [name for name in STAGES if _stage(name) is not None]


def analyze(
    article: Article,
    *,
    stages: Iterable[str] | None = None,
    nlp: Language | None = None,
) -> Article:
    """Run the language stages on an Article and return it with its facts filled in."""
    wanted = list(STAGES if stages is None else stages)
    if not wanted:
        return article
    if nlp is None:
        nlp = load_nlp(article.language)
    # strings interned while analysing one article are freed with it (long batch runs stay flat)
    zone = nlp.memory_zone() if nlp is not None else contextlib.nullcontext()
    with zone:
        ctx = build_context(article, nlp)
        _run_stages(ctx, wanted)
    return ctx.article


def _run_stages(ctx: AnalysisContext, wanted: list[str]) -> None:
    for name in STAGES:
        if name not in wanted:
            continue
        run = _stage(name)
        if run is not None:
            run(ctx)


def _rejoin_batch(contexts: list[AnalysisContext]) -> None:
    """The events' re-parse of cut sentences for the whole batch in one pass (session 35,
    :func:`newsgraph.events.sentences.rejoin_cut_sentences_batch`); should it fail, each
    article's events stage parses its own and reports the error for that article alone."""
    try:
        from newsgraph.events.sentences import rejoin_cut_sentences_batch

        rejoin_cut_sentences_batch(contexts)
    except Exception:
        log.debug("batched re-parse of cut sentences failed; per article", exc_info=True)


def analyze_batch(
    articles: Sequence[Article],
    *,
    stages: Iterable[str] | None = None,
    nlp: Language | None = None,
) -> list[Article | Exception]:
    """:func:`analyze` for several articles at once, the language analysis batched.

    Returns, in input order, each analysed Article or the exception its analysis raised: one
    bad article never costs the others their results.
    """
    wanted = list(STAGES if stages is None else stages)
    if not wanted:
        return list(articles)
    results: list[Article | Exception | None] = [None] * len(articles)
    groups: dict[str | None, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.language, []).append(i)
    for language, indices in groups.items():
        group_nlp = nlp if nlp is not None else load_nlp(language)
        zone = group_nlp.memory_zone() if group_nlp is not None else contextlib.nullcontext()
        with zone:
            pairs: list[tuple[int, AnalysisContext]] = []
            try:
                contexts = build_contexts([articles[i] for i in indices], group_nlp)
                pairs = list(zip(indices, contexts, strict=True))
            except Exception:  # find the article the language analysis fails on
                for i in indices:
                    try:
                        pairs.append((i, build_context(articles[i], group_nlp)))
                    except Exception as exc:
                        results[i] = exc
            if "events" in wanted:
                _rejoin_batch([ctx for _, ctx in pairs])
            for i, ctx in pairs:
                try:
                    _run_stages(ctx, wanted)
                    results[i] = ctx.article
                except Exception as exc:
                    results[i] = exc
    return [r if r is not None else RuntimeError("not analysed") for r in results]
