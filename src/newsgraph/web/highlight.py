"""Highlighting facts in article text without ever trusting the text.

The text is cut at every mark boundary into plain pieces; each piece carries the kinds of the
marks covering it (entity, quote, event, …). Templates print pieces with autoescaping, so
hostile text stays text: no HTML is built from article content.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MARK_KINDS = ("entity", "quote", "event", "time", "amount")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # one of MARK_KINDS
    label: str = ""
    entity_id: int | None = None
    entity_type: str | None = None


@dataclass
class Piece:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    entity_id: int | None = None
    entity_type: str | None = None

    @property
    def css(self) -> str:
        classes = [f"hl-{k}" for k in self.kinds]
        if self.entity_type:
            classes.append(f"ent-{self.entity_type.lower()}")
        return " ".join(classes)

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(lbl for lbl in self.labels if lbl))


def pieces(text: str, start: int, end: int, marks: list[Mark]) -> list[Piece]:
    """``text[start:end]`` cut into pieces, each with the marks that cover all of it."""
    inside = [m for m in marks if m.start < end and m.end > start and m.kind in MARK_KINDS]
    cuts = {start, end}
    for m in inside:
        cuts.add(max(start, m.start))
        cuts.add(min(end, m.end))
    bounds = sorted(cuts)
    out: list[Piece] = []
    for a, b in itertools.pairwise(bounds):
        if a >= b:
            continue
        covering = [m for m in inside if m.start <= a and m.end >= b]
        covering.sort(key=lambda m: (MARK_KINDS.index(m.kind), m.end - m.start))
        ent = next((m for m in covering if m.kind == "entity"), None)
        out.append(
            Piece(
                text=text[a:b],
                kinds=list(dict.fromkeys(m.kind for m in covering)),
                labels=[m.label for m in covering],
                entity_id=ent.entity_id if ent else None,
                entity_type=ent.entity_type if ent else None,
            )
        )
    return out


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (never a javascript: or data: link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None
