"""Meta tests: every command documents itself with an example; start-up stays light."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer
from helpers import assert_error, run_cli
from typer.testing import CliRunner

from tracker import __version__
from tracker.cli import app


def command_paths() -> list[tuple[str, ...]]:
    """Every command and sub-command of the app, as argument tuples ("events", "show")."""
    root = typer.main.get_command(app)
    paths: list[tuple[str, ...]] = [()]

    def walk(command, prefix: tuple[str, ...]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            if getattr(sub, "hidden", False):
                continue
            paths.append((*prefix, name))
            walk(sub, (*prefix, name))

    walk(root, ())
    return paths


def test_the_command_tree_is_complete() -> None:
    names = {" ".join(p) for p in command_paths()}
    expected = {
        "add", "timeline", "events", "events show", "events edit", "events delete",
        "actors", "actors list", "actors show", "actors add", "actors alias",
        "actors affiliate", "actors sync", "topics", "topics list", "topics add",
        "db", "db path", "db upgrade", "db downgrade", "db current", "db history",
    }  # fmt: skip
    assert expected <= names


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "tracker")
def test_help(path: tuple[str, ...]) -> None:
    result = run_cli(CliRunner(), *path, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Usage:" in result.stdout
    assert "Example" in result.stdout, f"`tracker {' '.join(path)} --help` has no example"
    assert result.stderr == ""


def test_no_arguments_prints_help() -> None:
    result = run_cli(CliRunner())
    assert "Usage:" in result.stdout + result.stderr
    assert "timeline" in result.stdout + result.stderr


def test_importing_the_cli_loads_no_heavy_modules() -> None:
    code = (
        "import json, sys, tracker.cli; "
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('sqlalchemy', 'alembic', 'rich', 'rapidfuzz', 'trafilatura'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []


def test_help_loads_no_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from tracker.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'rapidfuzz', 'trafilatura'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "HEAVY []" in result.stderr


@pytest.mark.parametrize("fmt", ["rich", "json", "csv", "markdown"])
def test_timeline_loads_neither_the_orm_nor_rich_when_piped(db_path, fmt: str) -> None:
    """The timeline reads through Core: importing sqlalchemy.orm alone costs ~80 ms."""
    code = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"sys.argv = ['tracker', 'timeline', '--actor', 'Russia', '--format', {fmt!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, None), exc.code\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('sqlalchemy.orm', 'rich'))\n"
        "               or m == 'tracker.models')\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "TRACKER_DB": str(db_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert "HEAVY []" in result.stderr, result.stderr


def test_python_dash_m_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"tracker {__version__}\n"


def test_a_locked_database_is_one_line_without_traceback(tmp_path) -> None:
    """Another process holds the write lock: a clear error after the busy timeout."""
    import sqlite3

    db = tmp_path / "locked.db"
    env = {**os.environ, "TRACKER_DB": str(db)}
    subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "add", "--date", "2025", "--type", "talks",
             "--title", "T"],
            capture_output=True, text=True, env=env,
            timeout=60, check=False,
        )  # fmt: skip
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: the database is locked by another tracker process")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["timeline", "--bogus"], "error: No such option: --bogus (see 'tracker timeline --help')"),
        (["timeline", "--limit", "abc"], "error: Invalid value for '--limit'"),
        (["nosuch"], "error: No such command 'nosuch'. (see 'tracker --help')"),
        (["events", "show"], "error: Missing argument"),
        (["events", "show", "one"], "error: Invalid value for 'event_id'"),
    ],
)
def test_parser_errors_are_one_line(args: list[str], expected: str) -> None:
    line = assert_error(run_cli(CliRunner(), *args), code=2)
    assert line.startswith(expected)


def test_parser_error_from_the_console_script_is_one_line(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "timeline", "--since"],
        capture_output=True,
        text=True,
        env={**os.environ, "TRACKER_DB": str(tmp_path / "t.db")},
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: Option '--since' requires an argument."]
    assert not (tmp_path / "t.db").exists()
