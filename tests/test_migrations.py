"""Migrations: pytest-alembic's four standard tests, the head constant and the SQLite pragmas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.config import Config
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)

import tracker.db
from tracker.db import HEAD_REVISION, Database, make_engine

__all__ = [
    "test_model_definitions_match_ddl",
    "test_single_head_revision",
    "test_up_down_consistency",
    "test_upgrade",
]


@pytest.fixture
def alembic_config() -> Config:
    """pytest-alembic's configuration: the migrations shipped in the package (no alembic.ini)."""
    return tracker.db.alembic_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator:
    # a file (not :memory:) and no foreign keys: the way tracker.db.run_migrations migrates
    engine = make_engine(f"sqlite:///{tmp_path / 'alembic.db'}", foreign_keys=False)
    yield engine
    engine.dispose()


def test_head_revision_constant_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(tracker.db.alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_session_connections_have_the_sqlite_pragmas(db_url: str) -> None:
    from sqlalchemy import text

    database = Database(db_url)
    with database.session() as session:
        pragma = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("foreign_keys", "journal_mode", "busy_timeout")
        }
    database.dispose()
    assert pragma["foreign_keys"] == 1
    assert pragma["journal_mode"] == "wal"
    assert pragma["busy_timeout"] > 0


def test_migration_connections_have_foreign_keys_off(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}", foreign_keys=False)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    engine.dispose()


def test_foreign_keys_are_enforced(session) -> None:
    from sqlalchemy.exc import IntegrityError

    from tracker.models import EventActor

    session.add(EventActor(event_id=12345, actor_id=1, role="participant"))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_deleting_an_event_cascades_in_the_database(db_url: str, seeded: dict[str, int]) -> None:
    from sqlalchemy import text

    database = Database(db_url)
    event_id = seeded["istanbul2"]
    with database.session() as session:
        session.execute(text("DELETE FROM event WHERE id = :id"), {"id": event_id})
    with database.session() as session:
        for table in ("event_actor", "event_topic", "event_source"):
            count = session.execute(
                text(f"SELECT count(*) FROM {table} WHERE event_id = :id"), {"id": event_id}
            ).scalar()
            assert count == 0, table
        articles = session.execute(text("SELECT count(*) FROM article")).scalar()
    database.dispose()
    assert articles == 3  # the articles stay


def test_core_connections_commit_and_report_errors_in_one_line(db_url: str) -> None:
    from sqlalchemy import select, text

    from tracker import tables
    from tracker.errors import DatabaseError

    database = Database(db_url)
    with database.connection() as connection:
        connection.execute(tables.setting.insert().values(key="probe", value="1"))

    def write_then_fail() -> None:
        with database.connection() as connection:
            connection.execute(tables.setting.insert().values(key="probe2", value="2"))
            connection.execute(text("SELECT * FROM no_such_table"))

    with pytest.raises(DatabaseError, match=r"^database error, nothing was written: no such"):
        write_then_fail()
    with database.connection() as connection:
        keys = set(connection.scalars(select(tables.setting.c.key)))
    database.dispose()
    assert "probe" in keys  # committed
    assert "probe2" not in keys  # rolled back with the failed statement


def test_reference_check_is_one_core_query(tmp_path: Path) -> None:
    from tracker.services.reference import ensure_reference_data, reference_is_current

    database = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    with database.connection() as connection:
        assert not reference_is_current(connection)
    with database.session() as session:
        assert ensure_reference_data(session) is not None  # loaded now
        assert ensure_reference_data(session) is None  # and only once
    with database.connection() as connection:
        assert reference_is_current(connection)
    database.dispose()


def test_event_id_upgrade_keeps_every_row_and_stops_id_reuse(tmp_path: Path) -> None:
    """0004 rebuilds the event table: ids, children and history survive; AUTOINCREMENT is on."""
    from tracker.db import run_migrations

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    run_migrations(engine, "0003_curation")
    now = "2025-05-16 10:00:00"
    with engine.begin() as conn:
        for event_id in (4, 9):
            conn.exec_driver_sql(
                "INSERT INTO event (id, date, date_precision, type, title, status, origin, "
                f"planned, created_at, updated_at) VALUES ({event_id}, '2025-05-16', 'day', "
                f"'talks', 'Talks', 'confirmed', 'manual', 0, '{now}', '{now}')"
            )
        conn.exec_driver_sql(
            f"INSERT INTO event_source (event_id, url, created_at) VALUES (9, 'https://e.org', '{now}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO event_change (event_id, field, old_value, new_value, changed_at, "
            f"changed_by) VALUES (9, 'title', 'Old', 'Talks', '{now}', 'manual')"
        )
    run_migrations(engine, "head")
    with engine.begin() as conn:
        ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event'").scalar()
        assert "AUTOINCREMENT" in ddl
        assert "ck_event_status" in ddl  # the CHECK constraints were carried over
        counts = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("event", "event_source", "event_change")
        ]
        assert counts == [2, 1, 1]
        conn.exec_driver_sql("DELETE FROM event WHERE id = 9")
        conn.exec_driver_sql(
            "INSERT INTO event (date, date_precision, type, title, status, origin, planned, "
            f"created_at, updated_at) VALUES ('2025-05-17', 'day', 'call', 'Call', 'confirmed', "
            f"'manual', 0, '{now}', '{now}')"
        )
        assert conn.exec_driver_sql("SELECT max(id) FROM event").scalar() == 10
    engine.dispose()
