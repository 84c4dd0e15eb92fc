"""Alembic environment.

Accepts a Connection (``tracker.db.run_migrations``), an Engine (pytest-alembic) or nothing (the
plain ``alembic`` command, which then uses ``--db``/``$TRACKER_DB``/the default database).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection, Engine

from tracker.tables import metadata

target_metadata = metadata


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Leave the full-text index tables (managed in tracker.dialects) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("article_fts"))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = context.config.attributes.get("connection")
    if isinstance(connectable, Connection):
        _run(connectable)
        return
    if connectable is None:
        from tracker.config import resolve_db_url
        from tracker.db import make_engine

        connectable = make_engine(resolve_db_url(), foreign_keys=False)
    assert isinstance(connectable, Engine)
    with connectable.connect() as connection:
        _run(connection)


def run_migrations_offline() -> None:
    from tracker.config import resolve_db_url

    context.configure(
        url=resolve_db_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
