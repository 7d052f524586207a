"""Session 8: demands told in reported speech by a modal verb.

"Innenminister X sollte zurücktreten, kommentierte Y", "Die Regierung müsse handeln, sagte Y":
the speaker of the quote asks the subject of the modal to act — a REQUEST by the speaker with
the subject as target (``demand_modals`` in the lexicon). The act asked for has not happened:
the REQUEST tells it, so a trigger of the modal's verb is no event of its own.

Not read so: a clause opening with the modal ("Sollte es … kommen": a condition), a clause of
"wenn"/"falls"/"ob", a perfect infinitive ("sollte … gewesen sein": a conjecture), a subject in
the first person or naming nobody, the speaker as the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.entities.tokens import token_texts
from newsgraph.events.arguments import ArgumentReader, clause_of
from newsgraph.events.lexicon import EventLexicon
from newsgraph.events.modality import _perfect_infinitive
from newsgraph.model import Article, EntityRef, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _speaker_at(article: Article, offset: int) -> EntityRef | None:
    for quote in article.quotes:
        if quote.start <= offset < quote.end and quote.speaker is not None:
            return quote.speaker
    return None


def _subjects(verb: Token, modal: Token) -> list[Token]:
    return [c for h in (verb, modal) for c in h.children if c.dep_ == "nsubj"]


def _said_or_asked(verb: Token, lex: EventLexicon) -> bool:
    """Whether the dass-clause of ``verb`` depends on a verb of saying or demanding."""
    head = verb.head
    words = lex.words("demand_that_verbs")
    particle = "".join(c.text.lower() for c in head.children if c.dep_ == "compound:prt")
    return head.i != verb.i and (
        head.lemma_.lower() in words or particle + head.lemma_.lower() in words
    )


def reported_demands(
    span: Span, base: int, text: str, article: Article, reader: ArgumentReader
) -> tuple[list[Event], set[int]]:
    """REQUEST events of the demand modals in quoted or reported speech of one sentence, and
    the token indices of the verbs they ask for."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return [], set()
    lex, refs = reader.lex, reader.refs
    modals = lex.words("demand_modals")
    conditions = lex.words("demand_conditions")
    own = lex.words("speaker_pronouns") | lex.words("demand_no_subjects")
    events: list[Event] = []
    asked: set[int] = set()
    texts = token_texts(doc)  # a Token only for the modals
    for i in range(span.start, span.end):
        if texts[i].lower() not in modals:
            continue
        tok = doc[i]
        speaker = _speaker_at(article, base + tok.idx)
        if speaker is None:
            continue
        start, end = clause_of(tok, span)
        clause = list(doc[start:end])
        if start == tok.i or (start + 1 == tok.i and doc[start].is_punct):
            continue  # "Sollte es dazu kommen, …": a condition
        if {t.text.lower() for t in clause} & conditions or _perfect_infinitive(clause, lex):
            continue
        verb = tok.head if tok.dep_.startswith("aux") else tok
        if verb.i == tok.i:  # the modal as the head: "müssten … prüfen" (xcomp)
            verb = next(
                (c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), tok
            )
        if verb.i == tok.i or verb.lemma_.lower() in lex.words("demand_no_verbs"):
            continue  # "sollte nicht der Erste sein": no act asked for
        words = {t.text.lower() for t in clause}
        if words & lex.words("that_words") and not _said_or_asked(verb, lex):
            continue  # "Der Plan beinhaltete, dass … sollte": what a plan says, no demand
        subjects = _subjects(verb, tok)
        if not subjects or any(s.text.lower() in own for s in subjects):
            continue
        targets: list[EntityRef] = []
        for subj in subjects:
            for ref in refs.refs_for_head(subj, base):
                if ref.id != speaker.id and refs.can_take_part(ref) and ref not in targets:
                    targets.append(ref)
        if not targets:
            continue
        events.append(
            Event(
                type="REQUEST",
                mode="demand (reported)",
                actors=[speaker],
                targets=targets,
                trigger=tok.text,
                sentence=text,
                start=base + tok.idx,
                end=base + tok.idx + len(tok),
                modality="asserted",
                time=None,
                source=speaker,
            )
        )
        asked.add(verb.i)
    return events, asked
