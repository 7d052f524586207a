"""Initial schema: articles and their facts, entities with aliases, views, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column[int]:
    return sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


def _entity_fk(name: str, *, nullable: bool, ondelete: str) -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer, sa.ForeignKey("entities.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_uid", sa.String(64), nullable=False),
        sa.Column("source_key", sa.Text, nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("source_path", sa.Text),
        sa.Column("source_record", sa.Integer),
        sa.Column("reader", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("dateline", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("authors", sa.Text),
        sa.Column("agencies", sa.Text),
        sa.Column("site_name", sa.Text),
        sa.Column("section", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("article_json", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_articles_article_uid", "articles", ["article_uid"])
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "blocks",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("is_lead", sa.Boolean, nullable=False),
        sa.Column("media_kind", sa.String(16)),
        sa.Column("media_title", sa.Text),
        sa.Column("caption", sa.Text),
        sa.Column("credit", sa.Text),
        sa.Column("source_hint", sa.Text),
        sa.Column("boilerplate_reason", sa.String(32)),
    )
    op.create_index("ix_blocks_article_id", "blocks", ["article_id"])

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("normalized_name", sa.Text, nullable=False),
        sa.UniqueConstraint("type", "normalized_name", name="uq_entities_type_name"),
    )

    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        _entity_fk("entity_id", nullable=False, ondelete="CASCADE"),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("normalized_alias", sa.Text, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.UniqueConstraint("entity_id", "normalized_alias", name="uq_aliases_entity_alias"),
    )
    op.create_index("ix_aliases_entity_id", "aliases", ["entity_id"])
    op.create_index("ix_aliases_normalized_alias", "aliases", ["normalized_alias"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        _entity_fk("entity_id", nullable=False, ondelete="CASCADE"),
        sa.Column("local_entity_id", sa.String(32), nullable=False),
        sa.Column("local_name", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])

    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        _entity_fk("entity_id", nullable=False, ondelete="CASCADE"),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("published", sa.String(32)),
    )
    op.create_index("ix_roles_article_id", "roles", ["article_id"])
    op.create_index("ix_roles_entity_id", "roles", ["entity_id"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        _entity_fk("speaker_id", nullable=True, ondelete="SET NULL"),
        sa.Column("speaker_name", sa.Text),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("published", sa.String(32)),
    )
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker_id", "quotes", ["speaker_id"])
    op.create_index("ix_quotes_published", "quotes", ["published"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("time_value", sa.String(64)),
        sa.Column("event_date", sa.String(10)),
        _entity_fk("location_id", nullable=True, ondelete="SET NULL"),
        sa.Column("location_name", sa.Text),
        _entity_fk("reported_by_id", nullable=True, ondelete="SET NULL"),
        sa.Column("reported_by_name", sa.Text),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_event_date", "events", ["event_date"])

    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        _entity_fk("entity_id", nullable=True, ondelete="SET NULL"),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
    )
    op.create_index("ix_event_participants_event_id", "event_participants", ["event_id"])
    op.create_index("ix_event_participants_entity_id", "event_participants", ["entity_id"])

    op.create_table(
        "times",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
        sa.Column("relative", sa.Text),
    )
    op.create_index("ix_times_article_id", "times", ["article_id"])

    op.create_table(
        "amounts",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("unit", sa.Text),
        sa.Column("sentence", sa.Text),
    )
    op.create_index("ix_amounts_article_id", "amounts", ["article_id"])

    dialect = op.get_bind().dialect.name
    _create_views(dialect)
    if dialect == "sqlite":
        _create_sqlite_fts()
    elif dialect == "postgresql":
        _create_postgres_fts()


def _create_views(dialect: str) -> None:
    agg = (
        "group_concat({col}, '; ')"
        if dialect == "sqlite"
        else "string_agg({col}, '; ' ORDER BY {col})"
    )
    op.execute(
        """
        CREATE VIEW quotes_with_speaker AS
        SELECT q.id AS quote_id,
               q.article_id,
               a.title AS article_title,
               a.url AS article_url,
               q.published,
               q.speaker_id,
               COALESCE(e.name, q.speaker_name) AS speaker,
               e.type AS speaker_type,
               q.kind,
               q.text AS quote,
               q.cue,
               q.sentence,
               q.confidence,
               q.start,
               q."end"
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_id
        """
    )
    actors = agg.format(col="COALESCE(ea.name, p.name)")
    op.execute(
        f"""
        CREATE VIEW events_with_actors AS
        SELECT ev.id AS event_id,
               ev.article_id,
               a.title AS article_title,
               a.url AS article_url,
               ev.event_date,
               ev.type,
               ev.mode,
               ev.trigger,
               ev.modality,
               (SELECT {actors} FROM event_participants p
                  LEFT JOIN entities ea ON ea.id = p.entity_id
                 WHERE p.event_id = ev.id AND p.role = 'actor') AS actors,
               (SELECT {actors} FROM event_participants p
                  LEFT JOIN entities ea ON ea.id = p.entity_id
                 WHERE p.event_id = ev.id AND p.role = 'target') AS targets,
               COALESCE(loc.name, ev.location_name) AS location,
               ev.sentence,
               ev.start,
               ev."end"
        FROM events ev
        JOIN articles a ON a.id = ev.article_id
        LEFT JOIN entities loc ON loc.id = ev.location_id
        """
    )


def _create_sqlite_fts() -> None:
    tokenize = "tokenize = 'unicode61 remove_diacritics 2'"
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        f"title, text, content='articles', content_rowid='id', {tokenize})"
    )
    op.execute(
        "CREATE VIRTUAL TABLE quotes_fts USING fts5("
        f"text, speaker_name, content='quotes', content_rowid='id', {tokenize})"
    )
    for table, cols in (("articles", ("title", "text")), ("quotes", ("text", "speaker_name"))):
        names = ", ".join(cols)
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        fts = f"{table}_fts"
        op.execute(
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
        )


def _create_postgres_fts() -> None:
    op.execute(
        "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        "to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")
    op.execute(
        "ALTER TABLE quotes ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        "to_tsvector('simple', text || ' ' || coalesce(speaker_name, ''))) STORED"
    )
    op.execute("CREATE INDEX ix_quotes_search_vector ON quotes USING gin (search_vector)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in ("articles", "quotes"):
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{action}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.execute("DROP VIEW IF EXISTS events_with_actors")
    op.execute("DROP VIEW IF EXISTS quotes_with_speaker")
    for table in (
        "amounts",
        "times",
        "event_participants",
        "events",
        "quotes",
        "roles",
        "mentions",
        "aliases",
        "entities",
        "blocks",
        "articles",
    ):
        op.drop_table(table)
