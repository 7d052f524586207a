"""Query functions over the store: the one API the CLI, the REST API and the web UI share.

Every function takes an open :class:`~newsgraph.store.db.Store` (from
:func:`~newsgraph.store.db.open_store`) and returns the pydantic records of
:mod:`newsgraph.store.records`. Dates (``since``/``until``) are ``datetime.date`` or ISO strings
(``YYYY-MM-DD``), both inclusive; they compare against the report's publication date (quotes,
articles) or the event's date (events: its normalised time when it names a day, else the
report's date). Names (``speaker``, ``actor``, ``name``) match an entity's canonical name or an
alias after normalisation (case, quote marks, dashes); when nothing matches exactly, a
substring of the canonical name matches. All SQL is parameterised.

Examples::

    from newsgraph.store import open_store, queries

    store = open_store("sqlite:///newsgraph.sqlite")
    queries.quotes(store, speaker="Lena Huber", since="2024-01-01").items
    queries.events(store, actor="Huber", type="CONSULT")
    queries.entity(store, "Lena Huber")            # EntityDetail or None
    queries.search(store, "Waffenstillstand")      # SearchResults
    queries.network(store, since="2024-01-01", types=["CONSULT"])
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from newsgraph.model import AMOUNT_FIELDS, TIME_FIELDS
from newsgraph.store.db import Store
from newsgraph.store.models import (
    AliasRow,
    AmountRow,
    ArticleRow,
    BlockRow,
    EntityRow,
    EventParticipantRow,
    EventRow,
    MentionRow,
    QuoteRow,
    RoleRow,
    TimeRow,
)
from newsgraph.store.names import normalise_name
from newsgraph.store.records import (
    HIT_END,
    HIT_START,
    ArticleDetail,
    ArticleEntity,
    ArticleHit,
    ArticleSummary,
    CoActor,
    EntityDetail,
    EntityRef,
    EntitySummary,
    EventRecord,
    Mention,
    Network,
    NetworkEdge,
    NetworkNode,
    Page,
    QuoteRecord,
    RoleRecord,
    SearchResults,
)

DateLike = date | str | None

MAX_LIMIT = 1000


# -- helpers ---------------------------------------------------------------------------------


def parse_date(value: DateLike, name: str = "date") -> date | None:
    """A date from a ``date`` or an ISO string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}")
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _since(value: DateLike) -> str | None:
    d = parse_date(value, "since")
    return d.isoformat() if d else None


def _until_exclusive(value: DateLike) -> str | None:
    d = parse_date(value, "until")
    return (d + timedelta(days=1)).isoformat() if d else None


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _date_filter(stmt: Any, column: Any, since: DateLike, until: DateLike) -> Any:
    lo, hi = _since(since), _until_exclusive(until)
    if lo:
        stmt = stmt.where(column >= lo)
    if hi:
        stmt = stmt.where(column < hi)
    return stmt


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def _rows(session: Session, stmt: Any) -> list[Any]:
    return list(session.execute(stmt).all())


def _json_list(value: str | None) -> list[str]:
    if not value:
        return []
    data = json.loads(value)
    return [str(x) for x in data] if isinstance(data, list) else []


def entity_ids_for(session: Session, name: str, type_: str | None = None) -> list[int]:
    """Ids of the entities a user means by ``name``: exact name or alias, else substring."""
    norm = normalise_name(name)
    if not norm:
        return []
    exact = select(EntityRow.id).where(
        or_(
            EntityRow.normalized_name == norm,
            EntityRow.id.in_(select(AliasRow.entity_id).where(AliasRow.normalized_alias == norm)),
        )
    )
    if type_:
        exact = exact.where(EntityRow.type == type_)
    ids = list(session.scalars(exact).all())
    if ids:
        return ids
    pattern = "%" + norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    like = select(EntityRow.id).where(EntityRow.normalized_name.like(pattern, escape="\\"))
    if type_:
        like = like.where(EntityRow.type == type_)
    return list(session.scalars(like.limit(50)).all())


LABEL_CHARS = 90


def article_label(title: str | None, lead: str | None, text: str | None, article_id: int) -> str:
    """What to call an article: its title, else the first words of its lead or text."""
    if title and title.strip():
        return title.strip()
    head = " ".join((lead or text or "").split())
    if not head:
        return f"report {article_id}"
    if len(head) <= LABEL_CHARS:
        return head
    cut = head[:LABEL_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def _labels(session: Session, ids: Iterable[int]) -> dict[int, tuple[str | None, str]]:
    """Article id → (title, label)."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = _rows(
        session,
        select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.lead,
            func.substr(ArticleRow.text, 1, LABEL_CHARS * 2),
        ).where(ArticleRow.id.in_(wanted)),
    )
    return {int(i): (t, article_label(t, lead, head, int(i))) for i, t, lead, head in rows}


def _summary(row: ArticleRow) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        uid=row.article_uid,
        title=row.title,
        label=article_label(row.title, row.lead, row.text[: LABEL_CHARS * 2], row.id),
        url=row.url,
        published=row.published,
        site_name=row.site_name,
        language=row.language,
        source_path=row.source_path,
        agencies=_json_list(row.agencies),
    )


def _entity_refs(session: Session, ids: Iterable[int]) -> dict[int, EntityRow]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.scalars(select(EntityRow).where(EntityRow.id.in_(wanted))).all()
    return {r.id: r for r in rows}


def _ref(ents: dict[int, EntityRow], entity_id: int | None, name: str | None) -> EntityRef | None:
    if entity_id is not None and entity_id in ents:
        e = ents[entity_id]
        return EntityRef(id=e.id, name=e.name, type=e.type)
    if name:
        return EntityRef(id=None, name=name)
    return None


# -- articles --------------------------------------------------------------------------------


def articles(
    store: Store,
    *,
    since: DateLike = None,
    until: DateLike = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[ArticleSummary]:
    """Stored articles, newest publication first."""
    with store.session() as s:
        stmt = _date_filter(select(ArticleRow), ArticleRow.published, since, until)
        total = _count(s, stmt)
        rows = s.scalars(
            stmt.order_by(ArticleRow.published.desc(), ArticleRow.id.desc())
            .limit(_limit(limit))
            .offset(max(0, offset))
        ).all()
        return Page(items=[_summary(r) for r in rows], total=total, limit=limit, offset=offset)


def article(store: Store, article_id: int) -> ArticleDetail | None:
    """One article with its blocks, entities, quotes, events, times and amounts."""
    with store.session() as s:
        row = s.get(ArticleRow, article_id)
        if row is None:
            return None
        summary = _summary(row)
        blocks = [
            {
                k: getattr(b, k)
                for k in (
                    "position",
                    "type",
                    "text",
                    "start",
                    "end",
                    "is_lead",
                    "media_kind",
                    "media_title",
                    "caption",
                    "credit",
                    "source_hint",
                    "boilerplate_reason",
                )
            }
            for b in s.scalars(
                select(BlockRow).where(BlockRow.article_id == row.id).order_by(BlockRow.position)
            )
        ]
        mentions = s.scalars(
            select(MentionRow).where(MentionRow.article_id == row.id).order_by(MentionRow.start)
        ).all()
        roles = s.scalars(select(RoleRow).where(RoleRow.article_id == row.id)).all()
        ents = _entity_refs(s, [m.entity_id for m in mentions] + [r.entity_id for r in roles])
        by_local: dict[str, ArticleEntity] = {}
        for m in mentions:
            e = ents[m.entity_id]
            ae = by_local.setdefault(
                m.local_entity_id,
                ArticleEntity(entity_id=e.id, local_id=m.local_entity_id, name=e.name, type=e.type),
            )
            ae.mentions.append(Mention(text=m.text, start=m.start, end=m.end))
        for r in roles:
            for ae in by_local.values():
                if ae.entity_id == r.entity_id and r.role not in ae.roles:
                    ae.roles.append(r.role)
        times = [
            {f: getattr(t, f) for f in TIME_FIELDS}
            for t in s.scalars(
                select(TimeRow).where(TimeRow.article_id == row.id).order_by(TimeRow.start)
            )
        ]
        amounts = [
            {f: getattr(a, f) for f in AMOUNT_FIELDS}
            for a in s.scalars(
                select(AmountRow).where(AmountRow.article_id == row.id).order_by(AmountRow.start)
            )
        ]
        span = json.loads(row.article_json).get("title_span")
        return ArticleDetail(
            **summary.model_dump(),
            title_span=span,
            lead=row.lead,
            dateline=row.dateline,
            section=row.section,
            authors=_json_list(row.authors),
            text=row.text,
            blocks=blocks,
            entities=sorted(by_local.values(), key=lambda a: (a.type, a.name)),
            quotes=_quote_records(s, select(QuoteRow).where(QuoteRow.article_id == row.id)),
            events=_event_records(s, select(EventRow).where(EventRow.article_id == row.id)),
            times=times,
            amounts=amounts,
        )


# -- quotes ----------------------------------------------------------------------------------


def _quote_records(session: Session, stmt: Select[Any]) -> list[QuoteRecord]:
    rows = session.scalars(stmt.order_by(None).order_by(QuoteRow.article_id, QuoteRow.start)).all()
    return _quotes_from_rows(session, rows)


def _quotes_from_rows(session: Session, rows: Sequence[QuoteRow]) -> list[QuoteRecord]:
    ents = _entity_refs(session, [q.speaker_id for q in rows if q.speaker_id is not None])
    titles = _labels(session, {q.article_id for q in rows})
    return [
        QuoteRecord(
            id=q.id,
            article_id=q.article_id,
            article_title=titles[q.article_id][0],
            article_label=titles[q.article_id][1],
            published=q.published,
            speaker=_ref(ents, q.speaker_id, q.speaker_name),
            kind=q.kind,
            text=q.text,
            cue=q.cue,
            sentence=q.sentence,
            confidence=q.confidence,
            start=q.start,
            end=q.end,
        )
        for q in rows
    ]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    since: DateLike = None,
    until: DateLike = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[QuoteRecord]:
    """Quotes, newest first; filter by speaker name or entity id, date range and kind.

    ``speaker`` matches the resolved speaker entity (name or alias) and, for quotes whose
    speaker was not resolved to an entity, the speaker name as the article gives it.
    """
    with store.session() as s:
        stmt = select(QuoteRow)
        if speaker_id is not None:
            stmt = stmt.where(QuoteRow.speaker_id == speaker_id)
        if speaker:
            ids = entity_ids_for(s, speaker)
            stmt = stmt.where(
                or_(
                    QuoteRow.speaker_id.in_(ids),
                    and_(
                        QuoteRow.speaker_id.is_(None),
                        func.lower(QuoteRow.speaker_name) == speaker.strip().lower(),
                    ),
                )
            )
        if kind:
            stmt = stmt.where(QuoteRow.kind == kind)
        stmt = _date_filter(stmt, QuoteRow.published, since, until)
        total = _count(s, stmt)
        rows = s.scalars(
            stmt.order_by(QuoteRow.published.desc(), QuoteRow.article_id.desc(), QuoteRow.start)
            .limit(_limit(limit))
            .offset(max(0, offset))
        ).all()
        return Page(items=_quotes_from_rows(s, rows), total=total, limit=limit, offset=offset)


# -- events ----------------------------------------------------------------------------------


def _event_records(session: Session, stmt: Select[Any]) -> list[EventRecord]:
    rows = session.scalars(stmt.order_by(None).order_by(EventRow.article_id, EventRow.start)).all()
    return _events_from_rows(session, rows)


def _events_from_rows(session: Session, rows: Sequence[EventRow]) -> list[EventRecord]:
    ids = [e.id for e in rows]
    parts = (
        session.scalars(
            select(EventParticipantRow)
            .where(EventParticipantRow.event_id.in_(ids))
            .order_by(EventParticipantRow.id)
        ).all()
        if ids
        else []
    )
    ent_ids = [p.entity_id for p in parts if p.entity_id is not None]
    ent_ids += [e.location_id for e in rows if e.location_id is not None]
    ent_ids += [e.reported_by_id for e in rows if e.reported_by_id is not None]
    ents = _entity_refs(session, ent_ids)
    by_event: dict[int, dict[str, list[EntityRef]]] = defaultdict(lambda: defaultdict(list))
    for p in parts:
        ref = _ref(ents, p.entity_id, p.name)
        if ref is not None:
            by_event[p.event_id][p.role].append(ref)
    titles = _labels(session, {e.article_id for e in rows})
    return [
        EventRecord(
            id=e.id,
            article_id=e.article_id,
            article_title=titles[e.article_id][0],
            article_label=titles[e.article_id][1],
            event_date=e.event_date,
            type=e.type,
            mode=e.mode,
            trigger=e.trigger,
            modality=e.modality,
            actors=by_event[e.id]["actor"],
            targets=by_event[e.id]["target"],
            location=_ref(ents, e.location_id, e.location_name),
            reported_by=_ref(ents, e.reported_by_id, e.reported_by_name),
            sentence=e.sentence,
            start=e.start,
            end=e.end,
        )
        for e in rows
    ]


def events(
    store: Store,
    *,
    actor: str | None = None,
    entity_id: int | None = None,
    type: str | Sequence[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
    role: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[EventRecord]:
    """Events in date order (newest first); filter by participant, PLOVER type(s) and dates.

    ``actor`` (a name) or ``entity_id`` select events the entity takes part in — as actor or
    target, or only one of them with ``role="actor"``/``"target"``.
    """
    with store.session() as s:
        stmt = select(EventRow)
        wanted: list[int] | None = None
        if actor:
            wanted = entity_ids_for(s, actor)
        if entity_id is not None:
            wanted = [entity_id] if wanted is None else [i for i in wanted if i == entity_id]
        if wanted is not None:
            part = select(EventParticipantRow.event_id).where(
                EventParticipantRow.entity_id.in_(wanted)
            )
            if role:
                part = part.where(EventParticipantRow.role == role)
            stmt = stmt.where(EventRow.id.in_(part))
        if type:
            types = [type] if isinstance(type, str) else list(type)
            stmt = stmt.where(EventRow.type.in_([t.upper() for t in types]))
        stmt = _date_filter(stmt, EventRow.event_date, since, until)
        total = _count(s, stmt)
        rows = s.scalars(
            stmt.order_by(EventRow.event_date.desc(), EventRow.article_id.desc(), EventRow.start)
            .limit(_limit(limit))
            .offset(max(0, offset))
        ).all()
        return Page(items=_events_from_rows(s, rows), total=total, limit=limit, offset=offset)


def event_types(store: Store) -> list[tuple[str, int]]:
    """The event types in the store with their counts, most frequent first."""
    with store.session() as s:
        rows = s.execute(
            select(EventRow.type, func.count())
            .group_by(EventRow.type)
            .order_by(func.count().desc())
        ).all()
        return [(str(t), int(n)) for t, n in rows]


# -- entities --------------------------------------------------------------------------------


def _entity_stats() -> Select[Any]:
    mentions = (
        select(func.count())
        .where(MentionRow.entity_id == EntityRow.id)
        .correlate(EntityRow)
        .scalar_subquery()
    )
    articles_ = (
        select(func.count(func.distinct(MentionRow.article_id)))
        .where(MentionRow.entity_id == EntityRow.id)
        .correlate(EntityRow)
        .scalar_subquery()
    )
    quotes_ = (
        select(func.count())
        .where(QuoteRow.speaker_id == EntityRow.id)
        .correlate(EntityRow)
        .scalar_subquery()
    )
    events_ = (
        select(func.count(func.distinct(EventParticipantRow.event_id)))
        .where(EventParticipantRow.entity_id == EntityRow.id)
        .correlate(EntityRow)
        .scalar_subquery()
    )
    return select(
        EntityRow,
        mentions.label("n_mentions"),
        articles_.label("n_articles"),
        quotes_.label("n_quotes"),
        events_.label("n_events"),
    )


def _entity_summary(row: Any) -> EntitySummary:
    e = row[0]
    return EntitySummary(
        id=e.id,
        type=e.type,
        name=e.name,
        mention_count=int(row.n_mentions or 0),
        article_count=int(row.n_articles or 0),
        quote_count=int(row.n_quotes or 0),
        event_count=int(row.n_events or 0),
    )


ENTITY_ORDERS = ("mentions", "quotes", "events", "name")


def entities(
    store: Store,
    *,
    type: str | None = None,
    q: str | None = None,
    order: str = "mentions",
    limit: int = 50,
    offset: int = 0,
) -> Page[EntitySummary]:
    """Entities with their counts; filter by type and a name substring."""
    if order not in ENTITY_ORDERS:
        raise ValueError(f"order must be one of {', '.join(ENTITY_ORDERS)}")
    with store.session() as s:
        stmt = _entity_stats()
        if type:
            stmt = stmt.where(EntityRow.type == type.upper())
        if q:
            norm = normalise_name(q)
            pattern = "%" + norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            stmt = stmt.where(
                or_(
                    EntityRow.normalized_name.like(pattern, escape="\\"),
                    EntityRow.id.in_(
                        select(AliasRow.entity_id).where(
                            AliasRow.normalized_alias.like(pattern, escape="\\")
                        )
                    ),
                )
            )
        total = _count(s, stmt)
        key = {
            "mentions": [stmt.selected_columns.n_mentions.desc()],
            "quotes": [
                stmt.selected_columns.n_quotes.desc(),
                stmt.selected_columns.n_mentions.desc(),
            ],
            "events": [
                stmt.selected_columns.n_events.desc(),
                stmt.selected_columns.n_mentions.desc(),
            ],
            "name": [],
        }[order]
        rows = s.execute(
            stmt.order_by(*key, EntityRow.name, EntityRow.id)
            .limit(_limit(limit))
            .offset(max(0, offset))
        ).all()
        return Page(
            items=[_entity_summary(r) for r in rows], total=total, limit=limit, offset=offset
        )


def entity_by_id(
    store: Store, entity_id: int, *, quote_limit: int = 500, event_limit: int = 500
) -> EntityDetail | None:
    """An entity with aliases, roles over time, its quotes, events (timeline) and co-actors."""
    with store.session() as s:
        row = s.execute(_entity_stats().where(EntityRow.id == entity_id)).first()
        if row is None:
            return None
        summary = _entity_summary(row)
        aliases = sorted(
            set(s.scalars(select(AliasRow.alias).where(AliasRow.entity_id == entity_id)).all())
            - {summary.name}
        )
        roles = [
            RoleRecord(
                role=r.role,
                affiliation=r.affiliation,
                first_seen=r.first_seen,
                last_seen=r.last_seen,
                articles=int(r.n),
            )
            for r in s.execute(
                select(
                    RoleRow.role,
                    func.max(RoleRow.affiliation).label("affiliation"),
                    func.min(RoleRow.published).label("first_seen"),
                    func.max(RoleRow.published).label("last_seen"),
                    func.count(func.distinct(RoleRow.article_id)).label("n"),
                )
                .where(RoleRow.entity_id == entity_id)
                .group_by(RoleRow.role)
                .order_by(func.min(RoleRow.published), RoleRow.role)
            ).all()
        ]
        quote_rows = s.scalars(
            select(QuoteRow)
            .where(QuoteRow.speaker_id == entity_id)
            .order_by(QuoteRow.published.desc(), QuoteRow.article_id.desc(), QuoteRow.start)
            .limit(quote_limit)
        ).all()
        part = select(EventParticipantRow.event_id).where(
            EventParticipantRow.entity_id == entity_id
        )
        event_rows = s.scalars(
            select(EventRow)
            .where(EventRow.id.in_(part))
            .order_by(EventRow.event_date, EventRow.article_id, EventRow.start)
            .limit(event_limit)
        ).all()
        article_rows = s.scalars(
            select(ArticleRow)
            .where(
                ArticleRow.id.in_(
                    select(MentionRow.article_id).where(MentionRow.entity_id == entity_id)
                )
            )
            .order_by(ArticleRow.published.desc(), ArticleRow.id.desc())
            .limit(200)
        ).all()
        return EntityDetail(
            **summary.model_dump(),
            aliases=aliases,
            roles=roles,
            quotes=_quotes_from_rows(s, quote_rows),
            events=_events_from_rows(s, event_rows),
            co_actors=_co_actors(s, entity_id),
            article_list=[_summary(a) for a in article_rows],
        )


def _co_actors(session: Session, entity_id: int, limit: int = 30) -> list[CoActor]:
    mine = select(EventParticipantRow.event_id).where(EventParticipantRow.entity_id == entity_id)
    shared_events = dict(
        session.execute(
            select(
                EventParticipantRow.entity_id,
                func.count(func.distinct(EventParticipantRow.event_id)),
            )
            .where(
                EventParticipantRow.event_id.in_(mine),
                EventParticipantRow.entity_id.is_not(None),
                EventParticipantRow.entity_id != entity_id,
            )
            .group_by(EventParticipantRow.entity_id)
        ).all()
    )
    my_articles = select(MentionRow.article_id).where(MentionRow.entity_id == entity_id)
    shared_articles = dict(
        session.execute(
            select(MentionRow.entity_id, func.count(func.distinct(MentionRow.article_id)))
            .join(EntityRow, EntityRow.id == MentionRow.entity_id)
            .where(
                MentionRow.article_id.in_(my_articles),
                MentionRow.entity_id != entity_id,
                EntityRow.type.in_(("PER", "ORG")),
            )
            .group_by(MentionRow.entity_id)
        ).all()
    )
    ids: set[int] = {int(i) for i in set(shared_events) | set(shared_articles) if i is not None}
    ents = _entity_refs(session, ids)
    out = [
        CoActor(
            entity=EntityRef(id=i, name=ents[i].name, type=ents[i].type),
            shared_events=int(shared_events.get(i, 0)),
            shared_articles=int(shared_articles.get(i, 0)),
        )
        for i in ids
        if i in ents
    ]
    out.sort(key=lambda c: (-c.shared_events, -c.shared_articles, c.entity.name))
    return out[:limit]


def entity(store: Store, name: str, type: str | None = None) -> EntityDetail | None:
    """The entity a user means by ``name`` (canonical name or alias; most mentioned wins)."""
    with store.session() as s:
        ids = entity_ids_for(s, name, type.upper() if type else None)
        if not ids:
            return None
        counts = dict(
            s.execute(
                select(MentionRow.entity_id, func.count())
                .where(MentionRow.entity_id.in_(ids))
                .group_by(MentionRow.entity_id)
            ).all()
        )
        best = max(ids, key=lambda i: (counts.get(i, 0), -i))
    return entity_by_id(store, best)


def entity_candidates(store: Store, name: str, type: str | None = None) -> list[EntitySummary]:
    """All entities ``name`` could mean, most mentioned first."""
    with store.session() as s:
        ids = entity_ids_for(s, name, type.upper() if type else None)
        if not ids:
            return []
        rows = s.execute(_entity_stats().where(EntityRow.id.in_(ids))).all()
        out = [_entity_summary(r) for r in rows]
    return sorted(out, key=lambda e: (-e.mention_count, e.name))


# -- full-text search ------------------------------------------------------------------------

_WORD = re.compile(r"\w+\*?", re.UNICODE)


def fts5_query(query: str) -> str:
    """A safe FTS5 MATCH expression: every word quoted (AND), a trailing ``*`` kept as prefix."""
    parts = []
    for token in _WORD.findall(query):
        prefix = token.endswith("*")
        word = token.rstrip("*").replace('"', "")
        if word:
            parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


def pg_tsquery(query: str) -> str:
    """The PostgreSQL tsquery expression for a user query (its text is always the :q parameter).

    A query with ``word*`` prefixes becomes ``to_tsquery`` over its words (``word:*``, ANDed);
    anything else goes to ``websearch_to_tsquery`` (phrases, ``or``, ``-word``).
    """
    if "*" in query:
        return "to_tsquery('simple', :q)"
    return "websearch_to_tsquery('simple', :q)"


def pg_query_param(query: str) -> str:
    if "*" not in query:
        return query
    parts = []
    for token in _WORD.findall(query):
        word = token.rstrip("*")
        if word:
            parts.append(f"{word}:*" if token.endswith("*") else word)
    return " & ".join(parts)


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    quote_limit: int = 20,
    entity_limit: int = 10,
) -> SearchResults:
    """Full-text search over article titles and text (ranked, with snippets), quotes and names.

    SQLite uses FTS5 (words are ANDed; ``word*`` is a prefix search); PostgreSQL uses a
    ``tsvector`` with ``websearch_to_tsquery`` (quoted phrases, ``-word``, ``or``).
    """
    limit = _limit(limit)
    empty: Page[ArticleHit] = Page(items=[], total=0, limit=limit, offset=offset)
    if not query.strip() or not fts5_query(query):  # no words at all: nothing to find
        return SearchResults(query=query, articles=empty)
    with store.session() as s:
        if store.dialect == "sqlite":
            match = fts5_query(query)
            if not match:
                return SearchResults(query=query, articles=empty)
            hits, total = _search_sqlite(s, match, limit, offset)
            quote_ids = list(
                s.scalars(
                    text(
                        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q "
                        "ORDER BY bm25(quotes_fts) LIMIT :n"
                    ),
                    {"q": match, "n": quote_limit},
                ).all()
            )
        else:
            hits, total = _search_postgres(s, query, limit, offset)
            quote_ids = list(
                s.scalars(
                    text(
                        f"SELECT q.id FROM quotes q, {pg_tsquery(query)} query "
                        "WHERE q.search_vector @@ query "
                        "ORDER BY ts_rank(q.search_vector, query) DESC, q.id LIMIT :n"
                    ),
                    {"q": pg_query_param(query), "n": quote_limit},
                ).all()
            )
        quote_rows = (
            s.scalars(select(QuoteRow).where(QuoteRow.id.in_(quote_ids))).all() if quote_ids else []
        )
        order = {qid: i for i, qid in enumerate(quote_ids)}
        quote_rows = sorted(quote_rows, key=lambda q: order[q.id])
        quote_records = _quotes_from_rows(s, quote_rows)
    ents = entities(store, q=query, limit=entity_limit).items if len(query.strip()) >= 2 else []
    return SearchResults(
        query=query,
        articles=Page(items=hits, total=total, limit=limit, offset=offset),
        quotes=quote_records,
        entities=ents,
    )


def _hits(session: Session, rows: Sequence[Any]) -> list[ArticleHit]:
    by_id = {
        a.id: a
        for a in session.scalars(
            select(ArticleRow).where(ArticleRow.id.in_([r[0] for r in rows]))
        ).all()
    }
    return [
        ArticleHit(article=_summary(by_id[r[0]]), snippet=r[1] or "", score=float(r[2] or 0.0))
        for r in rows
        if r[0] in by_id
    ]


def _search_sqlite(
    session: Session, match: str, limit: int, offset: int
) -> tuple[list[ArticleHit], int]:
    total = int(
        session.scalar(
            text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"), {"q": match}
        )
        or 0
    )
    rows = session.execute(
        text(
            "SELECT rowid, snippet(articles_fts, 1, :hs, :he, '…', 16), -bm25(articles_fts) "
            "FROM articles_fts WHERE articles_fts MATCH :q "
            "ORDER BY bm25(articles_fts) LIMIT :limit OFFSET :offset"
        ),
        {"q": match, "hs": HIT_START, "he": HIT_END, "limit": limit, "offset": offset},
    ).all()
    return _hits(session, rows), total


def _search_postgres(
    session: Session, query: str, limit: int, offset: int
) -> tuple[list[ArticleHit], int]:
    total = int(
        session.scalar(
            text(
                f"SELECT count(*) FROM articles a, {pg_tsquery(query)} query "
                "WHERE a.search_vector @@ query"
            ),
            {"q": pg_query_param(query)},
        )
        or 0
    )
    rows = session.execute(
        text(
            "SELECT a.id, ts_headline('simple', a.text, query, :opts), "
            "ts_rank(a.search_vector, query) AS rank "
            f"FROM articles a, {pg_tsquery(query)} query "
            "WHERE a.search_vector @@ query ORDER BY rank DESC, a.id LIMIT :limit OFFSET :offset"
        ),
        {
            "q": pg_query_param(query),
            "opts": f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=30, MinWords=10, "
            "MaxFragments=1, FragmentDelimiter=…",
            "limit": limit,
            "offset": offset,
        },
    ).all()
    return _hits(session, rows), total


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a search snippet into ``(text, is_hit)`` pieces (for escaping and highlighting)."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in re.finditer(re.escape(HIT_START) + "(.*?)" + re.escape(HIT_END), snippet, re.S):
        if m.start() > pos:
            parts.append((snippet[pos : m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], False))
    return parts


# -- network ---------------------------------------------------------------------------------

DEFAULT_NETWORK_TYPES = ("PER", "ORG")


def _cooccurrence(
    session: Session,
    entity_types: Sequence[str],
    since: DateLike,
    until: DateLike,
    event_types: Sequence[str] | None,
    entity_id: int | None,
    minimum: int,
    among: set[int] | None = None,
) -> Counter[tuple[int, int]]:
    """(a, b) → number of reports naming both (a < b), counted in SQL."""
    ae: Any = (
        select(MentionRow.article_id.label("article_id"), MentionRow.entity_id.label("entity_id"))
        .join(EntityRow, EntityRow.id == MentionRow.entity_id)
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
        .where(EntityRow.type.in_(entity_types))
        .distinct()
    )
    ae = _date_filter(ae, ArticleRow.published, since, until)
    if event_types:
        ae = ae.where(
            MentionRow.article_id.in_(
                select(EventRow.article_id).where(EventRow.type.in_(event_types))
            )
        )
    if among is not None:
        ae = ae.where(MentionRow.entity_id.in_(among))
    a = ae.subquery("a")
    b = ae.subquery("b")
    n = func.count().label("n")
    stmt: Any = (
        select(a.c.entity_id, b.c.entity_id, n)
        .join(b, and_(a.c.article_id == b.c.article_id, a.c.entity_id < b.c.entity_id))
        .group_by(a.c.entity_id, b.c.entity_id)
    )
    if entity_id is not None:
        stmt = stmt.where(or_(a.c.entity_id == entity_id, b.c.entity_id == entity_id))
    if minimum > 1:
        stmt = stmt.having(func.count() >= minimum)
    return Counter({(int(x), int(y)): int(k) for x, y, k in _rows(session, stmt)})


def network(
    store: Store,
    *,
    since: DateLike = None,
    until: DateLike = None,
    types: Sequence[str] | None = None,
    entity_types: Sequence[str] = DEFAULT_NETWORK_TYPES,
    cooccurrence: bool = True,
    entity_id: int | None = None,
    min_weight: int = 1,
    min_cooccurrence: int = 1,
    max_edges: int = 500,
) -> Network:
    """Actor–actor graph: edges weighted by shared events plus articles that mention both.

    ``types`` restricts the events counted (PLOVER types, e.g. ``["CONSULT"]`` for meetings);
    with ``types`` set, co-occurrence counts only articles that report such an event.
    ``since``/``until`` filter events by their date and articles by publication date.
    ``entity_id`` keeps only the edges of that entity. A pair without shared events becomes an
    edge only when at least ``min_cooccurrence`` reports name both.
    """
    wanted_types = [t.upper() for t in types] if types else None
    ent_types = [t.upper() for t in entity_types]
    pair_events: Counter[tuple[int, int]] = Counter()
    pair_articles: Counter[tuple[int, int]] = Counter()
    pair_types: dict[tuple[int, int], set[str]] = defaultdict(set)
    with store.session() as s:
        stmt: Any = (
            select(EventRow.id, EventRow.type, EventParticipantRow.entity_id)
            .join(EventParticipantRow, EventParticipantRow.event_id == EventRow.id)
            .join(EntityRow, EntityRow.id == EventParticipantRow.entity_id)
            .where(EntityRow.type.in_(ent_types))
        )
        if wanted_types:
            stmt = stmt.where(EventRow.type.in_(wanted_types))
        stmt = _date_filter(stmt, EventRow.event_date, since, until)
        members: dict[int, set[int]] = defaultdict(set)
        etype: dict[int, str] = {}
        for ev_id, ev_type, ent in _rows(s, stmt):
            members[int(ev_id)].add(int(ent))
            etype[int(ev_id)] = str(ev_type)
        for ev_id, ents in members.items():
            for a, b in combinations(sorted(ents), 2):
                pair_events[(a, b)] += 1
                pair_types[(a, b)].add(etype[ev_id])
        if cooccurrence:
            event_entities = {e for pair in pair_events for e in pair}
            pair_articles = _cooccurrence(
                s, ent_types, since, until, wanted_types, entity_id, min_cooccurrence
            )
            if min_cooccurrence > 1 and event_entities:
                # pairs that share events get their true count even below the threshold
                pair_articles.update(
                    _cooccurrence(
                        s, ent_types, since, until, wanted_types, entity_id, 1, event_entities
                    )
                )
        kept: list[tuple[int, int, int, int]] = []  # (events, weight, a, b)
        for pair in set(pair_events) | set(pair_articles):
            if entity_id is not None and entity_id not in pair:
                continue
            if not pair_events[pair] and pair_articles[pair] < min_cooccurrence:
                continue
            w = pair_events[pair] + pair_articles[pair]
            if w >= min_weight:
                kept.append((pair_events[pair], w, pair[0], pair[1]))
        kept.sort(key=lambda k: (-k[0], -k[1], k[2], k[3]))
        edges = [
            NetworkEdge(
                source=a,
                target=b,
                shared_events=ev,
                cooccurrence=pair_articles[(a, b)],
                weight=w,
                event_types=sorted(pair_types.get((a, b), ())),
            )
            for ev, w, a, b in kept[: max(1, max_edges)]
        ]
        degree: Counter[int] = Counter()
        for e in edges:
            degree[e.source] += e.weight
            degree[e.target] += e.weight
        refs = _entity_refs(s, degree)
        nodes = [
            NetworkNode(id=i, name=refs[i].name, type=refs[i].type, weight=w)
            for i, w in degree.most_common()
            if i in refs
        ]
    return Network(nodes=nodes, edges=edges)
