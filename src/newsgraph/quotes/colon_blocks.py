"""Speech after a colon: a cue before it (``…, sagte X: …``), a name or a speech noun as
its label (``X: …``, ``Die Antwort von X: …``), a first-person block after a writer's frame, and
reported speech before a colon."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.content_after_cue import ContentAfterCue
from newsgraph.quotes.content_before_cue import ContentBeforeCue
from newsgraph.quotes.extractor_state import Cue
from newsgraph.quotes.guards import _conditional, _has_finite, _past, own_subject
from newsgraph.quotes.interviews import Interviews
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import FUNCTION_WORDS, SUBORDINATORS, WH_WORDS
from newsgraph.quotes.speaker_words import PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

_DASHES = ("–", "—", "-")
COLON_FRAME_ADVERBS = grammar("colon_frame_adverbs")
FRAME_PRONOUNS = grammar("frame_pronouns")
OWNED_LABEL_POSSESSIVES = grammar("owned_label_possessives")
OWNED_LABEL_NOUNS = grammar("owned_label_nouns")
WORDING_LABEL_NOUNS = grammar("wording_label_nouns")


class ColonBlocks(ContentAfterCue, ContentBeforeCue, Interviews):
    """Colon blocks."""

    def colon_content(self, j: int, sent: Sentence, cues: list[Cue]) -> int | None:
        """Speech after a colon that follows a cue ("…, sagte Steiner: Ein Punkt …"); returns the
        index of the colon when it produced a quote."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.text != ":" or k + 2 >= len(toks):
                continue
            start, end = toks[k + 1].start, toks[-1].end
            if any(f.start < end and f.end > start for f in self.quoted_sentences.get(j, [])):
                continue
            span = (k + 1, len(toks))
            labelled = False
            before = [c for c in cues if c.index < k and (c.entry is None or c.entry.weight >= 0.6)]
            named, at = self.resolver.np_entity(sent, max(0, k - 10), k)
            lead = self._lead_line(sent)
            title_end = (
                self._title_label(sent, at, k, named)
                if lead and not before and named is not None and at is not None
                else None
            )
            if title_end is not None:
                # "Griechenland beantragt … – Maier: Über Antrag kann nicht … beraten werden.":
                # a title line's name label, the person introduced in the text below
                span = (k + 1, title_end)
            if before:
                c = before[-1]
                if self._explains_clause(sent, c.last, k):
                    continue  # the dass-clause of the cue goes on after the colon
                if c.kind == "verb" and self._no_speech_before_colon(sent, c):
                    continue  # "…, als X vermutet hatte: …", "Die Listen wurden bestätigt: …"
                if c.speaker.entity is None and self._own_frame(sent, c.index):
                    # "Da habe ich mir gesagt: Da muss was geschehen …": a frame in the first
                    # or second person is part of someone's speech; the whole sentence is one
                    # quote of the speaker who goes on (session 29)
                    act = self.active(j)
                    span = (0, len(toks))
                    sp = Resolved(act, 0.55, "continuation") if act else Resolved(None, 0.3, "none")
                    c = Cue("colon", k, k, (k, k + 1), ":", sp)
            elif title_end is not None and named is not None and at is not None:
                c = Cue("colon", k, k, (at, k), ":", Resolved(named, 0.6, "name"))
            elif (
                named is not None
                and named.type == "PER"
                and at is not None
                and (self.resolver._mention_end(sent, at, named) >= k - 6)
                and not lead
                # "Eine Parallele, die sich bei X und Y auftut: …": after a preposition the
                # name is no subject
                and not (at > 0 and toks[at - 1].lower in PREPOSITIONS)
                and (
                    (self._clause_like(toks[:at]) and not self._told_about(sent, k, named))
                    or (labelled := self._name_label(sent, at, k, named))
                    or self._speech_noun_label(toks[:k])
                )
            ):
                # "… zeigten Sprecherin Eva Kessler und …: Bei einer …" — a named person
                # right before the colon speaks what follows
                c = Cue("colon", k, k, (at, k), ":", Resolved(named, 0.6, "name"))
            elif (owned := self._owned_label(j, sent, k)) is not None:
                # "Seine Argumentation: Je länger man …", "Das Motto: So wie bisher kann es
                # nicht weitergehen.": a speech noun alone before the colon labels the words
                c = Cue("colon", k, k, (0, k), ":", owned)
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
            elif not any(c.index > k for c in cues) and (  # "…: Wie wir …, sagte X." has its cue
                (frame := self._first_person_frame(sent, k)) is not None
                or (frame := self._generic_frame(sent, k)) is not None
            ):
                # "Udo Brandt ist nachdenklich: Ich hab ja …" — first-person words after a
                # colon that closes a sentence naming one person are that person's; a frame
                # that only points at them with a pronoun is the writer's around one cited line
                how = "name" if self._one_person_before(sent, k) is not None else "frame"
                c = Cue("colon", k, k, (k, k + 1), ":", Resolved(frame, 0.55, how))
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
            if (
                labelled
                and kind == "indirect"
                and not mood.konj1(toks[span[0] : span[1]], self.lex)
            ):
                # "Pichler: Erstens fühlten sich die Leute dann wieder etwas sicherer, …": a
                # name label's Konjunktiv II is the person's own conditional, not a report
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

    def _title_label(self, sent: Sentence, at: int, colon: int, ent: Entity) -> int | None:
        """A person's name alone before a colon in the title line, at its start or after a dash
        ("ZTE-Chef Lang: Bis 2020 wird …", "… – Maier: Über Antrag kann …"), a role noun
        before it at most: the person's words follow, up to the next dash or the end. Only a
        person the text names again below the title (the title line is read before the body
        introduces anyone). Returns the end of the words (token index), or None."""
        toks = sent.tokens
        if ent.type != "PER" or at >= colon:
            return None
        if self.resolver._mention_end(sent, at, ent) != colon - 1:
            return None  # "Maier am Donnerstag:", "Maier und Brunner:": no bare name label
        lo = max((i + 1 for i in range(at) if toks[i].text in _DASHES), default=0)
        pre = toks[lo:at]
        if pre and not (
            all(t.is_upper for t in pre) and len(pre) <= 2 and self.lex.is_role_noun(pre[-1].text)
        ):
            return None
        if not any(m.start >= sent.end for m in ent.mentions):
            return None
        end = next((i for i in range(colon + 1, len(toks)) if toks[i].text in _DASHES), len(toks))
        body = toks[colon + 1 : end]
        if len(body) < 3 or not body[0].is_upper or not _has_finite(body):
            return None
        if any(t.text in ('"', "„", "“", "»", "«") for t in body):
            return None
        return end

    def _told_about(self, sent: Sentence, k: int, named: Entity) -> bool:
        """The words after the colon at ``k`` tell of the person named before it, or of a person
        they open with, not in the first person: the writer goes on about the matter of the
        clause before ("… hatte Keller 165 Mal angeklagt: Für jeden der zwölf Toten ist Keller
        … angeklagt", "… wird Teamchef X auf zwei Schlüsselspieler verzichten müssen: Der
        Abwehrstratege Y … fällt … aus"), not what the person named before the colon says
        ("… ließ Strobl nicht gelten: Jetzt geht es um …, und der Kandidat ist Tim Lehner")."""
        toks = sent.tokens
        if mood.first_person(toks[k + 1 :], self.lex):
            return False
        index = self.resolver.index
        if any(ent is named for _s, _e, ent in index.starting_in(toks[k + 1].start, sent.end)):
            return True
        verb = next((i for i in range(k + 1, len(toks)) if toks[i].tag in FINITE_TAGS), None)
        end = toks[verb].start if verb is not None else sent.end
        return any(ent.type == "PER" for _s, _e, ent in index.starting_in(toks[k + 1].start, end))

    def _own_frame(self, sent: Sentence, cue: int) -> bool:
        """The clause of the cue before a colon has a first- or second-person subject ("Da
        habe ich mir gesagt:", "…, und du bekommst alles nur im Fernsehen mitgeteilt:"): the
        rule that decides a cue's own subject (``guards.own_subject``), with the listener's
        ``du`` too."""
        return own_subject(sent.tokens, self.clause_bounds(sent, cue), cue, addressed=True)

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
        named = self._one_person_before(sent, k)
        if named is not None:
            return named
        return self._pronoun_frame_person(sent, k)

    def _pronoun_frame_person(self, sent: Sentence, k: int) -> Entity | None:
        """The person a third-person singular pronoun in the frame before the colon at ``k``
        points at ("Die Liebe zu Zahlen ist ihm angeboren: Ich habe …"), when the frame names
        nobody: the pronoun resolver's person, only a confident one."""
        toks = sent.tokens
        if self.lex.language != "de":
            return None
        if any(True for _ in self.resolver.index.starting_in(sent.start, toks[k].start)):
            return None  # a name in the frame: ``_one_person_before`` decided
        pronouns = [t for t in toks[:k] if t.lower in FRAME_PRONOUNS and t.text != "Ihr"]
        if len(pronouns) != 1:
            return None
        t = pronouns[0]
        word = "sie" if t.lower == "ihr" else "er"  # the nominative decides the gender
        res = self.resolver.pronoun(sent, word, self.active(self._index(sent)), t.start)
        if res.entity is None or res.entity.type != "PER" or res.confidence < 0.65:
            return None
        return res.entity

    def _generic_frame(self, sent: Sentence, k: int) -> Entity | None:
        """The one person that the words before the colon at ``k`` name when the words after
        it are a general statement with the generic "man" in the present tense — the person's
        own maxim, not the writer's account ("Kein Verständnis kann X für die Entscheidung
        aufbringen, …: Das ist die dümmste Idee, die man sich nur vorstellen kann.")."""
        toks = sent.tokens
        if k < 2 or self._lead_line(sent) or toks[k - 1].text in ("?", "!"):
            return None
        body = toks[k + 1 :]
        if self.lex.language != "de" or not body[0].is_upper:
            return None
        if not any(t.lower == "man" for t in body):
            return None
        if any(_past(t) for t in body) or mood.konj1(body, self.lex):
            return None
        # a pronoun alone is no safe pointer here ("… stört ihn die Polizeipräsenz:" after a
        # first name the entity layer did not tag went to the person named before)
        return self._one_person_before(sent, k)

    def _one_person_before(self, sent: Sentence, k: int) -> Entity | None:
        """The person named before token ``k`` when exactly one is."""
        toks = sent.tokens
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

    def _owned_label(self, j: int, sent: Sentence, k: int) -> Resolved | None:
        """The words before the colon at ``k`` are only a speech noun with a possessive ("Seine
        Argumentation:", "Ihre Begründung:") or a noun for a fixed wording with its article
        ("Das Motto:", "Der entsprechende Beschluss:"), adjectives between at most: the words
        after it are what was said. The speaker: the person or body the possessive points at
        (the pronoun resolver's, a confident one), for an article the current source, else
        nobody known. Not in a title line."""
        toks = sent.tokens
        pre = toks[:k]
        if self.lex.language != "de" or not 2 <= len(pre) <= 4 or self._lead_line(sent):
            return None
        head, noun = pre[0].lower, pre[-1]
        if not noun.is_upper or not all(t.tag == "ADJA" for t in pre[1:-1]):
            return None
        word = noun.lower
        if head in OWNED_LABEL_POSSESSIVES:
            if word not in self.lex.speech_nouns and word not in OWNED_LABEL_NOUNS:
                return None
            pronoun = "er" if head.startswith("sein") else "sie"
            res = self.resolver.pronoun(sent, pronoun, self.active(j), pre[0].start)
            if res.entity is None or res.confidence < 0.5:
                return Resolved(None, 0.3, "none")
            return Resolved(res.entity, 0.55, "continuation")
        if head in DEFINITE and word in WORDING_LABEL_NOUNS:
            act = self.active(j)
            return Resolved(act, 0.5, "continuation") if act else Resolved(None, 0.3, "none")
        return None

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
        """ "Aigner: Die Aufforderung … entbehrt jeder Grundlage." — the name of a person the
        text has already introduced, alone before a colon, labels a statement."""
        toks = sent.tokens
        end = self.resolver._mention_end(sent, at, ent)
        pre, post = toks[:at], toks[end + 1 : colon]
        # "Teamkollege X nüchtern: …": a role noun before the name, a manner word after it
        titled = bool(pre) and all(t.is_upper for t in pre) and self.lex.is_role_noun(pre[-1].text)
        # "Dazu der Kommissar: …", "Darauf X: …": one frame adverb before the name
        framed = len(pre) == 1 and pre[0].lower in COLON_FRAME_ADVERBS
        if pre and not titled and not framed:
            return False
        # "X am Donnerstag:", "X nach dem Spiel:": a preposition, an article and one noun
        # (when or where the person spoke) may stand between the name and the colon
        adverbial = (
            2 <= len(post) <= 3
            and post[0].lower in PREPOSITIONS
            and post[-1].is_upper
            and all(t.lower in DEFINITE or t.lower in FUNCTION_WORDS for t in post[1:-1])
        )
        # "Kovacs Antwort:", "Brandts Fazit:": a speech noun owned by the name
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
            # "Posch: Wenn wir unsere Leistung bringen, …": first-person words speak for the label
            and not mood.first_person(toks[colon + 1 :], self.lex)
        ):
            return False  # a name the text has not introduced, unless it answers an interview
        body = toks[colon + 1 :]
        if len(body) >= 2 and body[0].is_upper and self._after_question(sent):
            return True  # "STANDARD: Hilft Ihnen das? X: Definitiv.": a short answer
        return len(body) >= 3 and body[0].is_upper and _has_finite(body)

    def _after_question(self, sent: Sentence) -> bool:
        """Whether the sentence before this one, in the same paragraph, is a question."""
        k = self._index(sent) - 1
        if k < 0:
            return False
        prev = self.sentences[k]
        return prev.segment == sent.segment and prev.text.rstrip().endswith("?")

    def _clause_like(self, toks: list[Token]) -> bool:
        """Words before a name that make a clause ("Fassungslos … zeigten"), not a label."""
        words = [t for t in toks if t.is_word]
        lower = [t for t in words if t.text[:1].islower() and t.lower not in FUNCTION_WORDS]
        return len(words) >= 3 and bool(lower)
