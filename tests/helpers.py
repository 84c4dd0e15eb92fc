"""Assertions and loaders shared by the tests."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner, Result

from tracker.cli import app

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def event_count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM event").fetchone()[0]


def assert_error(result: Result, start: str = "error:", *, code: int | None = None) -> str:
    """One line on stderr starting with ``start``, a non-zero exit, no traceback: the line."""
    assert result.exit_code != 0, result.stdout
    if code is not None:
        assert result.exit_code == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(start), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return lines[0]


def run_cli(runner: CliRunner, *args: str, columns: int = 100, **env: str) -> Result:
    """Invoke the app the way the tests do: fixed width, exceptions propagate."""
    return runner.invoke(
        app, list(args), env={"COLUMNS": str(columns), **env}, catch_exceptions=False
    )


def load_bench_script(name: str) -> ModuleType:
    """A script of ``bench/`` (not a package in the wheel) imported as a module."""
    path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
