"""`tracker db path|current|history|upgrade|downgrade` and the automatic upgrade."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_error, run_cli

from tracker.db import HEAD_REVISION


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from tracker.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def tables(path: Path) -> set[str]:
    """The database's own tables (SQLite's internal ``sqlite_*`` tables, which stay, left out)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        ).fetchall()
    return {r[0] for r in rows}


def test_path_uses_tracker_db(runner, isolated_db: Path) -> None:
    result = run_cli(runner, "db", "path")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{isolated_db}\n"
    assert not isolated_db.exists()  # printing the path does not create the database


def test_path_option_beats_the_environment(runner, tmp_path: Path) -> None:
    result = run_cli(runner, "--db", str(tmp_path / "other.db"), "db", "path")
    assert result.stdout == f"{tmp_path / 'other.db'}\n"


def test_path_resolves_relative_paths(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRACKER_DB", "rel.db")
    assert run_cli(runner, "db", "path").stdout == f"{tmp_path / 'rel.db'}\n"


def test_path_of_a_url_hides_the_password(runner) -> None:
    result = run_cli(runner, "--db", "postgresql://me:secret@db.example/tracker", "db", "path")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "postgresql://me:***@db.example/tracker\n"


def test_current_on_a_migrated_database(runner, db_path: Path) -> None:
    result = run_cli(runner, "db", "current")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{HEAD_REVISION} (head)\n"


def test_current_on_an_empty_database(runner, isolated_db: Path) -> None:
    result = run_cli(runner, "db", "current")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "empty (no schema yet)\n"


def test_history_lists_revisions_oldest_first(runner) -> None:
    result = run_cli(runner, "db", "history")
    assert result.exit_code == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == revisions()
    assert listed[0] == "0001_initial"
    assert listed[-1] == HEAD_REVISION
    assert all(len(line.split(None, 1)) == 2 for line in result.stdout.splitlines())  # a doc line


def test_downgrade_base_then_upgrade(runner, db_path: Path) -> None:
    result = run_cli(runner, "db", "downgrade", "base", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "database at revision base (empty)"
    assert tables(db_path) <= {"alembic_version"}
    assert run_cli(runner, "db", "current").stdout == "empty (no schema yet)\n"

    result = run_cli(runner, "db", "upgrade")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"database at revision {HEAD_REVISION}"
    assert {"event", "actor", "article", "topic"} <= tables(db_path)
    assert run_cli(runner, "db", "current").stdout == f"{HEAD_REVISION} (head)\n"


def test_downgrade_one_step_and_back(runner, db_path: Path) -> None:
    if len(revisions()) < 2:
        pytest.skip("only one revision")
    assert run_cli(runner, "db", "downgrade", "-1", "--yes").exit_code == 0
    assert run_cli(runner, "db", "current").stdout == f"{revisions()[-2]} (head is {HEAD_REVISION})\n"  # fmt: skip
    assert run_cli(runner, "db", "upgrade").exit_code == 0
    assert run_cli(runner, "db", "current").stdout == f"{HEAD_REVISION} (head)\n"


def test_downgrade_without_yes_refuses(runner, db_path: Path) -> None:
    before = tables(db_path)
    line = assert_error(run_cli(runner, "db", "downgrade", "base"))
    assert "--yes" in line
    assert tables(db_path) == before


def test_upgrade_to_an_unknown_revision(runner, db_path: Path) -> None:
    line = assert_error(run_cli(runner, "db", "upgrade", "nope"))
    assert line.startswith("error: migration failed:")


def test_newer_database_is_refused(runner, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    line = assert_error(run_cli(runner, "timeline"))
    assert "'9999_future'" in line
    assert "newer tracker" in line


def test_a_command_on_an_empty_database_upgrades(runner, isolated_db: Path) -> None:
    result = run_cli(runner, "timeline")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("No events match")
    assert run_cli(runner, "db", "current").stdout == f"{HEAD_REVISION} (head)\n"


def test_upgrade_is_quiet_in_a_real_process(tmp_path: Path) -> None:
    """No Alembic log lines ("INFO  [alembic.runtime.migration] ...") on either stream."""
    db = tmp_path / "new.db"
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "timeline", "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "TRACKER_DB": str(db)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
    assert result.stderr == ""
    assert db.exists()


def test_default_database_is_created_with_its_folder(runner, tmp_path: Path, monkeypatch) -> None:
    import tracker.config

    target = tmp_path / "data" / "tracker" / "tracker.db"
    monkeypatch.delenv("TRACKER_DB")
    monkeypatch.setattr(tracker.config, "default_db_path", lambda: target)
    assert run_cli(runner, "db", "path").stdout == f"{target}\n"
    result = run_cli(runner, "timeline")
    assert result.exit_code == 0, result.stderr
    assert target.exists()
