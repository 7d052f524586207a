"""Indexed surname of persons, so a lone surname finds its full name without a scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entities", sa.Column("surname", sa.Text))
    op.create_index("ix_entities_surname", "entities", ["surname"])
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, normalized_name FROM entities WHERE type = 'PER'")
    ).all()
    for entity_id, norm in rows:
        norm = str(norm)
        if " " in norm:
            bind.execute(
                sa.text("UPDATE entities SET surname = :s WHERE id = :i"),
                {"s": norm.rsplit(" ", 1)[1], "i": entity_id},
            )


def downgrade() -> None:
    op.drop_index("ix_entities_surname", table_name="entities")
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("surname")
