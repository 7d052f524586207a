"""First-person speech with no cue of its own: the current speaker's words, the person
the text has just been talking about, a switch into the first person inside the writer's
sentence, and the plain statements that can go on a speaker's words."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.guards import _infinitive_sein, _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import (
    BINDABLE_PRONOUNS,
    BOUNDARY,
    FINITE_AUXILIARIES,
    HEADING_TYPES,
    SUBORDINATORS,
    THIRD_PERSON,
)
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS, PREPOSITIONS
from newsgraph.quotes.text import Sentence
from newsgraph.quotes.verb_cues import VerbCues, _object_article_before
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

CALENDAR_WORDS = grammar("calendar_words")
MONTH_AMBIGUOUS = frozenset(["mai", "august"])  # also a given name: only after "8."


class FirstPerson(VerbCues):
    """First-person blocks and statements."""

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
            if _object_article_before(toks, 0, idx):
                # "PSG braucht den besten Kai, und ich bin sicher, …": a name after a
                # dative or accusative article is an object, not the person whose words follow
                return False
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
            hi = len(toks) - 1
            if lo == 0:
                if self._names_entity(sent, act, 0, mood.first_person_at(toks, self.lex)):
                    # "Pohl findet es gut, wenn …, dass wir …", "Neben dem Budget ist
                    # dem Bürgermeister wichtig, wie wir …": a sentence that names the speaker
                    # before the first person is the writer's about them, the first person
                    # only that of a clause it reports (a name after it may be a cue clause:
                    # "Ich weiß nicht, …, war die Fußballerin überrascht")
                    st.active_sentence = j
                    return True
                # "Wir nehmen eure Ängste ernst: Diese Botschaft will X vermitteln": the
                # speaker's words end at the colon of the writer's clause that names them
                hi = self._words_before_naming_colon(sent, act) or hi
            self.add(
                Found("direct", toks[lo].start, toks[hi].end, sp, None, j, 0.45, "continuation")
            )
            st.active_sentence = j
            return True
        return self.first_person_block(j, sent)

    def _names_entity(self, sent: Sentence, ent: Entity, lo: int, hi: int) -> bool:
        """A mention of ``ent`` (its name, or a role noun the resolver bound to it) in tokens
        ``lo``..``hi`` of the sentence, outside quotation marks."""
        toks = sent.tokens
        if hi <= lo:
            return False
        return any(
            e is ent and not sent.inside_quote(s)
            for s, _e, e in self.resolver.index.starting_in(toks[lo].start, toks[hi - 1].end)
        )

    def _words_before_naming_colon(self, sent: Sentence, ent: Entity) -> int | None:
        """The last token of first-person words that end at a colon after which the writer's
        clause names their speaker ("Wir nehmen eure Ängste ernst: Diese Botschaft will X …"),
        or None."""
        toks = sent.tokens
        colon = next(
            (k for k, t in enumerate(toks) if t.text == ":" and not sent.inside_quote(t.start)),
            None,
        )
        if (
            colon is None
            or colon < 2
            or not mood.first_person(toks[:colon], self.lex)
            or mood.first_person(toks[colon + 1 :], self.lex)
            or self._names_entity(sent, ent, 0, colon)
            or not self._names_entity(sent, ent, colon + 1, len(toks))
        ):
            return None
        return colon - 1

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
        speaker = self._sentence_subject(anchor) or self._object_person(k)
        if speaker is None:
            return False
        if self._names_entity(sent, speaker, 0, mood.first_person_at(sent.tokens, self.lex)):
            return False  # "Jedoch hat X … bezogen, die uns …": the writer's words about X
        label = next((k for k, t in enumerate(sent.tokens[:3]) if t.text == ":"), None)
        if label and all(t.is_upper for t in sent.tokens[:label]):
            names = {w.lower() for w in speaker.name.split()}
            if not any(t.lower in names for t in sent.tokens[:label]):
                return False  # "Posch: Wenn wir …": the label names another speaker
        sp = Resolved(speaker, 0.5, "continuation")
        for g in [*reversed(gap), j]:
            toks = self.sentences[g].tokens
            lo = self._lead_in_end(self.sentences[g], speaker) if g == j else 0
            self.add(Found("direct", toks[lo].start, toks[-1].end, sp, None, g, 0.4, "block"))
        self.set_active(speaker, j, explicit=False)
        return True

    def _sentence_subject(self, sent: Sentence) -> Entity | None:
        """The person a sentence is about: a personal pronoun or a person's name before or
        right after its finite verb ("So kam er …", "Dabei entkam Horvath", "Darauf wollten
        sich Kainz und seine Kollegen nicht festlegen")."""
        toks = sent.tokens
        for i, t in enumerate(toks[:6]):
            if t.lower in PERSONAL_PRONOUNS and (i == 0 or not t.is_upper):
                res = self.resolver.base_pronoun(
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

    def _object_person(self, k: int) -> Entity | None:
        """The man a sentence about him has as its object pronoun when its subject is no
        person ("Für die Freiheitlichen hat sich X entschieden. … Die erste Begegnung mit Y hat
        ihn überzeugt. Ich habe …"): "ihn"/"ihm", not in a prepositional phrase ("mit ihm"),
        bound like "er" to a man named in that sentence or the two before it (not a thing:
        "Wer ihn trägt, will …" about a beard, a man named paragraphs before)."""
        sent = self.sentences[k]
        toks = sent.tokens
        for i, t in enumerate(toks):
            if t.lower not in ("ihn", "ihm") or (i > 0 and toks[i - 1].lower in PREPOSITIONS):
                continue
            ent = self.resolver.base_pronoun(
                sent, "er", self.active(len(self.sentences)), t.start
            ).entity
            if ent is None or ent.type != "PER":
                return None
            since = self.sentences[max(0, k - 2)].start
            return ent if any(since <= m.start < t.start for m in ent.mentions) else None
        return None

    def _statement(
        self, sent: Sentence, speaker: Entity | None, past: bool = False, others: bool = False
    ) -> bool:
        """A plain present-tense sentence that names nobody else: it can go on a statement
        (``past``: a past tense too; ``others``: its "er"/"sie"/"ihn"/"ihm" are known to speak
        of someone else, so they do not make it the writer's word about the speaker)."""
        toks = sent.tokens
        if not toks or sent.quotes:
            return False
        if mood.konj1(toks, self.lex) or mood.konj2(toks, self.lex, use_tagger=True):
            return False
        if any(
            (t.lower in PERSONAL_PRONOUNS and not others)
            or (
                t.lower in THIRD_PERSON
                and not _infinitive_sein(toks, k)
                and not (others and t.lower in BINDABLE_PRONOUNS)
            )
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
                if (
                    i >= 2
                    and toks[i - 1].lower == "zu"
                    and any(
                        u.lower in ("ist", "sind", "war", "wäre")
                        for u in toks[self.clause_bounds(sent, i)[0] : i]
                    )
                ):
                    continue  # "Daher ist kaum zu erwarten, dass …": nobody's words
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
