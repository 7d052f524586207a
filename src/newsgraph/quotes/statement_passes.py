"""Passes over the whole text after the sentence loop: plain statements and first-person
sentences beside a speaker's direct words (after, before and between them), comments on reported
speech, the speaker's own conditionals, and hearsay before a source's report."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.chain_openers import opens_with_link
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.guards import _argument_opener, _has_finite
from newsgraph.quotes.interviews import Interviews
from newsgraph.quotes.learned_continuation import WINDOW, LearnedContinuation
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import BINDABLE_PRONOUNS, HEADING_TYPES, THIRD_PERSON
from newsgraph.quotes.speech_kind import SpeechKind
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

NARRATIVE_SUBORDINATORS = grammar("narrative_subordinators")


class StatementPasses(LearnedContinuation, SpeechKind, Interviews):
    """The statement passes."""

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

    FORWARD_ORIGINS = (
        "verb",
        "so",
        "colon",
        "continuation",
        "ellipsis",
        "switch",
        "impersonal",
        "reaction",
    )

    def forward_candidates(self) -> list[tuple[Found, Entity, list[int]]]:
        """The speech a forward chain starts from, its speaker and the sentences the chain may
        reach: up to ``WINDOW`` sentences after it, before a sentence that holds speech, a new
        paragraph or a sentence that makes a new person the topic. The speech is the last
        direct speech of its sentence that the chain starts from, else (no direct speech there)
        a named speaker's reported speech that ends the sentence's speech."""
        out: list[tuple[Found, Entity, list[int]]] = []
        if self.lex.language != "de":
            return out  # unquoted direct speech is a German (10kGNAD) convention
        for j in range(len(self.sentences)):
            held = self.quoted_sentences.get(j, [])
            fs = [f for f in held if f.kind == "direct"]
            if fs:
                f = fs[-1]
                if f.origin not in self.FORWARD_ORIGINS or f.speaker.entity is None:
                    continue
                if f.speaker.how == "frame":
                    # "Der Krieg will ihr nicht in den Kopf: Mein Gott, …": one line cited in
                    # the writer's account (a review, a portrait); the writer goes on after it
                    continue
            elif held:
                f = max(held, key=lambda g: g.end)
                if (
                    f.kind != "indirect"
                    or f.hearsay
                    or f.origin == "source"  # "Laut X …": where the writer has it from
                    or f.speaker.entity is None
                ):
                    continue
            else:
                continue
            ent = f.speaker.entity
            assert ent is not None
            if self._narrated_tail(self.sentences[j], f) or (
                (ent.type == "ORG" or ent.name.lower() in self.lex.media_names)
                and self._report_cue(self.sentences[j])
            ):
                continue
            ks: list[int] = []
            for k in range(j + 1, min(len(self.sentences), j + 1 + WINDOW)):
                nxt = self.sentences[k]
                if k in self.quoted_sentences or nxt.segment != self.sentences[j].segment:
                    break
                if k in self.topic_sentences or not nxt.tokens:
                    break
                ks.append(k)
            if ks:
                out.append((f, ent, ks))
        return out

    def rule_continues(self, f: Found, ent: Entity, k: int) -> bool:
        """The hand-written test: sentence ``k`` after direct speech is a plain statement (its
        pronouns may speak of another party: one the speech names, or one the resolver binds
        them to)."""
        if f.kind != "direct" or k - f.sentence >= 3:
            return False
        nxt = self.sentences[k]
        return self._statement(nxt, ent) or (
            (self._names_other_person(f, ent) or self._pronouns_for_others(nxt, ent))
            and self._statement(nxt, ent, others=True)
        )

    def forward_pass(self) -> None:
        """Direct speech goes on after its cue sentence ("…, sagte X. <statement>"): each
        sentence taken (the hand-written test, weighed by the learned one where it is shipped),
        up to the first that is not."""
        for f, ent, ks in self.forward_candidates():
            for k in ks:
                if k in self.quoted_sentences:
                    break
                toks = self.sentences[k].tokens
                sp = Resolved(ent, 0.5, "continuation")
                if ent.type == "PER" and self._names_entity(self.sentences[k], ent, 0, len(toks)):
                    # "Pohl findet es gut, …": the writer's sentence about the speaker;
                    # "Der 54-Jährige versprach: Wir sind …": their words after its colon
                    lo = self._lead_in_end(self.sentences[k], ent)
                    if lo == 0:
                        break
                    self.add(
                        Found("direct", toks[lo].start, toks[-1].end, sp, None, k, 0.4, "forward")
                    )
                    continue
                if self._opens_with_unknown_name(self.sentences[k]):
                    break
                if not self.continues(f, ent, k, self.rule_continues(f, ent, k)):
                    break
                self.add(Found("direct", toks[0].start, toks[-1].end, sp, f.cue, k, 0.4, "forward"))

    def _opens_with_unknown_name(self, sent: Sentence) -> bool:
        """ "…, erklärt die Studentin. … Jan aus dem nahen Linz sieht es genauso": a
        sentence that opens with a given name (the entity lexicon's) that goes on into a
        phrase, and that no entity starts at, brings in someone new — the writer narrates;
        the speaker before does not go on (session 35). Not a name addressed or answered
        ("Emil, in zwei Jahren Jussuf.")."""
        from newsgraph.structure.rules import given_names

        toks = sent.tokens
        if len(toks) < 2 or toks[0].text not in given_names() or not toks[1].is_word:
            return False
        return not any(
            s <= toks[0].start < e
            for s, e, _ent in self.resolver.index.starting_in(sent.start, sent.end)
        )

    def _names_other_person(self, f: Found, ent: Entity) -> bool:
        """The speaker's own words name another person ("Tim Kessler ist ab heute unser
        Cheftrainer", "Ich kaufe Herrn X den lieben Opa nicht ab"): an "er"/"sie" right after
        them speaks of that person, not of the speaker."""
        return any(
            e.type == "PER" and e is not ent
            for _s, _e, e in self.resolver.index.starting_in(f.start, f.end)
        )

    def _pronouns_for_others(self, sent: Sentence, ent: Entity) -> bool:
        """Every "er"/"sie"/"ihn"/"ihm" of the sentence binds to another party than the speaker
        (the resolver asked with the speaker as the current source: "Die Arbeitslosenzahlen
        sind dort rückläufig, während sie in Österreich steigen"), so none is the writer's word
        about the speaker; at least one such pronoun."""
        toks = sent.tokens
        found = False
        for t in toks:
            if t.lower in BINDABLE_PRONOUNS:
                w = "sie" if t.lower == "sie" else "er"
                res = self.resolver.base_pronoun(sent, w, ent, t.start)
                if res.entity is None or res.entity is ent:
                    return False
                found = True
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
                    if opens_with_link(prev.tokens):
                        break  # "Dann wird diskutiert …": goes on with the narration before it
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

    def learned_sandwich_pass(self) -> None:
        """One sentence no rule took between two stretches of one speaker's speech ("…, sagte
        X. <sentence>. <X's speech>"): theirs when the learned continuation test rates it
        high enough (``sandwich_continues``). Not a sentence that makes a new person the topic,
        not next to a source phrase's or a hearsay report ("Laut X …": where the writer has it
        from) or a quoted fragment."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        n = len(self.sentences)
        for j in range(n - 2):
            g, k = j + 1, j + 2
            if g in self.quoted_sentences or k not in self.quoted_sentences:
                continue
            sent = self.sentences[g]
            if (
                not sent.tokens
                or sent.quotes
                or g in self.topic_sentences
                or {self.sentences[j].segment, self.sentences[k].segment} != {sent.segment}
            ):
                continue
            held = [
                x
                for x in self.quoted_sentences.get(j, [])
                if self._sandwich_side(x) and x.speaker.how != "frame"  # see forward_candidates
            ]
            after = [x for x in self.quoted_sentences[k] if self._sandwich_side(x)]
            ents = {id(x.speaker.entity) for x in after}
            mine = [x for x in held if id(x.speaker.entity) in ents]
            if not mine:
                continue
            f = mine[-1]
            ent = f.speaker.entity
            assert ent is not None
            if not _has_finite(sent.tokens) or not self._statement(sent, ent):
                continue  # a plain statement only ("Im Deutschen nur ein Buchstabe, …": no verb)
            if not self.sandwich_continues(f, ent, g):
                continue
            sp = Resolved(ent, 0.5, "continuation")
            toks = sent.tokens
            self.add(Found("direct", toks[0].start, toks[-1].end, sp, f.cue, g, 0.4, "sandwich"))

    @staticmethod
    def _sandwich_side(f: Found) -> bool:
        return (
            f.speaker.entity is not None
            and f.kind in ("direct", "indirect")
            and f.origin not in ("source", "marks")
            and not f.hearsay
        )

    def sandwich_pass(self) -> None:
        """Plain statements between two quotes of one speaker are that speaker's words."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        n = len(self.sentences)
        for j in range(n):
            if j not in self.quoted_sentences:
                continue
            speakers = {
                f.speaker.entity.id
                for f in self.quoted_sentences[j]
                if f.speaker.entity and f.speaker.how != "frame"  # one cited line: see forward
            }
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
                    # or a person's speech after it opens its sentence and its cue follows
                    # the words ("…, sagte X. Die Ausnahme war die Spitalsreform. Die Politik …
                    # ist vorbei, befand X."): the words before that cue began earlier (an
                    # organisation's past tense there is the writer's report of the facts)
                    postposed = all(
                        f.origin in ("verb", "so")
                        and f.start == self.sentences[k].tokens[0].start
                        and f.speaker.entity is not None
                        and f.speaker.entity.type == "PER"
                        for f in self.quoted_sentences[k]
                    )
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
                        and ((both_direct and (uncued or postposed)) or not past)
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
