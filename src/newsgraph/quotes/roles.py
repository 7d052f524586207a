"""Role nouns as speakers (``der Kremlchef``, ``die Sprecherin``, ``der 54-Jährige``):
the known person who holds the role, the office a role names, spokespersons and the body they
speak for, the person a sentence opened by a role noun is about, and nouns of a person's shape
that the role lexicon does not list."""

from __future__ import annotations

import bisect
import re

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.noun_phrase_entities import NounPhraseEntities
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.speaker_gender import compatible, gender
from newsgraph.quotes.speaker_words import FUNCTION_WORDS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES

# word endings of person nouns that the role lexicon does not list (see _person_descriptor)
PERSON_FEMININE_ENDINGS = ("erin", "entin", "antin", "istin", "orin", "atin", "eurin")
PERSON_MASCULINE_ENDINGS = ("ent", "ant", "ist", "eur", "at")
NOMINALISED_ENDINGS = ("ige", "igte", "ene", "ende", "ierte", "agte", "ogene")

# a sentence opened by one word and a lower-case (finite) verb: the name after it is the subject
INVERTED_SUBJECT = re.compile(r"(?:^|[.!?]\s)([A-ZÄÖÜ][a-zäöüß]+)\s([a-zäöüß]{3,})\s$")

# words that do not open a main clause with the verb second, or are no finite verb
NOT_VERB_SECOND = (
    grammar("function_words")
    | grammar("subordinators")
    | grammar("question_words")
    | {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}
)


class Roles(NounPhraseEntities):
    """Role nouns and the persons who hold them."""

    def role(
        self, sent: Sentence, i: int, active: Entity | None, word: str | None = None
    ) -> Resolved:
        """A definite role noun ("der Kremlchef", "Sein Gastgeber") bound to a known person
        (``word``: the role a title at token i stands for)."""
        word = word or sent.tokens[i].text
        low = word.lower()
        offset = sent.tokens[i].start
        # "…, Ramos ist der Trainer, sagte der Franzose": names in the content before a
        # post-posed cue are what the speaker talks about, not the speaker
        toks = sent.tokens
        comma = next((k for k in range(i - 1, 0, -1) if toks[k].text == ","), None)
        content_end = toks[comma].start if comma is not None else sent.start
        colon = next((k for k in range(comma or 0, 0, -1) if toks[k].text == ":"), None)
        content_start = toks[colon].end if colon is not None else sent.start
        want = self._role_gender(sent, i)
        candidates = [
            e
            for e in self.index.before(offset, ("PER",))
            if any(m.start < content_start or content_end <= m.start < offset for m in e.mentions)
            and self._may_hold(e, want)
        ]
        # (session 36) a plural ("Wie die Forscher … schreiben") is the group of the person
        # named last, not that of a role holder named before him ("Forscher um X" … "Y hat
        # mit Kollegen …")
        group = self._plural_definite(sent, max(0, i - 3), i)
        for n, ent in enumerate(candidates):
            if self.holds_role(ent, low, before=offset):
                if group and n > 0:
                    break
                return Resolved(ent, 0.75, "role")
        if low in self._role_bodies and not self.lex.is_role_noun(word):
            # "Die Generalprokuratur moniert" before its "Sprecher der Generalprokuratur" is
            # named: the body's noun, not a role of the person named last
            return Resolved(None, 0.3, "role")
        introduced = self._introduced_spokesperson(word, offset)
        if introduced is not None:
            return introduced
        body = self._spokesperson_body(word, offset)
        if body is not None:
            # "sagte der Ministeriumssprecher", "bestätigt der Öbib-Pressesprecher": nobody
            # named holds the office; the spokesperson speaks for the body of the compound
            return Resolved(body, 0.6, "role")
        subject = self._recent_subject(offset, sent.start, skip=(content_start, content_end))
        if subject is not None and self._may_hold(subject, want):
            return Resolved(subject, 0.6, "role")
        if active is not None and active.type == "PER" and self._may_hold(active, want):
            return Resolved(active, 0.55, "role")
        if candidates:
            return Resolved(candidates[0], 0.5, "role")
        return Resolved(None, 0.3, "role")

    def _may_hold(self, ent: Entity, want: str | None) -> bool:
        """Whether a person may be meant by a role noun of the gender of ``want`` ("er"/"sie"):
        only a gender the person's own role nouns show rules them out ("Staatsanwalt" is no
        "die Angeklagte"); first names are too weak a sign here."""
        if want is None:
            return True
        words = [r.split()[-1] for r in ent.roles if r.split()]
        feminine = any(w.endswith("in") and self.lex.is_role_noun(w[:-2]) for w in words)
        masculine = any(self.lex.is_role_noun(w) and not w.endswith(("in", "e")) for w in words)
        if feminine and not masculine:
            return want == "sie"
        if masculine and not feminine:
            return want == "er"
        # by the first name: a consonant ending is a fair sign of a man; of the vowel endings
        # only "-a" is a fair sign of a woman ("Ole", "Uwe" end in "-e")
        by_name = gender(ent, self.article.text)
        if want == "sie":
            return by_name != "m"
        first = ent.name.split()[0] if len(ent.name.split()) >= 2 else ""
        return not (by_name == "f" and first.endswith("a"))

    def _role_gender(self, sent: Sentence, i: int) -> str | None:
        """The pronoun a definite singular role noun stands for: "der 54-Jährige" → "er",
        "die Angeklagte", "die Sprecherin" → "sie"; None for a plural or another case."""
        toks = sent.tokens
        k = i - 1
        while k >= 0 and k > i - 3 and toks[k].is_word and not toks[k].is_upper:
            if toks[k].lower in ("der", "die"):
                break
            k -= 1
        if k < 0 or toks[k].lower not in ("der", "die"):
            return None
        word = toks[i].lower
        if toks[k].lower == "der":
            return "er" if k == 0 or toks[k - 1].text in ",:;–" or k + 1 == i else None
        if word.endswith("in") or (word.endswith("e") and not word.endswith("ee")):
            return "sie"
        return None

    def _introduced_spokesperson(self, word: str, offset: int) -> Resolved | None:
        """ "sagte der Sprecher" after "ein Sprecher der Präfektur": the definite noun points
        back to the unnamed spokesperson introduced before, who speaks for the organisation
        named after the noun (nobody known when none is named)."""
        if word not in self.lex.spokesperson_nouns:
            return None
        lo = max(0, offset - 1000)
        # "ein Sprecher der X", and (session 23) a compound "ein Polizeisprecher": the one
        # introduced last is meant
        pattern = re.compile(
            r"\b[Ee]ine?[rnms]?\s+(?:[a-zäöüß][\w-]*\s+)?((?:[A-ZÄÖÜ][\w]*-?)?"
            + re.escape(word.lower() if word[:1].isupper() else word)
            + r"|"
            + re.escape(word)
            + r")\b"
        )
        hits = list(pattern.finditer(self.article.text, lo, offset))
        if not hits:
            return None
        end = hits[-1].end()
        compound = hits[-1].group(1)
        if compound != word:
            at = hits[-1].start(1)
            body = self._spokesperson_body(compound, at) or self._member_institution(
                Token(compound, at, at + len(compound))
            )
            return Resolved(body, 0.6, "role") if body is not None else None
        after = self.article.text[end : end + 80]
        if not re.match(r"\s+(?:des|der|von|vom|eines|einer)\s", after):
            return None
        stop = end + len(after.split(",")[0].split(".")[0])
        for _s, _e, ent in self.index.starting_in(end, stop):
            if ent.type == "ORG" or (
                # "ein Sprecher der Präfektur" with the institution typed as a place
                ent.type == "LOC" and self.lex.institution_noun(ent.name.split()[-1])
            ):
                return Resolved(ent, 0.6, "role")
        return Resolved(None, 0.4, "role")  # the spokesperson of a body the text names not

    def _spokesperson_body(self, word: str, offset: int) -> Entity | None:
        """The organisation a spokesperson compound opens with: "Kommissionssprecherin" →
        the body named "Kommission" before, "Ministeriumssprecher" → "das …ministerium",
        "Öbib-Pressesprecher" → "Öbib" (a person named so is found by the caller first)."""
        if self.english:
            return None
        low = word.lower()
        head = next(
            (n for n in ("sprecherin", "sprecher") if low.endswith(n) and len(low) > len(n) + 2),
            None,
        )
        if head is None:
            return None
        owner = word[: -len(head)].rstrip("-")
        if owner.lower().endswith("presse"):
            owner = owner[: -len("presse")].rstrip("-")  # "Öbib-Pressesprecher"
        owner = owner.rsplit("-", 1)[0] if "-" in owner else owner
        if len(owner) < 2 or not owner[:1].isupper():
            return None
        for key in dict.fromkeys([owner, owner[:-1] if owner.endswith("s") else owner]):
            ent = self.alias(key, offset)
            if ent is not None:
                named = any(m.start < offset for m in ent.mentions)
                return ent if ent.type == "ORG" and named else None
            noun = self.lex.organisation_noun(key)
            if noun is None:
                continue
            # "Ministeriumssprecher" after "das Sozialministerium": the nearest body whose
            # name or descriptor holds the noun, none by mere nearness
            for ent in self.index.before(offset, ("ORG",)):
                if self._named_as(ent, noun, offset):
                    return ent
            # "sagte eine Unternehmenssprecherin" after "Die Lufthansa …": the one organisation
            # of the last sentences (organisation_by_kind; never a guess among several)
            return self.organisation_by_kind(key, offset, strict=True)
        return None

    def holds_role(self, ent: Entity, low: str, before: int | None = None) -> bool:
        """Whether a person's roles or mentions name the office of the role noun ``low``: the
        word itself ("Kremlchef" in "Kremlchef X"), a synonym of the same office ("der
        Regierungschef" for the "Premier"), or a compound whose head is one of the person's
        role words ("der Rechtsanwalt" for "sein Anwalt X")."""
        stem = low[:-1] if low.endswith(("n", "s")) else low
        texts = [m.text.lower() for m in ent.mentions if before is None or m.end <= before]
        if before is None or texts:
            texts += [r.lower() for r in ent.roles]
        if any(stem in t for t in texts):
            return True
        same = self.lex.role_synonyms.get(low) or self.lex.role_synonyms.get(stem) or frozenset()
        words = {w.strip("-") for t in texts for w in t.replace("-", " ").split()}
        if same & words:
            return True
        return any(len(w) >= 5 and self.lex.is_role_noun(w) and stem.endswith(w) for w in words)

    def role_topic(self, sent: Sentence, active: Entity | None) -> Entity | None:
        """The person a sentence opening with a definite role noun is about, when it is not the
        current speaker: "Der offensive Mittelfeldspieler selbst ärgerte sich …" after the
        manager praised the player. The role noun is bound through the persons' roles and
        mentions, else it is the person named last other than the current speaker."""
        toks = sent.tokens
        if active is None or active.type != "PER" or len(toks) < 3:
            return None
        if toks[0].lower not in ("der", "die"):
            return None
        i = 1
        while i < min(len(toks), 4) and not toks[i].is_upper and toks[i].is_word:
            i += 1  # adjectives
        if i >= len(toks) or not toks[i].is_upper or not self.lex.is_role_noun(toks[i].text):
            return None
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if nxt in ("des", "der", "von", "vom", ",") or sent.inside_quote(toks[i].start):
            return None  # "Der Trainer des Gegners", an apposition: not simply the person
        pronoun = "er" if toks[0].lower == "der" else "sie"
        offset = toks[i].start
        low = toks[i].lower
        candidates = [
            e
            for e in self.index.before(offset, ("PER",))
            if any(offset - m.start < 700 for m in e.mentions if m.start < offset)
        ]
        for ent in candidates:
            if self.holds_role(ent, low):
                return ent if ent is not active else None
        for ent in candidates:
            if ent is active:
                continue
            return ent if compatible(ent, pronoun, self.lex, self.article.text) else None
        return None

    def _recent_subject(
        self,
        offset: int,
        sentence_start: int | None = None,
        skip: tuple[int, int] | None = None,
    ) -> Entity | None:
        """The person that opens one of the last sentences (a subject), nearest first; before
        ``sentence_start`` also one right after the verb of a sentence opened by one word;
        none named inside ``skip`` (the content before a post-posed cue)."""
        text = self.article.text
        for s, _e, ent in reversed(
            self.index.items[: bisect.bisect_left(self.index.starts, offset)]
        ):
            if offset - s > 600:
                break
            if ent.type != "PER" or (skip is not None and skip[0] <= s < skip[1]):
                continue
            before = text[max(0, s - 3) : s]
            if s == 0 or before.endswith((". ", "\n", "– ", ": ", ", ")) or before.strip() == "":
                return ent
            m = INVERTED_SUBJECT.search(text[max(0, s - 40) : s])
            if (
                m
                and sentence_start is not None
                and s < sentence_start
                and not {w.lower() for w in m.group(1, 2)} & NOT_VERB_SECOND
            ):
                return ent  # "Ansonsten setzt X auf …": the subject after the verb
        return None

    def _head_of(self, sent: Sentence, lo: int, idx: int, org: Entity) -> Entity | None:
        """ "argumentierte der heutige Präsident der EU-Kommission" after "EU-Kommissionschef
        X": the person whose role names the organisation with a head noun of the same office
        (a spokesperson speaks for the organisation instead)."""
        toks = sent.tokens
        if org.type != "ORG" or toks[lo].lower not in ("der", "die"):
            return None
        nouns = [
            t.lower for t in toks[lo + 1 : idx] if t.is_upper and self.lex.is_role_noun(t.text)
        ]
        if len(nouns) != 1 or nouns[0].capitalize() in self.lex.spokesperson_nouns:
            return None
        office = self._office(nouns[0])
        names = {n.lower().replace(" ", "").replace("-", "") for n in [org.name]}
        names |= {m.text.lower().replace(" ", "").replace("-", "") for m in org.mentions}
        names = {n for n in names if len(n) >= 4}
        offset = toks[idx].start
        found: list[Entity] = []
        for ent in self.index.before(offset, ("PER",)):
            for text in [*ent.roles, *(m.text for m in ent.mentions if m.start < offset)]:
                flat = text.lower().replace(" ", "").replace("-", "")
                for name in names:
                    at = flat.find(name)
                    rest = flat[at + len(name) :] if at >= 0 else ""
                    # with or without the linking s: "Kommission-s-chef"
                    rests = {rest, rest[1:]} if rest.startswith("s") else {rest}
                    held = any(r and self._office(r) & office for r in rests)
                    if held and ent not in found:
                        found.append(ent)
        return found[0] if len(found) == 1 else None

    def _office(self, noun: str) -> frozenset[str]:
        """The office a role noun names: its synonym group of roles.yaml (the heads of an
        organisation, Chef and Präsident, count as one), or the noun alone."""
        low = noun.lower()
        heads = {"chef", "präsident"}
        group = set(self.lex.role_synonyms.get(low, frozenset())) | {low}
        if group & heads or any(group & self.lex.role_synonyms.get(h, frozenset()) for h in heads):
            for h in heads:
                group |= {h} | set(self.lex.role_synonyms.get(h, frozenset()))
        return frozenset(group)

    def _titled_person(self, org: Entity, offset: int) -> Entity | None:
        """The one person whose name followed a mention of this one-word organisation before
        offset ("EZB-Rat Udo Kainz"): the word was that person's title."""
        if " " in org.name:
            return None
        ends = {m.end for m in org.mentions if m.start < offset}
        people = {
            e.id: e
            for e in self.article.entities
            if e.type == "PER"
            for m in e.mentions
            if m.start < offset and (m.start - 1) in ends
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _role_word(self, sent: Sentence, i: int) -> bool:
        """Whether token i may be a role noun by its shape: a capitalised German noun, or in
        English a word after an article or a possessive ("the minister", "his spokesman")."""
        t = sent.tokens[i]
        if t.is_upper:
            return True
        return (
            self.english
            and t.is_word
            and i > 0
            and sent.tokens[i - 1].lower in ("the", "a", "an", "his", "her", "its", "their")
        )

    def _misc_noun(self, sent: Sentence, i: int) -> bool:
        """A one-word MISC "entity" after a definite article ("der Hacker"): a role noun."""
        toks = sent.tokens
        if i == 0 or toks[i - 1].lower not in ("der", "die"):
            return False
        ent = self.index.covering(toks[i].start, toks[i].end)
        return ent is not None and ent.type == "MISC" and " " not in ent.name

    def _misbound_descriptor(self, sent: Sentence, idx: int, end: int, ent: Entity) -> bool:
        """A definite descriptor after a speech verb ("die Vorarlbergerin", "der
        ÖFB-Teamspieler") that the entity layer made a mention of a person it cannot point back
        to: one of the other gender, or one whose name the text gives only later (and not
        right after the descriptor)."""
        toks = sent.tokens
        if self.english or ent.type != "PER" or toks[idx].lower not in ("der", "die"):
            return False
        if end <= idx or not toks[end].is_upper:
            return False
        mention = next((m for m in ent.mentions if m.start == toks[idx].start), None)
        if mention is None or mention.end != toks[end].end:
            return False
        # (session 36) the mention may run on into the role's complement ("die Chefin der
        # Staatsholding"): the gender is the role noun's, the first capitalised word
        noun = next((k for k in range(idx + 1, end) if toks[k].is_upper and toks[k].is_word), end)
        want = self._role_gender(sent, noun)
        # the person's gender by everything but this very mention, with a given name's vowel
        # ending as weak a sign as in `_may_hold` ("Rene Muster … sagte der Franzose")
        others = ent.model_copy(update={"mentions": [m for m in ent.mentions if m is not mention]})
        if not self._may_hold(others, want):
            return True
        # a name inside the first-person words before the cue is somebody the speaker talks
        # about ("Ich hätte sogar Jan Bergs Kommentare entfernen können, sagte der Hacker")
        own_words = mood.first_person(toks[:idx], self.lex)
        named_before = any(
            m.start < mention.start
            and m.text[:1].isupper()
            and m.text.split()[0].lower() not in DEFINITE_ARTICLES
            and not (own_words and m.start >= sent.start)
            for m in ent.mentions
        )
        # "sagte der Geschäftsführer des AIT, X": the name in apposition later in the sentence
        named_here = any(mention.end <= m.start < sent.end for m in ent.mentions)
        return not named_before and not named_here

    def _unsure_descriptor(self, sent: Sentence, lo: int, i: int, res: Resolved) -> bool:
        """A noun read only by its shape (``_person_descriptor``) binds a person it names
        (their roles or mentions), the subject or speaker just before, or one named in the
        last sentences; not a person named long before, and nobody when the text introduced
        the noun as an unnamed person ("Eine Floristin … sagt die Floristin")."""
        t = sent.tokens[i]
        if self.lex.is_role_noun(t.text) or t.lower in self._role_words:
            return False
        if not self._person_descriptor(sent, lo, i):
            return False
        pattern = re.compile(r"\b[Ee]ine?[rnms]?\s+(?:[a-zäöüß][\w-]*\s+)?" + re.escape(t.text))
        if pattern.search(self.article.text, max(0, t.start - 1500), t.start):
            return True
        if res.confidence > 0.5 or res.entity is None:
            return False
        return not any(0 <= t.start - m.start <= 600 for m in res.entity.mentions)

    def _person_descriptor(self, sent: Sentence, lo: int, i: int) -> bool:
        """A definite singular noun of a person's shape that the role lexicon does not list,
        as a speaker: a feminine agent noun ("die Vorarlbergerin", "die Soziologiestudentin"),
        a masculine one in -ent/-ant/-ist/-at ("der Industriemagnat"), a nominalised adjective
        or participle ("der Sachverständige", "die Angeklagte"). It points back like a role
        noun; no entity, organisation noun or compound of a body's name."""
        toks = sent.tokens
        t = toks[i]
        if self.english or not t.is_upper or i == lo or t.tag not in (None, "NN"):
            return False
        if self.index.covering(t.start, t.end) is not None or self._role_gender(sent, i) is None:
            return False
        article = next((x.lower for x in reversed(toks[lo:i]) if x.lower in ("der", "die")), None)
        if article is None or any(x.is_upper for x in toks[lo + 1 : i]):
            return False
        if i + 1 < len(toks) and toks[i + 1].is_upper:
            return False  # "der Unternehmer Jan Muster": a name follows
        word = t.text.rsplit("-", 1)[-1].lower()
        if len(word) < 5 or self.lex.organisation_noun(word) is not None:
            return False
        if word.endswith("rat"):
            return False  # "der Fachschaftsrat": a council
        if article == "die" and word.endswith(PERSON_FEMININE_ENDINGS):
            return True
        if article == "der" and word.endswith(PERSON_MASCULINE_ENDINGS):
            return True
        return word.endswith(NOMINALISED_ENDINGS)

    def _unknown_name_after(self, sent: Sentence, i: int) -> bool:
        """Two capitalised words right after a role noun that no entity covers (a first and a
        last name: "Antikenminister Mamduch Damati")."""
        toks = sent.tokens
        if i + 2 >= len(toks):
            return False
        pair = toks[i + 1 : i + 3]
        if not all(t.is_word and t.is_upper and not sent.inside_quote(t.start) for t in pair):
            return False
        if any(t.lower in FUNCTION_WORDS or self.lex.is_role_noun(t.text) for t in pair):
            return False
        for t in toks[i : i + 3]:
            ent = self.index.covering(t.start, t.end)
            if ent is not None and ent.type in ("PER", "ORG"):
                return False  # a known person: bound as usual
        nxt = toks[i + 3] if i + 3 < len(toks) else None
        return nxt is None or not nxt.is_word or not nxt.is_upper

    def _plural_definite(self, sent: Sentence, lo: int, i: int) -> bool:
        """A plural noun after "die" and at most two lower-case attributes ("die
        Menschenrechtler", "die Wiener Forscher" not): -er, -ler, -en endings, no feminine
        "-in", no entity of its own."""
        toks = sent.tokens
        low = toks[i].lower
        if not low.endswith(("er", "en")) or low.endswith("in") or len(low) < 6:
            return False
        if self.index.covering(toks[i].start, toks[i].end) is not None:
            return False
        k = i - 1
        while k >= lo and k > i - 3 and toks[k].is_word and not toks[k].is_upper:
            if toks[k].lower == "die":
                return True
            k -= 1
        return False

    def _stem_holder(self, word: str, offset: int) -> Entity | None:
        """The one person named before whose role or mention shares a long stem with a
        person noun the lexicon does not know ("der Gewerkschafter" ~ "Gewerkschaftschef",
        "die Grünen-Abgeordnete" ~ ...): at least 8 letters, most of the shorter word."""
        low = word.lower()
        if not low.endswith(("er", "in", "ist", "ent", "ant", "e")) or len(low) < 8:
            return None
        if self.index.covering(offset, offset + len(word)) is not None:
            return None
        if self.lex.organisation_noun(word) is not None:
            return None
        found: list[Entity] = []
        for ent in self.index.before(offset, ("PER",)):
            texts = [*ent.roles, *(m.text for m in ent.mentions if m.start < offset)]
            for w in {w.strip("-").lower() for t in texts for w in t.replace("-", " ").split()}:
                n = 0
                while n < min(len(w), len(low)) and w[n] == low[n]:
                    n += 1
                if n >= 8 and 3 * n >= 2 * min(len(w), len(low)) and ent not in found:
                    found.append(ent)
        return found[0] if len(found) == 1 else None
