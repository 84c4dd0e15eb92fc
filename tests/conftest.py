"""Shared fixtures: every test gets its own SQLite file, never the user's database.

Migrating a database and loading the reference actors takes ~0.15 s, so one template database is
built per test session and copied (a few milliseconds) for each test that wants a ready database.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import run_cli
from typer.testing import CliRunner, Result

from tracker.config import ENV_DB
from tracker.extract import Extractor, load_topic_cues
from tracker.reference import load_reference_actors

Invoke = Callable[..., Result]


@pytest.fixture(autouse=True)
def isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point $TRACKER_DB at a (not yet existing) file under tmp_path for every test."""
    path = tmp_path / "tracker.db"
    monkeypatch.setenv(ENV_DB, str(path))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)
    return path


@pytest.fixture(autouse=True)
def _fresh_consoles() -> Iterator[None]:
    """The CLI caches its Rich consoles per process; tests change COLUMNS/NO_COLOR between runs."""
    yield
    output = sys.modules.get("tracker.cli._output")
    if output is not None:
        output.console.cache_clear()
        output.err_console.cache_clear()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the reference data loaded, built once per test session."""
    from tracker.db import Database
    from tracker.services.reference import ensure_reference_data

    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    with database.session() as session:
        ensure_reference_data(session)
    database.dispose()  # the last connection to close checkpoints and removes the WAL file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(isolated_db: Path, template_db: Path) -> Path:
    """The test's $TRACKER_DB file, migrated and loaded with the reference data."""
    shutil.copyfile(template_db, isolated_db)
    return isolated_db


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def session(db_url: str) -> Iterator:
    """A session on the test database (committed at the end of the test unless it failed)."""
    from tracker.db import Database
    from tracker.services.reference import ensure_reference_data

    database = Database(db_url)
    with database.session() as session:
        ensure_reference_data(session)
        yield session
    database.dispose()


@pytest.fixture
def runner() -> CliRunner:
    # Typer's bundled Click (8.2+ behaviour) keeps result.stderr apart from result.stdout.
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner, db_path: Path) -> Invoke:
    """``invoke("timeline", "--actor", "Russia")`` on the test's ready database."""

    def _invoke(*args: str, columns: int = 100, **env: str) -> Result:
        return run_cli(runner, *args, columns=columns, **env)

    return _invoke


@pytest.fixture
def add(invoke: Invoke) -> Callable[..., int]:
    """Add an event through the CLI and return its id."""

    def _add(*args: str) -> int:
        result = invoke("add", "--format", "json", *args)
        assert result.exit_code == 0, result.stderr
        import json

        return json.loads(result.stdout)["id"]

    return _add


@pytest.fixture
def seeded(db_url: str) -> dict[str, int]:
    """A small, realistic set of events (built through the services); name -> event id."""
    import datetime as dt

    from tracker.dates import parse_partial_date
    from tracker.db import Database
    from tracker.models import Article, EventSource
    from tracker.services.events import EventFields, add_event

    today = dt.date(2025, 12, 1)
    specs: dict[str, dict] = {
        "scholz_call": {
            "date": "2024-11-15", "type": "call", "title": "Scholz calls Putin",
            "actors": [("Olaf Scholz", "participant"), ("Vladimir Putin", "participant")],
            "topics": ["ceasefire"],
        },
        "merz_speech": {
            "date": "2025-03-01", "type": "statement", "title": "Merz urges more support for Kyiv",
            "actors": [("Friedrich Merz", "participant")], "location": "Berlin",
        },
        "jeddah": {
            "date": "2025-03-11", "type": "meeting", "title": "US and Ukrainian delegations meet in Jeddah",
            "actors": [("United States", "participant"), ("Ukraine", "participant"),
                    ("Saudi Arabia", "host")],
            "location": "Jeddah", "topics": ["ceasefire", "energy"],
        },
        "rejected": {
            "date": "2025-04-01", "type": "statement", "title": "Rumoured summit in Rome",
            "actors": [("Russia", "participant")], "status": "rejected",
        },
        "energy_month": {
            "date": "2025-05", "type": "proposal", "title": "Kyiv proposes an energy truce",
            "actors": [("Ukraine", "initiator")], "topics": ["energy"],
            "summary": "A moratorium on strikes against power plants.",
        },
        "merz_kyiv": {
            "date": "2025-05-10", "type": "visit", "title": "European leaders visit Kyiv",
            "actors": [("Friedrich Merz", "participant"), ("Emmanuel Macron", "participant"),
                    ("Volodymyr Zelensky", "participant")],
            "location": "Kyiv", "topics": ["ceasefire"],
        },
        "istanbul": {
            "date": "2025-05-16", "type": "talks", "title": "First direct talks since 2022",
            "actors": [("Russia", "participant"), ("Ukraine", "participant"),
                    ("Turkey", "mediator")],
            "location": "Istanbul", "topics": ["ceasefire", "prisoners"],
            "summary": "Delegations met at the Dolmabahce palace.",
        },
        "putin_trump": {
            "date": "2025-05-19", "type": "call", "title": "Putin and Trump speak by phone",
            "actors": [("Vladimir Putin", "participant"), ("Donald Trump", "participant")],
            "topics": ["ceasefire"],
        },
        "istanbul2": {
            "date": "2025-06-02", "type": "talks", "title": "Second round in Istanbul",
            "actors": [("Russia", "participant"), ("Ukraine", "participant")],
            "location": "Istanbul, Ciragan Palace", "topics": ["prisoners"], "status": "unreviewed",
        },
        "planned": {
            "date": "2026-02-10", "type": "talks", "title": "Talks scheduled in Geneva",
            "actors": [("Russia", "participant"), ("Ukraine", "participant"),
                    ("United States", "mediator")],
            "location": "Geneva", "topics": ["territory"],
        },
    }  # fmt: skip
    ids: dict[str, int] = {}
    database = Database(db_url)
    with database.session() as session:
        outlets = {
            name: Article(
                url=f"https://{name}.example/a", title=f"{name} report", outlet=name,
                text="...", content_hash=name * 8,
                published_at=dt.datetime(2025, 6, 2, 12, 0, tzinfo=dt.UTC).replace(tzinfo=None),
            )
            for name in ("reuters", "ap", "bbc")
        }  # fmt: skip
        session.add_all(outlets.values())
        for name, spec in specs.items():
            fields = EventFields(
                date=parse_partial_date(spec["date"]),
                type=spec["type"],
                title=spec["title"],
                summary=spec.get("summary"),
                location=spec.get("location"),
                status=spec.get("status"),
                actors=spec["actors"],
                topics=spec.get("topics", []),
            )
            event = add_event(session, fields, today=today)
            ids[name] = event.id
            if name == "istanbul":
                event.sources.append(EventSource(url="https://example.org/a"))
            if name == "putin_trump":
                event.sources.append(
                    EventSource(
                        article=outlets["reuters"],
                        url=outlets["reuters"].url,
                        quote="Putin told Trump he was ready to work on a memorandum.",
                    )
                )
            if name == "istanbul2":
                for outlet in outlets.values():
                    event.sources.append(EventSource(article=outlet, url=outlet.url))
        session.flush()
    database.dispose()
    return ids


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor with the packaged lexicons for all extraction tests (building it takes ~50 ms)."""
    return Extractor(load_reference_actors(), load_topic_cues())
