"""Deferred reading (session 19): the readers can hand out records to build later
(:class:`newsgraph.readers.Pending`), so a batch's workers, not the process that reads the
inputs, do each record's HTML extraction, structure rules and language identification."""

from __future__ import annotations

import gzip
import io
import json
import pickle
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.batch.local import run_local
from newsgraph.batch.sink import read_table
from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.readers import Outcome, Pending, read_inputs
from tests.conftest import DATA


def _same(outcome: Outcome, other: Outcome) -> bool:
    if isinstance(outcome, Article) and isinstance(other, Article):
        return outcome.model_dump_json() == other.model_dump_json()
    return type(outcome) is type(other) and str(outcome) == str(other)


def _jsonl(tmp_path: Path) -> Path:
    lines = (DATA / "news-de" / "10kgnad.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    path = tmp_path / "news.jsonl"
    no_text = json.dumps({"id": "x", "title": "Nur ein Titel"})
    path.write_text("\n".join([*lines[:3], "{broken", no_text, *lines[3:]]) + "\n", "utf-8")
    return path


def _warc(tmp_path: Path) -> Path:
    path = tmp_path / "pages.warc.gz"
    pages = sorted((DATA / "html-de" / "pages").glob("*.html.gz"))[:3]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, page in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            payload = io.BytesIO(gzip.decompress(page.read_bytes()))
            record = writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=payload, http_headers=http
            )
            writer.write_record(record)
    return path


def test_deferred_records_build_the_same_articles_and_errors(tmp_path: Path) -> None:
    seed = DATA.parent / "seed" / "putin-minsk-2022-12-19.txt"
    paths = [str(_jsonl(tmp_path)), str(_warc(tmp_path)), str(seed)]
    eager = list(read_inputs(paths))
    deferred = list(read_inputs(paths, defer=True))
    # splitting finds the malformed line; every other record is left to build
    assert [type(d).__name__ for d in deferred].count("Pending") == len(deferred) - 1
    (broken,) = [d for d in deferred if isinstance(d, InputError)]
    assert broken.record == 4 and "malformed JSON" in broken.problem
    built = [d.resolve() if isinstance(d, Pending) else d for d in deferred]
    assert len(built) == len(eager) == 12  # 8 lines (2 of them bad), 3 pages, the report
    assert all(_same(b, e) for b, e in zip(built, eager, strict=True))
    (no_text,) = [b for b in built if isinstance(b, InputError) and b.record == 5]
    assert "record has no text" in no_text.problem
    warc_records = [d for d in deferred if isinstance(d, Pending) and d.name.endswith(".warc.gz")]
    assert [d.record for d in warc_records] == [1, 2, 3]  # 1-based record indices
    assert all(d.size > 1000 for d in warc_records)


def test_a_pending_record_travels_to_another_process(tmp_path: Path) -> None:
    pending = [d for d in read_inputs([str(_warc(tmp_path))], defer=True)]
    first = pending[0]
    assert isinstance(first, Pending)
    copy = pickle.loads(pickle.dumps(first))
    assert _same(copy.resolve(), first.resolve())


def test_a_record_that_cannot_be_built_is_an_error_row_of_the_read_stage(tmp_path: Path) -> None:
    summary = run_local([str(_jsonl(tmp_path))], tmp_path / "out", workers=2, stages=())
    assert summary.articles == 6 and summary.errors == 2
    errors = {e["record"]: e for e in read_table(tmp_path / "out", "errors").to_pylist()}
    assert set(errors) == {4, 5}
    assert errors[5]["stage"] == "read" and "record has no text" in errors[5]["reason"]
    assert errors[4]["stage"] == "read" and "malformed JSON" in errors[4]["reason"]


def test_a_jsonl_dump_over_the_input_limit_is_streamed_line_by_line(tmp_path: Path) -> None:
    from newsgraph.readers import ReaderOptions

    lines = (DATA / "news-de" / "10kgnad.jsonl").read_bytes().splitlines()[:12]
    clean = tmp_path / "clean.jsonl"
    clean.write_bytes(b"\n".join(lines) + b"\n")
    latin1 = '{"text": "Die Größe der Stadt wächst."}'.encode("latin-1")
    body = b"\n".join([*lines[:5], b"{broken", latin1, *lines[5:]]) + b"\n"
    plain = tmp_path / "dump.jsonl"
    plain.write_bytes(body)
    packed = tmp_path / "dump.jsonl.gz"
    packed.write_bytes(gzip.compress(body))
    limit = max(len(line) for line in lines) + 1  # every line fits, the file does not
    whole = [a for a in read_inputs([str(clean)]) if isinstance(a, Article)]
    assert len(whole) == 12
    for path in (plain, packed):
        streamed = list(read_inputs([str(path)], ReaderOptions(max_bytes=limit)))
        articles = [o for o in streamed if isinstance(o, Article)]
        errors = {o.record: o.problem for o in streamed if isinstance(o, InputError)}
        assert set(errors) == {6, 7}
        assert "malformed JSON" in errors[6] and "not UTF-8" in errors[7]
        # the same articles as the file read whole (record numbers shift by the two bad lines)
        assert [a.text for a in articles] == [a.text for a in whole]
        assert [a.source.record for a in articles] == [*range(1, 6), *range(8, 15)]
        assert [a.language for a in articles] == [a.language for a in whole]
    (too_large, *_) = [
        o
        for o in read_inputs([str(plain)], ReaderOptions(max_bytes=100))
        if isinstance(o, InputError)
    ]
    assert "JSON line too large" in too_large.problem and too_large.record == 1
