"""Inputs: records, gzip, directories, globs, stdin, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.readers import ReaderOptions, read_inputs, sniff_format
from newsgraph.readers.inputs import RawInput, decode
from newsgraph.readers.records import FieldMap
from tests.conftest import DATA, SEED_TXT


def _split(outcomes: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    arts = [o for o in outcomes if isinstance(o, Article)]
    errs = [o for o in outcomes if isinstance(o, InputError)]
    return arts, errs


def test_gnad_jsonl_lead_and_dateline(tmp_path: Path) -> None:
    lines = (DATA / "news-de" / "10kgnad.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    path = tmp_path / "sample.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = _split(list(read_inputs([str(path)])))
    assert not errs and len(arts) == 40
    first = arts[0]
    record = json.loads(lines[0])
    assert first.source.reader == "jsonl" and first.source.record == 1
    assert first.section == record["section"]
    assert first.dateline == "Wien"
    assert first.lead and first.lead.startswith("Die Gewerkschaft GPA-djp lanciert")
    assert first.paragraphs[1].text.startswith("Die Gewerkschaft GPA-djp sieht Handlungsbedarf")
    assert all(a.language == "de" for a in arts)
    with_dateline = [a for a in arts if a.dateline]
    assert len(with_dateline) >= 20  # about two thirds of the corpus has "Ort – "
    for art in arts:
        for block in art.blocks:
            assert art.text[block.start : block.end] == block.text
        if art.dateline:
            assert art.lead and not art.paragraphs[1].text.startswith(art.dateline)


def test_whole_gnad_corpus_reads_cleanly() -> None:
    path = DATA / "news-de" / "10kgnad.jsonl"
    arts, errs = _split(list(read_inputs([str(path)])))
    assert not errs and len(arts) == 802
    places = {a.dateline for a in arts if a.dateline}
    assert {"Wien", "Washington", "Berlin", "Rio de Janeiro"} <= places
    # a dateline is a place, never a sentence fragment
    assert all(len(p.split()) <= 4 for p in places)


def test_malformed_json_lines_are_reported_and_good_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = {
        "title": "Ein Titel",
        "text": "Berlin – Der Bundestag hat am Freitag ein Gesetz verabschiedet.",
    }
    path.write_text(
        json.dumps(good)
        + "\n{not json\n"
        + json.dumps([1, 2])
        + "\n"
        + json.dumps({"foo": 1})
        + "\n",
        encoding="utf-8",
    )
    arts, errs = _split(list(read_inputs([str(path)])))
    assert len(arts) == 1 and arts[0].title == "Ein Titel" and arts[0].dateline == "Berlin"
    assert [e.record for e in errs] == [2, 3, 4]
    assert all(e.name == str(path) for e in errs)
    assert "malformed JSON" in errs[0].problem
    assert "no text" in errs[2].problem


def test_csv_with_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "headline;body_text;link;when\n"
        'Neue Regeln;"Wien – Die Regierung hat neue Regeln vorgestellt, die ab Juli gelten.";https://example.org/a;2023-05-02\n',
        encoding="utf-8",
    )
    options = ReaderOptions(
        fields=FieldMap.with_overrides(text="body_text", title="headline", url="link", date="when")
    )
    (art,) = list(read_inputs([str(path)], options))
    assert isinstance(art, Article)
    assert art.title == "Neue Regeln" and art.published == "2023-05-02"
    assert art.source.url == "https://example.org/a" and art.dateline == "Wien"


def test_gzip_directory_and_glob(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(SEED_TXT.read_bytes()))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(SEED_TXT.read_bytes())
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    arts, errs = _split(list(read_inputs([str(tmp_path)])))
    assert not errs and len(arts) == 2
    assert arts[0].title == arts[1].title and arts[0].dateline == "Minsk"
    arts, _ = _split(list(read_inputs([str(tmp_path / "**" / "*.txt")])))
    assert len(arts) == 1


def test_bad_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    huge = tmp_path / "huge.txt"
    huge.write_text("Ein Satz. " * 2000, encoding="utf-8")
    broken_gz = tmp_path / "broken.txt.gz"
    broken_gz.write_bytes(gzip.compress(b"Hallo Welt " * 100)[:30])
    options = ReaderOptions(max_bytes=10_000)
    outcomes = list(
        read_inputs(
            [str(empty), str(binary), str(huge), str(broken_gz), str(tmp_path / "missing.txt")],
            options,
        )
    )
    problems = {Path(o.name).name: o.problem for o in outcomes if isinstance(o, InputError)}
    assert problems["empty.txt"] == "empty input"
    assert "binary" in problems["binary.txt"]
    assert "too large" in problems["huge.txt"]
    assert "gzip" in problems["broken.txt.gz"]
    assert problems["missing.txt"] == "no such file"


def test_latin1_is_detected() -> None:
    text = "Die Bürger in Österreich äußerten große Sorge über die Preise für Gemüse und Öl."
    decoded, encoding = decode("x.txt", text.encode("latin-1"))
    assert decoded == text
    assert encoding.replace("-", "_").lower() in (
        "cp1252",
        "latin_1",
        "iso8859_1",
        "windows_1252",
        "iso_8859_1",
        "cp1250",
    )


def test_sniffing() -> None:
    assert sniff_format(RawInput("-", b"<!DOCTYPE html><html><body><p>x</p>", "")) == "html"
    assert sniff_format(RawInput("-", b'{"text": "x"}\n', "")) == "jsonl"
    assert sniff_format(RawInput("-", b"WARC/1.0\r\n", "")) == "warc"
    assert sniff_format(RawInput("-", b"Titel\nText", "")) == "text"
    assert sniff_format(RawInput("x.html", b"Titel", ".html")) == "html"
