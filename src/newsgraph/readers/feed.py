"""RSS and Atom feeds: one Article per entry (title, link, date, author, content or summary)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsgraph.errors import InputError
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import RawInput
from newsgraph.structure.builder import Metadata
from newsgraph.structure.dates import normalise_published

if TYPE_CHECKING:
    from newsgraph.readers import ReaderOptions

_HTML_TAG = re.compile(
    r"<(?:p|div|br|h[1-6]|ul|ol|li|figure|img|blockquote|span|a|strong|em)\b", re.I
)


def read_feed(raw: RawInput, options: ReaderOptions) -> Iterator[Article | InputError]:
    """Articles of a feed's entries; HTML content goes through the HTML reader, text through the
    text reader. An entry without any text is reported, the others are still read."""
    import feedparser

    parsed = feedparser.parse(raw.data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = "no entries in the feed"
        if parsed.get("bozo"):
            problem = f"broken feed: {parsed.get('bozo_exception')}"
        yield InputError(raw.name, problem)
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    language = (parsed.get("feed") or {}).get("language")
    for number, entry in enumerate(entries, start=1):
        try:
            yield _article(raw, number, entry, feed_title, language)
        except InputError as exc:
            yield InputError(raw.name, exc.problem, record=number)


def _article(
    raw: RawInput, number: int, entry: Any, feed_title: str | None, language: str | None
) -> Article:
    from newsgraph.readers.html import read_html
    from newsgraph.readers.text import read_text

    link = entry.get("link") or None
    body, is_html = _body(entry)
    if not body.strip():
        raise InputError(raw.name, "feed entry has no content or summary", record=number)
    content_hash = hashlib.sha256(
        json.dumps(
            {"link": link, "title": entry.get("title"), "body": body}, ensure_ascii=False
        ).encode("utf-8")
    ).hexdigest()
    source = Source(
        path=raw.name,
        url=link,
        reader="feed",
        content_hash=content_hash,
        record=number,
        encoding=None,
    )
    meta = Metadata()
    if entry.get("title"):
        meta.title = _strip_tags(entry["title"])
    meta.published = _published(entry)
    authors = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    if authors:
        meta.authors = [str(a) for a in authors]
    elif entry.get("author"):
        meta.add_authors(str(entry["author"]))
    if is_html:
        try:
            # the entry's content is the article: a page around it lets trafilatura keep it all
            page = f"<html><body><article>{body}</article></body></html>"
            article = read_html(page, source, meta=meta)
        except InputError:
            article = read_text(_strip_tags(body), source, meta=meta)
    else:
        article = read_text(body, source, meta=meta)
    updates: dict[str, Any] = {"source": source}
    if feed_title:  # the feed's own name beats what the HTML reader guesses from a host name
        updates["site_name"] = _strip_tags(feed_title)
    lang = entry.get("language") or language
    if lang and not article.language:
        updates["language"] = str(lang)[:2].lower()
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if tags and not article.section:
        updates["section"] = str(tags[0])
    return article.model_copy(update=updates)


def _body(entry: Any) -> tuple[str, bool]:
    """The fullest text of an entry: ``content`` before ``summary``; and whether it is HTML."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((content.get("value") or "", content.get("type") or ""))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry["summary"], detail.get("type") or ""))
    if not candidates:
        return "", False
    value, ctype = max(candidates, key=lambda c: len(c[0]))
    is_html = "html" in ctype or bool(_HTML_TAG.search(value))
    return value, is_html


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            y, mo, d, h, mi, sec = parsed[:6]
            stamp = datetime(y, mo, d, h, mi, sec, tzinfo=UTC)
            return normalise_published(stamp)
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return normalise_published(str(entry[key]))
    return None


def _strip_tags(text: str) -> str:
    from lxml import html as lxml_html

    try:
        return str(lxml_html.fromstring(f"<div>{text}</div>").text_content()).strip()
    except Exception:  # lxml raises several types for odd fragments
        return re.sub(r"<[^>]+>", " ", text).strip()
