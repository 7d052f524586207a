"""The sentences of an article's analysed segments (never boilerplate), with Article offsets.

With a parsed context (spaCy Docs per segment) the Doc's sentences are used, so events can
read their dependency trees; without one, a plain splitter cuts the same segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX

from newsgraph.nlp import ner_pipe_names
from newsgraph.pipeline import AnalysisContext, text_segments
from newsgraph.times.sentences import split_sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.language import Language
    from spacy.tokens import Doc, Span


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


MAX_JOINED_CHARS = 600  # a list or table the parser cut everywhere is not glued into one


def rejoin_cut_sentences(ctx: AnalysisContext, sentences: list[Sentence]) -> list[Sentence]:
    """Session 9: the parser ends about one sentence in sixteen where no sentence ends ("Die
    Grünen verweigerten FPÖ-Chef" | "Emil Kessler ihre Zustimmung …", "erhebt nun" |
    "schwere Vorwürfe gegen X"), and the pieces lose their subject, object or verb. For the
    events, pieces of one segment with no sentence-final mark between them are put together
    and parsed again as one sentence (the boundaries inside preset, so the parser keeps it
    whole). Without a parser the sentences stay as they are."""
    nlp = ctx.nlp
    if nlp is None or "parser" not in nlp.pipe_names or not sentences:
        return sentences
    # session 10: the times and the events both read the rejoined sentences; they are parsed
    # once per article (the second parse cost as much as the first)
    key = tuple((s.start, s.end) for s in sentences)
    cached = ctx.data.get("rejoined_sentences")
    if cached is not None and cached[0] == key:
        return list(cached[1])
    out = _rejoined(ctx, sentences)
    ctx.data["rejoined_sentences"] = (key, out)
    return list(out)


def rejoin_cut_sentences_batch(contexts: Sequence[AnalysisContext]) -> None:
    """Session 35: :func:`rejoin_cut_sentences` for the contexts of a batch, with one syntax
    pass over the joined sentences of all of them (kept in each context for the stage). The
    parse of a Doc does not depend on the other Docs of its batch (the same Docs, checked on
    10kGNAD records), but per article every pass paid the parser's steps for one or two short
    Docs: ≈ 5 ms per article, ≈ 2.5 in batches of 8 articles (bench/RESULTS.md "Session 35")."""
    plans: dict[int, list[tuple[AnalysisContext, list[Sentence], list[list[Sentence]], int]]] = {}
    docs: dict[int, list[Doc]] = {}
    pipelines: dict[int, Language] = {}
    for ctx in contexts:
        nlp = ctx.nlp
        if nlp is None or "parser" not in nlp.pipe_names:
            continue
        sentences = article_sentences(ctx)
        groups = _groups(ctx, sentences)
        joined = [g for g in groups if len(g) > 1]
        if not joined:
            continue
        pipelines[id(nlp)] = nlp
        made = docs.setdefault(id(nlp), [])
        plans.setdefault(id(nlp), []).append((ctx, sentences, groups, len(made)))
        made.extend(_joined_docs(ctx, joined))
    for key, todo in plans.items():
        parsed = _parse(pipelines[key], docs[key])
        for ctx, sentences, groups, first in todo:
            n = sum(len(g) > 1 for g in groups)
            out = _assembled(ctx, groups, parsed[first : first + n])
            ctx.data["rejoined_sentences"] = (tuple((s.start, s.end) for s in sentences), out)


def _groups(ctx: AnalysisContext, sentences: list[Sentence]) -> list[list[Sentence]]:
    """The sentences in runs of pieces the parser cut inside one phrase."""
    groups: list[list[Sentence]] = []
    for sent in sentences:
        prev = groups[-1] if groups else None
        if (
            prev is not None
            and prev[-1].span is not None
            and sent.span is not None
            and prev[-1].segment == sent.segment
            and prev[-1].text.rstrip()[-1:].isalnum()  # cut inside a phrase, not at a comma
            and not ctx.article.text[prev[-1].end : sent.start].strip()
            and sent.end - prev[0].start <= MAX_JOINED_CHARS
        ):
            prev.append(sent)
        else:
            groups.append([sent])
    return groups


def _joined_docs(ctx: AnalysisContext, joined: list[list[Sentence]]) -> list[Doc]:
    """A tokenized Doc per joined group, with no sentence start where the parser cut before."""
    nlp = ctx.nlp
    assert nlp is not None
    docs = []
    for group in joined:
        first = group[0]
        doc = nlp.make_doc(ctx.article.text[first.start : group[-1].end])
        # no boundary where the parser cut before; elsewhere it decides again
        cuts = sorted({s.start - first.start for s in group[1:]})
        starts = doc.to_array(IDX)  # the tokens' offsets, without a Token for each
        for k in numpy.flatnonzero(numpy.isin(starts, cuts)):
            if k >= 1:
                doc[int(k)].is_sent_start = False
        docs.append(doc)
    return docs


def _parse(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """One syntax pass over the joined groups, batched: the parse is what the events read (the
    NER components are left out: entities come from the article, not from these Docs)."""
    ner = set(ner_pipe_names(nlp))
    for name, proc in nlp.pipeline:
        if name not in ner:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs


def _rejoined(ctx: AnalysisContext, sentences: list[Sentence]) -> list[Sentence]:
    nlp = ctx.nlp
    assert nlp is not None
    groups = _groups(ctx, sentences)
    if all(len(g) == 1 for g in groups):
        return sentences
    joined = [g for g in groups if len(g) > 1]
    return _assembled(ctx, groups, _parse(nlp, _joined_docs(ctx, joined)))


def _assembled(
    ctx: AnalysisContext, groups: list[list[Sentence]], docs: list[Doc]
) -> list[Sentence]:
    """The sentences again, each joined group as the parser cut it now (``docs``: the parsed
    Docs of the joined groups, in order)."""
    joined = [g for g in groups if len(g) > 1]
    parsed = {id(g): d for g, d in zip(joined, docs, strict=True)}
    out: list[Sentence] = []
    for group in groups:
        first = group[0]
        if len(group) == 1:
            pieces = [first]
        else:
            pieces = []
            doc = parsed[id(group)]
            recut = {s.start - first.start for s in group[1:]}
            spans: list[Span] = []
            for span in doc.sents:
                if spans and span.start_char in recut:
                    # session 20: the parser cut again where it was told not to (it leaves a
                    # phrase it cannot attach as a root of its own: "Italien" | "unterstützte
                    # Spanien …"): the piece stays one sentence, read across the two trees
                    spans[-1] = doc[spans[-1].start : span.end]
                else:
                    spans.append(span)
            for span in spans:
                a, b = first.start + span.start_char, first.start + span.end_char
                if ctx.article.text[a:b].strip():
                    pieces.append(
                        Sentence(
                            a, b, ctx.article.text[a:b], 0, first.segment, first.block_type, span
                        )
                    )
        for sent in pieces:
            out.append(
                Sentence(
                    sent.start,
                    sent.end,
                    sent.text,
                    len(out),
                    sent.segment,
                    sent.block_type,
                    sent.span,
                )
            )
    return out
