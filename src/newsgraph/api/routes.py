"""The REST API under ``/api`` (JSON; OpenAPI schema at ``/openapi.json``, docs at ``/docs``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import StringConstraints

from newsgraph.store import Store, queries
from newsgraph.store.records import (
    ArticleDetail,
    ArticleSummary,
    EntityDetail,
    EntitySummary,
    EventRecord,
    Network,
    Page,
    QuoteRecord,
    SearchResults,
)

router = APIRouter(prefix="/api", tags=["api"])


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Items per page")]
Offset = Annotated[int, Query(ge=0, description="Items to skip")]
Since = Annotated[date | None, Query(description="From this date (inclusive, YYYY-MM-DD)")]
Until = Annotated[date | None, Query(description="Up to this date (inclusive, YYYY-MM-DD)")]
EventTypeName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_]{2,32}$")]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]


def _check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(status_code=400, detail="'since' is after 'until'")


@router.get("/articles", response_model=Page[ArticleSummary], summary="List articles")
def list_articles(
    store: StoreDep, since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0
) -> Page[ArticleSummary]:
    """Stored articles, newest first."""
    _check_range(since, until)
    return queries.articles(store, since=since, until=until, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article")
def get_article(store: StoreDep, article_id: int) -> ArticleDetail:
    """An article with its text, blocks (media credits), entities, quotes, events, times, amounts."""
    found = queries.article(store, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"article {article_id} not found")
    return found


@router.get("/search", response_model=SearchResults, summary="Full-text search")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> SearchResults:
    """Articles (ranked, with snippets), quotes and entity names matching ``q``."""
    return queries.search(store, q, limit=limit, offset=offset)


@router.get("/entities", response_model=Page[EntitySummary], summary="List entities")
def list_entities(
    store: StoreDep,
    type: EntityType | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Name substring")] = None,
    order: Literal["mentions", "quotes", "events", "name"] = "mentions",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EntitySummary]:
    return queries.entities(store, type=type, q=q, order=order, limit=limit, offset=offset)


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity")
def get_entity(store: StoreDep, entity_id: int) -> EntityDetail:
    """Aliases, roles over time, quotes, events (in date order) and co-actors of an entity."""
    found = queries.entity_by_id(store, entity_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"entity {entity_id} not found")
    return found


@router.get("/quotes", response_model=Page[QuoteRecord], summary="Quotes")
def list_quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(max_length=200, description="Speaker name")] = None,
    speaker_id: Annotated[int | None, Query(ge=1, description="Speaker entity id")] = None,
    kind: Literal["direct", "partial", "indirect"] | None = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[QuoteRecord]:
    _check_range(since, until)
    return queries.quotes(
        store,
        speaker=speaker,
        speaker_id=speaker_id,
        kind=kind,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


@router.get("/events", response_model=Page[EventRecord], summary="Events")
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200, description="Participant name")] = None,
    entity_id: Annotated[int | None, Query(ge=1, description="Participant entity id")] = None,
    type: Annotated[
        list[EventTypeName] | None,
        Query(description="PLOVER event type(s), e.g. CONSULT"),
    ] = None,
    role: Literal["actor", "target"] | None = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventRecord]:
    _check_range(since, until)
    return queries.events(
        store,
        actor=actor,
        entity_id=entity_id,
        type=type,
        role=role,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


@router.get("/network", response_model=Network, summary="Actor network")
def get_network(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    type: Annotated[
        list[EventTypeName] | None,
        Query(description="Event type(s) counted, e.g. CONSULT"),
    ] = None,
    entity_type: Annotated[list[EntityType] | None, Query(description="Node types")] = None,
    entity_id: Annotated[int | None, Query(ge=1, description="Only this entity's edges")] = None,
    cooccurrence: Annotated[bool, Query(description="Count articles naming both")] = True,
    min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
    min_cooccurrence: Annotated[
        int, Query(ge=1, le=1000, description="Reports naming both, for pairs without events")
    ] = 1,
    max_edges: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> Network:
    """Actor–actor edges weighted by shared events plus co-occurrence in articles."""
    _check_range(since, until)
    return queries.network(
        store,
        since=since,
        until=until,
        types=type,
        entity_types=entity_type or list(queries.DEFAULT_NETWORK_TYPES),
        entity_id=entity_id,
        cooccurrence=cooccurrence,
        min_weight=min_weight,
        min_cooccurrence=min_cooccurrence,
        max_edges=max_edges,
    )


@router.get("/event-types", summary="Event types with counts")
def list_event_types(store: StoreDep) -> list[dict[str, object]]:
    return [{"type": t, "count": n} for t, n in queries.event_types(store)]
