"""Scraped plain text: scraper dumps and copy-paste of news pages."""

from __future__ import annotations

from newsgraph.model import Article, Source
from newsgraph.readers.inputs import normalise_text
from newsgraph.structure.builder import Metadata, split_lines, structure


def read_text(text: str, source: Source, *, meta: Metadata | None = None) -> Article:
    """Structure a plain-text report: title, media leftovers, credits, dateline, bylines, body."""
    return structure(split_lines(normalise_text(text)), source, meta=meta)
