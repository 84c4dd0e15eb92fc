"""Curation: fields locked by a person, and the event change history.

Revision ID: 0003_curation
Revises: 0002_articles
Create Date: 2026-11-25 21:52:27.300421
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_curation"
down_revision: str | None = "0002_articles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "changed_by IN ('manual', 'extract', 'merge', 'import')",
            name=op.f("ck_event_change_changed_by"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_change_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_change")),
    )
    with op.batch_alter_table("event_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_change_event_id"), ["event_id"], unique=False)

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_fields", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("locked_fields")

    with op.batch_alter_table("event_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_change_event_id"))

    op.drop_table("event_change")
