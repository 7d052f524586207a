"""Find quotes and reported speech in an Article and attribute them to speakers.

One pass over the sentences in reading order (title, paragraphs, subheadings, media lines):

1. quotation-marked stretches → ``direct`` (a sentence of its own, or after a colon) or
   ``partial`` (a fragment inside the author's sentence), speaker from the adjacent cue, a cue
   elsewhere in the sentence, the previous quote (continuation) or the heading's person;
2. unquoted speech bound to a speech verb: content clause after the verb (``sagte X, …``,
   ``verwies darauf, dass …``, ``…: …``), or before it (``…, sagte X``; ``…, so X``) →
   ``indirect`` when Konjunktiv, ``direct`` when indicative/first person (10kGNAD style);
3. source phrases (``laut X``, ``X zufolge``, ``nach Angaben von X``, ``wie X mitteilte``,
   ``hieß es``, ``demnach``) and pointers back (``Das sagte X``) → ``indirect``;
4. continuations: Konjunktiv sentences and first-person sentences stay with the current source.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.model import Article, Entity, EntityRef, Quote
from newsgraph.quotes import characterise, english, mood
from newsgraph.quotes.lexicon import Lexicon, VerbEntry, grammar, load
from newsgraph.quotes.speakers import (
    PERSONAL_PRONOUNS,
    PLURAL_QUANTIFIERS,
    PREPOSITIONS,
    Resolved,
    SpeakerResolver,
    compatible,
)
from newsgraph.quotes.text import (
    QuoteMarks,
    Sentence,
    Token,
    find_quote_marks,
    split_sentences,
    tokenize,
)
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

OPENING_WORDS = frozenset(["auch", "und", "aber", "doch", "selbst", "sogar"])
SEPARABLE_ZU_INFINITIVE = re.compile(
    r"^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|hin|hinzu|los|mit|nach|statt|teil|"
    r"vor|weg|weiter|zurück|zusammen|"
    # (session 18) "unterzuordnen", "umzusetzen", "durchzuführen", "zuzustimmen", "offenzulegen"
    r"um|durch|unter|über|wieder|zu|voran|voraus|hervor|herum|hinaus|hinein|heran|herbei|"
    r"bekannt|sicher|klar|offen|bereit|fern|kennen|entgegen|gegenüber|wahr|nieder|hoch|vorbei)"
    r"zu[a-zäöüß]{3,}en$"
)
PREFIX_PARTICLE = re.compile(
    r"^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|hervor|hin|hinzu|los|mit|nach|"
    r"statt|teil|vor|weg|weiter|zurück|zusammen|zu|entgegen|voraus|vorher)$"
)
# how the subject after the finite verb of a split particle verb may open ("…, teilte die
# Polizei mit", "…, teilte dessen Anwältin X mit")
SPLIT_SUBJECT_STARTS = frozenset(
    ["der", "die", "das", "ein", "eine", "dessen", "deren", "sein", "seine", "ihr", "ihre"]
)
WEB_ADDRESS = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)*\.[a-z]{2,6}(/\S*)?", re.IGNORECASE)
INDEFINITE_ARTICLES = frozenset(["ein", "eine", "einer", "eines", "einem", "einen"])
BOUNDARY = frozenset(",:;()–—")
CLAUSE_MARKS = frozenset(",:;–—")
HEADING_TYPES = frozenset({"title", "subheading", "media"})
FUNCTION_WORDS = grammar("function_words")
SUBORDINATORS = grammar("subordinators")
AUXILIARIES = frozenset(
    ["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "sei", "wurde"]
)
INDICATIVE_AUXILIARIES = frozenset(
    ["hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden"]
)
PAST_FORMS = grammar("past_forms")
DOCUMENT_NOUNS = grammar("document_nouns")
OWNED_DOCUMENT_NOUNS = tuple(n.lower() for n in grammar("owned_document_nouns"))
MODALS = grammar("modals")
NP_CONTINUERS = grammar("np_continuers")
FINITE_AUXILIARIES = PAST_FORMS | MODALS | grammar("present_auxiliaries")
NP_WORDS = grammar("np_words")
NOT_CUE_WORDS = grammar("not_cue_words")
ELLIPSIS_OPENERS = grammar("ellipsis_openers")
POINT_OPENERS = grammar("point_openers")
THIRD_PERSON = grammar("third_person_words")
CONDITIONAL = grammar("conditional_openers")
WH_WORDS = grammar("question_words")
RELATIVE_PRONOUNS = grammar("relative_pronouns")
# a relative clause after a cue clause at the end of a sentence hangs on the cue (session 11)
ATTACHED_CLAUSE_OPENERS = RELATIVE_PRONOUNS | grammar("relative_adverbs")
NON_MAIN_OPENERS = grammar("non_main_openers")
WERDEN_FORMS = grammar("werden_forms")
NARRATIVE_SUBORDINATORS = grammar("narrative_subordinators")
VERB_PARTICLES = grammar("verb_particles")
CALENDAR_WORDS = grammar("calendar_words")
MONTH_AMBIGUOUS = frozenset(["mai", "august"])  # also a given name: only after "8."
REFLEXIVE_NOT_SAYING = grammar("reflexive_not_saying")
OBJECT_CONTENT_ONLY = grammar("object_content_only")
QUESTION_FRAMES = grammar("question_frames")
INFINITIVE_OPENERS = grammar("infinitive_openers")
ARGUMENT_OPENERS = grammar("argument_openers")
ENGLISH_NAME_WORDS = frozenset(["of", "on", "the", "for", "and", "to"])
NAME_PREFIXES = ("sogenannt", "so genannt", "genannt", "titel", "motto", "hashtag", "slogan")
# words that open the source after "nach Angaben …" ("des Ministeriums", "von X", "eines Arztes")
GENITIVE_OPENERS = frozenset(
    ["des", "der", "eines", "einer", "von", "vom", "seines", "seiner", "ihres", "ihrer", "dessen"]
)
SUBJECT_PRONOUNS = frozenset(["er", "sie", "es", "man", "ich", "wir", "ihr", "du", "jemand"])
_HABEN_FINITE = frozenset(["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "hast"])
MAX_ACTIVE_GAP = 4  # sentences a source stays current without being named again


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


class Extractor:
    def __init__(
        self,
        article: Article,
        morph: Morph | None = None,
    ) -> None:
        self.article = article
        self.lex: Lexicon = load(article.language or "de")
        self.resolver = SpeakerResolver(article, self.lex)
        self.sentences = build_sentences(article, morph or {}, self.lex)
        self.found: list[Found] = []
        self.state = State()
        self.quoted_sentences: dict[int, list[Found]] = {}
        self.topic_sentences: set[int] = set()  # sentences that make a new person the topic
        self.sollen_sentences: set[int] = set()  # reported by "soll(en)" after a source
        # document nouns of earlier source phrases ("nach einem Bericht von X") → their source
        # (the latest one; None for an unnamed one: "nach Angaben eines Einwohners")
        self.document_sources: dict[str, Entity | None] = {}

    # -- helpers ---------------------------------------------------------------------
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

    def _detached_after(self, sent: Sentence, c: Cue, after_start: int) -> bool:
        """The content after an inverted cue ("…, sagte X und fügte hinzu, …") hangs on a second
        predicate joined by "und" or on a dash, not on the cue itself: between the cue's words
        and the content's comma stand "und"/"–" and more words. Only for a cue right after a
        comma, so that the speech before it is a clause of its own."""
        toks = sent.tokens
        if c.index == 0 or toks[c.index - 1].text != ",":
            return False
        between = toks[c.last + 1 : after_start - 1]
        joint = next(
            (k for k, t in enumerate(between) if t.lower == "und" or t.text in ("–", "-")), None
        )
        return joint is not None and joint + 1 < len(between)

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

    # -- cues ------------------------------------------------------------------------
    def verb_cues(self, sent: Sentence, j: int, verdict: bool = False) -> list[Cue]:
        """The cues of verbs of saying in the sentence (``verdict``: of the verbs that only
        give verdicts, ``verdict_verbs`` in cues.de.yaml)."""
        joined_forms = self.lex.verdict_joined if verdict else self.lex.joined_forms
        cues: list[Cue] = []
        toks = sent.tokens
        for i, t in enumerate(toks):
            if not t.is_word or sent.inside_quote(t.start):
                continue
            if t.is_upper and i > 0 and toks[i - 1].text not in '„»"':
                continue
            low = t.lower
            if low in self.lex.first_person:
                continue
            entry = joined_forms.get(low)
            last = i
            if entry is None:
                entry, last = self._verb_entry(sent, i, verdict)
                if entry is None:
                    continue
            if low == entry.lemma.lower() or low in joined_forms:
                prev = toks[i - 1].lower if i > 0 else ""
                nxt = toks[last + 1].lower if last + 1 < len(toks) else ""
                after = toks[last + 2].lower if last + 2 < len(toks) else ""
                if prev == "zu" or nxt in MODALS or (nxt == "zu" and after in MODAL_INFINITIVES):
                    # an infinitive: "um … zu sprechen", "nicht erläutern wollte", "euch
                    # mitteilen zu müssen"
                    continue
                if self._impersonal_infinitive(sent, i):
                    continue  # "Man müsse davon ausgehen, dass …": reported as a whole
            if self._negated(sent, i):
                continue  # "erklärt nicht, was …": nothing was said
            if self.lex.language == "en" and english.noun_use(toks, i, self.lex):
                continue  # "the ministry's claim", "the call": a noun, not a verb of saying
            if (
                i == 0
                and len(toks) > 2
                and toks[1].lower == "man"
                and toks[-1].text != "?"
                and any(x.text == "," for x in toks)
            ):
                continue  # "Rechnet man mit …, dann wären …": a verb-first condition
            clause = self.clause_bounds(sent, i)
            if entry.lemma in self.lex.dative_verbs and self._dative_use(sent, i, clause):
                continue  # "Dem Spieler droht ein Ausfall": something threatens, nobody speaks
            if self._participle_clause(sent, i, entry, clause):
                continue  # "…, sagt X, angesprochen auf Y": an adverbial participle clause
            if not sent.quotes and self._first_person_subject(sent, i, clause):
                continue  # "Wir können uns nicht beklagen, dass …": the speaker's own words
            if last > i:
                clause = (clause[0], max(clause[1], last + 1))
            aux = self._bracket_auxiliary(sent, i, clause)
            if aux is not None:
                # "…, hatte die Staatsanwältin, X, gesagt": the cue clause opens with the
                # auxiliary after the content; its subject follows the auxiliary
                clause = (aux, i + 1)
                speaker = self.resolver.subject(sent, aux, clause, self.active(j))
                words = (
                    self._words(toks, aux, i) if i - aux < 10 else f"{toks[aux].text} … {t.text}"
                )
                cues.append(Cue("verb", aux, i, clause, words, speaker, entry, bracket=True))
                continue
            speaker = self.resolver.subject(sent, i, clause, self.active(j))
            if speaker.entity is None and speaker.at is None:
                fronted = self._opening_name_subject(sent, i, clause)
                if fronted is not None:
                    speaker = fronted  # "X von Y, einer Firma, die …, sagt, dass …"
            if (
                speaker.at is not None
                and i > 0
                and toks[i - 1].text == ","
                and last == i
                and _genitive(toks, speaker.at[1])
            ):
                post = self._postposed_subject(sent, i, j)
                if post is not None and post[0] is not speaker.entity:
                    # ", entgegnete Xs Vorgängerin, Y": not the genitive name
                    speaker = Resolved(post[0], 0.8, "name", at=(i + 1, post[1]))
            if (
                speaker.how == "pronoun"
                and i > 0
                and toks[i - 1].text == ","
                and i + 1 < len(toks)
                and toks[i + 1].lower in ("er", "sie")
            ):
                # "Verschnupft reagierte X. …, ließ er den Chef wissen": the person the
                # sentence before introduced
                post = self._postposed_subject(sent, i, j)
                if post is not None and post[0] is not speaker.entity:
                    speaker = Resolved(post[0], 0.75, "pronoun", at=(i + 1, i + 1))
            if (
                speaker.entity is not None
                and i + 2 < len(toks)
                and toks[i + 1].lower in PLURAL_QUANTIFIERS
                and toks[i + 2].is_upper
                and self.resolver.index.covering(toks[i + 2].start, toks[i + 2].end) is None
            ):
                # "werfen einige Blogs mittlerweile Microsoft … vor": the unnamed group right
                # after the verb is its subject, not a name further on
                speaker = Resolved(None, 0.4, "none", at=(i + 1, i + 2))
            if (
                self.lex.language == "en"
                and i > 0
                and toks[i - 1].text == ","
                and low.endswith("ing")
                and i + 1 < len(toks)
            ):
                # "He urged X to …, saying “…”", "X declined …, saying it would …": the
                # participle's subject opens the sentence (not the subject of its content)
                speaker = self._participle_subject(
                    j, sent, Cue("verb", i, last, clause, "", speaker)
                )
            if self._anonymous(sent, clause):
                speaker = Resolved(None, 0.5, "none", at=speaker.at)  # "aus Sicherheitskreisen"
            if entry.lemma in self.lex.origin_verbs:
                speaker = self._document_origin(sent, clause, i)  # "geht aus X hervor"
            words = self._words(toks, i, last) if last - i < 4 else f"{t.text} … {toks[last].text}"
            if speaker.at is not None:
                a, b = min(i, speaker.at[0]), max(i, speaker.at[1])
                if b - a <= 8 and last - i < 4:
                    words = self._words(toks, a, max(b, last))
            if toks[clause[0]].lower in ("wie", "as") and clause[1] - clause[0] <= 14:
                end = clause[1] - 1
                while end > i and not (toks[end].is_word or _is_mark(toks[end])):
                    end -= 1
                words = self._words(toks, clause[0], end)  # wie X mitteilte
            if speaker.entity is None and speaker.at is None and cues:
                shared = self._shared_subject(sent, cues[-1], i)
                if shared is not None:
                    # "…, meinte X, betonte aber: …": the second verb has the first one's subject
                    speaker = shared
                    words = f"{cues[-1].words}, {t.text}"
            cues.append(Cue("verb", i, last, clause, words, speaker, entry))
        return cues

    def _opening_name_subject(
        self, sent: Sentence, i: int, clause: tuple[int, int]
    ) -> Resolved | None:
        """The subject of a main verb that stands alone between commas after an apposition or
        a relative clause ("Fraser Kyne von Bromium, einer Firma, die sich auf X spezialisiert
        hat, sagt, dass …"): the name that opens the sentence, alone in its comma segment."""
        toks = sent.tokens
        if clause[0] != i or i < 4 or toks[i - 1].text != ",":
            return None
        if i + 1 < len(toks) and toks[i + 1].text not in ",:":
            return None
        first_comma = next((k for k in range(i) if toks[k].text in BOUNDARY), None)
        if first_comma is None or first_comma == i - 1:
            return None
        lo = 1 if toks[0].lower in OPENING_WORDS else 0
        ent, idx = self.resolver.np_entity(sent, lo, first_comma)
        if ent is None or idx != lo:
            return None
        end = self.resolver._mention_end(sent, idx, ent)
        rest = toks[end + 1 : first_comma]
        if rest and rest[0].lower not in ("von", "vom", "aus", "der", "des", "bei", "beim"):
            return None  # "X sagte am Montag, …": not a bare subject
        if any(t.tag in FINITE_TAGS for t in rest):
            return None
        return Resolved(ent, 0.75, "name", at=(idx, end))

    def _shared_subject(self, sent: Sentence, prev: Cue, i: int) -> Resolved | None:
        """The subject of a cue verb coordinated with the cue clause right before it ("…, meinte
        X, betonte aber: …", "sagte X und fügte hinzu: …"): a finite verb with no subject of its
        own right after the previous cue's subject and a comma or "und"."""
        toks = sent.tokens
        at = prev.speaker.at
        if prev.speaker.entity is None or at is None:
            return None
        if at[1] < prev.index:
            return self._coordinated_subject(sent, prev, i)
        if at[0] <= prev.index:
            return None
        if at[1] + 2 != i or toks[i - 1].lower not in (",", "und", "and"):
            return None
        if prev.entry is None or prev.entry.weight < 0.6:
            return None  # "Aus Sicht der Hardware überzeugt X, schreibt …": no cue before
        if _own_subject_follows(toks, i):
            return None  # "…, sagte X, betonte Y", "…, schreibt die Seite Y": its own subject
        return Resolved(prev.speaker.entity, prev.speaker.confidence * 0.9, prev.speaker.how)

    def _coordinated_subject(self, sent: Sentence, prev: Cue, i: int) -> Resolved | None:
        """The subject before a verb also governs a verb coordinated after its clause ("X sprach
        für alle und betonte, dass …", "X begrüßte die Initiative, monierte aber, dass …"): no
        finite verb in between, the second verb after "und" or a comma, no subject of its own
        after it."""
        toks = sent.tokens
        if toks[i - 1].lower not in (",", "und", "and") or i - prev.index < 2:
            return None
        if sent.inside_quote(toks[prev.index].start):
            return None
        between = toks[prev.index + 1 : i - 1]
        if any(t.tag in FINITE_TAGS or t.lower in SUBORDINATORS for t in between):
            return None  # a clause of its own ("…, der …", "…, dass er …") stands in between
        if any(t.text in ":;" or _is_mark(t) for t in between):
            return None
        if _own_subject_follows(toks, i):
            return None  # "…, betonte Y": its own subject
        s = prev.speaker
        return Resolved(s.entity, s.confidence * 0.9, s.how)

    def _content_after_subject(
        self, sent: Sentence, c: Cue, before: str | None = None
    ) -> tuple[tuple[int, int], str] | None:
        """The speech after an inserted cue: "…, sagt X, die Ausgaben könnten …" (Konjunktiv →
        indirect), "…, meinte X – aber das hilft uns nicht" (first person → direct). The clause
        must follow the subject at once, after a comma or a dash, and have a subject of its own
        (no "…, sagte X und verwies auf …", no relative clause, no "…, sagte X, als …").
        ``before``: the kind of the speech before the cue; after direct speech an indicative
        main clause goes on with it ("Wir haben gekämpft, sagte er, aber jetzt werden auch die
        Oligarchen zahlen": the writer would have ended the sentence at the cue)."""
        toks = sent.tokens
        at = c.speaker.at
        if at is None and c.index > 0 and toks[c.index - 1].text == ",":
            # "…, sagten die Klubobleute, man habe …": an unnamed subject right after the verb
            q = c.last + 1
            while q < min(len(toks), c.last + 7) and toks[q].text not in BOUNDARY:
                if toks[q].tag in FINITE_TAGS or _is_mark(toks[q]):
                    break
                q += 1
            if c.last + 1 < q < len(toks) and toks[q].text == "," and toks[c.last + 1].is_word:
                at = (c.last + 1, q - 1)
        if at is None or at[0] <= c.index or c.last + 1 != at[0]:
            return None
        p = at[1] + 1
        while (
            p < min(len(toks), at[1] + 6)
            and toks[p].text not in BOUNDARY
            and toks[p].is_word
            and toks[p].tag not in FINITE_TAGS
            and toks[p].lower not in SUBORDINATORS
            and toks[p].lower not in ("und", "oder")
        ):
            p += 1  # "…, sagte er in Brüssel, aber …", "…, kündigte X an, aber …": the cue's rest
        if p + 2 >= len(toks) or toks[p].text not in (",", "–", "—"):
            return None
        k = p + 1
        joined = toks[k].lower in ("aber", "und", "doch", "denn", "sondern")
        if joined:
            k += 1
        first = toks[k]
        nxt = toks[k + 1]
        v2 = nxt.tag in FINITE_TAGS or nxt.lower in AUXILIARIES | MODALS | self.lex.konj1
        if (
            not first.is_word
            or sent.inside_quote(first.start)
            or first.lower in SUBORDINATORS
            or first.lower in self.lex.complementisers
            or first.lower in WH_WORDS
            or (not first.is_upper and (first.tag in FINITE_TAGS or first.lower in AUXILIARIES))
            or (
                first.lower in DEFINITE | {"welche", "welcher", "dessen", "deren"}
                and not nxt.text[:1].isupper()
                and not joined
                and not v2
                and not _konj1_verb_second(toks[k:], self.lex)
            )
        ):
            return None
        end = len(toks)
        while end > k and toks[end - 1].text in ".!?":
            end -= 1
        body = toks[k:end]
        if len(body) < 3 or not _has_finite(body) or any(_is_mark(t) for t in body):
            return None
        if any(t.text == ":" for t in body) or any(
            self._third_party_cue(sent, x) for x in range(k, end)
        ):
            return None  # "…, meinte X, und Y ergänzte: …": a cue of its own
        if mood.konj1(body, self.lex) or mood.konj2(body, self.lex, use_tagger=True):
            return (p + 1, end), "indirect"
        if mood.first_person(body, self.lex):
            return (p + 1, end), "direct"
        if (
            before == "direct"
            and toks[p + 1].lower != "und"  # "…, sagen sie, und wieder ziehen sie …": narration
            and not any(_past(t) for t in self._main_clause(body))  # "…, sagte sie, sie suchte …"
            and self._verb_second_main(body)
            and self._kind_unquoted(sent, (k, end)) == "direct"
        ):
            return (p + 1, end), "direct"
        return None

    def _verb_second_main(self, toks: list[Token]) -> bool:
        """An indicative main clause: a finite verb within the first four words, before any
        comma and after no subordinator ("jetzt werden auch die Oligarchen zahlen", "privat ist
        die Verwechslung …"), not an apposition with a relative clause ("Chef der Firma, die …")
        nor the rest of a name with a coordination ("Gesellschaft für Architektur, Planung und
        Design mbH, die …": the tagger may read "mbH" as a verb)."""
        for t in toks[1:5]:
            if (
                t.text in BOUNDARY
                or t.lower in SUBORDINATORS
                or t.tag in ("PRELS", "PRELAT", "KON")
                or t.lower in ("und", "oder", "sowie")
            ):
                return False
            if t.tag in FINITE_TAGS and t.text.isalpha() and t.text.islower():
                return t.mood != "Sub"
        return False

    def _third_party_cue(self, sent: Sentence, i: int) -> bool:
        """A verb of saying at token i (a separable one only with its particle) whose subject
        is not the first person ("Wir können uns nicht beklagen" is the speaker's own)."""
        t = sent.tokens[i]
        if t.lower not in self.lex.joined_forms and self._verb_entry(sent, i)[0] is None:
            return False
        return not self._first_person_subject(sent, i, self.clause_bounds(sent, i))

    def _first_person_subject(self, sent: Sentence, i: int, clause: tuple[int, int]) -> bool:
        """A verb of saying whose subject is ``ich``/``wir`` outside quotation marks ("Wir
        können uns nicht beklagen, dass …", "Dann sagte ich, …"): no author's cue but the
        speaker's own words, which the first-person rules attribute."""
        toks = sent.tokens
        lo = clause[0]
        while lo < i and toks[lo].lower in ("und", "aber", "doch", "denn", "wie", "als", "so"):
            lo += 1
        subject = [toks[lo]] if lo < i else []
        if i + 1 < len(toks):
            subject.append(toks[i + 1])  # "Dann sagte ich", "Das sagten wir"
        return any(t.lower in ("ich", "wir") for t in subject)

    def _bracket_auxiliary(self, sent: Sentence, i: int, clause: tuple[int, int]) -> int | None:
        """The auxiliary that opens a post-posed cue clause: the "hat/hatte" right after the
        content's comma when the clause starts with it and its subject follows ("…, hat der
        Minister gesagt."), or, when the participle stands alone after an apposition ("…, hatte
        die Anwältin der Stadt, X, gesagt."), the nearest "hat/hatte" right after a comma before
        the participle, with no finite verb in between."""
        toks = sent.tokens
        if i + 1 < len(toks) and toks[i + 1].is_word:
            return None
        k = clause[0]
        if (
            0 < k < i - 1
            and toks[k].lower in ("hat", "hatte", "haben", "hatten")
            and toks[k - 1].text == ","
            and (
                toks[k + 1].is_upper
                or toks[k + 1].lower in DEFINITE
                or toks[k + 1].lower in ("er", "sie", "ein", "eine", "einer")
            )
            and not any(t.tag in FINITE_TAGS for t in toks[k + 1 : i])
            and _has_finite_tag(toks[:k])
            and toks[0].lower not in SUBORDINATORS | NON_MAIN_OPENERS | {"wie"}
        ):
            # "…, hat der Minister gesagt.", "…, hatte X … geschworen, als …": the cue clause
            # opens with the auxiliary right after the content, its subject follows it (not
            # after a fronted subordinate clause: "Wie X berichteten, hat Y … festgehalten")
            return k
        if clause[0] != i or i == 0 or toks[i - 1].text != ",":
            return None
        for k in range(i - 2, max(0, i - 14), -1):
            if toks[k].lower in ("hat", "hatte", "haben", "hatten") and toks[k - 1].text == ",":
                return k
            if toks[k].tag in FINITE_TAGS or toks[k].text in ".;:":
                return None
        return None

    def _participle_clause(
        self, sent: Sentence, i: int, entry: VerbEntry, clause: tuple[int, int]
    ) -> bool:
        """A past participle that opens a clause after a comma, with no finite verb in that
        clause ("…, sagt X, angesprochen auf Y", "…, befragt nach Z"): an adverbial participle
        clause about the speaker, not a verb of saying with its own subject."""
        toks = sent.tokens
        low = toks[i].lower
        prefix = (entry.particle or "").lower()
        if not (low.startswith("ge") or (prefix and low.startswith(prefix + "ge"))):
            return False
        if i == 0 or toks[i - 1].text != "," or clause[0] != i:
            return False
        if i + 1 >= len(toks) or not toks[i + 1].is_word:
            return False  # "…, hatte die Anwältin, Y, gesagt.": the end of the verbal bracket
        return not any(
            t.tag in FINITE_TAGS or t.lower in FINITE_AUXILIARIES or t.lower in AUXILIARIES
            for t in toks[clause[0] : clause[1]]
            if t is not toks[i]
        )

    def _fronted_main_without_content(self, sent: Sentence, i: int) -> bool:
        """The main verb after a fronted subordinate or verb-first conditional clause, with no
        content clause after it ("Sollte es zum Prozess kommen, drohen X zehn Jahre Haft.",
        "Weil …, fordert X mehr Geld."): not a verb of saying here."""
        toks = sent.tokens
        if i == 0 or toks[i - 1].text != "," or toks[-1].text == "?":
            return False
        first = 1 if toks[0].lower in ("und", "aber", "doch", "denn") else 0
        opener = toks[first].lower
        if opener == "dass":
            return False  # "Dass …, räumt X ein": the fronted clause is the verb's content
        if not (
            opener in SUBORDINATORS
            or (toks[first].is_upper and (opener in MODALS or opener in AUXILIARIES))
        ):
            return False
        if self._fronted_main_verb(sent, first) not in (i, None):
            return False
        _lo, hi = self.clause_bounds(sent, i)
        return not (hi < len(toks) and toks[hi].text in ",:;")

    def _impersonal_infinitive(self, sent: Sentence, i: int) -> bool:
        """An infinitive verb of saying or thinking with the impersonal subject "man" under a
        Konjunktiv I verb ("Man müsse davon ausgehen, dass …", "Man brauche nicht glauben,
        dass …"): not a cue of its own but reported speech of the current source."""
        toks = sent.tokens
        lo, _hi = self.clause_bounds(sent, i)
        before = toks[lo:i]
        return any(t.lower == "man" for t in before) and mood.konj1(before, self.lex)

    def _dative_use(self, sent: Sentence, i: int, clause: tuple[int, int]) -> bool:
        """A verb such as "drohen" with a dative and no speaker before it: the field before the
        verb is a dative noun phrase ("Dem Niederländer droht …", "Den Verdächtigen, die …,
        drohen Haftstrafen") or holds only adverbs while a dative follows ("nun droht den
        Findern Ärger")."""
        toks = sent.tokens
        field = toks[clause[0] : i]
        datives = ("dem", "den", "einem")
        if toks[0].lower in datives and (not field or field[0].lower in datives or i == 1):
            return True
        if field and field[0].lower in datives:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.lower in datives
            and all(
                t.is_word and not t.is_upper and t.lower not in PERSONAL_PRONOUNS for t in field
            )
            and (clause[0] == 0 or toks[clause[0] - 1].text != "," or bool(field))
        )

    def _negated(self, sent: Sentence, i: int) -> bool:
        """A verb of saying negated right after it ("sagte nicht", "erklärt nicht, was …")."""
        toks = sent.tokens
        return i + 1 < len(toks) and toks[i + 1].lower in ("nicht", "nichts", "not", "nothing")

    def _verb_entry(
        self, sent: Sentence, i: int, verdict: bool = False
    ) -> tuple[VerbEntry | None, int]:
        """The speech verb at token i: a separable verb whose particle follows, else a plain one
        (``verdict``: among the verbs that only give verdicts)."""
        forms = self.lex.verdict_forms if verdict else self.lex.verb_forms
        entries = forms.get(sent.tokens[i].lower, [])
        plain: VerbEntry | None = None
        for entry in entries:
            if entry.particle:
                last = self._particle(sent, i, entry.particle)
                if last >= 0:
                    return entry, last
                if self._particle_before(sent, i, entry.particle):
                    return entry, i  # "wie X durchblicken ließ", "bekannt gab"
            elif plain is None:
                plain = entry
        return plain, i

    def _subject_clause_before(self, sent: Sentence, c: Cue, after: int) -> bool:
        """ "Ob …, lässt X durchblicken, liege …": a sentence that opens with an ob/dass/wh
        clause, then the inserted cue, then a verb-first Konjunktiv clause whose subject is
        that opening clause: the whole sentence is the report."""
        toks = sent.tokens
        first = toks[after]
        return (
            c.index > 1
            and toks[c.index - 1].text == ","
            and (toks[0].lower in self.lex.complementisers or toks[0].lower in WH_WORDS)
            and first.is_word
            and not first.is_upper
            and (first.lower in self.lex.konj1 or first.tag in FINITE_TAGS)
        )

    def _particle_before(self, sent: Sentence, i: int, particle: str) -> bool:
        """A particle word written apart right before its verb at the end of a clause ("wie er
        durchblicken ließ", "als sie bekannt gab", "zu bedenken gab"); prefixes such as ``mit``
        are written joined there (mitteilte), so they never count."""
        parts = particle.lower().split()
        toks = sent.tokens
        if parts == ["sich"] or (len(parts) == 1 and PREFIX_PARTICLE.match(parts[0])):
            return False
        if i < len(parts) or [t.lower for t in toks[i - len(parts) : i]] != parts:
            return False
        return i + 1 >= len(toks) or toks[i + 1].text in ",.;:!?"

    def _particle(self, sent: Sentence, i: int, particle: str) -> int:
        parts = particle.lower().split()
        toks = sent.tokens
        if parts == ["sich"]:
            for k in range(i + 1, min(len(toks), i + 3)):
                if toks[k].lower == "sich":
                    return k
            return -1
        for k in range(i + 1, len(toks)):
            if toks[k].text in ".!?" and not _inner_period(toks, k):
                break
            if [x.lower for x in toks[k : k + len(parts)]] == parts:
                nxt = toks[k + len(parts)].text if k + len(parts) < len(toks) else "."
                if (
                    nxt in ",.:;!?"
                    or not toks[k + len(parts)].is_word
                    or nxt[:1].isupper()
                    or nxt in ("und", "zu")
                ):
                    return k + len(parts) - 1
            if (
                toks[k].text in ",;:"
                and k > i + 8
                # "…, gab der Gouverneur der Provinz X, Y, bekannt": the comma closes an
                # apposition right before the particle
                and [x.lower for x in toks[k + 1 : k + 1 + len(parts)]] != parts
            ):
                break
        return -1

    def so_cue(self, sent: Sentence, j: int) -> Cue | None:
        so = self.lex.so_cue
        toks = sent.tokens
        if not so:
            return None
        for i in range(1, len(toks) - 1):
            if toks[i].lower != so or toks[i - 1].text != "," or sent.inside_quote(toks[i].start):
                continue
            rest = toks[i + 1 :]
            if len(rest) > 16 or not (
                rest[0].is_upper or rest[0].lower in ("der", "die", "das", "ein", "eine")
            ):
                continue
            ent, idx = self.resolver.np_entity(sent, i + 1, len(toks))
            if ent is not None and idx is not None and ent.type != "PER":
                # ", so die Vize-Chefin des X in Y, Z.": the person in apposition
                end = self.resolver._mention_end(sent, idx, ent)
                person = self.resolver._apposition_after(sent, end)
                if person is not None and self.resolver._role_in(sent, i + 1, idx, self.active(j)):
                    ent = person.entity
            if ent is not None:
                sp = Resolved(ent, 0.85, "name")
            else:
                role = self.resolver._role_in(sent, i + 1, min(len(toks), i + 6), self.active(j))
                sp = role or Resolved(None, 0.3, "none")
            return Cue("so", i, i, (i, len(toks)), toks[i].text, sp)
        return None

    def source_cues(self, sent: Sentence, j: int) -> list[Cue]:
        toks = sent.tokens
        lows = [t.lower for t in toks]
        cues: list[Cue] = []
        view = self._view_of(sent, j)
        if view is not None:
            cues.append(view)
        for i in range(len(toks)):
            if sent.inside_quote(toks[i].start):
                continue
            for phrase in self.lex.source_after_by_first.get(lows[i], ()):
                n = len(phrase)
                if tuple(lows[i : i + n]) != phrase:
                    continue
                k = i + n
                if k < len(toks) and lows[k] in ("aus", "from"):
                    break  # "nach Angaben aus Prag": a place, no speaker
                owner = next(
                    (self.lex.possessives[w] for w in phrase if w in self.lex.possessives), None
                )
                if owner is not None:
                    sp = self._possessive_speaker(sent, owner, i, j)
                    cues.append(Cue("source", i, k - 1, (i, k), self._words(toks, i, k - 1), sp))
                    break
                if (
                    self.lex.language == "de"
                    and k < len(toks)
                    and phrase[-1][:1].isalpha()
                    and len(phrase) > 1
                    and (toks[k].text[:1].isdigit() or (toks[k].is_word and not toks[k].is_upper))
                    and lows[k] not in GENITIVE_OPENERS
                ):
                    # "starben nach jüngsten Angaben 38 Menschen", "nach vorläufigen
                    # Erkenntnissen 921 Delikte von X": no source named after the phrase
                    if any(t.lower in self.lex.continuation_adverbs for t in toks):
                        break  # "… habe demnach nach vorläufigen Erkenntnissen …": the report
                    sp = Resolved(None, 0.4, "none")
                    cues.append(Cue("source", i, k - 1, (i, k), self._words(toks, i, k - 1), sp))
                    break
                hi = self._np_end(sent, k)
                if hi == k:
                    break
                sp = self._np_speaker(sent, k, hi, j)
                if sp.entity is None and sp.how == "none":
                    attached = self._attached_organisation(sent, hi)
                    if attached is not None:
                        sp = Resolved(attached, 0.6, "name")
                cues.append(Cue("source", i, hi - 1, (i, hi), self._words(toks, i, hi - 1), sp))
                break
            genitive = self._genitive_source(sent, i) if lows[i] == "nach" and not cues else None
            if genitive is not None:
                cues.append(genitive)
                continue
            if (
                lows[i] == "nach"
                and i + 2 < len(toks)
                and not cues
                and toks[i + 1].is_word
                and not toks[i + 1].is_upper
                and lows[i + 1].endswith("en")
                and lows[i + 1] not in ("diesen", "jenen", "denselben")  # point back
                and lows[i + 2] in self.lex.adjective_source_nouns
                and (i + 3 >= len(toks) or lows[i + 3] not in GENITIVE_OPENERS)
                and not any(t.lower in self.lex.continuation_adverbs for t in toks)
                and not any(c.index == i for c in cues)
            ):
                # "nach nordkoreanischen Angaben", "nach offiziellen Informationen": a source
                # phrase that names no source of its own
                cues.append(
                    Cue(
                        "source",
                        i,
                        i + 2,
                        (i, i + 3),
                        self._words(toks, i, i + 2),
                        Resolved(None, 0.4, "none"),
                    )
                )
            for phrase in self.lex.source_before:
                if lows[i] != phrase[0]:
                    continue
                lo = i
                while lo > 0 and toks[lo - 1].text not in BOUNDARY and i - lo < 8:
                    lo -= 1
                    if toks[lo].lower in ("sagte", "sagt") or toks[lo].lower in self.lex.verb_forms:
                        lo += 1
                        break
                    if toks[lo].tag in FINITE_TAGS or toks[lo].lower in FINITE_AUXILIARIES:
                        # "Bei einem Angriff auf die Stadt X wurden den Angaben zufolge …": the
                        # source is the noun phrase right before "zufolge", not a name before
                        # the finite verb
                        lo += 1
                        break
                if lo == i:
                    continue
                sp = self._np_speaker(sent, lo, i, j)
                cues.append(Cue("source", i, i, (lo, i + 1), self._words(toks, lo, i), sp))
            if (
                lows[i] in ("nach",)
                and i + 1 < len(toks)
                and any(
                    lows[i + 1].endswith(s) and len(lows[i + 1]) > len(s) + 2
                    for s in self.lex.compound_suffixes
                )
            ):
                word = toks[i + 1].text
                prefix = next(
                    word[: -len(s)] for s in self.lex.compound_suffixes if word.lower().endswith(s)
                )
                ent = self._entity_by_head(prefix, toks[i].start)
                if ent is None:
                    # "nach Polizeiangaben", "nach Armeeangaben": an institution with no name
                    made = self.resolver.institution(sent, i + 1, i + 2)
                    ent = made[0] if made is not None else None
                if ent is None:
                    # "nach Konzernangaben", "nach Gewerkschaftsangaben": the organisation of
                    # that kind named before
                    ent = self.resolver.organisation_by_kind(prefix, toks[i].start)
                sp = Resolved(ent, 0.6 if ent else 0.3, "name" if ent else "none")
                cues.append(Cue("source", i, i + 1, (i, i + 2), f"{toks[i].text} {word}", sp))
        for phrase in self.lex.impersonal:
            for i in range(len(toks)):
                if phrase and lows[i] != phrase[0]:
                    continue  # (the first word decides at most places, without a slice)
                if tuple(lows[i : i + len(phrase)]) == phrase:
                    act = self._impersonal_active(j, sent, i)
                    sp = (
                        Resolved(act, 0.5, "continuation", explicit=False)
                        if act
                        else Resolved(None, 0.3, "none", explicit=False)
                    )
                    if self._anonymous(sent, self.clause_bounds(sent, i)):
                        sp = Resolved(None, 0.5, "none")  # "In Regierungskreisen hieß es"
                    else:
                        origin = self._impersonal_origin(sent, i, i + len(phrase))
                        if origin is not None:
                            sp = Resolved(origin, 0.7, "name")  # "hieß es aus dem Ministerium"

                    cues.append(
                        Cue(
                            "impersonal",
                            i,
                            i + len(phrase) - 1,
                            self.clause_bounds(sent, i),
                            self._words(toks, i, i + len(phrase) - 1),
                            sp,
                        )
                    )
        cues.extend(self._rede_cues(sent, j))
        return cues

    def _impersonal_active(self, j: int, sent: Sentence, i: int) -> Entity | None:
        """The current source an impersonal cue ("heißt es") goes on with: only one whose
        speech ran up to the sentence before, or any current one with "weiter" in the cue
        clause ("hieß es weiter"); after a sentence of the writer's own the cue names nobody
        ("… gewählt. Erstmals war die Sitzung … begleitet. Bis 2017 solle es …, hieß es.")."""
        act = self.active(j)
        if act is None or j - self.state.active_sentence <= 1:
            return act
        lo, hi = self.clause_bounds(sent, i)
        toks = sent.tokens
        if hi < len(toks) and toks[hi].text == ":":
            return act  # "In einer Mitteilung seines Büros hieß es: …" introduces what follows
        if any(t.lower in self.lex.impersonal_onward for t in toks[lo:hi]):
            return act
        # "heißt es in der Aussendung", "im Antrag": a definite document is the current
        # source's (not "in einem Support-Dokument")
        for k in range(lo, hi - 1):
            if toks[k].lower == "im" or (
                toks[k].lower == "in" and toks[k + 1].lower in ("der", "dem", "den", "diesem")
            ):
                return act
        return None

    def _rede_cues(self, sent: Sentence, j: int) -> list[Cue]:
        """ "In Justizkreisen war von acht Toten die Rede": a nominal impersonal cue at the end
        of its clause after a form of "sein"; its content is the von-phrase."""
        toks = sent.tokens
        lows = [t.lower for t in toks]
        out: list[Cue] = []
        for phrase in self.lex.impersonal_nominal:
            n = len(phrase)
            for i in range(2, len(toks) - n + 1):
                if tuple(lows[i : i + n]) != phrase or sent.inside_quote(toks[i].start):
                    continue
                lo, hi = self.clause_bounds(sent, i)
                while hi > i + n and not toks[hi - 1].is_word:
                    hi -= 1
                if (
                    i + n < hi - 1
                    and lows[i - 1] in self.lex.impersonal_nominal_verbs
                    and lows[i + n] in ("von", "vom")
                ):
                    # "In Foren war die Rede von Voodoomodellen": the von-phrase after the cue
                    verb, content = i - 1, (i + n, hi)
                elif i + n != hi:
                    continue  # "die Rede des Ministers …": a speech, not a cue
                else:
                    found = next(
                        (k for k in range(lo, i) if lows[k] in self.lex.impersonal_nominal_verbs),
                        None,
                    )
                    if found is None:
                        continue
                    verb = found
                    von = next((k for k in range(verb + 1, i) if lows[k] in ("von", "vom")), None)
                    if von is None:
                        continue
                    content = (von, i)
                act = self.active(j)
                sp = (
                    Resolved(act, 0.5, "continuation", explicit=False)
                    if act
                    else Resolved(None, 0.3, "none", explicit=False)
                )
                if self._anonymous(sent, (lo, hi)):
                    sp = Resolved(None, 0.5, "none")
                words = f"{toks[verb].text} … {self._words(toks, i, i + n - 1)}"
                out.append(Cue("nominal", i, i + n - 1, content, words, sp))
        return out

    def _reported_participle(self, sent: Sentence, c: Cue) -> bool:
        """A participle or infinitive cue whose auxiliary or modal is a Konjunktiv I and that
        introduces nothing ("Er habe ja jetzt der Zeitung Rede und Antwort gestanden.", "Demnach
        wolle X das Angebot annehmen."): the sentence is reported speech itself, the verb no cue
        of its own."""
        toks = sent.tokens
        # the tagger reads some participles without ge- as finite ("hätten … ersucht"), some
        # as infinitives ("habe … angenommen")
        if c.index != c.last or c.bracket or toks[c.index].tag not in ("VVPP", "VVFIN", "VVINF"):
            return False
        lo = c.clause[0]
        # "Die Behörden hätten bereits um seine Festnahme ersucht.": the Konjunktiv II stands
        # for the Konjunktiv I that looks like the indicative (haben); "Demnach wolle die Firma
        # das Angebot annehmen.": an infinitive under a Konjunktiv I modal or "werde"
        aux = (
            *("habe", "haben", "sei", "seien", "hätte", "hätten", "wäre", "wären", "werde"),
            *("wolle", "könne", "müsse", "dürfe", "solle", "möge"),
        )
        return any(t.lower in aux for t in toks[lo : c.index]) and (
            c.index + 1 >= len(toks) or toks[c.index + 1].text in ".!?"
        )

    def _document_origin(self, sent: Sentence, clause: tuple[int, int], i: int) -> Resolved:
        """The source of "geht aus der Antwort der Bundesregierung hervor": the organisation or
        person of the aus-phrase, or nobody (the subject "Das" points back to the content)."""
        toks = sent.tokens
        for k in range(clause[0], clause[1]):
            if toks[k].lower != "aus" or k == i:
                continue
            end = self._np_end(sent, k + 1)
            found: tuple[Entity, int] | None = None
            m = k + 1
            while m < end:
                ent = self.resolver.index.covering(toks[m].start, toks[m].end)
                if ent is None:
                    m += 1
                    continue
                stop = m + 1
                while (
                    stop < end
                    and self.resolver.index.covering(toks[stop].start, toks[stop].end) is ent
                ):
                    stop += 1
                attribute = stop + 1 < len(toks) and (
                    toks[stop].tag == "ADJA"
                    or (toks[stop].is_word and not toks[stop].is_upper and toks[stop + 1].is_upper)
                )
                if ent.type in ("ORG", "PER") and not attribute:
                    found = (ent, m)  # not "aus dem der APA vorliegenden Programm"
                m = stop
            if found is not None:
                return Resolved(found[0], 0.6, "name", at=(found[1], found[1]))
            break
        return Resolved(None, 0.4, "none")

    def _impersonal_origin(self, sent: Sentence, lo: int, hi: int) -> Entity | None:
        """The organisation or person an impersonal cue comes from: "hieß es aus dem
        Ministerium", "aus der Partei verlautete", "hieß es von Seiten der Polizei"."""
        toks = sent.tokens
        c_lo, c_hi = self.clause_bounds(sent, lo)
        after = hi + 1 if hi < len(toks) and toks[hi].lower == "es" else hi  # "verlautete es aus"
        # "hieß es am Freitag seitens des Militärkommandos": a short adverbial may come first
        spots = [
            k for k in (after, after + 1, after + 2, lo - 3, lo - 2, lo - 1) if c_lo <= k < c_hi
        ]
        for k in spots:
            if k < 0 or k >= len(toks) or toks[k].lower not in ("aus", "von", "vom", "seitens"):
                continue
            end = self._np_end(sent, k + 1)
            if toks[k].lower == "von" and end > k + 1 and toks[k + 1].lower == "seiten":
                end = self._np_end(sent, k + 2)
            if end <= k + 1:
                continue
            ent, _ = self.resolver.np_entity(sent, k + 1, end, prefer_person=False)
            if ent is not None and ent.type in ("ORG", "PER"):
                return ent
        # "heißt es in dem Bericht des Rechnungshofs", "In einem Papier des Dienstes heißt es":
        # a document with its owner, anywhere before the cue in its clause or right after it
        for k in [*range(max(c_lo, 0), lo), *spots]:
            if 0 <= k < len(toks) and toks[k].lower in ("in", "im"):
                owner = self._document_owner(sent, k + 1, c_hi)
                if owner is not None:
                    return owner
        return None

    def _document_owner(self, sent: Sentence, k: int, hi: int) -> Entity | None:
        """The owner of a document noun phrase that starts at token k: "(in) dem Bericht des
        Rechnungshofs", "(in) einer Studie der Universität X", "(im) Gutachten von X" — an
        article and lower-case attributes, a document noun (or a compound on one), then a
        genitive or von-phrase that names an organisation or person. None without an owner."""
        toks = sent.tokens
        while k < hi and toks[k].is_word and not toks[k].is_upper:
            k += 1  # "dem", "einer aktuellen", "dem am Mittwoch …" stops at the capital
        if k + 2 >= hi or not toks[k].is_word or sent.inside_quote(toks[k].start):
            return None
        low = toks[k].lower.rstrip("s")
        if not low.endswith(OWNED_DOCUMENT_NOUNS) or self.resolver.index.covering(
            toks[k].start, toks[k].end
        ):
            return None
        if toks[k + 1].lower not in ("des", "der", "eines", "einer", "von", "vom"):
            return None
        end = self._np_end(sent, k + 2)
        if end <= k + 2:
            return None
        ent, _ = self.resolver.np_entity(sent, k + 2, end, prefer_person=False)
        if ent is None and end == k + 3 and toks[k + 1].lower in ("des", "der"):
            # "in einer Erklärung der Gewerkschaft": the union named before
            ent = self.resolver.organisation_by_kind(toks[k + 2].text, toks[k + 2].start)
        return ent if ent is not None and ent.type in ("ORG", "PER") else None

    def _anonymous(self, sent: Sentence, clause: tuple[int, int]) -> bool:
        """An anonymous source in the cue clause: "aus Sicherheitskreisen", "in Regierungskreisen"."""
        toks = sent.tokens
        for k in range(max(1, clause[0]), min(clause[1], len(toks))):
            low = toks[k].lower
            prev = k - 1
            if prev > 0 and not toks[prev].is_upper and toks[prev].lower.endswith(("en", "er")):
                prev -= 1  # "in ägyptischen Justizkreisen"
            if toks[prev].lower in ("aus", "in", "von") and (
                low in self.lex.anonymous_heads or low.endswith(self.lex.anonymous_suffixes)
            ):
                return not sent.inside_quote(toks[k].start)
        return False

    def _words(self, toks: list[Token], i: int, last: int) -> str:
        return self.article.text[toks[i].start : toks[last].end]

    def _np_end(self, sent: Sentence, k: int) -> int:
        """End of the noun phrase that starts at token k (names, articles, adjectives)."""
        toks = sent.tokens
        hi = k
        if self.lex.language == "en":
            # "according to two people familiar with the matter", "according to data from X":
            # English noun phrases run on to the next comma or the sentence end
            finite = self.lex.content_clause.get("finite", frozenset())
            while hi < len(toks) and hi - k < 9:
                t = toks[hi]
                if t.text in BOUNDARY or t.lower in finite or sent.inside_quote(t.start):
                    break
                if t.text in ".!?" and hi == len(toks) - 1:
                    break
                if not (t.is_word or t.text in "-.'’&"):
                    break
                hi += 1
            return hi
        while hi < len(toks) and hi - k < 9:
            t = toks[hi]
            if _is_mark(t) and not sent.inside_quote(t.start):
                hi += 1
                continue
            if t.text in BOUNDARY or not (t.is_word or t.text in "-.'"):
                break
            low = t.lower
            if _web_name_at(toks, hi):
                hi += 3  # "laut golem.de": a portal named by its address ends the phrase
                break
            if not t.is_upper and not t.text[:1].isdigit() and low not in NP_WORDS:
                nxt = toks[hi + 1] if hi + 1 < len(toks) else None
                adjective = (
                    low.endswith(("en", "er", "es", "em", "e")) and nxt is not None and nxt.is_upper
                )
                if not adjective or (hi == k and low in self.lex.verb_forms):
                    break
            hi += 1
        return hi

    def _attached_organisation(self, sent: Sentence, hi: int) -> Entity | None:
        """An organisation named right after a source noun phrase that names nobody: in
        brackets ("laut den Organisatoren (X, Y und Z)") or in its attribute ("nach
        Erkenntnissen des Instituts für X (Y)")."""
        toks = sent.tokens
        if hi >= len(toks):
            return None
        stop = hi + 1
        if toks[hi].text == "(" or toks[hi].lower in ("für", "zur", "zum"):
            while stop < min(len(toks), hi + 7) and toks[stop].text not in ",;:)":
                stop += 1
        else:
            return None
        ent, _ = self.resolver.np_entity(sent, hi + 1, stop, prefer_person=False)
        return ent if ent is not None and ent.type == "ORG" else None

    def _possessive_speaker(self, sent: Sentence, owner: str, i: int, j: int) -> Resolved:
        """ "nach ihren Worten" → sie; "nach eigenen Angaben" → the subject of the sentence."""
        act = self.active(j)
        if owner == "self":
            # "Weil er nach eigenen Angaben …", "Die Firma hat nach eigenen Angaben …": the
            # first pronoun or name before the phrase in its clause owns the statement
            toks = sent.tokens
            lo = self.clause_bounds(sent, i)[0]
            for k in range(lo, i):
                t = toks[k]
                if t.lower in PERSONAL_PRONOUNS and (k == 0 or not t.is_upper):
                    return self.resolver.pronoun(sent, t.lower, act, t.start)
                named = [
                    ent
                    for _s, _e, ent in self.resolver.index.starting_in(t.start, t.end)
                    if ent.type in ("PER", "ORG") and _e <= toks[i].start
                ]
                if named:
                    return Resolved(named[0], 0.6, "name")
            ent, _ = self.resolver.np_entity(sent, 0, len(sent.tokens))
            if ent is not None:
                return Resolved(ent, 0.6, "name")
            for t in sent.tokens:
                if t.lower in PERSONAL_PRONOUNS:
                    return self.resolver.pronoun(sent, t.lower, act, t.start)
            return Resolved(act, 0.5, "continuation") if act else Resolved(None, 0.3, "none")
        return self.resolver.pronoun(sent, owner, act, sent.tokens[i].start)

    def _genitive_source(self, sent: Sentence, i: int) -> Cue | None:
        """ "Nach Zschäpes Darstellung", "nach Apples Darstellung" (session 12): ``nach``, a
        person or organisation in the genitive and an owned source noun."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 2].lower not in self.lex.owned_source_nouns:
            return None
        name = toks[i + 1]
        if not (name.is_upper and name.text.endswith(("s", "'", "’", "ß", "x", "z"))):
            return None
        ent = next(
            (
                e
                for _s, _e, e in self.resolver.index.starting_in(name.start, name.end)
                if e.type in ("PER", "ORG")
            ),
            None,
        )
        if ent is None:
            # the genitive of a name mentioned before: "Zschäpes" of "Zschäpe"
            bare = name.text.rstrip("'’")
            bare = bare[:-1] if bare == name.text and bare.endswith("s") else bare
            ent = next(
                (
                    e
                    for e in self.article.entities
                    if e.type in ("PER", "ORG")
                    and any(m.text == bare or m.text.endswith(" " + bare) for m in e.mentions)
                    and any(m.start < name.start for m in e.mentions)
                ),
                None,
            )
        if ent is None:
            return None
        sp = Resolved(ent, 0.8, "name")
        return Cue("source", i, i + 2, (i, i + 3), self._words(toks, i, i + 2), sp)

    def _view_of(self, sent: Sentence, j: int) -> Cue | None:
        """ "Für Wößmann sind die Ergebnisse ein Grund, …", "Für die Chefin der Jugend, X, ist
        all das ein Schlag gegen …" (session 12): a sentence opening with ``Für`` and a person,
        then a finite verb in the present, tells that person's view."""
        toks = sent.tokens
        if self.lex.language != "de" or len(toks) < 5 or toks[0].lower != "für":
            return None
        if toks[-1].text == "?" or sent.inside_quote(toks[0].start):
            return None
        hi = self._np_end(sent, 1)
        while hi < len(toks) and toks[hi].text == "," and hi + 1 < len(toks):
            nxt = self._np_end(sent, hi + 1)  # "Für die Chefin der X, Julia Herr, ist …"
            if nxt == hi + 1 or nxt >= len(toks) or toks[nxt].text != ",":
                break
            hi = nxt + 1
        if hi <= 1 or hi >= len(toks):
            return None
        verb = toks[hi]
        if not self._finite_among([verb]) or _past(verb) or verb.mood == "Sub":
            return None
        after = [t.lower for t in toks[hi + 1 : hi + 3]]
        if (
            after[:1] == ["es"]
            and len(after) == 2
            and (after[1] in DEFINITE or after[1][:1].isdigit())
        ):
            return None  # "Für Thiem ist es das zweite Halbfinale": an event of the person
        sp = self._np_speaker(sent, 1, hi, j)
        if sp.entity is None or sp.entity.type != "PER":
            return None
        return Cue("source", 0, hi - 1, (0, hi), self._words(toks, 0, hi - 1), sp)

    def _np_speaker(self, sent: Sentence, lo: int, hi: int, j: int) -> Resolved:
        toks = sent.tokens
        named = self._english_apposition_source(sent, lo, hi)
        if named is not None:
            return named
        heads = {t.lower for t in toks[lo:hi]}
        if heads & self.lex.anonymous_heads:
            if self.lex.language == "en":
                # "according to credible reports received by Amnesty", "reports from X": the
                # organisation the reports come from or go to is the source
                for k in range(lo + 1, hi - 1):
                    if toks[k].lower in ("by", "from"):
                        found = self.resolver.mention_at_token(sent, k + 1)
                        if found is not None and found[1].type == "ORG":
                            return Resolved(found[1], 0.7, "name")
            return Resolved(None, 0.5, "none")
        ent, _ = self.resolver.np_entity(sent, lo, hi)
        if ent is not None:
            return Resolved(ent, 0.85, "name")
        role = self.resolver._role_in(sent, lo, hi, self.active(j))
        if role is not None:
            if role.how == "role" and 0 < role.confidence < 0.75 and self._unbound_role(role):
                # "nach Angaben des Bürgermeisters" when no person named holds that office: an
                # unnamed source, not the person named last
                return Resolved(None, 0.4, "none")
            return role
        nouns = [t.text.rstrip("sn") for t in toks[lo:hi] if t.text.rstrip("sn") in DOCUMENT_NOUNS]
        if nouns:
            return self._document_source(nouns, toks[lo].start, j)
        return Resolved(None, 0.3, "none")

    def _english_apposition_source(self, sent: Sentence, lo: int, hi: int) -> Resolved | None:
        """English ``according to his aunt, Jane Roe, …``, ``according to a spokeswoman, Jane
        Roe, …``: a source phrase that names nobody (a possessive or an article and a noun) and
        a person's name in apposition after its comma is that person, not the owner."""
        toks = sent.tokens
        if self.lex.language != "en" or hi + 2 >= len(toks) or toks[hi].text != ",":
            return None
        if hi - lo < 2 or toks[lo].lower not in ("his", "her", "their", "a", "an", "the"):
            return None
        if any(self.resolver.index.covering(t.start, t.end) for t in toks[lo + 1 : hi]):
            return None
        found = self.resolver.mention_at_token(sent, hi + 1)
        if found is None or found[1].type != "PER":
            return None
        end = found[0]
        if end + 1 >= len(toks) or toks[end + 1].text != ",":
            return None
        return Resolved(found[1], 0.8, "name", at=(hi + 1, end))

    def _unbound_role(self, role: Resolved) -> bool:
        """A role noun bound only by position to a person whose own roles name another
        office (a role the entity layer recorded)."""
        ent = role.entity
        return ent is not None and ent.type == "PER" and bool(ent.roles)

    def _document_source(self, nouns: list[str], offset: int, j: int) -> Resolved:
        """Whose document a definite document noun in a source phrase is ("dem Bericht
        zufolge", "den Angaben zufolge", "der Statistik zufolge"): the source whose own source
        phrase used the same noun ("nach einem Bericht von X"), else the organisation named
        since the current source was named, else the current source (the ongoing report, also
        an unnamed one), else the organisation named just before."""
        for noun in nouns:
            if noun in self.document_sources:
                ent = self.document_sources[noun]
                return Resolved(ent, 0.45, "continuation") if ent else Resolved(None, 0.4, "none")
        st = self.state
        recent = j - st.active_sentence <= MAX_ACTIVE_GAP and (
            st.active is not None or st.active_explicit
        )
        hi = bisect.bisect_left(self.resolver.index.starts, offset)
        for s, _e, ent in reversed(self.resolver.index.items[:hi]):
            if ent.type != "ORG":
                continue
            if (
                recent
                and 0 <= st.active_sentence < len(self.sentences)
                and s < self.sentences[st.active_sentence].start
            ):
                break  # named before the current source: the ongoing report wins
            return Resolved(ent, 0.4, "continuation")
        if recent:
            act = st.active
            return Resolved(act, 0.4, "continuation") if act else Resolved(None, 0.4, "none")
        return Resolved(None, 0.3, "none")

    def _entity_by_head(self, prefix: str, offset: int) -> Entity | None:
        p = prefix.lower().rstrip("-s")
        if len(p) < 3:
            return None
        for ent in self.resolver.index.before(offset, ("ORG", "PER", "LOC", "MISC")):
            if any(p in w.lower() for w in ent.name.split()):
                return ent
        for ent in self.article.entities:
            if any(p in w.lower() for w in ent.name.split()):
                return ent
        for ent in self.article.entities:
            # "nach Uno-Angaben" for "Vereinte Nationen": a short form of an organisation that
            # the text uses as a mention (the compound's first part is often that mention)
            if ent.type == "ORG" and any(m.text.lower().rstrip("-s") == p for m in ent.mentions):
                return ent
        return None

    # -- the pass ----------------------------------------------------------------------
    def run(self) -> list[Quote]:
        for j, sent in enumerate(self.sentences):
            if sent.segment != self.state.segment:
                if sent.block_type == "subheading":
                    prev, prev_cue = self.active(j), self.state.active_cue
                    spoke = prev is not None and any(
                        f.speaker.entity is prev
                        for k in (j - 1, j - 2)
                        for f in self.quoted_sentences.get(k, [])
                    )
                    self.set_active(None, j, explicit=False)  # a new section, a new source
                    self.state.before_heading = prev if spoke else None
                    self.state.before_heading_cue = prev_cue if spoke else None
                self.state.segment = sent.segment
            self.sentence(j, sent)
        self.hearsay_pass()
        self.backward_pass()
        self.sandwich_pass()
        self.own_conditional_pass()
        self.comment_pass()
        self.forward_pass()
        # "…, sagt X. <forward>. <plain>. <X's next cue sentence>": a plain sentence between
        # speech that went on after its cue and the same speaker's next speech is theirs too
        self.sandwich_pass()
        self.interview_pass()
        self.heading_speakers()
        self.noun_owner_pass()
        return self.quotes()

    def sentence(self, j: int, sent: Sentence) -> None:
        if sent.tokens and (self._interviewer_turn(sent) or self._inside_interviewer_turn(j)):
            # "STANDARD: Stimmt der Eindruck?": the interviewer asks; nobody's speech goes on
            # through the question (a source it cites stays reported), no chain passes it
            self.sentence_body(j, sent)
            held = self.quoted_sentences.get(j, [])
            kept = ("source", "verb", "so", "impersonal", "nominal")
            for f in [f for f in held if f.origin not in kept]:
                held.remove(f)
                self.found.remove(f)
            self.topic_sentences.add(j)
            return
        self.sentence_body(j, sent)

    def sentence_body(self, j: int, sent: Sentence) -> None:
        toks = sent.tokens
        if not toks:
            return
        heading = sent.block_type in HEADING_TYPES
        sent.quotes = [q for q in sent.quotes if not self._title_quote(sent, q)]
        verbs = self.verb_cues(sent, j)
        so = self.so_cue(sent, j)
        sources = self.source_cues(sent, j)
        speech_verbs = [
            c for c in verbs if not (c.entry and (c.entry.quote_only or c.entry.weight < 0.5))
        ]
        # "Sollte es zum Prozess kommen, drohen X zehn Jahre Haft.": no verb of saying here,
        # but the sentence has its own subject (no continuation)
        unsaid = [
            c
            for c in speech_verbs
            if self.lex.language != "en" and self._fronted_main_without_content(sent, c.index)
        ]
        speech_verbs = [c for c in speech_verbs if c not in unsaid]
        # "Wie berichtet, …", "wie gesagt", "Wie X kritisierte auch er …": a wie-clause without a
        # subject, or one that is no closed clause, names no source
        hollow = [c for c in verbs if self._hollow_wie(sent, c)]
        # "Dieser verdiene Millionen, verspreche den Aktionären …": a verb of saying in the
        # Konjunktiv I is part of what is reported, not the writer's cue
        hollow += [
            c
            for c in verbs
            if self.lex.language == "de"
            and c.entry is not None
            and not c.bracket
            and c.last == c.index
            and toks[c.index].lower.endswith("e")
            and not toks[c.index].lower.endswith(("te", "de"))
            and toks[c.index].lower in self.lex.konj1
        ]
        # "Reisende, die sich auf Reisen versichern": a reflexive use that says nothing
        hollow += [
            c
            for c in verbs
            if c.entry is not None
            and c.entry.lemma in REFLEXIVE_NOT_SAYING
            and any(t.lower == "sich" for t in toks[c.clause[0] : c.clause[1]])
        ]
        if hollow:
            verbs = [c for c in verbs if c not in hollow]
            speech_verbs = [c for c in speech_verbs if c not in hollow]
        if so is not None and not sent.quotes:
            # "Sollte er zu Recht geklagt haben, werde …, so der Anwalt.": a verb before the
            # closing "so X" is inside what X said, not a cue of its own
            speech_verbs = [c for c in speech_verbs if c.index > so.index]
            verbs = [c for c in verbs if c.index > so.index]
        all_cues = verbs + ([so] if so else []) + sources
        for c in sources:
            if c.kind == "source":
                for t in toks[c.clause[0] : c.clause[1]]:
                    if t.text.rstrip("sn") in DOCUMENT_NOUNS:
                        self.document_sources[t.text.rstrip("sn")] = c.speaker.entity

        # 1. quotation marks
        for q in sent.quotes:
            self.marked_quote(j, sent, q, all_cues, heading)
        marked_with_cue = any(f.cue for f in self.quoted_sentences.get(j, []))
        if heading:
            return  # headings carry quotation marks only; their speech has no cue clause

        # "Leute haben mir gesagt, dass …": the first person tells what they were told (and
        # what they were told is reported speech inside it)
        own = (
            not sent.quotes
            and self._told_first_person(sent, speech_verbs)
            and self.own_account(j, sent)
        )
        produced_content = False
        outer: Resolved | None = None
        outer_cue: str | None = None
        # 2. unquoted speech after a colon, then around speech verbs (not those inside it)
        impersonal = [c for c in sources if c.kind == "impersonal"]  # "hieß es: …"
        # "…, so die Sprecherin am Dienstag: Ja, …": a closing "so X" before a colon is its cue
        closing_so = [so] if so is not None and so.index > 0 else []
        colon = (
            self.colon_content(j, sent, speech_verbs + impersonal + closing_so)
            if not sent.quotes
            else None
        )
        produced_content = colon is not None
        for c in speech_verbs:
            if colon is not None and c.index > colon:
                continue
            clause_lo = c.clause[0]
            is_wie = toks[clause_lo].lower in ("wie", "as") and c.index > clause_lo
            if is_wie:
                outer, outer_cue = c.speaker, c.words
                span = self._around_clause(sent, c)
                if span and not marked_with_cue:
                    produced_content |= self.add_reported(j, sent, span, c, "indirect")
                continue
            if (
                self.lex.language == "en"
                and c.index == 1
                and toks[0].lower == "that"
                and len(toks) > 2
                and toks[2].text == ","
            ):
                continue  # "That said, …": a connective, nothing was said
            if self._pointer(sent, c):
                self.pointer_back(j, sent, c)
                produced_content = True
                continue
            if self.lex.language == "en":
                en_span = self._english_content(sent, c)
                if en_span is not None:
                    if c.speaker.entity is None and toks[c.index].lower.endswith("ing"):
                        c.speaker = self._participle_subject(j, sent, c)
                    produced_content |= self.add_reported(j, sent, en_span, c, "indirect")
                    continue
            accusation = self._passive_accusation(sent, c)
            if accusation is not None:
                # "Ihnen werden Diebstähle vorgeworfen.", "Dem Konzern wird nach Angaben von X
                # vorgeworfen, … zu haben": the whole accusation is reported, by the agent
                produced_content |= self.add_reported(
                    j, sent, (0, len(toks)), accusation, "indirect"
                )
                continue
            after = self._after_cue(sent, c)
            before_k1 = False
            if (
                after is not None
                and toks[after[0][0]].lower not in self.lex.complementisers
                and c.index > 0
                and toks[c.index - 1].text == ","
                and self._inverted_subject(sent, c)
            ):
                # "Biomüll … zu sammeln, sei Wunsch …, sagt X und wünscht sich …, der …": a
                # Konjunktiv clause before the inverted cue is its content, not what follows
                bspan = self._before_cue(sent, c.index - 1)
                before_k1 = bspan is not None and mood.konj1(
                    self._main_clause(toks[bspan[0] : bspan[1]]), self.lex
                )
            inserted = self._inserted_verb_cue(sent, c)
            if inserted is not None:
                # "Renationalisierung, sagte X, sei keine Lösung": the cue stands inside the
                # content, after its first constituent
                produced_content |= self.add_reported(j, sent, inserted[0], c, inserted[1])
                continue
            if (
                after is not None
                and after[1] == "indirect"
                and toks[after[0][0] - 1].text == ","
                and not before_k1
            ):
                # "Zur Frage, ob …, sagte Mitrow, dies sei nicht der Fall": the clause after wins
                span = after[0]
                if self._subject_clause_before(sent, c, span[0]):
                    span = (0, span[1])  # "Ob …, lässt X durchblicken, liege im Ermessen …"
                produced_content |= self.add_reported(j, sent, span, c, after[1])
                if not self._detached_after(sent, c, after[0][0]):
                    continue
                # "…, sagte X und fügte hinzu, die Schuldigen würden …", "…, betont X und lässt
                # durchblicken, dass …", "…, erklärte X – mit der Auflage, …": the clause after
                # belongs to a second predicate; the speech before the inverted cue is its own
            speaker_before = c.speaker.at is not None and c.speaker.at[1] < c.index
            if (
                c.index > 0
                and toks[c.index - 1].text == ","
                and not speaker_before  # "X, Chef der Y, sagte: …": the subject, not content
                and self._inverted_subject(sent, c)
            ):
                span = self._before_cue(sent, c.index - 1)
                if span and self._question_frame(toks[span[0] : span[1]]):
                    span = None  # "Auf die Frage, ob …, sagte X: …": the question, not speech
                    if colon is not None:
                        continue
                if (
                    span
                    and any(t.text == ":" for t in toks[c.last + 1 :])
                    and not _has_finite(toks[span[0] : span[1]])
                ):
                    # "Der Chefredakteur der Zeitung X, Y, warnte …: …": the subject with its
                    # apposition before the verb, the speech after the colon
                    continue
                weak_reported = (
                    span is not None
                    and c.entry is not None
                    and c.entry.weight >= 0.5
                    and mood.konj1(self._main_clause(toks[span[0] : span[1]]), self.lex)
                )  # "In X gebe es zu wenig Anreize, befindet Y": a Konjunktiv I before a weak cue
                if span and c.entry and (c.entry.weight >= 0.6 or weak_reported):
                    kind = self._kind_unquoted(sent, span)
                    if kind == "direct" and self._names_speaker(sent, span, c.speaker.entity):
                        kind = "indirect"  # "X wird nicht kandidieren, erklärte sie": about X
                    body = toks[span[0] : span[1]]
                    if body[0].lower == "dass" and not mood.first_person(body, self.lex):
                        # "Dass der Artikel ein Grund gewesen sein soll, weist X zurück", "Dass …,
                        # räumt X ein": the fronted content clause of the cue is its report
                        kind = "indirect"
                    if (
                        kind == "direct"
                        and (
                            _has_finite_tag(body)
                            or body[0].lower in SUBORDINATORS
                            or body[0].lower in NON_MAIN_OPENERS
                        )
                        and _subordinate_only(body)
                        and not mood.first_person(body, self.lex)
                    ):
                        # "Was davor geschah, erzählt X", "Statt …, die …, plädiert sie für …":
                        # an object or adverbial clause before the verb, no statement
                        continue
                    if any(
                        t.lower in PERSONAL_PRONOUNS or t.lower in THIRD_PERSON
                        for t in toks[span[0] : span[1]]
                    ):
                        # "Die Kälte der Rolle bekam sie lange nicht zu fassen, erzählt X": a
                        # past story about a person before a verb of narrating is retold
                        kind = self._retold(sent, span, kind, c)
                    produced_content |= self.add_reported(j, sent, span, c, kind)
                    second = self._content_after_subject(sent, c, kind)
                    if second is not None:
                        # "…, sagt X, die Ausgaben könnten …" / "…, meinte X – aber das hilft
                        # uns nicht": the speech goes on after the inserted cue
                        produced_content |= self.add_reported(j, sent, second[0], c, second[1])
                    continue
            nominal = self._nominal_content(sent, c)
            if nominal is not None:
                produced_content |= self.add_reported(j, sent, nominal, c, "indirect", min_tokens=1)
                continue
            span_kind = self._after_cue(sent, c)
            if span_kind:
                span, kind = span_kind
                produced_content |= self.add_reported(j, sent, span, c, kind)
        if not sent.quotes:
            # "nannte X absurd", "bezeichnete X als Y", "schätzt X auf Z": the evaluation
            for c in verbs:
                if any(
                    f.cue == c.words and f.end <= toks[c.index].start
                    for f in self.quoted_sentences.get(j, [])
                ):
                    # "Diese Versprechen seien Kosmetik, warf X der Ministerin vor": the content
                    # before the cue fills its object; what stands after the verb is no evaluation
                    continue
                produced_content |= self.characterised(j, sent, c)
        if not produced_content and not sent.quotes and so is None:
            produced_content |= self.person_after_comma(j, sent)
        if so is not None and not sent.quotes:
            span = self._before_cue(sent, so.index - 1)
            if span:
                kind = self._kind_unquoted(sent, span)
                rest = self._inserted_cue_rest(sent, span, so.index)
                if rest is not None:
                    # "Dieses Gespräch, so X weiter, hätte …": the cue stands inside the content
                    kind = self._kind_unquoted(sent, rest)
                    span = (span[0], rest[1])
                produced_content |= self.add_reported(j, sent, span, so, kind)
        # 3. source phrases, impersonal cues
        for c in sources:
            if produced_content or marked_with_cue:
                lead = self._source_lead(j, sent, c) if not marked_with_cue else None
                if lead is not None:
                    # "X habe laut Y versucht, …: Nach wie vor gelte …, so X": the part before
                    # the colon is the source's report, the speech after it X's
                    self.add_reported(j, sent, lead, c, "indirect")
                break
            if c.kind == "nominal":
                src_span: tuple[int, int] | None = c.clause  # "war von acht Toten die Rede"
            elif c.kind == "impersonal":
                src_span = self._around_clause(sent, c)
            else:
                src_span = (0, len(toks))
            if src_span is None:
                continue
            src_kind = "indirect"
            if (
                c.kind == "impersonal"
                and src_span[0] == 0
                and src_span[1] < c.clause[0]
                and not self._anonymous(sent, c.clause)  # "…, heißt es in der Branche": a rumour
            ):
                # "…, hieß es auf der Facebookseite": content before an impersonal cue is
                # unquoted direct speech unless its mood reports it, as before "…, sagte X"
                inner = toks[src_span[0] : src_span[1]]
                if mood.first_person(inner, self.lex) or not any(
                    _past(t) or t.mood == "Sub" or t.lower in ("soll", "sollen") for t in inner
                ):
                    # "Wir könnten … in Schwierigkeiten geraten, …, verlautete aus …": the first
                    # person is the source's own wording whatever the mood
                    src_kind = self._kind_unquoted(sent, src_span)
            if self.add_reported(j, sent, src_span, c, src_kind):
                produced_content = True
        # 4. continuation
        named = [
            c
            for c in speech_verbs + unsaid
            if c.speaker.entity is not None
            and c.entry
            and c.entry.weight >= 0.6
            and not (not produced_content and self._reported_participle(sent, c))
        ]
        if not (produced_content or sent.quotes or named or all_cues):
            produced_content = self.editor_note(j, sent)
        if not produced_content and not sent.quotes and not named:
            self.continuation(j, sent)
        if self.lex.verdict_forms and not sent.quotes and j not in self.quoted_sentences:
            # verbs that only give verdicts ("sieht X als Y", "hält X für Y") are no cue for
            # any other rule: read last, in a sentence that holds no speech of its own
            for c in self.verb_cues(sent, j, verdict=True):
                if self.characterised(j, sent, c):
                    break

        # the current source for the next sentences
        if own:
            return  # the first person stays the source
        if not all_cues and not sent.quotes and j not in self.quoted_sentences:
            topic = self.resolver.role_topic(sent, self.active(j)) or self.person_topic(j, sent)
            if topic is not None:
                # "Der Mittelfeldspieler selbst ärgerte sich …": a new person is the topic;
                # first-person speech and "sagte er" that follow are theirs
                self.set_active(topic, j, explicit=False)
                self.topic_sentences.add(j)
            return
        speaker_cues = [
            c
            for c in speech_verbs
            if (c.speaker.explicit or c.speaker.entity)
            # a reported participle ("Die Behörden hätten um … ersucht.") is the current
            # source's speech, its subject no new source
            and not (not produced_content and self._reported_participle(sent, c))
        ] + ([so] if so else [])
        if outer is not None:
            self.set_active(outer.entity, j, cue=outer_cue)
        elif speaker_cues:
            # a cue whose speech this sentence reports ("A weist Vorwürfe zurück Es sei …, sagt
            # B": B goes on), then a known speaker, one named rather than a pronoun, the surest
            spoke = {
                id(f.speaker.entity)
                for f in self.found
                if f.sentence == j and f.speaker.entity is not None
            }
            best = max(
                speaker_cues,
                key=lambda c: (
                    id(c.speaker.entity) in spoke,
                    c.speaker.entity is not None,
                    c.speaker.how == "name",
                    c.speaker.confidence,
                ),
            )
            named_found = [
                f for f in self.quoted_sentences.get(j, []) if f.speaker.entity is not None
            ]
            if best.speaker.entity is None and named_found:
                # "Die Branche zeigt sich selbstbewusst: …, rechnete der Chef vor": the cue
                # names nobody, but the sentence's speech has its speaker (here a colon's)
                last = named_found[-1]
                self.set_active(last.speaker.entity, j, cue=last.cue or best.words)
            elif best.speaker.entity is not None or (
                best.speaker.explicit and (produced_content or best.speaker.how != "pronoun")
            ):
                # a pronoun cue for a person the text does not name that reports nothing ("Er
                # lobte die Serie.") leaves the current source as it is
                self.set_active(best.speaker.entity, j, cue=best.words)
        elif sources:
            src = sources[0]
            # an anonymous impersonal cue ("verlautete aus Sicherheitskreisen") names a source
            # too: an unknown one, no longer the one before
            if src.speaker.entity is not None or src.kind == "source" or src.speaker.explicit:
                self.set_active(src.speaker.entity, j, cue=src.words, source=True)
        elif j in self.quoted_sentences:
            last = self.quoted_sentences[j][-1]
            if last.speaker.entity is not None:
                self.set_active(last.speaker.entity, j, cue=last.cue)
        elif not sent.quotes:
            summary = self._summary_cue(sent, verbs)
            if summary is not None:
                # "X nannte eine Vielzahl von Forderungen. … Überlegt werde auch …": a cue that
                # names what X said without saying it; the Konjunktiv after it is X's
                self.set_active(summary.speaker.entity, j, explicit=False, cue=summary.words)

    def _summary_cue(self, sent: Sentence, verbs: list[Cue]) -> Cue | None:
        """A verb cue with a named subject and a speech noun as its object but no content
        ("Katzian nannte … eine Vielzahl von Forderungen", "X übte scharfe Kritik an Y")."""
        for c in verbs:
            if c.speaker.entity is None or c.speaker.how not in ("name", "role"):
                continue
            lo, hi = c.clause
            if any(t.lower in self.lex.speech_nouns for t in sent.tokens[lo:hi] if t.is_upper):
                return c
        return None

    def _hollow_wie(self, sent: Sentence, c: Cue) -> bool:
        """A verb in a wie-clause that names no source: an editorial formula with no subject
        ("Wie berichtet, …", "wie gesagt", "wie erwartet"), or a comparison that runs on into
        the main clause without closing ("Wie X kritisierte auch er den Bericht"), where a source
        clause ends with its verb ("Wie die Polizei mitteilte, …")."""
        if self.lex.language != "de":
            return False
        toks = sent.tokens
        lo = c.clause[0]
        if toks[lo].lower != "wie" or c.index <= lo:
            return False
        between = [t for t in toks[lo + 1 : c.index] if t.is_word]
        passive = c.last + 1 < len(toks) and toks[c.last + 1].lower in WERDEN_FORMS
        if not passive and all(
            not t.is_upper and t.lower not in SUBJECT_PRONOUNS and not t.text[:1].isdigit()
            for t in between
        ):
            return True  # "wie berichtet", "wie bereits gesagt": nobody said it here
        if passive and any(t.lower in SUBJECT_PRONOUNS for t in between):
            return True  # "Vorkommnisse, wie sie in Foren geschildert werden": what is told of
        k = c.last + 1
        while k < len(toks) and (toks[k].lower in FINITE_AUXILIARIES | WERDEN_FORMS):
            k += 1
        return k < len(toks) and toks[k].is_word  # the clause goes on: a comparison

    def _interviewer_turn(self, sent: Sentence) -> bool:
        """A sentence opened by the interviewer's label ("STANDARD: …", "Frage: …";
        `interviewer_labels` in cues.de.yaml)."""
        toks = sent.tokens
        return (
            len(toks) > 2
            and toks[1].text == ":"
            and toks[0].text in self.lex.interviewer_labels
            and not sent.inside_quote(toks[0].start)
        )

    def _turn_label(self, sent: Sentence) -> bool:
        """A sentence opened by a speaker's label ("Kreissl: …", "Peter Kaiser: …"), not by a
        word before a colon ("Ein Beispiel: …", "Und: …")."""
        toks = sent.tokens
        colon = next((i for i in range(1, 4) if i < len(toks) and toks[i].text == ":"), 0)
        return bool(colon) and all(
            t.is_upper and (t.tag in ("NE", "NN") or t.pos in ("PROPN", "NOUN"))
            for t in toks[:colon]
        )

    def _inside_interviewer_turn(self, j: int) -> bool:
        """ "STANDARD: Den werden Sie brauchen. Haben Sie ein Rezept? Stöger: …": a sentence
        after the interviewer's label and before the next speaker's label, when the turn ends
        in a question, is the interviewer's too (a question turn is no report of the
        interviewee)."""
        sents = self.sentences
        sent = sents[j]
        for k in range(j - 1, max(-1, j - 4), -1):
            prev = sents[k]
            if prev.segment != sent.segment or not prev.tokens:
                return False
            if self._interviewer_turn(prev):
                break
            if self._turn_label(prev):
                return False
        else:
            return False
        for m in range(j + 1, min(len(sents), j + 4)):
            nxt = sents[m]
            if nxt.segment != sent.segment or not nxt.tokens or self._interviewer_turn(nxt):
                return False
            if self._turn_label(nxt):
                return sents[m - 1].text.rstrip().endswith("?")
        return False

    def hearsay_pass(self) -> None:
        """A hearsay sentence ("In den letzten Tagen sollen 190 Menschen getötet worden sein.")
        right before a sentence whose post-posed cue names a source ("Rund 300 seien verletzt
        worden, berichtet die Zeitung X") is that source's report too."""
        for f in self.found:
            if not f.hearsay or f.sentence + 1 >= len(self.sentences):
                continue
            nxt = self.sentences[f.sentence + 1]
            if nxt.segment != self.sentences[f.sentence].segment:
                continue
            named = [
                g
                for g in self.quoted_sentences.get(f.sentence + 1, [])
                if g.origin == "verb"
                and g.kind == "indirect"
                and g.start == nxt.tokens[0].start
                and g.speaker.entity is not None
                and g.speaker.how == "name"
            ]
            if named and named[0].speaker.entity is not f.speaker.entity:
                f.speaker, f.cue = named[0].speaker, named[0].cue

    def person_topic(self, j: int, sent: Sentence) -> Entity | None:
        """The one person a sentence without a cue names as its subject, when it is not the
        current speaker ("Auch der Präsident der Kammer, X, ist nicht begeistert.", "Dass …,
        will X nicht stehen lassen."): the Konjunktiv sentences after it are X's."""
        toks = sent.tokens
        act = self.active(j)
        if len(toks) < 4 or (sent.first_in_segment and sent.block_type != "paragraph"):
            return None
        people = {
            ent.id: (s, ent)
            for s, _e, ent in self.resolver.index.starting_in(sent.start, sent.end)
            if ent.type == "PER"
        }
        if len(people) != 1 or any(t.lower in PERSONAL_PRONOUNS for t in toks):
            return None
        ent = next(iter(people.values()))[1]
        p = next(
            (k for k, t in enumerate(toks) if self.resolver.index.covering(t.start, t.end) is ent),
            None,
        )
        if p is None:
            return None
        found = self.resolver.mention_at_token(sent, p)
        if found is None or _genitive(toks, found[0]):
            return None
        end = found[0]
        before = toks[:p]
        if any(t.lower in PREPOSITIONS for t in before[-2:]):
            return None  # "mit Kanzler X": not the subject
        first = 1 if toks[0].lower in OPENING_WORDS else 0
        if not any(t.text in BOUNDARY for t in before) and not _has_finite_tag(before):
            if ent is act:
                # "Produzent X ist vorsichtig. Der Humor sei …": the current speaker named
                # again as the subject stays current for the Konjunktiv sentences after it
                self.state.active_sentence = j
                return None
            return ent  # "X ist …", "Auch ÖVP-Chef X ist …"
        if (
            p > 0
            and toks[p - 1].text == ","
            and end + 1 < len(toks)
            and toks[end + 1].text == ","
            and toks[first].lower in ("der", "die")
            and not _has_finite_tag(before)
            and ent is not act
        ):
            return ent  # "Auch der Präsident der Kammer, X, ist …"
        if (
            p > 0
            and toks[first].lower in SUBORDINATORS
            and self._fronted_main_verb(sent, first) == p - 1
            and ent is not act
        ):
            return ent  # "Dass …, will X nicht stehen lassen"
        return None

    def person_after_comma(self, j: int, sent: Sentence) -> bool:
        """A post-posed cue clause: after the content, a comma, a finite verb and then its
        subject ("…, zeigte sich Timo Horn verblüfft.", "…, ließ er den Chef wissen.",
        "…, deponierte ihr früherer Chef, Präsident X."): the inverted clause is the cue and is
        cut off, whatever the verb. A fronted subordinate clause ("Wenn …, soll er …") has its
        main verb after the first such comma, so the cue is a later one."""
        toks = sent.tokens
        if self.lex.language != "de":
            return False  # a German word order pattern
        found = self._postposed_cue(sent, j, 0)
        if found is None:
            return False
        i, ent, end = found
        span = self._before_cue(sent, i - 1)
        if span is None:
            return False
        content = toks[span[0] : span[1]]
        if not mood.first_person(content, self.lex) and any(_past(t) for t in content):
            return False  # a past-tense report of events, not a statement
        if _subordinate_only(content) and not mood.first_person(content, self.lex):
            return False  # "Als die Deutschen … besetzen, geht sie in den Widerstand"
        if any(
            e.type == "PER"
            for _s, _e, e in self.resolver.index.starting_in(content[0].start, content[-1].end)
        ):
            return False
        cue = Cue("verb", i, i, (i, end + 1), self._words(toks, i, end), Resolved(ent, 0.7, "name"))
        kind = self._kind_unquoted(sent, span)
        return self.add_reported(j, sent, span, cue, kind)
        return False

    def _postposed_cue(self, sent: Sentence, j: int, lo: int) -> tuple[int, Entity, int] | None:
        """The first post-posed cue clause from token lo on: (verb index, speaker, last index)."""
        toks = sent.tokens
        first = (
            lo + 1 if lo < len(toks) and toks[lo].lower in ("und", "aber", "doch", "denn") else lo
        )
        main_pending = first < len(toks) and (
            toks[first].lower in SUBORDINATORS
            # "Sollte es zum Prozess kommen, drohen X …": a verb-first conditional
            or (
                toks[first].is_upper
                and (toks[first].lower in MODALS or toks[first].lower in AUXILIARIES)
                and toks[-1].text != "?"
            )
        )
        if first < len(toks) and toks[first].lower in ("um", "ohne", "statt", "anstatt"):
            comma = next((k for k in range(first, len(toks)) if toks[k].text == ","), len(toks))
            # "Um sie zu trainieren, musste X …": an infinitive clause, then the main verb
            main_pending = any(t.lower == "zu" for t in toks[first:comma])
        for i in range(lo + 3, len(toks) - 1):
            t = toks[i]
            if toks[i - 1].text != "," or not t.is_word or t.is_upper:
                continue
            if sent.inside_quote(t.start):
                continue
            low = t.lower
            if low in NOT_CUE_WORDS or low in FUNCTION_WORDS or low in SUBORDINATORS:
                continue
            if low in PREPOSITIONS or toks[i + 1].lower in PREPOSITIONS:
                continue
            # a lower-case word in -te right after a comma is a preterite: an adjective there
            # would need an article ("…, deponierte X" is tagged as an adjective at times)
            preterite = low.endswith("te") and t.tag in ("ADJA", "ADJD", "NN")
            if t.tag is not None and t.tag not in FINITE_TAGS and not preterite:
                continue
            if main_pending:
                main_pending = False  # "Wenn …, soll er …": the verb of the main clause
                continue
            subject = self._postposed_subject(sent, i, j)
            if subject is not None:
                return i, subject[0], subject[1]
        return None

    def _demnach_source(self, j: int, sent: Sentence) -> Entity | None:
        """Whose account a "demnach" with no current source points back to: the one person or
        organisation named before a colon that opens it ("… schlüsselt das Finanzministerium
        … auf: Demnach …"), else the one named in the sentence right before, when that
        sentence holds no speech of its own."""
        toks = sent.tokens
        at = next((k for k, t in enumerate(toks) if t.lower in ("demnach", "demzufolge")), None)
        if at is None:
            return None
        colon = max((k for k in range(at) if toks[k].text == ":"), default=None)
        if colon is not None:
            span = (toks[0].start, toks[colon].start)
        elif j > 0 and j - 1 not in self.quoted_sentences:
            prev = self.sentences[j - 1]
            if prev.segment != sent.segment:
                return None
            span = (prev.start, prev.end)
        else:
            return None
        named = {
            e.id: e
            for _s, _e, e in self.resolver.index.starting_in(*span)
            if e.type in ("PER", "ORG") and _e <= span[1]
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _introduced_person(self, j: int) -> Entity | None:
        """The one person named in the sentence before j when that sentence holds no speech."""
        if j == 0 or j - 1 in self.quoted_sentences:
            return None
        prev = self.sentences[j - 1]
        if prev.segment != self.sentences[j].segment:
            return None
        persons = {
            e.id: e
            for _s, _e, e in self.resolver.index.starting_in(prev.start, prev.end)
            if e.type == "PER"
        }
        return next(iter(persons.values())) if len(persons) == 1 else None

    def _postposed_subject(self, sent: Sentence, i: int, j: int) -> tuple[Entity, int] | None:
        """The person right after the verb at i (after "sich"): a pronoun, a name, or the name in
        apposition to a role noun that a genitive name governs ("Xs früherer Chef, Y")."""
        toks = sent.tokens
        k = i + 1
        if k < len(toks) and toks[k].lower == "sich":
            k += 1
        if k >= len(toks):
            return None
        if toks[k].lower in ("er", "sie") and not toks[k].is_upper:
            # the person the sentence before introduced ("Verschnupft reagierte X. …, ließ er
            # … wissen"), else the pronoun's usual antecedent
            prev = self._introduced_person(j)
            if prev is not None and compatible(prev, toks[k].lower, self.lex, self.article.text):
                return prev, k
            res = self.resolver.pronoun(sent, toks[k].lower, self.active(j), toks[k].start)
            if res.entity is not None and res.entity.type == "PER":
                return res.entity, k
            return None
        stop = k
        while stop < len(toks) and stop - k < 8 and toks[stop].text not in ",;:.!?":
            stop += 1
        ent, idx = self.resolver.np_entity(sent, k, stop, max_start=k + 6)
        if ent is None or idx is None or ent.type != "PER":
            return None
        if any(t.lower in PREPOSITIONS or t.lower in SUBORDINATORS for t in toks[k:idx]):
            return None  # "…, ging nach Angaben von X zurück": the name is no subject
        end = self.resolver._mention_end(sent, idx, ent)
        if _genitive(toks, end):
            # a genitive ("Mitterlehners früherer Chef, …"): the speaker is the one in apposition
            ent2, idx2 = self.resolver.np_entity(
                sent, end + 1, min(len(toks), end + 10), max_start=end + 8
            )
            if ent2 is None or idx2 is None or ent2.type != "PER":
                return None
            return ent2, self.resolver._mention_end(sent, idx2, ent2)
        return ent, end

    def colon_content(self, j: int, sent: Sentence, cues: list[Cue]) -> int | None:
        """Speech after a colon that follows a cue ("…, sagte Stöger: Ein Punkt …"); returns the
        index of the colon when it produced a quote."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.text != ":" or k + 2 >= len(toks):
                continue
            start, end = toks[k + 1].start, toks[-1].end
            if any(f.start < end and f.end > start for f in self.quoted_sentences.get(j, [])):
                continue
            span = (k + 1, len(toks))
            before = [c for c in cues if c.index < k and (c.entry is None or c.entry.weight >= 0.6)]
            named, at = self.resolver.np_entity(sent, max(0, k - 10), k)
            if before:
                c = before[-1]
                if self._explains_clause(sent, c.last, k):
                    continue  # the dass-clause of the cue goes on after the colon
                if c.kind == "verb" and self._no_speech_before_colon(sent, c):
                    continue  # "…, als X vermutet hatte: …", "Die Listen wurden bestätigt: …"
            elif (
                named is not None
                and named.type == "PER"
                and at is not None
                and (self.resolver._mention_end(sent, at, named) >= k - 6)
                and not self._lead_line(sent)
                # "Eine Parallele, die sich bei X und Y auftut: …": after a preposition the
                # name is no subject
                and not (at > 0 and toks[at - 1].lower in PREPOSITIONS)
                and (
                    self._clause_like(toks[:at])
                    or self._name_label(sent, at, k, named)
                    or self._speech_noun_label(toks[:k])
                )
            ):
                # "… zeigten Sprecherin Birgit Schatz und …: Bei einer …" — a named person
                # right before the colon speaks what follows
                c = Cue("colon", k, k, (at, k), ":", Resolved(named, 0.6, "name"))
            elif (
                (
                    self._reported_lead(j, toks[:k])
                    # "Ein Effekt entstehe trotzdem: Die OeNB rechnet mit …": a statement about
                    # a named person or organisation after reported speech is the author's; the
                    # speaker goes on directly in the first person or naming nobody
                    and (
                        mood.first_person(toks[k + 1 :], self.lex)
                        or not self._names_party(sent, k + 1)
                        or self._postposed_cue(sent, j, k + 1) is not None
                    )
                )
                or any(f.end <= start for f in self.quoted_sentences.get(j, []))
            ):
                # "…, er habe …: Ich war machtlos." — the reported speaker goes on directly
                act = self.active(j)
                prior = [f for f in self.quoted_sentences.get(j, []) if f.end <= start]
                subject = self.resolver._clause_initial(sent, 0, k, act)
                if prior:
                    sp = prior[-1].speaker
                elif subject is not None and subject.entity is not None:
                    sp = subject
                else:
                    sp = Resolved(act, 0.55, "continuation") if act else Resolved(None, 0.3, "none")
                c = Cue("colon", k, k, (k, k + 1), ":", sp)
            elif (
                not any(c.index > k for c in cues)  # "…: Wie wir …, sagte der Trainer." has its cue
                and (frame := self._first_person_frame(sent, k)) is not None
            ):
                # "Reinhold Polz ist nachdenklich: Ich hab ja …" — first-person words after a
                # colon that closes a sentence naming one person are that person's
                c = Cue("colon", k, k, (k, k + 1), ":", Resolved(frame, 0.55, "name"))
            else:
                continue
            post = self._postposed_cue(sent, j, k + 1)
            if post is not None:
                # "…, aber: Bis heute hat keiner geantwortet, beklagte sich X." — the cue
                # clause after the speech is cut off and names the speaker
                i, ent, last = post
                span = (k + 1, i - 1)
                c = Cue(
                    c.kind,
                    i,
                    last,
                    (i, last + 1),
                    self._words(toks, i, last),
                    Resolved(ent, 0.8, "name"),
                )
            plain = self._kind_unquoted(sent, span, plans=c.kind != "colon")
            kind = self._retold(sent, span, plain, c)
            if (
                kind == "indirect"
                and c.kind != "colon"
                and self._question_frame(toks[: c.clause[0]])
                and not mood.konj1(toks[span[0] : span[1]], self.lex)
            ):
                # "Auf die Frage, ob …, sagte X: Könnte sein.": the answer to a question is
                # the speaker's own; a Konjunktiv II there is their conditional
                kind = "direct"
            if c.kind == "colon" and (kind == "indirect" or not toks[k + 1].is_upper):
                continue  # "…: 2003 von einer Gruppe …" is a list, not a statement
            # "STANDARD: Hilft das? X: Definitiv.": a named person's short answer to a question
            answer = c.kind == "colon" and c.speaker.how == "name" and self._after_question(sent)
            if c.kind == "colon" and not _has_finite(toks[span[0] : span[1]]) and not answer:
                continue  # "…: A, B und C." names a list, it says nothing
            if not self.add_reported(j, sent, span, c, kind):
                return None
            if (
                c.kind == "colon"
                and not any(f.end <= start for f in self.quoted_sentences.get(j, []))
                and self._reported_lead(j, toks[:k])
            ):
                # "Mit 200 Kilometern sei die Sonde zu weit weg: Wir müssen …" — the reported
                # part before the colon is the same speaker's
                cue = Cue("colon", k, k, (0, k), self.state.active_cue or ":", c.speaker)
                self.add_reported(j, sent, (0, k), cue, "indirect")
            return k
        return None

    def _first_person_frame(self, sent: Sentence, k: int) -> Entity | None:
        """The one person named in the words before the colon at ``k`` (its clause, no other
        person, not a title line) when the words after it speak in the first person ("ich",
        "wir", "mein" …, not the second person) — a writer's frame of the person's own words:
        "Überrascht hat X die Zahl der Sitzungen: Ich dachte nicht, …", "Die Angels sind für X
        kein Vorbild: Wir machen unsere eigene Sache." """
        toks = sent.tokens
        if k < 2 or self._lead_line(sent) or toks[k - 1].text in ("?", "!"):
            return None
        after = toks[k + 1 :]
        if not any(t.lower in self.lex.first_person for t in after):
            return None
        persons = {
            ent.id: ent
            for _s, _e, ent in self.resolver.index.starting_in(sent.start, toks[k].start)
            if ent.type == "PER"
        }
        return next(iter(persons.values())) if len(persons) == 1 else None

    def _reported_lead(self, j: int, pre: list[Token]) -> bool:
        """Reported speech before a colon: Konjunktiv I, or ("Außerdem müssten Ladezeiten
        sinken: Man kann …") a Konjunktiv II outside a conditional right after a sentence in
        which the current speaker spoke."""
        if mood.konj1(pre, self.lex):
            return True
        # the Konjunktiv II of the main clause, not of a clause before it ("Bis X kommen
        # könnten, wird Zeit vergehen: …")
        head = pre[: next((i for i, t in enumerate(pre) if t.text == ","), len(pre))]
        return (
            bool(pre)
            and pre[0].lower not in SUBORDINATORS
            and pre[0].lower not in WH_WORDS
            and pre[0].lower not in ("bis", "als", "während", "da", "seit", "solange")
            and mood.konj2(head, self.lex, use_tagger=True)
            and not _conditional(pre)
            and self.active(j) is not None
            and self.state.active_sentence == j - 1
            # a cue of the writer's ("sagte X"), not an interview label ("X: …")
            and self.state.active_cue not in (None, ":")
        )

    def _names_party(self, sent: Sentence, k: int, own_words: bool = False) -> bool:
        """A person or organisation named from token k on, or a definite organisation noun
        opening it ("Die Nationalbank rechnet …"). ``own_words``: an organisation after the
        first clause is part of what the speaker says ("Und eines ist klar: Gesetze müssen im
        Parlament beschlossen werden", "…, um die Sicherheitskräfte anzugreifen"), not the
        party the sentence tells of."""
        toks = sent.tokens
        if any(
            ent.type == "PER"
            or (ent.type == "ORG" and not (own_words and self._inner_org(sent, s)))
            for s, _e, ent in self.resolver.index.starting_in(toks[k].start, sent.end)
        ):
            return True
        if k + 1 >= len(toks) or toks[k].lower not in DEFINITE:
            return False
        n = k + 1
        while n < len(toks) - 1 and toks[n].tag == "ADJA" and not toks[n].is_upper:
            n += 1  # "Die gemeinnützige Organisation darf …"
        return toks[n].is_upper and self.lex.organisation_noun(toks[n].text) is not None

    def _inner_org(self, sent: Sentence, start: int) -> bool:
        """An organisation mention at ``start`` after the sentence's first clause (a comma,
        colon or dash outside brackets before it): not the party a plain sentence tells of."""
        toks = sent.tokens
        depth = 0
        after_clause = False
        for t in toks:
            if t.start >= start:
                break
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and t.text in CLAUSE_MARKS:
                after_clause = True
        return after_clause and depth == 0

    def _retold(self, sent: Sentence, span: tuple[int, int], kind: str, c: Cue) -> str:
        """ "Das Beispiel hat X oft erzählt: Eine Firma musste …": a third-person story in the
        past tense after a verb of narrating and a colon is the writer's retelling."""
        body = sent.tokens[span[0] : span[1]]
        if (
            kind == "direct"
            and c.entry is not None
            and c.entry.lemma in self.lex.narrative_verbs
            and not mood.first_person(body, self.lex)
            and any(_past(t) for t in self._main_clause(body))
        ):
            return "indirect"
        return kind

    def _speech_noun_label(self, pre: list[Token]) -> bool:
        """ "Begründung des Abgeordneten X: …", "Die Antwort von X: …": a speech noun with the
        person as its genitive or von-attribute labels what the person says after the colon
        (``pre``: the words before the colon)."""
        k = 1 if pre and pre[0].lower in DEFINITE else 0
        if len(pre) < k + 2 or pre[k].lower not in self.lex.speech_nouns:
            return False
        if pre[k + 1].lower not in ("des", "der", "von", "vom"):
            return False
        return all(t.is_word and t.tag not in FINITE_TAGS for t in pre[k + 2 :])

    def _name_label(self, sent: Sentence, at: int, colon: int, ent: Entity) -> bool:
        """ "Anderl: Die Aufforderung … entbehrt jeder Grundlage." — the name of a person the
        text has already introduced, alone before a colon, labels a statement."""
        toks = sent.tokens
        end = self.resolver._mention_end(sent, at, ent)
        pre, post = toks[:at], toks[end + 1 : colon]
        # "Teamkollege X nüchtern: …": a role noun before the name, a manner word after it
        titled = bool(pre) and all(t.is_upper for t in pre) and self.lex.is_role_noun(pre[-1].text)
        if pre and not titled:
            return False
        # "X am Donnerstag:", "X nach dem Spiel:": a preposition, an article and one noun
        # (when or where the person spoke) may stand between the name and the colon
        adverbial = (
            2 <= len(post) <= 3
            and post[0].lower in PREPOSITIONS
            and post[-1].is_upper
            and all(t.lower in DEFINITE or t.lower in FUNCTION_WORDS for t in post[1:-1])
        )
        # "Varoufakis Antwort:", "Straches Fazit:": a speech noun owned by the name
        noun_label = len(post) == 1 and post[0].lower in self.lex.speech_nouns
        if (len(post) > 2 and not adverbial) or any(
            (t.is_upper and not adverbial and not noun_label)
            or not t.is_word
            or t.tag in FINITE_TAGS
            or t.lower in self.lex.verb_forms
            or t.lower in self.lex.joined_forms
            for t in post
        ):
            return False
        if (
            not titled
            and not any(m.start < sent.start for m in ent.mentions)
            and not (self._after_question(sent) and self._interview_before(self._index(sent)))
            # "Fink: Wenn wir unsere Leistung bringen, …": first-person words speak for the label
            and not mood.first_person(toks[colon + 1 :], self.lex)
        ):
            return False  # a name the text has not introduced, unless it answers an interview
        body = toks[colon + 1 :]
        if len(body) >= 2 and body[0].is_upper and self._after_question(sent):
            return True  # "STANDARD: Hilft Ihnen das? X: Definitiv.": a short answer
        return len(body) >= 3 and body[0].is_upper and _has_finite(body)

    def _index(self, sent: Sentence) -> int:
        """The index of a sentence in ``self.sentences``."""
        return bisect.bisect_left([x.start for x in self.sentences], sent.start)

    def _after_question(self, sent: Sentence) -> bool:
        """Whether the sentence before this one, in the same paragraph, is a question."""
        k = self._index(sent) - 1
        if k < 0:
            return False
        prev = self.sentences[k]
        return prev.segment == sent.segment and prev.text.rstrip().endswith("?")

    def _inverted_subject(self, sent: Sentence, c: Cue) -> bool:
        """ ", sagte Merkel" / ", so der Minister": a subject follows the verb (not ", sagt, …")."""
        toks = sent.tokens
        if c.bracket:
            return True  # "…, hatte X gesagt": the subject stands between auxiliary and participle
        # the subject follows the finite verb, also when a particle closes the clause
        # ("…, teilte Verdi mit.")
        split = c.last > c.index and c.entry is not None and c.entry.particle is not None
        after = c.index if split else c.last
        nxt = toks[after + 1 : after + 4]
        if not nxt or nxt[0].text in ",:;":
            return False
        if split and not self._split_subject(sent, after + 1):
            return False  # "…, wies Kritik … zurück": an object, not the subject, follows
        if toks[c.index].lower.startswith("ge") and (
            nxt[0].lower in AUXILIARIES or nxt[0].lower in INDICATIVE_AUXILIARIES
        ):
            # "…, gehofft hatte das Team auf …", "…, gemeint waren X und Y": a participle
            return False
        first = 1 if toks[0].lower in ("und", "aber", "doch", "denn", "and", "but") else 0
        # "Sollte es zum Prozess kommen, drohen X …": a verb-first conditional is fronted too
        verb_first = (
            first < len(toks)
            and (toks[first].lower in MODALS or toks[first].lower in AUXILIARIES)
            and toks[-1].text != "?"
        )
        comma = next((k for k in range(first, len(toks)) if toks[k].text == ","), len(toks))
        # "Um die Verbrechen aufzuarbeiten, schlagen die X … vor": a fronted infinitive clause
        infinitive = (
            first < len(toks)
            and toks[first].lower in ("um", "ohne", "statt", "anstatt")
            and comma < len(toks)
            and _zu_infinitive(toks[first:comma])
        )
        content_clause = first < len(toks) and toks[first].lower == "dass"
        if (
            first < len(toks)
            and not content_clause  # "Dass …, räumt X ein": the fronted clause is the content
            and (toks[first].lower in SUBORDINATORS or verb_first or infinitive)
        ):
            main = self._fronted_main_verb(sent, first)
            if main is None or main >= c.index:
                return False  # "Weil …, fordert X mehr Geld": a fronted clause, not speech
            # "Wenn …, dann soll er …, sagte X": the main clause came before the cue
        if self._web_name(nxt[0]):
            return True
        return any(
            t.is_upper
            or t.lower in PERSONAL_PRONOUNS
            or t.lower in ("der", "die", "das", "ein", "eine", "sein", "ihr")
            for t in nxt
            if t.text not in ",:;"
        ) and not any(t.text in ",:;" for t in nxt[:1])

    def _split_subject(self, sent: Sentence, k: int) -> bool:
        """The subject right after the finite verb of a split particle verb ("…, teilte Verdi
        mit", "…, teilte die Polizei mit", "…, teilte dessen Anwältin X mit"): a pronoun, a
        definite article or possessive, a name the entity layer marked, or a web address."""
        toks = sent.tokens

        def opens_subject(t: Token) -> bool:
            return (
                t.lower in PERSONAL_PRONOUNS
                or t.lower in SPLIT_SUBJECT_STARTS
                or self.resolver.index.covering(t.start, t.end) is not None
                or self._web_name(t)
            )

        t = toks[k]
        if opens_subject(t):
            return True
        # "…, gab rund die Hälfte der Befragten an": one lower-case word before the subject
        return not t.is_upper and k + 1 < len(toks) and opens_subject(toks[k + 1])

    def _web_name(self, t: Token) -> bool:
        """A web portal named by its address ("schreibt golem.de"): a subject in lower case."""
        m = WEB_ADDRESS.match(self.article.text, t.start, min(len(self.article.text), t.end + 40))
        return m is not None and "." in m.group(0) and not m.group(0).endswith(".")

    def _question_frame(self, toks: list[Token]) -> bool:
        """ "Auf die Frage, ob es Pläne gebe," / "Auf Nachfrage, wann …,": a phrase headed by a
        question noun (or "Gefragt") without a finite verb, then an ob- or wh-clause — the
        interviewer's question before the cue, not the speaker's words."""
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma == 0 or comma + 1 >= len(toks):
            return False
        head = toks[:comma]
        nxt = toks[comma + 1].lower
        return (
            any(t.lower in QUESTION_FRAMES for t in head)
            and not any(t.tag in FINITE_TAGS for t in head)
            and (nxt in SUBORDINATORS or nxt in WH_WORDS)
        )

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

    def _fronted_main_verb(self, sent: Sentence, first: int) -> int | None:
        """The finite verb of the main clause after a fronted subordinate clause ("Wenn …,
        (dann) soll er …"): the first finite verb right after a comma."""
        toks = sent.tokens
        for k in range(first + 1, len(toks) - 1):
            if toks[k].text != ",":
                continue
            v = k + 1
            if toks[v].lower in ("dann", "so") and v + 1 < len(toks):
                v += 1
            if toks[v].is_upper:
                continue
            if (
                toks[v].tag in FINITE_TAGS
                or toks[v].lower in AUXILIARIES
                or toks[v].lower in MODALS
            ):
                return v
        return None

    def _pointer(self, sent: Sentence, c: Cue) -> bool:
        toks = sent.tokens
        return c.index == 1 and toks[0].lower in self.lex.pointer_words

    # -- spans -----------------------------------------------------------------------
    def _content_start(self, sent: Sentence, upto: int) -> int:
        """Where unquoted content before a cue starts: after a colon that follows a cue."""
        toks = sent.tokens
        start = 0
        for k in range(upto - 1, -1, -1):
            if toks[k].text == ":" and not sent.inside_quote(toks[k].start):
                pre = toks[:k]
                label = sum(
                    1 for t in pre if t.text[:1].islower() and t.lower not in FUNCTION_WORDS
                )
                ent = self.resolver.np_entity(sent, 0, k)[0]
                named = ent is not None and label <= 1
                # "X gab ihm recht: Wie wir …, sagte der Trainer": a person's clause before the
                # colon introduces the speech after it
                # "Die Polizei beobachtet die Entwicklungen mit kritischem Blick: Dass …, davon
                # halten wir wenig, sagt X": an organisation's clause as well (session 15)
                person = (
                    ent is not None
                    and ent.type in ("PER", "ORG")
                    and not mood.first_person(pre, self.lex)
                    and k + 1 < upto
                    and toks[k + 1].is_upper
                    and _has_finite(toks[:k])
                )
                # "Dazu ist es nicht gekommen: Wir haben …, stellte X klar": the writer's
                # narration in the past before the colon introduces the speech after it (a
                # present-tense clause there is as often the speaker's own lead-in)
                author = (
                    k >= 3
                    and upto - k > 3
                    and toks[k + 1].is_upper
                    and toks[0].lower not in SUBORDINATORS
                    and _narrated_past(pre)
                    and not mood.first_person(pre, self.lex)
                    and not mood.subjunctive(pre, self.lex)
                )
                # "Allerdings: Der Westbahnhof ist …, sagte X", "Das alles in neuer Eintracht:
                # Es war …, sagte X": a verbless lead-in of the writer's (session 15)
                verbless = (
                    k + 1 < upto
                    and upto - k > 3
                    and toks[k + 1].is_upper
                    and not _has_finite(pre)
                    and not mood.first_person(pre, self.lex)
                )
                if (
                    named
                    or person
                    or author
                    or verbless
                    or any(self._verb_entry(sent, i)[0] is not None for i in range(k))
                ):
                    start = k + 1
                break
        return start

    def _before_cue(self, sent: Sentence, comma: int) -> tuple[int, int] | None:
        toks = sent.tokens
        if comma <= 0:
            return None
        start = self._content_start(sent, comma)
        for k in range(start + 1, comma):
            # "Lob für Diskussion Er begrüßte …": a capitalised "Er" inside a sentence opens
            # a new one (a subheading ran into the text)
            if toks[k].text == "Er" and toks[k - 1].is_word:
                start = k
                break
        if comma - start < 2:
            return None
        if any(sent.inside_quote(t.start) for t in toks[start:comma]):
            return None
        return start, comma

    def _inserted_cue_rest(
        self, sent: Sentence, before: tuple[int, int], cue: int
    ) -> tuple[int, int] | None:
        """The content after a cue inserted between commas after the first constituent of the
        content: "Dieses Gespräch, so X weiter, hätte … sollen." The part before the cue has no
        finite verb; after the cue words (a few, no verb) and a comma the finite verb follows.
        Returns the token span of that rest."""
        toks = sent.tokens
        a, b = before
        fronted_clause = (
            b - a >= 3
            and toks[a].lower in SUBORDINATORS
            and (toks[b - 1].tag or "").startswith("V")
            and not any(t.lower in SUBORDINATORS or t.text in BOUNDARY for t in toks[a + 1 : b])
        )  # "Wenn Apple auf Volvo zukäme, hatte er gesagt, würden …": a clause as the first part
        if not fronted_clause and (
            self._finite_among(toks[a:b]) or any(t.lower in SUBORDINATORS for t in toks[a:b])
        ):
            return None
        comma = next(
            (x for x in range(cue + 1, min(len(toks), cue + 8)) if toks[x].text in ",;:"), None
        )
        if comma is None or toks[comma].text != "," or comma + 2 >= len(toks):
            return None
        if any(
            _is_mark(t) or t.tag in FINITE_TAGS or t.lower in SUBORDINATORS
            for t in toks[cue + 1 : comma]
        ):
            return None
        verb = toks[comma + 1]
        finite = (
            verb.is_word
            and not verb.is_upper
            and (
                verb.tag in FINITE_TAGS
                or verb.lower in self.lex.konj1
                or verb.lower in FINITE_AUXILIARIES
                or verb.lower in AUXILIARIES
                or mood.konj2([verb], self.lex)
            )
        )
        if not finite:
            return None
        end = len(toks)
        while end > comma + 1 and toks[end - 1].text in ".!?":
            end -= 1
        if any(_is_mark(t) for t in toks[comma + 1 : end]):
            return None
        return comma + 1, end

    def _inserted_verb_cue(self, sent: Sentence, c: Cue) -> tuple[tuple[int, int], str] | None:
        """The whole content around an inverted speech-verb cue inserted after its first
        constituent ("Dieses Gespräch, sagte X weiter, hätte …"), with its kind."""
        toks = sent.tokens
        start = c.index
        lo = c.clause[0]
        if (
            0 < lo < c.index
            and toks[lo - 1].text == ","
            and toks[lo].lower in AUXILIARIES
            and c.speaker.at is not None
            and lo < c.speaker.at[0] < c.index
        ):
            start = lo  # "…, hatte er gesagt, würden …": the auxiliary opens the inserted cue
        if (
            start == 0
            or toks[start - 1].text != ","
            or c.entry is None
            or c.entry.weight < 0.6
            or c.speaker.at is None
            or (start == c.index and c.speaker.at[0] <= c.index)
            or (start == c.index and not self._inverted_subject(sent, c))
        ):
            return None
        span = self._before_cue(sent, start - 1)
        if span is None:
            return None
        rest = self._inserted_cue_rest(sent, span, c.last)
        if rest is None:
            return None
        return (span[0], rest[1]), self._kind_unquoted(sent, rest)

    def _source_lead(self, j: int, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """The clause before a colon that holds a named source phrase, or the Konjunktiv clause
        before an impersonal cue that a colon closes, when this sentence's speech so far starts
        only after the colon."""
        toks = sent.tokens
        colon = next(
            (k for k, t in enumerate(toks) if t.text == ":" and not sent.inside_quote(t.start)),
            None,
        )
        lo = c.clause[0]
        if (
            c.kind == "impersonal"
            and colon is not None
            and c.clause[1] <= colon
            and lo >= 4
            and toks[lo - 1].text == ","
            and mood.konj1(toks[: lo - 1], self.lex)
            and not any(f.sentence == j and f.start < toks[colon].start for f in self.found)
        ):
            # "Man habe auf … Wert gelegt, hieß es in einer Aussendung: …": the Konjunktiv
            # clause before the impersonal cue is reported too, not only what follows the colon
            return 0, lo - 1
        if c.kind != "source" or c.speaker.entity is None:
            return None
        if colon is None or c.clause[1] > colon or colon < 4:
            return None
        if any(f.sentence == j and f.start < toks[colon].start for f in self.found):
            return None
        return 0, colon

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

    def _nominal_content(self, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """ "sprach von einem glücklichen Erfolg": a noun phrase as reported content."""
        if c.entry is None:
            return None
        preps = self.lex.nominal_cues.get(c.entry.lemma)
        toks = sent.tokens
        if not preps:
            return None
        before = self._nominal_before_participle(sent, c, preps)
        if before is not None:
            return before
        k = c.last + 1
        at = c.speaker.at
        if at is not None and c.last < at[0] <= c.last + 3 and at[1] - at[0] <= 8:
            # "spricht die EU-Abgeordnete X (Partei) von …": the subject after the verb
            k = at[1] + 1
            if k < len(toks) and toks[k].text == "(":
                while k < len(toks) and toks[k].text != ")":
                    k += 1
                k += 1
            if k < len(toks) and toks[k].lower in preps:
                return self._nominal_rest(sent, k)
            k = c.last + 1
        while k < len(toks) and k <= c.last + 4 and toks[k].lower not in preps:
            if toks[k].text in BOUNDARY or _is_mark(toks[k]):
                return None
            k += 1
        if k >= len(toks) or toks[k].lower not in preps:
            return None
        return self._nominal_rest(sent, k)

    def _nominal_rest(self, sent: Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase after the preposition at k, to the end of its clause."""
        toks = sent.tokens
        end = k + 1
        while end < len(toks) and toks[end].text not in ".!?":
            if toks[end].text in BOUNDARY:
                nxt = toks[end + 1].lower if end + 1 < len(toks) else ""
                if toks[end].text != "," or nxt not in NP_CONTINUERS:
                    break  # "…, davon 16.000 in Y": an apposition goes on; a clause does not
            if _is_mark(toks[end]):
                return None  # „…“ after "sprach von" is a partial quote
            end += 1
        if end - (k + 1) < 2 and not (end == k + 2 and toks[k + 1].is_upper):
            return None  # one word only when it is a noun ("spricht von Vertrauensverlust")
        return k + 1, end

    def _nominal_before_participle(
        self, sent: Sentence, c: Cue, preps: frozenset[str]
    ) -> tuple[int, int] | None:
        """ "X hatte von einer inszenierten Aufnahme gesprochen": in the perfect the noun phrase
        stands between the preposition and the participle that closes the clause. Only with a
        finite form of "haben" earlier in the clause (a passive "von X gesprochen werden" names
        the agent), the preposition not opening a clause ("…, von der X berichtet": a relative
        clause) and no "mit" before it ("mit den Bewohnern von Y gesprochen": a von-phrase
        inside another object)."""
        toks = sent.tokens
        i = c.index
        if c.last != i or c.bracket:
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.lower not in ("und", "haben", "hat", "hatte"):
            return None  # the participle closes its clause
        aux = None
        for k in range(i - 1, -1, -1):
            if toks[k].text in BOUNDARY or _is_mark(toks[k]):
                break
            if toks[k].lower in _HABEN_FINITE:
                aux = k
                break
        if aux is None and (nxt is None or nxt.lower not in ("haben", "hat", "hatte")):
            return None
        lo = aux + 1 if aux is not None else i - 1
        if aux is None:
            while lo > 0 and toks[lo - 1].text not in BOUNDARY and not _is_mark(toks[lo - 1]):
                lo -= 1
        for k in range(lo, i - 1):
            if toks[k].lower == "mit":
                return None
            if toks[k].lower in preps:
                if k == 0 or toks[k - 1].text in BOUNDARY:
                    return None
                if toks[k + 1].tag in ("PRELS", "PWS", "PWAV") or toks[k + 1].lower in (
                    "denen",
                    "welchem",
                    "welcher",
                ):
                    return None
                if i - (k + 1) < 2 and not (i == k + 2 and toks[k + 1].is_upper):
                    return None
                if any(_is_mark(t) for t in toks[k + 1 : i]):
                    return None
                return k + 1, i
        return None

    def characterised(self, j: int, sent: Sentence, c: Cue) -> bool:
        """A characterising or estimating cue of a person or an organisation: the evaluation
        (``nannte X absurd`` → ``absurd``) or the estimate (the whole sentence) is reported."""
        if c.entry is None or sent.tokens[-1].text == "?" or not self._agent(sent, c.speaker):
            return False
        lemma = c.entry.lemma
        if _attribute(sent.tokens, c.index):
            return False  # "die als Konkurrenten bezeichneten Grazer": an attribute
        if lemma in self.lex.estimate_verbs:
            named = c.speaker.how == "pronoun" or (
                c.speaker.entity is not None and c.speaker.entity.type == "PER"
            )
            if characterise.estimate(
                sent, c.index, c.last, self.lex.estimate_prepositions, self.lex.number_words
            ) or (named and characterise.forecast(sent, c.index, lemma, c.speaker.at)):
                if self.quoted_sentences.get(j):
                    return False
                return self.add_reported(j, sent, (0, len(sent.tokens)), c, "indirect")
            return False
        frame = self.lex.characterising.get(lemma)
        at = c.speaker.at
        span: tuple[int, int] | None = None
        if frame == "als":
            span = characterise.als_complement(sent, c.index, c.last, at)
        elif frame == "seen":
            span = characterise.seen_complement(sent, c.index, c.last, at, self.lex.manner_adverbs)
        elif frame == "für":
            span = characterise.fuer_complement(sent, c.index, c.last, at)
        elif frame == "predicative":
            span = characterise.predicative_complement(sent, c.index, at, self.lex.manner_adverbs)
        elif frame == "denied" and c.last > c.index:
            span = characterise.denied_object(sent, c.index, c.last)
        elif frame == "accused" and c.last > c.index:
            span = characterise.accused_object(sent, c.index, c.last, at)
        elif frame == "promised" and c.last == c.index:
            span = characterise.promised_object(sent, c.index, at)
        if span is None:
            return False
        toks = sent.tokens
        lo = span[0]
        while lo > 0 and toks[lo - 1].text not in ",:;.!?":
            lo -= 1
        if 0 < lo <= span[0] and toks[lo - 1].text == "," and toks[0].lower in ("dass", "ob"):
            span = (0, span[1])  # "Dass …, sehen X und Y nicht als Problem an": the clause too
        if frame in ("seen", "für"):
            # "X sieht Y als Z, …", "X hält Y für richtig, aber riskant": the verdict with its
            # holder, as the gold marks the sentence of a view
            end = next((m for m in range(span[1], len(toks)) if toks[m].text == ":"), len(toks))
            span = (min(span[0], lo), end)
        k = span[1]
        while k < len(toks) and toks[k].text not in ",:;.!?":
            k += 1
        if (
            k + 1 < len(toks)
            and toks[k].text == ","
            and toks[k + 1].lower in self.lex.complementisers
        ):
            span = (span[0], len(toks))  # "Als Y bezeichnete es X, dass …": the clause too
        a, b = toks[span[0]].start, toks[span[1] - 1].end
        if any(f.start < b and a < f.end for f in self.quoted_sentences.get(j, [])):
            return False  # the content clause of the same verb was reported already
        return self.add_reported(j, sent, span, c, "indirect", min_tokens=1)

    def _agent(self, sent: Sentence, speaker: Resolved) -> bool:
        """A person or an organisation (named, a pronoun or a role noun), not a thing ("Die
        Studie bezeichnet …")."""
        if speaker.entity is not None:
            return speaker.entity.type in ("PER", "ORG", "LOC")
        if speaker.how == "pronoun" or speaker.at is None:
            return speaker.how == "pronoun"
        a, b = speaker.at
        return any(
            t.is_upper
            and (
                self.lex.is_role_noun(t.text)
                or self.lex.organisation_noun(t.text)
                or t.lower in self.lex.agent_nouns
            )
            for t in sent.tokens[a : b + 1]
        )  # "Der Verband wertete …" speaks; "Die Studie bezeichnet …" does not

    def _participle_subject(self, j: int, sent: Sentence, c: Cue) -> Resolved:
        """English ``X declined …, saying it would …``: the participle's subject is the
        subject that opens the sentence (a name, or he/she), also after a fronted phrase and
        its comma ("After the hearing, X issued a statement, saying …"); not an owner ("Hours
        before X's goals, coach Y expressed …, saying …") and not a name coordinated with
        another ("X and Y disputed …, saying …"). Without one, the cue's own reading, unless
        that is a word after the participle (the subject of its content: "saying they …")."""
        toks = sent.tokens
        fallback = c.speaker
        if fallback.at is not None and fallback.at[0] > c.index:
            fallback = Resolved(None, 0.3, "none")
        k = 1 if toks and toks[0].lower in ("but", "and") else 0
        if k >= c.index or _is_mark(toks[k]):
            return fallback
        starts = [k] + [
            m + 1
            for m in range(k, c.index - 1)
            if toks[m].text == "," and not sent.inside_quote(toks[m].start)
        ]
        for pos in starts:
            if pos >= c.index:
                break
            if toks[pos].lower in ("he", "she"):
                res = self.resolver.pronoun(sent, toks[pos].lower, self.active(j), toks[pos].start)
                res.at = (pos, pos)
                named_after = res.entity is not None and any(
                    toks[pos].end <= m.start < toks[c.index].start for m in res.entity.mentions
                )
                if named_after:
                    res = Resolved(None, 0.3, "none", at=(pos, pos))  # "He urged X to …": not X
                bound = self.resolver.mention_at_token(sent, pos)
                if res.entity is None and bound is not None and bound[1].type == "PER":
                    # the person the entity layer bound the pronoun to
                    return Resolved(bound[1], 0.7, "pronoun", at=(pos, pos))
                return res
            ent, idx = self.resolver.np_entity(
                sent, pos, min(c.index, pos + 7), max_start=min(c.index - 1, pos + 3)
            )
            if ent is None or idx is None or ent.type not in ("PER", "ORG"):
                continue
            if self.resolver.index.covering(toks[idx].start, toks[idx].end) is not ent:
                continue  # "In a letter to the president, …": a role noun, not the subject
            end = idx
            while (
                end + 1 < c.index
                and self.resolver.index.covering(toks[end + 1].start, toks[end + 1].end) is ent
            ):
                end += 1
            owner = toks[end].text.endswith(("’s", "'s", "s’", "s'")) or (
                end + 1 < c.index and toks[end + 1].text in ("’s", "'s", "’", "'")
            )
            if owner:
                continue  # "Hours before X's performance, …": not the subject
            if end + 2 < c.index and toks[end + 1].lower == "and" and toks[end + 2].is_upper:
                return Resolved(None, 0.4, "none", at=(idx, end + 2))  # "X and Y disputed"
            return Resolved(ent, 0.75, "name", at=(idx, end))
        return fallback

    def _english_content(self, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """English reported speech around a verb cue (``quotes/english.py``): ``X said (that)
        …`` and ``X told Y (that) …`` (the content after the verb), ``…, X said.`` and ``…, said
        X, the Y of Z.`` (the clause before), ``…, X said, …`` (the whole sentence)."""
        toks = sent.tokens
        e = c.entry
        if c.kind != "verb" or e is None or e.quote_only or c.bracket or e.weight < 0.6:
            return None
        lex = self.lex
        if e.lemma in lex.content_clause.get("no_content_verbs", frozenset()):
            return None  # "asked", "promised to": no content clause
        # a cue after its content takes only verbs that report a statement
        closing = e.lemma in lex.content_clause.get("bare_verbs", frozenset())
        i, n = c.index, len(toks)
        prev = toks[i - 1].lower.replace("’", "'") if i > 0 else ""
        if prev in lex.content_clause.get("not_after", frozenset()) or prev.endswith("'s"):
            return None  # "was told", "to say", "That said", "doctor's reports"
        inside = sent.inside_quote

        def clause_before(end: int) -> bool:
            return (
                end >= 2
                and not (end == 2 and toks[1].lower in lex.verb_forms)  # "He said, she said"
                and not inside(toks[0].start)
                and not _is_mark(toks[0])
                and english.is_clause(toks[:end], lex, across=True)
            )

        if prev == ",":
            if toks[i].lower.endswith("ing"):
                # "…, saying it would depend on …": the participle's content follows
                k = english.content_after(toks, c.last, e.lemma, lex, inside)
                return (k, n) if k is not None else None
            if closing and clause_before(i - 1):
                if english.subject_after(toks, c.last, lex):
                    return (0, i - 1)  # "…, said Monica de Bolle, a senior fellow at X."
                return None
            k = english.content_after(toks, c.last, e.lemma, lex, inside)
            return (k, n) if k is not None else None  # "X, R-Texas, said the death is …"
        lo = english.subject_before(toks, i, lex)
        if lo is None:
            return None
        k = english.content_after(toks, c.last, e.lemma, lex, inside)
        if k is not None:
            if english.subordinate(toks[lo], lex):
                # "Although X suggested Y may …, Z told …": the content ends with the clause
                stop = next((m for m in range(k, n) if toks[m].text == ","), n)
                return (k, stop)
            return (k, n)
        before = lo - 1
        while before > 0 and _is_mark(toks[before]):
            before -= 1
        if (
            closing
            and before > 0
            and toks[before].text == ","
            and not english.subordinate(toks[lo], lex)
            and not any(t.lower in english.RELATIVES for t in toks[lo:i])
            and not inside(toks[0].start)
            and english.nothing_after(toks, c.last, e.lemma, lex)
            and not (toks[lo].lower in ("a", "an") and toks[i].lower.endswith("ed"))
        ):  # not "…, a deal announced at …"
            comma = next(
                (m for m in range(c.last + 1, min(n, c.last + 9)) if toks[m].text == ","), None
            )
            if comma is not None and comma + 1 < n and english.goes_on(toks, comma + 1, lex):
                return (0, n)  # "Many of the prisons, she said, are aging …"
            if clause_before(before):
                return (0, lo)  # "Selling a product is difficult, Hege said."
        return None

    def _after_cue(self, sent: Sentence, c: Cue) -> tuple[tuple[int, int], str] | None:
        toks = sent.tokens
        k = c.last + 1
        if (
            self.lex.language == "en"
            and k < len(toks)
            and toks[k].lower in self.lex.complementisers
        ):
            return (k, len(toks)), "indirect"  # "she said that …"
        # the cue clause may run on through adverbials ("sagten X und Y am Rande des Spiels …
        # in einem TV-Interview, sie hielten …"), but holds no finite verb of its own
        while k < len(toks) and toks[k].text not in ",:;" and k - c.last < 25:
            if _is_mark(toks[k]) or (k - c.last >= 12 and toks[k].tag in FINITE_TAGS):
                return None
            k += 1
        if k - c.last >= 12 and _has_finite_tag(toks[c.last + 1 : k]):
            return None
        if k >= len(toks) or toks[k].text not in ",:" or k + 1 >= len(toks):
            return None
        if sent.inside_quote(toks[k + 1].start) or _is_mark(toks[k + 1]):
            return None
        end = len(toks)
        while end > k + 1 and toks[end - 1].text in ".!?":
            end -= 1
        body = toks[k + 1 : end]
        if len(body) < 2:
            return None
        if toks[k].text == ":":
            if self._no_speech_before_colon(sent, c):
                return None
            span = (k + 1, len(toks))
            return span, self._retold(sent, span, self._kind_unquoted(sent, span), c)
        colon = next(
            (
                i
                for i in range(k + 1, end)
                if toks[i].text == ":" and not sent.inside_quote(toks[i].start)
            ),
            None,
        )
        explains = colon is not None and self._explains_clause(sent, c.last, colon)
        if colon is not None and colon - k > 3 and not explains:
            end = colon  # "…, er habe …: Ich war machtlos." — the colon opens the next part
        first = toks[k + 1].lower
        sub_end = k + 1
        while sub_end < len(toks) and toks[sub_end].text not in ",;:–—":
            sub_end += 1
        while sub_end > k + 1 and toks[sub_end - 1].text in ".!?":
            sub_end -= 1
        clause = toks[k + 1 : sub_end]
        if first in self.lex.complementisers:
            return (k + 1, end), "indirect"
        if first in INFINITIVE_OPENERS and (
            any(t.lower == "zu" for t in clause) or SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
        ):
            return None  # "…, sagte X, ohne auf Details einzugehen": how X spoke, not what
        if mood.konj1(clause, self.lex) or mood.konj2(clause, self.lex, use_tagger=True):
            return (k + 1, end), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 2
            and clause[-2].lower == "zu"
            and clause[-1].text[:1].islower()
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 3
            and clause[-1].text[:1].islower()
            and any(t.lower == "zu" for t in clause[-3:-1])
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 2
            and SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"  # "…, X aufzuheben"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and c.speaker.entity is not None
            and toks[c.clause[0]].lower not in ("wie", "as")
            and toks[k].text == ","
            and len(clause) >= 3
            and clause[0].is_word
            and not clause[0].is_upper
            and clause[0].lower not in FUNCTION_WORDS | SUBORDINATORS
            and (clause[1].tag in FINITE_TAGS or clause[1].lower in MODALS)
            and not clause[1].is_upper
        ):
            # "…, gaben X und Y an, letzteres kann so sein, …": an indicative main clause after
            # the cue is unquoted direct speech (as 10kGNAD prints it)
            span = (k + 1, end)
            return span, self._kind_unquoted(sent, span)
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and toks[k].text == ","
            and sub_end + 2 < end
            and toks[sub_end].text == ","
            and not (c.index > 0 and toks[c.index - 1].text == ",")  # content stands before
            and clause[0].lower not in RELATIVE_PRONOUNS
            and not _has_finite(clause)
            and not any(t.lower == "zu" for t in clause)
        ):
            # "er mahnt Regierung, Länder und Gemeinden, an einem Strang zu ziehen", "sagte X,
            # Professorin für …, die Preise seien …": a verbless enumeration or apposition
            # comes before the content; only a content clause after it counts
            rest = toks[sub_end + 1 : end]
            nxt = sub_end + 1
            while nxt < end and toks[nxt].text not in ",;:–—":
                nxt += 1
            inner = toks[sub_end + 1 : nxt]
            if rest[0].lower in self.lex.complementisers or mood.konj1(inner, self.lex):
                return (sub_end + 1, end), "indirect"
            if (
                len(inner) >= 2
                and inner[0].lower not in INFINITIVE_OPENERS  # "…, um … zu ermöglichen": a purpose
                and (inner[-2].lower == "zu" or SEPARABLE_ZU_INFINITIVE.match(inner[-1].text))
            ):
                return (sub_end + 1, _infinitive_chain(toks, nxt, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and toks[k].text == ","
            and sub_end < end
            and toks[sub_end].text == ","
            and clause
            and not (c.index > 0 and toks[c.index - 1].text == ",")
            and (clause[0].lower not in RELATIVE_PRONOUNS or clause[0].tag == "ART")
            and not _has_finite(clause)
            and not any(t.lower == "zu" for t in clause)
        ):
            interrupted = self._interrupted_content(toks, sub_end, end)
            if interrupted is not None:
                return (k + 1, interrupted), "indirect"
        return None

    def _interrupted_content(self, toks: list[Token], sub_end: int, end: int) -> int | None:
        """The end of a content clause after the cue whose first part, a noun phrase, is
        interrupted by an apposition or a relative clause ("gibt an, Stellungen von
        Terroristen, vor allem des IS, zu bombardieren", "kündigte an, das Geschäft (CEE), das
        …, abzuziehen", "werfen X vor, ihre Vorgangsweise, insbesondere …, habe … geführt"): a
        later part that opens with a Konjunktiv I verb, or that closes with a zu-infinitive,
        continues the first. A part that opens with "um"/"ohne" (a purpose) or any other main
        clause ends the search."""
        parts: list[tuple[int, int]] = []
        lo = sub_end + 1
        while lo < end:
            hi = lo
            while hi < end and toks[hi].text not in ",;:–—":
                hi += 1
            parts.append((lo, hi))
            if hi >= end or toks[hi].text != ",":
                break
            lo = hi + 1
        for lo, hi in parts:
            part = toks[lo:hi]
            if not part:
                return None
            head = part[0]
            if head.is_word and not head.is_upper and mood.konj1(part[:1], self.lex):
                return end  # "…, habe zur Ablehnung geführt": the verb of the first part
            if head.lower in INFINITIVE_OPENERS or head.lower in SUBORDINATORS - {"wie"}:
                return None
            if (head.lower == "zu" and len(part) >= 2) or SEPARABLE_ZU_INFINITIVE.match(head.text):
                # "…, zu bombardieren", "…, abzuziehen und …": the infinitive itself opens the
                # part, so the noun phrase before is its object ("…, die Länder und den Bund,
                # endlich zu handeln" has an object of its own: an enumeration, not this)
                return _infinitive_chain(toks, hi, end)
            if head.lower in RELATIVE_PRONOUNS or not _has_finite(part):
                continue  # an apposition, a relative clause or an infinitive inside the first part
            return None
        return None

    def _passive_accusation(self, sent: Sentence, c: Cue) -> Cue | None:
        """A passive verb of accusing ("Ihnen werden Diebstähle vorgeworfen", "Firtasch wird von
        den USA Korruption vorgeworfen"): the cue with the agent of a von-phrase as the
        speaker, or nobody; the dative before the verb is the accused, not the speaker."""
        if (
            self.lex.language != "de"
            or c.kind != "verb"
            or c.entry is None
            or c.last != c.index
            or self.lex.characterising.get(c.entry.lemma) != "accused"
            or sent.quotes
        ):
            return None
        toks = sent.tokens
        lo = c.clause[0]
        if not any(t.lower in WERDEN_FORMS for t in toks[lo : c.index + 3]):
            return None
        if toks[lo].lower in SUBORDINATORS | NON_MAIN_OPENERS | RELATIVE_PRONOUNS or (
            toks[lo].lower in ("und", "oder")
        ):
            return None  # inside a subordinate or coordinated clause: not the sentence's report
        agent = None
        for k in range(lo, c.index):
            if toks[k].lower in ("von", "vom") and k + 1 < c.index:
                for m in range(k + 1, min(c.index, k + 4)):
                    ent = self.resolver.index.covering(toks[m].start, toks[m].end)
                    if ent is not None and ent.type in ("PER", "ORG", "LOC"):
                        agent = ent
                        break
        speaker = Resolved(agent, 0.6, "name") if agent else Resolved(None, 0.4, "none")
        return Cue("verb", c.index, c.last, c.clause, c.words, speaker, c.entry)

    def _no_speech_before_colon(self, sent: Sentence, c: Cue) -> bool:
        """A verb of saying before a colon that introduces nobody's words: inside a subordinate
        clause ("…, als X vermutet hatte: …", "Auch wenn X Treue gelobt haben: …", "was an der
        Grenze droht: …"), in the passive ("Die Listen wurden bestätigt: …") or as a bare
        participle ("genauer gesagt: …")."""
        toks = sent.tokens
        lo = c.index
        while lo > 0 and toks[lo - 1].text not in (",", ";", ":", "–", "—"):
            lo -= 1
        head = [t.lower for t in toks[lo : min(lo + 2, c.index)]]
        if head and (
            head[0] in SUBORDINATORS
            or head[0] in ("als", "was")
            or (len(head) > 1 and head[1] in SUBORDINATORS)
        ):
            return True
        colon = next((k for k in range(c.last + 1, len(toks)) if toks[k].text == ":"), len(toks))
        entry = c.entry
        if entry is not None and colon > c.last + 1:
            particle = toks[colon - 1]
            if (
                particle.lower in VERB_PARTICLES
                and particle.lower != (entry.particle or "")
                and not particle.is_upper
            ):
                return True  # "meldete er sich zurück: …": another verb than "melden"
            if entry.lemma in REFLEXIVE_NOT_SAYING and any(
                t.lower == "sich" for t in toks[lo:colon]
            ):
                return True  # "… stellen sich als falsch heraus: …"
            if entry.lemma in OBJECT_CONTENT_ONLY:
                return True  # "empfahl man keine Restitution: <the writer's reason>"
        verb = toks[c.index]
        clause = toks[lo : c.last + 1]
        if verb.tag == "VVPP":
            if any(t.lower in WERDEN_FORMS for t in clause):
                return True
            if not any(t.tag in FINITE_TAGS or t.tag == "VAINF" for t in clause):
                return True
        return self._passive_before_colon(sent, c, colon)

    def _passive_before_colon(self, sent: Sentence, c: Cue, colon: int) -> bool:
        """A participle closing a passive main clause before the colon, the auxiliary before
        commas ("Bis zu 1.500 Mitarbeiter werden heute, Dienstag, im Center erwartet: …", "So
        wird die Ankündigung, X zu verkaufen, als Schachzug verstanden: …"; the tagger may read
        the participle in -t as finite): the clause reports no one's words."""
        toks = sent.tokens
        verb = toks[c.index]
        if c.last + 1 != colon or not (
            verb.tag == "VVPP" or (verb.tag in (None, "VVFIN") and verb.lower.endswith("t"))
        ):
            return False
        start = 0
        for k in range(c.index):
            if toks[k].text in (":", ";"):
                start = k + 1
        for k in range(c.index - 1, start - 1, -1):
            t = toks[k]
            if t.lower in WERDEN_FORMS and t.tag in (None, "VAFIN"):
                return True
            if t.tag in FINITE_TAGS:
                return False  # another finite verb nearer: not the auxiliary of the participle
        return False

    def editor_note(self, j: int, sent: Sentence) -> bool:
        """ "Zu viele … können …, und die Gesellschaft (die X, Anm. d. Red.) ist …": an editor
        annotates only quoted words, so the sentence is direct speech, of the subject of the
        sentence before (or the current speaker)."""
        if not any(note in sent.text for note in self.lex.editor_notes) or j == 0:
            return False
        prev = self.sentences[j - 1]
        toks = prev.tokens
        stop = next((i for i, t in enumerate(toks) if t.text in ",:;"), len(toks))
        ent, _ = self.resolver.np_entity(prev, 0, stop, prefer_person=False)
        if ent is None:
            ent = self.active(j)
        sp = Resolved(ent, 0.5, "continuation") if ent else Resolved(None, 0.3, "none")
        self.add(
            Found("direct", sent.tokens[0].start, sent.tokens[-1].end, sp, None, j, 0.4, "note")
        )
        return True

    def _explains_clause(self, sent: Sentence, last: int, colon: int) -> bool:
        """ "…betont, dass X sich in einem Punkt unterscheidet: Es basiert …": the colon
        explains the cue's dass-clause (no first or second person after it), it opens no
        direct speech."""
        toks = sent.tokens
        comma = next((i for i in range(last + 1, colon) if toks[i].text == ","), None)
        if comma is None or comma + 1 >= colon:
            return False
        if toks[comma + 1].lower not in self.lex.complementisers:
            return False
        after = toks[colon + 1 :]
        return not mood.first_person(after, self.lex) and not any(
            t.lower in self.lex.second_person for t in after
        )

    def _around_clause(self, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """The sentence without a parenthetical cue clause ("…, wie X mitteilte")."""
        toks = sent.tokens
        lo, hi = c.clause
        end = len(toks)
        while end > 0 and toks[end - 1].text in ".!?":
            end -= 1
        if 1 < lo <= 4 and toks[lo - 1].text == ":" and hi < end and toks[hi].text == ",":
            return hi + 1, end  # "STANDARD: Allgemein heißt es, der Terrorismus sei …"
        if lo <= 1 and hi < end:
            return hi + 1 if hi < len(toks) and toks[hi].text == "," else hi, end
        while lo > 1 and hi < end and toks[hi].text == "(":
            # "…, verlautete aus Kreisen der OPCW (…) in Den Haag": a bracket inside the cue
            close = next((k for k in range(hi + 1, end) if toks[k].text == ")"), None)
            if close is None:
                break
            hi = close + 1
            while hi < end and toks[hi].text not in BOUNDARY and not _live_mark(sent, toks[hi]):
                hi += 1
        if (
            lo > 1
            and hi + 1 < end
            and toks[hi].text == ","
            and end - hi <= 10
            and not any(t.tag in FINITE_TAGS or _is_mark(t) for t in toks[hi + 1 : end])
            and toks[hi + 1].lower not in self.lex.complementisers
            and toks[hi + 1].lower not in INFINITIVE_OPENERS
            and not any(t.lower == "zu" for t in toks[hi + 1 : end])
        ):
            # "…, heißt es in der Begründung von X, amtierender Direktor der Y": an apposition
            hi = end
        if (
            lo > 1
            and hi + 1 < end
            and toks[hi].text == ","
            and toks[hi + 1].lower in ATTACHED_CLAUSE_OPENERS
            and _verb_final(toks, hi + 1, end)
        ):
            # "…, heißt es in einem Schreiben, das von der Firma stammen soll", "…, heißt es
            # darin, womit … gemeint sind": a relative clause hangs on the cue, the content
            # stands before it
            hi = end
        if hi >= end and lo > 1:
            stop = lo - 1 if toks[lo - 1].text == "," else lo
            return self._content_start(sent, stop), stop
        return 0, end

    def _names_speaker(self, sent: Sentence, span: tuple[int, int], ent: Entity | None) -> bool:
        """The content names its own speaker in the third person: a report, not their words."""
        if ent is None or span[1] <= span[0]:
            return False
        toks = sent.tokens
        # as the subject that opens the content ("Die bisherige Chefin …, X, wird …"); a name
        # further in may be the speaker's own irony ("eine Niederlage von X, nicht der Menschheit")
        head = toks[min(span[0] + 2, span[1] - 1)]
        found = self.resolver.index.starting_in(toks[span[0]].start, head.end)
        if any(e is ent for _s, _e, e in found):
            return True
        # or in apposition to an opening role phrase: "Die bisherige Chefin der X, Y, wird …"
        commas = [k for k in range(span[0], span[1]) if toks[k].text == ","][:2]
        if len(commas) < 2 or toks[span[0]].lower not in ("der", "die"):
            return False
        if _has_finite_tag(toks[span[0] : commas[0]]):
            return False
        inner = self.resolver.index.starting_in(toks[commas[0]].end, toks[commas[1]].start)
        return any(e is ent for _s, _e, e in inner)

    def _kind_unquoted(self, sent: Sentence, span: tuple[int, int], plans: bool = True) -> str:
        """``plans``: a third-person "soll"/"sollen" main clause is reported (not after a
        label's colon: "X: Das Unternehmen soll …" is the person's statement)."""
        if self.lex.language == "en":
            return "indirect"  # English prints direct speech in quotation marks
        toks = sent.tokens[span[0] : span[1]]
        first = mood.first_person(toks, self.lex)
        if (
            not first
            and toks
            and toks[0].lower in ("er", "he")
            and (self.lex.language != "de" or self._past_report(toks))
        ):
            return "indirect"  # "Er begrüßte die Diskussion, erklärte Ban": a paraphrase
        if mood.konj1(toks, self.lex, use_tagger=not first):
            return "indirect"
        if not first and _hearsay_perfect(toks):
            return "indirect"  # "So soll X seine Freundin hinrichten haben lassen, sagte Y"
        if mood.konj2(toks, self.lex, use_tagger=True) and not first:
            if self._indicative_subclause(toks):
                return "direct"  # "Man hätte denken können, dass das nicht X ist": an irreal
            if self._indicative_coordinate(toks):
                # "Ein Sieg wäre verdient gewesen, aber das Glück hat gefehlt": reported speech
                # would say "habe gefehlt", so the Konjunktiv II is the speaker's own irreal
                return "direct"
            if _conditional(toks):
                return "direct"  # "Es wäre lustig gewesen, wenn er da gewesen wäre": an irreal
            if self._konj2_in_subclause_only(toks):
                # "Es fehlt der Anreiz, weil sie … müssten": the main clause is indicative
                # (reported speech would say "fehle"); the Konjunktiv II is the speaker's own
                return "direct"
            return "indirect"
        if plans and not first and _sollen_main_clause(toks):
            # "Solche Heime sollen nicht in Ballungszentren errichtet werden, sagt er": a plan or
            # hearsay the speaker passes on, told in the third person, is reported speech
            return "indirect"
        if not first and mood.weak_preterite_plural(toks):
            # "Die USA und Ägypten bewegten sich …, sagte Kerry": the plural preterite stands in
            # for a Konjunktiv that would look like the indicative
            return "indirect"
        return "direct"

    def _past_report(self, toks: list[Token]) -> bool:
        """Content that narrates in the past ("Er würdigte die Arbeit …"), not a statement in
        the present ("Er ist ein sehr guter Spieler"): a finite past form in the main clause, or
        a weak preterite in -te right after the opening pronoun when the tagger is silent."""
        if any(_past(t) for t in self._main_clause(toks)):
            return True
        verb = toks[1] if len(toks) > 1 else None
        return (
            verb is not None
            and verb.tag is None
            and not verb.is_upper
            and verb.lower.endswith(("te", "ten"))
            and verb.lower not in self.lex.konj2
        )

    def _konj2_in_subclause_only(self, toks: list[Token]) -> bool:
        """An indicative main clause opening the content ("Es fehlt noch der Anreiz", "Viele
        Sender bedeuten") with the Konjunktiv II only in a dependent clause after a comma
        (weil/dass/wenn/relative)."""
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return False
        head, rest = toks[:comma], toks[comma + 1 :]
        if head and head[0].lower in SUBORDINATORS | NON_MAIN_OPENERS:
            return False
        if not self._indicative_clause(head) or mood.konj2(head, self.lex, use_tagger=True):
            return False
        opener = rest[0]
        if opener.lower == "als" and len(rest) > 1 and rest[1].lower in ("dass", "ob", "wenn"):
            # "Diese Teilchen sind zu kurzlebig, als dass man sie messen könnte", "…, als ob
            # …": the Konjunktiv II these clauses demand says nothing about reporting
            return True
        return (
            opener.lower in SUBORDINATORS
            or opener.lower in self.lex.complementisers
            or opener.tag in ("PRELS", "PRELAT")
        )

    def _indicative_coordinate(self, toks: list[Token]) -> bool:
        """A main clause joined by a conjunction after a comma ("…, aber das Glück hat
        gefehlt") whose finite verb is indicative (the tagger's Mood=Ind; without tags an
        indicative auxiliary) and which holds no Konjunktiv."""
        for k, t in enumerate(toks[:-2]):
            if t.text != "," or toks[k + 1].lower not in ("aber", "doch", "und", "sondern"):
                continue
            clause: list[Token] = []
            for u in toks[k + 2 :]:
                if u.text in ",;:":
                    break
                clause.append(u)
            if self._indicative_clause(clause):
                return True
        # the indicative main clause first: "Es wird kein Geld geben und das hätte …"
        # (reported speech would say "werde"); the clause runs from the sentence start
        for k, t in enumerate(toks[1:-2], start=1):
            if t.lower not in ("und", "aber", "doch") or toks[k - 1].text in ",;:":
                continue
            first = toks[:k]
            if any(u.text in ",;:" for u in first) or not self._indicative_clause(first):
                continue
            if mood.konj2(toks[k + 1 :], self.lex):
                return True
        return False

    def _indicative_clause(self, clause: list[Token]) -> bool:
        """A clause without Konjunktiv whose finite verb is indicative (the tagger's Mood=Ind;
        without tags an indicative auxiliary)."""
        if mood.subjunctive(clause, self.lex):
            return False
        for u in clause:
            if u.is_upper:
                continue
            if u.tag is not None:
                if u.tag in FINITE_TAGS and u.mood == "Ind":
                    return True
            elif u.lower in INDICATIVE_AUXILIARIES:
                return True
        return False

    def _indicative_subclause(self, toks: list[Token]) -> bool:
        """A dass/ob clause with a present indicative verb: reported speech would put it in the
        Konjunktiv too ("…, dass das nicht X sei"), so the Konjunktiv II before it is the
        speaker's own irreal."""
        for k, t in enumerate(toks[:-1]):
            if t.text != "," or toks[k + 1].lower not in self.lex.complementisers:
                continue
            for u in toks[k + 2 :]:
                if u.text in ",;:":
                    break
                if u.tag in FINITE_TAGS and u.tense == "Pres" and u.mood == "Ind":
                    return True
        return False

    # -- producing quotes ----------------------------------------------------------------
    def add_reported(
        self,
        j: int,
        sent: Sentence,
        span: tuple[int, int],
        c: Cue,
        kind: str,
        min_tokens: int = 2,
    ) -> bool:
        toks = sent.tokens
        a, b = span
        while b > a and toks[b - 1].text in ",;:–—":
            b -= 1
        if b - a < min_tokens:
            return False
        start, end = toks[a].start, toks[b - 1].end
        # a quotation inside the span carries that speech already
        quoted = sum(
            min(end, q.close + 1) - max(start, q.open)
            for q in sent.quotes
            if q.open < end and q.close >= start
        )
        if quoted > 0.4 * (end - start):
            return False
        if kind == "direct" and sent.quotes:
            kind = "indirect" if mood.subjunctive(toks[a:b], self.lex) else "direct"
            if quoted:
                return False
        if kind == "direct" and self._news_report(c, toks[a:b]):
            kind = "indirect"
        if (
            kind == "direct"
            and c.kind == "verb"
            and c.entry is not None
            and c.entry.lemma in self.lex.announce_verbs
            and b <= c.index
            and not mood.first_person(toks[a:b], self.lex)
        ):
            # "Die Ausgangssperre endete um 7 Uhr, gab der Gouverneur X bekannt": an announced
            # fact before the cue is retold, not the announcer's wording
            kind = "indirect"
        if (
            kind == "direct"
            and c.kind in ("verb", "so")
            and not mood.first_person(toks[a:b], self.lex)
            and (_advice_sollte(toks[a:b]) or _source_marked(toks[a:b]))
        ):
            # "Es sollte dort eine Reduktion geben, wo …, sagte X": advice; "Pro Kopf ist demnach
            # Österreich …, rechnete X vor", "Sie sollen laut Informationen aus Ungarn …, so X":
            # the writer retells a report
            kind = "indirect"
        conf = {"direct": 0.7, "indirect": 0.75}[kind] * (0.5 + 0.5 * c.speaker.confidence)
        self.add(Found(kind, start, end, c.speaker, c.words, j, conf, c.kind))
        return True

    def _news_report(self, c: Cue, content: list[Token]) -> bool:
        """Unquoted indicative content of a report by a news medium or another organisation
        ("Drei Menschen wurden … überrascht, berichtete die Zeitung The State", "…, meldete
        Anadolu", "…, berichtet das Branchenmedium atmedia.at"): the writer retells the report,
        it is no one's wording (``indirect``). A person who reports ("berichtet Müller") speaks
        their own words; ``schreiben`` (a letter, a post, a portal's article) keeps its kind."""
        entry = c.entry
        if c.kind != "verb" or entry is None or entry.lemma not in self.lex.report_verbs:
            return False
        if entry.lemma == "schreiben" or mood.first_person(content, self.lex):
            return False
        ent = c.speaker.entity
        if ent is not None:
            return ent.type != "PER" or ent.name.lower() in self.lex.media_names
        words = [w.lower().strip(".,") for w in c.words.split()]
        return any(
            w in self.lex.media_heads or w.endswith(("journalist", "journalistin", "reporter"))
            for w in words
        )

    def marked_quote(
        self, j: int, sent: Sentence, q: object, cues: list[Cue], heading: bool
    ) -> None:
        from newsgraph.quotes.text import QuoteMarks

        assert isinstance(q, QuoteMarks)
        text = self.article.text
        a, b = q.inner
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            return
        content = text[a:b]
        before = text[sent.start : q.open].strip()
        after = text[q.close + 1 : sent.end].strip()
        at_start = before == "" or before.endswith(":") or before[-1:] in '„»«"“'
        ends_ok = (
            after == ""
            or after[:1] in ".!?;,)–—-:"
            or after[:1] in '“”"«»'
            or content[-1:] in ",!?"
        )
        words = re.findall(r"\w+", content)
        kind = "direct" if at_start and ends_ok else "partial"
        if kind == "direct" and before.endswith(":") and len(words) <= 3 and content[:1].islower():
            kind = "partial"
        lowered = before.lower()
        if kind == "partial":
            if lowered.endswith(NAME_PREFIXES) or any(
                lowered.endswith(p + " ") for p in NAME_PREFIXES
            ):
                return
            content_words = [w for w in words if w.lower() not in FUNCTION_WORDS]
            if (
                content_words
                and all(w[:1].isupper() or w[:1].isdigit() for w in content_words)
                and not heading
                and not (self._lead_line(sent) and ":" in before)  # "Sprecher: … „…“"
                and not self._governing_cue(sent, q, cues)
            ):
                return  # a name or a title in quotation marks („Chefkoch“, „Besondere Leistungen“)
            if not cues and not heading and not before.endswith(":") and not self._lead_line(sent):
                return
        speaker, cue_words = self._marked_speaker(j, sent, q, cues, kind, heading, before)
        conf = (0.9 if kind == "direct" else 0.85) * (0.5 + 0.5 * speaker.confidence)
        self.add(Found(kind, a, b, speaker, cue_words, j, conf, "marks"))

    def _governing_cue(self, sent: Sentence, q: QuoteMarks, cues: list[Cue]) -> bool:
        """A speech verb whose clause runs into the quote ("sprach von „…“", "nannte es „…“")
        or that follows its closing mark ("„…“, sagte er")."""
        toks = sent.tokens
        after = next((i for i, t in enumerate(toks) if t.start > q.close), len(toks))
        for c in cues:
            if c.kind not in ("verb", "so"):
                continue
            e = c.entry
            weak = e is not None and e.weight < 0.6 and not e.quote_only
            if weak and e is not None and e.lemma not in self.lex.nominal_cues:
                continue
            between = toks[after : c.index]
            if after <= c.index <= after + 2 and all(t.text in ',“”"«»' for t in between):
                return True
            _lo, hi = self.clause_bounds(sent, c.index)
            if c.index < after and hi < len(toks) and toks[hi].start == q.open:
                return True
        return False

    def _title_quote(self, sent: Sentence, q: QuoteMarks) -> bool:
        """A name or title in quotation marks: die Zeitung „The Sun“, im „Spiegel“."""
        content = self.article.text[q.open + 1 : q.close]
        if WEB_ADDRESS.fullmatch(content.strip()):
            return True  # „tt.com“, „www.example.de“: an address, not speech
        words = re.findall(r"\w[\w-]*", content)
        if not words or len(words) > 5:
            return False
        before = [t for t in sent.tokens if t.end <= q.open][-2:]
        prev = before[-1].lower if before else ""
        if any(
            prev.endswith(n) and len(n) >= 4 and len(prev) > len(n) + 2
            for n in self.lex.title_nouns
        ):
            return True  # a compound of a title noun: der Kurzfilm „Alles wird gut“
        if not all(
            w[:1].isupper()
            or w[:1].isdigit()
            or w.lower() in FUNCTION_WORDS
            or w.lower() in ENGLISH_NAME_WORDS
            for w in words
        ):
            return False
        if len(words) > 1 and any(w in ENGLISH_NAME_WORDS for w in words):
            return True  # „Times of London“, „The Independent on Sunday“: an English name
        if not before:
            return False
        return prev in self.lex.title_nouns or (
            prev in self.lex.title_articles
            and len(words) >= 1
            and words[0][:1].isupper()
            and (len(before) < 2 or before[0].lower not in self.lex.verb_forms)
        )

    def _clause_like(self, toks: list[Token]) -> bool:
        """Words before a name that make a clause ("Fassungslos … zeigten"), not a label."""
        words = [t for t in toks if t.is_word]
        lower = [t for t in words if t.text[:1].islower() and t.lower not in FUNCTION_WORDS]
        return len(words) >= 3 and bool(lower)

    def _lead_line(self, sent: Sentence) -> bool:
        """The first sentence of the text (a title line in scraped text: "Maas: „…“")."""
        return sent.first_in_segment and sent.segment <= 1

    def _marked_speaker(
        self,
        j: int,
        sent: Sentence,
        q: object,
        cues: list[Cue],
        kind: str,
        heading: bool,
        before: str,
    ) -> tuple[Resolved, str | None]:
        from newsgraph.quotes.text import QuoteMarks

        assert isinstance(q, QuoteMarks)
        toks = sent.tokens
        after_idx = next((i for i, t in enumerate(toks) if t.start > q.close), len(toks))
        before_idx = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= q.open), -1)
        # a cue right after the closing mark: „…“, sagte X / „…“, so X
        for c in cues:
            if (
                c.kind in ("verb", "so")
                and after_idx <= c.index <= after_idx + 2
                and all(t.text in ',“”"«»' for t in toks[after_idx : c.index])
            ):
                return c.speaker, c.words
        # X sagte: „…“ / sprach von „…“ / beurteilte … als „…“ — the nearest verb cue before
        prior = [c for c in cues if c.kind in ("verb", "so") and c.index <= before_idx]
        if prior:
            c = prior[-1]
            return c.speaker, c.words
        # a "…“, sagte er" cue further on in the same sentence
        later = [c for c in cues if c.kind in ("verb", "so") and c.index > before_idx]
        if later:
            return later[0].speaker, later[0].words
        if cues:
            return cues[0].speaker, cues[0].words
        # "Heiko Maas: „…“" / a heading that names its speaker
        if before.endswith(":") or heading or self._lead_line(sent):
            ent = None
            if before.endswith(":"):
                # "X zur Frage: „…“, Stürmer Y: „…“": the label right before this colon
                lo = before_idx
                while lo > 0 and not (toks[lo - 1].text in ",;" or _is_mark(toks[lo - 1])):
                    lo -= 1
                ent, _ = self.resolver.np_entity(sent, lo, max(0, before_idx + 1))
            if ent is None:
                ent, _ = self.resolver.np_entity(sent, 0, max(0, before_idx + 1))
            if ent is None and heading and self.lex.language == "en":
                # "‘He died in my hands’: 3 … killed in clashes with Bolivia's police": an
                # English headline names its speaker right after the colon ("‘…’: Lynn says"),
                # a person; a name further on is what the story is about
                k = after_idx + (after_idx < len(toks) and toks[after_idx].text == ":")
                found = self.resolver.mention_at_token(sent, k) if k < len(toks) else None
                if found is not None and found[1].type == "PER":
                    ent = found[1]
            elif ent is None and heading:
                ent, _ = self.resolver.np_entity(sent, 0, len(toks))
            if ent is not None:
                return Resolved(ent, 0.7, "heading"), None
        # continuation: „…“, sagte Merkel. „Und …“
        if (
            kind == "direct"
            and j - 1 in self.quoted_sentences
            and self.sentences[j - 1].segment == sent.segment
        ):
            prev = self.quoted_sentences[j - 1][-1]
            if prev.kind in ("direct", "partial") and prev.speaker.entity is not None:
                return Resolved(prev.speaker.entity, 0.8, "continuation"), prev.cue
        act = self.active(j)
        if act is not None and kind == "direct":
            return Resolved(act, 0.5, "continuation"), None
        return Resolved(None, 0.3, "none"), None

    def pointer_back(self, j: int, sent: Sentence, c: Cue) -> None:
        """ "Das sagte X." — the previous sentence is X's statement."""
        if j == 0 or j - 1 in self.quoted_sentences:
            return
        prev = self.sentences[j - 1]
        if prev.segment != sent.segment or not prev.tokens or prev.quotes:
            return
        end = len(prev.tokens)
        while end > 0 and prev.tokens[end - 1].text in ".!?":
            end -= 1
        kind = self._kind_unquoted(prev, (0, len(prev.tokens)))
        ent = c.speaker.entity
        if kind == "direct" and (ent is None or ent.type != "PER"):
            kind = "indirect"
        if kind == "direct" and (
            c.entry is None or c.entry.lemma not in self.lex.pointer_wording_verbs
        ):
            kind = "indirect"  # "Das bestätigte X.": a confirmation paraphrases the statement
        start, stop = prev.tokens[0].start, prev.tokens[-1].end
        if kind == "indirect":
            stop = prev.tokens[end - 1].end if end else stop
        conf = 0.6 * (0.5 + 0.5 * c.speaker.confidence)
        self.add(Found(kind, start, stop, c.speaker, c.words, j - 1, conf, "pointer"))

    def _elliptical(self, sent: Sentence) -> bool:
        """A sentence that is only a subordinate clause ("Nämlich dass der Ton maßvoller war.")."""
        toks = sent.tokens
        k = 0
        while k < len(toks) and k < 3 and toks[k].lower in ELLIPSIS_OPENERS:
            k += 1
        if k >= len(toks) or toks[k].lower not in SUBORDINATORS:
            return False
        for i in range(k + 1, len(toks) - 1):
            if toks[i].text == "," and (
                toks[i + 1].tag in FINITE_TAGS
                or toks[i + 1].lower in AUXILIARIES
                or toks[i + 1].lower in MODALS
            ):
                return False  # "Dass X kommt, ist klar": a main clause follows
        return True

    def ellipsis(self, j: int, sent: Sentence) -> bool:
        """An elliptical sentence right after a quote goes on with that quote's speaker."""
        prev = self.quoted_sentences.get(j - 1)
        if not prev or self.sentences[j - 1].segment != sent.segment or not self._elliptical(sent):
            return False
        last = prev[-1]
        toks = sent.tokens
        kind = "indirect" if mood.subjunctive(toks, self.lex) else "direct"
        if last.kind == "indirect" and kind == "direct" and not mood.first_person(toks, self.lex):
            kind = "indirect"
        conf = 0.5 * (0.5 + 0.5 * last.speaker.confidence)
        self.add(
            Found(kind, toks[0].start, toks[-1].end, last.speaker, last.cue, j, conf, "ellipsis")
        )
        return True

    def _run_in(self, sent: Sentence) -> int:
        """Where the sentence proper starts after a subheading that ran into it: a capitalised
        preposition (or "Er") right after a word inside the sentence; 0 if none."""
        toks = sent.tokens
        for k in range(2, len(toks) - 2):
            t = toks[k]
            if not t.is_upper or not toks[k - 1].is_word or sent.inside_quote(t.start):
                continue
            if t.lower in PREPOSITIONS or t.text == "Er":
                return k
        return 0

    def added_point(self, j: int, sent: Sentence) -> bool:
        """ "„…“, sagte X. Und: Die Lage ist ernst." — a conjunction and a colon open one more
        point of the same speaker's speech (after reported speech of a named speaker too: "…
        sei falsch, so X. Und: Die Presse muss frei bleiben.")."""
        toks = sent.tokens
        prev = self.quoted_sentences.get(j - 1)
        if (
            len(toks) < 5
            or toks[1].text != ":"
            or toks[0].lower not in POINT_OPENERS
            or not toks[2].is_upper
            or not prev
            or (prev[-1].kind != "direct" and prev[-1].speaker.entity is None)
            or self.sentences[j - 1].segment != sent.segment
        ):
            return False
        last = prev[-1]
        kind = "indirect" if mood.subjunctive(toks[2:], self.lex) else "direct"
        conf = 0.5 * (0.5 + 0.5 * last.speaker.confidence)
        self.add(Found(kind, toks[2].start, toks[-1].end, last.speaker, last.cue, j, conf, "point"))
        return True

    def continuation(self, j: int, sent: Sentence) -> None:
        toks = sent.tokens
        act = self.active(j)
        st = self.state
        if self.ellipsis(j, sent) or self.added_point(j, sent):
            return
        has_k1 = mood.konj1(toks, self.lex)
        # a Konjunktiv II of a conditional is the writer's own irreal ("Wird X vollzogen,
        # könnten …"), not the mood of the speech before it
        has_k2 = mood.konj2(toks, self.lex, use_tagger=True, cueless=True) and not _conditional(
            toks
        )
        demnach = any(t.lower in self.lex.continuation_adverbs for t in toks)
        recent = j - st.active_sentence <= MAX_ACTIVE_GAP and (
            st.active is not None or st.active_explicit
        )
        if (
            not recent
            and has_k2
            and j > 0
            and self.sentences[j - 1].segment == sent.segment
            and any(t.lower in ("würde", "würden") for t in toks)
            and not any(
                t.lower in self.lex.konj2 and t.lower not in ("würde", "würden") for t in toks
            )
        ):
            # "…, hieß es. Dazu würden Mitarbeiter … zusammenkommen.": the "würde" of reported
            # speech right after a reported sentence whose source is unknown goes on with it
            recent = any(
                f.kind == "indirect" and not f.hearsay for f in self.quoted_sentences.get(j - 1, [])
            )
        # "An uns gescheitert Für den Verband reagierte …": a subheading ran into the sentence
        first = mood.first_person(toks[self._run_in(sent) :], self.lex)
        hearsay = _reportative(toks, sent) or self._reported_sollen(j, sent)
        lead = 0
        if not hearsay and _hearsay_perfect([t for t in toks if not sent.inside_quote(t.start)]):
            # "Seine Familie soll … geholfen haben, … zu entziehen.", "… soll … gefunden worden
            # sein – angeblich, weil …": hearsay whose clause ends before the sentence does;
            # the current source's only right after its own reported speech
            hearsay = True
            soll = next(k for k, t in enumerate(toks) if t.lower in ("soll", "sollen"))
            colon = [
                k
                for k in range(soll)
                if toks[k].text == ":" and not sent.inside_quote(toks[k].start)
            ]
            if colon and not has_k1:
                lead = (
                    colon[-1] + 1
                )  # "Viele Spekulationen stellen sich als falsch heraus: So soll …"
            if (
                act is not None
                and not has_k1
                and not any(
                    f.kind == "indirect" and f.speaker.entity is act
                    for f in self.quoted_sentences.get(j - 1, [])
                )
            ):
                act = None
        cue = st.active_cue if act else None
        if (
            act is None
            and has_k1
            and j > 0
            and sent.first_in_segment
            and self.sentences[j - 1].block_type == "subheading"
            and st.before_heading is not None
        ):
            # "…, versicherte X. | Billiger als Tokios Stadion | Der Park sei billiger …": the
            # first reported sentence under a subheading goes on with whoever spoke last
            act, cue = st.before_heading, st.before_heading_cue
        if has_k2 and not (has_k1 or demnach or hearsay) and self._writers_conditional(j, sent):
            has_k2 = False
        reporting = has_k1 or demnach or hearsay or (has_k2 and recent and not first)
        if reporting and self._question_turn(sent, has_k1):
            if act is not None:
                st.active_sentence = j  # the person asked stays the current source
            return
        if reporting:
            sp = Resolved(act, 0.55, "continuation") if act else Resolved(None, 0.3, "none")
            if act is None and demnach:
                named = self._demnach_source(j, sent)
                if named is not None:
                    sp = Resolved(named, 0.5, "name")
            self.add(
                Found(
                    "indirect",
                    toks[lead].start,
                    toks[-1].end,
                    sp,
                    cue,
                    j,
                    0.5 * (0.5 + 0.5 * sp.confidence),
                    "continuation",
                    hearsay=hearsay and not (has_k1 or demnach),
                )
            )
            return
        if self.lex.language != "de":
            return
        if not first and _hearsay_perfect(toks, ("will", "wollen")):
            # "Die übrigen 30.000 will er nicht erhalten haben.", "Zwei Beobachter wollen
            # gesehen haben, …": "wollen" with a perfect infinitive is the subject's own claim
            ent = self._sentence_subject(sent)
            sp = Resolved(ent, 0.5, "name") if ent else Resolved(None, 0.3, "none")
            self.add(Found("indirect", toks[0].start, toks[-1].end, sp, None, j, 0.4, "claim"))
            return
        if first and self.switch_to_first_person(j, sent):
            return
        if (
            first
            and act is not None
            and act.type == "PER"
            and not st.active_source  # "laut der Zeitung …. Wir sind begeistert": the author
            and j - st.active_sentence <= 2
            and "?" not in sent.text[-2:]
        ):
            self.own_account(j, sent)
            return
        said = [
            c
            for c in self.verb_cues(sent, j)
            if c.entry is None or c.entry.quote_only or c.entry.weight >= 0.5
        ]
        if first and "?" not in sent.text[-2:] and not said:
            self.first_person_block(j, sent)

    def _question_turn(self, sent: Sentence, has_k1: bool) -> bool:
        """ "Könnte jemand vom Bericht enttäuscht werden?", "Haben Sie ein Rezept, um …?": a
        question of its own (a main clause opened by its finite verb or a question word) with no
        Konjunktiv I, or one put to a "Sie", asks; it reports nobody's words (an interview
        whose turns carry no labels)."""
        toks = [t for t in sent.tokens if t.is_word]
        if not toks or not sent.text.rstrip().endswith("?"):
            return False
        k = 1 if toks[0].lower in ("und", "aber", "doch", "also", "oder") and len(toks) > 1 else 0
        if toks[k].tag not in FINITE_TAGS and toks[k].lower not in WH_WORDS:
            return False
        polite = any(
            i > 0 and t.text in ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem")
            for i, t in enumerate(toks)
        )
        return polite or not has_k1

    def _writers_conditional(self, j: int, sent: Sentence) -> bool:
        """A Konjunktiv II sentence that is the writer's, not a continuation of the current
        speech: its subject is the speaker's statement ("Seine Aussagen … dürften …"), or the
        source was named in an earlier paragraph and the sentence before is no speech
        ("Gericht hat Fragen … verwiesen. | Ist X erlaubt? Diese Frage könnte … geklärt
        werden")."""
        toks = sent.tokens
        if (
            len(toks) > 1
            and toks[0].lower.startswith(("sein", "ihr"))
            and toks[1].lower in self.lex.speech_nouns
        ):
            return True
        st = self.state
        if j <= 0 or (j - 1) in self.quoted_sentences or st.active_sentence == j - 1:
            return False
        return (
            0 <= st.active_sentence < len(self.sentences)
            and self.sentences[st.active_sentence].segment != sent.segment
        )

    def _reported_sollen(self, j: int, sent: Sentence) -> bool:
        """ "X zufolge soll … werden. Unter ihnen sollen sich … befinden.": "soll(en)" with an
        infinitive at the end, right after a sentence that a source phrase reported (in the
        same paragraph), goes on with that report (after mere hearsay it may be the writer's
        "soll": "Der Chef soll … abgelehnt haben. Die Firma soll morgen verhandeln.")."""
        if j == 0 or self.sentences[j - 1].segment != sent.segment:
            return False
        prev = [f for f in self.quoted_sentences.get(j - 1, []) if f.kind == "indirect"]
        if not any(not f.hearsay for f in prev) and j - 1 not in self.sollen_sentences:
            return False
        words = [t for t in sent.tokens if t.is_word and not sent.inside_quote(t.start)]
        if len(words) < 4 or not any(t.lower in ("soll", "sollen") for t in words[:4]):
            return False
        if "?" in sent.text[-2:] or mood.first_person(words, self.lex):
            return False  # "Was soll da noch untersucht werden?", "Das soll uns nicht abhalten"
        last = words[-1]
        if last.is_upper or not (last.lower.endswith(("en", "ern", "eln")) or last.lower == "sein"):
            return False
        self.sollen_sentences.add(j)  # a chain: "… sollen … befinden. Eine Gruppe soll …"
        return True

    def _told_first_person(self, sent: Sentence, cues: list[Cue]) -> bool:
        """Every speech verb of the sentence has an unnamed subject and a first-person word in
        its clause ("Leute haben mir gesagt", "Man hat uns versprochen")."""
        if self.lex.language != "de" or not cues:
            return False
        toks = sent.tokens
        run_in = self._run_in(sent)
        return all(
            c.speaker.entity is None
            and any(
                t.lower in self.lex.first_person
                for t in toks[max(run_in, c.clause[0]) : c.clause[1]]
            )
            # "wir uns zu Wort melden": a first-person subject speaks itself, it was not told
            and not any(t.lower in ("ich", "wir") for t in toks[c.clause[0] : c.clause[1]])
            for c in cues
        )

    def switch_to_first_person(self, j: int, sent: Sentence) -> bool:
        """ "X war mit dem Remis nicht unglücklich, aber natürlich hätte ich gerne gewonnen.":
        the author's clause about a named person runs on into that person's words; the part
        from the conjunction on, in the first person, is the person's direct speech."""
        toks = sent.tokens
        for k in range(2, len(toks) - 3):
            if toks[k].text != "," or toks[k + 1].lower not in ("aber", "doch", "denn", "und"):
                continue
            if mood.first_person(toks[:k], self.lex):
                return False
            if not mood.first_person(toks[k + 1 :], self.lex):
                continue
            ent, idx = self.resolver.np_entity(sent, 0, min(k, 8))
            if ent is None or ent.type != "PER" or idx is None:
                return False
            if any(t.text in BOUNDARY or t.lower in PREPOSITIONS for t in toks[:idx]):
                return False  # "Mit X sprach …": not the subject
            sp = Resolved(ent, 0.6, "name", at=(idx, idx))
            self.add(Found("direct", toks[k + 1].start, toks[-1].end, sp, None, j, 0.45, "switch"))
            self.set_active(ent, j, explicit=False)
            return True
        return False

    def _lead_in_end(self, sent: Sentence, speaker: Entity) -> int:
        """Where the speech of a first-person sentence starts: after the writer's lead-in about
        the speaker before a colon ("Hier sieht X keinen Bedarf: Ich glaube, …", "Aber auch X
        bleibt eher unbestimmt: Natürlich schauen wir …"), else at the start."""
        toks = sent.tokens
        colon = next(
            (k for k, t in enumerate(toks) if t.text == ":" and not sent.inside_quote(t.start)),
            None,
        )
        if (
            colon is not None
            and colon + 2 < len(toks)
            and not mood.first_person(toks[:colon], self.lex)
            and mood.first_person(toks[colon + 1 :], self.lex)
            and (
                # "er"/"sie", never the polite "Sie" ("Vergessen Sie nicht: Ich …")
                any(t.text in ("er", "sie", "Er") for t in toks[:colon])
                or any(
                    e is speaker
                    for _s, _e, e in self.resolver.index.starting_in(
                        toks[0].start, toks[colon].start
                    )
                )
            )
        ):
            return colon + 1
        return 0

    def own_account(self, j: int, sent: Sentence) -> bool:
        """A first-person sentence: the current person's words, else a first-person block."""
        st = self.state
        act = self.active(j)
        toks = sent.tokens
        if (
            act is not None
            and act.type == "PER"
            and not st.active_source  # "laut der Zeitung …. Wir sind begeistert": the author
            and j - st.active_sentence <= 2
        ):
            sp = Resolved(act, 0.55, "continuation")
            lo = self._lead_in_end(sent, act)
            self.add(
                Found("direct", toks[lo].start, toks[-1].end, sp, None, j, 0.45, "continuation")
            )
            st.active_sentence = j
            return True
        return self.first_person_block(j, sent)

    def first_person_block(self, j: int, sent: Sentence) -> bool:
        """First-person words with no cue and no current source belong to the person the text
        has just been talking about: the subject of the sentence before them ("So kam er nach
        Uganda. Leute haben mir gesagt, …"). Plain present-tense sentences between that
        sentence and the first person are the start of the same statement."""
        gap: list[int] = []
        k = j - 1
        while k >= 0 and j - k <= 5:
            prev = self.sentences[k]
            if prev.segment != sent.segment or prev.quotes or k in self.quoted_sentences:
                break
            if not self._statement(prev, None) or mood.first_person(prev.tokens, self.lex):
                break
            gap.append(k)
            k -= 1
        if k < 0 or self.sentences[k].segment != sent.segment or k in self.quoted_sentences:
            return False
        anchor = self.sentences[k]
        if anchor.quotes or not anchor.tokens or anchor.block_type in HEADING_TYPES:
            return False
        speaker = self._sentence_subject(anchor)
        if speaker is None:
            return False
        label = next((k for k, t in enumerate(sent.tokens[:3]) if t.text == ":"), None)
        if label and all(t.is_upper for t in sent.tokens[:label]):
            names = {w.lower() for w in speaker.name.split()}
            if not any(t.lower in names for t in sent.tokens[:label]):
                return False  # "Fink: Wenn wir …": the label names another speaker
        sp = Resolved(speaker, 0.5, "continuation")
        for g in [*reversed(gap), j]:
            toks = self.sentences[g].tokens
            lo = self._lead_in_end(self.sentences[g], speaker) if g == j else 0
            self.add(Found("direct", toks[lo].start, toks[-1].end, sp, None, g, 0.4, "block"))
        self.set_active(speaker, j, explicit=False)
        return True

    def _sentence_subject(self, sent: Sentence) -> Entity | None:
        """The person a sentence is about: a personal pronoun or a person's name before or
        right after its finite verb ("So kam er …", "Dabei entkam Kibanga", "Darauf wollten
        sich Vana und seine Kollegen nicht festlegen")."""
        toks = sent.tokens
        for i, t in enumerate(toks[:6]):
            if t.lower in PERSONAL_PRONOUNS and (i == 0 or not t.is_upper):
                res = self.resolver.pronoun(
                    sent, t.lower, self.active(len(self.sentences)), t.start
                )
                ent = res.entity
                return ent if ent is not None and ent.type == "PER" else None
            if t.text in BOUNDARY:
                break
        ent, idx = self.resolver.np_entity(sent, 0, min(len(toks), 8))
        if ent is None or ent.type != "PER" or idx is None:
            return None
        if any(t.lower in PREPOSITIONS for t in toks[max(0, idx - 2) : idx]):
            return None  # "mit Kanzler X": not the subject
        if any(t.text in BOUNDARY for t in toks[:idx]):
            return None  # "Das Training, das X entwickelt hat, …": inside a relative clause
        for t in reversed(toks[:idx]):
            if (
                t.tag in FINITE_TAGS
                or t.lower in FINITE_AUXILIARIES
                or (t.is_word and not t.is_upper and t.lower.endswith(("te", "ten")))
            ):
                break  # the finite verb before the name ("… in Paris feierte X")
            if t.lower in PREPOSITIONS:
                return None  # "Es ist mit den Verantwortlichen X …": inside a prepositional phrase
        return ent

    def _statement(
        self, sent: Sentence, speaker: Entity | None, past: bool = False, others: bool = False
    ) -> bool:
        """A plain present-tense sentence that names nobody else: it can go on a statement
        (``past``: a past tense too)."""
        toks = sent.tokens
        if not toks or sent.quotes:
            return False
        if mood.konj1(toks, self.lex) or mood.konj2(toks, self.lex, use_tagger=True):
            return False
        if not others and any(
            t.lower in PERSONAL_PRONOUNS
            or (t.lower in THIRD_PERSON and not _infinitive_sein(toks, k))
            for k, t in enumerate(toks)
        ):
            return False  # "Als Teilnehmer muss er es wissen.": the author speaks about him
        if any(
            t.text == "ihr"
            and k > 0
            and k + 1 < len(toks)
            and (toks[k + 1].tag in FINITE_TAGS or toks[k - 1].tag == "APPR")
            for k, t in enumerate(toks)
        ):
            return False  # "Doch ihr gelang das Kunststück …", "mit ihr": about her
        if len(toks) > 1 and toks[0].lower == "der" and toks[1].tag in FINITE_TAGS:
            return False  # "Der empfindet sich nun als Opfer …": a demonstrative for him
        for i, t in enumerate(toks):
            if not past and _past(t):
                return False
            if t.lower in CALENDAR_WORDS and (
                t.lower not in MONTH_AMBIGUOUS or (i > 0 and toks[i - 1].text.endswith("."))
            ):
                return False  # "ab 8. Dezember", "am Montag": a dated event, the writer's
            if t.lower in ("soll", "sollen") and (t.tag is None or t.tag in FINITE_TAGS):
                return False  # "Bis 2019 sollen … eingespart werden.": a plan or hearsay
            if self._third_party_cue(sent, i):
                if self._negated(sent, i):
                    continue
                if toks[self.clause_bounds(sent, i)[0]].lower in SUBORDINATORS:
                    continue  # "…, wenn man glaubt, es geht von allein": inside a clause
                return False  # a speech verb (a separable one only with its particle)
        if self._names_party(sent, 0, own_words=True):
            # names someone (the speaker too: then it is said about them), or opens with an
            # organisation ("Die Nationalbank rechnet …"): the author tells of it
            return False
        for i in range(1, len(toks)):
            if (
                toks[i].is_upper
                and toks[i - 1].lower in DEFINITE
                and self.lex.is_role_noun(toks[i].text)
            ):
                return False  # "Die Äußerungen des Biochemikers …": about a person
        return True

    def _narrated_tail(self, sent: Sentence, f: Found) -> bool:
        """The cue sentence goes on with the writer's narration after the speech and its cue
        ("…, sagt sie zufrieden und gibt ihrem Sohn einen Kuss", "…, sagte X, bevor er die
        Einigung besiegelte"): the sentences after it are the writer's too."""
        toks = [t for t in sent.tokens if t.start >= f.end]
        for i in range(1, len(toks) - 1):
            if toks[i].lower == "und" and toks[i + 1].tag == "VVFIN":
                entry = self._verb_entry(sent, sent.tokens.index(toks[i + 1]))[0]
                if entry is None:
                    return True
            if toks[i - 1].text == "," and toks[i].lower in NARRATIVE_SUBORDINATORS:
                return True
        return False

    def _report_cue(self, sent: Sentence) -> bool:
        """A verb of reporting in the sentence (``report_verbs``: berichten, melden …)."""
        for i in range(len(sent.tokens)):
            entry = self._verb_entry(sent, i)[0]
            if entry is not None and entry.lemma in self.lex.report_verbs:
                return True
        return False

    def own_conditional_pass(self) -> None:
        """ "… wird das Konsequenzen geben. Es wird kein Geld geben und das hätte …": right
        after the speaker's direct words, an uncued Konjunktiv II sentence beside an
        indicative main clause (reported speech would say "werde") that says nothing about
        the speaker in the third person is their own conditional, not reported speech."""
        for j in range(1, len(self.sentences)):
            held = self.quoted_sentences.get(j, [])
            if len(held) != 1:
                continue
            f = held[0]
            toks = self.sentences[j].tokens
            ent = f.speaker.entity
            if (
                f.kind != "indirect"
                or f.origin != "continuation"
                or f.hearsay
                or ent is None
                or f.start != toks[0].start
                or mood.konj1(toks, self.lex)
                or not mood.konj2(toks, self.lex, use_tagger=True)
                or any(t.lower in THIRD_PERSON for t in toks)
                or any(t.lower in self.lex.continuation_adverbs for t in toks)
            ):
                continue
            if not any(
                g.kind == "direct"
                and g.speaker.entity is not None
                and g.speaker.entity.id == ent.id
                for g in self.quoted_sentences.get(j - 1, [])
            ):
                continue
            if (
                self._indicative_coordinate(toks)
                or self._indicative_subclause(toks)
                or self._konj2_in_subclause_only(toks)
            ):
                f.kind = "direct"

    def comment_pass(self) -> None:
        """ "…, die Aufgaben seien leichter gewesen, sagte X. Das ist auch gut so.": right after a
        person's reported speech, a present-tense sentence opened by a demonstrative that
        points back at what was reported ("Das ist absurd.", "Dies macht einen krank.") is the
        person's own comment on it, their direct words (the corpus dropped the quotation
        marks); the writer's sentences there tell of something new."""
        if self.lex.language != "de":
            return
        turns = [j for j, s in enumerate(self.sentences) if s.tokens and self._interviewer_turn(s)]
        for k in range(1, len(self.sentences)):
            if turns and k > turns[0]:
                break  # inside an interview the answer's label says who speaks
            sent, prev = self.sentences[k], self.sentences[k - 1]
            toks = sent.tokens
            if (
                k in self.quoted_sentences
                or k in self.topic_sentences
                or sent.segment != prev.segment
                or len(toks) < 3
                or toks[0].lower not in ("das", "dies")
                or toks[1].tag not in FINITE_TAGS
            ):
                continue
            reported = [
                f
                for f in self.quoted_sentences.get(k - 1, [])
                if f.kind == "indirect" and not f.hearsay and f.speaker.entity is not None
            ]
            if not reported:
                continue
            ent = reported[-1].speaker.entity
            assert ent is not None
            if ent.type != "PER" or not self._statement(sent, ent):
                continue
            sp = Resolved(ent, 0.5, "continuation")
            f = reported[-1]
            self.add(
                Found("direct", toks[0].start, toks[-1].end, sp, f.cue, k, 0.4, "continuation")
            )

    def forward_pass(self) -> None:
        """Direct speech goes on after its cue sentence ("…, sagte X. <statement>")."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        for j in range(len(self.sentences)):
            fs = [f for f in self.quoted_sentences.get(j, []) if f.kind == "direct"]
            if (
                not fs
                or fs[-1].origin
                not in ("verb", "so", "colon", "continuation", "ellipsis", "switch", "impersonal")
                or fs[-1].speaker.entity is None
            ):
                continue
            f = fs[-1]
            ent = f.speaker.entity
            assert ent is not None
            if self._narrated_tail(self.sentences[j], f) or (
                (ent.type == "ORG" or ent.name.lower() in self.lex.media_names)
                and self._report_cue(self.sentences[j])
            ):
                continue
            for k in range(j + 1, min(len(self.sentences), j + 3)):
                nxt = self.sentences[k]
                if k in self.quoted_sentences or nxt.segment != self.sentences[j].segment:
                    break
                if k in self.topic_sentences:
                    break
                if not self._statement(nxt, ent) and not (
                    self._names_other_person(f, ent) and self._statement(nxt, ent, others=True)
                ):
                    break
                sp = Resolved(ent, 0.5, "continuation")
                toks = nxt.tokens
                self.add(Found("direct", toks[0].start, toks[-1].end, sp, f.cue, k, 0.4, "forward"))

    def _names_other_person(self, f: Found, ent: Entity) -> bool:
        """The speaker's own words name another person ("René Wagner ist ab heute unser
        Cheftrainer", "Ich kaufe Herrn X den lieben Opa nicht ab"): an "er"/"sie" right after
        them speaks of that person, not of the speaker."""
        return any(
            e.type == "PER" and e is not ent
            for _s, _e, e in self.resolver.index.starting_in(f.start, f.end)
        )

    def _interview_before(self, j: int) -> bool:
        """Whether an interviewer's turn ("STANDARD: …?") stands before sentence ``j``."""
        return any(self._interviewer_turn(s) for s in self.sentences[:j])

    def _answer_label(self, j: int) -> Found | None:
        """The direct speech that a person's label opens ("STANDARD: …? Kreissl: Das ist …")."""
        sent = self.sentences[j]
        toks = sent.tokens
        for f in self.quoted_sentences.get(j, []):
            if f.kind != "direct" or f.origin != "colon" or f.speaker.how != "name":
                continue
            ent = f.speaker.entity
            if ent is None or ent.type != "PER":
                continue
            colon = [k for k, t in enumerate(toks[:6]) if t.text == ":" and t.end <= f.start]
            if colon and toks[colon[-1] + 1].start == f.start:
                return f
        return None

    def interview_pass(self) -> None:
        """An interview's answer goes on to the next turn: after "STANDARD: …? Kreissl: …" every
        sentence up to the next label (or the end of the paragraph) is the interviewee's, whatever
        it names or tells ("Es gibt sie, seit …", "Der Rechtsschutzbeauftragte verfügt …")."""
        if self.lex.language != "de" or not self.sentences:
            return
        turns = [j for j, s in enumerate(self.sentences) if s.tokens and self._interviewer_turn(s)]
        if not turns:
            return
        labels: dict[str, Found] = {}  # the interviewee's label ("Kreissl") and its answer
        for j in range(turns[0] + 1, len(self.sentences)):
            # every answer the label opens names it, also for the turns before it: a first
            # answer too short to read as speech ("Brandl: Immer.") is the label's
            first = self._answer_label(j)
            if first is not None:
                labels.setdefault(self.sentences[j].tokens[0].text, first)
        for j in range(turns[0] + 1, len(self.sentences)):
            label = self._answer_label(j)
            if label is not None:
                labels.setdefault(self.sentences[j].tokens[0].text, label)
            else:
                label = self._known_label(j, labels)
                if label is None:
                    continue
            seg = self.sentences[j].segment
            for k in range(j + 1, len(self.sentences)):
                nxt = self.sentences[k]
                toks = nxt.tokens
                if nxt.segment != seg or not toks or self._interviewer_turn(nxt):
                    break
                colon = next((i for i in range(1, 4) if i < len(toks) and toks[i].text == ":"), 0)
                if colon and all(
                    t.is_upper and t.pos not in ("DET", "PRON", "ADV", "ADP", "ADJ")
                    for t in toks[:colon]
                ):
                    break  # "Kaiser: …", "Peter Kaiser: …": the next turn (not "Ein Beispiel:")
                if (
                    nxt.text.rstrip().endswith("?")
                    and k + 1 < len(self.sentences)
                    and self._answer_label(k + 1) is not None
                ):
                    break  # an unlabelled question right before the next answer
                if k in self.quoted_sentences or nxt.quotes:
                    self._own_answer(k, label)
                    continue  # speech found already (a source it cites stays reported)
                sp = Resolved(label.speaker.entity, 0.55, "continuation")
                self.add(
                    Found("direct", toks[0].start, toks[-1].end, sp, label.cue, k, 0.45, "answer")
                )

    def _own_answer(self, k: int, label: Found) -> None:
        """Inside an interview answer, a sentence read as reported speech only because of its
        mood ("Dafür würden sich die Bundesländer anbieten.", "Man könnte meinen, …") is the
        interviewee's own: no cue names another source, the label says who speaks. A sentence
        that reports somebody's words is the interviewee's too; the report inside it stays."""
        held = self.quoted_sentences.get(k, [])
        ent = label.speaker.entity
        if not held or any(f.kind != "indirect" for f in held):
            return
        toks = self.sentences[k].tokens
        if all(
            f.origin == "continuation" and (f.speaker.entity is None or f.speaker.entity is ent)
            for f in held
        ):
            for f in held:
                self.found.remove(f)
            held.clear()
        # else "Da müssen wir klarmachen, dass …", "Jedes Mal hieß es, die Täter seien …": the
        # report inside stays, the whole sentence is the interviewee's own words
        sp = Resolved(ent, 0.55, "continuation")
        self.add(Found("direct", toks[0].start, toks[-1].end, sp, label.cue, k, 0.45, "answer"))

    def _known_label(self, j: int, labels: dict[str, Found]) -> Found | None:
        """A later turn of an interviewee whose label opened an answer before ("Kreissl: …"):
        the label speaks whatever mood its first sentence has ("Kreissl: Österreich könnte …")
        or however short it is ("Ederer: Ja.")."""
        toks = self.sentences[j].tokens
        if len(toks) < 3 or toks[1].text != ":" or toks[0].text not in labels:
            return None
        held = self.quoted_sentences.get(j, [])
        if any(f.kind == "direct" for f in held):
            return None
        prior = labels[toks[0].text]
        # "Bösch: Es gibt Leute, die sagen, das Smartphone sei auserzählt." — a report that a
        # cue inside the answer opens stays (as in ``_own_answer``); what only a continuation
        # read as reported is the label's speech
        if any(f.origin != "continuation" and f.start < toks[2].start for f in held):
            return None
        for f in [f for f in held if f.origin == "continuation"]:
            self.found.remove(f)
            held.remove(f)
        sp = Resolved(prior.speaker.entity, 0.55, "name")
        found = Found("direct", toks[2].start, toks[-1].end, sp, prior.cue, j, 0.45, "colon")
        self.add(found)
        return found

    def backward_pass(self) -> None:
        """First-person sentences standing before the cue sentence of unquoted direct speech."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        for j in range(len(self.sentences) - 1, 0, -1):
            fs = self.quoted_sentences.get(j)
            if not fs:
                continue
            f = fs[0]
            sent = self.sentences[j]
            # "Und wann …, das wird sich zeigen, sagte X.": the speech began before
            goes_on = sent.tokens[0].lower in ("und", "aber", "doch", "denn", "also")
            # an unnamed speaker ("sagte eine Sprecherin des X") gets the one sentence that
            # the "Und …" of the cue sentence continues
            unnamed = f.speaker.entity is None and f.speaker.explicit and goes_on
            if f.kind != "direct" or f.origin not in ("verb", "so"):
                continue
            if f.speaker.entity is None and not unnamed:
                continue
            if f.start != sent.tokens[0].start:
                continue
            retaken = self._retake_run(j, sent, f) if f.speaker.entity is not None else None
            k = j - 1
            chain_first = mood.first_person(sent.tokens, self.lex)
            first_body = self._first_body()
            while k >= 0 and j - k <= 3 and (retaken is None or k >= retaken):
                prev = self.sentences[k]
                if prev.segment != sent.segment or prev.quotes or k == first_body:
                    break  # the opening sentence of the body is the author's lead
                if k in self.topic_sentences:
                    break  # "Der Spieler selbst ärgerte sich …": the author introduces the speaker
                held = self.quoted_sentences.get(k)
                own = False
                if held:
                    if all(
                        g.kind == "direct" and g.speaker.entity is f.speaker.entity for g in held
                    ):
                        # already the speaker's words (a first-person continuation): go on
                        chain_first = chain_first or mood.first_person(prev.tokens, self.lex)
                        goes_on = False
                        k -= 1
                        continue
                    if not (chain_first and self._own_conditional(prev, held)):
                        break
                    own = True  # "Eine Kürzung würde …" inside first-person speech: his own
                sandwiched = k - 1 in self.quoted_sentences and any(
                    g.speaker.entity is f.speaker.entity for g in self.quoted_sentences[k - 1]
                )
                first = mood.first_person(prev.tokens, self.lex)
                if any(self._third_party_cue(prev, i) for i in range(len(prev.tokens))):
                    break  # a speech verb (a separable one only with its particle: not "gehen")
                if not first and not own:
                    plain = self._statement(prev, f.speaker.entity)
                    if not plain or not (sandwiched or goes_on or (chain_first and j - k <= 2)):
                        break  # a plain sentence opens the speech only close to its cue
                if own and held:
                    self.found = [g for g in self.found if g not in held]
                    held.clear()
                goes_on = False
                chain_first = chain_first or first
                sp = Resolved(f.speaker.entity, 0.5, "continuation")
                self.add(
                    Found(
                        "direct",
                        prev.tokens[0].start,
                        prev.tokens[-1].end,
                        sp,
                        f.cue,
                        k,
                        0.45,
                        "backward",
                    )
                )
                if unnamed:
                    break
                k -= 1

    def _retake_run(self, j: int, sent: Sentence, f: Found) -> int | None:
        """First-person sentences right before a cue sentence ("Wir haben unser Ziel nicht
        erreicht. Ich übernehme die Verantwortung, sagte X.") that no cue of their own gave to
        the current source (a continuation after narration) are the words of X, whose cue
        follows them; not when the sentence before them holds the old speaker's direct speech
        (then they go on with it). Returns the first sentence retaken: the speech
        reaches no further back."""
        run: list[int] = []
        k = j - 1
        while k >= 0 and j - k <= 3:
            prev = self.sentences[k]
            if prev.segment != sent.segment or prev.quotes or k in self.topic_sentences:
                break
            held = self.quoted_sentences.get(k)
            if not held or not all(
                g.kind == "direct"
                and g.cue is None
                and g.origin in ("continuation", "block")
                and g.speaker.entity is not f.speaker.entity
                for g in held
            ):
                break
            if not mood.first_person(prev.tokens, self.lex):
                break
            run.append(k)
            k -= 1
        if not run:
            return None
        old = {id(g.speaker.entity) for k in run for g in self.quoted_sentences[k]}
        if any(
            g.kind == "direct" and id(g.speaker.entity) in old
            for g in self.quoted_sentences.get(run[-1] - 1, [])
        ):
            return None
        for k in run:
            for g in self.quoted_sentences[k]:
                g.speaker = Resolved(f.speaker.entity, 0.5, "continuation")
                g.cue = f.cue
                g.origin = "backward"
        return run[-1]

    def _first_body(self) -> int:
        """The opening sentence of the body: after headings and a lead line of its own."""
        lead = (self.article.lead or "").strip()
        for i, x in enumerate(self.sentences):
            if x.block_type in HEADING_TYPES:
                continue
            if lead and x.first_in_segment and x.text.strip() == lead:
                continue
            return i
        return -1

    def _own_conditional(self, sent: Sentence, held: list[Found]) -> bool:
        """A Konjunktiv II sentence ("Eine Kürzung würde niemanden motivieren") read as reported
        speech only because of its mood: inside first-person direct speech it is the speaker's
        own conditional. Konjunktiv I is always reported."""
        if len(held) != 1 or held[0].origin != "continuation" or held[0].kind != "indirect":
            return False
        toks = sent.tokens
        if mood.konj1(toks, self.lex) or any(
            t.lower in self.lex.continuation_adverbs for t in toks
        ):
            return False
        return mood.konj2(toks, self.lex, use_tagger=True)

    def sandwich_pass(self) -> None:
        """Plain statements between two quotes of one speaker are that speaker's words."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        n = len(self.sentences)
        for j in range(n):
            if j not in self.quoted_sentences:
                continue
            speakers = {f.speaker.entity.id for f in self.quoted_sentences[j] if f.speaker.entity}
            if not speakers:
                continue
            gap: list[int] = []
            for k in range(j + 1, min(n, j + 4)):
                if self.sentences[k].segment != self.sentences[j].segment:
                    break
                if k in self.topic_sentences:
                    break  # a new person becomes the topic: not between two statements
                if k in self.quoted_sentences:
                    after = {
                        f.speaker.entity.id for f in self.quoted_sentences[k] if f.speaker.entity
                    }
                    direct = any(
                        f.kind == "direct"
                        for f in self.quoted_sentences[j] + self.quoted_sentences[k]
                    )
                    both_direct = all(
                        f.kind == "direct"
                        for f in self.quoted_sentences[j] + self.quoted_sentences[k]
                    )
                    past = any(not self._statement(self.sentences[g], None) for g in gap)
                    # a past-tense sentence only inside one stretch of direct speech: the
                    # statement after it goes on without a cue of its own
                    uncued = all(f.origin == "continuation" for f in self.quoted_sentences[k])
                    # one plain present-tense sentence between two reported sentences of one
                    # speaker that a connective ties into the argument: their own words
                    # ("…, erklärte X. Aber es ist schlechter Stil, … Die Branche wolle …")
                    reported = (
                        len(gap) == 1
                        and not past
                        and _argument_opener(self.sentences[gap[0]].tokens)
                    )
                    if (
                        gap
                        and speakers & after
                        and (direct or reported)
                        and ((both_direct and uncued) or not past)
                    ):
                        ent = next(
                            f.speaker.entity
                            for f in self.quoted_sentences[k]
                            if f.speaker.entity and f.speaker.entity.id in speakers
                        )
                        for g in gap:
                            toks = self.sentences[g].tokens
                            sp = Resolved(ent, 0.5, "continuation")
                            self.add(
                                Found(
                                    "direct",
                                    toks[0].start,
                                    toks[-1].end,
                                    sp,
                                    None,
                                    g,
                                    0.4,
                                    "sandwich",
                                )
                            )
                    break
                ents = [e for e in self.article.entities if e.id in speakers]
                # a past tense only between two direct statements ("Es war so schwer wie nie.")
                plain = self._statement(self.sentences[k], ents[0], past=True) if ents else False
                if len(gap) >= 2 or not plain:
                    break
                gap.append(k)

    def heading_speakers(self) -> None:
        """A quote in a heading or lead line without a speaker takes the speaker of the body
        quote that repeats its words ("Sprecher: … „Schande von Idomeni“" → the body's source)."""
        text = self.article.text
        for f in self.found:
            if f.speaker.entity is not None or f.origin != "marks":
                continue
            sent = self.sentences[f.sentence]
            if sent.block_type not in HEADING_TYPES and not self._lead_line(sent):
                continue
            words = text[f.start : f.end].casefold()
            for g in self.found:
                if g is f or g.speaker.entity is None or g.start < f.end:
                    continue
                if words in text[g.start : g.end].casefold():
                    f.speaker = Resolved(g.speaker.entity, 0.6, "heading")
                    f.cue = g.cue
                    break
            if f.speaker.entity is None:
                # "Biochemiker plädierte für …, weil „…“", "„…“, sagt der frühere Kandidat":
                # the headline's role noun is the person the lead names first
                role = next(
                    (
                        t
                        for t in sent.tokens
                        if t.is_upper
                        and (
                            t.end <= f.start
                            # after the quote only as the subject of its cue: "„…“, sagt
                            # der frühere Kandidat"
                            or (f.cue is not None and f.end < t.start <= f.end + 40)
                        )
                        and not sent.inside_quote(t.start)
                        and self.lex.is_role_noun(t.text)
                    ),
                    None,
                )
                if role is not None:
                    lead = self._lead_person(f.sentence)
                    if lead is not None:
                        f.speaker = Resolved(lead, 0.5, "heading")
                        f.cue = role.text

    def _lead_person(self, j: int) -> Entity | None:
        """The first person named in the two sentences after heading sentence ``j``."""
        for sent in self.sentences[j + 1 : j + 3]:
            people = [
                e
                for _s, _e, e in self.resolver.index.starting_in(sent.start, sent.end)
                if e.type == "PER"
            ]
            if people:
                return people[0]
        return None

    def noun_owner_pass(self) -> None:
        """The owner of a speech noun speaks its content ("Zu Schellings Argument, es gebe …",
        "für die Mitterlehner-Aussage, wonach …", "an der Ankündigung des Unternehmens, …
        zu schaffen"): inside reported speech found for somebody else, the content clause after
        the noun is the owner's. The part before the noun stays its speaker's when it is
        reported itself (a Konjunktiv I), else it is the writer's and goes."""
        nouns = self.lex.owned_speech_nouns
        if not nouns:
            return
        for f in list(self.found):
            if f.kind != "indirect" or f.origin == "noun":
                continue
            sent = self.sentences[f.sentence]
            toks = sent.tokens
            inside = [k for k, t in enumerate(toks) if f.start <= t.start and t.end <= f.end]
            for k in inside[:-2]:
                head = toks[k].text.rsplit("-", 1)[-1]
                if head.lower() not in nouns or not head[:1].isupper():
                    continue
                if sent.inside_quote(toks[k].start):
                    continue
                owner, comma = self._noun_owner(sent, k)
                if owner is None or comma is None or owner is f.speaker.entity:
                    continue
                span = self._owned_content(sent, comma + 1, f.end)
                if span is None:
                    continue
                lo, hi = span
                new = Found(
                    "indirect",
                    toks[lo].start,
                    toks[hi - 1].end,
                    Resolved(owner, 0.7, "name"),
                    self._words(toks, k, k),
                    f.sentence,
                    0.6,
                    origin="noun",
                )
                pre = [t for t in toks[:k] if t.start >= f.start]
                if pre and (pre[0].lower in self.lex.complementisers or mood.konj1(pre, self.lex)):
                    # "…, dass die Position der FPÖ, dass …, absurd ist": the noun lies inside
                    # what the speaker reports, whose words those are too
                    break
                # the words before the noun are the writer's: the content is the owner's
                self.found.remove(f)
                held = self.quoted_sentences.get(f.sentence, [])
                if f in held:
                    held.remove(f)
                self.add(new)
                break

    def _noun_owner(self, sent: Sentence, k: int) -> tuple[Entity | None, int | None]:
        """The owner of the speech noun at k and the comma that closes its noun phrase: a
        compound's first part ("Mitterlehner-Aussage"), a genitive name before it
        ("Schellings Argument") or a genitive or von-phrase after it ("des Unternehmens")."""
        toks = sent.tokens
        tok = toks[k]
        owner: Entity | None = None
        comma: int | None = None
        if "-" in tok.text:
            prefix = tok.text.rsplit("-", 1)[0]
            ent = self._entity_by_head(prefix, tok.start)
            if ent is not None and ent.type in ("PER", "ORG"):
                owner = ent
        elif k > 0 and toks[k - 1].is_upper and toks[k - 1].text.endswith("s"):
            prev = toks[k - 1]
            ent = (
                self.resolver.index.covering(prev.start, prev.end)
                or self.resolver.index.covering(prev.start, prev.end - 1)
                or self.resolver.alias(prev.text, prev.start)  # "Schellings" of Schelling
            )
            if ent is not None and ent.type in ("PER", "ORG"):
                owner = ent
        if k + 1 < len(toks) and toks[k + 1].text == ",":
            comma = k + 1
        elif owner is None and k + 2 < len(toks) and toks[k + 1].lower in ("des", "der", "von"):
            end = self._np_end(sent, k + 2)
            if end < len(toks) and toks[end].text == ",":
                ent, _ = self.resolver.np_entity(sent, k + 2, end, prefer_person=True)
                if ent is not None and ent.type in ("PER", "ORG"):
                    owner, comma = ent, end
        return owner, comma

    def _owned_content(self, sent: Sentence, lo: int, limit: int) -> tuple[int, int] | None:
        """The content clause after a speech noun's comma: "wonach …" (without the word),
        "dass …", a Konjunktiv I clause ("es gebe …") or a zu-infinitive ("… zu schaffen");
        up to a dash, a semicolon or colon, or the end of the quote it lies in."""
        toks = sent.tokens
        hi = lo
        while (
            hi < len(toks)
            and toks[hi].end <= limit
            and toks[hi].text not in ("–", "—", ";", ":", ".", "!", "?")
        ):
            hi += 1
        body = toks[lo:hi]
        if len(body) < 3:
            return None
        first = body[0].lower
        if first in ("wonach", "dass", "daß"):
            # the subordinate clause ends after its finite verb
            end = next(
                (
                    n + 1
                    for n in range(lo + 2, hi)
                    if toks[n].tag in FINITE_TAGS and (n + 1 == hi or toks[n + 1].text in BOUNDARY)
                ),
                hi,
            )
            return (lo + 1 if first == "wonach" else lo), end
        zu = next(
            (
                n
                for n in range(lo, hi - 1)
                if toks[n].lower == "zu"
                and toks[n + 1].tag in ("VVINF", "VAINF", "VMINF")
                and (n + 2 == hi or toks[n + 2].text in BOUNDARY)
            ),
            None,
        )
        if zu is not None and not any(t.tag in FINITE_TAGS for t in toks[lo:zu]):
            return lo, zu + 2
        clause = toks[lo : next((n for n in range(lo, hi) if toks[n].text == ","), hi)]
        if mood.konj1(clause, self.lex):
            return lo, hi
        return None

    def quotes(self) -> list[Quote]:
        out = self._quotes()
        self.resolver.adopt_institutions({q.speaker.id for q in out if q.speaker is not None})
        return out

    def _english_uncued_speaker(self, start: int, end: int, ent: Entity) -> Entity | None:
        """English: the speaker of a quotation no cue frames, or nobody: not a place
        ("Air pollution in Delhi remains “unhealthy”"), not a person the quotation itself names
        ("“We all miss Steve so much,” X weighed in"), and nobody for a paragraph that is only a
        quotation without a sentence's end (a title or a heading: "“Wild Rose”", "6. “The …
        problem”", "“… prevent the evacuation of the civilians”")."""
        if ent.type == "LOC":
            return None
        if any(start <= m.start < end for m in ent.mentions):
            return None
        text = self.article.text
        block = next((b for b in self.article.blocks if b.start <= start < b.end), None)
        if block is None:
            return ent
        para = re.sub(r"^\d+\.\s*", "", text[block.start : block.end].strip())
        quote = text[start:end].strip()
        if len(para) <= len(quote) + 4 and not re.search(r"[.!?…][\"”’']*$", para):
            return None
        return ent

    def _quotes(self) -> list[Quote]:
        out: list[Quote] = []
        seen: set[tuple[int, int, str]] = set()
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            key = (f.start, f.end, f.kind)
            if key in seen:
                continue
            seen.add(key)
            sent = self.sentences[f.sentence]
            ent = f.speaker.entity
            if ent is not None and f.cue is None and self.lex.language == "en":
                ent = self._english_uncued_speaker(f.start, f.end, ent)
            out.append(
                Quote(
                    kind=f.kind,  # type: ignore[arg-type]
                    text=self.article.text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    speaker=EntityRef(id=ent.id, name=ent.name) if ent is not None else None,
                    cue=f.cue,
                    sentence=sent.text,
                    confidence=round(max(0.05, min(1.0, f.confidence)), 3),
                )
            )
        return out


def _argument_opener(toks: list[Token]) -> bool:
    """A connective or a demonstrative pronoun opening the sentence ("Aber es ist …", "Das ist
    …"); "das"/"dies" before a noun is an article ("Das Grundproblem wird …")."""
    if not toks or toks[0].lower not in ARGUMENT_OPENERS:
        return False
    if toks[0].lower in ("das", "dies") and len(toks) > 1:
        nxt = toks[1]
        if nxt.tag in ("NN", "NE", "ADJA") or (nxt.tag is None and nxt.is_upper):
            return False
    return True


def _attribute(toks: list[Token], i: int) -> bool:
    """A participle used as an adjective before a noun ("die als X bezeichneten Grazer
    sind …"): the tagger reads it as an adjective and the clause has another finite verb."""
    if toks[i].tag != "ADJA":
        return False
    lo = i
    while lo > 0 and toks[lo - 1].text not in BOUNDARY:
        lo -= 1
    hi = i + 1
    while hi < len(toks) and toks[hi].text not in BOUNDARY:
        hi += 1
    return any(
        k != i and (toks[k].tag in FINITE_TAGS or toks[k].lower in FINITE_AUXILIARIES)
        for k in range(lo, hi)
    )


def _genitive(toks: list[Token], end: int) -> bool:
    """A name ending at token end in -s that governs the noun after it ("Xs früherer Chef")."""
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return (
        toks[end].text.endswith("s")
        and nxt is not None
        and nxt.is_word
        and nxt.lower not in PREPOSITIONS
    )


def _reportative(toks: list[Token], sent: Sentence) -> bool:
    """Hearsay "sollen" with a perfect infinitive: "X soll … bekommen haben", "… sollen …
    getötet worden sein" reports what others say."""
    words = [t for t in toks if t.is_word and not sent.inside_quote(t.start)]
    if len(words) < 4 or not any(t.lower in ("soll", "sollen") for t in words[:-2]):
        return False
    last, before = words[-1], words[-2]
    return (
        last.lower in ("haben", "sein")
        and not before.is_upper
        and (before.lower in ("worden", "gewesen") or before.lower.endswith(("t", "en")))
    )


def _hearsay_perfect(toks: list[Token], modals: tuple[str, ...] = ("soll", "sollen")) -> bool:
    """A finite "soll"/"sollen" with a perfect infinitive in its clause ("X soll … bekommen
    haben", "… sollen … festgenommen worden sein", "soll … hinrichten haben lassen"): hearsay,
    the retelling of what others say, never a plan (which takes a plain infinitive). With
    ``modals`` "will"/"wollen": the subject's claim ("will es nicht gewusst haben")."""
    for i, t in enumerate(toks):
        if t.lower not in modals or (t.tag is not None and t.tag not in FINITE_TAGS):
            continue
        for k in range(i + 2, len(toks)):
            w = toks[k]
            if w.text in BOUNDARY or w.text in ".!?":
                break
            prev = toks[k - 1]
            if prev.is_upper or not prev.is_word:
                continue
            if w.lower == "haben" and prev.lower.endswith(("t", "en")):
                return True
            if w.lower == "sein" and prev.lower in ("worden", "gewesen"):
                return True
    return False


def _source_marked(toks: list[Token]) -> bool:
    """A source marker inside the content: "demnach", "demzufolge", "zufolge", "nach eigenen
    Angaben", "laut" before a name or an article (not "laut gelacht")."""
    for k, t in enumerate(toks):
        if t.lower in ("demnach", "demzufolge", "zufolge"):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.lower == "laut" and nxt is not None and (nxt.is_upper or nxt.lower in DEFINITE):
            return True
        if (
            t.lower == "nach"
            and k + 2 < len(toks)
            and toks[k + 1].lower == "eigenen"
            and toks[k + 2].lower == "angaben"
        ):
            return True
    return False


def _advice_sollte(toks: list[Token]) -> bool:
    """Advice or a demand in "sollte(n)" as the first finite verb ("Frauen sollten in separaten
    Labors arbeiten", "Statt …, sollte sich die Wirtschaft …"): as reported speech the
    Konjunktiv II stands for the speaker's "soll"; not after a condition ("Wenn …, sollte man
    …", "Sollten … werden, ist …"), not in a question ("Warum sollte …?")."""
    if not toks or toks[0].lower in CONDITIONAL or any(t.text == "?" for t in toks):
        return False
    for t in toks[1:]:  # a verb in first place ("Sollten weitere Anteile …, ist …"): a condition
        if t.tag in FINITE_TAGS or t.lower in ("sollte", "sollten"):
            return t.lower in ("sollte", "sollten")
    return False


def _conditional(toks: list[Token]) -> bool:
    """A conditional sentence: a clause opened by "wenn"/"falls" at its start or after a comma,
    or a verb-first clause before a comma ("Wird die Regelung vollzogen, könnten …")."""
    if not toks or toks[-1].text == "?":
        return False
    for k, t in enumerate(toks):
        if t.lower in CONDITIONAL and (k == 0 or toks[k - 1].text in ",;–—"):
            return True
    first = toks[0]
    return (
        first.tag in FINITE_TAGS
        and first.lower not in SUBORDINATORS
        and any(t.text == "," for t in toks[2:])
    )


def _sollen_main_clause(toks: list[Token]) -> bool:
    """ "Die Stellen sollen im Herbst ausgeschrieben werden": "soll"/"sollen" as the finite verb
    of a main clause that opens the span with a noun phrase subject (not "es"/"man", not a
    question, not inside a subordinate clause: "…, wohin die Reise gehen soll")."""
    if not toks or toks[-1].text == "?" or not toks[0].is_upper:
        return False
    first = toks[0].lower
    if first in SUBORDINATORS or first in WH_WORDS or first in ("es", "man"):
        return False
    for t in toks[1:]:
        if t.text in (",", ":", ";", "–", "-"):
            return False
        if t.lower in ("soll", "sollen"):
            return t.tag is None or t.tag in FINITE_TAGS
        if t.tag in FINITE_TAGS:
            return False  # another finite verb holds the second place
    return False


def _zu_infinitive(toks: list[Token]) -> bool:
    """Whether a clause ends in a zu-infinitive ("… zu verringern", "… anzubringen", "…
    gewährleisten zu können"), not in "zu Ende"."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or words[-1].is_upper:
        return False
    last = words[-1].lower
    return words[-2].lower == "zu" or (len(last) > 6 and "zu" in last[2:-3])


MODAL_INFINITIVES = frozenset(["müssen", "können", "dürfen", "wollen", "sollen", "haben", "lassen"])


def _past(t: Token) -> bool:
    """A finite past-tense verb (a listed form only where the tagger reads a finite verb: the
    German pronoun "was" is not the English "was")."""
    if t.tag is not None and t.tag not in FINITE_TAGS:
        return False
    return t.lower in PAST_FORMS or t.tense == "Past"


def _participle(t: Token) -> bool:
    """A past participle (the tagger's VVPP/VAPP/VMPP; without tags a lower-case ge…t/ge…en)."""
    if t.tag is not None:
        return t.tag in ("VVPP", "VAPP", "VMPP")
    return (
        t.is_word and not t.is_upper and t.lower.startswith("ge") and t.lower.endswith(("t", "en"))
    )


def _narrated_past(toks: list[Token]) -> bool:
    """A past-tense main clause: a finite past form, or a perfect (auxiliary + participle)."""
    if any(_past(t) for t in toks):
        return True
    return any(t.lower in AUXILIARIES for t in toks) and any(_participle(t) for t in toks)


def _inner_period(toks: list[Token], k: int) -> bool:
    """A period inside the sentence after an ordinal or abbreviation ("Friedrich II. wissen",
    "Dr. X"): a lower-case word follows it, so it does not end the clause."""
    return (
        toks[k].text == "."
        and k + 1 < len(toks)
        and toks[k + 1].is_word
        and not toks[k + 1].is_upper
        and k > 0
        and toks[k - 1].is_word
    )


def _infinitive_chain(toks: list[Token], sub_end: int, end: int) -> int:
    """The end of a zu-infinitive content with the infinitive clauses that depend on it
    ("…, ihn dabei zu unterstützen, die Wahl zu gewinnen")."""
    while sub_end < end and toks[sub_end].text == ",":
        k = sub_end + 1
        while k < end and toks[k].text not in ",;:":
            k += 1
        clause = toks[sub_end + 1 : k]
        relative = (
            len(clause) >= 3
            and clause[0].lower in RELATIVE_PRONOUNS
            and clause[-1].is_word
            and not clause[-1].is_upper
        )  # "…, die Immunität für Abgeordnete aufzuheben, denen er Verbindungen unterstellt"
        if len(clause) < 2 or not (
            clause[-2].lower == "zu" or SEPARABLE_ZU_INFINITIVE.match(clause[-1].text) or relative
        ):
            break
        sub_end = k
    return sub_end


def _verb_final(toks: list[Token], start: int, end: int) -> bool:
    """The clause from ``start`` to the next boundary (or ``end``) ends in its verb: a
    subordinate or relative clause ("das der APA vorliegt"), not a main clause ("der Terrorismus
    sei global vernetzt und nutze die Möglichkeiten")."""
    k = start
    while k < end and toks[k].text not in BOUNDARY:
        k += 1
    last = toks[k - 1].tag or ""
    # the tagger reads some finite verbs at the end as participles ("das der APA vorliegt")
    return (
        k - start >= 3
        and last.startswith("V")
        and not any(t.tag in FINITE_TAGS for t in toks[start : max(start, k - 3)])
    )


def _infinitive_sein(toks: list[Token], k: int) -> bool:
    """ "sein" as the infinitive at the end of a clause ("Dann werden es die Juden sein."), not
    the possessive ("sein Buch"): the tagger's VAINF, else a clause boundary right after it."""
    if toks[k].lower != "sein":
        return False
    if toks[k].tag is not None:
        return toks[k].tag == "VAINF"
    return k + 1 >= len(toks) or not toks[k + 1].is_word


def _chunks(toks: list[Token]) -> list[list[Token]]:
    """The tokens split at commas, semicolons and dashes."""
    out: list[list[Token]] = [[]]
    for t in toks:
        if t.text in (",", ";", "–", "—"):
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def _subordinate_only(toks: list[Token]) -> bool:
    """Content whose finite verbs all stand in clauses that are no main clause ("Als die
    Deutschen … besetzen", "Statt individueller Regelungen, die … vorsieht", "Was davor
    geschah"), or verbless content opened by a preposition or subordinator ("In der Liga
    praktisch konkurrenzlos"): no statement before a post-posed verb."""
    chunks = _chunks(toks)
    if not chunks or not any(t.tag is not None for t in toks):
        return False
    if not _has_finite_tag(toks):
        return chunks[0][0].lower in SUBORDINATORS | NON_MAIN_OPENERS | PREPOSITIONS
    closed = FUNCTION_WORDS | RELATIVE_PRONOUNS | SUBORDINATORS | NON_MAIN_OPENERS | PREPOSITIONS
    for n, chunk in enumerate(chunks):
        # a finite verb first or second is a main clause ("…, das ist …"); so is a lower-case
        # open-class word opening a later part ("Als Kulisse, die …, dient ein Raum": the
        # tagger misreads such verbs at times)
        if chunk[0].tag in FINITE_TAGS or (len(chunk) > 1 and chunk[1].tag in FINITE_TAGS):
            return False
        head = chunk[0]
        if (
            n > 0
            and head.is_word
            and not head.is_upper
            and head.lower not in closed
            and head.tag not in ("ADJA", "ADJD", "CARD", "PTKNEG", "ADV")
        ) or (n > 0 and head.tag == "ADV" and head.lower.endswith("t") and len(chunk) > 1):
            return False
        first = head.lower
        if (first in SUBORDINATORS or first in NON_MAIN_OPENERS) and not (
            first == "als" and head.tag == "APPR"
        ):
            continue
        if n > 0 and first in RELATIVE_PRONOUNS and head.tag in (None, "PRELS", "PRELAT"):
            continue
        # "Auch wenn …": a subordinator right after a focus particle
        if len(chunk) > 1 and chunk[1].lower in SUBORDINATORS:
            continue
        # a participle without ge- is often a present form the tagger misread ("zeigt")
        if _has_finite_tag(chunk) or any(
            t.tag == "VVPP" and "ge" not in t.lower[:6] for t in chunk
        ):
            return False
    return True


def _konj1_verb_second(toks: list[Token], lex: Lexicon) -> bool:
    """The first clause of ``toks`` has a Konjunktiv I that more words of the clause follow
    ("das zu klären sei Sache der Gemeinde"): a main clause with its verb second, not a relative
    clause, whose finite verb stands at its end ("die dort arbeite,")."""
    for n, t in enumerate(toks):
        if t.text in BOUNDARY or t.text == ",":
            return False
        if t.tag in FINITE_TAGS:
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            return (
                mood.konj1([t], lex)
                and nxt is not None
                and nxt.is_word
                and nxt.text not in BOUNDARY
            )
    return False


def _has_finite_tag(toks: list[Token]) -> bool:
    """A token the tagger reads as a finite verb."""
    return any(t.tag in FINITE_TAGS for t in toks)


def _has_finite(toks: list[Token]) -> bool:
    """A finite verb among the tokens (always true without the tagger's tags)."""
    tags = [t.tag for t in toks if t.tag is not None]
    return not tags or any(tag in FINITE_TAGS for tag in tags)


def _live_mark(sent: Sentence, t: Token) -> bool:
    """A quotation mark of a quote (not of a title such as „The Sun“)."""
    return _is_mark(t) and sent.inside_quote(t.start)


_TOP_LEVEL_DOMAINS = frozenset(["de", "at", "ch", "com", "org", "net", "eu", "info", "tv", "io"])


def _web_name_at(toks: list[Token], i: int) -> bool:
    """Whether ``golem . de`` (a web address split by the tokenizer) starts at token i."""
    return (
        i + 2 < len(toks)
        and toks[i].is_word
        and toks[i + 1].text == "."
        and toks[i + 2].lower in _TOP_LEVEL_DOMAINS
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].start == toks[i + 1].end
    )


def _own_subject_follows(toks: list[Token], i: int) -> bool:
    """Whether the cue verb at ``i`` has a subject of its own right after it (a name, a pronoun,
    an article) or ends the sentence: then it does not inherit the speaker before it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is None
        or nxt.is_upper
        or nxt.lower in PERSONAL_PRONOUNS
        or nxt.lower in DEFINITE
        or nxt.lower in INDEFINITE_ARTICLES
    )


def _is_mark(t: Token) -> bool:
    return t.text in "„“”\"»«‚‘’'‹›"


def extract_quotes(article: Article, morph: Morph | None = None) -> list[Quote]:
    """All quotes of an article, in text order, with speakers from ``article.entities``."""
    return Extractor(article, morph).run()


__all__ = ["Extractor", "Morph", "extract_quotes"]
