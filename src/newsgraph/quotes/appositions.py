"""Speakers in apposition: ``X, Chef der Y, sagte``, ``Der Chef der X, Y, sagte``,
``…, der Chef der X, Y``, English ``X, chairman of Y, said``, and a subject phrase that names a
place first (``Österreichs Botschafter in X, Y``)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved, _finite, _is_person, _is_quote_mark
from newsgraph.quotes.role_speakers import RoleSpeakers
from newsgraph.quotes.speaker_words import BOUNDARY_MARKS
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import DEFINITE_ARTICLES

RELATIVE_PRONOUNS = grammar("relative_pronouns")
OPENING_PARTICLES = frozenset(["auch", "und", "aber", "doch", "selbst", "sogar", "also"])


class Appositions(RoleSpeakers):
    """Names in apposition to a role phrase."""

    def _english_apposition_subject(self, sent: Sentence, verb: int) -> Resolved | None:
        """English "X, chairman of Y, said", "X, president of Y, a Z agency, said": the
        person whose name ends right before the comma that opens the appositions closed
        before the verb (up to three); an organisation only when it stands there alone, not
        inside a phrase ("of Y")."""
        toks = sent.tokens
        k = verb - 1
        org: Resolved | None = None
        for _ in range(6):
            start = k
            k -= 1
            while k > 0 and start - k <= 16 and toks[k].text not in ",;:":
                genitive = (
                    toks[k].text in ("'", "’")
                    and toks[k - 1].end == toks[k].start
                    and toks[k - 1].text.endswith("s")
                )  # "Edmunds' executive director": an apostrophe, not a quotation mark
                if not genitive and (
                    sent.inside_quote(toks[k].start) or _is_quote_mark(toks[k].text)
                ):
                    return org
                k -= 1
            place = start - k == 2 and toks[k + 1].text[:1].isupper()
            if k < 1 or toks[k].text != "," or (start - k < 2 and not place):
                return org
            if place:
                continue  # "…, a scientist at X in Greenbelt, Maryland, and Y, said": a place
            if english.is_clause(toks[k + 1 : start], self.lex):
                return org  # "…, for fear that he will demand more, people familiar … said"
            got = self.index.covering(toks[k - 1].start, toks[k - 1].end)
            j = k - 1
            if got is None and k >= 2 and toks[k - 1].text in self._name_tails:
                # "Dr. Luz Contreras Arroyo, a member of …, told": the rest of a name the
                # entity layer cut short
                got = self.index.covering(toks[k - 2].start, toks[k - 2].end)
                got = got if got is not None and got.type == "PER" else None
                j = k - 2
            if got is None or got.type not in ("PER", "ORG"):
                continue
            if sent.inside_quote(toks[k - 1].start):
                return org
            while j > 0 and self.index.covering(toks[j - 1].start, toks[j - 1].end) is got:
                j -= 1
            if got.type == "PER":
                return Resolved(got, 0.85, "name", at=(j, k - 1))
            inside = j > 0 and toks[j - 1].is_word and toks[j - 1].text[:1].islower()
            if org is None and not inside:
                org = Resolved(got, 0.8, "name", at=(j, k - 1))
        return org

    def _place_subject(
        self, sent: Sentence, lo: int, end: int, hi: int, active: Entity | None
    ) -> Resolved:
        """The speaker of a subject phrase after the verb that names a place first ("sagte
        Österreichs Botschafter in X, Y"): the person in apposition after the phrase, else a
        role noun in it, else nobody."""
        toks = sent.tokens
        stop = min(hi, len(toks))
        person = self._apposition_after(sent, max(end, stop - 1))
        if person is not None and _is_person(person.entity):
            return person
        role = self._role_in(sent, lo, stop, active)
        if role is not None:
            return role
        org = self._prefixed_organisation(sent, end)
        if org is not None:
            return Resolved(org, 0.6, "role", at=(lo, end))
        return Resolved(None, 0.4, "none", at=(lo, end))

    def _place_attribute(self, sent: Sentence, idx: int, ent: Entity) -> bool:
        """A place named as an attribute of the subject, not as the subject: a genitive before
        a noun ("Österreichs Botschafter"), a derived or compound word ("der Salzburger", "der
        US-Regisseur"). A bare name of two or more words is kept (the entity layer took a
        person's name for a place: "sagte Laura Berg")."""
        if len(ent.name.split()) >= 2:
            return False
        toks = sent.tokens
        word = toks[idx].text
        if "-" in word or word not in ent.name.split():
            return True
        nxt = toks[idx + 1] if idx + 1 < len(toks) else None
        return word.endswith("s") and nxt is not None and nxt.is_upper and nxt.is_word

    def _role_before(self, sent: Sentence, lo: int, idx: int) -> bool:
        """A role noun of the subject phrase stands before the place ("sagte die Polizeichefin
        des Bezirks X"): the place is the role's attribute, not the speaker (session 25). A
        spokesperson speaks for the place ("sagte ein Sprecher der Präfektur": an authority
        the NER reads as a place)."""
        toks = sent.tokens
        spokes = tuple(s.lower() for s in self.lex.spokesperson_nouns)
        if any(t.lower.endswith(spokes) for t in toks[lo:idx]):
            return False
        return any(t.is_upper and t.is_word and self.lex.is_role_noun(t.text) for t in toks[lo:idx])

    def _recent_holder(
        self, sent: Sentence, idx: int, end: int, ent: Entity, active: Entity | None
    ) -> Entity | None:
        """A definite role noun after the verb ("erklärte der Teamchef") that the entity layer
        bound to one holder of the role while the active speaker holds it too and was named
        after that one (session 25): the active speaker."""
        toks = sent.tokens
        if self.english or ent.type != "PER" or active is None or active is ent:
            return None
        if active.type != "PER" or toks[idx].lower not in ("der", "die") or end != idx + 1:
            return None
        mention = next((m for m in ent.mentions if m.start == toks[idx].start), None)
        if mention is None or mention.end != toks[end].end:
            return None
        word = toks[end].text
        if not self.lex.is_role_noun(word):
            return None
        if not self.holds_role(active, word.lower(), before=mention.start):
            return None
        if not self._may_hold(active, self._role_gender(sent, end)):
            return None

        def last(e: Entity) -> int:
            return max((m.start for m in e.mentions if m.end <= mention.start), default=-1)

        return active if last(active) > last(ent) else None

    def _apposition_before(self, sent: Sentence, verb: int) -> Resolved | None:
        """The name in apposition right before a post-posed verb: "Der Chef der X, Y, sagte"."""
        toks = sent.tokens
        if verb < 4 or toks[verb - 1].text != ",":
            return None
        last = verb - 2
        ent = self.index.covering(toks[last].start, toks[last].end)
        if ent is None:
            return None
        k = last
        while k > 0 and self.index.covering(toks[k - 1].start, toks[k - 1].end) is ent:
            k -= 1
        if k < 2 or toks[k - 1].text != ",":
            return None
        h = k - 2
        while h >= 0 and toks[h].text not in ",:;" and not sent.inside_quote(toks[h].start):
            h -= 1
        if h >= 0 and not self.english:
            h = -1  # German: the whole field before the name ("Der Chef der X, Y, sagte")
        head = toks[h + 1 : k - 1]
        # '"…," the minister, Tom Jones, said': the phrase after the quote
        same = any(e is ent for _s, _e, e in self.index.starting_in(sent.start, toks[k - 1].start))
        roles = [n for n in range(h + 1, k - 1) if self._role_word(sent, n)]
        if not same and not any(self.lex.is_role_noun(toks[n].text) for n in roles):
            return None  # "Der Chef der X, Y, sagte", "Y, selbst Flüchtling, sagt"
        if not head or any(sent.inside_quote(t.start) for t in head):
            return None
        return Resolved(ent, 0.85, "name", at=(k, last))

    def _opening_apposition(self, sent: Sentence, verb: int, name: int) -> bool:
        """Whether the role phrase before the name in apposition opens the sentence and holds
        no finite verb, no quotation and no other punctuation: then it is the subject of the
        verb after the name ("Der Chef der X, Y, hatte …"), not content before a cue."""
        if self.english or name < 3:
            return False
        head = sent.tokens[: name - 1]
        if head[0].lower in ("dem", "den", "des") or not (head[0].is_upper and head[0].is_word):
            return False
        return all(t.is_word and not _finite(t) and not sent.inside_quote(t.start) for t in head)

    def _subject_before_apposition(self, sent: Sentence, verb: int) -> Resolved | None:
        """A person's name opening the sentence, then an apposition between commas, then the
        verb: "X, Chef der Y, sagte …", "Auch X, seit 2015 Firmenchef, spricht …"."""
        toks = sent.tokens
        if verb < 4 or toks[verb - 1].text != ",":
            return None
        comma = verb - 2
        while comma > 0 and toks[comma].text not in BOUNDARY_MARKS:
            comma -= 1
        if comma < 1 or toks[comma].text != "," or verb - 1 - comma < 2:
            return None
        start = 1 if toks[0].lower in OPENING_PARTICLES else 0
        got = self.mention_at_token(sent, start)
        relative = toks[comma + 1].lower in RELATIVE_PRONOUNS
        if (
            got is None
            and relative
            and start + 2 < comma
            and toks[start].lower in DEFINITE_ARTICLES
        ):
            # "Die Firma X, die …, bestätigte", "Die 55-jährige X, die …": a noun, or an
            # adjective (with its number), between the article and the name
            for k in range(start + 1, min(comma, start + 5)):
                got = self.mention_at_token(sent, k)
                if got is not None or (toks[k].is_upper and k > start + 1):
                    break  # the name, or a second noun: no name right after the article
        if got is None or got[0] != comma - 1:
            return None
        if got[1].type != "PER" and not (got[1].type == "ORG" and relative):
            # "X, das die Puppe entwickelt hat, bestätigte …": an organisation whose
            # relative clause stands between it and its verb
            return None
        return Resolved(got[1], 0.85, "name", at=(start, got[0]))

    def _apposition_after(self, sent: Sentence, end: int) -> Resolved | None:
        """A person named after a comma right after a role phrase: "…, der Chef der X, Y"."""
        toks = sent.tokens
        # "der Chef der X, Y", "die Vize-Chefin des X in Z, Y": a comma within a few words
        comma = next(
            (k for k in range(end + 1, min(len(toks), end + 5)) if toks[k].text in ",;:"), None
        )
        if comma is None or toks[comma].text != ",":
            return None
        for k in range(comma + 1, min(len(toks), comma + 5)):
            if not toks[k].is_upper and toks[k].lower not in self.lex.name_particles:
                return None  # a name ("Ana de la Vega"), nothing else
            got = self.mention_at_token(sent, k)
            if got is not None:
                ent = got[1]
                closes = got[0] + 1 >= len(toks) or toks[got[0] + 1].text in ".,;"
                # a two-word name the entity layer took for a place, closing the phrase
                person_like = ent.type == "PER" or (
                    ent.type == "LOC" and len(ent.name.split()) >= 2 and closes
                )
                return Resolved(ent, 0.85, "name", at=(comma + 1, got[0])) if person_like else None
        return None
