"""Noun phrases that name a speaker: where a noun phrase ends, whom it names (a person,
an organisation, an anonymous source, the owner of a document), and whether a stretch names a
party at all."""

from __future__ import annotations

import bisect
import re

from newsgraph.model import Entity
from newsgraph.quotes.english_cues import EnglishCues
from newsgraph.quotes.guards import _is_mark, _web_name_at
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import BOUNDARY, DOCUMENT_NOUNS, MAX_ACTIVE_GAP
from newsgraph.quotes.speaker_words import PREPOSITIONS
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE

CLAUSE_MARKS = frozenset(",:;–—")
OWNED_DOCUMENT_NOUNS = tuple(n.lower() for n in grammar("owned_document_nouns"))
SURVEY_NOUNS = frozenset(n.lower() for n in grammar("survey_nouns"))
# words before a document noun that point back to one named before ("laut der Studie", "in
# diesem Bericht", "laut Jahresbericht")
BACK_REFERENCE_WORDS = DEFINITE | grammar("document_back_reference_words")
NP_WORDS = grammar("np_words")
AUTHOR_NOUNS = frozenset(n.lower() for n in grammar("document_author_nouns"))
NP_BREAK_ARTICLES = grammar("np_break_articles")


class SpeakerPhrases(EnglishCues):
    """The speaker a noun phrase names."""

    def _document_owner(self, sent: Sentence, k: int, hi: int) -> Entity | None:
        """The owner of a document noun phrase that starts at token k: "(in) dem Bericht des
        Rechnungshofs", "(in) einer Studie der Universität X", "(im) Gutachten von X" — an
        article and lower-case attributes, a document noun (or a compound on one), then a
        genitive or von-phrase that names an organisation or person. None without an owner."""
        toks = sent.tokens
        while k < hi and toks[k].is_word and not toks[k].is_upper:
            k += 1  # "dem", "einer aktuellen", "dem am Mittwoch …" stops at the capital
        if k < hi and not sent.inside_quote(toks[k].start):
            named = self._compound_owner(sent, k)
            if named is not None:
                return named  # "In dem Times-Bericht hieß es" (session 22)
        if k + 2 >= hi or not toks[k].is_word or sent.inside_quote(toks[k].start):
            return None
        low = toks[k].lower.rstrip("s")
        if not low.endswith(OWNED_DOCUMENT_NOUNS) or self.resolver.index.covering(
            toks[k].start, toks[k].end
        ):
            return None
        if toks[k + 1].lower not in ("des", "der", "eines", "einer", "von", "vom"):
            return None
        end = self._np_end(sent, k + 2)
        if end <= k + 2:
            return None
        ent, _ = self.resolver.np_entity(sent, k + 2, end, prefer_person=False)
        if ent is None and end == k + 3 and toks[k + 1].lower in ("des", "der"):
            # "in einer Erklärung der Gewerkschaft": the union named before
            ent = self.resolver.organisation_by_kind(toks[k + 2].text, toks[k + 2].start)
        return ent if ent is not None and ent.type in ("ORG", "PER") else None

    def _compound_owner(self, sent: Sentence, k: int) -> Entity | None:
        """The person or organisation that the first part of a hyphenated document compound
        names ("dem Times-Bericht", "einer Market-Umfrage"): an entity of the text whose name
        holds that part, when no genitive or von-phrase names another owner after it."""
        toks = sent.tokens
        word = toks[k].text
        if self.resolver.index.covering(toks[k].start, toks[k].end):
            return None
        if "-" not in word.strip("-"):
            return self._institution_document_owner(sent, k)
        prefix, _, head = word.rpartition("-")
        if not head.lower().rstrip("s").endswith(OWNED_DOCUMENT_NOUNS) or len(prefix) < 2:
            return None
        if k + 1 < len(toks) and toks[k + 1].lower in ("des", "der", "von", "vom"):
            return None  # "im RH-Bericht des Landes": the genitive names the owner
        ent = self._entity_by_head(prefix, toks[k].start)
        return ent if ent is not None and ent.type in ("ORG", "PER") else None

    def _institution_document_owner(self, sent: Sentence, k: int) -> Entity | None:
        """German: a closed document compound whose first part is an organisation or
        institution noun ("in dem Polizeibericht", "laut Rechnungshofbericht", "der
        Gewerkschaftserklärung"): the organisation of that kind named before — one whose name
        holds the part, else organisation_by_kind(strict). Not a genitive or von-phrase after
        it (that names the owner), nor a first part of another kind ("Jahresbericht")."""
        toks = sent.tokens
        word = toks[k].text
        if self.lex.language != "de" or not word[:1].isupper():
            return None
        low = word.lower()
        head = next(
            (n for n in OWNED_DOCUMENT_NOUNS if low.endswith(n) and len(low) > len(n) + 3), None
        )
        if head is None:
            return None
        if k + 1 < len(toks) and toks[k + 1].lower in ("des", "der", "von", "vom"):
            return None
        prefix = word[: -len(head)]
        part = prefix[:-1] if prefix.endswith("s") else prefix
        noun = self.lex.organisation_noun(part) or self.lex.institution_noun(part)
        if noun is None or len(part) < 4:
            return None
        for ent in self.resolver.index.before(toks[k].start, ("ORG",)):
            if part.lower() in ent.name.lower() or noun in ent.name.lower():
                return ent
        return self.resolver.organisation_by_kind(part, toks[k].start, strict=True)

    @staticmethod
    def _document_kind(word: str) -> str | None:
        """The owned-document noun a word is or ends in ("Jahresbericht" → "bericht"; the
        survey nouns are one kind), None for other words."""
        low = word.lower()
        for stem in (low, low.removesuffix("s"), low.removesuffix("es")):
            if not stem.endswith(OWNED_DOCUMENT_NOUNS):
                continue  # most words (one test in C before the search for which noun)
            head = next((n for n in OWNED_DOCUMENT_NOUNS if stem.endswith(n)), None)
            if head is not None:
                return "umfrage" if head in SURVEY_NOUNS else head
        return None

    def register_owned_documents(self, sent: Sentence) -> None:
        """Remember the documents a sentence names with their owner ("Teilnehmer einer
        Befragung der Arbeiterkammer X", "eine Studie des Wifo", "die Wifo-Studie"), so that a
        later bare source phrase on the same kind of document names that owner (session 25)."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if not t.is_upper or not t.is_word or sent.inside_quote(t.start):
                continue
            kind = self._document_kind(t.text.rpartition("-")[2])
            if kind is None:
                continue
            owner = self._document_owner(sent, k, len(toks))
            if owner is not None:
                self.owned_document_log.append((t.start, kind, owner))
            elif k > 0 and toks[k - 1].lower not in BACK_REFERENCE_WORDS:
                # "verwirft in einem – nicht rechtskräftigen – Urteil": another document of
                # that kind, whose owner is not named with it; a later "laut Urteil" is that one
                self.owned_document_log.append((t.start, kind, None))

    def owned_document_at(self, kind: str | None, offset: int) -> Entity | None:
        """The owner that the documents registered before ``offset`` give a document of
        ``kind`` (None: of any kind, the one whose owner was named last): the owners known at
        that point, also for the passes that run after the sentences."""
        known: dict[str, Entity] = {}
        for at, k, owner in self.owned_document_log:
            if at >= offset:
                break
            known.pop(k, None)
            if owner is not None:
                known[k] = owner  # re-inserted: the dict's last entry is the latest owner
        if kind is not None:
            return known.get(kind)
        return next(reversed(known.values()), None)

    def _owned_document(self, sent: Sentence, lo: int, hi: int) -> Entity | None:
        """The owner of the document a bare or definite source noun phrase points back to
        ("laut Befragung", "laut der Umfrage", "laut Jahresbericht"): a document of that kind
        named before with its owner. Not with an adjective ("laut der deutschen
        Untersuchung": another one) or an indefinite article (a new one)."""
        toks = sent.tokens
        k = lo + 1 if hi - lo == 2 and toks[lo].lower in DEFINITE else lo
        if hi - k != 1 or not toks[k].is_upper:
            return None
        kind = self._document_kind(toks[k].text)
        # everything registered so far (the sentence loop registers each sentence first)
        return self.owned_document_at(kind, len(self.article.text)) if kind is not None else None

    def _anonymous(self, sent: Sentence, clause: tuple[int, int]) -> bool:
        """An anonymous source in the cue clause: "aus Sicherheitskreisen", "in Regierungskreisen"."""
        return self._anonymous_at(sent, clause) is not None

    def _anonymous_at(self, sent: Sentence, clause: tuple[int, int]) -> int | None:
        """The index of the anonymous source's noun in the cue clause (see _anonymous)."""
        toks = sent.tokens
        for k in range(max(1, clause[0]), min(clause[1], len(toks))):
            low = toks[k].lower
            prev = k - 1
            if prev > 0 and not toks[prev].is_upper and toks[prev].lower.endswith(("en", "er")):
                prev -= 1  # "in ägyptischen Justizkreisen"
            if toks[prev].lower in ("aus", "in", "von") and self.lex.is_anonymous_head(low):
                return None if sent.inside_quote(toks[k].start) else k
        return None

    def anonymous_speaker(self, sent: Sentence, clause: tuple[int, int]) -> Resolved:
        """The speaker of an anonymous source: the circles of an organisation ("in
        Regierungskreisen", "aus UN-Kreisen", "aus Parteikreisen") speak for it — the
        organisation of that kind named before (organisation_by_kind: never a guess among
        several) or the organisation the first part names; circles of a field ("aus
        Sicherheitskreisen", "in Justizkreisen") name nobody known (session 28)."""
        k = self._anonymous_at(sent, clause)
        if k is None or self.lex.language != "de":
            return Resolved(None, 0.5, "none")
        word = sent.tokens[k].text
        suffix = next((x for x in self.lex.anonymous_suffixes if word.lower().endswith(x)), None)
        if suffix is None:
            return Resolved(None, 0.5, "none")
        first = word[: -len(suffix)].rstrip("-")
        if len(first) < 2:
            return Resolved(None, 0.5, "none")
        offset = sent.tokens[k].start
        org = self.resolver.organisation_by_kind(first, offset, strict=True)
        if org is None and "-" in word:
            # "aus UN-Kreisen": the organisation the first part names (a mention inside the
            # compound, else a short form of one named before)
            named = self.resolver.index.covering(offset, offset + len(first))
            if named is None:
                named = self.resolver.alias(first, offset)
            if named is not None and named.type == "ORG":
                org = named
        return Resolved(org, 0.5, "role") if org is not None else Resolved(None, 0.5, "none")

    def _np_end(self, sent: Sentence, k: int) -> int:
        """End of the noun phrase that starts at token k (names, articles, adjectives)."""
        toks = sent.tokens
        hi = k
        if self.lex.language == "en":
            # "according to two people familiar with the matter", "according to data from X":
            # English noun phrases run on to the next comma or the sentence end
            finite = self.lex.content_clause.get("finite", frozenset())
            while hi < len(toks) and hi - k < 9:
                t = toks[hi]
                if t.text in BOUNDARY or t.lower in finite or sent.inside_quote(t.start):
                    break
                if t.text in ".!?" and hi == len(toks) - 1:
                    break
                if not (t.is_word or t.text in "-.'’&"):
                    break
                hi += 1
            return hi
        while hi < len(toks) and hi - k < 9:
            t = toks[hi]
            if _is_mark(t) and not sent.inside_quote(t.start):
                hi += 1
                continue
            if t.text in BOUNDARY or not (t.is_word or t.text in "-.'"):
                break
            low = t.lower
            if _web_name_at(toks, hi):
                hi += 3  # "laut golem.de": a portal named by its address ends the phrase
                break
            if hi > k and self._prenominal_genitive(sent, hi):
                break  # "laut deutschen Medien Kesslers freihändige Vergabe": a new phrase
            if t.text in NP_BREAK_ARTICLES and hi > k and toks[hi - 1].is_upper:
                break  # "nach Angaben der Wissenschafter das Ministerium": a new phrase
            if not t.is_upper and not t.text[:1].isdigit() and low not in NP_WORDS:
                nxt = toks[hi + 1] if hi + 1 < len(toks) else None
                adjective = (
                    low.endswith(("en", "er", "es", "em", "e")) and nxt is not None and nxt.is_upper
                )
                if not adjective or (hi == k and low in self.lex.verb_forms):
                    break
            hi += 1
        return hi

    def _prenominal_genitive(self, sent: Sentence, i: int) -> bool:
        """Token i is a person's name in the genitive ("Kesslers") after a common noun and
        before the noun it owns (perhaps after adjectives): it opens a noun phrase of its own
        (session 24)."""
        toks = sent.tokens
        t, prev = toks[i], toks[i - 1]
        if not (t.is_upper and t.text.endswith("s")) or i + 1 >= len(toks):
            return False
        if not prev.is_upper or self.resolver.index.covering(prev.start, prev.end) is not None:
            return False
        found = self.resolver.mention_at_token(sent, i)
        if found is None or found[0] != i or found[1].type != "PER":
            return False
        n = i + 1
        while (
            n < len(toks)
            and toks[n].is_word
            and not toks[n].is_upper
            and toks[n].lower.endswith(("e", "en", "er", "es", "em"))
            and toks[n].lower not in NP_WORDS
            and toks[n].lower not in PREPOSITIONS
            and n - i < 3
        ):
            n += 1  # adjectives: "freihändige"
        return n < len(toks) and toks[n].is_upper and toks[n].is_word

    def _attached_organisation(self, sent: Sentence, hi: int) -> Entity | None:
        """An organisation named right after a source noun phrase that names nobody: in
        brackets ("laut den Organisatoren (X, Y und Z)") or in its attribute ("nach
        Erkenntnissen des Instituts für X (Y)")."""
        toks = sent.tokens
        if hi >= len(toks):
            return None
        stop = hi + 1
        if toks[hi].text == "(" or toks[hi].lower in ("für", "zur", "zum"):
            while stop < min(len(toks), hi + 7) and toks[stop].text not in ",;:)":
                stop += 1
        else:
            return None
        ent, _ = self.resolver.np_entity(sent, hi + 1, stop, prefer_person=False)
        return ent if ent is not None and ent.type == "ORG" else None

    def _np_speaker(self, sent: Sentence, lo: int, hi: int, j: int) -> Resolved:
        toks = sent.tokens
        named = self._english_apposition_source(sent, lo, hi)
        if named is not None:
            return named
        heads = {t.lower for t in toks[lo:hi]}
        if heads & self.lex.anonymous_heads:
            if self.lex.language == "en":
                # "according to credible reports received by Amnesty", "reports from X": the
                # organisation the reports come from or go to is the source
                for k in range(lo + 1, hi - 1):
                    if toks[k].lower in ("by", "from"):
                        found = self.resolver.mention_at_token(sent, k + 1)
                        if found is not None and found[1].type == "ORG":
                            return Resolved(found[1], 0.7, "name")
            return Resolved(None, 0.5, "none")
        ent, _ = self.resolver.np_entity(sent, lo, hi)
        if ent is not None:
            return Resolved(ent, 0.85, "name")
        owner = self._document_owner(sent, lo, hi) if self.lex.language == "de" else None
        if owner is not None:
            return Resolved(owner, 0.7, "name")  # "laut dem Jahresbericht der Ombudsstelle"
        for k in range(lo, hi):
            owner = self._compound_owner(sent, k)
            if owner is not None:
                return Resolved(owner, 0.7, "name")  # "laut einer Market-Umfrage"
        owner = self._author_owner(sent, lo, hi) if self.lex.language == "de" else None
        if owner is not None:
            return Resolved(owner, 0.6, "name")  # "laut den Autoren des Berichts"
        role = self.resolver._role_in(sent, lo, hi, self.active(j))
        if role is not None:
            if role.how == "role" and 0 < role.confidence < 0.75 and self._unbound_role(role):
                # "nach Angaben des Bürgermeisters" when no person named holds that office: an
                # unnamed source, not the person named last
                return Resolved(None, 0.4, "none")
            return role
        nouns = [t.text.rstrip("sn") for t in toks[lo:hi] if t.text.rstrip("sn") in DOCUMENT_NOUNS]
        sourced = any(n in self.document_sources for n in nouns)
        owned = None if sourced else self._owned_document(sent, lo, hi)
        if owned is not None:
            return Resolved(owned, 0.5, "continuation")
        if nouns and not sourced and all(self._document_kind(n) == "umfrage" for n in nouns):
            # "Am wahrscheinlichsten wäre – laut Umfrage – eine schwarz-blaue Mehrheit": a poll
            # no owner was named for is not the party named before (it is what polls are about)
            return Resolved(None, 0.4, "none")
        if nouns:
            return self._document_source(nouns, toks[lo].start, j)
        if self.lex.language == "de" and hi > lo and toks[hi - 1].is_upper:
            # "laut dem Unternehmen", "laut Ministerium": an organisation noun alone points back
            # to the organisation of that kind named before (never a guess among several)
            kind = self.resolver.organisation_by_kind(toks[hi - 1].text, toks[lo].start)
            if kind is not None:
                return Resolved(kind, 0.6, "name")
        return Resolved(None, 0.3, "none")

    def _author_owner(self, sent: Sentence, lo: int, hi: int) -> Entity | None:
        """The owner of the document whose authors a source phrase names ("laut den Autoren
        des Berichts", "nach Angaben der Verfasser der Studie des Wifo"): the owner named with
        the document, else the owner of the document of that kind named before. None without
        an author noun before a genitive document noun, or with no owner known."""
        toks = sent.tokens
        for k in range(lo, hi - 2):
            if toks[k].lower not in AUTHOR_NOUNS or toks[k + 1].lower not in ("des", "der"):
                continue
            owner = self._document_owner(sent, k + 1, hi)
            if owner is not None:
                return owner
            m = k + 2
            while m < hi and toks[m].is_word and not toks[m].is_upper:
                m += 1  # "der neuen Studie"
            kind = self._document_kind(toks[m].text) if m < hi else None
            if kind is not None:
                same = self._same_document_owner(toks[m].text, toks[lo].start)
                return same or self.owned_document_at(kind, toks[lo].start)
        return None

    def _same_document_owner(self, word: str, offset: int) -> Entity | None:
        """The owner of the last document registered before ``offset`` under the same word
        ("der Bericht vom Forum X" for "des Berichts", not a "Rechtsextremismusbericht des
        Innenministeriums" named in between); None when no such document has an owner."""

        def stem(w: str) -> str:
            return w.lower().removesuffix("es").removesuffix("s")

        text = self.article.text
        found: Entity | None = None
        for at, _, owner in self.owned_document_log:
            if at >= offset:
                break
            end = at
            while end < len(text) and (text[end].isalnum() or text[end] == "-"):
                end += 1
            if stem(text[at:end]) == stem(word):
                found = owner
        return found

    def _unbound_role(self, role: Resolved) -> bool:
        """A role noun bound only by position to a person whose own roles name another
        office (a role the entity layer recorded); not the person a group was named after
        before ("Astronomen um X" … "laut den Forschern": session 36, `_group_leader`)."""
        ent = role.entity
        return (
            ent is not None
            and ent.type == "PER"
            and bool(ent.roles)
            and not self._group_leader(ent)
        )

    def _group_leader(self, ent: Entity) -> bool:
        """Was the person named after a role noun and "um" ("Astronomen um X", "die Biologen
        um X")? Their group speaks with their voice (as "die Forscher um X" does, session
        31), whatever role the entity layer gave them."""
        from newsgraph.entities.lexicon import load_lexicon

        roles = load_lexicon()  # the entity layer's role nouns ("Astronomen")
        text = self.article.text
        for m in ent.mentions:
            before = re.search(r"([A-ZÄÖÜ][\w-]+) um $", text[max(0, m.start - 40) : m.start])
            if before is None:
                continue
            info = roles.role(before.group(1))
            if info is not None and info.kind == "office":
                return True
        return False

    def _document_source(self, nouns: list[str], offset: int, j: int) -> Resolved:
        """Whose document a definite document noun in a source phrase is ("dem Bericht
        zufolge", "den Angaben zufolge", "der Statistik zufolge"): the source whose own source
        phrase used the same noun ("nach einem Bericht von X"), else the organisation named
        since the current source was named, else the current source (the ongoing report, also
        an unnamed one), else the organisation named just before."""
        for noun in nouns:
            if noun in self.document_sources:
                ent = self.document_sources[noun]
                return Resolved(ent, 0.45, "continuation") if ent else Resolved(None, 0.4, "none")
        st = self.state
        recent = j - st.active_sentence <= MAX_ACTIVE_GAP and (
            st.active is not None or st.active_explicit
        )
        hi = bisect.bisect_left(self.resolver.index.starts, offset)
        text = self.article.text
        for s, _e, ent in reversed(self.resolver.index.items[:hi]):
            if ent.type != "ORG":
                continue
            if any(f.start <= s < f.end for f in self.found if f.kind != "direct"):
                # "Wie das Ministerium mitteilte, handelt es sich um einen Mann, der sich der
                # Miliz X angeschlossen habe. Er wurde den Angaben zufolge …": an organisation
                # the reported speech tells of is no source
                continue
            if text[max(0, s - 3) : s] == "in ":
                continue  # "bei einer Pressekonferenz in Philadelphia": a place, no source
            if (
                recent
                and 0 <= st.active_sentence < len(self.sentences)
                and s < self.sentences[st.active_sentence].start
            ):
                break  # named before the current source: the ongoing report wins
            return Resolved(ent, 0.4, "continuation")
        if recent:
            act = st.active
            return Resolved(act, 0.4, "continuation") if act else Resolved(None, 0.4, "none")
        return Resolved(None, 0.3, "none")

    def _entity_by_head(self, prefix: str, offset: int) -> Entity | None:
        p = prefix.lower().rstrip("-s")
        if len(p) < 3:
            return None
        for ent in self.resolver.index.before(offset, ("ORG", "PER", "LOC", "MISC")):
            if any(p in w.lower() for w in ent.name.split()):
                return ent
        for ent in self.article.entities:
            if any(p in w.lower() for w in ent.name.split()):
                return ent
        for ent in self.article.entities:
            # "nach Uno-Angaben" for "Vereinte Nationen": a short form of an organisation that
            # the text uses as a mention (the compound's first part is often that mention)
            if ent.type == "ORG" and any(m.text.lower().rstrip("-s") == p for m in ent.mentions):
                return ent
        return None

    def _names_party(self, sent: Sentence, k: int, own_words: bool = False) -> bool:
        """A person or organisation named from token k on, or a definite organisation noun
        opening it ("Die Nationalbank rechnet …"). ``own_words``: an organisation after the
        first clause is part of what the speaker says ("Und eines ist klar: Gesetze müssen im
        Parlament beschlossen werden", "…, um die Sicherheitskräfte anzugreifen"), not the
        party the sentence tells of."""
        toks = sent.tokens
        if any(
            ent.type == "PER"
            or (ent.type == "ORG" and not (own_words and self._inner_org(sent, s)))
            for s, _e, ent in self.resolver.index.starting_in(toks[k].start, sent.end)
        ):
            return True
        if k + 1 >= len(toks) or toks[k].lower not in DEFINITE:
            return False
        n = k + 1
        while n < len(toks) - 1 and toks[n].tag == "ADJA" and not toks[n].is_upper:
            n += 1  # "Die gemeinnützige Organisation darf …"
        return toks[n].is_upper and self.lex.organisation_noun(toks[n].text) is not None

    def _inner_org(self, sent: Sentence, start: int) -> bool:
        """An organisation mention at ``start`` after the sentence's first clause (a comma,
        colon or dash outside brackets before it): not the party a plain sentence tells of."""
        toks = sent.tokens
        depth = 0
        after_clause = False
        for t in toks:
            if t.start >= start:
                break
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and t.text in CLAUSE_MARKS:
                after_clause = True
        return after_clause and depth == 0
