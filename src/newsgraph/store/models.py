"""SQLAlchemy 2 models of the knowledge store.

One row per stored report in ``articles``; its facts (blocks, mentions, roles, quotes, events,
times, amounts) hang off it with ``ON DELETE CASCADE`` so replacing a report replaces its facts.
``entities`` hold the cross-article identity (type + normalised canonical name) with ``aliases``.

The schema is created and changed only by the Alembic migrations in
``newsgraph/store/migrations``; these classes must stay in step with them (a test compares).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    """A stored report: metadata, text and the full Article JSON it was stored from."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_uid: Mapped[str] = mapped_column(String(64), index=True)
    source_key: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    source_path: Mapped[str | None] = mapped_column(Text)
    source_record: Mapped[int | None] = mapped_column(Integer)
    reader: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    authors: Mapped[str | None] = mapped_column(Text)
    agencies: Mapped[str | None] = mapped_column(Text)
    site_name: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    article_json: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    blocks: Mapped[list[BlockRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class BlockRow(Base):
    __tablename__ = "blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    media_kind: Mapped[str | None] = mapped_column(String(16))
    media_title: Mapped[str | None] = mapped_column(Text)
    caption: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(Text)
    source_hint: Mapped[str | None] = mapped_column(Text)
    boilerplate_reason: Mapped[str | None] = mapped_column(String(32))

    article: Mapped[ArticleRow] = relationship(back_populates="blocks")


class EntityRow(Base):
    """A person, organisation, place or other named thing across all articles."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("type", "normalized_name", name="uq_entities_type_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(Text)
    normalized_name: Mapped[str] = mapped_column(Text)
    surname: Mapped[str | None] = mapped_column(Text, index=True)
    """Last word of a person's normalised full name (null for one-word names and non-persons)."""


class AliasRow(Base):
    """Another name of an entity (normalised), used to link mentions across articles."""

    __tablename__ = "aliases"
    __table_args__ = (
        UniqueConstraint("entity_id", "normalized_alias", name="uq_aliases_entity_alias"),
        Index("ix_aliases_normalized_alias", "normalized_alias"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(Text)
    normalized_alias: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16))  # article | surname | override


class MentionRow(Base):
    """One place in an article's text where an entity is named or referred to."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    local_entity_id: Mapped[str] = mapped_column(String(32))
    local_name: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class RoleRow(Base):
    """A role or title an article gives an entity (e.g. 'Außenminister'), dated by the article."""

    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    published: Mapped[str | None] = mapped_column(String(32), index=True)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(32), index=True)
    # a list of modes ("attack; killing; air strike; shelling") can be long: TEXT where the
    # database enforces lengths (migration 0004); SQLite never did
    mode: Mapped[str | None] = mapped_column(String(32).with_variant(Text(), "postgresql"))
    trigger: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String(16))
    time_value: Mapped[str | None] = mapped_column(String(64))
    event_date: Mapped[str | None] = mapped_column(String(10), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    location_name: Mapped[str | None] = mapped_column(Text)
    reported_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL")
    )
    reported_by_name: Mapped[str | None] = mapped_column(Text)


class EventParticipantRow(Base):
    """An actor or target of an event."""

    __tablename__ = "event_participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))  # actor | target
    name: Mapped[str] = mapped_column(Text)


class TimeRow(Base):
    __tablename__ = "times"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(String(64))
    relative: Mapped[str | None] = mapped_column(Text)
    mod: Mapped[str | None] = mapped_column(String(16))


class AmountRow(Base):
    __tablename__ = "amounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str | None] = mapped_column(Text)
    qualifier: Mapped[str | None] = mapped_column(String(32))
    value_to: Mapped[float | None] = mapped_column(Float)  # the upper end of a range (0005)
