"""`tracker events import`: the timeline's JSON read back, atomically and idempotently."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import assert_error, event_count, run_cli
from typer.testing import CliRunner


def exported(invoke) -> list[dict]:
    result = invoke(
        "timeline", "--format", "json", "--status", "confirmed", "--status", "unreviewed"
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def comparable(event: dict) -> dict:
    """An exported event without what is local to a database (ids, origin, article links)."""
    kept = {k: v for k, v in event.items() if k not in ("id", "origin")}
    kept["sources"] = [{"url": s["url"], "quote": s["quote"]} for s in event["sources"]]
    return kept


@pytest.fixture
def other_db(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "other.db"
    shutil.copyfile(template_db, path)
    return path


def test_round_trip_into_another_database(invoke, seeded, other_db: Path, tmp_path: Path) -> None:
    events = exported(invoke)
    dump = tmp_path / "events.json"
    dump.write_text(json.dumps(events), encoding="utf-8")

    runner = CliRunner()
    result = run_cli(runner, "--db", str(other_db), "events", "import", str(dump))
    assert result.exit_code == 0, result.stderr
    assert f"imported {len(events)}, skipped 0" in result.stderr

    again = run_cli(runner, "--db", str(other_db), "timeline", "--format", "json")
    imported = json.loads(again.stdout)
    assert [comparable(e) for e in imported] == [comparable(e) for e in events]
    assert {e["origin"] for e in imported} == {"imported"}


def test_importing_twice_skips_what_is_there(invoke, seeded, tmp_path: Path, db_path: Path) -> None:
    events = exported(invoke)
    dump = tmp_path / "events.json"
    dump.write_text(json.dumps(events), encoding="utf-8")
    before = event_count(db_path)
    result = invoke("events", "import", str(dump), "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["imported"] == 0
    assert summary["skipped"] == len(events)
    assert event_count(db_path) == before


def test_json_lines_from_stdin_with_defaults(invoke, runner, db_path: Path) -> None:
    lines = [
        {"date": "2025-05-16", "type": "talks", "title": "Talks in Istanbul",
         "actors": [{"name": "Russia"}, {"name": "Ukraine"}, {"name": "Turkey", "role": "host"}],
         "topics": ["prisoners"], "location": "Istanbul",
         "sources": [{"url": "https://example.org/a", "quote": "The delegations met."}]},
        {"date": "2025-06", "type": "statement", "title": "EU statement", "actors": ["EU"]},
    ]  # fmt: skip
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    from tracker.cli import app

    result = runner.invoke(app, ["events", "import", "-"], input=text)
    assert result.exit_code == 0, result.stderr
    rows = sqlite3.connect(db_path).execute(
        "SELECT date, date_precision, status, origin, location FROM event ORDER BY id"
    )
    assert rows.fetchall() == [
        ("2025-05-16", "day", "unreviewed", "imported", "Istanbul"),
        ("2025-06-01", "month", "unreviewed", "imported", None),
    ]
    shown = json.loads(invoke("events", "show", "1", "--format", "json").stdout)
    assert [(a["name"], a["role"]) for a in shown["actors"]] == [
        ("Russia", "participant"), ("Ukraine", "participant"), ("Turkey", "host"),
    ]  # fmt: skip
    assert shown["sources"][0]["quote"] == "The delegations met."
    history = json.loads(invoke("events", "history", "1", "--format", "json").stdout)
    assert history[0]["changed_by"] == "import"


def test_status_option_overrides_the_file(invoke, tmp_path: Path, db_path: Path) -> None:
    dump = tmp_path / "one.json"
    dump.write_text(
        json.dumps([{"date": "2025", "type": "other", "title": "T", "status": "unreviewed"}]),
        encoding="utf-8",
    )
    assert invoke("events", "import", str(dump), "--status", "confirmed").exit_code == 0
    status = sqlite3.connect(db_path).execute("SELECT status FROM event").fetchone()
    assert status == ("confirmed",)


def test_unknown_actor_stops_the_import_and_writes_nothing(invoke, tmp_path, db_path) -> None:
    dump = tmp_path / "events.json"
    records = [
        {"date": "2025-05-16", "type": "call", "title": "Fine", "actors": ["Russia"]},
        {"date": "2025-05-17", "type": "call", "title": "Who?",
         "actors": [{"name": "Jane Doe", "kind": "person"}]},
    ]  # fmt: skip
    dump.write_text(json.dumps(records), encoding="utf-8")
    line = assert_error(invoke("events", "import", str(dump)), code=2)
    assert line == 'error: record 2: no actor "Jane Doe" (add it, or import with --create-actors)'
    assert event_count(db_path) == 0

    result = invoke("events", "import", str(dump), "--create-actors")
    assert result.exit_code == 0, result.stderr
    assert "new actors: Jane Doe" in result.stderr
    assert event_count(db_path) == 2
    kind = sqlite3.connect(db_path).execute("SELECT kind FROM actor WHERE name = 'Jane Doe'")
    assert kind.fetchone() == ("person",)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "error: nothing to import: the input is empty"),
        ("[{]", "error: invalid JSON at line 1"),
        ('{"date": "2025", "type": "other", "title": "T"}\nnot json\n', "error: line 2: invalid JSON"),
        ("[1]", "error: record 1: expected an object, got int"),
        ('[{"date": "2025-02-30", "type": "talks", "title": "T"}]', "error: record 1: invalid date"),
        ('[{"date": "2025-05-16", "type": "brunch", "title": "T"}]', "error: record 1: unknown event type"),
        ('[{"date": "2025-05-16", "type": "talks"}]', "error: record 1: missing 'title'"),
        ('[{"date": "2025-05", "date_precision": "day", "type": "talks", "title": "T"}]',
         "error: record 1: date '2025-05' does not have the stated precision"),
        ('[{"date": "2025-05-16", "type": "talks", "title": "T", "confidence": "high"}]',
         "error: record 1: 'confidence' must be a number"),
        ('[{"date": "2025-05-16", "type": "talks", "title": "T", "topics": ["weather"]}]',
         "error: record 1: unknown topic 'weather'"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_writes_nothing(
    invoke, tmp_path: Path, db_path: Path, content: str, expected: str
) -> None:
    dump = tmp_path / "bad.json"
    dump.write_text(content, encoding="utf-8")
    line = assert_error(invoke("events", "import", str(dump)), code=2)
    assert line.startswith(expected)
    assert event_count(db_path) == 0


def test_missing_and_binary_files(invoke, tmp_path: Path) -> None:
    assert_error(invoke("events", "import", str(tmp_path / "nope.json")))
    binary = tmp_path / "image.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    line = assert_error(invoke("events", "import", str(binary)), code=2)
    assert "not UTF-8 JSON text" in line


def test_dry_run_writes_nothing(invoke, tmp_path: Path, db_path: Path) -> None:
    dump = tmp_path / "one.json"
    dump.write_text(json.dumps([{"date": "2025", "type": "other", "title": "T"}]), encoding="utf-8")
    result = invoke("events", "import", str(dump), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "would import 1" in result.stderr
    assert event_count(db_path) == 0


def test_a_source_url_links_to_a_stored_article(invoke, tmp_path: Path, db_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Envoys meet in Geneva\n\nGENEVA, Nov. 23, 2025 — Envoys from the United States and "
        "Ukraine met in Geneva on Sunday to revise a draft peace framework, officials said.\n\n"
        "The talks lasted several hours and will continue, both delegations said afterwards.\n",
        encoding="utf-8",
    )
    assert (
        invoke("ingest", str(article), "--url", "https://example.org/g", "--no-extract").exit_code
        == 0
    )
    dump = tmp_path / "one.json"
    dump.write_text(
        json.dumps([{"date": "2025-11-23", "type": "meeting", "title": "Envoys meet",
                     "sources": [{"url": "https://example.org/g", "quote": "Envoys met."}]}]),
        encoding="utf-8",
    )  # fmt: skip
    assert invoke("events", "import", str(dump)).exit_code == 0
    link = sqlite3.connect(db_path).execute("SELECT article_id, url, quote FROM event_source")
    assert link.fetchall() == [(1, "https://example.org/g", "Envoys met.")]
