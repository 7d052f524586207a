"""Readers: every input (scraped text, HTML, JSONL, CSV, WARC, feeds; files, directories,
globs, gzip, stdin) becomes :class:`~newsgraph.model.Article` objects.

:func:`read_inputs` yields an Article for each good record and an :class:`InputError` for each
bad one, so a caller can report problems and go on with the good inputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsgraph.errors import InputError
from newsgraph.language import detect_language
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import (
    DEFAULT_MAX_BYTES,
    RawInput,
    decode,
    expand_paths,
    load_input,
)
from newsgraph.readers.records import FieldMap, iter_csv, iter_jsonl, pick
from newsgraph.readers.text import read_text
from newsgraph.structure.builder import Metadata
from newsgraph.structure.dates import normalise_published

FORMATS = ("auto", "text", "html", "jsonl", "csv", "warc", "feed")


@dataclass
class ReaderOptions:
    """How to read inputs; every field has a sensible default."""

    format: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None  # used when an article states no publication date
    language: str | None = None  # force a language instead of detecting it
    fields: FieldMap = field(default_factory=FieldMap)


Outcome = Article | InputError


def read_inputs(paths: Iterable[str], options: ReaderOptions | None = None) -> Iterator[Outcome]:
    """Articles (or the errors of bad inputs) for every path, directory, glob or '-'."""
    options = options or ReaderOptions()
    for name in expand_paths(paths):
        try:
            raw = load_input(name, max_bytes=options.max_bytes)
        except InputError as exc:
            yield exc
            continue
        yield from read_raw(raw, options)


def read_raw(raw: RawInput, options: ReaderOptions | None = None) -> Iterator[Outcome]:
    """Articles from one loaded input."""
    options = options or ReaderOptions()
    fmt = options.format if options.format != "auto" else sniff_format(raw)
    reader = _READERS.get(fmt)
    if reader is None:
        yield InputError(
            raw.name, f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})"
        )
        return
    try:
        for outcome in reader(raw, options):
            yield _finish(outcome, options) if isinstance(outcome, Article) else outcome
    except InputError as exc:
        yield exc


def read_string(
    text: str, *, name: str = "<string>", format: str = "text", **kwargs: Any
) -> Article:
    """Convenience for library users and tests: one article from a string."""
    raw = RawInput(name=name, data=text.encode("utf-8"), suffix="")
    options = ReaderOptions(format=format, **kwargs)
    outcomes = list(read_raw(raw, options))
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            raise outcome
    if not outcomes:
        raise InputError(name, "no article in input")
    first = outcomes[0]
    assert isinstance(first, Article)
    return first


_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
}


def sniff_format(raw: RawInput) -> str:
    """Format from the file suffix, else from the first bytes."""
    if raw.suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[raw.suffix]
    head = raw.data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head):
        return "feed"
    if head.startswith((b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or re.search(
        rb"<(?:body|div|p|article)\b", head
    ):
        return "html"
    if head.startswith(b"{") or head.startswith(b"[{"):
        return "jsonl"
    return "text"


def _source(raw: RawInput, reader: str, **extra: Any) -> Source:
    return Source(
        path=raw.name,
        reader=reader,
        content_hash=extra.pop("content_hash", None) or raw.content_hash,
        **extra,
    )


def _read_text(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    text, encoding = decode(raw.name, raw.data)
    yield read_text(text, _source(raw, "text", encoding=encoding))


def _read_html(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    from newsgraph.readers.html import read_html

    text, encoding = decode(raw.name, raw.data, declared=_declared_charset(raw.data))
    yield read_html(text, _source(raw, "html", encoding=encoding))


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _records(
    raw: RawInput,
    options: ReaderOptions,
    reader: str,
    iterate: Callable[[str, str], Iterator[tuple[int, dict[str, Any] | InputError]]],
) -> Iterator[Outcome]:
    text, encoding = decode(raw.name, raw.data)
    fields = options.fields
    for number, record in iterate(raw.name, text):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield article_from_record(record, raw, reader, number, encoding, fields)
        except InputError as exc:
            yield exc


def article_from_record(
    record: dict[str, Any],
    raw: RawInput,
    reader: str,
    number: int,
    encoding: str | None,
    fields: FieldMap,
) -> Article:
    """One Article from a JSON/CSV record (text or HTML field plus metadata fields)."""
    import hashlib
    import json

    url = pick(record, fields.url)
    content_hash = hashlib.sha256(
        json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    ).hexdigest()
    source = Source(
        path=raw.name,
        url=str(url) if url else None,
        reader=reader,
        content_hash=content_hash,
        record=number,
        encoding=encoding,
    )
    meta = Metadata()
    title = pick(record, fields.title)
    if title:
        meta.title = str(title)
    date = pick(record, fields.date)
    if date:
        meta.published = normalise_published(str(date))
    authors = pick(record, fields.authors)
    if isinstance(authors, list):
        meta.authors = [str(a) for a in authors if a]
    elif authors:
        meta.add_authors(str(authors))
    html = pick(record, fields.html)
    body = pick(record, fields.text)
    if body is not None and not isinstance(body, str):
        raise InputError(raw.name, "text field is not a string", record=number)
    if body:
        article = read_text(str(body), source, meta=meta)
    elif html:
        from newsgraph.readers.html import read_html

        article = read_html(str(html), source, meta=meta)
    else:
        names = ", ".join(fields.text + fields.html)
        raise InputError(
            raw.name, f"record has no text (looked for fields: {names})", record=number
        )
    updates: dict[str, Any] = {}
    section = pick(record, fields.section)
    if section:
        updates["section"] = str(section)
    site = pick(record, fields.site)
    if site:
        updates["site_name"] = str(site)
    language = pick(record, fields.language)
    if language:
        updates["language"] = str(language)
    return article.model_copy(update=updates) if updates else article


def _read_jsonl(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    return _records(raw, options, "jsonl", iter_jsonl)


def _read_csv(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    delimiter = "\t" if raw.suffix == ".tsv" else None
    return _records(raw, options, "csv", lambda n, t: iter_csv(n, t, delimiter=delimiter))


def _read_warc(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    from newsgraph.readers.warc import read_warc

    return read_warc(raw, options)


def _read_feed(raw: RawInput, options: ReaderOptions) -> Iterator[Outcome]:
    from newsgraph.readers.feed import read_feed

    return read_feed(raw, options)


_READERS: dict[str, Callable[[RawInput, ReaderOptions], Iterator[Outcome]]] = {
    "text": _read_text,
    "html": _read_html,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "warc": _read_warc,
    "feed": _read_feed,
}


def _finish(article: Article, options: ReaderOptions) -> Article:
    """Fill what every reader shares: language, the fallback publication date, empty checks."""
    updates: dict[str, Any] = {}
    if options.language:
        updates["language"] = options.language
    elif not article.language:
        updates["language"] = detect_language(article.body or article.text)
    if not article.published and options.published:
        updates["published"] = normalise_published(options.published)
    if not article.body.strip():
        updates["warnings"] = [*article.warnings, "no body text found"]
    return article.model_copy(update=updates) if updates else article


__all__ = [
    "FORMATS",
    "FieldMap",
    "InputError",
    "Outcome",
    "ReaderOptions",
    "read_inputs",
    "read_raw",
    "read_string",
    "sniff_format",
]
