"""Byline date parsing: naive wall-clock values as printed, has_time when a time is printed."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt

import pytest

from tracker.ingest.dates import find_date, parse_published


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("by A and B May 16, 2025 6:04 PM 2 min read", dt.datetime(2025, 5, 16, 18, 4), True),
        ("16 May 2025", dt.datetime(2025, 5, 16), False),
        ("2025-05-16T18:04:00Z", dt.datetime(2025, 5, 16, 18, 4), True),
        ("2025-05-16T18:04:00+03:00", dt.datetime(2025, 5, 16, 18, 4), True),
        ("Updated: May 16, 2025", dt.datetime(2025, 5, 16), False),
        ("Fri 16 May 2025 14.05 BST", dt.datetime(2025, 5, 16, 14, 5), True),
        ("May 16, 20256:04 PM GMT+3Updated 2 hours ago", dt.datetime(2025, 5, 16, 18, 4), True),
        ("Updated 11:04 AM GMT+3, May 16, 2025", dt.datetime(2025, 5, 16, 11, 4), True),
        ("Published On 16 May 2025", dt.datetime(2025, 5, 16), False),
        ("Sept. 3, 2025, at 9:15 a.m. EDT", dt.datetime(2025, 9, 3, 9, 15), True),
        ("Dec. 12, 2025 12:30 AM", dt.datetime(2025, 12, 12, 0, 30), True),
        ("16 мая 2025 года, 14:05", dt.datetime(2025, 5, 16, 14, 5), True),
        ("16 травня 2025", dt.datetime(2025, 5, 16), False),
        ("16.05.2025 14:05", dt.datetime(2025, 5, 16, 14, 5), True),
    ],
)
def test_find_date_reads_common_bylines(text: str, expected: dt.datetime, has_time: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert (found.value, found.has_time) == (expected, has_time)
    assert found.value.tzinfo is None


@pytest.mark.parametrize(
    "text", ["no date here", "May 2025", "Omar 5, 2025", "February 30, 2025", "2 hours ago"]
)
def test_find_date_rejects_non_dates(text: str) -> None:
    assert find_date(text) is None


def test_parse_published_handles_empty_values() -> None:
    assert parse_published(None) == (None, False)
    assert parse_published("") == (None, False)
    assert parse_published("2025-08-15") == (dt.datetime(2025, 8, 15), False)
