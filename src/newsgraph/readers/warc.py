"""WARC archives (Common Crawl CC-NEWS layout): one Article per HTML response record."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, BinaryIO

from newsgraph.errors import InputError
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import RawInput, decode
from newsgraph.structure.builder import Metadata
from newsgraph.structure.dates import normalise_published

if TYPE_CHECKING:
    from newsgraph.readers import Pending, ReaderOptions

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_START = re.compile(rb"(?i)<(?:!doctype html|html|head|body)\b")


def read_warc(raw: RawInput, options: ReaderOptions) -> Iterator[Pending | InputError]:
    """:func:`read_warc_stream` on a WARC input held in memory."""
    return read_warc_stream(raw.name, io.BytesIO(raw.data), options, suffix=raw.suffix)


def read_warc_stream(
    name: str, stream: BinaryIO, options: ReaderOptions, *, suffix: str = ".warc"
) -> Iterator[Pending | InputError]:
    """Articles (to be built: :class:`~newsgraph.readers.Pending`) of the HTML ``response``
    records of a WARC file (other records are skipped), read record by record from ``stream``:
    a CC-NEWS file (~1 GB) is never held in memory whole; ``options.max_bytes`` limits each
    record's payload.

    ``source.url`` is the record's ``WARC-Target-URI``, ``source.record`` its 1-based index among
    the file's records; the ``WARC-Date`` (crawl time) is only a fallback for the publication date.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from newsgraph.readers import Pending

    raw = RawInput(name=name, data=b"", suffix=suffix)  # a record needs only the name

    found = 0
    index = 0
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            yield InputError(raw.name, f"broken WARC data: {exc}", record=index + 1)
            return
        except Exception as exc:  # warcio raises many types on corrupt or truncated records
            yield InputError(
                raw.name, f"broken WARC record ({type(exc).__name__})", record=index + 1
            )
            return
        index += 1
        if record.rec_type != "response" or record.http_headers is None:
            continue
        http = record.http_headers
        ctype = (
            http.get_header("Content-Type")
            or record.rec_headers.get_header("WARC-Identified-Payload-Type")
            or ""
        ).lower()
        if http.get_statuscode() != "200" or (ctype and not ctype.startswith(_HTML_TYPES)):
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            payload = record.content_stream().read()
        except Exception as exc:  # a truncated payload
            yield InputError(raw.name, f"broken WARC payload ({type(exc).__name__})", record=index)
            continue
        if not ctype and not _HTML_START.search(payload[:1024]):
            continue  # no content type and no HTML either
        if len(payload) > options.max_bytes:
            yield InputError(raw.name, "HTML payload too large", record=index)
            continue
        found += 1
        warc_date = record.rec_headers.get_header("WARC-Date")
        build = partial(_article, raw, index, url, payload, ctype, warc_date)
        yield Pending(raw.name, index, len(payload), build, options)
    if not found:
        yield InputError(raw.name, "no HTML response records with status 200 in the WARC file")


def _article(
    raw: RawInput,
    index: int,
    url: str | None,
    payload: bytes,
    ctype: str,
    warc_date: str | None,
) -> Article | InputError:
    from newsgraph.readers import _declared_charset
    from newsgraph.readers.html import read_html

    declared = None
    if "charset=" in ctype:
        declared = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    name = f"{raw.name}:{index}"
    try:
        text, encoding = decode(name, payload, declared=declared or _declared_charset(payload))
        source = Source(
            path=raw.name,
            url=url,
            reader="warc",
            content_hash=hashlib.sha256(payload).hexdigest(),
            record=index,
            encoding=encoding,
        )
        article = read_html(text, source, meta=Metadata())
    except InputError as exc:
        return InputError(raw.name, exc.problem, record=index)
    if not article.published and warc_date:
        article = article.model_copy(update={"published": normalise_published(warc_date)})
    return article
