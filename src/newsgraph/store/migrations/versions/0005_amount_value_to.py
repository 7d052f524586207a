"""An amount's upper end: a range is one amount since session 34 ("3.000 bis 4.000 Euro":
value 3000, value_to 4000), no longer two rows ``range_from`` / ``range_to``.

The column is filled from the stored Article JSON, matched by offsets (articles stored before
session 34 have no ``value_to``: their ranges stay two rows until they are ingested again).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("amounts", sa.Column("value_to", sa.Float()))
    bind = op.get_bind()
    for article_id, raw in bind.execute(sa.text("SELECT id, article_json FROM articles")).all():
        try:
            doc = json.loads(str(raw))
        except (TypeError, ValueError):
            continue
        for a in doc.get("amounts") or []:
            if a.get("value_to") is not None:
                bind.execute(
                    sa.text(
                        "UPDATE amounts SET value_to = :v WHERE article_id = :i "
                        'AND start = :s AND "end" = :e'
                    ),
                    {"v": a["value_to"], "i": article_id, "s": a["start"], "e": a["end"]},
                )


def downgrade() -> None:
    with op.batch_alter_table("amounts") as batch:
        batch.drop_column("value_to")
