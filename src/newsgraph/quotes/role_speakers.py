"""The speaker of a role or person noun phrase at a cue (:meth:`RoleSpeakers._role_in`,
which asks the role, organisation and descriptor rules in turn) and of an unnamed speaker (``ein
Sprecher der Gruppe X`` → X, ``ein Arzt`` → nobody)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.roles import Roles
from newsgraph.quotes.rule_words import grammar
from newsgraph.quotes.speaker_words import INDEFINITE, PLURAL_QUANTIFIERS, PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES, FINITE_VERB_TAGS

# plural nouns for people who work in or for a body, and nouns for a team (grammar.yaml)
MEMBER_GROUP_ENDINGS = tuple(grammar("member_group_endings"))
TEAM_NOUNS = tuple(grammar("team_nouns"))
# the words that tie a group of people to the one they belong to or work around
GROUP_LINKS = frozenset(["von", "vom", "des", "der", "um", "bei", "beim"])

ENGLISH_PHRASE_PREPOSITIONS = frozenset(
    ["of", "with", "for", "from", "in", "at", "on", "by", "to", "about"]
)


class RoleSpeakers(Roles):
    """Role phrases at a cue."""

    def _unnamed(self, sent: Sentence, i: int, active: Entity | None) -> Resolved:
        """An unnamed speaker: "ein Sprecher der Gruppe X" → X, "ein Arzt" → nobody."""
        toks = sent.tokens
        word = toks[i].text
        owner, _, head = word.rpartition("-")
        if owner and head in self.lex.spokesperson_nouns:
            person = self.alias(owner, toks[i].start)
            if person is not None and person.type == "PER":
                # "ein Maier-Sprecher erklärte": the spokesperson speaks for the person
                return Resolved(person, 0.6, "role", at=(i, i))
            if person is not None and person.type == "ORG":
                # "Ein ORF-Sprecher erklärt": the body named in the compound, a medium too
                return Resolved(person, 0.6, "role", at=(i, i))
        if i + 1 < len(toks) and toks[i + 1].lower in ("von", "vom", "des", "der", "of"):
            stop = i + 1
            while stop < min(len(toks), i + 8) and toks[stop].text not in ",;:()–—":
                stop += 1
            person, _ = self.np_entity(sent, i + 1, stop)
            if person is not None and person.type == "PER":
                # "ein Sprecher von Minister X": the spokesman speaks for the person
                return Resolved(person, 0.6, "role", at=(i, i))
        # the attribute of the noun ends before a verb: "Eine Sprecherin sagte der Welt am
        # Sonntag" names the addressee after the verb, not the body the spokesperson speaks for
        stop = i + 1
        while stop < min(len(toks), i + 6) and not self._verb_like(toks[stop]):
            stop += 1
        org, at = self.np_entity(sent, i + 1, stop, prefer_person=False)
        if (
            org is not None
            and at is not None
            and any(
                t.lower in PREPOSITIONS and t.lower not in ("von", "vom", "of")
                for t in toks[i + 1 : at]
            )
        ):
            org = None  # "sagt eine Sprecherin zum STANDARD": the addressee, not the body
        if (
            org is not None
            and at is not None
            and not self.english
            and any(t.lower in ("dem", "den", "einem") for t in toks[i + 1 : at])
        ):
            org = None  # "sagte ein Polizeisprecher dem WDR": a dative names the addressee
        if org is not None and org.type == "ORG":
            return Resolved(org, 0.6, "role", at=(i, i))  # "ein Sprecher der Gruppe X"
        if "-" in word:
            ent = self.alias(word, toks[i].start)  # "ein Reuters-Reporter"
            if ent is None:
                # "ein Syriza-Abgeordneter": a member of the organisation the compound names
                # (a role noun as its head, which alias() does not take)
                ent = self._compound_body(toks[i])
            if ent is not None and ent.type == "ORG":
                return Resolved(ent, 0.6, "role", at=(i, i))
        body = (
            self._spokesperson_body(word, toks[i].start)
            or self._member_body(sent, i)
            or self._member_institution(toks[i])
        )
        if body is not None:
            # "erklärte eine Kommissionssprecherin", "sagte ein Feuerwehrsprecher", "sagte ein
            # malischer Offizier" (session 21)
            return Resolved(body, 0.6, "role", at=(i, i))
        if i + 1 < len(toks) and toks[i + 1].lower in ("des", "der", "eines", "einer", "of"):
            if not self.english and toks[i + 1].lower in ("des", "der"):
                # "eine Sprecherin des Unternehmens", "ein Sprecher des Konzerns": the
                # organisation of that kind named before (never a guess among several)
                k = i + 2
                while k < min(len(toks), i + 5) and toks[k].is_word and not toks[k].is_upper:
                    k += 1
                if k < len(toks) and toks[k].is_upper:
                    org = self.organisation_by_kind(toks[k].text, toks[i].start, strict=True)
                    if org is not None:
                        return Resolved(org, 0.5, "role", at=(i, k))
            return Resolved(None, 0.4, "role", at=(i, i))  # "eine Sprecherin des X": X unknown
        if (
            word in self.lex.spokesperson_nouns
            or word.split("-")[-1] in self.lex.spokesperson_nouns
        ):
            # a medium addressed in the sentence ("sagte der Zeitung X") or named as a source
            # before relays the words; the spokesperson speaks for a body of the context
            addressed = {
                e.id
                for _s, _e, e in self.index.starting_in(toks[i].end, sent.end)
                if e.type == "ORG"
            }
            subject = self._organisation_opening_sentence(toks[i].start, addressed)
            if subject is not None:
                # "Die Wiener Linien waren um Beruhigung bemüht: … sagte ein Sprecher" after
                # the Greens' demands: the organisation that opens one of the last sentences,
                # named after the current source, is the one whose spokesperson speaks
                return Resolved(subject, 0.5, "role", at=(i, i))
            if (
                active is not None
                and active.type == "ORG"
                and active.id not in addressed
                and not self._medium(active)
            ):
                return Resolved(active, 0.5, "role", at=(i, i))
            recent = self.index.starting_in(max(0, toks[i].start - 400), toks[i].start)
            orgs = [
                e
                for _s, _e, e in recent
                if e.type == "ORG" and e.id not in addressed and not self._medium(e)
            ]
            if orgs:
                return Resolved(orgs[-1], 0.45, "role", at=(i, i))
        return Resolved(None, 0.5, "role", at=(i, i))

    def _organisation_opening_sentence(self, offset: int, addressed: set[str]) -> Entity | None:
        """German: the organisation named last in the 400 characters before ``offset`` (no
        medium, none told in the cue's sentence) when that mention opens its sentence, alone or
        after a definite article and an organisation noun ("Die Wiener Linien waren …", "Die
        Gewerkschaft Verdi zählt …"): the subject of a sentence close before an unnamed
        spokesperson (session 31)."""
        if self.english:
            return None
        text = self.article.text
        recent = [
            (s, e)
            for s, _e, e in self.index.starting_in(max(0, offset - 400), offset)
            if e.type == "ORG"
        ]
        if not recent:
            return None
        start, ent = recent[-1]
        if ent.id in addressed or self._medium(ent):
            return None
        before = text[max(0, start - 60) : start].split()
        if len(before) > 1 and self.lex.organisation_noun(before[-1].rstrip(",")) is not None:
            before = before[:-1]  # "Die Gewerkschaft Verdi": a descriptor before the name
        if before and before[-1] in ("Die", "Der", "Das"):
            before = before[:-1]
        opens = not before or before[-1][-1:] in ".:!?"
        return ent if opens else None

    def _role_in(self, sent: Sentence, lo: int, hi: int, active: Entity | None) -> Resolved | None:
        toks = sent.tokens
        for i in range(lo, hi):
            t = toks[i]
            if t.text in ",:;" or sent.inside_quote(t.start):
                break
            if self.english and i > lo and t.lower in ENGLISH_PHRASE_PREPOSITIONS:
                break  # "people familiar with Chinese trade policy": the head came before
            if (
                self.english
                and i > lo
                and toks[i - 1].lower in ("the", "a", "an")
                and t.text in self.lex.spokesperson_nouns
            ):
                if i + 1 < hi and toks[i + 1].lower in ("for", "of", "at"):
                    # "A spokesperson for Google said": the body after the preposition
                    k = i + 2 + (i + 2 < hi and toks[i + 2].lower == "the")
                    body = self.index.covering(toks[k].start, toks[k].end) if k < hi else None
                    if body is not None and body.type == "ORG":
                        return Resolved(body, 0.7, "role", at=(lo, k))
                    return Resolved(None, 0.4, "role", at=(lo, i))
                # "the spokesperson said" after "A spokesperson … said": the unnamed voice of
                # the organisation of the context
                unnamed = self._unnamed(sent, i, active)
                unnamed.at = (lo, i)
                return unnamed
            if (
                self.english
                and i + 1 < len(toks)
                and toks[i + 1].lower.endswith(("'s", "’s"))
                and toks[i + 1].is_upper
            ):
                continue  # "President Smith’s advisers": the title of the owner
            voice = (
                i + 1 < len(toks)
                and toks[i + 1].lower in english.word_class(self.lex, "organisation_voices")
                and (i == lo or toks[i - 1].lower in ("a", "an", "the"))
            )
            if (
                self.english
                and ((i > lo and toks[i - 1].lower == "the") or voice)
                and t.lower in english.word_class(self.lex, "organisation_nouns")
            ):
                # "The company confirmed …", "according to the agency", "A company
                # spokesperson said", "agency officials said": an organisation named just
                # before, else nobody known
                org = self._english_organisation(t.lower, t.start, genitive=not voice)
                return Resolved(org, 0.6 if org else 0.4, "role", at=(lo, i))
            if not self.english and t.is_upper and i > lo:
                named = self._group_of_named(sent, lo, i)
                if named is not None:
                    return named
            if t.is_upper and self._plural_definite(sent, lo, i):
                # "teilten die Menschenrechtler mit" after "die Beobachtungsstelle für
                # Menschenrechte": a group named after the organisation it speaks for
                org = self._group_organisation(t.text, t.start)
                if org is not None:
                    return Resolved(org, 0.55, "role", at=(lo, i))
            if (
                not self.english
                and i == lo
                and lo > 0
                and toks[lo - 1].lower == "laut"
                and t.is_upper
                and (i + 1 >= len(toks) or not toks[i + 1].is_upper)
            ):
                # "laut Zeitung" after "sagte X der Welt am Sonntag": a bare organisation noun
                # is the organisation of the context
                org = self._named_organisation(t.text, t.start)
                if org is not None:
                    return Resolved(org, 0.55, "role", at=(lo, i))
            if (
                not self.english
                and t.is_upper
                and i - lo in (2, 3)
                and toks[lo].lower in ("der", "die", "das")
                and all(
                    x.is_word and not x.is_upper and x.lower.endswith(("e", "en"))
                    for x in toks[lo + 1 : i]
                )
            ):
                # "teilte der börsennotierte Konzern mit": the organisation whose name or
                # descriptor holds the noun ("der Glücksspielkonzern Novomatic"), no other
                noun = self.lex.organisation_noun(t.text)
                if noun is not None and not self.lex.is_role_noun(t.text):
                    for ent in self.index.before(t.start, ("ORG",)):
                        if self._named_as(ent, noun, t.start):
                            return Resolved(ent, 0.55, "role", at=(lo, i))
                    # "Wie der deutsche Konzern angedeutet hatte" after "Die Lufthansa …": the
                    # organisation the bare noun would point back to (session 28)
                    org = self._named_organisation(t.text, t.start, active)
                    if org is not None:
                        return Resolved(org, 0.5, "role", at=(lo, i))
            if (
                t.is_upper
                and i > lo
                and (
                    toks[i - 1].lower in ("der", "die", "das")
                    # "laut dem Unternehmen": the dative after a source preposition
                    or (
                        toks[i - 1].lower == "dem"
                        and i - 1 == lo
                        and lo > 0
                        and toks[lo - 1].lower == "laut"
                    )
                )
            ):
                owner = self._organisation_of(sent, i)
                if owner is not None:
                    # "Die Regierung von Luigi Bianchi verspricht": the one it belongs to, not
                    # the organisation named last; a place there names no one we know
                    return Resolved(owner[0], 0.6 if owner[0] else 0.4, "role", at=(lo, owner[1]))
                org = self._named_organisation(t.text, t.start, active)
                if org is not None:
                    return Resolved(org, 0.6, "role", at=(lo, i))
            if (
                t.is_upper
                and i > lo
                and toks[i - 1].lower in ("der", "die")
                and not self.lex.is_role_noun(t.text)
            ):
                holder = self._stem_holder(t.text, t.start)
                if holder is not None:
                    # "so der Gewerkschafter" after "Gewerkschaftschef X": a description that
                    # shares its stem with the role of one person named before
                    return Resolved(holder, 0.6, "role", at=(lo, i))
            title = self.lex.role_titles.get(f"{toks[i - 1].lower} {t.lower}") if i > lo else None
            if title is not None:
                # "sagte der Heilige Vater": the person named as "Papst"
                res = self.role(sent, i, active, word=title)
                res.at = (lo, i)
                return res
            if (
                not self.english
                and t.is_upper
                and any(x.lower in INDEFINITE for x in toks[max(lo, i - 3) : i])
            ):
                # "sagte ein malischer Offizier": a plain member noun of an institution named
                # before (session 21; role nouns go through _unnamed below, which asks too)
                member = self._member_body(sent, i)
                if member is not None:
                    return Resolved(member, 0.6, "role", at=(lo, i))
            if self._role_word(sent, i) and (
                self.lex.is_role_noun(t.text)
                or self._misc_noun(sent, i)
                or (t.lower in self._role_words and i > 0 and toks[i - 1].lower in ("der", "die"))
                or self._person_descriptor(sent, lo, i)
            ):
                dets = [x.lower for x in toks[max(lo, i - 3) : i]]
                if any(d in INDEFINITE for d in dets):
                    return self._unnamed(sent, i, active)
                wider = [x.lower for x in toks[max(lo, i - 5) : i]]
                if any(d in PLURAL_QUANTIFIERS or d.isdigit() for d in dets) and not any(
                    d in DEFINITE_ARTICLES for d in wider
                ):
                    # "Mehrere Abgeordnete warfen ihm vor", "Viele Experten fordern": an
                    # unnamed group; "15 weitere Syriza-Abgeordnete erklärten": members of
                    # the organisation their compound names speak for it
                    body = self._compound_body(t)
                    return Resolved(body, 0.5 if body else 0.4, "role", at=(lo, i))
                if not self.english and self._bare_plural(sent, lo, i, hi):
                    # "sagten EU-Abgeordnete, die …", "Experten warnen", "gingen Forscher davon
                    # aus": a plural with no article is indefinite, an unnamed group as after
                    # "mehrere"; not a person named before, nor the body of the compound (the
                    # members of a parliament are not the EU)
                    return Resolved(None, 0.4, "role", at=(lo, i))
                if self._unknown_name_after(sent, i):
                    # "sagte Antikenminister Mamduch Damati": the role noun titles a person the
                    # entity layer does not know, not a person named before
                    return Resolved(None, 0.4, "role", at=(lo, i + 2))
                res = self.role(sent, i, active)
                res.at = (lo, i)
                if res.entity is not None and self._unsure_descriptor(sent, lo, i, res):
                    return Resolved(None, 0.4, "role", at=(lo, i))
                if res.entity is None and not self.english:
                    # "sagte die Polizeichefin": no holder named, the institution
                    body = self._compound_body(t) or self._member_institution(t)
                    if body is not None:
                        # "die ÖVP-Proponenten sprachen sich … aus": no holder named, the
                        # organisation of the compound
                        return Resolved(body, 0.5, "role", at=(lo, i))
                return res
        return None

    def _group_of_named(self, sent: Sentence, lo: int, i: int) -> Resolved | None:
        """German: a definite plural of people who work in or for a body, tied to its name
        right after them — "die Rechtsanwälte von Graf & Pitkowitz", "die Forscherinnen vom
        Bundesinstitut für Bildungsforschung" speak for that organisation (a place or a person
        there names no one here) — and a group or team named after a person — "die Forscher um
        Yuka Sasaki", "das Team um X" — speaks with that person's voice (session 31)."""
        toks = sent.tokens
        low = toks[i].lower
        team = low.endswith(TEAM_NOUNS)
        if not team and not low.endswith(MEMBER_GROUP_ENDINGS):
            return None
        if self.index.covering(toks[i].start, toks[i].end) is not None:
            return None
        k = i - 1
        while k > lo and toks[k].is_word and not toks[k].is_upper:
            if toks[k].lower in ("die", "das"):
                break
            k -= 1  # lower-case attributes: "die beteiligten Forscher"
        if i - k > 3 or toks[k].lower not in (("die", "das") if team else ("die",)):
            return None
        if i + 2 >= len(toks) or toks[i + 1].lower not in GROUP_LINKS:
            return None
        link = toks[i + 1].lower
        if team and link != "um":
            return None
        k = i + 2
        if link in ("von", "bei") and toks[k].lower in ("der", "dem", "den", "des"):
            k += 1  # "die Experten von der Universität"
        got = self.mention_at_token(sent, k) if k < len(toks) else None
        if got is None:
            return None
        end, ent = got
        if ent.type != ("PER" if link == "um" else "ORG"):
            return None
        return Resolved(ent, 0.6, "role", at=(lo, end))

    def _bare_plural(self, sent: Sentence, lo: int, i: int, hi: int) -> bool:
        """Whether the role noun at ``i`` opens its phrase with no article, possessive or
        number ("sagten EU-Abgeordnete", "Experten warnen") and a plural finite verb stands
        right before or after it: a bare plural, which names an unnamed group. A capitalised
        word after the noun makes it a title ("sagten Innenminister X und Y")."""
        toks = sent.tokens
        if i == lo + 1 and toks[lo].lower in ("und", "aber", "doch"):
            lo = i  # "– und Delegierte und Beobachter fragten sich": a conjunction opens it
        if i != lo or (i + 1 < len(toks) and toks[i + 1].is_upper):
            return False
        if i > 0 and toks[i - 1].lower in INDEFINITE | DEFINITE_ARTICLES | PLURAL_QUANTIFIERS:
            return False

        def plural_verb(t: Token) -> bool:
            # the tagger misses some finite verbs ("sagten" as ADJA): a form of a verb of
            # saying counts too
            finite = t.tag in FINITE_VERB_TAGS or t.lower in self.lex.verb_forms
            return finite and t.is_word and not t.is_upper and t.lower.endswith("en")

        before = toks[i - 1] if i > 0 else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (
            i + 3 < len(toks)
            and toks[i + 1].lower in ("und", "oder")
            and toks[i + 2].is_upper
            and self.index.covering(toks[i + 2].start, toks[i + 2].end) is None
        ):
            # "Delegierte und Beobachter fragten sich": two bare plurals joined
            return plural_verb(toks[i + 3])
        return (before is not None and plural_verb(before)) or (
            i == 0 and after is not None and plural_verb(after)
        )
