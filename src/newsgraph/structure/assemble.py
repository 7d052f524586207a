"""Build ``Article.text`` and its blocks so that every block's offsets index the text."""

from __future__ import annotations

import re
from typing import Any

from newsgraph.model import (
    Article,
    BoilerplateBlock,
    MediaBlock,
    ParagraphBlock,
    Source,
    Span,
    SubheadingBlock,
    article_id,
)

SEPARATOR = "\n\n"
_WS = re.compile(r"[ \t]+")


def clean_line(text: str) -> str:
    """Collapse runs of spaces and strip; line breaks inside a block are kept."""
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class ArticleAssembler:
    """Collects title and blocks in reading order and produces an :class:`Article`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.title: str | None = None
        self.title_span: Span | None = None
        self.blocks: list[Any] = []

    def _append(self, text: str) -> tuple[int, int]:
        if self._parts:
            self._parts.append(SEPARATOR)
            self._pos += len(SEPARATOR)
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        return start, self._pos

    def set_title(self, title: str) -> None:
        title = clean_line(title)
        if not title or self.title is not None:
            return
        if self._parts:
            raise ValueError("the title must come before every block")
        start, end = self._append(title)
        self.title = title
        self.title_span = Span(start=start, end=end)

    def paragraph(self, text: str, *, lead: bool = False) -> ParagraphBlock | None:
        text = clean_line(text)
        if not text:
            return None
        start, end = self._append(text)
        block = ParagraphBlock(text=text, start=start, end=end, lead=lead)
        self.blocks.append(block)
        return block

    def subheading(self, text: str) -> SubheadingBlock | None:
        text = clean_line(text)
        if not text:
            return None
        start, end = self._append(text)
        block = SubheadingBlock(text=text, start=start, end=end)
        self.blocks.append(block)
        return block

    def boilerplate(self, text: str, reason: str) -> BoilerplateBlock | None:
        text = clean_line(text)
        if not text:
            return None
        start, end = self._append(text)
        block = BoilerplateBlock(text=text, start=start, end=end, reason=reason)
        self.blocks.append(block)
        return block

    def media(
        self,
        *,
        kind: str = "unknown",
        title: str | None = None,
        caption: str | None = None,
        credit: str | None = None,
        source_hint: str | None = None,
    ) -> MediaBlock:
        """A media block; its text is its title and caption lines (what a reader sees)."""
        title = clean_line(title) if title else None
        caption = clean_line(caption) if caption else None
        text = "\n".join(part for part in (title, caption) if part)
        if text:
            start, end = self._append(text)
        else:  # a bare image: zero-width block at the current position
            start = end = self._pos
        block = MediaBlock(
            text=text,
            start=start,
            end=end,
            kind=kind,  # type: ignore[arg-type]
            title=title or None,
            caption=caption or None,
            credit=clean_line(credit) if credit else None,
            source_hint=source_hint or None,
        )
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, source: Source, **metadata: Any) -> Article:
        return Article(
            id=article_id(source.url, source.content_hash),
            source=source,
            title=self.title,
            title_span=self.title_span,
            text=self.text,
            blocks=self.blocks,
            **metadata,
        )
