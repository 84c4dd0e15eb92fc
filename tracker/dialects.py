"""Dialect-specific connection tuning. Nothing SQLite-only may live outside this module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

SQLITE_BUSY_TIMEOUT_MS = 5000
IN_LIST_MAX = 10_000  # values bound in one IN (...): PostgreSQL allows 65,535 per statement


def in_list_size(connection: Connection) -> int:
    """How many ids one ``IN (...)`` list may bind on this connection.

    SQLite's limit is compiled in: 999 before 3.32, 32,766 since. Fewer, larger lists matter
    when a timeline loads thousands of events: each statement costs ~1 ms to run.
    """
    if connection.dialect.name != "sqlite":
        return IN_LIST_MAX
    import sqlite3

    getlimit = getattr(connection.connection.dbapi_connection, "getlimit", None)
    limit = getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if getlimit else 999
    return max(1, min(IN_LIST_MAX, limit - 16))  # room for the statement's other parameters


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


# Full-text search over articles: an external-content FTS5 table kept in step by triggers.
# Created by a migration (see migrations/versions/0002_articles.py); other databases fall back
# to portable LIKE queries in tracker.services.articles.
ARTICLE_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
    "title, text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER IF NOT EXISTS article_fts_ad AFTER DELETE ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, coalesce(old.title, ''), old.text); END",
    "CREATE TRIGGER IF NOT EXISTS article_fts_au AFTER UPDATE OF title, text ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, coalesce(old.title, ''), old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
)
ARTICLE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS article_fts_ai",
    "DROP TRIGGER IF EXISTS article_fts_ad",
    "DROP TRIGGER IF EXISTS article_fts_au",
    "DROP TABLE IF EXISTS article_fts",
)


def create_article_fts(connection: Any) -> bool:
    """Create the article full-text index where the database supports it; True if created."""
    if connection.dialect.name != "sqlite" or not _connection_has_fts5(connection):
        return False
    for statement in ARTICLE_FTS_DDL:
        connection.exec_driver_sql(statement)
    return True


def drop_article_fts(connection: Any) -> None:
    if connection.dialect.name == "sqlite":
        for statement in ARTICLE_FTS_DROP:
            connection.exec_driver_sql(statement)


def _connection_has_fts5(connection: Any) -> bool:
    options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def article_fts_ready(connection: Any) -> bool:
    """True when the article_fts table exists (SQLite with FTS5, migrated)."""
    if connection.dialect.name != "sqlite":
        return False
    row = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_fts'"
    ).first()
    return row is not None


def article_fts_search(connection: Any, query: str, limit: int) -> list[tuple[int, str]]:
    """(article id, snippet) pairs for an FTS5 query, best match first."""
    rows = connection.exec_driver_sql(
        "SELECT rowid, snippet(article_fts, 1, '[', ']', ' … ', 12) FROM article_fts "
        "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    )
    return [(int(r[0]), str(r[1])) for r in rows]
