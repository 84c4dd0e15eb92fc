"""`tracker timeline`: filters, output formats and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ANSI, assert_error, event_count, run_cli

# seeded events, in date order (see conftest.seeded)
ALL_SHOWN = [
    "scholz_call", "merz_speech", "jeddah", "energy_month", "merz_kyiv", "istanbul",
    "putin_trump", "istanbul2", "planned",
]  # fmt: skip


@pytest.fixture
def timeline(invoke, seeded):
    """Run the timeline as JSON and return the seeded names of the events, in order."""
    names = {v: k for k, v in seeded.items()}

    def _timeline(*args: str) -> list[str]:
        result = invoke("timeline", "--format", "json", *args)
        assert result.exit_code == 0, result.stderr
        return [names[e["id"]] for e in json.loads(result.stdout)]

    return _timeline


def test_default_shows_confirmed_and_unreviewed_in_date_order(timeline) -> None:
    assert timeline() == ALL_SHOWN


def test_actor_matches_people_affiliated_on_the_date(timeline) -> None:
    # the Putin–Trump call lists only people; Putin counts for Russia
    assert timeline("--actor", "Russia") == ["scholz_call", "istanbul", "putin_trump", "istanbul2", "planned"]  # fmt: skip


def test_actor_affiliation_respects_dates(timeline) -> None:
    # Scholz was chancellor until 2025-05-06, Merz from then: Merz's March speech is not Germany's
    assert timeline("--actor", "Germany") == ["scholz_call", "merz_kyiv"]
    assert timeline("--actor", "Merz") == ["merz_speech", "merz_kyiv"]


def test_actor_by_alias_ignores_case(timeline) -> None:
    assert timeline("--actor", "the kremlin") == timeline("--actor", "Russia")
    assert timeline("--actor", "KYIV") == timeline("--actor", "Ukraine")


def test_repeated_actor_narrows(timeline) -> None:
    assert timeline("--actor", "Russia", "--actor", "Ukraine") == ["istanbul", "istanbul2", "planned"]  # fmt: skip
    assert timeline("--actor", "Russia", "--actor", "United States") == ["putin_trump", "planned"]
    assert timeline("--actor", "Russia", "--actor", "Turkey", "--actor", "Ukraine") == ["istanbul"]


def test_topic_is_any_of(timeline) -> None:
    assert timeline("--topic", "energy") == ["jeddah", "energy_month"]
    assert timeline("--topic", "energy", "--topic", "territory") == ["jeddah", "energy_month", "planned"]  # fmt: skip


def test_type_is_any_of(timeline) -> None:
    assert timeline("--type", "call") == ["scholz_call", "putin_trump"]
    assert timeline("--type", "call", "--type", "visit") == ["scholz_call", "merz_kyiv", "putin_trump"]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--since", "2025"), ALL_SHOWN[1:]),
        (("--until", "2024"), ["scholz_call"]),
        (("--since", "2025", "--until", "2025"), ALL_SHOWN[1:-1]),
        (("--since", "2025-05"), ["energy_month", "merz_kyiv", "istanbul", "putin_trump", "istanbul2", "planned"]),
        (("--since", "2025-05", "--until", "2025-05"), ["energy_month", "merz_kyiv", "istanbul", "putin_trump"]),
        # a month-precision event overlaps any day of its month
        (("--since", "2025-05-16", "--until", "2025-05-16"), ["energy_month", "istanbul"]),
        (("--since", "2025-05-17"), ["energy_month", "putin_trump", "istanbul2", "planned"]),
        (("--until", "2025-03-11"), ["scholz_call", "merz_speech", "jeddah"]),
        (("--until", "2025-04-30"), ["scholz_call", "merz_speech", "jeddah"]),
    ],
)  # fmt: skip
def test_since_until(timeline, args, expected) -> None:
    assert timeline(*args) == expected


def test_location_contains(timeline) -> None:
    assert timeline("--location", "istanbul") == ["istanbul", "istanbul2"]
    assert timeline("--location", "Ciragan") == ["istanbul2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("second round", ["istanbul2"]),  # title
        ("dolmabahce", ["istanbul"]),  # summary
        ("memorandum", ["putin_trump"]),  # quote
        ("nothing like this", []),
    ],
)
def test_search(timeline, text, expected) -> None:
    assert timeline("--search", text) == expected


def test_status(timeline) -> None:
    assert timeline("--status", "rejected") == ["rejected"]
    assert timeline("--status", "unreviewed") == ["istanbul2"]
    assert len(timeline("--status", "confirmed", "--status", "rejected")) == len(ALL_SHOWN)


def test_no_planned(timeline) -> None:
    assert timeline("--no-planned") == ALL_SHOWN[:-1]


def test_limit_and_reverse(timeline) -> None:
    assert timeline("--limit", "2") == ALL_SHOWN[:2]
    assert timeline("--reverse") == ALL_SHOWN[::-1]
    assert timeline("--reverse", "--limit", "2") == ["planned", "istanbul2"]


def test_min_sources_counts_outlets(timeline) -> None:
    assert timeline("--min-sources", "1") == ["istanbul", "putin_trump", "istanbul2"]
    assert timeline("--min-sources", "2") == ["istanbul2"]
    assert timeline("--min-sources", "3", "--limit", "1") == ["istanbul2"]
    assert timeline("--min-sources", "4") == []


def test_combined_filters(timeline) -> None:
    args = ("--actor", "Ukraine", "--topic", "ceasefire", "--since", "2025-05", "--type", "talks")
    assert timeline(*args) == ["istanbul"]


def test_empty_result_is_a_helpful_line(invoke, seeded) -> None:
    result = invoke("timeline", "--actor", "France", "--type", "sanction")
    assert result.exit_code == 0
    hint = " ".join(result.stdout.split())  # Rich wraps it to the terminal width
    assert hint.startswith("No events match these filters.")
    assert "tracker add" in hint
    assert result.stderr == ""


def test_empty_json_is_an_empty_list(invoke, seeded) -> None:
    result = invoke("timeline", "--type", "sanction", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_json_contract(invoke, seeded) -> None:
    result = invoke("timeline", "--format", "json")
    assert result.exit_code == 0, result.stderr
    events = {e["id"]: e for e in json.loads(result.stdout)}
    istanbul = events[seeded["istanbul"]]
    assert istanbul == {
        "id": seeded["istanbul"],
        "date": "2025-05-16",
        "date_precision": "day",
        "end_date": None,
        "type": "talks",
        "title": "First direct talks since 2022",
        "summary": "Delegations met at the Dolmabahce palace.",
        "location": "Istanbul",
        "topics": ["ceasefire", "prisoners"],
        "actors": [
            {"name": "Russia", "kind": "state", "role": "participant", "country": "Russia"},
            {"name": "Ukraine", "kind": "state", "role": "participant", "country": "Ukraine"},
            {"name": "Turkey", "kind": "state", "role": "mediator", "country": "Turkey"},
        ],
        "status": "confirmed",
        "origin": "manual",
        "planned": False,
        "confidence": None,
        "sources": [
            {
                "article_id": None,
                "url": "https://example.org/a",
                "title": None,
                "outlet": None,
                "published": None,
                "quote": None,
            }
        ],
    }
    month = events[seeded["energy_month"]]
    assert (month["date"], month["date_precision"]) == ("2025-05", "month")
    call = events[seeded["putin_trump"]]
    assert call["sources"] == [
        {
            "article_id": 1,
            "url": "https://reuters.example/a",
            "title": "reuters report",
            "outlet": "reuters",
            "published": "2025-06-02T12:00:00",
            "quote": "Putin told Trump he was ready to work on a memorandum.",
        }
    ]
    assert events[seeded["planned"]]["planned"] is True
    assert events[seeded["istanbul2"]]["status"] == "unreviewed"


def test_json_country_of_a_person_depends_on_the_date(invoke, seeded) -> None:
    result = invoke("timeline", "--format", "json", "--actor", "Germany")
    events = {e["id"]: e for e in json.loads(result.stdout)}
    scholz = events[seeded["scholz_call"]]["actors"]
    assert scholz[0] == {
        "name": "Olaf Scholz", "kind": "person", "role": "participant", "country": "Germany",
    }  # fmt: skip
    merz = events[seeded["merz_kyiv"]]["actors"]
    assert [(a["name"], a["country"]) for a in merz] == [
        ("Friedrich Merz", "Germany"), ("Emmanuel Macron", "France"),
        ("Volodymyr Zelensky", "Ukraine"),
    ]  # fmt: skip
    result = invoke("timeline", "--format", "json", "--actor", "Merz", "--until", "2025-04")
    (speech,) = json.loads(result.stdout)
    assert speech["actors"][0]["country"] is None  # not yet chancellor


def test_year_precision_in_json(invoke) -> None:
    invoke("add", "--date", "2024", "--type", "statement", "--title", "Sometime in 2024")
    (event,) = json.loads(invoke("timeline", "--format", "json").stdout)
    assert (event["date"], event["date_precision"]) == ("2024", "year")


def test_csv(invoke, seeded) -> None:
    result = invoke("timeline", "--format", "csv", "--actor", "Russia")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in rows] == [
        "Scholz calls Putin", "First direct talks since 2022", "Putin and Trump speak by phone",
        "Second round in Istanbul", "Talks scheduled in Geneva",
    ]  # fmt: skip
    first = rows[1]
    assert first["date"] == "2025-05-16"
    assert first["type"] == "talks"
    assert first["actors"] == "Russia (participant); Ukraine (participant); Turkey (mediator)"
    assert first["topics"] == "ceasefire; prisoners"
    assert first["urls"] == "https://example.org/a"
    assert rows[3]["sources"] == "3"


def test_markdown(invoke, seeded) -> None:
    result = invoke("timeline", "--format", "markdown", "--since", "2025-05", "--until", "2025-06")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "## May 2025" in out
    assert "## June 2025" in out
    assert (
        "- **16 May 2025** · `talks` · First direct talks since 2022 — Russia, Ukraine, "
        "Turkey (mediator) — Istanbul [1](https://example.org/a)" in out
    )
    assert "- **May 2025** · `proposal` · Kyiv proposes an energy truce" in out
    assert "Second round in Istanbul *(unreviewed)*" in out


def test_rich_view_at_80_columns(invoke, seeded) -> None:
    result = invoke("timeline", columns=80)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not ANSI.search(out)
    assert max(len(line) for line in out.splitlines()) <= 80
    for heading in ("November 2024", "March 2025", "May 2025", "June 2025", "February 2026"):
        assert heading in out
    assert out.index("March 2025") < out.index("May 2025") < out.index("June 2025")
    for badge in (" TALKS ", " CALL ", " VISIT "):
        assert badge in out
    assert f"#{seeded['istanbul']}" in out
    assert "Turkey (mediator)" in out
    assert "Saudi Arabia (host)" in out
    assert re.search(r"TALKS +\? Second round in Istanbul", out)
    assert "· unreviewed" in out
    assert "(planned) Talks scheduled in Geneva" in out
    assert re.search(r"^   May  PROPOSAL +Kyiv proposes an energy truce", out, re.M)  # no day
    assert result.stdout.rstrip().endswith("9 events (1 unreviewed, marked ?)")


def test_rich_view_marks_only_unreviewed_events(invoke, seeded) -> None:
    out = invoke("timeline", "--status", "confirmed").stdout
    assert "unreviewed" not in out
    assert "?" not in out


def test_terminal_view_renders_with_rich_and_colour(invoke, seeded) -> None:
    """On a terminal (forced here) the lean entries go through Rich, with colours."""
    result = invoke("timeline", columns=80, FORCE_COLOR="1", TTY_COMPATIBLE="1")
    assert result.exit_code == 0, result.stderr
    assert ANSI.search(result.stdout)
    plain = ANSI.sub("", result.stdout)
    assert max(len(line) for line in plain.splitlines()) <= 80
    assert "Turkey (mediator)" in plain
    assert re.search(r"TALKS +\? Second round in Istanbul", plain)
    assert "3 sources, 3 outlets" in " ".join(plain.split())  # may wrap
    assert plain.rstrip().endswith("9 events (1 unreviewed, marked ?)")


def test_unknown_format(invoke, seeded) -> None:
    line = assert_error(invoke("timeline", "--format", "yaml"), code=2)
    assert "rich, json, csv, markdown" in line


def _pipe(args: list[str], db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TRACKER_DB": str(db), "COLUMNS": "80", **env},
        check=False,
    )


def test_no_ansi_when_piped(seeded, db_path: Path) -> None:
    result = _pipe(["timeline"], db_path)
    assert result.returncode == 0, result.stderr
    assert "First direct talks" in result.stdout
    assert not ANSI.search(result.stdout + result.stderr)


def _in_terminal(args: list[str], db: Path, **env: str) -> str:
    """Run tracker with stdout on a pseudo-terminal; return what it printed."""
    import pty

    leader, follower = pty.openpty()
    try:
        subprocess.run(
            [sys.executable, "-m", "tracker", *args],
            stdout=follower,
            stderr=follower,
            env={**os.environ, "TRACKER_DB": str(db), "COLUMNS": "80", "TERM": "xterm", **env},
            check=True,
        )
    finally:
        os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_no_ansi_with_no_color_in_a_terminal(seeded, db_path: Path) -> None:
    assert ANSI.search(_in_terminal(["timeline"], db_path))  # colours by default
    out = _in_terminal(["timeline"], db_path, NO_COLOR="1")
    assert "First direct talks" in out
    assert not ANSI.search(out)


# --- bad input: one line on stderr, non-zero exit, nothing written --------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--actor", "Rusia"], 'error: no actor "Rusia" — did you mean "Russia"?'),
        (["--since", "2025-02-30"], "error: invalid --since '2025-02-30': day is out of range"),
        (["--until", "tomorrow-ish"], "error: invalid --until 'tomorrow-ish': use YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--type", "chat"], "error: unknown event type 'chat'; choose from talks, call, meeting"),
        (["--topic", "peace"], "error: unknown topic 'peace'; choose from black_sea, ceasefire"),
        (["--status", "draft"], "error: unknown status 'draft'; choose from confirmed, unreviewed, rejected"),
        (["--since", "2025-06", "--until", "2025-05"], "error: --until 2025-05 is before --since 2025-06"),
        (["--since", "2025-05-16", "--until", "2025-05-15"], "error: --until 2025-05-15 is before --since 2025-05-16"),
        (["--limit", "0"], "error: --limit must be at least 1"),
    ],
)  # fmt: skip
def test_bad_input(invoke, seeded, db_path: Path, args, expected) -> None:
    before = db_path.read_bytes()
    line = assert_error(invoke("timeline", *args), code=2)
    assert line.startswith(expected), line
    assert db_path.read_bytes() == before


def test_unknown_type_lists_all_types(invoke, seeded) -> None:
    line = assert_error(invoke("timeline", "--type", "chat"))
    for name in ("talks", "call", "prisoner_exchange", "ceasefire", "sanction", "other"):
        assert name in line


def test_db_is_a_text_file(runner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes, not a database\n" * 20)
    before = notes.read_bytes()
    result = run_cli(runner, "--db", str(notes), "timeline")
    line = assert_error(result, code=1)
    assert line == f"error: {notes} is not a tracker database (not an SQLite file)"
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_db_is_a_directory(runner, tmp_path: Path) -> None:
    line = assert_error(run_cli(runner, "--db", str(tmp_path), "timeline"), code=1)
    assert line == f"error: {tmp_path} is a directory, not a database file"
    assert list(tmp_path.iterdir()) == []


def test_db_in_a_missing_folder(runner, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "t.db"
    line = assert_error(run_cli(runner, "--db", str(target), "timeline"), code=1)
    assert line.startswith(f"error: cannot open database {target}: folder ")
    assert not target.parent.exists()


def test_db_nonsense_url(runner) -> None:
    line = assert_error(run_cli(runner, "--db", "foo://bar", "timeline"), code=1)
    assert line.startswith("error: cannot use database URL 'foo://bar'")


def test_bad_input_writes_no_event(invoke, seeded, db_path: Path) -> None:
    before = event_count(db_path)
    assert_error(invoke("add", "--date", "2025-05-16", "--type", "talks", "--title", "T", "-a", "Rusia"))  # fmt: skip
    assert event_count(db_path) == before


def test_bulk_views_equal_single_event_views(seeded, session) -> None:
    """The timeline's Core loader gives the same views as `events show`'s ORM path."""
    from tracker.db import core_connection
    from tracker.services.events import get_event
    from tracker.services.timeline import TimelineQuery, build_timeline

    query = TimelineQuery(statuses=["confirmed", "unreviewed", "rejected"])
    views = build_timeline(core_connection(session), query)
    assert len(views) == len(seeded)
    assert views == [get_event(session, v.id) for v in views]


def _add_source_variety(session, event_id: int) -> None:
    """Sources that test the outlet count: a shared outlet, a bare URL, an outlet-less article."""
    from tracker.models import Article, Event, EventSource

    event = session.get(Event, event_id)
    bare = Article(text="...", content_hash="x" * 64)
    same = Article(
        url="https://reuters.example/b", outlet="reuters", text="..", content_hash="y" * 64
    )
    event.sources += [
        EventSource(article=same),  # a second Reuters story: same outlet
        EventSource(url="https://blog.example/post"),  # no article: counted by its URL
        EventSource(article=bare),  # an article without outlet or URL: counted apart
        EventSource(article=bare, quote="again"),  # a second quote of it: counted apart too
    ]
    session.flush()


@pytest.mark.parametrize("in_list_size", [None, 2])
def test_timeline_entries_agree_with_full_views(seeded, session, monkeypatch, in_list_size) -> None:
    """The terminal view's lean loader counts sources and outlets in SQL as the views do."""
    from tracker.db import core_connection
    from tracker.services import views as views_module
    from tracker.services.timeline import TimelineQuery, build_timeline, list_timeline

    _add_source_variety(session, seeded["istanbul2"])
    if in_list_size:  # many small IN lists must give the same result as one
        monkeypatch.setattr(views_module, "in_list_size", lambda connection: in_list_size)
    for query in (
        TimelineQuery(statuses=["confirmed", "unreviewed", "rejected"]),
        TimelineQuery(actors=["Russia"], reverse=True, limit=3),
        TimelineQuery(min_sources=2),
    ):
        connection = core_connection(session)
        views, entries = build_timeline(connection, query), list_timeline(connection, query)
        assert [e.id for e in entries] == [v.id for v in views]
        for view, entry in zip(views, entries, strict=True):
            assert (entry.date, entry.date_precision, entry.end_date, entry.type) == (
                view.date, view.date_precision, view.end_date, view.type
            )  # fmt: skip
            assert (entry.title, entry.location, entry.status, entry.planned) == (
                view.title, view.location, view.status, view.planned
            )  # fmt: skip
            assert [(a.name, a.role) for a in entry.actors] == [(a.name, a.role) for a in view.actors]  # fmt: skip
            assert (entry.source_count, entry.outlets) == (view.source_count, view.outlets)
    istanbul2 = next(
        e
        for e in list_timeline(core_connection(session), TimelineQuery())
        if e.id == seeded["istanbul2"]
    )
    assert (istanbul2.source_count, istanbul2.outlets) == (7, 6)


def test_terminal_view_prints_entries_like_views(seeded, session) -> None:
    from tracker.cli._text import plain_timeline
    from tracker.db import core_connection
    from tracker.services.timeline import TimelineQuery, build_timeline, list_timeline

    _add_source_variety(session, seeded["istanbul2"])
    query, connection = TimelineQuery(), core_connection(session)
    assert plain_timeline(list_timeline(connection, query), 80) == plain_timeline(
        build_timeline(connection, query), 80
    )


def test_sqlite_in_lists_stay_under_the_compiled_limit(session) -> None:
    import sqlite3

    from tracker.dialects import IN_LIST_MAX, in_list_size

    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    assert 0 < in_list_size(session.connection()) <= min(IN_LIST_MAX, limit)


def test_collector_paused_restores_the_collector() -> None:
    import gc

    from tracker.cli._common import collector_paused

    def fail_while_paused() -> None:
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        fail_while_paused()
    assert gc.isenabled()


def test_fuzzy_dates_sort_before_the_days_of_their_period(invoke) -> None:
    for date, title in [
        ("2025-01-01", "New Year address"),
        ("2025", "Sometime in 2025"),
        ("2025-01", "Sometime in January"),
        ("2025-01-20", "Inauguration"),
    ]:
        assert invoke("add", "--date", date, "--type", "statement", "--title", title).exit_code == 0
    result = invoke("timeline", "--format", "json")
    titles = [e["title"] for e in json.loads(result.stdout)]
    assert titles == ["Sometime in 2025", "Sometime in January", "New Year address", "Inauguration"]
    reverse = json.loads(invoke("timeline", "--format", "json", "--reverse").stdout)
    assert [e["title"] for e in reverse] == titles[::-1]
    out = invoke("timeline").stdout
    headings = [line.split(" ─")[0] for line in out.splitlines() if "───" in line]
    assert headings == ["2025", "January 2025"]  # each heading once


def test_multi_day_events_keep_the_date_column_aligned(invoke) -> None:
    for args in (
        ["--date", "2026-01-23", "--end-date", "2026-01-24", "--title", "Two-day round"],
        ["--date", "2026-01-31", "--end-date", "2026-02-01", "--title", "Weekend round"],
    ):
        result = invoke("add", "--type", "talks", "--actor", "Ukraine", *args)
        assert result.exit_code == 0, result.stderr
    lines = invoke("timeline").stdout.splitlines()
    two_day = next(line for line in lines if "Two-day round" in line)
    weekend = next(line for line in lines if "Weekend round" in line)
    assert two_day.startswith(" 23–24  TALKS ")
    assert weekend.startswith("31 Jan  TALKS ")
    assert "until 1 Feb" in lines[lines.index(weekend) + 1]


def test_min_confidence_hides_only_doubtful_machine_events(
    invoke, seeded, timeline, db_path
) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE event SET confidence = 0.5 WHERE id = ?", (seeded["istanbul2"],))
        conn.execute("UPDATE event SET confidence = 0.3 WHERE id = ?", (seeded["jeddah"],))
    shown = timeline("--min-confidence", "0.8")
    assert "istanbul2" not in shown  # unreviewed and scored below the bar
    assert "jeddah" in shown  # confirmed: a person vouched for it
    assert "istanbul" in shown  # hand-made, no score
    assert "istanbul2" in timeline("--min-confidence", "0.5")
    line = assert_error(invoke("timeline", "--min-confidence", "1.5"), code=2)
    assert line == "error: --min-confidence must be between 0 and 1"
