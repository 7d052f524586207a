"""Who speaks: entity mentions near a cue, pronouns, role nouns, the current source.

Everything resolves to an entity of ``Article.entities`` (through its mentions) or to None.

:class:`SpeakerResolver` resolves the subject of a cue (:meth:`SpeakerResolver.subject`: the
subject before or after the verb, coordinated and conjunct subjects, a subheading run into the
sentence); it joins the mixins of the other rules: ``noun_phrase_entities`` (the entity a noun
phrase names), ``organisations`` (institutions, organisation nouns, media), ``pronouns``,
``roles`` and ``role_speakers`` (role nouns), ``appositions``; ``resolver_base`` holds what they
share, ``speaker_gender`` the gender tests, ``speaker_words`` the shared word lists.
"""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.pronoun_subjects import PronounSubjects
from newsgraph.quotes.resolver_base import Resolved, _finite, _is_person, _is_quote_mark
from newsgraph.quotes.speaker_gender import compatible
from newsgraph.quotes.speaker_words import (
    BOUNDARY_MARKS,
    INDEFINITE,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SUBORDINATORS,
)
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES

DEMONSTRATIVE_SUBJECTS = frozenset(["dieser", "jener", "letzterer"])  # masculine singular
# relative pronouns that are a clause's subject ("X, der … bestätigt")
NOMINATIVE_RELATIVES = frozenset(["der", "die", "das", "welcher", "welche", "welches"])
# subordinators that open a cue clause whose subject may carry a name in apposition
SUBORDINATE_SUBJECT_OPENERS = grammar("subordinate_subject_openers")

# words that open a clause before its subject: "wie er sagte", "obwohl er betonte",
# "wenngleich auch er betonte" (any subordinator of grammar.yaml, the coordinating conjunctions,
# and focus particles; up to three of them are skipped)
CLAUSE_OPENERS = (
    frozenset(
        [
            "wie",
            "as",
            "als",
            "zudem",
            "auch",
            "doch",
            "aber",
            "und",
            "oder",
            "sondern",
            "denn",
            "da",
            "obgleich",
            "obschon",
            "wenngleich",
            "zumal",
            "selbst",
            "sogar",
            "ebenfalls",
        ]
    )
    | SUBORDINATORS
)

# particles that may stand between a post-posed verb of saying and its subject pronoun
FOCUS_PARTICLES = frozenset(
    ["auch", "ebenfalls", "jedoch", "aber", "allerdings", "zudem", "wiederum", "dann", "nun"]
)
FRONTED_PARTICIPLE_AUXILIARIES = frozenset(["hat", "haben", "hatte", "hatten"])

# the auxiliary between a subject and the participle of its cue ("X ist überzeugt, dass …")
RUN_IN_AUXILIARIES = frozenset(["hat", "hatte", "ist", "war", "zeigt", "zeigte"])

# punctuation that a subheading run into its sentence does not hold before the name
RUN_IN_STOPS = frozenset([",", ":", ";", "(", ")", "–", "—", '"', "„", "“"])
PERFECT_AUXILIARIES = frozenset(
    ["hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war", "waren"]
)

# adverbs between "und" and a second verb of saying ("und fügte jedoch hinzu")
COORDINATED_CUE_ADVERBS = frozenset(["jedoch", "aber", "zugleich", "auch", "dann", "später"])

# particles of split verbs of saying right after the finite verb ("räumte ein, dass")
PREFIX_PARTICLES = frozenset(["ein", "an", "hinzu", "mit", "fest", "aus", "zu", "vor"])

# an indefinite noun phrase ("einem hochrangigen Politiker"): article, up to two lower-case words
RELATIVE_ADVERBS = grammar("relative_adverbs") | grammar("subject_after_adverbs")
PARTY_MEMBER_NOUNS = grammar("party_member_nouns")
# the articles of a subject after an inverted verb that may open an extended attribute
ARTICLES_BEFORE_ATTRIBUTE = frozenset(["der", "die", "das", "ein", "eine"])
MAX_ATTRIBUTE_TOKENS = 10
POSSESSIVES_EN = frozenset(["his", "her", "their", "its", "our", "my", "your"])
ATTRIBUTE_SUFFIXES = ("-based", "-born", "-backed", "-led", "-owned", "-run", "-area")
EN_CONJUNCTIONS = frozenset({"but", "and", "yet"})
EN_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "previously"})
# articles of a dative or accusative noun phrase: a medium after them is addressed
ADDRESSEE_ARTICLES = frozenset(["dem", "den", "einem"])


class SpeakerResolver(PronounSubjects):
    """Resolves the subject of a cue to an entity."""

    def subject(
        self, sent: Sentence, verb: int, clause: tuple[int, int], active: Entity | None
    ) -> Resolved:
        res = self._subject(sent, verb, clause, active)
        if res.entity is not None and res.entity.type == "ORG" and not self.english:
            member = self._party_member(sent, verb, res)
            if member is not None:
                return member
        return res

    def _party_member(self, sent: Sentence, verb: int, res: Resolved) -> Resolved | None:
        """ "Doch der Grüne beklagt", "Der Republikaner warf … vor": a party's name used as a
        singular person noun (a definite article, lower-case attributes, the noun, and a
        singular finite verb) names one member, not the party: the person named before who
        belongs to it (by affiliation), else the one person of the sentence before, else
        nobody known."""
        toks = sent.tokens
        if res.at is None:
            return None
        lo, hi = res.at
        if hi >= len(toks) or toks[hi].text not in PARTY_MEMBER_NOUNS:
            return None
        noun = toks[hi]
        k = lo + (1 if toks[lo].lower in CLAUSE_OPENERS else 0)
        if toks[k].lower not in ("der", "die") or not all(
            t.is_word and not t.is_upper for t in toks[k + 1 : hi]
        ):
            return None
        if toks[verb].lower.endswith(("en", "rn", "ln")) or toks[verb].is_upper:
            return None  # "Die Grünen fordern": the party
        party = res.entity
        assert party is not None
        offset = noun.start
        names = {party.name.casefold(), *(m.text.casefold() for m in party.mentions)}
        near = [
            e
            for e in self.index.before(offset, ("PER",))
            if any(0 < offset - m.start < 1500 for m in e.mentions)
        ]
        for ent in near:
            if ent.affiliation and ent.affiliation.casefold() in names:
                return Resolved(ent, 0.6, "role", at=res.at)
        stem = noun.lower[:5]  # "grüne", "linke", "repub"
        text = self.article.text
        for ent in near:
            # "Der Linke Ben X", "der Grünen-Finanzexperte X", "republikanischer Sprecher":
            # the person introduced with the party's word
            if any(stem in r.casefold() for r in ent.roles) or any(
                stem in text[max(0, m.start - 40) : m.start].casefold()
                for m in ent.mentions
                if m.start < offset
            ):
                return Resolved(ent, 0.6, "role", at=res.at)
        before = self._previous_sentence(sent)
        if before is not None:
            people = {e.id: e for _s, _e, e in self.index.starting_in(*before) if e.type == "PER"}
            if len(people) == 1:
                return Resolved(next(iter(people.values())), 0.55, "role", at=res.at)
        return Resolved(None, 0.4, "role", at=res.at)

    def _subject(
        self, sent: Sentence, verb: int, clause: tuple[int, int], active: Entity | None
    ) -> Resolved:
        toks = sent.tokens
        lo, hi = clause
        if lo == verb and lo > 1 and toks[lo - 1].text == ")":
            # "Minister X (CSU) versprach": the bracket belongs to the subject
            k = lo - 1
            while k > 0 and toks[k].text != "(":
                k -= 1
            while k > 0 and toks[k - 1].text not in ",:;()–—":
                k -= 1
            if k < lo - 1:
                lo = k
        antecedent = self._relative_antecedent(sent, lo, verb)
        if antecedent is not None:
            return antecedent
        if not self.english and 0 < lo < verb and toks[lo - 1].text == ",":
            # "…, wie der Projektleiter der X, Y, am Montag mitteilte: …" (session 22)
            inner = self._subordinate_apposition(sent, lo, verb)
            if inner is not None:
                return inner
        if lo < verb and _finite(toks[lo]) and lo > 0 and toks[lo - 1].text == ",":
            # "Der Chef der X, Y, hatte die Behörden aufgerufen, …": the auxiliary that opens
            # the cue clause follows the subject in apposition
            opening = self._apposition_before(sent, lo)
            if (
                opening is not None
                and opening.at is not None
                and self._opening_apposition(sent, lo, opening.at[0])
            ):
                return opening
        # inverted order: "sagte Maier", "sagte er", "erklärte der Minister"
        after_lo = verb + 1
        first_after = toks[after_lo].lower if after_lo < len(toks) else ""
        inverted = verb == lo or (verb > lo and toks[verb - 1].text in ",:")
        if (
            verb == lo
            and first_after in FRONTED_PARTICIPLE_AUXILIARIES
            and after_lo + 1 < len(toks)
        ):
            # "Hervorgehoben hat er, dass …", "Betont hat die Ministerin, …": a fronted
            # participle (no finite verb stands right before a finite "hat"); the subject
            # follows its auxiliary
            after_lo += 1
            first_after = toks[after_lo].lower
        if (
            not self.english
            and first_after in FOCUS_PARTICLES
            and after_lo + 1 < len(toks)
            and toks[after_lo + 1].lower in PERSONAL_PRONOUNS
        ):
            # "…, behauptete auch er", "…, sagte jedoch sie": a particle before the pronoun
            # that is the subject
            after_lo += 1
            first_after = toks[after_lo].lower
        before_subject = self._clause_initial(sent, lo, verb, active)
        pronoun_after = (
            not inverted
            and first_after in PERSONAL_PRONOUNS
            and (first_after == "er" or toks[lo].lower in ("dem", "den", "einem", "einer"))
        )
        if pronoun_after:
            # "Dem Telegraph sagte er", "Die Domain bezeichnete er als …": a subject pronoun
            # right after the verb; what stands before it is an object
            before_subject = None
        aux = verb
        while self.english and aux > max(lo, 1) and toks[aux - 1].lower in EN_AUXILIARIES:
            aux -= 1  # "…,” X, a senior fellow at Y, has written."
        if self.english and aux > 0 and toks[aux - 1].text == ",":
            # "General X, chairman of Y, told US media that …": the name before the
            # apposition is the subject (English inverts only after the quote)
            named = self._english_apposition_subject(sent, aux)
            if named is not None:
                return named
        if (
            not inverted
            and not self.english
            and before_subject is not None
            and self._media_object(sent, lo, before_subject)
        ):
            # "Der Zeitung Kurier sagte Huber, …", "Dem STANDARD sagte der Minister": the
            # medium before the verb is the dative object, the subject follows the verb
            after = self._subject_after_media(sent, after_lo, hi, active)
            if after is not None:
                return after
        if (
            self.english
            and not inverted
            and verb > lo
            and toks[verb - 1].text[:1].isupper()
            and toks[verb - 1].lower not in PERSONAL_PRONOUNS
            and not any(self.index.covering(t.start, t.end) for t in toks[lo:verb])
            and not self.lex.is_role_noun(toks[verb - 1].text)
            and not any(t.text in self._name_tails for t in toks[lo:verb])
        ):
            # "Coach P.J. Fleck said", "Hawk Sawyer said": a name the entity layer missed is
            # the subject; no role noun before it and no person named earlier speaks here;
            # an organisation when its name ends in an organisation head ("The World Health
            # Organization reported")
            body = self.english_subject_body(sent, lo, verb)
            return body if body is not None else Resolved(None, 0.3, "none", at=(lo, verb - 1))
        if (
            self.english
            and not inverted
            and verb > lo
            and before_subject is not None
            and before_subject.at is not None
            and toks[before_subject.at[0]].lower.endswith(ATTRIBUTE_SUFFIXES)
        ):
            # "Washington-based analysts say": the place describes the speakers
            return Resolved(None, 0.3, "none", at=(lo, verb - 1))
        if not inverted and not self.english and before_subject is not None:
            teller = self._relative_teller(sent, lo)
            if teller is not None:
                # "…, der dem STANDARD bestätigt, dass …": the relative pronoun is the subject,
                # the medium after it is told
                return teller
        if not inverted and before_subject is not None:
            return before_subject
        if self.english and not inverted and verb > lo:
            shared = self._english_conjunct_subject(sent, lo, verb, active)
            if shared is not None:
                return shared
            if (
                aux == verb
                and toks[verb - 1].text != ","
                and any(_is_quote_mark(t.text) for t in toks[: lo + 1])
            ):
                # '"…," X, a research analyst at the Council on Energy, Environment and Water
                # think tank told CBS News': the writer left out the comma that closes the
                # apposition, so the words before the verb name no one; the name before the
                # apposition is the subject
                named = self._english_apposition_subject(sent, aux)
                if named is not None:
                    return named
            # English keeps the subject before the verb: "Officials told X that …" names no
            # speaker in X (an object), "The police told X" the police
            return Resolved(None, 0.3, "none", at=(lo, verb - 1))
        if not inverted and not pronoun_after and self._unknown_subject(sent, lo, verb):
            # "Die Rebellen riefen den Außenminister auf, …": the subject stands before the
            # verb and names nobody known; the person after the verb is the object
            return Resolved(self._plural_group(sent, lo, verb), 0.4, "role", at=(lo, verb - 1))
        if first_after in PERSONAL_PRONOUNS:
            res = self.pronoun(sent, first_after, active, toks[after_lo].start)
            res.at = (after_lo, after_lo)
            return res
        if self._demonstrative_at(sent, after_lo):
            # "Zugleich weist diese darauf hin, dass …", "kam diese zu dem Erkenntnis, dass …"
            res = self.demonstrative(sent, toks[after_lo].start)
            res.at = (after_lo, after_lo)
            return res
        if inverted and not self.english:
            # "erklärt der ebenfalls an der Studie beteiligte Politologe X", "sagte der in
            # Hamburg lebende Ukrainer": the extended attribute before the head noun names no
            # speaker; the phrase is read from its participle on
            after_lo = self._extended_attribute_end(sent, after_lo)
        ent, idx = self.np_entity(
            sent, after_lo, min(max(hi, after_lo + 1), after_lo + 12), max_start=after_lo + 5
        )
        if (
            ent is not None
            and idx is not None
            and self._blocked(sent, after_lo, idx)
            and not (self.english and self._speech_noun_of(sent, after_lo, idx))
        ):
            ent = idx = None  # '"…," said a report from X': X's words (English only)
        if self.english and toks[verb].lower in ("told", "tells", "tell"):
            # '"…," X, a member of the group, told NBC News': English inverts "said X" but
            # never "told X": the name after "told" is the addressee
            ent = idx = None
        if self.english and after_lo < len(toks) and toks[after_lo].lower in POSSESSIVES_EN:
            # "X, who represents Y, said his client …": a possessive after the verb opens the
            # content (the entity layer may have bound "his" to a person)
            ent = idx = None
        appositive = self._apposition_before(sent, verb) if inverted else None
        if (
            ent is not None
            and appositive is not None
            and appositive.at is not None
            and self._opening_apposition(sent, verb, appositive.at[0])
        ):
            # "Der Menschenrechtskommissar des Europarats, X, hatte die Behörden aufgerufen,
            # …": the sentence opens with a role phrase and the name in apposition, so the
            # comma before the verb closes the subject, and what follows the verb is an object
            return appositive
        if ent is not None and idx is not None and inverted and ent.type != "PER":
            opener = self._subject_before_apposition(sent, verb)
            if opener is not None and _is_person(opener.entity):
                # "X, zugleich Chef der Y, warf der Türkei vor, …", "Die 55-jährige X, die …
                # ist, sagte dem STANDARD": the name and its apposition (or relative clause)
                # before the verb are the subject; the place or medium after it is an object
                return opener
        if ent is not None and idx is not None:
            end = self._mention_end(sent, idx, ent)
            addressed = None if self.english else self._addressee(sent, after_lo, idx)
            if addressed is not None:
                # "sagte dem STANDARD", "warnt den STANDARD", "sagte ein Polizeisprecher dem
                # WDR": a name in the dative or accusative is told, it does not speak
                return self._subject_before_addressee(
                    sent, verb, clause, after_lo, addressed, (appositive, before_subject), active
                )
            if self.is_media(sent, idx, ent):
                # "sagte X der Nachrichtenagentur Reuters", "Der Chef …, X, sagte Reuters": the
                # medium relays X; it speaks itself only when nobody else is named
                other, pos = self.np_entity(sent, end + 1, min(hi, end + 8), max_start=end + 4)
                if (
                    other is not None
                    and pos is not None
                    and not self.is_media(sent, pos, other)
                    # "teilte die ARD … auf tagesschau.de mit": a place of publication
                    and toks[pos - 1].lower not in PREPOSITIONS
                ):
                    return Resolved(
                        other, 0.85, "name", at=(after_lo, self._mention_end(sent, pos, other))
                    )
                if appositive is not None:
                    return appositive
                if before_subject is not None and before_subject.entity is not None:
                    return before_subject
                told = self._agency_told(sent, after_lo, idx, ent, active)
                if told is not None:
                    # "Die Telekom streicht … , sagte ein Sprecher der dpa": the agency is
                    # told; the spokesperson speaks for the organisation of the context
                    return Resolved(told, 0.5, "role", at=(after_lo, idx - 2))
                if (
                    idx > after_lo
                    and toks[after_lo].lower in INDEFINITE
                    and not any(
                        t.text.split("-")[-1] in self.lex.spokesperson_nouns
                        for t in toks[after_lo : end + 1]
                    )
                    and not self._medium_compound(sent, idx, ent)
                ):
                    # "berichtet eine junge Studentin dem STANDARD", "sagte ein Augenzeuge der
                    # Agentur X": an unnamed subject; the medium only relays ("ein Sprecher
                    # der Agentur", "ein Reuters-Reporter" speak for it)
                    return Resolved(None, 0.5, "none", at=(after_lo, end))
                if (
                    toks[after_lo].lower in ("der", "die")
                    and idx > after_lo + 1
                    and any(
                        t.is_upper and self.lex.is_role_noun(t.text)
                        for t in toks[after_lo + 1 : idx]
                    )
                ):
                    # "sagte der Minister der Zeitung X": the role noun before the medium
                    role = self._role_in(sent, after_lo, idx, active)
                    if role is not None and role.entity is not ent:
                        return role
            elif (
                ent.type == "ORG"
                and idx == after_lo + 1
                and toks[after_lo].lower in ("der", "die")
                and (titled := self._titled_person(ent, toks[idx].start)) is not None
            ):
                # "sagte der EZB-Rat" after "EZB-Rat Udo Kainz": the word titled a person
                # (a role noun the entity layer read as an organisation)
                return Resolved(titled, 0.7, "role", at=(after_lo, end))
            elif ent.type != "PER" and self._role_in(sent, after_lo, idx, active) is not None:
                # "sagte der Chefunterhändler der Regierung, X": the person in apposition
                person = self._apposition_after(sent, end)
                if person is not None:
                    return person
                head = self._head_of(sent, after_lo, idx, ent)
                if head is not None:
                    return Resolved(head, 0.7, "role", at=(after_lo, end))
            if ent.type == "LOC" and (
                self._place_attribute(sent, idx, ent) or self._role_before(sent, after_lo, idx)
            ):
                # "sagte Österreichs Wirtschaftsdelegierter in London, X": a place does not
                # speak; the person in apposition after the phrase does, else the role noun
                return self._place_subject(sent, after_lo, end, hi, active)
            rebound = self._role_mention_of_content(sent, verb, idx, end, ent, active)
            if rebound is not None:
                return rebound
            recent = self._recent_holder(sent, idx, end, ent, active)
            if recent is not None:
                # "…, sagte Pichler. …, erklärte der Teamchef": the entity layer bound the role
                # noun to the other coach named before; the holder named last speaks
                return Resolved(recent, 0.75, "role", at=(after_lo, end))
            if self._misbound_descriptor(sent, idx, end, ent):
                # "…, sagte die Vorarlbergerin" bound by the entity layer to the man named last,
                # "…, sagte der ÖFB-Teamspieler" to a person named only later: read it as the
                # role noun it is
                res = self.role(sent, end, active)
                if res.entity is ent and not any(
                    toks[end].end <= m.start < sent.end for m in ent.mentions
                ):
                    # the role the entity layer gave the person from this very mention, and
                    # no name in apposition after it ("…, sagte der Gesandte, X, …" keeps X)
                    res = Resolved(None, 0.4, "role")
                res.at = (after_lo, end)
                return res
            return Resolved(ent, 0.9, "name", at=(after_lo, end))
        if appositive is not None:
            return appositive
        opener = self._subject_before_apposition(sent, verb) if inverted else None
        if opener is not None:
            return opener
        role = self._role_in(sent, after_lo, self._phrase_end(sent, after_lo, 5), active)
        if role is not None:
            # "sagte Österreichs Delegierter in London, X": the role phrase ends at a comma and
            # the person in apposition after it holds the role
            person = self._apposition_after(sent, max(after_lo, min(hi, len(toks)) - 1))
            if inverted and person is not None and _is_person(person.entity):
                return person
            return role
        if before_subject is not None:
            return before_subject
        shared = self._conjunct_subject(sent, lo, verb, active)
        if shared is not None:
            return shared
        shared = self._coordinated_cue_subject(sent, verb, active)
        if shared is not None:
            return shared
        return Resolved(None, 0.3, "none", explicit=after_lo < len(toks) and toks[after_lo].is_word)

    def _agency_told(
        self, sent: Sentence, after_lo: int, idx: int, ent: Entity, active: Entity | None
    ) -> Entity | None:
        """German: "sagte ein Sprecher der dpa" — an indefinite spokesperson, then "der" and
        a news medium (genitive or dative): when the context is about another organisation
        (the current source, else the one organisation other than a medium named in the last
        sentences), the medium is told and the spokesperson speaks for that organisation;
        None otherwise ("ein Sprecher der Agentur Reuters" after news about Reuters)."""
        toks = sent.tokens
        if (
            idx != after_lo + 3
            or toks[after_lo].lower not in INDEFINITE
            or toks[after_lo + 2].lower != "der"
        ):
            return None
        if toks[after_lo + 1].text not in self.lex.spokesperson_nouns:
            # "sagte ein Ministeriumssprecher der APA": the compound names the body the
            # spokesperson speaks for; the agency is told (session 31)
            body = self._spokesperson_body(toks[after_lo + 1].text, toks[after_lo].start)
            return body if body is not ent else None
        if active is not None and active.type == "ORG" and active is not ent:
            return None if self._medium(active) else active
        offset = toks[after_lo].start
        recent = [
            e
            for e in self.index.before(offset, ("ORG",))
            if e is not ent and not self._medium(e) and self.named_near(e, offset, whole=True)
        ]
        return recent[0] if len(recent) == 1 else None

    def _extended_attribute_end(self, sent: Sentence, lo: int) -> int:
        """German: after an article at ``lo``, an extended attribute — a phrase with a
        preposition, ending in an attributive participle or adjective (tag ADJA) right before
        a capitalised head noun, no comma or finite verb in it ("der ebenfalls an der Studie
        beteiligte Politologe", "der in Hamburg und den USA lebende Ukrainer") — gives the
        index of that participle; otherwise ``lo`` itself."""
        toks = sent.tokens
        if lo >= len(toks) or toks[lo].lower not in ARTICLES_BEFORE_ATTRIBUTE:
            return lo
        for j in range(lo + 2, min(len(toks) - 1, lo + MAX_ATTRIBUTE_TOKENS + 1)):
            t = toks[j]
            if not t.is_word or sent.inside_quote(t.start):
                return lo
            # the tagger reads some participles as finite verbs ("beteiligte Politologe")
            attributive = t.tag == "ADJA" or (
                t.tag in ("VVFIN", "VVPP") and t.lower.endswith(("e", "en"))
            )
            if not attributive or t.is_upper or not toks[j + 1].is_upper:
                if _finite(t):
                    return lo
                continue
            before = toks[j - 1]
            if (
                before.lower in DEFINITE_ARTICLES
                or before.lower in INDEFINITE
                or before.lower in PREPOSITIONS
                or before.tag == "ADJA"
            ):
                continue  # "in der vergangenen Woche ernannte": an attribute inside the phrase
            if any(x.lower in PREPOSITIONS for x in toks[lo + 1 : j]):
                return j
            return lo
        return lo

    def _relative_antecedent(self, sent: Sentence, lo: int, verb: int) -> Resolved | None:
        """German: a cue clause that a nominative relative pronoun opens right after a named
        person or organisation has that name as its subject ("Es gehört Udo Wimmer, der dem
        STANDARD bestätigt, dass …"); not an article ("…, der Minister sagte")."""
        toks = sent.tokens
        if (
            self.english
            or lo < 2
            or lo + 1 >= verb
            or toks[lo].lower not in NOMINATIVE_RELATIVES
            or toks[lo - 1].text != ","
            or toks[lo + 1].is_upper
        ):
            return None
        ent = self.index.covering(toks[lo - 2].start, toks[lo - 2].end)
        if ent is None or ent.type not in ("PER", "ORG"):
            return None
        if ent.type == "PER" and toks[lo].lower == "das":
            return None
        return Resolved(ent, 0.8, "name", at=(lo - 2, lo - 2))

    def _addressee(self, sent: Sentence, after_lo: int, idx: int) -> int | None:
        """German: the name at ``idx`` after the verb is told, not the teller, when a dative or
        accusative article opens its phrase ("sagte dem STANDARD", "warnt den STANDARD", "sagte
        ein Polizeisprecher dem WDR", "dem britischen Sender X"): that article's index. "der"
        (a genitive or a dative) gives None ("ein Sprecher der Agentur" speaks for it)."""
        toks = sent.tokens
        k = idx - 1
        while k >= max(after_lo, idx - 4):
            t = toks[k]
            if t.lower in ADDRESSEE_ARTICLES:
                return k
            if not t.is_word or not (not t.is_upper or t.lower in self.lex.media_heads):
                return None  # only lower-case attributes and a media noun: "dem britischen Sender"
            k -= 1
        return None

    def _relative_teller(self, sent: Sentence, lo: int) -> Resolved | None:
        """German: a relative clause opened by "der"/"die" and a dative or accusative phrase
        ("Udo X, der dem STANDARD bestätigt, …"): the name the clause follows speaks (nobody
        known when no person or organisation ends right before its comma)."""
        toks = sent.tokens
        if not (
            lo >= 2
            and lo + 1 < len(toks)
            and toks[lo - 1].text == ","
            and toks[lo].lower in ("der", "die")
            and toks[lo + 1].lower in ADDRESSEE_ARTICLES
        ):
            return None
        before = self.index.covering(toks[lo - 2].start, toks[lo - 2].end)
        if before is None or before.type not in ("PER", "ORG"):
            return Resolved(None, 0.4, "none", at=(lo, lo))
        return Resolved(before, 0.8, "name", at=(lo, lo))

    def _subject_before_addressee(
        self,
        sent: Sentence,
        verb: int,
        clause: tuple[int, int],
        after_lo: int,
        article: int,
        before: tuple[Resolved | None, Resolved | None],
        active: Entity | None,
    ) -> Resolved:
        """The speaker of a cue whose medium after the verb is its addressee (``article`` opens
        the medium's phrase): the subject between the verb and the medium ("sagte ein
        Polizeisprecher dem WDR", read as if the sentence ended before the medium), else one
        after the medium ("sagte dem ORF der Minister"), else the name in apposition or the
        subject before the verb, else nobody named ("Die 55-jährige X, die …, sagte dem
        STANDARD": a relative clause between)."""
        toks = sent.tokens
        if article > after_lo:
            return self._subject(sent, verb, (clause[0], article), active)
        k = article + 1
        while k < len(toks) and self.index.covering(toks[k].start, toks[k].end) is None:
            k += 1  # past the medium's article, attributes and head noun to its name
        end = k
        while end + 1 < len(toks) and self.index.covering(
            toks[end + 1].start, toks[end + 1].end
        ) is self.index.covering(toks[k].start, toks[k].end):
            end += 1
        after = self._subject_after_media(sent, end + 1, clause[1], active)
        if after is not None and after.entity is not None:
            return after
        appositive, before_subject = before
        if appositive is not None:
            return appositive
        if before_subject is not None and before_subject.entity is not None:
            return before_subject
        opener = self._subject_before_apposition(sent, verb)
        if opener is not None:
            return opener
        return Resolved(None, 0.3, "none", at=(article, end))

    def _subordinate_apposition(self, sent: Sentence, lo: int, verb: int) -> Resolved | None:
        """German "…, wie der Projektleiter der X, Y, am Montag mitteilte: …": a subordinate
        clause whose subject is a role phrase with a person's name in apposition; the comma
        after the name cut the clause, so only adverbials stand before the final verb. The
        clause must open with a subordinator and an article, hold no finite verb before the
        name, and the words between the name and the verb must name nobody."""
        toks = sent.tokens
        if verb + 1 < len(toks) and toks[verb + 1].text not in ",:;.–":
            return None  # the verb is not the clause's last word
        tail = toks[lo:verb]
        if tail[0].is_upper or any(
            not t.is_word
            or t.lower in PERSONAL_PRONOUNS
            or _finite(t)
            or self.index.covering(t.start, t.end) is not None
            or self.lex.is_role_noun(t.text)
            for t in tail
        ):
            return None
        res = self._apposition_before(sent, lo)
        if res is None or res.at is None or not _is_person(res.entity):
            return None
        h = res.at[0] - 2
        while h >= 0 and toks[h].text not in ",:;" and not sent.inside_quote(toks[h].start):
            h -= 1
        field = toks[h + 1 : res.at[0] - 1]
        if (
            len(field) < 3
            or field[0].lower not in SUBORDINATE_SUBJECT_OPENERS
            or field[1].lower not in DEFINITE_ARTICLES
            or any(_finite(t) or sent.inside_quote(t.start) for t in field[2:])
            or not any(self.lex.is_role_noun(t.text) for t in field[2:])
        ):
            return None
        return res

    def _coordinated_cue_subject(
        self, sent: Sentence, verb: int, active: Entity | None
    ) -> Resolved | None:
        """A second verb of saying joined to the first after its content names no subject of
        its own; it has the first one's ("X sagte, die Lage sei ernst, und fügte hinzu, …",
        "X räumte ein, dass …, und betonte, …", "X weiß, dass …, fügte jedoch hinzu, dass …"):
        the sentence opens with the subject and its finite verb, a comma follows that verb,
        and the second verb stands after "und"/"sowie" or, with a content clause opened by a
        subordinator after the first comma, right after a comma."""
        toks = sent.tokens
        if self.english or verb < 4 or sent.text.rstrip().endswith("?"):
            return None
        k = verb - 1
        while k > 0 and toks[k].lower in COORDINATED_CUE_ADVERBS:
            k -= 1
        joined = toks[k].lower in ("und", "sowie")
        if joined:
            k -= 1
        if toks[k].text != ",":
            return None

        def finite(t: Token) -> bool:  # the tagger misses some ("räumte" as an adverb)
            return _finite(t) or t.lower in self.lex.verb_forms

        first = next((n for n in range(1, k) if finite(toks[n]) or toks[n].text in ",:;"), None)
        if first is None or not finite(toks[first]):
            return None
        # the first verb's content: a comma right after it (or after its particle)
        comma = first + 1
        if comma < k and toks[comma].text != "," and toks[comma].lower in PREFIX_PARTICLES:
            comma += 1
        if comma >= k or toks[comma].text != ",":
            return None
        if not joined and toks[comma + 1].lower not in SUBORDINATORS:
            return None
        if any(sent.inside_quote(t.start) or _is_quote_mark(t.text) for t in toks[: verb + 1]):
            return None
        res = self._clause_initial(sent, 0, first, active)
        if res is None or res.entity is None or res.how not in ("name", "role"):
            return None
        return Resolved(res.entity, res.confidence * 0.9, res.how, at=res.at)

    def _conjunct_subject(
        self, sent: Sentence, lo: int, verb: int, active: Entity | None
    ) -> Resolved | None:
        """The subject of the finite verb that a clause-final participle depends on, also across
        "und" when the participle has no subject of its own ("Dort hatte sie … angekündigt",
        "X hatte das Gedicht … präsentiert – und vorher darauf hingewiesen, dass …", "Dort
        hatte sie … gestellt und von Beweisen gesprochen, wonach …"): the subject of the
        sentence's first finite verb, when no other clause stands in between."""
        toks = sent.tokens
        if self.english:
            return None
        conj = next(
            (k for k in range(verb - 1, max(lo, 1) - 2, -1) if toks[k].lower in ("und", "sowie")),
            None,
        )
        if conj is not None and conj >= 1:
            for t in toks[conj + 1 : verb]:
                if (
                    _finite(t)
                    or t.lower in PERSONAL_PRONOUNS
                    or self.index.covering(t.start, t.end) is not None
                ):
                    return None  # the verb has a subject or a clause of its own
            stop = conj
            first = next((k for k in range(conj) if _finite(toks[k])), None)
        else:
            # a perfect participle after its auxiliary (not a passive "wurde … aufgefordert",
            # not an infinitive after a modal "musste … bekanntgeben")
            stop = verb
            first = next((k for k in range(lo, verb) if _finite(toks[k])), None)
            if first is None or toks[first].lower not in PERFECT_AUXILIARIES:
                return None
        if first is None or first == 0 or sent.text.rstrip().endswith("?"):
            return None  # a question or condition opens with the verb ("Haben Sie … geglaubt")
        for t in toks[first + 1 : stop]:
            if (
                _finite(t)
                or t.text in ",:;()"
                or t.lower in SUBORDINATORS
                or _is_quote_mark(t.text)
                or sent.inside_quote(t.start)
            ):
                return None
        start = first
        while start > 0 and toks[start - 1].text not in BOUNDARY_MARKS:
            start -= 1
        res = self.subject(sent, first, (start, stop), active)
        if res.entity is None:
            return None
        return Resolved(res.entity, res.confidence * 0.9, res.how, at=res.at)

    def _english_conjunct_subject(
        self, sent: Sentence, lo: int, verb: int, active: Entity | None
    ) -> Resolved | None:
        """English: a verb coordinated with "and"/"but" and no subject of its own has the
        subject that opens the sentence ("Joe Carter, R-W.Va., visited the border … and
        argued that …", 'Baker said he never used the term "…" and added, "…"')."""
        toks = sent.tokens
        k = verb - 1
        before = english.word_class(self.lex, "before_verb")
        while k > lo and toks[k].lower in before:
            k -= 1  # "and later said"
        if toks[k].lower not in ("and", "but") or k < 2:
            return None
        if any(t.text in ";:" for t in toks[:k]):
            return None
        start = 1 if toks[0].lower in ("but", "and", "still", "yet", "so") else 0
        if start + 2 < k and toks[start].is_word and toks[start + 1].text == ",":
            start += 2  # "However, the group raised alarm …, and said"
        if toks[start].lower in english.word_class(self.lex, "subordinators"):
            return None  # "When X met Y, Z … and said": no subject at the start
        if toks[start].lower in ("he", "she"):
            res = self.pronoun(sent, toks[start].lower, active, toks[start].start)
            return Resolved(res.entity, res.confidence * 0.9, res.how) if res.entity else None
        got = self.mention_at_token(sent, start)
        if got is None and toks[start].lower == "the":
            # "the group raised alarm …, and said": an organisation noun that points back
            role = self._role_in(sent, start, min(k, self._phrase_end(sent, start, 5)), active)
            if role is not None and role.entity is not None and role.entity.type == "ORG":
                return Resolved(role.entity, role.confidence * 0.9, role.how, at=role.at)
            return None
        if got is None or got[1].type not in ("PER", "ORG") or got[0] >= k:
            return None
        nxt = toks[got[0] + 1] if got[0] + 1 < len(toks) else None
        if nxt is not None and nxt.lower.endswith(("'s", "’s")):
            return None  # "Smith's advisers … and said": the owner is no subject
        return Resolved(got[1], 0.75, "name", at=(start, got[0]))

    def _role_mention_of_content(
        self, sent: Sentence, verb: int, idx: int, end: int, ent: Entity, active: Entity | None
    ) -> Resolved | None:
        """ "…, Huber ist der Trainer, sagte der 45-Jährige": a role-noun mention after a
        post-posed verb that the entity layer bound to a person the content before it names
        (a speaker does not talk of himself by name); the role noun is bound anew without the
        content's names."""
        toks = sent.tokens
        if ent.type != "PER" or verb < 2 or toks[verb - 1].text != ",":
            return None
        words = toks[idx : end + 1]
        if not words or words[0].lower not in ("der", "die") or len(words) > 4:
            return None
        role = next((k for k in range(idx, end + 1) if self.lex.is_role_noun(toks[k].text)), None)
        if role is None:
            return None
        lo, hi = sent.start, toks[verb - 1].start
        if not any(lo <= m.start < hi and m.text[:1].isupper() for m in ent.mentions):
            return None
        res = self.role(sent, role, active)
        if res.entity is ent:
            return None
        res.at = (verb + 1, end)
        return res

    def _subject_after_media(
        self, sent: Sentence, after_lo: int, hi: int, active: Entity | None
    ) -> Resolved | None:
        """The subject right after the verb: a pronoun, a name, or a definite role noun."""
        toks = sent.tokens
        if after_lo >= len(toks):
            return None
        first = toks[after_lo].lower
        if first in PERSONAL_PRONOUNS:
            res = self.pronoun(sent, first, active, toks[after_lo].start)
            res.at = (after_lo, after_lo)
            return res
        ent, idx = self.np_entity(sent, after_lo, min(hi, after_lo + 8), max_start=after_lo + 3)
        if (
            ent is not None
            and idx is not None
            and not self.is_media(sent, idx, ent)
            and (idx == after_lo or toks[after_lo].lower in ("der", "die"))
        ):
            return Resolved(ent, 0.85, "name", at=(after_lo, self._mention_end(sent, idx, ent)))
        if first in ("der", "die"):
            return self._role_in(sent, after_lo, min(len(toks), after_lo + 4), active)
        return None

    def _unknown_subject(self, sent: Sentence, lo: int, verb: int) -> bool:
        """A definite noun phrase fills the field before the finite verb: "Die Rebellen"."""
        toks = sent.tokens
        if verb - lo < 2 or verb - lo > 4 or toks[lo].lower not in ("der", "die", "das"):
            return False
        field = toks[lo + 1 : verb]
        return (
            field[-1].is_upper
            and all(t.is_word for t in field)
            and all(t.is_upper or t.lower.endswith(("e", "en", "er")) for t in field)
            and not any(sent.inside_quote(t.start) for t in field)
        )

    def _plural_group(self, sent: Sentence, lo: int, verb: int) -> Entity | None:
        """A plural group ("Die Rebellen riefen …") after a sentence naming one organisation:
        that organisation ("… traf die Vertreter der FARC. Die Rebellen riefen …")."""
        toks = sent.tokens
        if toks[lo].lower != "die" or not toks[verb].lower.endswith("en"):
            return None
        heads = [t.text for t in toks[lo + 1 : verb] if t.is_upper]
        if heads and self._organisation_plural(heads[-1]):
            # "Die Gewerkschaften hatten … aufgerufen" after a sentence on the government:
            # other organisations, not the members of the one named before
            return None
        start = toks[lo].start
        prev = self.article.text.rfind(". ", 0, max(0, start - 2)) + 2  # the sentence before
        recent = self.index.starting_in(max(prev, start - 200), start)
        orgs = {e.id: e for _s, _e, e in recent if e.type == "ORG"}
        return next(iter(orgs.values())) if len(orgs) == 1 else None

    def _organisation_plural(self, word: str) -> bool:
        """Whether a plural noun names organisations ("Gewerkschaften", "Behörden",
        "Konzerne"), not people."""
        return any(
            self.lex.organisation_noun(stem) is not None
            for stem in (word, word[:-1], word[:-2])
            if len(stem) > 3
        )

    def _speech_noun_of(self, sent: Sentence, lo: int, idx: int) -> bool:
        """ "Die Ankündigungen von X versprachen …", "A report from X said": the words of X
        are X's speech."""
        toks = sent.tokens
        preps = [k for k in range(lo, idx) if toks[k].lower in PREPOSITIONS]
        return (
            len(preps) == 1
            and toks[preps[0]].lower in (("from", "by") if self.english else ("von",))
            and preps[0] > lo
            and toks[preps[0] - 1].lower in self.lex.speech_nouns
        )

    def _run_in_subject(self, sent: Sentence, start: int, verb: int) -> Resolved | None:
        """ "Sechs Jahre in der Komfortzone Egger warnte davor, …", "Hilfe für die Länder
        Hager ist überzeugt, dass …": a subheading ran into the sentence (10kGNAD flattens
        them), and a person's name stands right before the finite verb (or before the
        auxiliary of a participle cue) after a capitalised noun that is no role noun: German
        puts one phrase before the finite verb and a noun followed by a bare name is none, so
        the name alone is the subject and the words before it the heading."""
        if self.english or verb - start < 2:
            return None
        toks = sent.tokens
        end = verb - 1
        if end > start and toks[end].lower in RUN_IN_AUXILIARIES:
            end -= 1  # "Strobl ist überzeugt": the cue's word is the participle
        ent = self.index.covering(toks[end].start, toks[end].end)
        if ent is None or ent.type != "PER" or sent.inside_quote(toks[end].start):
            return None
        k = end
        while k > start and self.index.covering(toks[k - 1].start, toks[k - 1].end) is ent:
            k -= 1
        if k <= start:
            return None
        before = toks[k - 1]
        if (
            not before.is_word
            or not before.is_upper
            or before.lower in PREPOSITIONS
            or before.lower in DEFINITE_ARTICLES
            or before.lower in INDEFINITE
            or self.lex.is_role_noun(before.text)
            or self.index.covering(before.start, before.end) is not None
            or any(t.text in RUN_IN_STOPS for t in toks[start:k])
        ):
            return None
        return Resolved(ent, 0.7, "name", at=(k, end))

    def _clause_initial(
        self, sent: Sentence, lo: int, verb: int, active: Entity | None
    ) -> Resolved | None:
        toks = sent.tokens
        if lo >= verb:
            return None
        start = lo
        if (
            self.english
            and toks[lo].lower in PREPOSITIONS
            and lo + 2 < verb
            and toks[lo + 1].lower in ("which", "whom")
        ):
            # "…, in which he said …": a relative clause after a preposition; its subject
            # follows the relative pronoun
            start = lo + 2
        elif toks[lo].lower in PREPOSITIONS:
            # "Im Gespräch mit X betonte Y": fronted phrase, the subject follows the verb;
            # unless a subheading ran in ("Zu lange im Amt X warnte, …")
            return self._run_in_subject(sent, lo, verb)
        if (
            toks[start].lower
            in (
                "wie",
                "as",
                "als",
                "dass",
                "weil",
                "während",
                "nachdem",
                "zudem",
                "auch",
                "doch",
                "aber",
                "und",
            )
            or toks[start].lower in RELATIVE_ADVERBS
            # "But she acknowledged that …", "and he said …": a conjunction before the subject
            or (self.english and start + 1 < verb and toks[start].lower in EN_CONJUNCTIONS)
        ):
            start += 1
        if self.english:
            # "The indexes were mixed in early trading Tuesday after CNBC reported that …": a
            # subordinator inside the field opens the cue's own clause; its subject follows it
            subordinators = english.word_class(self.lex, "subordinators")
            k = next(
                (x for x in range(verb - 1, start, -1) if toks[x].lower in subordinators), None
            )
            if (
                k is not None
                and k + 1 < verb
                # "because of agency policy": a preposition
                and toks[k + 1].lower not in ("of", "to")
                # "A spokesperson who did not wish to be named because …": inside a relative
                # clause of the subject
                and not any(x.lower in ("who", "which", "whom", "whose") for x in toks[start:k])
            ):
                start = k + 1
        if not self.english and start < verb and toks[start].lower not in PERSONAL_PRONOUNS:
            # "…, obwohl er betonte, …", "wenngleich auch er betonte", "auch wenn sie sagte":
            # any conjunctions and focus particles before a pronoun that is the subject of a
            # verb-final clause (a noun there may be an object or sit in an attribute: "Wenn
            # die Polizei … untersucht", "da der in der Schweiz sesshafte Mann …": not read)
            k = lo
            while k < verb - 1 and k < lo + 3 and toks[k].lower in CLAUSE_OPENERS:
                k += 1
            if k > lo and toks[k].lower in PERSONAL_PRONOUNS:
                start = k
        if start < verb and toks[start].lower in PERSONAL_PRONOUNS:
            res = self.pronoun(sent, toks[start].lower, active, toks[start].start)
            res.at = (start, start)
            return res
        if (
            start < verb
            and self._demonstrative_at(sent, start)
            and all(t.is_word and not t.is_upper for t in toks[start + 1 : verb])
        ):
            # "Diese haben erklärt, …" after "den Kandidaten der Republikaner"
            res = self.demonstrative(sent, toks[start].start)
            res.at = (start, start)
            return res
        if start + 1 == verb and toks[start].lower in DEMONSTRATIVE_SUBJECTS:
            # "Dieser betonte, dass …": the demonstrative points to the man named last (not
            # the topic of the text, as "er" may)
            for near in self.index.before(toks[start].start, ("PER",))[:3]:
                if compatible(near, "er", self.lex, self.article.text):
                    return Resolved(near, 0.6, "pronoun", at=(start, start))
            return None
        run_in = self._run_in_subject(sent, start, verb)
        if run_in is not None:
            return run_in
        # the whole field before the finite verb is one phrase: "Der ebenfalls anwesende
        # Landesparteivorsitzende Udo Lang meinte"
        ent, idx = self.np_entity(sent, start, verb, max_start=start + 8)
        attribute = (
            ent is not None
            and idx is not None
            and toks[start].lower in ("der", "die", "das", "ein", "eine")
            and idx > start + 1
            and toks[idx - 1].is_word
            and not toks[idx - 1].is_upper
            and toks[idx - 1].lower.endswith(("e", "en", "er"))
        )  # "Der bei dem Gespräch anwesende Minister X": a preposition inside the attribute
        attribute = attribute or (
            ent is not None and idx is not None and self._speech_noun_of(sent, start, idx)
        )
        if (
            not self.english
            and ent is not None
            and idx is not None
            and idx == start + 3
            and toks[start].lower in INDEFINITE
            and toks[idx - 1].lower == "der"
            and self._medium(ent)
        ):
            # "wie eine Behördensprecherin der APA bestätigte": the compound names the body
            # the spokesperson speaks for; the agency is told (session 31)
            word = toks[start + 1].text
            if any(
                word.lower().endswith(n.lower()) and word != n for n in self.lex.spokesperson_nouns
            ):
                body = self._spokesperson_body(word, toks[start].start)
                if body is not ent:
                    # no body of that kind named before: nobody known, not the agency
                    return Resolved(body, 0.5 if body else 0.4, "role", at=(lo, start + 1))
        if (
            ent is not None
            and idx is not None
            and (attribute or not self._blocked(sent, start, idx))
        ):
            end = self._mention_end(sent, idx, ent)
            head = self._head_of(sent, start, idx, ent) if ent.type == "ORG" else None
            if head is not None:
                return Resolved(head, 0.7, "role", at=(lo, end))  # "Der Chef der X sagte"
            return Resolved(ent, 0.9, "name", at=(lo, end))
        return self._role_in(sent, start, min(verb, self._phrase_end(sent, start, 5)), active)
