"""German cue pronouns read against the subject of the clause before (session 30).

- A plural "sie" (its finite verb a plural: "Sie erklären", "skandierten sie", "Und sie
  vermuten") is never one person: when the clause before has an unnamed plural group as its
  subject ("strengen über 100 Nutzer eine Sammelklage gegen … Apple an. Sie erklären, …",
  "Rund 4000 Postler waren … gezogen. …, skandierten sie"), the group speaks — nobody known, or
  the organisation it belongs to ("Forscher des Instituts X", "Die Spindoktoren … der ÖVP").
  A person the older rules bind, or an organisation named in the pronoun's own clause ("Im
  Fachblatt X fordern sie"), is not what the plural stands for.
- "er" (and a singular "sie") after a clause whose subject is an organisation named by
  "der"/"die" and an organisation noun or name ("Nun hat der Fahrzeughersteller reagiert: Er gab
  bekannt, …") stands for that organisation when no person is named in between: the article
  of the subject agrees with the pronoun (der Konzern → er, die Firma → sie).
"""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes.appositions import Appositions
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.pronouns import Pronouns
from newsgraph.quotes.resolver_base import Resolved, _finite
from newsgraph.quotes.speaker_gender import compatible
from newsgraph.quotes.speaker_words import PLURAL_QUANTIFIERS, PREPOSITIONS, QUOTE_MARK_CHARS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import FINITE_VERB_TAGS, PLURAL_VERB_ENDINGS

# words of a plural noun phrase before its noun: articles, quantifiers and number words
GROUP_WORDS = PLURAL_QUANTIFIERS | frozenset(
    [
        "die",
        "diese",
        "beide",
        "beiden",
        "alle",
        "rund",
        "über",
        "etwa",
        "knapp",
        "fast",
        "mehr",
        "als",
        "insgesamt",
        "bis",
        "zu",
        "gut",
    ]
)
# endings of plural person nouns, and of abstract plurals that are none
PERSON_PLURAL_ENDINGS = tuple(grammar("person_plural_endings"))
ABSTRACT_PLURAL_ENDINGS = tuple(grammar("abstract_plural_endings"))
# tags of the lower-case words of a plural noun phrase before its noun
GROUP_WORD_TAGS = frozenset(["ADJA", "CARD", "PIAT", "PIDAT", "ART"])
# articles of a dative or accusative phrase: a name after them is no subject
OBJECT_ARTICLES = frozenset(["den", "dem", "einem", "einen"])
# words that link a group noun to the organisation it belongs to
ATTACHING_WORDS = frozenset(["des", "der", "von", "vom"])
CLAUSE_BOUNDS = frozenset(",;:()–—") | QUOTE_MARK_CHARS
# articles and contractions that show a masculine or neuter singular, or a feminine one
GENDER_ARTICLES = frozenset(["des", "dem", "das", "vom", "im", "zum", "beim", "ins", "am"])
FEMININE_ARTICLES = frozenset(["die", "zur", "eine", "einer"])
# finite verbs after which "der" opens the subject ("sagte der OGH")
FINITE_SUBJECT_VERBS = frozenset(["hat", "hatte", "ist", "war", "wird", "wurde", "sagte", "sagt"])
# the article of an organisation that a subject pronoun agrees with
PRONOUN_ARTICLES = {"er": "der", "sie": "die"}


class PronounSubjects(Appositions, Pronouns):
    """The German cue pronoun read against the subject of the clause before."""

    def pronoun(self, sent: Sentence, word: str, active: Entity | None, offset: int) -> Resolved:
        low = word.lower()
        polite = self.article.text.startswith("Sie", offset) and offset > sent.start
        if self.english or low not in PRONOUN_ARTICLES or polite:
            return super().pronoun(sent, word, active, offset)
        text = self.article.text
        said = (
            text[offset : offset + 3].lower() == "sie"
            and not text[offset + 3 : offset + 4].isalpha()
        )
        if low == "sie" and said and self._plural_verb_at(sent, offset):
            return self._plural_pronoun(sent, word, active, offset)
        org = self._organisation_subject_before(sent, low, offset)
        if org is not None:
            return Resolved(org, 0.6, "pronoun")
        res = super().pronoun(sent, word, active, offset)
        if (
            low == "sie"
            and res.entity is not None
            and res.entity.type == "ORG"
            and self._masculine_or_neuter(res.entity, offset)
        ):
            # "… ist der OGH der Empfehlung der Generalprokuratur nicht nachgekommen. Sie hatte
            # empfohlen, …": a singular "sie" is no organisation the text calls "der"/"das"
            return Resolved(None, 0.3, "pronoun")
        return res

    def _masculine_or_neuter(self, ent: Entity, offset: int) -> bool:
        """The article before the organisation's last mention before ``offset`` that shows
        its gender is masculine or neuter ("des", "dem", "das", "vom", "im", …, or "der" as a
        subject: at the start of a sentence or right after a finite verb)."""
        text = self.article.text
        for m in sorted(ent.mentions, key=lambda m: -m.start):
            if m.start >= offset:
                continue
            before = text[max(0, m.start - 60) : m.start].split()
            # skip lower-case attributes between the article and the name
            while before and before[-1].isalpha() and before[-1].islower() and len(before) > 1:
                if before[-1] in GENDER_ARTICLES | FEMININE_ARTICLES | {"der"}:
                    break
                before.pop()
            if not before:
                continue
            word = before[-1]
            low = word.lower()
            if low in GENDER_ARTICLES:
                return True
            if low in FEMININE_ARTICLES:
                return False
            if low == "der":
                prev = before[-2].lower() if len(before) > 1 else ""
                # "der" as a subject is masculine; after a preposition a feminine dative
                return word == "Der" or prev in FINITE_SUBJECT_VERBS
        return False

    # --- a plural "sie" ---------------------------------------------------------------------

    def _plural_finite(self, t: Token) -> bool:
        """A finite verb in the plural: the tagger's finite tag (or a form of a verb of
        saying, which the tagger misses at times: "fordern" as an infinitive) and a plural
        ending."""
        finite = t.tag in FINITE_VERB_TAGS or t.lower in self.lex.verb_forms
        if not t.is_word or t.is_upper or not finite:
            return False
        return t.lower.endswith(PLURAL_VERB_ENDINGS) or t.lower == "sind"

    def _plural_verb_at(self, sent: Sentence, offset: int) -> bool:
        """The finite verb right before the pronoun at ``offset`` (inverted: "skandierten
        sie"), else right after it ("Sie erklären"), is a plural; a finite verb before decides
        ("hatte sie bestritten": the participle after it is no finite verb)."""
        toks = sent.tokens
        k = next((n for n, t in enumerate(toks) if t.start == offset), None)
        if k is None:
            return False
        if (
            k > 0
            and toks[k - 1].is_word
            and (toks[k - 1].tag in FINITE_VERB_TAGS or toks[k - 1].lower in self.lex.verb_forms)
        ):
            return self._plural_finite(toks[k - 1])
        return k + 1 < len(toks) and self._plural_finite(toks[k + 1])

    def _plural_pronoun(
        self, sent: Sentence, word: str, active: Entity | None, offset: int
    ) -> Resolved:
        group = self._plural_group_before(sent, offset)
        if group is not None:
            return group
        res = super().pronoun(sent, word, active, offset)
        ent = res.entity
        if ent is None:
            return res
        reported = ent is active and any(t.mood == "Sub" for t in sent.tokens)
        if (ent.type == "PER" and not reported) or self._object_of_clause(ent, sent, offset):
            # "Die Nachricht machte unter den Mikrobloggern die Runde. Sie sprachen …" is not
            # the woman named before; "Im Fachblatt X fordern sie" not the journal. The
            # current speaker stays when the sentence is her reported speech ("…, sagt X,
            # Bürochefin von Save the Children. Ihre Organisation sei besorgt, vor allem
            # befürchten sie, dass …"), not in the writer's words ("Abgerackert und geschunden,
            # finden sie erst im Holzverschlag Ruhe" after a poet's lines)
            return Resolved(None, 0.3, "pronoun")
        return res

    def _plural_group_before(self, sent: Sentence, offset: int) -> Resolved | None:
        """An unnamed plural group that is the subject of the sentence before (or of the frame
        before a colon in the pronoun's sentence), with no organisation or person named as a
        subject after it: the group (None, or the organisation it belongs to). A sentence
        before whose own subject is a plural "sie" passes on to the one before it (up to two
        sentences: "Rund 4000 Postler waren … gezogen. Kainz raus, skandierten sie … . Wir
        sind die Post, riefen sie")."""
        pieces: list[tuple[Sentence, int]] = []
        toks = sent.tokens
        colon = next(
            (
                t.start
                for t in reversed(toks)
                if t.start < offset and t.text == ":" and not sent.inside_quote(t.start)
            ),
            None,
        )
        if colon is not None:
            # the words before the pronoun are its quoted content, except a frame before a colon
            pieces.append((sent, colon))
        cur: Sentence | None = sent
        for _hop in range(3):
            prev = self.sentence_before(cur) if cur is not None else None
            if prev is None:
                break
            pieces.insert(0, (prev, prev.end))
            if not self._plural_sie_subject(prev):
                break
            cur = prev
        best: tuple[int, int, Entity | None, Sentence, int] | None = None
        for s, hi in pieces:
            for at, end, org in self._groups_in(s, hi):
                if best is None or at > best[0]:
                    best = (at, end, org, s, hi)
        if best is None:
            return None
        _at, end, org, s, hi = best
        # a name after the group in its sentence may be the subject
        if self._free_mention(s, hi, end, org):
            return None
        return Resolved(org, 0.5 if org is not None else 0.4, "pronoun")

    def _plural_sie_subject(self, s: Sentence) -> bool:
        """The sentence has a "sie" with a plural finite verb next to it and no group of its
        own: its subject is the group of the sentence before."""
        text = self.article.text
        return any(
            t.lower == "sie"
            and not (t.text == "Sie" and t.start > s.start)
            and not s.inside_quote(t.start)
            and self._plural_verb_at(s, t.start)
            and text[t.start : t.start + 3].lower() == "sie"
            for t in s.tokens
        ) and not self._groups_in(s, s.end)

    def _groups_in(self, s: Sentence, hi: int) -> list[tuple[int, int, Entity | None]]:
        """The plural groups of ``s`` before ``hi`` that are the subject of a plural finite
        verb: right after it ("betonten einige Demonstranten", "strengen über 100 Nutzer …
        an") or alone before it in its clause ("Rund 4000 Postler waren …"); each with the
        offsets of its noun and of the end of its phrase, and its organisation."""
        toks = [t for t in s.tokens if t.start < hi]
        out: list[tuple[int, int, Entity | None]] = []
        for v, t in enumerate(toks):
            if s.inside_quote(t.start) or not self._plural_finite(t):
                continue
            j = v + 1
            while j < len(toks) and j <= v + 4 and self._group_word(toks[j]):
                j += 1
            if j < len(toks) and self._group_noun(s, toks, j):
                org, end = self._attached_organisation(s, toks, j, len(toks))
                out.append((toks[j].start, end, org))
            b = v
            while b > 0 and toks[b - 1].text not in CLAUSE_BOUNDS:
                b -= 1
            k = b
            while k < v and self._group_word(toks[k]):
                k += 1
            if k < v and self._group_noun(s, toks, k) and self._group_rest(toks, k + 1, v):
                org, _end = self._attached_organisation(s, toks, k, v)
                out.append((toks[k].start, toks[v].start, org))
        return out

    @staticmethod
    def _group_word(t: Token) -> bool:
        if t.lower in GROUP_WORDS or t.text[:1].isdigit():
            return True
        return t.is_word and not t.is_upper and t.tag in GROUP_WORD_TAGS and t.lower != "der"

    def _group_noun(self, s: Sentence, toks: list[Token], j: int) -> bool:
        """A capitalised common noun no entity covers, not an organisation noun, not a title
        before a person's name."""
        t = toks[j]
        if not t.is_upper or t.tag not in ("NN", None) or s.inside_quote(t.start):
            return False
        if t.lower in self.lex.pronouns or self.index.covering(t.start, t.end) is not None:
            return False
        if self._organisation_noun_of(t.text) or self.lex.organisation_noun(t.text):
            return False
        if not self._person_plural(t.text):
            return False  # "Dazu können Games …": a thing, not a group that speaks
        if j + 1 < len(toks):
            nxt = self.index.covering(toks[j + 1].start, toks[j + 1].end)
            if nxt is not None and nxt.type == "PER":
                return False  # "sagten Innenminister X und Y": a title before names
        return True

    def _person_plural(self, word: str) -> bool:
        """A noun that may be a plural of persons: a role noun, or a word with the ending of a
        person noun (``person_plural_endings``: Nutzer, Demonstranten, Islamisten, Astronomen),
        not of an abstract noun (``abstract_plural_endings``: Versicherungen, Studien)."""
        low = word.lower().rpartition("-")[2] or word.lower()
        if low.endswith(ABSTRACT_PLURAL_ENDINGS):
            return False
        return self.lex.is_role_noun(word) or low.endswith(PERSON_PLURAL_ENDINGS)

    def _group_rest(self, toks: list[Token], lo: int, hi: int) -> bool:
        """The words after a group noun up to its verb: more nouns joined by "und", genitive
        attachments, lower-case attributes (no preposition, no second clause)."""
        for t in toks[lo:hi]:
            if t.lower in PREPOSITIONS and t.lower not in ATTACHING_WORDS:
                return False
            if not t.is_word and t.text != "-":
                return False
        return True

    def _attached_organisation(
        self, s: Sentence, toks: list[Token], j: int, hi: int
    ) -> tuple[Entity | None, int]:
        """The organisation a group noun belongs to: named right after it with "des"/"der"/
        "von"/"vom" (after up to one more group noun joined by "und" and lower-case words);
        with the end offset of the group's phrase."""
        k = j + 1
        if k + 1 < hi and toks[k].lower == "und" and toks[k + 1].is_upper:
            k += 2
        if k >= hi or toks[k].lower not in ATTACHING_WORDS:
            return None, toks[min(k, hi) - 1].end
        for n in range(k + 1, min(hi, k + 6)):
            t = toks[n]
            ent = self.index.covering(t.start, t.end)
            if ent is not None:
                end = toks[self._mention_end(s, s.tokens.index(t), ent)].end
                return (ent, end) if ent.type == "ORG" else (None, end)
            if not t.is_word or (t.is_upper and t.tag not in ("ADJA", None)):
                break
        return None, toks[k].end

    def _free_mention(self, s: Sentence, hi: int, at: int, org: Entity | None) -> bool:
        """A person or organisation named in ``s`` after the group's phrase (ending at ``at``) and before
        ``hi`` that may be a subject: not after a preposition or a dative/accusative article,
        not before "zufolge", not the group's own organisation."""
        toks = s.tokens
        for n, t in enumerate(toks):
            if not (at <= t.start < hi):
                continue
            ent = self.index.covering(t.start, t.end)
            if ent is None or ent is org or ent.type not in ("PER", "ORG"):
                continue
            if n > 0 and self.index.covering(toks[n - 1].start, toks[n - 1].end) is ent:
                continue  # not the mention's first word
            before = [x.lower for x in toks[max(0, n - 3) : n]]
            if any(w in PREPOSITIONS or w in OBJECT_ARTICLES for w in before):
                continue
            end = self._mention_end(s, n, ent)
            if end + 1 < len(toks) and toks[end + 1].lower in ("zufolge", "gegenüber"):
                continue
            return True
        return False

    # --- "er" / singular "sie" after an organisation --------------------------------------

    def _organisation_subject_before(self, sent: Sentence, low: str, offset: int) -> Entity | None:
        """The organisation that is the subject of the clause before the pronoun's — the frame
        before a colon in its sentence, else the sentence before — named by the article the
        pronoun agrees with and an organisation noun or an organisation's name, with no person
        named between it and the pronoun."""
        toks = sent.tokens
        k = next((n for n, t in enumerate(toks) if t.start == offset), None)
        if k is None:
            return None
        colon = next(
            (
                n
                for n in range(k - 1, -1, -1)
                if toks[n].text == ":" and not sent.inside_quote(toks[n].start)
            ),
            None,
        )
        if colon is not None:
            frame: Sentence | None = sent
            hi = colon
        else:
            frame = self.sentence_before(sent)
            hi = len(frame.tokens) if frame is not None else 0
        if frame is None or hi == 0:
            return None
        ftoks = frame.tokens[:hi]
        starts = [0]
        verb = next((n for n in range(min(4, len(ftoks))) if _finite(ftoks[n])), None)
        if verb is not None and not any(t.text == "," for t in ftoks[:verb]):
            starts.append(verb + 1)
        for c in starts:
            if c >= len(ftoks) or ftoks[c].lower != PRONOUN_ARTICLES[low]:
                continue
            if frame.inside_quote(ftoks[c].start):
                continue
            j = c + 1
            while j < len(ftoks) and j <= c + 3 and ftoks[j].is_word and not ftoks[j].is_upper:
                j += 1
            if j >= len(ftoks) or not ftoks[j].is_upper:
                continue
            noun = ftoks[j]
            ent = self.index.covering(noun.start, noun.end)
            if ent is None and self._organisation_noun_of(noun.text):
                # "der Fahrzeughersteller": what the noun points back to as a cue's subject
                res = self._role_in(frame, c, j + 1, None)
                ent = res.entity if res is not None else None
            if ent is None or ent.type != "ORG":
                continue
            if any(e.type == "PER" for _s, _e, e in self.index.starting_in(noun.end, offset)):
                return None  # a person named in between: the older rules decide
            return ent
        return None

    # --- the demonstrative "diese" as a subject -------------------------------------------

    def _demonstrative_at(self, sent: Sentence, k: int) -> bool:
        """German: "diese" at token ``k`` stands alone as a pronoun (no noun after it)."""
        toks = sent.tokens
        if self.english or k >= len(toks) or toks[k].lower != "diese":
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.is_upper or nxt.tag in ("NN", "ADJA")):
            return False  # "diese Woche", "diese neue Regel": a determiner
        return not sent.inside_quote(toks[k].start)

    def demonstrative(self, sent: Sentence, offset: int) -> Resolved:
        """The entity a demonstrative "diese" points to: the organisation (or woman) named last
        before it, in its sentence or the one before — a demonstrative takes the nearest
        antecedent, not the topic ("listet eine Studie der University of Utah auf. Zugleich
        weist diese darauf hin" → the university, as the gold reads a study's findings;
        "gegen den Kandidaten der Republikaner. Diese haben erklärt" → the Republicans). A man
        named last, or nobody in reach, names nobody known."""
        prev = self.sentence_before(sent)
        lo = prev.start if prev is not None else sent.start
        named = [e for _s, _e, e in self.index.starting_in(lo, offset) if e.type in ("PER", "ORG")]
        if not named:
            return Resolved(None, 0.3, "pronoun")
        last = named[-1]
        if last.type == "ORG" or (
            last.type == "PER" and compatible(last, "sie", self.lex, self.article.text)
        ):
            return Resolved(last, 0.55, "pronoun")
        return Resolved(None, 0.3, "pronoun")
