"""The quote lexicons: speech verbs, source phrases, Konjunktiv forms, role nouns.

They are data files under ``newsgraph/data/quotes/`` (YAML, documented in each file); this module
loads them once and expands verb lemmas into the inflected forms met in news text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.amounts.lexicon import YAML_LOADER
from newsgraph.entities.namewords import is_function_word

_INSEPARABLE = ("be", "ent", "er", "ver", "zer", "ge", "miss", "über", "unter", "wider", "emp")


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    particle: str | None
    weight: float
    quote_only: bool


@dataclass
class Lexicon:
    """Everything the extractor looks up, for one language."""

    language: str
    verb_forms: dict[str, list[VerbEntry]] = field(default_factory=dict)  # form (lower) -> verbs
    joined_forms: dict[str, VerbEntry] = field(default_factory=dict)  # particle+form (mitteilte)
    source_after: list[tuple[str, ...]] = field(default_factory=list)
    # source_after phrases by their first word, in lexicon order (a per-token lookup)
    source_after_by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    source_before: list[tuple[str, ...]] = field(default_factory=list)
    compound_suffixes: tuple[str, ...] = ()
    adjective_source_nouns: frozenset[str] = frozenset()  # "nach offiziellen Angaben"
    owned_source_nouns: frozenset[str] = frozenset()  # "nach Kellers Darstellung"
    continuation_adverbs: frozenset[str] = frozenset()
    impersonal: list[tuple[str, ...]] = field(default_factory=list)
    impersonal_nominal: list[tuple[str, ...]] = field(default_factory=list)
    impersonal_nominal_verbs: frozenset[str] = frozenset()
    impersonal_onward: frozenset[str] = frozenset()
    owned_speech_nouns: frozenset[str] = frozenset()
    anonymous_heads: frozenset[str] = frozenset()
    anonymous_suffixes: tuple[str, ...] = ()
    media_names: frozenset[str] = frozenset()
    media_heads: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    editor_notes: tuple[str, ...] = ()
    complementisers: frozenset[str] = frozenset()
    correlates: frozenset[str] = frozenset()
    so_cue: str | None = None
    pointer_words: frozenset[str] = frozenset()
    pointer_wording_verbs: frozenset[str] = frozenset()
    interviewer_labels: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    possessives: dict[str, str] = field(default_factory=dict)
    nominal_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    narrative_verbs: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    announce_verbs: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    dative_verbs: frozenset[str] = frozenset()
    characterising: dict[str, str] = field(default_factory=dict)  # lemma -> frame
    # verbs that are cues only for a verdict (session 12): form (lower) -> verbs
    verdict_forms: dict[str, list[VerbEntry]] = field(default_factory=dict)
    verdict_joined: dict[str, VerbEntry] = field(default_factory=dict)
    manner_adverbs: frozenset[str] = frozenset()
    estimate_verbs: frozenset[str] = frozenset()
    origin_verbs: frozenset[str] = frozenset()  # "geht aus X hervor": X's owner is the source
    estimate_prepositions: frozenset[str] = frozenset()
    view_verbs: frozenset[str] = frozenset()  # "ist für X sehr sensibel": X's view (session 26)
    number_words: frozenset[str] = frozenset()
    title_articles: frozenset[str] = frozenset()
    konj1: frozenset[str] = frozenset()
    konj2: frozenset[str] = frozenset()
    konj2_preterite: frozenset[str] = frozenset()  # Konjunktiv II = preterite plural (blieben)
    konj2_modal: frozenset[str] = frozenset()  # Konjunktiv II used as a present modal (möchte)
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    v2_subjects: frozenset[str] = frozenset()
    v2_followers: frozenset[str] = frozenset()
    # English content clauses without a Konjunktiv: closed word classes by name (cues.en.yaml
    # ``content_clause``: finite auxiliaries, subject openers, adjunct openers …)
    content_clause: dict[str, frozenset[str]] = field(default_factory=dict)
    role_nouns: frozenset[str] = frozenset()
    role_suffixes: tuple[str, ...] = ()
    spokesperson_nouns: frozenset[str] = frozenset()
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # lower -> same office
    role_titles: dict[str, str] = field(default_factory=dict)  # "heilige vater" -> "papst"
    organisation_nouns: tuple[str, ...] = ()  # lower case
    institution_nouns: frozenset[str] = frozenset()  # lower case, the word or a compound's head
    institution_heads: tuple[str, ...] = ()  # lower case, a compound's head only
    pronouns: dict[str, str] = field(default_factory=dict)

    def is_anonymous_head(self, low: str) -> bool:
        """An anonymous source's noun, lower case ("Kreise", "Regierungskreisen", "Insider")."""
        return low in self.anonymous_heads or low.endswith(self.anonymous_suffixes)

    def organisation_noun(self, word: str) -> str | None:
        """The organisation noun a word is or ends in ("Hilfsorganisation" → "organisation")."""
        low = word.lower()
        for noun in self.organisation_nouns:
            if low == noun or (low.endswith(noun) and len(low) > len(noun) + 2):
                return noun
        return None

    def institution_noun(self, word: str) -> str | None:
        """The institution noun a word is or ends in, as the word's own base form without a
        genitive "-s"/"-es" ("Landespolizei" → "landespolizei", "Militärkommandos" →
        "militärkommando"); None for other words."""
        low = word.lower()
        if is_function_word(word):
            return None  # "Insgesamt" ends in "amt" but is an adverb (session 26)
        forms = (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "")
        for form in forms:
            if len(form) < 3:
                continue
            if form in self.institution_nouns:
                return form
            for noun in (*self.institution_nouns, *self.institution_heads):
                if form.endswith(noun) and len(form) > len(noun) + 2:
                    return form
        return None

    def is_role_noun(self, word: str) -> bool:
        low = word.lower()
        if word in self.role_nouns or low in self.role_nouns:
            return True
        if low.endswith("in") and (
            low[:-2] in self.role_nouns or low[:-2] + "e" in self.role_nouns
        ):
            return True  # feminine forms: "Amtskollegin", "Kroatin" (Kroate), "Polin" (Pole)
        for base in (low, low[:-2] if low.endswith("in") else low, low.rstrip("ns")):
            if base.endswith(self.role_suffixes):
                return True
        return False


def _load_yaml(name: str) -> dict[str, Any]:
    path = resources.files("newsgraph") / "data" / "quotes" / name
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    return data if isinstance(data, dict) else {}


def _stem(lemma: str) -> str:
    if lemma.endswith("en"):
        return lemma[:-2]
    if lemma.endswith(("ln", "rn")):
        return lemma[:-1]
    return lemma


def weak_forms(lemma: str) -> list[str]:
    """Finite forms and participle of a regular German verb (sagen -> sagt, sagte, gesagt …)."""
    stem = _stem(lemma)
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn", "dm", "tm")) else ""
    forms = [stem + e + "t", stem + e + "te", stem + e + "ten", lemma]
    if not (lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE)):
        forms.append("ge" + stem + e + "t")
    return forms


def _verbs(
    data: dict[str, Any], language: str
) -> tuple[dict[str, list[VerbEntry]], dict[str, VerbEntry]]:
    forms: dict[str, list[VerbEntry]] = {}
    joined: dict[str, VerbEntry] = {}
    for lemma, opts in (data.get("verbs") or {}).items():
        opts = opts or {}
        particle = opts.get("particle")
        entry = VerbEntry(
            lemma=str(lemma),
            particle=str(particle) if particle else None,
            weight=float(opts.get("weight", 0.9)),
            quote_only=bool(opts.get("quote_only", False)),
        )
        base = str(opts.get("base") or lemma)
        if opts.get("forms"):
            inflected = [str(f) for f in opts["forms"]]
        elif language == "de":
            inflected = weak_forms(base)
        else:
            inflected = [base]
        for form in inflected:
            forms.setdefault(form.lower(), []).append(entry)
        if particle and " " not in str(particle) and particle != "sich":
            for form in inflected:
                low = form.lower()
                if low.startswith("ge"):
                    joined.setdefault(str(particle).lower() + low, entry)  # mitgeteilt
                joined.setdefault(str(particle).lower() + low, entry)  # mitteilte
    return forms, joined


def _generated_konj1() -> set[str]:
    path = resources.files("newsgraph") / "data" / "quotes" / "konjunktiv1.generated.txt"
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def _konj1(data: dict[str, Any]) -> frozenset[str]:
    out = {str(f).lower() for f in data.get("konjunktiv1_forms") or []} | _generated_konj1()
    for lemma in data.get("konjunktiv1_lemmas") or []:
        out.add(_stem(str(lemma)).lower() + "e")
    prefixed = set()
    for prefix in data.get("inseparable_prefixes") or []:
        for form in out:
            prefixed.add(str(prefix) + form)
    konj2 = {str(f).lower() for f in data.get("konjunktiv2_forms") or []}
    return frozenset((out | prefixed) - konj2)


def _konj2(data: dict[str, Any]) -> frozenset[str]:
    """The Konjunktiv II forms, and the umlaut forms of full verbs with an inseparable prefix
    (fänden → befänden, stünde → bestünde, gäbe → ergäbe); auxiliaries and modals take none."""
    forms = {str(f).lower() for f in data.get("konjunktiv2_forms") or []}
    # only umlaut forms: "hielten", "blieben" are preterites too, "ge-" makes participles
    plain = {
        f for f in forms if not f.startswith(AUXILIARY_KONJ2_STEMS) and any(c in f for c in "äöü")
    }
    prefixes = [str(p) for p in data.get("inseparable_prefixes") or [] if str(p) != "ge"]
    return frozenset(forms | {p + f for p in prefixes for f in plain})


AUXILIARY_KONJ2_STEMS = ("wär", "hätt", "würd", "könnt", "müsst", "müßt", "dürft", "möcht")


def _by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    for group in index.values():
        group.sort(key=len, reverse=True)  # "laut eigenem Bekunden" before "laut"
    return index


def _phrases(items: list[Any] | None) -> list[tuple[str, ...]]:
    out = [tuple(str(p).lower().split()) for p in items or []]
    return sorted(out, key=len, reverse=True)


def _synonyms(groups: list[Any]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in groups:
        words = {str(w).lower() for w in group or []}
        for w in words:
            out.setdefault(w, set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _grammar() -> dict[str, Any]:
    return _load_yaml("grammar.yaml")


def grammar(name: str) -> frozenset[str]:
    """A closed word class from ``grammar.yaml`` (function words, modals, prepositions …)."""
    return frozenset(str(w) for w in _grammar().get(name) or [])


@cache
def load(language: str = "de") -> Lexicon:
    """The lexicon of a language ('de' or 'en'; anything else gets the German one)."""
    lang = "en" if language == "en" else "de"
    verbs, joined = _verbs(_load_yaml(f"speech_verbs.{lang}.yaml"), lang)
    cues = _load_yaml(f"cues.{lang}.yaml")
    konj = _load_yaml("konjunktiv.de.yaml") if lang == "de" else {}
    roles = _load_yaml("roles.yaml")
    verdict_forms, verdict_joined = _verbs({"verbs": cues.get("verdict_verbs") or {}}, lang)
    owned_nouns = [str(n) for n in cues.get("owned_source_nouns") or []]
    return Lexicon(
        language=lang,
        verb_forms=verbs,
        joined_forms=joined,
        source_after=_phrases(cues.get("source_after")),
        source_after_by_first=_by_first_word(_phrases(cues.get("source_after"))),
        owned_source_nouns=frozenset(str(n).lower() for n in owned_nouns),
        source_before=_phrases(cues.get("source_before")),
        compound_suffixes=tuple(str(s) for s in cues.get("source_compound_suffixes") or []),
        adjective_source_nouns=frozenset(
            str(s).lower() for s in cues.get("source_nouns_after_adjective") or []
        ),
        continuation_adverbs=frozenset(str(s) for s in cues.get("continuation_adverbs") or []),
        impersonal=_phrases(cues.get("impersonal")),
        impersonal_nominal=_phrases(cues.get("impersonal_nominal")),
        impersonal_nominal_verbs=frozenset(
            str(s).lower() for s in cues.get("impersonal_nominal_verbs") or []
        ),
        impersonal_onward=frozenset(str(s).lower() for s in cues.get("impersonal_onward") or []),
        anonymous_heads=frozenset(str(s).lower() for s in cues.get("anonymous_heads") or []),
        anonymous_suffixes=tuple(str(s).lower() for s in cues.get("anonymous_suffixes") or []),
        media_names=frozenset(str(s).lower() for s in cues.get("media_names") or []),
        media_heads=frozenset(str(s).lower() for s in cues.get("media_heads") or []),
        name_particles=frozenset(str(s).lower() for s in cues.get("name_particles") or []),
        speech_nouns=frozenset(str(s).lower() for s in cues.get("speech_nouns") or []),
        owned_speech_nouns=frozenset(str(s).lower() for s in cues.get("owned_speech_nouns") or []),
        editor_notes=tuple(str(s) for s in cues.get("editor_notes") or []),
        narrative_verbs=frozenset(str(s) for s in cues.get("narrative_verbs") or []),
        report_verbs=frozenset(str(s) for s in cues.get("report_verbs") or []),
        announce_verbs=frozenset(str(s) for s in cues.get("announce_verbs") or []),
        agent_nouns=frozenset(str(s).lower() for s in cues.get("agent_nouns") or []),
        dative_verbs=frozenset(str(s) for s in cues.get("dative_verbs") or []),
        complementisers=frozenset(str(s) for s in cues.get("complementisers") or []),
        correlates=frozenset(str(s) for s in cues.get("correlates") or []),
        so_cue=cues.get("so_cue"),
        pointer_words=frozenset(str(s) for s in cues.get("pointer_words") or []),
        pointer_wording_verbs=frozenset(str(s) for s in cues.get("pointer_wording_verbs") or []),
        interviewer_labels=frozenset(str(s) for s in cues.get("interviewer_labels") or []),
        title_nouns=frozenset(str(s).lower() for s in cues.get("title_nouns") or []),
        possessives={str(k): str(v) for k, v in (cues.get("possessive_pronouns") or {}).items()},
        nominal_cues={
            str(k): frozenset(str(p) for p in v or [])
            for k, v in (cues.get("nominal_cues") or {}).items()
        },
        title_articles=frozenset(str(s).lower() for s in cues.get("title_articles") or []),
        characterising={
            str(lemma): str(frame)
            for frame, lemmas in (cues.get("characterising") or {}).items()
            for lemma in lemmas or []
        },
        verdict_forms=verdict_forms,
        verdict_joined=verdict_joined,
        manner_adverbs=frozenset(str(s).lower() for s in cues.get("manner_adverbs") or []),
        estimate_verbs=frozenset(str(s) for s in cues.get("estimate_verbs") or []),
        origin_verbs=frozenset(str(s) for s in cues.get("origin_verbs") or []),
        estimate_prepositions=frozenset(
            str(s).lower() for s in cues.get("estimate_prepositions") or []
        ),
        number_words=frozenset(str(s).lower() for s in cues.get("number_words") or []),
        view_verbs=frozenset(str(s).lower() for s in cues.get("view_verbs") or []),
        content_clause={
            str(k): frozenset(str(w).lower() for w in v or [])
            for k, v in (cues.get("content_clause") or {}).items()
        },
        konj1=_konj1(konj) if konj else frozenset(),
        konj2=_konj2(konj),
        konj2_preterite=frozenset(str(f).lower() for f in konj.get("konjunktiv2_preterite") or []),
        konj2_modal=frozenset(str(f).lower() for f in konj.get("konjunktiv2_modal") or []),
        first_person=frozenset(
            str(f).lower() for f in konj.get("first_person") or ["i", "we", "me", "us", "my", "our"]
        ),
        second_person=frozenset(str(f) for f in konj.get("second_person") or []),
        v2_subjects=frozenset(str(f).lower() for f in konj.get("v2_subjects") or []),
        v2_followers=frozenset(str(f).lower() for f in konj.get("v2_followers") or []),
        role_nouns=frozenset(
            form
            for n in [
                *(roles.get("nouns") or []),
                *(roles.get("demonyms") or []),
                # a synonym of an office is a role noun too ("das Stadtoberhaupt")
                *(w for group in roles.get("role_synonyms") or [] for w in group),
            ]
            for form in (str(n), str(n).lower())
        ),
        role_suffixes=tuple(str(s).lower() for s in roles.get("suffixes") or []),
        role_synonyms=_synonyms(roles.get("role_synonyms") or []),
        role_titles={
            str(k).lower(): str(v).lower() for k, v in (roles.get("role_titles") or {}).items()
        },
        organisation_nouns=tuple(str(s).lower() for s in roles.get("organisation_nouns") or []),
        institution_nouns=frozenset(
            str(s).lower() for s in roles.get("institution_nouns") or [] if lang == "de"
        ),
        institution_heads=tuple(
            str(s).lower() for s in roles.get("institution_heads") or [] if lang == "de"
        ),
        spokesperson_nouns=frozenset(str(s) for s in roles.get("spokesperson_nouns") or []),
        pronouns={str(k): str(v) for k, v in (roles.get("pronouns") or {}).items()},
    )
