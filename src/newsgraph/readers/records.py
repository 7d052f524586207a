"""Record inputs: JSON lines and CSV, with configurable field names."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsgraph.errors import InputError


@dataclass(frozen=True)
class FieldMap:
    """Which record fields hold what; the first field present wins."""

    text: tuple[str, ...] = ("text", "body", "content", "articleBody", "maintext", "article")
    html: tuple[str, ...] = ("html", "raw_html", "page")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link", "source_url", "canonical_url")
    date: tuple[str, ...] = (
        "published",
        "date",
        "date_publish",
        "datePublished",
        "pubdate",
        "time",
    )
    authors: tuple[str, ...] = ("authors", "author", "byline")
    section: tuple[str, ...] = ("section", "category", "label")
    language: tuple[str, ...] = ("language", "lang")
    site: tuple[str, ...] = ("source", "site", "site_name", "outlet", "publisher")
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def with_overrides(cls, **overrides: str | None) -> FieldMap:
        """Put user-given field names first: ``FieldMap.with_overrides(text="body_text")``."""
        base = cls()
        values: dict[str, Any] = {}
        for key, name in overrides.items():
            if name:
                values[key] = (name, *getattr(base, key))
        return cls(**values) if values else base


def pick(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def iter_jsonl(name: str, text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """``(line number, record)`` for each non-empty line; malformed lines become InputErrors."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        # a JSON array of records
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield 1, InputError(name, f"malformed JSON: {exc.msg} (line {exc.lineno})")
            return
        for idx, item in enumerate(data, start=1):
            if isinstance(item, dict):
                yield idx, item
            else:
                yield idx, InputError(name, "record is not a JSON object", record=idx)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield lineno, _json_line(name, lineno, line)


def iter_jsonl_stream(
    name: str, lines: Iterable[bytes], max_bytes: int
) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """:func:`iter_jsonl` over the raw lines of a file too large to hold in memory (split at
    ``\\n`` only). The lines must be UTF-8, as JSON Lines prescribes; ``max_bytes`` limits each."""
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if len(raw) > max_bytes:
            yield lineno, InputError(name, "JSON line too large", record=lineno)
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield lineno, InputError(name, "JSON line is not UTF-8 text", record=lineno)
            continue
        yield lineno, _json_line(name, lineno, line)


def _json_line(name: str, lineno: int, line: str) -> dict[str, Any] | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(name, f"malformed JSON line: {exc.msg}", record=lineno)
    if not isinstance(obj, dict):
        return InputError(name, "JSON line is not an object", record=lineno)
    return obj


def iter_csv(
    name: str, text: str, *, delimiter: str | None = None
) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """``(row number, record)`` from CSV/TSV with a header row."""
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(50 * 1024 * 1024)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames:
        yield 1, InputError(name, "CSV has no header row")
        return
    try:
        for row in reader:
            rownum = reader.line_num
            if None in row:
                yield (
                    rownum,
                    InputError(name, "CSV row has more fields than the header", record=rownum),
                )
                continue
            yield rownum, {k: v for k, v in row.items() if k is not None}
    except csv.Error as exc:
        yield reader.line_num, InputError(name, f"malformed CSV: {exc}", record=reader.line_num)
