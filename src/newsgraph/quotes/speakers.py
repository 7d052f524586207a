"""Who speaks: entity mentions near a cue, pronouns, role nouns, the current source.

Everything resolves to an entity of ``Article.entities`` (through its mentions) or to None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.caching import bounded
from newsgraph.model import Article, Entity, Mention
from newsgraph.quotes import english
from newsgraph.quotes.lexicon import Lexicon, grammar, load
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

PREPOSITIONS = grammar("prepositions")
PERSONAL_PRONOUNS = frozenset(["er", "sie", "he", "she", "they"])
DEMONSTRATIVE_SUBJECTS = frozenset(["dieser", "jener", "letzterer"])  # masculine singular
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
INDEFINITE = grammar("indefinite")
# a country adjective before an institution noun ("malische", "der griechischen")
INSTITUTION_ADJECTIVE = re.compile(r"([a-zäöü][a-zäöüß]{2,})isch(?:e|en|er|es)")
# word endings of person nouns that the role lexicon does not list (see _person_descriptor)
PERSON_FEMININE_ENDINGS = ("erin", "entin", "antin", "istin", "orin", "atin", "eurin")
PERSON_MASCULINE_ENDINGS = ("ent", "ant", "ist", "eur", "at")
NOMINALISED_ENDINGS = ("ige", "igte", "ene", "ende", "ierte", "agte", "ogene")
FUNCTION_WORDS = grammar("function_words")
SUBORDINATORS = grammar("subordinators")
# adverbs between "und" and a second verb of saying ("und fügte jedoch hinzu")
COORDINATED_CUE_ADVERBS = frozenset(["jedoch", "aber", "zugleich", "auch", "dann", "später"])
# particles of split verbs of saying right after the finite verb ("räumte ein, dass")
PREFIX_PARTICLES = frozenset(["ein", "an", "hinzu", "mit", "fest", "aus", "zu", "vor"])
FEMALE_HINTS = ("in", "innen")
BOUNDARY_MARKS = frozenset(",:;()–—")
RELATIVE_PRONOUNS = grammar("relative_pronouns")
QUOTE_MARK_CHARS = frozenset("\"„“”»«‚‘’'")
# an indefinite noun phrase ("einem hochrangigen Politiker"): article, up to two lower-case words
RELATIVE_ADVERBS = grammar("relative_adverbs") | grammar("subject_after_adverbs")
# a sentence opened by one word and a lower-case (finite) verb: the name after it is the subject
INVERTED_SUBJECT = re.compile(r"(?:^|[.!?]\s)([A-ZÄÖÜ][a-zäöüß]+)\s([a-zäöüß]{3,})\s$")
# words that do not open a main clause with the verb second, or are no finite verb
NOT_VERB_SECOND = (
    grammar("function_words")
    | grammar("subordinators")
    | grammar("question_words")
    | {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}
)
INDEFINITE_ROLE = re.compile(
    r"\b([Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]+)"
)
RELATIVE_AFTER_PREPOSITION = frozenset(["which", "whom", "der", "dem", "denen", "deren", "dessen"])
ENGLISH_PHRASE_PREPOSITIONS = frozenset(
    ["of", "with", "for", "from", "in", "at", "on", "by", "to", "about"]
)
# a capitalised word right after a name, then a comma, a period or a lower-case word
NAME_TAIL = re.compile(r" ([A-Z][a-z]{2,})(?=[,.;:]| [a-z])")
NOT_NAME_TAILS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jr",
        "sr",
        "the",
        "and",
        "but",
        "this",
        "that",
        "then",
        "today",
        "yesterday",
        "tonight",
        "inc",
        "ltd",
        "corp",
    ]
)
POSSESSIVES_EN = frozenset(["his", "her", "their", "its", "our", "my", "your"])
# quantifiers of a plural noun phrase: an unnamed group ("Mehrere Abgeordnete", "Viele Experten")
PLURAL_QUANTIFIERS = frozenset(
    [
        "mehrere",
        "einige",
        "viele",
        "zahlreiche",
        "etliche",
        "manche",
        "weitere",
        "wenige",
        "several",
        "many",
        "some",
        "numerous",
    ]
)
OPENING_PARTICLES = frozenset(["auch", "und", "aber", "doch", "selbst", "sogar", "also"])
# finite auxiliaries and modals: finite verbs where no tagger ran
FINITE_AUXILIARIES = (
    grammar("present_auxiliaries")
    | grammar("past_forms")
    | grammar("modals")
    | grammar("werden_forms")
)


def _finite(t: Token) -> bool:
    """A finite verb by the tagger's tag, or (without tags) a finite auxiliary or modal."""
    return t.tag in FINITE_TAGS or (t.tag is None and t.lower in FINITE_AUXILIARIES)


@dataclass
class Resolved:
    entity: Entity | None
    confidence: float
    how: str  # name | pronoun | role | continuation | heading | none
    explicit: bool = True  # the text names a (possibly unknown) speaker here
    at: tuple[int, int] | None = None  # token indices of the subject in its sentence


ATTRIBUTE_SUFFIXES = ("-based", "-born", "-backed", "-led", "-owned", "-run", "-area")
NOT_NAMES = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "police", "who"]
)
# the lower-case word before a run of capitalised words, and the words that make the run part
# of a phrase ("of Ceres Robotics", "in NASA's Science Mission Directorate")
CAPITALISED_RUN = re.compile(r"(\w+)\s+(?:[A-Z][\w'’.&-]*\s+)*$")
NAME_PHRASE_PREPOSITIONS = frozenset(
    ["of", "at", "in", "for", "the", "with", "from", "on", "by", "and", "to"]
)
# an English name (or a name with an apposition between commas) right before a verb of saying
UNKNOWN_SPEAKER = re.compile(
    r"\b([A-Z][a-z][\w'’-]*)(?:, [^,.;]{1,80},|,)? (?:said|says|told|tells|added|wrote)\b"
)


# English sentence ends (a period, a question or exclamation mark, closing quotation marks, a
# line break) and abbreviations before a period that end no sentence ("Mr.", "Gov.", "U.S.")
SENTENCE_END = re.compile(r"[.!?]+[\"”’']*(?=\s)|\n")
EN_CONJUNCTIONS = frozenset({"but", "and", "yet"})
EN_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "previously"})
ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z]?|[a-z])\.")


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    """Organisation nouns that name no organisation alone ("Ministerium", "Regierung")."""
    from newsgraph.entities.lexicon import load_lexicon

    return load_lexicon().org_qualified


def _name_head(name: str) -> str | None:
    """The head noun of an organisation's name with a complement: the last capitalised word
    before the first lower-case word ("Syrische Beobachtungsstelle für Menschenrechte" →
    "Beobachtungsstelle", "Institut für Nationales Gedenken" → "Institut"); None for a name
    with no lower-case word in its middle."""
    words = name.split()
    low = next((k for k, w in enumerate(words) if k > 0 and w[:1].islower()), None)
    if low is None:
        # "Unabhängiger Parteien-Transparenz-Senat" → "Parteien-Transparenz-Senat" (its tail
        # "Senat" is taken by the caller)
        return words[-1] if len(words) > 1 and "-" in words[-1] else None
    head = words[low - 1]
    if not head[:1].isupper() or (not head.isalpha() and "-" not in head):
        return None
    return head


class MentionIndex:
    """All entity mentions of an article, ordered by offset."""

    def __init__(self, article: Article) -> None:
        items: list[tuple[int, int, Entity]] = []
        for ent in article.entities:
            for m in ent.mentions:
                items.append((m.start, m.end, ent))
        items.sort(key=lambda t: (t[0], -t[1]))
        self.items = items
        self.starts = [t[0] for t in items]
        self.entities = list(article.entities)

    def add(self, start: int, end: int, ent: Entity) -> None:
        """Index a mention made after the entity layer (an institution, session 16)."""
        k = bisect.bisect_left(self.items, (start, -end), key=lambda t: (t[0], -t[1]))
        self.items.insert(k, (start, end, ent))
        self.starts.insert(k, start)
        if ent not in self.entities:
            self.entities.append(ent)

    def starting_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.items[lo:hi]

    def covering(self, start: int, end: int) -> Entity | None:
        lo = bisect.bisect_right(self.starts, end)
        for s, e, ent in reversed(self.items[max(0, lo - 12) : lo]):
            if s <= start and e >= end:
                return ent
        return None

    def before(self, offset: int, types: tuple[str, ...] = ("PER",)) -> list[Entity]:
        """Entities mentioned before ``offset``, nearest first (each once)."""
        hi = bisect.bisect_left(self.starts, offset)
        seen: set[str] = set()
        out: list[Entity] = []
        for _s, _e, ent in reversed(self.items[:hi]):
            if ent.type in types and ent.id not in seen:
                seen.add(ent.id)
                out.append(ent)
        return out


def gender(entity: Entity, article_text: str | None = None) -> str | None:
    """'m', 'f' or None, from role nouns (-in) and the first name; with the article's text,
    from the descriptors that introduce the name before the first name."""
    if entity.type != "PER":
        return None
    for role in entity.roles:
        word = role.split()[-1] if role.split() else role
        if word in _FEMALE_PERSON_NOUNS:
            return "f"
        if word in _MALE_PERSON_NOUNS:
            return "m"  # "seiner Tochter Aysa", "ihr Sohn Max"
        if word.endswith(FEMALE_HINTS) and not word.endswith(("Kollegin", "Termin")):
            return "f"
    lex = load("de")
    for text in [*entity.roles, *(m.text for m in entity.mentions)]:
        for word in text.split():
            # "Die bisherige Chefin der …": a feminine role noun anywhere in the phrase
            if word[:1].isupper() and word.endswith("in") and lex.is_role_noun(word[:-2]):
                return "f"
    for m in entity.mentions:
        head = m.text.split()[0] if m.text.split() else ""
        if head[:1].isupper() and head.lower().endswith(
            (
                "sprecherin",
                "ministerin",
                "chefin",
                "präsidentin",
                "kanzlerin",
                "leiterin",
                "sängerin",
                "moderatorin",
                "direktorin",
                "vorsitzende",
            )
        ):
            return "f"
    by_article = _article_gender(entity, article_text) if article_text is not None else None
    if by_article is not None:
        return by_article
    parts = entity.name.split()
    if len(parts) >= 2:
        first = parts[0].split("-")[0]  # "Jean-Claude", "Anna-Lena": the first part
        if first in _FEMALE_CONSONANT:
            return "f"
        if first.endswith(("a", "e", "y", "ie", "ine", "ette")) and first not in _MALE_A:
            return "f"
        if first.endswith("i"):
            return None  # Gabi, Heidi / Toni, Luigi
        if first[-1:].isalpha() and first[:1].isupper() and len(first) > 2:
            return "m"
        return None
    return None


def _article_gender(entity: Entity, text: str) -> str | None:
    """The gender the text's own descriptors of a person show: a masculine article before a
    noun ("der AU-Sondergesandte", "des 47-Jährigen"), a feminine one before a feminine noun
    ("die Unternehmerin", "die 45-Jährige"); None when they disagree or there are none (the
    first name decides then: "Ibrahima" or "Sirvan" mislead it). Only descriptors right before
    a name count ("der AU-Sondergesandte für Burundi, Ibrahima Fall")."""
    votes: set[str] = set()
    names = [
        m
        for m in entity.mentions
        if m.text.split()[:1] != [] and m.text.split()[0].lower() not in DEFINITE_ARTICLES
    ]
    for m in entity.mentions:
        words = m.text.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        if not any(
            0 <= n.start - m.end <= 60 and not re.search(r"[.!?]", text[m.end : n.start])
            for n in names
        ):
            continue  # only a descriptor that introduces the name, not a later one the entity
            # layer may have bound to the wrong person ("der König" for a charter)
        article, head = words[0].lower(), words[-1].split("-")[-1]
        feminine_noun = head.endswith(("in", "frau")) or head in _FEMALE_PERSON_NOUNS
        if article == "des" or (
            article == "der" and not feminine_noun and not head.endswith(("en", "innen"))
        ):
            # "der" before a feminine noun, or before a nominalised adjective in -en, is a
            # dative or genitive ("der Ministerin", "der EU-Außenbeauftragten")
            votes.add("m")
        elif article == "die" and (feminine_noun or head.endswith("e")):
            votes.add("f")
    return votes.pop() if len(votes) == 1 else None


_MALE_A = grammar("male_names_ending_in_a_or_e")
_FEMALE_CONSONANT = grammar("female_names_ending_in_a_consonant")
_FEMALE_PERSON_NOUNS = grammar("female_person_nouns")
_MALE_PERSON_NOUNS = grammar("male_person_nouns")


def compatible(entity: Entity, pronoun: str, lex: Lexicon, text: str | None = None) -> bool:
    want = lex.pronouns.get(pronoun.lower())
    if want is None:
        return True
    if want == "pl":
        return True
    if entity.type != "PER":
        return want == "f"  # "sie" for an organisation (plural or feminine noun)
    g = None
    if text is not None and pronoun.lower() in ("he", "she"):
        # English: the text's own he/she after the person's name decides before the first
        # name does ("Hawk Sawyer said she …", "Beth", "Luz" read as men by the name)
        g = english_pronoun_gender(entity, text)
    if g is None:
        g = gender(entity, text)
    return g is None or g == want


_EN_PRONOUN_GENDER = {"he": "m", "she": "f"}
# the first gendered word after a subject name: "Harper knew in his bones that she …" is his
_EN_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m"} | {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_EN_CLAUSE_OPENERS = frozenset({"but", "and", "so", "still", "yet", "then", "later", "however"})
_EN_WORD = re.compile(r"[\w’'.-]*\w|[“”\"]")
# keyed on the text's hash and length, not on id(text): an article's text may be freed and its
# id given to the next article's text, whose "per-1" would then read the old answer
_en_gender_cache: dict[tuple[int, int, str, int], str | None] = {}


def english_pronoun_gender(entity: Entity, text: str) -> str | None:
    """English: 'm' or 'f' from the he/she the text uses for a person: the first he/she after
    a mention of the person's name that is the subject (a lower-case word follows the name:
    "Hawk Sawyer said she …", "Arroyo said …. She said …") in the rest of its sentence, with
    no capitalised word (another name) in between and none inside a quotation, or opening the
    next sentence (after "But", "And", …). None without such a pronoun, or when the votes
    disagree (no clear majority)."""
    key = (hash(text), len(text), entity.id, len(entity.mentions))
    if key in _en_gender_cache:
        return _en_gender_cache[key]
    votes = {"m": 0, "f": 0}
    for m in entity.mentions:
        first = re.split(r"[^\w]", m.text.lower(), maxsplit=1)[0]
        if not m.text[:1].isupper() or first in _EN_GENDERED:
            continue  # "He’d": a pronoun the entity layer bound to the person
        vote = _pronoun_after_subject(text, m.end)
        if vote is not None:
            votes[vote] += 1
    result: str | None = None
    if votes["m"] > 2 * votes["f"]:
        result = "m"
    elif votes["f"] > 2 * votes["m"]:
        result = "f"
    bounded(_en_gender_cache, 4096)[key] = result
    return result


def _pronoun_after_subject(text: str, end: int) -> str | None:
    """The gender of the he/she that follows a name ending at ``end`` when the name is a
    subject (see english_pronoun_gender); None when there is none."""
    window = text[end : end + 500]
    words = list(_EN_WORD.finditer(window))
    if not words or not words[0].group()[:1].islower() or window[: words[0].start()].strip():
        return None  # "told Hawk Sawyer, repeatedly …": not the subject of a verb after it
    ends = [
        e.end()
        for e in SENTENCE_END.finditer(window)
        if not (
            e.group().startswith(".")
            and (tail := window[max(0, e.start() - 4) : e.start() + 1].split())
            and ABBREVIATION.fullmatch(tail[-1])
        )
    ]
    first_end = ends[0] if ends else len(window)
    quoted = False
    for w in words:
        word = w.group()
        if w.start() >= first_end:
            break
        if word in '“”"':
            quoted = word == "“" or (word == '"' and not quoted)
            continue
        if quoted:
            continue
        low = re.split(r"[’']", word.lower(), maxsplit=1)[0]
        if low in _EN_GENDERED:
            return _EN_GENDERED[low]
        if word[:1].isupper() and word != "I":
            return None  # another name before any pronoun: it may be about that person
    if not ends:
        return None
    rest = [w.group() for w in words if w.start() >= first_end][:2]
    if rest and rest[0].lower() in _EN_CLAUSE_OPENERS:
        rest = rest[1:]
    opener = re.split(r"[’']", rest[0].lower(), maxsplit=1)[0] if rest else ""
    if opener in _EN_PRONOUN_GENDER:
        return _EN_PRONOUN_GENDER[opener]
    return None


def _is_person(ent: Entity | None) -> bool:
    return ent is not None and ent.type == "PER"


def _is_quote_mark(text: str) -> bool:
    return text in QUOTE_MARK_CHARS


class SpeakerResolver:
    """Resolves the subject of a cue to an entity."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.index = MentionIndex(article)
        # English role nouns are lower-case ("the minister said"): no capital marks them
        self.english = article.language == "en"
        self._aliases: dict[str, list[Entity]] = {}
        # the role nouns the entity layer bound to a person ("der Hacker" → X): role nouns here
        self._role_words = {
            r.split()[-1].lower()
            for e in article.entities
            if e.type == "PER"
            for r in e.roles
            if r.split()
        }
        for ent in article.entities:
            words = {m.text for m in ent.mentions if " " not in m.text}
            if ent.name.split():
                words.add(ent.name.split()[-1])
            for w in words:
                if w[:1].isupper():
                    self._aliases.setdefault(w, []).append(ent)
        # "das Ministerium" after "das Bildungsministerium": the bare head of a compound
        # organisation name points back to it (the latest one named), when no entity has the
        # bare word as a mention of its own
        self._head_aliases: set[str] = set()
        for ent in article.entities:
            if ent.type != "ORG":
                continue
            for w in {m.text for m in ent.mentions if " " not in m.text}:
                for head in _bare_heads():
                    compound = w.lower().endswith(head.lower()) and len(w) > len(head)
                    if compound and (head not in self._aliases or head in self._head_aliases):
                        self._head_aliases.add(head)
                        self._aliases.setdefault(head, []).append(ent)
        # "nach Angaben der Beobachtungsstelle" after "die Syrische Beobachtungsstelle für
        # Menschenrechte": the head noun of a name with a complement (the capitalised word
        # before its first lower-case word) points back to it, with a definite article
        if not self.english:
            for ent in article.entities:
                name_head = _name_head(ent.name) if ent.type == "ORG" else None
                if name_head is None or lex.is_role_noun(name_head):
                    continue
                for word in {name_head, name_head.rsplit("-", 1)[-1]}:
                    if len(word) < 4 or (word in self._aliases and word not in self._head_aliases):
                        continue  # a name or mention of its own keeps its binding
                    self._head_aliases.add(word)
                    if ent not in self._aliases.setdefault(word, []):
                        self._aliases[word].append(ent)
        # English: a capitalised word right after a person's name that no entity covers is the
        # rest of the name ("Dr. Luz Contreras Arroyo, a member …" → "Arroyo added")
        self._name_tails: set[str] = set()
        if self.english:
            text = article.text
            for ent in article.entities:
                if ent.type != "PER":
                    continue
                # the middle words of a long name: "Joel Eriksson Ek" → "Eriksson Ek said"
                for word in ent.name.split()[1:-1]:
                    if len(word) >= 3 and word[:1].isupper() and word not in self._aliases:
                        self._aliases[word] = [ent]
                        self._name_tails.add(word)
                for m in ent.mentions:
                    if " " not in m.text:
                        continue
                    tail = NAME_TAIL.match(text, m.end)
                    if tail is None or self.index.covering(tail.start(1), tail.end(1)):
                        continue
                    word = tail.group(1)
                    if word.lower() in NOT_NAME_TAILS or word in self._aliases:
                        continue
                    self._aliases[word] = [ent]
                    self._name_tails.add(word)
        # institutions named by a common noun, made here (see institution()), by name
        self._institutions: dict[str, Entity] = {}
        # the first word of a person's full name ("Xi" for "Xi Jinping"): a family name first
        self._first_words: dict[str, list[Entity]] = {}
        for ent in article.entities:
            parts = ent.name.split()
            if ent.type == "PER" and len(parts) >= 2 and parts[0][:1].isupper():
                self._first_words.setdefault(parts[0], []).append(ent)

    # -- building blocks -------------------------------------------------------------
    def mention_at_token(self, sent: Sentence, i: int) -> tuple[int, Entity] | None:
        """The mention that starts at (or covers) token ``i``; returns (last token index, entity)."""
        tok = sent.tokens[i]
        ent = self.index.covering(tok.start, tok.end)
        if ent is None:
            return None
        j = i
        while (
            j + 1 < len(sent.tokens)
            and self.index.covering(sent.tokens[j + 1].start, sent.tokens[j + 1].end) is ent
        ):
            j += 1
        return j, ent

    def np_entity(
        self,
        sent: Sentence,
        lo: int,
        hi: int,
        prefer_person: bool = True,
        max_start: int | None = None,
    ) -> tuple[Entity | None, int | None]:
        """The speaker entity inside tokens [lo, hi): a person first, else an organisation."""
        found: list[tuple[int, Entity]] = []
        aliases: list[tuple[int, Entity]] = []
        for i in range(lo, min(hi, len(sent.tokens))):
            if sent.inside_quote(sent.tokens[i].start):
                continue
            ent = self.index.covering(sent.tokens[i].start, sent.tokens[i].end)
            if ent is None:
                if not self._pointing_head(sent, i, lo):
                    continue
                alias = self.alias(sent.tokens[i].text, sent.tokens[i].start)
                if alias is not None:
                    aliases.append((i, alias))
                continue
            if any(e is ent for _, e in found):
                continue
            if ent.type == "MISC":
                continue  # a work, an event or a common noun the entity layer took ("Hacker")
            if self.english and ent.type == "LOC" and self._english_place_attribute(sent, i, ent):
                continue  # "A California transit chief says", "Middle East observers say"
            if self.english and ent.type == "ORG" and self._outsiders_of(sent, i, ent):
                continue  # "some Twitter users argue": the users do not speak for Twitter
            if self.english and ent.type == "PER" and self._english_owner(sent, i, ent):
                continue  # "President Trump's advisers suggested": the advisers speak
            if ent.type == "ORG" and self._descriptor_of_next(sent, i, ent, hi):
                continue  # "die US-Ratingagentur Moodys": the name after the descriptor
            found.append((i, ent))
        if max_start is not None:
            found = [f for f in found if f[0] <= max_start]
            aliases = [f for f in aliases if f[0] <= max_start]
        if not found:
            found = aliases  # words the entity layer left unmarked, only when nothing is marked
        if not found and lo <= hi < len(sent.tokens) and sent.tokens[hi].text[:1].islower():
            # "laut golem.de", "laut dem Technologieportal golem.de": a portal's lower-case
            # name right after the noun phrase, which the phrase scan stops before
            ent = self.index.covering(sent.tokens[hi].start, sent.tokens[hi].end)
            if (
                ent is not None
                and ent.type == "ORG"
                and not sent.inside_quote(sent.tokens[hi].start)
            ):
                found = [(hi, ent)]
        if not found:
            made = self.institution(sent, lo, hi if max_start is None else min(hi, max_start + 1))
            return made if made is not None else (None, None)
        if found[0][1].type == "LOC" and found[0][0] > lo:
            # "seitens des Militärkommandos Steiermark", "die Staatsanwaltschaft Wien": an
            # institution noun right before the place is the seat's institution
            k, place = found[0]
            made = self.institution(sent, lo, k, place=(k, self._mention_end(sent, k, place)))
            if made is not None:
                return made
        found = self._role_holders_first(sent, found)
        if prefer_person:
            for i, ent in found:
                if ent.type == "PER":
                    return ent, i
        if found[0][1].type == "LOC" and len(found) > 1:
            # "die in London ansässige Beobachtungsstelle": the place is part of an attribute
            # (lower-case words up to the organisation's name) of the organisation after it
            i, ent = found[1]
            between = sent.tokens[found[0][0] + 1 : i]
            if (
                ent.type == "ORG"
                and 0 < len(between) <= 2
                and all(t.text.islower() and t.lower not in FUNCTION_WORDS for t in between)
            ):
                return ent, i
        return found[0][1], found[0][0]

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
        if self.english or not self.lex.institution_nouns:
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

    def _descriptor_of_next(self, sent: Sentence, i: int, ent: Entity, hi: int) -> bool:
        """A one-word organisation the entity layer took apart from the name right after it,
        whose word ends in an organisation noun: a descriptor ("die US-Ratingagentur Moodys",
        "nach Angaben der Kurdenpartei HDP", "Experten der US-Großbank JP Morgan")."""
        if self.english:
            return False
        end = self._mention_end(sent, i, ent)
        toks = sent.tokens
        if end != i or end + 1 >= min(hi, len(toks)):
            return False
        nxt = self.index.covering(toks[end + 1].start, toks[end + 1].end)
        if nxt is None or nxt is ent or nxt.type != "ORG":
            return False
        word = toks[i].text.split("-")[-1]
        low = word.lower()
        return self.lex.organisation_noun(word) is not None or any(
            low.endswith(h.lower()) for h in _bare_heads()
        )

    def _english_place_attribute(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: a place named as an attribute of a noun after it, not as a subject ("South
        Dakota governor", "A California transit chief", "Middle East observers", "Austria's
        interior minister", "Kidnapped Fort Worth Girl"); a bare name before a verb stays
        ("Austria says", "Delhi remains")."""
        toks = sent.tokens
        end = self._mention_end(sent, i, ent)
        if toks[end].lower.endswith(("'s", "’s")):
            return True
        if end + 1 >= len(toks):
            return False
        nxt = toks[end + 1]
        low = nxt.lower.replace("’", "'")
        if low in ("'s", "s") and nxt.start == toks[end].end:
            return True
        if not nxt.is_word or self.index.covering(nxt.start, nxt.end) is not None:
            return False
        if nxt.is_upper:
            return not (nxt.lower in self.lex.verb_forms or low in self.lex.pronouns)
        verbs = (
            english.word_class(self.lex, "finite")
            | english.word_class(self.lex, "before_verb")
            | english.word_class(self.lex, "subordinators")
            | english.word_class(self.lex, "after_cue")
        )
        # an inflected verb form ("says", "warned"), not a bare one that is also a noun ("state")
        inflected = any(v.lemma.lower() != low for v in self.lex.verb_forms.get(low, []))
        return not (
            len(low) < 3
            or inflected
            or low in verbs
            or low in NAME_PHRASE_PREPOSITIONS
            or low in ("and", "or", "but", "who", "which", "that", "has", "had")
            or low.endswith(("ly", "ed"))
        )

    def _english_owner(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: a person named as the owner of people who speak ("Trump's advisers",
        "Morrison's lawyer"), not of words that are the person's own ("Trump's statement",
        "Cruz's office": ``own_speech_nouns``)."""
        toks = sent.tokens
        end = self._mention_end(sent, i, ent)
        if (
            end + 1 < len(toks)
            and toks[end + 1].lower.endswith(("'s", "’s"))
            and toks[end + 1].text[:-2] in ent.name.split()
        ):
            end += 1  # "President Trump’s": the mention stops before the genitive token
        k = end + 1
        if toks[end].lower.endswith(("'s", "’s")):
            pass
        elif (
            k < len(toks)
            and toks[k].text in ("'s", "’s", "'", "’")
            and toks[k].start == toks[end].end
        ):
            k += 1
        else:
            return False
        if k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
        return toks[k].lower not in english.word_class(self.lex, "own_speech_nouns")

    def _outsiders_of(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: an organisation named before a noun for people who do not speak for it
        ("Twitter users", "Apple fans", "Netflix subscribers"; ``outsider_nouns``)."""
        end = self._mention_end(sent, i, ent)
        if end + 1 >= len(sent.tokens):
            return False
        return sent.tokens[end + 1].lower in english.word_class(self.lex, "outsider_nouns")

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

    def _pointing_head(self, sent: Sentence, i: int, lo: int = 0) -> bool:
        """May token i alias a named entity? A bare organisation noun ("Ministerium") only
        with a definite article that follows no noun: "erklärte das Ministerium", "aus dem
        Ministerium" point back; "ein Gericht", "die Vorhaben der Kommission" do not. A noun
        before ``lo`` is outside the phrase the caller gave ("nach Angaben | der Stelle"), a
        capitalised function word opening the sentence no noun ("Wie die Stelle meldete")."""
        toks = sent.tokens
        if toks[i].text not in self._head_aliases:
            return True
        if i == 0 or toks[i - 1].lower not in DEFINITE_ARTICLES:
            return False
        if (
            toks[i - 1].lower == "dem"
            and (i == 1 or toks[i - 2].text in ",;:")
            and not (i + 1 < len(toks) and toks[i + 1].lower == "zufolge")
        ):
            return False  # "Dem Senat wurde mitgeteilt": a dative with no preposition, no source
        if i < 2 or i - 2 < lo:
            return True
        prev = toks[i - 2]
        if i == 2 and (
            prev.tag not in (None, "NN", "NE")
            or prev.lower in SUBORDINATORS
            or prev.lower in FUNCTION_WORDS
            or prev.lower in PREPOSITIONS
        ):
            return True
        return not (prev.text[:1].isupper() and prev.is_word)

    def _role_holders_first(
        self, sent: Sentence, found: list[tuple[int, Entity]]
    ) -> list[tuple[int, Entity]]:
        """A possessive owner before a role noun and its holder ("Prieths Anwalt Mathias
        Kapferer", "Merkels Sprecher X"): the holder of the role speaks, not the owner."""
        if len(found) < 2:
            return found
        toks = sent.tokens
        out = list(found)
        for n, (i, ent) in enumerate(found[:-1]):
            span = self.mention_at_token(sent, i)
            last = span[0] if span else i
            word = toks[last].text
            if not word.endswith(("s", "'", "’")) or last + 1 >= len(toks):
                continue
            role = toks[last + 1]
            nxt = found[n + 1]
            holder = nxt[1].type == "PER" or ent.type != "PER"
            if role.is_upper and self.lex.is_role_noun(role.text) and nxt[0] <= last + 4 and holder:
                out.remove((i, ent))
                out.append((i, ent))
        return out

    def alias(self, word: str, offset: int) -> Entity | None:
        """An entity named by a word the entity layer left unmarked ("wie die Polizei mitteilte");
        the one person whose full name, named before, opens with the word ("Xi sagte")."""
        if not word[:1].isupper() or len(word) < 2 or self.lex.is_role_noun(word):
            return None
        if self.english and word.lower() in english.word_class(self.lex, "organisation_nouns"):
            return None  # "Company management said": a noun, not "Dow Jones & Company"
        first = self._first_words.get(word, [])
        if (
            word not in self._aliases
            and len(first) == 1
            and any(m.start < offset for m in first[0].mentions)
        ):
            return first[0]
        if len(word) < 3:
            return None
        keys = [word, word.split("-")[0]] if "-" in word else [word]
        if word.endswith("s") and len(word) > 4:
            keys.append(word[:-1])
        for key in keys:
            ents = self._aliases.get(key)
            if not ents:
                continue
            before = [
                e for e in self.index.before(offset, ("PER", "ORG", "LOC", "MISC")) if e in ents
            ]
            return before[0] if before else ents[0]
        return None

    def pronoun(self, sent: Sentence, word: str, active: Entity | None, offset: int) -> Resolved:
        # "Jordi werde, wie sie … sagte, …": the subject that opens the same sentence
        opener = [
            ent
            for s, _e, ent in self.index.starting_in(sent.start, offset)
            if ent.type == "PER" and s < sent.tokens[min(4, len(sent.tokens) - 1)].start
        ]
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
                # "Morrison testified that … . He said …": the person the sentences before are
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
        ):
            if self.english and self._unknown_speaker_since(active, offset):
                return Resolved(None, 0.4, "pronoun")
            return Resolved(active, 0.8, "pronoun")
        for ent in self.index.before(offset, ("PER",)):
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
                continue  # "Mr. Trump", "U.S. officials", "Gov. Noem"
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
            if first in subordinators or first in ("despite", "although", "while", "when"):
                comma = next((n for n, w in enumerate(words[:20]) if w.group() == ","), None)
                zone = comma + 1 if comma is not None else 0
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
                    break  # the same pronoun: the sentence before says who
                if ent is not None and ent.type == "ORG":
                    return None, False
            else:
                if any(self.index.covering(start + w.start(), start + w.end()) for w in words):
                    named = [
                        e for _s, _e, e in self.index.starting_in(start, end) if e.type == "PER"
                    ]
                    if named:
                        return None, False  # persons named later: no clear subject
        return None, False

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

    def _previous_sentence(self, sent: Sentence) -> tuple[int, int] | None:
        """Offsets of the sentence right before ``sent`` (ended by . ! ? or :)."""
        text = self.article.text
        end = sent.start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0 or text[end - 1] not in ".!?:":
            return None
        start = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
        while start < end and text[start].isspace():
            start += 1
        return start, end

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

    def _organisation_noun_of(self, word: str) -> bool:
        """An organisation noun, also a plural ("Behörden") or a bare head of the entity
        lexicon ("Polizei", "Regierung")."""
        if self.lex.organisation_noun(word) or self.lex.organisation_noun(word.rstrip("n")):
            return True
        low = word.lower()
        return any(low.endswith(h.lower()) for h in _bare_heads())

    def _organisation_opening_previous(self, sent: Sentence) -> Entity | None:
        """The organisation that opens the sentence before (after an article and up to two
        lower-case attributes), when that sentence names no person."""
        text = self.article.text
        bounds = self._previous_sentence(sent)
        if bounds is None or text[bounds[1] - 1] == ":":
            return None
        start, end = bounds
        inside = self.index.starting_in(start, end)
        if not inside or any(e.type == "PER" for _s, _e, e in inside):
            return None
        s0, _e0, ent = inside[0]
        lead = text[start:s0].split()
        if ent.type != "ORG" or len(lead) > 3:
            return None
        if lead and (
            lead[0] not in ("Die", "Der", "Das") or not all(w.islower() for w in lead[1:])
        ):
            return None
        return ent

    def _unknown_speaker_since(self, ent: Entity, offset: int) -> bool:
        """English: a name the entity layer missed spoke after the last mention of ``ent``
        and within about two sentences before the pronoun ("Montell Figgins, who represents
        Thomas, said … He said …", "Smith said …. …, she said"): the pronoun is more likely
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

    def role(
        self, sent: Sentence, i: int, active: Entity | None, word: str | None = None
    ) -> Resolved:
        """A definite role noun ("der Kremlchef", "Sein Gastgeber") bound to a known person
        (``word``: the role a title at token i stands for)."""
        word = word or sent.tokens[i].text
        low = word.lower()
        offset = sent.tokens[i].start
        # "…, Benitez ist der Trainer, sagte der Franzose": names in the content before a
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
        for ent in candidates:
            if self.holds_role(ent, low, before=offset):
                return Resolved(ent, 0.75, "role")
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
        # only "-a" is a fair sign of a woman ("Zinedine", "Uwe" end in "-e")
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
        pattern = re.compile(
            r"\b[Ee]ine?[rnms]?\s+(?:[a-zäöüß][\w-]*\s+)?" + re.escape(word) + r"\b"
        )
        hits = list(pattern.finditer(self.article.text, lo, offset))
        if not hits:
            return None
        end = hits[-1].end()
        after = self.article.text[end : end + 80]
        if not re.match(r"\s+(?:des|der|von|vom|eines|einer)\s", after):
            return None
        stop = end + len(after.split(",")[0].split(".")[0])
        for _s, _e, ent in self.index.starting_in(end, stop):
            if ent.type == "ORG":
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

    # -- the subject of a cue ----------------------------------------------------------
    def subject(
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
        # inverted order: "sagte Merkel", "sagte er", "erklärte der Minister"
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
            # "Der Zeitung Kurier sagte Müller, …", "Dem STANDARD sagte der Minister": the
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
            # the subject; no role noun before it and no person named earlier speaks here
            return Resolved(None, 0.3, "none", at=(lo, verb - 1))
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
        if not inverted and before_subject is not None:
            return before_subject
        if self.english and not inverted and verb > lo:
            shared = self._english_conjunct_subject(sent, lo, verb, active)
            if shared is not None:
                return shared
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
        ent, idx = self.np_entity(
            sent, after_lo, min(max(hi, after_lo + 1), after_lo + 12), max_start=after_lo + 5
        )
        if ent is not None and idx is not None and self._blocked(sent, after_lo, idx):
            ent = idx = None
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
        if ent is not None and idx is not None:
            end = self._mention_end(sent, idx, ent)
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
                # "sagte der EZB-Rat" after "EZB-Rat Ewald Nowotny": the word titled a person
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
            if ent.type == "LOC" and self._place_attribute(sent, idx, ent):
                # "sagte Österreichs Wirtschaftsdelegierter in London, X": a place does not
                # speak; the person in apposition after the phrase does, else the role noun
                return self._place_subject(sent, after_lo, end, hi, active)
            rebound = self._role_mention_of_content(sent, verb, idx, end, ent, active)
            if rebound is not None:
                return rebound
            if self._misbound_descriptor(sent, idx, end, ent):
                # "…, sagte die Vorarlbergerin" bound by the entity layer to the man named last,
                # "…, sagte der ÖFB-Teamspieler" to a person named only later: read it as the
                # role noun it is
                res = self.role(sent, end, active)
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
        subject that opens the sentence ("David McKinley, R-W.Va., visited the border … and
        argued that …", 'Volker said he never used the term "…" and added, "…"')."""
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
        if toks[start].lower in english.word_class(self.lex, "subordinators"):
            return None  # "When X met Y, Z … and said": no subject at the start
        if toks[start].lower in ("he", "she"):
            res = self.pronoun(sent, toks[start].lower, active, toks[start].start)
            return Resolved(res.entity, res.confidence * 0.9, res.how) if res.entity else None
        got = self.mention_at_token(sent, start)
        if got is None or got[1].type not in ("PER", "ORG") or got[0] >= k:
            return None
        nxt = toks[got[0] + 1] if got[0] + 1 < len(toks) else None
        if nxt is not None and nxt.lower.endswith(("'s", "’s")):
            return None  # "Trump's advisers … and said": the owner is no subject
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

    def _place_attribute(self, sent: Sentence, idx: int, ent: Entity) -> bool:
        """A place named as an attribute of the subject, not as the subject: a genitive before
        a noun ("Österreichs Botschafter"), a derived or compound word ("der Salzburger", "der
        US-Regisseur"). A bare name of two or more words is kept (the entity layer took a
        person's name for a place: "sagte Susan Miller")."""
        if len(ent.name.split()) >= 2:
            return False
        toks = sent.tokens
        word = toks[idx].text
        if "-" in word or word not in ent.name.split():
            return True
        nxt = toks[idx + 1] if idx + 1 < len(toks) else None
        return word.endswith("s") and nxt is not None and nxt.is_upper and nxt.is_word

    def _titled_person(self, org: Entity, offset: int) -> Entity | None:
        """The one person whose name followed a mention of this one-word organisation before
        offset ("EZB-Rat Ewald Nowotny"): the word was that person's title."""
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
            and toks[start + 1].is_upper
        ):
            # "Die Firma X, die …, bestätigte": a noun before the name
            got = self.mention_at_token(sent, start + 2)
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
                return None  # a name ("Humberto de la Calle"), nothing else
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
        start = toks[lo].start
        prev = self.article.text.rfind(". ", 0, max(0, start - 2)) + 2  # the sentence before
        recent = self.index.starting_in(max(prev, start - 200), start)
        orgs = {e.id: e for _s, _e, e in recent if e.type == "ORG"}
        return next(iter(orgs.values())) if len(orgs) == 1 else None

    def _speech_noun_of(self, sent: Sentence, lo: int, idx: int) -> bool:
        """ "Die Ankündigungen von X versprachen …": the words of X are X's speech."""
        toks = sent.tokens
        preps = [k for k in range(lo, idx) if toks[k].lower in PREPOSITIONS]
        return (
            len(preps) == 1
            and toks[preps[0]].lower == "von"
            and preps[0] > lo
            and toks[preps[0] - 1].lower in self.lex.speech_nouns
        )

    def _misc_noun(self, sent: Sentence, i: int) -> bool:
        """A one-word MISC "entity" after a definite article ("der Hacker"): a role noun."""
        toks = sent.tokens
        if i == 0 or toks[i - 1].lower not in ("der", "die"):
            return False
        ent = self.index.covering(toks[i].start, toks[i].end)
        return ent is not None and ent.type == "MISC" and " " not in ent.name

    def _mention_end(self, sent: Sentence, idx: int, ent: Entity) -> int:
        j = idx
        toks = sent.tokens
        while j + 1 < len(toks) and self.index.covering(toks[j + 1].start, toks[j + 1].end) is ent:
            j += 1
        return j

    def _blocked(self, sent: Sentence, lo: int, idx: int) -> bool:
        """A preposition or an indefinite role head before the entity ("ein Sprecher der X" is fine)."""
        for t in sent.tokens[lo:idx]:
            if t.lower in PREPOSITIONS and t.lower not in ("des", "der"):
                return True
        return False

    def _run_in_subject(self, sent: Sentence, start: int, verb: int) -> Resolved | None:
        """ "Sechs Jahre in der Komfortzone Strugl warnte davor, …", "Hilfe für die Länder
        Moser ist überzeugt, dass …": a subheading ran into the sentence (10kGNAD flattens
        them), and a person's name stands right before the finite verb (or before the
        auxiliary of a participle cue) after a capitalised noun that is no role noun: German
        puts one phrase before the finite verb and a noun followed by a bare name is none, so
        the name alone is the subject and the words before it the heading."""
        if self.english or verb - start < 2:
            return None
        toks = sent.tokens
        end = verb - 1
        if end > start and toks[end].lower in RUN_IN_AUXILIARIES:
            end -= 1  # "Felderer ist überzeugt": the cue's word is the participle
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
        if start < verb and toks[start].lower in PERSONAL_PRONOUNS:
            res = self.pronoun(sent, toks[start].lower, active, toks[start].start)
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
        # Landesparteivorsitzende Ingo Mayr meinte"
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

    def _unnamed(self, sent: Sentence, i: int, active: Entity | None) -> Resolved:
        """An unnamed speaker: "ein Sprecher der Gruppe X" → X, "ein Arzt" → nobody."""
        toks = sent.tokens
        word = toks[i].text
        owner, _, head = word.rpartition("-")
        if owner and head in self.lex.spokesperson_nouns:
            person = self.alias(owner, toks[i].start)
            if person is not None and person.type == "PER":
                # "ein Clinton-Sprecher erklärte": the spokesperson speaks for the person
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
        body = self._spokesperson_body(word, toks[i].start) or self._member_institution(toks[i])
        if body is not None:
            # "erklärte eine Kommissionssprecherin", "sagte ein Feuerwehrsprecher"
            return Resolved(body, 0.6, "role", at=(i, i))
        if i + 1 < len(toks) and toks[i + 1].lower in ("des", "der", "eines", "einer", "of"):
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

    def _phrase_end(self, sent: Sentence, lo: int, width: int) -> int:
        """The end of the window read for a role noun from ``lo``: ``width`` tokens, or up to
        the first capitalised word when only lower-case words (an article and attributes) come
        before it ("erklärte der ebenso stoische wie methodische Minister")."""
        toks = sent.tokens
        k = lo
        while k < min(len(toks), lo + 9) and toks[k].is_word and not toks[k].is_upper:
            k += 1
        if k < len(toks) and k < lo + 9 and toks[k].is_word and toks[k].is_upper:
            return min(len(toks), max(lo + width, k + 1))
        return min(len(toks), lo + width)

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
        want = self._role_gender(sent, end)
        # the person's gender by everything but this very mention
        others = ent.model_copy(update={"mentions": [m for m in ent.mentions if m is not mention]})
        if want is not None and gender(others, self.article.text) == (
            "m" if want == "sie" else "f"
        ):
            return True
        named_before = any(
            m.start < mention.start
            and m.text[:1].isupper()
            and m.text.split()[0].lower() not in DEFINITE_ARTICLES
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
            return False  # "der Unternehmer Hans Muster": a name follows
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

    def _verb_like(self, t: Token) -> bool:
        """A verb by the tagger's tag, a finite auxiliary or a listed speech-verb form."""
        return (
            _finite(t)
            or (t.tag is not None and t.tag.startswith("V"))
            or (t.is_word and not t.is_upper and t.lower in self.lex.verb_forms)
        )

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

    def _named_organisation(self, word: str, offset: int) -> Entity | None:
        """The organisation a definite organisation noun stands for ("erklärte die
        Organisation" after "die Hilfsorganisation X"): the nearest organisation named in the
        last sentences whose name holds the noun, else the nearest organisation."""
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
        # the short form of an organisation introduced earlier with its descriptor ("Die
        # Zeitung berichtete" after "die Zeitung USA Today" paragraphs before)
        for ent in self.index.before(max(0, offset - 500), ("ORG",)):
            if self._named_as(ent, noun, offset, descriptor_only=True):
                return ent
        return recent[0] if recent else None

    def organisation_by_kind(self, word: str, offset: int) -> Entity | None:
        """The organisation an organisation noun used as the first part of a source compound
        points back to ("nach Konzernangaben", "nach Gewerkschafts-Angaben"): the nearest
        organisation of the last sentences named as one of that kind ("der Chiphersteller
        Infineon" for "Konzern" only by its name or descriptor), else the one organisation
        named there when there is exactly one; None otherwise (never a guess among several)."""
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
        recent = [e for e in named if any(offset - 1500 <= m.start < offset for m in e.mentions)]
        return recent[0] if len(recent) == 1 else None

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
        von Matteo Renzi", "die Regierung von Nauru"): the person or organisation named (a place
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
                continue  # "President Trump’s advisers": the title of the owner
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
                    # "Die Regierung von Matteo Renzi verspricht": the one it belongs to, not
                    # the organisation named last; a place there names no one we know
                    return Resolved(owner[0], 0.6 if owner[0] else 0.4, "role", at=(lo, owner[1]))
                org = self._named_organisation(t.text, t.start)
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
