"""Finding inputs and turning their bytes into text: paths, globs, directories, stdin, gzip,
encoding detection, size limits, binary detection."""

from __future__ import annotations

import glob
import gzip
import hashlib
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

from charset_normalizer import from_bytes

from newsgraph.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Default limit for one input file (after decompression)."""

KNOWN_SUFFIXES = (
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".jsonl",
    ".ndjson",
    ".json",
    ".csv",
    ".tsv",
    ".warc",
    ".arc",
    ".xml",
    ".rss",
    ".atom",
    ".md",
)


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input file (decompressed) and its name."""

    name: str
    data: bytes
    suffix: str  # format suffix with compression removed, e.g. ".html"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def format_suffix(name: str) -> str:
    """The suffix that names the format: ``a.html.gz`` → ``.html``."""
    path = Path(name.lower())
    suffixes = path.suffixes
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Yield input names: files as given, directories walked (sorted), globs expanded; '-' = stdin.

    A path that matches nothing is yielded unchanged, so the reader reports it as missing.
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _looks_readable(child):
                    yield str(child)
            continue
        if not path.exists() and any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if matches:
                yield from (m for m in matches if Path(m).is_file())
                continue
        yield raw


def _looks_readable(path: Path) -> bool:
    return format_suffix(path.name) in KNOWN_SUFFIXES


class TooLarge(InputError):
    """An input over the size limit (a JSONL file over it is streamed instead)."""


def _existing_file(name: str) -> Path:
    path = Path(name)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory with no readable files")
    return path


def open_input(name: str) -> BufferedReader:
    """Open one input file for streaming (an archive too large to hold in memory: WARC).

    Same checks as :func:`load_input` except the size limit, which the streaming reader applies
    to each record instead."""
    path = _existing_file(name)
    try:
        if path.stat().st_size == 0:
            raise InputError(name, "empty input")
        return path.open("rb")
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc


def load_input(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput:
    """Read one input (file path or '-' for stdin), decompressing gzip transparently."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        display = "<stdin>"
    else:
        path = _existing_file(name)
        try:
            size = path.stat().st_size
            if size > max_bytes and not name.lower().endswith((".gz", ".gzip")):
                raise TooLarge(name, f"file too large ({size:,} bytes > limit {max_bytes:,})")
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
        display = name
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(display, data, max_bytes)
    if len(data) > max_bytes:
        raise TooLarge(display, f"input too large (more than {max_bytes:,} bytes)")
    if not data.strip():
        raise InputError(display, "empty input")
    return RawInput(name=display, data=data, suffix=format_suffix(display))


def _gunzip(name: str, data: bytes, max_bytes: int) -> bytes:
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(name, f"broken gzip data: {exc}") from exc
    if len(out) > max_bytes:
        raise TooLarge(name, f"input too large after decompression (more than {max_bytes:,} bytes)")
    if not decomp.eof:
        # a truncated stream still gives what it had; a short read means corruption
        try:
            gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(name, f"broken gzip data: {exc}") from exc
    # a file of several gzip members (WARC files: one member per record) continues here
    rest = decomp.unused_data
    while decomp.eof and rest[:2] == b"\x1f\x8b" and len(out) <= max_bytes:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += decomp.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(name, f"broken gzip data: {exc}") from exc
        rest = decomp.unused_data
    if len(out) > max_bytes:
        raise TooLarge(name, f"input too large after decompression (more than {max_bytes:,} bytes)")
    return out


def decode(name: str, data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: BOM/UTF-8 first, then a declared charset, then detection.

    Returns ``(text, encoding)``. Binary data (NUL bytes, no plausible text encoding) is an error.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sample = data[:8192]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise InputError(name, "binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            name, "cannot detect the text encoding (not UTF-8 and no plausible charset)"
        )
    text = str(best)
    if _replacement_ratio(text) > 0.01:
        raise InputError(name, f"undecodable text (best guess {best.encoding} gives garbage)")
    return text, best.encoding


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample)


def _replacement_ratio(text: str) -> float:
    if not text:
        return 0.0
    return text.count("\ufffd") / len(text)


_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalise_text(text: str) -> str:
    """NFC, unified line breaks, odd spaces to plain spaces, invisible characters removed."""
    text = unicodedata.normalize("NFC", text)
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    return text.translate(_SPACES).translate(_INVISIBLE)
