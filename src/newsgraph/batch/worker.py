"""What one worker does with an article (or a batch of them): analyse it and flatten it into table rows.

The language pipeline is loaded once per worker process (``newsgraph.nlp`` caches it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import resource
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from newsgraph.batch.tables import article_rows, error_row
from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.pipeline import STAGES, analyze_batch
from newsgraph.readers import Pending

#: what a worker is given: an Article, or a record it builds itself (reading spread over workers)
Item = Article | Pending
_I = TypeVar("_I", bound=Item)

#: articles whose language analysis runs as one batch (~12 % faster CNNs than one by one)
BATCH_ARTICLES = 8
#: ... and the characters such a batch may hold: the parser's precomputed layer and the CNNs'
#: activations grow with the batch's tokens, so a batch with a very long article (32,600
#: characters in 10kGNAD) lifted the worker's peak by ~50 MB; a long article goes alone
BATCH_CHARS = 24_000

_STAGES: tuple[str, ...] = STAGES
_FROZEN: list[bool] = []  # set once this process has frozen its heap (init_worker)


def batches(
    articles: Iterable[_I], size: int = BATCH_ARTICLES, max_chars: int = BATCH_CHARS
) -> Iterator[list[_I]]:
    """The articles in batches of at most ``size`` articles and about ``max_chars`` characters
    (an article longer than that is a batch of its own; a Pending counts its record's size)."""
    batch: list[_I] = []
    chars = 0
    for article in articles:
        length = article.size if isinstance(article, Pending) else len(article.text)
        if batch and chars + length > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += length
        if len(batch) == size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


#: a short German text analysed once when a worker starts, so that every lexicon and model a
#: later article needs is loaded before the heap is frozen (see :func:`init_worker`)
WARM_UP_TEXT = (
    "Die Regierung in Wien kündigte am Montag an, 2.000 Soldaten zu schicken. Das sei nötig, "
    "sagte der Minister. Kritiker warfen ihm vor, zu spät zu handeln."
)


def init_worker(stages: tuple[str, ...] = STAGES, freeze: bool = True) -> None:
    """Process initialiser: remember the stages, load the models once and (``freeze``) move
    everything loaded so far out of the cyclic garbage collector's reach.

    The models, lexicons and caches are ~150,000 long-lived container objects; without
    ``gc.freeze()`` every full collection walks them again (session 26 measured the collector
    at ≈ 1.8 ms per article of the full pipeline, ≈ 0.7 ms with them frozen; `bench/gc_freeze.py`).
    Frozen objects are still freed by reference counting; nothing is copied or kept longer."""
    global _STAGES
    _STAGES = stages
    if stages:
        from newsgraph.pipeline import analyze, load_nlp
        from newsgraph.readers import read_string

        load_nlp("de")
        if freeze and not _FROZEN:
            # once per process (a Spark worker runs this for every partition it is given)
            analyze(read_string(WARM_UP_TEXT, format="text"), stages=stages)
            gc.collect()
            gc.freeze()
            _FROZEN.append(True)


def peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one article; a failure becomes one ``errors`` row.

    The ``_stats`` entry (not a table) carries the worker's peak RSS.
    """
    return process_many([article])[0]


def process_many(items: Sequence[Item]) -> list[dict[str, list[dict[str, Any]]]]:
    """:func:`process` for a batch of articles (their language analysis is batched).

    A :class:`~newsgraph.readers.Pending` record is built here first; one that cannot be read
    becomes an ``errors`` row of the ``read`` stage in its place."""
    failed: dict[int, dict[str, list[dict[str, Any]]]] = {}
    articles: list[Article] = []
    for position, item in enumerate(items):
        built = _build(item)
        if isinstance(built, Article):
            articles.append(built)
        else:
            failed[position] = {
                "errors": [error_row(built.name, built.record, "read", built.problem)]
            }
    out = _analyse(articles)
    for position in sorted(failed):
        out.insert(position, failed[position])
    release_free_memory()
    return out


def _build(item: Item) -> Article | InputError:
    if not isinstance(item, Pending):
        return item
    try:
        return item.resolve()
    except Exception as exc:  # a reader's bug on one record must not stop a corpus run
        return InputError(item.name, f"{type(exc).__name__}: {exc}", record=item.record)


def _analyse(articles: Sequence[Article]) -> list[dict[str, list[dict[str, Any]]]]:
    out: list[dict[str, list[dict[str, Any]]]] = []
    for article, result in zip(articles, analyze_batch(articles, stages=_STAGES), strict=True):
        try:
            if isinstance(result, Exception):
                raise result
            rows = article_rows(result)
            rows["errors"] = []
            rows["_stats"] = [{"rss_mb": peak_rss_mb()}]
            out.append(rows)
        except Exception as exc:  # one bad article must not stop a corpus run
            reason = f"{type(exc).__name__}: {exc}"
            source = article.source
            out.append({"errors": [error_row(source.path or "", source.record, "analyze", reason)]})
    return out


def _libc_trim() -> Any:
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    return trim


_MALLOC_TRIM = _libc_trim()


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system after a batch (glibc ``malloc_trim``).

    The CNNs allocate and free large arrays for every batch; glibc keeps the freed pages in its
    arenas, so a worker's resident size crept up batch by batch. Elsewhere (no glibc) nothing."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)
