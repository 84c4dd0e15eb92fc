"""Engines, sessions and schema upgrades: the only module that knows database URLs.

SQLite-specific tuning lives in :mod:`tracker.dialects`; everything else is portable SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, text
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    SQLAlchemyError,
)

from tracker.config import sqlite_path
from tracker.dialects import configure_engine
from tracker.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

# The newest Alembic revision. ``tests/test_migrations.py`` keeps it equal to Alembic's head, so a
# start-up check is one cheap query instead of importing Alembic on every command.
HEAD_REVISION = "0004_event_ids_never_reused"


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``; SQLite connections get WAL, a busy timeout and foreign keys."""
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from None
    except ImportError as exc:
        raise DatabaseError(f"the driver for {url!r} is not installed: {exc}") from None
    configure_engine(engine, foreign_keys=foreign_keys)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration pointing at the migrations shipped with the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database, or None for an empty database."""
    try:
        with engine.connect() as conn:
            has_table = conn.execute(
                text(_VERSION_TABLE_QUERY.get(engine.dialect.name, ""))
            ).first()
            if has_table is None and engine.dialect.name in _VERSION_TABLE_QUERY:
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise DatabaseError(_describe_open_error(engine, exc)) from None


_VERSION_TABLE_QUERY = {
    "sqlite": "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'",
    "postgresql": "SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'",
}


def _first_line(exc: Exception) -> str:
    """The driver's own message (not SQLAlchemy's wrapper with the SQL and a link), first line."""
    lines = str(getattr(exc, "orig", exc)).splitlines()
    return lines[0] if lines else type(exc).__name__  # a message-less error: never IndexError


def _describe_session_error(engine: Engine, exc: DBAPIError) -> str:
    """An error while working in an open database (nothing was written: the change rolled back)."""
    detail = _first_line(exc)
    if isinstance(exc, IntegrityError):
        return f"the database refused the change, nothing was written: {detail}"
    if "locked" in detail:
        return "the database is locked by another tracker process; nothing was written, try again"
    if exc.connection_invalidated or "unable to open" in detail or "not a database" in detail:
        return _describe_open_error(engine, exc)
    return f"database error, nothing was written: {detail}"


def _describe_open_error(engine: Engine, exc: Exception) -> str:
    detail = _first_line(exc)
    target = sqlite_path(str(engine.url)) or engine.url.render_as_string(hide_password=True)
    if "not a database" in detail:
        return f"{target} is not a tracker database (not an SQLite file)"
    return f"cannot open database {target}: {detail}"


def run_migrations(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) the schema with Alembic, on a connection without foreign keys.

    A batch-mode table rebuild with ``foreign_keys=ON`` would cascade-delete child rows.
    """
    from alembic import command
    from alembic.util import CommandError

    url = engine.url.render_as_string(hide_password=False)
    migration_engine = make_engine(url, foreign_keys=False)
    try:
        with migration_engine.begin() as conn:
            cfg = alembic_config(conn)
            if downgrade:
                command.downgrade(cfg, revision)
            else:
                command.upgrade(cfg, revision)
    except CommandError as exc:
        raise DatabaseError(f"migration failed: {exc}") from None
    except DBAPIError as exc:
        raise DatabaseError(_describe_open_error(engine, exc)) from None
    finally:
        migration_engine.dispose()


def ensure_schema(engine: Engine) -> bool:
    """Bring the database to the head revision if needed; True when a migration ran."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and not _known_revision(revision):
        raise DatabaseError(
            f"database is at revision {revision!r}, which this version of tracker does not "
            "know (was it written by a newer tracker?)"
        )
    run_migrations(engine)
    return True


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


class Database:
    """A database URL plus a lazily created engine; sessions are one transaction each."""

    def __init__(self, url: str, *, create_parent: bool = False) -> None:
        self.url = url
        self._create_parent = create_parent
        self._engine: Engine | None = None
        self._ready = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            path = sqlite_path(self.url)
            if path is not None:
                _check_sqlite_path(path, create_parent=self._create_parent)
            self._engine = make_engine(self.url)
        return self._engine

    def prepare(self) -> bool:
        """Upgrade the schema once per process; True when a migration ran."""
        if self._ready:
            return False
        migrated = ensure_schema(self.engine)
        self._ready = True
        return migrated

    @contextmanager
    def session(self, *, dry_run: bool = False) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        With ``dry_run`` the work is always rolled back: nothing is written.
        """
        from sqlalchemy.orm import Session

        self.prepare()
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            if dry_run:
                session.rollback()
            else:
                session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise DatabaseError(_describe_session_error(self.engine, exc)) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection in one transaction, committed on success, rolled back on error.

        For read paths that list many rows: they need neither the ORM's import (~80 ms)
        nor its per-row cost.
        """
        self.prepare()
        try:
            with self.engine.begin() as connection:
                yield connection
        except DBAPIError as exc:
            raise DatabaseError(_describe_session_error(self.engine, exc)) from None

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def core_connection(session: Session) -> Connection:
    """The session's connection, for Core queries inside the session's transaction.

    Flushes first, as the session's own queries would: a Core query does not autoflush, and the
    session may hold pending changes.
    """
    if session.autoflush:
        session.flush()
    return session.connection()


def _check_sqlite_path(path: Path, *, create_parent: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    if not path.parent.exists():
        if not create_parent:
            raise DatabaseError(f"cannot open database {path}: folder {path.parent} does not exist")
        path.parent.mkdir(parents=True, exist_ok=True)


__all__ = [
    "HEAD_REVISION",
    "Database",
    "SQLAlchemyError",
    "alembic_config",
    "core_connection",
    "current_revision",
    "ensure_schema",
    "make_engine",
    "run_migrations",
]
