"""Helpers shared by the event tests: analyse a German text, read an event type's parties."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Article
from newsgraph.pipeline import analyze
from newsgraph.readers import read_string

#: the publication date the event tests resolve their times against
PUBLISHED = "2024-03-05"


def analyse_de(text: str, nlp: Any, published: str = PUBLISHED) -> Article:
    """The whole pipeline on a German text written for a test."""
    return analyze(read_string(text, language="de", published=published), nlp=nlp)


def parties(article: Article, etype: str) -> list[tuple[list[str], list[str]]]:
    """(actor names, target names) of each event of type ``etype``, in order."""
    return [
        ([a.name for a in e.actors], [t.name for t in e.targets])
        for e in article.events
        if e.type == etype
    ]
