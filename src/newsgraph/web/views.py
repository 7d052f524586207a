"""HTML pages: start (search + people), search results, articles, article, entity, network."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from newsgraph.api.routes import get_store
from newsgraph.store import Store, queries
from newsgraph.store.records import ArticleDetail
from newsgraph.web.highlight import Mark, Piece, pieces, safe_url

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
templates.env.autoescape = True
templates.env.globals["safe_url"] = safe_url
templates.env.globals["snippet_parts"] = queries.snippet_parts

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
PAGE = 50


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep) -> HTMLResponse:
    people = queries.entities(store, type="PER", order="quotes", limit=100)
    orgs = queries.entities(store, type="ORG", order="mentions", limit=30)
    recent = queries.articles(store, limit=20)
    return render(request, "index.html", people=people, orgs=orgs, recent=recent)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    results = queries.search(store, q, limit=20, offset=offset) if q.strip() else None
    return render(request, "search.html", q=q, results=results, offset=offset)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, store: StoreDep, offset: Annotated[int, Query(ge=0)] = 0
) -> HTMLResponse:
    page = queries.articles(store, limit=PAGE, offset=offset)
    return render(request, "articles.html", page=page)


def _marks(article: ArticleDetail) -> list[Mark]:
    marks: list[Mark] = []
    for ent in article.entities:
        for m in ent.mentions:
            marks.append(Mark(m.start, m.end, "entity", ent.name, ent.entity_id, ent.type))
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "unknown speaker"
        marks.append(Mark(q.start, q.end, "quote", f"{q.kind} quote — {who}"))
    for ev in article.events:
        actors = ", ".join(a.name for a in ev.actors) or "?"
        targets = ", ".join(t.name for t in ev.targets)
        label = f"event {ev.type}: {actors}" + (f" → {targets}" if targets else "")
        marks.append(Mark(ev.start, ev.end, "event", label))
    for t in article.times:
        marks.append(Mark(t["start"], t["end"], "time", f"time {t.get('value') or ''}".strip()))
    for a in article.amounts:
        marks.append(Mark(a["start"], a["end"], "amount", "amount"))
    return marks


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: int) -> HTMLResponse:
    article = queries.article(store, article_id)
    if article is None:
        raise HTTPException(status_code=404, detail=f"article {article_id} not found")
    marks = _marks(article)
    blocks: list[dict[str, Any]] = []
    for b in article.blocks:
        item = dict(b)
        if b["type"] in ("paragraph", "subheading"):
            item["pieces"] = pieces(article.text, b["start"], b["end"], marks)
        blocks.append(item)
    title_pieces: list[Piece] = []
    if article.title_span is not None:
        span = article.title_span
        title_pieces = pieces(article.text, span.start, span.end, marks)
    speakers = {q.speaker.id for q in article.quotes if q.speaker and q.speaker.id}
    return render(
        request,
        "article.html",
        article=article,
        blocks=blocks,
        title_pieces=title_pieces,
        speakers=speakers,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, entity_id: int) -> HTMLResponse:
    ent = queries.entity_by_id(store, entity_id, quote_limit=1000, event_limit=1000)
    if ent is None:
        raise HTTPException(status_code=404, detail=f"entity {entity_id} not found")
    timeline: dict[str, list[Any]] = {}
    for ev in ent.events:
        timeline.setdefault(ev.event_date or "undated", []).append(ev)
    return render(request, "entity.html", entity=ent, timeline=timeline)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    store: StoreDep,
    type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    page = queries.entities(store, type=type, q=q, limit=PAGE, offset=offset)
    return render(request, "entities.html", page=page, type=type, q=q or "")


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    store: StoreDep,
    since: date | None = None,
    until: date | None = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{0,32}$")] = None,
    entity_id: Annotated[int | None, Query(ge=1)] = None,
    orgs: bool = False,
    together: Annotated[int, Query(ge=0, le=100)] = 2,
) -> HTMLResponse:
    """Who meets whom: people linked by shared events, and by reports naming both
    (``together``: how many reports at least; 0 = events only)."""
    params: dict[str, str] = {}
    if since:
        params["since"] = since.isoformat()
    if until:
        params["until"] = until.isoformat()
    if type:
        params["type"] = type.upper()
    if entity_id:
        params["entity_id"] = str(entity_id)
    entity_types = ["PER", "ORG"] if orgs else ["PER"]
    api: list[tuple[str, str]] = list(params.items())
    api += [("entity_type", t) for t in entity_types]
    if together:
        api.append(("min_cooccurrence", str(together)))
    else:
        api.append(("cooccurrence", "false"))
    api.append(("max_edges", "300"))
    net = queries.network(
        store,
        since=since,
        until=until,
        types=[type] if type else None,
        entity_types=entity_types,
        entity_id=entity_id,
        cooccurrence=together > 0,
        min_cooccurrence=max(1, together),
        max_edges=300,
    )
    names = {n.id: n.name for n in net.nodes}
    focus = (
        queries.entity_by_id(store, entity_id, quote_limit=0, event_limit=0) if entity_id else None
    )
    return render(
        request,
        "network.html",
        net=net,
        names=names,
        api_url="/api/network?" + urlencode(api),
        event_types=queries.event_types(store),
        since=params.get("since", ""),
        until=params.get("until", ""),
        type=params.get("type", ""),
        orgs=orgs,
        together=together,
        focus=focus,
    )
