"""Readers: every input (scraped text, HTML, JSONL, CSV, WARC, feeds; files, directories,
globs, gzip, stdin) becomes :class:`~newsgraph.model.Article` objects.

:func:`read_inputs` yields an Article for each good record and an :class:`InputError` for each
bad one, so a caller can report problems and go on with the good inputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from io import BufferedReader
from typing import Any, Literal, overload

from newsgraph.errors import InputError
from newsgraph.language import detect_language
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import (
    DEFAULT_MAX_BYTES,
    RawInput,
    TooLarge,
    decode,
    expand_paths,
    format_suffix,
    load_input,
    open_input,
)
from newsgraph.readers.records import FieldMap, iter_csv, iter_jsonl, iter_jsonl_stream, pick
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


@dataclass(frozen=True)
class Pending:
    """One record of an input whose Article is not built yet.

    Splitting an input into records (JSON lines, WARC records) is cheap; building each Article
    (HTML extraction, structure rules, language identification) is not. With ``defer=True``
    the readers hand out a Pending per record, and whoever takes it — a batch worker — builds it
    with :meth:`resolve`, so the process that reads the inputs does not do every record's work
    alone. ``build`` is picklable (a :func:`functools.partial` of a module-level function).
    """

    name: str
    record: int | None
    size: int  # characters or bytes of the record's text, to size batches
    build: Callable[[], Outcome]
    options: ReaderOptions

    def resolve(self) -> Outcome:
        """The record's Article (or its InputError), exactly as the eager readers give it."""
        try:
            outcome = self.build()
        except InputError as exc:
            return exc
        return _finish(outcome, self.options) if isinstance(outcome, Article) else outcome


@overload
def read_inputs(
    paths: Iterable[str], options: ReaderOptions | None = None, *, defer: Literal[False] = False
) -> Iterator[Outcome]: ...


@overload
def read_inputs(
    paths: Iterable[str], options: ReaderOptions | None = None, *, defer: bool
) -> Iterator[Outcome | Pending]: ...


def read_inputs(
    paths: Iterable[str], options: ReaderOptions | None = None, *, defer: bool = False
) -> Iterator[Outcome | Pending]:
    """Articles (or the errors of bad inputs) for every path, directory, glob or '-'.

    With ``defer`` the records of text, HTML, JSONL, CSV and WARC inputs come as
    :class:`Pending` (the errors found while splitting an input still come as InputError)."""
    options = options or ReaderOptions()
    for name in expand_paths(paths):
        if _streamed(name, options):
            yield from _read_warc_file(name, options, defer)
            continue
        try:
            raw = load_input(name, max_bytes=options.max_bytes)
        except TooLarge as exc:
            if _jsonl_file(name, options):
                yield from _read_jsonl_file(name, options, defer)
            else:
                yield exc
            continue
        except InputError as exc:
            yield exc
            continue
        yield from read_raw(raw, options, defer=defer)


def _jsonl_file(name: str, options: ReaderOptions) -> bool:
    if name == "-" or options.format not in ("auto", "jsonl"):
        return False
    return options.format == "jsonl" or format_suffix(name) in (".jsonl", ".ndjson")


def _read_jsonl_file(name: str, options: ReaderOptions, defer: bool) -> Iterator[Outcome | Pending]:
    """A JSON Lines file over the size limit (a dump), streamed line by line in UTF-8; the
    limit applies to each line."""
    import gzip
    import zlib

    def records(stream: BufferedReader) -> Iterator[Read]:
        lines = gzip.GzipFile(fileobj=stream) if stream.peek(2)[:2] == b"\x1f\x8b" else stream
        pending = iter_jsonl_stream(name, lines, options.max_bytes)
        try:
            yield from _pending_records(name, ".jsonl", pending, "jsonl", "utf-8", options)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(name, f"broken compressed data ({type(exc).__name__})")

    return _read_stream(name, records, options, defer)


def _streamed(name: str, options: ReaderOptions) -> bool:
    """A WARC file is read as a stream, record by record (CC-NEWS files are ~1 GB)."""
    if name == "-" or options.format not in ("auto", "warc"):
        return False
    return options.format == "warc" or format_suffix(name) in (".warc", ".arc")


def _read_warc_file(name: str, options: ReaderOptions, defer: bool) -> Iterator[Outcome | Pending]:
    from newsgraph.readers.warc import read_warc_stream

    return _read_stream(
        name, lambda stream: read_warc_stream(name, stream, options), options, defer
    )


def _read_stream(
    name: str,
    read: Callable[[BufferedReader], Iterator[Read]],
    options: ReaderOptions,
    defer: bool,
) -> Iterator[Outcome | Pending]:
    """The outcomes of ``read`` on the opened file ``name`` (an error if it cannot be opened)."""
    try:
        stream = open_input(name)
    except InputError as exc:
        yield exc
        return
    with stream:
        yield from _finished(read(stream), options, defer)


@overload
def read_raw(
    raw: RawInput, options: ReaderOptions | None = None, *, defer: Literal[False] = False
) -> Iterator[Outcome]: ...


@overload
def read_raw(
    raw: RawInput, options: ReaderOptions | None = None, *, defer: bool
) -> Iterator[Outcome | Pending]: ...


def read_raw(
    raw: RawInput, options: ReaderOptions | None = None, *, defer: bool = False
) -> Iterator[Outcome | Pending]:
    """Articles from one loaded input (:class:`Pending` records with ``defer``)."""
    options = options or ReaderOptions()
    fmt = options.format if options.format != "auto" else sniff_format(raw)
    reader = _READERS.get(fmt)
    if reader is None:
        yield InputError(
            raw.name, f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})"
        )
        return
    yield from _finished(reader(raw, options), options, defer)


def _finished(
    outcomes: Iterator[Read], options: ReaderOptions, defer: bool
) -> Iterator[Outcome | Pending]:
    """A reader's outcomes with every Article finished (and every Pending built, unless
    ``defer``); an InputError the reader raises ends that input."""
    try:
        for outcome in outcomes:
            if isinstance(outcome, Pending):
                yield outcome if defer else outcome.resolve()
            elif isinstance(outcome, Article):
                yield _finish(outcome, options)
            else:
                yield outcome
    except InputError as exc:
        yield exc


def read_string(
    text: str, *, name: str = "<string>", format: str = "text", **kwargs: Any
) -> Article:
    """Convenience for library users and tests: one article from a string."""
    raw = RawInput(name=name, data=text.encode("utf-8"), suffix="")
    options = ReaderOptions(format=format, **kwargs)
    articles: list[Article] = []
    for outcome in read_raw(raw, options):
        if isinstance(outcome, InputError):
            raise outcome
        articles.append(outcome)
    if not articles:
        raise InputError(name, "no article in input")
    return articles[0]


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


#: what the readers yield: Articles, errors, or records left to build (:class:`Pending`)
Read = Article | InputError | Pending


def _read_text(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    yield Pending(raw.name, None, len(raw.data), partial(_text_article, raw), options)


def _text_article(raw: RawInput) -> Article:
    text, encoding = decode(raw.name, raw.data)
    return read_text(text, _source(raw, "text", encoding=encoding))


def _read_html(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    yield Pending(raw.name, None, len(raw.data), partial(_html_article, raw), options)


def _html_article(raw: RawInput) -> Article:
    from newsgraph.readers.html import read_html

    text, encoding = decode(raw.name, raw.data, declared=_declared_charset(raw.data))
    return read_html(text, _source(raw, "html", encoding=encoding))


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _records(
    raw: RawInput,
    options: ReaderOptions,
    reader: str,
    iterate: Callable[[str, str], Iterator[tuple[int, dict[str, Any] | InputError]]],
) -> Iterator[Read]:
    text, encoding = decode(raw.name, raw.data)
    return _pending_records(
        raw.name, raw.suffix, iterate(raw.name, text), reader, encoding, options
    )


def _pending_records(
    name: str,
    suffix: str,
    records: Iterator[tuple[int, dict[str, Any] | InputError]],
    reader: str,
    encoding: str,
    options: ReaderOptions,
) -> Iterator[Read]:
    fields = options.fields
    named = RawInput(name=name, data=b"", suffix=suffix)  # a record needs only the name
    for number, record in records:
        if isinstance(record, InputError):
            yield record
            continue
        build = partial(article_from_record, record, named, reader, number, encoding, fields)
        yield Pending(name, number, _record_size(record, fields), build, options)


def _record_size(record: dict[str, Any], fields: FieldMap) -> int:
    body = pick(record, fields.text) or pick(record, fields.html)
    return len(body) if isinstance(body, str) else 0


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


def _read_jsonl(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    return _records(raw, options, "jsonl", iter_jsonl)


def _read_csv(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    delimiter = "\t" if raw.suffix == ".tsv" else None
    return _records(raw, options, "csv", lambda n, t: iter_csv(n, t, delimiter=delimiter))


def _read_warc(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    from newsgraph.readers.warc import read_warc

    return read_warc(raw, options)


def _read_feed(raw: RawInput, options: ReaderOptions) -> Iterator[Read]:
    from newsgraph.readers.feed import read_feed

    return read_feed(raw, options)


_READERS: dict[str, Callable[[RawInput, ReaderOptions], Iterator[Read]]] = {
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
    "Pending",
    "ReaderOptions",
    "read_inputs",
    "read_raw",
    "read_string",
    "sniff_format",
]
