"""The gender of a person (role nouns, first names, the text's own descriptors; in English
the he/she the text uses) and whether a pronoun may stand for an entity (:func:`compatible`)."""

from __future__ import annotations

import re

from newsgraph.caching import bounded
from newsgraph.model import Entity
from newsgraph.quotes.lexicon import Lexicon, grammar, load
from newsgraph.quotes.speaker_words import ABBREVIATION, SENTENCE_END
from newsgraph.words_de import DEFINITE_ARTICLES

FEMALE_HINTS = ("in", "innen")


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
            return "m"  # "seiner Tochter Elif", "ihr Sohn Max"
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
        if head[:1].isupper() and head.lower().endswith(_FEMALE_MENTION_HEADS):
            return "f"
    by_title = _title_gender(entity, article_text) if article_text is not None else None
    if by_title is not None:
        return by_title
    by_article = _article_gender(entity, article_text) if article_text is not None else None
    if by_article is not None:
        return by_article
    parts = entity.name.split()
    heads = [h for role in entity.roles if (h := _role_head(role))]
    if len(parts) >= 2 and not (parts[0] in heads or lex.is_role_noun(parts[0])):
        # the given name decides, never a noun before the surname ("Weinbauer Huber")
        first = parts[0].split("-")[0]  # "Jean-Claude", "Anna-Lena": the first part
        if first in _FEMALE_CONSONANT:
            return "f"
        if first.endswith(("a", "e", "y", "ie", "ine", "ette")) and first not in _MALE_A:
            return "f"
        if first.endswith("i"):
            return None  # Uschi, Heidi / Kai, Luigi
        if first[-1:].isalpha() and first[:1].isupper() and len(first) > 2:
            return "m"
        return None
    if len(parts) >= 2:
        heads.append(parts[0])
    for head in heads:
        # no given name: the grammatical gender of a person noun the text gives it
        # ("Weinbauer Huber" m); not an adjectival or weak noun in -e ("Vorsitzende",
        # "Experte"), a plural, a noun in a vowel ("Profi") or one that names either sex
        low = head.split("-")[-1].lower()
        if low.endswith(("in", "frau")):
            return "f"  # "Weinbäuerin Huber", "Winzerin des Jahres"
        if low[-1:] in "aeiouy" or low.endswith(("en", "ern", "innen")) or low.endswith(_EPICENE):
            continue
        return "m"
    return None


# the German forms of address before a surname: "Frau Maier", "Herrn Van der Berg"
_TITLE_GENDER = {"Frau": "f", "Herr": "m", "Herrn": "m"}
_TITLE_BEFORE = re.compile(r"(?<![\w-])(Frau|Herrn?)\s+$")


def _title_gender(entity: Entity, text: str) -> str | None:
    """The gender the German form of address before one of the person's mentions shows
    ("Schließlich haben die USA auch Frau Maier abhören lassen": a woman, whom a following
    "er" cannot mean); None when there is none or the mentions disagree."""
    votes: set[str] = set()
    for m in entity.mentions:
        words = m.text.split()
        if len(words) > 1 and words[0] in _TITLE_GENDER:
            votes.add(_TITLE_GENDER[words[0]])
            continue
        found = _TITLE_BEFORE.search(text[max(0, m.start - 8) : m.start])
        if found is not None:
            votes.add(_TITLE_GENDER[found.group(1)])
    return votes.pop() if len(votes) == 1 else None


def _role_head(role: str) -> str:
    """The noun of a role phrase: the last of its first capitalised words ("russischer
    Präsident", "Präsident der Wirtschaftskammer" → "Präsident"; "Schweizer Jungstar" →
    "Jungstar")."""
    head = ""
    for w in role.split():
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            if head:
                break
            continue
        head = w
    return head


def _article_gender(entity: Entity, text: str) -> str | None:
    """The gender the text's own descriptors of a person show: a masculine article before a
    noun ("der AU-Sondergesandte", "des 47-Jährigen"), a feminine one before a feminine noun
    ("die Unternehmerin", "die 45-Jährige"); None when they disagree or there are none (the
    first name decides then: "Musa" or "Aylin" mislead it). Only descriptors right before
    a name count ("der AU-Sondergesandte für Burundi, Musa Diallo")."""
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
        if article not in DEFINITE_ARTICLES:
            # "die Unternehmerin und ehemalige Wiener ÖVP-Landtagsabgeordnete Aylin Demir":
            # the article of the phrase stands before the mention (session 24)
            phrase = re.split(r"[.,;:!?()]", text[max(0, m.start - 50) : m.start])[-1]
            found = re.findall(r"(?<!\w)(der|die|des)\s", phrase, flags=re.IGNORECASE)
            article = found[-1].lower() if found else article
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
# endings of a mention's first word that name a woman ("Sprecherin", "Vorsitzende")
_FEMALE_MENTION_HEADS = tuple(sorted(grammar("female_mention_head_endings")))
# person nouns that name a woman as well as a man, or are neuter ("Jungstar Lena Kovacs")
_EPICENE = tuple(sorted(grammar("epicene_person_noun_endings")))


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
        # name does ("Kate Walker said she …", "Ann", "Luz" read as men by the name)
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
