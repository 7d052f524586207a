"""What every speaker rule reads: the article's mentions by offset (:class:`MentionIndex`),
the answer of a rule (:class:`Resolved`), and :class:`ResolverBase`, the base of the resolver's
mixins, with the aliases it builds from the entities (last names, bare heads of organisation
names, English name tails, first words of full names) and the token helpers all rules use."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.model import Article, Entity
from newsgraph.quotes.lexicon import Lexicon
from newsgraph.quotes.speaker_words import FINITE_AUXILIARIES, PREPOSITIONS, QUOTE_MARK_CHARS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

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


# words after a role noun that open the phrase of its body or place ("Sprecher der
# Generalprokuratur", "Chef des Instituts", "Botschafter in Wien"): the role is the word before
ROLE_PHRASE_LINKS = frozenset(
    ["der", "des", "von", "vom", "für", "im", "in", "bei", "beim", "am", "an", "aus", "zur", "zum"]
)


def _role_head(role: str) -> str:
    """The role noun of a role phrase: its last word before a genitive or prepositional phrase
    ("Sprecher der Generalprokuratur" → "Sprecher", "ehemaliger BZÖ-Geschäftsführer" →
    "BZÖ-Geschäftsführer"); empty for an empty phrase."""
    words = role.split()
    cut = next((n for n, w in enumerate(words) if n > 0 and w.lower() in ROLE_PHRASE_LINKS), None)
    head = words[:cut] if cut is not None else words
    return head[-1] if head else ""


def _finite(t: Token) -> bool:
    """A finite verb by the tagger's tag, or (without tags) a finite auxiliary or modal."""
    return t.tag in FINITE_TAGS or (t.tag is None and t.lower in FINITE_AUXILIARIES)


@dataclass
class Resolved:
    entity: Entity | None
    confidence: float
    how: str  # name | pronoun | role | continuation | heading | frame | none
    explicit: bool = True  # the text names a (possibly unknown) speaker here
    at: tuple[int, int] | None = None  # token indices of the subject in its sentence


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


def _is_person(ent: Entity | None) -> bool:
    return ent is not None and ent.type == "PER"


def _is_quote_mark(text: str) -> bool:
    return text in QUOTE_MARK_CHARS


class ResolverBase:
    """The article, its mention index and aliases, and the helpers every speaker rule uses."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.index = MentionIndex(article)
        # the article's sentences, when the extractor has built them (session 30: the pronoun
        # rules read the subject of the sentence before)
        self.sentences: list[Sentence] = []
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
        # of those, the last words of a body's phrase ("Sprecher der Generalprokuratur"): the
        # body's noun, which only the holder of the role stands for
        self._role_bodies = self._role_words - {
            _role_head(r).lower() for e in article.entities if e.type == "PER" for r in e.roles
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
                # the middle words of a long name: "Lars Berg Holm" → "Berg Holm said"
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
        # media and bodies the entity layer missed, made here by their shape (see unmarked_body)
        self._unmarked: dict[str, Entity] = {}
        # the first word of a person's full name ("Li" for "Li Wei"): a family name first
        self._first_words: dict[str, list[Entity]] = {}
        for ent in article.entities:
            parts = ent.name.split()
            if ent.type == "PER" and len(parts) >= 2 and parts[0][:1].isupper():
                self._first_words.setdefault(parts[0], []).append(ent)

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

    def sentence_before(self, sent: Sentence) -> Sentence | None:
        """The sentence right before ``sent`` in the same segment, when the sentences are known."""
        k = next((n for n, s in enumerate(self.sentences) if s.start == sent.start), None)
        if k is None or k == 0 or self.sentences[k - 1].segment != sent.segment:
            return None
        return self.sentences[k - 1]

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

    def _verb_like(self, t: Token) -> bool:
        """A verb by the tagger's tag, a finite auxiliary or a listed speech-verb form."""
        return (
            _finite(t)
            or (t.tag is not None and t.tag.startswith("V"))
            or (t.is_word and not t.is_upper and t.lower in self.lex.verb_forms)
        )
