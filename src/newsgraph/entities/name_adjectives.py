"""Adjectives the NER cut off the front of an organisation's name (session 32).

German writes an adjective with a capital inside a sentence only when it is part of a name:
"der Israelitischen Kultusgemeinde Wien", "an die Neue Galerie Linz", "die Steiermärkische
Sparkasse", "im Niederösterreichischen Landtag". The statistical NER often starts the span at
the noun ("Kultusgemeinde Wien", "Sparkasse", "Landtag"), which names another body or none.
An organisation span right after such an adjective starts at the adjective.

At the start of a sentence, after a colon or an opening quotation mark and in headlines every
word may be capitalised, so there an adjective joins only the name the article writes with it
inside a sentence as well.

Second, a Land's or a region's adjective before a bare body ("die bayerische Landesregierung",
"der steiermärkische Landtag") is written in lower case but says whose body it is: the body is
named with it ("bayerische Landesregierung"), as a country's adjective names a national body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.entities.inflection import ARTICLES, head_gender
from newsgraph.entities.lexicon import ADJ_ENDINGS, Lexicon, load_lexicon
from newsgraph.entities.mentions import OPEN_QUOTES, Cand
from newsgraph.entities.namewords import common_word_tag
from newsgraph.entities.tokens import sentence_spans, strong_adjective

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.pipeline import Segment

#: stems of derived adjectives ("israelitisch-", "sozialmedizinisch-", "steiermärkisch-",
#: "kommunal-", "regional-", "sozial-", "kreativ-", "aktuell-", "populär-")
DERIVED_STEM = re.compile(r"(isch|lich|ig|al|ell|iv|är|bar|sam|haft)$")
#: tokens after which a capitalised word may open a sentence or a quotation
OPENERS = frozenset([".", "!", "?", ":", ";", "–", "-", "(", *OPEN_QUOTES])
#: segments whose words may all be capitalised
HEADLINES = frozenset(["title", "subheading"])
#: sources of organisation candidates that a preceding adjective may join
SOURCES = frozenset(["ner", "intro", "orgnoun", "gazetteer", "company", "propagated"])


def _adjective_form(word: str, lex: Lexicon) -> str | None:
    """The stem of a capitalised inflected adjective ("Israelitischen" → "Israelitisch", "Neue"
    → "Neu"), or None when the word reads as something else."""
    if not (word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) >= 4):
        return None
    if lex.role(word) is not None or word in lex.first_names or lex.country_of(word):
        return None
    for ending in ADJ_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            break
    else:
        return None
    if lex.place_adjective_base(word) is not None:
        return None  # "Wiener", "Salzburger": always capitalised, no sign of a name
    tag = common_word_tag(word)
    if len(stem) >= 4 and DERIVED_STEM.search(stem.lower()):
        # "Hersteller", "Beschleuniger": a noun in -er whose stem looks like an adjective's
        if tag == "NN" and not stem.lower().endswith(("isch", "lich")):
            return None
        return stem
    if tag == "ADJ(A)":  # "Neue", "Ersten", "Rote"
        return stem
    return None


def _noun_head(word: str, lex: Lexicon) -> bool:
    """Is the first word of the span a German common noun or an organisation noun, which the
    adjective modifies ("Neue Galerie", "Erste Liga", "Steiermärkische Sparkasse")? Before a
    name it is a noun of its own ("dem Vierten Admira Wacker", "Vorletzten TSG Hoffenheim")."""
    head = word.rpartition("-")[2]
    if not head[:1].isupper() or head.isupper() or not head.isalpha():
        return False  # "TSG Hoffenheim", "ÖVP": an abbreviation is a name
    return (
        common_word_tag(head) == "NN"
        or _tagged_noun(head)
        or head.lower().endswith(lex.org_suffix_tuple)
        or lex.is_intro(head)
    )


@lru_cache(maxsize=4096)
def _tagged_noun(word: str) -> bool:
    """HanTa's best reading of the word is a known common noun, even where a name reading
    comes close ("Sparkasse")."""
    from newsgraph.nlp.hanta import KNOWN_WORD_LOGP, german_tagger

    tagger = german_tagger()
    if tagger is None:
        return False
    tags = tagger.tag_word(word, cutoff=3)  # type: ignore[attr-defined]
    return bool(tags) and tags[0][0] == "NN" and float(tags[0][1]) >= KNOWN_WORD_LOGP


def _opens(doc: Doc, k: int, starts: set[int]) -> bool:
    """Does token k open a sentence, a quotation or a bracket?"""
    return k in starts or k == 0 or doc[k - 1].text in OPENERS


def extend_name_adjectives(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """Start an organisation span at the capitalised adjective before it (see the module
    docstring); then name a bare body after a region's adjective by it."""
    covered = {(c.seg, k) for c in cands if c.i >= 0 for k in range(c.i, c.j)}
    found: list[tuple[Cand, int, str, bool]] = []  # candidate, adjective token, stem, inside
    for c in sorted(cands, key=lambda c: c.start):
        if c.type != "ORG" or c.i <= 0 or c.name_prefix or c.source not in SOURCES:
            continue
        seg = segments[c.seg]
        doc = seg.doc
        if c.start != seg.start + doc[c.i].idx:
            continue  # inside a compound
        if c.key and len(c.key.split()) > len(c.text.split()):
            continue  # "den Vorletzten Hoffenheim": a short name of the article's "TSG Hoffenheim"
        k = c.i - 1
        if (c.seg, k) in covered or doc[k].ent_type_ in ("PER", "LOC"):
            continue
        stem = _adjective_form(doc[k].text, lex)
        if stem is None or not _noun_head(doc[c.i].text, lex):
            continue
        starts = {a for a, _ in sentence_spans(doc)}
        inside = seg.block_type not in HEADLINES and not _opens(doc, k, starts)
        found.append((c, k, stem, inside))
    # an adjective at a sentence's start joins only a name the article also writes with it
    # inside a sentence
    named = {(stem, c.key or c.text) for c, _k, stem, inside in found if inside}
    chosen: dict[tuple[str, str], tuple[bool, str]] = {}
    extended: list[tuple[Cand, tuple[str, str]]] = []
    for c, k, stem, _inside in found:
        group = (stem, c.key or c.text)
        if group not in named:
            continue
        seg = segments[c.seg]
        adjective = seg.doc[k].text
        if c.source == "orgnoun":  # "des Niederösterreichischen Landtags" → the name's key
            key = f"{strong_adjective(adjective, c.gender)} {c.key or c.text}"
            c.country, c.source = None, "intro"
        else:
            key = f"{adjective} {c.key or c.text}"
        # one name however inflected: the key of the first form after an article (the
        # nominative step reads the article), else of the first
        after_article = seg.doc[k - 1].lower_ in ARTICLES if k > 0 else False
        if group not in chosen or (after_article and not chosen[group][0]):
            chosen[group] = (after_article, key)
        c.i = k
        c.start = seg.start + seg.doc[k].idx
        c.text = seg.doc[c.i : c.j].text
        extended.append((c, group))
    renamed: dict[str, str] = {}
    for c, group in extended:
        c.key = chosen[group][1]
        renamed[group[1]] = c.key
    # a short form bound to the name before ("der Technischen Universität Nanyang (NTU)")
    # follows it; the bare words themselves may name another body ("Universität Wien")
    for c in cands:
        if c.key in renamed and c.text != c.key and not c.key.startswith(c.text):
            c.key = renamed[c.key]
    _region_adjective_bodies(segments, cands, lex)


def _region_adjective_bodies(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "die bayerische Landesregierung", "der steirische Landtag": a bare body (an
    organisation noun no country qualifies) after the lower-case adjective of a region of
    regions.tsv is named with it; when the article names one region's body so, the bare body
    noun elsewhere ("die Landesregierung", "diesem Landtag") is that body."""
    qualified: dict[str, dict[str, str]] = {}  # body noun -> region -> key
    bare: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        if (
            c.type != "ORG"
            or c.source not in ("orgnoun", "ner", "propagated")
            or c.country is not None
        ):
            continue
        seg = segments[c.seg]
        doc = seg.doc
        if c.i < 0 or c.j - c.i != 1 or c.start != seg.start + doc[c.i].idx:
            continue
        body = c.key or c.text
        gender = c.gender if c.source == "orgnoun" else head_gender(body, lex)
        if gender is None:
            continue
        region = region_of_adjective(doc[c.i - 1].text) if c.i > 0 else None
        if region is None:
            bare.append(c)
            continue
        word = doc[c.i - 1].text
        key = qualified.setdefault(body, {}).setdefault(
            region, f"{strong_adjective(word, gender)} {body}"
        )
        c.key = key
        c.i -= 1
        c.start = seg.start + doc[c.i].idx
        c.text = doc[c.i : c.j].text
    for c in bare:
        regions = qualified.get(c.key or c.text, {})
        if len(regions) == 1:
            c.key = next(iter(regions.values()))


@lru_cache(maxsize=1)
def _region_adjectives() -> dict[str, str]:
    """Adjective stems of the regions of regions.tsv ("steirisch", "steiermärkisch") → region
    (the lexicon's reading of the file, its -isch adjectives only)."""
    regions = load_lexicon().adjective_regions
    return {adj: region for adj, region in regions.items() if adj.endswith("isch")}


def region_of_adjective(word: str) -> str | None:
    """The region of a lower-case inflected region adjective ("bayerische" → Bayern,
    "steiermärkischen" → Steiermark); None for anything else."""
    if not word.islower():
        return None
    return _region_of(word)


def region_of_any_case(word: str) -> str | None:
    """The region of an inflected region adjective in either case ("steiermärkischer",
    "Niederösterreichischen" → Niederösterreich); None for anything else."""
    return _region_of(word.lower())


def region_body_country(name: str, lex: Lexicon) -> str | None:
    """The country of a region's parliament or government named with the region's adjective
    ("steiermärkischer Landtag", "Niederösterreichischer Landtag", "bayerische
    Landesregierung"): as a person's affiliation it says the country, as the bare body does
    (`generic_bodies` of orgs.yaml)."""
    adjective, _, body = name.partition(" ")
    if body not in lex.generic_bodies:
        return None
    region = region_of_any_case(adjective)
    if region is None:
        return None
    return lex.regions.get(region) or None


def _region_of(word: str) -> str | None:
    for ending in ("en", "em", "er", "es", "e"):
        if word.endswith(ending) and word[: -len(ending)] in _region_adjectives():
            return _region_adjectives()[word[: -len(ending)]]
    return None
