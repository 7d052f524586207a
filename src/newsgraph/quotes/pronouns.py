"""The person or organisation a pronoun of a cue stands for: the current or nearest
compatible entity, with the German and English rules for a fronted clause, a colon frame, the
topic of the sentences before, an unnamed antecedent and a name the entity layer missed."""

from __future__ import annotations

import re

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.organisations import Organisations
from newsgraph.quotes.resolver_base import Resolved, _finite, _is_quote_mark
from newsgraph.quotes.speaker_gender import _EN_GENDERED, compatible
from newsgraph.quotes.speaker_words import (
    ABBREVIATION,
    BOUNDARY_MARKS,
    FINITE_AUXILIARIES,
    NAME_PHRASE_PREPOSITIONS,
    PREPOSITIONS,
    QUOTE_MARK_CHARS,
    SENTENCE_END,
)
from newsgraph.quotes.text import Sentence

INDEFINITE_ROLE = re.compile(
    r"\b([Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]+)"
)
NOT_NAMES = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "police", "who"]
)

# English prepositions that open a fronted phrase before the subject ("On July 27, 2006, he
# emailed …", "In a statement, she said …"): the subject comes after its comma
FRONTED_PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "for",
        "from",
        "through",
        "over",
        "by",
        "with",
        "under",
        "amid",
        "following",
        "until",
        "since",
    ]
)
# English function words and verbs that end a title before a name
FUNCTION_WORDS_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "that",
        "which",
        "who",
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
        "said",
        "says",
    ]
)
# words that may stand before the subject that opens a sentence ("Auch X rät …", "Der
# Politologe X sagt …")
SUBJECT_LEAD_WORDS = frozenset(["auch", "doch", "und", "aber", "sogar", "der", "die", "das"])
# marks that end a clause (or open quoted speech) between a name and a pronoun
_CLAUSE_MARKS = BOUNDARY_MARKS | QUOTE_MARK_CHARS

# the lower-case word before a run of capitalised words, and the words that make the run part
# of a phrase ("of Ceres Robotics", "in NASA's Science Mission Directorate")
CAPITALISED_RUN = re.compile(r"(\w+)\s+(?:[A-Z][\w'’.&-]*\s+)*$")

# an English name (or a name with an apposition between commas) right before a verb of saying
UNKNOWN_SPEAKER = re.compile(
    r"\b([A-Z][a-z][\w'’-]*)(?:, [^,.;]{1,80},|,)? (?:said|says|told|tells|added|wrote)\b"
)


class Pronouns(Organisations):
    """Pronoun resolution."""

    @staticmethod
    def _clause_bound_between(sent: Sentence, lo: int, hi: int) -> bool:
        """A clause boundary between two offsets: a name in the pronoun's own clause is
        one of its verb's objects, never the pronoun itself ("Kessler warf er vor, …")."""
        return any(lo <= t.start < hi and t.text in _CLAUSE_MARKS for t in sent.tokens)

    def _object_of_clause(self, ent: Entity, sent: Sentence, offset: int) -> bool:
        """German: the person is named in the pronoun's own clause before it ("Kessler warf
        er vor", "Dem Minister sagte er"): a personal pronoun is never bound by another word of
        its clause, so that name is an object, not the pronoun's antecedent."""
        if self.english:
            return False
        return any(
            sent.start <= m.start
            and m.end <= offset
            and not self._clause_bound_between(sent, m.end, offset)
            for m in ent.mentions
        )

    def _named_in_content(self, ent: Entity, sent: Sentence, offset: int) -> bool:
        """German: the person was last named inside the words a cue after them reports, in
        the same sentence but not as the subject that opens it ("Noch sei unklar, wohin Maiers
        Öffnungspolitik führe, sagt er", "…, wie er betont"): the pronoun of that cue is the
        speaker, whom the reported words do not name, so it means somebody named before."""
        if self.english:
            return False
        toks = sent.tokens
        k = next((n for n, t in enumerate(toks) if t.start == offset), None)
        if k is None or k < 3:
            return False
        if toks[k - 2].text != "," or not (toks[k - 1].lower == "wie" or _finite(toks[k - 1])):
            return False  # only a cue after the reported words: "…, sagt er", "…, wie er"
        cue_at = toks[k - 2].start
        last = max((m.start for m in ent.mentions if m.start < offset), default=-1)
        return (
            last >= toks[min(4, len(toks) - 1)].start
            and last < cue_at
            and self._clause_bound_between(sent, last, cue_at + 1)
        )

    def pronoun(self, sent: Sentence, word: str, active: Entity | None, offset: int) -> Resolved:
        # "Huber werde, wie sie … sagte, …": the subject that opens the same sentence
        opener = [
            ent
            for s, e, ent in self.index.starting_in(sent.start, offset)
            if ent.type == "PER"
            and s < sent.tokens[min(4, len(sent.tokens) - 1)].start
            and not (self.english and sent.inside_quote(s))
            and self._clause_bound_between(sent, e, offset)
        ]  # English "“He’s used to …,” he said": a pronoun inside the quotation is no subject
        if (
            opener
            and sent.tokens[0].lower not in PREPOSITIONS
            and compatible(opener[0], word, self.lex, self.article.text)
        ):
            if self._unnamed_antecedent(opener[0], word, offset):
                # "X, meint ein hochrangiger Museumsexperte, sei …, die Kosten schätzt er als
                # enorm": the unnamed speaker of the sentence, not the name its content opens with
                return Resolved(None, 0.4, "pronoun")
            return Resolved(opener[0], 0.8 if opener[0] is active else 0.75, "pronoun")
        framed = self._colon_frame_person(sent, word, offset)
        if framed is not None:
            # "Vorsichtig gab sich auch Stürmer X: Uns ist …, erinnerte er …": the person the
            # frame before the colon introduces, not the speaker before
            return Resolved(framed, 0.75, "pronoun")
        if self.english and word.lower() in ("he", "she"):
            fronted = self._fronted_clause_person(sent, word, offset)
            if fronted is not None:
                # "While the campaign did not appeal to X, she said …": the one person the
                # fronted clause names
                return Resolved(fronted, 0.7, "pronoun")
            topic, unknown = self._english_topic(sent, word)
            if unknown:
                # "Montell Figgins, who represents X, said … . He said …": a person the entity
                # layer does not know is the subject before; not somebody named earlier
                return Resolved(None, 0.4, "pronoun")
            if topic is not None and topic is not active:
                if self._unknown_speaker_since(topic, offset):
                    return Resolved(None, 0.4, "pronoun")
                # "Jones testified that … . He said …": the person the sentences before are
                # about, not the speaker quoted last
                return Resolved(topic, 0.7, "pronoun")
        polite = self.article.text.startswith("Sie", offset) and offset > sent.start
        if polite and not self.english:
            # "da fragen Sie besser einen Politiker", "Was schlagen Sie vor?": the polite
            # form addresses the reader or the interviewer, nobody named
            return Resolved(None, 0.3, "pronoun")
        early = any(t.start == offset for t in sent.tokens[:3])  # "Sie haben", "Darin bekennen sie"
        if (
            word.lower() == "sie"
            and not polite
            and early
            and self._common_noun_subject_before(sent)
        ):
            # "Ursprünglich haben sich die Versicherungen geweigert, … . Sie haben mehrerlei
            # Argumente vorgebracht": the plural or feminine noun that is the subject of the
            # sentence before, no organisation or person named around it
            return Resolved(None, 0.4, "pronoun")
        if word.lower() == "sie" and not polite:
            org = self._organisation_opening_previous(sent)
            if org is not None:
                # "Die türkische Armee hatte … beschossen. Nach eigenen Angaben reagierte sie
                # damit auf …": the organisation the sentence before is about
                return Resolved(org, 0.6, "pronoun")
        if (
            active is not None
            and compatible(active, word, self.lex, self.article.text)
            and (active.type == "PER" or word.lower() in ("sie", "they"))
            and not self._object_of_clause(active, sent, offset)
        ):
            if self.english and self._unknown_speaker_since(active, offset):
                return Resolved(None, 0.4, "pronoun")
            return Resolved(active, 0.8, "pronoun")
        for ent in self.index.before(offset, ("PER",)):
            if self._object_of_clause(ent, sent, offset):
                continue  # "Kessler warf er vor, …": not the pronoun's own clause's object
            if self._named_in_content(ent, sent, offset):
                continue  # "Noch sei unklar, wohin Maiers Politik führe, sagt er"
            if compatible(ent, word, self.lex, self.article.text):
                if self.english and self._unknown_speaker_since(ent, offset):
                    return Resolved(None, 0.4, "pronoun")
                if self.english and self._named_long_before(ent, offset):
                    # "Tommy — who … — retired …, he wrote": the person named last is far back
                    # (a name the entity layer missed is nearer); nobody rather than a guess
                    return Resolved(None, 0.4, "pronoun")
                if self._unnamed_antecedent(ent, word, offset):
                    # "… sprachen wir mit einem hochrangigen Politiker. Er lobte …": the
                    # nearer antecedent is a person the text does not name
                    return Resolved(None, 0.4, "pronoun")
                opener_before = self._person_opening_previous(sent, word)
                if opener_before is not None and opener_before is not ent:
                    # "Auch X, einst Diplomat in Luigi Bianchis Diensten, rät zum Abwarten.
                    # Noch sei unklar, …, sagt er": the subject of the sentence before, not a
                    # person named after it
                    return Resolved(opener_before, 0.6, "pronoun")
                return Resolved(ent, 0.65, "pronoun")
        if word.lower() in ("sie", "they"):
            orgs = self.index.before(offset, ("ORG",))
            if orgs and self.english:
                # "they" stands for an organisation named in the sentences just before only
                orgs = [o for o in orgs[:1] if any(0 <= offset - m.end < 300 for m in o.mentions)]
            if orgs:
                if self._unnamed_antecedent(orgs[0], word, offset):
                    # "…, sagte eine Sprecherin des Ministers. Nach ihren Worten …": the
                    # unnamed woman, not the organisation named before her
                    return Resolved(None, 0.4, "pronoun")
                return Resolved(orgs[0], 0.5, "pronoun")
        return Resolved(None, 0.3, "pronoun")

    def base_pronoun(
        self, sent: Sentence, word: str, active: Entity | None, offset: int
    ) -> Resolved:
        """The pronoun read by these rules alone, without the session-30 reading against the
        clause before (``PronounSubjects``): the learned continuation model's features were
        fitted on this reading."""
        return Pronouns.pronoun(self, sent, word, active, offset)

    def _named_long_before(self, ent: Entity, offset: int) -> bool:
        """English: the person's name (not a pronoun the entity layer bound to it) was last
        written more than 500 characters before ``offset``, and the person is not the one the
        article names most often."""
        names = [
            m.end
            for m in ent.mentions
            if m.end <= offset
            and m.text[:1].isupper()
            and re.split(r"[^\w]", m.text.lower(), maxsplit=1)[0] not in _EN_GENDERED
        ]
        if names and offset - max(names) <= 500:
            return False
        # the person the article is about (named most often) stays the one meant
        counts = {
            e.id: sum(1 for m in e.mentions if m.text[:1].isupper())
            for e in self.article.entities
            if e.type == "PER"
        }
        return counts.get(ent.id, 0) < max(counts.values(), default=0) or not names

    def _colon_frame_person(self, sent: Sentence, word: str, offset: int) -> Entity | None:
        """German: the first compatible person named in the frame of a sentence whose speech
        follows a colon, when the pronoun of the cue comes after that speech ("Vorsichtig gab
        sich auch Stürmer X: …, erinnerte er")."""
        if self.english:
            return None
        colon = next(
            (
                t
                for t in sent.tokens
                if t.text == ":" and t.start < offset and not sent.inside_quote(t.start)
            ),
            None,
        )
        if colon is None:
            return None
        for _s, _e, ent in self.index.starting_in(sent.start, colon.start):
            if ent.type == "PER" and compatible(ent, word, self.lex, self.article.text):
                return ent
        return None

    def _fronted_clause_person(self, sent: Sentence, word: str, offset: int) -> Entity | None:
        """English: the one compatible person named in a fronted subordinate clause that the
        pronoun follows right after its comma ("While … X, she said …")."""
        toks = sent.tokens
        if not toks or toks[0].lower not in english.word_class(self.lex, "subordinators"):
            return None
        k = next((n for n, t in enumerate(toks) if t.start == offset), None)
        if k is None or k < 2 or toks[k - 1].text != ",":
            return None
        if any(t.text in ";:" for t in toks[1:k]):
            return None
        people = {
            e.id: e
            for _s, _e, e in self.index.starting_in(sent.start, offset)
            if e.type == "PER" and compatible(e, word, self.lex, self.article.text)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _english_topic(self, sent: Sentence, word: str) -> tuple[Entity | None, bool]:
        """English: the person who is the subject of the sentences right before ``sent`` (up to
        three back): a compatible person named at the start of the sentence (after a fronted
        phrase and its comma: "As it turned out, X had …"); a compatible he/she there passes on
        to the sentence before. None when a quotation opens one of them (its speaker is the
        current one), when a person of the other gender is the subject, or when none is found;
        the flag says that a name the entity layer does not know is that subject."""
        text = self.article.text
        lo = max(0, sent.start - 1500)
        pieces: list[tuple[int, int]] = []
        begin = lo
        for m in SENTENCE_END.finditer(text, lo, sent.start):
            tail = text[max(lo, m.start() - 4) : m.start() + 1].split()
            if m.group().startswith(".") and tail and ABBREVIATION.fullmatch(tail[-1]):
                continue  # "Mr. Smith", "U.S. officials", "Gov. Baker"
            if text[begin : m.end()].strip():
                pieces.append((begin, m.end()))
            begin = m.end()
        if text[begin : sent.start].strip():
            pieces.append((begin, sent.start))
        subordinators = english.word_class(self.lex, "subordinators") | PREPOSITIONS
        for start, end in list(reversed(pieces))[:3]:
            words = list(re.finditer(r"[\w’'.-]+|[^\w\s]", text[start:end]))
            if not words or _is_quote_mark(words[0].group()):
                return None, False  # a quotation: its own speaker is the current one
            first = words[0].group().lower()
            zone = 0
            fronted: Entity | None = None
            if (
                first in subordinators
                or first in ("despite", "although", "while", "when")
                or first in FRONTED_PREPOSITIONS
            ):
                comma = next((n for n, w in enumerate(words[:20]) if w.group() == ","), None)
                zone = comma + 1 if comma is not None else 0
                if zone and first not in FRONTED_PREPOSITIONS and len(words) > 1:
                    # "Although X had outlined the book, he struggled": the subject of the
                    # fronted clause is the main clause's he/she
                    at = start + words[1].start()
                    subj = self.index.covering(at, at + len(words[1].group()))
                    if subj is not None and subj.type == "PER":
                        fronted = subj
            if words[0].group() in ("And", "But", "So", "Still", "Yet"):
                zone = max(zone, 1)
            verbs = english.word_class(self.lex, "finite") | english.word_class(
                self.lex, "before_verb"
            )
            if self._unknown_name(words, zone, start):
                return None, True
            for w in words[zone : zone + 6]:
                at = start + w.start()
                low = w.group().lower()
                ent = self.index.covering(at, at + len(w.group()))
                if (
                    ent is None
                    and w.group().islower()
                    and (low in verbs or low in self.lex.verb_forms or low.endswith("ed"))
                ):
                    return None, False  # the verb came first: no person we know
                if ent is not None and ent.type == "PER":
                    return (
                        ent if compatible(ent, word, self.lex, self.article.text) else None
                    ), False
                if low in ("he", "she"):
                    if low != word.lower():
                        return None, False
                    if fronted is not None and w is words[zone]:
                        compatible_fronted = compatible(fronted, word, self.lex, self.article.text)
                        return (fronted if compatible_fronted else None), False
                    break  # the same pronoun: the sentence before says who
                if ent is not None and ent.type == "ORG":
                    if self._organisation_title(words, words.index(w), start, ent, verbs):
                        continue  # "Wild defenseman X, who …, could see …": X is the subject
                    return None, False
            else:
                if any(self.index.covering(start + w.start(), start + w.end()) for w in words):
                    named = [
                        e for _s, _e, e in self.index.starting_in(start, end) if e.type == "PER"
                    ]
                    if named:
                        return None, False  # persons named later: no clear subject
        return None, False

    def _organisation_title(
        self,
        words: list[re.Match[str]],
        k: int,
        start: int,
        org: Entity,
        verbs: frozenset[str],
    ) -> bool:
        """English: the organisation at word ``k`` and one or two title words after it
        precede a person's name ("Wild defenseman X", "Google CEO X", "NASA chief scientist
        X"): the organisation is part of the person's title, not the subject."""
        m = k + 1
        while (
            m < len(words)
            and self.index.covering(start + words[m].start(), start + words[m].end()) is org
        ):
            m += 1
        for n in range(m, min(m + 3, len(words))):
            w = words[n]
            ent = self.index.covering(start + w.start(), start + w.end())
            if ent is not None:
                return ent.type == "PER"
            low = w.group().lower()
            if not w.group().isalpha() or low in verbs or low in self.lex.verb_forms:
                return False
            if w.group().islower() and (low.endswith("ed") or low in FUNCTION_WORDS_EN):
                return False
        return False

    def _unknown_name(self, words: list[re.Match[str]], k: int, start: int) -> bool:
        """English: a person's name the entity layer missed opens the sentence at word ``k``:
        two capitalised words no entity covers ("Hawk Sawyer acknowledged"), or one that the
        text named before after such a first name ("Figgins declined" after "Montell
        Figgins")."""
        if k >= len(words):
            return False
        w = words[k]
        name = w.group()
        if not (name[:1].isupper() and name.replace("-", "").isalpha() and len(name) > 2):
            return False
        low = name.lower()
        closed = (
            english.word_class(self.lex, "subject_openers")
            | english.word_class(self.lex, "subordinators")
            | english.word_class(self.lex, "adjunct_openers")
            | PREPOSITIONS
            | NOT_NAMES
        )
        if low in closed or low in self.lex.pronouns or low in self.lex.anonymous_heads:
            return False
        at = start + w.start()
        if self.index.covering(at, at + len(name)) is not None:
            return False
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.group()[:1].isupper() and nxt.group().isalpha():
            nat = start + nxt.start()
            if self.index.covering(nat, nat + len(nxt.group())) is None:
                return True  # "Hawk Sawyer acknowledged …"
        before = self.article.text[:at]
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b", before):
            if (
                self.index.covering(m.start(1), m.end(1)) is None
                and m.group(1).lower() not in closed
            ):
                return True  # "Montell Figgins" named before "Figgins declined"
        return False

    def _common_noun_subject_before(self, sent: Sentence) -> bool:
        """German: the sentence before opens its first clause with a feminine or plural
        subject that names nobody — "die"/"diese" and a noun no entity covers that is neither a
        role noun nor an organisation noun ("die Versicherungen", "Die neuen Regeln"), or a
        demonstrative "Diese" before its verb — and names no person or organisation before
        it: "sie" in the sentence after is that noun."""
        if self.english:
            return False
        bounds = self._previous_sentence(sent)
        if bounds is None:
            return False
        start, end = bounds
        text = self.article.text
        words = list(re.finditer(r"[\wÄÖÜäöüß-]+|[^\w\s]", text[start:end]))[:7]
        for n, w in enumerate(words[:5]):
            low = w.group().lower()
            if w.group() in ",:;–(":
                return False
            if low not in ("die", "diese"):
                continue
            if n > 0 and words[n - 1].group().lower() in PREPOSITIONS:
                return False  # "für die Firma": no subject
            if self.index.starting_in(start, start + w.start()):
                return False  # a name comes first
            k = n + 1
            if k < len(words) and words[k].group().islower() and k + 1 < len(words):
                nxt = words[k + 1].group()
                if n == 0 and low == "diese" and not nxt[:1].isupper():
                    # "Diese wurde vom Psychologen X entwickelt": a demonstrative subject
                    return words[k].group() in FINITE_AUXILIARIES
                if words[k].group().endswith(("e", "en")):
                    k += 1  # one adjective: "Die neuen Regeln"
            if k >= len(words):
                return False
            noun = words[k].group()
            at = start + words[k].start()
            if (
                not noun[:1].isupper()
                or self.index.covering(at, at + len(noun)) is not None
                or self.lex.is_role_noun(noun)
                or self._organisation_noun_of(noun)
                or noun.lower().endswith("in")
            ):
                return False
            # a plural or feminine noun: the finite verb of a plural, or no "-er/-el" singular
            return noun.lower().endswith(("en", "ung", "heit", "keit", "ion", "e", "n", "s"))
        return False

    def _opening_previous(
        self, sent: Sentence
    ) -> tuple[list[str], Entity, list[tuple[int, int, Entity]]] | None:
        """The first entity named in the sentence right before ``sent``, the words before it
        and all the entities that sentence names; None when there is no such sentence, it
        ends in a colon or names nobody."""
        text = self.article.text
        bounds = self._previous_sentence(sent)
        if bounds is None or text[bounds[1] - 1] == ":":
            return None
        start, end = bounds
        inside = self.index.starting_in(start, end)
        if not inside:
            return None
        s0, _e0, ent = inside[0]
        return text[start:s0].split(), ent, inside

    def _person_opening_previous(self, sent: Sentence, word: str) -> Entity | None:
        """German: the person who opens the sentence right before ``sent`` as its subject
        (alone or after a particle, an article and role nouns: "Auch X rät …", "Der
        Politologe X sagt …"), when the pronoun may stand for them; None when a person is named
        in ``sent`` before the pronoun's clause or a preposition opens that sentence."""
        if self.english:
            return None
        text = self.article.text
        opening = self._opening_previous(sent)
        if opening is None:
            return None
        lead, ent, _inside = opening
        if ent.type != "PER" or len(lead) > 3:
            return None
        if not all(
            w.lower() in SUBJECT_LEAD_WORDS
            or self.lex.is_role_noun(w)
            or (w.isalpha() and w.islower() and w not in PREPOSITIONS)
            for w in lead
        ):
            return None  # "Neben Brandt klagt X …": a phrase before the subject
        if not compatible(ent, word, self.lex, text):
            return None
        return ent

    def _organisation_opening_previous(self, sent: Sentence) -> Entity | None:
        """The organisation that opens the sentence before (after an article and up to two
        lower-case attributes), when that sentence names no person."""
        opening = self._opening_previous(sent)
        if opening is None:
            return None
        lead, ent, inside = opening
        if any(e.type == "PER" for _s, _e, e in inside):
            return None
        if ent.type != "ORG" or len(lead) > 3:
            return None
        if lead and (
            lead[0] not in ("Die", "Der", "Das") or not all(w.islower() for w in lead[1:])
        ):
            return None
        return ent

    def _unknown_speaker_since(self, ent: Entity, offset: int) -> bool:
        """English: a name the entity layer missed spoke after the last mention of ``ent``
        and within about two sentences before the pronoun ("Joe Carter, who represents
        Walker, said … He said …", "Smith said …. …, she said"): the pronoun is more likely
        that unknown speaker than ``ent``."""
        last = max((m.end for m in ent.mentions if m.end <= offset), default=0)
        lo = max(last, offset - 400)
        text = self.article.text[lo:offset]
        for m in UNKNOWN_SPEAKER.finditer(text):
            word = m.group(1).lower()
            if word in self.lex.pronouns or word in NOT_NAMES or word in self.lex.anonymous_heads:
                continue  # "She wrote", "Officials said": no unknown name
            # the phrase may begin before the window ("… in NASA's Science Mission
            # Directorate, said" right after the mention that ends at "NASA")
            run = CAPITALISED_RUN.search(
                self.article.text[max(0, lo + m.start(1) - 120) : lo + m.start(1)]
            )
            if run is not None and run.group(1).lower() in NAME_PHRASE_PREPOSITIONS:
                continue  # "X, chief executive of Ceres Robotics, said": a phrase, not a name
            if not self.index.covering(lo + m.start(1), lo + m.end(1)):
                return True
        return False

    def _unnamed_antecedent(self, ent: Entity, word: str, offset: int) -> bool:
        """An indefinite role noun of the pronoun's gender ("mit einem hochrangigen Politiker",
        "eine Ärztin") between the last mention of ``ent`` and the pronoun, within about a
        sentence: the nearer antecedent, a person without a name."""
        want = self.lex.pronouns.get(word.lower())
        if want not in ("m", "f"):
            return False
        last = max((m.end for m in ent.mentions if m.end <= offset), default=0)
        lo = max(last, offset - 300)
        text = self.article.text[lo:offset]
        for m in INDEFINITE_ROLE.finditer(text):
            noun = m.group(2)
            if not self.lex.is_role_noun(noun) or self.index.covering(
                lo + m.start(2), lo + m.end(2)
            ):
                continue
            feminine = noun.endswith("in") and not noun.endswith("ein")
            if feminine == (want == "f"):
                return True
        return False
