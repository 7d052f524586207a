"""What every rule of the quote extractor works on: the article's sentences (with the
pipeline's morphology), the quotes found so far (:class:`Found`), the cues (:class:`Cue`) and the
current source (:class:`State`), kept by :class:`ExtractorState`, the base of the rule mixins
that :class:`newsgraph.quotes.extract.Extractor` joins."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsgraph.model import Article, Entity
from newsgraph.quotes import english, mood
from newsgraph.quotes.guards import _live_mark
from newsgraph.quotes.lexicon import Lexicon, VerbEntry, load
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import (
    BOUNDARY,
    FINITE_AUXILIARIES,
    HEADING_TYPES,
    MAX_ACTIVE_GAP,
    SUBORDINATORS,
    WH_WORDS,
)
from newsgraph.quotes.speakers import SpeakerResolver
from newsgraph.quotes.text import Sentence, Token, find_quote_marks, split_sentences, tokenize
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

Morph = dict[int, tuple[str | None, str | None, str | None, str | None, str | None]]
"""Mood, fine tag, POS, tense and lemma of the pipeline's tokens, by Article offset."""


_NONFINITE_VERB_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})


@dataclass
class Cue:
    kind: str  # verb | so | wie | source | impersonal | nominal | pointer
    index: int  # main token index
    last: int  # last token index of the cue words
    clause: tuple[int, int]
    words: str
    speaker: Resolved
    entry: VerbEntry | None = None
    bracket: bool = False  # "…, hatte X gesagt": index is the auxiliary, last the participle


@dataclass
class Found:
    kind: str
    start: int
    end: int
    speaker: Resolved
    cue: str | None
    sentence: int
    confidence: float
    origin: str = ""
    hearsay: bool = False  # only a reportive "soll(en)" made it reported speech


@dataclass
class State:
    active: Entity | None = None
    active_sentence: int = -10
    active_explicit: bool = False
    active_cue: str | None = None
    active_source: bool = False  # named by a source phrase (laut X), not as one who speaks
    segment: int = -1
    # the current source when a subheading closed the section before (what it said last)
    before_heading: Entity | None = None
    before_heading_cue: str | None = None


def _segments(article: Article) -> list[tuple[int, int, str]]:
    from newsgraph.pipeline import text_segments

    return [(s, e, t) for s, e, t, _ in text_segments(article)]


def build_sentences(article: Article, morph: Morph, lex: Lexicon | None = None) -> list[Sentence]:
    """The article's sentences with their tokens' morphology; with a German ``lex``, the verb
    tags HanTa corrects (:func:`mood.repair_verb_tags`)."""
    out: list[Sentence] = []
    for seg_no, (start, end, btype) in enumerate(_segments(article)):
        text = article.text[start:end]
        marks = find_quote_marks(text, start)
        spans = (
            split_sentences(text, marks, start) if btype not in HEADING_TYPES else [(start, end)]
        )
        if article.language == "en" and len(spans) > 1:
            spans = english.join_cue_tails(article.text, spans, load("en"))
        for k, (s, e) in enumerate(spans):
            toks = tokenize(article.text[s:e], s)
            for t in toks:
                info = morph.get(t.start)
                if info is not None:
                    t.mood, t.tag, t.pos, t.tense, t.lemma = info
            if lex is not None and article.language != "en" and morph:
                mood.repair_verb_tags(toks, lex)
            sent = Sentence(
                start=s,
                end=e,
                text=article.text[s:e],
                tokens=toks,
                segment=seg_no,
                block_type=btype,
                quotes=[q for q in marks if s <= q.open and q.close < e],
                first_in_segment=k == 0,
            )
            out.append(sent)
    return out


class ExtractorState:
    """The article, its sentences, the quotes found so far and the current source, with
    the helpers every rule uses (clause bounds, adding a quote, the current source)."""

    def __init__(
        self,
        article: Article,
        morph: Morph | None = None,
    ) -> None:
        self.article = article
        self.lex: Lexicon = load(article.language or "de")
        self.resolver = SpeakerResolver(article, self.lex)
        self.sentences = build_sentences(article, morph or {}, self.lex)
        self.resolver.sentences = self.sentences  # the sentence before a pronoun's (session 30)
        self.found: list[Found] = []
        self.state = State()
        self.quoted_sentences: dict[int, list[Found]] = {}
        self.topic_sentences: set[int] = set()  # sentences that make a new person the topic
        self.sollen_sentences: set[int] = set()  # reported by "soll(en)" after a source
        # document nouns of earlier source phrases ("nach einem Bericht von X") → their source
        # (the latest one; None for an unnamed one: "nach Angaben eines Einwohners")
        self.document_sources: dict[str, Entity | None] = {}
        # documents named with their owner ("eine Befragung der Arbeiterkammer X", "die
        # Wifo-Studie"), every registration in text order: (offset of the noun, kind, owner or
        # None for a mention that ends the earlier owner); `owned_document_at` answers what was
        # known at a given point (session 26)
        self.owned_document_log: list[tuple[int, str, Entity | None]] = []

    def clause_bounds(self, sent: Sentence, i: int) -> tuple[int, int]:
        toks = sent.tokens
        lo = i
        while lo > 0 and toks[lo - 1].text not in BOUNDARY and not _live_mark(sent, toks[lo - 1]):
            lo -= 1
        hi = i + 1
        while hi < len(toks) and toks[hi].text not in BOUNDARY and not _live_mark(sent, toks[hi]):
            hi += 1
        return lo, hi

    def active(self, j: int) -> Entity | None:
        st = self.state
        if st.active is not None and j - st.active_sentence <= MAX_ACTIVE_GAP:
            return st.active
        return None

    def set_active(
        self,
        ent: Entity | None,
        j: int,
        explicit: bool = True,
        cue: str | None = None,
        source: bool = False,
    ) -> None:
        self.state.active_source = source
        self.state.active = ent
        self.state.active_sentence = j
        self.state.active_explicit = explicit
        self.state.active_cue = cue

    def add(self, f: Found) -> None:
        if f.kind == "direct" and f.cue is None and 0 <= f.sentence < len(self.sentences):
            cut = self._trailing_cue_clause(self.sentences[f.sentence], f)
            if cut is not None:
                f.end = cut
        if f.end <= f.start:
            return
        self.found.append(f)
        self.quoted_sentences.setdefault(f.sentence, []).append(f)

    def _trailing_cue_clause(self, sent: Sentence, f: Found) -> int | None:
        """Where cue-less direct speech that runs to the end of its sentence ends when the
        sentence closes with a short inverted clause after a comma, a finite verb and a
        pronoun, a determiner or a name as its subject ("Ich habe nicht den Eindruck, dass …,
        ist er optimistisch.", "…, war die Skispringerin selbst überrascht.", "…?, prustet X
        zum Abschied los."): that clause frames the speech, it is no part of it (the speaker
        stays the continuation's). Returns the end offset of the speech, or None."""
        toks = sent.tokens
        if self.lex.language != "de" or f.end < toks[-1].start:
            return None
        inside = [k for k, t in enumerate(toks) if f.start <= t.start and t.end <= f.end]
        if len(inside) < 6:
            return None
        lo, hi = inside[0], inside[-1]
        last = hi - 1 if toks[hi].text in ".!" else hi
        k = next((x for x in range(last - 2, lo + 3, -1) if toks[x].text in ",;:–-"), None)
        if k is None or toks[k].text != "," or last - k > 9:
            return None
        verb, subj = toks[k + 1], toks[k + 2]
        if (
            toks[k - 1].text in ("?", "!")
            and verb.is_word
            and not verb.is_upper
            and subj.is_word
            and not mood.first_person(toks[k + 1 : last + 1], self.lex)
        ):
            # "Meinen Vornamen wollen S noch wissen?, prustet X zum Abschied los.": a question
            # or exclamation closed before a comma ends the speech, whatever the tagger reads
            # in the clause after it (it often takes the verb there for an adjective)
            return toks[k - 1].end
        if verb.is_upper or verb.tag not in FINITE_TAGS:
            return None
        subject = (
            (subj.lower in ("er", "sie") and subj.tag == "PPER")
            or subj.tag in ("ART", "PPOSAT")
            or subj.tag == "NE"
        )
        tail = toks[k + 1 : last + 1]
        if not subject or mood.first_person(tail, self.lex):
            return None
        if any(t.tag in _NONFINITE_VERB_TAGS for t in tail):
            return None  # "…, habe die Handelsschule absolviert": a clause of the speech
        # the speech before the comma opens with a main clause (its finite verb first or
        # second): after a fronted clause ("Wenn …, wird das …", "Wer …, obliegt …", "Hat man
        # …, fühlen …") the verb after the comma is the main clause's own
        head = toks[lo:k]
        first_comma = next((x for x, t in enumerate(head) if t.text == ","), len(head))
        opening = head[:first_comma]
        if not opening or opening[0].lower in SUBORDINATORS or opening[0].tag in FINITE_TAGS:
            return None
        start = 1 if opening[0].lower in ("und", "aber", "doch", "denn") else 0
        if not any(t.tag in FINITE_TAGS for t in opening[start : start + 3]):
            return None
        return toks[k - 1].end

    def _words(self, toks: list[Token], i: int, last: int) -> str:
        return self.article.text[toks[i].start : toks[last].end]

    def _index(self, sent: Sentence) -> int:
        """The index of a sentence in ``self.sentences``."""
        return bisect.bisect_left([x.start for x in self.sentences], sent.start)

    def _main_clause(self, toks: list[Token]) -> list[Token]:
        """The tokens outside comma-bounded clauses opened by a subordinator, a complementiser
        or a question word ("Zur Frage, ob das Land Hilfe brauche" → "Zur Frage")."""
        out: list[Token] = []
        skip = False
        for k, t in enumerate(toks):
            if t.text == ",":
                nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
                skip = nxt in SUBORDINATORS or nxt in self.lex.complementisers or nxt in WH_WORDS
                continue
            if not skip:
                out.append(t)
        return out

    def _finite_among(self, toks: list[Token]) -> bool:
        """A finite verb among the tokens: by the tagger's tags, else by the lexicon's forms."""
        if any(t.tag is not None for t in toks):
            return any(t.tag in FINITE_TAGS for t in toks)
        return any(
            not t.is_upper
            and (
                t.lower in FINITE_AUXILIARIES
                or t.lower in self.lex.konj1
                or t.lower in self.lex.verb_forms
            )
            for t in toks
        )

    def _lead_line(self, sent: Sentence) -> bool:
        """The first sentence of the text (a title line in scraped text: "Maier: „…“")."""
        return sent.first_in_segment and sent.segment <= 1
