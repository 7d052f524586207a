"""Continuations of earlier speech: Konjunktiv sentences after a source, ``Das sagte X``
pointing back, elliptical sentences and ``Und: …`` after a quote, reportive ``sollen`` after a
source phrase, ``demnach``, and the person a sentence makes its topic."""

from __future__ import annotations

from itertools import pairwise

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Cue, Found
from newsgraph.quotes.first_person import FirstPerson
from newsgraph.quotes.guards import (
    PASSIVE_AUXILIARIES,
    _conditional,
    _genitive,
    _has_finite,
    _has_finite_tag,
    _hearsay_perfect,
    _past,
    _reportative,
)
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved, _finite
from newsgraph.quotes.rule_words import (
    AUXILIARIES,
    BOUNDARY,
    INDEFINITE_ARTICLES,
    MAX_ACTIVE_GAP,
    MODALS,
    OPENING_WORDS,
    SUBORDINATORS,
    WH_WORDS,
)
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS, PREPOSITIONS
from newsgraph.quotes.speech_kind import SpeechKind, head_clause
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

ELLIPSIS_OPENERS = grammar("ellipsis_openers")
POINT_OPENERS = grammar("point_openers")
TAIL_CONJUNCTIONS = grammar("cue_tail_conjunctions")
EPISTEMIC_HEDGES = grammar("epistemic_hedges")
TAIL_PRONOUNS = grammar("cue_tail_pronouns")
CLOSING_MARKS = frozenset(['"', "“", "”", "«", "»", "„", "'", "’"])
#: the most tokens a cue clause set between two parts of one sentence's speech may have
TAIL_CUE_TOKENS = 10
PROMISE_VERBS = grammar("promise_verbs")
ANONYMOUS_SOURCE_NOUNS = grammar("anonymous_source_nouns")
COPULAS = frozenset(["ist", "sind", "war", "waren", "wäre", "wären"])
SUBJECT_OPENERS = frozenset(["der", "die", "das", "ein", "eine"])
OWNER_WORDS = ("sein", "ihr", "unser", "mein", "dein", "euer", "eur", "deren", "dessen")


class Continuations(FirstPerson, SpeechKind):
    """Speech that goes on with the current source."""

    def cue_tail_pass(self) -> None:
        """Speech that goes on after a cue clause set in the middle of its sentence: "Wir alle
        haben ein mulmiges Gefühl, sagt Huber, denn wer weiß, wie das alles weitergeht?",
        "…, kündigte der Bürgermeister an, aber Rio hat ein Sicherheitsproblem, und da rede ich
        auch nicht drumherum.", "…, so der Kommissar, ich habe also Verbündete." The rest of
        the sentence after the clause's closing comma is the same speaker's when nothing holds
        it yet and it opens with a conjunction of ``cue_tail_conjunctions`` or with a pronoun
        of ``cue_tail_pronouns`` and a finite verb; a relative clause or an apposition after the
        cue (", sagt Pohl, der …", ", sagt X, Geschäftsführer …") opens otherwise, and a rest
        that holds a cue of its own (", stand auf Plakaten") or a past tense without the first
        person is not taken. Direct speech unless the rest has a Konjunktiv I; after reported
        speech only a rest in the first person (direct) or with a reportive "sollen" or a
        Konjunktiv II (reported) is taken (session 18's rule for the inserted cue,
        ``content_after_cue._content_after_subject``, which this pass completes where its
        stricter word order tests stop: "denn wer weiß", "aber auch der Branche, liegt …", a
        particle verb's "an" before the comma, "so der Kommissar,"). Runs after the other
        passes, so no chain starts from it."""
        if self.lex.language != "de":
            return
        for j, held in sorted(self.quoted_sentences.items()):
            sent = self.sentences[j]
            toks = sent.tokens
            for f in sorted(held, key=lambda g: g.end):
                if f.cue is None or f.speaker.entity is None or f.end > toks[-1].start:
                    continue
                tail = self._cue_tail(sent, f)
                if tail is None:
                    continue
                rest = toks[tail:]
                if any(g.start < rest[-1].end and g.end > rest[0].start for g in held):
                    continue
                if any(
                    t.text == "," and nxt.tag in FINITE_TAGS and _has_finite_tag(rest[:i])
                    for i, (t, nxt) in enumerate(pairwise(rest))
                ):
                    continue  # "…, riefen sie, Wir lassen uns nicht …, stand auf Plakaten": a cue
                first = mood.first_person(rest, self.lex)
                reported = mood.konj1(rest, self.lex) or (
                    f.kind == "indirect"
                    and not first
                    and (
                        any(t.lower in ("soll", "sollen") for t in rest)
                        or mood.konj2(rest, self.lex, use_tagger=True, cueless=True)
                    )
                )
                if not (first or reported) and any(_past(t) for t in rest):
                    continue  # "…, sagte er, aber es war zu spät": the writer narrates on
                if f.kind == "indirect" and not (first or reported):
                    # after reported speech an indicative is no more of it unless it speaks in
                    # the first person ("…, werde viel Security … sein, kündigte X an, aber Rio
                    # hat …, und da rede ich …"; "Das Werk sei verloren, sagte Weber, aber die
                    # Bücher bleiben im Regal" is not); a reportive "sollen" or a Konjunktiv II
                    # keeps it reported ("…, meinte X, aber erste Schritte sollen …")
                    continue
                kind = "indirect" if reported else "direct"
                self.add(
                    Found(
                        kind,
                        rest[0].start,
                        rest[-1].end,
                        f.speaker,
                        f.cue,
                        j,
                        f.confidence,
                        "cue_tail",
                    )
                )
                break

    def _cue_tail(self, sent: Sentence, f: Found) -> int | None:
        """The index of the first token of the speech after the cue clause that follows ``f``
        in its sentence (", sagt X, <speech>"), or None."""
        assert f.cue is not None
        toks = sent.tokens
        e = next((i for i, t in enumerate(toks) if t.start >= f.end), None)
        while e is not None and e < len(toks) and toks[e].text in CLOSING_MARKS:
            e += 1
        if e is None or e + 2 >= len(toks) or toks[e].text != ",":
            return None
        if toks[e + 1].text != f.cue.split()[0]:
            return None  # the cue named is not the clause after the comma
        c = next(
            (
                i
                for i in range(e + 2, min(len(toks), e + 2 + TAIL_CUE_TOKENS))
                if toks[i].text in ",;:"
            ),
            None,
        )
        if c is None or toks[c].text != "," or c + 3 > len(toks):
            return None
        if any(t.lower in ("und", "sowie", "oder") for t in toks[e + 2 : c]):
            return None  # ", sagt X und wünscht sich, …": a second narrated verb
        first, second = toks[c + 1], toks[c + 2]
        if first.lower in TAIL_CONJUNCTIONS:
            return c + 1
        if first.lower in TAIL_PRONOUNS and second.tag in FINITE_TAGS:
            return c + 1
        return None

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

    def _head_names_nobody(self, sent: Sentence) -> bool:
        """The clause before the first comma names nobody: no entity, no "er"/"sie"/"man"
        ("Reiter sieht …, weil …", "Dort hält man es für möglich, dass …" narrate a stance the
        dependent clause reports)."""
        head = head_clause(sent.tokens) or []
        if not head or any(t.lower in PERSONAL_PRONOUNS or t.lower == "man" for t in head):
            return False
        return not any(
            s < head[-1].end
            for s, _e, _ent in self.resolver.index.starting_in(sent.start, sent.end)
        )

    def _own_statement_after(self, j: int, sent: Sentence, act: Entity | None) -> bool:
        """A present main clause (no finite past) right after the person's speech in the
        sentence before: the person's own statement, direct speech ("…, sagte X. Es fehlt noch
        der Anreiz, weil sie die Fahrer … bezahlen müssten.")."""
        if act is None or act.type != "PER" or j == 0:
            return False
        if not any(f.speaker.entity is act for f in self.quoted_sentences.get(j - 1, [])):
            return False
        if self.sentences[j - 1].segment != sent.segment:
            return False
        return not any(_past(t) for t in head_clause(sent.tokens) or [])

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
            has_k2
            and (
                not st.active_explicit
                or ((j - 1) not in self.quoted_sentences and not _modal_subjunctive(toks))
            )
            and not mood.konj2(
                toks, self.lex, use_tagger=True, cueless=True, tagged_preterites=False
            )
        ):
            # "… traf X zur Führung. Die Borussia bäumte sich vergeblich auf.": only the tagger
            # reads a preterite (or a present plural) as Konjunktiv, and nobody has spoken — the
            # writer's past tense; so too after a sentence of the writer's, whoever spoke before
            # ("…, laut Guardian. Jugendliche Hacker sind keine Seltenheit. In den vergangenen
            # Monaten entdeckten zwei Teenager …"); a modal there stays the source's demand
            # ("Er fordert mehr Deutschkurse. Qualifikationsmaßnahmen sollten sich …")
            has_k2 = False
        own_k2 = (
            has_k2
            and not has_k1
            and self._konj2_in_subclause_only(toks)
            and self._head_names_nobody(sent)
        )
        if own_k2:
            # "Es fehlt noch der Anreiz, weil sie die Fahrer … bezahlen müssten.", "Viele Sender
            # bedeuten, dass viele Interessen befriedigt werden müssten.": the main clause is
            # indicative (reported speech would say "fehle"), the Konjunktiv II only that of a
            # dependent clause — no reported speech goes on (the rule of cued speech,
            # ``SpeechKind._kind_unquoted``)
            has_k2 = False
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
        carried = False  # a Konjunktiv II under a subheading goes on with the speech before it
        if (
            act is None
            and (has_k1 or has_k2)
            and j > 0
            and sent.first_in_segment
            and self.sentences[j - 1].block_type == "subheading"
            and st.before_heading is not None
        ):
            # "…, versicherte X. | Billiger als Tokios Stadion | Der Park sei billiger …": the
            # first reported sentence under a subheading goes on with whoever spoke last; a
            # Konjunktiv II only when the sentence before the heading already went on with
            # that person's reported speech without a cue ("… Die Sanktionen hätten sich …
            # ausgewirkt. | EU verlöre größte Militärmacht | Dramatischer wäre, dass …")
            carried = not has_k1 and any(
                f.kind == "indirect"
                and f.origin == "continuation"
                and f.speaker.entity is st.before_heading
                for f in self.quoted_sentences.get(j - 2, [])
            )
            if has_k1 or carried:
                act, cue = st.before_heading, st.before_heading_cue
        if has_k2 and not (has_k1 or demnach or hearsay) and self._writers_conditional(j, sent):
            has_k2 = False
        subject = (
            self._new_person_subject(j, sent)
            if has_k2 and not (has_k1 or demnach or hearsay)
            else None
        )
        if subject is None and has_k1 and not (demnach or hearsay):
            # "Egger ließ … keinen Zweifel daran, dass er … auslote", "Lehner hatte …
            # öffentlich gemacht, dass sie … getestet worden sei": a Konjunktiv I only in a
            # subordinate clause of a narrated main clause about another person is that
            # person's account (session 24)
            subject = self._new_person_subject(j, sent, main_indicative=True)
        if subject is not None:
            carried = False
            # "Egger hingegen war sichtlich bemüht, …, dass Schwarz-Blau die einzige Option
            # sein könnte.", "Reiter sieht dieses Gebot gefährdet, weil … würde": a Konjunktiv II
            # in a clause of a sentence whose subject is another person is that person's
            # view, and the source goes on with them (session 23)
            act, cue = subject, None
            self.set_active(act, j, explicit=True)
        if (
            has_k2
            and not has_k1
            and (j - 1) not in self.quoted_sentences
            and self._after_promise(cue)
        ):
            # "X hat versprochen, das Gerät werde … | Y ist … | Die neue Version könnte im
            # Juni …": after a promise a Konjunktiv II is the writer's speculation about it once
            # a sentence of the writer's stands between; right after the promise (or its
            # continuation) it goes on with it ("Die Befürworter versprechen … | Das Land könnte
            # …"); a Konjunktiv I always does
            has_k2 = False
        if (
            has_k2
            and not (has_k1 or demnach or hearsay or carried)
            and (j - 1) not in self.quoted_sentences
            and (
                not st.active_explicit
                or not mood.konj2(toks, self.lex, use_tagger=True, cueless=True, irreal=False)
            )
        ):
            # after a sentence without speech, a Konjunktiv II is the writer's when the current
            # person has not spoken ("Berg könnte im Falle eines Sieges …", "Nun könnten die
            # Ermittlungen eingestellt werden") or when it is only an irreal comparison or a
            # near miss ("als wäre Gatlin unschlagbar", "hätte er beinahe verstolpert")
            has_k2 = False
        reporting = has_k1 or demnach or hearsay or (has_k2 and (recent or carried) and not first)
        if (
            not reporting
            and act is not None
            and act.type == "PER"
            and j - st.active_sentence <= 2
            and self.sentences[st.active_sentence].segment == sent.segment
            and self._asks(sent)
        ):
            # "Er habe … zugesperrt. Ob das auch andere Kaufhäuser taten? Nein, da war ich der
            # einzige": the writer's question to the person keeps them the current source; one
            # that names a person asks that person ("Warum wollte X gerade Y? Es ist seine
            # Intensität. … höre ich ihn")
            asked = next(
                (
                    e
                    for _s, _e, e in self.resolver.index.starting_in(sent.start, sent.end)
                    if e.type == "PER"
                ),
                None,
            )
            if asked is not None and asked is not act:
                self.set_active(asked, j, explicit=False)
            else:
                st.active_sentence = j
            return
        if reporting and self._question_turn(sent, has_k1):
            if act is not None:
                st.active_sentence = j  # the person asked stays the current source
            return
        if reporting and act is not None and self._anonymous_source(sent):
            act = cue = None  # "In Mailand kursieren Gerüchte, X könnte …": nobody's rumour
        framed = self._colon_subject(sent) if reporting and has_k1 and not lead else None
        if framed is not None:
            # "Wimmer strahlte: Sechs Monate sei es her, …": the subject of the narrated clause
            # before the colon is the source of the Konjunktiv after it (and goes on)
            lead, act, cue = framed[1], framed[0], None
            self.set_active(act, j, explicit=True)
        if own_k2 and not reporting and self._own_statement_after(j, sent, act):
            sp = Resolved(act, 0.5, "continuation")
            self.add(Found("direct", toks[0].start, toks[-1].end, sp, cue, j, 0.4, "forward"))
            return
        if reporting:
            sp = Resolved(act, 0.55, "continuation") if act else Resolved(None, 0.3, "none")
            if act is None and demnach:
                named = self._demnach_source(j, sent)
                if named is not None:
                    sp = Resolved(named, 0.5, "name")
            if sp.entity is None and has_k1 and not lead:
                subject = self._narrated_subject(j)
                if subject is not None:
                    # "Der Presserat hatte … abgemahnt. Diese sei mit dem Ehrenkodex nicht
                    # vereinbar.": no current source; the subject of the narration right
                    # before is the source (session 23)
                    sp = Resolved(subject, 0.45, "name")
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

    def dashed_so_spans(self, sent: Sentence, so: Cue) -> list[tuple[tuple[int, int], str]] | None:
        """The content of a "– so X –" cue (``_dashed_so_cue``; session 24): the part before
        the opening dash (after a colon, if any) and the part after the closing dash (final
        punctuation left out), each a passage of its own ("Ab Sommer patrouillieren … und
        sorgen – so X – für eine nachhaltige Erhöhung …"); one passage over both when only one
        part holds a Konjunktiv (the dashes interrupt one reported clause: "…, das – so X –
        ohne großen Verlust abgeschafft werden könnte, …", reported speech). Each span comes
        with its kind; None for any other cue."""
        toks = sent.tokens
        dash, close = so.index - 1, so.clause[1]
        if dash < 0 or toks[dash].text not in ("–", "—") or close >= len(toks):
            return None
        if toks[close].text != toks[dash].text:
            return None
        start = 0
        for k in range(dash - 1, -1, -1):
            if toks[k].text == ":" and not sent.inside_quote(toks[k].start):
                start = k + 1  # "Ähnlich mutet ein Projekt an: Ab Sommer …"
                break
        end = len(toks)
        while end > close + 1 and toks[end - 1].text in ".!?":
            end -= 1
        before, after = (start, dash), (close + 1, end)
        if mood.subjunctive(toks[start:dash], self.lex) != mood.subjunctive(
            toks[close + 1 : end], self.lex
        ):
            return [((start, end), "indirect")]
        return [
            (part, self._kind_unquoted(sent, part))
            for part in (before, after)
            if part[1] - part[0] >= 2
        ]

    def unnamed_speaker_cue(self, sent: Sentence, cues: list[Cue]) -> Cue | None:
        """A verb cue whose subject before the verb is an indefinite noun phrase that names
        nobody ("Ein Behördenvertreter sagte, die Hadsch werde …"): somebody the text does not
        name speaks, so the source before no longer does (session 24)."""
        toks = sent.tokens
        for c in cues:
            if c.speaker.entity is not None or c.kind != "verb":
                continue
            k = c.clause[0]
            while k < c.index and toks[k].lower in OPENING_WORDS:
                k += 1
            if k >= c.index or toks[k].lower not in INDEFINITE_ARTICLES:
                continue
            span = toks[k : c.index]
            if any(t.lower in PERSONAL_PRONOUNS or not t.is_word for t in span):
                continue
            if any(
                e.type in ("PER", "ORG")
                for _s, _e, e in self.resolver.index.starting_in(span[0].start, span[-1].end)
            ):
                continue  # "Ein Sprecher der Polizei sagte": named by its organisation
            return c
        return None

    def _new_person_subject(
        self, j: int, sent: Sentence, main_indicative: bool = False
    ) -> Entity | None:
        """The person other than the current source that opens the sentence as the subject of
        an indicative verb ("X hingegen war …", "Auch X ist …"), if any. With
        ``main_indicative`` the main clause up to the first comma, colon or dash holds no
        Konjunktiv (the reported words stand in a clause after it)."""
        act = self.active(j)
        toks = sent.tokens
        k = self._run_in(sent)
        if main_indicative:
            head = next(
                (x for x in range(k, len(toks)) if toks[x].text in (",", ":", "–", "-", ";")),
                None,
            )
            if head is None or mood.subjunctive(toks[k:head], self.lex):
                return None
        while (
            k < min(len(toks), 4)
            and self.resolver.index.covering(toks[k].start, toks[k].end) is None
        ):
            if main_indicative and toks[k].lower in PREPOSITIONS:
                return None  # "Mit X hat …": no subject
            if main_indicative and toks[k].lower in SUBJECT_OPENERS:
                k += 1  # "Auch der Kurier ließ …"
                continue
            if not (toks[k].lower in OPENING_WORDS or (toks[k].is_upper and toks[k].is_word)):
                return None  # capitalised words before the name: a subheading ran in
            k += 1
        found = self.resolver.mention_at_token(sent, k) if k < len(toks) else None
        kinds = ("PER", "ORG") if main_indicative else ("PER",)
        if found is None or found[1].type not in kinds or found[1] is act:
            return None
        end = found[0] + 1
        if end < len(toks) and toks[end].lower in ("hingegen", "aber", "dagegen", "jedoch"):
            end += 1
        if end >= len(toks) or not _finite(toks[end]) or toks[end].mood == "Sub":
            return None
        return None if _genitive(toks, found[0]) else found[1]

    def _narrated_subject(self, j: int) -> Entity | None:
        """The person or organisation that opens the sentence before ``j`` as its subject (a
        name, perhaps after an article, adjectives and "auch"/"und", then a finite verb; or the
        name right after the finite verb of an inverted main clause, session 34), when that
        sentence holds no speech and names no other person or organisation before its verb:
        "Der Presserat hatte … abgemahnt." (session 23)."""
        if j == 0 or j - 1 in self.quoted_sentences:
            return None
        prev = self.sentences[j - 1]
        if prev.segment != self.sentences[j].segment or prev.quotes:
            return None
        found = self._narrated_opening_subject(prev)
        if found is None:
            found = self._subject_after_fronted_field(prev)
        if found is None or found[1].type not in ("PER", "ORG"):
            return None
        ent = found[1]
        sent = self.sentences[j]
        index = self.resolver.index
        if any(
            e.type == "PER" and e is not ent
            for _s, _e, e in index.starting_in(prev.start, prev.end)
        ) or any(e is ent for _s, _e, e in index.starting_in(sent.start, sent.end)):
            # "Schober drängt das Heer … – und Aigner macht … Schober sei das
            # bewusst": another person named, or the subject named in the speech itself
            return None
        return ent

    def _narrated_opening_subject(self, prev: Sentence) -> tuple[int, Entity] | None:
        """The mention (last token index, entity) that opens ``prev`` as the subject of the
        finite verb right after it (``_narrated_subject``)."""
        toks = prev.tokens
        k = 0
        found: tuple[int, Entity] | None = None
        while k < min(len(toks) - 2, 5):
            found = self.resolver.mention_at_token(prev, k)
            if found is not None:
                break
            low = toks[k].lower
            if toks[k].is_upper and low not in OPENING_WORDS and low not in SUBJECT_OPENERS:
                # "Der Presserat hatte …": an institution by its common noun
                made = self.resolver.institution(prev, 0, k + 1) if k > 0 else None
                found = (made[1], made[0]) if made is not None else None
                break
            if not toks[k].is_word or low in PREPOSITIONS or _finite(toks[k]):
                return None  # "Mit X hat …", "Gestern hat X …": no subject first
            k += 1
        if found is None:
            return None
        end = found[0] + 1
        if end < len(toks) and toks[end].text == "(":
            while end < len(toks) and toks[end].text != ")":
                end += 1  # "Die Partei (SPÖ) hat"
            end += 1
        if end >= len(toks) or not _finite(toks[end]):
            return None
        return found

    def _subject_after_fronted_field(self, prev: Sentence) -> tuple[int, Entity] | None:
        """The name right after the finite verb of ``prev`` when a fronted field that names
        nobody stands before the verb ("Hart und erniedrigend nannte X … die Abmachung.",
        "Der Bezirksvertretung spricht X … Lob aus.", "Den Kunden entgegenkommen will X …"):
        the subject of a main clause in German inverted order (``_narrated_subject``). Not
        after a verb that opens the sentence (a question or a condition), nor past a comma."""
        toks = prev.tokens
        for k, t in enumerate(toks[: min(len(toks) - 2, 8)]):
            if t.text in BOUNDARY or self.resolver.mention_at_token(prev, k) is not None:
                return None
            if _finite(t):
                if k == 0 or not mood.known_verb(t.lower):
                    return None  # "Farewell beloved Tom, …": a foreign word read as a verb
                if t.lower in PASSIVE_AUXILIARIES and any(
                    x.tag == "VVPP" or (x.is_word and mood.known_participle(x.lower))
                    for x in toks[k + 1 :]
                    if not x.is_upper
                ):
                    return None  # "Erst wurde der 70-Jährige … verhört": a patient, no source
                return self.resolver.mention_at_token(prev, k + 1)
        return None

    def _colon_subject(self, sent: Sentence) -> tuple[Entity, int] | None:
        """German "Wimmer strahlte: Sechs Monate sei es her, …", "Die Grünen führen ein
        Argument ins Treffen: Ikea zahle …" (session 22): a narrated clause before the
        sentence's colon whose subject is a person or organisation named at its start, with a
        finite verb and no Konjunktiv, and a Konjunktiv I after the colon. Returns the subject
        and the index of the first token after the colon."""
        toks = sent.tokens
        if self.lex.language != "de":
            return None
        colon = next(
            (
                k
                for k, t in enumerate(toks)
                if t.text == ":" and not sent.inside_quote(t.start) and 1 < k < len(toks) - 3
            ),
            None,
        )
        if colon is None or not mood.konj1(toks[colon + 1 :], self.lex):
            return None
        head = toks[:colon]
        if mood.konj1(head, self.lex) or any(t.text in BOUNDARY for t in head):
            return None
        if not _has_finite(head):
            return None
        ent, idx = self.resolver.np_entity(sent, 0, min(colon, 4))
        if ent is None or idx is None or ent.type not in ("PER", "ORG"):
            return None
        if any(
            t.lower in PREPOSITIONS
            or t.lower in PERSONAL_PRONOUNS
            or t.lower in COPULAS
            or not t.is_word
            for t in toks[:idx]
        ):
            # "Mit X: …": not the subject; "Er griff auch Konzernchef X an: …", "Eines ist X
            # nicht zum Vorwurf zu machen: …": an object
            return None
        others = {
            e.id
            for _s, _e, e in self.resolver.index.starting_in(toks[0].start, toks[colon].start)
            if e.type in ("PER", "ORG")
        }
        if others - {ent.id}:
            return None  # another person or organisation before the colon
        return ent, colon + 1

    def _anonymous_source(self, sent: Sentence) -> bool:
        """Whether the sentence opens with a plural noun of hearsay that nobody owns, before
        its content ("In Mailand kursieren Gerüchte, …", "Zuletzt waren Überlegungen
        aufgekommen, …", "Nach Vorwürfen kurdischer Medien, …", "Berichten zufolge …"): then it
        names its own source and does not go on with the current speaker. No person or
        organisation may be named before the content, and no possessive stands before the
        noun ("seine Befürchtungen")."""
        toks = sent.tokens
        for k, t in enumerate(toks[:10]):
            if t.text not in ANONYMOUS_SOURCE_NOUNS or sent.inside_quote(t.start):
                continue
            if k > 0 and toks[k - 1].lower.startswith(OWNER_WORDS):
                return False
            end = next(
                (
                    x
                    for x in range(k + 1, min(len(toks), k + 5))
                    if toks[x].text in (",", ":") or toks[x].lower == "zufolge"
                ),
                None,
            )
            if end is None:
                return False
            return not any(
                ent.type in ("PER", "ORG")
                for _s, _e, ent in self.resolver.index.starting_in(toks[0].start, toks[end].start)
            )
        return False

    def _after_promise(self, cue: str | None) -> bool:
        """The current source's last cue is a verb of promising ("hat versprochen", "sagte …
        zu", "sicherte zu"; ``promise_verbs`` in grammar.yaml)."""
        if not cue:
            return False
        words = [w.lower() for w in cue.split()]
        for w in words:
            joined = self.lex.joined_forms.get(w)
            entries = [joined] if joined is not None else self.lex.verb_forms.get(w, [])
            for entry in entries:
                if entry.lemma in PROMISE_VERBS and (
                    joined is not None or not entry.particle or entry.particle.lower() in words
                ):
                    return True
        return False

    @staticmethod
    def _asks(sent: Sentence) -> bool:
        """A question of its own: it ends with "?" and opens with its finite verb, a question
        word or "ob" ("Ob das auch andere taten?", "Warum?")."""
        toks = _question_words(sent)
        if not toks:
            return False
        return toks[0].tag in FINITE_TAGS or toks[0].lower in WH_WORDS or toks[0].lower == "ob"

    def _question_turn(self, sent: Sentence, has_k1: bool) -> bool:
        """ "Könnte jemand vom Bericht enttäuscht werden?", "Haben Sie ein Rezept, um …?": a
        question of its own (a main clause opened by its finite verb or a question word) with no
        Konjunktiv I, or one put to a "Sie", asks; it reports nobody's words (an interview
        whose turns carry no labels)."""
        toks = _question_words(sent)
        if not toks:
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
        werden"), or the writer hedges it ("Theoretisch könnte …", grammar.yaml
        ``epistemic_hedges``)."""
        toks = sent.tokens
        if (
            len(toks) > 1
            and toks[0].lower.startswith(("sein", "ihr"))
            and toks[1].lower in self.lex.speech_nouns
        ):
            return True
        if any(self._hedge(sent, k) for k in range(len(toks))):
            return True
        st = self.state
        if j <= 0 or (j - 1) in self.quoted_sentences or st.active_sentence == j - 1:
            return False
        return (
            0 <= st.active_sentence < len(self.sentences)
            and self.sentences[st.active_sentence].segment != sent.segment
        )

    def _hedge(self, sent: Sentence, k: int) -> bool:
        """The writer's epistemic hedge at token k, an adverb of the main clause: first before
        the finite verb ("Theoretisch könnte X Neuwahlen ausrufen") or after it ("Die Grünen
        wären … vermutlich nicht mehr vertreten"); not inside a noun phrase before the verb
        ("Auch möglicherweise dadurch entstandene Schäden würden ermittelt"), not a predicate
        ("als wahrscheinlich angesehen"), not "sehr wohl" (session 30)."""
        toks = sent.tokens
        t = toks[k]
        if t.lower not in EPISTEMIC_HEDGES or sent.inside_quote(t.start):
            return False
        if k > 0 and toks[k - 1].lower in ("als", "sehr", "durchaus"):
            return False
        if k == 0:
            return len(toks) > 1 and (_finite(toks[1]) or toks[1].lower in self.lex.konj2)
        return any(_finite(x) or x.lower in self.lex.konj2 for x in toks[:k])

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


def _question_words(sent: Sentence) -> list[Token]:
    """The words of a sentence that ends with "?" (none for any other sentence)."""
    if not sent.text.rstrip().endswith("?"):
        return []
    return [t for t in sent.tokens if t.is_word]


def _modal_subjunctive(toks: list[Token]) -> bool:
    """The sentence's first finite verb is a modal the tagger reads as Konjunktiv
    ("Qualifikationsmaßnahmen sollten sich …", "wollten"): a demand or a plan of the source
    as often as the writer's past tense (not a modal of a relative clause, and not a full verb
    the tagger took for a modal)."""
    first = next((t for t in toks if t.tag in FINITE_TAGS), None)
    return first is not None and first.lower in MODALS and first.mood == "Sub"
