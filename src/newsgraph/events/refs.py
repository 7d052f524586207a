"""From noun phrases to entity references: names, role nouns, pronouns, "die beiden
Staatschefs" (bound to the two persons last mentioned together) and country adjectives
("der russische Angriff" → Russland)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newsgraph.entities.lookup import entity_at
from newsgraph.events.place_phrases import genitive_place_owner
from newsgraph.model import Article, Entity, EntityRef
from newsgraph.quotes.speaker_gender import gender

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.events.sentences import Sentence

# dependency labels that stay inside a noun phrase
NP_DEPS = {
    "det",
    "det:poss",
    "amod",
    "flat",
    "flat:name",
    "appos",
    "compound",
    "nummod",
    "nmod:poss",
}
PERSONAL_PRONOUNS = {
    "er": "PER",
    "ihm": "PER",
    "ihn": "PER",
    "he": "PER",
    "him": "PER",
    "she": "PER",
    "ich": "SPEAKER",
    "wir": "SPEAKER",
    "mich": "SPEAKER",
    "mir": "SPEAKER",
    "i": "SPEAKER",
    "me": "SPEAKER",
}
# relative pronouns: after a comma they stand for the phrase before it ("Huber, der ihn
# empfing" — Huber received him)
RELATIVE_PRONOUNS = {
    "der",
    "die",
    "das",
    "dem",
    "den",
    "denen",
    "welcher",
    "welche",
    "welches",
    "welchem",
    "welchen",
}
# dependency labels a name part hangs on its phrase's head with
NAME_DEPS = {"flat", "flat:name", "appos", "compound", "nmod"}
OBJECT_PRONOUNS = {"ihm", "ihn", "him"}
# the sex a third-person pronoun refers to (a singular "sie" is read like "er", but a woman)
OBJECT_DEPS = {"obj", "iobj", "obl:arg"}
PRONOUN_GENDER = {
    "er": "m",
    "ihm": "m",
    "ihn": "m",
    "sie": "f",
    "he": "m",
    "him": "m",
    "she": "f",
}
# demonstratives standing alone for a man ("Dieser lehnte ab", "diesem"): the one named last
ARTICLES = {"der", "die", "des", "den", "dem", "the"}
# session 13: tags of the words that close a main clause before an extraposed relative
# clause ("zurück, die …", "gefordert, der …")
EXTRAPOSING_TAGS = {"PTKVZ", "VVPP", "VVINF", "VVFIN", "VAFIN", "VAINF", "VAPP", "VMFIN"}
# session 13, round 2: the labels of a clause that hangs on another ("erklärten, sie seien",
# "…, weil sie …", "… und stellten")
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "parataxis", "xcomp"}
# session 13: the nouns of "das Land" (the state named before)
COUNTRY_WORDS = {"land", "landes", "lande"}
DEMONSTRATIVES = {"dieser", "diesem", "letzterer", "letzterem"}
DIRECTIONS = {
    "nördlich",
    "südlich",
    "östlich",
    "westlich",
    "unweit",
    "nordöstlich",
    "nordwestlich",
    "südöstlich",
    "südwestlich",
}
_BODY_BEFORE = re.compile(r"(?:^|[^\w-])(die|der|den|dem|das)\s+(\w+)\s+$", re.I)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# the word right before a name, with nothing but a space between ("der Partei X")
_INTRO_BEFORE = re.compile(r"(?:^|\s)([\w-]+) $")


def named_as_body(text: str, start: int, words: frozenset[str], preps: frozenset[str]) -> bool:
    """Session 26: a name right after "die Stadt", "der Gemeinde" … (a word of ``words``)
    whose article opens the phrase (no preposition before it: "in der Stadt X" is the place;
    no noun owning it: "Einwohner der Stadt X") names the administration: "Die Stadt Amsterdam hat sich … geeinigt"."""
    before = text[max(0, start - 60) : start]
    m = _BODY_BEFORE.search(before)
    if m is None or m.group(2).lower() not in words:
        return False
    prev = _WORD_BEFORE.search(before[: m.start() + 1])
    if prev is None:
        return True
    if m.group(1).lower() == "der" and prev.group(1)[:1].isupper():
        return False  # a genitive attribute: "Einwohner der Stadt Azaz"
    return prev.group(1).lower() not in preps


LOCATIVE = {
    "in",
    "im",
    "nach",
    "aus",
    "bei",
    "von",
    "nahe",
    "nördlich",
    "südlich",
    "östlich",
    "westlich",
    "at",
    "near",
    "to",
    "from",
}


@cache
def _country_lexicon() -> Any:
    try:
        from newsgraph.entities.lexicon import load_lexicon

        return load_lexicon()
    except Exception:  # pragma: no cover - without the country lexicon events still run
        return None


def capital_countries() -> dict[str, str]:
    """Capital name -> country name (the entity lexicon's), empty without it."""
    capitals: dict[str, str] = getattr(_country_lexicon(), "capital_country", None) or {}
    return capitals


def state_country(name: str) -> str | None:
    """The country a LOC name is: the lexicon's, or (session 11) the country after a word of
    state form that the lexicon does not list ("Republik Österreich", "Islamische Republik
    Iran", "Königreich Saudi-Arabien" — a lawsuit "gegen die Republik Österreich" is against
    the state, not at a place)."""
    lex = _country_lexicon()
    if lex is None:
        return None
    try:
        country: str | None = lex.country_of(name)
        if country is not None:
            return country
        words = name.split()
        forms = _state_form_words()
        for i, w in enumerate(words[:-1]):
            if w.lower() in forms:
                rest: str | None = lex.country_of(" ".join(words[i + 1 :]))
                return rest
    except Exception:  # pragma: no cover - a lexicon problem must not stop events
        return None
    return None


@cache
def _refs_lexicon() -> Any:
    from newsgraph.events.lexicon import event_lexicon

    return event_lexicon("de")


def _former_holder(head: Token) -> bool:
    """Session 35 (evsense): 'die ehemalige Präsidentin des Obersten Gerichtshofs',
    'der Ex-Chef der Weltbank': a former holder of an office (an adjective or a prefix of
    ``former_holder_stems``) no longer acts for the body the office belongs to."""
    stems = tuple(_refs_lexicon().words("former_holder_stems"))
    if head.text.lower().startswith(tuple(s for s in stems if s.endswith("-"))):
        return True
    return any(
        c.dep_ == "amod" and c.i < head.i and c.text.lower().startswith(stems)
        for c in head.children
    )


@cache
def _org_kinds() -> dict[str, str]:
    """Nouns for a kind of organisation → the kind (``org_kind_nouns``)."""
    out: dict[str, str] = {}
    for kind, nouns in _refs_lexicon().section("org_kind_nouns").items():
        for noun in nouns or []:
            out[str(noun).lower()] = str(kind)
    return out


def _last_name_word(name: str) -> str | None:
    """The last word of an organisation's name of two or more words whose first is no article
    ("Deutsche Post" → "post": "die Post" names it; not "Die Zeit"). Session 30: not of a
    name with a word in small letters, whose last word is no head but the noun of a phrase
    inside it ("Brot für die Welt": "der Welt" is the world; "Ärzte ohne Grenzen")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in ARTICLES:
        return None
    if any(w[:1].islower() for w in words[1:]):
        return None
    return words[-1].lower()


@cache
def _state_form_words() -> frozenset[str]:
    from newsgraph.events.lexicon import event_lexicon

    return event_lexicon("de").words("state_form_words")


def country_of_adjective(word: str) -> str | None:
    lex = _country_lexicon()
    if lex is None or not word[:1].isalpha():
        return None
    word = word[0].lower() + word[1:]  # "Israelische" at the start of a sentence
    try:
        country: str | None = lex.country_of_adjective(word)
    except Exception:  # pragma: no cover - a lexicon problem must not stop events
        return None
    return country


def country_ref(article: Article, country: str) -> EntityRef:
    for ent in article.entities:
        if ent.type == "LOC" and ent.name == country:
            return ent.ref()
    return EntityRef(id=f"country:{country}", name=country)


def np_tokens(head: Token) -> list[Token]:
    """The head and its noun-phrase dependents (no clauses, no prepositional phrases)."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in NP_DEPS:
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


# articles that are never genitive: a bare noun attribute with one of them is a misparse of
# another phrase ("ein palästinensischer Angreifer [hat] eine israelische Frau angegriffen")
# (the definite "den", "dem", "das", "die" are left out: after a comma they are as often a
# relative pronoun the parser took for an article, "Vereinbarungen, die X traf")
NON_GENITIVE_ARTICLES = {"ein", "eine", "einen", "einem"}

# nouns for a country's capital: with a country adjective they name it ("in der deutschen
# Hauptstadt" → Berlin)
CAPITAL_WORDS = {"hauptstadt"}


def not_genitive(attr: Token) -> bool:
    """Session 14: a noun attribute without preposition whose article cannot be genitive is
    no genitive attribute (the parser hung an object or a subject on the noun before it)."""
    return any(
        c.dep_ == "det" and c.i < attr.i and c.text.lower() in NON_GENITIVE_ARTICLES
        for c in attr.children
    )


def _subject_number(tok: Token) -> set[str]:
    """The grammatical numbers of a subject's finite verb and its auxiliaries (empty for a
    token that is no subject)."""
    if tok.dep_ != "nsubj":
        return set()
    verb = tok.head
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return {
        str(n)
        for v in finite
        if "Fin" in v.morph.get("VerbForm", [])
        for n in v.morph.get("Number", [])
    }


def _feminine(tok: Token) -> bool:
    """Session 13, round 2: a feminine singular noun with a feminine article or determiner
    ("die Türkei", "die Regierung", "eine Firma")."""
    if "Fem" not in tok.morph.get("Gender", []) or "Plur" in tok.morph.get("Number", []):
        return False
    # (the parser hangs a sentence-initial article before a name on it as "dep")
    return any(
        c.i < tok.i
        and (c.dep_ in ("det", "det:poss") or c.tag_ == "ART")
        and "Fem" in c.morph.get("Gender", [])
        for c in tok.children
    )


def _governing_plural_subject(pronoun: Token) -> Token | None:
    """Session 13, round 2: the plural noun subject of a clause above the pronoun's clause in
    its sentence ("Die Abgeordneten erklärten, sie seien …", "…, weil sie …"), up to three
    clauses up; None when there is none."""
    tok = pronoun.head
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ not in CLAUSE_DEPS:
            return None
        tok = tok.head
        for c in tok.children:
            if c.dep_ == "nsubj" and c.i < pronoun.i and c.pos_ in ("NOUN", "PROPN"):
                return c if _plural_subject(c) else None
    return None


def _singular_subject(tok: Token) -> bool:
    """A subject whose finite verb is singular ("sie forderte" is one person, "sie forderten"
    several)."""
    return _subject_number(tok) == {"Sing"}


def _plural_subject(tok: Token) -> bool:
    """A subject whose finite verb is plural ("sie forderten", "Sie haben … gebeten")."""
    return _subject_number(tok) == {"Plur"}


def listed_appositions(tok: Token) -> list[Token]:
    """Appositions that are members of a list ("der Australier X, der Kanadier Y und der
    Ägypter Z": the parser hangs the middle one on the first): after a comma, with their own
    article, in a phrase that goes on with a conjunct."""
    if not any(c.dep_ == "conj" for c in tok.children):
        return []
    out = []
    for child in tok.children:
        if child.dep_ != "appos" or child.i <= tok.i:
            continue
        left = [c for c in child.children if c.i < child.i and c.dep_ != "punct"]
        first = min([child, *left], key=lambda t: t.i)
        det = any(c.dep_ == "det" for c in child.children)
        if det and first.i > 0 and tok.doc[first.i - 1].text == ",":
            out.append(child)
    return out


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("Baerbock und Pistorius")."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            coordinated = child.dep_ == "conj" or (
                child.dep_ == "dep"
                and any(c.dep_ == "cc" for c in child.children)
                and child.i > tok.i
            )
            # (a capitalised "adjective" with an article is a noun: "und der Ägypter X")
            nounish = (
                child.pos_ == "ADJ"
                and child.text[:1].isupper()
                and any(c.dep_ == "det" for c in child.children)
            )
            if coordinated and (child.pos_ in ("NOUN", "PROPN", "PRON", "X") or nounish):
                out.append(child)
                stack.append(child)
        for child in listed_appositions(tok):
            out.append(child)
    return out


def _role_word(word: str) -> bool:
    """A role noun of the quotes lexicon, also inflected ("Präsidenten", "Ministers")."""
    if not word[:1].isupper():
        return False
    from newsgraph.quotes.lexicon import load

    lex = load("de")
    forms = [word] + [word[: -len(e)] for e in ("en", "n", "s") if word.endswith(e)]
    return any(lex.is_role_noun(f) for f in forms if len(f) >= 4)


class RefResolver:
    """Entity references for token spans of one article."""

    def __init__(
        self,
        article: Article,
        sentences: list[Sentence],
        plural_words: dict[str, int],
        actor_nouns: frozenset[str] | set[str] | None = None,
        state_nouns: frozenset[str] | set[str] | None = None,
        plural_state_nouns: frozenset[str] | set[str] | None = None,
        member_nouns: frozenset[str] | set[str] | None = None,
        group_heads: frozenset[str] | set[str] | None = None,
        office_heads: frozenset[str] | set[str] | None = None,
        group_kinds: dict[str, list[str]] | None = None,
        definite_plurals: frozenset[str] | set[str] | None = None,
        side_nouns: frozenset[str] | set[str] | None = None,
        private_nouns: frozenset[str] | set[str] | None = None,
        leader_words: frozenset[str] | set[str] | None = None,
    ):
        self.article = article
        self.sentences = sentences
        self.plural_words = {k.lower(): int(v) for k, v in plural_words.items()}
        self.actor_nouns = actor_nouns or set()
        self.state_nouns = state_nouns or set()
        self.plural_state_nouns = plural_state_nouns or set()
        self.member_nouns = member_nouns or set()
        self.group_heads = group_heads or set()
        self.office_heads = office_heads or set()
        self.leader_words = frozenset(leader_words or ())
        # plural words that point back by themselves ("beide"); numbers need an article
        self.definite_plurals = definite_plurals or set()
        self.group_kinds = {
            k.lower(): [str(w).lower() for w in v] for k, v in (group_kinds or {}).items()
        }
        self._name_index: dict[str, Entity] | None = None
        # session 34: the actors of each sentence's plural main-clause verb, by sentence index
        # (filled by the event reader as it goes; `pronoun_subject.plural_clause_actors`)
        self.plural_actors: dict[int, list[EntityRef]] = {}
        self._merged: list[Sentence] | None = None
        self._actor_heads: list[str] | None = None
        self._actor_cache: dict[str, bool] = {}
        self._sexes: dict[str, str | None] = {}
        # "beide Seiten", "die beiden Konfliktparteien": the two parties named together before
        self.side_nouns = side_nouns or set()
        # "eine israelische Frau", "ein US-Bürger": private persons, whose nationality makes
        # them no stand-in for their state
        self.private_nouns = private_nouns or set()

    def span_ref(self, start: int, end: int) -> EntityRef | None:
        ent = entity_at(self.article, start, end)
        if ent is not None:  # session 32: "Südtirols Alt-Landeshauptmann X" is X
            ent = genitive_place_owner(self.article, ent, start, end) or ent
        if ent is None:
            # a name the entity layer left untagged at this place ("Ban lobte …" with "Ban"
            # tagged elsewhere): the one entity whose name is spelt so
            ent = self._names().get(self.article.text[start:end].strip())
        return ent.ref() if ent else None

    def _names(self) -> dict[str, Entity]:
        """Names of persons (full name, surname), organisations and places as written in their
        mentions, each of exactly one entity."""
        if self._name_index is None:
            seen: dict[str, list[Entity]] = {}
            for ent in self.article.entities:
                if ent.type == "MISC":
                    continue
                forms = {ent.name}
                if ent.type == "PER" and len(ent.name.split()) > 1:
                    forms.add(ent.name.split()[-1])
                for m in ent.mentions:
                    if m.text in forms or (ent.type != "PER" and m.text.isupper()):
                        forms.add(m.text)
                for form in forms:
                    if len(form) >= 3 and form[:1].isupper():
                        seen.setdefault(form, []).append(ent)
            self._name_index = {k: v[0] for k, v in seen.items() if len(v) == 1}
        return self._name_index

    def refs_for_head(self, head: Token, base: int) -> list[EntityRef]:
        """References for a noun-phrase head (token of a segment starting at ``base``)."""
        toks = np_tokens(head)
        doc = head.doc
        opening = next((t for t in doc[head.i : toks[-1].i] if t.text == "("), None)
        if opening is not None:  # "Minister X (SPD)": the bracket is no part of the name
            toks = [t for t in toks if t.i < opening.i]
        listed = listed_appositions(head)
        if listed:  # each member of a list is a phrase of its own
            toks = [t for t in toks if t.i < min(x.left_edge.i for x in listed)]
        start = base + toks[0].idx
        end = base + toks[-1].idx + len(toks[-1])
        low = head.text.lower()
        sex = PRONOUN_GENDER.get(low)
        if low == "sie" and _singular_subject(head):
            # session 13, round 2: "Die Türkei kritisierte … . Zugleich griff sie … an": the
            # feminine singular subject before it, when that is no person
            body = self.feminine_subject_before(head, base)
            if body:
                return body
            low = "er"  # "appellierte sie": one person, resolved like "er" (but a woman)
        elif low == "sie" and len(toks) == 1 and _plural_subject(head):
            # session 13: "Sie baten um Hinweise", "stellten sie … zur Verfügung": several
            governing = _governing_plural_subject(head)
            if governing is not None:
                # round 2: "Die Abgeordneten erklärten, sie seien gegen …": the plural
                # subject of the clause that holds the pronoun's clause
                return self.conjunct_refs(governing, base)
            return self.plural_subject_before(base + head.idx)
        if low in DEMONSTRATIVES and len(toks) == 1:
            # "Dieser habe abgelehnt": the person named last, not the topic
            return self.persons_before(base + head.idx)[:1]
        if low in RELATIVE_PRONOUNS and len(toks) == 1 and self._relative(head):
            return self.antecedent(head, base)
        if head.pos_ == "PRON" or low in PERSONAL_PRONOUNS:
            return self.pronoun(low, base + head.idx, sex)
        ref = self.span_ref(start, end)
        ent = self.article.entity(ref.id) if ref is not None else None
        if ent is None or ent.type == "ORG":
            # session 31: "Der SPD-Chef" is a person, not the organisation the span finds
            # in it (a person the entity layer found there stays)
            leader = self.affiliated_leader(head, start)
            if leader:
                return leader
            if ent is not None and _former_holder(head):
                return []  # session 35: "Ex-OGH-Präsidentin" no longer acts for the OGH
        private = low.rsplit("-", 1)[-1] in self.private_nouns
        if ent is not None and ent.type == "ORG":
            state = self.authorities_state(head, toks)
            if state:
                return state
        if ref is not None:
            # ("ein US-Bürger" is no party for the USA)
            return [] if private and self.is_location(ref) else [ref]
        if low in self.side_nouns and self._both(head, toks):
            return self.sides(start)
        capital = self.capital_of_adjective(head, toks)
        if capital:
            return capital
        plural = self.plural_binding(toks, start)
        if plural:
            return plural
        role = self.role_noun(head, start)
        if role:
            return role
        described = self.described_org(head, toks, start)
        if described:
            return described
        country = self.described_country(head, toks, start)
        if country:
            return country
        member = self.hyphen_owner(head)
        if member:
            return member
        low_noun = head.text.lower()
        if low_noun in self.member_nouns or self._actor_noun(low_noun):
            # "Anhänger der PKK", "Rebellen der FSA", "die Regierung Griechenlands": the
            # named group they belong to
            # (session 29: members also "von" their group — "mit Vertretern von ÖGB,
            # Arbeiterkammer und Attac")
            group = self.owners(head, base, by_von=low_noun in self.member_nouns)
            if group:
                return group
            if low_noun in self.member_nouns:
                # "zwölf Angehörige einer Reisegruppe": an unnamed group of the group words
                return self._member_group(head)
        named = self.named_group(head, toks, start)
        if named:
            return named
        nominal = [] if private else self.nominal(head, toks)
        if nominal:
            return nominal
        return self.owners(head, base) or self.office(head, toks)

    def authorities_state(self, head: Token, toks: list[Token]) -> list[EntityRef]:
        """Session 31 (orgstate): a country's authorities in the plural ("die ungarischen
        Behörden", "Chinas Behörden"; a noun of ``authority_state_nouns``) stand for that
        state as an event party, also where the entity layer keeps them as an organisation
        (they act): the gold names the state there."""
        words = _refs_lexicon().words("authority_state_nouns")
        noun = next((t for t in toks if t.text.lower() in words), None)
        if noun is None or "Plur" not in noun.morph.get("Number", ["Plur"]):
            return []
        for tok in toks:
            if tok is noun:
                continue
            country = country_of_adjective(tok.text)
            if country is None and tok.text.endswith("s") and tok.i < noun.i:
                country = state_country(tok.text[:-1])  # "Chinas Behörden"
            if country:
                return [country_ref(self.article, country)]
        return []

    def capital_of_adjective(self, head: Token, toks: list[Token]) -> list[EntityRef]:
        """Session 29: "in der deutschen Hauptstadt", "der ägyptischen Hauptstadt" → the
        capital of the adjective's country (Berlin, Kairo) where the article names it; else
        nothing here (the country adjective is read as before)."""
        if head.text.lower() not in CAPITAL_WORDS:
            return []
        adjs = [t for t in toks if t.dep_ == "amod" and t.i < head.i]
        country = next((c for t in adjs if (c := country_of_adjective(t.text))), None)
        if country is None:
            return []
        names = {cap for cap, land in capital_countries().items() if land == country}
        for ent in self.article.entities:
            if ent.type == "LOC" and ent.name in names:
                return [ent.ref()]
        return []

    def named_group(self, head: Token, toks: list[Token], start: int) -> list[EntityRef]:
        """'Die Rebellen' with nothing but the article: the one organisation named before of
        that kind ('der linken Guerillaorganisation FARC', 'Rebellen der FSA', 'FARC-Rebellen');
        none when the text names several ('islamistische Rebellen' stays a group of its own)."""
        kinds = self.group_kinds.get(head.text.lower())
        if not kinds or any(t.i != head.i and t.dep_ != "det" for t in toks):
            return []
        if not any(c.dep_ == "det" and c.text.lower().startswith("d") for c in head.children):
            return []
        text = self.article.text
        found: dict[str, EntityRef] = {}
        for ent in self.article.entities:
            if ent.type != "ORG":
                continue
            for m in ent.mentions:
                if m.start >= start:
                    continue
                before = [
                    w.lower() for w in re.findall(r"[\w-]+", text[max(0, m.start - 60) : m.start])
                ]
                if before and before[-1] in ARTICLES and len(before) > 1:
                    before = before[:-1]  # "Rebellen der FSA"
                words = [m.text.lower(), *before[-1:]]
                if any(k in w for w in words for k in kinds):
                    found[ent.id] = ent.ref()
        return list(found.values()) if len(found) == 1 else []

    @staticmethod
    def _relative(tok: Token) -> bool:
        """A relative pronoun: tagged so, or a d-word right after a comma (with at most a
        preposition between: ", mit dem er …")."""
        if tok.tag_ == "PRELS" or "Rel" in tok.morph.get("PronType", []):
            return True
        j = tok.i - 1
        if j >= 0 and tok.doc[j].pos_ == "ADP":
            j -= 1
        return j >= 0 and tok.doc[j].text == "," and tok.pos_ in ("PRON", "DET")

    def antecedent(self, tok: Token, base: int) -> list[EntityRef]:
        """What a relative pronoun stands for: the phrase right before its comma ("Emil
        Huber (Grüne), der …" → Huber)."""
        doc = tok.doc
        j = tok.i - 1
        if j >= 0 and doc[j].pos_ == "ADP":
            j -= 1
        if j < 1 or doc[j].text != ",":
            return []
        k = j - 1
        if doc[k].text == ")":  # a bracket after the name: "X (SPD), der"
            opening = next((m for m in range(k - 1, max(-1, k - 8), -1) if doc[m].text == "("), -1)
            if opening < 1:
                return []
            k = opening - 1
        before = doc[k]
        if before.tag_ in EXTRAPOSING_TAGS:
            return self._extraposed_antecedent(tok, k, base)
        if before.pos_ not in ("NOUN", "PROPN") and not before.text[:1].isupper():
            return []
        ref = self.span_ref(base + before.idx, base + before.idx + len(before))
        if ref is not None:
            return [ref]
        if before.text.lower() in RELATIVE_PRONOUNS:
            return []
        return self.refs_for_head(before, base) or self._copula_subject(before, base)

    def _copula_subject(self, noun: Token, base: int) -> list[EntityRef]:
        """Session 32: what a predicate noun that names nobody is said of ("ist die FPÖ die
        einzige Partei, die …": the relative pronoun stands for the FPÖ): the one subject
        the parse hangs on the noun, or on the form of "sein" it hangs on, before the noun,
        with a form of "sein" before the noun in its clause (up to 12 words back)."""
        doc = noun.doc
        holders = [noun] + ([noun.head] if noun.head.lemma_ == "sein" else [])
        subj = [c for h in holders for c in h.children if c.dep_ == "nsubj" and c.i < noun.i]
        if len(subj) != 1:
            return []
        k = noun.i - 1
        while k >= 0 and noun.i - k <= 12 and not doc[k].is_punct:
            if doc[k].lemma_ == "sein" and doc[k].pos_ == "AUX":
                return self.refs_for_head(subj[0], base)
            k -= 1
        return []

    def _extraposed_antecedent(self, tok: Token, k: int, base: int) -> list[EntityRef]:
        """Session 13: a relative clause after the verb that closes the main clause ("geht
        auf einen Vorschlag der Kommission zurück, die … gefordert hatte"): the pronoun stands
        for the nearest noun before that verb, in the same clause, that agrees with it in number
        and gender — a name outside a prepositional phrase agrees (nobody when the phrase
        names nobody)."""
        doc = tok.doc
        want_gender = set(tok.morph.get("Gender", []))
        want_number = set(tok.morph.get("Number", []))
        low = tok.text.lower()
        if low not in RELATIVE_PRONOUNS or not want_number:
            return []
        j = k
        while j > 0 and doc[j].tag_ in EXTRAPOSING_TAGS:
            j -= 1
        seen: set[int] = set()
        for m in range(j, max(-1, j - 12), -1):
            t = doc[m]
            if t.text in (",", ";", ":", ".", "–", "(", ")") or t.is_sent_start:
                break
            for _ in range(3):  # a name's parts stand for its phrase ("der Algerier X Y")
                if t.dep_ not in NAME_DEPS - {"nmod", "compound"} or t.head.i >= t.i:
                    break
                t = t.head
            if t.pos_ not in ("NOUN", "PROPN") or t.i in seen:
                continue
            seen.add(t.i)
            in_phrase = any(c.dep_ == "case" for c in t.children)
            if "Sing" in want_number and not in_phrase:
                # a name in the phrase ("der Algerier X Y, der …", any part tagged so)
                for part in [t, *(c for c in t.children if c.dep_ in ("flat", "appos"))]:
                    for w in (part, *(c for c in part.children if c.dep_ == "flat")):
                        named = self.span_ref(base + w.idx, base + w.idx + len(w))
                        if named is not None and w.text[:1].isupper():
                            return [named]
            number = set(t.morph.get("Number", []))
            gender = set(t.morph.get("Gender", []))
            if not number or not number & want_number:
                continue
            if "Sing" in number & want_number and want_gender and not gender & want_gender:
                continue  # (a name in a prepositional phrase, "in Wien", has no gender)
            # the nearest phrase that agrees is meant, whether it names somebody or not
            return self.refs_for_head(t, base)
        return []

    def _member_group(self, head: Token) -> list[EntityRef]:
        """The nominal group in the genitive of a member noun, when it is an actor noun or a
        group word ("Angehörige einer mexikanischen Reisegruppe", "Unterhändler der Rebellen")."""
        for child in head.children:
            if child.dep_ not in ("nmod", "nmod:poss") or child.i < head.i:
                continue
            if any(c.dep_ == "case" for c in child.children):
                continue
            low = child.text.lower()
            if child.text[:1].isupper() and (low in self.actor_nouns or self._actor_noun(low)):
                return self.nominal(child, np_tokens(child))
        return []

    def office(self, head: Token, toks: list[Token]) -> list[EntityRef]:
        """'Der Provinzgouverneur', 'die zuständige Ministerin' naming no known person: the
        office itself takes part (definite article only: 'ein Sprecher' is anybody)."""
        word = head.text.lower()
        if not head.text[:1].isupper() or not self.office_heads:
            return []
        if not any(c.dep_ == "det" and c.text.lower().startswith("d") for c in head.children):
            return []
        stems = {word, word.removesuffix("in"), word.removesuffix("innen"), word.rstrip("ns")}
        if not any(x.endswith(h) for x in stems for h in self.office_heads):
            return []
        words = [t.text for t in toks if t.i < head.i and t.pos_ == "ADJ"] + [head.text]
        if len(words) > 1 and words[0][:1].isupper():
            words[0] = words[0].lower()
        name = " ".join(words)
        return [EntityRef(id=f"nominal:{name.lower()}", name=name)]

    def owners(self, head: Token, base: int, by_von: bool = False) -> list[EntityRef]:
        """'die Außenminister des Irans und Ägyptens' → Iran, Ägypten: an unnamed role noun
        stands for the states or organisations it belongs to (genitive attribute; with
        ``by_von`` also a "von" phrase: "Vertreter von ÖGB und Attac")."""
        if not head.text[:1].isupper() or _former_holder(head):
            return []
        out: list[EntityRef] = []
        for child in head.children:
            if child.dep_ not in ("nmod", "nmod:poss") or child.i < head.i:
                continue
            cases = [c.text.lower() for c in child.children if c.dep_ == "case"]
            if by_von and cases in (["von"], ["vom"]):
                pass
            elif cases or not_genitive(child):
                continue
            for c in conjuncts(child):
                ctoks = np_tokens(c)
                ref = self.span_ref(base + ctoks[0].idx, base + ctoks[-1].idx + len(ctoks[-1]))
                if ref is None:  # "der österreichischen Bevölkerung" → Österreich
                    found = self.nominal(c, ctoks)
                    if (found and found[0].id.startswith("country:")) or (
                        found and (self.article.entity(found[0].id) is not None)
                    ):
                        out.extend(r for r in found if all(r.id != x.id for x in out))
                    continue
                if all(ref.id != r.id for r in out):
                    ent = self.article.entity(ref.id)
                    if ent is not None and ent.type in ("LOC", "ORG") and self.can_take_part(ref):
                        out.append(ref)
        return out

    def role_noun(self, head: Token, start: int) -> list[EntityRef]:
        """'dem Minister' → the person last mentioned whose role ends in 'minister'
        ('Finanzminister'), when a definite article says a known person is meant."""
        if not head.text[:1].isupper() or head.pos_ not in ("NOUN", ""):
            return []
        if not any(c.dep_ == "det" and c.text.lower().startswith("d") for c in head.children):
            return []
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if "Plur" in head.morph.get("Number", []) and (
            det is None or "Plur" in det.morph.get("Number", [])
        ):
            return []  # "die Außenminister des Irans und Ägyptens" are not one person
        word = head.text.lower()
        stems = {word} | {word[: -len(e)] for e in ("en", "es", "n", "s") if word.endswith(e)}
        stems = {x for x in stems if len(x) >= 5}
        text = self.article.text
        for ref in self.persons_before(start):
            ent = self.article.entity(ref.id)
            if ent is None:
                continue
            # the roles the entity layer found, and the word right before a mention of the
            # name ("den französischen Präsidenten Emil Kessler" → "Präsidenten")
            words = [role.split()[-1] for role in ent.roles if role.split()]
            for m in ent.mentions:
                if m.end <= start and text[max(0, m.start - 1) : m.start] == " ":
                    before = re.findall(r"[\w-]+", text[max(0, m.start - 40) : m.start])
                    if before and _role_word(before[-1]):
                        words.append(before[-1])
            if any(w.lower().endswith(x) for w in words for x in stems):
                return [ref]
        return []

    def described_country(self, head: Token, toks: list[Token], start: int) -> list[EntityRef]:
        """Session 13: 'das Land', 'dem südamerikanischen Land' (a definite article and
        adjectives, nothing after the noun) → the state named last before it ("Das Land hat
        … ein Hilfsprogramm beantragt" after "Griechenland"); a province the text calls
        "Land X" ("Land Niederösterreich") when that was named later. Nobody when the last
        place named before it is no state (a town, a region: "das Land" may be its
        countryside)."""
        if head.text.lower() not in COUNTRY_WORDS or toks[-1].i != head.i:
            return []
        det = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
        if len(det) != 1 or det[0].text.lower() not in ("das", "dem", "des"):
            return []
        if any(t.pos_ not in ("DET", "ADJ") for t in toks if t.i < head.i and t.i != det[0].i):
            return []
        best: tuple[int, Entity] | None = None
        for ent in self.article.entities:
            if ent.type != "LOC":
                continue
            ends = [m.end for m in ent.mentions if m.end <= start]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), ent)
        if best is None:
            return []
        ent = best[1]
        if state_country(ent.name) is None and not ent.name.startswith("Land "):
            return []
        # (a capital named last stands for its country: "in London" … "das Land")
        return [self.host_country(ent.ref()) or ent.ref()]

    def described_org(self, head: Token, toks: list[Token], start: int) -> list[EntityRef]:
        """Session 12: 'die Gewerkschaft', 'der Konzern', 'die Kultusgemeinde' with nothing but
        a definite article (and adjectives) → the organisation named last before it that the
        text called so: the noun right before one of its mentions ('die Gewerkschaft GPA-djp')
        or the last part of its name ('Israelitische Kultusgemeinde', 'Bundesschülervertretung')."""
        if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "") or "-" in head.text:
            return []
        if any(t.i != head.i and t.dep_ not in ("det", "amod") for t in toks) or any(
            c.i > head.i and c.dep_ != "punct" for c in head.children
        ):
            return []  # "die Regierung in Ankara", "der Konzern Y" name more than a kind
        det = next((c for c in head.children if c.dep_ == "det"), None)
        # (session 32: and "das": "das Ministerium", "das Unternehmen")
        if det is None or det.text.lower() not in ARTICLES | {"das"}:
            return []
        if "Plur" in head.morph.get("Number", []):
            return []
        word = head.text.lower()
        stems = {word} | {word[: -len(e)] for e in ("en", "es", "n", "s") if word.endswith(e)}
        short = word if len(word) >= 3 else None
        stems = {x for x in stems if len(x) >= 5}
        text = self.article.text
        best: tuple[int, Entity] | None = None
        for ent in self.article.entities:
            if ent.type != "ORG":
                continue
            for m in ent.mentions:
                if m.end > start or (best is not None and m.start <= best[0]):
                    continue
                before = re.findall(r"[\w-]+", text[max(0, m.start - 40) : m.start])
                words = [w.lower() for w in m.text.split()] + [w.lower() for w in before[-1:]]
                if any(
                    w == x or (w.endswith(x) and len(w) - len(x) >= 3) for w in words for x in stems
                ) or (short is not None and _last_name_word(ent.name) == short):
                    best = (m.start, ent)
        if best is not None:
            return [best[1].ref()]
        if all(t.i == head.i or t.dep_ == "det" for t in toks):
            return self.kind_org(word, start)
        return []

    def kind_org(self, word: str, start: int) -> list[EntityRef]:
        """Session 27: "die Firma", "das Unternehmen", "die Partei" (a noun of
        ``org_kind_nouns``) that no organisation was called → an organisation named in the
        1,500 characters before it that is of that kind (see the data file): one the text
        calls a company before others, then the one named most often so far, then the
        nearest."""
        kinds = _org_kinds()
        kind = kinds.get(word) or kinds.get(word.removesuffix("s"))
        if kind is None:
            return []
        found: list[tuple[bool, int, int, Entity]] = []
        for ent in self.article.entities:
            if ent.type != "ORG" or not any(
                start - 1500 <= m.start and m.end <= start for m in ent.mentions
            ):
                continue
            fits = self._of_kind(ent, kind, start)
            if fits is not None:
                before = [m.start for m in ent.mentions if m.end <= start]
                found.append((fits, len(before), max(before), ent))
        # one the text calls a company ("der Konzern X", "X AG") before any other; then the
        # one named most often so far (the article's topic: "Apple … dem FBI … der Konzern"),
        # then the nearest
        if any(x[0] for x in found):
            found = [x for x in found if x[0]]
        found.sort(key=lambda x: (x[1], x[2]), reverse=True)
        return [found[0][3].ref()] if found else []

    def _of_kind(self, ent: Entity, kind: str, start: int) -> bool | None:
        """Whether an organisation is of a kind: None when it is not; for a party (``kind``
        "party") True; for a company True when the text says so (a word of ``company_words``
        in its name, a company noun before a mention: "der Chiphersteller X"), False when it
        may be one (nothing makes it a body of another kind). Read from its name, its other
        mentions and the noun right before them ("die Partei X", "der Gewerkschaft X", "der
        Nachrichtenagentur X")."""
        lex = _refs_lexicon()
        names = {ent.name, *(m.text for m in ent.mentions)}
        words = {w.lower() for n in names for w in re.split(r"[\s-]+", n) if w}
        text = self.article.text
        for m in ent.mentions:
            intro = _INTRO_BEFORE.search(text[max(0, m.start - 40) : m.start])
            if m.end <= start and intro is not None and intro.group(1)[:1].isupper():
                words.add(intro.group(1).lower())  # "die Partei X", "der Konzern Y"
        parties = lex.words("party_names")
        party = any(n.lower() in parties for n in names) or any(w.endswith("partei") for w in words)
        if kind == "party":
            return True if party else None
        if party or any(n.lower() in lex.words("news_agency_names") for n in names):
            return None
        if any(w.endswith(x) for w in words for x in lex.words("non_company_words")):
            return None
        nouns = [n for n, k in _org_kinds().items() if k == "company"]
        signs = lex.words("company_words")
        return any(w in signs or any(w.endswith(x) for x in nouns) for w in words)

    def _actor_noun(self, noun: str) -> bool:
        """An actor noun, alone or as the head of a compound ('Oppositionsparteien',
        'Bereitschaftspolizei')."""
        if noun in self.actor_nouns:
            return True
        hit = self._actor_cache.get(noun)
        if hit is None:
            if self._actor_heads is None:  # built once per article, not once per noun
                heads = [a for a in self.actor_nouns if len(a) >= 5] + list(self.group_heads)
                self._actor_heads = heads
            hit = any(noun.endswith(a) and len(noun) - len(a) >= 3 for a in self._actor_heads)
            self._actor_cache[noun] = hit
        return hit

    def affiliated_leader(self, head: Token, start: int) -> list[EntityRef]:
        """Session 31: 'Der SPD-Chef hatte gefordert' after 'Ministerpräsident Emil Muster
        (SPD)': a leader word of ``leader_words`` after the hyphen of an organisation's name,
        with a definite article, stands for the person named before whose affiliation is that
        organisation — the one such person, or the one of them whose role names a leader
        (ends in a word of ``leader_words``). Nobody when that is not one person: the office
        itself is read as before ("der SPD-Chef" → SPD)."""
        prefix, _, rest = head.text.partition("-")
        rest = rest.lower()
        if not prefix or rest not in self.leader_words:
            return []
        # (the parser may leave the article "dep": "Der SPD-Chef hatte gefordert")
        if not any(c.pos_ == "DET" and c.text.lower().startswith("d") for c in head.children):
            return []
        org = next(
            (
                e
                for e in self.article.entities
                if e.type == "ORG"
                and (e.name == prefix or any(m.text == prefix for m in e.mentions))
            ),
            None,
        )
        if org is None:
            return []
        names = {org.name, prefix}
        members = [
            e
            for e in self.article.entities
            if e.type == "PER"
            and e.affiliation in names
            and any(m.end <= start for m in e.mentions)
        ]
        leaders = [
            e
            for e in members
            if any(
                role.split()[-1].lower().endswith(w)
                for role in e.roles
                if role.split()
                for w in self.leader_words
            )
        ]
        if len(leaders) == 1:
            return [leaders[0].ref()]
        return [members[0].ref()] if len(members) == 1 else []

    def hyphen_owner(self, head: Token) -> list[EntityRef]:
        """'YPG-Kämpfer', 'HDP-Anhänger': members of a named group stand for the group."""
        prefix, _, rest = head.text.partition("-")
        rest = rest.lower()
        known = rest in self.state_nouns or rest in self.member_nouns or self._actor_noun(rest)
        if not prefix or not rest or not known:
            return []
        for ent in self.article.entities:
            if ent.type not in ("ORG", "LOC"):
                continue
            if ent.name == prefix or any(m.text == prefix for m in ent.mentions):
                return [ent.ref()]
        return []

    def hyphen_name(self, tok: Token) -> list[EntityRef]:
        """The organisation or state named before the hyphen of a compound ("IS-Anschlag",
        "US-Luftangriffe", "PKK-Stellungen"); persons and other places are not read so."""
        prefix, _, rest = tok.text.partition("-")
        if not prefix or not rest or not prefix[:1].isupper():
            return []
        if rest.lower() in self.private_nouns:
            return []  # "ein US-Bürger" is a private person, no party for the USA
        for ent in self.article.entities:
            if ent.type not in ("ORG", "LOC"):
                continue
            if ent.name == prefix or any(m.text == prefix for m in ent.mentions):
                ref = ent.ref()
                return [ref] if ent.type == "ORG" or self.is_person_or_state(ref) else []
        country = country_of_adjective(prefix) if prefix.isupper() else None
        return [country_ref(self.article, country)] if country else []

    def nominal(self, head: Token, toks: list[Token]) -> list[EntityRef]:
        """'russische Truppen' → Russland; 'die mazedonische Polizei' → a nominal actor."""
        noun = head.text.lower()
        country = self.demonym(toks)
        if noun in self.state_nouns and country:
            return country
        compound = head.text[:1].isupper() and "-" not in head.text and self._actor_noun(noun)
        if noun in self.actor_nouns or compound:
            words = [t.text for t in toks if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")]
            # the dative plural names the group by its plural ("den Stahlarbeitern")
            dative = head.text.endswith(("ern", "eln")) and head.lemma_ == head.text[:-1]
            words.append(head.lemma_ if dative else head.text)
            if len(words) > 1 and words[0][:1].isupper():
                words[0] = words[0].lower()  # sentence-initial adjective
            name = " ".join(words)
            return [EntityRef(id=f"nominal:{name.lower()}", name=name)]
        return country

    def pronoun(self, word: str, offset: int, sex: str | None = None) -> list[EntityRef]:
        """'er' → the person last mentioned in its sentence, else the subject (or the first
        person) of the last sentence that names a person — the subject of the previous
        sentence is the usual topic ("X warf Y vor, … . Er forderte …" is X); an object
        pronoun ('ihm', 'ihn') → the nearest person named before it in its own sentence who
        is no subject there ("X sagte Y zu, ihn zu unterstützen" is Y; the subject would be
        named by 'sich'), else the person named last before its sentence; 'ich' inside a
        quote → its speaker. ``sex`` ('m' for er/ihn/ihm, 'f' for a singular sie): a person
        the entity layer knows to be of the other sex is never meant."""
        kind = PERSONAL_PRONOUNS.get(word)
        if kind == "SPEAKER":
            return self.speaker_at(offset)
        if kind != "PER":
            return []
        found = self._third_person(word, offset, sex)
        quoted = [
            q
            for q in self.article.quotes
            if q.start <= offset < q.end and q.kind != "indirect" and q.speaker is not None
        ]
        if found and any(q.speaker is not None and q.speaker.id == found[0].id for q in quoted):
            # "Die Aktivität des Kometen wächst, er schickt uns Gas, erklärte X": in his own
            # words a speaker is "ich", so "er" is somebody or something else
            return []
        return found

    def plural_subject_before(self, offset: int) -> list[EntityRef]:
        """Session 13: a plural "sie" as subject stands for the subject of the sentence before
        when that is plural too and names somebody ("Die Ermittler fanden … . Sie baten um
        Hinweise"; "Polizei und Feuerwehr retteten … . Dann stellten sie …"); a plural
        pronoun, relative or another "sie" there names nobody: nobody."""
        sent = next((s for s in self.sentences if s.start <= offset < s.end), None)
        if sent is None or sent.index == 0:
            return []
        prev = self.sentences[sent.index - 1]
        span = prev.span
        if span is None or not span.doc.has_annotation("DEP") or prev.segment != sent.segment:
            return []
        base = prev.start - span.start_char
        subjects = [
            t
            for t in span
            if _plural_subject(t)
            and t.pos_ in ("NOUN", "PROPN")
            and (t.head.dep_ == "ROOT" or t.head.head.i == t.head.i)
        ]
        if len(subjects) == 1:
            return self.conjunct_refs(subjects[0], base)
        # session 34: the parse found no plural subject ("Die Gewerkschaften" read as the
        # object) or several ("Die Wiener Grünen" with "Wiener" a subject of its own): the
        # parties the event reader read for the plural main-clause verb there, if any
        return list(self.plural_actors.get(prev.index, []))

    def conjunct_refs(self, head: Token, base: int) -> list[EntityRef]:
        """The entities a plural phrase names, each once ("Polizei und Feuerwehr")."""
        out: list[EntityRef] = []
        for c in conjuncts(head):
            out.extend(r for r in self.refs_for_head(c, base) if all(r.id != x.id for x in out))
        return out

    def feminine_subject_before(self, head: Token, base: int) -> list[EntityRef]:
        """Session 13, round 2: a singular "sie" as subject stands for the nearest singular
        feminine subject before it — in its own sentence, else in the sentence before —
        when that phrase names an organisation, a state or a nominal actor ("Die Regierung
        … lehnte ab. Sie warf …"); a woman, or a phrase that names nobody, leaves it to the
        person reading of "sie". A capitalised "Sie" inside a sentence is the polite "you"."""
        if head.text == "Sie" and head.i > head.sent.start:
            return []
        offset = base + head.idx
        sent = next((s for s in self.sentences if s.start <= offset < s.end), None)
        if sent is None:
            return []
        spans: list[tuple[Sentence, int]] = []
        if sent.index > 0:
            prev = self.sentences[sent.index - 1]
            if prev.span is not None and prev.segment == sent.segment:
                spans.append((prev, prev.start - prev.span.start_char))
        if sent.span is not None:
            spans.append((sent, sent.start - sent.span.start_char))
        candidates: list[tuple[Token, int]] = []
        for s, b in spans:
            span = s.span
            if span is None or not span.doc.has_annotation("DEP"):
                continue
            candidates.extend(
                (t, b)
                for t in span
                if b + t.idx < offset
                and t.pos_ in ("NOUN", "PROPN")
                and (
                    t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
                )
                and _singular_subject(t)
                and _feminine(t)
            )
        if not candidates:
            return []
        tok, b = candidates[-1]
        refs = self.refs_for_head(tok, b)
        if not refs:
            return []
        for ref in refs:
            ent = self.article.entity(ref.id)
            if ent is not None and ent.type not in ("ORG", "LOC"):
                return []
            if ent is not None and ent.type == "LOC" and not self.is_person_or_state(ref):
                return []
        return refs

    def _agrees(self, ref: EntityRef, sex: str | None) -> bool:
        if sex is None:
            return True
        ent = self.article.entity(ref.id)
        if ent is None:
            return True
        known = self._sexes.get(ent.id, "?")
        if known == "?":
            known = gender(ent)
            first = ent.name.split()[0] if len(ent.name.split()) > 1 else ""
            feminine_role = any(r.split()[-1].endswith("in") for r in ent.roles if r.split())
            if known == "f" and first.endswith("y") and not feminine_role:
                known = None  # "Jimmy", "Tony" as well as "Amy": a first name in -y says nothing
            self._sexes[ent.id] = known
        return known is None or known == sex

    def _third_person(self, word: str, offset: int, sex: str | None = None) -> list[EntityRef]:
        sent = next((s for s in self.sentences if s.start <= offset < s.end), None)
        sent_start = sent.start if sent is not None else offset
        if word in OBJECT_PRONOUNS and sent is not None:
            near = [r for r in self._non_subjects_before(sent, offset) if self._agrees(r, sex)]
            if near:
                return near[:1]
        if word in OBJECT_PRONOUNS:
            offset = sent_start
        persons = [r for r in self.persons_before(offset) if self._agrees(r, sex)]
        if not persons or word in OBJECT_PRONOUNS or sent is None:
            return persons[:1]
        if self._mentions_between(persons[0], sent_start, offset):
            return persons[:1]
        for prev in reversed(self.sentences[: sent.index]):
            found = self._persons_in(prev)
            if found:
                # the topic of the last sentence naming persons; of the other sex, nobody
                # (never a person further away: "er" may be an unnamed "Politiker")
                subjects = [r for r, is_subject in found if is_subject]
                topic = [r for r in subjects if self._agrees(r, sex)] or [found[0][0]]
                return [r for r in topic if self._agrees(r, sex)][:1]
        return persons[:1]

    def _non_subjects_before(self, sent: Sentence, offset: int) -> list[EntityRef]:
        """Persons named in ``sent`` before ``offset`` as an object of another clause (a comma
        between: "sagte Y zu, ihn zu unterstützen") and never as a subject, nearest first."""
        found: list[tuple[int, EntityRef]] = []
        text = self.article.text
        for ent in self.article.entities:
            if ent.type != "PER":
                continue
            starts = [m.start for m in ent.mentions if sent.start <= m.start and m.end <= offset]
            if not starts or any(self._is_subject_at(sent, x) for x in starts):
                continue
            last = max(starts)
            if "," in text[last:offset] and self._dep_at(sent, last) in OBJECT_DEPS:
                found.append((last, ent.ref()))
        found.sort(key=lambda x: -x[0])
        return [r for _, r in found]

    def speaker_at(self, offset: int) -> list[EntityRef]:
        for quote in self.article.quotes:
            if quote.start <= offset < quote.end and quote.speaker is not None:
                return [quote.speaker]
        return []

    def _mentions_between(self, ref: EntityRef, start: int, end: int) -> bool:
        ent = self.article.entity(ref.id)
        return ent is not None and any(start <= m.start and m.end <= end for m in ent.mentions)

    def _persons_in(self, sent: Sentence) -> list[tuple[EntityRef, bool]]:
        """Persons named in a sentence, in order, each with whether it is a subject."""
        found: list[tuple[int, EntityRef, bool]] = []
        for ent in self.article.entities:
            if ent.type != "PER":
                continue
            starts = [m.start for m in ent.mentions if sent.start <= m.start < sent.end]
            if starts:
                first = min(starts)
                found.append((first, ent.ref(), self._is_subject_at(sent, first)))
        found.sort(key=lambda x: x[0])
        return [(r, subj) for _, r, subj in found]

    def _is_subject_at(self, sent: Sentence, offset: int) -> bool:
        return self._dep_at(sent, offset) in ("nsubj", "nsubj:pass")

    def _dep_at(self, sent: Sentence, offset: int) -> str:
        """The dependency label of the phrase of the name at ``offset`` ('' without a parse)."""
        span = sent.span
        if span is None or not span.doc.has_annotation("DEP"):
            return ""
        base = sent.start - span.start_char
        tok = next((t for t in span if base + t.idx >= offset), None)
        for _ in range(4):
            if tok is None or tok.dep_ not in NAME_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
        return tok.dep_ if tok is not None else ""

    def court_near(
        self,
        start: int,
        end: int,
        court_words: frozenset[str],
        judge_words: frozenset[str],
        adjacent: bool = True,
        skip: list[tuple[int, int]] | None = None,
    ) -> list[EntityRef]:
        """Session 31: the court or judge that passed a sentence told with no agent ("ist zu
        drei Jahren Haft verurteilt worden. Das habe das Landesgericht Graz entschieden"):
        an organisation whose name has a word ending in one of ``court_words``
        ("Landesgericht Graz", "Oberster Gerichtshof") or a person whose role ends in one of
        ``judge_words`` ("Richterin Lena Brenner"), named in the sentence
        (``start``–``end``), else (with ``adjacent``) in the sentence right before or after
        it, the nearest mention first; not a mention inside one of the ``skip`` spans (the
        subject of the passive verdict is the one sentenced). Nobody when none is named
        there: a court named far off in the article may have passed another sentence (the
        appeal court of a first-instance verdict)."""
        sents = self.sentences
        here = next((s for s in sents if s.start <= start < s.end), None)
        if here is None:
            return []
        windows = [(here.start, here.end)]
        near = [s for s in sents if s.index in (here.index - 1, here.index + 1)]
        if near and adjacent:
            windows.append((min(s.start for s in near), max(s.end for s in near)))
        for lo, hi in windows:
            best: tuple[int, Entity] | None = None
            for ent in self.article.entities:
                if not self._judges(ent, court_words, judge_words):
                    continue
                for m in ent.mentions:
                    if any(a <= m.start < b for a, b in skip or []):
                        continue
                    if lo <= m.start < hi:
                        dist = abs(m.start - start)
                        if best is None or dist < best[0]:
                            best = (dist, ent)
            if best is not None:
                return [best[1].ref()]
        return []

    @staticmethod
    def _judges(ent: Entity, court_words: frozenset[str], judge_words: frozenset[str]) -> bool:
        if ent.type == "ORG":
            words = re.findall(r"[\w]+", ent.name.lower())
            return any(w.endswith(c) for w in words for c in court_words)
        if ent.type == "PER":
            return any(
                role.split()[-1].lower() in judge_words for role in ent.roles if role.split()
            )
        return False

    def persons_before(self, offset: int) -> list[EntityRef]:
        last: list[tuple[int, Entity]] = []
        for ent in self.article.entities:
            if ent.type != "PER":
                continue
            ends = [m.end for m in ent.mentions if m.end <= offset]
            if ends:
                last.append((max(ends), ent))
        last.sort(key=lambda x: -x[0])
        return [e.ref() for _, e in last]

    def _full_sentences(self) -> list[Sentence]:
        """The sentences with the pieces the parser cut out of one sentence put together
        (a piece that does not end in a full stop goes on in the next one)."""
        from newsgraph.events.sentences import Sentence

        if self._merged is not None:
            return self._merged
        out: list[Sentence] = []
        for sent in self.sentences:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.segment == sent.segment
                and not prev.text.rstrip().endswith((".", "!", "?", ":"))
            ):
                text = self.article.text[prev.start : sent.end]
                out[-1] = Sentence(
                    prev.start, sent.end, text, prev.index, prev.segment, prev.block_type
                )
            else:
                out.append(sent)
        self._merged = out
        return out

    def plural_binding(self, toks: list[Token], start: int) -> list[EntityRef]:
        """'die beiden Staatschefs': the persons last mentioned together in one sentence;
        'beide Länder': the countries last mentioned together."""
        n = next(
            (
                self.plural_words[t.text.lower()]
                for t in toks
                if t.text.lower() in self.plural_words
            ),
            0,
        )
        if n < 2 or not toks[-1].is_alpha or toks[-1].pos_ in ("VERB", "AUX", "ADJ", "ADV"):
            return []
        words = {t.text.lower() for t in toks}
        if toks[0].i > 0:  # (a phrase read without a parse may start after its article)
            words.add(toks[0].doc[toks[0].i - 1].text.lower())
        if not words & self.definite_plurals and not words & ARTICLES:
            return []  # "vier Künstler werden eingeladen": new people, not the ones named
        states = toks[-1].text.lower() in self.plural_state_nouns
        for sent in reversed(self._full_sentences()):
            if sent.start > start:
                continue
            limit = min(sent.end, start)
            seen: dict[str, tuple[int, EntityRef]] = {}
            for ent in self.article.entities:
                if states and not (ent.type == "LOC" and self.is_person_or_state(ent.ref())):
                    continue
                if not states and ent.type != "PER":
                    continue
                for m in ent.mentions:
                    if m.start >= sent.start and m.end <= limit:
                        prev = seen.get(ent.id)
                        if prev is None or m.start > prev[0]:
                            seen[ent.id] = (m.start, ent.ref())
            if len(seen) >= n:
                ordered = sorted(seen.values(), key=lambda x: x[0])
                return [r for _, r in ordered[-n:]]
        return []

    def sides(self, start: int) -> list[EntityRef]:
        """'beide Seiten' → the two parties last named together as "X und Y" (also "zwischen
        X und Y") in its own sentence before it or in the two sentences before: each
        conjunct one organisation, state or named group, no person; nobody when none."""
        before = [s for s in self.sentences if s.start < start][-3:]
        for sent in reversed(before):
            span = sent.span
            if span is None or not span.doc.has_annotation("DEP"):
                continue
            base = sent.start - span.start_char
            pairs: list[list[EntityRef]] = []
            for tok in span:
                if base + tok.idx >= start or tok.dep_ != "conj" or tok.head.i >= tok.i:
                    continue
                if tok.head.pos_ not in ("NOUN", "PROPN") or tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                if not any(c.dep_ == "cc" and c.text.lower() == "und" for c in tok.children):
                    continue
                if any(c.dep_ == "conj" and c.i != tok.i for c in tok.head.children):
                    continue  # a list of three or more is no pair
                one = self.refs_for_head(tok.head, base)
                two = self.refs_for_head(tok, base)
                pair = [*one, *two]
                if len(one) == len(two) == 1 and one[0].id != two[0].id:
                    pairs.extend([pair] if all(self._party(r) for r in pair) else [])
            if pairs:
                return pairs[-1]
        return []

    def _both(self, head: Token, toks: list[Token]) -> bool:
        """'beide'/'beiden' in the phrase (or hung on its head as anything)."""
        words = {t.text.lower() for t in toks} | {c.text.lower() for c in head.children}
        return bool(words & self.definite_plurals)

    def _party(self, ref: EntityRef) -> bool:
        """An organisation, a state or a named group (not a person, not a mere place)."""
        if ref.id.startswith(("country:", "nominal:")):
            return True
        ent = self.article.entity(ref.id)
        if ent is None or ent.type == "PER":
            return False
        return ent.type == "ORG" or self.is_person_or_state(ref)

    def demonym(self, toks: list[Token]) -> list[EntityRef]:
        for tok in toks:
            if tok.pos_ in ("ADJ", "PROPN", "") or tok.text[:1].islower():
                country = country_of_adjective(tok.text)
                if country:
                    return [country_ref(self.article, country)]
        return []

    def can_take_part(
        self, ref: EntityRef, place_target: bool = False, strict: bool = True
    ) -> bool:
        """Persons, organisations, countries and capitals act; other places (or a misread
        "mit Brot und Salz") only as the target of an attack (``place_target``). Without
        ``strict`` (a subject or object the parse found) only MISC entities are refused."""
        if ref.id.startswith(("country:", "nominal:")):
            return True
        ent = self.article.entity(ref.id)
        if ent is None:
            return True
        if ent.type == "MISC":
            return False
        last = ent.name.rsplit("-", 1)[-1] if ent.type != "PER" and " " not in ent.name else ""
        if "-" in ent.name and last[:1].islower():
            return False  # an adjective the NER took for a name ("EU-weite", "US-geführte")
        if ent.type == "LOC" and place_target:
            return True
        if ent.type == "PER" and self._used_as_place(ent):
            return False
        if ent.type == "LOC" and not strict:
            # a "place" the NER may have misread (a person): unless the text uses it as a place
            # (a country acts even where it is also a place: "in Ägypten")
            if state_country(ent.name) is not None:
                return True
            return not self._used_as_place(ent)
        if ent.type == "LOC" and (self.article.language or "de")[:2] != "de":
            return True  # the country list is German: other languages are not checked
        if ent.type == "LOC":
            return state_country(ent.name) is not None
        return True

    def _used_as_place(self, ent: Entity) -> bool:
        """Whether a mention of the entity follows a locative preposition ("in Chan Junis",
        "südöstlich von Bethlehem", "nach Jerusalem")."""
        text = self.article.text
        for m in ent.mentions:
            before = text[max(0, m.start - 24) : m.start].lower().split()
            if not before:
                continue
            if _genitive_owner(text, m.start, m.end, ent.name):
                # session 11: "in Hubers Anwesen", "nach Kesslers Rede": the preposition
                # belongs to the noun the name owns, not to the name
                continue
            if ent.type == "LOC" and before[-1] in LOCATIVE:
                return True
            if before[-1] in ("in", "im", "nach", "nahe") or (
                len(before) >= 2 and before[-1] == "von" and before[-2] in DIRECTIONS
            ):
                return True  # "östlich von Chan Junis" even when the NER took it for a person
        return False

    def is_person_or_state(self, ref: EntityRef) -> bool:
        if ref.id.startswith("country:"):
            return True
        ent = self.article.entity(ref.id)
        if ent is None:
            return False
        if ent.type == "PER":
            return True
        return ent.type == "LOC" and state_country(ent.name) is not None

    def holds_office(self, ref: EntityRef) -> bool:
        """A state, an organisation or a person the article gives a role (office) to."""
        if ref.id.startswith("country:"):
            return True
        ent = self.article.entity(ref.id)
        return ent is not None and (ent.type in ("ORG", "LOC") or bool(ent.roles))

    def host_country(self, place: EntityRef | None) -> EntityRef | None:
        """The country a place is or is the capital of (Kairo → Ägypten), else None."""
        if place is None:
            return None
        if place.id.startswith("country:"):
            return place
        ent = self.article.entity(place.id)
        lex = _country_lexicon()
        if ent is None or ent.type != "LOC" or lex is None:
            return None
        country = state_country(ent.name)
        return country_ref(self.article, country) if country else None

    def lies_in(self, place: EntityRef, country: EntityRef) -> bool:
        """Session 22: a place that is no country lies in the country by the lexicon: the
        country's capital (Kairo in Ägypten) or a region or large city of ``regions.tsv``
        (Graz in Österreich)."""
        lex = _country_lexicon()
        ent = self.article.entity(place.id)
        if lex is None or ent is None or ent.type != "LOC" or place.id == country.id:
            return False
        own = state_country(ent.name)
        if own == ent.name or not self._is_country(country):
            return False  # a country is in no other ("Palästina", "Israel")
        return (own or lex.regions.get(ent.name)) == country.name

    def country_of(self, place: EntityRef) -> str | None:
        """Session 34: the country a place is (its own name) or lies in by the lexicon (a
        capital, a region or large city of ``regions.tsv``), else None."""
        if place.id.startswith("country:"):
            return place.name
        lex = _country_lexicon()
        ent = self.article.entity(place.id)
        if lex is None or ent is None or ent.type != "LOC":
            return None
        country: str | None = state_country(ent.name) or lex.regions.get(ent.name)
        return country

    def _is_country(self, ref: EntityRef) -> bool:
        return ref.id.startswith("country:") or state_country(ref.name) == ref.name

    def is_location(self, ref: EntityRef) -> bool:
        if ref.id.startswith("country:"):
            return True
        ent = self.article.entity(ref.id)
        return ent is not None and ent.type == "LOC"


_OWNED_NOUN = re.compile(r"\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]")


def _genitive_owner(text: str, start: int, end: int, name: str) -> bool:
    """A mention in the s-genitive before the noun it owns ("Hubers Anwesen", "Kesslers
    neuer Rede"), with the name itself not ending in s."""
    word = text[start:end]
    if not word.endswith(("s", "'")) or name.endswith(("s", "x", "z", "ß")):
        return False
    return _OWNED_NOUN.match(text, end) is not None
