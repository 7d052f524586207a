"""What the query functions return: plain pydantic records, also the REST API's response models."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

HIT_START = "\u27e6"
"""Marks the start of a matched word in search snippets (⟦)."""
HIT_END = "\u27e7"
"""Marks the end of a matched word in search snippets (⟧)."""


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(..., description="Number of matching items over all pages")
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: int = Field(..., description="Store id of the article")
    uid: str = Field(..., description="Article.id of the stored Article JSON")
    title: str | None
    label: str = Field(..., description="The title, else the first words of the lead or text")
    url: str | None
    published: str | None
    site_name: str | None = None
    language: str | None = None
    source_path: str | None = None
    agencies: list[str] = Field(default_factory=list)


class EntityRef(BaseModel):
    id: int | None = Field(None, description="Store entity id (null when unresolved)")
    name: str
    type: str | None = None


class Mention(BaseModel):
    text: str
    start: int
    end: int


class ArticleEntity(BaseModel):
    entity_id: int
    local_id: str
    name: str
    type: str
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class QuoteRecord(BaseModel):
    id: int
    article_id: int
    article_title: str | None
    article_label: str = Field(..., description="The article's title or first words")
    published: str | None
    speaker: EntityRef | None
    kind: str
    text: str
    cue: str | None
    sentence: str
    confidence: float
    start: int
    end: int


class EventRecord(BaseModel):
    id: int
    article_id: int
    article_title: str | None
    article_label: str = Field(..., description="The article's title or first words")
    event_date: str | None
    type: str
    mode: str | None
    trigger: str
    modality: str
    actors: list[EntityRef] = Field(default_factory=list)
    targets: list[EntityRef] = Field(default_factory=list)
    location: EntityRef | None = None
    reported_by: EntityRef | None = None
    sentence: str
    start: int
    end: int


class TextSpan(BaseModel):
    start: int
    end: int


class ArticleDetail(ArticleSummary):
    title_span: TextSpan | None = Field(None, description="Where the title stands in text")
    lead: str | None = None
    dateline: str | None = None
    section: str | None = None
    authors: list[str] = Field(default_factory=list)
    text: str
    blocks: list[dict[str, Any]] = Field(default_factory=list)
    entities: list[ArticleEntity] = Field(default_factory=list)
    quotes: list[QuoteRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    times: list[dict[str, Any]] = Field(default_factory=list)
    amounts: list[dict[str, Any]] = Field(default_factory=list)


class EntitySummary(BaseModel):
    id: int
    type: str
    name: str
    mention_count: int = 0
    article_count: int = 0
    quote_count: int = 0
    event_count: int = 0


class RoleRecord(BaseModel):
    role: str
    affiliation: str | None = None
    first_seen: str | None = Field(None, description="Earliest publication date stating the role")
    last_seen: str | None = None
    articles: int


class CoActor(BaseModel):
    entity: EntityRef
    shared_events: int
    shared_articles: int


class EntityDetail(EntitySummary):
    aliases: list[str] = Field(default_factory=list)
    roles: list[RoleRecord] = Field(default_factory=list)
    quotes: list[QuoteRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    co_actors: list[CoActor] = Field(default_factory=list)
    article_list: list[ArticleSummary] = Field(default_factory=list)


class ArticleHit(BaseModel):
    article: ArticleSummary
    snippet: str = Field(
        ..., description=f"Text around the match; hits between {HIT_START} and {HIT_END}"
    )
    score: float


class SearchResults(BaseModel):
    query: str
    articles: Page[ArticleHit]
    quotes: list[QuoteRecord] = Field(default_factory=list)
    entities: list[EntitySummary] = Field(default_factory=list)


class NetworkNode(BaseModel):
    id: int
    name: str
    type: str
    weight: int = Field(..., description="Sum of the weights of the node's edges")


class NetworkEdge(BaseModel):
    source: int
    target: int
    shared_events: int
    cooccurrence: int = Field(..., description="Articles that mention both")
    weight: int = Field(..., description="shared_events + cooccurrence")
    event_types: list[str] = Field(default_factory=list)


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
