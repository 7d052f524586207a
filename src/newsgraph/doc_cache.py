"""An optional on-disk cache of the language analysis, for re-running the rule layers.

The CNNs (tagger, morphologizer, parser, NER) take about two thirds of an article's analysis.
Whoever re-runs the rule layers many times over the same texts — an evaluation after each change
of a quote, entity or event rule, a corpus re-analysed after an upgrade of the rule layers — can
set ``NEWSGRAPH_DOC_CACHE`` to a directory: each analysed text is then stored there as spaCy
``Doc`` bytes and read back instead of being parsed again.

An entry is keyed on the text and on a fingerprint of everything that shapes the Doc: the spaCy
version, the pipeline's component names, every file of the shipped model directory (path, size,
modification time; other languages' model folders left out) and the content of the rule-component code and data (``newsgraph/nlp/*.py``,
``data/nlp/``, the first-name lists). A change to any of them starts a fresh set of entries, so a
stale parse is never served. The cache is off unless the variable is set; nothing is ever
deleted from it (remove the directory to free the space).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

ENV = "NEWSGRAPH_DOC_CACHE"

_PACKAGE = Path(__file__).resolve().parent
#: code and data read by the rule components inside the spaCy pipeline (content-hashed)
_COMPONENT_SOURCES = (
    _PACKAGE / "nlp",
    _PACKAGE / "data" / "nlp",
    _PACKAGE / "data" / "entities" / "first_names.txt.gz",
    _PACKAGE / "data" / "entities" / "given_names_wiktionary.txt.gz",
)

_fingerprints: dict[tuple[int, tuple[str, ...]], tuple[Language, str]] = {}


def cache_dir() -> Path | None:
    """The cache directory named by ``NEWSGRAPH_DOC_CACHE``, or None when caching is off."""
    value = os.environ.get(ENV, "").strip()
    return Path(value) if value else None


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return []


def fingerprint(nlp: Language) -> str:
    """A digest of the pipeline ``nlp`` and of the code and files that shape its Docs."""
    memo = (id(nlp), tuple(nlp.pipe_names))
    known = _fingerprints.get(memo)
    if known is not None and known[0] is nlp:
        return known[1]
    import spacy

    from newsgraph.nlp import MODELS_DIR, SHIPPED

    # (session 14: another language's model shapes no Doc of this one — the German entries stay
    # valid when the English model is retrained)
    others = {name for lang, name in SHIPPED.items() if lang != nlp.lang}
    h = hashlib.sha256()
    h.update(f"spacy {spacy.__version__}\n{nlp.lang}\n{','.join(nlp.pipe_names)}\n".encode())
    for path in _files(MODELS_DIR):
        if path.relative_to(MODELS_DIR).parts[0] in others:
            continue
        st = path.stat()
        h.update(f"{path.relative_to(MODELS_DIR)} {st.st_size} {st.st_mtime_ns}\n".encode())
    for source in _COMPONENT_SOURCES:
        for path in _files(source):
            h.update(path.name.encode() + b"\n" + path.read_bytes())
    digest = h.hexdigest()[:16]
    _fingerprints[memo] = (nlp, digest)
    return digest


def _key(fp: str, text: str) -> str:
    return hashlib.sha256(f"{fp}\0{text}".encode()).hexdigest()


def pipe(nlp: Language, texts: Sequence[str], batch_size: int | None = None) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, with the Docs read from and written to the cache when it is on."""
    size = batch_size or max(len(texts), 1)
    directory = cache_dir()
    if directory is None:
        yield from nlp.pipe(texts, batch_size=size)
        return
    fp = fingerprint(nlp)
    folder = directory / fp
    folder.mkdir(parents=True, exist_ok=True)
    keys = [_key(fp, text) for text in texts]
    docs: list[Doc | None] = []
    for key in keys:
        docs.append(_read(nlp, folder / f"{key}.doc"))
    missing = [i for i, doc in enumerate(docs) if doc is None]
    if missing:
        parsed: Iterable[Doc] = nlp.pipe([texts[i] for i in missing], batch_size=size)
        for i, new in zip(missing, parsed, strict=True):
            docs[i] = new
            _write(folder / f"{keys[i]}.doc", new)
    for doc in docs:
        assert doc is not None
        yield doc


def _read(nlp: Language, path: Path) -> Doc | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return Doc(nlp.vocab).from_bytes(data)
    except Exception as exc:  # a truncated or foreign entry: parse the text again
        log.warning("ignoring unreadable cache entry %s: %s", path, exc)
        return None


def _write(path: Path, doc: Doc) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(doc.to_bytes(exclude=["tensor"]))
        os.replace(tmp, path)  # atomic: concurrent readers never see half an entry
    except OSError as exc:
        log.warning("could not write cache entry %s: %s", path, exc)
