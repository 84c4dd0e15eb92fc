"""The same code on PostgreSQL: migrations, hand-made events, ingestion, search, curation.

Runs when ``TRACKER_TEST_PG_URL`` names a PostgreSQL database (``.ci/run`` starts a throwaway
server with ``.ci/postgres.sh``); skipped otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import run_cli
from typer.testing import CliRunner

PG_URL = os.environ.get("TRACKER_TEST_PG_URL")
DATA = Path(__file__).resolve().parents[1] / "data"

pytestmark = pytest.mark.skipif(not PG_URL, reason="TRACKER_TEST_PG_URL is not set")


@pytest.fixture
def pg(monkeypatch: pytest.MonkeyPatch) -> str:
    """An empty PostgreSQL database as $TRACKER_DB."""
    from sqlalchemy import create_engine, text

    assert PG_URL is not None
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    monkeypatch.setenv("TRACKER_DB", PG_URL)
    return PG_URL


def test_hand_made_events_and_timeline(pg: str) -> None:
    runner = CliRunner()
    added = run_cli(
        runner, "add", "--date", "2025-05-16", "--type", "talks", "--actor", "Russia",
        "--actor", "Ukraine", "--mediator", "Turkey", "--location", "Istanbul",
        "--topic", "ceasefire", "--title", "Direct talks in Istanbul",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    run_cli(runner, "add", "--date", "2025-05-19", "--type", "call", "--actor", "Putin",
            "--actor", "Trump", "--title", "Trump and Putin call")  # fmt: skip
    result = run_cli(runner, "timeline", "--actor", "russia", "--format", "json")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    assert [e["title"] for e in events] == ["Direct talks in Istanbul", "Trump and Putin call"]
    putin = next(a for a in events[1]["actors"] if a["name"] == "Vladimir Putin")
    assert putin["country"] == "Russia"
    edited = run_cli(runner, "events", "edit", "1", "--location", "Ankara")
    assert edited.exit_code == 0, edited.stderr
    history = run_cli(runner, "events", "history", "1", "--format", "json")
    assert any(c["field"] == "location" for c in json.loads(history.stdout))


def test_ingest_search_merge_split(pg: str) -> None:
    runner = CliRunner()
    ingested = run_cli(runner, "ingest", str(DATA), "--json")
    assert ingested.exit_code == 0, ingested.stderr
    summary = json.loads(ingested.stdout)
    assert summary["ingested"] >= 8
    assert summary["failed"] == 0
    again = json.loads(run_cli(runner, "ingest", str(DATA), "--json").stdout)
    assert again["ingested"] == 0
    found = run_cli(runner, "articles", "search", "prisoner exchange", "--format", "json")
    assert found.exit_code == 0, found.stderr
    assert json.loads(found.stdout)
    events = json.loads(run_cli(runner, "timeline", "--format", "json").stdout)
    assert len(events) >= 5
    # the terminal view counts sources and outlets in SQL (coalesce, cast, count distinct)
    listed = run_cli(runner, "timeline")
    assert listed.exit_code == 0, listed.stderr
    assert f"{len(events)} events" in listed.stdout
    assert any(" source" in line for line in listed.stdout.splitlines())
    first, second = events[0]["id"], events[1]["id"]
    merged = run_cli(runner, "events", "merge", str(first), str(second))
    assert merged.exit_code == 0, merged.stderr


def test_downgrade_and_upgrade(pg: str) -> None:
    runner = CliRunner()
    assert run_cli(runner, "db", "upgrade").exit_code == 0
    assert "(head)" in run_cli(runner, "db", "current").stdout
    assert run_cli(runner, "db", "downgrade", "base", "--yes").exit_code == 0
    assert "empty" in run_cli(runner, "db", "current").stdout
    assert run_cli(runner, "timeline").exit_code == 0
