"""The complement after the role noun of a descriptor (session 36): "dem EU-Kommissar für
Digitalwirtschaft", "Die ehemalige Präsidentin des Obersten Gerichtshofs", "Der Senator aus
Florida", "der Staatssekretär im Außenministerium".

The phrase with its complement is what a reader marks as the mention; a complement that names a
person ("der Sprecher des Präsidenten") makes the phrase someone else's, so the descriptor is
dropped (`descriptors.find_descriptors`). Only complements that are hardly an adverbial are
read: a genitive, "aus/von" with a country or region, a field after "für" with no article, and
"in/im/am/an/bei/beim" with an organisation or a place — not "sagte der Minister in der Nacht",
"am Montag" or "sprach sich der Kanzler für ein gemeinsames Vorgehen aus".

A genitive complement (skipped before session 36: "der Chef der Gruppe X") binds only the
person the text already gives that complement (`complement_known`) and not in a sentence that
names that person in the genitive (`named_as_owner`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.entities.cluster import Cluster
from newsgraph.entities.lexicon import Lexicon
from newsgraph.entities.roles import NAME_LINKS, TIME_NOUN, _org_name
from newsgraph.entities.tokens import is_adjective, is_cap, is_det

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: prepositions of a complement that says where the holder works or what the office covers
WHERE = frozenset({"in", "im", "am", "an", "bei", "beim"})
#: the most capitalised words one part of a complement may have
MAX_WORDS = 5


@dataclass
class Complement:
    end: int  # token index after the complement
    names_person: bool  # a role noun or a given name in it: someone else's phrase
    words: tuple[str, ...] = ()  # its capitalised words and adjectives (a genitive's)


def _words(doc: Doc, m: int, b: int, pos: bool) -> tuple[int, int]:
    """From token ``m``: an article, adjectives, then capitalised words (linked by "und",
    "für" …; truncated compounds "Wissenschafts- und"); the tokens where the capitalised words
    start and end."""
    if m < b and is_det(doc[m]):
        m += 1
    while m < b and is_adjective(doc[m], pos) and not is_cap(doc[m]):
        m += 1
    first = m
    count = 0
    while m < b and count < MAX_WORDS:
        tok = doc[m]
        if is_cap(tok) and not tok.text.endswith("-"):
            count += 1
            m += 1
        elif (
            tok.text.endswith("-")
            and tok.text[:1].isupper()
            and m + 2 < b
            and doc[m + 1].lower_ in ("und", "oder")
        ):
            m += 2  # "Wissenschafts- und Wirtschaftsministerium"
        elif tok.lower_ in NAME_LINKS and count and m + 1 < b and is_cap(doc[m + 1]):
            m += 1
        else:
            break
    while m > first and not doc[m - 1].text[:1].isupper():
        m -= 1
    return first, m


def _bracket(doc: Doc, m: int, b: int) -> int:
    """After a bracketed short name ("(GPA-djp)"), else ``m``."""
    if m + 2 < b and doc[m].text == "(" and doc[m + 2].text == ")":
        return m + 3
    return m


def _person_in(doc: Doc, a: int, m: int, lex: Lexicon, pos: bool) -> bool:
    """A role noun or a given name among the words ("des Präsidenten"; not the adjective
    "des Obersten Gerichtshofs")."""
    for tok in doc[a:m]:
        if is_adjective(tok, pos):
            continue
        if lex.role(tok.text) is not None or tok.text in lex.first_names:
            return True
    return False


def _place(word: str, lex: Lexicon) -> bool:
    return bool(lex.country_of(word)) or word in lex.regions


def read_complement(doc: Doc, k: int, b: int, lex: Lexicon, pos: bool) -> Complement | None:
    """The complement of the role noun at token ``k`` (sentence end ``b``), or None when none
    of the kinds above follows."""
    n = k + 1
    if n + 1 >= b:
        return None
    word = doc[n].lower_
    if word in ("des", "der"):
        first, m = _words(doc, n + 1, b, pos)
        if m == first:
            return None
        person = _person_in(doc, first, m, lex, pos)
        m = _bracket(doc, m, b)
        # "der Leiter des Südosteuropa-Zentrums der Uni Graz": a second genitive, its owner
        if m + 1 < b and doc[m].lower_ in ("des", "der"):
            first2, m2 = _words(doc, m + 1, b, pos)
            if m2 > first2:
                person = person or _person_in(doc, first2, m2, lex, pos)
                m = _bracket(doc, m2, b)
        return Complement(m, person, tuple(t.text for t in doc[n + 1 : m] if t.is_alpha))
    if word == "für":
        if is_det(doc[n + 1]):
            return None  # "sprach sich der Kanzler für ein gemeinsames Vorgehen aus": the verb's
        first, m = _words(doc, n + 1, b, pos)
        if m == first:
            return None
        return Complement(m, _person_in(doc, first, m, lex, pos))
    if word in ("aus", "von"):
        first, m = _words(doc, n + 1, b, pos)
        if m - first != 1 or not _place(doc[first].text, lex):
            return None
        return Complement(m, False)
    if word in WHERE or (word == "an" and is_det(doc[n + 1])):
        first, m = _words(doc, n + 1, b, pos)
        if m == first or TIME_NOUN.match(doc[first].text):
            return None
        last = doc[m - 1].text
        if not (_org_name([last], lex) or _place(last, lex) or _place(doc[first].text, lex)):
            return None
        return Complement(m, _person_in(doc, first, m, lex, pos))
    return None


#: the shortest word or stem two words must share to name the same thing ("pro-kurdischen
#: Partei" and "Chef der pro-kurdischen Oppositionspartei HDP", "Südosteuropa-Zentrums" and
#: "Südosteuropa")
STEM = 5


def _words_of(text: str) -> set[str]:
    out = set()
    for part in text.replace("-", " ").replace("(", " ").replace(")", " ").split():
        low = part.lower()
        if len(low) >= STEM and part[:1].isalpha():
            out.add(low)
    return out


def _same(a: str, b: str) -> bool:
    """One word, a compound's last part or a shared stem: "Partei" ~ "Oppositionspartei"."""
    return a[:STEM] == b[:STEM] or a.endswith(b) or b.endswith(a)


def complement_known(words: tuple[str, ...], cl: Cluster, lex: Lexicon) -> bool:
    """Does the text say of the person what a genitive complement names ("den Chef der
    pro-kurdischen Partei" for the person whose role is "Chef der pro-kurdischen
    Oppositionspartei HDP")? A complement the person is not known by names another office
    ("Der Präsident der Wahlkommission" is not the state president named before). A country's
    adjective alone tells nothing ("der deutschen Bischofskonferenz")."""
    want: set[str] = set()
    for w in words:
        if not w[:1].isupper() and lex.country_of_adjective(w):
            continue
        want |= _words_of(w)
    if not want:
        return False
    known: set[str] = set()
    for m in cl.members:
        for org in m.orgs:
            known |= _words_of(org)
    for r in cl.roles:
        known |= _words_of(r.text)
        if r.org:
            known |= _words_of(r.org)
    return any(_same(a, b) for a in want for b in known)


def named_as_owner(cl: Cluster, sent: int) -> bool:
    """Does the sentence name the person in the genitive ("Keinen Zweifel ließ der Trainer der
    Neustädter am sportlichen Potenzial Schickers aufkommen")? Then the role phrase of that
    sentence speaks of them and is someone else."""
    lasts = {m.text.split()[-1] for m in cl.members if m.text}
    return any(m.sent == sent and m.text.endswith("s") and m.text[:-1] in lasts for m in cl.members)
