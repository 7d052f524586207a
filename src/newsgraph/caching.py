"""Per-word caches of the rule layers that stay bounded on corpus-size runs."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: a cache is emptied when it reaches this size: a corpus run meets millions of distinct words
#: (German compounds), and a cache kept for speed must not grow with them
CACHE_LIMIT = 100_000


def bounded(cache: dict[K, V], limit: int = CACHE_LIMIT) -> dict[K, V]:
    """``cache``, emptied first when it holds ``limit`` entries.

    Store through it: ``bounded(cache)[key] = value``.
    """
    if len(cache) >= limit:
        cache.clear()
    return cache
