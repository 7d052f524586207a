"""The content before or around a cue: ``…, sagte X`` and ``…, so X`` (the inverted
subject), a cue inserted between commas (``Dieses Gespräch, so X, hätte …``), a parenthetical
``wie X mitteilte``, a post-posed cue clause after the comma, and where the content starts."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Cue
from newsgraph.quotes.guards import (
    _has_finite,
    _has_finite_tag,
    _is_mark,
    _live_mark,
    _narrated_past,
    _past,
    _subordinate_only,
    _verb_final,
    _zu_infinitive,
)
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import (
    AUXILIARIES,
    BOUNDARY,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    INDICATIVE_AUXILIARIES,
    INFINITIVE_OPENERS,
    MODALS,
    NON_MAIN_OPENERS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    WEB_ADDRESS,
    WERDEN_FORMS,
    WH_WORDS,
)
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS
from newsgraph.quotes.speech_kind import SpeechKind
from newsgraph.quotes.text import Sentence, Token
from newsgraph.quotes.verb_cues import VerbCues
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

# how the subject after the finite verb of a split particle verb may open ("…, teilte die
# Polizei mit", "…, teilte dessen Anwältin X mit")
SPLIT_SUBJECT_STARTS = frozenset(
    ["der", "die", "das", "ein", "eine", "dessen", "deren", "sein", "seine", "ihr", "ihre"]
)

# a relative clause after a cue clause at the end of a sentence hangs on the cue (session 11)
ATTACHED_CLAUSE_OPENERS = RELATIVE_PRONOUNS | grammar("relative_adverbs")
VERB_FIRST_SUBJECTS = grammar("verb_first_subjects")
QUESTION_FRAMES = grammar("question_frames")
FRONTED_CLAUSE_CONJUNCTIONS = grammar("fronted_clause_conjunctions")
SUBJECT_PRONOUNS = frozenset(["er", "sie", "es", "man", "ich", "wir", "ihr", "du", "jemand"])
# the last word of a post-posed cue clause that denies the speech ("…, macht X nicht.")
NEGATED_CUE_ENDS = grammar("negated_cue_ends")


def _clause_final_verb(t: Token) -> bool:
    """The verb that closes a subordinate clause: tagged as a verb, or a lower-case word with
    a verb's ending the tagger read otherwise ("wenn die Leute ihn sehen": ``sehen`` ADJD)."""
    if (t.tag or "").startswith("V"):
        return True
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.tag in ("ADJD", "ADV", "NN")
        and t.lower.endswith(("en", "ern", "eln"))
    )


def _dependent_clause(content: list[Token]) -> bool:
    """Content that is one clause opened by "als" or a question word and closed by its verb:
    the time or the object of the clause after the comma, no statement ("Als 1861 der
    Bürgerkrieg beginnt, stellt Stern …", "Wie schwierig es für Migranten ist, weiß auch X",
    "Als Sechster in die Loipe gestartet, hielt er sich …"; session 29). A question ("Was ist
    denn das für ein Niveau?, frug X") ends in its question mark, not in the verb."""
    if len(content) < 3 or any(t.text in BOUNDARY for t in content):
        return False
    first = content[0].lower
    return (first == "als" or first in WH_WORDS) and (content[-1].tag or "").startswith("V")


def _no_cue_clause(toks: list[Token], end: int) -> bool:
    """The clause after the post-posed verb and its subject (ending at ``end``) says that the
    subject did not say it ("Nähere Angaben dazu …, macht Kainz allerdings nicht.") or is
    a verb-first clause of cause or condition ("…, stehen sie doch im Finale", "Nicht
    auszudenken, was passiert, sollte Horvath doch zu einem Topklub wechseln."; session 29)."""
    rest = []
    for t in toks[end + 1 :]:
        if t.text in BOUNDARY or not (t.is_word or t.text[:1].isdigit()):
            break
        rest.append(t)
    return bool(rest) and (
        (rest[0].lower == "doch" and len(rest) > 1) or rest[-1].lower in NEGATED_CUE_ENDS
    )


class ContentBeforeCue(VerbCues, SpeechKind):
    """Content before and around the cue."""

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

    def person_after_comma(self, j: int, sent: Sentence) -> bool:
        """A post-posed cue clause: after the content, a comma, a finite verb and then its
        subject ("…, zeigte sich Tim Keller verblüfft.", "…, ließ er den Chef wissen.",
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
        if _dependent_clause(content) or _no_cue_clause(toks, end):
            return False
        # after a colon a new clause begins: a fronted adverbial between the colon and the comma
        # ("…: Bis Ende Mai, 12 Uhr, muss sie …") is no content either (session 33)
        colon = max((k for k, t in enumerate(content) if t.text == ":"), default=-1)
        opening = content[colon + 1 :]
        if (
            not _has_finite(opening)
            and not mood.first_person(content, self.lex)
            and self._verb_entry(sent, i)[0] is None
        ):
            # "Zurückgekehrt nach Prag, schloss sie sich … an", "Dorthin, nach West-Berlin,
            # begleitete er …": a fronted adverbial before a verb that says nothing (session 30;
            # "Zu früh, winkt X ab", "Vor dem Bankrott, stellt die Zeitung fest" stay)
            return False
        if (
            len(content) > 2
            and content[0].tag in (*FINITE_TAGS, "NN", "NE")
            and content[1].lower in VERB_FIRST_SUBJECTS
            and not any(t.text in ("?", "!") for t in content)
            and not mood.first_person(content, self.lex)
        ):
            # "Trägt er allerdings den Wunsch in sich, …, steht er vor …" (the tagger reads
            # "Trägt" as a noun): a verb-first condition of the main clause after it, nobody's
            # words ("Kaufen Sie Kupfer!, schließt er", "Weiß ich nicht, sagt er" stay)
            return False
        if any(
            e.type == "PER"
            for _s, _e, e in self.resolver.index.starting_in(content[0].start, content[-1].end)
        ):
            return False
        cue = Cue("verb", i, i, (i, end + 1), self._words(toks, i, end), Resolved(ent, 0.7, "name"))
        kind = self._kind_unquoted(sent, span)
        return self.add_reported(j, sent, span, cue, kind)
        return False

    def _inverted_subject(self, sent: Sentence, c: Cue) -> bool:
        """ ", sagte Maier" / ", so der Minister": a subject follows the verb (not ", sagt, …")."""
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

    def _pointer(self, sent: Sentence, c: Cue) -> bool:
        toks = sent.tokens
        return c.index == 1 and toks[0].lower in self.lex.pointer_words

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
        # "Aber wenn die Leute ihn sehen, sagt X, springen …": a conjunction before the clause
        s = a + 1 if b - a >= 4 and toks[a].lower in FRONTED_CLAUSE_CONJUNCTIONS else a
        fronted_clause = (
            b - s >= 3
            and toks[s].lower in SUBORDINATORS
            and _clause_final_verb(toks[b - 1])
            and not any(t.lower in SUBORDINATORS or t.text in BOUNDARY for t in toks[s + 1 : b])
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

    @staticmethod
    def _fronted_subordinate(sent: Sentence) -> bool:
        """The sentence opens with a subordinate clause, after a conjunction or not ("Wenn die
        Leute ihn sehen, …", "Aber wenn …"): the inverted cue after it may be inserted in the
        speech, which ``_inserted_cue_rest`` then asks of the words after the cue."""
        toks = sent.tokens
        first = 1 if toks and toks[0].lower in FRONTED_CLAUSE_CONJUNCTIONS else 0
        return first < len(toks) and toks[first].lower in SUBORDINATORS

    def _inserted_verb_cue(
        self, sent: Sentence, c: Cue
    ) -> tuple[list[tuple[int, int]], str] | None:
        """The content around an inverted speech-verb cue inserted after its first constituent
        ("Dieses Gespräch, sagte X weiter, hätte …"), with its kind: one span over the cue for
        reported speech, the parts before and after it for direct speech."""
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
            or (
                start == c.index
                and not self._inverted_subject(sent, c)
                and not self._fronted_subordinate(sent)
            )
        ):
            return None
        span = self._before_cue(sent, start - 1)
        if span is None:
            return None
        rest = self._inserted_cue_rest(sent, span, c.last)
        if rest is None:
            return None
        kind = self._kind_unquoted(sent, rest)
        if kind == "direct":
            # "Aber wenn die Leute ihn sehen, sagt X, springen sie auf.": direct speech split by
            # its cue is two quotes, the cue is no one's words (the gold's convention)
            return [span, rest], kind
        return [(span[0], rest[1])], kind

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

    def _statement_before_inserted_cue(
        self, sent: Sentence, c: Cue, span: tuple[int, int], after: tuple[int, int]
    ) -> bool:
        """An indicative main clause before an inverted cue whose subject follows the verb, and
        a Konjunktiv main clause after it ("Früher war die Welt in Ordnung, wenn …, sagte X,
        heute aber gehe es um …"): both are the speaker's, the clause before is no frame of
        the clause after. Not a question frame ("Zur Frage, ob …, sagte X, dies sei …"), not a
        subject with its apposition ("Der Chef der Y, Z, sagte Reuters, …": no finite verb),
        not a subordinate clause alone ("Da die Geier … haben, plädiert X dafür, …": the verb
        ends the clause; "… dürfen – und die Bestellungen, kritisiert er, seien …": no verb
        after the dash); not before a subordinate or infinitive clause ("…, sagen auch
        Politologen, weil …", "…, dementiert allerdings, Gelder … zu erhalten") (session 32)."""
        toks = sent.tokens
        if self.lex.language != "de" or span[1] - span[0] < 3:
            return False
        if c.speaker.at is None or c.speaker.at[0] <= c.index:
            return False  # no subject after the verb: not an inserted cue
        rest = toks[after[0] : after[1]]
        opener = rest[0].lower if rest else ""
        if (
            opener in SUBORDINATORS
            or opener in self.lex.complementisers
            or opener in INFINITIVE_OPENERS
            or _zu_infinitive(rest)
            or not (_has_finite(rest) or mood.konj1(rest, self.lex))
        ):
            return False
        body = toks[span[0] : span[1]]
        first = body[0].lower
        if first in SUBORDINATORS or first in NON_MAIN_OPENERS or first in WH_WORDS:
            return False
        if first in self.lex.complementisers or self._question_frame(body):
            return False
        dash = max((k for k, t in enumerate(body) if t.text in ("–", "-", ";")), default=-1)
        # "… hätte … dürfen – und die älteren Bestellungen, kritisiert er, seien …": the part
        # right before the cue, after a dash, must hold the finite verb itself
        main = self._main_clause(body[dash + 1 :])
        finite = [k for k, t in enumerate(main) if t.tag in FINITE_TAGS]
        return bool(finite) and finite[0] < len(main) - 1 and not _subordinate_only(body)

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
