"""The language pipelines newsgraph ships: load them offline, once per process.

``load_pipeline("de")`` returns the German pipeline trained by ``make model`` and shipped in
``newsgraph/models/de_newsgraph`` (tokenizer, tagger, morphologizer, trainable lemmatizer,
dependency parser — which also sets sentence boundaries — entity ruler and NER);
``load_pipeline("en")`` the English syntax pipeline ``newsgraph/models/en_newsgraph`` (UD English
EWT: tagger, morphologizer, lemmatizer, parser; no NER — English names are found by rules,
``make model-en``). For any other language, or when the model directory is missing, it returns a
blank spaCy pipeline (token edges repaired, a sentencizer) so that later stages still get
sentences and degrade gracefully. The CNNs multiply with OpenBLAS (:mod:`newsgraph.nlp.blas`);
the parser and the NER decode all states of a batch per step (:mod:`newsgraph.nlp.greedy`).
Nothing is ever downloaded.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from newsgraph.nlp.blas import blas_settings, cnn_ops

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

#: language code -> lemma table shipped beside the model (see scripts/models/lemma_table.py)
LEMMA_TABLES: dict[str, str] = {"de": "de_lemmas.tsv.gz"}
#: language code -> surname list of the person-name rule (see scripts/models/person_names.py)
PERSON_NAMES: dict[str, str] = {"de": "de_person_names.txt.gz"}

#: veto one-word PER spans that HanTa knows as common words (newsgraph_common_words)
COMMON_WORDS = True

#: person names read off a given name of the wide list (newsgraph_given_names)
GIVEN_NAMES = True

#: check PER spans on their form: places, English words, brands, titles (newsgraph_false_persons)
FALSE_PERSONS = True

#: language code -> shipped model directory name
SHIPPED: dict[str, str] = {"de": "de_newsgraph", "en": "en_newsgraph"}

#: components that make up the NER part of a shipped pipeline (for NER-only runs)
NER_COMPONENTS: tuple[str, ...] = (
    "entity_ruler",
    "ner",
    "newsgraph_common_words",
    "newsgraph_person_names",
    "newsgraph_given_names",
    "newsgraph_place_prepositions",
    "newsgraph_false_persons",
)


def model_path(language: str) -> Path | None:
    """Directory of the shipped model for ``language``, or None if there is none."""
    name = SHIPPED.get(language.lower().split("-")[0].split("_")[0])
    if name is None:
        return None
    path = MODELS_DIR / name
    return path if (path / "config.cfg").is_file() else None


def nlp_available(language: str) -> bool:
    """True when a trained pipeline for ``language`` ships with newsgraph."""
    return model_path(language) is not None


def _blank(language: str) -> Language:
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError, ValueError, OSError):
        nlp = spacy.blank("xx")
    from newsgraph.nlp import components  # noqa: F401  (registers the factories)

    nlp.add_pipe("newsgraph_token_edges")  # consistent token edges without a parser
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=8)
def load_pipeline(language: str = "de") -> Language:
    """The pipeline for ``language``: the shipped trained model, else blank + sentencizer."""
    lang = (language or "de").lower().split("-")[0].split("_")[0]
    path = model_path(lang)
    if path is None:
        return _blank(lang)
    blas_settings()  # a bad NEWSGRAPH_BLAS* value is an error, not a silent blank pipeline
    try:
        with cnn_ops():  # OpenBLAS instead of BLIS: same output, 1.2-1.7x faster (nlp/blas.py)
            nlp = spacy.load(path)
    except (OSError, ValueError) as exc:  # a broken install: keep the run going without NLP
        log.warning("could not load the %s model from %s: %s", lang, path, exc)
        return _blank(lang)
    _add_rule_components(nlp, lang)
    _ruler_phrases(nlp)
    from newsgraph.nlp.greedy import install

    install(nlp)  # parser and NER decode a batch per step: same Docs, less time (nlp/greedy.py)
    return nlp


def _ruler_phrases(nlp: Language) -> None:
    """The entity ruler's plain word sequences (token patterns of ORTH values only, e.g. the
    agency names) matched by its PhraseMatcher instead of its Matcher: the same matches (same
    tokens, same labels and IDs) without trying every pattern at every token (~3 ms per article
    of ~430 words with the 71 shipped patterns, session 16). A pattern whose words the tokenizer
    would not split the same way stays a token pattern."""
    if "entity_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("entity_ruler")
    if getattr(ruler, "phrase_matcher_attr", None) not in (None, "ORTH"):
        return
    patterns: list[dict[str, Any]] = []
    changed = False
    for pattern in ruler.patterns:  # type: ignore[attr-defined]
        words = pattern["pattern"]
        if (
            isinstance(words, list)
            and words
            and all(list(w) == ["ORTH"] and isinstance(w["ORTH"], str) for w in words)
        ):
            orths = [w["ORTH"] for w in words]
            text = " ".join(orths)
            if [t.text for t in nlp.make_doc(text)] == orths:
                pattern = {**pattern, "pattern": text}
                changed = True
        patterns.append(pattern)
    if changed:
        ruler.clear()  # type: ignore[attr-defined]
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]


def _add_rule_components(nlp: Language, lang: str) -> None:
    """Lemma table and Konjunktiv rule after the parser (see :mod:`newsgraph.nlp.components`)."""
    from newsgraph.nlp import (  # noqa: F401  (registers the factories)
        components,
        number_periods,
        sentence_starts,
    )

    if lang != "de" or "parser" not in nlp.pipe_names:
        return
    # a sentence's stop after a number, split off before the parser reads (nlp/number_periods.py)
    nlp.add_pipe("newsgraph_number_periods", first=True)
    # and a sentence start preset after every sentence-final mark (nlp/sentence_starts.py)
    nlp.add_pipe("newsgraph_sentence_starts", after="newsgraph_number_periods")
    names = MODELS_DIR / PERSON_NAMES[lang]
    if names.is_file() and "ner" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_person_names", after="ner", config={"path": str(names)})
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_place_prepositions", after="ner")
    if names.is_file() and "ner" in nlp.pipe_names and COMMON_WORDS:
        nlp.add_pipe("newsgraph_common_words", after="ner", config={"path": str(names)})
    if "ner" in nlp.pipe_names and GIVEN_NAMES and "newsgraph_common_words" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_given_names", after="newsgraph_person_names")
    if "ner" in nlp.pipe_names and FALSE_PERSONS:
        last = [n for n in nlp.pipe_names if n in NER_COMPONENTS][-1]
        nlp.add_pipe("newsgraph_false_persons", after=last)
    table = MODELS_DIR / LEMMA_TABLES[lang]
    if table.is_file():
        nlp.add_pipe("newsgraph_lemma_table", after="parser", config={"path": str(table)})
        nlp.add_pipe("newsgraph_konjunktiv", after="newsgraph_lemma_table")
    else:
        nlp.add_pipe("newsgraph_konjunktiv", after="parser")


def ner_pipe_names(nlp: Language) -> list[str]:
    """The components of ``nlp`` needed for named entities (empty for a blank pipeline)."""
    return [name for name in nlp.pipe_names if name in NER_COMPONENTS]
