"""The lexicons of the entity layer, loaded once from ``newsgraph/data/entities/``.

See docs/entities.md for the file formats. Everything language-specific about roles, countries
and organisations lives in those data files; this module only knows German inflection.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.amounts.lexicon import YAML_LOADER
from newsgraph.caching import bounded

# Determiners, possessives and quantifiers that open a noun phrase (lowercase).
DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seiner",
        "seines",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "ihres",
        "dessen",
        "deren",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unserer",
        "euer",
        "eure",
        "dieser",
        "diese",
        "diesen",
        "diesem",
        "dieses",
        "jener",
        "jene",
        "jenen",
        "jenem",
        "jenes",
        "jeder",
        "jede",
        "jeden",
        "jedem",
        "jedes",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "beim",
        "vom",
        "zum",
        "zur",
        "im",
        "am",
    ]
)
INDEFINITE = frozenset(
    [
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
    ]
)
POSSESSIVE = frozenset(
    [
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seiner",
        "seines",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "ihres",
    ]
)
PLURAL_MARKERS = frozenset(
    [
        "beiden",
        "beide",
        "beider",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "mehrere",
        "viele",
        "alle",
        "einige",
        "manche",
        "zahlreiche",
        "weitere",
        "anderen",
        "andere",
    ]
)
# Particles inside personal names: "Vera von der Linde", "Farid al-Amrani".
NAME_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "di",
        "da",
        "du",
        "del",
        "della",
        "dos",
        "das",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "ter",
        "zu",
    ]
)

#: particles that begin a surname ("De Maizière", "Van Gaal"); "Al", "Ben", "El" also begin
#: given names (Al Gore, Ben Affleck), so a two-word name needs one of these
SURNAME_PARTICLES = frozenset(["de", "di", "da", "du", "del", "della", "dos", "van", "von", "le"])

PRONOUNS = frozenset(
    [
        "er",
        "sie",
        "es",
        "ihn",
        "ihm",
        "ihnen",
        "wir",
        "ich",
        "du",
        "man",
        "sich",
        "dieser",
        "diese",
        "jener",
        "jene",
    ]
)
ADJ_ENDINGS = ("en", "em", "er", "es", "e")
#: derivational suffixes that make adjectives ("technisch", "ehemalig", "sehenswert")
DERIVED_ADJ_STEM = re.compile(r"(isch|lich|ig|bar|sam|haft|los|wert|voll)$")
#: stems of past participles used as adjectives ("geöffnet-", "gefallen-", "zerquetscht-" no)
PARTICIPLE_STEM = re.compile(r"^ge[a-zäöüß]{4,}(t|en)$")


@dataclass(frozen=True)
class RoleInfo:
    """What the lexicon knows about a role noun (in its nominative singular form)."""

    lemma: str
    head: str  # the lexicon head or role it matched ("minister", "Kremlchef")
    kind: str = "office"  # office | title | function | relation
    function: str | None = None
    country: str | None = None
    org: str | None = None
    relation: str | None = None
    feminine: bool = False


class GivenNames(frozenset[str]):
    """The given-name lexicon; a hyphenated double name whose parts are given names is one
    too ("Ann-Marie", "Karl-Heinz", "Anna-Lena") without being listed."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.count("-") != 1:
            return False
        head, tail = word.split("-")
        return (
            len(head) >= 2
            and tail[:1].isupper()
            and frozenset.__contains__(self, head)
            and frozenset.__contains__(self, tail)
        )


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    capitals: tuple[str, ...] = ()
    genitive: bool = True


@dataclass
class Lexicon:
    first_names: frozenset[str]
    common_nouns: frozenset[str]  # capitalised words mostly outside entities
    countries: dict[str, str]  # surface form (name, alias, genitive) -> country name
    country_info: dict[str, Country]
    adjectives: dict[str, str]  # adjective stem (lowercase) -> country name
    prefixes: dict[str, str]  # compound prefix ("US", "EU") -> country name
    capitals: dict[str, str]  # capital (and its genitive) -> capital name
    capital_country: dict[str, str]  # capital name -> country name
    agencies: dict[str, str]  # surface form -> canonical agency name
    institutions: dict[str, tuple[str, str | None]]  # form -> (name, country)
    org_suffixes: dict[str, str]  # suffix (lowercase) -> gender
    org_suffix_tuple: tuple[str, ...]  # the same suffixes, for str.endswith
    org_qualified: frozenset[str]
    home_qualified: frozenset[str]  # "die Polizei": the dateline's country qualifies it
    org_exceptions: frozenset[str]
    org_intro: tuple[str, ...]
    place_intro: tuple[str, ...]
    person_groups: tuple[str, ...]  # intro nouns that may be followed by persons ("Team")
    product_groups: tuple[str, ...]  # intro nouns whose examples are products ("Plattformen")
    named_after: tuple[str, ...]  # "Stiftung Jim W. Carter": a person's name names it
    place_words: frozenset[str]  # "östlich (von)", "nahe": a name after them is a place
    not_org_prefixes: frozenset[str]  # "TV-Moderator": an abbreviation, not an organisation
    name_tails: frozenset[str]  # "der 1. FC Köln Vierter": a placement, no part of the name
    event_name_heads: frozenset[str]  # "US Open", "Super Bowl": an event, no body
    event_name_openers: frozenset[str]  # "Copa America", "Coppa Italia": an event
    building_name_openers: frozenset[str]  # "Schloss Elmau", "Estadio Mestalla": a place
    building_name_heads: frozenset[str]  # "Millennium Park", "Stamford Bridge": a place
    work_intro_heads: tuple[str, ...]  # "Entführungsdrama Room": the noun is no part of it
    work_part_heads: tuple[str, ...]  # "Staffel (von House of Cards)": a part of a work
    product_name_heads: frozenset[str]  # "Gorilla Glass", "Oculus Rift": a product, no body
    number_tail_words: frozenset[str]  # "Inside Airbnb 67 Prozent": the number is a count
    club_prefixes: frozenset[str]  # "FC", "VfB": a sports club's name follows
    role_heads: dict[str, str]  # head (lowercase) -> kind
    roles: dict[str, dict[str, Any]]
    surname_roles: dict[str, dict[str, Any]]  # "Freund": a role only in a guarded position
    spouse_nouns: dict[str, str]  # "seine Frau X" → Ehefrau: only after a possessive
    role_exceptions: frozenset[str]
    titles: frozenset[str]
    role_adverbs: frozenset[str]
    posted_heads: tuple[str, ...]  # "Botschafter in X": X is the post, not the country
    org_relative: tuple[str, ...]  # "Verbandschef", "Sprecherin": functions inside an organisation
    prefix_org_heads: tuple[str, ...]  # "Springer-Chef", "Rapid-Trainer": the prefix is the org
    club_heads: tuple[str, ...]  # "Basel-Stürmer", "Bayern-Profi": a place prefix is its club
    extra_demonyms: dict[str, str]  # "Franzose" -> Frankreich (not derived from adjectives)
    place_suffixes: tuple[str, ...]  # "-dorf", "-stadt": one-word town names
    not_person_noun_endings: tuple[str, ...]  # "-ung", "-heit": never a person (words.yaml)
    local_offices: tuple[str, ...]  # "bürgermeister": offices of a town or region
    party_adjectives: dict[str, tuple[str, str]]  # "grün" -> (Grüne, ""), "demokratisch" -> …
    state_prefixes: tuple[str, ...]  # "Regierungschef": an org-relative head held in a state
    regions: dict[str, str]  # region or large city -> country ("Thüringen", "Linz")
    region_adjectives: dict[str, str]  # "thüringer", "steirisch" (stem) -> country
    host_is_object: frozenset[str]
    host_is_subject: frozenset[str]
    seat_heads: tuple[str, ...] = ()
    place_seat_heads: tuple[str, ...] = ()  # "Verkehrsministerium Baden-Württemberg"
    for_heads: tuple[str, ...] = ()  # "Institut (für Virologie)": names with "für" + field
    short_form_heads: tuple[str, ...] = ()  # "Ministerium" for "Bundesministerium" (orgs.yaml)
    #: "Grün" → Grüne: a name's stem that stands only as a compound's first part (orgs.yaml)
    org_prefix_forms: dict[str, str] = field(default_factory=dict)
    place_adjective_heads: tuple[str, ...] = ()  # "Wiener Staatsoper" (orgs.yaml)
    company_words: frozenset[str] = frozenset()  # "Bank", "Holding", "AG": words of firm names
    no_anaphor: tuple[
        str, ...
    ] = ()  # "der Gemeinderat": a body, never a person pointed back to  # "Landesgericht Linz": the place is part of the name
    unnamed_source_heads: tuple[str, ...] = ()  # "sagte der Sprecher": often never named
    event_heads: frozenset[str] = frozenset()  # "US-Open-Sieger": the prefix is what was won
    candidacy_words: frozenset[str] = frozenset()  # "als Minister im Gespräch": not held (yet)
    team_heads: frozenset[str] = frozenset()  # "Portugals Meister": a club, not a person
    common_heads: tuple[str, ...] = ()  # "Weltkrieg", "US-Luftangriffen": never a name
    body_heads: tuple[str, ...] = ()  # "Leopold-Museum", "US-Senat": a compound that names
    noun_org_heads: tuple[str, ...] = ()  # "Literaturhaus": a noun the NER's ORG tag may keep
    company_cue_heads: tuple[str, ...] = ()  # "Yougov-Umfrage": the first part is the firm
    sentence_adverbs: frozenset[str] = frozenset()  # "fortan", "wozu" (words.yaml)
    base_adjectives: frozenset[str] = frozenset()  # "lang", "still", "neu" (words.yaml)
    named_after_heads: dict[str, str] = field(default_factory=dict)  # "Preis" -> MISC
    foreign_name_heads: dict[str, str] = field(default_factory=dict)  # "company" -> ORG
    name_intro_words: dict[str, str] = field(default_factory=dict)  # "Kabinett" -> ORG
    # type -> compound heads of nouns for things named by the name after them ("Film", "Insel")
    thing_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    home_offices: tuple[str, ...] = ()  # "bürgermeister": held in the dateline's country
    # "Landtag", "Nationalrat": a person's affiliation that the country says better (local
    # ones take the dateline's country as local offices do)
    generic_bodies: frozenset[str] = frozenset()
    local_bodies: frozenset[str] = frozenset()
    home_bare: frozenset[str] = frozenset()  # "die Polizei" kept bare without a country
    # "Regierung" in a report on a Land's or town's politics: no national body (session 32)
    regional_bodies: frozenset[str] = frozenset()
    regional_cues: frozenset[str] = frozenset()
    national_cues: frozenset[str] = frozenset()
    place_qualifiers: frozenset[str] = frozenset()  # "Main" in "Frankfurt/Main" (words.yaml)
    measure_words: frozenset[str] = frozenset()  # "BIP", "Watt": never a name (words.yaml)
    day_parts: tuple[str, ...] = ()  # "abend" in "Mittwochabend": a time word (words.yaml)
    time_nouns: frozenset[str] = frozenset()  # "Montag", "Jänner": no genitive owner (words.yaml)
    web_domains: frozenset[str] = frozenset()  # "de" in "golem.de": a web portal (words.yaml)
    # "Kurier" -> ("Kurier", "Österreich"): media named by an ordinary word (orgs.yaml)
    media_words: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    media_heads: tuple[str, ...] = ()  # "Kurier-Fotograf": a media word's staff and texts
    media_verbs: frozenset[str] = frozenset()  # "berichtete": a medium's report (orgs.yaml)
    #: the given names of first_names.txt.gz and first_names_extra.txt, without the wide list
    #: of more languages (given_names_wiktionary.txt.gz), whose names are rare as given names
    #: in German news and often surnames or one-word names there ("Hoang", "Dani"): rules
    #: that take a lone word or a name's last word for "only a given name" ask this one
    news_first_names: frozenset[str] = frozenset()
    #: given name -> "f" | "m" (given_name_genders.txt.gz: Wiktionary's given-name categories,
    #: scripts/build_given_name_genders.py; session 30): "Mechthild", "Heike" f, "Hugo" m
    given_name_genders: dict[str, str] = field(default_factory=dict)
    #: continents, seas and large regions without a country ("Balkan", "Weinviertel";
    #: words.yaml ``world_regions``, session 32)
    world_regions: frozenset[str] = frozenset()
    #: the adjectives of regions.tsv (lowercase) -> their region ("steirisch" -> Steiermark),
    #: beside ``region_adjectives`` (-> the country; session 32)
    adjective_regions: dict[str, str] = field(default_factory=dict)
    #: heads of hyphenated names of sites ("Happel-Stadion"; words.yaml ``landmark_heads``)
    landmark_heads: frozenset[str] = frozenset()
    _role_cache: dict[str, RoleInfo | None] = field(default_factory=dict)
    _intro_cache: dict[str, bool] = field(default_factory=dict)
    _named_after_cache: dict[str, bool] = field(default_factory=dict)
    _seat_head_cache: dict[str, bool] = field(default_factory=dict)
    _demonyms: dict[str, str] = field(default_factory=dict)
    _city_demonyms: dict[str, str] = field(default_factory=dict)
    _heads_by_len: list[tuple[int, dict[str, tuple[str, str, bool]]]] = field(default_factory=list)

    def adjective_ending(self, word: str) -> str | None:
        """The inflection ending when a word is an inflected common adjective ("Langes" → es,
        "Neuer" → er, "Technisches" → es); None otherwise (also for the bare base form)."""
        low = word.lower()
        if not low.isalpha():
            return None
        if low.endswith("e") and low in self.base_adjectives:
            return "e"  # a base form in -e is also the weak form: "böse", "leise"
        for ending in ("em", "er", "es", "en", "e"):
            if low.endswith(ending):
                stem = low[: -len(ending)]
                if stem in self.base_adjectives or (
                    ending != "e" and stem + "e" in self.base_adjectives
                ):
                    return ending
                if stem[-1:] in ("l", "r") and stem[:-1] + "e" + stem[-1] in self.base_adjectives:
                    return ending  # unstressed e dropped: "teurer", "dunkle"
                if DERIVED_ADJ_STEM.search(stem) and len(stem) >= 6:
                    return ending
                if stem.endswith("er") and stem[:-2] in self.base_adjectives:
                    return ending  # comparative: "weitere", "neueren"
                if PARTICIPLE_STEM.match(stem):
                    return ending  # past participle: "geöffneter", "gesperrten"
                return None
        return None

    # -- roles ---------------------------------------------------------------------
    def role(self, word: str) -> RoleInfo | None:
        """The role a (possibly inflected) noun denotes: "Amtskollegen" → Amtskollege."""
        if word in self._role_cache:
            return self._role_cache[word]
        info = self._role(word)
        bounded(self._role_cache)[word] = info
        return info

    def _role(self, word: str) -> RoleInfo | None:
        if word[:1].isdigit() and "-" in word:
            # "96-Trainer", "1860-Präsident": a club number before the role noun
            prefix, rest = word.split("-", 1)
            inner = self.role(rest) if rest[:1].isupper() else None
            return replace(inner, lemma=f"{prefix}-{inner.lemma}") if inner is not None else None
        if word[:1].islower() and "-" in word:
            # "vida-Vorsitzender", "taz-Chefredakteur": a lowercase name before the role noun
            prefix, rest = word.split("-", 1)
            inner = self.role(rest) if rest[:1].isupper() and prefix.isalpha() else None
            if inner is None or len(prefix) < 2:
                return None
            return replace(inner, lemma=f"{prefix}-{inner.lemma}")
        if not word[:1].isupper() or not any(c.isalpha() for c in word):
            return None
        for cand in _noun_candidates(word):
            info = self._role_exact(cand)
            if info is not None:
                return info
        return None

    def surname_role(self, word: str) -> RoleInfo | None:
        """The role of a noun that is a common surname too ("Freund", "Freundes"; `surname_roles`
        in roles.yaml): callers read it only in the guarded position the data file names."""
        for cand in (word, word[:-2] if word.endswith("es") else word):
            entry = self.surname_roles.get(cand)
            if entry is not None:
                return RoleInfo(
                    lemma=cand,
                    head=cand,
                    kind=entry.get("kind", "office"),
                    relation=entry.get("relation"),
                )
        return None

    def spouse_role(self, word: str) -> RoleInfo | None:
        """The spouse a possessive's "Frau"/"Mann" names ("seine Frau X" → Ehefrau;
        `spouse_nouns` in roles.yaml): callers read it only after a possessive, before a name."""
        lemma = self.spouse_nouns.get(word)
        if lemma is None:
            return None
        return RoleInfo(
            lemma=lemma,
            head=lemma,
            kind="relation",
            relation="spouse",
            feminine=lemma.endswith(FEMININE_HEADS),
        )

    def _role_exact(self, cand: str) -> RoleInfo | None:
        if cand in self.role_exceptions or cand.rpartition("-")[2] in self.role_exceptions:
            return None  # also "Bluetooth-Lautsprecher", "Online-Reiseführer"
        entry = self.roles.get(cand)
        if entry is not None:
            return RoleInfo(
                lemma=cand,
                head=cand,
                kind=entry.get("kind", "office"),
                function=entry.get("function"),
                country=entry.get("country"),
                org=entry.get("org"),
                relation=entry.get("relation"),
                feminine=(
                    cand.endswith("in")
                    and (cand[:-2] in self.roles or cand[:-2] + "e" in self.roles)
                )
                or cand.endswith(FEMININE_HEADS),
            )
        low = cand.lower()
        # compound prefix with a country code: "US-Außenminister"
        country = None
        if cand.count("-") >= 2:
            # "IG-Metall-Chef", "Real-Madrid-Mittelfeldspieler": a name of several words first
            named, last = cand.rsplit("-", 1)
            inner = self._role_exact(last) if last[:1].isupper() else None
            words = named.split("-")
            if words[0] == "Ex" and len(words) > 1:
                words = words[1:]  # "Ex-Bayern-Profi": a former player of Bayern
            if words[-1] in ("Ex", "Neo") and len(words) > 1:
                words = words[:-1]  # "AC-Milan-Neo-Trainer": the new coach of AC Milan
            if (
                inner is not None
                and inner.relation != "family"
                and all(w[:1].isupper() for w in words)
                and not any(self.prefixes.get(w) or self.countries.get(w) for w in words)
                and not any(self._role_exact(w) for w in words)
                # "Hartz-IV-Rebellin", "Hartz-IV-Empfänger": a law or a numbered thing
                and not set(words[-1]) <= set("IVX")
                # "Social-Media-Verantwortliche": a field of work, no organisation (session 36)
                and " ".join(words) not in self.not_org_prefixes
            ):
                name = " ".join(words)
                inst = self.institutions.get(name)
                return replace(
                    inner,
                    lemma=cand,
                    function=inner.function or inner.lemma,
                    # "Grand-Slam-Siegerin": what was won, not an organisation
                    org=None if self._event_head(inner) else (inst[0] if inst else name),
                )
        if "-" in cand:
            prefix, rest = cand.split("-", 1)
            country = self.prefixes.get(prefix) or self.countries.get(prefix)
            if rest[:1].isupper():
                inner = self._role_exact(rest)
                # "Facebook-Tochter", "Bank-Austria-Mutter": companies, not kin
                if inner is not None and inner.relation != "family" and self._event_head(inner):
                    # "US-Open-Sieger", "Wimbledon-Siegerin": the prefix is what was won, no
                    # country or organisation of the person
                    return replace(
                        inner, lemma=cand, function=inner.function or inner.lemma, org=None
                    )
                if inner is not None and inner.relation != "family":
                    return RoleInfo(
                        lemma=cand,
                        head=inner.head,
                        kind=inner.kind,
                        function=inner.function or inner.lemma,
                        country=country or inner.country,
                        org=inner.org if country else (inner.org or self.org_prefix(prefix)),
                        relation=inner.relation,
                        feminine=inner.feminine,
                    )
        for length, forms in self._head_index():
            if len(low) < length:
                continue
            hit = forms.get(low[-length:])
            if hit is None or (
                len(low) != length and len(low) - length < 3 and low[:-length] != "ex"
            ):
                continue  # a prefix of three letters or more, or "Ex" ("Expräsident")
            if low != hit[0] and not low[-length - 1].isalpha() and "-" not in low:
                continue
            head, fem = hit[1], hit[2]
            # "Wirtschaftskammerpräsident", "Bundestagspräsident": a named institution first
            prefix = cand[: len(cand) - length]
            inst = self.institutions.get(prefix) or (
                self.institutions.get(prefix[:-1]) if prefix.endswith("s") else None
            )
            return RoleInfo(
                lemma=cand,
                head=head,
                kind=self.role_heads[head],
                feminine=fem,
                org=inst[0] if inst else None,  # the organisation, as for "SPD-Chef"
            )
        return None

    def _event_head(self, info: RoleInfo) -> bool:
        """Does the role noun name the winner of something ("Sieger", `event_heads` in
        roles.yaml), so that a compound's prefix is the event, not the person's affiliation?"""
        return info.head.lower() in self.event_heads

    def _head_index(self) -> list[tuple[int, dict[str, tuple[str, str, bool]]]]:
        """Compound heads by length, longest first: {form: (form, head, feminine)}."""
        if not self._heads_by_len:
            index: dict[int, dict[str, tuple[str, str, bool]]] = {}
            for head in self.role_heads:
                for form, fem in _head_forms(head):
                    index.setdefault(len(form), {}).setdefault(form, (form, head, fem))
            self._heads_by_len.extend(sorted(index.items(), reverse=True))
        return self._heads_by_len

    def is_work_intro(self, word: str) -> bool:
        """ "Entführungsdrama", "Tanzfilm": a noun for a kind of work (`work_intro_heads`)."""
        return word[:1].isupper() and _ends_in_head(word.lower(), self.work_intro_heads)

    def is_work_part(self, word: str) -> bool:
        """ "Staffel", "Premiere", "Coverbild": a part or a showing of a work (`work_part_heads`)."""
        return word[:1].isupper() and _ends_in_head(word.lower(), self.work_part_heads)

    def thing_kind(self, word: str) -> str | None:
        """ "Puppenfilm", "Mittelmeerinsel": the type of the thing a name after this noun names
        (``thing_heads`` in words.yaml), or None; role nouns never ("Filmkritiker" is no film)."""
        if not word[:1].isupper() or self.role(word) is not None:
            return None
        low = word.lower()
        for kind, heads in self.thing_heads.items():
            if _ends_in_head(low, heads):
                return kind
        return None

    def is_place_intro(self, word: str) -> bool:
        """ "Grenzort", "Metropole": a noun before a place name that is not part of it."""
        return word[:1].isupper() and _ends_in_head(word.lower(), self.place_intro)

    def is_posted(self, info: RoleInfo) -> bool:
        """A role held abroad ("Botschafter", "Repräsentant"): "in X" is its post."""
        low = info.head.lower()
        return any(low.endswith(h) for h in self.posted_heads)

    def is_prefix_org_head(self, word: str) -> bool:
        """ "Chef", "Spitzenpolitiker", "Trainerin": a role head whose hyphenated name prefix
        names the person's organisation (`prefix_org_heads` in roles.yaml)."""
        low = word.lower()
        if low.endswith("in") and _ends_in_head(low[:-2], self.prefix_org_heads):
            return True
        return _ends_in_head(low, self.prefix_org_heads)

    def is_club_head(self, word: str) -> bool:
        """ "Stürmer", "Trainerin", "Profi": a player's or coach's role whose hyphenated place
        prefix names the club of that place (`club_heads` in roles.yaml)."""
        low = word.lower()
        if low.endswith("in") and _ends_in_head(low[:-2], self.club_heads):
            return True
        return _ends_in_head(low, self.club_heads)

    def is_org_relative(self, info: RoleInfo) -> bool:
        """A function held inside an organisation ("Verbandschef", "Projektleiter",
        "Sozialsprecherin"), unlike offices of a state ("Minister", "Präsident")."""
        low = info.lemma.lower()
        forms = (
            {info.head.lower(), low, low[:-2], low[:-2] + "e"}
            if low.endswith("in")
            else {
                info.head.lower(),
                low,
            }
        )
        if low.startswith(self.state_prefixes):
            return False  # "Regierungschef", "Staatssekretär": an office of a state
        return info.kind == "office" and any(f.endswith(self.org_relative) for f in forms)

    def is_named_after(self, word: str) -> bool:
        """ "Stiftung", "Institut": an organisation noun whose name may be a person's."""
        hit = self._named_after_cache.get(word)
        if hit is None:
            hit = word[:1].isupper() and _ends_in_head(word.lower(), self.named_after)
            bounded(self._named_after_cache)[word] = hit
        return hit

    def is_common_compound(self, word: str) -> bool:
        """ "Weltkrieg", "US-Luftangriffen": a compound headed by a common noun of events and
        abstract things (`common_heads`), never a name."""
        return _ends_in_head(word.lower(), self.common_heads)

    def is_body_compound(self, word: str) -> bool:
        """ "Leopold-Museum", "US-Senat", "Wien-Landstraße": a hyphenated compound whose head
        names a body, venue or place (`body_heads`), so the whole may be a name."""
        return _ends_in_head(word.rpartition("-")[2].lower(), self.body_heads)

    def is_product_group(self, word: str) -> bool:
        """An intro noun whose examples ("Plattformen wie PlayStation oder Xbox") are products."""
        return word[:1].isupper() and _ends_in_head(word.lower(), self.product_groups)

    def is_person_group(self, word: str) -> bool:
        """ "Moderatorenteam", "Duo": an intro noun that may be followed by people's names."""
        return word[:1].isupper() and _ends_in_head(word.lower(), self.person_groups)

    def is_seat_head(self, word: str) -> bool:
        """ "Landesgericht", "Universität": an organisation named with its seat after it."""
        hit = self._seat_head_cache.get(word)
        if hit is None:
            hit = word[:1].isupper() and (
                _ends_in_head(word.lower(), self.seat_heads)
                or _ends_in_head(word.lower(), self.place_seat_heads)
            )
            bounded(self._seat_head_cache)[word] = hit
        return hit

    def place_adjective_base(self, word: str) -> str | None:
        """The place of a place adjective: "Wiener" → Wien, "Dresdner" → Dresden, "Tiroler" →
        Tirol, "Schweizer" → Schweiz (a country, capital or region of the lexicons)."""
        if not word[:1].isupper() or not word.endswith("er") or len(word) < 6:
            return None
        for base in (word[:-2], word[:-3] + "en" if word.endswith("ner") else ""):
            if base and (base in self.capitals or base in self.regions or base in self.countries):
                return base
        return None

    def is_place_adjective_head(self, word: str) -> bool:
        """ "Staatsoper", "Philharmonikern", "Landtags": an institution noun that names an
        organisation after a place adjective ("die Wiener Staatsoper", "des Wiener Landtags";
        `place_adjective_heads` in orgs.yaml and the seat heads)."""
        return word[:1].isupper() and (
            _ends_in_head(word.lower(), self.place_adjective_heads) or self.is_seat_head(word)
        )

    def is_for_head(self, word: str) -> bool:
        """ "Institut", "Bernhard-Nocht-Institut", "Landeszentrale": an institution noun that
        names an organisation with "für"/"gegen" and its field (`for_heads` in orgs.yaml)."""
        return (
            word[:1].isupper()
            and self.role(word) is None
            and _ends_in_head(word.lower(), self.for_heads)
        )

    def seat_needs_place(self, word: str) -> bool:
        """ "Verkehrsministerium": a seat noun named with a known place only (not with any
        name-like word: "Musikverband IFPI" names the association, not its seat)."""
        low = word.lower()
        return not _ends_in_head(low, self.seat_heads) and _ends_in_head(low, self.place_seat_heads)

    def is_intro(self, word: str) -> bool:
        """Does a noun introduce an organisation name ("Staatsagentur", "Telegram-Kanals")?"""
        hit = self._intro_cache.get(word)
        if hit is None:
            hit = word[:1].isupper() and _ends_in_head(word.lower(), self.org_intro)
            bounded(self._intro_cache)[word] = hit
        return hit

    def org_prefix(self, prefix: str) -> str | None:
        """An organisation named by a compound prefix: "SPD-Chef", "BKA-Chef" (acronyms)."""
        if prefix in self.institutions:
            return self.institutions[prefix][0]
        if prefix in self.org_prefix_forms:  # "Grün-Landesrat" → Grüne
            form = self.org_prefix_forms[prefix]
            return self.institutions[form][0] if form in self.institutions else form
        if prefix in self.not_org_prefixes:
            return None
        letters = prefix.replace("Ö", "O").replace("Ü", "U").replace("Ä", "A")
        if 2 <= len(prefix) <= 6 and letters.isalpha() and sum(c.isupper() for c in prefix) >= 2:
            return prefix
        return None

    def demonym(
        self, word: str, *, cities: bool = False, genitive: bool = False
    ) -> tuple[str, str] | None:
        """(nominative, country) of an inhabitant noun: "Australier", "Dänen" → Däne; with
        ``cities`` also of a capital ("die Wienerin X" → Österreich; not for "der Wiener
        Zeitung", hence only where a person's name follows); with ``genitive`` also
        "Italieners" (only before a name the text already found: "des Spaniers Wade zwickte"
        names a calf)."""
        if not self._demonyms:
            for stem, country in self.adjectives.items():
                if not stem.endswith("isch") or "-" in stem:
                    continue
                base = stem[:-4]
                for form in (base + "er", base + "ier", base + "e"):
                    if form.capitalize() not in self.first_names:  # "George" (georgisch)
                        self._demonyms.setdefault(form.capitalize(), country)
            for name in self.country_info:
                if " " not in name and not name.endswith(("en", "a")):
                    self._demonyms.setdefault(name + "er", name)
            self._demonyms.update(self.extra_demonyms)
            # inhabitants of capitals: "Wiener", "Berliner", "Pariser" → the capital's country
            for name, info in self.country_info.items():
                for cap in info.capitals:
                    if " " not in cap and "-" not in cap and not cap.endswith(("a", "e", "i")):
                        self._city_demonyms.setdefault(cap + "er", name)
            # inhabitants of regions and large cities (regions.tsv): the invariant -er adjective
            # ("Salzburger", "Kärntner", "Grazer") or the -isch stem + er ("Oberösterreicher",
            # "Steirer", "Burgenländer") → the region's country
            for adj, country in self.region_adjectives.items():
                if " " in adj or "-" in adj or "." in adj:
                    continue
                form = adj[:-4] + "er" if adj.endswith("isch") else adj
                form = form.capitalize()
                if form.endswith("er") and form not in self.first_names:
                    self._city_demonyms.setdefault(form, country)
        tables = (self._demonyms, self._city_demonyms) if cities else (self._demonyms,)
        for table in tables:
            for cand in (
                word,
                word[:-1] if word.endswith("n") else "",
                word[:-2] if word.endswith("en") else "",
                word[:-1] if genitive and word.endswith("ers") else "",
            ):
                if cand and cand in table:
                    return cand, table[cand]
            if word.endswith("in") and not word.endswith("innen"):
                # "Wienerin", "Australierin", "Schottin" (Schotte), "Dänin" (Däne)
                for cand in (word[:-2], word[:-2] + "e"):
                    if cand in table:
                        return word, table[cand]
        if "-" in word:
            # "US-Amerikaner", "US-Amerikanerin": a country prefix before an inhabitant noun of
            # the same country (session 20); not "Afro-Amerikaner", "Deutsch-Türke"
            prefix, _, tail = word.rpartition("-")
            inner = self.demonym(tail, cities=cities, genitive=genitive) if tail else None
            if inner is not None and self.prefixes.get(prefix) == inner[1]:
                return f"{prefix}-{inner[0]}", inner[1]
        return None

    def is_title(self, word: str) -> bool:
        return word in self.titles

    def is_other_kind(self, word: str) -> bool:
        """Is the capitalised word one the lexicon reads as no name of a body or a town: a
        lexicon common noun, given name, title, role, country or inhabitant word ("Peter",
        "Minister", "Österreich", "Ägypter"; `match_opponents`, `von_bodies`)?"""
        return (
            word in self.common_nouns
            or word in self.first_names
            or self.is_title(word)
            or self.role(word) is not None
            or self.country_of(word) is not None
            or self.demonym(word) is not None
        )

    # -- countries -----------------------------------------------------------------
    def country_of_adjective(self, word: str) -> str | None:
        """Country of an inflected country adjective: "ungarischen" → Ungarn."""
        low = word.lower()
        if "-" in low:
            low = low.rsplit("-", 1)[1]
        for ending in ADJ_ENDINGS:
            if low.endswith(ending):
                stem = low[: -len(ending)]
                if stem in self.adjectives:
                    return self.adjectives[stem]
        return None

    def country_of_region_adjective(self, word: str) -> str | None:
        """Country of a region's or city's adjective: "Thüringer", "steirischen", "Schweizer",
        "Wiener" → its country."""
        low = word.lower()
        if low in self.region_adjectives:
            return self.region_adjectives[low]
        for ending in ADJ_ENDINGS:
            stem = low[: -len(ending)]
            if low.endswith(ending) and stem.endswith("isch") and stem in self.region_adjectives:
                return self.region_adjectives[stem]
        # the invariable -er adjective of a known place: "Schweizer", "Wiener", "Dresdner"
        base = self.place_adjective_base(word)
        if base is not None:
            return self.country_of(base) or self.regions.get(base)
        return None

    def country_of(self, name: str) -> str | None:
        """Country named by a country form or a capital: "Russlands" → Russland, Prag → Tschechien."""
        if name in self.countries:
            return self.countries[name]
        cap = self.capitals.get(name)
        if cap is not None:
            return self.capital_country.get(cap)
        return None


def _form_index(heads: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    # kept by the tuple's identity (the lexicon's head lists live as long as the lexicon):
    # an lru_cache hashed the whole tuple at every call and, with more lists than its 8
    # places, rebuilt the index about every twentieth call
    hit = _FORM_INDEXES.get(id(heads))
    if hit is not None and hit[0] is heads:
        return hit[1]
    index: dict[int, set[str]] = {}
    for head in heads:
        for form in (head, head + "s", head + "es", head + "n", head + "en"):
            index.setdefault(len(form), set()).add(form)
    out = tuple((n, frozenset(forms)) for n, forms in sorted(index.items()))
    bounded(_FORM_INDEXES, 1024)[id(heads)] = (heads, out)
    return out


_FORM_INDEXES: dict[int, tuple[tuple[str, ...], tuple[tuple[int, frozenset[str]], ...]]] = {}


def _ends_in_head(low: str, heads: tuple[str, ...]) -> bool:
    for n, forms in _form_index(heads):
        if (
            len(low) >= n
            and low[-n:] in forms
            and (len(low) == n or low[-n - 1] == "-" or len(low) - n >= 3)
        ):
            return True
    return False


def _noun_candidates(word: str) -> list[str]:
    """The word and what it could be with an inflection ending stripped."""
    out = [word]
    if word.endswith("innen"):
        out.append(word[:-3])
    for ending in ("n", "en", "s", "es", "ns"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.append(word[: -len(ending)])
    if word.endswith("ers") or word.endswith("ern"):
        out.append(word[:-1])
    if word.endswith("leute") and len(word) > 5:
        out.append(word[:-5] + "mann")  # "Klubobleute" → Klubobmann
    if word.endswith("leuten") and len(word) > 6:
        out.append(word[:-6] + "mann")  # "mit ihren Landsleuten" → Landsmann
    return out


#: heads that are feminine whatever their ending ("Obfrau", "Geschäftsfrau": not "-in")
FEMININE_HEADS = ("frau",)


# participles used as nouns: "der Vorsitzende", "ein Vorsitzender", "die Vorsitzende"
ADJECTIVAL_HEADS = (
    "vorsitzend",
    "abgeordnet",
    "beauftragt",
    "gesandt",
    "delegiert",
    "angestellt",
    "beamt",
    "sachverständig",
    "intellektuell",
    # session 36: "der Angeklagte", "ein Hauptverdächtiger", "die Sendungsverantwortliche"
    "angeklagt",
    "verdächtig",
    "verantwortlich",
)


@cache
def _head_forms(head: str) -> tuple[tuple[str, bool], ...]:
    if head.endswith("in") or head.endswith(FEMININE_HEADS):
        # a feminine form with umlaut listed as such: "gemeinderätin"; "obfrau"
        return ((head, True),)
    forms = [(head, False)]
    if head.endswith("ender") or head.endswith(tuple(h + "er" for h in ADJECTIVAL_HEADS)):
        # adjectival nouns: Vorsitzender / Vorsitzende / Abgeordneter / Abgeordnete; a
        # participle's "-ender", not "Gründer" (session 33: "aus privaten Gründen" was read
        # as a role noun, "Gründe"); not an agent noun in -ter (session 35: "Leiter",
        # "Gutachter", "Richter" gave "Heimpleite", "Gutachten", "Nachrichten")
        forms.append((head[:-1], False))
    if head.endswith("e"):
        forms.append((head[:-1] + "in", True))
    else:
        forms.append((head + "in", True))
    return tuple(forms)


def _read_text(name: str) -> str:
    return resources.files("newsgraph.data").joinpath(f"entities/{name}").read_text("utf-8")


def _read_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _read_gz_lines(name: str) -> list[str]:
    """The lines of a gzipped word list under ``data/entities/`` (no blank or comment lines,
    newline removed)."""
    with (
        resources.files("newsgraph.data").joinpath(f"entities/{name}").open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as fh,
    ):
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


def _genitive(name: str) -> str | None:
    if name[-1] in "sxzß" or " " in name:
        return None
    return name + "s"


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load (once) and return the entity lexicons."""
    names = [ln.strip() for ln in _read_gz_lines("first_names.txt.gz")]
    # given names of more languages (Wiktionary, scripts/build_given_names.py); only the entity
    # layer reads them, the NER's rules keep first_names.txt.gz
    wide = [ln.strip() for ln in _read_gz_lines("given_names_wiktionary.txt.gz")]
    extra = [w.strip() for w in _read_lines(_read_text("first_names_extra.txt"))]  # by hand
    drop = {w[1:] for w in extra if w.startswith("-")}  # "-Schwarze": no given name
    news_names = [n for n in names if n not in drop] + [w for w in extra if not w.startswith("-")]
    first_names = GivenNames(news_names + [n for n in wide if n not in drop])
    rows = [ln.split("\t") for ln in _read_gz_lines("given_name_genders.txt.gz")]
    given_name_genders = {row[0]: row[1] for row in rows if len(row) == 2}

    common = frozenset(ln.strip() for ln in _read_gz_lines("common_nouns.txt.gz"))

    countries: dict[str, str] = {}
    info: dict[str, Country] = {}
    adjectives: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    capitals: dict[str, str] = {}
    capital_country: dict[str, str] = {}
    for line in _read_lines(_read_text("countries.tsv")):
        cols = ([*line.split("\t"), "", "", ""])[:4]
        name, adj, caps, forms = (c.strip() for c in cols)
        extra = [f for f in forms.split(";") if f]
        gen = "nogen" not in extra
        extra = [f for f in extra if f != "nogen"]
        info[name] = Country(name, adj, tuple(c for c in caps.split(";") if c), gen)
        countries[name] = name
        if gen and (g := _genitive(name)):
            countries[g] = name
        if adj:
            adjectives[adj.lower()] = name
        for form in extra:
            if form[:1].islower():
                adjectives[form.lower()] = name
            elif form.isupper() and len(form) <= 3:
                prefixes[form] = name
                if form not in ("US", "UK"):
                    countries[form] = name
            else:
                countries[form] = name
                if gen and (g := _genitive(form)):
                    countries[g] = name
        for cap in info[name].capitals:
            capitals[cap] = cap
            capital_country[cap] = name
            if g := _genitive(cap):
                capitals[g] = cap
        prefixes.setdefault(name, name)
    # names of countries that are also capitals (Singapur, Luxemburg): the country wins
    for cap in list(capitals):
        if cap in countries:
            del capitals[cap]

    regions: dict[str, str] = {}
    region_adjectives: dict[str, str] = {}
    adjective_regions: dict[str, str] = {}
    for line in _read_lines(_read_text("regions.tsv")):
        cols = ([*line.split("\t"), "", ""])[:3]
        region, adjs, state = (c.strip() for c in cols)
        regions[region] = state
        for adj in adjs.split(";"):
            if adj:
                region_adjectives[adj.lower()] = state
                adjective_regions[adj.lower()] = region

    agencies: dict[str, str] = {}
    text = resources.files("newsgraph.data").joinpath("structure/agencies.txt").read_text("utf-8")
    for line in _read_lines(text):
        parts = line.split("\t")
        agencies[parts[0].strip()] = (parts[1] if len(parts) > 1 else parts[0]).strip()

    orgs = yaml.load(_read_text("orgs.yaml"), Loader=YAML_LOADER)
    institutions: dict[str, tuple[str, str | None]] = {}
    for name, entry in (orgs.get("institutions") or {}).items():
        entry = entry or {}
        country = entry.get("country")
        institutions[name] = (name, country)
        for form in entry.get("forms") or []:
            institutions[form] = (name, country)
    for name, (_, country) in list(institutions.items()):
        if (genitive := _genitive_form(name, country, institutions)) is not None:
            institutions[genitive] = (name, country)

    roles_data = yaml.load(_read_text("roles.yaml"), Loader=YAML_LOADER)
    words = yaml.load(_read_text("words.yaml"), Loader=YAML_LOADER)
    visit = roles_data.get("visit_verbs") or {}
    return Lexicon(
        first_names=first_names,
        news_first_names=GivenNames(news_names),
        given_name_genders=given_name_genders,
        common_nouns=common,
        countries=countries,
        country_info=info,
        adjectives=adjectives,
        prefixes=prefixes,
        capitals=capitals,
        capital_country=capital_country,
        agencies=agencies,
        institutions=institutions,
        org_suffixes={k.lower(): (v or {}).get("gender", "f") for k, v in orgs["suffixes"].items()},
        org_suffix_tuple=tuple(k.lower() for k in orgs["suffixes"]),
        org_qualified=frozenset(orgs.get("qualified") or []),
        home_qualified=frozenset(orgs.get("home_qualified") or []),
        org_exceptions=frozenset(orgs.get("exceptions") or []),
        org_intro=tuple(
            sorted((x.lower() for x in orgs.get("intro") or []), key=len, reverse=True)
        ),
        place_intro=tuple(x.lower() for x in orgs.get("place_intro") or []),
        seat_heads=tuple(x.lower() for x in orgs.get("seat_heads") or []),
        place_seat_heads=tuple(x.lower() for x in orgs.get("place_seat_heads") or []),
        for_heads=tuple(x.lower() for x in orgs.get("for_heads") or []),
        short_form_heads=tuple(x.lower() for x in orgs.get("short_form_heads") or []),
        place_adjective_heads=tuple(x.lower() for x in orgs.get("place_adjective_heads") or []),
        company_words=frozenset(orgs.get("company_words") or []),
        person_groups=tuple(x.lower() for x in orgs.get("person_groups") or []),
        product_groups=tuple(x.lower() for x in orgs.get("product_groups") or []),
        named_after=tuple(x.lower() for x in orgs.get("named_after") or []),
        common_heads=tuple(x.lower() for x in orgs.get("common_heads") or []),
        body_heads=tuple(x.lower() for x in orgs.get("body_heads") or []),
        noun_org_heads=tuple(x.lower() for x in orgs.get("noun_org_heads") or []),
        company_cue_heads=tuple(x.lower() for x in orgs.get("company_cue_heads") or []),
        place_words=frozenset(x.lower() for x in orgs.get("place_words") or []),
        not_org_prefixes=frozenset(orgs.get("not_org_prefixes") or []),
        org_prefix_forms={str(k): str(v) for k, v in (orgs.get("prefix_forms") or {}).items()},
        name_tails=frozenset(orgs.get("name_tails") or []),
        event_name_heads=frozenset(orgs.get("event_name_heads") or []),
        event_name_openers=frozenset(orgs.get("event_name_openers") or []),
        building_name_openers=frozenset(orgs.get("building_name_openers") or []),
        building_name_heads=frozenset(orgs.get("building_name_heads") or []),
        work_intro_heads=tuple(orgs.get("work_intro_heads") or []),
        work_part_heads=tuple(orgs.get("work_part_heads") or []),
        product_name_heads=frozenset(orgs.get("product_name_heads") or []),
        number_tail_words=frozenset(orgs.get("number_tail_words") or []),
        club_prefixes=frozenset(orgs.get("club_prefixes") or []),
        role_heads={k.lower(): v for k, v in roles_data["heads"].items()},
        roles={k: (v or {}) for k, v in roles_data["roles"].items()},
        surname_roles={k: (v or {}) for k, v in (roles_data.get("surname_roles") or {}).items()},
        spouse_nouns=dict(roles_data.get("spouse_nouns") or {}),
        role_exceptions=frozenset(roles_data.get("exceptions") or []),
        titles=frozenset(roles_data.get("titles") or []),
        role_adverbs=frozenset(roles_data.get("adverbs") or []),
        posted_heads=tuple(x.lower() for x in roles_data.get("posted") or []),
        org_relative=tuple(x.lower() for x in roles_data.get("org_relative") or []),
        prefix_org_heads=tuple(x.lower() for x in roles_data.get("prefix_org_heads") or []),
        club_heads=tuple(x.lower() for x in roles_data.get("club_heads") or []),
        extra_demonyms=dict(words.get("demonyms") or {}),
        place_suffixes=tuple(words.get("place_suffixes") or []),
        world_regions=frozenset(words.get("world_regions") or []),
        landmark_heads=frozenset(words.get("landmark_heads") or []),
        not_person_noun_endings=tuple(words.get("not_person_noun_endings") or []),
        local_offices=tuple(x.lower() for x in roles_data.get("local_offices") or []),
        party_adjectives={
            k: (v["party"], v.get("with", ""))
            for k, v in (roles_data.get("party_adjectives") or {}).items()
        },
        state_prefixes=tuple(x.lower() for x in roles_data.get("state_prefixes") or []),
        regions=regions,
        region_adjectives=region_adjectives,
        adjective_regions=adjective_regions,
        no_anaphor=tuple(x.lower() for x in roles_data.get("no_anaphor") or []),
        unnamed_source_heads=tuple(x.lower() for x in roles_data.get("unnamed_source_heads") or []),
        event_heads=frozenset(x.lower() for x in roles_data.get("event_heads") or []),
        candidacy_words=frozenset(x.lower() for x in roles_data.get("candidacy_words") or []),
        team_heads=frozenset(x.lower() for x in roles_data.get("team_heads") or []),
        host_is_object=frozenset(visit.get("host_is_object") or []),
        host_is_subject=frozenset(visit.get("host_is_subject") or []),
        sentence_adverbs=frozenset(words.get("sentence_adverbs") or []),
        base_adjectives=frozenset(words.get("adjectives") or []),
        named_after_heads=dict(words.get("named_after_heads") or {}),
        name_intro_words=dict(words.get("name_intro_words") or {}),
        thing_heads={
            kind: tuple(w.lower() for w in heads)
            for kind, heads in (words.get("thing_heads") or {}).items()
        },
        foreign_name_heads={
            w.lower(): kind
            for kind, heads in (words.get("foreign_name_heads") or {}).items()
            for w in heads
        },
        place_qualifiers=frozenset(words.get("place_qualifiers") or []),
        measure_words=frozenset(words.get("measure_words") or []),
        day_parts=tuple(words.get("day_parts") or []),
        time_nouns=frozenset(words.get("time_nouns") or []),
        web_domains=frozenset(words.get("web_domains") or []),
        media_words={
            w: (v.get("name", w), v.get("country"))
            for w, v in (orgs.get("media_words") or {}).items()
        },
        media_verbs=frozenset(orgs.get("media_verbs") or []),
        media_heads=tuple(orgs.get("media_heads") or []),
        home_offices=tuple(x.lower() for x in roles_data.get("home_offices") or []),
        generic_bodies=frozenset(orgs.get("generic_bodies") or []),
        home_bare=frozenset(orgs.get("home_bare") or []),
        local_bodies=frozenset(orgs.get("local_bodies") or []),
        regional_bodies=frozenset((orgs.get("regional_government") or {}).get("bodies") or []),
        regional_cues=frozenset((orgs.get("regional_government") or {}).get("cues") or []),
        national_cues=frozenset((orgs.get("regional_government") or {}).get("national_cues") or []),
    )


def _genitive_form(
    name: str, country: str | None, known: dict[str, tuple[str, str | None]]
) -> str | None:
    """The s-genitive of a one-word company, party or medium of the lexicon ("Microsofts IIS",
    "Nvidias G-Sync", "Intels Core-M"; session 26): a canonical name with a country, written
    in mixed case, not ending in a sibilant; not where the genitive is an ordinary word, a
    surname ("Dumas") or another entry, nor for a common-noun compound ("Arbeiterkammer")."""
    if (
        country is None
        or name not in known
        or known[name][0] != name
        or not name.isalpha()
        or name.isupper()
        or not name[:1].isupper()
        or name.endswith(("s", "x", "z", "ß"))
        or len(name) > 12  # "Finanzmarktaufsicht": a compound noun, no company name
    ):
        return None
    from newsgraph.entities.namewords import common_word_tag, is_listed_surname

    form = name + "s"
    if (
        form in known
        or is_listed_surname(form)
        or common_word_tag(form) is not None
        or common_word_tag(name) is not None  # "Landwirtschaftskammer": a noun's own forms
    ):
        return None
    return form


def genitive_head(word: str, lex: Lexicon) -> str:
    """Nominative of the genitive head noun of a name: "Kunsthauses" → Kunsthaus,
    "Zentralrats" → Zentralrat; acronyms and known names stay."""
    if word in lex.institutions or word.isupper() or not word.endswith("s"):
        return word
    if word.endswith("es") and len(word) > 5:
        return word[:-2]  # "Kunsthauses", "Staates", "Prozesses"
    return word[:-1]
