"""spaCy's tokenizer cache, filled once at load with the frequent chunks of German news.

spaCy's tokenizer remembers how it split a chunk of text between spaces (``"Wien,"`` →
``Wien`` ``,``) and reuses the split the next time, but inside ``Vocab.memory_zone`` it saves
nothing: the words of a zone are freed when it closes. The pipeline analyses every article (or
batch of articles) in a memory zone, so a batch worker split every chunk afresh all its life —
the prefix, suffix and infix expressions and a new lexeme (norm, prefix, suffix, shape, flags in
Python) for each: ≈ 4.5 ms of a ≈ 45 ms language analysis per article of ≈ 430 words, against
≈ 0.5 ms when the chunks are cached (session 35, bench/RESULTS.md).

:func:`warm_tokenizer` tokenizes the ≈ 13,700 chunks of ``data/tokenizer/frequent_chunks_de.txt.gz``
(built by ``scripts/models/frequent_chunks.py`` from reference text that is neither benchmark nor
evaluation text) once, outside any zone, so they stay cached (≈ 0.35 s and ≈ 3 MB per process);
the tokenizer's cache limit is raised by as many entries so the room it had stays. A chunk split
from the cache gives the same tokens and the same lexemes (their attributes are functions of the
word) as one split afresh: the Docs are byte for byte the same (``bench/tokenizer_cache_ab.py
--check``), so this module is not part of the doc cache's fingerprint.
"""

from __future__ import annotations

import gzip
import logging
import weakref
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data" / "tokenizer"
#: language -> the file of its frequent chunks, most frequent first
CHUNK_FILES = {"de": "frequent_chunks_de.txt.gz"}

_warmed: weakref.WeakSet[Language] = weakref.WeakSet()


@cache
def frequent_chunks(lang: str) -> tuple[str, ...]:
    """The frequent chunks shipped for ``lang`` (empty when there is no list)."""
    name = CHUNK_FILES.get(lang)
    path = DATA_DIR / name if name else None
    if path is None or not path.is_file():
        return ()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return tuple(line.rstrip("\n") for line in fh if line.strip())


def warm_tokenizer(nlp: Language) -> int:
    """Tokenize the frequent chunks of ``nlp``'s language once, outside any memory zone, so the
    tokenizer keeps them cached; returns how many were tokenized (0 when already done, inside a
    zone, or without a list or a spaCy tokenizer)."""
    if nlp in _warmed or getattr(nlp.vocab, "in_memory_zone", False):
        return 0
    chunks = frequent_chunks(nlp.lang)
    tokenizer = nlp.tokenizer
    if not chunks or not hasattr(tokenizer, "max_cache_size"):
        _warmed.add(nlp)
        return 0
    tokenizer.max_cache_size += len(chunks)
    for chunk in chunks:
        tokenizer(chunk)
    _warmed.add(nlp)
    log.debug("tokenizer cache: %d frequent chunks of %s", len(chunks), nlp.lang)
    return len(chunks)
