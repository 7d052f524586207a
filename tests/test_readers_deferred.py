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
