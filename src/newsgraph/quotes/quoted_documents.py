"""Documents quoted in full: a letter, a statement or a post whose whole text the article
prints after a frame ("Hier finden Sie die Antwort im Wortlaut: Sehr geehrter Herr X! …").

The gold convention (docs/quotes.md, session 23): one ``direct`` quote per sentence of the
document, its speaker the writer (the first person named in the signature, else the frame's
owner); the frame itself, the salutation and the signature are no speech. 10kGNAD records are
one line, so no paragraph ends the document: it ends at the signature ("Mit freundlichen
Grüßen …"), a heading, the article's end, or a sentence of narration that names the writer in
the past tense. Runs after the other passes and replaces what they read inside the document
(a letter's "Sie werfen ihr vor, …" is the writer's sentence, not reported speech).

Two more readers of the same kind: the plain sentences after a first-person letter sentence
that "heißt es im Brief/darin" gives to a document (``_letter_continuation``), and embedded
tweets, printed as their text before a ``pic.twitter.com/…`` link (``_embedded_tweets``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.guards import _argument_opener, _has_finite, _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import HEADING_TYPES, RELATIVE_PRONOUNS, SUBORDINATORS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.quotes.verb_cues import VerbCues
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

FRAME_WORDS = frozenset(w.lower() for w in grammar("document_frame_words"))
SALUTATIONS = tuple(tuple(s.split()) for s in grammar("document_salutations"))
SIGNATURES = tuple(tuple(s.split()) for s in grammar("document_signatures"))
QUOTING_WORDS = grammar("document_quoting_words")
NARRATION_WORDS = grammar("document_narration_words")
CONTINUERS = grammar("document_continuers")
TWEET_WORDS = grammar("tweet_words")
ENGLISH_WORDS = grammar("tweet_english_words")
GERMAN_WORDS = grammar("tweet_german_words")
# the link to a tweet's picture, or Twitter's short link that ends a tweet's text
_TWEET_LINK = re.compile(r"(?:pic\.twitter\.com|https?://t\.co)/\w+")
_SHORT_LINK = re.compile(r"https?://\S+")
_HANDLES = re.compile(r"(?:\.?@\w+\s+)+")
_SENTENCE_END = re.compile(r"[.!?]\s+")
_QUOTE_MARKS = frozenset('"„“”»«')
# hashtags, handles and links: no words of a tweet's own ("#G7 #Maier #Smith")
_TAGS = re.compile(r"[#@]\w+|https?://\S+")
#: an embedded tweet's text is looked for this many characters before its link at most
TWEET_WINDOW = 400
#: a document's continuation runs at most this many sentences
MAX_CONTINUATION = 6


def _starts_with(toks: list[Token], phrases: tuple[tuple[str, ...], ...]) -> int:
    """The number of tokens of the longest phrase that ``toks`` start with (0: none)."""
    best = 0
    for words in phrases:
        if len(words) > best and [t.lower for t in toks[: len(words)]] == list(words):
            best = len(words)
    return best


def _english_sentence(text: str) -> bool:
    """An English sentence: two words of ``tweet_english_words``, none of the German list."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in ENGLISH_WORDS for w in words) >= 2 and not any(w in GERMAN_WORDS for w in words)


class QuotedDocuments(VerbCues):
    """The reader of documents quoted in full."""

    def quoted_document_pass(self) -> None:
        """Documents after a frame (``im Wortlaut:``), then letters that go on after an
        impersonal cue, then embedded tweets (German articles only: the conventions are
        10kGNAD's)."""
        if self.lex.language != "de":
            return
        j = 0
        while j < len(self.sentences):
            colon = self._document_frame(self.sentences[j])
            j = self._read_document(j, colon) if colon is not None else j + 1
        for j in range(len(self.sentences)):
            self._addressed_document(j)
            self._letter_continuation(j)
        self._embedded_tweets()

    def _embedded_tweets(self) -> None:
        """ "… eine unschöne Delle aufweist. #FunTechFact This is how to charge Apples new
        pencil! pic.twitter.com/j2Ekks6y49 Es sind aber …": an embedded tweet, printed as its
        text and the link to its picture, is its account's direct speech: the text before the
        link back to the last sentence end (for a reply, "@handle …" right after the link of
        the tweet before, back to that link), without the handles and a t.co link, one quote
        per sentence. The speaker is nobody (the gold's convention for an unnamed account)
        unless the sentence before it tells of someone's tweet ("X hat es in einem Tweet auf
        den Punkt gebracht"). Not a tweet with quotation marks (it quotes someone)."""
        text = self.article.text
        links = list(_TWEET_LINK.finditer(text))
        for n, link in enumerate(links):
            lo = self._tweet_start(link.start(), links[n - 1].end() if n else None)
            if lo is None:
                continue
            body = text[lo : link.start()]
            cut = _SHORT_LINK.search(body)
            if cut is not None:
                body = body[: cut.start()]
            if any(c in _QUOTE_MARKS for c in body):
                continue
            pieces = self._tweet_sentences(body, lo)
            if not pieces:
                continue
            owner = self._tweet_owner(lo)
            sp = Resolved(owner, 0.5, "name") if owner else Resolved(None, 0.3, "none")
            for start, end in pieces:
                # hashtags, handles and links alone are no words ("#G7 #Maier #Smith"): what
                # other rules read inside the tweet still goes (session 29)
                words = re.search(r"[^\W\d_]{3}", _TAGS.sub("", text[start:end])) is not None
                self._add_tweet(start, end, (lo, link.end()), sp, words)

    def _tweet_start(self, at: int, before: int | None) -> int | None:
        """Where the tweet whose link starts at ``at`` begins (``before``: the end of the
        link of the tweet before), or None."""
        text = self.article.text
        if before is not None and at - before < TWEET_WINDOW:
            gap = text[before:at]
            if gap.lstrip().startswith(("@", ".@")):
                return before + len(gap) - len(gap.lstrip())  # a reply after the tweet before
        j = self._sentence_at(at)
        if j is None:
            return None
        para = min(s.start for s in self.sentences if s.segment == self.sentences[j].segment)
        lo = max(para, at - TWEET_WINDOW, before or 0)
        window = text[lo:at].rstrip()
        ends = [0] + [m.end() for m in _SENTENCE_END.finditer(window) if m.end() < len(window)]
        if len(ends) == 1:
            return lo if lo in (para, before) else None
        k = len(ends) - 1
        # "All good in the hood guys. Thanks for the messages.": English sentences before the
        # last one are the tweet's too (German ones are the writer's)
        while k > 1 and _english_sentence(window[ends[k - 1] : ends[k]]):
            k -= 1
        return lo + ends[k]

    def _tweet_sentences(self, body: str, lo: int) -> list[tuple[int, int]]:
        """The sentences of a tweet's text ``body`` (starting at offset ``lo``) as spans,
        the handles before it left out; none when it has no word of three letters."""
        handles = _HANDLES.match(body)
        skip = handles.end() if handles else 0
        out: list[tuple[int, int]] = []
        pos = skip
        for m in [*_SENTENCE_END.finditer(body, skip), None]:
            end = m.start() + 1 if m is not None else len(body.rstrip())
            piece = body[pos:end]
            if re.search(r"[^\W\d_]{3}", piece):
                out.append((lo + pos, lo + end))
            if m is not None:
                pos = m.end()
        return out

    def _sentence_at(self, offset: int) -> int | None:
        """The index of the sentence that holds ``offset`` (the last one starting before it)."""
        j = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return j if j >= 0 else None

    def _tweet_owner(self, lo: int) -> Entity | None:
        """The person (else organisation) of the sentence before a tweet that starts at
        ``lo`` when that sentence tells of a tweet."""
        text = self.article.text
        head = text[max(0, lo - TWEET_WINDOW) : lo].rstrip()
        ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() < len(head)]
        start = max(0, lo - TWEET_WINDOW) + (ends[-1] if ends else 0)
        words = {w.lower() for w in re.findall(r"\w+", text[start:lo])}
        if not words & TWEET_WORDS:
            return None
        ents = [e for _s, _e, e in self.resolver.index.starting_in(start, lo)]
        for kind in ("PER", "ORG"):
            found = next((e for e in ents if e.type == kind), None)
            if found is not None:
                return found
        return None

    def _add_tweet(
        self, start: int, end: int, tweet: tuple[int, int], sp: Resolved, add: bool = True
    ) -> None:
        """A tweet's sentence as direct speech: what other rules read inside it goes, what
        they read from inside it on past its link starts after the link, what they read from
        before it on ends before it (``tweet``: the tweet's start, handles included, and the
        end of its link); ``add`` False clears the tweet's place but adds no quote."""
        j = self._sentence_at(start)
        if j is None:
            return
        text = self.article.text
        lo, link_end = tweet
        after = link_end + len(text[link_end:]) - len(text[link_end:].lstrip())
        before = len(text[:lo].rstrip())
        for g in (j, j + 1):
            for f in list(self.quoted_sentences.get(g, [])):
                if f.end <= start or f.start >= link_end:
                    continue
                if f.start < start:
                    # "… hält. @handle More importantly, … pic.twitter.com/… Newman ortet …":
                    # speech that the sentence splitter ran on into the tweet ends before it
                    # (and what it read after the link stays, on its own)
                    if f.end > after:
                        self.add(replace(f, start=after))
                    f.end = before
                    continue
                if f.end <= link_end:
                    self.quoted_sentences[g].remove(f)
                    self.found.remove(f)
                elif f.start < after:
                    f.start = after
        if add:
            self.add(Found("direct", start, end, sp, "pic.twitter.com", j, 0.5, "tweet"))

    def _letter_continuation(self, j: int) -> None:
        """ "Ich möchte dich … informieren, heißt es im Brief. Denn die Kandidatur … Das ist in
        Österreich so nicht vorgesehen.": a first-person sentence that an impersonal cue gives
        to a document ("heißt es im Brief/darin/in dem Schreiben") quotes a letter; the plain
        sentences right after it go on quoting it, up to the writer's narration (a past tense,
        hearsay or doubt, Konjunktiv I, a third-person pronoun, a cue of its own). The speaker
        is the document's owner ("ein Brief von X" before it) when one is named, else the
        cue's."""
        sent = self.sentences[j]
        held = [
            f
            for f in self.quoted_sentences.get(j, [])
            if f.origin == "impersonal" and f.kind == "direct"
        ]
        if not held:
            return
        f = held[-1]
        toks = sent.tokens
        noun = self._impersonal_document(sent, f)
        if noun is None:
            return
        inside = [t for t in toks if f.start <= t.start and t.end <= f.end]
        if not mood.first_person(inside, self.lex):
            return  # "In erster Linie ist man ein Raubtier, heißt es in einer Aussendung."
        # the owner of the document named with it before ("ein Brief von X"), of any kind
        # for "darin" (the same registry as "laut der Studie": ``owned_document_at``)
        owner = self.owned_document_at(noun or None, sent.end)
        sp = Resolved(owner, 0.55, "name") if owner is not None else f.speaker
        if owner is not None:
            f.speaker = sp
        for g in range(j + 1, min(len(self.sentences), j + 1 + MAX_CONTINUATION)):
            nxt = self.sentences[g]
            if (
                nxt.segment != sent.segment
                or g in self.quoted_sentences
                or g in self.topic_sentences
                or not self._letter_sentence(nxt)
            ):
                break
            t = nxt.tokens
            self.add(Found("direct", t[0].start, t[-1].end, sp, f.cue, g, 0.5, "document"))

    def _addressed_document(self, j: int) -> None:
        """ "Wirklich hat die Kasse … Entwarnung gegeben: Die monetären Zahlungsflüsse zwischen
        Ihnen und Herrn H. waren …, heißt es in dem diesbezüglichen Schreiben.": reported
        speech that an impersonal cue gives to a document ("heißt es im Brief/darin") and that
        addresses its reader in the second person is the document's own wording, so direct
        speech (whatever its tense; not in the Konjunktiv I). Its speaker: the document's
        owner named before ("ein Brief von X"), else the party that the clause before a colon
        that opens the speech makes its subject ("die Kasse"), else the cue's."""
        sent = self.sentences[j]
        toks = sent.tokens
        for f in self.quoted_sentences.get(j, []):
            if f.origin != "impersonal" or f.kind != "indirect":
                continue
            noun = self._impersonal_document(sent, f)
            if noun is None:
                continue
            first = next((k for k, t in enumerate(toks) if t.start >= f.start), None)
            if first is None:
                continue
            inside = [t for t in toks[first:] if t.end <= f.end]
            if not self._addresses(toks, first, len(inside)) or mood.konj1(inside, self.lex):
                continue
            f.kind = "direct"
            owner = self.owned_document_at(noun or None, sent.end)
            if owner is None and first > 2 and toks[first - 1].text == ":":
                owner = self._frame_subject(j, first - 1)
            if owner is not None:
                f.speaker = Resolved(owner, 0.55, "name")

    def _addresses(self, toks: list[Token], first: int, n: int) -> bool:
        """The ``n`` tokens from ``first`` on address someone: a second-person pronoun ("du",
        "euch"; the formal "Sie", "Ihnen" inside a clause, not at its start, where it may be
        "sie"; not "ihr", which is also "her")."""
        for i in range(first, first + n):
            t = toks[i]
            if t.text not in self.lex.second_person or t.text == "ihr":
                continue
            if t.text[0].isupper() and (i == 0 or i == first or not toks[i - 1].is_word):
                continue
            return True
        return False

    def _frame_subject(self, j: int, colon: int) -> Entity | None:
        """The person or organisation that the clause before the colon at ``colon`` has as
        its subject ("Wirklich hat die Kasse … Entwarnung gegeben:"), or None."""
        sent = self.sentences[j]
        toks = sent.tokens
        verb = next((k for k in range(colon) if toks[k].tag in FINITE_TAGS), None)
        if verb is None:
            return None
        res = self.resolver.subject(sent, verb, (0, colon), self.active(j))
        ent = res.entity
        return ent if ent is not None and ent.type in ("PER", "ORG") else None

    def _impersonal_document(self, sent: Sentence, f: Found) -> str | None:
        """The document an impersonal cue after the speech ``f`` names ("heißt es im Brief":
        "brief"; "heißt es darin": ""), or None when the cue names none."""
        toks = sent.tokens
        after = [k for k, t in enumerate(toks) if t.start >= f.end]
        for k in after[:-1]:
            if toks[k].lower not in ("heißt", "hieß") or toks[k + 1].lower != "es":
                continue
            for t in toks[k + 2 : k + 12]:
                if t.text in (",", ".", ";", ":"):
                    break
                if t.lower == "darin":
                    return ""
                kind = self._document_kind(t.text.rpartition("-")[2]) if t.is_upper else None
                if kind is not None:
                    return kind
        return None

    def _letter_sentence(self, sent: Sentence) -> bool:
        """A sentence that can go on quoting a letter: tied to the letter's words before it (a
        connective or a demonstrative opening it, or the first person; "Die Firma beschäftigt
        300 Mitarbeiter." is the writer's), a finite verb, no Konjunktiv I, no hearsay or doubt
        of the writer's, no third-person pronoun, no past tense outside a subordinate or
        relative clause, no quotation marks."""
        toks = sent.tokens
        if sent.quotes or not _has_finite(toks) or mood.konj1(toks, self.lex):
            return False
        if not (
            _argument_opener(toks)
            or toks[0].lower in CONTINUERS
            or mood.first_person(toks, self.lex)
        ):
            return False
        if any(t.lower in NARRATION_WORDS or t.lower in ("er", "ihm", "ihn") for t in toks):
            return False
        return not any(_past(t) and self._doc_main_clause(sent, i) for i, t in enumerate(toks))

    def _document_frame(self, sent: Sentence) -> int | None:
        """The index of the colon that ends a frame announcing a document's whole text
        ("… die Antwort im Wortlaut:"), or None."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.text == ":" and any(x.lower in FRAME_WORDS for x in toks[:k]):
                return k
        return None

    def _read_document(self, j: int, colon: int) -> int:
        """Read the document whose frame ends at the colon ``colon`` of sentence ``j``; returns
        the index of the first sentence after it."""
        frame = self.sentences[j]
        end, signature = j + 1, None
        while end < len(self.sentences):
            sent = self.sentences[end]
            if not sent.tokens:
                end += 1
                continue
            if sent.block_type in HEADING_TYPES:
                break
            if _starts_with(sent.tokens, SIGNATURES):
                signature = end
                break
            end += 1
        speaker = self._document_writer(j, colon, signature)
        if signature is None:
            # without a signature the writer's narration ends it: a sentence naming the
            # writer in the past tense, a past tense of the main clause in no first or second
            # person, a cue that names another speaker
            for g in range(j + 1, end):
                if self._narrates(g, speaker):
                    end = g
                    break
        if end == j + 1 and len(frame.tokens) <= colon + 2:
            return j + 1  # a frame with nothing after it
        sp = Resolved(speaker, 0.6, "name") if speaker is not None else Resolved(None, 0.3, "none")
        cue = self._words(frame.tokens, 0, colon)
        toks = frame.tokens
        first = colon + 1 + self._salutation(toks[colon + 1 :])
        if first < len(toks) and _has_finite(toks[first:]):
            self._replace(j, toks[first].start, toks[-1].end, sp, cue)
        for g in range(j + 1, end):
            sent = self.sentences[g]
            if sum(t.is_word for t in sent.tokens) < 2:
                continue  # a stray word; verbless sentences count ("Danke für Ihr Feedback!")
            stop = self._inner_quote(sent)
            last = sent.tokens[stop] if stop is not None else sent.tokens[-1]
            self._replace(g, sent.tokens[0].start, last.end, sp, cue, whole=True)
        return max(end, j + 1)

    def _salutation(self, toks: list[Token]) -> int:
        """How many tokens of ``toks`` (the words after the frame) a salutation takes, up to
        and with its closing "!" or "," (0: no salutation)."""
        if not _starts_with(toks, SALUTATIONS):
            return 0
        for i, t in enumerate(toks):
            if t.text in ("!", ","):
                return i + 1
        return len(toks)

    def _inner_quote(self, sent: Sentence) -> int | None:
        """A colon inside the document after words that quote someone else ("Kollegin X
        Frage lautete: …", "Im Text wurde etwa gesagt: …"): the index of the colon, where the
        document's own sentence ends; None when there is none."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.text != ":" or k == 0:
                continue
            if any(
                x.lower in QUOTING_WORDS or self._verb_entry(sent, i)[0] is not None
                for i, x in enumerate(toks[:k])
            ):
                return k
        return None

    def _document_writer(self, j: int, colon: int, signature: int | None) -> Entity | None:
        """The document's writer: the first person (else organisation) named in the
        signature, in the frame before its colon, or in the sentence before the frame."""
        places: list[tuple[int, int]] = []
        if signature is not None:
            sig = self.sentences[signature]
            places.append((sig.start, sig.end))
        frame = self.sentences[j]
        places.append((frame.start, frame.tokens[colon].start))
        if j > 0 and self.sentences[j - 1].segment == frame.segment:
            prev = self.sentences[j - 1]
            places.append((prev.start, prev.end))
        for start, end in places:
            ents = [e for _s, _e, e in self.resolver.index.starting_in(start, end)]
            for kind in ("PER", "ORG"):
                found = next((e for e in ents if e.type == kind), None)
                if found is not None:
                    return found
        return None

    def _narrates(self, g: int, writer: Entity | None) -> bool:
        """Sentence ``g`` is the writer's narration after a document with no signature: it
        names the document's writer and has a past tense, or has a past tense in a main clause,
        in neither case with the first or second person; or another rule found a cue in it
        that names someone else ("…, sagte der Bürgermeister")."""
        sent = self.sentences[g]
        toks = sent.tokens
        own = mood.first_person(toks, self.lex) or any(
            t.lower in self.lex.second_person or (k > 0 and t.text in ("Sie", "Ihr", "Ihnen"))
            for k, t in enumerate(toks)
        )
        if any(
            f.origin in ("verb", "so", "source")
            and f.speaker.entity is not None
            and f.speaker.entity is not writer
            for f in self.quoted_sentences.get(g, [])
        ):
            return True
        if own:
            return False
        named = writer is not None and any(
            e is writer for _s, _e, e in self.resolver.index.starting_in(sent.start, sent.end)
        )
        if named and any(_past(t) for t in toks):
            return True
        return any(_past(t) and self._doc_main_clause(sent, i) for i, t in enumerate(toks))

    def _doc_main_clause(self, sent: Sentence, i: int) -> bool:
        """Token ``i`` stands in a main clause (its clause opens the sentence or with no
        subordinator or relative pronoun)."""
        toks = sent.tokens
        lo = self.clause_bounds(sent, i)[0]
        opener = toks[lo].lower
        return lo == 0 or (opener not in SUBORDINATORS and opener not in RELATIVE_PRONOUNS)

    def _replace(
        self, j: int, start: int, end: int, sp: Resolved, cue: str, whole: bool = False
    ) -> None:
        """The document's sentence ``j`` (from ``start`` to ``end``) as its writer's direct
        speech, in place of what the other rules read there (``whole``: in the whole
        sentence, else only what overlaps the span)."""
        for f in list(self.quoted_sentences.get(j, [])):
            if whole or (f.start < end and f.end > start):
                self.quoted_sentences[j].remove(f)
                self.found.remove(f)
        self.add(Found("direct", start, end, sp, cue, j, 0.6, "document"))
