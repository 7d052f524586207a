"""The WARC reader on a small CC-NEWS-like archive written here with warcio from a real page."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.readers import read_inputs
from tests.conftest import DATA

EN = DATA / "html-en"
NBC = "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5"


def _response(
    writer: WARCWriter,
    url: str,
    payload: bytes,
    *,
    status: str = "200 OK",
    ctype: str = "text/html; charset=utf-8",
    date: str = "2019-11-21T08:00:00Z",
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(payload),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


@pytest.fixture(scope="module")
def nbc_url() -> str:
    truth = json.loads((EN / "ground-truth.json").read_text(encoding="utf-8"))
    (key,) = [k for k in truth if k.startswith(NBC)]
    return str(truth[key]["url"])


def _archive(path: Path, nbc_url: str) -> None:
    page = gzip.decompress(next((EN / "pages").glob(f"{NBC}*.html.gz")).read_bytes())
    no_date = (
        b"<html lang='de'><head><title>Neue Schule er\xc3\xb6ffnet</title></head><body><article>"
        b"<h1>Neue Schule er\xc3\xb6ffnet</h1><p>Die neue Grundschule im Stadtteil Nord hat am "
        b"Montag ihre T\xc3\xbcren ge\xc3\xb6ffnet. Rund 200 Kinder lernen dort in zehn Klassen, "
        b"wie die Stadtverwaltung mitteilte.</p><p>Der Bau hatte knapp zwei Jahre gedauert und "
        b"rund zw\xc3\xb6lf Millionen Euro gekostet. Eltern lobten die hellen R\xc3\xa4ume und den "
        b"gro\xc3\x9fen Schulhof.</p></article></body></html>"
    )
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "test"}))
        _response(writer, nbc_url, page)  # record 2
        _response(
            writer, "https://example.org/missing", b"<html>gone</html>", status="404 Not Found"
        )
        _response(writer, "https://example.org/a.jpg", b"\xff\xd8\xff\xe0", ctype="image/jpeg")
        _response(writer, "https://example.org/schule", no_date, date="2023-03-06T10:15:00Z")


def test_warc_response_records(tmp_path: Path, nbc_url: str) -> None:
    path = tmp_path / "CC-NEWS-test.warc.gz"
    _archive(path, nbc_url)
    results = list(read_inputs([str(path)]))
    assert all(isinstance(r, Article) for r in results), results
    first, second = results
    assert isinstance(first, Article) and isinstance(second, Article)
    # the non-200 and non-HTML records are skipped; indexes count every record of the file
    assert first.source.reader == "warc"
    assert first.source.url == nbc_url
    assert first.source.record == 2
    assert first.source.path == str(path)
    assert first.title == "House Hitler was born in will become a police station, Austria says"
    assert first.agencies == ["Reuters"]  # "By Reuters"
    assert first.language == "en"
    # the page states its date; the crawl date is not used
    assert first.published is not None and first.published.startswith("2019-11-20")
    assert first.body.startswith("The house where Adolf Hitler was born")
    assert second.source.record == 5
    assert second.source.url == "https://example.org/schule"
    assert second.title == "Neue Schule eröffnet"
    assert second.language == "de"
    # no date on the page: the WARC-Date is the fallback
    assert second.published is not None and second.published.startswith("2023-03-06")
    assert len(second.paragraphs) == 2
    assert first.id != second.id


def test_warc_without_html_records(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        _response(writer, "https://example.org/a.jpg", b"\xff\xd8\xff\xe0", ctype="image/jpeg")
    (result,) = list(read_inputs([str(path)]))
    assert isinstance(result, InputError)
    assert "images.warc" in str(result) and "no HTML response records" in str(result)


def test_broken_warc(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    results = list(read_inputs([str(path)]))
    assert results and all(isinstance(r, InputError) for r in results)
    assert "broken.warc" in str(results[0])


def test_records_without_content_type_are_sniffed(tmp_path: Path) -> None:
    page = (
        b"<!DOCTYPE html><html lang='en'><head><title>Bridge reopens</title></head><body><article>"
        b"<h1>Bridge reopens</h1><p>The old river bridge reopened to traffic on Friday after two "
        b"years of repairs, the city said.</p><p>Cyclists get a separate lane on both sides, and "
        b"the speed limit drops to 30 kilometres an hour.</p></article></body></html>"
    )
    path = tmp_path / "untyped.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, payload in [
            ("https://example.org/bridge", page),
            ("https://example.org/data.bin", b"\x89PNG\r\n\x1a\n not html at all"),
        ]:
            http = StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=http
            )
            writer.write_record(record)
    (article,) = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.title == "Bridge reopens"
    assert article.source.url == "https://example.org/bridge"
    assert len(article.paragraphs) == 2


def test_a_warc_file_larger_than_the_input_limit_is_read_record_by_record(tmp_path: Path) -> None:
    # session 19: a CC-NEWS file (~1 GB) is streamed; the size limit applies to each record
    from newsgraph.readers import ReaderOptions

    pages = [gzip.decompress(p.read_bytes()) for p in sorted((EN / "pages").glob("*.html.gz"))[:4]]
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, page in enumerate(pages):
            _response(writer, f"https://example.org/{n}", page)
    largest = max(len(p) for p in pages)
    limit = sorted(len(p) for p in pages)[-2]  # every record fits but the largest
    assert path.stat().st_size > limit and sum(len(p) for p in pages) > limit
    outcomes = list(read_inputs([str(path)], ReaderOptions(max_bytes=limit)))
    articles = [o for o in outcomes if isinstance(o, Article)]
    errors = [o for o in outcomes if isinstance(o, InputError)]
    assert len(articles) == 3 and all(a.body for a in articles)
    (error,) = errors
    assert "payload too large" in error.problem and largest > limit
    assert error.record == 1 + [len(p) for p in pages].index(largest)
    with_room = list(read_inputs([str(path)], ReaderOptions(max_bytes=largest)))
    assert all(isinstance(o, Article) for o in with_room) and len(with_room) == 4
