"""Places the statistical NER missed (session 32, issue #3).

Mention candidates of LOC for words no other candidate covers:

- *Known places*: a region or town of ``regions.tsv`` or a large region of the world
  (``world_regions`` in words.yaml), also in the genitive ("Flanderns") and with "Sankt" for
  "St." ("Sankt Pölten"): "im Burgenland", "nach Schwechat", "im Baltikum". A one-word name
  that the tagger does not read as a proper noun needs a preposition of place right before it
  ("in Essen", not "beim Essen").
- *Compass compounds*: a compass or position prefix before a known place ("Westbalkan",
  "Ostösterreich", "Südsteiermark").
- *One-word sites*: a compound with a site head after a compass word, a known place or its
  adjective in -er, after a preposition or article ("am Westbahnhof", "des Schwedenplatzes",
  "der Dornbirnerstraße").
- *After a place noun*: capitalised words that are no common noun after a noun that
  introduces a place (``place_intro`` of orgs.yaml: "der Provinz Mardin", "der Grafschaft
  Wiltshire", "der Ortschaft Albu Kamal") or names a place kind (``thing_heads`` LOC: "der Insel
  Lesbos").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsgraph.entities.lexicon import Lexicon
from newsgraph.entities.mentions import Cand, span_cand
from newsgraph.entities.namewords import common_word_tag
from newsgraph.entities.tokens import has_pos, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.pipeline import Segment

#: prepositions after which a capitalised word names a place ("in Essen", "aus Wels")
PLACE_PREPOSITIONS = frozenset(["in", "nach", "aus", "bei", "von", "über", "durch"])
#: prefixes that make a part of a known place ("Westbalkan", "Südsteiermark")
COMPASS_PREFIXES = (
    "Nordost",
    "Nordwest",
    "Südost",
    "Südwest",
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Zentral",
)
#: the most words read after a place noun ("der Region Phang Nga", "Provinz Deir Essor")
MAX_INTRO_WORDS = 3


def known_region(name: str, lex: Lexicon) -> bool:
    """A region or town of ``regions.tsv`` or a large region of the world."""
    return name in lex.regions or name in lex.world_regions


def compass_place(word: str, lex: Lexicon) -> str | None:
    """The known place a compass prefix is put before ("Westbalkan" → Balkan,
    "Ostösterreich" → Österreich), or None."""
    if not word.startswith(COMPASS_PREFIXES):
        return None  # session 36: most words (one test, not one per prefix)
    for prefix in COMPASS_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and rest[:1].islower():
            base = rest[:1].upper() + rest[1:]
            if known_region(base, lex) or lex.country_of(base) is not None:
                return base
    return None


#: genitive endings of a site's head ("des Happel-Stadions", "des Syntagma-Platzes")
HEAD_GENITIVES = ("es", "s")


def landmark_name(word: str, lex: Lexicon, *, tagged: bool = False) -> str | None:
    """The name of a site that a hyphenated word names ("Happel-Stadion", "Red-Bull-Arena",
    "des Syntagma-Platzes" → Syntagma-Platz): its head is a ``landmark_heads`` noun and every
    part before it a capitalised word that is no German common noun and no acronym; an English
    common word only where the NER ``tagged`` the word as a name ("Red-Bull-Arena", not "in
    einem Time-Tunnel"). None otherwise."""
    if "-" not in word:
        return None
    *parts, head = word.split("-")
    name = word
    if head not in lex.landmark_heads:
        base = next(
            (head[: -len(e)] for e in HEAD_GENITIVES if head[: -len(e)] in lex.landmark_heads),
            None,
        )
        if base is None or not head.endswith(("s", "es")):
            return None
        name = "-".join([*parts, base])
    for part in parts:
        if (
            len(part) < 2
            or not part[:1].isupper()
            or part.isupper()
            or not part.isalpha()
            or common_word_tag(part) not in ((None, "EN") if tagged else (None,))
            or part in lex.common_nouns
        ):
            return None
    return name


#: heads of a one-word site compound ("Westbahnhof", "Schwedenplatz"): ``landmark_heads`` less
#: the nature words the region lists name ("Ostsee", "Vorarlberg")
NOT_SITE_HEADS = frozenset(["See", "Tal", "Berg", "Insel", "Fluss", "Areal", "Bucht"])
#: words before a one-word site ("am Westbahnhof", "der Schwedenplatz")
SITE_OPENERS = PLACE_PREPOSITIONS | frozenset(
    [
        "im",
        "am",
        "an",
        "ans",
        "ins",
        "beim",
        "vom",
        "zum",
        "zur",
        "auf",
        "vor",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
    ]
)


def site_compound(word: str, lex: Lexicon) -> str | None:
    """The name of a site that a one-word compound names: a site head after a compass word or
    a known place or its adjective in -er ("Westbahnhof", "Schwedenplatz", "Dornbirnerstraße";
    genitive "des Schwedenplatzes" → Schwedenplatz). Not after a common first part
    ("Arbeitsplatz", "Hauptbahnhof", "Rathausplatz": the gold lists such sites only
    sometimes). None otherwise."""
    if "-" in word or not word[:1].isupper() or not word.isalpha():
        return None
    low = word.lower()
    if not low.endswith(_site_endings(lex.landmark_heads)):
        return None  # session 36: most words end in no site head (one test, not one per head)
    for head in lex.landmark_heads:
        if head in NOT_SITE_HEADS:
            continue
        h = head.lower()
        for end in ("", *HEAD_GENITIVES):
            if not low.endswith(h + end) or len(word) - len(h + end) < 3:
                continue
            first = word[: len(word) - len(h + end)]
            base = first[:-2] if first.endswith("er") else ""
            if (
                first in COMPASS_PREFIXES
                or known_region(first, lex)
                or lex.country_of(first) is not None
                or (len(base) >= 3 and known_region(base, lex))
            ):
                return word[: len(word) - len(end)] if end else word
    return None


@cache
def _site_endings(heads: frozenset[str]) -> tuple[str, ...]:
    """Every ending `site_compound` tests: a site head in lower case, bare or in the genitive."""
    return tuple(
        head.lower() + end
        for head in heads
        if head not in NOT_SITE_HEADS
        for end in ("", *HEAD_GENITIVES)
    )


def _region_forms(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Token sequences of the known regions (also "Sankt" for "St." and the genitive -s of a
    one-word name) by first token, with the name each names."""
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in (*lex.regions, *lex.world_regions):
        toks = tuple(name.split())
        variants = [toks]
        if toks[0] == "St." and len(toks) > 1:
            variants.append(("Sankt", *toks[1:]))
        if len(toks) == 1 and not name.endswith(("s", "x", "z", "ß")):
            variants.append((name + "s",))
        for v in variants:
            forms.setdefault(v[0], []).append((v, name))
    return forms


_FORMS: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


def _known_at(texts: list[str], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """The longest known region at token i: (number of tokens, name)."""
    forms = _FORMS.get(id(lex))
    if forms is None:
        forms = _FORMS[id(lex)] = _region_forms(lex)
    best: tuple[int, str] | None = None
    for toks, name in forms.get(texts[i], ()):
        n = len(toks)
        if tuple(texts[i : i + n]) == toks and (best is None or n > best[0]):
            best = (n, name)
    return best


def _proper_or_placed(doc: Doc, i: int, pos: bool, lex: Lexicon) -> bool:
    """Does the one known word at i name the place? Right after a preposition of place always,
    after an attributive adjective never ("gutes Essen"); a town whose name is also an ordinary
    word ("Essen", "Traun", "Kiel": a verb in lower case or a noun for HanTa) only as a proper
    noun for the tagger and not right after an article ("unter dem Kiel eines Frachters")."""
    if i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    if pos and i > 0 and doc[i - 1].pos_ == "ADJ":
        return False
    word = doc[i].text
    if word in lex.world_regions or not _ordinary_word(word):
        return True
    return pos and doc[i].pos_ == "PROPN" and not (i > 0 and doc[i - 1].pos_ == "DET")


#: HanTa log-probability of a lexicon reading (its guesses for unknown words score lower)
LEXICON_LOGP = -16.0


def _ordinary_word(word: str) -> bool:
    """Is the word also an ordinary word: a verb in lower case ("essen", "trauen") or a noun
    HanTa's lexicon knows ("Kiel", "Essen")? Without the analyser: yes, the stricter reading."""
    from newsgraph.nlp.hanta import german_tagger

    tagger = german_tagger()
    if tagger is None:
        return True
    lower = tagger.tag_word(word.lower(), cutoff=3)  # type: ignore[attr-defined]
    if lower and str(lower[0][0]).startswith("VV") and lower[0][1] >= LEXICON_LOGP:
        return True
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    return any(str(t) in ("NN", "NNI") and p >= LEXICON_LOGP for t, p in tags)


def _name_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may be (part of) a place's name: no common noun, role or
    lower-case word."""
    return (
        word[:1].isupper()
        and not word.isupper()  # "Dorf TV": an acronym names a medium or body
        and word.replace("-", "").isalpha()
        and common_word_tag(word) is None
        and word not in lex.common_nouns
        and lex.role(word) is None
        and lex.country_of_adjective(word.lower()) is None
    )


def place_candidates(seg: Segment, found: list[Cand], lex: Lexicon) -> list[Cand]:
    """LOC candidates of a segment for tokens that no candidate of ``found`` covers (see the
    module docstring)."""
    doc = seg.doc
    texts = token_texts(doc)
    pos = has_pos(doc)
    n = len(texts)
    kept: set[int] = set()
    for c in found:
        kept.update(range(c.i, c.j))
    taken = set(kept)
    for e in doc.ents:
        taken.update(range(e.start, e.end))
    out: list[Cand] = []
    i = 0
    while i < n:
        if i not in kept and (key := landmark_name(texts[i], lex, tagged=i in taken)) is not None:
            # also over an NER span the cleaning dropped ("Red-Bull-Arena" tagged ORG)
            c = span_cand(-1, seg, i, i + 1, "LOC", "name")
            c.key = key
            out.append(c)
            i += 1
            continue
        if i in taken or not texts[i][:1].isupper():
            i += 1
            continue
        if (
            i > 0
            and doc[i - 1].lower_ in SITE_OPENERS
            and (site := site_compound(texts[i], lex)) is not None
        ):
            c = span_cand(-1, seg, i, i + 1, "LOC", "name")
            c.key = site
            out.append(c)
            i += 1
            continue
        hit = _known_at(texts, i, lex)
        if hit is not None and not taken & set(range(i, i + hit[0])):
            size, name = hit
            if size > 1 or _proper_or_placed(doc, i, pos, lex):
                c = span_cand(-1, seg, i, i + size, "LOC", "gazetteer")
                c.key = name
                out.append(c)
                i += size
                continue
        word = texts[i]
        genitive = word.endswith("s") and compass_place(word[:-1], lex) is not None
        if (genitive or compass_place(word, lex) is not None) and "-" not in word:
            c = span_cand(-1, seg, i, i + 1, "LOC", "gazetteer")
            c.key = word[:-1] if genitive else word  # "Ostjerusalems" → Ostjerusalem
            out.append(c)
            i += 1
            continue
        if i > 0 and _after_place_noun(doc, i, lex) and _name_word(texts[i], lex):
            j = i + 1
            while (
                j < n and j - i < MAX_INTRO_WORDS and j not in taken and _name_word(texts[j], lex)
            ):
                j += 1
            out.append(span_cand(-1, seg, i, j, "LOC", "name"))
            i = j
            continue
        i += 1
    return out


#: compound heads that end like the place noun "Ort" but name no place ("Stichwort", "Sport")
NOT_PLACE_NOUNS = ("wort", "worte", "worten", "port", "ports")


def _after_place_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Is the word before token i a noun that introduces a place name ("Provinz", "Insel")?"""
    prev = doc[i - 1].text
    if prev.lower().endswith(NOT_PLACE_NOUNS):
        return False
    return lex.is_place_intro(prev) or lex.thing_kind(prev) == "LOC"


#: endings of a noun that takes -es in the genitive ("des Schwedenplatzes")
ES_GENITIVE_BASES = ("z", "s", "ß", "x", "sch")


def genitive_place_keys(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """A one-word place of the NER in the genitive after "des" or a common noun ("die
    Provinzen des Nildeltas", "die Gestaltung des Schwedenplatzes", "der Niedriglohnsektor
    Europas") is named without its genitive ending (Nildelta, Schwedenplatz). After a noun the
    tagger must read the word as a genitive. Not a place the lexicons know as written
    ("Paris"), nor after a noun that introduces a place ("der Insel Rhodos")."""
    for c in cands:
        if c.type != "LOC" or c.key or c.j - c.i != 1 or c.i < 1:
            continue
        word = c.text
        if (
            len(word) < 6
            or not word.endswith("s")
            or word.endswith(("ss", "'s"))
            or not word[:1].isupper()
            or known_region(word, lex)
            or lex.country_of(word) is not None
        ):
            continue
        doc = segments[c.seg].doc
        prev = doc[c.i - 1]
        # after a noun only where the tagger reads a genitive: an apposition keeps its -s
        # ("die Fregatte Canarias", "Energie Cottbus")
        after_noun = (
            "Gen" in doc[c.i].morph.get("Case", [])
            and prev.text[:1].isupper()
            and (prev.pos_ == "NOUN" or common_word_tag(prev.text) == "NN")
            and not _after_place_noun(doc, c.i, lex)
            and lex.role(prev.text) is None
        )
        if prev.lower_ != "des" and not after_noun:
            continue
        if c.j < len(doc) and doc[c.j].text[:1].isupper():
            continue  # "des Kongos Präsident": a name before another word
        base = word[:-2] if word.endswith("es") and word[:-2].endswith(ES_GENITIVE_BASES) else ""
        c.key = base or word[:-1]
