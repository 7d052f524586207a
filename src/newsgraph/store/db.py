"""Opening a store: URL handling, SQLite pragmas, migrations on open.

:func:`open_store` accepts any SQLAlchemy URL. ``sqlite:///path`` (the default,
``sqlite:///newsgraph.sqlite`` or ``$NEWSGRAPH_DB``) is an embedded file in WAL mode with
foreign keys on; ``postgresql://…`` and ``postgresql+psycopg://…`` use PostgreSQL through
psycopg 3. Opening runs ``alembic upgrade head`` so the schema is always current.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "sqlite:///newsgraph.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MIN = (3, 35)
"""The oldest SQLite the store runs on: ingest inserts with ``INSERT … RETURNING``."""


class StoreError(Exception):
    """A store cannot be opened or used (bad URL, missing driver, unreachable server)."""


def default_url() -> str:
    return os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB


def normalise_url(url: str) -> str:
    """Canonical SQLAlchemy URL: a bare path becomes SQLite, ``postgresql://`` uses psycopg 3."""
    url = url.strip()
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


@dataclass
class Store:
    """An open store: the engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (no commit)."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_store_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if sqlite3.sqlite_version_info < SQLITE_MIN:
            raise StoreError(
                f"SQLite {sqlite3.sqlite_version} is too old for the store: it needs "
                f"{'.'.join(map(str, SQLITE_MIN))} or newer (INSERT … RETURNING)"
            )
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise StoreError(
        f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql"
    )


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` with the packaged Alembic migrations."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url`` (default: $NEWSGRAPH_DB or ./newsgraph.sqlite)."""
    url = normalise_url(url or default_url())
    try:
        engine = create_store_engine(url)
        if upgrade:
            migrate(engine)
    except StoreError:
        raise
    except ModuleNotFoundError as exc:
        raise StoreError(f"database driver missing for {url.split(':', 1)[0]}: {exc}") from exc
    except Exception as exc:
        raise StoreError(f"cannot open store {_redact(url)}: {exc}") from exc
    return Store(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
