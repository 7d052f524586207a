"""Role phrases of person mentions: premodifiers, appositions, party/organisation attachments."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.entities.lexicon import (
    ADJECTIVAL_HEADS,
    INDEFINITE,
    PLURAL_MARKERS,
    POSSESSIVE,
    Lexicon,
    RoleInfo,
    genitive_head,
)
from newsgraph.entities.mentions import Cand, RolePhrase
from newsgraph.entities.tokens import (
    AGE_ADJ,
    has_pos,
    is_adjective,
    is_cap,
    is_det,
    looks_common_noun,
    strong_adjective,
    token_lowers,
    token_texts,
)
from newsgraph.nlp.hanta import german_tagger
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE_DETS  # open a role phrase
from newsgraph.words_de import THIRD_PERSON_PRONOUNS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from newsgraph.model import Article, Entity
    from newsgraph.pipeline import Segment


# determiners that never open a plural noun phrase ("seinen", "den" can: dative plural)
SINGULAR_DETS = frozenset(
    {"dem", "des", "ein", "einen", "einem", "eines", "sein", "seinem", "seines"}
    | {"ihrem", "ihres", "diesem", "dieses", "jenem", "jenes"}
    # a preposition fused with "dem"/"der" ("zur Vorsitzenden …, X"; session 18)
    | {"zum", "zur", "vom", "beim", "im", "am"}
)


#: prepositions fused with a definite article ("zur" = "zu der")
FUSED_ARTICLES = frozenset(["zum", "zur", "vom", "beim"])

#: definite articles after which an adjective in -e (not -en) marks the singular
WEAK_SINGULAR_DETS = frozenset(["der", "die", "das"])


def plural_form(text: str, lemma: str, det: str | None, feminine: bool, morph: object) -> bool:
    """Is a role noun plural here? ("die beiden Staatschefs", "die Minister")."""
    if det in SINGULAR_DETS:
        return False  # "dem griechischen Staatspräsidenten", whatever the morphologizer says
    if lemma.endswith("mann") and text.endswith(("leute", "leuten")):
        return True  # "ihre US-Landsleute", "Klubobleute": the plural of -mann
    if lemma.endswith("ling") and text.endswith(("linge", "lingen")):
        return True  # "den Flüchtlingen", "die Häftlinge": -ling nouns are never weak
    if det is None and text.endswith("er") and adjectival(lemma):
        return False  # "Österreichs Wirtschaftsdelegierter": the strong masculine singular
    if det == "der" and adjectival(lemma) and not text.endswith("innen"):
        return False  # "der EU-Außenbeauftragten X": feminine singular before a name
    if det == "die" and adjectival(lemma) and text.endswith("e"):
        return False  # "die Angeklagte", "die Vorsitzende" (the plural ends in -en)
    number: list[str] = list(getattr(morph, "get", lambda _k: [])("Number"))
    if number and "Plur" in number:
        return True
    if det in PLURAL_MARKERS:
        return True
    if text.endswith("innen"):
        return True
    if text != lemma and text.endswith("s") and det not in ("des", "eines"):
        return True
    if det == "die" and not feminine:
        # "die Vorsitzende" (adjectival noun, feminine singular) vs "die Minister" (plural)
        return not (adjectival(lemma) and text.endswith("e"))  # "die Vorsitzende"
    return det == "den" and text.endswith("n") and lemma.endswith(("er", "el"))


#: the forms of the adjectival nouns ("vorsitzende", "vorsitzender", "vorsitzenden")
_ADJECTIVAL_FORMS = tuple(h + e for h in ADJECTIVAL_HEADS for e in ("e", "er", "en"))


def adjectival(lemma: str) -> bool:
    return lemma.lower().endswith(_ADJECTIVAL_FORMS)


@lru_cache(maxsize=1)
def _kin_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lower-case nouns of female and of male persons ("Mutter", "Witwe" / "Bruder", "Sohn"):
    the quote layer's lists (`female_person_nouns`, `male_person_nouns`)."""
    from newsgraph.quotes.lexicon import grammar

    female = tuple(w.lower() for w in grammar("female_person_nouns"))
    male = tuple(w.lower() for w in grammar("male_person_nouns"))
    return female, male


def role_gender(rp: RolePhrase) -> str | None:
    """The gender a singular role phrase shows of the person it names, 'f', 'm' or None:
    a feminine noun ("Ministerin", "Obfrau"), a kinship noun ("seine Mutter", "ihr Bruder";
    compounds: "Schwiegermutter"), an adjectival noun by its written form (`role_text`: "die
    EU-Außenbeauftragte" f, "der Abgeordnete" → "Abgeordneter" m); another office noun is
    masculine ("Präsident"); other masculine function, inhabitant and relation nouns tell
    nothing ("der Schweizer Jungstar Lena Keller", "Gast")."""
    info = rp.info
    if info.kind == "title" or rp.det in ("das", "dieses"):
        return None  # a neuter noun names anyone: "Das Staatsoberhaupt", "das Mitglied"
    if adjectival(info.lemma):
        # the noun as `role_text` wrote it, not a complement after it ("Abgeordneter der
        # Regierungspartei Scelta Civica")
        stem = info.lemma.rstrip("nr").removesuffix("e")
        noun = next((w for w in reversed(rp.text.split()) if w.startswith(stem)), "")
        if not noun:
            return None
        return "m" if noun.endswith("r") else "f"
    low = info.lemma.lower()
    if info.feminine or low.endswith("in"):
        return "f"
    female, male = _kin_nouns()
    if low.endswith(female):
        return "f"
    if low.endswith(male):
        return "m"
    return "m" if info.kind == "office" else None


def role_text(
    adjectives: list[str], info: RoleInfo, det: str | None = None, written: str = ""
) -> str:
    """Nominative singular role phrase: ["russischen"], Präsident → "russischer Präsident".

    An adjectival noun after "der"/"einer" that ends in -en is feminine (genitive/dative
    singular): "der EU-Außenbeauftragten X" → "EU-Außenbeauftragte"."""
    feminine = info.feminine or (
        adjectival(info.lemma)
        and (
            det in ("die", "eine", "zur")  # "zur Vorsitzenden": zu der, feminine
            or (det in ("der", "einer") and written.endswith("en"))
            # without an article the masculine takes -er: "Vorsitzende X" is a woman
            or (det is None and written.endswith("e"))
        )
    )
    gender = "f" if feminine else "m"
    lemma = info.lemma
    if adjectival(lemma):
        # adjectival nouns: "der Vorsitzende" → "Vorsitzender", "die Vorsitzende" stays
        stem = lemma.rstrip("nr") if lemma.endswith(("en", "er")) else lemma
        lemma = stem if feminine else stem + "r"
    # abbreviations stay as written: "stellv. Fraktionsvorsitzender", "ehem. Mediensekretär"
    words = [
        a if a.endswith(".") else strong_adjective(a, gender)
        for a in adjectives
        if not AGE_ADJ.match(a)
    ]
    return " ".join([*words, lemma])


def _adverb(tok: Token, lex: Lexicon, pos: bool = False) -> bool:
    """An adverb inside a role phrase ("der inzwischen abgesetzte Minister"); with the
    tagger also any adverb that grades the adjective after it ("ein viel gelesener Blogger",
    "der sehr erfolgreiche Trainer")."""
    return tok.text in lex.role_adverbs or _grading_adverb(tok, pos)


def _grading_adverb(tok: Token, pos: bool) -> bool:
    """A lower-case adverb (tagger) right before an attributive adjective."""
    doc = tok.doc
    return (
        pos
        and tok.pos_ == "ADV"
        and tok.text.isalpha()
        and tok.text.islower()
        and tok.i + 1 < len(doc)
        and is_adjective(doc[tok.i + 1], pos)
    )


def _title_adjective(tok: Token) -> bool:
    """A capitalised adjective inside a title: "der Hohe Repräsentant"."""
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.text.endswith(("e", "en", "er"))


def role_phrase_left(
    seg: Segment,
    doc: Doc,
    end: int,
    lex: Lexicon,
    pos: bool,
    *,
    indefinite: bool = False,
    noun_info: RoleInfo | None = None,
) -> tuple[RolePhrase, int] | None:
    """The role phrase ending right before token ``end`` ("Der russische Präsident [Name]").

    ``noun_info`` stands in for the lexicon's reading of the noun before the name (a person
    noun the lexicon does not know, see `unknown_role_left`)."""
    k = end - 1
    party_member = noun_info is None and (noun_info := _party_member(doc, k, end, lex)) is not None
    if noun_info is None and _spouse_position(doc, k, end):
        noun_info = lex.spouse_role(doc[k].text)  # "seine Frau Vera X": the spouse
    while k >= 0 and lex.is_title(doc[k].text) and noun_info is None:
        k -= 1
    if k < 0:
        return None
    post_country = None
    if (
        noun_info is None
        and k >= 1
        and doc[k].text.endswith("s")
        and (pc := lex.countries.get(doc[k].text))
    ):
        post_country = pc  # "Außenminister Bulgariens Boris Petrov"
        k -= 1
    info = noun_info if noun_info is not None else lex.role(doc[k].text)
    if info is None and noun_info is None and _surname_role_position(doc, k, end, lex):
        info = lex.surname_role(doc[k].text)  # "sein Freund Jan Maier"
    demonym_needs_det = False
    if (
        info is None
        and (dem := lex.demonym(doc[k].text, cities=True, genitive=True))
        and k >= 1
        and (is_det(doc[k - 1]) or is_adjective(doc[k - 1], pos))
        # a city's or region's -er word opens a person only before a given name ("die
        # Münchnerin Ami X"; not "der Linzer Ars Electronica")
        and (
            lex.demonym(doc[k].text, genitive=True) is not None or doc[end].text in lex.first_names
        )
    ):
        # "der Australier Tim Morgan", "der 21-jährige Schwede X", "die Salzburgerin X": no
        # role, but the country; after attributes only when an article opens the phrase
        info = RoleInfo(
            lemma=dem[0],
            head=dem[0],
            kind="demonym",
            country=dem[1],
            feminine=dem[0].endswith("in"),  # "die Österreicherin X" is singular
        )
        demonym_needs_det = not is_det(doc[k - 1])
    if info is None or info.kind == "title":
        return None
    role_tok = k
    k -= 1
    adjs: list[str] = []
    country = info.country
    country_from = ("demonym" if info.kind == "demonym" else "lexicon") if country else None
    while k >= 0 and (
        is_adjective(doc[k], pos)
        or (
            _title_adjective(doc[k])
            and k >= 1
            and (is_det(doc[k - 1]) or is_adjective(doc[k - 1], pos))
        )
        or (adjs and k >= 1 and _adverb(doc[k], lex, pos) and is_det(doc[k - 1]))
    ):
        if _grading_adverb(doc[k], pos) and doc[k].text not in lex.role_adverbs and adjs:
            adjs[0] = f"{doc[k].text} {adjs[0]}"  # "der sehr erfolgreiche Trainer"
        elif not _adverb(doc[k], lex, pos):  # "der mittlerweile abgesetzte Minister"
            adjs.insert(0, doc[k].text)
        k -= 1
    joined = ""
    if adjs == [] and k >= 2 and doc[k].lower_ == "und" and doc[k - 1].text.endswith("-"):
        # "Die Klima- und Energieexpertin X": a truncated compound before the role noun
        joined = f"{doc[k - 1].text} und "
        k -= 2
        while k >= 0 and is_adjective(doc[k], pos):
            adjs.insert(0, doc[k].text)
            k -= 1
    elif (
        k >= 2
        and doc[k].lower_ == "und"
        and (first := lex.role(doc[k - 1].text)) is not None
        and first.kind == "office"
    ):
        # "Der deutsche Philosoph und Soziologe X", "des neuen Kanzlers und designierten
        # SPÖ-Chefs X": two roles of the same person
        left = role_phrase_left(seg, doc, k, lex, pos)
        if left is not None and not left[0].plural:
            return _join_roles(seg, doc, left, adjs, info, role_tok, lex)
    if not (k >= 0 and (is_det(doc[k]) or doc[k].text in lex.countries)):
        # an adjective with no article needs a strong ending ("neuer Trainer"); this also
        # keeps verbs the tagger calls ADJ out ("kamen Bundeskanzler X")
        while adjs and not adjs[0].endswith(("er", "es", "em")):
            adjs.pop(0)
            k += 1
    adj_country = next((c for a in adjs if (c := lex.country_of_adjective(a))), None)
    if adj_country:
        country, country_from = adj_country, "adjective"
    elif country is None and (
        region := next((c for a in adjs if (c := lex.country_of_region_adjective(a))), None)
    ):
        country, country_from = region, "region"  # "der Thüringer Bildungsminister"
    start_tok = k + 1
    det = None
    if k >= 0 and _relative_pronoun(doc, k, role_tok, pos) and not adjs:
        pass  # "die Lösung, die BA-Chef X präferiert": the pronoun opens the clause, no article
    elif k >= 0 and is_det(doc[k]):
        det = doc[k].lower_
        start_tok = k
        k -= 1
    elif k >= 0 and doc[k].text.endswith("s") and (c := lex.countries.get(doc[k].text)):
        country, country_from = c, "genitive"
        start_tok = k  # "Chinas Präsident": the genitive is the noun phrase's determiner
    elif (
        k >= 0
        and country is None
        and doc[k].text.endswith("s")
        and (c := lex.regions.get(doc[k].text[:-1]) or _capital_genitive(doc[k].text, lex))
    ):
        # "Tirols Landeshauptmann"; a capital's genitive too ("Wiens Bürgermeister X",
        # "Zagrebs Spieler X": the city's office or club, in the capital's country)
        country, country_from = c, "region"
        start_tok = k
    elif k >= 0 and not adjs and _owner_genitive(doc, k, lex, pos):
        start_tok = k  # "Kesslers Anwalt X", "Brunners Trainer X": the owner opens the phrase
    elif adjs and PARTICIPLE_END.search(adjs[0]) and not adj_country:
        # "Islands durch die Panama Papers in die Kritik geratener Regierungschef X": a country
        # genitive before a participle phrase
        m = k
        while m >= 0 and k - m < 8 and doc[m].text not in (",", ".", ";", ":", "(", ")"):
            if doc[m].text.endswith("s") and (c := lex.countries.get(doc[m].text)):
                if m == 0 or not is_det(doc[m - 1]):
                    country, country_from = c, "genitive"
                break
            m -= 1
    if det is None:
        det = _extended_attribute_det(doc, k)
    if det is None and adjs and demonym_needs_det:
        # "die zur Halbzeit führende Japanerin X": the participle was read as an adjective
        det = _extended_attribute_det(doc, k + 1)
    if demonym_needs_det and det is None:
        return None  # "Nach hartem Kampf Schwede X": no article, no inhabitant noun
    if "-" in doc[role_tok].text and info.country and not adj_country:
        country, country_from = info.country, "prefix"
    if post_country:
        country, country_from = post_country, "genitive"
    plural = not party_member and (  # the party member's article was read as singular
        det in PLURAL_MARKERS
        or (k >= 0 and doc[k].lower_ in PLURAL_MARKERS)
        or plural_form(doc[role_tok].text, info.lemma, det, info.feminine, doc[role_tok].morph)
    )
    if (
        plural
        and det in WEAK_SINGULAR_DETS
        and adjs
        and adjs[-1][:1].islower()
        and adjs[-1].endswith("e")
        and doc[role_tok].text == info.lemma
    ):
        # "der ehemalige Nokia-Boss X": an adjective in -e after der/die/das is singular (the
        # plural would be "die ehemaligen Bosse"), whatever the morphologizer says; not before
        # an inflected noun ("Calaycay, der zahlreiche Finaldebütanten …": a relative pronoun)
        plural = False
    if plural and det == "der" and nominative_slot(doc, start_tok):
        # "so nennt der Designer …", "Der Designer hat …": a genitive plural ("die Ideen der
        # Designer") does not follow a finite verb or open the sentence
        plural = False
    org = info.org
    start = seg.start + doc[start_tok].idx
    stop = seg.start + doc[role_tok].idx + len(doc[role_tok])
    rp = RolePhrase(
        text=joined + role_text(adjs, info, det, doc[role_tok].text),
        start=start,
        end=stop,
        info=info,
        country=country,
        org=org,
        country_from=country_from,
        plural=plural,
    )
    rp.possessive = det in POSSESSIVE
    rp.det = det
    rp.noun_start = seg.start + doc[role_tok].idx
    if det in INDEFINITE and not indefinite:
        return None
    return rp, start_tok


def nominative_slot(doc: Doc, start: int) -> bool:
    """Does the noun phrase opening at token ``start`` ("der") open its sentence or follow a
    finite verb or "so" ("…, so der Forscher", "nennt der Designer")? There "der" is the
    masculine nominative, never the genitive plural the morphologizer may read."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    return before.lower_ == "so" or (
        before.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(before.morph)
    )


def _party_member(doc: Doc, k: int, end: int, lex: Lexicon) -> RoleInfo | None:
    """A party's adjective used as a noun right before a given name, after a singular
    definite article ("der Grüne Jan X", "die Grüne Eva X", "den Freiheitlichen Emil X";
    `party_adjectives` in roles.yaml, those read without a guard word): the party member, of
    that party. Not "der Grünen X" (a woman's genitive or the party's) nor "die Grünen X"."""
    if k != end - 1 or k < 1 or end >= len(doc) or doc[end].text not in lex.first_names:
        return None
    word, det = doc[k].text, doc[k - 1].lower_
    if not word[:1].isupper():
        return None
    if word.endswith("en") and det in ("dem", "den", "des"):
        stem, feminine = word[:-2], False
    elif word.endswith("e") and det in ("der", "die"):
        stem, feminine = word[:-1], det == "die"
    else:
        return None
    party, need = lex.party_adjectives.get(stem.lower(), (None, ""))
    if party is None or need:
        return None
    lemma = stem + ("e" if feminine else "er")
    return RoleInfo(lemma=lemma, head=lemma, kind="function", org=party, feminine=feminine)


def _spouse_position(doc: Doc, k: int, end: int) -> bool:
    """Is token ``k`` ("Frau", "Mann") right after a possessive, lower-case adjectives allowed
    between, and right before the capitalised name at ``end`` ("seine Frau Vera X", "ihrem
    langjährigen Mann Jan X"; not "Frau Huber", "der Mann X")?"""
    if k != end - 1 or end >= len(doc) or not doc[end].text[:1].isupper():
        return False
    j = k - 1
    while j >= 1 and doc[j].lower_ not in POSSESSIVE and doc[j].text[:1].islower():
        if doc[j].pos_ != "ADJ":
            return False
        j -= 1
    return j >= 0 and doc[j].lower_ in POSSESSIVE


def _surname_role_position(doc: Doc, k: int, end: int, lex: Lexicon) -> bool:
    """Is token ``k`` (a noun that is a surname too, "Freund") in a role position: right after a
    possessive or an article, right before a given name and a capitalised surname ("sein
    Freund Jan Maier", "seinem wunderbaren Freund X"; not "Lena Freund", not "Freund
    sagte")?"""
    j = k - 1
    while (
        j >= 1
        and doc[j].lower_ not in POSSESSIVE
        and doc[j].pos_ == "ADJ"
        and doc[j].text[:1].islower()
    ):
        j -= 1  # "seinem wunderbaren Freund"
    return (
        j >= 0
        and k == end - 1
        and (doc[j].lower_ in POSSESSIVE or is_det(doc[j]))
        and end + 1 < len(doc)
        and doc[end].text in lex.first_names
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].text.isalpha()
    )


def _owner_genitive(doc: Doc, k: int, lex: Lexicon, pos: bool) -> bool:
    """Is token ``k`` the genitive of a name the text also writes bare, opening a role phrase
    as its determiner ("Kesslers Anwalt X", "Wangs Vorgänger X" after "Wang")? Not a given name
    ("Hans", "Klaus"), nor a word after an article or another name ("des Klubs", "Van der
    Bergs"). (session 33, helper mspan)"""
    tok = doc[k]
    word = tok.text
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or not word[:1].isupper():
        return False
    if word in lex.first_names or word[:-1] in lex.countries or lex.role(word) is not None:
        return False
    # the tagger's part of speech is not asked: it reads many such genitives as adverbs
    if not all(c.isalpha() or c == "-" for c in word) or looks_common_noun(tok, pos):
        return False
    if k >= 1 and (is_det(doc[k - 1]) or is_adjective(doc[k - 1], pos) or is_cap(doc[k - 1])):
        return False
    stem = word[:-1]
    return any(t.text == stem for t in doc)


def _owner_at(by_end: dict[int, Cand], k: int) -> Cand | None:
    """The candidate that is token ``k`` alone: the owner's genitive opening the phrase."""
    owner = by_end.get(k + 1)
    return owner if owner is not None and owner.i == k else None


def _capital_genitive(word: str, lex: Lexicon) -> str | None:
    """Country of a capital's genitive ("Wiens" → Österreich, "Zagrebs" → Kroatien); None for
    the capital's own name and for any other word."""
    cap = lex.capitals.get(word)
    if cap is None or cap == word:
        return None
    return lex.capital_country.get(cap)


def _unknown_person_noun(tok: Token, lex: Lexicon, pos: bool) -> bool:
    """A capitalised common noun the lexicon does not know and no guard of the entity layer
    reads as an organisation, a thing, a place, a time or a measure ("Läufer", "Tischlerin")."""
    text = tok.text
    low = text.lower()
    return (
        pos
        # the tagger reads some unknown person nouns as names ("die Favoritin X")
        and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and feminine_suffix(text)))
        and text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not text.isupper()
        and len(text) >= 4
        and lex.role(text) is None
        and not low.endswith(lex.not_person_noun_endings)
        and not lex.is_intro(text)
        and lex.thing_kind(text) is None
        and not lex.is_place_intro(text)
        and not lex.is_named_after(text)
        and not lex.is_common_compound(text)
        and not lex.is_body_compound(text)
        and not lex.is_person_group(text)
        and not lex.is_seat_head(text)
        and not lex.is_place_adjective_head(text)
        and not lex.is_for_head(text)
        and text not in lex.company_words
        and text not in lex.media_words
        and text not in lex.time_nouns
        and text not in lex.measure_words
        and lex.country_of(text) is None
        and text not in lex.regions
        and lex.demonym(text, cities=True, genitive=True) is None
        and not low.endswith(lex.no_anaphor)
    )


def unknown_role_left(
    seg: Segment, doc: Doc, end: int, lex: Lexicon, pos: bool
) -> tuple[RolePhrase, int] | None:
    """ "der russische Läufer [Name]", "des Wiener Tischlers [Name]": an article, adjectives
    among them a country adjective or a place's -er adjective, and a singular capitalised noun
    the lexicon does not know, right before a person's name: the noun is the person's role and
    the adjective's country the person's. Without such an adjective nothing is read (the noun
    may be anything: "die Marke", "das Team"); the name must already be a person."""
    k = end - 1
    if k < 2 or not _unknown_person_noun(doc[k], lex, pos):
        return None
    tok = doc[k]
    lemma = tok.lemma_ if pos else ""
    if not (lemma[:1].isupper() and tok.text.startswith(lemma[:-2]) and len(lemma) >= 4):
        lemma = tok.text
    if tok.text.endswith("in") and not lemma.endswith("in"):
        lemma = tok.text  # "Läuferin": keep the feminine form
    info = RoleInfo(lemma=lemma, head=lemma.lower(), kind="function", feminine=lemma.endswith("in"))
    found = role_phrase_left(seg, doc, end, lex, pos, noun_info=info)
    if found is None:
        return None
    rp = found[0]
    if rp.plural:
        return None
    if rp.det in DEFINITE_DETS and rp.country_from in ("adjective", "region"):
        return found
    if (
        _agent_noun(tok, lex)
        and _full_name_at(doc, end, lex)
        and (
            rp.det in DEFINITE_DETS
            or (rp.det is None and not rp.possessive and _bare_opening(doc, found[1]))
        )
    ):
        # session 20: "der Emmy-Gewinner X Y", "dem Literaturkenner X Y", "Die frühere
        # Bezirksvorsteherin X Y", "Mit dabei ist Spieleentwickler X Y"
        return found
    return None


#: endings of agent nouns (person nouns derived from verbs or nouns: "Entwickler",
#: "Gewinnerin", "Aktivist"); session 20
AGENT_ENDINGS = ("er", "erin", "ist", "istin")


def _agent_noun(tok: Token, lex: Lexicon) -> bool:
    """Is an unknown capitalised noun shaped like a person noun: its last part ends in an agent
    ending and is at least six letters long ("Gewinner", "Sklavenhalter", "Literaturkenner";
    not "Ufer", "Meter"), is no inhabitant noun ("der US-Amerikaner X": a nationality, no
    role), and the tagger does not read it as neuter ("das Theater", "dem Fenster")? Or the
    feminine -in of a noun (session 21, `_motion_feminine`)."""
    tail = tok.text.rpartition("-")[2]
    if len(tail) >= 6 and tail.endswith("in") and _motion_feminine(tok, tail):
        return lex.demonym(tail, cities=True, genitive=True) is None
    if len(tail) < 6 or not tail.endswith(AGENT_ENDINGS):
        return False
    if lex.demonym(tail, cities=True, genitive=True) is not None:
        return False
    return "Neut" not in tok.morph.get("Gender", [])


def _motion_feminine(tok: Token, tail: str) -> bool:
    """Is ``tail`` the feminine -in of a noun ("Favoritin" of "Favorit", "Heldin" of "Held"):
    HanTa segments it into a noun and its feminine suffix, and no article before it excludes a
    feminine noun ("dem", "den", "das", "des")? German derives female person nouns so; HanTa
    also segments a few things ("Termin", "Benzin"), so the rule needs a listed given name and
    surname right after it (see ``unknown_role_left``). Session 21."""
    det = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if det in NOT_FEMININE_DETS:
        return False
    if det == "der" and tok.morph.get("Gender", []) == ["Masc"] and tok.pos_ == "NOUN":
        return False  # "der Termin"
    return feminine_suffix(tail)


#: articles of no feminine noun in the singular
NOT_FEMININE_DETS = frozenset(["dem", "den", "das", "des", "ein", "einen", "einem", "eines"])


@lru_cache(maxsize=4096)
def feminine_suffix(word: str) -> bool:
    """HanTa's analysis of ``word`` ends in a noun and the feminine suffix -in."""
    tagger = german_tagger()
    if tagger is None:
        return False
    _lemma, parts, _tag = tagger.analyze(word, taglevel=3)  # type: ignore[attr-defined]
    return (
        len(parts) >= 2
        and tuple(parts[-1]) == ("in", "SUF_FEM")
        and parts[-2][1] in ("NN", "NN_VAR")
    )


def _full_name_at(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A listed given name at token i followed by a capitalised word: a full personal name."""
    return i + 1 < len(doc) and doc[i].text in lex.first_names and is_cap(doc[i + 1])


def _bare_opening(doc: Doc, k: int) -> bool:
    """A role phrase with no article starting at token k opens the sentence or follows a
    lowercase word (a verb or preposition: "ist Spieleentwickler X Y"), not a capitalised
    word it could be a part of a longer name or title with."""
    return k == 0 or bool(doc[k].is_sent_start) or doc[k - 1].text[:1].islower()


def _relative_pronoun(doc: Doc, k: int, noun: int, pos: bool) -> bool:
    """Is token ``k`` a relative pronoun right after a comma ("…, die Kanzler X will")? Its
    number and gender are those of the noun before the comma, not of the role noun after it
    ("die" + "BA-Chef" is no plural). Needs the tagger: its PronType=Rel, or "die" before a
    noun it reads as masculine singular (no article agrees with that)."""
    if not pos or k < 1 or doc[k - 1].text != "," or not is_det(doc[k]):
        return False
    if "Rel" in ",".join(doc[k].morph.get("PronType", [])):
        return True
    morph = doc[noun].morph
    return (
        doc[k].lower_ == "die"
        and morph.get("Gender", []) == ["Masc"]
        and morph.get("Number", []) == ["Sing"]
    )


def role_with_complement_left(
    seg: Segment, doc: Doc, end: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> tuple[RolePhrase, int] | None:
    """A role noun with its genitive complement right before token ``end``, no comma: "der
    Sprecher der Polizei [Name]", "die Präsidentin des Verbands [Name]", "Chef der Deutschen
    Bank [Name]".

    The complement is one to three words (adjectives, then capitalised words) that are no role
    and where no person starts (``starts``): "die Nachfolgerin des Ministers X" names the
    minister, not the successor. Relations ("der Sohn des Bauern X") are left out."""
    for d in range(end - 2, max(0, end - 6), -1):
        if doc[d].lower_ not in ("des", "der", "vom"):
            continue
        r = d - 1
        info = lex.role(doc[r].text)
        if info is None or info.kind not in ("office", "function"):
            return None
        inner = doc[d + 1 : end]
        if not inner or not is_cap(inner[-1]) or len(inner) > 3:
            return None
        if any(t.i in starts or lex.role(t.text) is not None for t in inner):
            return None
        if any(not (is_cap(t) or is_adjective(t, pos)) for t in inner):
            return None
        first = r
        while first >= 1 and is_adjective(doc[first - 1], pos):
            first -= 1
        if first >= 1 and is_det(doc[first - 1]):
            first -= 1
        if first >= 1 and first == r and doc[first - 1].text.endswith("s"):
            return None  # "Hubers Sprecher der …": left to the possessor rules
        rp = _role_np(seg, doc[:end].as_doc(), first, lex, pos, indefinite=False, ends=())
        if rp is None or not (rp.org or rp.complement_name or rp.country):
            return None
        det = doc[first].lower_ if is_det(doc[first]) else None
        if det in INDEFINITE:
            return None
        rp.det = det
        rp.possessive = det in POSSESSIVE
        rp.plural = det in PLURAL_MARKERS or plural_form(
            doc[r].text, info.lemma, det, info.feminine, doc[r].morph
        )
        return rp, first
    return None


#: words that open the phrase of an extended attribute ("des im November verstorbenen X")
ATTRIBUTE_OPENERS = frozenset(
    ["seit", "im", "am", "vom", "zum", "zur", "beim", "in", "bei", "nach", "vor", "von", "mit",
     "aus", "für", "wegen", "bis", "noch", "erst", "schon", "bereits", "zuletzt", "lange",
     "als"]
)  # fmt: skip


def _extended_attribute_det(doc: Doc, k: int) -> str | None:
    """The article of an extended attribute ending at token k ("des im November verstorbenen
    Ex-Generals X": des), which tells the number of a weak role noun; None if there is none.
    The phrase is an article, a preposition or adverb, at most five more words and a lowercase
    inflected participle or adjective at k; no punctuation."""
    if k < 2 or not doc[k].text[:1].islower() or not PARTICIPLE_END.search(doc[k].lower_):
        return None
    for m in range(k - 2, max(-1, k - 8), -1):
        if doc[m].is_punct:
            return None
        if is_det(doc[m]) and doc[m + 1].lower_ in ATTRIBUTE_OPENERS:
            return doc[m].lower_
    return None


def _join_roles(
    seg: Segment,
    doc: Doc,
    left: tuple[RolePhrase, int],
    adjs: list[str],
    info: RoleInfo,
    role_tok: int,
    lex: Lexicon,
) -> tuple[RolePhrase, int] | None:
    """ "[der deutsche Philosoph] und [Soziologe] X": one phrase with both roles; the article
    of the first role is the article of the whole phrase, its country counts for both."""
    first, start_tok = left
    second = role_text(adjs, info, first.det, doc[role_tok].text)
    country, country_from = first.country, first.country_from
    adj_country = next((c for a in adjs if (c := lex.country_of_adjective(a))), None)
    if adj_country and not country:
        country, country_from = adj_country, "adjective"
    if "-" in doc[role_tok].text and info.country and not country:
        country, country_from = info.country, "prefix"
    rp = replace(
        first,
        text=f"{first.text} und {second}",
        end=seg.start + doc[role_tok].idx + len(doc[role_tok]),
        info=info if first.info.kind != "office" or info.org else first.info,
        country=country,
        country_from=country_from,
        org=first.org or info.org,
    )
    rp.noun_start = seg.start + doc[role_tok].idx
    return rp, start_tok


PARTICIPLE_END = re.compile(r"(en|t|nd)(e|er|en|es|em)?$")

COPULA = frozenset({"ist", "war", "bleibt", "blieb", "wird", "wurde"})
END_TOKENS = (",", ".", ")", ";", "–", "-", ":")


def _split_abbreviation(doc: Doc, k: int) -> bool:
    """ "dt." / "ital." split by the tokenizer into a lowercase word and a period."""
    return (
        k + 2 < len(doc)
        and not doc[k].whitespace_
        and doc[k + 1].text == "."
        and bool(ADJ_ABBREVIATION.match(doc[k].text + "."))
        and doc[k].lower_ + "." not in NOT_ADJ_ABBREVIATIONS
        and doc[k + 2].text[:1].isupper()
    )


def _second_head(doc: Doc, k: int, lex: Lexicon) -> bool:
    """ "und" at k joins a second head noun to a role complement: a role noun, or a
    capitalised noun with its own genitive ("… und Ko-Initiator des Projekts")."""
    n = len(doc)
    return (
        k + 1 < n
        and is_cap(doc[k + 1])
        and (
            lex.role(doc[k + 1].text) is not None
            or (k + 2 < n and doc[k + 2].lower_ in ("des", "der"))
        )
    )


def _line_break(tok: Token) -> bool:
    """A line break inside a segment (web pages: programme lines, lists of speakers)."""
    return tok.is_space and "\n" in tok.text


def _starts_line(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Does the name at token i open a line of a multi-line segment ("Prof. Dr. X, …")?"""
    k = i
    while k > 0 and (lex.is_title(doc[k - 1].text) or doc[k - 1].text in ("Dr.", "Prof.")):
        k -= 1
    return k == 0 or _line_break(doc[k - 1])


def _layout(doc: Doc) -> bool:
    """Does the segment hold a line break? (Asked once per name: the last doc's answer is
    kept, since the names of one segment are handled one after the other.)"""
    if _LAYOUT_LAST and _LAYOUT_LAST[0][0] is doc:
        return _LAYOUT_LAST[0][1]
    found = any(t.isspace() and "\n" in t for t in token_texts(doc))  # = _line_break
    _LAYOUT_LAST[:] = [(doc, found)]
    return found


_LAYOUT_LAST: list[tuple[Doc, bool]] = []  # the doc and answer of the last _layout call


YEARS = re.compile(r"^(?:\d{4}(?:[-–/]\d{2,4})?|[-–/]|ab|bis|seit)$")


def _bracket_items(
    seg: Segment, doc: Doc, j: int, lex: Lexicon, pos: bool, cands: list[Cand]
) -> tuple[list[RolePhrase], str | None, int] | None:
    """ "(SPD)", "(MdB, Die Linke)", "(Sprecherin, Grüne)" after a name: the roles and the
    organisation (or country code) the brackets give, and the token after ")"."""
    n = len(doc)
    close = next(
        (
            m
            for m in range(j + 1, min(n, j + 12))
            if doc[m].text in (")", "(") or _line_break(doc[m])
        ),
        None,
    )
    if close is None or doc[close].text != ")" or close == j + 1:
        return None
    items: list[tuple[int, int]] = []
    start = j + 1
    for m in range(j + 1, close + 1):
        if doc[m].text in (",", ")"):
            items.append((start, m))
            start = m + 1
    roles: list[RolePhrase] = []
    org = None
    for a, b in items:
        if b - a >= 2 and doc[a].lower_ in SHARED_WORDS:
            a += 1  # "(beide SPÖ)", "(alle ÖVP)": see _shared_bracket
        if a >= b:
            continue
        words = [t.text for t in doc[a:b]]
        inner = " ".join(words)
        if not inner[:1].isalpha() or words[0] == "The":
            continue  # "(12./PP)": minute and power play; "(The Danish Girl)": a work's title
        if b - a == 1 and (
            inner in lex.countries or (inner.isupper() and 2 <= len(inner) <= 6 and inner.isalpha())
        ):
            org = org or (lex.institutions[inner][0] if inner in lex.institutions else inner)
            continue  # a country code ("Lars Nilsen (NOR)") or an acronym
        if inner in lex.institutions:
            org = org or lex.institutions[inner][0]
            continue
        rp = _role_np(seg, doc, a, lex, pos, indefinite=False, ends=(",", ")"))
        if rp is not None:
            rp.is_mention = False
            roles.append(rp)
            continue
        letters = "".join(ch for w in words for ch in w if ch.isalpha())
        if (
            any(o.i == a and o.j == b and o.type == "ORG" for o in cands)
            or (b - a == 1 and _org_name(words, lex) is not None)
            or (  # "DIE LINKE", "BÜNDNIS 90/DIE GRÜNEN": a party name in capitals
                len(letters) >= 4
                and letters.isupper()
                and all(w.isalnum() or w == "/" for w in words)
                and not any(lex.country_of(w) for w in words)  # "(NED/FIN)": two countries
            )
        ):
            org = org or (_org_name(words, lex) if b - a == 1 else inner)
    if not roles and org is None:
        return None
    return roles, org, close + 1


def _loose_apposition(
    seg: Segment, doc: Doc, k: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> RolePhrase | None:
    """Web-page layout: "X, Digital Media Consultant, Bloggerin und Autorin" or "X⏎Vorsitzende
    der Kommission …" after a name that opens a line: the first comma item up to the line's end
    that is a role phrase (it need not end in a comma)."""
    n = len(doc)
    for _ in range(4):
        rp = _role_np(
            seg, doc, k, lex, pos, indefinite=False, ends=END_TOKENS, loose=True, starts=starts
        )
        if rp is not None:
            return rp
        while k < n and doc[k].text not in (",", ".", "(", ")") and not _line_break(doc[k]):
            k += 1
        if k >= n or doc[k].text != ",":
            return None
        k += 1
    return None


def _apposition_right(
    seg: Segment, doc: Doc, j: int, lex: Lexicon, pos: bool, cands: list[Cand], i: int
) -> tuple[RolePhrase | None, str | None, list[RolePhrase]]:
    """ ", der russische Präsident," after a name; or "(SPD)" / "vom Verteidigungsministerium".

    Returns the role phrase, an organisation and the roles given in brackets."""
    n = len(doc)
    if j >= n:
        return None, None, []
    tok = doc[j]
    # (CDU), (SPD), (MdB, Die Linke)
    if tok.text == "(":
        found = _bracket_items(seg, doc, j, lex, pos, cands)
        if found is None:
            return None, None, []
        roles, org, after = found
        # "Emil Brandt (ÖVP), der Innenminister, sagte": a role after the brackets too
        if org is not None and after + 1 < n and doc[after].text == ",":
            rp = _role_np(seg, doc, after + 1, lex, pos, indefinite=False, ends=END_TOKENS)
            return rp, org, roles
        return None, org, roles
    layout = _layout(doc) and _starts_line(doc, i, lex)
    starts = frozenset(o.i for o in cands if o.type == "PER")
    if tok.text == "," and j + 1 < n:
        # "X, US-Filmkomiker (1895-1966)": dates or a party in brackets end the apposition
        rp = _role_np(
            seg,
            doc,
            j + 1,
            lex,
            pos,
            indefinite=False,
            ends=(*END_TOKENS, "("),
            starts=starts,
            genitive_owner=True,
        )
        if rp is None and not layout:
            # "X, ein griechischer Blogger,", "X, Geschäftsführer von 88.6,", "X,
            # Schiedsrichter und in Baku Betreuer": an indefinite article, or more words than
            # the phrase grammar reads before the apposition ends
            rp = _lenient_apposition_np(seg, doc, j + 1, lex, pos, starts)
        if rp is None and not layout:
            rp = _second_conjunct(seg, doc, j + 1, lex, pos, starts)
        if rp is None and layout:
            rp = _loose_apposition(seg, doc, j + 1, lex, pos, starts)
        return rp, None, []
    # "Pia Lehner⏎Vorsitzende der …": a name alone on its line, the role on the next
    if _line_break(tok) and layout and j + 1 < n:
        return _loose_apposition(seg, doc, j + 1, lex, pos, starts), None, []
    # predicative: "X ist Bürgermeister von Y", "X war ein Sprecher des Ministeriums"
    if tok.lower_ in COPULA and j + 1 < n:
        if doc[j + 1].lower_ in NEGATIONS:
            return None, None, []  # "X ist kein Minister", "X ist nicht Trainer" (session 20)
        ends = (*END_TOKENS, "und", "sowie", "seit", "bis", "in", "im", "bei")
        rp = _role_np(seg, doc, j + 1, lex, pos, indefinite=True, ends=ends)
        if rp is not None:
            rp.is_mention = False  # the predicate noun is not a mention of the person
        return rp, None, []
    return None, None, []


def _lenient_apposition_np(
    seg: Segment, doc: Doc, k: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> RolePhrase | None:
    """A role phrase from ``k`` up to the end of an apposition (a closing comma, the sentence
    end or a bracket), with an indefinite article and more words than the phrase grammar reads."""
    return _role_np(
        seg,
        doc,
        k,
        lex,
        pos,
        indefinite=True,
        ends=(*END_TOKENS, "("),
        lenient=True,
        starts=starts,
    )


#: how many words the first conjunct of an apposition may have ("ein hartgesottener Linker")
FIRST_CONJUNCT_WORDS = 4


def _second_conjunct(
    seg: Segment, doc: Doc, k: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> RolePhrase | None:
    """ "X, Webentwickler und Autor bei The Next Web,", "X, ein hartgesottener Linker und der
    Sprecher der Parlamentsgruppe,": an apposition of two coordinated noun phrases whose first
    head the lexicon does not know; the second one, a role phrase that ends the apposition, is
    the person's role. The first conjunct is a few words (article, adjectives, one capitalised
    noun) with no verb, name, comma or bracket. Needs the tagger."""
    if not pos:
        return None
    nouns = 0
    for m in range(k, min(len(doc), k + FIRST_CONJUNCT_WORDS + 1)):
        tok = doc[m]
        if tok.lower_ == "und":
            if nouns != 1 or m + 1 >= len(doc):
                return None
            rp = _lenient_apposition_np(seg, doc, m + 1, lex, pos, starts)
            if rp is not None and rp.info.kind in ("office", "function"):
                return rp
            return None
        if m in starts or tok.pos_ in ("VERB", "AUX") or not tok.is_alpha:
            return None
        if tok.text[:1].isupper():
            nouns += 1
            # a common noun; the tagger calls rare compounds PROPN ("Webentwickler"), the
            # NER leaves them out
            if nouns > 1 or not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)):
                return None
        elif not (is_det(tok) or is_adjective(tok, pos) or _grading_adverb(tok, pos)):
            return None
    return None


#: a preposition and article in one word: no apposition starts with them
CONTRACTED = frozenset({"beim", "im", "am", "zum", "zur", "vom", "ins", "ans", "aufs"})
#: capitalised words after "am"/"im" that say when, not where ("am Montagabend")
TIME_NOUN = re.compile(
    r"^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Vormittag"
    r"|Nachmittag|Abend|Morgen|Mittag|Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter)"
    r"(abend|morgen|mittag|nachmittag|vormittag|nacht)?s?$"
)
#: words after a role noun that go on with a verb clause, not with the apposition
CLAUSE_WORDS = frozenset({"dass", "wie", "weil", "wenn", "ob", "sei", "ist"})


def _apposition_ends(
    doc: Doc, k: int, ends: tuple[str, ...], pos: bool, starts: frozenset[int]
) -> bool:
    """Does the apposition that reaches token ``k`` end within a few tokens, with no finite
    verb, no person and no clause before the end ("X, Geschäftsführer von 88.6, sagte")?
    Then the role noun (with what was read of its complement) is the person's role, the rest
    of the apposition is left out. Needs the tagger (finite verbs)."""
    if not pos:
        return False
    for m in range(k, min(len(doc), k + 12)):
        tok = doc[m]
        if tok.text in ends:
            return True
        if (
            m in starts
            or tok.lower_ in CLAUSE_WORDS
            or tok.pos_ in ("VERB", "AUX")
            or tok.text in ("(", '"', "„", "“")
        ):
            return False
    return False


def _role_np(
    seg: Segment,
    doc: Doc,
    first: int,
    lex: Lexicon,
    pos: bool,
    *,
    indefinite: bool,
    ends: tuple[str, ...],
    loose: bool = False,
    starts: frozenset[int] = frozenset(),
    lenient: bool = False,
    genitive_owner: bool = False,
) -> RolePhrase | None:
    """A role noun phrase starting at token ``first``: "[det] [adj]* RoleNoun [complement]"
    followed by one of ``ends``, a line break or the end of the segment.

    ``loose`` (web-page layout, see ``_loose_apposition``): years and abbreviations before the
    noun ("2007-2014 Leiter", "stellv. Fraktionsvorsitzender") are allowed, capitalised words
    right after the noun name its organisation ("Leiter PHOENIX Digitale Medien") unless a
    person starts there (``starts``), and the phrase need not end in one of ``ends``."""
    n = len(doc)
    k = first
    while loose and k < n and YEARS.match(doc[k].text):
        k += 1
        first = k  # "2007-2014 Leiter des …": the phrase starts at the noun
    while k < n and (doc[k].text in lex.role_adverbs or doc[k].lower_ in ("selbst", "ebenfalls")):
        k += 1  # "X, selbst Flüchtling, sagt", "X, inzwischen Trainer in Y,"
    if k < n and is_det(doc[k]) and (indefinite or doc[k].lower_ not in INDEFINITE):
        if lenient and doc[k].lower_ in CONTRACTED:
            return None  # "X, bereits beim letzten Vorstand eingebracht": no apposition
        k += 1
    owner_country = None
    owner_person = False
    if (
        genitive_owner
        and k + 1 < n
        and not is_det(doc[k])
        and doc[k].text.endswith("s")
        and is_cap(doc[k])
    ):
        # "X, Russlands Außenminister,", "X, Kesslers Anwalt,": a genitive owner as determiner
        owner_country = lex.countries.get(doc[k].text)
        if owner_country is None and k not in starts:
            return None
        owner_person = owner_country is None
        k += 1
    adjs = []
    while (
        k < n
        and (
            is_adjective(doc[k], pos)
            or _grading_adverb(doc[k], pos)  # "ein viel gelesener Blogger"
            or (
                loose
                and doc[k].text.endswith(".")
                and doc[k].text[:1].islower()
                and len(doc[k]) <= 8
            )
            or (ADJ_ABBREVIATION.match(doc[k].text) and doc[k].lower_ not in NOT_ADJ_ABBREVIATIONS)
            or _split_abbreviation(doc, k)
        )
    ):
        if _split_abbreviation(doc, k):
            adjs.append(doc[k].text + ".")  # "dt" "." → "dt."
            k += 2
            continue
        if not is_adjective(doc[k], pos) and _grading_adverb(doc[k], pos):
            adjs.append(f"{doc[k].text} {doc[k + 1].text}")  # "viel gelesener"
            k += 2
            continue
        adjs.append(doc[k].text)
        k += 1
    # "Unternehmens- und Politikberater": a truncated compound coordinated with the role noun
    truncated = ""
    if k + 2 < n and doc[k].text.endswith("-") and doc[k + 1].lower_ in ("und", "oder"):
        truncated = f"{doc[k].text} {doc[k + 1].text}"
        k += 2
    if k >= n:
        return None
    info = lex.role(doc[k].text)
    if info is None or info.kind == "title":
        return None
    if info.kind == "relation" and not (owner_person or _relative_of_named(doc, k + 1, lex)):
        return None  # a relation noun needs its relative named: "Aramintas Mutter", "Mutter von X"
    role_tok = k
    k += 1
    # "dt. Maler u. Zeichner (1515-1586)", "Philosoph und Soziologe": a second role noun
    joined = ""
    if (
        k + 1 < n
        and doc[k].lower_ in ("u.", "und")
        and (second := lex.role(doc[k + 1].text)) is not None
        and second.kind in ("office", "function")
    ):
        joined = doc[k : k + 2].text
        k += 2
    after_noun = k  # the first token after the noun(s): what follows is the complement
    names_person = False  # the complement names a person: their mention, not this one's
    country = info.country
    country_from = "lexicon" if country else None
    adj_c = next((c for a in adjs if (c := lex.country_of_adjective(a))), None)
    if adj_c:
        country, country_from = adj_c, "adjective"
    elif country is None and (
        region := next((c for a in adjs if (c := lex.country_of_region_adjective(a))), None)
    ):
        country, country_from = region, "region"
    if owner_country is not None:
        country, country_from = owner_country, "genitive"
    complement = ""
    complement_org = None
    complement_name = None
    # "Außenminister von Belarus", "Präsident Russlands", "Bürgermeister von Wien"
    if k < n and (c := lex.countries.get(doc[k].text)) and doc[k].text.endswith("s"):
        country, country_from = c, "genitive"
        k += 1
    elif (
        k + 1 < n
        and doc[k].lower_ in ("von", "aus")
        and (c := lex.country_of(doc[k + 1].text) or lex.regions.get(doc[k + 1].text))
    ):
        country, country_from = c, "apposition"
        if doc[k + 1].text not in lex.countries:  # a city: keep it in the role text
            complement = doc[k : k + 2].text
        k += 2
    elif k + 1 < n and doc[k].lower_ in ("des", "der", "vom", "von"):
        # "Sprecher des russischen Verteidigungsministeriums", "Chef der Deutschen Bank"
        m = k + 1
        if doc[k].lower_ == "von" and m < n and is_det(doc[m]):
            m += 1
        while m < n and is_adjective(doc[m], pos):
            if (ac := lex.country_of_adjective(doc[m].text)) and not country:
                country, country_from = ac, "adjective"
            m += 1
        words: list[str] = []
        while (
            m < n
            and len(words) < 6
            # a name opens with a capital ("des für Homosexuellenrechte eintretenden
            # Rechtskomitees": an extended attribute, no name "für Homosexuellenrechte")
            and (is_cap(doc[m]) or (words and doc[m].lower_ in NAME_LINKS))
        ):
            if doc[m].lower_ == "und" and _second_head(doc, m, lex):
                break  # "der Galerie X und Ko-Initiator des …": a second noun, not the name
            words.append(doc[m].text)
            m += 1
        while words and not words[-1][:1].isupper():
            words.pop()
            m -= 1
        if words and _person_words(words, lex):
            # "Kampagnenleiter von Emil Brandt", "Sprecher von Bürgermeister Jan
            # Keller": a person, no organisation (session 28)
            complement = doc[k:m].text
            k = m
            names_person = True
        elif words:
            named = _name_after_kind(words, lex)
            if named is not None:
                # "der Umwelt- und Entwicklungsorganisation Germanwatch", "der
                # Entwicklungsorganisation Brot für die Welt": the name, not its kind
                words = named
            elif doc[k].lower_ == "des" and len(words) > 1:
                words[0] = genitive_head(words[0], lex)  # "des Kunsthauses Bregenz"
            complement_org = _org_name(words, lex) or (" ".join(words) if named else None)
            if complement_org is None and doc[k].lower_ == "des" and _uninflected_name(words, lex):
                complement_org = words[0]  # "Leiter des Wifo": a name, not a common noun
            elif complement_org is None and _named_compound(words, lex):
                # "Direktorin des Kluge-Zentrums", "Chef der Bertelsmann-Stiftung"
                complement_org = (
                    genitive_head(words[0], lex) if doc[k].lower_ == "des" else words[0]
                )
            if complement_org is None and not (lex.country_of(words[0]) or words[0] in lex.regions):
                complement_name = " ".join(words)
            complement = doc[k:m].text
            k = m
            if k + 2 < n and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3  # "Direktor des Kunsthauses Bregenz (KUB),": the acronym in brackets
    # "Direktor der Galerie X und Ko-Initiator des Projekts": a second role noun joins
    if complement and k + 2 < n and doc[k].lower_ == "und" and _second_head(doc, k, lex):
        complement = f"{complement} {doc[k : k + 2].text}"
        k += 2
    # "der frühere Chef der Sozialisten der Pasok": a second genitive names the owner
    if complement and k + 1 < n and doc[k].lower_ in ("des", "der"):
        m = k + 1
        while m < n and is_adjective(doc[m], pos):
            m += 1
        words = []
        while m < n and len(words) < 6 and (is_cap(doc[m]) or doc[m].lower_ in NAME_LINKS):
            words.append(doc[m].text)
            m += 1
        while words and not words[-1][:1].isupper():
            words.pop()
            m -= 1
        if words and not any(lex.role(w) for w in words) and not _person_words(words, lex):
            if doc[k].lower_ == "des" and len(words) > 1:
                words[0] = genitive_head(words[0], lex)
            owner = _org_name(words, lex)
            if owner is None and doc[k].lower_ == "des" and _uninflected_name(words, lex):
                owner = words[0]
            if owner is not None:
                complement_org, complement_name = owner, None
            elif not (lex.country_of(words[0]) or words[0] in lex.regions):
                complement_name = " ".join(words)
            complement = f"{complement} {doc[k:m].text}"
            k = m
    # "Professorin für Neuropsychologie an der Universität Oxford", "Forscher am Institut X":
    # a field after "für" and the place of work after "an/am/bei/beim"
    while k + 1 < n and doc[k].lower_ in PLACE_OF_WORK | PLACE and doc[k].text not in ends:
        m = k + 1
        if m < n and is_det(doc[m]):
            m += 1
        start_words = m
        if m < n and TIME_NOUN.match(doc[m].text):
            break  # "Österreich-Chef von ZTE am Montagabend": a time, no place of work
        while (
            m < n
            and m - start_words < 6
            and (is_cap(doc[m]) or is_adjective(doc[m], pos) or doc[m].lower_ in NAME_LINKS)
        ):
            m += 1
        while m > start_words and not doc[m - 1].text[:1].isupper():
            m -= 1
        if m == start_words:
            break
        if doc[k].lower_ not in ("für", "in", "im") and complement_org is None:
            # "Bürochefin von Save the Children in Belgrad": "in" says where, not whose
            complement_org = _org_name([t.text for t in doc[start_words:m]], lex)
        complement = f"{complement} {doc[k:m].text}".strip()
        k = m
    if loose and not complement and k < n and is_cap(doc[k]) and k not in starts:
        # "Leiter PHOENIX Digitale Medien", "Journalist The Guardian": the organisation, no article
        m = k
        while (
            m < n
            and m - k < 5
            and (is_cap(doc[m]) or doc[m].text in ("&", "/"))
            and not doc[m].text.endswith("-")  # "Leiter Presse- und Öffentlichkeitsarbeit"
        ):
            m += 1
        words = [t.text for t in doc[k:m]]
        if words and not (lex.country_of(words[0]) or words[0] in lex.regions):
            complement_org = " ".join(words)
            complement = doc[k:m].text
            k = m
    if (
        not loose
        and k < n
        and doc[k].text not in ends
        and not _line_break(doc[k])
        and not (lenient and _apposition_ends(doc, k, ends, pos, starts))
    ):
        return None
    if lenient and role_tok + 1 in starts:
        return None  # "X, Trainer Jan Ritter": the role of the next person
    reach = -1
    if lenient and k < n and doc[k].text not in ends:
        m = k
        while m < n and doc[m].text not in ends:
            m += 1
        reach = seg.start + doc[m - 1].idx + len(doc[m - 1])
    if (
        lenient
        and k < n
        and doc[k].text not in ends
        and (complement_org is None or doc[k].is_space or is_cap(doc[k]))
    ):
        # the rest of the apposition was not read: keep the noun, not a half complement
        # ("Weltmeister der Jahre 2013 und 2014" is no "Weltmeister der Jahre", "Wortführer
        # der Linken  Plattform" no "Wortführer der Linken")
        complement, complement_name, complement_org = "", None, None
        k = after_noun
    if loose and role_tok + 1 < n and role_tok + 1 in starts:
        return None  # "X, Trainer Jan Ritter": the role of the next person
    if info.kind == "relation":
        complement_org = complement_name = None  # "Ehefrau von X": a person, no organisation
    start = seg.start + doc[first].idx
    stop = seg.start + doc[role_tok].idx + len(doc[role_tok])
    det = doc[first].lower_ if is_det(doc[first]) else None
    text = role_text(adjs, info, det, doc[role_tok].text)
    if joined:
        text = f"{text} {joined}"
    if truncated:
        *mods, noun = text.split(" ")
        text = " ".join([*mods, truncated, noun])
    rp = RolePhrase(
        f"{text} {complement}" if complement else text,
        start,
        stop,
        info,
        country,
        complement_org or info.org,
        country_from,
    )
    rp.noun_start = seg.start + doc[role_tok].idx
    rp.complement_name = complement_name
    rp.reach = reach
    while k > after_noun and doc[k - 1].is_space:
        k -= 1
    if k > after_noun and not names_person and info.kind != "relation":
        # (session 36) the phrase as written with its complement: "der Vorstandschef des
        # Unternehmens", "Der Senator aus Texas", "der Präsident Russlands"; not over another
        # person's name ("dem Sohn von X")
        rp.phrase_end = seg.start + doc[k - 1].idx + len(doc[k - 1])
    return rp


def attach_roles(seg: Segment, cands: list[Cand], lex: Lexicon, used: set[int]) -> None:
    """Fill ``roles`` and ``orgs`` of the person candidates of one segment.

    ``used`` collects the token indices of role nouns consumed as premodifiers/appositions, so
    that they are not read again as anaphoric descriptors.
    """
    doc = seg.doc
    pos = has_pos(doc)
    by_end = {c.j: c for c in cands}
    ordered = sorted(cands, key=lambda c: c.i)
    _group_members(seg, doc, ordered, lex, pos, used)
    person_starts = frozenset(o.i for o in cands if o.type == "PER")
    for c in ordered:
        if c.type != "PER":
            continue
        left = role_phrase_left(seg, doc, c.i, lex, pos)
        if left is None and c.i >= 3:
            left = role_with_complement_left(seg, doc, c.i, lex, pos, person_starts)
        if left is None:
            left = unknown_role_left(seg, doc, c.i, lex, pos)
        if left is None and c.i >= 2 and doc[c.i - 1].lower_ == "wie":
            # "Abgeordnete wie Jan Ritter und Emil Lang": a plural role before "wie" gives
            # examples of the group (a singular one compares: "ein Spieler wie X"); a bare role
            # noun there is a plural (a singular count noun needs an article)
            group = role_phrase_left(seg, doc, c.i - 1, lex, pos)
            if (
                group is not None
                and (group[0].plural or (group[0].det is None and not group[0].possessive))
                and not any(
                    t.lower_ in ("als", "ein", "eine", "einen", "einem", "einer", "eines")
                    for t in doc[max(0, group[1] - 1) : c.i - 1]
                )
            ):
                for member in _coordinated(ordered, c, doc):
                    member.roles.append(replace(group[0], plural=False, is_mention=False))
        if left is not None:
            rp, start_tok = left
            if rp.plural and (
                (_weak_singular(doc, rp, start_tok, c) and len(_coordinated(ordered, c, doc)) == 1)
                or _bare_singular(doc, rp, start_tok, c, ordered)
            ):
                rp = replace(rp, plural=False)
            elif _weak_plural_before_names(doc, rp, c, ordered):
                rp = replace(rp, plural=True)
            if not rp.plural:
                for k in range(start_tok, c.i):  # "der Philosoph und Soziologe X": both nouns
                    if lex.role(doc[k].text) is not None:
                        used.add(k)
                if rp.possessive:
                    rp.possessor = _possessor(ordered, c, seg)
                    if rp.info.relation == "compatriot":
                        if rp.possessor is None:
                            # "… Jorge Ramos … . Sein Landsmann Dani": the one person
                            # named in the sentence before
                            rp.possessor = _only_person_before(ordered, c)
                        elif _after_preposition(doc, rp.possessor, lex):
                            # "Der Sieger gewann vor dem Japaner X und vor seinem Landsmann
                            # Y": "sein" is the subject's, not X's
                            rp.possessor = None
                elif (
                    rp.det is None
                    # the owner ends where the phrase begins, or opens it (`_owner_genitive`)
                    and (owner := by_end.get(start_tok) or _owner_at(by_end, start_tok)) is not None
                    and owner.type == "PER"
                    and owner.text.endswith(("s", "'", "’"))
                ):
                    rp.possessor = owner  # "Wangs Vorgänger X", "Hubers Sprecher X"
                if rp.org is None and (
                    rp.det in ("deren", "dessen")
                    or (rp.possessive and not _pronoun_before(doc, start_tok))
                ):
                    # "Die FPÖ …: meint deren Sozialsprecher X": the organisation before
                    rp.org = _organisation_possessor(ordered, c, rp, doc)
                if (
                    rp.possessive
                    and rp.country is None
                    and rp.org is None
                    and (pc := _country_possessor(doc, start_tok, lex)) is not None
                ):
                    # "Kroatien seine Außenministerin X", "Frankreich schickt seinen
                    # Botschafter X": the country right before the possessive is the owner
                    rp.country, rp.country_from = pc, "genitive"
                # coordination: "Russlands Außenminister X und Verteidigungsminister Y"; not
                # a role of its own organisation ("Frankreichs Präsident X und
                # UN-Generalsekretär Y")
                if (
                    rp.country is None
                    and rp.org is None
                    and start_tok >= 2
                    and doc[start_tok - 1].lower_ in ("und", ",")
                ):
                    prev = by_end.get(start_tok - 1)
                    if prev is not None and prev.type == "PER":
                        for prole in prev.roles:
                            if prole.country and prole.country_from in ("genitive", "adjective"):
                                rp.country, rp.country_from = prole.country, "coordination"
                                break
            else:
                # "die Präsidentschaftskandidaten X und Y": each of them holds the role
                if rp.possessive and rp.info.relation == "compatriot":
                    # "mit ihren Landsleuten X, Y und Z": the possessor's compatriots
                    rp.possessor = _possessor(ordered, c, seg)
                    if rp.possessor is not None and _after_preposition(doc, rp.possessor, lex):
                        rp.possessor = None
                chain = _coordinated(ordered, c, doc)
                if len(chain) > 1:
                    for member in chain:
                        member.roles.append(replace(rp, plural=False, is_mention=False))
            c.roles.append(rp)
        elif c.i >= 3 and doc[c.i - 1].text == ",":
            before = _apposition_before(seg, doc, c, lex, pos, person_starts)
            if before is not None:
                c.roles.append(before[0])
                used.add(before[1])
            else:
                _respective(seg, doc, ordered, c, lex, used)
        right, org, bracketed = _apposition_right(seg, doc, c.j, lex, pos, cands, c.i)
        if right is None and not bracketed and pos and _copula_subject(seg, doc, c):
            # "Schaden ist seit 1992 Mitglied der Stadtregierung", "Pichler war noch
            # burgenländischer Polizeidirektor": words between the copula and its predicate;
            # "Von Beruf ist Kolar Hausmeister": the name after the copula
            first = c.j + 1 if doc[c.j].lower_ in COPULA else c.j
            found = predicate_after_gap(seg, doc, first, lex, pos, person_starts - {c.i})
            if found is not None:
                right = found[0]
                right.is_mention = False
        c.roles.extend(bracketed)
        if right is not None:
            c.roles.append(right)
            for k in range(c.j, len(doc)):
                # "X, die frühere Ministerin und spätere Botschafterin in Rom,": the nouns of
                # the part left unread are no descriptors either
                if doc[k].idx + seg.start >= max(right.end, right.reach):
                    break
                if lex.role(doc[k].text) is not None:
                    used.add(k)
        if org and org in lex.countries:
            c.country = lex.countries[org]
        elif org:
            c.orgs.append(org)
            for other in _shared_bracket(by_end, c, doc, lex):
                if org not in other.orgs:
                    other.orgs.append(org)
        # "Für den ÖGB reagierte Vizepräsidentin X": speaking for an organisation
        if not c.orgs and not any(r.org or r.country for r in c.roles):
            spoke_for = _speaking_for(doc, ordered, c)
            if spoke_for is not None:
                c.orgs.append(spoke_for)
        # "… auch von den Grünen. … zeigten Sozialsprecherin X": the organisation before
        if (
            not c.orgs
            and c.roles
            and not any(r.org or r.country for r in c.roles)
            and any(lex.is_org_relative(r.info) for r in c.roles)
            # "X, Geschäftsführer von 88.6, das …": an apposition read in part named its own
            # body in the part left unread
            and not any(r.reach >= 0 for r in c.roles)
        ):
            org_before = _organisation_before(ordered, c, doc, lex)
            if org_before is not None:
                c.orgs.append(org_before)
        # "Oleg Petrov vom Verteidigungsministerium", "X von der CDU"
        k = c.j
        shared: str | None = None
        if k < len(doc) and doc[k].lower_ in ("vom", "von"):
            k += 1
            while k < len(doc) and (is_det(doc[k]) or is_adjective(doc[k], pos)):
                k += 1
            org_c = next(
                (o for o in cands if o.i == k and o.type == "ORG" and o.source != "compound"),
                None,
            )  # "von der ZDF-Redaktion": the whole word, below
            if org_c is not None:
                c.orgs.append(org_c.key or org_c.text)
                if org_c.country and not any(r.country for r in c.roles):
                    c.country = org_c.country
                shared = c.orgs[-1]
            elif (named := _org_phrase(doc, k, lex)) is not None:
                c.orgs.append(named)  # "von der ORF-Unterhaltung", "von der Universität Wien"
                shared = named
        elif not c.orgs and right is None and (named := _org_apposition(doc, c.j, cands)):
            c.orgs.append(named)  # "X, Universität Hohenheim, zeigt", "X, SPÖ, sagte"
            shared = named
        # "Marek Kolar aus Serbien", "Tim Morgan aus Südafrika": where the person comes
        # from (not where they travel from: "aus Frankreich an", "aus Syrien nach Europa")
        if c.country is None and not any(r.country for r in c.roles):
            origin = _origin_country(doc, c.j, lex)
            if origin is not None:
                c.country = origin
        # "A und B von der Initiative X", "A und B, Universität Hohenheim,": both belong to it
        if shared is not None:
            for prev in _coordinated_before(by_end, c, doc):
                if not prev.orgs and not any(r.org or r.country for r in prev.roles):
                    prev.orgs.append(shared)
    _roles_after_als(seg, doc, ordered, lex, pos, used)
    _roles_of_copula(seg, doc, ordered, lex, pos, used)
    _roles_als_in_clause(seg, doc, ordered, lex, pos, used)
    _roles_after_mit(seg, doc, ordered, lex, pos, used)


#: verbs that tie a subject to a predicative noun ("X ist Sprecher", "Sieger ist X")
COPULAS = frozenset({"sein", "heißen", "bleiben"})

#: words that deny or compare a predicative ("ist kein Minister", "ist nicht Trainer")
NEGATIONS = frozenset({"kein", "keine", "keinen", "keiner", "nicht", "nie", "niemals", "wie"})


def _roles_of_copula(
    seg: Segment, doc: Doc, ordered: list[Cand], lex: Lexicon, pos: bool, used: set[int]
) -> None:
    """ "Titelverteidiger ist Lehner", "Der Sieger des Turniers heißt X": a person's name and
    a singular office or function noun are subject and predicate of one copula (the parser's
    UD tree: the predicate heads ``nsubj`` and ``cop``; "heißen" has both as subjects): the
    noun phrase is a role the text gives the person (session 20); only for persons with no role
    yet, not when the copula is denied ("ist kein Minister") or the noun has a possessive ("ist
    sein Trainer") or stands in a group ("einer der besten Trainer")."""
    if not pos:
        return
    for c in ordered:
        if c.type != "PER" or c.roles:
            continue
        root = doc[c.i : c.j].root

        def inside(t: Token, c: Cand = c) -> bool:
            return c.i <= t.i < c.j

        nouns: list[Token] = []
        head = root
        if any(t.dep_ == "cop" and t.lemma_ in COPULAS for t in root.children):
            # "Titelverteidiger ist X": the name is the predicate, the noun its subject
            nouns = [t for t in root.children if t.dep_ == "nsubj" and not inside(t)]
            head = root
        elif root.head.lemma_ == "heißen" and root.dep_ in ("nsubj", "obj", "xcomp"):
            head = root.head
            nouns = [t for t in head.children if t.dep_ == "nsubj" and t.i < c.i]
        if len(nouns) != 1 or any(t.lower_ in NEGATIONS for t in head.children):
            continue
        noun = nouns[0]
        info = lex.role(noun.text)
        if (
            info is None
            or info.kind not in ("office", "function")
            or info.relation is not None
            or any(t.lower_ in NEGATIONS for t in noun.children)
        ):
            continue
        left = role_phrase_left(seg, doc, noun.i + 1, lex, pos, indefinite=True)
        if left is None:
            continue
        rp, start_tok = left
        if rp.plural or rp.possessive or (start_tok >= 1 and doc[start_tok - 1].lower_ == "der"):
            continue  # "einer der besten Trainer": one of a group
        c.roles.append(replace(rp, is_mention=False))
        used.add(noun.i)


#: what may follow a predicate noun after its copula besides the phrase ends: "X war zuvor
#: Chef der Marine gewesen", "Er wird Landesrat für Soziales werden"
PREDICATE_ENDS = (
    *END_TOKENS,
    "und",
    "sowie",
    "seit",
    "bis",
    "in",
    "im",
    "bei",
    "gewesen",
    "geworden",
    "geblieben",
    "sein",
    "werden",
    "bleiben",
)
#: ordinals and superlatives that make a definite predicate a ranking, not an office ("ist der
#: erste Trainer, der …", "war die einzige ungesetzte Spielerin")
RANKING_WORDS = re.compile(r"^(erst|letzt|einzig|jüngst|ältest|best|größt|zweit|dritt)e[nrs]?$")


def predicate_after_gap(
    seg: Segment, doc: Doc, k: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> tuple[RolePhrase, int] | None:
    """The office or function noun phrase that is the predicate of a copula whose subject came
    before token ``k``: "[Heute ist er] EU-Kommissar für …", "[Er war] seit 2003
    Zentralbankgouverneur", "[Schaden ist] seit 1992 Mitglied der Stadtregierung". Adverbs,
    particles and prepositional phrases ("seit 1992", "bis 2004", "im Mai") may stand before it;
    a negation, a comparison, "als", another person, a noun phrase outside a prepositional
    phrase or a punctuation mark stops the search. Returns the phrase and its first token;
    only singular phrases with no possessive, no ranking ("der erste Trainer, der …") and not
    one of a group ("einer der besten Trainer"). Needs the tagger."""
    n = len(doc)
    in_pp = False
    for m in range(k, min(n, k + 10)):
        tok = doc[m]
        low = tok.lower_
        if (
            m in starts
            or low in NEGATIONS
            or low in ("als", "einer")
            or low in CLAUSE_BREAKS
            or low in OBJECT_PRONOUNS
            or tok.is_punct
            or not tok.text.strip()
        ):
            return None
        if tok.pos_ == "ADP":
            in_pp = True
            continue
        if in_pp:
            if tok.pos_ in ("NUM", "NOUN", "PROPN"):
                in_pp = False  # "seit 1992", "seit Jahren", "im Mai": the phrase is complete
            elif tok.pos_ not in ("DET", "ADJ"):
                return None
            continue
        if tok.pos_ in ("ADV", "PART") and tok.text[:1].islower() and low not in lex.role_adverbs:
            continue
        if tok.pos_ == "NUM" and re.fullmatch(r"(19|20)\d\d", tok.text):
            continue
        rp = _role_np(seg, doc, m, lex, pos, indefinite=True, ends=PREDICATE_ENDS, starts=starts)
        if (
            rp is None
            or rp.plural
            or rp.possessive
            or rp.info.kind not in ("office", "function")
            or rp.info.relation is not None
            or any(RANKING_WORDS.match(w.lower()) for w in rp.text.split())
        ):
            return None
        stop = next((x for x in range(m, n) if doc[x].is_punct), n)
        if any(t.lower_ in lex.candidacy_words for t in doc[m:stop]):
            return None
        return rp, m
    return None


def _copula_subject(seg: Segment, doc: Doc, c: Cand) -> bool:
    """Is the name the subject right before a finite copula ("Schaden ist …", "Der Minister X
    war …") or right after it ("Von Beruf ist Kolar …")? A name before it, with the role phrase
    before the name, opens its sentence or a clause (after a comma, a colon, a conjunction or an
    adverb: "Auch X ist …"); not a genitive or the object of a preposition ("Widersacher Hoangs
    war …", "Von X ist …")."""
    if c.j + 1 >= len(doc):
        return False
    if doc[c.j].lower_ not in COPULA:
        # "Von Beruf ist Kolar Hausmeister": the subject right after the copula in second
        # place; not a genitive ("ist Hubers Sprecher")
        return (
            c.i >= 2
            and doc[c.i - 1].lower_ in COPULA
            and not doc[c.i - 1].is_sent_start
            and "Case=Gen" not in str(doc[c.j - 1].morph)
            and not doc[c.j - 1].text.endswith(("s", "'", "’"))
        )
    first = min([c.start] + [r.start for r in c.roles if 0 <= r.start < c.start])
    k = c.i
    while k > 0 and seg.start + doc[k - 1].idx >= first:
        k -= 1
    if k == 0 or doc[k].is_sent_start:
        return True
    before = doc[k - 1]
    return before.lower_ in CLAUSE_OPENERS or before.pos_ == "ADV"


#: subject pronouns of the third person singular, and whether they are feminine
SUBJECT_PRONOUNS = {"er": False, "sie": True}
#: words after which a pronoun opens a clause ("…, er wurde Kommunikationschef der SPÖ")
CLAUSE_OPENERS = frozenset({",", ":", ";", "(", "–", "und", "aber", "doch", "denn", "sondern"})


def _finite_singular(tok: Token) -> bool:
    """A finite verb of the singular ("arbeitete", "hat"; not "arbeiten")."""
    morph = str(tok.morph)
    return tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in morph and "Number=Sing" in morph


def _als_role(
    seg: Segment, doc: Doc, k: int, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> tuple[RolePhrase, int] | None:
    """The office or function phrase after the "als" of the clause that goes on at token
    ``k`` after its subject (`_als_in_clause`; the checks of `_roles_als_in_clause`: no
    comparative, negation or candidacy word, adjectives only before the noun, no relation)."""
    n = len(doc)
    als = _als_in_clause(doc, k, starts)
    if als is None or als + 1 >= n:
        return None
    before = doc[als - 1]
    if before.lower_ in COMPARATIVES or "Degree=Cmp" in str(before.morph):
        return None
    stop = next((m for m in range(als, n) if doc[m].is_punct), n)
    if any(t.lower_ in NEGATIONS for t in doc[k:als]) or any(
        t.lower_ in lex.candidacy_words for t in doc[k:stop]
    ):
        return None
    r = als + 1
    while r < n and r - als <= 3 and is_adjective(doc[r], pos):
        r += 1
    if r >= n or not is_cap(doc[r]):
        return None
    info = lex.role(doc[r].text)
    if info is None or info.kind not in ("office", "function") or info.relation is not None:
        return None
    ends = tuple({t.text for t in doc[r + 1 : stop + 1]} | set(END_TOKENS))
    rp = _role_np(seg, doc, als + 1, lex, pos, indefinite=False, ends=ends)
    if rp is None or rp.plural:
        return None
    return rp, als + 1


def pronoun_predicates(
    seg: Segment, doc: Doc, lex: Lexicon, pos: bool, starts: frozenset[int]
) -> list[tuple[int, bool, RolePhrase, int]]:
    """Copula clauses whose subject is "er" or "sie" and whose predicate is an office or
    function noun: "Heute ist er EU-Kommissar für Gesundheit", "Er war seit 2003
    Zentralbankgouverneur", "…, er wurde Kommunikationschef der SPÖ" (`predicate_after_gap`).
    Returns (pronoun token, feminine, role phrase, first token of the phrase); the person the
    pronoun means is found after clustering (``stage``). A feminine noun after "er" is
    skipped. Needs the tagger."""
    if not pos:
        return []
    out: list[tuple[int, bool, RolePhrase, int]] = []
    n = len(doc)
    readers = (
        # "Heute ist er EU-Kommissar …", "Er war …", "…, er wurde …": the copula's predicate
        (lambda t: t.lower_ in COPULA, predicate_after_gap, n - 2),
        # "Lange arbeitete er als Journalist", "…, er hat als Staatsanwalt … geführt": the
        # office after "als" in the clause whose subject is the pronoun
        (lambda t: _finite_singular(t) and t.lower_ not in COPULA, _als_role, n - 3),
    )
    low = token_lowers(doc)
    for is_verb, read, last in readers:
        for k in range(last):
            # session 36: a clause without "er"/"sie" at k or k + 1 has no pronoun subject
            # (the test of `_pronoun_subject`, on the listed forms: no Token objects)
            if low[k] not in SUBJECT_PRONOUNS and low[k + 1] not in SUBJECT_PRONOUNS:
                continue
            p = _pronoun_subject(doc, k, is_verb)
            if p is None:
                continue
            found = read(seg, doc, k + 2, lex, pos, starts)
            if found is None:
                continue
            rp, first = found
            feminine = SUBJECT_PRONOUNS[doc[p].lower_]
            if not feminine and (rp.info.feminine or rp.info.lemma.endswith("in")):
                continue
            out.append((p, feminine, replace(rp, is_mention=False), first))
    return out


def _pronoun_subject(doc: Doc, k: int, is_verb: Callable[[Token], bool]) -> int | None:
    """The pronoun subject ("er"/"sie") of a clause whose finite verb (``is_verb``) and subject
    stand at k and k + 1: the verb second and the subject after it, not at a sentence start
    ("Heute ist er …"), or the subject first at a sentence start or after a clause opener
    ("Er war …", "…, er wurde …"). Returns the pronoun's index, or None."""
    tok, nxt = doc[k], doc[k + 1]
    if is_verb(tok) and nxt.lower_ in SUBJECT_PRONOUNS and not tok.is_sent_start:
        return k + 1
    if (
        tok.lower_ in SUBJECT_PRONOUNS
        and is_verb(nxt)
        and (tok.is_sent_start or (k > 0 and doc[k - 1].lower_ in CLAUSE_OPENERS))
    ):
        return k
    return None


#: words after "aus <Land>" that make it a journey, not an origin ("reiste aus Frankreich an")
JOURNEY_WORDS = frozenset({"an", "ab", "aus", "ein", "zurück", "heraus", "hinaus", "nach", "in"})


def _origin_country(doc: Doc, j: int, lex: Lexicon) -> str | None:
    """The country of "aus [dem/der/den] <Land>" right after a name ending at token j."""
    if j >= len(doc) or doc[j].lower_ != "aus":
        return None
    k = j + 1
    if k < len(doc) and doc[k].lower_ in ("der", "dem", "den"):
        k += 1  # "aus der Türkei", "aus dem Irak", "aus den USA"
    if k >= len(doc) or doc[k].text.endswith("s"):
        return None
    country = lex.countries.get(doc[k].text)
    if country is None or (k + 1 < len(doc) and doc[k + 1].lower_ in JOURNEY_WORDS):
        return None
    if k + 1 < len(doc) and doc[k + 1].text.startswith("-"):
        return None
    return country


#: words before a name that make a following "als" a comparison ("mehr X als Minister")
COMPARATIVES = frozenset({"mehr", "weniger", "eher", "lieber", "anders", "sowohl", "so", "besser"})


def _roles_after_als(
    seg: Segment, doc: Doc, ordered: list[Cand], lex: Lexicon, pos: bool, used: set[int]
) -> None:
    """ "scheiterte Yannis Papadakis als griechischer Finanzminister", "hatte Brunner als
    Präsidenten", "saß Vera Pichler als Soziallandesrätin": an office noun with no article
    (adjectives only) right after "als" after a person's name is a role the text gives them
    (session 11, round 2); only for persons with no role yet, not after a comparative."""
    for c in ordered:
        if c.type != "PER" or c.roles or c.j + 1 >= len(doc) or doc[c.j].lower_ != "als":
            continue
        if c.i >= 1 and doc[c.i - 1].lower_ in COMPARATIVES:
            continue
        r = c.j + 1
        while r < len(doc) and r - c.j <= 3 and doc[r].text[:1].islower():
            if not is_adjective(doc[r], pos):
                break
            r += 1
        if r >= len(doc) or not doc[r].text[:1].isupper():
            continue
        info = lex.role(doc[r].text)
        if info is None or info.kind != "office" or info.relation is not None:
            continue
        left = role_phrase_left(seg, doc, r + 1, lex, pos)
        if left is None or left[1] != c.j + 1 or left[0].det is not None:
            continue
        c.roles.append(replace(left[0], plural=False, is_mention=False))
        used.add(r)


#: words that end the clause of a name before an "als" could be read as the subject's role
CLAUSE_BREAKS = frozenset(
    {"und", "oder", "aber", "sondern", "dass", "weil", "wenn", "ob", "wie", "sowie", "doch"}
)
#: object pronouns the tagger may miss ("holte ihn als Trainer": "ihn" tagged AUX)
OBJECT_PRONOUNS = frozenset(
    {"ihn", "ihm", "sie", "es", "ihr", "ihnen", "mich", "mir", "dich", "dir", "uns", "euch"}
)


def _subject_name(doc: Doc, c: Cand) -> bool:
    """Is the name the subject of its clause for the parser ("Der Salzburger Jan Vogel ist …":
    the name in apposition to a subject right before it counts too)?"""
    root = doc[c.i : c.j].root
    if root.dep_ in ("nsubj", "nsubj:pass"):
        return True
    return (
        root.dep_ in ("appos", "flat")
        and root.head.dep_ in ("nsubj", "nsubj:pass")
        and c.i - 3 <= root.head.i < c.i
    )


def _als_in_clause(doc: Doc, k: int, starts: frozenset[int]) -> int | None:
    """The "als" of the clause that goes on at token ``k`` after its subject ("zeichnete sich
    beim Sieg in Santiago als …", "ist seit Jänner als …", "[der] als … gilt"): only verbs,
    adverbs, particles, "sich" and prepositional phrases may stand between; a noun phrase or
    pronoun outside a prepositional phrase (an object the "als" may describe: "holte ihn als
    Trainer", "nannte die Regierung als …"), another person, a comma or a conjunction stops it."""
    in_pp = False
    pp_noun = False
    for m in range(k, min(len(doc), k + 14)):
        tok = doc[m]
        if tok.lower_ == "als":
            return m
        if (
            m in starts
            or tok.lower_ in CLAUSE_BREAKS
            or tok.lower_ in OBJECT_PRONOUNS
            or tok.is_punct
            or not tok.text.strip()
        ):
            return None
        if tok.pos_ in ("VERB", "AUX", "ADV", "PART") or tok.lower_ == "sich":
            in_pp = pp_noun = False
        elif tok.pos_ == "ADP":
            in_pp, pp_noun = True, False
        elif tok.pos_ == "NUM" and (in_pp or re.fullmatch(r"(19|20)\d\d", tok.text)):
            continue  # "seit 2010", "2015 als …"
        elif tok.pos_ == "ADJ" and tok.text[:1].islower():
            continue  # "beim deutlichen Sieg", "ist ansonsten als …"
        elif in_pp and tok.pos_ == "DET" and not pp_noun:
            continue
        elif in_pp and tok.pos_ in ("NOUN", "PROPN") and (not pp_noun or tok.pos_ == "PROPN"):
            pp_noun = True  # "in Santiago", "in Santiago de Chile"
        else:
            return None
    return None


def _roles_als_in_clause(
    seg: Segment, doc: Doc, ordered: list[Cand], lex: Lexicon, pos: bool, used: set[int]
) -> None:
    """ "X ist seit Jänner als Trainer tätig", "X zeichnete sich beim Sieg in Santiago als
    Doppeltorschütze aus", "X, der als Vater der Pisa-Tests gilt,": an office or function noun
    after "als" (adjectives only before it) in the clause whose subject is the person — the
    parser's subject, or the relative pronoun right after the name — is a role the text gives
    them; only for persons with no role yet, not after a comparative ("mehr als", "größer
    als") and not when an object stands between (`_als_in_clause`). Needs the tagger."""
    if not pos:
        return
    starts = frozenset(o.i for o in ordered if o.type == "PER")
    n = len(doc)
    for c in ordered:
        if c.type != "PER" or c.j + 2 >= n:
            continue
        if any(r.info.kind != "demonym" for r in c.roles):
            continue  # "Der Salzburger Jan Vogel ist … als Pressefotograf": a country only
        k = c.j
        if (
            doc[k].text == ","
            and doc[k + 1].lower_ in ("der", "die")
            and (doc[k + 1].dep_ == "nsubj" or "PronType=Rel" in str(doc[k + 1].morph))
        ):
            k += 2  # "X, der als … gilt": the relative pronoun is the subject
        elif not _subject_name(doc, c):
            continue
        als = _als_in_clause(doc, k, starts - {c.i})
        if als is None or als + 1 >= n:
            continue
        before = doc[als - 1]
        if before.lower_ in COMPARATIVES or "Degree=Cmp" in str(before.morph):
            continue  # "verdient mehr als ein Minister", "ist älter als"
        stop = next((m for m in range(als, n) if doc[m].is_punct), n)
        if any(t.lower_ in NEGATIONS for t in doc[k:als]) or any(
            t.lower_ in lex.candidacy_words for t in doc[k:stop]
        ):
            continue  # "ist nicht als Trainer tätig", "war als Finanzminister im Gespräch"
        r = als + 1
        while r < n and r - als <= 3 and is_adjective(doc[r], pos):
            r += 1
        if r >= n or not is_cap(doc[r]):
            continue
        info = lex.role(doc[r].text)
        if info is None or info.kind not in ("office", "function", "relation"):
            continue
        # the noun with its complement ("als Vater der Pisa-Tests"): any word may follow it in
        # the clause; a relation noun only of a named person ("als Nachfolgerin von X")
        ends = tuple({t.text for t in doc[r + 1 : stop + 1]} | set(END_TOKENS))
        rp = _role_np(seg, doc, als + 1, lex, pos, indefinite=False, ends=ends)
        named = next((o for o in ordered if o.type == "PER" and r + 2 <= o.i <= r + 3), None)
        if rp is None and (
            info.kind != "relation"
            # "als Nachfolgerin von X": a relation to the person named right after it
            or (named is not None and doc[r + 1].lower_ in ("von", "des", "der"))
        ):
            left = role_phrase_left(seg, doc, r + 1, lex, pos)
            if left is not None and left[1] == als + 1 and left[0].det is None:
                rp = left[0]
                if info.kind == "relation" and named is not None:
                    rp = replace(rp, text=f"{rp.text} {doc[r + 1 : named.j].text}")
        if rp is None:
            continue
        c.roles.append(replace(rp, plural=False, is_mention=False))
        used.add(r)


INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer"})


def _roles_after_mit(
    seg: Segment, doc: Doc, ordered: list[Cand], lex: Lexicon, pos: bool, used: set[int]
) -> None:
    """ "… hat die SPÖ mit Jan Kessler ein neuer Kanzler", "… mit Emil Brandt einen
    Lobbyisten für Agro-Gentechnik im Komitee": an indefinite office or function noun phrase
    right after "mit" + name describes the person (session 27); only for persons with no role
    yet. Needs the tagger."""
    if not pos:
        return
    n = len(doc)
    for c in ordered:
        if c.type != "PER" or c.i < 1 or c.j + 1 >= n or doc[c.i - 1].lower_ != "mit":
            continue
        if (
            any(r.info.kind != "demonym" for r in c.roles)
            or doc[c.j].lower_ not in INDEFINITE_ARTICLES
        ):
            continue
        stop = next((m for m in range(c.j, n) if doc[m].is_punct), n)
        ends = tuple({t.text for t in doc[c.j + 2 : stop + 1]} | set(END_TOKENS))
        rp = _role_np(seg, doc, c.j, lex, pos, indefinite=True, ends=ends)
        if rp is None or rp.info.kind not in ("office", "function"):
            continue
        c.roles.append(replace(rp, plural=False, is_mention=False))
        used.update(k for k in range(c.j, stop) if lex.role(doc[k].text) is not None)


def _complement_name(complement: Span, lex: Lexicon) -> str | None:
    """The name of several capitalised words after "des/der/von" in a complement:
    "von Bugün TV" → Bugün TV, "des Zentralrats Deutscher Sinti" → Zentralrat Deutscher Sinti."""
    toks = list(complement)
    if not toks or toks[0].lower_ not in ("des", "der", "von", "vom"):
        return None
    words: list[str] = []
    rest = toks[1:]
    pos = has_pos(complement.doc)
    while len(rest) > 2 and rest[0].text[:1].islower() and is_adjective(rest[0], pos):
        rest = rest[1:]  # "der regierungskritischen Zeitung Cumhuriyet" (session 18)
    for tok in rest:
        if is_cap(tok) or (words and tok.lower_ in NAME_LINKS):
            words.append(tok.text)
        else:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    if len(words) < 2 or lex.country_of(words[0]) is not None or _person_words(words, lex):
        return None
    if (named := _name_after_kind(words, lex)) is not None:
        # "der Umwelt- und Entwicklungsorganisation Germanwatch": a name after its kind
        return _org_name(named, lex) or " ".join(named)
    if toks[0].lower_ == "des":
        words[0] = genitive_head(words[0], lex)
    return _org_name(words, lex)


def _name_after_kind(words: list[str], lex: Lexicon) -> list[str] | None:
    """The name after a compound noun of an organisation's kind that opens a complement
    ("Entwicklungsorganisation Brot für die Welt", "Umwelt- und Entwicklungsorganisation
    Germanwatch", "Tageszeitung Hürriyet"), or None. A bare kind noun is often part of the name
    itself ("Stiftung Warentest", "Verein für Konsumentenschutz") and stays (session 28)."""
    for i, word in enumerate(words[:-1]):
        if not lex.is_intro(word) or word.lower() in lex.org_intro:
            continue
        rest = words[i + 1 :]
        if rest[0][:1].isupper() and lex.role(rest[0]) is None and not lex.is_intro(rest[0]):
            return rest
        return None
    return None


def _person_words(words: list[str], lex: Lexicon) -> bool:
    """Do the capitalised words of a complement name a person, not an organisation: given
    names and a surname ("von Emil Brandt"), or a role noun before a name ("von
    Bürgermeister Jan Keller", "des Präsidenten Tim Morgan")? Not an organisation named
    after a person ("der Karl Landsteiner Privatuniversität": the last word is a noun) nor a
    name the lexicon knows as an organisation's (session 28)."""
    while words and lex.is_title(words[0]):
        words = words[1:]
    if len(words) < 2 or " ".join(words) in lex.institutions:
        return False
    first = lex.role(words[0])
    if first is not None and first.kind != "title":
        words = words[1:]  # "Bürgermeister Jan Keller", "Bürgermeister Keller"
    elif len(words) < 2:
        return False
    *given, surname = words
    return (
        len(words) <= 4
        and all(w in lex.first_names for w in given)
        and surname[:1].isupper()
        and surname not in lex.common_nouns
        and lex.role(surname) is None
        and not surname.lower().endswith(lex.org_suffix_tuple)
        and surname not in lex.company_words
    )


def _organisation_before(ordered: list[Cand], c: Cand, doc: Doc, lex: Lexicon) -> str | None:
    """The only organisation named in the sentence before c's, when c's own sentence names
    none before c and no person stands in between. News agencies (sources, not employers) and
    interviewers' labels ("STANDARD: …") do not count."""
    keys: set[str] = set()
    for o in ordered:
        if o.start >= c.start:
            break
        if o.type == "ORG" and (
            o.text in lex.agencies
            or (o.key or o.text) in lex.agencies.values()
            or (o.j < len(doc) and doc[o.j].text == ":")
        ):
            continue
        if o.sent == c.sent and o.type == "PER" and o.orgs and o.orgs[-1] in keys:
            continue  # "Sprecherin X und Sozialsprecherin Y": X took it already
        if o.sent == c.sent and o.type in ("ORG", "PER"):
            return None
        if o.sent == c.sent - 1:
            if o.type == "PER":
                return None
            if o.type == "ORG":
                keys.add(o.key or o.text)
    return keys.pop() if len(keys) == 1 else None


def _country_possessor(doc: Doc, k: int, lex: Lexicon) -> str | None:
    """The country named as the subject right before the possessive at token ``k``, with at
    most one verb in between ("Kroatien seine Außenministerin", "Frankreich schickt seinen
    Botschafter"); not after a preposition or article ("in Kroatien seine …")."""
    m = k - 1
    if m >= 0 and doc[m].pos_ in ("VERB", "AUX"):
        m -= 1
    if m < 0 or doc[m].text not in lex.countries or lex.countries[doc[m].text] != doc[m].text:
        return None
    if m >= 1 and (doc[m - 1].pos_ == "ADP" or is_det(doc[m - 1])):
        return None
    return doc[m].text


def _pronoun_before(doc: Doc, k: int) -> bool:
    """Is there a personal pronoun earlier in the sentence ("Er habe vorgeschlagen, dass sein
    Stellvertreter X …": "sein" is the person's)?"""
    for m in range(k - 1, -1, -1):
        if doc[m].text in (".", "!", "?"):
            return False
        if doc[m].lower_ in THIRD_PERSON_PRONOUNS:
            return True
    return False


def _speaking_for(doc: Doc, ordered: list[Cand], c: Cand) -> str | None:
    """The organisation of a sentence that opens with "Für [det] ORG" and whose first person
    is c ("Für die Gewerkschaft sprach ihr Vorsitzender X", "Für den ÖGB reagierte X")."""
    firsts = [o for o in ordered if o.sent == c.sent]
    if not firsts:
        return None
    org = firsts[0]
    if (
        org.type != "ORG"
        or org.i < 1
        or (
            doc[org.i - 1].lower_ not in ("für",)
            and not (org.i >= 2 and doc[org.i - 2].lower_ == "für" and is_det(doc[org.i - 1]))
        )
    ):
        return None
    opener = org.i - 1 if doc[org.i - 1].lower_ == "für" else org.i - 2
    if doc[opener].text != "Für":
        return None  # not the start of a sentence
    persons = [o for o in firsts if o.type == "PER"]
    if not persons or persons[0] is not c:
        return None
    return org.key or org.text


LIST_MARKERS = frozenset({"darunter", "etwa", "nämlich", ":"})


def _group_members(
    seg: Segment, doc: Doc, ordered: list[Cand], lex: Lexicon, pos: bool, used: set[int]
) -> None:
    """Names listed after a plural role: "ein Kreis deutscher Einwanderer, darunter A, B und
    C"; "von vier Kunstschaffenden bespielt: A, B und C" — each of them holds the role."""
    for c in ordered:
        if c.type != "PER" or c.i < 2 or c.roles:
            continue
        marker = c.i - 1
        # "Literaten wie A, B oder C", "einen Strafraumspieler wie A" (session 33): the role
        # noun right before "wie" is each listed person's, one name is enough
        like = doc[marker].lower_ == "wie"
        if doc[marker].lower_ == "ihnen" and doc[marker - 1].lower_ == "unter":
            marker -= 1  # "unter ihnen A und B"
        elif doc[marker].lower_ not in LIST_MARKERS and not like:
            continue
        k = marker - 1
        while (
            k >= 0 and marker - k <= (1 if like else 12) and doc[k].text not in (".", "!", "?", ";")
        ):
            info = lex.role(doc[k].text)
            if info is not None and info.kind == "office" and k not in used:
                left = role_phrase_left(seg, doc, k + 1, lex, pos)
                if left is None:
                    break
                rp = replace(left[0], plural=False, is_mention=False)
                chain = _listed(ordered, c, doc, LIKE_LINKS if like else LIST_LINKS)
                if len(chain) < (1 if like else 2):
                    break
                for member in chain:
                    if not member.roles:
                        member.roles.append(rp)
                used.add(k)
                break
            k -= 1


#: words that join the names of a list after a plural role; after "wie" also "oder"
LIST_LINKS = frozenset([",", "und", "sowie"])
LIKE_LINKS = LIST_LINKS | {"oder"}


def _listed(
    ordered: list[Cand], c: Cand, doc: Doc, links: frozenset[str] = LIST_LINKS
) -> list[Cand]:
    """The persons of a list that starts with c ("A, B, C und D"); a name of two or more
    words the statistical NER calls MISC inside such a list is a person too."""
    chain = [c]
    by_start = {o.i: o for o in ordered if o.type in ("PER", "MISC")}
    end = _after_brackets(doc, c.j)
    while end < len(doc) and doc[end].text in links:
        nxt = by_start.get(end + 1)
        if nxt is None or (nxt.type == "MISC" and nxt.j - nxt.i < 2):
            break
        chain.append(nxt)
        end = _after_brackets(doc, nxt.j)
    if chain[-1].type == "MISC":
        chain.pop()  # "A, B und die Band X": the last one may be something else
    for member in chain:
        member.type = "PER"
    return chain


def _org_phrase(doc: Doc, k: int, lex: Lexicon) -> str | None:
    """An organisation named at token k although no candidate covers it: an acronym compound
    ("ORF-Unterhaltung"), or an organisation/intro noun with the name after it
    ("Universität Wien", "Uni Graz")."""
    if k >= len(doc) or not is_cap(doc[k]):
        return None
    word = doc[k].text
    prefix, _, rest = word.partition("-")
    if rest[:1].isupper() and lex.org_prefix(prefix) and lex.role(rest) is None:
        return word
    if lex.is_intro(word) or _org_name([word], lex):
        words = [word]
        m = k + 1
        n = len(doc)
        while m < n and len(words) < 6:
            t = doc[m]
            if is_cap(t) and lex.role(t.text) is None:
                words.append(t.text)
            elif t.lower_ == "für" and m + 1 < n and is_cap(doc[m + 1]):
                words.append(t.text)  # "vom Institut für Angewandte Psychologie"
            else:
                break
            m += 1
        return " ".join(words) if len(words) > 1 or _org_name([word], lex) else None
    return None


def _organisation_possessor(ordered: list[Cand], c: Cand, rp: RolePhrase, doc: Doc) -> str | None:
    """The organisation a possessive role phrase refers to ("die FPÖ … deren Sprecher X",
    "der Zentralrat … sein Vorsitzender X"): the nearest organisation in the same or the
    previous sentence, with no person in between ("sein"/"ihr" prefer a person)."""
    best = None
    for o in ordered:
        if o.start >= rp.start:
            break
        if o.type == "PER" and (rp.possessive or o.sent == c.sent):
            best = None  # a person after the organisation is the likelier possessor
            continue
        if o.type == "ORG" and c.sent - o.sent <= 1:
            # "STANDARD: Ihr Sicherheitssprecher X": an interviewer's label owns no one
            label = (
                o.j < len(doc) and doc[o.j].text == ":" and (o.i == 0 or doc[o.i - 1].text in ".?!")
            )
            best = None if label else o
    if best is None:
        return None
    return best.key or best.text


def _org_name(words: list[str], lex: Lexicon) -> str | None:
    """Nominative-ish name of an organisation complement: "Verteidigungsministeriums" → ...um."""
    if len(words) == 1:
        word = words[0]
        if word in lex.institutions:
            return lex.institutions[word][0]
        for cand in (word, word[:-1], word[:-2]):
            if cand.lower().endswith(lex.org_suffix_tuple):
                return cand
        letters = word.replace("Ö", "O").replace("Ü", "U").replace("Ä", "A")
        return word if letters.isupper() else None  # not "der Gruppe"
    text = " ".join(words)
    if text in lex.institutions:
        return lex.institutions[text][0]
    # weak adjectives of a name after an article: "der Deutschen Bank" → "Deutsche Bank"
    fixed = [w[:-1] if w.endswith("en") and i < len(words) - 1 else w for i, w in enumerate(words)]
    text = " ".join(fixed)
    return lex.institutions.get(text, (text, None))[0]


def _relative_of_named(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Does a complement naming a person start at token k ("[Ehefrau] von Popstar Tim
    Morgan", "[Tochter] des Malers Emil Kessler")? Then a relational noun is a role."""
    n = len(doc)
    if k + 1 >= n or doc[k].lower_ not in ("von", "des", "der"):
        return False
    m = k + 1
    while m < n and (lex.role(doc[m].text) is not None or lex.is_title(doc[m].text)):
        m += 1
    return (
        m + 1 < n
        and doc[m].text in lex.first_names
        and doc[m + 1].text[:1].isupper()
        and doc[m + 1].text.isalpha()
    )


def _named_compound(words: list[str], lex: Lexicon) -> bool:
    """One hyphenated word whose parts are all capitalised and whose first part is a name,
    not a country, region or role ("Kluge-Zentrums", "Ifo-Instituts", "Bertelsmann-Stiftung"):
    the name of an institution when it follows a role noun as its complement."""
    if len(words) != 1 or "-" not in words[0]:
        return False
    parts = words[0].split("-")
    return (
        len(parts) == 2
        and all(p[:1].isupper() and p.isalpha() and len(p) >= 2 for p in parts)
        and not any(lex.country_of(p) or p in lex.regions for p in parts)
        and parts[0] not in lex.common_nouns
        and lex.role(parts[1]) is None
        and lex.role(words[0]) is None
    )


def _uninflected_name(words: list[str], lex: Lexicon) -> bool:
    """One capitalised word after "des" without the genitive ending a masculine or neuter
    common noun takes (-s, -es; weak nouns -n, -en: "des Präsidenten"): a name such as an
    institute's short name ("des Wifo", "des Ifo")."""
    if len(words) != 1:
        return False
    word = words[0]
    return (
        len(word) >= 3
        and word.isalpha()
        and word[:1].isupper()
        and not word.endswith(("s", "n", "ß", "x", "z"))
        and word not in lex.common_nouns
        and word not in lex.first_names
        and lex.country_of(word) is None
        and word not in lex.regions
        and lex.role(word) is None
    )


# lowercase words inside organisation names ("Library of Congress", "Institut für …")
NAME_LINKS = frozenset({"und", "für", "of", "for", "and", "the", "de", "du", "la", "di"})

PLACE_OF_WORK = frozenset({"an", "am", "bei", "beim", "für"})
PLACE = frozenset({"in", "im"})
# abbreviated adjectives before a role noun ("dt. Maler", "ital. Kupferstecher", "ehem.")
ADJ_ABBREVIATION = re.compile(r"^[a-zäöü]{2,7}\.$")
NOT_ADJ_ABBREVIATIONS = frozenset(
    {"bzw.", "ca.", "etc.", "usw.", "vgl.", "inkl.", "evtl.", "bzgl.", "zb.", "ua.", "mio.", "mrd."}
)
PREPOSITIONS = frozenset(
    {"in", "im", "von", "vom", "aus", "für", "bei", "beim", "am", "zum", "zur"}
)
#: words of longer complements ("für die öffentliche Sicherheit", "Brot für die Welt"): their
#: capitalised words are not read as the organisation's name
LONG_COMPLEMENT_WORDS = frozenset({"die", "das", "zur", "zum", "mit", "beim", "beiden", "beider"})
COMPLEMENT_WORDS = frozenset(
    {"des", "der", "den", "dem", "in", "im", "von", "vom", "aus", "für", "und", "bei", "am"}
    # session 12: "der Generaldirektor für die öffentliche Sicherheit, X", "der Mitgründer der
    # Stiftung zur Erforschung … mit Sitz in Mekka, X", "ein Sprecher der beiden Moscheen, X"
    | LONG_COMPLEMENT_WORDS
)


def _name_link(doc: Doc, k: int) -> bool:
    """Is token ``k`` a lower-case link between capitalised words of one name ("Queens of the
    Stone Age", "Ärzte ohne Grenzen" is not: only `NAME_LINKS`)?"""
    if doc[k].lower_ not in NAME_LINKS or doc[k].text[:1].isupper():
        return False
    a = k - 1
    while a >= 0 and doc[a].lower_ in NAME_LINKS and not doc[a].text[:1].isupper():
        a -= 1
    b = k + 1
    while b < len(doc) and doc[b].lower_ in NAME_LINKS and not doc[b].text[:1].isupper():
        b += 1
    return a >= 0 and b < len(doc) and is_cap(doc[a]) and is_cap(doc[b])


def _apposition_before(
    seg: Segment,
    doc: Doc,
    c: Cand,
    lex: Lexicon,
    pos: bool,
    person_starts: frozenset[int] = frozenset(),
) -> tuple[RolePhrase, int] | None:
    """ "Der frühere Hohe Repräsentant in Bosnien-Herzegowina, Emil Brandt, begrüßte":
    a definite role phrase with a complement, then the name between commas (or before the end;
    a bracket after the name may come between: "Der Kriegsminister des IS, X (Karim der
    Tschetschene), wurde …")."""
    after = c.j
    if after < len(doc) and doc[after].text == "(":
        after = next(
            (m + 1 for m in range(after, min(len(doc), after + 8)) if doc[m].text == ")"), -1
        )
        if after < 0:
            return None
    if after < len(doc) and doc[after].text not in (",", ".", ";", ")"):
        return None
    comma = c.i - 1
    k = comma - 1
    if k >= 1 and doc[k].lower_ == "selbst" and lex.role(doc[k - 1].text) is not None:
        k -= 1  # "Der Gouverneur selbst, X, trat zurück": not part of the role
        comma -= 1
    while k >= 0 and comma - k <= 14:
        t = doc[k]
        info = lex.role(t.text)
        if info is not None and k + 1 in person_starts:
            return None  # "der Germanist Jan Brunner, Lena Kessler": Brunner's role
        # "der SPÖ-Klubchef im Gemeinderat, X": a role noun after a preposition is part of
        # the complement, the holder's role stands before it
        in_complement = k >= 1 and doc[k - 1].lower_ in PREPOSITIONS
        if (
            in_complement
            and doc[k - 1].lower_ in FUSED_ARTICLES
            and not (k >= 2 and doc[k - 2].text[:1].isupper())
        ):
            # "Lob kam zur Vorsitzenden der Fraktion, X": a preposition fused with the
            # article opens the holder's role phrase when no noun stands right before it
            in_complement = False
        # "Die Chefin der Sozialdemokraten in X, Y": a role noun in the genitive after another
        # role noun is its complement (the members of a party, the staff of a body)
        if k >= 2 and doc[k - 1].lower_ in ("des", "der") and lex.role(doc[k - 2].text):
            in_complement = True
        if info is not None and in_complement:
            info = None
        if info is not None and info.kind in ("office", "function") and k + 1 <= comma:
            left = role_phrase_left(seg, doc, k + 1, lex, pos, indefinite=True)
            if left is None:
                return None
            rp, _start = left
            # "Ein Sprecher des Innenministeriums, Jan Huber, bestätigte": an indefinite
            # phrase the name identifies counts too, a negated one ("kein …") does not
            # "Österreichs Wirtschaftsdelegierter in London, X": a country's genitive is the
            # phrase's determiner
            if (
                (rp.det is None and rp.country_from not in ("genitive", "region"))
                or (rp.det is not None and rp.det.startswith("kein"))
                or rp.plural
            ):
                return None
            complement = doc[k + 1 : comma]
            org = None
            country = rp.country
            country_from = rp.country_from
            posted = lex.is_posted(rp.info)
            by_suffix = False
            for tok in complement:
                bracketed = (
                    tok.i > 0
                    and doc[tok.i - 1].text == "("
                    and tok.i + 1 < len(doc)
                    and doc[tok.i + 1].text == ")"
                    and is_cap(tok)
                )
                if by_suffix and (
                    bracketed or (tok.i == k + 3 and tok.text.isupper() and len(tok.text) >= 2)
                ):
                    # "der Metaller-Gewerkschaft (IG-Nord)", "der Gewerkschaft GPA": the name
                    # in brackets or right after the kind of organisation
                    org = tok.text
                    continue
                if (
                    org is None
                    and tok.i == k + 2
                    and doc[k + 1].lower_ in ("des", "der")
                    # "des FC Bayern München,": a club prefix opens the name, is none alone
                    # (here and below)
                    and tok.text not in lex.club_prefixes
                    and (named := _org_name([tok.text], lex))
                    and tok.text not in lex.institutions
                ):
                    org, by_suffix = named, True  # "der Linksfraktion im Bundestag"
                elif tok.text in lex.institutions:
                    # the first organisation names the holder: "der Grünen im Bundestag"
                    org = org or lex.institutions[tok.text][0]
                elif (
                    (cc := lex.country_of(tok.text) or lex.country_of_adjective(tok.text))
                    and not country
                    and not (posted and tok.i > 0 and doc[tok.i - 1].lower_ in ("in", "im"))
                ):
                    # "Der Vorsitzende des ägyptischen Verbands, X": the adjective's country
                    country, country_from = cc, "apposition"
                elif (
                    (rc := lex.regions.get(tok.text))
                    and not country
                    and not (posted and tok.i > 0 and doc[tok.i - 1].lower_ in ("in", "im"))
                ):
                    # "Der Gouverneur von Michigan, X": the region's country (session 21)
                    country, country_from = rc, "region"
                elif (
                    org is None
                    and ((tok.text.isupper() and len(tok.text) >= 2) or bracketed)
                    and tok.text not in lex.club_prefixes
                ):
                    org = tok.text  # "(GPA-djp)": a name in brackets
            if (org is None or org in lex.not_org_prefixes) and not any(
                t.lower_ in LONG_COMPLEMENT_WORDS for t in complement
            ):
                org = _complement_name(complement, lex) or None
            text = f"{rp.text} {complement.text}" if len(complement) else rp.text
            out = replace(rp, text=text, org=org or rp.org, country=country)
            out.country_from = country_from
            if len(complement):
                # (session 36) the mention is the phrase up to the comma before the name
                out.phrase_end = seg.start + complement[-1].idx + len(complement[-1])
            if (
                org is None
                and out.org is None
                and country is None
                and len(complement) == 2
                and complement[0].lower_ in ("des", "der", "von", "vom")
                and is_cap(complement[1])
                and lex.role(complement[1].text) is None
                and complement[1].text not in lex.regions
            ):
                # "der Vorstandschef der Hagelversicherung, X": one word the stage may find
                # among the article's organisation names (_complement_affiliations)
                word = complement[1].text
                out.complement_name = (
                    genitive_head(word, lex) if complement[0].lower_ == "des" else word
                )
            return out, k
        if not (
            t.lower_ in COMPLEMENT_WORDS
            or is_adjective(t, pos)
            or (is_cap(t) and (lex.role(t.text) is None or in_complement))
            or t.text in ("(", ")")
            or _name_link(doc, k)  # "der Bassist der Queens of the Stone Age, X"
        ):
            return None
        k -= 1
    return None


def _respective(
    seg: Segment, doc: Doc, ordered: list[Cand], c: Cand, lex: Lexicon, used: set[int]
) -> None:
    """ "mit seinen Kollegen aus Slowenien und Kroatien, Jure Zupan und Ivana Kolar":
    a plural role with coordinated countries, then as many coordinated names; each name takes
    the role and, respectively, the country."""
    k = c.i - 2
    countries: list[str] = []
    while k >= 1:
        country = lex.country_of(doc[k].text)
        if country is None or doc[k].text not in lex.countries:
            break
        countries.insert(0, country)
        if doc[k - 1].lower_ in ("und", ","):
            k -= 2
            continue
        k -= 1
        break
    if len(countries) < 2 or k < 1 or doc[k].lower_ not in ("aus", "von"):
        return
    info = lex.role(doc[k - 1].text)
    if info is None or info.kind == "title":
        return
    chain = _coordinated(ordered, c, doc)
    if len(chain) != len(countries):
        return
    det = doc[k - 2].lower_ if k >= 2 and is_det(doc[k - 2]) else None
    start = seg.start + doc[k - 2 if det else k - 1].idx
    role_tok = doc[k - 1]
    for member, country in zip(chain, countries, strict=True):
        rp = RolePhrase(
            info.lemma,
            start,
            seg.start + role_tok.idx + len(role_tok),
            info,
            country,
            info.org,
            "apposition",
            is_mention=False,
        )
        rp.noun_start = seg.start + role_tok.idx
        if det in POSSESSIVE:
            rp.possessive = True
            rp.possessor = _possessor(ordered, c, seg)
        member.roles.append(rp)
    used.add(k - 1)


def _org_apposition(doc: Doc, j: int, cands: list[Cand]) -> str | None:
    """ ", Universität Hohenheim, zeigen", ", SPÖ, sagte" after a name: an organisation
    between commas (or before a line break) and then no further name: the person's."""
    n = len(doc)
    if j + 1 >= n or doc[j].text != ",":
        return None
    org = next((o for o in cands if o.i == j + 1 and o.type == "ORG"), None)
    if org is None:
        return None
    e = org.j
    if e >= n or _line_break(doc[e]):
        return org.key or org.text
    if (
        doc[e].text == ","
        and e + 1 < n
        and (doc[e + 1].text[:1].islower() or _line_break(doc[e + 1]))
    ):
        return org.key or org.text
    return None


#: words that open a bracket shared by coordinated names: "A und B (beide SPÖ)"
SHARED_WORDS = frozenset(["beide", "alle", "jeweils"])


def _shared_bracket(by_end: dict[int, Cand], c: Cand, doc: Doc, lex: Lexicon) -> list[Cand]:
    """The persons before c that share its bracket "(beide SPÖ)", "(alle ÖVP)": those
    coordinated with c, each perhaps with its own role noun ("Kanzleramtsminister A und
    Verteidigungsminister B (beide SPÖ)")."""
    if c.j + 1 >= len(doc) or doc[c.j].text != "(" or doc[c.j + 1].lower_ not in SHARED_WORDS:
        return []
    out: list[Cand] = []
    cur = c
    while True:
        k = cur.i - 1
        while (
            k > 0
            and cur.i - k <= 3
            and (
                lex.role(doc[k].text) is not None or (doc[k].text[:1].islower() and doc[k].is_alpha)
            )
            and doc[k].lower_ not in ("und", "sowie")
        ):
            k -= 1  # the role phrase of cur
        if k < 1 or doc[k].text not in (",", "und", "sowie"):
            break
        prev = by_end.get(k)
        if prev is None or prev.type != "PER":
            break
        out.append(prev)
        cur = prev
    return out


def _coordinated_before(by_end: dict[int, Cand], c: Cand, doc: Doc) -> list[Cand]:
    """The persons coordinated right before c ("A, B und c"), nearest first."""
    out = []
    cur = c
    while cur.i >= 2 and doc[cur.i - 1].text in (",", "und", "sowie"):
        prev = by_end.get(cur.i - 1)
        if prev is None or prev.type != "PER":
            break
        out.append(prev)
        cur = prev
    return out


#: prepositions that take a bare singular role noun before a name ("von Präsidenten X")
BARE_ROLE_PREPOSITIONS = frozenset({"von", "mit", "bei", "zu", "nach", "vor", "gegen", "für"})


def _weak_singular(doc: Doc, rp: RolePhrase, start_tok: int, c: Cand) -> bool:
    """ "den (türkischen) Präsidenten X": a weak masculine noun after "den" is accusative
    singular as often as dative plural; before one full name (no coordination) it is
    singular. A lone word is left alone ("den Obersten Gerichtshof": no person, no role).
    The same after a preposition with no article: "von Kommissionspräsidenten X", "mit
    Präsidenten X" (the dative singular of a weak noun; session 11, round 2)."""
    if c.j - c.i < 2:
        return False
    if rp.det != "den" and not (
        rp.det is None
        and not rp.possessive
        and start_tok >= 1
        and doc[start_tok - 1].lower_ in BARE_ROLE_PREPOSITIONS
    ):
        return False
    lemma = rp.info.lemma
    if lemma.endswith(("er", "el")):
        return False  # "den Ministern": the dative plural is the only reading
    written = next(
        (doc[k].text for k in range(start_tok, c.i) if lemma and doc[k].text.startswith(lemma)),
        "",
    )
    return written in (lemma + "en", lemma + "n")


def _bare_singular(doc: Doc, rp: RolePhrase, start_tok: int, c: Cand, ordered: list[Cand]) -> bool:
    """ "eine Hiobsbotschaft für Verkehrsminister X", "nur 11 Prozent für ÖVP-Kandidat X": a
    role noun with no article, written as its lemma (no plural ending), right before one name
    that no other name is coordinated with is the title-like singular, whatever the
    morphologizer says (a plural needs an article, a number or a second name: "die Minister
    X und Y"). Only nouns whose plural is written like the singular ("Minister") are read
    plural from the morphology alone; after a word that marks the plural nothing changes."""
    if rp.det is not None or rp.possessive or c.i < 1:
        return False
    if start_tok >= 1 and doc[start_tok - 1].lower_ in PLURAL_MARKERS:
        return False
    if rp.info.lemma != doc[c.i - 1].text:
        return False
    return len(_coordinated(ordered, c, doc)) == 1


def _weak_plural_before_names(doc: Doc, rp: RolePhrase, c: Cand, ordered: list[Cand]) -> bool:
    """ "warf den DFB-Interimspräsidenten Emil Brandt und Jan Keller vor": a weak noun in
    -en after "den" before coordinated full names is the plural whatever the tagger says, and
    each of them holds the role."""
    if rp.plural or rp.det != "den" or c.i < 1 or not doc[c.i - 1].text.endswith("en"):
        return False
    chain = _coordinated(ordered, c, doc)
    return len(chain) > 1 and all(m.j - m.i >= 2 for m in chain)


def _coordinated(ordered: list[Cand], c: Cand, doc: Doc) -> list[Cand]:
    """The person mention c and the persons coordinated right after it ("X, Y und Z", the
    doubles pair "X/Y")."""
    chain = [c]
    by_start = {o.i: o for o in ordered if o.type == "PER"}
    end = _after_brackets(doc, c.j)
    while end < len(doc) and doc[end].text in (",", "und", "sowie", "/"):
        nxt = by_start.get(end + 1)
        if nxt is None:
            break
        chain.append(nxt)
        end = _after_brackets(doc, nxt.j)
    return chain


def _after_brackets(doc: Doc, k: int) -> int:
    """The token after a short bracket right at k ("X (ÖVP) und Y (SPÖ)"), else k."""
    if k < len(doc) and doc[k].text == "(":
        for m in range(k + 1, min(len(doc), k + 8)):
            if doc[m].text == ")":
                return m + 1
            if doc[m].text == "(":
                break
    return k


def _after_preposition(doc: Doc, o: Cand, lex: Lexicon) -> bool:
    """Is the person mention o the object of a preposition ("vor dem Japaner X", "mit X")?"""
    k = o.i - 1
    while k >= 0 and (
        is_det(doc[k])
        or (doc[k].text[:1].islower() and doc[k].pos_ == "ADJ")
        or lex.role(doc[k].text) is not None
        or lex.demonym(doc[k].text, cities=True) is not None
    ):
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP"


def _only_person_before(ordered: list[Cand], c: Cand) -> Cand | None:
    """The last mention of the only person (by surname) named in the sentence before c's."""
    found = [o for o in ordered if o.type == "PER" and o.sent == c.sent - 1 and o.start < c.start]
    names = {(o.key or o.text).split()[-1] for o in found if (o.key or o.text).split()}
    return found[-1] if len(names) == 1 else None


def _possessor(ordered: list[Cand], c: Cand, seg: Segment) -> Cand | None:
    """The person "sein"/"ihr" refers to: the nearest person before, in the same sentence."""
    best = None
    for o in ordered:
        if o is c or o.type != "PER" or o.i >= c.i or o.sent != c.sent:
            continue
        best = o
    return best


#: a country code or name in brackets right after a name in a results table ("Jan Lehner
#: (AUT)", "Tim Morgan (Jamaika)")
TABLE_CODE = r"\s*\(([A-ZÄÖÜ][\w-]+)\)"


def results_table_countries(article: Article, entities: list[Entity], lex: Lexicon) -> None:
    """ "… (APA, 5.12.2015) Ergebnisse: … 10. Jan Lehner (AUT) 1:04,3 – 12. Emil Brandt
    (AUT) …": a results table behind the sign-off is boilerplate (no persons of its own, session
    12), but the country code it prints after the name of a person the body names is that
    person's stated country (gold/SOURCES.md: a results list's "Name (AUT)"). Only
    for a person with no affiliation, by the full name (a surname-only person with a given
    name before it) and only when the codes agree."""
    tables = [b.text for b in article.boilerplate if b.reason == "after-signoff"]
    if not tables:
        return
    for e in entities:
        if e.type != "PER" or e.affiliation is not None:
            continue
        # a person the body names by surname only: the table's given name before it
        given = "" if " " in e.name else r"[A-ZÄÖÜ][\w-]+ "
        pattern = re.compile(rf"(?<![\w-]){given}{re.escape(e.name)}{TABLE_CODE}")
        found = {
            country
            for text in tables
            for m in pattern.finditer(text)
            if (country := lex.countries.get(m.group(1)))
        }
        if len(found) == 1:
            e.affiliation = found.pop()
