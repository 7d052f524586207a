"""Argument roles of a trigger: actors, targets and place, read from the dependency parse
(subject, object, prepositional objects, genitive attributes), checked against morphology, and
read from the clause (its noun phrases and prepositions) where the parse has no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from newsgraph.entities.tokens import token_texts
from newsgraph.events.causative import causer_parties
from newsgraph.events.coordination import Coordination
from newsgraph.events.lexicon import (
    CLAUSE_PUNCT,
    EventLexicon,
    TriggerEntry,
    TriggerMatch,
    finite_past_as_adjective,
    verb_form_matches,
)
from newsgraph.events.merge import SYMMETRIC
from newsgraph.events.place_phrases import (
    LOCATIVE_TWO_WAY,
    locative_dative,
    phrase_head,
    place_noun_before,
)
from newsgraph.events.pronoun_subject import (
    aux_hung_subject,
    fronted_pronoun_refs,
    fronted_pronoun_subject,
    misparsed_pronoun_subject,
    pronoun_subject_refs,
)
from newsgraph.events.refs import (
    DIRECTIONS,
    OBJECT_PRONOUNS,
    PRONOUN_GENDER,
    RefResolver,
    conjuncts,
    country_ref,
    not_genitive,
    np_tokens,
)
from newsgraph.model import EntityRef
from newsgraph.words_de import (
    PARTICIPLE_PREFIXES,
    PRONOMINAL_ADVERB_TAGS,
    feminine_noun,
    participle_shape,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# determiners that never open a nominative phrase ("den Iran", "einem Kollegen")
# tags of the words of a plain noun phrase opening a clause (article, adjective, noun, …)
FRONT_NP_TAGS = {"ART", "ADJA", "NN", "PIAT", "PIDAT", "PDAT", "PPOSAT", "CARD"}
NON_NOMINATIVE = {
    "den",
    "dem",
    "des",
    "einen",
    "einem",
    "eines",
    "einer",
    "diesen",
    "diesem",
    "dieses",
    "jenen",
    "jenem",
    "keinen",
    "keinem",
    "seinen",
    "seinem",
    "seines",
    "ihren",
    "ihrem",
    "ihres",
    "unseren",
    "unserem",
}
SUBORDINATORS = {"dass", "ob", "weil", "wenn", "als", "nachdem", "während", "wie", "um", "that"}
# personal pronouns that are always a subject (session 20: "sie" may be an object, "es" too)
NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
# a participle used as an attribute ("erhobene", "verhängten", "angebotenes", "verordnetes")
_PARTICIPLE_ATTRIBUTE = re.compile(r"^[a-zäöüß]{3,}(?:t|en)(?:e|en|er|es|em)$")
# the words that open a noun phrase before "die von X erhobene Forderung"
_NP_OPENING_TAGS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT"})
# punctuation no apposition or relative clause inside a subject holds
_CLAUSE_STOPS = frozenset({".", "!", "?", ":", ";", "(", ")", '"', "„", "“", "–", "-"})
# the relative pronouns the tagger may call articles ("der am Montag … kritisierte")
_RELATIVE_OPENERS = frozenset({"der", "die", "das", "dem", "den", "dessen", "deren"})
# personal pronouns that are never a subject (session 6); the accusative ones are objects
NEVER_SUBJECT_PRONOUNS = frozenset(
    {"ihm", "ihn", "mir", "mich", "dir", "dich", "uns", "euch", "ihnen"}
)
ACCUSATIVE_PRONOUNS = frozenset({"ihn", "mich", "dich"})
# articles of an accusative or dative phrase, never of a genitive or nominative one
OBJECT_ARTICLES = frozenset(
    {"den", "dem", "einen", "einem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem"}
)


HABEN = {"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"}


# tags of determiners and possessives, which head no subject of their own
DETERMINER_TAGS = frozenset({"PPOSAT", "ART", "PDAT", "PIAT", "PRELAT", "PWAT"})


@dataclass
class Arguments:
    actors: list[EntityRef] = field(default_factory=list)
    targets: list[EntityRef] = field(default_factory=list)
    location: EntityRef | None = None
    preps: list[str] = field(default_factory=list)  # prepositions seen on the trigger
    reflexive: bool = False
    person_argument: bool = False
    passive: bool = False  # a passive verb whose undergoer the parse found
    has_object: bool = False  # the parse gives the verb a direct object (named or not)
    # an active verb whose subject names nobody ("Minimalismus zeichnete X aus", "das zeichnet
    # ihn aus")
    unnamed_subject: bool = False
    stative: bool = False  # a participle with "sein": "ist dem Ministerium unterstellt"


def _add(refs: list[EntityRef], new: list[EntityRef]) -> None:
    for r in new:
        if all(r.id != x.id for x in refs):
            refs.append(r)


def _finite(tok: Token) -> bool:
    """A finite verb (an auxiliary without a form given counts as one)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    forms = tok.morph.get("VerbForm", [])
    if tok.tag_.endswith("FIN") or "Fin" in forms:
        return True
    return tok.pos_ == "AUX" and not forms and not tok.tag_.endswith(("INF", "PP"))


def clause_of(tok: Token, sent: Span) -> tuple[int, int]:
    """Token index range [start, end) of the comma-delimited clause around ``tok``."""
    doc = sent.doc
    texts = token_texts(doc)  # no Token for the words walked over

    def bracket(a: int, b: int) -> bool:  # a short aside "(72)", "(UCL)" within the clause
        inner = set(texts[a + 1 : b])
        return b - a <= 8 and not inner & {"(", ")", ",", ";", ":"}

    start = tok.i
    while start > sent.start:
        prev = texts[start - 1]
        if prev == ")":
            opening = next((j for j in range(start - 2, sent.start - 1, -1) if texts[j] == "("), -1)
            if opening >= 0 and bracket(opening, start - 1):
                start = opening
                continue
        if prev in CLAUSE_PUNCT and not _adjective_comma(doc, start - 1):
            break
        start -= 1
    end = tok.i + 1
    while end < sent.end:
        if texts[end] == "(":
            closing = next((j for j in range(end + 1, sent.end) if texts[j] == ")"), -1)
            if closing >= 0 and bracket(end, closing):
                end = closing + 1
                continue
        if texts[end] in CLAUSE_PUNCT and not _adjective_comma(doc, end):
            break
        end += 1
    return start, end


def _adjective_comma(doc: Doc, k: int) -> bool:
    """Session 13: a comma between two attributes of one noun ("ein neues, zweijähriges
    Hilfsprogramm") ends no clause."""
    return (
        doc[k].text == ","
        and 1 < k < len(doc) - 1
        and doc[k - 2].pos_ in ("DET", "ADJ", "ADV", "ADP", "NUM")  # ("und untersuche, …")
        and doc[k - 1].tag_ == "ADJA"
        and doc[k + 1].tag_ == "ADJA"
        and doc[k - 1].dep_ == doc[k + 1].dep_ == "amod"
        and doc[k - 1].head.i == doc[k + 1].head.i > k + 1
    )


def _possessor_agrees(poss: Token, noun: Token) -> bool:
    """Session 30: whether a phrase can own a possessive: "sein-" a masculine or neuter
    singular, "ihr-" a feminine or a plural (by the morphology; unknown counts as agreeing)."""
    low = poss.text.lower()
    gender = noun.morph.get("Gender", [])
    number = noun.morph.get("Number", [])
    if low.startswith("sein"):
        return not ("Fem" in gender or "Plur" in number)
    if low.startswith("ihr"):
        return not gender or "Fem" in gender or "Plur" in number
    return False


def verb_among(verb: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether a verb, its separable particle joined, is one of ``words`` (infinitives) — by
    its lemma, or by its stem where the lemmatiser is wrong ("kündigte … an": ankündigen)."""
    particle = "".join(
        c.text.lower() for c in verb.children if c.dep_ == "compound:prt" and c.i > verb.i
    )
    lemma, low = verb.lemma_.lower(), verb.text.lower()
    if lemma in words or particle + lemma in words:
        return True
    return any(
        w.startswith(particle)
        and len(w) - len(particle) > 6
        and low.startswith(w[len(particle) : -2])
        for w in words
    )


class ArgumentReader:
    def __init__(self, lex: EventLexicon, refs: RefResolver):
        self._last_pp_token: dict[tuple[str, str], int] = {}
        self.lex = lex
        self.refs = refs
        self.contractions = {str(k): str(v) for k, v in lex.section("contractions").items()}
        self.location_preps = lex.words("location_preps")
        self.prepositions = lex.words("prepositions")
        self.passive_aux = lex.words("passive_aux")
        self.light_verbs = lex.words("light_verbs")
        self.light_stems = lex.words("light_verb_stems")
        self.np_words = lex.words("np_words")
        self.clause_words = lex.words("clause_words")
        self.addressee_nouns = lex.words("addressee_nouns")
        self.coordination = Coordination(
            refs.article,
            lex.words("coordinators"),
            lex.words("coordinators_no_comma"),
            lex.words("speaker_pronouns"),
        )

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _attributes(tok: Token) -> list[Token]:
        return [c for c in tok.children if c.dep_ in ("nmod", "nmod:poss", "appos", "flat")]

    def prep_of(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ in ("case", "fixed") and child.i < tok.i:
                word = child.text.lower()
                if child.pos_ in ("ADJ", "ADV") and word not in self.prepositions:
                    continue  # a misparse: "versehentlich" is no preposition
                return self.contractions.get(word, word)
        return None

    def heads_refs(self, heads: list[Token], base: int) -> list[EntityRef]:
        out: list[EntityRef] = []
        for h in heads:
            for c in conjuncts(h):
                own = self.refs.refs_for_head(c, base)
                _add(out, own)
                if own:
                    _add(out, self._listed_names(c, own, base))
                # names the text lists with it ("Sowohl X als auch Y", "X, Y und Z")
                for start, end in self.coordination.coordinated(c, base):
                    ref = self.refs.span_ref(start, end)
                    if ref is not None:
                        _add(out, [ref])
        return out

    def _listed_names(self, head: Token, own: list[EntityRef], base: int) -> list[EntityRef]:
        """Session 23: "die Verhandlungspartner USA, Russland und China": a common noun whose
        phrase names one party by the name hung on it (the phrase's reference is that name's)
        stands for every name coordinated with that name."""
        if head.pos_ != "NOUN":
            return []
        out: list[EntityRef] = []
        for name in head.children:
            if name.dep_ not in ("appos", "nmod", "flat") or name.i < head.i:
                continue
            if self.prep_of(name) is not None or name.i > head.i + 3:
                continue
            if [r.id for r in self.refs.refs_for_head(name, base)] != [r.id for r in own]:
                continue
            for m in conjuncts(name)[1:]:
                if m.pos_ in ("PROPN", "NOUN"):
                    _add(
                        out,
                        [
                            r
                            for r in self.refs.refs_for_head(m, base)
                            if r.id not in {x.id for x in own}
                        ],
                    )
        return out

    def _calls(self, verb: Token) -> bool:
        """A verb of calling on people to do something ("aufrufen", "ruft … auf"): its lemma
        or form begins with one of ``call_verbs``, or with ``call_particle_verbs`` and has
        the particle "auf"."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        words = (verb.lemma_.lower(), verb.text.lower())
        if any(w.startswith(tuple(self.lex.words("call_verbs"))) for w in words):
            return True
        return any(
            w.startswith(tuple(self.lex.words("call_particle_verbs"))) for w in words
        ) and any(c.dep_ == "compound:prt" and c.text.lower() == "auf" for c in verb.children)

    def is_light_verb(self, tok: Token) -> bool:
        low, lemma = tok.text.lower(), tok.lemma_.lower()
        if not (lemma in self.light_verbs or any(low.startswith(s) for s in self.light_stems)):
            return False
        # a particle that makes it a trigger of its own is no light use: "wies die Kritik
        # zurück" is a rejection (zurückweisen), "wies ihm die Schuld zu" carries the blame
        if tok.doc.has_annotation("DEP"):
            for c in tok.children:
                if c.dep_ != "compound:prt" or c.i < tok.i:
                    continue
                own = [
                    e
                    for e in self.lex.particles.get(c.text.lower(), [])
                    if e.lemma.lower() not in self.light_verbs and verb_form_matches(low, e)
                ]
                if own:
                    return False
        return True

    def _object_only(self, verb: Token) -> bool:
        words = self.lex.words("object_light_verbs")
        return verb.lemma_.lower() in words or verb.text.lower() in words

    def _named_person(self, ref: EntityRef) -> bool:
        ent = self.refs.article.entity(ref.id)
        return ent is not None and ent.type == "PER"

    def _comitative(self, phrase: Token) -> bool:
        """A phrase with "gemeinsam mit", "zusammen mit" (``comitative_words`` right before its
        preposition): who acts together with the subject, not the counterpart."""
        case = next((c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i), None)
        if case is None or case.i == 0:
            return False
        return phrase.doc[case.i - 1].text.lower() in self.lex.words("comitative_words")

    def _place(self, args: Arguments, prep: str, refs: list[EntityRef]) -> bool:
        if prep in self.location_preps and refs and all(self.refs.is_location(r) for r in refs):
            if args.location is None:
                args.location = refs[0]
            return True
        return False

    def _locative_place(
        self, args: Arguments, phrase: Token, prep: str, refs: list[EntityRef]
    ) -> bool:
        """Session 32: places in the dative after a two-way preposition are where it happened,
        whatever role the preposition has in the accusative ("auf der Insel Kos beworfen";
        "Angriffe auf Kos" stay the target). See :mod:`newsgraph.events.place_phrases`."""
        if (
            self.lex.language != "de"
            or prep not in LOCATIVE_TWO_WAY
            or not refs
            or not all(self.refs.is_location(r) for r in refs)
            or not locative_dative(phrase)
        ):
            return False
        args.preps.append(prep)
        if args.location is None:
            args.location = refs[0]
        return True

    def _prep_role(
        self, args: Arguments, roles: dict[str, str], prep: str, refs: list[EntityRef]
    ) -> None:
        args.preps.append(prep)
        role = roles.get(prep)
        if role == "target":
            _add(args.targets, refs)
        elif role == "actor":
            _add(args.actors, refs)
        elif role == "location":
            if refs and args.location is None:
                args.location = refs[0]
        else:
            self._place(args, prep, refs)

    # -- entry point ---------------------------------------------------------------------
    def read(self, match: TriggerMatch, sent: Span, base: int) -> Arguments:
        parsed = sent.doc.has_annotation("DEP")
        if match.entry.pos == "NOUN":
            args = self.noun_args(match, sent, base) if parsed else Arguments()
            if not parsed:
                self.shallow(match, sent, base, args, noun=True)
        else:
            args = self.verb_args(match, sent, base) if parsed else Arguments()
            parsed_subject = parsed and self._has_subject(match.token)
            if (
                not args.actors
                and not parsed_subject
                and not args.passive
                and not (parsed and self._noun_phrase_attribute(match.token))
            ):
                # (a passive without agent has no actor: "X wurde durchsucht")
                self.shallow(match, sent, base, args, noun=False)
            elif parsed:
                self.complement(match, sent, base, args)
            if parsed and self.lex.language == "de":
                self._unmarked_svo(match, sent, base, args)
        args.targets = [t for t in args.targets if all(t.id != a.id for a in args.actors)]
        return args

    @staticmethod
    def _noun_phrase_attribute(tok: Token) -> bool:
        """Session 35: a verb form standing as an attribute inside a noun phrase that opens
        before it ("um zwei seit November entführte Botschaftsmitarbeiter"): the phrase's
        article or preposition comes before the verb, so the clause around it is not the
        verb's; its names (the speaker of the sentence, the subject of the main clause) are no
        doers of it."""
        head = tok.head
        return (
            tok.dep_ == "amod"
            and head.pos_ in ("NOUN", "PROPN")
            and tok.i < head.i <= tok.i + 2
            and not any(c.dep_ == "nsubj" for c in tok.children)
            # (not the tagger's attributive form alone: "…, bedankte Muster sich" is tagged so)
            and any(c.dep_ in ("det", "case") and c.i < tok.i for c in head.children)
            # (a possessive names the doer: "seine mehrfach angedrohte Verfassungsklage")
            and not any(c.dep_ == "det:poss" for c in head.children)
        )

    # -- session 20: the unmarked subject-verb-object order --------------------------------
    def _front_names(self, match: TriggerMatch, sent: Span, base: int) -> list[EntityRef] | None:
        """The names of a noun phrase that opens a main clause right before its finite verb,
        the verb second: "Frankreich kritisierte …", "Frankreich und Deutschland kritisierten
        …", "Kanzlerin X kritisierte …". Every word of the phrase is part of a name, a
        coordinator between names, or an article that may be nominative, an adjective or a
        noun before a name; the phrase ends in a name. The last name of each coordinated part
        (its head: "Kanzlerin X") counts. None where the clause does not open so."""
        tok = match.token
        doc = sent.doc
        start = sent.start
        if start > 0 and doc[start - 1].text not in (".", "!", "?", ":", ";"):
            return None  # (a sentence the parser cut: where it begins is unknown)
        while start < tok.i and (
            doc[start].is_punct or doc[start].text.lower() in self.lex.words("clause_openers")
        ):
            start += 1  # opening quotes, a dash, "Doch"
        if start >= tok.i or tok.i - start > 12:
            return None
        if tok.i - start == 1 and doc[start].text.lower() in NOMINATIVE_PRONOUNS:
            # "Er unterstützt die Vorsitzende X" with "Er" unlabelled and X as subject: a
            # pronoun marked nominative before the verb is the subject (whom it stands for)
            return self.refs.refs_for_head(doc[start], base)
        end = tok.i
        if doc[end - 1].text == ",":
            # session 26: an apposition or a relative clause set off by commas between the
            # phrase and its verb ("Lorenz X, Vorsitzender des Dachverbands, begrüßt …",
            # "Emil X, der Bürgermeister, widerspricht …"): the phrase ends before it
            opening = self._inserted_from(doc, start, end - 1)
            if opening is None:
                return None
            end = opening
        lo, hi = base + doc[start].idx, base + doc[end - 1].idx + len(doc[end - 1])
        spans = sorted(
            (m.start, m.end, ent.ref())
            for ent in self.refs.article.entities
            for m in ent.mentions
            if lo <= m.start and m.end <= hi
        )

        def mention(t: Token) -> EntityRef | None:  # (a whole word: not "Grand-Slam-Siegerin")
            at = base + t.idx
            return next((r for s, e, r in spans if s <= at and at + len(t) <= e), None)

        parts: list[EntityRef | None] = [None]  # the last name of each coordinated part
        first = True  # the word opens a coordinated part
        for t in doc[start:end]:
            ref = mention(t)
            low = t.text.lower()
            opens, first = first, False
            if ref is not None:
                parts[-1] = ref
            elif low in ("und", "sowie") or t.text == ",":
                if parts[-1] is None:
                    return None
                parts.append(None)
                first = True
            elif t.tag_ == "ART" and low in ("die", "der", "das") and opens:
                continue  # an article opening the part ("Die USA"; not "Der Chef der SPD")
            elif t.tag_ in ("ADJA", "NN", "NE") and t.pos_ != "PRON" and parts[-1] is None:
                continue  # "Kanzlerin X", "Der französische Präsident X"
            else:
                return None
        if parts[-1] is None or mention(doc[end - 1]) is None:
            return None
        out: list[EntityRef] = []
        _add(out, [r for r in parts if r is not None])
        return out

    @staticmethod
    def _inserted_from(doc: Doc, start: int, close: int) -> int | None:
        """Where an inserted phrase that the comma at ``close`` ends begins (its opening comma),
        or None: the last comma after ``start`` before it; between the two there is no
        sentence punctuation, and what lies between is an apposition (no finite verb:
        "Vorsitzender des Dachverbands") or a relative clause (opened by a relative pronoun,
        maybe after a preposition: "der am Montag … kritisierte"), not a parenthetical of
        speech ("sagte er")."""
        opens = [i for i in range(start + 1, close) if doc[i].text == ","]
        if not opens:
            return None
        i = opens[-1]
        inner = doc[i + 1 : close]
        if not 0 < len(inner) <= 20 or any(t.text in _CLAUSE_STOPS for t in inner):
            return None
        finite = any(t.tag_ in ("VVFIN", "VAFIN", "VMFIN") for t in inner)
        first = inner[1] if len(inner) > 1 and inner[0].tag_ == "APPR" else inner[0]
        relative = first.tag_ == "PRELS" or (
            first.text.lower() in _RELATIVE_OPENERS and first.i == i + 1 and finite
        )
        if finite and not relative:
            return None
        return i

    def _unmarked_svo(self, match: TriggerMatch, sent: Span, base: int, args: Arguments) -> None:
        """Session 20: where the case of the phrases is not marked (names without article, or
        with one that may be nominative) German writers rely on the plain order: the phrase
        before the finite verb of a main clause is its subject, the one after it its object.
        The parser (free word order) misreads such clauses: "Frankreich kritisierte Russland"
        with "Russland" as subject and "Frankreich" as an adverb; "Frankreich und Deutschland
        kritisierten Russland" with the verb tagged an adjective of "Russland". Repaired only
        where the parse is inconsistent: the verb has no subject, or its subject stands after
        it with no article to mark its case, or the verb is tagged as no verb."""
        tok, entry = match.token, match.entry
        if args.passive or args.stative or not tok.text.islower():
            return
        verb = tok.pos_ in ("VERB", "AUX")
        if verb:
            if tok.tag_ != "VVFIN" and "Fin" not in tok.morph.get("VerbForm", []):
                return
            if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children):
                return
        elif not finite_past_as_adjective(tok, sent):
            return
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] if verb else []
        # a subject must stand after the verb as a bare name (no article, no pronoun), or
        # (session 32) as a phrase whose article is the same in the nominative and the
        # accusative ("Huber begrüßte die Idee …", "X urgiert eine Befragung …"): its case
        # is not marked, the plain order makes it the object
        if (
            verb
            and self._has_subject(tok)
            and not (
                subjects
                and all(
                    c.i > tok.i
                    and c.pos_ in ("NOUN", "PROPN")
                    and (
                        (
                            not any(d.dep_ in ("det", "det:poss") for d in c.children)
                            and self.heads_refs([c], base)
                        )
                        or self._unmarked_article(c, entry)
                    )
                    for c in subjects
                )
            )
        ):
            return
        front = self._front_names(match, sent, base)
        pronoun = front is not None and sent.doc[tok.i - 1].text.lower() in NOMINATIVE_PRONOUNS
        if not front and not pronoun:
            return
        assert front is not None
        numbers = tok.morph.get("Number", []) if verb else []
        if numbers == ["Sing"] and len(front) > 1:
            return  # (the verb agrees with one phrase only)
        if numbers == ["Plur"] and len(front) == 1 and tok.text.lower().endswith("en"):
            # a plural verb after one name: the name is plural ("Die USA") or no subject
            # ("Russland drohen Sanktionen")
            head = sent.doc[tok.i - 1]
            if "Plur" not in head.morph.get("Number", []):
                return
        _, cend = clause_of(tok, sent)
        after = [t.text.lower() for t in sent.doc[tok.i + 1 : min(cend, tok.i + 3)]]
        marked = {"er", "sie", "es", "wir", "ich", "man"} | (
            set() if pronoun else {"der", "ein"} | ({"eine"} if entry.dative else set())
        )
        if set(after) & marked:
            # a subject after the verb that is marked as one ("kritisierte der Chef") or may be
            # one ("Der Spielerin droht eine Sperre": the phrase before the verb a dative)
            return
        ids = {r.id for r in front}
        objs = [r for r in args.targets if r.id not in ids]
        if subjects:
            _add(objs, self.heads_refs(subjects, base))
        elif not objs:
            # the phrase right after the verb (an article may open it) is its object
            bare, _ = self._clause_mentions(sent, base, tok.i + 1, cend)
            if bare and bare[0][0] <= tok.i + 2:
                _add(objs, [r for i, r, _ in bare if i == bare[0][0]])
        if pronoun and not [r for r in objs if r.id not in ids]:
            return  # (a pronoun only where a named phrase was misread as the subject)
        args.actors = list(front)
        if entry.object_role == "target" or entry.dative == "target":
            args.targets = objs
        elif entry.object_role == "person":
            args.targets = [r for r in objs if self._named_person(r)]
        else:
            args.targets = [r for r in args.targets if r.id not in ids]
        if objs:
            args.person_argument = True

    def _fronted_adverb(
        self, verb: Token, subj: list[Token], objs: list[Token], cstart: int
    ) -> tuple[list[Token], list[Token]]:
        """Session 32: an adverb opening the clause that the tagger calls a name and the parser
        the subject ("Zuvor hatte die EU-Kommission Griechenland dazu gedrängt", "Zuvor hatte
        sich das Ministerium … ausgesprochen") is none; the phrase right after the finite
        verb (a reflexive between them), with an article that may be nominative and agreeing
        in number with the finite verb, is the subject."""
        words = self.lex.words("fronted_adverbs")
        if len(subj) != 1 or subj[0].i != cstart or subj[0].text.lower() not in words:
            return subj, objs
        if any(True for _ in subj[0].children):
            return subj, objs
        finite = [
            t
            for t in [verb, *(c for c in verb.children if c.dep_ == "aux")]
            if "Fin" in t.morph.get("VerbForm", []) and t.i == cstart + 1
        ]
        if len(finite) != 1:
            return [], objs
        k = finite[0].i + 1
        while k < len(verb.doc) and verb.doc[k].text.lower() == "sich":
            k += 1
        for o in objs:
            det = [c for c in o.children if c.dep_ == "det" and c.i < o.i]
            if (
                o.left_edge.i == k
                and o.pos_ in ("NOUN", "PROPN")
                and (det[0].text.lower() in ("der", "die", "das") if det else o.pos_ == "PROPN")
                and self._number(o) == str(finite[0].morph.get("Number", [""])[0])
            ):
                return [o], [t for t in objs if t is not o]
        return [], objs

    @staticmethod
    def _unmarked_article(head: Token, entry: TriggerEntry) -> bool:
        """Session 32: a phrase opened by an article that reads the same as nominative and
        accusative ("die", "das"; "eine" for a verb with no dative, where "eine" after the
        verb may be the subject of a dative phrase before it: "Der Spielerin droht eine
        Sperre"), with no other determiner."""
        dets = [c for c in head.children if c.dep_ in ("det", "det:poss") and c.i < head.i]
        unmarked = {"die", "das"} | (set() if entry.dative else {"eine"})
        return len(dets) == 1 and dets[0].text.lower() in unmarked

    def _participle(self, match: TriggerMatch) -> bool:
        tok = match.token
        if tok.tag_ == "VVPP":
            return True
        low = tok.text.lower()
        if self.lex.language == "en":
            return self._english_passive(tok)
        particle = (match.entry.particle or "").lower()
        if particle and low.startswith(particle):
            low = low[len(particle) :]
        if low.startswith("ge"):
            return low.endswith(("t", "en"))
        # participles without ge-: inseparable prefixes ("ermordet", "verhaftet") and -ieren
        # verbs ("deportiert"); only read so next to a passive auxiliary. Session 30: the
        # shared shape test, with "unter-, über-, hinter-, wider-" ("wird von Deutschland
        # unterstützt", which the tagger calls finite)
        return low.endswith("t") and participle_shape(low)

    @staticmethod
    def _present_before_phrase(tok: Token) -> bool:
        """Session 34 (helper "evprec"): a participle without "ge-" has the shape of the
        present ("kritisiert", "ermittelt"); followed right away by a noun phrase of its own
        it is the finite verb of a main clause ("Seit Jahren kritisiert Microsoft die
        Manipulation …"), not a headline's passive, whose participle ends its clause."""
        if tok.text.lower().startswith("ge") or not tok.text.lower().endswith("t"):
            return False
        nxt = tok.i + 1
        return any(
            c.dep_ in ("obj", "nsubj", "iobj")
            and c.pos_ in ("NOUN", "PROPN")
            and c.left_edge.i == nxt
            for c in tok.children
        )

    def _english_passive(self, tok: Token) -> bool:
        """Session 9: an English participle (-ed or a listed irregular form) right after a
        passive auxiliary, only adverbs between ("was stabbed", "has been arrested", "were
        reportedly detained"; not "has arrested", "was arresting")."""
        low = tok.text.lower()
        if not (low.endswith("ed") or low in self.lex.words("participles")):
            return False
        doc = tok.doc
        nxt = doc[tok.i + 1].text.lower() if tok.i + 1 < len(doc) else ""
        if nxt in self.lex.words("reduced_passive_preps") and self._undergoing_type(tok):
            return True  # a headline's or reduced passive: "100 protesters killed in Iran"
        for j in range(tok.i - 1, max(tok.i - 4, -1), -1):
            word = doc[j].text.lower()
            if word in self.passive_aux:
                return True
            if word not in self.lex.words("passive_adverbs") and not word.endswith("ly"):
                return False
        return False

    def _undergoing_type(self, tok: Token) -> bool:
        """Whether a trigger verb is of a type whose object undergoes violence or force."""
        types = self.lex.words("reduced_passive_types")
        low = tok.text.lower()
        return any(
            e.type.lower() in types
            for e in self.lex.verbs
            if any(low.startswith(s) for s in e.stems)
        )

    def _strong_participle(self, match: TriggerMatch) -> bool:
        """A participle of a strong verb with an inseparable prefix, spelt like its infinitive
        ("empfangen", "verboten", "beschossen"; session 30: "überfallen")."""
        low = match.token.text.lower()
        particle = (match.entry.particle or "").lower()
        if particle and low.startswith(particle):
            low = low[len(particle) :]
        return low.startswith(PARTICIPLE_PREFIXES) and low.endswith("en")

    @staticmethod
    def _article_case(head: Token) -> str | None:
        """The case an article before the head shows unambiguously ("dem", "der" with a
        feminine singular dative, "den" accusative singular), else None."""
        det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
        if det is None:
            return None
        cases = det.morph.get("Case", [])
        return str(cases[0]) if len(cases) == 1 and cases[0] in ("Dat", "Acc") else None

    def _stative_passive(self, match: TriggerMatch, sent: Span) -> bool:
        """A participle with a form of "sein" as its auxiliary (or, the parser having hung it
        elsewhere, in its clause with no form of "haben" or "werden"), of a verb not listed in
        ``sein_perfect_verbs`` (whose perfect takes "sein": "ist zurückgetreten")."""
        if match.entry.lemma.lower() in self.lex.words("sein_perfect_verbs"):
            return False
        tok = match.token
        sein = {"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist"}
        other = HABEN | {"worden", "geworden", "wird", "werden", "wurde", "wurden", "würde"}
        if any(c.text.lower() in other for c in tok.children):
            return False
        if any(c.dep_ in ("aux", "cop") and c.text.lower() in sein for c in tok.children):
            return True
        cstart, cend = clause_of(tok, sent)
        clause = [t.text.lower() for t in sent.doc[cstart:cend]]
        return bool(set(clause) & sein) and not set(clause) & other

    def _examples(self, head: Token, base: int) -> list[EntityRef]:
        """Session 30: the names a common noun gives as examples ("IT-Konzernen wie Apple,
        Google und Microsoft")."""
        if head.pos_ != "NOUN":
            return []
        out: list[EntityRef] = []
        for c in head.children:
            if c.dep_ == "nmod" and c.i > head.i and self.prep_of(c) == "wie":
                for m in conjuncts(c):
                    if m.pos_ in ("PROPN", "NOUN"):
                        _add(out, self.refs.refs_for_head(m, base))
        return out

    def _stray_agent(self, verb: Token, args: list[Token]) -> Token | None:
        """Session 30: a "von" / "durch" phrase that ends right before a passive participle
        (only adverbs between) but hangs on a noun of another phrase or on another verb ("erhielt
        Preise und wurde von X und Y ausgezeichnet"): its agent. Not one on the verb's own
        subject or objects ("wurde das Auto von X beschlagnahmt": whose it is)."""
        own = {t.i for a in args for t in a.subtree}
        k = verb.i - 1
        while k >= 0 and verb.doc[k].pos_ == "ADV":
            k -= 1
        if k < 0:
            return None
        t = verb.doc[k]
        while t.i != verb.i and t.head.i != t.i and t.right_edge.i == k:
            if (
                t.dep_ in ("nmod", "obl")
                and t.pos_ in ("NOUN", "PROPN")
                and self.prep_of(t) in ("von", "durch")
            ):
                return None if t.i in own or t.head.i == verb.i else t
            t = t.head
        return None

    def _conjunct_passive(self, tok: Token) -> tuple[list[Token], list[Token]]:
        """The subject and the "von" / "durch" agents of the passive participle a participle is
        coordinated with ("umworben und auch unterstützt wird"), when it has none of its own."""
        head = tok.head
        if tok.dep_ != "conj" or head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
            return [], []
        if any(c.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:agent") for c in tok.children):
            return [], []
        agents = [
            c
            for c in head.children
            if c.dep_ == "obl:agent"
            or (c.dep_ in ("obl", "dep") and self.prep_of(c) in ("von", "durch"))
        ]
        if not agents:
            return [], []
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")], agents

    def _joins_agent(self, t: Token, agents: list[Token], base: int) -> bool:
        """Session 30: a phrase the parser hung on a passive verb that continues its agent:
        a conjunct right after it ("von der SPÖ und der ÖVP"), a short form in brackets
        ("(MSF)"), or an organisation's name right after a common noun with no article of its
        own ("von der Hilfsorganisation Ärzte ohne Grenzen", "vom Betreiber Kinder in Wien")."""
        first = np_tokens(t)[0].i
        doc = t.doc
        for a in agents:
            end = np_tokens(a)[-1].i
            if end >= first:
                continue
            gap = [x.text.lower() for x in doc[end + 1 : first]]
            if not gap and a.pos_ == "NOUN" and t.text[:1].isupper():
                # a name right after a common noun, with no article of its own (a person's
                # name is the parser's to join: "vom Kanzler X" is one phrase)
                if any(c.dep_ in ("det", "det:poss") for c in t.children):
                    continue
                refs = self.heads_refs([t], base)
                if not any(self.refs.is_person_or_state(r) for r in refs):
                    return True
            if doc[a.right_edge.i + 1 : first].text == "(":
                return True  # the agent's short form ("(MSF)")
            if (
                len(gap) == 1
                and gap[0] in self.lex.words("agent_conjunctions")
                and any(c.dep_ == "cc" and c.i == end + 1 for c in t.children)
            ):
                return True
        return False

    def _has_subject(self, tok: Token) -> bool:
        heads = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
        # (session 10: a lone possessive or article is no subject, the parse is broken there:
        # "Republikaner werfen ihr vor, …" with "ihr" as subject — the clause is read instead)
        return any(
            c.dep_ == "nsubj" and not (c.tag_ in DETERMINER_TAGS and not any(c.children))
            for h in heads
            for c in h.children
        )

    # -- verbs from the parse --------------------------------------------------------------
    def verb_args(self, match: TriggerMatch, sent: Span, base: int) -> Arguments:
        tok, entry = match.token, match.entry
        args = Arguments()
        roles = self.lex.preps_for(entry)
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children)
        if passive and any(
            c.lemma_.lower() == "haben" or c.text.lower() in HABEN for c in tok.children
        ):
            passive = False  # "hat sich … verständigt" is an active perfect
        if not passive:
            # the parser missed the passive: "Huber wurde inhaftiert"; a strong participle
            # without ge- looks like the infinitive ("empfangen", "verboten"): only with a past
            # form of "werden" ("wird … empfangen" may be a future)
            cstart, cend = clause_of(tok, sent)
            in_clause = {t.text.lower() for t in sent.doc[cstart:cend]}
            # (session 30: and the verb's own auxiliaries, when a list in commas cuts the
            # clause: "wird von Konzernen wie Apple, Google und Microsoft unterstützt")
            in_clause |= {c.text.lower() for c in tok.children if c.dep_.startswith("aux")}
            if self._participle(match):
                # (English: the participle test reads the auxiliary or a reduced passive:
                # "100 protesters killed in Iran")
                passive = bool(in_clause & self.passive_aux) or self.lex.language == "en"
            elif self._strong_participle(match) or "Part" in tok.morph.get("VerbForm", []):
                passive = bool(in_clause & {"wurde", "wurden", "worden"})
        participle = tok.tag_ == "VVPP" or "Part" in tok.morph.get("VerbForm", [])
        if self.lex.language == "en":
            # session 14: English present participles are VerbForm=Part too ("investigating"):
            # only a past participle is read as a passive
            participle = participle and tok.tag_ == "VBN"
        if not passive and participle and self._stative_passive(match, sent):
            # "ist gefordert", "sind verhaftet": a verb whose perfect takes "haben" is with
            # "sein" a passive of state — its subject is the undergoer
            passive = True
            args.stative = True
        if (
            not passive
            and participle
            and not any(_finite(t) for t in sent)
            # session 21: an English past form the tagger took for a participle, with its
            # subject parsed ("The Harbour Party called on Norway to …"), is active
            and not (self.lex.language == "en" and any(c.dep_ == "nsubj" for c in tok.children))
            and not (self.lex.language == "de" and self._present_before_phrase(tok))
        ):
            # a headline without a finite verb: "Zwei Soldaten erschossen und vier
            # Zivilisten verletzt" tells what was done to them
            passive = True
        subj: list[Token] = []
        objs: list[Token] = []
        dats: list[Token] = []
        heads = [tok] + [c for c in tok.children if c.dep_ in ("aux", "aux:pass", "cop")]
        bare: list[Token] = []  # a phrase with no preposition and no case the parse names
        agents: list[Token] = []  # the passive's "von" / "durch" phrases
        adverb_subject = False  # a pronominal adverb the parse took for the subject
        lassen = {"lassen", "ließ", "ließen", "lässt", "lasse", "gelassen"}
        if tok.head.i != tok.i and {tok.head.lemma_.lower(), tok.head.text.lower()} & lassen:
            # "ließ sich nicht bitten": the reflexive of "lassen" is the verb's
            args.reflexive = any(c.text.lower() == "sich" for c in tok.head.children)
        if (
            tok.dep_ == "amod"
            and _finite(tok)
            and "Fin" in tok.morph.get("VerbForm", [])
            and not tok.tag_.startswith("ADJ")  # (tagged an adjective too: an attribute)
            and tok.i < tok.head.i <= tok.i + 3
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.dep_ not in ("nsubj", "nsubj:pass")  # (the subject of another verb)
            and any(c.dep_ == "nsubj" for c in tok.children)
        ):
            # "Emil Kessler kritisierte Tom Brandt" parsed with the verb as an attribute of the
            # name after it: a finite verb with a subject of its own takes that name as object
            objs.append(tok.head)
        for h in heads:
            for c in h.children:
                dep = c.dep_
                if c.text.lower() in ("sich", "uns", "mich", "euch", "myself", "themselves"):
                    args.reflexive = True
                    continue
                if (
                    c.text.lower() in OBJECT_PRONOUNS
                    and dep not in ("obj", "iobj", "nsubj", "nsubj:pass")
                    and not self.prep_of(c)
                ):
                    # "hätten ihn um Erläuterungen gebeten" with "ihn" read as an auxiliary:
                    # an object pronoun is an object whatever the parser calls it
                    if "Dat" in c.morph.get("Case", []) or c.text.lower() == "ihm":
                        if entry.dative:
                            dats.append(c)
                    else:
                        objs.append(c)
                    continue
                if dep == "nsubj":
                    if self.lex.language == "de" and (
                        c.tag_ in PRONOMINAL_ADVERB_TAGS
                        or c.text.lower() in self.lex.words("pronominal_adverbs")
                    ):
                        # session 35: "Davor hat die RTR gewarnt" with "Davor" read as the
                        # subject: a pronominal adverb is never one
                        adverb_subject = True
                        continue
                    if _genitive_of_subject(c, h):
                        continue  # session 35: "Die Präsidentin des Obersten Gerichtshofs"
                    subj.append(c)
                elif dep == "nsubj:pass":
                    objs.append(c)
                elif dep == "obj":
                    (dats if "Dat" in c.morph.get("Case", []) and entry.dative else objs).append(c)
                elif dep == "iobj":
                    dats.append(c)
                elif (
                    dep == "dep"
                    and passive
                    and c.pos_ in ("NOUN", "PROPN")
                    and self.prep_of(c) in ("von", "durch")
                ):
                    # session 30: "sei von Milizen ermordet worden" with the agent unlabelled
                    _add(args.actors, self.heads_refs([c], base))
                    agents.append(c)
                elif dep == "dep" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN"):
                    # a phrase after the verb the parser left unlabelled ("warf der CDU … vor"):
                    # its article's case says which object it is
                    case = self._article_case(c)
                    if case == "Dat" and entry.dative:
                        dats.append(c)
                    elif case == "Acc":
                        objs.append(c)
                    elif case is None:
                        bare.append(c)
                elif dep in ("obl", "obl:arg", "obl:agent", "nmod"):
                    prep = self.prep_of(c)
                    if prep is None:
                        cases = c.morph.get("Case", [])
                        if (
                            dep == "obl:arg"
                            or "Acc" in cases
                            or (dep == "obl" and "Nom" in cases and c.pos_ == "NOUN")
                        ):
                            # an object the parser labelled oblique (nominative and
                            # accusative look alike in the plural: "zwölf Angehörige")
                            objs.append(c)
                        elif "Dat" in cases and entry.dative:
                            dats.append(c)
                        elif c.pos_ in ("NOUN", "PROPN"):
                            bare.append(c)
                        continue
                    refs = self.heads_refs([c], base)
                    if c.text.lower() in self.addressee_nouns:
                        # "appellierte in Richtung X", "an die Adresse von X": X is addressed
                        _add(args.targets, self.heads_refs(self._attributes(c), base))
                    elif self._after_direction(c):
                        if refs and args.location is None:  # "südlich von X angegriffen"
                            args.location = refs[0]
                    elif dep == "obl:agent" or (passive and prep in ("von", "durch", "by")):
                        # (session 30: "von mehreren IT-Konzernen wie Apple, Google und
                        # Microsoft": a common noun's examples)
                        _add(args.actors, refs or self._examples(c, base))
                        agents.append(c)
                    elif self._comitative(c):
                        # "empfing ihn gemeinsam mit seiner Frau": she acts with him
                        args.preps.append(prep)
                        _add(args.actors, refs)
                    elif not self._locative_place(args, c, prep, refs):
                        self._prep_role(args, roles, prep, refs)
        if entry.dative and not passive and not dats and self.lex.language == "de":
            dats.extend(self._bare_dative(tok, bare, objs, base))
        cstart, cend = clause_of(tok, sent)

        def here(toks: list[Token]) -> list[Token]:
            # a phrase whose appositions reach into the clause belongs to it ("Der Australier
            # X, der Kanadier Y und … waren verurteilt worden": the commas are the phrase's)
            def reaches(t: Token) -> bool:
                span = np_tokens(t)
                if span[0].i >= cend:
                    return False
                if span[-1].i >= cstart:
                    return True
                # "Der frühere Repräsentant, X, begrüßte …": a phrase with an apposition in
                # commas that ends right before the clause
                inner = any(sent.doc[k].text == "," for k in range(span[0].i, span[-1].i))
                if inner and span[-1].i == cstart - 2 and sent.doc[cstart - 1].text == ",":
                    return True
                if self._list_reaches(t, span, cstart, cend):
                    return True
                # session 13: the same with the name in commas parsed as a conjunct ("Sein
                # Vertreter, Kanzleramtsminister X, gibt …"): a conjunct right after a comma
                # with no coordinator, ending right before the clause's comma
                return any(
                    c.dep_ == "conj"
                    and c.i > t.i
                    and np_tokens(c)[-1].i == cstart - 2
                    and sent.doc[cstart - 1].text == ","
                    and sent.doc[np_tokens(c)[0].i - 1].text == ","
                    and not any(g.dep_ == "cc" for g in c.children)
                    for c in t.children
                )

            lo = base + sent.doc[cstart].idx
            hi = base + sent.doc[cend - 1].idx + len(sent.doc[cend - 1])

            def listed(t: Token) -> bool:
                # the end of a list of names that begins in the clause ("kritisierte X, Y und
                # die Regierungschefs" with only the last phrase hung on the verb)
                return any(lo <= a < hi for a, _ in self.coordination.coordinated(t, base))

            return [t for t in toks if cstart <= t.i < cend or reaches(t) or listed(t)]

        if entry.dative and self.lex.language == "de":
            # "wirft Huber dem Prediger X vor" with "dem … X" hung on the subject: a phrase
            # with a dative article after the subject is the verb's dative object
            for sj in subj:
                for c in sj.children:
                    det = next((d for d in c.children if d.dep_ == "det" and d.i < c.i), None)
                    if (
                        c.dep_ == "nmod"
                        and c.i > sj.i
                        and self.prep_of(c) is None
                        and det is not None
                        and "Dat" in det.morph.get("Case", [])
                        and c not in dats
                    ):
                        dats.append(c)
        glued: list[Token] = []
        if self.lex.language == "de" and not passive:
            glued = self._glued_objects(tok, subj, base)
            for c in glued:
                if c not in objs + dats:
                    (dats if entry.dative else objs).append(c)
        subj, objs, dats = here(subj), here(objs), here(dats)
        if self.lex.language == "en":
            subj, objs = self._english_antecedents(tok, subj), self._english_antecedents(tok, objs)
        if subj and any(c.dep_ == "mark" and c.text.lower() == "zu" for c in tok.children):
            # a zu-infinitive has no subject of its own ("bereit, der Armee zu helfen"): a
            # phrase the parser calls its subject is an object
            for t in subj:
                (dats if "Dat" in t.morph.get("Case", []) and entry.dative else objs).append(t)
            subj = []
        if self.lex.language == "de" and not passive:
            subj, objs = self._fronted_adverb(tok, subj, objs, cstart)
        if self.lex.language == "de" and not passive:
            # session 34: "Sie bezichtigt die AKP, …" with "Sie" hung as an adverb and the
            # phrase after the verb read as the subject: the pronoun opening the clause
            # before the finite verb is the subject (the unmarked order), the phrase after
            # the verb an object
            fronted = fronted_pronoun_subject(tok)
            meant = fronted_pronoun_refs(self.refs, fronted, base) if fronted else []
            if fronted is not None and meant and all(t.left_edge.i > fronted.i for t in subj):
                objs = [t for t in objs if t is not fronted] + [
                    t for t in subj if t.pos_ in ("NOUN", "PROPN")
                ]
                dats = [t for t in dats if t is not fronted]
                subj = [fronted]  # (no other phrase is taken for the subject)
                _add(args.actors, meant)
        if self.lex.language == "de":
            subj, objs, dats = self._check_subject(tok, subj, objs, dats, passive)
            if not subj and not passive and args.reflexive and entry.requires.get("reflexive"):
                subj, objs = self._reflexive_subject(tok, objs)
            if not subj and not passive and adverb_subject:
                subj, objs = self._adverb_read_as_subject(objs)
            if not subj and not passive and len(objs) > 1:
                subj, objs = self._first_after_verb(tok, objs, cstart)
        if len(subj) > 1:  # one subject per verb: a second "subject" is a misread object
            # (a noun phrase first: "östlich" is no subject)
            # (a phrase naming someone before one naming nobody: "Vergangene Woche hatte die
            # Polizei …" — the time phrase is no subject)
            subj.sort(
                key=lambda t: (
                    t.pos_ in ("ADJ", "ADV", "VERB", "ADP") and t.is_lower,
                    not self.heads_refs([t], base),
                )
            )
            coordinated = {c.i for h in subj for c in h.children if c.dep_ == "conj"}
            extra = [t for t in subj[1:] if t.i not in coordinated]
            subj = [t for t in subj if t not in extra]
            for t in extra:
                if t.pos_ in ("ADJ", "ADV", "VERB", "ADP") and t.is_lower:
                    continue  # no noun phrase at all
                (dats if "Dat" in t.morph.get("Case", []) else objs).append(t)
        if not passive and self._passive_conjunct(tok):
            # session 14: "was convicted and sentenced": a participle coordinated with a
            # passive one shares its auxiliary and its subject, the target
            passive = True
            objs = objs + [c for c in tok.head.children if c.dep_ in ("nsubj:pass", "nsubj")]
        if passive and not agents and not objs and not subj and self.lex.language == "de":
            # session 30: "die von X umworben und auch unterstützt wird": a participle
            # coordinated with a passive one shares its subject and its agent
            objs, agents = self._conjunct_passive(tok)
            for a in agents:
                _add(args.actors, self.heads_refs([a], base) or self._examples(a, base))
        if passive and not agents and self.lex.language == "de":
            # session 30: "sind … im Norden des Westjordanlandes von der Armee erschossen
            # worden": an agent the parser hung on a noun before the verb
            hung = self._stray_agent(tok, objs + subj + dats)
            if hung is not None:
                _add(args.actors, self.heads_refs([hung], base) or self._examples(hung, base))
                agents.append(hung)
        if passive and agents and self.lex.language == "de":
            # session 30: the rest of the agent's phrase that the parser hung on the verb
            # ("von der SPÖ und der ÖVP", "von der Hilfsorganisation Ärzte ohne Grenzen (MSF)")
            joined: list[Token] = []
            for t in sorted(objs + subj, key=lambda x: x.i):
                if self._joins_agent(t, agents + joined, base):
                    joined.append(t)
            if joined:
                _add(args.actors, self.heads_refs(joined, base))
                objs = [t for t in objs if t not in joined]
                subj = [t for t in subj if t not in joined]
        if passive:  # the grammatical subject of a passive is the target
            objs, subj = objs + subj, []
            args.passive = bool(objs)
        elif self.lex.language == "de":
            # session 33: "Die Regierung ließ die Proteste niederschlagen": the subject of
            # causative "lassen" does it, the accusative undergoes it
            caused = causer_parties(tok)
            if caused is not None:
                subj = caused[0]
                objs = objs + [t for t in caused[1] if t not in objs]
        if not subj and not passive:
            subj = self._inherited_subject(tok)
        if not subj and not passive:
            # session 6: "ÖVP, FPÖ, Grüne und zwei Listen hatten sich … geeinigt" parsed with
            # the list as the sentence's root: a named noun phrase that opens the clause
            # before the verb, left as root, is the subject
            doc = sent.doc
            lo = sent.start
            if lo > 0 and doc[lo - 1].text not in (".", "!", "?", ":", ";"):
                lo = doc[lo - 1].sent.start  # the parser cut the sentence before its verb
            # (a parse may have two roots)
            roots = [t for t in doc[lo : tok.i] if t.head.i == t.i]
            root = roots[0] if roots else tok
            if (
                root.i != tok.i
                and root.pos_ in ("NOUN", "PROPN")
                and root.i < tok.i
                and (
                    # a list whose last members stand in the clause, or the piece the parser
                    # cut off (a lone root of the verb's own sentence may be a misread verb:
                    # the clause reading is left to find that one)
                    any(c.dep_ == "conj" and cstart <= c.i < tok.i for c in root.children)
                    or root.i < sent.start
                )
                and not self._non_nominative(root)
                and self.heads_refs([root], base)
            ):
                subj = [root]
        if not passive and not self.heads_refs(subj, base):
            # the subject names nobody ("acht Kampfjets") while a subject the parser hung on a
            # word that is no verb names someone ("hatten die USA acht Kampfjets geliefert"):
            # that one is the subject
            stray = [
                t
                for t in sent.doc[cstart:cend]
                if t.dep_ == "nsubj"
                and t not in subj
                and t.head.pos_ not in ("VERB", "AUX")
                and not self._non_nominative(t)
                and self.heads_refs([t], base)
            ]
            if stray:
                objs = objs + [t for t in subj if t.pos_ in ("NOUN", "PROPN")]
                subj = stray[:1]
        elif not passive and not objs and not dats and self.lex.language == "de":
            # session 7: "Er griff auch Konzernchef Maier scharf an" with the object read as
            # the subject of "scharf": a verb with a subject and no object takes a phrase
            # after it that the parser made the subject of a word that is no verb
            stray = [
                t
                for t in sent.doc[tok.i + 1 : cend]
                if t.dep_ == "nsubj"
                and t.head.pos_ not in ("VERB", "AUX")
                and t.head.i != t.i
                and t.pos_ in ("NOUN", "PROPN")
                and self.heads_refs([t], base)
            ]
            if stray and any(f.i < stray[0].i for f in [tok] if _finite(f)):
                (dats if entry.dative else objs).append(stray[0])
        if not passive and self.lex.language == "de" and not self.heads_refs(subj, base):
            # session 7: "Brandt, der als Nachfolger gehandelt wurde, wies Spekulationen zurück"
            # with "Spekulationen" read as subject: a clause that opens with its finite verb
            # right after a relative clause continues the phrase before that clause
            outer = self._before_relative(sent, cstart) if cstart == tok.i else None
            if outer is not None:
                prev_bare, _ = self._clause_mentions(sent, base, *outer)
                first_nom = [r for _, r, case in prev_bare if case in ("Nom", "")]
                if first_nom:
                    objs = objs + [t for t in subj if t.i > tok.i and t.pos_ == "NOUN"]
                    subj = []
                    _add(args.actors, first_nom[:1])
        if not passive and self.lex.language == "de" and not self.heads_refs(subj, base):
            # session 33 (evment): "Zudem fordert sie Reglementierungen" with "sie" hung on
            # the noun: the pronoun right after the finite verb is the subject
            pronoun = misparsed_pronoun_subject(tok)
            meant = pronoun_subject_refs(self.refs, pronoun, tok, base) if pronoun else []
            if meant:
                objs = objs + [t for t in subj if t.pos_ == "NOUN" and t.i > tok.i]
                subj = []
                _add(args.actors, meant)
            hung = aux_hung_subject(tok) if not meant else None
            if hung is not None and self.heads_refs([hung], base):
                # "hatte die Regierung … 600.000 Euro … zugesagt" with "Regierung" hung on
                # the auxiliary as its object: the subject
                objs = objs + [t for t in subj if t.pos_ == "NOUN" and t.i > hung.i]
                subj = [hung]
        glued_ids = {r.id for r in self.heads_refs(glued, base)} if glued else set()
        own_ids = {r.id for t in subj for r in self.refs.refs_for_head(t, base)}
        _add(
            args.actors,
            [r for r in self._phrase_refs(subj, base) if r.id not in glued_ids - own_ids],
        )
        if self.lex.language == "en" and subj and not passive and not args.actors:
            _add(args.actors, self._english_subject_owner(subj, base))
        args.unnamed_subject = bool(subj) and not passive and not args.actors
        obj_refs = self._phrase_refs(objs, base)
        if entry.type.lower() in self.lex.words("owner_object_types"):
            # "bombardierten PKK-Stellungen", "beschossen Stellungen der YPG": whose
            # positions, offices, camps are hit (the group before the hyphen or in the genitive)
            for o in objs:
                if not self.heads_refs([o], base):
                    whose = self.refs.hyphen_name(o)
                    if not whose:
                        whose = self.heads_refs(
                            [
                                c
                                for c in o.children
                                if c.dep_ == "nmod" and c.i > o.i and self.prep_of(c) is None
                            ],
                            base,
                        )
                    _add(obj_refs, whose)
        dat_refs = self.heads_refs(dats, base)
        args.has_object = any(c.dep_ == "obj" and c.pos_ != "PRON" for c in tok.children)
        # (someone the event is done to or with: "traf X", "mit X", "kämpften gegen X")
        args.person_argument = (
            bool(obj_refs or dat_refs or args.targets)
            or "mit" in args.preps
            or "with" in args.preps
        )
        if entry.object_role == "target":
            _add(args.targets, obj_refs)
        else:
            if entry.object_role == "person":
                # "bezeichnete X als Hochstapler", "nannte ihn einen Lügner": a person called
                # names is the target (a thing called so is not: its owner may be)
                _add(args.targets, [r for r in obj_refs if self._named_person(r)])
            # "fordern Hubers Rücktritt", "wies die Vorwürfe der Opposition zurück": the owner
            # of what is demanded or rejected is the target
            for o in objs:
                owners = [
                    c
                    for c in o.children
                    if c.dep_ in ("nmod", "nmod:poss") and self.prep_of(c) is None
                ]
                # "fordern Hubers Rücktritt" read as two objects: a name right before the
                # other object is its owner
                owners += [
                    p
                    for p in objs
                    if p.i == o.i - 1 and p.text[:1].isupper() and p.text.endswith("s")
                ]
                persons = [
                    r for r in self.heads_refs(owners, base) if self.refs.is_person_or_state(r)
                ]
                if entry.type.lower() in self.lex.words("owner_adjective_types"):
                    # "lehnten russische Vorschläge ab": whose proposal is rejected
                    persons += self.refs.demonym(
                        [c for c in o.children if c.dep_ == "amod" and c.i < o.i]
                    )
                _add(args.targets, [r for r in persons if all(r.id != a.id for a in args.actors)])
        if entry.dative == "target" or entry.object_role == "target":
            _add(args.targets, dat_refs)
        if not args.targets and entry.type.lower() in self.lex.words("owner_target_types"):
            self._object_owner(objs, base, args)
        if not args.targets and entry.type.lower() in self.lex.words("owner_possessive_types"):
            self._possessive_owner(tok, base, args, roles)
        if entry.type == "CONSULT":  # a visit to a place: the place is where it happened
            for r in obj_refs:
                if self.refs.is_location(r) and args.location is None:
                    args.location = r
            if self.lex.language == "en" and args.location is not None:
                # session 14: a place visited is no party ("visiting Nevada and Iowa"); a state
                # or its capital becomes the target through the host rule of extract.py
                args.targets = [t for t in args.targets if not self.refs.is_location(t)]
        if not args.targets and entry.type.lower() in self.lex.words("clause_subject_types"):
            # "fordern, dass Griechenland mehr Reformen umsetzt": who is to act is the target
            for c in tok.children:
                if c.dep_ not in ("ccomp", "advcl") or c.i < tok.i:
                    continue
                if not any(
                    m.dep_ == "mark" and m.text.lower() in self.lex.words("that_words")
                    for m in c.children
                ):
                    continue
                subj = [t for t in c.children if t.dep_ in ("nsubj", "nsubj:pass")]
                refs = [r for r in self.heads_refs(subj, base) if self.refs.is_person_or_state(r)]
                _add(args.targets, [r for r in refs if all(r.id != a.id for a in args.actors)])
        if (
            not args.targets
            and args.actors
            and (entry.mode or "") in self.lex.words("complaint_modes")
        ):
            self._complained_about(tok, base, args)
        return args

    def _bare_dative(
        self, verb: Token, bare: list[Token], objs: list[Token], base: int
    ) -> list[Token]:
        """Session 11: the dative of a verb that takes one, named with no article ("hat
        Deutschland Demokratie-Defizite vorgeworfen", "verweigerten FPÖ-Chef X ihre
        Zustimmung"): the parser leaves such a phrase unlabelled or oblique, with no case. When
        the verb's accusative object is found, a bare phrase with no article or preposition that
        names a person, a state or an organisation is its dative."""
        if len(bare) != 1:
            return []
        phrase = bare[0]
        finite = [t for t in [verb, *verb.children] if t.dep_.startswith("aux") or t is verb]
        if all(phrase.i < t.i for t in finite if _finite(t)):
            return []  # before the finite verb it may be the subject ("Berlin warf X vor")
        if any(c.dep_ in ("det", "case", "det:poss") for c in phrase.children):
            return []
        # the accusative glued onto the name ("Deutschland Demokratie-Defizite" as one phrase)
        glued = [
            c for c in phrase.children if c.dep_ == "flat" and c.pos_ == "NOUN" and c.i > phrase.i
        ]
        if glued and not objs:
            own = self.coordination._mention_at(base + phrase.idx)
            ref = self.refs.span_ref(*own) if own is not None else None
            if ref is None or own is None or own[1] > base + glued[0].idx:
                return []
            return [phrase]
        # (the dative stands before the accusative: "gratulierte X über den Dienst Y" is none)
        if not objs or phrase.i > min(o.i for o in objs) or phrase in objs:
            return []
        return [phrase] if self.heads_refs([phrase], base) else []

    def _object_owner(self, objs: list[Token], base: int, args: Arguments) -> None:
        """Session 9: 'kritisierte den Vorschlag von X', 'dementierte die Berichte der FPÖ',
        'lobte die Hilfsbereitschaft der Caritas': an object that names nobody of its own is
        judged for its owner — the genitive or "von" attribute right after it, a person too."""
        actors = {a.id for a in args.actors}
        for o in objs:
            if o.pos_ != "NOUN":
                continue
            owners = [
                c
                for c in o.children
                if c.dep_ in ("nmod", "nmod:poss")
                and o.i < c.i <= o.i + 4  # right after it ("des neuen Ministers X")
                and self.prep_of(c) in (None, "von")
                and not self._after_direction(c)
            ]
            if not owners:
                continue
            refs = [
                r
                for r in self.heads_refs(owners, base)
                if self.refs.can_take_part(r) and not r.id.startswith("nominal:")
            ]  # ("die Entsendung von Truppen": no party named)
            own = self.refs.refs_for_head(o, base)
            if any(all(r.id != x.id for x in refs) for r in own):
                continue  # the object names somebody itself ("die Rebellen der FSA")
            _add(args.targets, [r for r in refs if r.id not in actors])

    def _complained_about(self, tok: Token, base: int, args: Arguments) -> None:
        """'beklagte, dass die Regierung nicht antworte', 'Bis heute hat die Regierung nicht
        geantwortet, beklagte sich X': who acts in the clause complained about is the target
        (an active subject only: 'kritisierte, dass Y verhaftet wurde' does not blame Y)."""
        for c in tok.children:
            if c.dep_ not in ("ccomp", "advcl", "parataxis"):
                continue
            if c.i > tok.i and not any(
                m.dep_ == "mark" and m.text.lower() in self.lex.words("that_words")
                for m in c.children
            ):
                continue
            if c.i < tok.i and tok.doc[tok.i - 1].text != ",":
                continue  # a clause before its cue: "…, beklagte X"
            subj = [t for t in c.children if t.dep_ == "nsubj"] or [
                # (the subject read as a nominative object: "hat die Regierung geantwortet")
                t
                for t in c.children
                if t.dep_ == "obj"
                and "Nom" in t.morph.get("Case", [])
                and t.pos_ == "NOUN"
                and not self._non_nominative(t)
            ][:1]
            refs = [r for r in self.heads_refs(subj, base) if self.refs.can_take_part(r)]
            _add(args.targets, [r for r in refs if all(r.id != a.id for a in args.actors)])

    def _possessive_owner(
        self, tok: Token, base: int, args: Arguments, roles: dict[str, str]
    ) -> None:
        """'distanzierte sich von seinen Aussagen', 'kritisierte seine Äußerungen': whose
        words they are (the possessive, read as 'er'/'sie') is the target."""
        statements = self.lex.words("statement_nouns")
        for c in tok.children:
            if c.text.lower() not in statements and not any(
                c.text.lower().endswith(w) for w in statements if len(w) >= 6
            ):
                continue
            prep = self.prep_of(c)
            if c.dep_ not in ("obj", "obl", "nsubj:pass") or (
                prep is not None and roles.get(prep) != "target"
            ):
                continue
            for d in c.children:
                low = d.text.lower()
                if d.dep_ != "det:poss" or not low.startswith(("sein", "ihr")):
                    continue
                pron = "er" if low.startswith("sein") else "sie"
                if pron == "sie" and "Plur" in d.morph.get("Number[psor]", []):
                    continue  # "ihre Aussagen" of several: not resolved
                # the person last named who is not the actor (one does not distance oneself
                # from one's own words)
                actors = {a.id for a in args.actors}
                refs = [r for r in self.refs.persons_before(base + d.idx) if r.id not in actors]
                _add(args.targets, refs[:1])

    @staticmethod
    def _number(head: Token) -> str | None:
        if any(c.dep_ == "conj" for c in head.children):
            return "Plur"
        for c in head.children:
            if c.dep_ in ("det", "det:poss") and c.morph.get("Number", []):
                return str(c.morph.get("Number", [])[0])
        found = head.morph.get("Number", [])
        return str(found[0]) if found else None

    @staticmethod
    def _non_nominative(head: Token) -> bool:
        # (an article the parser left unlabelled counts: "Dem Politiker drohen …" with "Dem"
        # as dep)
        arts = [
            c
            for c in head.children
            if (c.dep_ in ("det", "det:poss") or (c.dep_ == "dep" and c.pos_ == "DET"))
            and c.i < head.i
        ]
        if any(c.text.lower() in NON_NOMINATIVE for c in arts):
            return True
        # session 34: "der" before a noun whose ending makes it feminine is a dative or a
        # genitive, never a nominative ("und der Ministerin vorgeworfen", "der
        # EU-Parlamentarierin X Rosen streute")
        return (
            head.tag_ == "NN"
            and feminine_noun(head.text)
            and any(c.text.lower() == "der" for c in arts)
        )

    def _first_after_verb(
        self, verb: Token, objs: list[Token], cstart: int
    ) -> tuple[list[Token], list[Token]]:
        """Session 34 (helper "evprec"): "Seit Jahren kritisiert Microsoft die Manipulation …"
        read with two objects and no subject: in a main clause opened by a phrase of time or
        place, the verb second and no auxiliary, of two phrases after the verb the first —
        right after it, with no oblique article and the verb's number — is the subject (the
        unmarked order). A verb tagged as a participle counts when no auxiliary is there
        ("kritisiert" is both)."""
        if any(c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children):
            return [], objs
        if not (_finite(verb) or verb.tag_ in ("VVFIN", "VVPP")):
            return [], objs
        doc = verb.doc
        if cstart >= verb.i or doc[cstart].pos_ not in ("ADP", "ADV"):
            return [], objs
        first = min(objs, key=lambda o: o.left_edge.i)
        if (
            first.left_edge.i != verb.i + 1
            or first.pos_ not in ("NOUN", "PROPN")
            or self._non_nominative(first)
            or "Dat" in first.morph.get("Case", [])
        ):
            return [], objs
        number = verb.morph.get("Number", [])
        if number and self._number(first) not in (None, str(number[0])):
            return [], objs
        return [first], [o for o in objs if o is not first]

    def _adverb_read_as_subject(self, objs: list[Token]) -> tuple[list[Token], list[Token]]:
        """Session 35: where the parse took a pronominal adverb for the subject ("Davor hat die
        Rundfunk und Telekom Regulierungs-GmbH (RTR) … gewarnt", "Dafür hat die Partei X
        kritisiert"), the one noun phrase read as an object that may be nominative is the
        subject (an active verb has one); a pronoun object stays ("Dafür hat ihn die Partei
        kritisiert": the phrase is still the one). The number is not compared: a name with
        "und" in it reads as plural."""
        fits = [o for o in objs if o.pos_ in ("NOUN", "PROPN") and not self._non_nominative(o)]
        if len(fits) != 1:
            return [], objs
        return fits, [o for o in objs if o is not fits[0]]

    def _reflexive_subject(self, verb: Token, objs: list[Token]) -> tuple[list[Token], list[Token]]:
        """Session 34 (helper "evprec"): a verb that is an event only with "sich" ("sich
        einigen", "sich aussprechen", "sich einsetzen für") takes no accusative object beside
        the reflexive, so the one phrase the parser read as its object, with an article that may
        be nominative and the number of the finite verb, is its subject ("will sich die
        Koalition auf Reformen einigen", "vor allem die Proponenten sprachen sich gegen X
        aus")."""
        finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        numbers = {
            str(n)
            for v in finite
            if "Fin" in v.morph.get("VerbForm", [])
            for n in v.morph.get("Number", [])
        }
        fits = [
            o
            for o in objs
            if o.pos_ in ("NOUN", "PROPN")
            and o.text.lower() != "sich"
            and not self._non_nominative(o)
            and (len(numbers) != 1 or self._number(o) in (None, *numbers))
        ]
        if len(fits) != 1:
            return [], objs
        return fits, [o for o in objs if o is not fits[0]]

    def _check_subject(
        self,
        verb: Token,
        subj: list[Token],
        objs: list[Token],
        dats: list[Token],
        passive: bool,
    ) -> tuple[list[Token], list[Token], list[Token]]:
        """The parser (German word order is free) sometimes swaps subject and object: a
        "subject" with an accusative or dative determiner ("den Iran", "dem Minister") is an
        object; a verb without subject whose objects include a phrase that may be nominative
        and agrees in number with the finite verb takes it as its subject ("bombardierten die
        Kampfjets ein Krankenhaus", "Kessler bestreitet den Vorwurf")."""
        for t in list(subj):
            if self._non_nominative(t):
                subj.remove(t)
                dative = any(c.text.lower() in ("dem", "einem", "der") for c in t.children)
                (dats if dative and "Acc" not in t.morph.get("Case", []) else objs).append(t)
            elif t.text.lower() in NEVER_SUBJECT_PRONOUNS and t.pos_ == "PRON":
                # session 6: "Da ist ihm zuzustimmen" - a pronoun that is never nominative
                subj.remove(t)
                (objs if t.text.lower() in ACCUSATIVE_PRONOUNS else dats).append(t)
        finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        simple = len(finite) == 1 and verb.morph.get("VerbForm", []) == ["Fin"]
        if len(subj) == 1 and len(objs) == 1 and not passive and simple:
            # "Demonstranten besetzten das Parlament" read with "das Parlament" as subject: a
            # subject that disagrees in number with the finite verb (one word, no auxiliary:
            # "beschossen" may be a participle) while the object agrees and may be nominative
            # changes place with it
            verb_number = next(
                (
                    str(v.morph.get("Number", [])[0])
                    for v in finite
                    if "Fin" in v.morph.get("VerbForm", []) and v.morph.get("Number", [])
                ),
                None,
            )
            (s_tok,), (o_tok,) = subj, objs
            nouns = s_tok.pos_ in ("NOUN", "PROPN") and o_tok.pos_ in ("NOUN", "PROPN")
            s_number, o_number = self._number(s_tok), self._number(o_tok)
            if (
                nouns
                and verb_number is not None
                and s_number is not None
                and s_number != verb_number
                and o_number == verb_number
                and not self._non_nominative(o_tok)
                and "Dat" not in o_tok.morph.get("Case", [])
            ):
                return [o_tok], [s_tok], dats
        if not subj and not passive and len(objs) > 1:
            # session 32: a relative pronoun read as an object beside objects that cannot be
            # the subject ("die einzige Partei, die offensiv Neuwahlen fordert": a plural
            # beside a singular verb, or a phrase whose article is no nominative) is the
            # subject of its clause
            verb_number = str(verb.morph.get("Number", [""])[0]) if _finite(verb) else ""
            rel = [o for o in objs if o.tag_ == "PRELS" and o.text.lower() in ("der", "die", "das")]
            rest = [o for o in objs if o not in rel]
            if (
                len(rel) == 1
                and verb_number
                and rest
                and all(
                    self._non_nominative(o) or self._number(o) not in (None, verb_number)
                    for o in rest
                )
            ):
                return rel, rest, dats
        if subj or passive or not objs:
            return subj, objs, dats
        if len(objs) == 1:
            # "Die drei Präsidenten besuchten ein Lager" with the subject read as the only
            # object: a phrase opening a main clause before its finite verb, with an article
            # that may be nominative, is the subject
            (o,) = objs
            det = next((c for c in o.children if c.dep_ == "det" and c.i < o.i), None)
            first = o.left_edge
            lead = first
            while (
                lead.i > 0
                and first.i - lead.i < 2
                and o.doc[lead.i - 1].text.lower() in self.lex.words("clause_openers")
            ):
                lead = o.doc[lead.i - 1]  # "Doch die Gewerkschaften kritisierten …"
            opens = bool(lead.is_sent_start) or (
                lead.i > 0 and o.doc[lead.i - 1].text in (".", ":", "–", "—")
            )
            is_finite = "Fin" in verb.morph.get("VerbForm", [])
            if (
                opens
                and is_finite
                and o.i < verb.i
                and det is not None
                and det.text.lower() in ("die", "der", "das")
                and not self._non_nominative(o)
                and self._number(o) == str(verb.morph.get("Number", [""])[0])
            ):
                return [o], [], dats
            cstart, _ = clause_of(verb, verb.sent)
            if (
                is_finite
                and o.left_edge.i == verb.i + 1
                and cstart < verb.i
                and verb.doc[cstart].pos_ in ("ADP", "ADV")  # a phrase of place or time first
                and self._nominative_phrase(o)
                and self._number(o) == str(verb.morph.get("Number", [""])[0])
            ):
                # session 6: "In Brüssel durchsuchte die Polizei …" - after a phrase of place
                # or time, the phrase right after the finite verb, tagged nominative in
                # article and noun, is its subject
                return [o], [], dats
            aux = [c for c in verb.children if c.dep_ == "aux" and c.i < o.i]
            if (
                not is_finite
                and len(aux) == 1
                and "Fin" in aux[0].morph.get("VerbForm", [])
                and o.left_edge.i == aux[0].i + 1
                and cstart < aux[0].i
                and verb.doc[cstart].pos_ in ("ADP", "ADV")
                and o.pos_ in ("NOUN", "PROPN")
                and not self._non_nominative(o)
                and "Dat" not in o.morph.get("Case", [])
                and (det is None or self._nominative_phrase(o))
                and self._number(o) == str(aux[0].morph.get("Number", [""])[0])
            ):
                # session 10, round 2: the same after the finite auxiliary of a perfect ("Im
                # Streit hatten drei Gewerkschaften zu Streiks aufgerufen")
                return [o], [], dats
            return subj, objs, dats
        numbers = [
            str(v.morph.get("Number", [])[0])
            for v in finite
            if "Fin" in v.morph.get("VerbForm", []) and v.morph.get("Number", [])
        ]
        number = numbers[0] if numbers else None
        fits = [
            o
            for o in objs
            if o.pos_ in ("NOUN", "PROPN")
            and not self._non_nominative(o)
            and (number is None or self._number(o) in (None, number))
        ]
        # a phrase the tagger reads as nominative first ("Insidern zufolge fordern die
        # Gläubiger …": not "Insidern")
        fits.sort(key=lambda o: "Nom" not in o.morph.get("Case", []))
        if fits and len(fits) < len(objs):
            objs = [o for o in objs if o is not fits[0]]
            subj = [fits[0]]
        elif len(fits) >= 2 and len(fits) == len(objs):
            # session 6: "durchsuchte die Polizei … zahlreiche Gebäude": of two objects the
            # one the tagger reads as nominative, article and noun, while the others read as
            # accusative, is the subject
            nominative = [o for o in fits if self._nominative_phrase(o)]
            rest = [o for o in fits if o not in nominative]
            if len(nominative) == 1 and all("Acc" in o.morph.get("Case", []) for o in rest):
                subj = nominative
                objs = rest
        return subj, objs, dats

    @staticmethod
    def _list_reaches(t: Token, span: list[Token], cstart: int, cend: int) -> bool:
        """Session 23: "Die Verhandlungspartner USA, Russland und China hatten sich … geeinigt":
        the phrase's list of names (a name hung on its noun, the others coordinated with that
        name or with the noun) crosses the commas into the verb's clause — the whole list is
        the phrase's, ending right at the clause's start (nothing but the list between)."""
        if span[-1].i >= cstart:
            return False
        names = [c for c in t.children if c.dep_ in ("appos", "nmod", "flat") and c.i > t.i]
        for name in names:
            members = [c for c in conjuncts(name)[1:] + conjuncts(t)[1:] if c.i > name.i]
            if not members or any(c.pos_ not in ("PROPN", "NOUN") for c in members):
                continue
            inside = {x.i for m in members for x in np_tokens(m)} | {name.i}
            last = max(inside)
            if cstart <= last < cend and all(
                tok.dep_ in ("punct", "cc") or tok.i in inside
                for tok in t.doc[span[-1].i + 1 : last + 1]
            ):
                return True
        return False

    def _glued_objects(self, verb: Token, subj: list[Token], base: int) -> list[Token]:
        """Session 7: "forderte Huber Van der Berg auf", "warf X den Präsidenten Y vor" with
        the object hung on the subject name after the finite verb (flat, nmod, appos): an
        attribute of a subject name that opens the mention of another entity, or that has an
        accusative or dative article, is the verb's object."""
        finite = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
        out: list[Token] = []
        for sj in subj:
            if not any(f.i < sj.i for f in finite) or sj.pos_ not in ("PROPN", "NOUN"):
                continue
            own = self.coordination._mention_at(base + sj.idx)
            if own is None or own[1] < base + sj.idx + len(sj) or own[0] > base + sj.idx:
                continue  # (the subject must be a whole name: not "CDU-Chef")
            own_ref = self.refs.span_ref(*own)
            if own_ref is None:
                continue
            for c in sj.children:
                if c.i <= sj.i or c.dep_ not in ("flat", "nmod", "appos", "dep"):
                    continue
                if self.prep_of(c) is not None or c in out:
                    continue
                edge = c.left_edge
                if edge.i <= sj.i or any(
                    t.text in CLAUSE_PUNCT or t.text in ("(", "–", "-")
                    for t in sj.doc[sj.i + 1 : edge.i + 1]
                ):
                    continue
                det = next((d for d in c.children if d.dep_ == "det" and d.i < c.i), None)
                if det is not None and det.text.lower() in OBJECT_ARTICLES:
                    out.append(c)
                    continue
                if det is not None and det.text.lower() in ("des", "eines"):
                    continue  # a genitive attribute
                # (the name may be tagged in part only: "Van der [Berg]")
                for t in sj.doc[edge.i : c.right_edge.i + 1]:
                    other = self.coordination._mention_at(base + t.idx)
                    if other is None or other == own:
                        continue
                    ref = self.refs.span_ref(*other)
                    if ref is not None and ref.id != own_ref.id and self.refs.can_take_part(ref):
                        out.append(c)
                    break
        return out

    @staticmethod
    def _nominative_phrase(head: Token) -> bool:
        det = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
        return (
            "Nom" in head.morph.get("Case", [])
            and bool(det)
            and all(d.morph.get("Case", []) == ["Nom"] for d in det)
        )

    def complement(self, match: TriggerMatch, sent: Span, base: int, args: Arguments) -> None:
        """Prepositional phrases of the trigger's clause the parse attached elsewhere
        ("sprach nach seiner Ankunft mit seinem Kollegen X": 'mit X' is the verb's)."""
        roles = self.lex.preps_for(match.entry)
        start, end = clause_of(match.token, sent)
        used = {r.id for r in args.actors + args.targets}
        _, pps = self._clause_mentions(sent, base, start, end)
        req = match.entry.requires.get("prep")
        required = {str(p) for p in req} if isinstance(req, list) else {str(req)}
        for prep, refs in pps:
            fresh = [r for r in refs if r.id not in used]
            idx = self._last_pp_token.get((prep, refs[0].id), start)
            of_noun = sent.doc[idx].dep_ == "nmod" and sent.doc[idx].head.pos_ in ("NOUN", "PROPN")
            if (
                fresh
                and args.passive
                and not args.actors
                and prep in ("von", "durch")
                and (not of_noun or sent.doc[idx].head.pos_ == "PROPN")
                and not self._after_direction(sent.doc[idx])
            ):
                # "X wurde von der CDU kritisiert" with "von der CDU" hung on the name X: a
                # name takes no von-attribute, so it is the passive's agent
                _add(args.actors, fresh)
                used |= {r.id for r in fresh}
                continue
            if fresh and self._locative_place(args, phrase_head(sent.doc[idx]), prep, fresh):
                continue
            if (
                fresh
                and roles.get(prep) in ("target", "location")
                and (prep in required or not of_noun)
            ):
                self._prep_role(args, roles, prep, fresh)
            elif fresh and args.location is None:
                self._place(args, prep, fresh)

    def _phrase_refs(self, heads: list[Token], base: int) -> list[EntityRef]:
        """``heads_refs``; for English (session 14) a phrase that names nobody but a group with
        a country adjective stands for the country, as in the reading without a parse
        ("American forces" → the United States, not a group "american forces")."""
        if self.lex.language != "en":
            return self.heads_refs(heads, base)
        out: list[EntityRef] = []
        for h in heads:
            refs = self.heads_refs([h], base)
            if all(r.id.startswith("nominal:") for r in refs):
                amods = [c for c in h.children if c.dep_ == "amod" and c.i < h.i]
                refs = self._english_demonym(amods) or refs
            _add(out, refs)
        return out

    @staticmethod
    def _english_antecedents(verb: Token, toks: list[Token]) -> list[Token]:
        """Session 14: an English relative pronoun stands for the noun its clause hangs on
        ("India, which backed X", "the alliance that was backed by Y")."""
        if verb.dep_ != "acl:relcl" or verb.head.i == verb.i:
            return toks
        return [
            verb.head if t.tag_ in ("WDT", "WP") and t.lower_ in ("who", "which", "that") else t
            for t in toks
        ]

    def _english_subject_owner(self, subj: list[Token], base: int) -> list[EntityRef]:
        """Session 14: an English subject that names nobody speaks for the one it belongs to
        ("a spokesman for X", "X's lawyers", "American forces" → the United States)."""
        out: list[EntityRef] = []
        for t in subj:
            owners = [
                c
                for c in t.children
                if c.dep_ == "nmod:poss"
                or (
                    c.dep_ == "nmod"
                    and c.i > t.i
                    and any(k.dep_ == "case" and k.lower_ in ("of", "for") for k in c.children)
                )
            ]
            found = self.heads_refs(owners, base)
            if not found:
                found = self.refs.demonym([c for c in t.children if c.dep_ == "amod"])
            _add(out, found)
        return out

    def _passive_conjunct(self, tok: Token) -> bool:
        """An English participle (tag VBN, or VBD: the tagger mixes them up) without an
        auxiliary or subject of its own, coordinated with a verb that has a passive auxiliary
        ("was convicted and sentenced")."""
        if self.lex.language != "en" or tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD"):
            return False
        if any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass") for c in tok.children):
            return False
        return any(c.dep_ == "aux:pass" for c in tok.head.children)

    def _inherited_subject(self, tok: Token) -> list[Token]:
        """The subject of the clause an infinitive or coordinated verb depends on; for an
        infinitive under a verb of ``object_control_verbs`` its object ("verdächtigt zwei
        Jäger, Greifvögel getötet zu haben": the hunters killed, not who suspects them)."""
        h = tok
        for _ in range(3):
            # session 9: a zu-infinitive the parser hung as ccomp ("kündigte an, gerichtlich
            # gegen X vorzugehen") is an infinitive clause too
            zu_ccomp = (
                h.dep_ == "ccomp" and self._zu_infinitive(h) and self._subject_control(h.head)
            )
            # session 23: a verb coordinated by "und" that the parser left unlabelled ("wird
            # … kommen und Gespräche mit X führen") is a conjunct
            conj_dep = h.dep_ == "dep" and self._coordinated_verb(h)
            if (
                h.dep_ not in ("xcomp", "conj", "advcl") and not zu_ccomp and not conj_dep
            ) or h.head.i == h.i:
                break
            infinitive = h.dep_ == "xcomp" or zu_ccomp
            h = h.head
            if infinitive and self._object_control(h):
                return [
                    c
                    for c in h.children
                    if c.dep_ in ("obj", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
                ]
            found = [c for c in h.children if c.dep_ in ("nsubj",)]
            if found:
                return found
        return []

    def _conjunct_subject(self, verb: Token, noun: Token) -> list[Token]:
        """Session 23: the subject of the verb an active verb without a subject of its own
        (not even "es") is coordinated with ("reiste nach Wien und führte dort Gespräche")."""
        if not (verb.dep_ == "conj" or (verb.dep_ == "dep" and self._coordinated_verb(verb))):
            return []
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "aux:pass", "expl")]
        if own or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        if any(c.dep_ == "aux" and c.lemma_.lower() == "werden" for c in verb.children) and (
            verb.tag_ == "VVPP"
        ):
            return []  # "… und Vorwürfe erhoben werden": a passive
        return [c for c in verb.head.children if c.dep_ == "nsubj" and c.i != noun.i]

    @staticmethod
    def _coordinated_verb(tok: Token) -> bool:
        """A verb after its head verb with a coordinating "und" / "oder" of its own before it."""
        return (
            tok.pos_ in ("VERB", "AUX")
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.i > tok.head.i
            and any(
                c.dep_ == "cc" and c.i < tok.i and c.text.lower() in ("und", "oder", "sowie")
                for c in tok.children
            )
        )

    def _subject_control(self, verb: Token) -> bool:
        """A verb whose subject does what its zu-infinitive says ("kündigte an, … zu tun")."""
        return verb_among(verb, self.lex.words("subject_control_verbs"))

    def _zu_infinitive(self, verb: Token) -> bool:
        """ "zu gehen", "vorzugehen", "anzugreifen": an infinitive with "zu" and no subject of
        its own."""
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            return False
        if verb.i > 0 and verb.doc[verb.i - 1].text.lower() == "zu":
            return True
        low = verb.text.lower()
        return any(low.startswith(p + "zu") and len(low) > len(p) + 4 for p in self.lex.particles)

    def _object_control(self, verb: Token) -> bool:
        """A verb whose object does what its infinitive says ("bat X, … zu tun")."""
        words = self.lex.words("object_control_verbs")
        if not words:
            return False
        particle = "".join(
            c.text.lower() for c in verb.children if c.dep_ == "compound:prt" and c.i > verb.i
        )
        lemma = verb.lemma_.lower()
        return (
            particle + lemma in words
            or lemma in words
            or any(verb.text.lower().startswith(w[:-2]) for w in words if len(w) > 7)
        )

    def _pp_after_direction(self, sent: Span, prep: str, refs: list[EntityRef]) -> bool:
        """The clause reading's "nördlich von X": the preposition of the phrase of ``refs``
        follows a direction word, so X is a place, not a doer."""
        head = self._last_pp_token.get((prep, refs[0].id)) if refs else None
        if head is None:
            return False
        doc = sent.doc
        for j in range(head, max(-1, head - 5), -1):
            if self.contractions.get(doc[j].text.lower(), doc[j].text.lower()) == prep:
                return j > 0 and doc[j - 1].text.lower() in DIRECTIONS
        return False

    @staticmethod
    def _after_direction(phrase: Token) -> bool:
        """A phrase whose preposition follows a direction word ("nördlich von X")."""
        case = next((t for t in phrase.children if t.dep_ == "case"), None)
        return case is not None and case.i > 0 and case.doc[case.i - 1].text.lower() in DIRECTIONS

    # -- nouns from the parse ------------------------------------------------------------
    def noun_args(self, match: TriggerMatch, sent: Span, base: int) -> Arguments:
        tok, entry = match.token, match.entry
        received = self._received(match, base)
        if received is not None:
            # session 33: also a noun carried by a verb of receiving ("bekam vom Verband eine
            # Geldstrafe"): the subject is whom it hits, not who acts
            return received
        if entry.requires.get("head_verb"):
            # a phrase carried by its verb ("auf freien Fuß setzen", "in Gewahrsam nehmen",
            # "auf die Straße gehen"): the verb's subject, object and passive are the event's
            verb = tok.head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:
                carried = TriggerMatch(verb, entry)
                args = self.verb_args(carried, sent, base)
                if self.lex.language == "de" and not args.actors:
                    # session 33: the plain order repairs the carrying verb too ("Slowenien
                    # errichtete einen Zaun an der Grenze" with the name read as an adverb)
                    self._unmarked_svo(carried, sent, base, args)
                if args.actors or args.targets:
                    return args
        args = Arguments()
        roles = self.lex.preps_for(entry)
        possessive = False
        owners: list[EntityRef] = []  # genitive and "von" attributes
        doers: list[EntityRef] = []  # "durch" attributes
        for c in tok.children:
            dep = c.dep_
            if dep in ("det:poss", "nmod:poss") and c.pos_ in ("DET", "PRON", "AUX"):
                possessive = True
                continue
            if (dep in ("nmod", "nmod:poss", "appos") and c.i > tok.i) or dep == "nmod:poss":
                prep = self.prep_of(c)
                refs = self.heads_refs([c], base)
                for g in c.children:  # (the parse may hang "durch X" on the attribute)
                    if g.dep_ == "nmod" and g.i > c.i and self.prep_of(g) == "durch":
                        _add(doers, self.heads_refs([g], base))
                if prep is None:
                    if not not_genitive(c):  # (session 14: "eine X" is no genitive)
                        _add(owners, refs)  # genitive: "der Besuch Hubers"
                elif prep == "durch" or (prep == "by" and self.lex.language == "en"):
                    # "die Abschiebung von Uiguren durch Thailand"; session 14, English with
                    # a parse: "killings by security forces", "his arrest by the police"
                    _add(doers, refs)
                elif prep in ("von", "zwischen", "of", "between", "by"):
                    case = next((t for t in c.children if t.dep_ == "case"), None)
                    prev = c.doc[case.i - 1].text.lower() if case is not None and case.i > 0 else ""
                    places = [
                        r for r in refs if prev in DIRECTIONS or not self.refs.can_take_part(r)
                    ]  # "nördlich von Jerusalem" is a place even for a capital
                    people = [r for r in refs if r not in places]
                    if prep in ("zwischen", "between") and entry.type not in SYMMETRIC:
                        # session 14: "Kämpfe zwischen X und Y" — X fights Y (one side acts,
                        # the other is the target, as for a verb with an object)
                        _add(args.actors, people[:1])
                        _add(args.targets, people[1:])
                    else:
                        _add(args.actors if prep in ("zwischen", "between") else owners, people)
                    if places and args.location is None:  # "südöstlich von Bethlehem"
                        args.location = places[0]
                else:
                    self._prep_role(args, roles, prep, refs)
            elif dep == "nmod" and c.i < tok.i and self.prep_of(c) is None:
                _add(owners, self.heads_refs([c], base))  # "Hubers Besuch"
            elif dep == "amod":
                # "anti-chinesische Proteste" are against China, not by China
                against = c.text.lower().startswith(tuple(self.lex.words("against_prefixes")))
                country = self.refs.demonym([c])
                if not country and self.lex.language == "en":
                    country = self._english_demonym([c])  # "the American invasion"
                _add(args.targets if against else args.actors, country)
        if not doers and self.lex.language == "de":
            # session 26: "die von Finanzminister X erhobene Forderung", "ein von der
            # Bezirkshauptmannschaft verordnetes Platzverbot": the agent of the participle
            # before the noun did it
            _add(doers, self._participle_agent(tok, base))
        # who owns the event: its doer ("der Besuch Hubers"), or for nouns of doing
        # something to someone its undergoer ("die Festnahme des Reporters"); with a
        # "durch" agent the owner is always the undergoer
        if not owners and not doers and entry.type != "AGREE":
            # "IS-Anschlag", "PKK-Angriffe": a named group or state before the hyphen did it
            # (an agreement named after a place is no party's: "Dublin-Abkommen"); for the
            # types of ``hyphen_target_types`` it undergoes it ("Russland-Sanktionen")
            named = self.refs.hyphen_name(tok)
            if entry.type.lower() in self.lex.words("hyphen_target_types"):
                _add(args.targets, named)
            else:
                _add(owners, named)
        if doers or entry.genitive == "target":
            _add(args.actors, doers)
            if doers and possessive and self.lex.language == "en":
                # "his arrest by the CIA": the possessor undergoes it
                poss = [c for c in tok.children if c.dep_ == "nmod:poss" and c.i < tok.i]
                _add(owners, self.heads_refs(poss, base))
            _add(args.targets, [r for r in owners if all(r.id != a.id for a in args.actors)])
        else:
            _add(args.actors, owners)
        head = tok.head
        if (
            not args.actors
            and entry.type == "CONSULT"
            and tok.dep_ in ("obl", "nmod")
            and self.prep_of(tok) in ("bei", "in", "während", "nach")
        ):
            # "Im Gespräch mit X betonte Y", "sagte Y bei einem Besuch in Athen": Y takes part
            # (the parser may hang the phrase on Y itself instead of the verb)
            verb = head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                _add(args.actors, self.heads_refs(subj, base))
        if head.pos_ == "AUX" and head.head.i != head.i:
            head = head.head  # "könnten Sanktionen … verhängen": the noun hangs on the modal
        # a noun that needs a particular verb ("auf die Straße gehen", "einen Antrag
        # stellen") is carried by it like by a light verb
        carrier = self.is_light_verb(head) or bool(entry.requires.get("head_verb"))
        if carrier and tok.dep_ != "obj" and self._object_only(head):
            carrier = False  # "flogen zu Gesprächen": no light verb of the noun
        if head.text.lower() in self.lex.words("readiness_words") and self.prep_of(tok) == "zu":
            # session 8, round 2: "Deutschland sei zu Hilfen bereit": who is ready does it
            carrier = True
        called = entry.type == "PROTEST" and self.prep_of(tok) == "zu" and self._calls(head)
        if called:
            # session 29: "Die Gewerkschaft hat zu Streiks bei Amazon aufgerufen", "ruft …
            # zur Protestkundgebung auf": who calls a protest stages it
            carrier = True
        # session 30: the possessor of a noun whose genitive undergoes it ("gegen seine
        # Verurteilung", "seine Freilassung") is its target, not its doer
        undergone = possessive and entry.genitive == "target" and not doers
        owned = args.targets if undergone else args.actors
        if not args.actors and possessive and head.pos_ in ("NOUN", "PROPN"):
            # session 13: "gab eine Erhöhung seiner Entwicklungshilfe bekannt", "die Ablehnung
            # ihres Vorschlags …": a possessive noun inside another noun's phrase is owned by
            # the subject of the verb that phrase hangs on
            _add(owned, self._possessor_subject(tok, base))
        if not args.actors and head.i != tok.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            subj = [
                c
                for h in (head, tok.head)
                for c in h.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i
            ]
            # a "subject" with a dative or accusative article is whom it is for ("sicherte den
            # Arbeitern seine Unterstützung zu")
            beside = [c for c in subj if self._non_nominative(c)]
            subj = [c for c in subj if c not in beside]
            if undergone and not carrier:
                # the subject the possessive agrees with is the possessor ("Sie schrieb bis zu
                # ihrer Verhaftung"); not who demands another's release ("Die Regierung
                # forderte seine Freilassung")
                word = next(c for c in tok.children if c.dep_ in ("det:poss", "nmod:poss"))
                _add(
                    args.targets,
                    self.heads_refs([c for c in subj if _possessor_agrees(word, c)], base),
                )
            elif possessive or carrier:
                _add(args.actors, self.heads_refs(subj, base))
                if not called:  # (whom a protest is called for is nobody)
                    _add(args.targets, self.heads_refs(beside, base))
            elif self._means_of_subject(tok, head, entry):
                # session 31: "sorgte sie mit der Forderung nach einem Tempolimit für
                # Aufsehen", "reagierte mit scharfer Kritik": who acts with a demand or a
                # reproach makes it
                _add(args.actors, self.heads_refs([c for c in subj if c.dep_ == "nsubj"], base))
            if carrier and not args.actors:
                _add(args.actors, self._light_subject(head, tok, base))
            if carrier and not args.actors:
                # session 23: "wird … kommen und Gespräche mit X führen": a light verb with no
                # subject of its own takes the subject of the verb it is coordinated with
                _add(args.actors, self.heads_refs(self._conjunct_subject(head, tok), base))
            if not args.actors:
                # "Kritik an X kam von Y", "Angriffe gingen von Y aus"
                agents = [
                    c
                    for c in head.children
                    if c.dep_ in ("obl", "obl:agent")
                    and self.prep_of(c) in ("von", "durch", "by")
                    and not self._after_direction(c)  # "nördlich von Jerusalem" is a place
                ]
                _add(args.actors, self.heads_refs(agents, base))
            if carrier:
                for c in head.children:
                    prep = self.prep_of(c) if c.dep_ in ("obl", "obl:arg") else None
                    if prep is not None and c.i != tok.i:
                        self._prep_role(args, roles, prep, self.heads_refs([c], base))
                    elif c.dep_ in ("obj", "iobj") and c.i != tok.i and prep is None and not called:
                        # "sagte Ägypten Unterstützung zu", "gab der Regierung die Schuld":
                        # a person or state beside the noun is whom it is for
                        _add(
                            args.targets,
                            [
                                r
                                for r in self.heads_refs([c], base)
                                if self.refs.is_person_or_state(r)
                                and all(r.id != a.id for a in args.actors)
                            ],
                        )
            if not args.actors and possessive:
                # "nach seinen Gesprächen mit X": his = the person last mentioned
                owner = next(c for c in tok.children if c.dep_ in ("det:poss", "nmod:poss"))
                if owner.text.lower().startswith(("sein", "his")):
                    _add(owned, self.refs.persons_before(base + owner.idx)[:1])
        if not args.actors:
            _add(args.actors, self._stranded_light_subject(tok, sent, base))
        if not args.actors and self.lex.language == "de":
            _add(args.actors, self._untagged_light_subject(tok, sent, base))
        if not args.actors and "visit" in (entry.mode or "") and self._bare_zu_phrase(tok):
            # session 6: "Zu Besuch in Sarajevo stellte X klar", "war zu Besuch in Y": who
            # is there on a visit is the subject of the clause's verb
            _add(args.actors, self.heads_refs(self._verb_subjects(tok.head), base))
        if self._undergone_attribute(tok):
            # session 7: "seinem in der Kritik stehenden Trainer X": X undergoes the criticism
            _add(args.targets, args.actors)
            args.actors = []
        if entry.subject_targets and args.actors and not args.targets:
            # "Der russische Angriff legte Teile der ukrainischen Infrastruktur lahm"
            if tok.dep_ == "nsubj" and head.i != tok.i:
                verbs = [head]
            elif tok.dep_ == "ROOT":
                verbs = [c for c in tok.children if c.pos_ == "VERB"]
            else:
                verbs = []
            actor_ids = {a.id for a in args.actors}
            for verb in verbs:
                for c in verb.children:
                    if c.dep_ != "obj":
                        continue
                    for t in c.subtree:
                        _add(
                            args.targets,
                            [r for r in self.refs.demonym([t]) if r.id not in actor_ids],
                        )
        if args.actors and not args.targets:
            self._adjacent_pp(tok, sent, base, roles, args)
        return args

    def _means_of_subject(self, tok: Token, head: Token, entry: TriggerEntry) -> bool:
        """Session 31: a speech act's noun in a "mit" phrase of an active verb ("sorgte mit der
        Forderung … für Aufsehen"): the verb's subject acts with it; not when the verb says
        the subject deals with it (``facing_verb_stems``: "hat mit Kritik zu kämpfen", "muss
        mit einer Klage rechnen") or is passive or reflexive ("wurde mit Forderungen
        konfrontiert", "sah sich mit Forderungen konfrontiert")."""
        if entry.type.lower() not in self.lex.words("speech_act_types"):
            return False
        if self.prep_of(tok) != "mit" or tok.head.i != head.i or head.pos_ != "VERB":
            return False
        if head.text.lower().startswith(tuple(self.lex.words("facing_verb_stems"))):
            return False
        return not any(
            c.dep_ in ("aux:pass", "nsubj:pass") or c.text.lower() == "sich" for c in head.children
        )

    def _adjacent_pp(
        self, tok: Token, sent: Span, base: int, roles: dict[str, str], args: Arguments
    ) -> None:
        """Session 14: a prepositional phrase right after a noun trigger whose preposition
        the noun's frame gives a party role ("Kritik an X", "Angriffe auf X", "Gespräche mit
        X") is the noun's, wherever the parser hung it (on the verb, on a name before the
        noun, as a flat part of a date). Only a phrase of articles, adjectives, numbers and
        nouns up to its head, which must lie in the sentence and not already be the noun's.
        Only for an event whose actor is known and target is not: a target alone, with no
        actor, makes no triple the gold files list."""
        doc = tok.doc
        k = tok.i + 1
        if k >= sent.end or doc[k].pos_ != "ADP":
            return
        low = doc[k].text.lower()
        prep = self.contractions.get(low, low)
        if prep in args.preps or roles.get(prep) not in ("target", "actor"):
            return
        head = doc[k].head
        if not (k < head.i < min(k + 6, sent.end)) or head.pos_ not in ("NOUN", "PROPN"):
            return
        if head.head.i == tok.i or any(
            doc[j].pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN") for j in range(k + 1, head.i)
        ):
            return
        self._prep_role(args, roles, prep, self.heads_refs([head], base))

    def _possessor_subject(self, noun: Token, base: int) -> list[EntityRef]:
        """The subject of the verb a noun phrase hangs on, through up to three nouns
        (attributes: "eine Erhöhung seiner Entwicklungshilfe"), when it names somebody and
        agrees with the possessive's number ("sein"/"seine": one; "ihr" may be either)."""
        poss = next(c for c in noun.children if c.dep_ in ("det:poss", "nmod:poss"))
        verb = noun.head
        for _ in range(3):
            if verb.pos_ != "NOUN" or verb.dep_ not in ("nmod", "obj", "obl", "nsubj"):
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i]
        if len(subj) != 1:
            return []
        if poss.text.lower().startswith("sein") and self._number(subj[0]) == "Plur":
            return []
        return self.heads_refs(subj, base)

    def _light_subject(self, verb: Token, noun: Token, base: int) -> list[EntityRef]:
        """Session 13: the subject of a light verb the parser read as another object ("erhob
        die Staatsanwaltschaft auch Anklage", "hat die Staatsanwaltschaft Ermittlungen
        aufgenommen", with "die Staatsanwaltschaft" as obj and the noun as obj or obl): the
        noun is the verb's object, so the one other phrase with no preposition before it,
        that may be nominative and agrees in number with the finite verb, is the subject.
        Only when the parse found no subject that names anyone."""
        finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            return []  # a passive's undergoer is no doer
        number = next(
            (
                str(v.morph.get("Number", [])[0])
                for v in finite
                if "Fin" in v.morph.get("VerbForm", []) and v.morph.get("Number", [])
            ),
            None,
        )
        if number is None:
            return []
        # (the parser may hang the phrase on the noun itself: "die Staatsanwaltschaft" as
        # obj of "Ermittlungen")
        beside = [c for c in noun.children if c.dep_ in ("obj", "nsubj", "dep")]
        found = [
            refs
            for c in [*verb.children, *beside]
            if c.dep_ in ("obj", "obl", "obl:arg", "nsubj", "dep")
            and c.i != noun.i
            and c.i < noun.i
            and c.pos_ in ("NOUN", "PROPN")
            and self.prep_of(c) is None
            and not self._non_nominative(c)
            and "Dat" not in c.morph.get("Case", [])
            and "Gen" not in c.morph.get("Case", [])
            and self._number(c) == number
            and (refs := self.heads_refs([c], base))
        ]
        return found[0] if len(found) == 1 else []

    def _undergone_attribute(self, tok: Token) -> bool:
        """A noun in a participle attribute of state ("der in der Kritik stehende Minister",
        "unter Beschuss stehenden"): the noun the attribute describes undergoes it."""
        if self.prep_of(tok) not in ("in", "unter") or tok.i + 1 >= len(tok.doc):
            return False
        nxt = tok.doc[tok.i + 1].text.lower()
        return nxt.startswith(tuple(self.lex.words("state_participles")))

    @staticmethod
    def _bare_zu_phrase(tok: Token) -> bool:
        """A noun after "zu"/"zum" with no article of its own ("zu Besuch")."""
        cases = [c.text.lower() for c in tok.children if c.dep_ == "case"]
        dets = [c for c in tok.children if c.dep_ in ("det", "det:poss")]
        return cases in (["zu"], ["zum"]) and not dets and tok.head.pos_ in ("VERB", "AUX")

    @staticmethod
    def _verb_subjects(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]

    def _stranded_light_subject(self, tok: Token, sent: Span, base: int) -> list[EntityRef]:
        """A noun the parser hung inside another noun phrase of a light verb's clause that has
        no object ("Russland fliegt seit Ende September … Luftangriffe", with "Luftangriffe"
        read as an attribute of "Ende"): the noun is that verb's object, its subject acts."""
        head = tok.head
        for _ in range(4):
            if head.i == head.head.i or head.pos_ not in ("NOUN", "PROPN"):
                break
            head = head.head
        if (
            head.i == tok.head.i
            or head.pos_ != "VERB"
            or head.i > tok.i
            # (by its lemma where there is one, with no particle: "sagte", "wies … zurück" are
            # no "zusagen", "zuweisen")
            or not (
                head.lemma_.lower() in self.light_verbs
                or (not head.lemma_ and self.is_light_verb(head))
            )
            or any(c.dep_ in ("obj", "compound:prt") for c in head.children)
            or any(t.text in CLAUSE_PUNCT for t in sent.doc[head.i : tok.i])
        ):
            return []
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        return self.heads_refs(subj, base)

    def _untagged_light_subject(self, tok: Token, sent: Span, base: int) -> list[EntityRef]:
        """Session 21: a light verb the tagger does not know as a verb ("Die SPÖ übt scharfe
        Kritik an X", "Auch Grüne und Neos üben heftige Kritik", "Schwere Kritik an X übt
        Verwaltungsrechtler Y", with "übt"/"üben" tagged an adverb, an adposition or an
        adjective and the noun left without a verb; the tags say so, the coarse part of speech
        may call it a verb): the verb's subject is the phrase before
        it where it stands after the clause's first phrase, else the names right after it —
        by the plain order of a main clause. Only where no verb governs the noun and the
        light verb is the clause's only candidate for its verb."""
        doc = sent.doc
        if any(t.tag_.startswith("V") for t in [tok, *list(tok.ancestors)[:3]]):
            return []
        cstart, cend = clause_of(tok, sent)
        verbs = [
            t
            for t in doc[cstart:cend]
            if t.i != tok.i
            and t.text.islower()
            and t.tag_  # (tagged: the tag, not the coarse part of speech, is the test)
            and not t.tag_.startswith(("V", "N", "ADJA"))  # (an attribute: "geplanten")
            and self.is_light_verb(t)
        ]
        if len(verbs) != 1 or any(
            t.i != verbs[0].i and (t.tag_.startswith("V") or t.pos_ in ("VERB", "AUX"))
            for t in doc[cstart:cend]
        ):
            return []
        verb = verbs[0]
        if verb.i > tok.i:
            # the noun's phrase opens the clause: the names right after the verb act
            bare, _ = self._clause_mentions(sent, base, verb.i + 1, cend)
            first = [r for i, r, _ in bare if i <= verb.i + 3]
            return first[:1]
        bare, _ = self._clause_mentions(sent, base, cstart, verb.i)
        if not bare:
            bare, _ = self._clause_mentions(sent, base, verb.i + 1, tok.i)
        return [r for _, r, _ in bare]

    def _received(self, match: TriggerMatch, base: int) -> Arguments | None:
        """A noun whose verb's subject receives or meets it: "erhielt die Genehmigung (von
        X)", "geriet in die Kritik", "stieß bei X auf Ablehnung" (the subject, or whose the
        subject is, is the target; "von X" or "bei X" acts). None for other verbs."""
        tok = match.token
        verb = tok.head
        if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        words = {verb.text.lower(), verb.lemma_.lower()}
        reception = bool(words & self.lex.words("reception_verbs"))
        if not reception and not words & self.lex.words("recipient_verbs"):
            return None
        prep = self.prep_of(tok)
        if reception and prep != "auf":
            return None
        args = Arguments()
        agent_preps = ("bei",) if reception else ("von", "durch")
        for c in [*verb.children, *tok.children]:
            if c.dep_ in ("obl", "obl:agent", "nmod") and self.prep_of(c) in agent_preps:
                _add(args.actors, self.heads_refs([c], base))
        _add(args.actors, self.refs.demonym([c for c in tok.children if c.dep_ == "amod"]))
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i]
        if verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
            subj = [verb.head]  # "der in die Kritik geratene Regierungschef"
        for sj in subj:
            found = self.heads_refs([sj], base)
            if not found and reception:
                found = self._owners_of(sj, base)  # "Die Forderung von X stieß auf …"
            _add(args.targets, [r for r in found if all(r.id != a.id for a in args.actors)])
        args.person_argument = bool(args.targets)
        return args

    def _owners_of(self, noun: Token, base: int) -> list[EntityRef]:
        """Whose a thing is: its genitive or "von" attribute, its possessive (the person last
        named), or the agent of a participle before it ("die von X erhobene Forderung")."""
        out: list[EntityRef] = []
        for c in noun.children:
            if c.dep_ in ("nmod", "nmod:poss") and self.prep_of(c) in (None, "von"):
                _add(out, self.heads_refs([c], base))
            elif c.dep_ == "amod":
                for g in c.children:
                    if g.dep_ in ("obl", "obl:agent", "nmod") and self.prep_of(g) in (
                        "von",
                        "durch",
                    ):
                        _add(out, self.heads_refs([g], base))
            elif c.dep_ == "det:poss" and c.text.lower().startswith("sein"):
                _add(out, self.refs.persons_before(base + c.idx)[:1])
        return out

    # -- the clause, without (or beyond) the parse --------------------------------------
    def shallow(
        self, match: TriggerMatch, sent: Span, base: int, args: Arguments, noun: bool
    ) -> None:
        tok, entry = match.token, match.entry
        roles = self.lex.preps_for(entry)
        start, end = clause_of(tok, sent)
        if noun:
            self._shallow_noun(match, sent, base, args, roles)
            return
        bare, pps = self._clause_mentions(sent, base, start, end)
        infinitive = any(
            t.text.lower() in ("zu", "um", "ohne", "statt", "to") for t in sent.doc[start : tok.i]
        )
        if not bare and not pps and start > sent.start and infinitive:
            # an infinitive clause ("um mit X zu sprechen") takes the subject of the one before
            pstart, pend = self._clause_before(sent, start)
            bare_prev, _ = self._clause_mentions(sent, base, pstart, pend)
            _add(args.actors, [r for _, r, _ in bare_prev[:1]])
        words = {t.text.lower() for t in sent.doc[start:end]}
        if any(
            t.text.lower() in ("sich", "uns", "myself", "themselves") for t in sent.doc[start:end]
        ):
            args.reflexive = True
        english = self.lex.language == "en"  # (its participle test reads the auxiliary)
        passive = bool(words & self.passive_aux or english) and self._participle(match)
        for prep, refs in pps:
            if (
                passive
                and prep in ("von", "durch", "by")
                and not self._pp_after_direction(sent, prep, refs)
            ):
                _add(args.actors, refs)
            elif not any(r.id in {x.id for x in args.targets + args.actors} for r in refs):
                self._prep_role(args, roles, prep, refs)
        # noun phrases in order; one phrase may stand for several ("die beiden Staatschefs")
        groups: list[tuple[int, list[EntityRef], str]] = []
        for i, r, case in bare:
            if groups and groups[-1][0] == i:
                groups[-1][1].append(r)
            else:
                groups.append((i, [r], case))
        if self.lex.language == "en":
            before = [(i, g) for i, g, _ in groups if i < tok.i]
            after = [(i, g) for i, g, _ in groups if tok.i < i <= tok.i + 4]  # "accused X of"
            if match.particle is not None:  # "called on X to": the particle's phrase is the object
                own = [refs for prep, refs in pps if prep == match.particle.text.lower()]
                after = [(match.particle.i + 1, own[0]), *after] if own else after
            subj = self._english_list(sent, before[::-1]) if before else []
            objs = (
                self._english_list(
                    sent, after[:1] + [(i, g) for i, g, _ in groups if i > after[0][0]]
                )
                if after
                else []
            )
        else:
            nominative = [g for _, g, case in groups if case == "Nom"]
            # (a phrase with a dative or accusative article is no subject: "werfen dem
            # Finanzminister Zynismus vor")
            open_case = [
                g
                for i, g, _ in groups
                if sent.doc[i].text.lower() not in NON_NOMINATIVE
                and (i == 0 or sent.doc[i - 1].text.lower() not in NON_NOMINATIVE)
            ]
            # session 7: the first phrase that may be nominative, by position ("warf Emil
            # Kowalczyk Nowak Spionage vor" with the first name untagged, the second tagged
            # nominative)
            untagged = [
                g for g in open_case if next(c for _, h, c in groups if h is g) in ("Nom", "")
            ]
            subj = (
                untagged[0]
                if untagged
                else nominative[0]
                if nominative
                else (open_case[0] if open_case else [])
            )
            if not words & self.passive_aux and self._unnamed_front(sent, start, end, groups):
                # "Kritiker werfen Huber … vor": the phrase before the finite verb is the
                # subject and names nobody — the names after the verb are its objects
                subj = []
            # (a role noun before the name is the same phrase: "Außenminister Emil Kessler")
            taken = {r.id for r in subj}
            rest_i = [(i, g) for i, g, _ in groups if g is not subj and {r.id for r in g} - taken]
            objs = list(rest_i[0][1]) if rest_i else []
            # coordinated objects: "die Unterhändler der Regierung und der FARC"
            for (i0, _), (i1, g) in pairwise(rest_i):
                between = {t.text.lower() for t in sent.doc[i0 + 1 : i1]}
                if not between & {"und", "sowie"}:
                    break
                objs.extend(g)
        zu_infinitive = (
            self.lex.language == "de"
            and tok.i > sent.start
            and sent.doc[tok.i - 1].text.lower() == "zu"
            and start > sent.start
        )
        if zu_infinitive and not passive and subj:
            # "Russland sei bereit, der Armee zu helfen": an infinitive has no subject of its
            # own; its phrases are objects, its actor is the subject of the clause before
            objs = [r for _, g, _ in groups for r in g]
            pstart, pend = self._clause_before(sent, start)
            bare_prev, _ = self._clause_mentions(sent, base, pstart, pend)
            first_nom = [r for _, r, case in bare_prev if case == "Nom"]
            subj = first_nom[:1] or [r for _, r, _ in bare_prev[:1]]
        if not subj and not passive and self.lex.language == "de":
            # "Die Gesellschaft X, deren Mitglied Y ist, distanzierte sich …": the subject
            # stands before the relative clause the verb's clause follows
            outer = self._before_relative(sent, start)
            if outer is not None:
                prev_bare, _ = self._clause_mentions(sent, base, *outer)
                first_nom = [r for _, r, case in prev_bare if case == "Nom"]
                subj = first_nom[:1] or [r for _, r, _ in prev_bare[:1]]
        if self.lex.language == "en" and not subj and not passive:
            subj = self._english_front_subject(sent, base, start, tok)
        if passive and self.lex.language == "en" and subj and not self._next_to(sent, tok, groups):
            subj = []  # "they found X … water vapor being released": no subject of the passive
        if passive:
            _add(args.targets, subj + objs)
            return
        if not args.actors:
            _add(args.actors, subj)
        if objs:
            args.person_argument = True
            if entry.object_role == "target" or entry.dative == "target":
                _add(args.targets, objs)
            elif entry.object_role == "person":
                _add(args.targets, [r for r in objs if self._named_person(r)])

    def _english_list(
        self, sent: Span, phrases: list[tuple[int, list[EntityRef]]]
    ) -> list[EntityRef]:
        """Session 9: the first phrase and those listed with it ("Norland and Vestia", "X, Y
        and Z"): between two phrases only the rest of a name, commas and coordinators."""
        out = list(phrases[0][1])
        joiners = self.lex.words("coordinators") | {",", "&", "the", "a", "an"}
        for (i0, _), (i1, g) in pairwise(phrases):
            lo, hi = min(i0, i1), max(i0, i1)
            between = [
                t for t in sent.doc[lo + 1 : hi] if not t.text[:1].isupper() and t.text != "."
            ]
            if not all(t.text.lower() in joiners for t in between) or not any(
                t.text.lower() in self.lex.words("coordinators") | {",", "&"} for t in between
            ):
                break
            if (
                not any(t.text.lower() in self.lex.words("coordinators") for t in between)
                and i1 < i0
            ):
                break  # (walking back: "X, Y" without a coordinator is no list yet)
            _add(out, g)
        return out

    def _english_demonym(self, toks: list[Token]) -> list[EntityRef]:
        """Session 9: the country of an English country adjective (`demonyms` of en.yaml)
        right before a noun ("Russian forces" → Russia)."""
        table = self.lex.section("demonyms")
        for t in reversed(toks):
            country = table.get(t.text) or table.get(t.text.lower())
            if country:
                return [country_ref(self.refs.article, str(country))]
        return []

    def _english_front_subject(
        self, sent: Span, base: int, start: int, tok: Token
    ) -> list[EntityRef]:
        """Session 9: a clause that opens with its verb after a comma ("Lena Berg, the
        foreign minister, met …", "X, who …, urged …", "…, and called on …") has the
        sentence's subject: the phrase that opens the sentence."""
        doc = sent.doc
        if start <= sent.start or doc[start - 1].text != ",":
            return []
        skip = (
            self.lex.words("verb_openers")
            | self.lex.words("passive_adverbs")
            | self.lex.words("modals")
        )
        if any(
            not (t.text.lower() in skip or t.text.lower().endswith("ly"))
            for t in doc[start : tok.i]
        ):
            return []
        fstart, fend = clause_of(doc[sent.start], sent)
        bare, _ = self._clause_mentions(sent, base, fstart, fend)
        opening = [r for i, r, _ in bare if i <= sent.start + 1]
        return opening[:1]

    def _next_to(
        self, sent: Span, tok: Token, groups: list[tuple[int, list[EntityRef], str]]
    ) -> bool:
        """Session 9 (English, no parse): the last phrase before a passive participle is its
        subject only when nothing but the rest of a name, auxiliaries and adverbs stand
        between ("X was stabbed", "he has been arrested"; one lower-case word of a name is
        allowed: "von")."""
        before = [i for i, _, _ in groups if i < tok.i]
        if not before:
            return False
        skip = self.passive_aux | self.lex.words("passive_adverbs") | self.lex.words("modals")
        other = [
            t
            for t in sent.doc[before[-1] + 1 : tok.i]
            if t.is_alpha
            and not t.text[:1].isupper()
            and t.text.lower() not in skip
            and not t.text.lower().endswith("ly")
        ]
        return len(other) <= 1

    def _unnamed_front(
        self, sent: Span, start: int, end: int, groups: list[tuple[int, list[EntityRef], str]]
    ) -> bool:
        """Whether a main clause opens with a plain noun phrase that names nobody right before
        its finite verb ("Kritiker werfen …", "Die Abgeordneten warfen …"; not "Den Behörden
        warf …", "Diese Woche warf …", "Gestern warf …", a subordinate clause)."""
        doc = sent.doc
        i = start
        while i < end and doc[i].text.lower() in self.lex.words("clause_openers"):
            i += 1
        fin = next((j for j in range(i, end) if _finite(doc[j])), None)
        if fin is None or fin == i or fin - i > 4 or any(g < fin for g, _, _ in groups):
            return False
        front = list(doc[i:fin])
        return (
            all(t.tag_ in FRONT_NP_TAGS for t in front)
            and front[-1].tag_ == "NN"
            and front[0].text.lower() not in NON_NOMINATIVE
            and front[-1].text.lower() not in self.lex.words("front_time_nouns")
        )

    @staticmethod
    def _clause_before(sent: Span, start: int) -> tuple[int, int]:
        """The clause that ends with the punctuation mark right before ``start`` (an empty
        range when there is none)."""
        k = start - 2
        if k < sent.start or sent.doc[k].text in CLAUSE_PUNCT:
            return start, start  # (an aside between dashes is no clause of its own)
        return clause_of(sent.doc[k], sent)

    @staticmethod
    def _before_relative(sent: Span, start: int) -> tuple[int, int] | None:
        """The token range of the clause before a relative clause that ends right before
        ``start`` (", deren Mitglied Y ist, distanzierte sich" → the phrase before the first
        comma), when the clause at ``start`` opens with its verb."""
        doc = sent.doc
        if start - 1 <= sent.start or doc[start - 1].text != ",":
            return None
        if doc[start].pos_ not in ("VERB", "AUX"):
            return None
        j = start - 2
        while j > sent.start and doc[j].text not in CLAUSE_PUNCT:
            j -= 1
        if doc[j].text != "," or j + 1 >= start - 1:
            return None
        first = doc[j + 1]
        if first.pos_ == "ADP" and j + 2 < start:
            first = doc[j + 2]
        relative = first.text.lower() in ("deren", "dessen", "welche", "welcher", "welches") or (
            first.tag_ == "PRELS" or "Rel" in first.morph.get("PronType", [])
        )
        if not relative:
            return None
        k = j
        while k > sent.start and doc[k - 1].text not in CLAUSE_PUNCT:
            k -= 1
        return (k, j) if k < j else None

    def _shallow_noun(
        self, match: TriggerMatch, sent: Span, base: int, args: Arguments, roles: dict[str, str]
    ) -> None:
        """A noun read without a parse: its genitive or 'von' attribute after it, its prepositional
        attributes, a country adjective before it."""
        tok = match.token
        start, end = clause_of(tok, sent)
        _add(args.actors, self.refs.demonym([t for t in sent.doc[start : tok.i]][-2:]))
        if self.lex.language == "en":  # "a Russian attack", "the Chinese talks"
            _add(args.actors, self._english_demonym([t for t in sent.doc[start : tok.i]][-2:]))
        bare, pps = self._clause_mentions(sent, base, tok.i + 1, end)
        if self.lex.language == "en":
            # session 9: an English noun names its doer before it ("Russia's attack", "his
            # demands"), not in a bare phrase after it ("his demands have made China …")
            owner = self._english_owner(tok, sent, base, start)
            _add(args.targets if match.entry.genitive == "target" else args.actors, owner)
        elif bare and bare[0][0] <= tok.i + 3:
            _add(args.actors, [bare[0][1]])
        for prep, refs in pps:
            if prep in ("von", "zwischen", "of", "between"):
                _add(args.actors, refs)
            else:
                self._prep_role(args, roles, prep, refs)
        if not args.actors:
            # a light verb before the noun: its subject acts ("Russia launched an attack")
            light = [t for t in sent.doc[start : tok.i] if self.is_light_verb(t) and t.is_lower]
            if light:
                before, _ = self._clause_mentions(sent, base, start, light[-1].i)
                if before:
                    pick = before[-1] if self.lex.language == "en" else before[0]
                    _add(args.actors, [pick[1]])

    def _english_owner(self, tok: Token, sent: Span, base: int, start: int) -> list[EntityRef]:
        """The possessor of an English noun: a name before "'s" or a possessive pronoun
        (his, her → the person meant), at most two words before the noun."""
        doc = sent.doc
        for j in range(tok.i - 1, max(start, tok.i - 3) - 1, -1):
            word = doc[j].text.lower()
            if word in ("'s", "’s", "'", "’"):
                before, _ = self._clause_mentions(sent, base, start, j)
                return [before[-1][1]] if before else []
            if word in ("his", "her"):
                sex = "m" if word == "his" else "f"
                return self.refs.pronoun("he" if sex == "m" else "she", base + doc[j].idx, sex)[:1]
            if not doc[j].is_alpha or not doc[j].is_lower:
                break
        return []

    def _participle_agent(self, tok: Token, base: int) -> list[EntityRef]:
        """Session 26: the "von" phrase of a participle attribute that opens the noun's phrase
        right after its article: "die von X erhobene Forderung", "ein von der Behörde
        verordnetes Verbot" (the parser hangs the phrase on the article, the participle or
        the noun). Only adjectives stand between the participle and the noun; only a plain
        noun phrase (no verb, no comma outside brackets) between "von" and the participle."""
        doc = tok.doc
        i = tok.i - 1
        while i > tok.i - 4 and i >= 0 and doc[i].tag_ == "ADJA":
            if _PARTICIPLE_ATTRIBUTE.match(doc[i].text.lower()):
                break
            i -= 1
        else:
            return []
        part = doc[i]
        if part.tag_ != "ADJA" or not _PARTICIPLE_ATTRIBUTE.match(part.text.lower()):
            return []
        depth = 0
        j = part.i - 1
        while j >= 0 and part.i - j <= 10:
            t = doc[j]
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
            elif t.text.lower() in ("von", "vom") and depth == 0:
                break
            elif depth == 0 and (t.is_punct or t.tag_.startswith(("VV", "VA", "VM"))):
                return []
            j -= 1
        else:
            return []
        von = doc[j]
        if j == 0 or j + 1 >= part.i or doc[j - 1].tag_ not in _NP_OPENING_TAGS:
            return []
        inside = range(j + 1, part.i)
        heads = [t for t in doc[j + 1 : part.i] if any(c.i == von.i for c in t.children)]
        if not heads and von.head.i in inside:
            heads = [von.head]
        if not heads:
            heads = [t for t in doc[j + 1 : part.i] if t.head.i not in inside][:1]
        return [r for r in self.heads_refs(heads, base) if self.refs.can_take_part(r)]

    def _clause_mentions(
        self, sent: Span, base: int, start: int, end: int
    ) -> tuple[list[tuple[int, EntityRef, str]], list[tuple[str, list[EntityRef]]]]:
        """Entity mentions of a token range: bare noun phrases (token index, ref, case) and
        prepositional ones (preposition, refs)."""
        doc = sent.doc
        if end <= start:
            return [], []
        cstart, cend = base + doc[start].idx, base + doc[end - 1].idx + len(doc[end - 1])
        mentions: list[tuple[int, int, EntityRef]] = []
        for ent in self.refs.article.entities:
            for mention in ent.mentions:
                if mention.start >= cstart and mention.end <= cend:
                    mentions.append((mention.start, mention.end, ent.ref()))
        mentions.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, EntityRef]] = []
        for item in mentions:
            if kept and item[0] < kept[-1][1]:
                continue
            kept.append(item)
        if not doc.has_annotation("DEP"):
            kept = sorted(
                kept + self._nominal_mentions(doc, base, start, end, kept), key=lambda x: x[0]
            )
        bare: list[tuple[int, EntityRef, str]] = []
        pps: list[tuple[str, list[EntityRef]]] = []
        self._last_pp_token = {}
        for s, e, ref in kept:
            idx = next((t.i for t in doc[start:end] if base + t.idx >= s), start)
            if self._english_possessive(doc, idx, end):
                continue  # "with his Japanese counterpart": "his" owns the phrase, is none
            prep = self._preceding_prep(doc, idx, start)
            head = next(
                (t for t in doc[start:end] if base + t.idx >= s and base + t.idx < e), doc[idx]
            )
            if prep is not None:
                if pps and pps[-1][0] == prep and self._coordinated(doc, idx, start):
                    pps[-1][1].append(ref)
                else:
                    pps.append((prep, [ref]))
                    self._last_pp_token[(prep, ref.id)] = head.i
            else:
                if self._genitive_attribute(doc, idx, start):
                    continue
                # (the case of the name's last word, the head of a German noun phrase: "das
                # Moskauer Außenministerium" is nominative, whatever "Moskauer" is tagged)
                last = [t for t in doc[head.i : end] if base + t.idx < e and t.pos_ != "PUNCT"]
                cases = (last[-1] if last else head).morph.get("Case", [])
                bare.append((idx, ref, cases[0] if cases else ""))
        return bare, pps

    def _english_possessive(self, doc: Doc, idx: int, end: int) -> bool:
        """Session 9: an English possessive pronoun the entity layer linked to a person
        ("his", "their"; "her" before a noun) is the owner of a phrase, not its referent."""
        if self.lex.language != "en":
            return False
        low = doc[idx].text.lower()
        if low in self.lex.words("possessive_pronouns"):
            return True
        nxt = doc[idx + 1] if idx + 1 < end else None
        return (
            low == "her"
            and nxt is not None
            and nxt.is_alpha
            and nxt.text.lower() not in self.prepositions
            and nxt.text.lower() not in self.clause_words
        )

    def _np_word(self, low: str) -> bool:
        """Without tags: an article, possessive, numeral or adjective-like word."""
        if low in self.np_words:
            return True
        if low in self.clause_words or not low.isalpha():
            return False
        return self.lex.language == "de" and low.endswith(("e", "en", "er", "es", "em"))

    def _nominal_mentions(
        self, doc: Doc, base: int, start: int, end: int, taken: list[tuple[int, int, EntityRef]]
    ) -> list[tuple[int, int, EntityRef]]:
        """Without a parse: noun phrases that name no entity but bind persons ("die beiden
        Staatschefs"), stand for a state ("ungarische Flugzeugbesatzungen") or an actor
        ("die Polizei")."""
        out: list[tuple[int, int, EntityRef]] = []
        for tok in doc[start:end]:
            s0 = base + tok.idx
            if self.lex.language == "en" and tok.text.lower() in self.refs.state_nouns:
                # session 9: "Russian forces", "the Syrian government" → the country
                country = self._english_demonym(list(doc[max(start, tok.i - 2) : tok.i]))
                if country and not any(a <= s0 < b for a, b, _ in taken):
                    out.append((base + doc[tok.i - 1].idx, s0 + len(tok), country[0]))
                    continue
            if self.lex.language == "en" and tok.text.lower() in self.lex.words("pronouns"):
                # session 9: "he", "him", "she" → the person meant (refs.pronoun)
                if not any(a <= s0 < b for a, b, _ in taken):
                    low = tok.text.lower()
                    found = self.refs.pronoun(low, s0, PRONOUN_GENDER.get(low))
                    out.extend((s0, s0 + len(tok), r) for r in found[:1])
                continue
            if self.lex.language == "en":
                prev = doc[tok.i - 1].text.lower() if tok.i > start else ""
                nxt = doc[tok.i + 1] if tok.i + 1 < end else None
                modifier = (  # "military talks" (not "forces attacked", "police detained")
                    nxt is not None
                    and nxt.is_alpha
                    and nxt.is_lower
                    and not nxt.text.endswith("ed")
                    and not tok.text.endswith("ies")  # ("authorities investigate")
                    and nxt.text.lower() not in self.clause_words
                )
                noun_like = tok.is_alpha and (
                    prev in self.refs.plural_words
                    or (
                        not modifier
                        and (
                            tok.text.lower() in self.refs.actor_nouns
                            or tok.text.lower() in self.refs.state_nouns
                        )
                    )
                )
            else:
                noun_like = tok.is_alpha and tok.text[:1].isupper()
            first = tok.i == doc[start:end].start == 0 and self.lex.language != "en"
            if not noun_like or first:
                continue
            if any(a <= s0 < b for a, b, _ in taken):
                continue
            mods: list[Token] = []
            j = tok.i - 1
            while j >= start and len(mods) < 3 and doc[j].is_alpha and doc[j].text[:1].islower():
                if not self._np_word(doc[j].text.lower()):
                    break
                mods.insert(0, doc[j])
                j -= 1
            toks = [*mods, tok]
            refs = self.refs.plural_binding(toks, base + toks[0].idx) or self.refs.nominal(
                tok, toks
            )
            if refs:
                out.append((base + toks[0].idx, base + tok.idx + len(tok), refs[0]))
                for extra in refs[1:]:
                    out.append((base + toks[0].idx, base + tok.idx + len(tok), extra))
        return out

    def _preceding_prep(self, doc: object, idx: int, start: int) -> str | None:
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        j = idx - 1
        while j >= start:
            t = doc[j]
            low = t.text.lower()
            if low in self.prepositions or t.pos_ == "ADP":
                return self.contractions.get(low, low)
            if t.pos_ in ("DET", "ADJ", "NUM") or (not t.pos_ and self._np_word(low)):
                j -= 1
                continue
            if j == idx - 1 and self.lex.language == "de" and place_noun_before(t):
                j -= 1  # session 32: "im Stadtteil Schaerbeek" takes the noun's preposition
                continue
            if low in ("und", "oder", "sowie", "and", "or", "sowohl", "als", "auch"):
                j -= 1
                continue
            return None
        return None

    def _coordinated(self, doc: object, idx: int, start: int) -> bool:
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        return idx - 1 >= start and doc[idx - 1].text.lower() in ("und", "sowie", "and")

    def _genitive_attribute(self, doc: object, idx: int, start: int) -> bool:
        """'die Regierung Russlands': a genitive name after a noun is no clause argument."""
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        tok = doc[idx]
        return "Gen" in tok.morph.get("Case", []) and idx > start and doc[idx - 1].pos_ in ("NOUN",)


#: article forms that mark only the genitive (masculine / neuter singular)
_GENITIVE_ARTICLES = frozenset({"des", "eines", "keines", "dieses", "jenes"})


def _genitive_of_subject(noun: Token, verb: Token) -> bool:
    """Session 35 (evsense): 'Die ehemalige Präsidentin des Obersten Gerichtshofs fordert …'
    parsed with 'Gerichtshofs' a second subject of 'fordert' (its article and adjective the
    first subject's attribute): a noun right after another subject's phrase whose article is
    a genitive one is that subject's genitive attribute, no party of its own."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i]
    if not before or before[-1].right_edge.i != noun.i - 1:
        return False
    between = noun.doc[before[-1].i + 1 : noun.i]
    arts = [t for t in between if t.text.lower() in _GENITIVE_ARTICLES]
    return bool(arts) and all(t.tag_ in ("ADJA", "CARD") for t in between if t.i > arts[-1].i)
