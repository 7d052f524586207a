"""Clustering mentions into the entities of one article."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.entities.lexicon import NAME_PARTICLES, SURNAME_PARTICLES, Lexicon
from newsgraph.entities.mentions import Cand, RolePhrase, org_noun_word
from newsgraph.entities.namewords import common_word_tag

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class Cluster:
    type: str
    members: list[Cand] = field(default_factory=list)
    surname: str = ""  # PER: core of the surname ("Amrani" for "al-Amrani")
    firsts: set[str] = field(default_factory=set)
    alt: set[str] = field(default_factory=set)  # "kolar-babic" for "Kolar Babic"
    givens: list[list[str]] = field(default_factory=list)  # given names of the full names
    key: str = ""
    descriptors: list[Cand] = field(default_factory=list)
    extra_roles: list[str] = field(default_factory=list)
    no_text: bool = False  # from metadata only (agencies, credits, dateline)
    meta_country: str | None = None

    @property
    def first_start(self) -> int:
        starts = [m.start for m in self.members] + [d.start for d in self.descriptors]
        starts += [r.start for m in self.members for r in m.roles if r.is_mention and not r.plural]
        starts = [s for s in starts if s >= 0]  # metadata-only entities come last
        return min(starts) if starts else 10**9

    def last_before(self, offset: int) -> int:
        starts = [m.start for m in self.members + self.descriptors if m.start < offset]
        return max(starts) if starts else -1

    @property
    def roles(self) -> list[RolePhrase]:
        return [r for m in self.members for r in m.roles if not r.plural]


#: letters that NFKD leaves whole: "Mirosław" = "Miroslaw", "Søren" = "Soren"
_UNDECOMPOSED = str.maketrans({"ı": "i", "ß": "ss", "ł": "l", "ø": "o", "đ": "d", "æ": "ae"})


def fold(text: str) -> str:
    """Lowercase without diacritics: "Karaoğlu" → "karaoglu", "Şahin" → "sahin"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def core(word: str) -> str:
    """Comparable core of a name token: "al-Amrani" → "amrani", "Hubers" stays (see genitive)."""
    low = fold(word)
    for prefix in ("al-", "el-", "as-", "ad-", "ar-"):
        if low.startswith(prefix):
            low = low[len(prefix) :]
    return low.replace("’", "'").rstrip("'")


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_first_name(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if a.endswith(".") or b.endswith("."):
        return a[0] == b[0]
    return min(len(a), len(b)) >= 4 and _edit_distance(a, b) <= 2 and a[0] == b[0]


def name_tokens(c: Cand, known: set[str]) -> list[str]:
    """The name's tokens with a genitive ending removed where the text shows the base form."""
    toks = c.text.split()
    if c.lead_noun and len(toks) > 1:
        toks = toks[1:]
    last = toks[-1]
    for stripped in (last[:-1] if last.endswith(("'", "’", "s")) else None,):
        if stripped and (core(stripped) in known or c.genitive):
            toks[-1] = stripped
    return [*toks, c.shared_surname] if c.shared_surname else toks


def cluster_persons(cands: list[Cand], lex: Lexicon) -> list[Cluster]:
    pers = [c for c in cands if c.type == "PER"]
    known = {core(t) for c in pers for t in c.text.split()}
    # base forms only count when they occur without a genitive ending somewhere
    clusters: list[Cluster] = []
    multi = [c for c in pers if len(name_tokens(c, known)) > 1]
    single = [c for c in pers if len(name_tokens(c, known)) == 1]
    for c in multi:
        toks = name_tokens(c, known)
        sur = core(toks[-1])
        first = toks[0]
        match = None
        given = set(toks[:-1])
        if first.lower() in NAME_PARTICLES and (
            toks[1].lower() in NAME_PARTICLES or first.lower() in SURNAME_PARTICLES
        ):
            # "De la Vega", "Van der Berg": the surname with its particles, no given name
            match = next((cl for cl in clusters if cl.surname == sur), None)
            if match is None:
                match = Cluster("PER", surname=sur)
                clusters.append(match)
            match.members.append(c)
            c.key = " ".join(toks)
            continue
        # "Brianne Theisen Eaton" … "Brianne Theisen-Eaton": a double surname with or without
        # its hyphen
        joined = core("-".join(toks[-2:])) if len(toks) >= 3 else None
        for cl in clusters:
            if cl.surname != sur and cl.surname != joined and sur not in cl.alt:
                continue
            if (
                not cl.firsts
                or any(same_first_name(first, f) for f in cl.firsts)
                or any(given <= set(n) or set(n) <= given for n in cl.givens)
            ):
                match = cl  # "Erik Lang" is "Jan Erik Lang"
                break
        if match is None:
            match = Cluster("PER", surname=sur)
            clusters.append(match)
        match.firsts.add(first)
        match.givens.append(toks[:-1])
        if len(toks) >= 3:
            match.alt.add(core("-".join(toks[-2:])))
        match.members.append(c)
        c.key = " ".join(toks)
    clusters = _merge_longer_forms(clusters, known)
    for c in single:
        tok = name_tokens(c, known)[0]
        key = core(tok)
        c.key = tok
        found = [cl for cl in clusters if (cl.surname == key or key in cl.alt) and cl.firsts]
        if len(found) > 1:
            found = _by_surname_use(found, c, known)
        if not found:
            found = [cl for cl in clusters if any(core(f) == key for f in cl.firsts)]
            if len(found) > 1:
                # "Hanna Kessler", "Hanna Kramer" … "seine Ehefrau Hanna": the
                # family of the person named just before, else unresolved (no new entity)
                found = _by_family_context(found, c, clusters, known)
                if not found:
                    continue
        if not found:
            found = [cl for cl in clusters if cl.surname == key and not cl.firsts]
        if not found:
            found = _by_spelling_variant(clusters, key)
        if found:
            before = [cl for cl in found if cl.last_before(c.start) >= 0]
            best = max(before, key=lambda cl: cl.last_before(c.start)) if before else found[0]
            best.members.append(c)
        else:
            clusters.append(Cluster("PER", members=[c], surname=key))
    return clusters


def _merge_longer_forms(clusters: list[Cluster], known: set[str]) -> list[Cluster]:
    """ "Jorge Ortega" … "Jorge Luis Ortega Ruiz": a full name of three words or more
    whose first word is the given name of one other person of the article and one of whose
    inner words is that person's surname (a middle name and a second surname around it) is the
    same person; the shorter form the article uses stays the name (session 18)."""
    merged: set[int] = set()
    for b in clusters:
        if len(b.members) == 0 or not b.firsts:
            continue
        long = [name_tokens(m, known) for m in b.members]
        if not all(len(t) >= 3 for t in long):
            continue
        toks = long[0]
        inner = {core(t) for t in toks[1:-1]}
        hosts = [
            a
            for a in clusters
            if a is not b
            and id(a) not in merged
            and a.surname in inner
            and any(same_first_name(toks[0], f) for f in a.firsts)
            and all(len(name_tokens(m, known)) <= 2 for m in a.members)
        ]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        short = next((m.key for m in host.members if m.key and " " in m.key), None)
        for m in b.members:
            if short:
                m.key = short
            host.members.append(m)
        host.alt.add(b.surname)
        host.alt |= b.alt
        merged.add(id(b))
    return [cl for cl in clusters if id(cl) not in merged]


#: shortest surname for which a one-letter difference counts as a spelling variant
VARIANT_MIN_LENGTH = 6


def _by_spelling_variant(clusters: list[Cluster], key: str) -> list[Cluster]:
    """A lone surname one letter off the surname of exactly one named person is that person.

    News texts misspell and transliterate names inconsistently ("Hartmann" … "Hartman",
    "Kowalenko" … "Kovalenko"); only long names, the same initial and a single candidate count.
    """
    if len(key) < VARIANT_MIN_LENGTH:
        return []
    near = [
        cl
        for cl in clusters
        if cl.firsts
        and len(cl.surname) >= VARIANT_MIN_LENGTH
        and cl.surname[0] == key[0]
        and _edit_distance(cl.surname, key) == 1
    ]
    return near if len(near) == 1 else []


def _bare_surname(m: Cand, cl: Cluster, known: set[str]) -> bool:
    toks = name_tokens(m, known)
    return len(toks) == 1 and core(toks[0]) in (cl.surname, *cl.alt)


def _by_surname_use(found: list[Cluster], c: Cand, known: set[str]) -> list[Cluster]:
    """Several people share the surname (Emil and Hanna Kramer): the one the text has
    already called by the bare surname keeps it ("Kramers Sammlung" … "die Erben nach
    Kramer"); otherwise all stay candidates (the most recently mentioned wins)."""
    used = [
        cl
        for cl in found
        if any(m.start < c.start and _bare_surname(m, cl, known) for m in cl.members)
    ]
    return used if len(used) == 1 else found


def _by_family_context(
    found: list[Cluster], c: Cand, clusters: list[Cluster], known: set[str]
) -> list[Cluster]:
    """A first name that several full names share: the one whose surname is that of the
    person mentioned last before it, a relative ("Kramers Sammlung. … seine Ehefrau
    Hanna"); none when that person is one of the candidates themselves."""
    prev = [(m.start, cl) for cl in clusters for m in cl.members if m.start < c.start]
    if not prev:
        return []
    _start, last = max(prev, key=lambda p: p[0])
    if last in found:  # "Lena Brunner und Lena Keller … Lena": ambiguous
        return []
    same = [cl for cl in found if cl.surname == last.surname]
    return same if len(same) == 1 else []


def attach_stray(cands: list[Cand], persons: list[Cluster]) -> None:
    """Single-token ORG/LOC/MISC spans of the statistical NER that are a known surname: PER."""
    surnames = {cl.surname: cl for cl in persons if cl.firsts}
    for c in cands:
        if c.type == "PER" or c.source not in ("ner",) or " " in c.text:
            continue
        key = core(c.text)
        for k in (key, key[:-1] if key.endswith("s") else None):
            if k and k in surnames:
                c.type = "PER"
                c.key = c.text if k == key else c.text[:-1]
                surnames[k].members.append(c)
                break


def cluster_others(cands: list[Cand], lex: Lexicon) -> list[Cluster]:
    others = [c for c in cands if c.type != "PER"]
    keys = {c.key or c.text for c in others}
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    for c in others:
        if not c.key:
            text = c.text
            if text.endswith(("s", "'", "’")) and (
                text[:-1] in keys
                or (not _is_known_place(text, lex) and _is_known_place(text[:-1], lex))
            ):
                text = text[:-1]  # "Bayerns Ministerpräsident": the genitive of a known place
            elif text.endswith("es") and text[:-2] in keys:
                text = text[:-2]
            country = lex.country_of(text)
            c.key = text if country is None or text not in lex.countries else country
        key = c.key
        if (
            c.type == "ORG"
            and c.source != "orgnoun"
            and (canon := _institution(key, lex)) is not None
        ):
            # "die Europäische Zentralbank" (a name rule's nominative) … "die EZB" (the lexicon
            # form): one institution of the lexicon, under its canonical name (session 22)
            key = c.key = canon
        if c.source == "orgnoun":
            if c.country is None:
                same = [cl for cl in clusters if cl.key.split("|")[0] == key]
                if same:
                    best = max(same, key=lambda cl: cl.last_before(c.start))
                    best.members.append(c)
                    continue
            key = f"{key}|{c.country or ''}"
        cl = by_key.get(key)
        if cl is None:
            cl = Cluster(c.type, key=key)
            by_key[key] = cl
            clusters.append(cl)
        cl.members.append(c)
    # acronyms: "FSA" for "Freie Syrische Armee"
    for cl in list(clusters):
        key = cl.key.split("|")[0]
        if key.isupper() and 2 <= len(key) <= 6:
            for other in clusters:
                words = [w for w in other.key.split("|")[0].split() if w[:1].isupper()]
                if (
                    other is not cl
                    and len(words) >= 2
                    and "".join(w[0] for w in words) == key
                    and key not in words  # "LG" is no acronym of "LG G4"
                ):
                    other.members.extend(cl.members)
                    clusters.remove(cl)
                    break
    # "der Wiener Krankenanstaltenverbund" … "der Krankenanstaltenverbund (KAV)": one body
    for cl in list(clusters):
        adj, _, rest = cl.key.split("|")[0].partition(" ")
        if not rest or " " in rest or lex.place_adjective_base(adj) is None:
            continue
        for other in clusters:
            if other is not cl and other.key == rest and other.type == "ORG":
                cl.members.extend(other.members)
                clusters.remove(other)
                break
    _merge_inflected_names(clusters)
    _merge_first_words(clusters, lex)
    _merge_last_word(clusters, lex)
    _merge_place_adjective_names(clusters, lex)
    _merge_place_variants(clusters, lex)
    for cl in clusters:
        votes: dict[str, int] = {}
        for m in cl.members:
            votes[m.type] = votes.get(m.type, 0) + (3 if _strong_vote(m, lex) else 1)
        cl.type = max(votes, key=lambda t: votes[t])
    return clusters


def _strong_vote(m: Cand, lex: Lexicon) -> bool:
    """Does a mention's type count three times: a match of the country, capital and
    institution lexicons, not of the regions and towns (session 32: "die Gemeinde Lustenau"
    negotiates as a body where the NER says so)."""
    return m.source == "gazetteer" and m.key not in lex.regions and m.key not in lex.world_regions


#: case endings of German adjectives and nouns in a name ("Bayerischen Rundfunks")
NAME_ENDINGS = ("es", "en", "em", "er", "e", "n", "s")


def _stem(word: str) -> str:
    """A name word without one case ending, at least four letters left ("Bayerischen" →
    "Bayerisch", "Rundfunks" → "Rundfunk", "Bahn" stays)."""
    for ending in NAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


_INSTITUTION_STEMS: dict[int, dict[tuple[str, ...], str]] = {}


def _institution(name: str, lex: Lexicon) -> str | None:
    """The canonical name of a lexicon institution that ``name`` is a form of, also inflected
    ("Internationale Währungsfonds" = "Internationaler Währungsfonds" → IWF)."""
    inst = lex.institutions.get(name)
    if inst is not None:
        return inst[0]
    words = name.split()
    if len(words) < 2:
        return None
    stems = _INSTITUTION_STEMS.get(id(lex))
    if stems is None:
        stems = _INSTITUTION_STEMS[id(lex)] = {
            tuple(_stem(w) for w in form.split()): canon
            for form, (canon, _country) in lex.institutions.items()
            if " " in form
        }
    return stems.get(tuple(_stem(w) for w in words))


def _merge_inflected_names(clusters: list[Cluster]) -> None:
    """An organisation named in two cases is one organisation (session 22: "der Bayerische
    Rundfunk" … "des Bayerischen Rundfunks", "die Deutsche Bahn" … "der Deutscher Bahn"
    kept apart before): names of two or more words that differ only in the endings of their
    words. Organisation nouns with a country ("…|Russland") keep their own rule."""
    seen: dict[tuple[str, ...], Cluster] = {}
    for cl in list(clusters):
        words = cl.key.split()
        if cl.type != "ORG" or "|" in cl.key or len(words) < 2:
            continue
        stem = tuple(_stem(w) for w in words)
        first = seen.get(stem)
        if first is None:
            seen[stem] = cl
            continue
        first.members.extend(cl.members)
        clusters.remove(cl)


def merge_short_forms(
    clusters: list[Cluster],
    lex: Lexicon,
    may_be_short: Callable[[Cluster, Lexicon], bool],
    full_form: Callable[[list[str], list[str], Lexicon], bool],
    in_text_order: bool = False,
) -> None:
    """An organisation named in full and by a short form is one organisation: an organisation
    that ``may_be_short`` goes into the other one when exactly one organisation name of the
    article is its ``full_form`` (words of the short name, words of the long one); with none
    or several it keeps its own cluster. ``in_text_order``: the joined members are sorted by
    their place in the text."""
    orgs = [cl for cl in clusters if cl.type == "ORG" and cl.key and "|" not in cl.key]
    for short in orgs:
        if not may_be_short(short, lex):
            continue
        words = short.key.split()
        longer = [
            cl
            for cl in orgs
            if cl is not short and cl in clusters and full_form(words, cl.key.split(), lex)
        ]
        if len(longer) == 1 and short in clusters:
            longer[0].members.extend(short.members)
            if in_text_order:
                longer[0].members.sort(key=lambda m: m.start)
            clusters.remove(short)


def _merge_first_words(clusters: list[Cluster], lex: Lexicon) -> None:
    """A club or firm named in full and by its first words is one organisation (session 32:
    "Real Madrid" … "Real", "des VfL Wolfsburg" … "der VfL", "Lega Nord" … "der Lega" were
    two, the short one a false organisation): an organisation whose name is the first words
    of exactly one organisation name of the article one or two words longer. A lexicon
    institution or place keeps its own cluster ("SPÖ" beside "SPÖ Oberösterreich": a party and
    its branch); the longer name goes on in capitalised words ("PwC" is no part of "PwC Global
    Economic Crime Survey 2016", "Theater" none of "Theater der Revolution"); a firm written
    with its legal form ("der Burgenländischen Landesholding GmbH") is no short form of its
    daughter ("Burgenländische Landesholding Vermögensverwaltungs GmbH & Co OG")."""
    merge_short_forms(clusters, lex, _may_be_first_words, _first_words_of)


def _may_be_first_words(short: Cluster, lex: Lexicon) -> bool:
    return not (
        _institution(short.key, lex) is not None
        or _is_known_place(short.key, lex)
        # a firm written with its legal form is a name of its own
        or any(m.source == "company" and m.text != m.key for m in short.members)
    )


def _first_words_of(words: list[str], long: list[str], lex: Lexicon) -> bool:
    return (
        len(words) < len(long) <= len(words) + 2
        and long[: len(words)] == words
        and all(w[:1].isupper() for w in long[len(words) :])
    )


def _merge_last_word(clusters: list[Cluster], lex: Lexicon) -> None:
    """A club or paper named in full and by its last word is one organisation (session 35,
    helper "orgs": "gegen Mönchengladbach" … "Borussia Mönchengladbach", "gegen Grödig" …
    "SV Grödig", "Dem Telegraph" … "Daily Telegraph" were two): a one-word organisation name,
    no German common or organisation noun and no acronym, that is the last word of exactly
    one two-word organisation name of the article whose first word is no organisation noun
    ("Landesregierung Oberösterreich") and no acronym other than a club's (`club_prefixes`:
    "FC Chelsea"; "CSI Hypo" is a committee about the Hypo)."""
    merge_short_forms(clusters, lex, _may_be_last_word, _last_word_of)


def _may_be_last_word(short: Cluster, lex: Lexicon) -> bool:
    word = short.key
    return not (
        word.split() != [word]  # one word
        or not word[:1].isupper()
        or word.isupper()
        or common_word_tag(word) is not None
        or org_noun_word(word, lex)
        or _institution(word, lex) is not None
    )


def _last_word_of(words: list[str], long: list[str], lex: Lexicon) -> bool:
    return (
        len(long) == 2
        and long[1] == words[0]
        and (long[0] in lex.club_prefixes or not long[0].isupper())
        and not org_noun_word(long[0], lex)
    )


def _merge_place_adjective_names(clusters: list[Cluster], lex: Lexicon) -> None:
    """ "das Münchner Landgericht" and "das Landgericht München", "des Bonner
    Universitätsklinikums" and "das Universitätsklinikum Bonn" are one body (session 32): a
    name "<place adjective> <noun>" and a name "<noun> <that place>" of the article."""
    orgs = [cl for cl in clusters if cl.type == "ORG" and cl.key and "|" not in cl.key]
    for cl in orgs:
        words = cl.key.split()
        if len(words) != 2 or (place := lex.place_adjective_base(words[0])) is None:
            continue
        same = [
            o
            for o in orgs
            if o is not cl
            and o in clusters
            and o.key.split()[1:] == [place]
            and _stem(o.key.split()[0]) == _stem(words[1])
        ]
        if len(same) == 1 and cl in clusters:
            same[0].members.extend(cl.members)
            clusters.remove(cl)


def _is_known_place(name: str, lex: Lexicon) -> bool:
    return (
        name in lex.countries
        or name in lex.capitals
        or name in lex.regions
        or name in lex.world_regions
    )


def _merge_place_variants(clusters: list[Cluster], lex: Lexicon) -> None:
    """A one-word place spelt one letter differently later in the text is the same place
    ("Sabratha" … "Sabrata"): transliterations vary within one report. Only long names
    (as for surnames), the same initial, one candidate, and not two places the lexicons know
    apart (real neighbours one letter off are countries, capitals or regions)."""
    places = [
        cl
        for cl in clusters
        if cl.type == "LOC"
        and " " not in cl.key
        and "|" not in cl.key
        and len(cl.key) >= VARIANT_MIN_LENGTH
    ]
    for later in sorted(places, key=lambda cl: cl.first_start, reverse=True):
        if later not in clusters or _is_known_place(later.key, lex):
            continue
        near = [
            cl
            for cl in places
            if cl is not later
            and cl in clusters
            and cl.first_start < later.first_start
            and cl.key[0] == later.key[0]
            and _edit_distance(cl.key, later.key) == 1
        ]
        if len(near) == 1:
            near[0].members.extend(later.members)
            clusters.remove(later)
