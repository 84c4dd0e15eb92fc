"""Reading in a worker process (large batches) gives what reading in-process gives, in order.

The pooled path is forced with a small chunk and look-ahead (``read_items``) or with
``$TRACKER_INGEST_WORKERS`` (the CLI), so a few files exercise it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from tracker.ingest import ArticleDraft, ReadFailure, iter_paths
from tracker.ingest.parallel import MIN_POOLED, WORKERS_ENV, read_items, worker_count

FIXTURES = Path(__file__).parent / "fixtures" / "ingest_cli"
fork_only = pytest.mark.skipif(
    sys.platform != "linux", reason="the worker sees the monkeypatch only when forked"
)


def body(n: int) -> str:
    return (
        f"Negotiators met in Geneva for round {n} of the talks on Friday, officials said.\n\n"
        f"The delegations agreed to exchange {n} prisoners before the next round, a statement "
        "said.\n"
    )


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Text files, a duplicate, an empty and a binary file, a feed with a broken line, HTML."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(7):
        (folder / f"a{n}.txt").write_text(body(n), encoding="utf-8")
    (folder / "a3-copy.txt").write_text(body(3), encoding="utf-8")  # same text: skipped
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "d-feed.jsonl").write_bytes((FIXTURES / "feed.jsonl").read_bytes())
    (folder / "e-page.html").write_bytes((FIXTURES / "saved-page.html").read_bytes())
    (folder / "f-notes.md").write_bytes((FIXTURES / "notes.md").read_bytes())
    (folder / "g-cp1251.txt").write_bytes(
        ("Переговоры прошли в Стамбуле, сообщили официальные лица.\n\n" * 3).encode("cp1251")
    )
    return folder


def flatten(reads) -> list[ArticleDraft | ReadFailure]:
    return [found for per_input in reads for found in per_input]


def test_pooled_reading_equals_serial_reading(batch: Path, tmp_path: Path) -> None:
    items = [*iter_paths([batch]), *iter_paths([tmp_path / "missing.txt"])]
    serial = flatten(read_items(items, max_bytes=10**6))
    pooled = flatten(read_items(items, max_bytes=10**6, workers=1, chunk=2, ahead=2))
    assert pooled == serial
    failures = {Path(f.source_name).name: f.reason for f in serial if isinstance(f, ReadFailure)}
    assert failures["b-empty.txt"] == "empty file"
    assert failures["c-image.txt"].startswith("not a text file")
    assert failures["missing.txt"] == "no such file or folder"
    assert any(name.startswith("d-feed.jsonl:") for name in failures)  # the broken line


def test_one_iterator_per_input_in_input_order(batch: Path) -> None:
    items = list(iter_paths([batch]))
    names = []
    for item, reads in zip(
        items, read_items(items, max_bytes=10**6, workers=1, chunk=3), strict=True
    ):
        found = list(reads)
        assert found, item
        names.append(Path(found[0].source_name.split(":")[0]).name)
    assert names == [item.name for item in items]


@fork_only
def test_a_reader_bug_in_the_worker_is_the_same_failure(batch: Path, monkeypatch) -> None:
    import tracker.ingest.html as html

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the HTML reader")

    monkeypatch.setattr(html, "extract_html", broken)
    items = list(iter_paths([batch]))
    serial = flatten(read_items(items, max_bytes=10**6))
    pooled = flatten(read_items(items, max_bytes=10**6, workers=1, chunk=2))
    assert pooled == serial
    reasons = [f.reason for f in pooled if isinstance(f, ReadFailure)]
    assert (
        "unexpected RuntimeError: a bug in the HTML reader (set TRACKER_DEBUG=1 for details)"
        in reasons
    )


@fork_only
def test_a_worker_that_dies_fails_only_its_file(batch: Path, monkeypatch) -> None:
    import tracker.ingest.html as html

    real, caller = html.extract_html, os.getpid()

    def crash(*args, **kwargs):
        if os.getpid() == caller:  # the feed's HTML record is read here, not in a worker
            return real(*args, **kwargs)
        os._exit(3)  # like a segfault in a C library: no exception, the process is gone

    monkeypatch.setattr(html, "extract_html", crash)
    items = list(iter_paths([batch]))
    pooled = flatten(read_items(items, max_bytes=10**6, workers=1, chunk=2, ahead=3))
    failures = {Path(f.source_name).name: f.reason for f in pooled if isinstance(f, ReadFailure)}
    assert failures["e-page.html"].startswith("the reader process crashed on this file")
    drafts = [Path(d.source_name).name for d in pooled if isinstance(d, ArticleDraft)]
    assert [f"a{n}.txt" for n in range(7)] == [
        d for d in drafts if d.startswith("a") and "-" not in d
    ]
    assert "f-notes.md" in drafts
    assert "g-cp1251.txt" in drafts


def test_worker_count() -> None:
    assert worker_count(MIN_POOLED - 1, env={}) == 0  # a few files: read in-process
    assert worker_count(10_000, env={WORKERS_ENV: "0"}) == 0
    assert worker_count(3, env={WORKERS_ENV: "2"}) == 2  # forced, however few the files
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert worker_count(10_000, env={}) == min((cores or 1) - 1, 4)


def rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, source_name, title, url, outlet, published_at, content_hash, text "
            "FROM article ORDER BY id"
        ).fetchall()


def test_cli_pooled_equals_serial(runner, batch: Path, tmp_path: Path, monkeypatch) -> None:
    """Same JSON summary (statuses, ids, reasons, order), same rows, same exit code."""
    from helpers import run_cli

    results = {}
    for workers in ("0", "1"):
        db = tmp_path / f"workers-{workers}.db"
        monkeypatch.setenv("TRACKER_DB", str(db))
        result = run_cli(
            runner, "ingest", "--json", "--no-extract", str(batch), **{WORKERS_ENV: workers}
        )
        assert result.exit_code == 1, result.stderr  # the empty and binary files failed
        assert "Traceback" not in result.stderr
        again = run_cli(runner, "ingest", "--no-extract", str(batch), **{WORKERS_ENV: workers})
        results[workers] = (json.loads(result.stdout), again.stderr, rows(db))
    serial, pooled = results["0"], results["1"]
    assert pooled == serial
    summary = serial[0]
    statuses = {Path(i["source"]).name: i["status"] for i in summary["items"]}
    assert statuses["a3-copy.txt"] == "ingested"  # sorted first
    assert statuses["a3.txt"] == "skipped"
    assert statuses["b-empty.txt"] == "failed"
    assert summary["ingested"] >= 10
    assert summary["failed"] >= 3
    assert any(  # the second run
        line.startswith("ingested 0, skipped") for line in serial[1].splitlines()
    )
