"""The sentences of an article's analysed segments (never boilerplate), with Article offsets.

With a parsed context (spaCy Docs per segment) the Doc's sentences are used, so events can
read their dependency trees; without one, a plain splitter cuts the same segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.pipeline import AnalysisContext, text_segments
from newsgraph.times.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass
class Sentence:
    start: int  # offset in Article.text
    end: int
    text: str
    index: int  # running number in the article
    segment: int  # index of the segment it belongs to
    block_type: str  # title | paragraph | subheading | media
    span: Span | None = None  # the spaCy sentence, when the segment was analysed


def article_sentences(ctx: AnalysisContext) -> list[Sentence]:
    article = ctx.article
    out: list[Sentence] = []
    if ctx.segments:
        for seg_idx, seg in enumerate(ctx.segments):
            doc = seg.doc
            if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
                for sent in doc.sents:
                    s, e = seg.offset(sent)
                    text = article.text[s:e]  # = sent.text: the doc is the segment's text
                    if text.strip():
                        out.append(Sentence(s, e, text, len(out), seg_idx, seg.block_type, sent))
            else:
                for s, e in split_sentences(doc.text):
                    a, b = seg.start + s, seg.start + e
                    out.append(Sentence(a, b, article.text[a:b], len(out), seg_idx, seg.block_type))
        return out
    for seg_idx, (start, end, btype, _) in enumerate(text_segments(article)):
        for s, e in split_sentences(article.text[start:end]):
            a, b = start + s, start + e
            out.append(Sentence(a, b, article.text[a:b], len(out), seg_idx, btype))
    return out
