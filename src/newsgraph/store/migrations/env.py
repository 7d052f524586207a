"""Alembic environment for the newsgraph store.

Migrations run programmatically from :func:`newsgraph.store.db.open_store`, which passes an open
connection in ``config.attributes["connection"]``; running ``alembic`` by hand works too with
``-x url=…`` (or ``sqlalchemy.url`` in a config file).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from newsgraph.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise RuntimeError("no database URL: pass -x url=... or set sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
