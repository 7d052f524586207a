"""The Article: the one data object that flows through every newsgraph stage.

Readers fill ``source``, metadata, ``text`` and ``blocks``; the language stages add
``entities``, ``quotes``, ``events``, ``times`` and ``amounts``. All character offsets
(``start``/``end``) index into ``Article.text`` so every fact can be traced to the
sentence it came from.

The JSON produced by :meth:`Article.to_json` is a contract: keys are added, never renamed.
Bump :data:`SCHEMA_VERSION` (minor for additions, major for breaking changes).
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

BlockType = Literal["paragraph", "subheading", "media", "boilerplate"]
MediaKind = Literal["image", "video", "audio", "graphic", "unknown"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "planned", "denied", "hypothetical"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(_Model):
    """Where an article came from and how it was read."""

    path: str | None = Field(
        None, description="File path (or '-' for stdin) the article was read from"
    )
    url: str | None = Field(None, description="URL of the article when known")
    reader: str = Field(
        ..., description="Reader that produced the article: text, html, jsonl, csv, warc, feed"
    )
    content_hash: str = Field(..., description="sha256 of the raw input content (hex)")
    record: int | None = Field(
        None, description="1-based record/line number inside a multi-record input"
    )
    encoding: str | None = Field(None, description="Character encoding the input was decoded with")


class Span(_Model):
    start: int
    end: int


class _BlockBase(_Model):
    text: str
    start: int = Field(..., description="Offset of the block in Article.text")
    end: int = Field(..., description="End offset (exclusive) in Article.text")


class ParagraphBlock(_BlockBase):
    type: Literal["paragraph"] = "paragraph"
    lead: bool = Field(
        False, description="True for a lead/teaser paragraph that precedes the dateline"
    )


class SubheadingBlock(_BlockBase):
    type: Literal["subheading"] = "subheading"


class MediaBlock(_BlockBase):
    """An image/video/graphic left in the page: ``text`` holds its title and caption lines."""

    type: Literal["media"] = "media"
    kind: MediaKind = "unknown"
    title: str | None = None
    caption: str | None = None
    credit: str | None = None
    source_hint: str | None = Field(None, description="What is left of a URL or file name")


class BoilerplateBlock(_BlockBase):
    type: Literal["boilerplate"] = "boilerplate"
    reason: str = Field(
        ..., description="teaser, promo, navigation, ad, social, related-links, byline, ..."
    )


Block = Annotated[
    ParagraphBlock | SubheadingBlock | MediaBlock | BoilerplateBlock,
    Field(discriminator="type"),
]


class EntityRef(_Model):
    """How any part of the JSON refers to an entity of ``Article.entities``."""

    id: str
    name: str


class Mention(_Model):
    text: str
    start: int
    end: int


class Entity(_Model):
    id: str = Field(..., description="Stable id within the article, e.g. 'per-1'")
    type: EntityType
    name: str = Field(..., description="Canonical (fullest) name")
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliation: str | None = None

    def ref(self) -> EntityRef:
        return EntityRef(id=self.id, name=self.name)


class Quote(_Model):
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: EntityRef | None = None
    cue: str | None = None
    sentence: str
    confidence: float = Field(..., ge=0.0, le=1.0)


class TimeExpression(_Model):
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(
        None, description="TIMEX3-like value, e.g. 2022-12-19, 2022-12-19TAF, P3Y"
    )
    relative: str | None = Field(None, description="Relative meaning when it cannot be resolved")
    mod: str | None = Field(
        None, description="TIMEX3-like modifier: START, MID, END, SINCE, UNTIL, APPROX, ..."
    )


#: the fields of a time expression and of an amount that tables keep (store, Parquet)
TIME_FIELDS = ("text", "start", "end", "type", "value", "relative", "mod")
AMOUNT_FIELDS = ("text", "start", "end", "value", "unit", "qualifier", "value_to")


class Amount(_Model):
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    sentence: str | None = None
    qualifier: str | None = Field(
        None,
        description="more_than, less_than, up_to, at_least, approximately, range (one amount "
        "for '3.000 bis 4.000 Euro': value 3000, value_to 4000), range_from and range_to (the "
        "two amounts of a change: 'von 20 auf 16 Prozent'), ... or null",
    )
    value_to: float | None = Field(
        None, description="The upper end of a range ('3.000 bis 4.000 Euro' → 4000), or null"
    )


class Event(_Model):
    type: str = Field(..., description="PLOVER event type, e.g. CONSULT, AGREE, AID, REJECT")
    mode: str | None = None
    actors: list[EntityRef] = Field(default_factory=list)
    targets: list[EntityRef] = Field(default_factory=list)
    location: EntityRef | None = None
    time: str | None = Field(None, description="Normalised time value (TIMEX3-like) or null")
    trigger: str
    sentence: str
    start: int
    end: int
    modality: Modality = "asserted"
    source: EntityRef | None = Field(
        None, description="Who reports the event, when told in reported speech"
    )


class Article(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(..., description="Stable article id derived from URL or content")
    source: Source
    language: str | None = Field(None, description="ISO 639-1 code, e.g. 'de'")
    title: str | None = None
    title_span: Span | None = Field(None, description="Where the title stands in text")
    kicker: str | None = Field(
        None, description="Kicker (Dachzeile) above the headline, when scraped"
    )
    lead: str | None = None
    dateline: str | None = None
    published: str | None = Field(None, description="ISO date or date-time")
    authors: list[str] = Field(default_factory=list)
    agencies: list[str] = Field(default_factory=list)
    site_name: str | None = None
    section: str | None = None
    text: str = Field(..., description="Normalised article text; every offset refers to it")
    blocks: list[Block] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    # -- convenience -----------------------------------------------------------------
    def blocks_of(self, *types: str) -> list[Any]:
        return [b for b in self.blocks if b.type in types]

    @property
    def paragraphs(self) -> list[ParagraphBlock]:
        return [b for b in self.blocks if isinstance(b, ParagraphBlock)]

    @property
    def subheadings(self) -> list[SubheadingBlock]:
        return [b for b in self.blocks if isinstance(b, SubheadingBlock)]

    @property
    def media(self) -> list[MediaBlock]:
        return [b for b in self.blocks if isinstance(b, MediaBlock)]

    @property
    def boilerplate(self) -> list[BoilerplateBlock]:
        return [b for b in self.blocks if isinstance(b, BoilerplateBlock)]

    @property
    def body(self) -> str:
        """Body text: paragraphs and subheadings, no media or boilerplate."""
        return "\n\n".join(b.text for b in self.blocks if b.type in ("paragraph", "subheading"))

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def sentence_at(self, start: int, end: int) -> str:
        """The text of the block (line) around an offset range; used when no parse is available."""
        left = self.text.rfind("\n", 0, start) + 1
        right = self.text.find("\n", end)
        return self.text[left : right if right >= 0 else len(self.text)]

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes | dict[str, Any]) -> Article:
        if isinstance(data, dict):
            return cls.model_validate(data)
        return cls.model_validate_json(data)


def article_id(url: str | None, content_hash: str) -> str:
    """Stable id: from the URL when there is one, else from the content hash."""
    basis = url.strip() if url else content_hash
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the Article, printed by ``newsgraph schema``."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsgraph Article"
    schema["description"] = f"newsgraph Article, schema_version {SCHEMA_VERSION}"
    return schema
