"""A sentence in the first person singular in a text that prints no quotation marks.

10kGNAD prints direct speech without its double marks (it keeps them only around a few words:
a title, a partial quote in the lead), so "Ich halte das für sehr positiv." stands in the
writer's text like a sentence of the writer's own. A news report is not written
in the first person singular: where no rule has found a speaker for such a sentence (no cue,
no current person, no person named as the subject of the sentence before), it is still
somebody's words — an unnamed person the reportage has just introduced ("… dreht ein Bauer
mit dem Traktor seine Runden am Feld. Nein, ich krieg da gar nix mit."), or the speaker of a
statement the writer has been retelling. The writer's own first person (a column, an essay,
a travel piece: "Je suis en route, … halte ich inne.") shows at the start of the text, and
then the rule stays out of that text (session 35)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.first_person import FirstPerson
from newsgraph.quotes.interviews import Interviews
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import HEADING_TYPES
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import FINITE_VERB_TAGS

#: the writer narrates in the first person when one of the text's first sentences does
WRITER_OPENING = 3

#: how many sentences back the source of earlier speech may speak the first-person sentence
SPEAKER_REACH = 3

#: the longest closing frame clause, in tokens after its comma ("war Muster dennoch guten Mutes")
FRAME_REACH = 9

#: the nominative forms of the indefinite article, which introduce somebody new ("ein Bauer",
#: "eine Passantin"); only these two, not all six forms of rule_words.INDEFINITE_ARTICLES
NOMINATIVE_INDEFINITE_ARTICLES = frozenset(["ein", "eine"])


class UnmarkedFirstPerson(FirstPerson, Interviews):
    """:meth:`unmarked_first_person_pass`."""

    def unmarked_first_person_pass(self) -> None:
        """After every other rule: each statement with "ich" in a text without quotation marks
        that no rule took is direct speech — of the person whose speech stands in one of the
        two sentences before it, else of somebody the text does not name."""
        if (
            self.lex.language != "de"
            or not self._prints_no_marks()
            or self._writer_in_first_person()
        ):
            return
        for j, sent in enumerate(self.sentences[WRITER_OPENING:], WRITER_OPENING):
            if self._unmarked_statement(j, sent):
                lo = self._after_frame_colon(sent)
                toks = sent.tokens
                end = toks[-1].end
                ent: Entity | None
                framed = self._closing_frame(sent, lo)
                if framed is not None:
                    ent, end = framed
                    sp = Resolved(ent, 0.6, "name")
                else:
                    ent = self._speaker_just_before(j)
                    sp = Resolved(ent, 0.5, "continuation") if ent else Resolved(None, 0.3, "none")
                self.add(Found("direct", toks[lo].start, end, sp, None, j, 0.4, "unmarked"))

    def _unmarked_statement(self, j: int, sent: Sentence) -> bool:
        toks = sent.tokens
        if not toks or sent.quotes or sent.block_type in HEADING_TYPES:
            return False
        if toks[-1].text == "?":
            return False  # a question may be the writer's or an interviewer's
        if any(f.start < toks[-1].end and f.end > toks[0].start for f in self.found):
            return False
        if self._interviewer_turn(sent) or self._inside_interviewer_turn(j):
            return False
        if any(c.entry is None or c.entry.weight >= 0.5 for c in self.verb_cues(sent, j)):
            return False  # "Ich bin überzeugt, … sagte der EU-Kommissar X.": a cue no rule read
        return _singular_first_person(sent)

    def _speaker_just_before(self, j: int) -> Entity | None:
        """The source of the speech in one of the three sentences before ``j`` (the nearer
        first, same segment), else the person who is the subject of one of the two before it;
        nobody once a sentence between introduces somebody new with an indefinite article ("…
        dreht ein Bauer mit dem Traktor seine Runden am Feld. Nein, ich …")."""
        for k in range(j - 1, j - 1 - SPEAKER_REACH, -1):
            if k < 0 or self.sentences[k].segment != self.sentences[j].segment:
                break
            for f in reversed(self.quoted_sentences.get(k, [])):
                if f.speaker.entity is not None:
                    return f.speaker.entity
            if j - k <= 2:
                ent = self._sentence_subject(self.sentences[k])
                if ent is not None:
                    return ent
            if _introduces_somebody(self.sentences[k]):
                break
        return None

    def _closing_frame(self, sent: Sentence, lo: int) -> tuple[Entity, int] | None:
        """The person and the end of the words when the sentence closes with a short clause
        after a comma that opens with a finite verb and names a person as its subject ("Jetzt
        haben wir …, und ich traue uns zu, …, war Muster dennoch guten Mutes."): the writer's
        frame, whatever verb it has, and its subject is the speaker. The tagger often reads such
        a name as a common noun, so the subject is the person the entities found there."""
        toks = sent.tokens
        last = len(toks) - 2 if toks[-1].text in ".!" else len(toks) - 1
        k = next((x for x in range(last - 2, lo + 3, -1) if toks[x].text in ",;:–-"), None)
        if k is None or toks[k].text != "," or last - k > FRAME_REACH:
            return None
        verb = toks[k + 1]
        if verb.is_upper or verb.tag not in FINITE_VERB_TAGS:
            return None
        tail = toks[k + 1 : last + 1]
        if mood.first_person(tail, self.lex) or any(t.lower == "ich" for t in tail):
            return None
        if not any(_is_ich(t.lower, t.tag) for t in toks[lo:k]):
            return None  # the first person stands in the frame, not in the words
        ent, idx = self.resolver.np_entity(sent, k + 2, min(k + 4, last + 1))
        if ent is None or ent.type != "PER" or idx is None:
            return None
        return ent, toks[k - 1].end

    def _prints_no_marks(self) -> bool:
        """The article prints no sentence of speech in quotation marks (10kGNAD's texts, which
        keep marks only around a few words: a title, a partial quote in the lead)."""
        return not any(f.kind == "direct" and f.origin == "marks" for f in self.found)

    def _writer_in_first_person(self) -> bool:
        """One of the text's first sentences (which the pass never takes) holds an "ich" that
        no rule gave to a speaker: the writer narrates in the first person."""
        return any(
            k not in self.quoted_sentences and _singular_first_person(sent)
            for k, sent in enumerate(self.sentences[:WRITER_OPENING])
        )

    def _after_frame_colon(self, sent: Sentence) -> int:
        """The words start after a colon whose lead-in has no first person ("DER MANN (wischt
        sich Tränen aus dem Gesicht): Jetzt habe ich …"), else at the sentence start."""
        toks = sent.tokens
        first = next(k for k, t in enumerate(toks) if _is_ich(t.lower, t.tag))
        colon = next((k for k in range(first - 1, 0, -1) if toks[k].text == ":"), None)
        if colon is None or colon + 2 >= len(toks):
            return 0
        if mood.first_person(toks[:colon], self.lex):
            return 0
        return colon + 1


def _is_ich(lower: str, tag: str | None) -> bool:
    return lower == "ich" and tag in (None, "PPER")


def _singular_first_person(sent: Sentence) -> bool:
    """The sentence holds the pronoun "ich" outside quotation marks."""
    return any(_is_ich(t.lower, t.tag) and not sent.inside_quote(t.start) for t in sent.tokens)


def _introduces_somebody(sent: Sentence) -> bool:
    """An indefinite article before a noun (adjectives between): "ein Polizist aus Maribor"."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lower not in NOMINATIVE_INDEFINITE_ARTICLES or t.tag not in (None, "ART"):
            continue
        nxt = next((u for u in toks[k + 1 :] if u.tag != "ADJA"), None)
        if nxt is not None and nxt.tag == "NN":
            return True
    return False
