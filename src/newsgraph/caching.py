"""Per-word caches of the rule layers that stay bounded on corpus-size runs."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: a cache is emptied when it reaches this size: a corpus run meets millions of distinct words
#: (German compounds), and a cache kept for speed must not grow with them. Session 18: 30,000
#: (was 100,000): after 300 articles the quote morphology cache held 33,000 entries in 14 MB
#: and the events' word caches 11 MB; at 100,000 entries each, the dozen caches would hold
#: ≈ 130 MB of a batch worker's 600 MB budget on a corpus with an open vocabulary
CACHE_LIMIT = 30_000


def bounded(cache: dict[K, V], limit: int = CACHE_LIMIT) -> dict[K, V]:
    """``cache``, emptied first when it holds ``limit`` entries.

    Store through it: ``bounded(cache)[key] = value``.
    """
    if len(cache) >= limit:
        cache.clear()
    return cache
