"""English events with the shipped English parse (session 14, en_newsgraph): subject → actor,
object → target, passives (also a participle coordinated with a passive one), by-agents of
nouns, relative pronouns, unnamed subjects that speak for someone, and tagged words that are no
verbs. Sentences written for these tests; entities built by hand (every mention of the listed
forms) so that the event rules are checked on their own."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.events.stage import run as run_events_stage
from newsgraph.model import Article, EntityRef
from newsgraph.nlp import load_pipeline, nlp_available
from newsgraph.pipeline import build_context
from newsgraph.readers import read_string
from tests.test_events import _entities

pytestmark = pytest.mark.skipif(not nlp_available("en"), reason="English model not built")


def _article(text: str, spec: dict[str, Any]) -> Article:
    article = read_string(text, language="en", published="2024-03-05")
    ctx = build_context(article, load_pipeline("en"))
    _entities(article, spec)
    run_events_stage(ctx)
    return article


def _names(refs: list[EntityRef]) -> set[str]:
    return {r.name for r in refs}


def _triples(article: Article) -> list[tuple[str, set[str], set[str]]]:
    return [(e.type, _names(e.actors), _names(e.targets)) for e in article.events]


PEOPLE = {
    "Anna Berg": ("PER", ["Anna Berg", "Berg"]),
    "Tom Hale": ("PER", ["Tom Hale", "Hale"]),
    "Norland": ("LOC", ["Norland"]),
    "Vestia": ("LOC", ["Vestia"]),
    "Harbour Party": ("ORG", ["Harbour Party"]),
}


def test_parse_has_the_english_pipeline() -> None:
    nlp = load_pipeline("en")
    assert "parser" in nlp.pipe_names
    # the rule sentencizer sets the sentences, the parser keeps them
    assert nlp.pipe_names.index("sentencizer") < nlp.pipe_names.index("parser")


def test_subject_actor_object_target() -> None:
    article = _article("On Monday, Norland deported Tom Hale and Anna Berg.", PEOPLE)
    assert ("COERCE", {"Norland"}, {"Tom Hale", "Anna Berg"}) in _triples(article)


def test_passive_with_by_agent() -> None:
    article = _article("Tom Hale was arrested by the Norland police on Monday.", PEOPLE)
    triples = _triples(article)
    assert any(t[0] == "COERCE" and t[2] == {"Tom Hale"} for t in triples), triples
    assert not any(t[0] == "COERCE" and "Tom Hale" in t[1] for t in triples), triples


def test_participle_coordinated_with_a_passive_shares_its_subject() -> None:
    article = _article("Tom Hale was convicted and sentenced to ten years in prison.", PEOPLE)
    triples = _triples(article)
    assert triples and all("Tom Hale" not in t[1] for t in triples), triples
    assert any(t[0] == "COERCE" and t[2] == {"Tom Hale"} for t in triples), triples


def test_words_tagged_as_no_verb_do_not_trigger_verbs() -> None:
    # "back" as a noun or an adverb is no support
    article = _article(
        "Anna Berg walked into the back of the room. Tom Hale came back to Norland on Friday.",
        PEOPLE,
    )
    assert not [t for t in _triples(article) if t[0] == "SUPPORT"], _triples(article)


def test_relative_pronoun_stands_for_its_noun() -> None:
    article = _article(
        "The reform was opposed by Norland, which strongly backed the Harbour Party.", PEOPLE
    )
    support = [t for t in _triples(article) if t[0] == "SUPPORT"]
    assert support and support[0][1] == {"Norland"}, _triples(article)


def test_unnamed_subject_speaks_for_its_owner() -> None:
    article = _article("A spokesman for Anna Berg criticized Tom Hale on Tuesday.", PEOPLE)
    accuse = [t for t in _triples(article) if t[0] == "ACCUSE"]
    assert accuse and accuse[0][1] == {"Anna Berg"}, _triples(article)
