"""WARC archives (Common Crawl CC-NEWS layout): one Article per HTML response record."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsgraph.errors import InputError
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import RawInput, decode
from newsgraph.structure.builder import Metadata
from newsgraph.structure.dates import normalise_published

if TYPE_CHECKING:
    from newsgraph.readers import ReaderOptions

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(raw: RawInput, options: ReaderOptions) -> Iterator[Article | InputError]:
    """Articles of the HTML ``response`` records of a WARC file (other records are skipped).

    ``source.url`` is the record's ``WARC-Target-URI``, ``source.record`` its 1-based index among
    the file's records; the ``WARC-Date`` (crawl time) is only a fallback for the publication date.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    index = 0
    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(raw.data)), start=1):
            if record.rec_type != "response":
                continue
            http = record.http_headers
            if http is None:
                continue
            status = http.get_statuscode()
            ctype = (http.get_header("Content-Type") or "").lower()
            if status != "200" or not ctype.startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            if len(payload) > options.max_bytes:
                yield InputError(raw.name, "HTML payload too large", record=index)
                continue
            found += 1
            yield _article(
                raw, index, url, payload, ctype, record.rec_headers.get_header("WARC-Date")
            )
    except ArchiveLoadFailed as exc:
        yield InputError(raw.name, f"broken WARC data: {exc}", record=index or None)
        return
    except (OSError, ValueError, EOFError) as exc:  # truncated or corrupt gzip members
        yield InputError(raw.name, f"broken WARC data: {exc}", record=index or None)
        return
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
