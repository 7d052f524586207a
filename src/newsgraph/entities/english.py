"""English clean-up of the rule-based mention candidates.

English articles have no trained model: the candidates come from the capitalisation rules of
:mod:`newsgraph.entities.mentions`, which were written for German, where every noun is
capitalised. In English a capital letter also marks a sentence start, a heading in capitals or a
title, so :func:`clean_candidates` cuts and drops what the German rules cannot know about:

* leading openers and determiners ("The United States", "When Biden"), calendar words;
* courtesy titles and role words before a name ("Dr. Fauci", "President Joe Biden": the role is
  kept as a :class:`RolePhrase`);
* a person name after "the" ("the Davis Cup", "The Eagles") is no person;
* country names (a place) and demonyms ("The French": no entity);
* words in capitals: stop words, time zones, postal codes after a comma, heading words.

The word lists live in ``data/entities/words.en.yaml`` and ``data/entities/countries.en.tsv``.
German articles never reach this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.entities.lexicon import RoleInfo
from newsgraph.entities.mentions import Cand, RolePhrase

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.pipeline import Segment

# plural endings of team and band names after "the" (not surnames like "Davis", "Jones")
TEAM_PLURALS = ("ers", "les", "res", "ans", "ons", "ets", "ks")
# a lower-case word, not part of an address ("usef.org", "@klook")
LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z]{3,}(?![\w/@-]|\.\w)")
DATELINE_END = (",", "(", "—", "–", "-", ":")
APOSTROPHES = ("'s", "’s", "'", "’", "s'", "s’")


@dataclass(frozen=True)
class EnglishWords:
    openers: frozenset[str]
    calendar: frozenset[str]
    time_zones: frozenset[str]  # case-sensitive
    postal_codes: frozenset[str]  # case-sensitive
    titles: frozenset[str]
    roles: tuple[tuple[str, ...], ...]  # longest first
    places: frozenset[str]  # lower case
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    org_first: frozenset[str]
    inner_roles: frozenset[str]
    the_names: frozenset[str]  # case-sensitive
    countries: dict[str, str]  # lower-case form -> English name
    country_de: dict[str, str]  # English name -> the German row name of countries.tsv
    demonyms: dict[str, str]  # lower-case demonym -> English name


def is_english(language: str | None) -> bool:
    return (language or "").lower().split("-")[0].split("_")[0] == "en"


def _data(name: str) -> str:
    return (resources.files("newsgraph.data") / "entities" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_english() -> EnglishWords:
    words = yaml.safe_load(_data("words.en.yaml"))

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in words[key])

    countries: dict[str, str] = {}
    country_de: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _data("countries.en.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", "", ""][:4]
        name, german = cols[0], cols[1]
        country_de[name] = german
        countries[name.lower()] = name
        for form in filter(None, cols[3].split(";")):
            countries.setdefault(form.lower(), name)
        for dem in filter(None, cols[2].split(";")):
            demonyms.setdefault(dem.lower(), name)
    roles = sorted((tuple(str(r).lower().split()) for r in words["roles"]), key=len, reverse=True)
    return EnglishWords(
        openers=low("openers"),
        calendar=low("calendar"),
        time_zones=frozenset(str(w) for w in words["time_zones"]),
        postal_codes=frozenset(str(w) for w in words["postal_codes"]),
        titles=low("titles"),
        roles=tuple(roles),
        places=low("places"),
        org_heads=low("org_heads"),
        place_heads=low("place_heads"),
        org_first=low("org_first"),
        inner_roles=low("inner_roles"),
        the_names=frozenset(str(w) for w in words["the_names"]),
        countries=countries,
        country_de=country_de,
        demonyms=demonyms,
    )


def _bare(text: str) -> str:
    return text.lower().rstrip(".")


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _stop(text: str) -> bool:
    """An English stop word as written: "US" and "IT" in capitals are no "us", "it"."""
    return text.lower() in STOP_WORDS and not (len(text) > 1 and text.isupper())


def _opener(text: str, words: EnglishWords) -> bool:
    low = _bare(text)
    return _stop(text) or (low in words.openers and not text.isupper()) or low in words.calendar


@lru_cache(maxsize=1)
def _single_roles_cached(roles: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(r[0] for r in roles if len(r) == 1)


def _single_roles(words: EnglishWords) -> frozenset[str]:
    return _single_roles_cached(words.roles)


def _hyphenated(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """A person name widened over hyphens written without spaces: "Jo-Wilfried Tsonga",
    "Tsai Ing-wen", "Roberto Bautista-Agut"."""

    def joined(k: int) -> bool:  # token k is a "-" between two words, no spaces around
        return (
            0 < k < len(doc) - 1
            and doc[k].text == "-"
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and doc[k - 1].is_alpha
            and doc[k + 1].is_alpha
        )

    while joined(i - 1) and doc[i - 2].is_title:
        i -= 2
    while j < len(doc) and joined(j):
        j += 2
    return i, j


def _caps_neighbour(doc: Doc, k: int, words: EnglishWords) -> bool:
    return _caps_word(doc, k) and doc[k].lower_ not in words.countries


def _all_caps(doc: Doc) -> bool:
    """A segment written in capitals: "US FALLS", "KAZAKHSTAN WINS AGAIN"."""
    alpha = [t.text for t in doc if t.is_alpha]
    return len(alpha) >= 2 and all(_is_caps(w) or len(w) == 1 for w in alpha)


def _caps_word(doc: Doc, k: int) -> bool:
    return 0 <= k < len(doc) and doc[k].is_alpha and _is_caps(doc[k].text)


def _role_at(doc: Doc, k: int, end: int, words: EnglishWords) -> int:
    """The number of tokens of a role phrase starting at token k (0 if none)."""
    for role in words.roles:
        n = len(role)
        if k + n < end and all(_bare(doc[k + m].text) == role[m] for m in range(n)):
            return n
    return 0


def clean_candidates(
    segments: list[Segment], cands: list[Cand], given_names: frozenset[str], text: str
) -> list[Cand]:
    """The candidates of an English article, cut and filtered (see the module docstring).

    ``text`` is the article's text: a word in capitals that the article also writes in lower
    case ("PLAN" and "plan") is emphasis, not an acronym.
    """
    words = load_english()
    lower = frozenset(LOWER_WORD.findall(text))
    kept: list[Cand] = []
    for c in cands:
        if c.i < 0 or c.seg < 0:  # inside a compound: German only
            kept.append(c)
            continue
        seg = segments[c.seg]
        if _clean(seg, c, words, given_names, lower):
            kept.append(c)
    return kept


def _clean(
    seg: Segment, c: Cand, words: EnglishWords, given_names: frozenset[str], lower: frozenset[str]
) -> bool:
    """Cut the candidate in place; False when nothing of a name is left."""
    doc = seg.doc
    i, j = c.i, c.j
    after_the = i > 0 and doc[i - 1].lower_ == "the"
    roles: list[tuple[int, int, str]] = []
    while i < j:
        low = _bare(doc[i].text)
        n = _role_at(doc, i, j, words) if c.type == "PER" else 0
        if n:
            roles.append((i, i + n, "office"))
            i += n
        elif low in words.titles and i + 1 < j:
            roles.append((i, i + 1, "title"))
            i += 1
        elif _opener(doc[i].text, words):
            i += 1
            if doc[i - 1].lower_ == "the":
                after_the = True
                break  # the name starts after "the": "The We Company"
        elif not doc[i].is_alpha and not doc[i].text[:1].isalnum():
            i += 1  # leading punctuation
        else:
            break
    if c.type == "PER":  # a role inside the run: "Hong Kong Chief Executive Carrie Lam"
        for k in range(i + 1, j - 1):
            n = _role_at(doc, k, j, words)
            if n and (n > 1 or _bare(doc[k].text) in words.inner_roles) and doc[k].is_title:
                roles.append((k, k + n, "office"))
                i = k + n
                break
    if c.type == "PER":  # a headline in title case: "Tim Cook On Apple", "Kate Henshaw Is"
        for k in range(i + 1, j):
            if doc[k].is_title and _stop(doc[k].text):
                j = k
                break
    while j > i and (
        doc[j - 1].text in APOSTROPHES
        or _stop(doc[j - 1].text)
        or not doc[j - 1].text[:1].isalnum()
    ):
        j -= 1
    if (
        j - i > 1
        and j < len(doc)
        and doc[j].is_title
        and _bare(doc[j - 1].text) in words.titles | _single_roles(words)
    ):
        j -= 1  # "South Dakota Gov. Kristi Noem": the role belongs to the next name
    if i >= j:
        return False
    if c.type == "PER":
        i, j = _hyphenated(doc, i, j)
    text = doc[i:j].text
    low = text.lower()
    if low in words.demonyms or all(t.lower_ in words.demonyms for t in doc[i:j]):
        return False
    if j - i == 1:
        tok = doc[i].text
        if tok in words.time_zones or low in words.titles or _role_at(doc, i, j + 1, words):
            return False
        if tok in words.postal_codes and i > 0 and doc[i - 1].text == ",":
            return False
    if low in words.countries:
        c.type = "LOC"
        c.country = words.country_de[words.countries[low]]
    elif low in words.places:
        c.type = "LOC"
    elif _is_caps(text) and c.source != "ner":
        if any(t.lower_ in STOP_WORDS or t.lower_ in words.openers for t in doc[i:j]):
            return False
        if i == 0 and j < len(doc) and doc[j].text in DATELINE_END:
            c.type = "LOC"  # a dateline: "HONOLULU (AP) —", "DUBAI, United Arab Emirates"
        elif _all_caps(doc) or _caps_neighbour(doc, i - 1, words) or _caps_neighbour(doc, j, words):
            return False  # a heading or a table in capitals ("US EPA" is no heading)
        elif len(text) > 2 and text.lower() in lower:
            return False  # emphasis: "the BIG idea" next to "a big idea"
        if c.type == "PER":
            c.type = "ORG"  # an acronym is no person: "the MEB platform"
    elif c.type == "PER" and j - i > 1 and _bare(doc[j - 1].text) in words.place_heads:
        c.type = "LOC"  # "Virginia Beach", "Francisco Bay Area"
    elif c.type == "PER" and (
        _bare(doc[j - 1].text) in words.org_heads
        or (j - i > 1 and doc[i].lower_ in words.org_first)
    ):
        c.type = "ORG"  # "Max Planck Institute", "United Nations"
    elif c.type == "PER" and after_the:
        if j - i == 1:
            word = doc[i].text
            if word in words.the_names or (len(word) > 4 and word.endswith(TEAM_PLURALS)):
                c.type = "ORG"  # "The Hill", a team or a band: "The Eagles", "the Lakers"
            else:
                return False  # "the Davis Cup", "The Road"
        elif doc[j - 1].text.endswith(TEAM_PLURALS):
            c.type = "ORG"  # "The Doobie Brothers"
        elif doc[i].text not in given_names:
            return False  # a title or heading: "The Early Reviews", "The Wild Story of …"
        # else a person's name as a modifier: "the Howard Jones song"
    if (i, j) != (c.i, c.j):
        c.i, c.j = i, j
        c.start = seg.start + doc[i].idx
        c.end = seg.start + doc[j - 1].idx + len(doc[j - 1])
        c.text = text
    if c.type == "PER":
        for a, b, kind in roles:
            written = doc[a:b].text
            role = written.rstrip(".")
            c.roles.append(
                RolePhrase(
                    text=role,
                    start=seg.start + doc[a].idx,
                    end=seg.start + doc[b - 1].idx + len(doc[b - 1]),
                    info=RoleInfo(lemma=role, head=role.lower(), kind=kind),
                    noun_start=seg.start + doc[b - 1].idx,
                )
            )
    return True
