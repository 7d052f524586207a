"""Storing Articles: one transaction per article, idempotent by URL/source and content hash.

* The same report again (same content hash) is ``skipped``: nothing changes.
* A changed report from the same URL (or, without a URL, the same file and record) is
  ``updated``: its row is kept, its facts are replaced.
* Anything else is ``new``.

An error inside an article's transaction rolls back that article only; everything committed
before stays.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, union
from sqlalchemy.orm import Session, make_transient_to_detached

from newsgraph.model import Article, BoilerplateBlock, Event, MediaBlock, ParagraphBlock
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
from newsgraph.store.names import Overrides, normalise_name

Outcome = Literal["new", "updated", "skipped"]

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


@dataclass
class IngestResult:
    outcome: Outcome
    article_id: int
    title: str | None = None


def source_key(article: Article) -> str:
    """What identifies 'the same report' across versions: URL, else file and record, else hash."""
    src = article.source
    if src.url:
        return src.url.strip()
    if src.path and src.path not in ("-", "<string>", "<stdin>"):
        path = os.path.abspath(src.path)
        return f"file:{path}" + (f"#{src.record}" if src.record is not None else "")
    return f"sha256:{src.content_hash}"


# the resolver's two candidate queries, built once (the list of names is an expanding parameter)
_NAMED = select(EntityRow).where(
    or_(
        EntityRow.normalized_name.in_(bindparam("keys", expanding=True)),
        and_(EntityRow.type == "PER", EntityRow.surname.in_(bindparam("keys", expanding=True))),
    )
)
_ALIASED = (
    select(AliasRow.normalized_alias, EntityRow)
    .join(EntityRow, AliasRow.entity_id == EntityRow.id)
    .where(AliasRow.normalized_alias.in_(bindparam("keys", expanding=True)))
)


_BY_SOURCE = select(ArticleRow).where(ArticleRow.source_key == bindparam("key"))
_BY_HASH = select(ArticleRow).where(ArticleRow.content_hash == bindparam("digest")).limit(1)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class EntityResolver:
    """Finds or creates the store entity for an article's (type, name).

    Lookups go through an in-memory index of the rows whose name, alias or surname was asked
    for: :meth:`prefetch` loads the candidates of a whole article in two queries, and every row
    or alias this resolver creates is added to the index, so the answers are those the database
    would give (same rules as one query per name, a fraction of the round trips).
    """

    def __init__(self, session: Session, overrides: Overrides | None = None) -> None:
        self.session = session
        self.overrides = overrides or Overrides()
        self._fetched: set[str] = set()
        # rows are keyed by object: the session's identity map holds one object per row, and
        # rows created here have no id until the next flush
        self._by_name: dict[tuple[str, str], EntityRow] = {}
        self._alias_entities: dict[tuple[str, str], set[EntityRow]] = {}
        self._alias_pairs: set[tuple[EntityRow, str]] = set()
        self._by_surname_key: dict[str, set[EntityRow]] = {}
        self._pending_aliases: list[tuple[EntityRow, str, str, str]] = []
        self._pending_rows: list[EntityRow] = []

    def _keys(self, type_: str, name: str) -> tuple[str, str, set[str]]:
        canonical = self.overrides.canonical_name(type_, name)
        norm = normalise_name(canonical) or canonical
        return canonical, norm, {norm, normalise_name(canonical), normalise_name(name)}

    def prefetch(self, names: Iterable[tuple[str, str]]) -> None:
        """Load the candidates of these (type, name) pairs at once (e.g. an article's entities)."""
        keys: set[str] = set()
        for type_, name in names:
            keys |= self._keys(type_, name)[2]
        self._fetch(keys)

    def _fetch(self, keys: set[str]) -> None:
        missing = sorted(keys - self._fetched)
        s = self.session
        for i in range(0, len(missing), 400):
            chunk = {"keys": missing[i : i + 400]}
            # the rows of these names and the persons of these surnames, in one query (what
            # is remembered does not depend on the order: one row per type and name)
            for row in s.scalars(_NAMED, chunk):
                self._remember(row)
            for alias, row in s.execute(_ALIASED, chunk):
                self._remember(row)
                self._remember_alias(row, alias)
        self._fetched.update(missing)

    def _remember(self, row: EntityRow) -> None:
        self._by_name[(row.type, row.normalized_name)] = row
        if row.type == "PER" and row.surname:
            self._by_surname_key.setdefault(row.surname, set()).add(row)

    def _remember_alias(self, row: EntityRow, norm: str) -> None:
        self._alias_pairs.add((row, norm))
        self._alias_entities.setdefault((row.type, norm), set()).add(row)

    def resolve(self, type_: str, name: str) -> EntityRow:
        return self.resolve_many([(type_, name)])[0]

    def resolve_many(self, names: Iterable[tuple[str, str]]) -> list[EntityRow]:
        """The rows of these (type, name) pairs, in order; new rows go in with one flush."""
        rows = [self._resolve(type_, name) for type_, name in names]
        if self._pending_rows:
            self._insert_entities()
        if self._pending_aliases:
            # in one statement, in the order they were asked for (the same ids as one ORM
            # object each, which SQLite inserted one statement per row to read their ids)
            aliases = [
                {"entity_id": row.id, "alias": alias, "normalized_alias": norm, "origin": origin}
                for row, alias, norm, origin in self._pending_aliases
            ]
            _insert_rows(self.session, AliasRow, aliases)
            self._pending_aliases.clear()
        return rows

    def _insert_entities(self) -> None:
        """The new entities in one statement, in the order they were created (the ids the ORM
        gave them one INSERT each); then they join the session as stored rows, so a later
        query answers with these very objects."""
        s = self.session
        new, self._pending_rows = self._pending_rows, []
        values = [
            {
                "type": r.type,
                "name": r.name,
                "normalized_name": r.normalized_name,
                "surname": r.surname,
            }
            for r in new
        ]
        for row, row_id in zip(new, _insert_returning_ids(s, EntityRow, values), strict=True):
            row.id = row_id
            make_transient_to_detached(row)
            s.add(row)

    def _resolve(self, type_: str, name: str) -> EntityRow:
        given = name
        name, norm, keys = self._keys(type_, name)
        self._fetch(keys)
        row = self._by_name.get((type_, norm))
        if row is None:
            row = self._find_or_create(type_, name, norm)
        if given != name:
            self._alias(row, given, "override")
        return row

    def _find_or_create(self, type_: str, name: str, norm: str) -> EntityRow:
        row: EntityRow | None = None
        split = self.overrides.is_split(type_, name)
        if not split:
            row = self._by_alias(type_, norm) or self._by_surname(type_, norm)
        if row is not None:
            self._alias(row, name, "surname" if " " not in norm else "article")
            return row
        surname = norm.rsplit(" ", 1)[1] if type_ == "PER" and " " in norm else None
        row = EntityRow(type=type_, name=name, normalized_name=norm, surname=surname)
        self._pending_rows.append(row)  # inserted by resolve_many, all at once
        self._remember(row)
        self._alias(row, name, "article")
        return row

    def _by_alias(self, type_: str, norm: str) -> EntityRow | None:
        rows = self._alias_entities.get((type_, norm), set())
        return next(iter(rows)) if len(rows) == 1 else None

    def _by_surname(self, type_: str, norm: str) -> EntityRow | None:
        """A lone surname joins the one person whose full name ends with it (never when ambiguous)."""
        if type_ != "PER" or " " in norm or len(norm) < 3:
            return None
        rows = list(self._by_surname_key.get(norm, set()))
        if len(rows) != 1 or self.overrides.is_split(rows[0].type, rows[0].name):
            return None
        return rows[0]

    def _alias(self, row: EntityRow, alias: str, origin: str) -> None:
        norm = normalise_name(alias)
        self._fetch({norm})
        if (row, norm) not in self._alias_pairs:
            self._pending_aliases.append((row, alias, norm, origin))
            self._remember_alias(row, norm)


def stored_unchanged(store: Store, article: Article) -> IngestResult | None:
    """A "skipped" result when this exact report is stored already (checked before analysis)."""
    key = source_key(article)
    digest = article.source.content_hash
    with store.session() as session:
        row = session.scalar(_BY_SOURCE, {"key": key})
        if row is not None and row.content_hash == digest:
            return IngestResult("skipped", row.id, row.title)
        if row is None and not article.source.url:
            same = session.scalar(_BY_HASH, {"digest": digest})
            if same is not None:
                return IngestResult("skipped", same.id, same.title)
    return None


def ingest_article(
    store: Store, article: Article, overrides: Overrides | None = None
) -> IngestResult:
    """Store one article in its own transaction (see the module docs for the outcomes)."""
    key = source_key(article)
    digest = article.source.content_hash
    with store.sessions.begin() as session:
        row = session.scalar(_BY_SOURCE, {"key": key})
        if row is not None and row.content_hash == digest:
            return IngestResult("skipped", row.id, row.title)
        if row is None and not article.source.url:
            same = session.scalar(_BY_HASH, {"digest": digest})
            if same is not None:
                return IngestResult("skipped", same.id, same.title)
        now = _now()
        values = _article_values(article, now)
        if row is None:
            outcome: Outcome = "new"
            # session 23: a Core insert (the ORM flushed one object; nothing reads it back)
            table: Any = ArticleRow.__table__
            added = session.connection().execute(
                insert(table), {"source_key": key, "ingested_at": now, **values}
            )
            key_row = added.inserted_primary_key
            assert key_row is not None
            aid = int(key_row[0])
        else:
            outcome = "updated"
            old_entities = _linked_entities(session, row.id)
            _delete_facts(session, row.id)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            aid = row.id
        insert_facts(session, aid, article, EntityResolver(session, overrides))
        if outcome == "updated":
            session.flush()
            _drop_orphans(session, old_entities)
        return IngestResult(outcome, aid, article.title)


def _article_values(article: Article, now: str) -> dict[str, Any]:
    """The columns of an article's row besides its key and first ingest time."""
    src = article.source
    return {
        "article_uid": article.id,
        "url": src.url,
        "source_path": src.path,
        "source_record": src.record,
        "reader": src.reader,
        "content_hash": src.content_hash,
        "language": article.language,
        "title": article.title,
        "lead": article.lead,
        "dateline": article.dateline,
        "published": article.published,
        "authors": json.dumps(article.authors, ensure_ascii=False) if article.authors else None,
        "agencies": json.dumps(article.agencies, ensure_ascii=False) if article.agencies else None,
        "site_name": article.site_name,
        "section": article.section,
        "text": article.text,
        "article_json": article.to_json(indent=None),
        "updated_at": now,
    }


_FACT_TABLES = (BlockRow, MentionRow, RoleRow, QuoteRow, EventRow, TimeRow, AmountRow)


def _delete_facts(session: Session, article_id: int) -> None:
    event_ids = select(EventRow.id).where(EventRow.article_id == article_id)
    session.execute(delete(EventParticipantRow).where(EventParticipantRow.event_id.in_(event_ids)))
    for table in _FACT_TABLES:
        session.execute(delete(table).where(table.article_id == article_id))


def _linked_entities(session: Session, article_id: int) -> set[int]:
    q: Any = union(
        select(MentionRow.entity_id).where(MentionRow.article_id == article_id),
        select(QuoteRow.speaker_id).where(
            QuoteRow.article_id == article_id, QuoteRow.speaker_id.is_not(None)
        ),
        select(EventParticipantRow.entity_id)
        .join(EventRow, EventRow.id == EventParticipantRow.event_id)
        .where(EventRow.article_id == article_id, EventParticipantRow.entity_id.is_not(None)),
    )
    return {int(x) for x in session.scalars(q).all() if x is not None}


def _drop_orphans(session: Session, entity_ids: Iterable[int]) -> None:
    """Remove entities no stored fact refers to any more."""
    for entity_id in entity_ids:
        refs = 0
        for col in (
            MentionRow.entity_id,
            QuoteRow.speaker_id,
            EventParticipantRow.entity_id,
            EventRow.location_id,
            EventRow.reported_by_id,
        ):
            refs += session.scalar(select(func.count()).where(col == entity_id)) or 0
            if refs:
                break
        if not refs:
            session.execute(delete(EntityRow).where(EntityRow.id == entity_id))


def event_date(event: Event, published: str | None) -> str | None:
    """The day an event happened: its normalised time when it names a day, else the report's."""
    for value in (event.time, published):
        if value:
            m = _DATE.match(value)
            if m:
                return m.group(1)
    return None


def insert_facts(session: Session, aid: int, article: Article, resolver: EntityResolver) -> None:
    """Add the blocks, entity links, quotes, events, times and amounts of article ``aid``."""
    # resolve the entities before adding any other row: each lookup query flushes what is
    # pending, so resolving first keeps those flushes tiny and the fact rows go in one batch
    resolver.prefetch((ent.type, ent.name) for ent in article.entities)
    stored_rows = resolver.resolve_many((ent.type, ent.name) for ent in article.entities)
    blocks: list[dict[str, Any]] = []
    for pos, block in enumerate(article.blocks):
        media = block if isinstance(block, MediaBlock) else None
        blocks.append(
            {
                "article_id": aid,
                "position": pos,
                "type": block.type,
                "text": block.text,
                "start": block.start,
                "end": block.end,
                "is_lead": isinstance(block, ParagraphBlock) and block.lead,
                "media_kind": media.kind if media else None,
                "media_title": media.title if media else None,
                "caption": media.caption if media else None,
                "credit": media.credit if media else None,
                "source_hint": media.source_hint if media else None,
                "boilerplate_reason": block.reason if isinstance(block, BoilerplateBlock) else None,
            }
        )
    _insert_rows(session, BlockRow, blocks)

    local: dict[str, int] = {}
    mentions: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    for ent, stored in zip(article.entities, stored_rows, strict=True):
        local[ent.id] = stored.id
        for m in ent.mentions:
            mentions.append(
                {
                    "article_id": aid,
                    "entity_id": stored.id,
                    "local_entity_id": ent.id,
                    "local_name": ent.name,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                }
            )
        for role in dict.fromkeys(ent.roles):
            roles.append(
                {
                    "article_id": aid,
                    "entity_id": stored.id,
                    "role": role,
                    "affiliation": ent.affiliation,
                    "published": article.published,
                }
            )
    _insert_rows(session, MentionRow, mentions)
    _insert_rows(session, RoleRow, roles)

    def ref_id(ref_id_: str | None, name: str | None, type_: str = "PER") -> int | None:
        if ref_id_ and ref_id_ in local:
            return local[ref_id_]
        if name:
            return resolver.resolve(type_, name).id
        return None

    quotes = [
        {
            "article_id": aid,
            "speaker_id": ref_id(q.speaker.id, q.speaker.name) if q.speaker else None,
            "speaker_name": q.speaker.name if q.speaker else None,
            "kind": q.kind,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "cue": q.cue,
            "sentence": q.sentence,
            "confidence": q.confidence,
            "published": article.published,
        }
        for q in article.quotes
    ]
    _insert_rows(session, QuoteRow, quotes)

    events = [
        {
            "article_id": aid,
            "type": ev.type,
            "mode": ev.mode,
            "trigger": ev.trigger,
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "modality": ev.modality,
            "time_value": ev.time,
            "event_date": event_date(ev, article.published),
            "location_id": ref_id(ev.location.id, ev.location.name, "LOC") if ev.location else None,
            "location_name": ev.location.name if ev.location else None,
            "reported_by_id": ref_id(ev.source.id, ev.source.name) if ev.source else None,
            "reported_by_name": ev.source.name if ev.source else None,
        }
        for ev in article.events
    ]
    event_ids = _insert_returning_ids(session, EventRow, events)  # for their participants
    participants = [
        {
            "event_id": event_id,
            "entity_id": ref_id(ref.id, ref.name, _guess_type(article, ref.id)),
            "role": role,
            "name": ref.name,
        }
        for ev, event_id in zip(article.events, event_ids, strict=True)
        for role, refs in (("actor", ev.actors), ("target", ev.targets))
        for ref in refs
    ]
    _insert_rows(session, EventParticipantRow, participants)
    times = [
        {
            "article_id": aid,
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "type": t.type,
            "value": t.value,
            "relative": t.relative,
            "mod": t.mod,
        }
        for t in article.times
    ]
    _insert_rows(session, TimeRow, times)
    amounts = [
        {
            "article_id": aid,
            "text": a.text,
            "start": a.start,
            "end": a.end,
            "value": a.value,
            "unit": a.unit,
            "sentence": a.sentence,
            "qualifier": a.qualifier,
            "value_to": a.value_to,
        }
        for a in article.amounts
    ]
    _insert_rows(session, AmountRow, amounts)


def _insert_rows(session: Session, table: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert many fact rows in one statement (no ORM objects: nothing reads them back here)."""
    if rows:
        session.connection().execute(insert(table.__table__), rows)


def _insert_returning_ids(
    session: Session, table: type[Any], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert rows in one statement and return their new ids in the order of ``rows``.

    One multi-row INSERT numbers its rows in the order of its VALUES (SQLite's rowid, a
    PostgreSQL serial), so the sorted ids are the rows' ids in order; the ORM inserted such
    rows one statement each to read every id back (SQLite does not promise an order for
    RETURNING). Every supported database has RETURNING (``create_store_engine`` refuses an
    SQLite older than 3.35)."""
    if not rows:
        return []
    stmt = insert(table.__table__).returning(table.__table__.c.id)
    ids: list[int] = sorted(session.connection().execute(stmt, rows).scalars())
    assert len(ids) == len(rows)
    return ids


def _guess_type(article: Article, ref_id: str) -> str:
    ent = article.entity(ref_id)
    if ent is not None:
        return ent.type
    prefix = ref_id.split("-", 1)[0].upper()
    return prefix if prefix in ("PER", "ORG", "LOC", "MISC") else "PER"


def relink(store: Store, overrides: Overrides | None = None) -> int:
    """Rebuild all entity links from the stored Article JSON (e.g. after changing overrides).

    Returns the number of articles relinked. Runs in one transaction.
    """
    with store.sessions.begin() as session:
        rows = session.scalars(select(ArticleRow).order_by(ArticleRow.id)).all()
        for row in rows:
            _delete_facts(session, row.id)
        session.execute(delete(AliasRow))
        session.execute(delete(EntityRow))
        resolver = EntityResolver(session, overrides)
        for row in rows:
            insert_facts(session, row.id, Article.from_json(row.article_json), resolver)
        return len(rows)
