"""Event ids are never reused: SQLite's AUTOINCREMENT on ``event.id``.

Without it SQLite hands the highest deleted id to the next new row, so an event removed by
re-extraction, a merge or ``events delete`` could come back as the id of an unrelated event, and
a note that says "see event 31" would silently point elsewhere. PostgreSQL sequences never reuse
ids, so only SQLite changes. The table is rebuilt in batch mode; ``tracker.db.run_migrations``
runs with foreign keys off, so the rebuild does not cascade-delete child rows.

Revision ID: 0004_event_ids_never_reused
Revises: 0003_curation
Create Date: 2026-11-26 08:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_event_ids_never_reused"
down_revision: str | None = "0003_curation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild_event_table(*, autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "event", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass


def upgrade() -> None:
    _rebuild_event_table(autoincrement=True)


def downgrade() -> None:
    _rebuild_event_table(autoincrement=False)
