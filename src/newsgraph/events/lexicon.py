"""The event trigger lexicon (``newsgraph/data/events/<lang>.yaml``) and trigger matching.

A verb triggers by its lemma or, when the lemmatiser is unsure, by the stems of its inflected
forms; a separable verb ("entgegentreten") also by its stem plus the particle standing alone at
the end of the clause ("trat … entgegen"). A noun triggers by its word forms, also as the head
of a compound ("Luftangriffe", "Präsidententreffen").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newsgraph.amounts.lexicon import lang_key, load_yaml
from newsgraph.caching import bounded
from newsgraph.entities.tokens import sentence_starts, token_lemmas, token_pos, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SENTENCE_END = {".", "!", "?"}
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "„", "“", "”", '"', "«", "»", "?", "!", "."}


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str  # VERB | NOUN
    type: str
    mode: str | None
    particle: str | None = None
    stems: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    requires: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    preps: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    object_role: str = "target"
    dative: str | None = None
    subject_targets: bool = False
    # nouns: what a genitive or "von" attribute is — "actor" ("der Besuch Hubers") or
    # "target" ("die Festnahme des Reporters"); a "durch" phrase is the actor either way
    genitive: str = "actor"
    with_prep: dict[str, dict[str, str]] = field(default_factory=dict, hash=False, compare=False)
    # another type/mode when the clause has one of ``words`` (or, with ``colon``, ends in a
    # colon before a quote): "griff X scharf an" is a verbal attack (ACCUSE)
    with_words: tuple[dict[str, Any], ...] = field(default=(), hash=False, compare=False)
    # session 9 (English): a form is a stem plus one of these endings exactly ("meet" +
    # "ing", not "meth"; "sign" + "ed", not "signal"); None: a stem may begin any longer form
    suffixes: tuple[str, ...] | None = field(default=None, hash=False, compare=False)


@dataclass
class EventLexicon:
    language: str
    data: dict[str, Any]
    verbs: list[TriggerEntry]
    nouns: list[TriggerEntry]
    by_lemma: dict[str, TriggerEntry]
    noun_forms: dict[str, TriggerEntry]
    # indexes: the first three letters of a stem -> verbs; particles; lengths of noun forms
    by_prefix: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    particles: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    form_lengths: tuple[int, ...] = ()
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    by_verb_lemma: dict[str, list[TriggerEntry]] = field(default_factory=dict, repr=False)
    order: dict[int, int] = field(default_factory=dict, repr=False)
    _candidates: dict[tuple[str, str], tuple[TriggerEntry, ...]] = field(
        default_factory=dict, repr=False
    )
    _noun_entries: dict[str, TriggerEntry | None] = field(default_factory=dict, repr=False)
    _readings: dict[tuple[str, str], tuple[TriggerEntry, ...]] = field(
        default_factory=dict, repr=False
    )
    #: :func:`_german_word_may_trigger` by (text, lemma, POS, opens a sentence)
    _german_gate: dict[tuple[str, str, str, bool], bool] = field(default_factory=dict, repr=False)

    def verb_candidates(self, lower: str, lemma: str) -> list[TriggerEntry]:
        """Verbs that may match a word (by lemma, stem prefix or joined particle), in
        lexicon order."""
        hit = self._candidates.get((lower, lemma))
        if hit is None:
            hit = tuple(self._verb_candidates(lower, lemma))
            bounded(self._candidates)[(lower, lemma)] = hit
        return list(hit)

    def verb_readings(self, lower: str, lemma: str) -> tuple[TriggerEntry, ...]:
        """Session 10: the candidates whose lemma, stems or particle fit the word at all (the
        context decides the rest), in the same order; most words keep none."""
        hit = self._readings.get((lower, lemma))
        if hit is None:
            hit = tuple(
                e
                for e in self.verb_candidates(lower, lemma)
                if lemma == e.lemma.lower()
                or _verb_form_matches(lower, e)
                or (e.particle and (_joined_particle_form(lower, e) or lemma == _base_lemma(e)))
            )
            bounded(self._readings)[(lower, lemma)] = hit
        return hit

    def _verb_candidates(self, lower: str, lemma: str) -> list[TriggerEntry]:
        keys = {lower[:3]}
        if lower.startswith("ge"):
            keys.add(lower[2:5])
        found: dict[int, TriggerEntry] = {}
        for k in keys:
            for e in self.by_prefix.get(k, []):
                found[id(e)] = e
        for particle, entries in self.particles.items():
            if lower.startswith(particle) or lemma.startswith(particle):
                for e in entries:
                    found[id(e)] = e
        for e in self.by_verb_lemma.get(lemma, []) if lemma else []:
            found[id(e)] = e
        # separable verbs first: "forderte … auf" is "auffordern" before it is "fordern"
        return sorted(found.values(), key=lambda e: (not e.particle, self.order[id(e)]))

    def words(self, name: str) -> frozenset[str]:
        if name not in self._words:
            self._words[name] = frozenset(str(w).lower() for w in self.data.get(name) or [])
        return self._words[name]

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name) or {}
        return value if isinstance(value, dict) else {}

    def preps_for(self, entry: TriggerEntry) -> dict[str, str]:
        preps = {
            str(k).lower(): str(v)
            for k, v in self.section("type_preps").get(entry.type, {}).items()
        }
        preps.update({str(k).lower(): str(v) for k, v in entry.preps.items()})
        return preps


def _entry(spec: dict[str, Any], pos: str, suffixes: tuple[str, ...] | None = None) -> TriggerEntry:
    lemma = str(spec["lemma"])
    stems = tuple(str(s).lower() for s in spec.get("stems") or [])
    if pos == "VERB" and not stems:
        base = lemma.lower()
        stems = (base[:-2] if base.endswith("en") else base.rstrip("n"),)
    return TriggerEntry(
        lemma=lemma,
        pos=pos,
        type=str(spec["type"]),
        mode=spec.get("mode"),
        particle=spec.get("particle"),
        stems=stems,
        forms=tuple(str(f).lower() for f in spec.get("forms") or [lemma]),
        requires=dict(spec.get("requires") or {}),
        preps={str(k): str(v) for k, v in (spec.get("preps") or {}).items()},
        object_role=str(spec.get("object", "target")),
        dative=spec.get("dative"),
        subject_targets=bool(spec.get("subject_targets", False)),
        genitive=str(spec.get("genitive", "actor")),
        with_prep={
            str(k).lower(): dict(v)
            for k, v in (spec.get("with_prep") or {}).items()
            if isinstance(v, dict)
        },
        with_words=tuple(
            {**w, "words": frozenset(str(x).lower() for x in w.get("words") or [])}
            for w in (spec.get("with_words") or [])
            if isinstance(w, dict)
        ),
        suffixes=suffixes,
    )


@cache
def event_lexicon(language: str | None) -> EventLexicon:
    key = lang_key(language)
    data = load_yaml("events", f"{key}.yaml")
    endings = data.get("verb_suffixes")
    suffixes = tuple(str(x) for x in endings) if isinstance(endings, list) else None
    verbs = [_entry(v, "VERB", suffixes) for v in data.get("verbs") or []]
    nouns = [_entry(n, "NOUN") for n in data.get("nouns") or []]
    by_lemma = {e.lemma.lower(): e for e in verbs}
    noun_forms: dict[str, TriggerEntry] = {}
    for n in nouns:
        for f in n.forms:
            noun_forms.setdefault(f, n)
    by_prefix: dict[str, list[TriggerEntry]] = {}
    particles: dict[str, list[TriggerEntry]] = {}
    for v in verbs:
        for stem in v.stems:
            by_prefix.setdefault(stem[:3], []).append(v)
        if v.particle:
            particles.setdefault(v.particle.lower(), []).append(v)
    lengths = tuple(sorted({len(f) for f in noun_forms}))
    lex = EventLexicon(key, data, verbs, nouns, by_lemma, noun_forms, by_prefix, particles, lengths)
    for v in verbs:
        lex.by_verb_lemma.setdefault(v.lemma.lower(), []).append(v)
        if v.particle:
            lex.by_verb_lemma.setdefault(_base_lemma(v), []).append(v)
    lex.order = {id(v): i for i, v in enumerate(verbs)}
    return lex


@dataclass
class TriggerMatch:
    token: Token
    entry: TriggerEntry
    particle: Token | None = None
    # other readings of the same word(s), tried in order when the first one's requirements
    # fail ("setzte sich für X ein" SUPPORT, "setzte Tränengas gegen X ein" ASSAULT)
    alternatives: list[TriggerEntry] = field(default_factory=list)

    @property
    def readings(self) -> list[TriggerEntry]:
        return [self.entry, *self.alternatives]

    @property
    def tokens(self) -> list[Token]:
        return [self.token] + ([self.particle] if self.particle is not None else [])


#: adjectives in -bar ("angreifbar", "unterstützbar") are no verb forms
_BAR_ENDINGS = ("bar", "bare", "barer", "bares", "baren", "barem")


def _is_capitalised_noun(tok: Token, lang: str, pos: str | None = None) -> bool:
    """(``pos``: the token's ``pos_`` when the caller has it.)"""
    if pos is None:
        pos = tok.pos_
    return _capitalised_noun_word(tok.text, pos, bool(tok.is_sent_start), lang)


def _capitalised_noun_word(text: str, pos: str, sent_start: bool, lang: str) -> bool:
    """A noun by its word class, or (German) a capitalised word that is no sentence-initial
    verb."""
    if pos in ("NOUN", "PROPN"):
        return True
    if lang != "de" or not text[:1].isupper():
        return False
    return not sent_start or pos not in ("VERB", "AUX")


def _clause_final(tok: Token, sent: Span) -> bool:
    """A separable particle stands at the end of its clause."""
    nxt = tok.i + 1
    if nxt >= sent.end:
        return True
    word = tok.doc[nxt].text
    return word in CLAUSE_PUNCT or word.lower() in {"und", "oder", "aber", "sondern", "and"}


def verb_form_matches(word: str, entry: TriggerEntry) -> bool:
    """Whether an inflected form begins with one of the entry's stems (also after "ge")."""
    return _verb_form_matches(word, entry)


def _verb_form_matches(word: str, entry: TriggerEntry) -> bool:
    w = word.lower()
    if entry.suffixes is not None:
        return any(w == stem + end for stem in entry.stems for end in entry.suffixes)
    for stem in entry.stems:
        if w.startswith(stem) or (w.startswith("ge") and w[2:].startswith(stem)):
            return len(w) - len(stem) <= 5
    return False


def _joined_particle_form(word: str, entry: TriggerEntry) -> bool:
    """'entgegentreten', 'auszubilden', 'ausgebildet', 'zurückgewiesen'."""
    assert entry.particle is not None
    if entry.suffixes is not None:
        return False  # (English phrasal verbs are never written as one word)
    w = word.lower()
    p = entry.particle.lower()
    if not w.startswith(p):
        return False
    rest = w[len(p) :]
    for infix in ("", "zu", "ge"):
        if rest.startswith(infix) and _verb_form_matches(rest[len(infix) :], entry):
            return True
    return False


def find_triggers(sent: Span, lex: EventLexicon) -> list[TriggerMatch]:
    """Trigger words of a sentence, in order."""
    out: list[TriggerMatch] = []
    used: set[int] = set()
    doc = sent.doc
    texts = token_texts(doc)  # a Token only for the words that pass
    german = lex.language == "de"
    if german:
        lemmas, pos, starts = token_lemmas(doc), token_pos(doc), sentence_starts(doc)
    for i in range(sent.start, sent.end):
        text = texts[i]
        if i in used or not (text.isalpha() or text.replace("-", "").isalpha()):
            continue  # (hyphenated compounds trigger too: "IS-Anschlag", "US-Luftangriffe")
        if german and not _german_gate(text, lemmas[i], pos[i], starts[i], lex):
            continue
        tok = doc[i]
        match = _match_token(tok, sent, lex)
        if match is None:
            continue
        out.append(match)
        used.update(t.i for t in match.tokens)
    return out


def _german_gate(text: str, lemma: str, pos: str, sent_start: bool, lex: EventLexicon) -> bool:
    """:func:`_german_word_may_trigger`, kept per word reading in the lexicon."""
    key = (text, lemma, pos, sent_start)
    hit = lex._german_gate.get(key)
    if hit is None:
        hit = _german_word_may_trigger(text, lemma, pos, sent_start, lex)
        bounded(lex._german_gate)[key] = hit
    return hit


def _german_word_may_trigger(
    text: str, lemma: str, pos: str, sent_start: bool, lex: EventLexicon
) -> bool:
    """False where :func:`_match_token` finds no trigger in a German word whatever its context
    (most words): its tests that read only the word, its lemma, its word class and whether it
    opens a sentence, in the same order. A noun (or a capitalised word) triggers by its noun
    entry alone; a word of another class needs a verb reading of the lexicon (the context
    decides the rest)."""
    lower = text.lower()
    if _capitalised_noun_word(text, pos, sent_start, "de"):
        return _noun_entry(lower, lex) is not None
    if pos in ("ADP", "DET", "PRON") or lower.endswith(_BAR_ENDINGS):
        return False
    return bool(lex.verb_readings(lower, lemma.lower()))


def _match_token(tok: Token, sent: Span, lex: EventLexicon) -> TriggerMatch | None:
    lower = tok.text.lower()
    if lex.language == "en" and _in_english_name(tok, sent):
        return None
    lemma = tok.lemma_.lower()  # "" without a lemma
    pos = tok.pos_
    noun_like = _is_capitalised_noun(tok, lex.language, pos)
    if noun_like:
        entry = _noun_entry(lower, lex)
        if entry is not None and (lex.language == "de" or _english_noun(tok, sent)):
            return TriggerMatch(tok, entry)
        if lex.language == "de":
            return None
    elif lex.language == "en" and not pos:
        # no tagger: a noun of the lexicon after a determiner or a possessive ("a trade deal",
        # "their talks", "Russia's attack")
        entry = lex.noun_forms.get(lower)
        if entry is not None and (_english_noun(tok, sent) or _english_bare_noun(tok, sent, lex)):
            return TriggerMatch(tok, entry)  # (also "trade talks", "pro-reform protests")
        if tok.i > sent.start and tok.doc[tok.i - 1].text.lower() in lex.words("articles"):
            return None  # "the request", "a signal": a noun, no verb form
        if (
            lower.endswith("ed")
            and tok.i > sent.start
            and tok.doc[tok.i - 1].text.lower() in lex.words("prepositions")
        ):
            return None  # "checked on accused sex trafficker X": an attribute, no verb
    if pos in ("NOUN", "PROPN", "ADP", "DET", "PRON") and lex.language == "de":
        return None
    if lex.language == "en" and pos and pos != "VERB" and not tok.tag_.startswith("VB"):
        # session 14, tagged English (en_newsgraph): a verb reading needs a verb ("the back
        # of the room", "back on the market", "leased back" are no support)
        return None
    if lex.language == "de" and lower.endswith(_BAR_ENDINGS):
        return None  # "angreifbar", "unterstützbar": adjectives, no verb forms
    candidates = lex.verb_readings(lower, lemma)
    if not candidates:
        return None  # (session 10: most words fit no verb of the lexicon; decided first)
    # the tagger is unsure about finite forms ("trat"); a past form it took for an adjective is
    # a verb where no noun phrase can hold it ("Ein Historiker nannte X absurd", ", ermordeten
    # rechte Paramilitärs 3.000 Menschen"; not "die von X ermordeten Journalisten")
    adjective = (
        pos == "ADJ"
        and not finite_past_as_adjective(tok, sent)
        and not participle_with_auxiliary(tok)
    )
    if (
        lex.language == "en"
        and not pos
        and any(
            lower in (e.stems[0], e.stems[0] + "s", e.stems[0] + "es", e.stems[0][:-1] + "ies")
            for e in lex.verb_candidates(lower, lemma)
            if e.stems
        )
        and _english_bare_noun(tok, sent, lex)
    ):
        adjective = True  # (no verb reading: "consumer demand", "his full support"; "met" is)
    # verbs: the joined form or the lemma first
    found: TriggerMatch | None = None
    for entry in candidates:
        match: TriggerMatch | None = None
        if entry.particle:
            if _joined_particle_form(lower, entry) or lemma == entry.lemma.lower():
                match = TriggerMatch(tok, entry)
            elif _verb_form_matches(lower, entry) or lemma == _base_lemma(entry):
                particle = _separated_particle(
                    tok, sent, entry.particle, english=entry.suffixes is not None
                )
                if particle is not None:
                    match = TriggerMatch(tok, entry, particle)
        elif (
            not adjective
            and (lemma == entry.lemma.lower() or _verb_form_matches(lower, entry))
            and not _has_separable_particle(tok, sent, lex)  # "griff … an" is not "greifen"
        ):
            match = TriggerMatch(tok, entry)
        if match is None:
            continue
        if found is None:
            found = match
        elif _index(match.particle) == _index(found.particle):  # the same words
            found.alternatives.append(entry)
    return found


def finite_past_as_adjective(tok: Token, sent: Span) -> bool:
    """A word tagged as an adjective that stands where only a finite verb can: a past form
    ("-te", "-ten") after a comma or after a noun phrase opening the sentence (no preposition
    before it, which would make the word an attribute inside a phrase)."""
    lower = tok.text.lower()
    if tok.i == sent.start or not (lower.endswith("te") or lower.endswith("ten")):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.text == ",":
        return True
    if prev.pos_ not in ("NOUN", "PROPN"):
        return False
    for back in range(tok.i - 1, sent.start - 1, -1):
        word = tok.doc[back]
        if word.pos_ == "ADP" or word.text in CLAUSE_PUNCT:
            return False
        if word.pos_ == "CCONJ" and word.text.lower() in ("und", "sowie"):
            # session 20: a coordinated subject ("Frankreich und Deutschland kritisierten X")
            continue
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "ADV"):
            return False
    return True


def participle_with_auxiliary(tok: Token) -> bool:
    """Session 27: a participle the tagger took for a predicative adjective (ADJD) that carries
    an auxiliary of the perfect or the passive ("hatten Tausende gegen ihn protestiert", "haben
    Demonstranten ein Treffen gestürmt", "wird komplett gesperrt"); not with "sein", where the
    participle names a state ("das Gebiet sei gesperrt", "sind verletzt")."""
    lower = tok.text.lower()
    if tok.tag_ != "ADJD" or not (lower.endswith("t") or lower.endswith("en")):
        return False
    if not tok.doc.has_annotation("DEP"):
        return False
    return any(
        (c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in ("haben", "werden"))
        or (c.dep_ == "cop" and c.lemma_.lower() == "werden")  # ("wird gesperrt")
        for c in tok.children
    )


def _index(tok: Token | None) -> int | None:
    return None if tok is None else tok.i


def _base_lemma(entry: TriggerEntry) -> str:
    assert entry.particle is not None
    return entry.lemma.lower()[len(entry.particle) :]


def _separated_particle(
    tok: Token, sent: Span, particle: str, english: bool = False
) -> Token | None:
    p = particle.lower()
    if english:
        # an English phrasal verb: the particle follows the verb ("called for", "called on")
        nxt = tok.i + 1
        return tok.doc[nxt] if nxt < sent.end and tok.doc[nxt].text.lower() == p else None
    rest = _clause_rest(tok, sent)
    scope = tok.doc[sent.start : rest[-1].i + 1] if rest else sent
    if tok.doc.has_annotation("DEP"):
        for child in tok.children:
            # the parser hung the particle on its verb, across a comma of a list ("ging gegen
            # X in Justiz, Polizei und Medien vor"); "sagte zu Beginn" has a preposition
            if (
                child.dep_ == "compound:prt"
                and child.text.lower() == p
                and child.i > tok.i
                and (not _tagged_preposition(child) or _clause_final(child, scope))
            ):
                return child
    skip_to = -1
    for k, other in enumerate(rest):
        if other.i <= skip_to:
            continue
        if other.text == ",":
            # session 10: a name in apposition between commas does not end the clause ("riefen
            # den Bürgermeister von Palermo, Emil Brenner, auf, …")
            skip_to = _apposition_end(rest, k)
            if skip_to >= 0:
                continue
        if other.text in {";", ":", ","}:
            break  # the particle closes the clause of its verb
        if other.text.lower() == p and (
            (other.dep_ == "compound:prt" and not _tagged_preposition(other))
            or _clause_final(other, scope)
        ):
            return other
    return None


def _apposition_end(rest: list[Token], k: int) -> int:
    """The index of the comma closing a name in apposition that opens at ``rest[k]`` (a
    comma): only proper nouns (a title or article before them) up to the next comma, with a
    word after it; -1 otherwise."""
    names = 0
    for j in range(k + 1, min(k + 7, len(rest))):
        tok = rest[j]
        if tok.text == ",":
            return tok.i if names and j + 1 < len(rest) else -1
        if tok.pos_ == "PROPN" or tok.tag_ == "NE":
            names += 1
        elif tok.pos_ not in ("DET", "NOUN") or names:
            return -1
    return -1


def _tagged_preposition(tok: Token) -> bool:
    """The tagger calls the word a preposition ("sagte er zu Beginn"): not a particle unless it
    closes the clause."""
    return tok.tag_.startswith("APPR")


def _clause_rest(tok: Token, sent: Span) -> list[Token]:
    """The words after a verb in its sentence and, when the parser cut the sentence with no
    sentence-final mark ("setzten Tränengas und Wasserwerfer" | "ein."), in the piece after
    the cut up to its final mark."""
    rest = list(sent[tok.i - sent.start + 1 :])
    doc = tok.doc
    if rest and rest[-1].text in SENTENCE_END:
        return rest
    for other in doc[sent.end :]:
        rest.append(other)
        if other.text in SENTENCE_END:
            break
    return rest


def _has_separable_particle(tok: Token, sent: Span, lex: EventLexicon) -> bool:
    if not tok.doc.has_annotation("DEP"):
        return False  # (and a Doc without a parse must not be walked: spaCy may crash)
    # an adverb the parser took for a particle is none ("fordern die Gläubiger aber, dass …")
    if any(
        child.dep_ == "compound:prt"
        and (child.tag_ == "PTKVZ" or child.text.lower() in lex.particles)
        for child in tok.children
    ):
        return True
    # a particle the parser hung elsewhere that closes the verb's clause, with no other verb
    # between ("…, räumte X am Donnerstag bei einem Pressegespräch ein" is "einräumen")
    for other in sent[tok.i - sent.start + 1 :]:
        if other.text in CLAUSE_PUNCT or other.pos_ in ("VERB", "AUX"):
            return False
        tagged = other.tag_ == "PTKVZ" or (
            other.dep_ == "compound:prt" and other.text.lower() in lex.particles
        )
        if tagged and _clause_final(other, sent):
            return True
    return False


def _noun_entry(lower: str, lex: EventLexicon) -> TriggerEntry | None:
    if lower in lex._noun_entries:
        return lex._noun_entries[lower]
    entry = _find_noun_entry(lower, lex)
    bounded(lex._noun_entries)[lower] = entry
    return entry


def _find_noun_entry(lower: str, lex: EventLexicon) -> TriggerEntry | None:
    if lower in lex.words("not_triggers"):  # "Pressegespräch" is no talks between parties
        return None
    entry = lex.noun_forms.get(lower)
    if entry is not None:
        return entry
    if lex.language != "de":
        return None
    if any(lower.endswith(w) for w in lex.words("not_trigger_heads")):
        return None  # "Straßenreinigung" ends in "einigung" but is no agreement
    for length in reversed(lex.form_lengths):  # the longest compound head first
        if len(lower) - length < 3:
            continue
        e = lex.noun_forms.get(lower[-length:])
        prefix = lower[:-length]
        # "Luftangriffe", "IS-Anschlag" (a short name before a hyphen is a whole word)
        if e is not None and (
            len(prefix.rstrip("-")) >= 3 or (prefix.endswith("-") and len(prefix) >= 3)
        ):
            if any(prefix.startswith(w) for w in lex.words("occasion_modifiers")):
                return None  # "Dreikönigstreffen", "Neujahrsempfang": a named occasion
            if e.type.lower() in lex.words("cyber_types") and any(
                prefix.startswith(w) for w in lex.words("cyber_modifiers")
            ):
                return None  # session 29: "Hackerangriffe", "Cyberattacken": no violence
            return e
    return None


def _in_english_name(tok: Token, sent: Span) -> bool:
    """A capitalised word inside a name, not at the start of its sentence: "International
    Monetary Fund", "Commercial Lunar Payload Services" (a headline's "Host the Lakers" is
    a verb)."""
    if not tok.text[:1].isupper() or tok.i == sent.start:
        return False
    doc = tok.doc
    prev = doc[tok.i - 1]
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    return (prev.is_alpha and prev.text[:1].isupper() and prev.i > sent.start) or (
        nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()
    )


def _english_bare_noun(tok: Token, sent: Span, lex: EventLexicon) -> bool:
    """Session 9, no tagger: a base or -s form ("support", "demands") is a verb only after a
    word that may stand before a verb (a pronoun, modal, "to", "and", "who", "not"), a name
    (capitalised) or a plural subject; after any other word it is a noun ("consumer demand",
    "fast charging support", "his full support")."""
    low = tok.text.lower()
    if low.endswith(("ed", "ing")) or tok.i == sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    word = prev.text.lower()
    if not prev.is_alpha and word not in ("n't", "’t"):
        return False  # after a comma, a colon, a quotation mark: a clause may begin
    if word in lex.words("verb_openers") or prev.text[:1].isupper():
        return False
    return not (
        word.endswith("s") and not word.endswith("ss") and word not in lex.words("np_words")
    )


def _english_noun(tok: Token, sent: Span) -> bool:
    if tok.pos_ == "NOUN":
        return True
    determiners = {"the", "a", "an", "its", "their", "his", "her", "this", "new", "these"}
    for back in range(1, 4):  # "a massive missile attack"
        if tok.i - back < sent.start:
            break
        prev = tok.doc[tok.i - back]
        if prev.text.lower() in determiners or prev.text.endswith("'s"):
            return True
        if not prev.is_alpha:
            break
    return False
