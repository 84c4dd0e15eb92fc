"""JSON Lines feeds: one article per line, broken lines reported with their number."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt
import json
from pathlib import Path

from tracker.ingest import ArticleDraft, ReadFailure, read_bytes, read_file

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_broken_lines_are_reported_and_the_rest_read() -> None:
    path = FIXTURES / "feed-broken.jsonl"
    items = list(read_file(path))
    assert len(items) == 4
    first, broken, missing, fourth = items
    assert isinstance(first, ArticleDraft)
    assert first.source_name == f"{path}:1"
    assert first.title == "First item"
    assert first.published == dt.datetime(2025, 11, 20)
    assert first.outlet == "Example"
    assert first.source_format == "json"
    assert json.loads(first.raw)["url"] == "https://example.org/a"
    assert isinstance(broken, ReadFailure)
    assert broken.source_name == f"{path}:2"
    assert broken.reason.startswith("line 2: invalid JSON")
    assert missing == ReadFailure(f"{path}:3", "line 3: no 'text' or 'html' field")
    assert isinstance(fourth, ArticleDraft)
    assert fourth.source_name == f"{path}:5"  # the blank line 4 is skipped, numbers stay true
    assert fourth.text == "Delegations met in Geneva on Sunday.\n\nThey issued a joint statement."
    assert fourth.published == dt.datetime(2025, 11, 23)


def test_html_items_go_through_the_html_reader() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Page Site'></head><body><article>"
        "<h1>Heading</h1><p>ABU DHABI — Officials met on Tuesday to discuss the framework for a "
        "peace deal, a spokesperson said after the meeting.</p></article></body></html>"
    )
    line = json.dumps({"title": "Feed title", "published": "2025-11-25", "html": html})
    (item,) = read_bytes(line.encode(), "feed.jsonl")
    assert isinstance(item, ArticleDraft)
    assert item.title == "Feed title"  # the feed's own keys win over the page's metadata
    assert item.outlet == "Page Site"
    assert item.text.startswith("ABU DHABI — Officials met on Tuesday")
    assert item.warnings == []


def test_json_array_and_single_object() -> None:
    one = {"title": "One", "date": "2025-10-09", "text": "Body one.", "author": ["A", "B"]}
    items = list(read_bytes(json.dumps([one, {"title": "no body"}]).encode(), "feed.json"))
    assert isinstance(items[0], ArticleDraft)
    assert items[0].author == "A, B"
    assert items[0].source_name == "feed.json:1"
    assert items[1] == ReadFailure("feed.json:2", "item 2: no 'text' or 'html' field")
    (single,) = read_bytes(json.dumps(one).encode(), "article.json")
    assert isinstance(single, ArticleDraft)


def test_unreadable_date_and_non_object_lines() -> None:
    data = b'{"text": "Body.", "published": "sometime"}\n[1, 2]\n"just a string"\n'
    draft, array, string = read_bytes(data, "feed.jsonl")
    assert isinstance(draft, ArticleDraft)
    assert draft.published is None
    assert draft.warnings == [
        "could not read the published date 'sometime'",
        "no publication date found",
    ]
    assert array == ReadFailure("feed.jsonl:2", "line 2: expected a JSON object, got list")
    assert string == ReadFailure("feed.jsonl:3", "line 3: expected a JSON object, got str")


def test_source_object_gives_the_outlet() -> None:
    data = b'{"text": "Body.", "source": {"id": "x", "name": "Wire Name"}}'
    (draft,) = read_bytes(data, "feed.jsonl")
    assert draft.outlet == "Wire Name"
