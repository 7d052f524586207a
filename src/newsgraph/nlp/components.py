"""Rule components added to the German pipeline at load time (not serialized with the model).

* ``newsgraph_lemma_table``: overrides the trained lemmatizer for nouns, proper nouns, verbs and
  adjectives with a lookup table built offline with HanTa (``scripts/models/lemma_table.py``).
  Where the STTS tagger says finite verb (V*FIN) and the morphologizer does not, the UPOS is
  corrected to VERB/AUX first.
* ``newsgraph_konjunktiv``: marks Konjunktiv I forms of finite verbs as ``Mood=Sub`` when the
  trained morphologizer missed them: third person singular present subjunctive is the
  infinitive stem + ``-e`` (``er habe``, ``sie genieße``, ``es werde``), and ``sei``/``seien``.
  Reported speech (indirect quotes) depends on it.
"""

from __future__ import annotations

import gzip
import math
import re
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import NORM, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from newsgraph.nlp.hanta import KNOWN_WORD_LOGP, common_word_tag, german_tagger
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS
from newsgraph.words_de import PREP_ARTICLE_TAGS

UPOS_CLASS = {"NOUN": "N", "PROPN": "N", "VERB": "V", "AUX": "V", "ADJ": "A"}
STTS_CLASS = {"NN": "N", "NE": "N", "VV": "V", "VA": "V", "VM": "V", "AD": "A"}
SEIN_SUB = {"sei", "seiest", "seist", "seien", "seiet"}


@Language.component("newsgraph_token_edges")
def token_edges(doc: Doc) -> Doc:
    """The tokens of ``doc`` in a fresh Doc (session 14; first component of a pipeline without
    a parser).

    spaCy 3.8's tokenizer shifts tokens when a special case spans several of them (the English
    emoticon ``):`` in ``Liverpool): "Not``) without updating their left and right edges, which
    only a parser recomputes. Without one, every later token points at its neighbour's edges and
    the last token past the end: reading ``token.children`` there crashed the process (the events
    stage, on an English web post under the old blank English pipeline). A Doc built from the
    words and spaces has consistent edges; the norms of special cases are copied over."""
    fresh = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    fresh.from_array([NORM], doc.to_array([NORM]))  # type: ignore[arg-type]
    return fresh


def read_lemma_table(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, cls, lemma = line.rstrip("\n").split("\t")
            table[(form, cls)] = form if lemma == "=" else lemma
    return table


class LemmaTable:
    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        self.table = table
        # (TAG ID, POS ID) -> (corrected UPOS or None, word class or None), decided once
        self._decisions: dict[tuple[int, int], tuple[str | None, str | None]] = {}

    def _decide(self, doc: Doc, tag_id: int, pos_id: int) -> tuple[str | None, str | None]:
        tag = doc.vocab.strings[tag_id] if tag_id else ""
        pos = doc.vocab.strings[pos_id] if pos_id else ""
        fix = None
        if tag in FINITE_TAGS and pos not in ("VERB", "AUX"):
            # the STTS tagger and the morphologizer disagree: trust the finite-verb tag
            fix = pos = "VERB" if tag == "VVFIN" else "AUX"
        cls = STTS_CLASS.get(tag[:2]) if tag[:3] != "ADV" else None
        decision = (fix, cls or UPOS_CLASS.get(pos))
        self._decisions[(tag_id, pos_id)] = decision
        return decision

    def __call__(self, doc: Doc) -> Doc:
        # the tag and POS of every word from one array; a Token only for the words to change
        decisions = self._decisions
        for i, (tag_id, pos_id) in enumerate(doc.to_array([TAG, POS]).tolist()):
            decision = decisions.get((tag_id, pos_id)) or self._decide(doc, tag_id, pos_id)
            fix, cls = decision
            if fix is None and cls is None:
                continue
            tok = doc[i]
            if fix is not None:
                tok.pos_ = fix
                tok.morph = MorphAnalysis(doc.vocab, {"VerbForm": "Fin"})
            if cls is None:
                continue
            lemma = self.table.get((tok.text, cls))
            if lemma is None and tok.is_sent_start:
                lemma = self.table.get((tok.text.lower(), cls))  # sentence-initial capital
            if lemma is not None:
                tok.lemma_ = lemma
            elif cls == "N" and tok.lemma_ and tok.lemma_.islower() and tok.text[:1].isupper():
                tok.lemma_ = tok.lemma_[:1].upper() + tok.lemma_[1:]  # nouns keep their capital
        return doc


@Language.factory("newsgraph_lemma_table", default_config={"path": ""})
def make_lemma_table(nlp: Language, name: str, path: str) -> LemmaTable:
    return LemmaTable(read_lemma_table(Path(path)) if path else {})


def konjunktiv_i_3sg(lemma: str) -> str | None:
    """The 3rd person singular Konjunktiv I form of a verb lemma (``haben`` → ``habe``)."""
    lemma = lemma.lower()
    if lemma == "sein":
        return "sei"
    if lemma.endswith("en"):
        return lemma[:-1]
    if lemma.endswith(("ern", "eln")) or lemma in ("tun",):
        return lemma[:-1] + "e"
    return None


def _is_first_or_second_person(tok: Token) -> bool:
    if set(tok.morph.get("Person", [])) & {"1", "2"}:
        return True
    return any(
        c.dep_ in ("nsubj", "sb") and c.lower_ in ("ich", "du", "wir", "ihr") for c in tok.children
    )


def is_konjunktiv_i(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    finite = tok.tag_ in FINITE_TAGS or "Fin" in tok.morph.get("VerbForm", [])
    if not finite:
        return False
    text = tok.lower_
    if text in SEIN_SUB:
        return True
    form = konjunktiv_i_3sg(tok.lemma_) if tok.lemma_ else None
    return form is not None and text == form and not _is_first_or_second_person(tok)


class Konjunktiv:
    def __call__(self, doc: Doc) -> Doc:
        # only verbs and auxiliaries can be Konjunktiv I (is_konjunktiv_i): a Token for those only
        pos = doc.to_array(POS)
        for i in numpy.flatnonzero((pos == VERB) | (pos == AUX)).tolist():
            tok = doc[i]
            if "Sub" not in tok.morph.get("Mood", []) and is_konjunktiv_i(tok):
                feats = tok.morph.to_dict()
                feats["Mood"] = "Sub"
                tok.morph = MorphAnalysis(doc.vocab, feats)
        return doc


@Language.factory("newsgraph_konjunktiv")
def make_konjunktiv(nlp: Language, name: str) -> Konjunktiv:
    return Konjunktiv()


SENTENCE_OPENERS = {".", "!", "?", ":", '"', "„", "“", "«", "»", "(", "-", "–"}


def read_name_list(path: Path) -> frozenset[str]:
    """The words of a gzipped list, one per line (``#`` comments); read once per process and
    shared: the surname list (≈ 100,000 names, ≈ 10 MB as a set) serves the person-name rule,
    the common-word filter and the entity layer."""
    return _read_name_list(str(Path(path).resolve()))


def read_name_list_if_present(path: Path) -> frozenset[str]:
    """:func:`read_name_list`, or no words when the file is not there (an optional list)."""
    return read_name_list(path) if path.is_file() else frozenset()


@cache
def _read_name_list(path: str) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


class PersonNames:
    """Tag a lone surname (or its genitive) that the NER missed as PER.

    The list holds gazetteer surnames and their genitives that HanTa analyses as proper nouns
    (``scripts/models/person_names.py``), so common nouns that are also surnames are not in it. Only a capitalised token that is not sentence-initial, not
    inside an entity and not next to another untagged capitalised word qualifies.
    """

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def _is_name(self, word: str) -> bool:
        return word in self.names

    def __call__(self, doc: Doc) -> Doc:
        if not self.names:
            return doc
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        new = []
        for tok in doc:
            w = tok.text
            if tok.i in taken or tok.i == 0 or len(w) < 3 or not w.isalpha():
                continue
            if not w[:1].isupper() or w.isupper() or not self._is_name(w):
                continue
            prev = doc[tok.i - 1]
            if tok.is_sent_start or prev.text in SENTENCE_OPENERS:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            genitive = (
                w.endswith("s") and w[:-1] in self.names
            )  # "Heideggers Buch": noun may follow
            if (prev.i not in taken and prev.text[:1].isupper() and prev.is_alpha) or (
                not genitive
                and nxt is not None
                and nxt.i not in taken
                and nxt.text[:1].isupper()
                and nxt.is_alpha
            ):
                continue  # part of a longer capitalised phrase: leave it to the model
            new.append(Span(doc, tok.i, tok.i + 1, label="PER"))
        if new:
            doc.ents = list(doc.ents) + new
        return doc


@Language.factory("newsgraph_person_names", default_config={"path": ""})
def make_person_names(nlp: Language, name: str, path: str) -> PersonNames:
    return PersonNames(read_name_list(Path(path)) if path else frozenset())


#: prepositions that, directly before a bare proper name, make it a place: "Angriffe in X",
#: "Flüge nach X", "Gäste aus X". Organisations take an article there ("in der X").
PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})


class PlaceAfterPreposition:
    """Retype a one-token ORG right after a bare place preposition as LOC.

    "Angriffe in X" with no article in between reads as a place in German; the model sometimes
    calls an unknown city name ORG there. Acronyms (all capitals) and names the entity ruler
    knows as organisations keep their label.
    """

    def __init__(self, known_orgs: frozenset[str]) -> None:
        self.known_orgs = known_orgs

    def __call__(self, doc: Doc) -> Doc:
        changed = False
        ents = list(doc.ents)
        for n, ent in enumerate(ents):
            if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0:
                continue
            word = ent.text
            if not word.isalpha() or word.isupper() or word in self.known_orgs:
                continue
            if doc[ent.start - 1].lower_ not in PLACE_PREPOSITIONS:
                continue
            ents[n] = Span(doc, ent.start, ent.end, label="LOC")
            changed = True
        if changed:
            doc.ents = ents
        return doc


def ruler_organisations(nlp: Language) -> frozenset[str]:
    """The organisations the entity ruler names with a plain string pattern."""
    known: set[str] = set()
    if "entity_ruler" in nlp.pipe_names:
        for pattern in nlp.get_pipe("entity_ruler").patterns:  # type: ignore[attr-defined]
            if pattern.get("label") == "ORG" and isinstance(pattern.get("pattern"), str):
                known.add(pattern["pattern"])
    return frozenset(known)


@Language.factory("newsgraph_place_prepositions")
def make_place_prepositions(nlp: Language, name: str) -> PlaceAfterPreposition:
    return PlaceAfterPreposition(ruler_organisations(nlp))


#: a HanTa-unknown one-word person span is dropped when the name model gives P(word) at least this
WORD_PROB = 0.92


def name_ngrams(word: str) -> list[str]:
    """Character 2- to 5-grams of the lower-cased form with ``<``/``>`` marking its ends."""
    s = f"<{word.lower()}>"
    return [s[i : i + n] for n in range(2, 6) for i in range(len(s) - n + 1)]


class NameModel:
    """Character n-gram logistic regression: P(word) for a form, against P(person name).

    Trained by ``scripts/models/name_model.py`` (gazetteer surnames and PER tokens of the NER
    training parts against common words of the corpora); the table holds one weight per n-gram.
    """

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = bias

    @classmethod
    def read(cls, path: Path) -> NameModel:
        """The model in ``path``; read once per process and shared by the common-word filter and
        the entity layer (≈ 130,000 weights, ≈ 12 MB); nothing changes it after reading."""
        return _read_name_model(str(Path(path).resolve()))

    @classmethod
    def _read(cls, path: str) -> NameModel:
        weights: dict[str, float] = {}
        bias = 0.0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                key, _, val = line.rstrip("\n").partition("\t")
                if key == "#bias":
                    bias = float(val)
                elif key:
                    weights[key] = float(val)
        return cls(weights, bias)

    def p_word(self, word: str) -> float:
        z = self.bias + sum(self.weights.get(g, 0.0) for g in name_ngrams(word))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


class CommonWords:
    """Drop one-word PER spans of the statistical NER that are ordinary words.

    A capitalised word is vetoed when HanTa (``morphmodel_ger``) analyses it as a known common
    noun, adjective, verb, adverb or function word rather than a proper noun: sentence-initial
    adjectives and verbs ("Heikler wird ...", "Komme ..."), rare and compound nouns
    ("Melancholie", "Inselrepublik"). Surnames of the shipped surname list and words that are
    part of a longer person name in the same doc ("Jan Brandt" ... "Brandt") stay. A one-word
    span HanTa does not know at all ("Werbeblockersperre", "Flixtrain") is dropped when the
    character n-gram name model (:class:`NameModel`, shipped beside the surname list) gives
    P(word) >= ``WORD_PROB``. Without HanTa installed the component does nothing.
    """

    def __init__(self, names: frozenset[str], name_model: NameModel | None = None) -> None:
        self.names = names
        self.name_model = name_model
        self.cache: dict[str, bool] = {}
        self.unknown_cache: dict[str, bool] = {}
        self.tagger: object | None = german_tagger()  # None: no veto without the analyser
        #: the given-name rule of the pipeline, if any: a known given name ("Mladen") is never
        #: dropped as an unknown word by the name model
        self.given_names: GivenNames | None = None

    def is_common(self, word: str) -> bool:
        hit = self.cache.get(word)
        if hit is None:
            hit = False
            if self.tagger is not None:
                hit = common_word_tag(self.tagger, word) is not None
            self.cache[word] = hit
        return hit

    def is_unknown(self, word: str) -> bool:
        """HanTa has no lexicon or compound reading of ``word``, only its suffix guess."""
        hit = self.unknown_cache.get(word)
        if hit is None:
            hit = False
            if self.tagger is not None:
                tags = self.tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
                hit = not tags or float(tags[0][1]) < KNOWN_WORD_LOGP
            self.unknown_cache[word] = hit
        return hit

    def _unknown_word(self, tok: Token, in_names: set[str]) -> bool:
        """A form HanTa does not know that the name model reads as a word, not a name."""
        w = tok.text
        return (
            self.name_model is not None
            and w.isalpha()
            and w[:1].isupper()
            and not w.isupper()
            and w not in self.names
            and w not in in_names
            and self.is_unknown(w)
            and self.name_model.p_word(w) >= WORD_PROB
            and not (self.given_names is not None and self.given_names.is_given(w))
        )

    def _vetoed(self, tok: Token, in_names: set[str]) -> bool:
        w = tok.text
        return (
            w.isalpha()
            and w[:1].isupper()
            and not w.isupper()
            and w not in self.names
            and w not in in_names
            and self.is_common(w)
        )

    def _after_name(self, doc: Doc, i: int) -> bool:
        """Is token i preceded by a capitalised word that is not a common word (a given name)?"""
        prev = doc[i - 1]
        w = prev.text
        if not w[:1].isupper() or w.isupper() or not w.replace("-", "").isalpha():
            return False
        return not any(self.is_common(part) for part in w.split("-") if part)

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None:
            return doc
        ents = list(doc.ents)
        keep = []
        changed = False
        # one-word names right after a given name: "Hans-Peter Kessler" ... "Kessler"
        named = {
            e.text
            for e in ents
            if e.label_ == "PER"
            and len(e) == 1
            and e.start > 0
            and doc[e.start - 1].text not in SENTENCE_OPENERS
            and self._after_name(doc, e.start)
        }
        for n, ent in enumerate(ents):
            if ent.label_ != "PER":
                keep.append(ent)
                continue
            # words of the other, longer person names of the doc ("Jan Brandt" ... "Brandt")
            in_names = named | {
                t.text
                for m, e in enumerate(ents)
                if m != n and e.label_ == "PER" and len(e) > 1
                for t in e
            }
            start = ent.start
            if start == 0 or doc[start - 1].text in SENTENCE_OPENERS:
                # a sentence-initial adjective, adverb or noun before a name: "Apropos X"
                while start < ent.end - 1 and self._vetoed(doc[start], set()):
                    start += 1
            elif self._after_name(doc, start):
                keep.append(ent)  # "Ida Lehner", "Hans-Peter Kessler"
                continue
            if (start != ent.start and not doc[start].text[:1].isupper()) or (
                start == ent.end - 1
                and (self._vetoed(doc[start], in_names) or self._unknown_word(doc[start], in_names))
            ):
                changed = True
                continue
            if start != ent.start:
                changed = True
                keep.append(Span(doc, start, ent.end, label="PER"))
            else:
                keep.append(ent)
        if changed:
            doc.ents = keep
        return doc


@cache
def _read_name_model(path: str) -> NameModel:
    return NameModel._read(path)


#: file name of the name model beside the surname list (scripts/models/name_model.py)
NAME_MODEL_FILE = "de_name_ngrams.tsv.gz"


@Language.factory("newsgraph_common_words", default_config={"path": "", "name_model": ""})
def make_common_words(nlp: Language, name: str, path: str, name_model: str) -> CommonWords:
    model_path = Path(name_model) if name_model else None
    if model_path is None and path:
        model_path = Path(path).parent / NAME_MODEL_FILE
    model = NameModel.read(model_path) if model_path is not None and model_path.is_file() else None
    return CommonWords(read_name_list(Path(path)) if path else frozenset(), model)


#: English function words that do not stand inside or beside a person's name: a span with one
#: ("Bill of Rights", "Son of Saul") or a lone word next to one ("Sons of Anarchy",
#: "Doctors for Refugees") is a title or an organisation
ENGLISH_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "with", "on", "at", "to", "&"})
#: bare prepositions after which a lone name is a place ("Bleiwerte in X")
IN_PLACE = frozenset({"in"})
#: opening -> closing quotation marks around a title of a work
QUOTE_PAIRS = {"„": "“", "“": "”", '"': '"', "»": "«", "«": "»", "‚": "‘"}
#: a lower-case run followed by a capital inside a capitalised token: brands ("TorrentFreak",
#: "PlayStation"); name prefixes have one lower-case letter ("McAllister", "DiNardo", "LeRoy")
CAMEL = re.compile(r"^[A-Z].*[a-z]{2,}[A-Z]")


def _url(word: str) -> bool:
    return word.startswith(("http", "www.")) or ("/" in word and "." in word)


def _junk_token(word: str) -> bool:
    """A token no person name has: digits, URLs, brand CamelCase ("@Name" handles are names)."""
    if any(c.isdigit() for c in word) or _url(word):
        return True
    return bool(CAMEL.search(word)) and not word.startswith("Mac")


class FalsePersons:
    """Check PER spans of the NER part on their form and their neighbours.

    * a span that is a country or German city name (``places``, from the gazetteers; cities
      that are also surnames or first names are not in it), or its genitive, or a lone
      name right after a bare ``in``, is relabelled LOC ("gegenüber China", "in Flint");
    * an English common word (``english``) alone, an English function word inside the span
      or next to a lone word, or a multi-word span ending in an English word that is no
      gazetteer surname (``english_surnames``: "Warning", "Held") with no first name in front
      ("Alert Logic", "Sons of Anarchy", "Bill of Rights") is dropped;
    * a token with digits, a URL or brand CamelCase ("Tele2", "TorrentFreak") drops the span;
      a URL or number before a name is cut off ("pic.twitter.com/x Stone" -> "Stone");
    * a span that fills a quotation on its own ("„Cloud Atlas“") is a title: dropped;
    * a lone word whose own article stands before it (tagger ART/APPR_ART, parser head; only
      in a full pipeline run) is no person in news German: "auf dem Balkan", "die Austria";
    * with the common-word filter's HanTa (``common_words``): a multi-word span of common words
      only is dropped ("Grad Celsius", "Jenem Tag"), a common noun after a genitive name is
      cut off ("Niessls Gunst" -> "Niessls").

    Words of a longer person span of the doc, first names and a word right after a first
    name are never touched ("Ban Ki-moon" ... "Ban", "Daisy Field").
    """

    def __init__(
        self,
        places: frozenset[str],
        english: frozenset[str],
        first_names: frozenset[str],
        english_surnames: frozenset[str] = frozenset(),
    ) -> None:
        self.places = places
        self.english = english
        self.first_names = first_names
        self.english_surnames = english_surnames
        #: the common-word filter of the pipeline (HanTa), if any: multi-word spans
        self.common_words: CommonWords | None = None
        #: the given-name rule of the pipeline, if any: its wide list protects like first names
        self.given_names: GivenNames | None = None
        #: names of rules switched off (for A/B runs): junk, place, title, function_word,
        #: english, english_next, article, in_place, english_last, common
        self.off: set[str] = set()

    def _given(self, word: str) -> bool:
        """A given name of the lexicon, or of the wide list when the given-name rule runs."""
        if word in self.first_names:
            return True
        return self.given_names is not None and self.given_names.is_given(word)

    def _place(self, text: str) -> bool:
        return text in self.places or (
            text.endswith("s") and " " not in text and text[:-1] in self.places
        )

    def _english(self, word: str) -> bool:
        return word[:1].isupper() and word.lower() in self.english

    def _genitive_name(self, word: str) -> bool:
        """A capitalised genitive ("Sarkozys") that is no common word ("Club-Boss")."""
        assert self.common_words is not None
        return (
            word.endswith("s")
            and word.isalpha()
            and word[:1].isupper()
            and word not in self.first_names
            and not self.common_words.is_common(word)
            and not self.common_words.is_common(word[:-1])
        )

    def _common_token(self, tok: Token, toks: list[Token]) -> bool:
        """A common word for the common-word filter, or a hyphenated compound whose last part
        is one when the span's other words are nouns for HanTa ("Tutorial-Videos Einsteiger";
        not "Club-Boss Nasser", where "Nasser" is also an adjective, nor a double surname)."""
        common = self.common_words
        assert common is not None
        if common._vetoed(tok, set()):
            return True
        parts = tok.text.split("-")
        return (
            len(parts) > 1
            and all(p.isalpha() for p in parts)
            and parts[-1][:1].isupper()
            and parts[-1] not in self.first_names
            and parts[-1] not in common.names
            and common.is_common(parts[-1])
            and all(self._noun(t.text) for t in toks if t is not tok)
        )

    def _noun(self, word: str) -> bool:
        """HanTa's best reading of ``word`` is a common noun."""
        tagger = self.common_words.tagger if self.common_words is not None else None
        if tagger is None:
            return False
        tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
        return bool(tags) and tags[0][0] == "NN"

    @staticmethod
    def _after_comma(doc: Doc, i: int) -> bool:
        """A comma one or two tokens before ``i``: "die"/"mit dem" may be a relative pronoun
        the tagger calls an article ("die Reise, die Maier begann", ", mit dem X sprach")."""
        return any(j >= 0 and doc[j].text == "," for j in (i - 1, i - 2))

    def _quoted(self, doc: Doc, ent: Span) -> bool:
        if ent.start == 0 or ent.end >= len(doc):
            return False
        close = QUOTE_PAIRS.get(doc[ent.start - 1].text)
        return close is not None and doc[ent.end].text == close

    def _check(self, doc: Doc, ent: Span, protected: set[str]) -> Span | None:
        """The span to keep (maybe cut or relabelled), or None to drop it."""
        toks = list(ent)
        start = ent.start
        while start < ent.end - 1 and (
            _url(doc[start].text) or any(c.isdigit() for c in doc[start].text)
        ):
            start += 1
        if start != ent.start:
            ent = Span(doc, start, ent.end, label="PER")
            toks = list(ent)
        prev = doc[ent.start - 1] if ent.start > 0 else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        given = self._given(toks[0].text) or (prev is not None and self._given(prev.text))
        if "junk" not in self.off and not given and any(_junk_token(t.text) for t in toks):
            return None  # not "William FitzEmpress"
        if given or any(t.text in protected for t in toks):
            return ent  # "Daisy Field", "Ban Ki-moon" ... "Ban"
        if len(toks) > 1 and self.common_words is not None and "common" not in self.off:
            vetoed = [self._common_token(t, toks) for t in toks]
            if all(vetoed):
                return None  # "Grad Celsius", "Böse Zungen"
            end = ent.end
            while (
                end - ent.start > 1
                and self.common_words._vetoed(doc[end - 1], set())
                and doc[end - 1].text not in self.first_names
                and self._genitive_name(doc[end - 2].text)
            ):
                end -= 1  # a genitive name before a noun: "Sarkozys Wahlkampfbudget"
            if end != ent.end:
                ent = Span(doc, ent.start, end, label="PER")
                toks = list(ent)
        if "place" not in self.off and self._place(ent.text):
            return Span(doc, ent.start, ent.end, label="LOC")
        if "title" not in self.off and self._quoted(doc, ent):
            return None
        if "function_word" not in self.off and any(t.text in ENGLISH_FUNCTION_WORDS for t in toks):
            return None
        if len(toks) == 1:
            word = toks[0].text
            if "english" not in self.off and self._english(word):
                return None
            if "english_next" not in self.off and any(
                t is not None and t.text in ENGLISH_FUNCTION_WORDS and t.text != "&"
                for t in (prev, nxt)
            ):
                return None
            if (
                "article" not in self.off
                and prev is not None
                and (prev.tag_ == "ART" or prev.tag_ in PREP_ARTICLE_TAGS)
                and prev.head.i == ent.start
                and not word.endswith("s")  # "die Lehmanns" (a family), "den Wassilews"
                and not (prev.tag_ == "ART" and self._after_comma(doc, prev.i))
            ):
                return None  # "auf dem Balkan", "die Austria", "der Ernst der Lage"
            if (
                "in_place" not in self.off
                and prev is not None
                and prev.text in IN_PLACE
                and word.isalpha()
                and not (word.endswith("s") and nxt is not None and nxt.text[:1].isupper())
            ):
                return Span(doc, ent.start, ent.end, label="LOC")
        elif (
            "english_last" not in self.off
            and self._english(toks[-1].text)
            and toks[-1].text not in self.first_names
            and toks[-1].text not in self.english_surnames
        ):
            return None  # "Alert Logic", "Cardboard Camera"; not "Ami Warning"
        return ent

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        pers = [e for e in ents if e.label_ == "PER"]
        if not pers:
            return doc
        keep = []
        changed = False
        for ent in ents:
            if ent.label_ != "PER":
                keep.append(ent)
                continue
            protected = {  # words of the other, longer person names of the doc
                t.text
                for e in ents
                if e.label_ == "PER" and len(e) > 1 and e.text != ent.text
                for t in e
            }
            new = self._check(doc, ent, protected)
            if new is None or (new.start, new.end, new.label_) != (ent.start, ent.end, "PER"):
                changed = True
            if new is not None:
                keep.append(new)
        if changed:
            doc.ents = keep
        return doc


#: the data directory of the check's word lists (scripts/models/person_filter_lists.py)
NLP_DATA = Path(__file__).resolve().parent.parent / "data" / "nlp"
FIRST_NAMES = Path(__file__).resolve().parent.parent / "data" / "entities" / "first_names.txt.gz"


@Language.factory("newsgraph_false_persons", default_config={"data": ""})
def make_false_persons(nlp: Language, name: str, data: str) -> FalsePersons:
    base = Path(data) if data else NLP_DATA

    check = FalsePersons(
        read_name_list_if_present(base / "places_de.txt.gz"),
        read_name_list_if_present(base / "english_words.txt.gz"),
        read_name_list_if_present(FIRST_NAMES),
        read_name_list_if_present(base / "english_surnames.txt.gz"),
    )
    if "newsgraph_common_words" in nlp.pipe_names:
        common = nlp.get_pipe("newsgraph_common_words")
        if isinstance(common, CommonWords) and common.tagger is not None:
            check.common_words = common
    if "newsgraph_given_names" in nlp.pipe_names:
        rule = nlp.get_pipe("newsgraph_given_names")
        if isinstance(rule, GivenNames):
            check.given_names = rule
    return check


#: lower-case name particles between a given name and a surname ("Ilse van der Berg")
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "dos", "del", "della", "la", "le", "ten", "ter"}
)
#: articles before a capitalised word: a noun phrase, no name of a person
ARTICLES = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"}
)
#: particles between two words of a name ("Rui da Mota")
ROMANCE_PARTICLES = frozenset({"da", "de", "dos", "del", "di"})
#: the particles that can follow the given name ("der" only after "van"/"von": "van der")
FIRST_PARTICLES = NAME_PARTICLES - {"der", "den"}
#: at most this many capitalised words after a given name make one name ("Mary Ella Simmons")
MAX_NAME_TAIL = 3


class GivenNames:
    """Person names the statistical NER missed or cut, read off a given name.

    ``given`` holds the given names of the entity lexicon (``first_names.txt.gz``) and of the
    Wiktionary list (``given_names_wiktionary.txt.gz``, 130 languages; both filtered against
    German and English common words when they were built). A Wiktionary name whose best HanTa
    reading is a common noun ("Ville") does not count.

    * untagged ``Given + Capitalised word(s)`` becomes PER ("verlässt Åke Walleborn die Band"):
      1-3 capitalised words (name particles between them: "van der"), each a surname of the
      shipped list, another given name or a word the common-word filter does not know as a
      common word, none a place of ``places`` or an organisation of the entity ruler, and no
      further untagged capitalised word after them; the word before the given name is no
      capitalised non-common word (part of a longer name: "Hotel X Y");
    * a PER span right after an untagged given name takes it in ("Brita [Baldus]");
    * a PER span that ends in a given name takes the untagged surname after it.

    Without HanTa (the common-word filter) the component does nothing.
    """

    def __init__(
        self,
        first: frozenset[str],
        wide: frozenset[str],
        places: frozenset[str] = frozenset(),
        known_orgs: frozenset[str] = frozenset(),
        english: frozenset[str] = frozenset(),
        english_surnames: frozenset[str] = frozenset(),
    ) -> None:
        self.first = first
        self.wide = wide
        self.places = places
        self.known_orgs = known_orgs
        self.english = english
        self.english_surnames = english_surnames
        #: the common-word filter of the pipeline (HanTa and the surname list)
        self.common_words: CommonWords | None = None
        self._given_cache: dict[str, bool] = {}

    def is_given(self, word: str) -> bool:
        """A given name of either list that is no common German or English word: the corpus
        list holds words of WikiANN's person spans ("Kabinett", "Liste", "Per", "The"); a name
        whose best HanTa reading is a known common noun ("Roman", "Ville") does not count."""
        hit = self._given_cache.get(word)
        if hit is None:
            hit = False
            common = self.common_words
            if (word in self.first or word in self.wide) and common is not None:
                tagger = common.tagger
                tags = tagger.tag_word(word, cutoff=5) if tagger is not None else None  # type: ignore[attr-defined]
                hit = not (
                    (tags and tags[0][0] == "NN" and float(tags[0][1]) >= KNOWN_WORD_LOGP)
                    or common.is_common(word)
                    or common.is_common(word.lower())
                    or word.lower() in self.english
                    or word in self.places  # "Paris", "Sydney"
                )
            self._given_cache[word] = hit
        return hit

    def _given_token(self, tok: Token) -> bool:
        parts = tok.text.split("-")  # "Daniel-Andre", "Hans-Peter"
        return (
            tok.text[:1].isupper()
            and not tok.text.isupper()
            and all(p.isalpha() and p[:1].isupper() for p in parts)
            and all(self.is_given(p) for p in parts)
        )

    def _capitalised(self, tok: Token) -> bool:
        w = tok.text
        return (
            w[:1].isupper()
            and not w.isupper()
            and len(w) > 1
            and all(p.isalpha() and p[:1].isupper() for p in w.split("-"))
        )

    def _name_word(self, tok: Token) -> bool:
        """A capitalised word that can be (part of) a surname."""
        common = self.common_words
        assert common is not None
        w = tok.text
        if not self._capitalised(tok) or w in self.known_orgs:
            return False
        if w in self.places or (w.endswith("s") and w[:-1] in self.places):
            return False  # "Moskaus"
        if w.lower() in self.english and w not in self.english_surnames:
            return False  # "Windows Phone"; not "Ami Warning"
        parts = w.split("-")
        return all(p in common.names or self.is_given(p) or not common.is_common(p) for p in parts)

    def _tail(self, doc: Doc, i: int, taken: set[int]) -> int:
        """The end of the surname run after a given name at ``i`` (``i + 1`` when none)."""
        end = i + 1
        j = i + 1
        words = 0
        particle = False
        while j < len(doc) and j not in taken:
            tok = doc[j]
            w = tok.text
            if (
                (w in NAME_PARTICLES if particle else w in FIRST_PARTICLES)
                and (words == 0 or w in ROMANCE_PARTICLES or particle)
                and j + 1 < len(doc)
                and j + 1 not in taken
            ):
                particle = True  # "van der", "de la" before the surname, "Rui da Mota"
                j += 1
                continue
            if not self._capitalised(tok):
                break
            if not self._name_word(tok) or words == MAX_NAME_TAIL:
                return i + 1  # a common or place word, or a longer capitalised phrase
            words += 1
            particle = False
            j += 1
            end = j
            if w.endswith("s") and j < len(doc) and self._capitalised(doc[j]):
                break  # a genitive before its noun: "Emil Brandts Werbeblockersperre"
        return end

    def _other_name(self, doc: Doc, ent: Span, given_before: bool) -> bool:
        """A LOC, ORG or MISC span that is a person's name: one surname-like word right after
        an untagged given name ("spielte György [Garics]"), or a MISC span of a given name
        and surname-like words ("Hedi Weiler-Kiderlen")."""
        if ent.label_ not in ("LOC", "ORG", "MISC") or ent.text in self.known_orgs:
            return False
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and self._capitalised(nxt) and not nxt.ent_type_:
            return False  # part of a longer capitalised phrase
        if given_before:
            return len(ent) == 1 and self._name_word(ent[0])
        return (
            ent.label_ == "MISC"
            and 2 <= len(ent) <= 1 + MAX_NAME_TAIL
            and self._given_token(ent[0])
            and all(self._name_word(t) for t in ent[1:])
        )

    def _free_before(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """The word before ``i`` is not part of a longer untagged capitalised phrase."""
        if i == 0:
            return True
        prev = doc[i - 1]
        if prev.i in taken or prev.text in SENTENCE_OPENERS or not self._capitalised(prev):
            return True
        common = self.common_words
        assert common is not None
        # "Coach Gennadij Chalepo", sentence-initial "Laut Åke Walleborn"
        return common.is_common(prev.text) or (
            (prev.i == 0 or bool(prev.is_sent_start)) and common.is_common(prev.text.lower())
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.common_words is None or self.common_words.tagger is None:
            return doc
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        changed = False
        out: list[Span] = []
        for ent in ents:
            given_before = (
                ent.start > 0
                and ent.start - 1 not in taken
                and self._given_token(doc[ent.start - 1])
                and self._free_before(doc, ent.start - 1, taken)
                and not (ent.start > 1 and doc[ent.start - 2].text in ARTICLES)
            )
            if ent.label_ != "PER":
                if self._other_name(doc, ent, given_before):
                    changed = True
                    start = ent.start - 1 if given_before else ent.start
                    taken.update(range(start, ent.end))
                    ent = Span(doc, start, ent.end, label="PER")
                out.append(ent)
                continue
            start, end = ent.start, ent.end
            if given_before:
                start -= 1  # "Brita [Baldus]"
            if self._given_token(doc[end - 1]) and end < len(doc) and end not in taken:
                tail = self._tail(doc, end - 1, taken)
                end = max(end, tail)  # "[Mary Ella] Simmons"
            if (start, end) != (ent.start, ent.end):
                changed = True
                taken.update(range(start, end))
                ent = Span(doc, start, end, label="PER")
            out.append(ent)
        i = 0
        while i < len(doc):
            tok = doc[i]
            if (
                i in taken
                or not self._given_token(tok)
                or not self._free_before(doc, i, taken)
                or (i > 0 and doc[i - 1].text in ARTICLES)  # "der Roman X", "die Mona Lisa"
            ):
                i += 1
                continue
            end = self._tail(doc, i, taken)
            if end > i + 1 and any(self._capitalised(doc[j]) for j in range(i + 1, end)):
                out.append(Span(doc, i, end, label="PER"))
                taken.update(range(i, end))
                changed = True
                i = end
            else:
                i += 1
        if changed:
            doc.ents = sorted(out, key=lambda e: e.start)
        return doc


#: the Wiktionary given names of 130 languages (scripts/build_given_names.py)
GIVEN_NAMES_WIDE = (
    Path(__file__).resolve().parent.parent / "data" / "entities" / "given_names_wiktionary.txt.gz"
)


@Language.factory("newsgraph_given_names")
def make_given_names(nlp: Language, name: str) -> GivenNames:
    rule = GivenNames(
        read_name_list_if_present(FIRST_NAMES),
        read_name_list_if_present(GIVEN_NAMES_WIDE),
        read_name_list_if_present(NLP_DATA / "places_de.txt.gz"),
        ruler_organisations(nlp),
        read_name_list_if_present(NLP_DATA / "english_words.txt.gz"),
        read_name_list_if_present(NLP_DATA / "english_surnames.txt.gz"),
    )
    if "newsgraph_common_words" in nlp.pipe_names:
        common = nlp.get_pipe("newsgraph_common_words")
        if isinstance(common, CommonWords):
            rule.common_words = common
            common.given_names = rule
    return rule
