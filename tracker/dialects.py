"""Dialect-specific connection tuning. Nothing SQLite-only may live outside this module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_BUSY_TIMEOUT_MS = 5000


def configure_engine(engine: Engine, *, foreign_keys: bool = True) -> None:
    """Install per-connection settings for the engine's dialect."""
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, foreign_keys=foreign_keys)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    # The classic recipe: let SQLAlchemy, not pysqlite, issue BEGIN, so pragmas and
    # transactions behave (Python 3.11's sqlite3 has no autocommit attribute yet).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if not _is_memory(engine):
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def _is_memory(engine: Engine) -> bool:
    return engine.url.database in (None, "", ":memory:")


def has_fulltext(engine: Engine) -> bool:
    """True when the database offers SQLite FTS5 (used for article search)."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options
