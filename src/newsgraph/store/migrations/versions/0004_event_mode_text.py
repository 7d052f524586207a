"""An event's mode is TEXT on PostgreSQL: a list of modes ("attack; killing; air strike;
shelling") is longer than the 32 characters of VARCHAR(32), and PostgreSQL refused such articles.

SQLite never enforced the length, so nothing changes there (a table rebuild would fire the
foreign keys' cascades for nothing). PostgreSQL cannot change the type of a column a view reads:
the view ``events_with_actors`` is dropped and created again from its own stored definition.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


VIEW = "events_with_actors"


def _alter_mode(**kwargs: object) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    definition = bind.execute(sa.text(f"SELECT pg_get_viewdef('{VIEW}'::regclass, true)")).scalar()
    op.execute(f"DROP VIEW {VIEW}")
    op.alter_column("events", "mode", **kwargs)  # type: ignore[arg-type]
    op.execute(f"CREATE VIEW {VIEW} AS {definition}")


def upgrade() -> None:
    _alter_mode(type_=sa.Text(), existing_type=sa.String(32))


def downgrade() -> None:
    # modes longer than 32 characters are cut to fit the old column
    _alter_mode(type_=sa.String(32), existing_type=sa.Text(), postgresql_using="left(mode, 32)")
