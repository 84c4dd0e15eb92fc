"""`tracker articles list|show|search|reprocess` against a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import assert_error

from tracker.errors import NotFoundError, UsageError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest_cli"

FILLER = (
    "Officials from several delegations attended the session and spoke to reporters afterwards. "
    "The meeting took place behind closed doors and lasted most of the afternoon."
)
# Each line: (title, published, text). Made-up reports; only the words matter here.
FEED = [
    ("Swap agreed at the border", "2025-05-20",
     "The prisoner exchange took place at the border. A second prisoner exchange is planned, "
     "and a third prisoner exchange was discussed. " + FILLER),
    ("Talks in Genève end", "2025-06-02",
     "Negotiators met in Genève and agreed on a prisoner exchange for the wounded. " + FILLER),
    ("Mixed report", "2025-07-01",
     "One prisoner was released. Grain exports and an exchange of letters were discussed. "
     + FILLER),
    ("Nothing relevant", "2025-08-01", "Energy ministers met to discuss the grid. " + FILLER),
]  # fmt: skip


def write_feed(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n, (title, published, text) in enumerate(FEED, 1):
            record = {
                "url": f"https://wire.example/{n}",
                "title": title,
                "published": published,
                "outlet": "Test Wire" if n % 2 else "Other Post",
                "text": text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def feed_ids(invoke, tmp_path) -> dict[str, int]:
    """The feed ingested (no extraction): title -> article id."""
    result = invoke("ingest", str(write_feed(tmp_path / "feed.jsonl")), "--no-extract", "--json")
    assert result.exit_code == 0, result.stderr
    return {i["title"]: i["article_id"] for i in json.loads(result.stdout)["items"]}


@pytest.fixture
def samples(invoke) -> None:
    """The CLI fixtures ingested with extraction (two feed lines fail on purpose)."""
    result = invoke("ingest", str(FIXTURES))
    assert result.exit_code == 1, result.stderr


def search(invoke, *args: str) -> list[int]:
    result = invoke("articles", "search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [a["id"] for a in json.loads(result.stdout)]


def sql(db_path: Path, statement: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(statement, params).fetchall()


# --- list ----------------------------------------------------------------------------------------


def test_list_empty_database(invoke) -> None:
    result = invoke("articles", "list")
    assert result.exit_code == 0
    assert "No articles yet" in result.stdout
    assert json.loads(invoke("articles", "list", "--format", "json").stdout) == []


def test_list_newest_first_with_unknown_dates_last(invoke, samples) -> None:
    result = invoke("articles", "list", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert len(items) == 6
    published = [a["published"] for a in items]
    assert published[-1] is None  # no-date.txt
    dated = [p for p in published if p]
    assert dated == sorted(dated, reverse=True)
    assert set(items[0]) == {"id", "title", "outlet", "published", "url", "events", "snippet"}
    assert sum(a["events"] for a in items) > 0


def test_list_table_outlet_filter_and_limit(invoke, feed_ids) -> None:
    table = invoke("articles", "list", columns=150)
    assert table.exit_code == 0
    for title in feed_ids:
        assert title in table.stdout
    only = json.loads(
        invoke("articles", "list", "--outlet", "test wire", "--format", "json").stdout
    )
    assert {a["title"] for a in only} == {"Swap agreed at the border", "Mixed report"}
    limited = json.loads(invoke("articles", "list", "--limit", "2", "--format", "json").stdout)
    assert [a["title"] for a in limited] == ["Nothing relevant", "Mixed report"]


# --- show ----------------------------------------------------------------------------------------


def test_show_prints_metadata_text_and_events(invoke, samples, db_path) -> None:
    [(article_id,)] = sql(db_path, "SELECT id FROM article WHERE source_format = 'html'")
    result = invoke("articles", "show", str(article_id))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Armenia and Azerbaijan initial a peace text"
    flat = " ".join(result.stdout.split())  # the console (first created at 100 columns) wraps
    assert (
        "Test Courier · Test Writer · 2025-08-08 19:20:00 · "
        "https://courier.example/2025/08/08/peace-text · from "
    ) in flat
    assert "saved-page.html (html) events: #" in flat
    assert "The leaders of Armenia and Azerbaijan signed a joint declaration" in result.stdout
    assert "Related stories" not in result.stdout


def test_show_json(invoke, samples, db_path) -> None:
    [(article_id,)] = sql(db_path, "SELECT id FROM article WHERE source_name LIKE '%no-date.txt'")
    detail = json.loads(invoke("articles", "show", str(article_id), "--format", "json").stdout)
    assert detail["id"] == article_id
    assert detail["published"] is None
    assert detail["source_format"] == "text"
    assert detail["text"].startswith("Mediators from Egypt and Qatar")
    assert detail["ingested_at"]  # when it was ingested is kept apart from when it was published
    assert isinstance(detail["event_ids"], list)


def test_show_unknown_date_says_so(invoke, samples, db_path) -> None:
    [(article_id,)] = sql(db_path, "SELECT id FROM article WHERE published_at IS NULL")
    result = invoke("articles", "show", str(article_id))
    assert "date unknown" in result.stdout.splitlines()[1]


def test_show_missing_article(invoke) -> None:
    line = assert_error(invoke("articles", "show", "99"), code=NotFoundError.exit_code)
    assert line == "error: no article with id 99"


# --- search --------------------------------------------------------------------------------------


def test_search_finds_all_words_best_match_first(invoke, feed_ids) -> None:
    hits = search(invoke, "prisoner exchange")
    # the report saying it three times ranks first, then the one with the words together;
    # "Mixed report" has both words, apart
    assert hits == [
        feed_ids["Swap agreed at the border"],
        feed_ids["Talks in Genève end"],
        feed_ids["Mixed report"],
    ]


def test_search_quoted_phrase_needs_adjacent_words(invoke, feed_ids) -> None:
    hits = search(invoke, '"prisoner exchange"')
    assert hits == [feed_ids["Swap agreed at the border"], feed_ids["Talks in Genève end"]]
    assert search(invoke, '"exchange prisoner"') == []


def test_search_ignores_case_and_diacritics(invoke, feed_ids) -> None:
    assert search(invoke, "GENEVE") == [feed_ids["Talks in Genève end"]]
    assert search(invoke, "genève") == [feed_ids["Talks in Genève end"]]


def test_search_rich_output_shows_snippets(invoke, feed_ids) -> None:
    result = invoke("articles", "search", "grid", columns=150)
    assert result.exit_code == 0
    assert "Nothing relevant" in result.stdout
    assert f"#{feed_ids['Nothing relevant']}:" in result.stdout
    assert "[grid]" in result.stdout  # the matched word is marked in the snippet


@pytest.mark.parametrize(
    "query", ["NEAR(a b", '"', "prisoner*", "OR AND NOT", "title:grid", "a'b", "(", "^x"]
)
def test_search_never_parses_fts_syntax(invoke, feed_ids, query) -> None:
    result = invoke("articles", "search", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_search_no_match_and_limit(invoke, feed_ids) -> None:
    result = invoke("articles", "search", "zeppelin")
    assert result.exit_code == 0
    assert "No article contains 'zeppelin'." in result.stdout
    assert len(search(invoke, "meeting", "--limit", "2")) == 2


def test_search_falls_back_to_like_without_fts(invoke, feed_ids, db_path) -> None:
    with sqlite3.connect(db_path) as conn:
        for name in ("article_fts_ai", "article_fts_ad", "article_fts_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE article_fts")
    assert set(search(invoke, "prisoner exchange")) == {
        feed_ids["Swap agreed at the border"],
        feed_ids["Talks in Genève end"],
        feed_ids["Mixed report"],
    }
    assert search(invoke, '"prisoner exchange"')[0] in {
        feed_ids["Swap agreed at the border"],
        feed_ids["Talks in Genève end"],
    }
    assert search(invoke, "100%") == []  # % is not a wildcard
    assert search(invoke, "grid") == [feed_ids["Nothing relevant"]]


def test_search_index_follows_updates(invoke, feed_ids, db_path) -> None:
    article_id = feed_ids["Nothing relevant"]
    sql(db_path, "UPDATE article SET text = 'A zeppelin was seen.' WHERE id = ?", article_id)
    assert search(invoke, "zeppelin") == [article_id]
    assert search(invoke, "grid") == []


# --- reprocess -----------------------------------------------------------------------------------


def test_reprocess_restores_the_cleaned_text(invoke, samples, db_path) -> None:
    [(article_id, cleaned)] = sql(
        db_path, "SELECT id, text FROM article WHERE source_name LIKE '%copied-page.txt'"
    )
    sql(db_path, "UPDATE article SET text = 'stale text from an old cleaner' WHERE id = ?", article_id)  # fmt: skip
    assert search(invoke, "stale cleaner") == [article_id]
    result = invoke("articles", "reprocess", str(article_id))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "reprocessed 1: 1 changed, 0 unchanged, 0 failed"
    assert sql(db_path, "SELECT text FROM article WHERE id = ?", article_id) == [(cleaned,)]
    assert search(invoke, "stale cleaner") == []
    assert article_id in search(invoke, "Hakan Fidan")


def test_reprocess_keeps_overrides_and_fills_gaps(invoke, samples, db_path) -> None:
    [(article_id,)] = sql(db_path, "SELECT id FROM article WHERE source_format = 'html'")
    sql(db_path, "UPDATE article SET title = 'Edited by hand', author = NULL WHERE id = ?", article_id)  # fmt: skip
    result = invoke("articles", "reprocess", str(article_id), "--no-extract")
    assert result.exit_code == 0, result.stderr
    assert sql(db_path, "SELECT title, author FROM article WHERE id = ?", article_id) == [
        ("Edited by hand", "Test Writer")
    ]


def test_reprocess_all_unchanged_keeps_events(invoke, samples, db_path) -> None:
    events = sql(db_path, "SELECT count(*) FROM event")
    result = invoke("articles", "reprocess", "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "reprocessed 6: 0 changed, 6 unchanged, 0 failed"
    assert sql(db_path, "SELECT count(*) FROM event") == events


def test_reprocess_without_an_original_fails(invoke, feed_ids, db_path) -> None:
    article_id = feed_ids["Mixed report"]
    sql(db_path, "UPDATE article SET raw = NULL WHERE id = ?", article_id)
    result = invoke("articles", "reprocess", "--all", "--no-extract")
    assert result.exit_code == 1
    assert f"article {article_id}: failed: no original stored" in result.stderr.splitlines()
    assert "reprocessed 4: 0 changed, 3 unchanged, 1 failed" in result.stderr


def test_reprocess_refuses_to_duplicate_another_article(invoke, feed_ids, db_path) -> None:
    a, b = feed_ids["Mixed report"], feed_ids["Nothing relevant"]
    # b's stored text is stale; its original, cleaned again, now reads exactly like a's text
    sql(db_path, "UPDATE article SET raw = (SELECT raw FROM article WHERE id = ?) WHERE id = ?", a, b)  # fmt: skip
    sql(db_path, "UPDATE article SET text = 'stale', content_hash = 'stale' WHERE id = ?", b)
    result = invoke("articles", "reprocess", str(b), "--no-extract")
    assert result.exit_code == 1
    assert f"article {b}: failed: the cleaned text now equals article {a}" in result.stderr
    assert sql(db_path, "SELECT text FROM article WHERE id = ?", b) == [("stale",)]


def test_reprocess_needs_ids_or_all(invoke) -> None:
    assert_error(invoke("articles", "reprocess"), code=UsageError.exit_code)
    assert_error(invoke("articles", "reprocess", "42"), code=NotFoundError.exit_code)
