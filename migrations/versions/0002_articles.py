"""Articles: publication-time flag, extraction timestamp, full-text index (SQLite FTS5).

Revision ID: 0002_articles
Revises: 0001_initial
Create Date: 2026-11-25

A later revision that rebuilds the ``article`` table in batch mode must drop the FTS triggers
first and recreate them afterwards (``tracker.dialects.create_article_fts``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.dialects import create_article_fts, drop_article_fts

revision: str = "0002_articles"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("published_has_time", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("extracted_at", sa.DateTime(), nullable=True))
    create_article_fts(op.get_bind())


def downgrade() -> None:
    drop_article_fts(op.get_bind())
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("extracted_at")
        batch_op.drop_column("published_has_time")
