"""English clean-up of the rule-based mention candidates.

English articles have no trained model: the candidates come from the capitalisation rules of
:mod:`newsgraph.entities.mentions`, which were written for German, where every noun is
capitalised. In English a capital letter also marks a sentence start, a heading in capitals or a
title, so :func:`clean_candidates` cuts and drops what the German rules cannot know about:

* leading openers and determiners ("The United States", "When Morgan"), calendar words;
* courtesy titles and role words before a name ("Dr. Brooks", "President Tim Morgan": the role is
  kept as a :class:`RolePhrase`);
* a person name after "the" ("the Davis Cup", "The Eagles") is no person;
* country names (a place) and demonyms ("The French": no entity);
* words in capitals: stop words, time zones, postal codes after a comma, heading words.

It then adds what the German rules cannot find in English (session 9): organisation runs
("the Justice Department", "Department of Homeland Security"), names after a role or before a
role apposition ("Rep. Emma Carter", "Kym Lino, a spokesperson for Instagram"), English place
names, roles around a name with their organisation, party or country ("Taliban spokesman X",
"U.S. Attorney X", "(D-Minn.)", "X, a spokesman for Y"), and, after clustering
(:func:`add_references`), pronouns and "the president" as mentions.

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
from newsgraph.entities.mentions import Cand, RolePhrase, span_cand

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.entities.cluster import Cluster
    from newsgraph.pipeline import Segment

# the type _clean gives a name that is a product ("the Blue Moon lander"): dropped
THING = "THING"
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
    org_names: frozenset[str]  # case-sensitive
    org_lead_heads: frozenset[str]
    role_nouns: frozenset[str]
    role_modifiers: frozenset[str]
    party_tags: dict[str, str]
    party_adjectives: dict[str, str]
    no_title_roles: frozenset[str]
    male_names_a: frozenset[str]
    female_names: frozenset[str]
    role_abbreviations: dict[str, str]
    headline_verbs: frozenset[str]
    name_then_org: frozenset[str]
    name_then_place: frozenset[str]
    name_then_thing: frozenset[str]
    dotted_orgs: frozenset[str]
    party_plurals: dict[str, str]
    state_offices: frozenset[str]
    english_places: frozenset[str]  # lower case, with `places`
    state_abbreviations: dict[str, str]  # as written ("Calif.", "Texas") -> state name
    institution_nouns: tuple[tuple[str, ...], ...]  # longest first
    camel_surname_prefixes: tuple[str, ...]
    org_kind_nouns: frozenset[str]
    org_member_nouns: frozenset[str]
    home_offices: frozenset[str]
    cue_verbs_before: frozenset[str]
    cue_verbs_after: frozenset[str]
    plural_roles: frozenset[str]


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
        org_names=frozenset(str(w) for w in words["org_names"]),
        org_lead_heads=low("org_lead_heads"),
        role_nouns=low("role_nouns") | frozenset(r[0] for r in roles if len(r) == 1),
        role_modifiers=low("role_modifiers"),
        party_tags={str(k): str(v) for k, v in words["party_tags"].items()},
        party_adjectives={str(k).lower(): str(v) for k, v in words["party_adjectives"].items()},
        no_title_roles=low("no_title_roles"),
        male_names_a=low("male_names_a"),
        female_names=low("female_names"),
        role_abbreviations={str(k): str(v) for k, v in words["role_abbreviations"].items()},
        headline_verbs=low("headline_verbs"),
        name_then_org=low("name_then_org"),
        name_then_place=low("name_then_place"),
        name_then_thing=low("name_then_thing"),
        dotted_orgs=frozenset(str(w) for w in words["dotted_orgs"]),
        party_plurals={str(k): str(v) for k, v in words["party_plurals"].items()},
        state_offices=low("state_offices"),
        english_places=low("english_places") | low("places"),
        state_abbreviations={
            str(k): str(v)
            for k, v in [*words["state_abbreviations"].items(), *words["postal_states"].items()]
        },
        institution_nouns=tuple(
            sorted((tuple(str(w).split()) for w in words["institution_nouns"]), key=len)[::-1]
        ),
        camel_surname_prefixes=tuple(str(w) for w in words["camel_surname_prefixes"]),
        org_kind_nouns=low("org_kind_nouns"),
        org_member_nouns=low("org_member_nouns"),
        home_offices=low("home_offices"),
        cue_verbs_before=low("cue_verbs_before"),
        cue_verbs_after=low("cue_verbs_after"),
        plural_roles=low("plural_roles"),
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
    """A person name widened over hyphens written without spaces: "Jo-Ann Carter",
    "Chen Li-wen", "Jorge Ortega-Ruiz"."""

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
    things = {c.text for c in kept if c.type == THING}
    kept = [c for c in kept if c.type != THING and not (c.type == "PER" and c.text in things)]
    _one_sense(kept)
    for idx, seg in enumerate(segments):
        kept = _add_org_runs(idx, seg, kept, words)
        kept = _add_role_names(idx, seg, kept, words, given_names, lower)
        kept = _add_plural_role_names(idx, seg, kept, words, lower)
        kept = _add_apposition_names(idx, seg, kept, words, lower)
    named = frozenset(w for c in kept if c.type == "PER" for w in c.text.split())
    for idx, seg in enumerate(segments):
        kept = _add_institutions(idx, seg, kept, words)
        kept = _add_city_states(idx, seg, kept, words, named)
        kept = _add_places(idx, seg, kept, words, named)
        kept = _add_place_runs(idx, seg, kept, words)
        kept = _add_camel_orgs(idx, seg, kept, words, named)
        kept = _add_kind_orgs(idx, seg, kept, words, given_names, lower, named)
    person_words = frozenset(w for c in kept if c.type == "PER" for w in c.text.split())
    for c in kept:
        if c.type == "PER" and c.i >= 0 and c.seg >= 0:
            near = [k for k in kept if k.seg == c.seg]
            _roles_around(segments[c.seg], c, near, words, person_words)
    kept = _add_role_orgs(segments, kept, words, person_words)
    before = {id(c) for c in kept}
    kept = _add_cue_names(segments, kept, words, given_names, lower)
    for c in kept:  # "said Tim Brooks, Research Director for …": the speaker's apposition
        if id(c) not in before and c.type == "PER" and c.i >= 0 and c.seg >= 0:
            app = _apposition(segments[c.seg].doc, c.j, [k for k in kept if k.seg == c.seg], words)
            if app is not None:
                _add_role(segments[c.seg], c, *app)
    return _add_suffixed_surnames(segments, kept)


def _clean(
    seg: Segment, c: Cand, words: EnglishWords, given_names: frozenset[str], lower: frozenset[str]
) -> bool:
    """Cut the candidate in place; False when nothing of a name is left."""
    doc = seg.doc
    i, j = c.i, c.j
    after_the = i > 0 and doc[i - 1].lower_ == "the"
    roles: list[tuple[int, int, str]] = []
    cut_words = 0  # openers cut before the name, headline words after it
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
            cut_words += doc[i].lower_ not in ("the", "he", "she")  # "He Jianxiong"
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
    if c.type == "PER" and roles and j == c.j:
        # the rules' run stopped at its length limit: "Hong Kong Chief Executive Carrie" | "Lam's"
        while (
            j < len(doc)
            and j - i < 3
            and doc[j].is_title
            and doc[j].is_alpha
            and not _opener(doc[j].text, words)
            and not _role_word(doc, j, words)
            and _bare(doc[j].text) not in words.titles
            and doc[j].lower_ not in words.headline_verbs
        ):
            j += 1
    if c.type == "PER":  # a headline in title case: "Erik Smith On Apple", "Laura Brooks Is"
        for k in range(i + 1, j):
            if doc[k].is_title and (_stop(doc[k].text) or doc[k].lower_ in words.headline_verbs):
                cut_words += 1
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
    if c.type == "PER" and c.source == "name" and cut_words and j - i == 1 and not roles:
        return False  # the given name was an opener or a heading went on: "True Depth", "A
        # Little More Obsessed" leave one word, no name
    if c.type == "PER":
        cut = _person_cut(doc, c.i, i, j, words, lower)
        if cut is None:
            return False
        i, j, kind = cut
        if kind:
            c.type = kind
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
    if (
        c.type == "PER"
        and j - i > 1
        and doc[j - 1].is_title
        and _bare(doc[j - 1].text) in _single_roles(words)
        and (doc[i].text not in given_names or doc[i].text in words.org_names)
    ):
        return False  # a role written after a word, no name: "Senate Leader", "Nollywood Actress"
    if (
        c.type == "PER"
        and j - i == 1
        and j < len(doc)
        and doc[j].is_lower
        and _role_word(doc, j, words) == "noun"
        and doc[i].text not in given_names
    ):
        return False  # a word before a role noun is no name: "Veteran Nollywood actress"
    if c.type == "PER" and j < len(doc) and doc[j].is_lower:
        if doc[j].lower_ in words.name_then_org:
            c.type = "ORG"  # "Walter Reed hospital"
        elif doc[j].lower_ in words.name_then_place:
            c.type = "LOC"  # "Kennedy airport"
        elif doc[j].lower_ in words.name_then_thing:
            c.type = THING  # a product: "the Blue Moon lander" (dropped by clean_candidates)
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


def _place_len(doc: Doc, a: int, b: int, words: EnglishWords) -> int:
    """The number of tokens (2 or more) of a listed place or country that starts at token a
    and ends by b; 0 if none."""
    for n in range(min(4, b - a), 1, -1):
        low = doc[a : a + n].text.lower()
        if low in words.english_places or low in words.countries:
            return n
    return 0


def _person_cut(
    doc: Doc, start: int, i: int, j: int, words: EnglishWords, lower: frozenset[str]
) -> tuple[int, int, str] | None:
    """A person run (tokens i..j, the candidate began at ``start``) cut where it stops being a
    name, None where it is none (session 10):

    * a word in capitals inside it ends the name: "Ben Bruce Drag IGP Idris" -> "Ben Bruce Drag"
      (not a roman numeral: "Henry IV");
    * a run of three or more words whose last word the article writes in lower case loses it,
      a caption or a heading running on: "Lucy Nicholson Detainees at …" -> "Lucy Nicholson"
      (not after an initial: "Mary E. Lovely");
    * a run that opens with a place of two or more words is no person ("Hong Kong Human
      Rights"), one that ends in one is an organisation's branch ("Ascom North America");
    * one word left after an indefinite article is none ("A Little More Obsessed").
    """
    for k in range(i + 1, j):
        text = doc[k].text
        if _is_caps(text) and text.isalpha() and not set(text) <= set("IVX"):
            j = k
            break
    if (
        j - i >= 3
        and doc[j - 1].is_title
        and doc[j - 1].lower_ in lower
        and doc[j - 2].lower_ not in lower
        and not doc[j - 2].text.endswith(".")
        and doc[j - 1].lower_ not in words.place_heads | words.org_heads | {"state", "city"}
        and not _role_word(doc, j - 1, words)
        and _bare(doc[j - 1].text) not in _single_roles(words)
    ):
        j -= 1
    if j - i >= 2:
        n = _place_len(doc, i, j, words)
        if (
            n
            and n < j - i
            and _bare(doc[i + n].text) not in words.place_heads | words.org_heads | {"state"}
            and not any(_role_at(doc, k, j + 1, words) for k in range(i + n, j))
        ):
            return None
        for a in range(i + 1, j - 1):
            if _place_len(doc, a, j, words) == j - a:
                return i, j, "ORG"
    if j - i == 1 and doc[start].lower_ in ("a", "an") and start < i:
        return None
    return i, j, ""


def _one_sense(cands: list[Cand]) -> None:
    """A name read as an organisation or place in one place of the article is one everywhere
    ("the Blue Jackets" -> "Blue Jackets 5, Canadiens 2"; "Walter Reed hospital" -> "a visit
    to Walter Reed")."""
    other: dict[str, str] = {}
    for c in cands:
        if c.type in ("ORG", "LOC") and c.source != "ner":
            other.setdefault(c.text, c.type)
    for c in cands:
        if c.type == "PER" and c.text in other and len(c.text.split()) > 1:
            c.type = other[c.text]


CONNECTORS = frozenset(["of", "for", "and", "&", "on"])


def _cap(doc: Doc, k: int) -> bool:
    t = doc[k]
    return t.is_alpha and (t.is_title or (t.text[:1].isupper() and not _is_caps(t.text)))


def _org_runs(doc: Doc, words: EnglishWords) -> list[tuple[int, int]]:
    """Capitalised runs that name an organisation: an organisation head at the end ("the
    Justice Department", "Berrien County Health Department"), a head before "of" ("Department
    of Homeland Security", "Bureau of Prisons") or a listed name ("White House", "Congress")."""
    runs: list[tuple[int, int]] = []
    k = 0
    n = len(doc)
    while k < n:
        if not _cap(doc, k):
            k += 1
            continue
        a = k
        b = k + 1
        while b < n:
            if _cap(doc, b) and not (b > a and _stop(doc[b].text)):
                b += 1
            elif (
                doc[b].lower_ in CONNECTORS
                and b + 1 < n
                and _cap(doc, b + 1)
                and not _stop(doc[b + 1].text)
            ):
                b += 2  # "Department of Health and Human Services"
            else:
                break
        k = b
        if _all_caps(doc):
            continue
        while a < b and (
            _opener(doc[a].text, words)
            or doc[a].lower_ in CONNECTORS
            or _bare(doc[a].text) in words.titles
            or (
                _role_word(doc, a, words) == "noun"
                and a + 1 < b
                and (doc[a + 1].lower_ == "of" or _role_word(doc, a + 1, words) == "noun")
            )
        ):
            a += 1  # "The Justice Department", "When Congress", "Inspector General of Police"
        while b > a + 1 and (
            doc[b - 1].lower_ in CONNECTORS
            or _bare(doc[b - 1].text) in words.titles
            or (
                _role_word(doc, b - 1, words) == "noun"
                and doc[b - 2].lower_ != "of"
                and _role_word(doc, b - 2, words) != "noun"
            )
        ):
            b -= 1  # "House of Representatives Speaker", not "Department of Justice"
        if a >= b:
            continue
        if doc[a:b].text in words.org_names:
            runs.append((a, b))
            continue
        # "and" joins two names ("Gannett and GateHouse Media") unless an "of" stands before
        # it ("Department of Health and Human Services"); listed names are whole (above)
        # and "Department of Homeland Security and Alex Azar": after "of" only a run that
        # ends in an organisation head is whole ("Department of Health and Human Services")
        headed = _bare(doc[b - 1].text) in words.org_heads
        cuts = [
            m
            for m in range(a + 1, b - 1)
            if doc[m].lower_ == "and"
            and (not headed or not any(doc[x].lower_ == "of" for x in range(a, m)))
        ]
        for x, y in zip([a, *(m + 1 for m in cuts)], [*cuts, b], strict=True):
            if x < y and _names_org(doc, x, y, words):
                runs.append((x, y))
    return runs


OUTLET_FIRST = frozenset(["daily", "sunday", "evening", "morning", "weekly"])


def _names_org(doc: Doc, a: int, b: int, words: EnglishWords) -> bool:
    text = doc[a:b].text
    last = _bare(doc[b - 1].text)
    if text in words.org_names:
        return True
    if b - a > 1 and last in words.org_heads and last not in words.place_heads:
        # "Press Office" alone, "Post Office" are no names; "Daily Express", "Sunday Times" are
        return _bare(doc[a].text) in OUTLET_FIRST or not all(
            _bare(doc[m].text) in words.org_heads for m in range(a, b)
        )
    return b - a > 2 and any(
        doc[m + 1].lower_ == "of" and _bare(doc[m].text) in words.org_lead_heads
        for m in range(a, b - 1)
    )


def _add_org_runs(idx: int, seg: Segment, kept: list[Cand], words: EnglishWords) -> list[Cand]:
    """The organisation runs of a segment as ORG candidates: where no candidate overlaps, or in
    place of the candidates wholly inside the run ("Walter Reed" in "Walter Reed National
    Military Medical Center", "Michigan" in "Michigan Department of Health")."""
    doc = seg.doc
    mine = [c for c in kept if c.seg == idx and c.i >= 0]
    drop: set[int] = set()
    added: list[Cand] = []
    for a, b in _org_runs(doc, words):
        inside = [c for c in mine if a <= c.i and c.j <= b]
        crossing = [c for c in mine if c.i < b and a < c.j and not (a <= c.i and c.j <= b)]
        if crossing:
            continue
        if any(c.type == "ORG" and (c.i, c.j) == (a, b) for c in inside):
            continue
        drop.update(id(c) for c in inside)
        cand = span_cand(idx, seg, a, b, "ORG", "gazetteer")
        for c in inside:  # "U.S. Department of Justice": the country qualifies it
            if c.country and c.type == "LOC" and c.i == a:
                cand.country = c.country
        added.append(cand)
    if not added:
        return kept
    out = [c for c in kept if id(c) not in drop] + added
    return sorted(out, key=lambda c: (c.seg, c.start))


def _with_added(kept: list[Cand], added: list[Cand]) -> list[Cand]:
    """The kept candidates and the added ones in text order."""
    if not added:
        return kept
    return sorted(kept + added, key=lambda c: (c.seg, c.start))


def _add_role_names(
    idx: int,
    seg: Segment,
    kept: list[Cand],
    words: EnglishWords,
    given_names: frozenset[str],
    lower: frozenset[str],
) -> list[Cand]:
    """A name the lexicons do not know, right after a role ("Rep. Emma Carter", "Taliban
    spokesman Farid Amrani", "Gov. Laura Smith", "President Morgan"): one to three
    capitalised words. One word only after a capitalised role (a title: "Sen. Brooks")."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    taken = {k for c in kept if c.seg == idx and c.i >= 0 for k in range(c.i, c.j)}
    added: list[Cand] = []
    for k in range(len(doc) - 1):
        if _role_word(doc, k, words) != "noun" or k in taken:
            continue
        a = b = k + 1
        while b < len(doc) and b - a < 3 and _cap(doc, b) and b not in taken:
            low = _bare(doc[b].text)
            if (
                _opener(doc[b].text, words)
                or low in words.countries
                or low in words.demonyms
                or low in words.titles
                or _role_word(doc, b, words)
            ):
                break
            b += 1
        if b == a or (b < len(doc) and (_cap(doc, b) or b in taken)):
            continue  # a longer capitalised run is some other name
        if b - a == 1 and (doc[k].is_lower or (k > 0 and doc[k - 1].is_sent_end)):
            continue
        if not doc[k].is_lower and _bare(doc[k].text) in words.no_title_roles:
            continue  # "Star Wars", "Leader Success Mindset"
        if any(t.lower_ in lower and t.text not in given_names for t in doc[a:b]):
            continue  # a heading in title case: "Online Leader Success Mindset"
        last = _bare(doc[b - 1].text)
        if last in words.org_heads or last in words.place_heads or last in words.places:
            continue
        if doc[a:b].text in words.org_names or doc[a:b].text.lower() in words.places:
            continue
        added.append(span_cand(idx, seg, a, b, "PER", "rolename"))
        taken.update(range(a, b))
    return _with_added(kept, added)


def _add_plural_role_names(
    idx: int, seg: Segment, kept: list[Cand], words: EnglishWords, lower: frozenset[str]
) -> list[Cand]:
    """The names after a plural title ("Sens. Erik Smith and Laura Brooks", "Governors Emma
    Roe, Tim Poe and Ann Loe"): each one to three capitalised words, joined by "," or "and";
    each is a person with the title as role."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    taken = {k for c in kept if c.seg == idx and c.i >= 0 for k in range(c.i, c.j)}

    def name_word(k: int) -> bool:
        if k >= len(doc) or k in taken or not _cap(doc, k) or doc[k].lower_ in lower:
            return False
        return not (
            _opener(doc[k].text, words)
            or _known_non_name(_bare(doc[k].text), words)
            or _role_word(doc, k, words)
        )

    persons = {c.i: c for c in kept if c.seg == idx and c.i >= 0 and c.type == "PER"}
    added: list[Cand] = []
    for k in range(len(doc) - 2):
        if _bare(doc[k].text) not in words.plural_roles or k in taken:
            continue
        a = k + 2 if doc[k + 1].text == "." else k + 1
        spans: list[tuple[int, int]] = []
        while a < len(doc):
            known = persons.get(a)
            b = known.j if known is not None else a
            while known is None and b < len(doc) and b - a < 3 and name_word(b):
                b += 1
            if b == a or (b < len(doc) and _cap(doc, b)):
                break
            spans.append((a, b))
            nxt = b + 1 if b < len(doc) and doc[b].text == "," else b
            if nxt < len(doc) and doc[nxt].lower_ == "and":
                nxt += 1
            if nxt == b:
                break
            a = nxt
        if len(spans) < 2:
            continue  # one name: the singular rules ("Sen. X") read it
        for a, b in spans:
            c = persons.get(a) or span_cand(idx, seg, a, b, "PER", "rolename")
            _add_role(seg, c, k, k + 1, None, None)
            if a not in persons:
                added.append(c)
                taken.update(range(a, b))
    return _with_added(kept, added)


def _add_apposition_names(
    idx: int, seg: Segment, kept: list[Cand], words: EnglishWords, lower: frozenset[str]
) -> list[Cand]:
    """Two or three capitalised words the lexicons do not know, followed by an age or a role
    apposition: "Kym Lino, a spokesperson for Instagram", "Emma Roe, 45, a teacher"."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    mine = [c for c in kept if c.seg == idx and c.i >= 0]
    taken = {k for c in mine for k in range(c.i, c.j)}
    added: list[Cand] = []
    for j in range(2, len(doc) - 2):
        if doc[j].text != "," or j - 1 in taken:
            continue
        i = j
        while i > 0 and j - i < 3 and _cap(doc, i - 1) and i - 1 not in taken:
            i -= 1
        if j - i < 2 or (i > 0 and (_cap(doc, i - 1) or i - 1 in taken)):
            continue
        if j - i == 3 and _ing_verb(doc[i].text):
            i += 1  # "Introducing Emma Roe, New CEO at Y": a headline's verb
        toks = doc[i:j]
        if any(
            _opener(t.text, words)
            or t.lower_ in lower
            or t.lower_ in words.countries
            or t.lower_ in words.demonyms
            or _role_word(doc, t.i, words)
            or _bare(t.text) in words.org_heads
            or _bare(t.text) in words.place_heads
            for t in toks
        ):
            continue
        if toks.text.lower() in words.places or toks.text in words.org_names:
            continue
        if _apposition(doc, j, mine, words) is None:
            continue
        added.append(span_cand(idx, seg, i, j, "PER", "rolename"))
        taken.update(range(i, j))
    return _with_added(kept, added)


INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _common_word(word: str, given_names: frozenset[str]) -> bool:
    """An English common word ("Officials", "Critics") that is no given name or listed surname."""
    from newsgraph.entities.namewords import _name_lists

    surnames, english = _name_lists()
    if word in given_names or word in surnames:
        return False
    low = word.lower()
    forms = [low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""]
    return any(w in english for w in forms if w)


def _ing_verb(word: str) -> bool:
    """An -ing form of an English common verb ("Introducing", "Launching"), no surname
    ("Manning", "Fleming")."""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    return any(_common_word(f.capitalize(), frozenset()) for f in (stem, stem + "e"))


def _name_word(doc: Doc, k: int, words: EnglishWords, taken: set[int]) -> bool:
    """Token k may be part of a name the lexicons do not know (see :func:`_add_cue_names`)."""
    t = doc[k]
    if k in taken or not (_cap(doc, k) or INITIAL.match(t.text)):
        return False
    low = _bare(t.text)
    return not (
        _opener(t.text, words)
        or _stop(t.text)
        or low in words.calendar
        or _known_non_name(low, words)
        or _role_word(doc, k, words)
    )


def _known_non_name(low: str, words: EnglishWords) -> bool:
    """A word the English lexicons know as no part of a person's name: a country, demonym,
    place, title, or the head of an organisation's or a place's name."""
    return (
        low in words.countries
        or low in words.demonyms
        or low in words.english_places
        or low in words.titles
        or low in words.org_heads
        or low in words.place_heads
    )


def _add_cue_names(
    segments: list[Segment],
    kept: list[Cand],
    words: EnglishWords,
    given_names: frozenset[str],
    lower: frozenset[str],
) -> list[Cand]:
    """One to three capitalised words the lexicons do not know right before a speech verb
    ("Figgins said", "Hawk Sawyer told lawmakers") or right after one and before a punctuation
    mark ("said Rusmik Oza,"): a person, unless a word is an opener, a common word, a place, a
    demonym, a role or an organisation head, or the run names an organisation or place of the
    article. A one-word name found so is then read with the capitalised word before it where
    the article writes one ("Zach Parise" for "Parise said"; "Luz Contreras" grows to "Luz
    Contreras Arroyo" for "Arroyo said")."""
    others = frozenset(c.text for c in kept if c.type != "PER")
    person_words = frozenset(w for c in kept if c.type == "PER" for w in c.text.split())

    def name_ok(doc: Doc, a: int, b: int) -> bool:
        if b - a < 1 or b - a > 3 or INITIAL.match(doc[b - 1].text):
            return False
        text = doc[a:b].text
        if text in others or text in words.org_names or text.lower() in words.english_places:
            return False
        toks = [t.text for t in doc[a:b] if not INITIAL.match(t.text)]
        one = b - a == 1 and toks[0] not in person_words
        if one and (toks[0].lower() in lower or _common_word(toks[0], given_names)):
            return False  # "Officials said", "Early still says"
        return not all(_common_word(w, given_names) for w in toks)

    added: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        if _all_caps(doc):
            continue
        taken = {k for c in kept if c.seg == idx and c.i >= 0 for k in range(c.i, c.j)}
        for k, verb in enumerate(doc):
            v = verb.lower_
            if v in words.cue_verbs_before and k > 0:
                a = k
                while a > 0 and k - a < 4 and _name_word(doc, a - 1, words, taken):
                    a -= 1
                prev = doc[a - 1] if a > 0 else None
                if prev is not None and (
                    prev.lower_ == "the" or (_cap(doc, a - 1) and not _role_word(doc, a - 1, words))
                ):
                    a = k  # a longer capitalised run or "the X said": some other name
                if name_ok(doc, a, k):
                    added.append(span_cand(idx, seg, a, k, "PER", "rolename"))
                    taken.update(range(a, k))
            if v in words.cue_verbs_after:
                b = k + 1
                while b < len(doc) and b - k <= 3 and _name_word(doc, b, words, taken):
                    b += 1
                if b < len(doc) and not doc[b].is_punct:
                    continue  # "said Tyvak would …": the subject of what was said
                if name_ok(doc, k + 1, b):
                    added.append(span_cand(idx, seg, k + 1, b, "PER", "rolename"))
                    taken.update(range(k + 1, b))
    if not added:
        return kept
    single = frozenset(c.text for c in added if c.j - c.i == 1 and c.text not in person_words)
    kept = _with_added(kept, added)
    full: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        mine = [c for c in kept if c.seg == idx and c.i >= 0]
        taken = {k for c in mine for k in range(c.i, c.j)}
        for k in range(1, len(doc)):
            if doc[k].text not in single or k in taken:
                continue
            if k + 1 < len(doc) and _cap(doc, k + 1):
                continue
            before = [c for c in mine if c.type == "PER" and c.j == k and c.j - c.i < 3]
            if before:  # "Luz Contreras" + "Arroyo"
                c = before[0]
                c.j = k + 1
                c.end = seg.start + doc[k].idx + len(doc[k])
                c.text = doc[c.i : c.j].text
                taken.add(k)
            elif (
                _name_word(doc, k - 1, words, taken)
                and not INITIAL.match(doc[k - 1].text)
                and not _common_word(doc[k - 1].text, given_names)
                and doc[k - 1].lower_ not in lower
                and not doc[k - 1].lower_.endswith("ing")  # "Questioning Vindman"
                and not (k > 1 and (_cap(doc, k - 2) or doc[k - 2].lower_ == "the"))
            ):
                full.append(span_cand(idx, seg, k - 1, k + 1, "PER", "rolename"))
                taken.update((k - 1, k))
    return _with_added(kept, full)


def _add_places(
    idx: int, seg: Segment, kept: list[Cand], words: EnglishWords, named: frozenset[str]
) -> list[Cand]:
    """Listed English place names no candidate covers ("California", "North Carolina",
    "Munich"), longest first, as places; not inside a longer capitalised run ("New York
    Times", "Texas Instruments"), not a word of a person's name in the article ("Lloyd
    Austin" ... "Austin said")."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    taken = {k for c in kept if c.seg == idx and c.i >= 0 for k in range(c.i, c.j)}
    added: list[Cand] = []
    k = 0
    while k < len(doc):
        hit = 0
        country = None
        for n in (5, 4, 3, 2, 1):
            span = doc[k : k + n]
            low = span.text.lower()
            if k + n > len(doc) or not span[0].text[:1].isupper():
                continue
            if all(t.is_title for t in span) and low in words.english_places:
                hit = n
                break
            if low in words.countries and all(
                t.is_title or _is_caps(t.text) or t.lower_ in ("of", "the", "and") for t in span
            ):  # "Germany", "the Netherlands", "U.S.", "UK" (session 10)
                hit = n
                country = words.country_de[words.countries[low]]
                break
        if not hit:
            k += 1
            continue
        a, b = k, k + hit
        k = b
        if any(m in taken for m in range(a, b)) or (hit == 1 and doc[a].text in named):
            continue
        if (a > 0 and _cap(doc, a - 1) and not doc[a - 1].is_sent_start) or (
            b < len(doc) and _cap(doc, b)
        ):
            continue  # part of a longer name
        cand = span_cand(idx, seg, a, b, "LOC", "gazetteer")
        cand.country = country
        added.append(cand)
        taken.update(range(a, b))
    return _with_added(kept, added)


def _role_word(doc: Doc, k: int, words: EnglishWords) -> str:
    """'noun', 'mod' or '' for a token inside a role phrase before a name."""
    low = _bare(doc[k].text)
    if low in words.role_nouns:
        return "noun"
    if low in words.role_modifiers and doc[k].is_lower:
        return "mod"
    return ""


def _role_start(doc: Doc, i: int, words: EnglishWords) -> int:
    """Where a role phrase written right before token i starts (i if there is none): role
    nouns and lower-case modifiers ("former deputy press secretary"), multi-word roles
    ("Secretary of State"); the phrase needs a role noun."""
    k = i
    nouns = 0
    while k > 0 and k > i - 7:
        for role in words.roles:
            n = len(role)
            if (
                n > 1
                and k - n >= 0
                and all(_bare(doc[k - n + m].text) == role[m] for m in range(n))
            ):
                k -= n
                nouns += 1
                break
        else:
            kind = _role_word(doc, k - 1, words)
            if not kind:
                break
            nouns += kind == "noun"
            k -= 1
    while (
        k < i
        and _role_word(doc, k, words) == "mod"
        and nouns
        and not any(_role_word(doc, m, words) == "noun" for m in range(k, i))
    ):
        k += 1
    return k if nouns else i


def _qualifier(
    doc: Doc, k: int, cands: list[Cand], words: EnglishWords, person_words: frozenset[str]
) -> tuple[int, str | None, str | None]:
    """What stands right before token k and qualifies a role: (first token, country, org).
    A country or demonym ("U.S.", "Afghan", "China's"), a party adjective ("Republican"), an
    organisation candidate ("White House", "Taliban", "Apple's")."""
    first = k
    if k > 0 and doc[k - 1].text in APOSTROPHES:
        k -= 1
    if k <= 0:
        return first, None, None
    prev = doc[k - 1]
    low = prev.text.lower()
    if low in words.countries:
        return k - 1, words.country_de[words.countries[low]], None
    if low in words.demonyms:
        return k - 1, words.country_de.get(words.demonyms[low]), None
    if low in words.party_adjectives:
        return k - 1, None, words.party_adjectives[low]
    for c in cands:
        if c.j == k and c.type in ("ORG", "LOC"):
            if c.type == "ORG":
                return c.i, None, c.text
            if c.country and c.text.lower() in words.countries:
                return c.i, c.country, None
        if c.j == k:
            return first, None, None  # a person's name: "Morgan adviser X"
    # a company or outlet named by capitalised words no rule knows ("Jefferies analyst X",
    # "SoftBank CEO X"); not before an elected office, where it is a state ("Hawaii Rep. X")
    a = k
    while a > 0 and k - a < 3 and (_cap(doc, a - 1) or _is_caps(doc[a - 1].text)):
        a -= 1
    if a > 0 and doc[a - 1].text in ("-", "–") and not doc[a - 1].whitespace_:
        return first, None, None  # "T-Mobile CEO": a word cut by the tokenizer
    a0, b = a, k
    while a < b and (doc[a].lower_ in words.role_modifiers or doc[a].lower_.endswith("ed")):
        a += 1  # "Ousted WeWork CEO", "Interim BART Police Chief"
    while (
        b > a
        and doc[b - 1].lower_ in words.role_modifiers
        and doc[b - 1].lower_ not in words.place_heads  # "Penn State", "Oklahoma City"
    ):
        b -= 1  # "National Security Adviser", "Lexus Project Manager"
    if b < k and a < b:
        first = b  # the modifiers belong to the role
    k = b
    if (
        a < k
        and _bare(doc[first].text) not in words.state_offices
        and not (a0 > 0 and doc[a0 - 1].text[:1].isalnum() and not doc[a0 - 1].is_lower)
        and not any(_stop(t.text) or t.lower_ in words.openers for t in doc[a:k])
        and not any(t.lower_ in words.calendar or t.lower_ in words.role_nouns for t in doc[a:k])
        and doc[a:k].text.lower() not in words.places
        and not any(t.text in person_words for t in doc[a:k])  # "Morgan adviser X"
    ):
        return a, None, doc[a:k].text
    return first, None, None


def _party_tag(doc: Doc, j: int, words: EnglishWords) -> str | None:
    """ "(D-Minn.)", ", R-Texas," or "(R)" right after the name: the person's party."""
    k = j
    if k < len(doc) and doc[k].text in ("(", ","):
        k += 1
    if k < len(doc) and doc[k].text in words.party_tags:
        tag = words.party_tags[doc[k].text]
        if k + 1 < len(doc) and doc[k + 1].text == ")":
            return tag
        if k + 2 < len(doc) and doc[k + 1].text in ("-", "–") and doc[k + 2].text[:1].isupper():
            return tag
    return None


APPOSITION_STOP = frozenset([",", ".", ";", ":", ")", "(", "—", "–", "who", "which", "that",
                             "said", "says", "say", "told", "according", "added", "and", "is", "was", "has", "had"])  # fmt: skip
APPOSITION_OF = frozenset(["for", "of", "at", "with", "from", "in", "to"])
# "X is the CEO of Y", "X was a spokesman for Y": a predicate after the name as its role
COPULAS = frozenset(["is", "was"])


def _apposition(
    doc: Doc, j: int, cands: list[Cand], words: EnglishWords
) -> tuple[int, int, str | None, str | None] | None:
    """ "X, a spokesman for Y,", "X, the commander of Z", "X, 45, a teacher", "X, Y's attorney":
    the role phrase after the name (token span) with its country or organisation."""
    k = j
    if k + 2 < len(doc) and doc[k].lower_ in COPULAS and doc[k + 1].lower_ in ("a", "an", "the"):
        pass  # "X is the CEO of Y": a predicate names the role as an apposition does
    elif k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if k + 1 < len(doc) and doc[k].like_num and doc[k + 1].text == ",":
        k += 2  # an age
    if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    start = k
    country = org = None
    owner = next((c for c in cands if c.i == k and c.type in ("ORG", "LOC")), None)
    if owner is not None and owner.j < len(doc) and doc[owner.j].text in APOSTROPHES:
        if owner.type == "ORG":
            org = owner.text
        elif owner.country:
            country = owner.country
        k = owner.j + 1  # "Instagram's spokesperson"
    noun = -1
    tail = False  # the organisation or country stands after the noun: "a spokesman for Y"
    while k < len(doc) and k - start < 10:
        low = doc[k].lower_
        if (
            low == "and"
            and noun < 0
            and start < k < len(doc) - 1
            and doc[k - 1].is_title
            and doc[k + 1].is_title
        ):
            k += 1  # "X, Research and Advocacy Director for Y": one title
            continue
        if low in APPOSITION_STOP or (doc[k].is_punct and low not in ("-", "&")):
            break
        if low in APPOSITION_OF and noun >= 0 and doc[k - 1].lower_ in ("born", "raised"):
            break  # "a designer born in Cyprus": a birthplace, no affiliation
        if low in APPOSITION_OF and noun >= 0:
            after = next((c for c in cands if c.i == k + 1 or (
                c.i == k + 2 and doc[k + 1].lower_ == "the")), None)  # fmt: skip
            if after is not None and after.j < len(doc) and doc[after.j].text in ("-", "–"):
                after = None  # "at the Delhi-based Council": the place qualifies the next word
            if after is not None and after.type in ("ORG", "LOC"):
                if after.type == "ORG" and org is None:
                    org = after.text
                    country = None  # "a China scholar with the X Institute": a topic
                elif after.country and country is None:
                    country = after.country
                k = after.j
                tail = True
                break
            if after is not None:
                break  # "a friend of Tim Smith"
        if _role_word(doc, k, words) == "noun" and (
            doc[k].is_lower
            or _is_caps(doc[k].text)  # "the CEO of Y"
            # "X, Research Director for Y": a title-case office before its organisation
            or (k + 1 < len(doc) and doc[k].is_title and doc[k + 1].lower_ in APPOSITION_OF)
        ):
            noun = k
        elif noun < 0 and doc[k].lower_ in words.countries and country is None and org is None:
            country = words.country_de[words.countries[doc[k].lower_]]  # "the U.S. attorney"
        elif noun < 0 and doc[k].lower_ in words.demonyms and country is None and org is None:
            country = words.country_de.get(words.demonyms[doc[k].lower_])
        elif org is None and (
            inner := next((c for c in cands if c.i == k and c.type == "ORG"), None)
        ):
            org = inner.text  # "a NASA planetary scientist"
            k = inner.j
            continue
        elif any(c.i == k for c in cands if c.type == "PER"):
            return None  # a list of names: "X, Y and Z"
        k += 1
    if noun < 0:
        return None
    end = k if tail else noun + 1
    return start, end, country, org


def add_appositions(segments: list[Segment], found: list[Cand], cands: list[Cand]) -> None:
    """The role apposition or predicate after a further mention of a person ("Brandt is the CEO
    of DH", "Roe, a spokeswoman for X, said"): the surname mentions the one-sense step adds."""
    words = load_english()
    for c in found:
        if c.type != "PER" or c.i < 0 or c.seg < 0:
            continue
        near = [k for k in cands if k.seg == c.seg]
        app = _apposition(segments[c.seg].doc, c.j, near, words)
        if app is not None:
            _add_role(segments[c.seg], c, *app)


def _roles_around(
    seg: Segment, c: Cand, cands: list[Cand], words: EnglishWords, person_words: frozenset[str]
) -> None:
    """Roles written around an English name, with the organisation, party or country they
    state: a role before it in lower case or capitals ("Taliban spokesman X", "White House press
    secretary X", "U.S. Attorney X", "Republican Gov. X"), a party tag after it ("(D-Minn.)",
    ", R-Texas"), an apposition ("X, a spokesman for Y")."""
    doc = seg.doc
    end = c.i
    k = _role_start(doc, c.i, words)
    if k == c.i and c.i > 1 and doc[c.i - 1].text == ",":
        # "Senate Leader, Ahmad Lawan", "Veteran Nollywood actress, Kate Henshaw," at the
        # start of a sentence
        k = _role_start(doc, c.i - 1, words)
        q = _qualifier(doc, k, cands, words, person_words)[0] if k < c.i - 1 else c.i
        # inside a sentence: "by WeWork's founder and former CEO, Erik Smith.", "another
        # witness, Tim Morgan, who …" (a lower-case role noun or one in capitals before
        # the comma, the name closed like an apposition)
        inside = (
            q < c.i - 1
            and (doc[c.i - 2].is_lower or _is_caps(doc[c.i - 2].text))
            and (
                c.j >= len(doc) or doc[c.j].text in (",", ".", ";", ":") or doc[c.j].lower_ == "who"
            )
        )
        if q < c.i - 1 and (q == 0 or doc[q - 1].is_sent_end or doc[q - 1].is_space or inside):
            end = c.i - 1
        else:
            k = c.i
    if k < end:
        q, country, org = _qualifier(doc, k, cands, words, person_words)
        old = [r for r in c.roles if seg.start + doc[q].idx <= r.start < c.start]
        for r in old:
            c.roles.remove(r)
        _add_role(seg, c, q, end, country, org)
    tag = _party_tag(doc, c.j, words)
    if tag:
        c.orgs.append(tag)
    app = _apposition(doc, c.j, cands, words)
    if app is not None:
        a, b, country, org = app
        _add_role(seg, c, a, b, country, org)


def _add_role(seg: Segment, c: Cand, a: int, b: int, country: str | None, org: str | None) -> None:
    doc = seg.doc
    while b > a and (doc[b - 1].is_punct or doc[b - 1].text in APOSTROPHES):
        b -= 1
    if b <= a:
        return
    text = doc[a:b].text
    c.roles.append(
        RolePhrase(
            text=text,
            start=seg.start + doc[a].idx,
            end=seg.start + doc[b - 1].idx + len(doc[b - 1]),
            info=RoleInfo(lemma=text, head=doc[b - 1].lower_, kind="office"),
            country=country,
            org=org,
            country_from="apposition" if country else None,
            noun_start=seg.start + doc[b - 1].idx,
        )
    )


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# words in a person's roles or titles that give the gender pronouns may follow
FEMALE_WORDS = frozenset(["mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess",
                          "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
                          "assemblywoman", "actress", "businesswoman", "wife", "mother",
                          "daughter", "sister", "widow", "first lady"])  # fmt: skip
MALE_WORDS = frozenset(["mr", "sir", "lord", "king", "prince", "spokesman", "chairman",
                        "congressman", "councilman", "assemblyman", "actor", "businessman",
                        "husband", "father", "son", "brother"])  # fmt: skip
# how far back (characters) a pronoun or "the president" looks for its person
REFERENCE_WINDOW = 600


def _gender(cl: Cluster, words: EnglishWords) -> str | None:
    """'m' or 'f' from a title or role ("Mrs", "spokeswoman") or the given name; None for a
    person named by the surname only."""
    role_words = {w.lower().rstrip(".") for r in cl.roles for w in r.text.split()}
    if role_words & FEMALE_WORDS and not role_words & MALE_WORDS:
        return "f"
    if role_words & MALE_WORDS and not role_words & FEMALE_WORDS:
        return "m"
    full = [m.text.split() for m in cl.members if m.start >= 0 and len(m.text.split()) > 1]
    if not full:
        return None
    given = full[0][0].lower()
    if given in words.female_names or (given.endswith("a") and given not in words.male_names_a):
        return "f"
    return "m"


def _role_nouns_of(role: str, words: EnglishWords) -> set[str]:
    """The lower-case words of a role with abbreviations spelt out ("Gov." -> governor)."""
    out: set[str] = set()
    for w in role.lower().split():
        out.add(w.rstrip("."))
        out.update(words.role_abbreviations.get(w.rstrip("."), "").split())
    return out


def add_references(segments: list[Segment], persons: list[Cluster]) -> None:
    """Pronouns ("he", "his", "She") and definite role nouns ("the president", "The
    governor") as mentions of the person last named before them: a pronoun goes to the nearest
    person of its gender (known from a title or role: "Mrs", "spokeswoman"; else from the
    first pronoun given to the person), a role noun to the nearest person holding that role."""
    _merge_suffixed_names(persons)
    named: list[tuple[int, Cluster]] = sorted(
        ((m.start, cl) for cl in persons for m in cl.members if m.start >= 0),
        key=lambda t: t[0],
    )
    if not named:
        return
    words = load_english()
    gender: dict[int, str] = {}
    for cl in persons:
        g = _gender(cl, words)
        if g:
            gender[id(cl)] = g
    for idx, seg in enumerate(segments):
        doc = seg.doc
        for t in doc:
            start = seg.start + t.idx
            before = [(s, cl) for s, cl in named if start - REFERENCE_WINDOW <= s < start]
            if not before:
                continue
            want = PRONOUN_GENDER.get(t.lower_)
            if want is not None:
                target = None
                for _s, cl in reversed(before):
                    if gender.get(id(cl), want) == want:
                        target = cl
                        break
                    if t.lower_ == "her":
                        break  # "her" is also an object: not past a man
                if target is None:
                    continue
                span = (t.i, t.i + 1)
            elif (
                t.lower_ == "the"
                and t.i + 1 < len(doc)
                and doc[t.i + 1].is_lower
                and _bare(doc[t.i + 1].text) in words.role_nouns
                and not (t.i + 2 < len(doc) and doc[t.i + 2].lower_ in ("of", "'s", "’s"))
                and not (t.i + 2 < len(doc) and doc[t.i + 2].is_title)
                and not (t.i + 2 < len(doc) and _role_word(doc, t.i + 2, words))
            ):
                noun = _bare(doc[t.i + 1].text)
                holders = [
                    cl
                    for _s, cl in reversed(before)
                    if any(noun in _role_nouns_of(r.text, words) for r in cl.roles)
                ]
                if not holders:
                    continue
                target = holders[0]
                span = (t.i, t.i + 2)
            else:
                continue
            a, b = span
            target.descriptors.append(span_cand(idx, seg, a, b, "PER", "descriptor"))


def _free(doc: Doc, taken: set[int], a: int, b: int) -> bool:
    return 0 <= a < b <= len(doc) and not any(m in taken for m in range(a, b))


def _taken(kept: list[Cand], idx: int) -> set[int]:
    return {k for c in kept if c.seg == idx and c.i >= 0 for k in range(c.i, c.j)}


def _add_institutions(idx: int, seg: Segment, kept: list[Cand], words: EnglishWords) -> list[Cand]:
    """A country, demonym or listed place before a lower-case institution noun names an
    organisation: "the Afghan government", "Hong Kong police", "the U.S. military" (the
    place's candidate, if any, is replaced)."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    mine = [c for c in kept if c.seg == idx and c.i >= 0]
    added: list[Cand] = []
    drop: set[int] = set()
    for k in range(1, len(doc)):
        noun = next(
            (
                len(n)
                for n in words.institution_nouns
                if k + len(n) <= len(doc)
                and all(doc[k + m].text == n[m] for m in range(len(n)))  # lower case only
            ),
            0,
        )
        if not noun or (k + noun < len(doc) and doc[k + noun].lower_ in ("of", "'s", "’s")):
            continue  # "the government of X" names X's government only with X
        a = k
        p = k - 1 if doc[k - 1].text in APOSTROPHES else k  # "Hong Kong's police"
        for n in (3, 2, 1):
            if p - n < 0:
                continue
            span = doc[p - n : p]
            low = span.text.lower()
            if span[0].text[:1].isupper() and (
                low in words.countries or low in words.demonyms or low in words.english_places
            ):
                a = p - n
                break
        if a == k or (a > 0 and _cap(doc, a - 1) and not doc[a - 1].is_sent_start):
            continue
        b = k + noun
        inside = [c for c in mine if a <= c.i and c.j <= b]
        if any(c.i < b and a < c.j and c not in inside for c in mine):
            continue
        if any(c.type == "PER" for c in inside):
            continue
        drop.update(id(c) for c in inside)
        cand = span_cand(idx, seg, a, b, "ORG", "gazetteer")
        low = doc[a:p].text.lower()
        if low in words.countries:
            cand.country = words.country_de[words.countries[low]]
        elif low in words.demonyms:
            cand.country = words.country_de.get(words.demonyms[low])
        added.append(cand)
    if not added:
        return kept
    return _with_added([c for c in kept if id(c) not in drop], added)


def _state_at(doc: Doc, k: int, words: EnglishWords) -> int:
    """Tokens of a US state written at token k after a city and a comma (0 if none): "Calif.",
    "W.Va" "." as the tokenizer splits it, "Texas", "New York", a postal code "TX"."""
    for n in (2, 1):
        if k + n <= len(doc) and doc[k : k + n].text in words.state_abbreviations:
            return n
    if (
        k + 1 < len(doc)
        and doc[k + 1].text == "."
        and not doc[k].whitespace_
        and doc[k].text + "." in words.state_abbreviations
    ):
        return 2  # "W.Va" "."
    return 0


def _add_city_states(
    idx: int, seg: Segment, kept: list[Cand], words: EnglishWords, named: frozenset[str]
) -> list[Cand]:
    """ "Hayward, Calif.", "Dekalb, Ill.", "Fort Worth, Texas", "Houston, TX": the city (one to
    three capitalised words, also in capitals at a dateline) and the state are places."""
    doc = seg.doc
    taken = _taken(kept, idx)
    added: list[Cand] = []
    for j in range(1, len(doc) - 1):
        if doc[j].text != ",":
            continue
        n = _state_at(doc, j + 1, words)
        if not n:
            continue
        b = j + 1 + n
        if b < len(doc) and (_cap(doc, b) or doc[b].text in ("-", "–")):
            continue  # "Texas Instruments", a longer name
        if doc[j + 1 : b].text.isupper() and b < len(doc) and doc[b].is_alpha:
            continue  # "CA" mid-sentence: only a postal code closing the phrase is a state
        i = j
        while (
            i > 0
            and j - i < 3
            and (
                _cap(doc, i - 1)
                or _is_caps(doc[i - 1].text)
                or (doc[i - 1].text in ("St.", "Ft.", "Mt.") and i < j)  # "St. Louis, Mo."
            )
        ):
            i -= 1
        if i == j or doc[i].lower_ in words.openers or _stop(doc[i].text):
            continue
        if i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_:
            continue  # "R-Texas": a party tag
        city_free = _free(doc, taken, i, j) and doc[i:j].text not in named
        if city_free and not (i > 0 and doc[i - 1].text in words.party_tags):
            added.append(span_cand(idx, seg, i, j, "LOC", "gazetteer"))
            taken.update(range(i, j))
        elif not any(c.seg == idx and c.i == i and c.j == j and c.type == "LOC" for c in kept):
            continue  # the words before the comma are some other name: not a city
        if _free(doc, taken, j + 1, b):
            state = span_cand(idx, seg, j + 1, b, "LOC", "gazetteer")
            written = state.text if state.text in words.state_abbreviations else state.text + "."
            # one place with the state's name ("Calif." = "California"), no acronym ("VA")
            state.key = words.state_abbreviations.get(written, state.text)
            added.append(state)
            taken.update(range(j + 1, b))
    return _with_added(kept, added)


DOMAIN = re.compile(r"^[A-Z][\w-]*\.(?:com|co\.uk|org|net|info|news|io)$")
CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+$|^[A-Z][a-z]+[A-Z]$")


def _add_camel_orgs(
    idx: int, seg: Segment, kept: list[Cand], words: EnglishWords, named: frozenset[str]
) -> list[Cand]:
    """A word in camel case that no candidate covers names a company or a brand: "WeWork",
    "SoftBank", "GateHouse", "SpaceX" (not a surname: "McDonald", "DeLuca")."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    taken = _taken(kept, idx)
    added: list[Cand] = []
    for k, t in enumerate(doc):
        if k in taken:
            continue
        if t.text in words.dotted_orgs or DOMAIN.match(t.text):
            added.append(span_cand(idx, seg, k, k + 1, "ORG", "gazetteer"))  # "U.N.", "Axios.com"
            taken.add(k)
            continue
        if t.text in words.party_plurals:  # "Democrats", "House Republicans"
            cand = span_cand(idx, seg, k, k + 1, "ORG", "gazetteer")
            cand.key = words.party_plurals[t.text]
            added.append(cand)
            taken.add(k)
            continue
        if not CAMEL.match(t.text) or t.text in named:
            continue
        if t.text.startswith(words.camel_surname_prefixes):
            continue
        if (k > 0 and _cap(doc, k - 1) and not doc[k - 1].is_sent_start) or (
            k + 1 < len(doc) and _cap(doc, k + 1)
        ):
            continue  # inside a longer name ("Google PlayStation Network")
        added.append(span_cand(idx, seg, k, k + 1, "ORG", "gazetteer"))
        taken.add(k)
    return _with_added(kept, added)


def _add_role_orgs(
    segments: list[Segment], kept: list[Cand], words: EnglishWords, person_words: frozenset[str]
) -> list[Cand]:
    """The organisations that roles name ("WeWork CEO X", "a spokesman for Instagram") are
    organisations wherever the article writes them and no candidate covers the words."""
    names: set[str] = set()
    for c in kept:
        orgs = [r.org for r in c.roles]
        if c.type == "ORG" and c.source != "ner" and len(c.text) > 2 and not c.text.isupper():
            orgs.append(c.text)  # "retailer Home Depot" ... "Home Depot stock fell"
        for org in orgs:
            if not org or org.lower() in words.countries or org.lower() in words.english_places:
                continue
            toks = org.split()
            if toks[0].lower() in ("the", "a", "an") or any(t in person_words for t in toks):
                continue
            if all(t[:1].isupper() or t.lower() in CONNECTORS for t in toks):
                names.add(org)
    if not names:
        return kept
    added: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        taken = _taken(kept, idx) | {k for c in added if c.seg == idx for k in range(c.i, c.j)}
        text = doc.text
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w&.-]){re.escape(name)}(?![\w&-])", text):
                span = doc.char_span(m.start(), m.end())
                if span is None or not _free(doc, taken, span.start, span.end):
                    continue
                a, b = span.start, span.end
                if (a > 0 and _cap(doc, a - 1) and not doc[a - 1].is_sent_start) or (
                    b < len(doc)
                    and _cap(doc, b)
                    and not _role_at(doc, b, len(doc), words)
                    and _role_word(doc, b, words) != "noun"
                ):
                    continue  # part of a longer name
                added.append(span_cand(idx, seg, a, b, "ORG", "gazetteer"))
                taken.update(range(a, b))
    return _with_added(kept, added)


KIND_APPOSITION_END = frozenset([",", ".", ";", ":", ")", "—", "–", "that", "which", "whose",
                                 "based", "focused", "founded", "owned", "with", "of", "in",
                                 "for", "and", "run", "led"])  # fmt: skip


def _plain_name(
    doc: Doc,
    a: int,
    b: int,
    words: EnglishWords,
    given_names: frozenset[str],
    lower: frozenset[str],
    named: frozenset[str],
) -> bool:
    """Tokens a..b could be an organisation's name: capitalised words that are no opener,
    calendar word, title, role, country, demonym, place, party adjective, person's word or word
    the article also writes in lower case."""
    if a >= b:
        return False
    low = doc[a:b].text.lower()
    if low in words.countries or low in words.english_places or low in words.demonyms:
        return False
    if b - a == 1 and doc[a].text in given_names:
        return False
    for t in doc[a:b]:
        w = _bare(t.text)
        if (
            _opener(t.text, words)
            or w in words.titles
            or w in words.countries
            or w in words.demonyms
            or w in words.party_adjectives
            or _role_word(doc, t.i, words)
            or t.text in named
            or (t.lower_ in lower and not CAMEL.match(t.text))
        ):
            return False
    return True


def _add_kind_orgs(
    idx: int,
    seg: Segment,
    kept: list[Cand],
    words: EnglishWords,
    given_names: frozenset[str],
    lower: frozenset[str],
    named: frozenset[str],
) -> list[Cand]:
    """Organisations a noun for their kind or their people marks: "retailer Home Depot",
    "developer Valve" (the noun before), "Ascom, a global solutions provider", "Blue Origin,
    the space company" (an apposition after), "Alibaba leaders", "Salesforce founder",
    "Tesla's stock" (a member noun after; not "shares", a verb too). A person candidate
    exactly on the words becomes an organisation."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    mine = [c for c in kept if c.seg == idx and c.i >= 0]
    spans: list[tuple[int, int]] = []

    def run_from(a: int) -> int:  # capitalised words from a on (at most 3)
        b = a
        while b < len(doc) and b - a < 3 and (_cap(doc, b) or CAMEL.match(doc[b].text)):
            b += 1
        return b

    def run_to(b: int) -> int:  # capitalised words ending at b (at most 3)
        a = b
        while a > 0 and b - a < 3 and (_cap(doc, a - 1) or CAMEL.match(doc[a - 1].text)):
            a -= 1
        return a

    n = len(doc)
    for k in range(n - 1):
        low = doc[k].lower_
        if doc[k].is_lower and low in words.org_kind_nouns:
            b = run_from(k + 1)
            if b > k + 1 and not (b < n and _cap(doc, b)):
                spans.append((k + 1, b))
        if doc[k].text == "," and k > 0:
            a = run_to(k)
            m = k + 1
            if m < n and doc[m].lower_ in ("a", "an", "the"):
                m += 1
            first = m
            while m < n and m - first < 5 and (doc[m].is_lower or doc[m].text in ("-", "&")):
                if doc[m].lower_ in words.org_kind_nouns and (
                    m + 1 >= n or doc[m + 1].lower_ in KIND_APPOSITION_END
                ):
                    if first > k + 1 and a < k and (a == 0 or not _cap(doc, a - 1)):
                        spans.append((a, k))
                    break
                m += 1
        if doc[k].is_lower and low in words.org_member_nouns and k > 0:
            end = k - 1 if doc[k - 1].text in APOSTROPHES else k
            a = run_to(end)
            if a < end and (a == 0 or not _cap(doc, a - 1)):
                spans.append((a, end))
    added: list[Cand] = []
    for a, b in spans:
        inside = [c for c in mine + added if c.i < b and a < c.j]
        exact = len(inside) == 1 and (inside[0].i, inside[0].j) == (a, b)
        own = frozenset(doc[a:b].text.split()) if exact else frozenset()
        if not _plain_name(doc, a, b, words, given_names, lower, named - own):
            continue
        if not inside:
            added.append(span_cand(idx, seg, a, b, "ORG", "gazetteer"))
        elif exact and inside[0].type == "PER" and not inside[0].roles:
            inside[0].type = "ORG"  # "company Blue Origin"
    return _with_added(kept, added)


#: how far before an office (characters) another country keeps it from the home country
NEAR_COUNTRY = 120
OFFICE_MODIFIERS = frozenset(["former", "then", "acting", "late", "outgoing", "incoming"])


def office_country(cl: Cluster, clusters: list[Cluster], text: str) -> str | None:
    """The country of a person given a state office as a title with no country or organisation
    ("President Tim Morgan", "Sen. Erik Smith", "former Gov. Laura Brooks"): the country the
    article clearly names most, at least three times and twice as often as any other (places
    and organisations with a country; US states count as the USA), unless another country is
    named shortly before the office ("France … President Emmanuel Macron")."""
    words = load_english()
    phrases = list(cl.roles) + [d.descriptor for d in cl.descriptors if d.descriptor]
    starts = []
    for r in phrases:
        if r.country or r.org or not r.text[:1].isalpha():
            continue
        toks = r.text.split()
        while toks and toks[0].lower() in OFFICE_MODIFIERS:
            toks = toks[1:]
        if (
            toks
            and toks[0][:1].isupper()
            and " ".join(toks).lower().rstrip(".") in (words.home_offices)
        ):
            starts.append(r.start)
    if not starts:
        return None
    states = {v.lower() for v in words.state_abbreviations.values()}
    counts: dict[str, int] = {}
    for other in clusters:
        if other.type not in ("LOC", "ORG"):
            continue
        for m in other.members:
            if m.start < 0:
                continue
            country = m.country
            if country is None and other.type == "LOC":
                if m.text.lower() in words.countries:
                    country = words.country_de[words.countries[m.text.lower()]]
                elif (other.key or m.text).lower() in states:
                    country = "USA"
            if country:
                counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    home = ranked[0][0]
    start = min(starts)
    for w in re.findall(
        r"[A-Z][\w.]*(?: [A-Z][\w.]*)?", text[max(0, start - NEAR_COUNTRY) : start]
    ):
        for form in (w, w.split()[0]):
            low = form.lower()
            name = words.countries.get(low) or words.demonyms.get(low)
            if name and words.country_de.get(name) not in (home, None):
                return None
    return home


NAME_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])


def _merge_suffixed_names(persons: list[Cluster]) -> None:
    """A person named with a suffix ("Tim Carter Jr.", clustered under "Jr.") is the
    person the surname alone names ("Carter said"): the surname-only cluster joins it."""
    for cl in list(persons):
        full = [m.text.split() for m in cl.members if m.start >= 0 and len(m.text.split()) > 2]
        full = [t for t in full if t[-1] in NAME_SUFFIXES]
        if not full or cl not in persons:
            continue
        surname = full[0][-2]
        for other in list(persons):
            if other is cl or not other.members:
                continue
            texts = {m.text for m in other.members if m.start >= 0}
            if texts and all(t.split()[-1] == surname and len(t.split()) == 1 for t in texts):
                cl.members.extend(other.members)
                cl.descriptors.extend(other.descriptors)
                persons.remove(other)


def _add_place_runs(idx: int, seg: Segment, kept: list[Cand], words: EnglishWords) -> list[Cand]:
    """A capitalised run ending in a place head that no candidate covers is a place: "Logar
    Province", "Helmand Province", "Orange County", "Death Valley"."""
    doc = seg.doc
    if _all_caps(doc):
        return kept
    taken = _taken(kept, idx)
    added: list[Cand] = []
    for k in range(1, len(doc)):
        if not (doc[k].is_title and _bare(doc[k].text) in words.place_heads) or k in taken:
            continue
        if k + 1 < len(doc) and (_cap(doc, k + 1) or _role_word(doc, k + 1, words) == "noun"):
            continue  # "Bay Area Rapid Transit": a longer name; "Penn State quarterback": a team
        a = k
        while (
            a > 0
            and k - a < 3
            and _cap(doc, a - 1)
            and a - 1 not in taken
            and not _opener(doc[a - 1].text, words)
            and not _role_word(doc, a - 1, words)
            and _bare(doc[a - 1].text) not in words.titles
        ):
            a -= 1
        if a == k or (a > 0 and (_cap(doc, a - 1) and not doc[a - 1].is_sent_start)):
            continue
        if a > 0 and (a - 1 in taken or _is_caps(doc[a - 1].text)):
            continue
        added.append(span_cand(idx, seg, a, k + 1, "LOC", "gazetteer"))
        taken.update(range(a, k + 1))
    return _with_added(kept, added)


def _add_suffixed_surnames(segments: list[Segment], kept: list[Cand]) -> list[Cand]:
    """The surname of a name with a suffix ("Tim Carter Jr.") wherever the text writes it
    alone ("Carter said"): person mentions (the clustering reads "Jr." as the surname)."""
    surnames = {
        toks[-2]
        for c in kept
        if c.type == "PER" and len(toks := c.text.split()) > 2 and toks[-1] in NAME_SUFFIXES
    }
    if not surnames:
        return kept
    added: list[Cand] = []
    for idx, seg in enumerate(segments):
        doc = seg.doc
        taken = _taken(kept, idx)
        for k, t in enumerate(doc):
            if (
                t.text in surnames
                and k not in taken
                and not (k + 1 < len(doc) and _cap(doc, k + 1))
            ):
                if k > 0 and _cap(doc, k - 1) and not doc[k - 1].is_sent_start:
                    continue
                added.append(span_cand(idx, seg, k, k + 1, "PER", "rolename"))
    return _with_added(kept, added)
