"""Amount qualifiers ("mehr als", the two ends of a range) and time modifiers are stored too.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("amounts", sa.Column("qualifier", sa.String(32)))
    op.add_column("times", sa.Column("mod", sa.String(16)))
    # fill them from the stored Article JSON, matched by offsets
    bind = op.get_bind()
    for article_id, raw in bind.execute(sa.text("SELECT id, article_json FROM articles")).all():
        try:
            doc = json.loads(str(raw))
        except (TypeError, ValueError):
            continue
        for a in doc.get("amounts") or []:
            if a.get("qualifier"):
                bind.execute(
                    sa.text(
                        "UPDATE amounts SET qualifier = :q WHERE article_id = :i "
                        'AND start = :s AND "end" = :e'
                    ),
                    {"q": a["qualifier"], "i": article_id, "s": a["start"], "e": a["end"]},
                )
        for t in doc.get("times") or []:
            if t.get("mod"):
                bind.execute(
                    sa.text(
                        "UPDATE times SET mod = :m WHERE article_id = :i "
                        'AND start = :s AND "end" = :e'
                    ),
                    {"m": t["mod"], "i": article_id, "s": t["start"], "e": t["end"]},
                )


def downgrade() -> None:
    with op.batch_alter_table("times") as batch:
        batch.drop_column("mod")
    with op.batch_alter_table("amounts") as batch:
        batch.drop_column("qualifier")
