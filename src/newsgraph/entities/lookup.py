"""Entity look-ups for later stages (quotes, events), on a finished ``Article.entities``.

- :func:`entity_at` — the entity whose mention covers a character range of ``Article.text``
  (e.g. the subject of a speech verb: "Die Kanzlerin" → Lena Huber).
- :func:`persons_before` — persons mentioned before an offset, most recently mentioned first
  (candidates for a pronoun such as "sagte er"; the caller checks gender/number/agreement).
"""

from __future__ import annotations

from newsgraph.model import Article, Entity


def entity_at(article: Article, start: int, end: int) -> Entity | None:
    """The entity with a mention at ``[start, end)``.

    Preference: a mention exactly equal to the range, then the smallest mention containing it,
    then the mention contained in the range (a name inside "die deutsche Kanzlerin Lena
    Huber"; the right-most, i.e. the head, when several), then the largest overlap. None when no
    mention overlaps the range.
    """
    best: tuple[tuple[int, int], Entity] | None = None
    for ent in article.entities:
        for m in ent.mentions:
            if m.end <= start or m.start >= end:
                continue
            if m.start == start and m.end == end:
                rank = (0, 0)
            elif m.start <= start and m.end >= end:
                rank = (1, m.end - m.start)
            elif m.start >= start and m.end <= end:
                rank = (2, -m.end)
            else:
                rank = (3, -(min(m.end, end) - max(m.start, start)))
            if best is None or rank < best[0]:
                best = (rank, ent)
    return best[1] if best else None


def persons_before(article: Article, offset: int) -> list[Entity]:
    """Persons with a mention ending at or before ``offset``, most recent mention first."""
    last: list[tuple[int, Entity]] = []
    for ent in article.entities:
        if ent.type != "PER":
            continue
        ends = [m.end for m in ent.mentions if m.end <= offset]
        if ends:
            last.append((max(ends), ent))
    last.sort(key=lambda x: -x[0])
    return [ent for _, ent in last]
