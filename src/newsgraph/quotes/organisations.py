"""Organisations as speakers: institutions named by a common noun (``die Küstenwache``,
``nach Polizeiangaben``), organisation nouns that point back to a named organisation, compounds
that open with one (``Syriza-Abgeordnete``), and news media (``der Zeitung X``, ``eine
AFP-Journalistin``)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.model import Entity, Mention
from newsgraph.quotes import english
from newsgraph.quotes.lexicon import _load_yaml, grammar
from newsgraph.quotes.resolver_base import Resolved, ResolverBase, _bare_heads, _is_quote_mark
from newsgraph.quotes.speaker_words import FUNCTION_WORDS, INDEFINITE, PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon as EntityLexicon

GENERIC_COMPANY_NOUNS = grammar("generic_company_nouns")
PUBLICATION_VERBS = grammar("publication_verbs")
PERSON_NAME_PREFIXES = tuple(grammar("person_name_prefixes"))
MEDIUM_NAME_HEADS = grammar("medium_name_heads")
# a capital after the first letter of a word: a name written as one word ("TheVerge", "LEquipe")
INNER_CAPITAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*[A-ZÄÖÜ]")
MAX_UNMARKED_WORDS = 3
DOCUMENT_WORD_TAILS = tuple(
    w.lower() for w in grammar("owned_document_nouns") | grammar("document_word_tails")
)
MAX_NAME_LETTERS = 12  # a longer word ending in an ordinary noun is a compound
# an acronym's plural ("NGOs"): a common noun
ACRONYM_PLURAL = re.compile(r"[A-ZÄÖÜ]{2,}s")

# a country adjective before an institution noun ("malische", "der griechischen")
INSTITUTION_ADJECTIVE = re.compile(r"([a-zäöü][a-zäöüß]{2,})isch(?:e|en|er|es)")


class Organisations(ResolverBase):
    """The organisation a phrase names or points back to."""

    def institution(
        self, sent: Sentence, lo: int, hi: int, place: tuple[int, int] | None = None
    ) -> tuple[Entity, int] | None:
        """An institution that the phrase [lo, hi) names by a common noun (session 16): "die
        Küstenwache", "laut Fiskalrat", "des Militärkommandos", "nach Polizeiangaben" — the
        first noun of the phrase, after nothing but an article, lower-case attributes and the
        source words. An organisation of the text that holds the noun is that institution
        ("die Polizei" after "die Wiener Polizei"); else the institution is made an
        organisation of its own (with a country adjective before it: "die malische Armee"),
        one per name, kept on the article only when a quote names it as its speaker
        (``adopt_institutions``). An indefinite article ("eine Behörde") names none.
        ``place``: the tokens of a place right after the phrase, the institution's seat
        ("des Militärkommandos Steiermark"); then the noun must be the phrase's last token."""
        toks = sent.tokens
        if self.english:
            return self._english_named_body(sent, lo, hi)
        if not self.lex.institution_nouns:
            return None
        i = lo
        while i < min(hi, len(toks)):
            t = toks[i]
            if not t.is_word or t.lower in INDEFINITE or t.text[:1].isdigit():
                return None
            if t.is_upper and not (
                t.lower in DEFINITE_ARTICLES
                or t.lower in FUNCTION_WORDS
                or t.lower in PREPOSITIONS
                or t.lower in ("laut", "wie", "dem", "den", "des")
            ):
                break
            i += 1
        else:
            return None
        t = toks[i]
        if sent.inside_quote(t.start) or self.index.covering(t.start, t.end) is not None:
            return None
        if place is not None and i != place[0] - 1:
            return None
        if sum(x.lower in DEFINITE_ARTICLES for x in toks[lo:i]) > 1:
            return None  # "…, die der Rechnungshof konstatierte": a relative clause
        base = self.lex.institution_noun(t.text)
        if base is None and place is None and t.lower in self.lex.media_names:
            # "Wie der Spiegel berichtet", "laut Kurier": a news medium of the lexicon that the
            # entity layer left unmarked (the word is also a common noun: "Spiegel", "Welt")
            return self._institution_entity(t.lower, "", t.text, t.start, t.end), i
        if base is None:
            low = t.lower
            suffix = next((s for s in self.lex.compound_suffixes if low.endswith(s)), None)
            if suffix is None or len(low) <= len(suffix) + 2:
                return None
            prefix = t.text[: -len(suffix)].rstrip("-")
            base = self.lex.institution_noun(prefix)
            if base is None:
                return None
            word = prefix[: len(base)]
        else:
            word = t.text[: len(base)]
        start = t.start
        name = word
        stem = ""
        if i > lo and INSTITUTION_ADJECTIVE.fullmatch(toks[i - 1].text):
            # "die malische Armee", "der griechischen Küstenwache": the country adjective
            adjective = INSTITUTION_ADJECTIVE.sub(r"\1ische", toks[i - 1].text)
            name = f"{adjective} {word}"
            start = toks[i - 1].start
            stem = adjective[:-1].lower()
        end = t.end
        if place is not None:
            seat = self.article.text[toks[place[0]].start : toks[place[1]].end]
            name = f"{name} {seat}"
            stem = seat.lower()
            end = toks[place[1]].end
        return self._institution_entity(base, stem, name, start, end), i

    def _institution_entity(
        self, base: str, stem: str, name: str, start: int, end: int, before: bool = False
    ) -> Entity:
        """The organisation of the text that holds the institution noun ``base`` (and ``stem``,
        an adjective or a seat) in its name or a mention (``before``: one named before
        ``start``), else one made here."""
        made = list(self._institutions.values())
        later = () if before else tuple(self.index.entities)
        for org in (*self.index.before(start, ("ORG",)), *later):
            names = [org.name.lower(), *(m.text.lower() for m in org.mentions)]
            if org.type == "ORG" and any(base in n and stem in n for n in names):
                # "die Polizei" after "die Wiener Polizei"; not "die ägyptische Armee" after
                # "die malische Armee"
                if any(org is e for e in made):
                    self._mention(org, start, end)
                return org
        ent = Entity(id=self._new_org_id(), type="ORG", name=name)
        self._institutions[name.lower()] = ent
        self._mention(ent, start, end)
        return ent

    def unmarked_body(self, sent: Sentence, lo: int, hi: int) -> tuple[Entity, int] | None:
        """German (session 29): a medium or body the entity layer left unmarked, named as a
        speaker by the shape of its name — after a medium noun ("schreibt die Seite Eurogamer",
        "Nach Informationen des Sportblatts Marca"), in quotation marks after an article ("sagt
        die "Junge Kurie""), written with a capital inside ("Wie LEquipe anmerkte"), or a name
        no lexicon knows as the subject of a publication verb or after "laut" ("schreibt
        Techradar", "Laut Ars Technica"); later the same words name it again without that shape
        ("kritisiert die Junge Kurie", "Eurogamer betont"). No list of names: a given name, a
        listed surname, a role, country or place noun, or an ordinary word is none."""
        if self.english:
            return None
        toks = sent.tokens
        hi = min(hi, len(toks))
        i = lo
        while i < hi and (toks[i].lower in DEFINITE_ARTICLES or toks[i].lower in ("laut", "wie")):
            i += 1
        if i == hi and i > lo and i + 1 < len(toks) and _is_quote_mark(toks[i].text):
            hi = min(len(toks), i + MAX_UNMARKED_WORDS + 2)  # the clause ends at the mark
        if i >= hi:
            return None
        head = self._medium_name_head(toks[i])
        if head:
            i += 1
        quoted = i < hi and _is_quote_mark(toks[i].text) and i > lo
        if quoted:
            i += 1
        j = i
        while (
            j < hi
            and j < i + MAX_UNMARKED_WORDS
            and toks[j].is_upper
            and toks[j].text.isalnum()
            and toks[j].lower not in FUNCTION_WORDS
            and self.index.covering(toks[j].start, toks[j].end) is None
        ):
            j += 1
        if j == i or (j < len(toks) and toks[j].is_upper and toks[j].text.isalnum()):
            return None
        words = [t.text for t in toks[i:j]]
        name = " ".join(words)
        made = self._unmarked.get(name.lower())
        if made is None:
            if any(
                _person_word(w)
                or _common_compound(w)
                or _document_word(w)
                or ACRONYM_PLURAL.fullmatch(w)
                for w in words
            ):
                return None
            if quoted:
                # the closing mark right after the name, an article before the opening one
                shaped = j < len(toks) and _is_quote_mark(toks[j].text)
                shaped = shaped and toks[i - 2].lower in DEFINITE_ARTICLES
            elif head:
                shaped = unknown_name(words[0]) or bool(INNER_CAPITAL.search(words[0]))
            elif any(INNER_CAPITAL.match(w) and not w.isupper() for w in words):
                shaped = True
            else:
                shaped = unknown_name(words[0]) and self._publication_context(sent, lo, hi)
            if not shaped or sent.inside_quote(toks[lo].start):
                return None
            made = Entity(id=self._new_org_id(), type="ORG", name=name)
            self._unmarked[name.lower()] = made
            self._institutions[f"unmarked:{name.lower()}"] = made
        self._mention(made, toks[i].start, toks[j - 1].end)
        return made, i

    def _medium_name_head(self, t: Token) -> bool:
        """A noun for a medium right before its name ("die Seite", "des Sportblatts")."""
        if not t.is_upper:
            return False
        low = t.lower.removesuffix("s")
        heads = self.lex.media_heads | MEDIUM_NAME_HEADS
        return any(low == h or low.endswith(h) for h in heads)

    def _publication_context(self, sent: Sentence, lo: int, hi: int) -> bool:
        """Is the phrase [lo, hi) the subject of a publication verb right before or after it
        ("schreibt Techradar", "wie Übergizmo berichtet"), or the source after "laut"?"""
        toks = sent.tokens
        if toks[lo].lower == "laut" or (lo > 0 and toks[lo - 1].lower == "laut"):
            return True
        near = [toks[lo - 1]] if lo > 0 else []
        if hi < len(toks):
            near.append(toks[hi])
        return any((t.lemma or t.lower) in PUBLICATION_VERBS for t in near)

    def _english_named_body(self, sent: Sentence, lo: int, hi: int) -> tuple[Entity, int] | None:
        """English: the organisation that the phrase at ``lo`` names when the entity layer
        missed it (session 21): a run of capitalised words after an optional article, joined by
        ``of``/``for``/``and``/``on``, whose last word is an organisation head
        (``organisation_heads``: ``the World Health Organization``, ``the People's Daily``); or
        an acronym of such an organisation named before (``WHO``). Made like ``institution``:
        kept on the article only when a quote names it as its speaker."""
        toks = sent.tokens
        hi = min(hi, len(toks))
        i = lo + (lo < hi and toks[lo].lower == "the")
        if i >= hi or sent.inside_quote(toks[i].start):
            return None
        t = toks[i]
        if t.is_word and t.text.isupper() and 2 <= len(t.text) <= 6 and t.text.isalpha():
            if self.index.covering(t.start, t.end) is not None:
                return None
            for org in (*self._institutions.values(), *self.index.before(t.start, ("ORG",))):
                if org.type == "ORG" and _initials(org.name) == t.text:
                    self._mention(org, t.start, t.end)
                    return org, i
            return None
        joiners = ("of", "for", "and", "on", "&")
        end = i
        k = i
        while k < hi:
            w = toks[k]
            if self.index.covering(w.start, w.end) or self.index.starting_in(w.start, w.end):
                return None  # "NASA’s Office of …": a part of an organisation named
            if w.is_word and w.text[:1].isupper():
                end = k
            elif w.lower in ("'s", "’s") and k > i:
                pass
            elif not (w.lower in joiners and k > i and k + 1 < hi and toks[k + 1].is_upper):
                break
            k += 1
        heads = english.word_class(self.lex, "organisation_heads")
        head = toks[end].lower.replace("’s", "").replace("'s", "")
        if (
            end == i
            or (
                head not in heads
                # "the Ministry of Health", "the Department of Justice": the head opens the name
                and not (t.lower in heads and any(w.lower == "of" for w in toks[i:end]))
            )
        ):
            return None
        if any(w.lower in english.word_class(self.lex, "finite") for w in toks[i : end + 1]):
            return None
        name = self.article.text[t.start : toks[end].end]
        return self._institution_entity(name.lower(), "", name, t.start, toks[end].end), end

    def _english_named_noun(self, noun: str, offset: int) -> Entity | None:
        """English: the name given in apposition to the same organisation noun before
        (``The group, Cleaners United, formed …`` … ``the group said``): the organisation of
        the text that the name marks, else one made for it like ``institution``."""
        text = self.article.text
        lo = max(0, offset - 1500)
        found = None
        for m in re.finditer(
            rf"\b[Tt]he {re.escape(noun)}, ((?:[A-Z][\w’'&.-]*)(?: (?:of |for |and )?[A-Z][\w’'&.-]*){{0,4}}),",
            text[lo:offset],
        ):
            found = m
        if found is None:
            return None
        start, end = lo + found.start(1), lo + found.end(1)
        ent = self.index.covering(start, end)
        if ent is not None:
            return ent if ent.type == "ORG" else None
        if self.index.starting_in(start, end):
            return None  # "The company, Acme's owner Jo Smith, …": a person or a part named
        name = text[start:end]
        return self._institution_entity(name.lower(), "", name, start, end)

    def english_subject_body(self, sent: Sentence, lo: int, verb: int) -> Resolved | None:
        """English: the organisation named by the capitalised words right before the verb
        (``The World Health Organization reported``), which the entity layer missed."""
        toks = sent.tokens
        j = verb
        while j > lo and (
            toks[j - 1].text[:1].isupper()
            or toks[j - 1].lower in ("of", "for", "and", "on", "&", "'s", "’s")
        ):
            j -= 1
        if j > lo and toks[j - 1].lower == "the":
            j -= 1
        made = self._english_named_body(sent, j, verb)
        if made is None or made[1] != verb - 1:
            return None
        return Resolved(made[0], 0.7, "name", at=(j, verb - 1))

    def _member_institution(self, t: Token) -> Entity | None:
        """ "sagte die Polizeichefin", "ein Feuerwehrsprecher": a compound of an institution
        noun and a role or spokesperson noun names an officer who speaks for the institution
        (the caller asks only when no person holds the role)."""
        if self.english or not t.is_upper:
            return None
        low = t.lower
        for noun in sorted(self.lex.institution_nouns, key=len, reverse=True):
            if not low.startswith(noun):
                continue
            rest = t.text[len(noun) :]
            for head in (rest, rest[1:] if rest.startswith("s") else ""):
                head = head[:1].upper() + head[1:]
                if len(head) >= 4 and (
                    self.lex.is_role_noun(head) or head in self.lex.spokesperson_nouns
                ):
                    # only a body named before: "sagte ein Polizeisprecher" about a
                    # neighbour's border is not the police of the dateline's country that the
                    # text names later
                    return self._institution_entity(
                        noun, "", t.text[: len(noun)], t.start, t.start + len(noun), before=True
                    )
        return None

    def _member_body(self, sent: Sentence, i: int) -> Entity | None:
        """ "sagte ein malischer Offizier", "Ein anderer malischer Militärvertreter sagte": an
        unnamed member of an institution (``institution_members`` in ``roles.yaml``) speaks for
        the organisation named before whose name or a mention holds one of its institution
        nouns, within the last 3000 characters; a country adjective before the noun must be
        in that name too ("ein ägyptischer Offizier" is not the "malische Armee"). No body is
        made: a member of a body the text never named speaks for nobody known."""
        if self.english:
            return None
        toks = sent.tokens
        nouns = _institution_members().get(toks[i].text)
        if not nouns:
            return None
        k = i - 1
        stems = []
        while k >= 0 and toks[k].is_word and not toks[k].is_upper:
            m = re.match(r"(\w+isch)(e|er|en|es|em)$", toks[k].lower)
            if m:
                stems.append(m.group(1))  # "malischer" → "malisch"
            k -= 1
        start = toks[i].start
        for org in self.index.before(start, ("ORG",)):
            if not any(0 < start - m.start < 3000 for m in org.mentions):
                continue
            names = [org.name.lower(), *(m.text.lower() for m in org.mentions)]
            # the adjective in the name, or around a mention ("haben malische Soldaten nach
            # Armeeangaben …" made the body "Armee")
            around = [
                self.article.text[max(0, m.start - 150) : min(m.end + 150, sent.start)].lower()
                for m in org.mentions
                if m.start < sent.start
            ]
            if any(n in name for n in nouns for name in names) and all(
                any(stem in text for text in [*names, *around]) for stem in stems
            ):
                return org
        return None

    def _mention(self, ent: Entity, start: int, end: int) -> None:
        """Record a mention of an institution made by ``institution`` (once per place)."""
        if not any(m.start == start for m in ent.mentions):
            ent.mentions.append(Mention(text=self.article.text[start:end], start=start, end=end))
            self.index.add(start, end, ent)

    def _new_org_id(self) -> str:
        used = [
            int(e.id.split("-", 1)[1])
            for e in self.index.entities
            if e.id.startswith("org-") and e.id.split("-", 1)[1].isdigit()
        ]
        return f"org-{max(used, default=0) + 1}"

    def adopt_institutions(self, speaker_ids: set[str]) -> None:
        """Add the institutions made by ``institution`` that speak in a quote to the article's
        entities (the others stay out)."""
        for ent in self._institutions.values():
            if ent.id in speaker_ids and ent not in self.article.entities:
                ent.mentions.sort(key=lambda m: m.start)
                self.article.entities.append(ent)

    def _english_organisation(self, noun: str, offset: int, genitive: bool = True) -> Entity | None:
        """English "the company", "the agency", "the organization": the organisation named in
        the last sentences whose name holds the noun ("the group" → "Carlyle Group"); for a
        generic noun (``generic_organisation_nouns``) else the nearest one named there as a
        subject ("CBP announced", "NASA is", "Google's attempt", "said Amnesty", "by X"), not a
        medium ("Reuters") and not one after another preposition ("an agreement with JLL", "on
        Twitter"); nobody when none is named close by."""
        text = self.article.text
        recent = [
            (s, e, ent)
            for s, e, ent in reversed(self.index.starting_in(max(0, offset - 400), offset))
            if ent.type == "ORG"
        ]
        for _s, _e, ent in recent:
            if noun in ent.name.lower() or any(noun in m.text.lower() for m in ent.mentions):
                return ent
        named = self._english_named_noun(noun, offset)
        if named is not None:
            return named
        if noun not in english.word_class(self.lex, "generic_organisation_nouns"):
            return None
        verbs = english.word_class(self.lex, "finite") | english.word_class(self.lex, "before_verb")
        for s, e, ent in recent:
            names = {ent.name.lower()} | {m.text.lower() for m in ent.mentions}
            if names & self.lex.media_names:
                continue
            before = text[max(0, s - 30) : s].split()
            prev = before[-1].lower() if before else ""
            after = text[e : e + 30]
            nxt = after.split()[0].lower().strip(".,;:") if after.split() else ""
            subject_like = (
                (genitive and after.startswith(("'s", "’s")))
                or nxt in verbs
                or nxt in self.lex.verb_forms
                or prev in ("by", "from")
                or prev in self.lex.verb_forms
            )
            if subject_like:
                return ent
        return None

    def _organisation_noun_of(self, word: str) -> bool:
        """An organisation noun, also a plural ("Behörden") or a bare head of the entity
        lexicon ("Polizei", "Regierung")."""
        if self.lex.organisation_noun(word) or self.lex.organisation_noun(word.rstrip("n")):
            return True
        low = word.lower()
        return any(low.endswith(h.lower()) for h in _bare_heads())

    def _media_object(self, sent: Sentence, lo: int, res: Resolved) -> bool:
        """Whether the phrase before the verb is a medium in the dative ("Der Zeitung X",
        "Dem STANDARD", "Gegenüber der APA")."""
        toks = sent.tokens
        if res.entity is None or res.at is None or res.entity.type == "PER":
            return False
        if toks[lo].lower not in ("der", "dem", "gegenüber"):
            return False
        return self.is_media(sent, res.at[0], res.entity) or toks[lo + 1].lower in (
            self.lex.media_heads
        )

    def _prefixed_organisation(self, sent: Sentence, i: int) -> Entity | None:
        """ "ein US-Vertreter" after "die US-Regierung": a compound whose first part is a place
        speaks for the organisation named before with the same first part."""
        word = sent.tokens[i].text
        if "-" not in word:
            return None
        prefix = word.split("-")[0] + "-"
        for ent in self.index.before(sent.tokens[i].start, ("ORG",)):
            if any(
                m.text.startswith(prefix) and m.start < sent.tokens[i].start for m in ent.mentions
            ):
                return ent
        return None

    def is_media(self, sent: Sentence, idx: int, ent: Entity) -> bool:
        """A news agency or medium (by name, or named after a head noun: "der Zeitung X")."""
        if ent.type == "PER":
            return False
        names = {ent.name.lower()} | {m.text.lower() for m in ent.mentions}
        if names & self.lex.media_names:
            return True
        return any(t.lower in self.lex.media_heads for t in sent.tokens[max(0, idx - 3) : idx])

    def _medium_compound(self, sent: Sentence, idx: int, ent: Entity) -> bool:
        """A compound of the medium's name and a noun for a person ("eine AFP-Journalistin",
        "ein ORF-Korrespondent"): a person who reports for the medium, which speaks."""
        word = sent.tokens[idx].text
        owner, _, head = word.rpartition("-")
        # a role noun, a spokesperson, or a person noun in -ist(in): "Journalistin"
        person = (
            self.lex.is_role_noun(head)
            or head in self.lex.spokesperson_nouns
            or head.endswith(("ist", "istin"))
        )
        if (
            not owner
            or not person
            or self.index.covering(sent.tokens[idx].start, sent.tokens[idx].end)
        ):
            return False
        names = {ent.name} | {m.text for m in ent.mentions}
        return owner in names

    def _compound_body(self, t: Token) -> Entity | None:
        """The organisation a person-noun compound opens with ("Syriza-Abgeordnete",
        "ÖVP-Proponenten"): its first part is a name or mention of an organisation."""
        owner, _, _head = t.text.rpartition("-")
        if len(owner) < 2 or not owner[:1].isupper():
            return None
        # the very words of a mention named before, no inflected or common-noun form
        # ("Museums-Experten" are no staff of "das Kunsthistorische Museum")
        for ent in self.index.before(t.start, ("ORG",)):
            if any(m.text == owner and m.start < t.start for m in ent.mentions):
                return ent
        return None

    def _medium(self, ent: Entity) -> bool:
        """A news medium by name ("APA", "Welt am Sonntag") or by a media head noun right
        before one of its mentions ("der Zeitung X")."""
        names = {ent.name.lower()} | {m.text.lower() for m in ent.mentions}
        if names & self.lex.media_names:
            return True
        text = self.article.text
        for m in ent.mentions:
            before = text[max(0, m.start - 40) : m.start].split()
            if before and before[-1].lower() in self.lex.media_heads:
                return True
        return False

    def _named_organisation(
        self, word: str, offset: int, active: Entity | None = None
    ) -> Entity | None:
        """The organisation a definite organisation noun stands for ("erklärte die
        Organisation" after "die Hilfsorganisation X"): the nearest organisation named in the
        last sentences whose name holds the noun, else the current source when it is one of
        them ("nach Angaben der Beobachtungsstelle … ein Kommandant der Miliz X getötet. Wie
        die Organisation mitteilte": the source, not the organisation named last), else the
        nearest organisation."""
        noun = self.lex.organisation_noun(word)
        if noun is None or self.lex.is_role_noun(word):
            return None
        recent = [
            ent
            for s, _e, ent in reversed(self.index.starting_in(max(0, offset - 500), offset))
            if ent.type == "ORG"
        ]
        for ent in recent:
            if self._named_as(ent, noun, offset):
                return ent
        if noun in GENERIC_COMPANY_NOUNS:
            for ent in recent:
                # "wie das Unternehmen mitteilte" after "Beim Bezahlfernsehkonzern Sky …": a
                # company noun stands for a company named by another company noun, a
                # broadcaster or publisher too (not skipped below as a medium that relayed)
                if any(
                    self._named_as(ent, other, offset, descriptor_only=True)
                    for other in GENERIC_COMPANY_NOUNS
                ):
                    return ent
        # the short form of an organisation introduced earlier with its descriptor ("Die
        # Zeitung berichtete" after "die Zeitung USA Today" paragraphs before)
        for ent in self.index.before(max(0, offset - 500), ("ORG",)):
            if self._named_as(ent, noun, offset, descriptor_only=True):
                return ent
        if word.lower() not in self.lex.media_heads and noun not in self.lex.media_heads:
            # "Die Behörde sprach von …" after "sagte X der Nachrichtenagentur AFP": a noun for
            # anything but a medium does not point back to the medium that relayed (session 22)
            recent = [ent for ent in recent if not self._medium(ent)]
        else:
            # "…, schrieb die Zeitung" after "nach Angaben des Berliner Tagesspiegels … die
            # Polizei …": a media noun points back to the medium named last, not to the
            # organisation its report told of (session 27)
            media = [e for e in self.index.before(offset, ("ORG",)) if self._medium(e)]
            near = [e for e in media if any(offset - 3000 <= m.start < offset for m in e.mentions)]
            if near:
                return near[0]
            # "teilte das Fachmagazin mit" after "die Wahl des kicker" (no entity): the
            # magazine is no club or company named before
            return None
        if self._unnamed_body(noun, offset):
            # "Die Gewerkschaft ver.di hat zu Streiks bei Amazon aufgerufen. … Die Gewerkschaft
            # fordert": the noun introduced a body the entity layer did not name; not the
            # organisation named last
            return None
        if active is not None and any(ent is active for ent in recent):
            return active
        return recent[0] if recent else None

    def _unnamed_body(self, noun: str, offset: int) -> bool:
        """Whether the last sentences introduce a body of the noun's kind that no entity names:
        the noun (or a compound ending in it) before a name the entity layer did not mark
        ("Die Gewerkschaft ver.di"), before "namens", or after an indefinite article ("eine
        bisher unbekannte Jihadistengruppe")."""
        text = self.article.text
        lo = max(0, offset - 1500)
        pattern = re.compile(r"\b(\w*" + re.escape(noun) + r")\b", re.IGNORECASE)
        for m in pattern.finditer(text, lo, offset):
            word = m.group(1)
            if not word[:1].isupper() or self.index.covering(m.start(), m.end()) is not None:
                continue
            rest = text[m.end() : m.end() + 40].split()
            nxt = rest[0].strip(",.;:()") if rest else ""
            at = m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip())) if rest else 0
            if rest and self.index.covering(at, at + len(nxt)) is not None:
                continue  # "die Gewerkschaft GPA": named
            before = text[max(0, m.start() - 40) : m.start()].split()[-3:]
            if nxt == "namens" or any(
                w.lower() in ("ein", "eine", "einer", "einen") for w in before
            ):
                return True
            if nxt and not nxt[:1].isupper() and "." in nxt.strip(".") and nxt.isascii():
                return True  # "ver.di": a lower-case name with an inner dot
        return False

    def organisation_by_kind(self, word: str, offset: int, strict: bool = False) -> Entity | None:
        """The organisation an organisation noun used as the first part of a source compound
        points back to ("nach Konzernangaben", "nach Gewerkschafts-Angaben"): the nearest
        organisation of the last sentences named as one of that kind ("der Chiphersteller
        Infineon" for "Konzern" only by its name or descriptor), else the one organisation
        named there when there is exactly one; None otherwise (never a guess among several).
        ``strict``: that one organisation only for a noun any company is called by
        (``generic_company_nouns``)."""
        if self.english:
            return None
        stem = word.rstrip("-")
        noun = self.lex.organisation_noun(stem)
        if noun is None and stem.endswith("s"):
            stem = stem[:-1]
            noun = self.lex.organisation_noun(stem)
        if noun is None or self.lex.is_role_noun(stem):
            return None
        named = self.index.before(offset, ("ORG",))
        for ent in named:
            if self._named_as(ent, noun, offset):
                return ent  # "der Glücksspielkonzern Novomatic", "die Gewerkschaft GPA"
        if strict and noun not in GENERIC_COMPANY_NOUNS:
            # "sagte der Ministeriumssprecher" after "Die Bank Austria …": only a body named
            # as one of that kind; a company noun may stand for any company (session 28)
            return None
        recent = [e for e in named if self.named_near(e, offset)]
        if len(recent) > 1:
            # "Die AUA-Mutter Lufthansa …, berichten die Süddeutsche Zeitung und das Magazin
            # Focus": a medium that relayed the news and an organisation named only as the
            # first part of a compound are not what a company noun points back to (session 28)
            media_noun = noun in self.lex.media_heads
            recent = [
                e
                for e in recent
                if (media_noun or not self._medium(e)) and self.named_near(e, offset, whole=True)
            ]
        return recent[0] if len(recent) == 1 else None

    def named_near(self, ent: Entity, offset: int, whole: bool = False) -> bool:
        """Whether ``ent`` is named in the 1,500 characters before ``offset``; ``whole``: by a
        mention that is not the first part of a compound ("die AUA-Mutter" names no AUA)."""
        text = self.article.text
        return any(
            offset - 1500 <= m.start < offset and not (whole and text.startswith("-", m.end))
            for m in ent.mentions
        )

    def _named_as(self, ent: Entity, noun: str, offset: int, descriptor_only: bool = False) -> bool:
        """Whether an organisation's name holds an organisation noun ("Hilfsorganisation X"),
        or a descriptor that ends in the noun stands right before one of its mentions ("Der
        Glücksspielkonzern Novomatic", "die Zeitung USA Today") — the noun then points back
        to it ("der Konzern", "die Zeitung")."""
        if not descriptor_only and (
            noun in ent.name.lower() or any(noun in m.text.lower() for m in ent.mentions)
        ):
            return True
        text = self.article.text
        for m in ent.mentions:
            if m.start >= offset:
                continue
            before = text[max(0, m.start - 40) : m.start].split()
            if not before:
                continue
            word = before[-1]
            if word[:1].isupper() and word.lower().rstrip("s").endswith(noun):
                return True
        return False

    def _organisation_of(self, sent: Sentence, i: int) -> tuple[Entity | None, int] | None:
        """German: an organisation noun followed by "von"/"vom" and a name ("die Regierung
        von Luigi Bianchi", "die Regierung von Nauru"): the person or organisation named (a place
        gives None), and the index of the name's last token."""
        toks = sent.tokens
        if self.english or self.lex.organisation_noun(toks[i].text) is None:
            return None
        if i + 2 >= len(toks) or toks[i + 1].lower not in ("von", "vom"):
            return None
        got = self.mention_at_token(sent, i + 2)
        if got is None:
            return None
        end, ent = got
        if ent.type in ("PER", "ORG"):
            return ent, end
        return (None, end) if ent.type == "LOC" else None

    def _group_organisation(self, word: str, offset: int) -> Entity | None:
        """The organisation a plural group noun speaks for: one named in the last sentences
        whose name shares the noun's stem ("die Rechnungsprüfer" → "Rechnungshof", "die
        Gewerkschafter" → "Gewerkschaft X"), or whose mention follows the noun closely
        ("die aus Nachwuchsforschern zusammengesetzte Kurie X" → "die Nachwuchsforscher")."""
        low = word.lower()
        stem = low[: max(5, len(low) - 2)]
        text = self.article.text
        seen: set[str] = set()
        for _s, _e, ent in reversed(self.index.starting_in(max(0, offset - 800), offset)):
            if ent.type != "ORG" or ent.id in seen:
                continue
            seen.add(ent.id)
            names = {ent.name} | {m.text for m in ent.mentions}
            for name in names:
                for w in name.lower().replace("-", " ").split():
                    n = 0
                    while n < min(len(w), len(low)) and w[n] == low[n]:
                        n += 1
                    if n >= 5 and 2 * n >= len(low):
                        return ent
            for m in ent.mentions:
                if m.start >= offset:
                    continue
                window = text[max(0, m.start - 60) : m.start]
                at = window.lower().rfind(stem)
                if at < 0:
                    continue
                between = window[at:].split()[1:]
                if len(between) <= 2 and all(w.isalpha() and w.islower() for w in between):
                    return ent  # the noun, lower-case attribute words, the name
        return None


@cache
def _entity_lexicon() -> EntityLexicon:
    from newsgraph.entities.lexicon import load_lexicon

    return load_lexicon()


def unknown_name(word: str) -> bool:
    """A capitalised word no lexicon knows (no common word, given name, role, country or
    place): the entity layer's test of a maker's name."""
    from newsgraph.entities.mentions import _unknown_name_word

    return _unknown_name_word(word, _entity_lexicon())


def _document_word(word: str) -> bool:
    """A word for a document or a statement, also at the end of a compound ("Werbetext",
    "Firmenangaben"): what a source phrase cites, no name."""
    low = word.lower()
    return low.endswith(DOCUMENT_WORD_TAILS)


def _common_compound(word: str) -> bool:
    """A long closed compound whose last part is an ordinary noun ("Grundversorgungsgesetz",
    "Vertrauensarbeitszeitmodell"): a word of the language the lexicon did not analyse, no
    name. Short names may end in a noun ("Eurogamer", "Techradar") and stay names."""
    from newsgraph.entities.namewords import common_word_tag

    if len(word) <= MAX_NAME_LETTERS:
        return False
    return any(
        common_word_tag(word[k].upper() + word[k + 1 :]) == "NN" for k in range(3, len(word) - 3)
    )


def _person_word(word: str) -> bool:
    """A given name, a listed surname, or a name written like a person's ("McCain")."""
    from newsgraph.entities.namewords import is_listed_surname

    return (
        word in _entity_lexicon().first_names
        or is_listed_surname(word)
        or (word.startswith(PERSON_NAME_PREFIXES) and bool(INNER_CAPITAL.match(word)))
    )


def _initials(name: str) -> str:
    """The acronym of a name: the first letters of its capitalised words (``World Health
    Organization`` → ``WHO``)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@cache
def _institution_members() -> dict[str, tuple[str, ...]]:
    """Member nouns of institutions and the institution nouns (lower case) they belong to."""
    table = _load_yaml("roles.yaml").get("institution_members") or {}
    return {str(k): tuple(str(n).lower() for n in v) for k, v in table.items()}
