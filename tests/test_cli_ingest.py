"""`tracker ingest`: every input shape, idempotence, --force, --dry-run, --json and bad input.

Runs the CLI against a real SQLite file (conftest's ``db_path``) and checks exit codes, stdout,
stderr and what is in the database afterwards.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import assert_error

from tracker.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "ingest_cli"
DATA = Path(__file__).parents[1] / "data"
TABLES = ("article", "event", "event_source", "event_actor")

BODY = (
    "Delegations from Russia and Ukraine held talks in Istanbul on Friday, officials said.\n\n"
    "The two sides agreed to meet again after the exchange of prisoners, a statement said.\n"
)


def counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def query(db_path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def assert_consistent(db_path: Path) -> None:
    """No partial rows: every extracted event has a source, every source its event and article."""
    orphans = query(
        db_path,
        "SELECT e.id FROM event e WHERE e.origin = 'extracted' "
        "AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id)",
    )
    assert orphans == [], "extracted events without a source"
    dangling = query(
        db_path,
        "SELECT s.id FROM event_source s LEFT JOIN event e ON e.id = s.event_id "
        "LEFT JOIN article a ON a.id = s.article_id "
        "WHERE e.id IS NULL OR (s.article_id IS NOT NULL AND a.id IS NULL)",
    )
    assert dangling == [], "sources pointing at nothing"
    unextracted = query(
        db_path,
        "SELECT a.id FROM article a WHERE a.extracted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM event_source s WHERE s.article_id = a.id)",
    )
    assert unextracted == []


def summary_line(stderr: str) -> str:
    """The 'ingested N, skipped N, failed N' line (warnings and failures are other lines)."""
    lines = [line for line in stderr.splitlines() if line.startswith(("ingested", "would ingest"))]
    assert len(lines) == 1, stderr
    return lines[0]


def ingest_json(invoke, *args: str, code: int = 0) -> dict:
    result = invoke("ingest", "--json", *map(str, args))
    assert result.exit_code == code, result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def by_source(summary: dict) -> dict[str, dict]:
    return {Path(item["source"]).name: item for item in summary["items"]}


# --- formats -------------------------------------------------------------------------------------


def test_copied_page_text_is_cleaned_and_dated(invoke, db_path) -> None:
    result = invoke("ingest", str(FIXTURES / "copied-page.txt"), "--no-extract")
    assert result.exit_code == 0, result.stderr
    assert "ingested: " in result.stdout
    assert "→ article 1:" in result.stdout
    assert "[2025-05-16 18:04]" in result.stdout
    assert summary_line(result.stderr) == "ingested 1, skipped 0, failed 0"
    [(title, author, published, has_time, text, fmt)] = query(
        db_path,
        "SELECT title, author, published_at, published_has_time, text, source_format FROM article",
    )
    assert (
        title == "Negotiators from Russia and Ukraine meet in Istanbul for a fresh round of talks"
    )
    assert author == "Test Writer and Other Writer"
    assert published.startswith("2025-05-16 18:04")
    assert has_time == 1
    assert fmt == "text"
    assert text.startswith("ISTANBUL — Delegations from Russia and Ukraine held talks")
    assert "Hakan Fidan" in text
    for chrome in ("Skip to content", "Getty Images", "indicates required", "Subscribe", "teaser"):
        assert chrome not in text


def test_html_page_metadata_from_the_page(invoke, db_path) -> None:
    summary = ingest_json(invoke, FIXTURES / "saved-page.html", "--no-extract")
    assert summary["ingested"] == 1
    [(title, url, outlet, author, published, text, fmt)] = query(
        db_path, "SELECT title, url, outlet, author, published_at, text, source_format FROM article"
    )
    assert title == "Armenia and Azerbaijan initial a peace text"
    assert url == "https://courier.example/2025/08/08/peace-text"
    assert outlet == "Test Courier"
    assert author == "Test Writer"
    assert published.startswith("2025-08-08 19:20")
    assert fmt == "html"
    assert text.startswith("The leaders of Armenia and Azerbaijan signed a joint declaration")
    for chrome in ("Related stories", "Privacy", "pageview", "Sport", "All rights reserved"):
        assert chrome not in text


def test_markdown_strips_markup_and_keeps_the_heading_as_title(invoke, db_path) -> None:
    summary = ingest_json(invoke, FIXTURES / "notes.md", "--no-extract")
    assert summary["items"][0]["published"] == "2025-06-27T00:00:00"
    [(title, text, fmt)] = query(db_path, "SELECT title, text, source_format FROM article")
    assert title == "Congo and Rwanda sign a peace agreement in Washington"
    assert fmt == "markdown"
    assert "Democratic Republic of the Congo and Rwanda signed" in text
    assert "**" not in text
    assert "](" not in text
    assert not text.startswith("#")


def test_format_is_sniffed_when_the_extension_lies(invoke, tmp_path, db_path) -> None:
    page = tmp_path / "saved.txt"
    shutil.copyfile(FIXTURES / "saved-page.html", page)
    summary = ingest_json(invoke, page, "--no-extract")
    assert summary["ingested"] == 1
    assert query(db_path, "SELECT source_format, title FROM article") == [
        ("html", "Armenia and Azerbaijan initial a peace text")
    ]


def test_jsonl_broken_line_is_reported_and_the_rest_ingested(invoke, db_path) -> None:
    result = invoke("ingest", str(FIXTURES / "feed.jsonl"), "--no-extract")
    assert result.exit_code == 1
    assert summary_line(result.stderr) == "ingested 2, skipped 0, failed 2"
    assert "feed.jsonl:2: line 2: invalid JSON" in result.stderr
    assert "feed.jsonl:4: line 4: no 'text' or 'html' field" in result.stderr
    assert "Traceback" not in result.stderr
    rows = query(db_path, "SELECT url, outlet, source_name FROM article ORDER BY id")
    assert [(u, o) for u, o, _ in rows] == [
        ("https://wire.example/a", "Test Wire"),
        ("https://wire.example/c", None),
    ]
    assert rows[0][2].endswith("feed.jsonl:1")
    assert rows[1][2].endswith("feed.jsonl:3")


def test_folder_is_recursive_and_glob_selects(invoke, tmp_path, db_path) -> None:
    (tmp_path / "in" / "deeper" / "deepest").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "copied-page.txt", tmp_path / "in" / "a.txt")
    shutil.copyfile(FIXTURES / "saved-page.html", tmp_path / "in" / "deeper" / "b.html")
    shutil.copyfile(FIXTURES / "notes.md", tmp_path / "in" / "deeper" / "deepest" / "c.md")
    (tmp_path / "in" / "deeper" / "ignored.csv").write_text("a,b\n1,2\n")
    (tmp_path / "in" / ".hidden").mkdir()
    shutil.copyfile(FIXTURES / "no-date.txt", tmp_path / "in" / ".hidden" / "d.txt")

    only_html = ingest_json(invoke, tmp_path / "in", "--glob", "*.html", "--no-extract")
    assert list(by_source(only_html)) == ["b.html"]
    everything = ingest_json(invoke, tmp_path / "in", "--no-extract")
    assert {k: v["status"] for k, v in by_source(everything).items()} == {
        "a.txt": "ingested",
        "b.html": "skipped",
        "c.md": "ingested",
    }
    assert counts(db_path)["article"] == 3


def test_several_paths_in_one_command(invoke, db_path) -> None:
    result = invoke(
        "ingest",
        str(FIXTURES / "copied-page.txt"),
        str(FIXTURES / "saved-page.html"),
        str(FIXTURES / "notes.md"),
    )
    assert result.exit_code == 0, result.stderr
    assert summary_line(result.stderr).startswith("ingested 3, skipped 0, failed 0; ")
    assert counts(db_path)["article"] == 3
    assert counts(db_path)["event"] > 0
    assert_consistent(db_path)


def test_stdin_with_url_and_published(runner, db_path) -> None:
    result = runner.invoke(
        app,
        ["ingest", "-", "--url", "https://example.org/a", "--published", "2025-05-16",
         "--title", "Talks in Istanbul", "--outlet", "Example News"],
        input=BODY,
        env={"COLUMNS": "100"},
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "ingested: <stdin> → article 1: Talks in Istanbul [2025-05-16 00:00]" in result.stdout
    assert "warning" not in result.stderr  # the date came from --published
    [row] = query(
        db_path,
        "SELECT url, title, outlet, published_at, published_has_time, source_name FROM article",
    )
    assert row[:3] == ("https://example.org/a", "Talks in Istanbul", "Example News")
    assert row[3].startswith("2025-05-16 00:00")
    assert row[4] == 0
    assert row[5] == "<stdin>"


def test_overrides_beat_what_the_page_says(invoke, db_path) -> None:
    ingest_json(
        invoke,
        FIXTURES / "saved-page.html",
        "--url", "https://mirror.example/x", "--title", "My title", "--outlet", "Mirror",
        "--published", "2025-08-09T08:30", "--no-extract",
    )  # fmt: skip
    [row] = query(
        db_path, "SELECT url, title, outlet, published_at, published_has_time FROM article"
    )
    assert row[:3] == ("https://mirror.example/x", "My title", "Mirror")
    assert row[3].startswith("2025-08-09 08:30")
    assert row[4] == 1


def test_extraction_runs_and_reports_events(invoke, db_path) -> None:
    summary = ingest_json(invoke, FIXTURES / "copied-page.txt")
    [item] = summary["items"]
    assert summary["events"] == len(item["events"]) > 0
    assert {"id", "date", "type", "title", "how"} <= set(item["events"][0])
    assert {e["how"] for e in item["events"]} == {"new"}
    assert summary["event_counts"] == {
        "new": len(item["events"]), "merged": 0, "updated": 0, "unchanged": 0
    }  # fmt: skip
    assert any(e["type"] == "talks" and e["date"] == "2025-05-16" for e in item["events"])
    assert counts(db_path)["event"] == len(item["events"])
    assert query(db_path, "SELECT count(*) FROM article WHERE extracted_at IS NOT NULL") == [(1,)]
    assert_consistent(db_path)


def test_no_extract_stores_no_events(invoke, db_path) -> None:
    ingest_json(invoke, FIXTURES / "copied-page.txt", "--no-extract")
    assert counts(db_path)["event"] == 0


# --- idempotence, --force, --dry-run, --json ----------------------------------------------------


def test_second_run_skips_everything(invoke, db_path) -> None:
    first = invoke("ingest", str(FIXTURES))
    assert first.exit_code == 1  # the feed's two bad lines
    before = counts(db_path)
    second = invoke("ingest", str(FIXTURES))
    assert second.exit_code == 1
    assert summary_line(second.stderr) == "ingested 0, skipped 6, failed 2"
    assert "skipped: " in second.stdout
    assert "(already ingested, article 1)" in second.stdout
    assert counts(db_path) == before


def test_same_text_under_another_name_is_skipped(invoke, tmp_path, db_path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(
        (FIXTURES / "copied-page.txt").read_text(encoding="utf-8").replace("\n\n", "\n\n\n"),
        encoding="utf-8",
    )
    ingest_json(invoke, FIXTURES / "copied-page.txt", "--no-extract")
    again = ingest_json(invoke, copy, "--no-extract")
    assert again["items"][0]["status"] == "skipped"
    assert again["items"][0]["reason"] == "already ingested"
    assert again["items"][0]["article_id"] == 1


def test_same_url_is_skipped_even_if_the_text_changed(invoke, tmp_path, db_path) -> None:
    ingest_json(invoke, FIXTURES / "saved-page.html", "--no-extract")
    edited = tmp_path / "edited.html"
    edited.write_text(
        (FIXTURES / "saved-page.html")
        .read_text(encoding="utf-8")
        .replace("transport links", "road and rail links"),
        encoding="utf-8",
    )
    again = ingest_json(invoke, edited, "--no-extract")
    assert again["skipped"] == 1
    assert again["ingested"] == 0
    assert "transport links" in query(db_path, "SELECT text FROM article")[0][0]


def test_force_reprocesses_in_place(invoke, tmp_path, db_path) -> None:
    first = ingest_json(invoke, FIXTURES / "saved-page.html")
    article_id = first["items"][0]["article_id"]
    events_before = counts(db_path)["event"]
    edited = tmp_path / "edited.html"
    edited.write_text(
        (FIXTURES / "saved-page.html")
        .read_text(encoding="utf-8")
        .replace("transport links", "road and rail links"),
        encoding="utf-8",
    )
    forced = ingest_json(invoke, edited, "--force")
    assert forced["updated"] == 1
    assert forced["ingested"] == 0
    assert forced["items"][0]["status"] == "updated"
    assert forced["items"][0]["article_id"] == article_id
    [(count, text, source)] = query(db_path, "SELECT count(*), text, source_name FROM article")
    assert count == 1
    assert "road and rail links" in text
    assert "transport links" not in text
    assert source.endswith("edited.html")
    assert counts(db_path)["event"] == events_before  # re-extracted, not duplicated
    assert_consistent(db_path)


def test_force_on_unchanged_input_keeps_ids(invoke, db_path) -> None:
    ingest_json(invoke, FIXTURES / "copied-page.txt")
    before = counts(db_path)
    result = invoke("ingest", str(FIXTURES / "copied-page.txt"), "--force")
    assert result.exit_code == 0, result.stderr
    assert "updated: " in result.stdout
    assert "→ article 1:" in result.stdout
    assert summary_line(result.stderr).startswith("ingested 0, updated 1, skipped 0, failed 0")
    assert counts(db_path) == before
    assert_consistent(db_path)


def test_force_on_unchanged_input_keeps_event_ids(invoke, db_path) -> None:
    first = ingest_json(invoke, FIXTURES / "copied-page.txt")
    events = first["items"][0]["events"]
    ids = query(db_path, "SELECT id FROM event ORDER BY id")
    sources = query(db_path, "SELECT id, event_id, start_offset FROM event_source ORDER BY id")
    again = ingest_json(invoke, FIXTURES / "copied-page.txt", "--force")
    assert again["items"][0]["events"] == [{**e, "how": "unchanged"} for e in events]
    assert again["event_counts"] == {"new": 0, "merged": 0, "updated": 0, "unchanged": len(events)}
    assert query(db_path, "SELECT id FROM event ORDER BY id") == ids
    assert (
        query(db_path, "SELECT id, event_id, start_offset FROM event_source ORDER BY id") == sources
    )

    result = invoke("ingest", str(FIXTURES / "copied-page.txt"), "--force")
    assert result.exit_code == 0, result.stderr
    assert "(unchanged)" in result.stdout
    assert summary_line(result.stderr) == (
        f"ingested 0, updated 1, skipped 0, failed 0; {len(events)} events ({len(events)} unchanged)"
    )


def test_dry_run_writes_nothing(invoke, db_path) -> None:
    ingest_json(invoke, FIXTURES / "notes.md")  # something already there
    before = counts(db_path)
    assert before["article"] == 1
    assert before["event"] > 0
    dry = invoke("ingest", str(FIXTURES), "--dry-run")
    assert dry.exit_code == 1  # the feed's two bad lines still fail
    assert summary_line(dry.stderr).startswith("would ingest 5, skipped 1, failed 2")
    assert counts(db_path) == before
    real = invoke("ingest", str(FIXTURES))
    assert summary_line(real.stderr).startswith("ingested 5, skipped 1, failed 2")
    assert counts(db_path)["article"] == 6


def test_dry_run_on_new_files_shows_what_would_happen(invoke, db_path) -> None:
    before = counts(db_path)
    result = invoke("ingest", str(FIXTURES / "copied-page.txt"), str(FIXTURES / "saved-page.html"), "--dry-run")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("would ingest: ") == 2
    assert "talks" in result.stdout  # the events that would be extracted are listed
    line = summary_line(result.stderr)
    assert line.startswith("would ingest 2, skipped 0, failed 0")
    assert line.endswith("(dry run: nothing written)")
    assert counts(db_path) == before
    summary = ingest_json(invoke, FIXTURES / "copied-page.txt", "--dry-run")
    assert summary["dry_run"] is True
    assert summary["ingested"] == 1
    assert counts(db_path) == before


def test_json_summary_shape(invoke, db_path) -> None:
    summary = ingest_json(invoke, FIXTURES / "feed.jsonl", FIXTURES / "no-date.txt", code=1)
    assert set(summary) == {
        "dry_run",
        "ingested",
        "updated",
        "skipped",
        "failed",
        "events",
        "event_counts",
        "items",
    }
    assert set(summary["event_counts"]) == {"new", "merged", "updated", "unchanged"}
    assert (summary["ingested"], summary["skipped"], summary["failed"]) == (3, 0, 2)
    assert summary["dry_run"] is False
    assert len(summary["items"]) == 5
    failed = [i for i in summary["items"] if i["status"] == "failed"]
    assert {i["source"].rsplit(":", 1)[1] for i in failed} == {"2", "4"}
    assert all(set(i) == {"source", "status", "reason"} for i in failed)
    ok = [i for i in summary["items"] if i["status"] == "ingested"]
    assert all(isinstance(i["article_id"], int) and i["title"] for i in ok)
    assert by_source(summary)["no-date.txt"]["warnings"] == ["no publication date found"]
    assert "published" not in by_source(summary)["no-date.txt"]


# --- bad input -----------------------------------------------------------------------------------


def test_missing_path_fails_but_the_batch_goes_on(invoke, tmp_path, db_path) -> None:
    result = invoke("ingest", str(tmp_path / "nope.txt"), str(FIXTURES / "notes.md"))
    assert result.exit_code == 1
    assert summary_line(result.stderr).startswith("ingested 1, skipped 0, failed 1")
    assert f"failed: {tmp_path / 'nope.txt'}: no such file or folder" in result.stderr
    assert counts(db_path)["article"] == 1


def test_folder_without_matching_files(invoke, tmp_path, db_path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "a.csv").write_text("x\n")
    result = invoke("ingest", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert "no files with a supported extension in this folder" in result.stderr
    shutil.copyfile(FIXTURES / "notes.md", tmp_path / "empty" / "notes.md")
    result = invoke("ingest", str(tmp_path / "empty"), "--glob", "*.html")
    assert result.exit_code == 1
    assert "no files matching '*.html' in this folder" in result.stderr
    assert counts(db_path)["article"] == 0


CYRILLIC = (
    "Делегації України та Росії зустрілися в Стамбулі. Сторони домовилися про обмін полоненими.\n\n"
    "Переговори тривали майже дві години, повідомили посадовці.\n"
)
LATIN = (
    "Les délégations se sont réunies à Genève dimanche, ont indiqué des responsables.\n\n"
    "Les négociateurs ont révisé le projet d'accord après une longue journée.\n"
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (CYRILLIC.encode("cp1251"), ("cp1251", CYRILLIC)),
        (LATIN.encode("latin-1"), ("cp1252", LATIN)),  # Latin-1 text is read as its superset
        (CYRILLIC.encode("utf-8"), (None, CYRILLIC)),
    ],
    ids=["windows-1251", "latin-1", "utf-8"],
)
def test_legacy_encodings_are_detected_and_decoded(invoke, tmp_path, db_path, data, expected):
    encoding, text = expected
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    summary = ingest_json(invoke, path, "--no-extract")
    [item] = summary["items"]
    assert item["status"] == "ingested"
    decoded = [w for w in item.get("warnings", []) if w.startswith("decoded as")]
    assert decoded == ([f"decoded as {encoding}"] if encoding else [])
    [(stored,)] = query(db_path, "SELECT text FROM article")
    assert stored == text.strip()


@pytest.mark.parametrize(
    "data",
    [
        b"Delegations met in Geneva on Sunday.\xff\xfe They agreed to meet again, officials said.\n",
        "Переговори в Стамбулі завершилися, повідомили посадовці. ".encode() + b"\xc3\x28 end.\n",
        bytes(range(0x80, 0x100)) * 8,
    ],
    ids=["stray-bytes-in-ascii", "broken-utf8-sequence", "high-bytes-only"],
)
def test_invalid_utf8_never_crashes_and_says_what_happened(invoke, tmp_path, db_path, data):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = invoke("ingest", str(path), str(FIXTURES / "notes.md"), "--json")
    assert "Traceback" not in result.stderr
    summary = json.loads(result.stdout)
    item = by_source(summary)["bad.txt"]
    if item["status"] == "failed":
        assert result.exit_code == 1
        assert "decode" in item["reason"]
    else:  # decoded with a guessed encoding: the guess is reported
        assert result.exit_code == 0
        assert any(w.startswith("decoded as") for w in item["warnings"])
    assert by_source(summary)["notes.md"]["status"] == "ingested"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t \n", "empty file"),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "this looks like a PDF document"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "this looks like a PNG image"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "this looks like a JPEG image"),
        ("chrome.html", b"<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>", "no article text"),
        ("boilerplate.txt", b"Skip to content\nSubscribe\n* indicates required\n", "no article text"),
    ],
    ids=["empty", "whitespace", "pdf", "png", "jpeg-named-txt", "html-chrome-only", "text-chrome-only"],
)  # fmt: skip
def test_bad_files_fail_with_a_reason(invoke, tmp_path, db_path, name, data, reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("ingest", str(path), str(FIXTURES / "notes.md"))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert summary_line(result.stderr).startswith("ingested 1, skipped 0, failed 1")
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 1
    assert failures[0].startswith(f"failed: {path}: ")
    assert reason in failures[0]
    assert counts(db_path)["article"] == 1


def test_file_over_max_size(invoke, tmp_path, db_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BODY * 40, encoding="utf-8")  # ~6.8 KB
    result = invoke("ingest", str(big), "--max-size", "0.005")  # ~5 KB
    assert result.exit_code == 1
    assert f"failed: {big}: file is " in result.stderr
    assert "over the 5242 bytes limit" in result.stderr
    assert counts(db_path)["article"] == 0
    ok = invoke("ingest", str(big), "--max-size", "0.01", "--no-extract")
    assert ok.exit_code == 0, ok.stderr


def test_default_size_limit_is_20_mb(invoke, tmp_path, db_path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 21 MB without writing them
        handle.truncate(21 * 1024 * 1024)
    result = invoke("ingest", str(big))
    assert result.exit_code == 1
    assert "file is 21.0 MB, over the 20.0 MB limit" in result.stderr


def test_malformed_html_is_read(invoke, tmp_path, db_path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Talks resume in Doha</title><body><p>Negotiators met in Doha on "
        "Monday and agreed to continue the talks next week, officials said.<p>The meeting <b>lasted"
        " <i>four hours.</b></i> <div><span>Both sides called it constructive.</html>",
        encoding="utf-8",
    )
    summary = ingest_json(invoke, page, "--no-extract")
    assert summary["items"][0]["status"] == "ingested"
    [(title, text)] = query(db_path, "SELECT title, text FROM article")
    assert title == "Talks resume in Doha"
    assert "Negotiators met in Doha on Monday" in text


def test_deeply_nested_html_fails_cleanly(invoke, tmp_path, db_path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><body>" + "<div>" * 20000 + "<p>Negotiators met in Doha on Monday and agreed to "
        "continue the talks.</p>" + "</div>" * 20000 + "</body></html>",
        encoding="utf-8",
    )
    result = invoke("ingest", str(page), str(FIXTURES / "notes.md"), "--json")
    assert "Traceback" not in result.stderr
    item = by_source(json.loads(result.stdout))["deep.html"]
    if item["status"] == "failed":  # lxml gives up on very deep trees
        assert result.exit_code == 1
        assert "HTML" in item["reason"] or "nested" in item["reason"]
    else:
        assert result.exit_code == 0
    assert counts(db_path)["article"] == (2 if item["status"] == "ingested" else 1)


def test_no_date_is_stored_unknown_with_a_warning(invoke, db_path) -> None:
    result = invoke("ingest", str(FIXTURES / "no-date.txt"), "--no-extract")
    assert result.exit_code == 0
    assert "[date unknown]" in result.stdout
    assert "warning: no publication date found" in result.stderr
    assert query(db_path, "SELECT published_at, ingested_at IS NOT NULL FROM article") == [
        (None, 1)
    ]


def test_no_date_article_is_not_dated_today(invoke, db_path) -> None:
    # Relative dates ("on Monday") need the publication date: without it, none are invented.
    summary = ingest_json(invoke, FIXTURES / "no-date.txt")
    assert "published" not in summary["items"][0]
    import datetime as dt

    today = dt.datetime.now(dt.UTC).date().isoformat()
    dates = [d for (d,) in query(db_path, "SELECT date FROM event")]
    assert today not in dates


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "16 May"], "error: invalid --published '16 May'"),
        (["--max-size", "0"], "error: --max-size must be positive"),
        (["--url", "https://example.org/a"], "error: --url and --title apply to one article"),
    ],
)
def test_usage_errors(invoke, db_path, args, message) -> None:
    result = invoke("ingest", str(FIXTURES / "notes.md"), str(FIXTURES / "no-date.txt"), *args)
    line = assert_error(result, code=2)
    assert line.startswith(message)
    assert counts(db_path)["article"] == 0


# --- transactions: a failing article leaves nothing behind ---------------------------------------


def test_failure_mid_article_rolls_back_the_article_and_its_events(
    invoke, db_path, monkeypatch
) -> None:
    """Extraction fails after the article row and its events were flushed: none of it stays."""
    import tracker.services.pipeline as pipeline
    from tracker.errors import TrackerError

    real = pipeline.extract_article

    def failing(session, article, *args, **kwargs):
        report = real(session, article, *args, **kwargs)
        session.flush()
        if article.source_name and article.source_name.endswith("copied-page.txt"):
            raise TrackerError("simulated failure after the events were written")
        return report

    monkeypatch.setattr(pipeline, "extract_article", failing)
    result = invoke(
        "ingest", str(FIXTURES / "notes.md"), str(FIXTURES / "copied-page.txt"),
        str(FIXTURES / "saved-page.html"),
    )  # fmt: skip
    assert result.exit_code == 1
    assert summary_line(result.stderr).startswith("ingested 2, skipped 0, failed 1")
    assert "copied-page.txt: simulated failure after the events were written" in result.stderr
    names = [Path(n).name for (n,) in query(db_path, "SELECT source_name FROM article")]
    assert sorted(names) == ["notes.md", "saved-page.html"]
    sourced = query(
        db_path,
        "SELECT count(DISTINCT s.event_id) FROM event_source s JOIN article a ON a.id = s.article_id",
    )[0][0]
    assert counts(db_path)["event"] == sourced  # no event of the failed article survived
    assert_consistent(db_path)
    # the failed article goes in cleanly on the next run
    monkeypatch.setattr(pipeline, "extract_article", real)
    again = ingest_json(invoke, FIXTURES / "copied-page.txt")
    assert again["ingested"] == 1
    assert again["events"] > 0
    assert_consistent(db_path)


def test_unexpected_error_in_one_article_does_not_stop_the_batch(
    invoke, db_path, monkeypatch
) -> None:
    import tracker.services.pipeline as pipeline

    real = pipeline.extract_article

    def buggy(session, article, *args, **kwargs):
        if article.source_name and article.source_name.endswith("copied-page.txt"):
            raise ValueError("a bug in the extractor")
        return real(session, article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", buggy)
    result = invoke("ingest", str(FIXTURES / "copied-page.txt"), str(FIXTURES / "notes.md"))
    assert result.exit_code == 1
    assert (
        f"failed: {FIXTURES / 'copied-page.txt'}: unexpected ValueError: a bug in the extractor "
        "(set TRACKER_DEBUG=1 for details)"
    ) in result.stderr.splitlines()
    assert summary_line(result.stderr).startswith("ingested 1, skipped 0, failed 1")
    assert [Path(n).name for (n,) in query(db_path, "SELECT source_name FROM article")] == [
        "notes.md"
    ]
    assert_consistent(db_path)


def test_reader_bug_on_one_file_does_not_stop_the_batch(invoke, db_path, monkeypatch) -> None:
    import tracker.ingest.html as html

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the HTML reader")

    monkeypatch.setattr(html, "extract_html", broken)
    result = invoke("ingest", str(FIXTURES / "saved-page.html"), str(FIXTURES / "notes.md"))
    assert result.exit_code == 1
    assert (
        f"failed: {FIXTURES / 'saved-page.html'}: unexpected RuntimeError: a bug in the HTML "
        "reader (set TRACKER_DEBUG=1 for details)"
    ) in result.stderr.splitlines()
    assert summary_line(result.stderr).startswith("ingested 1, skipped 0, failed 1")


def test_tracker_debug_shows_the_bug(invoke, db_path, monkeypatch) -> None:
    import tracker.services.pipeline as pipeline

    def buggy(*args, **kwargs):
        raise ValueError("a bug in the extractor")

    monkeypatch.setattr(pipeline, "extract_article", buggy)
    with pytest.raises(ValueError, match="a bug in the extractor"):
        invoke("ingest", str(FIXTURES / "notes.md"), TRACKER_DEBUG="1")
    assert counts(db_path)["article"] == 0  # rolled back


def test_names_and_reasons_are_printed_verbatim(invoke, tmp_path, db_path) -> None:
    """No Rich markup is read from file names, and long lines are not wrapped."""
    missing = tmp_path / ("[bold]draft[/bold] " + "x" * 120 + ".txt")
    result = invoke("ingest", str(missing), columns=60)
    assert result.exit_code == 1
    assert f"failed: {missing}: no such file or folder" in result.stderr.splitlines()


# --- the README's main command --------------------------------------------------------------------


def test_readme_main_command_gives_a_timeline(runner, tmp_path) -> None:
    """`tracker --db X ingest data/ && tracker --db X timeline` on the bundled samples."""
    db = tmp_path / "demo.db"
    env = {"COLUMNS": "100", "NO_COLOR": "1"}
    ingest = runner.invoke(app, ["--db", str(db), "ingest", str(DATA)], env=env)
    assert ingest.exit_code == 0, ingest.stderr
    line = summary_line(ingest.stderr)
    assert line.startswith("ingested ")
    assert ", failed 0; " in line
    stored = counts(db)
    assert stored["article"] >= 8
    assert stored["event"] > 0
    assert_consistent(db)
    timeline = runner.invoke(app, ["--db", str(db), "timeline"], env=env)
    assert timeline.exit_code == 0, timeline.stderr
    assert "May 2025" in timeline.stdout
    assert "Istanbul" in timeline.stdout
    as_json = runner.invoke(app, ["--db", str(db), "timeline", "--format", "json"], env=env)
    events = json.loads(as_json.stdout)
    assert len(events) > 0
    assert {e["type"] for e in events} >= {"talks", "agreement"}
    assert any(e["sources"] for e in events)
