"""tracker.dates: dates known to a day, a month or a year."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.dates import (
    PartialDate,
    format_date,
    human_date,
    parse_partial_date,
    period_end,
    period_start,
)
from tracker.errors import UsageError

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "precision", "end"),
    [
        ("2025-05-16", D(2025, 5, 16), "day", D(2025, 5, 16)),
        ("2025-05", D(2025, 5, 1), "month", D(2025, 5, 31)),
        ("2025", D(2025, 1, 1), "year", D(2025, 12, 31)),
        ("2025-5", D(2025, 5, 1), "month", D(2025, 5, 31)),
        ("2025-5-6", D(2025, 5, 6), "day", D(2025, 5, 6)),
        ("  2025-05-16 ", D(2025, 5, 16), "day", D(2025, 5, 16)),
        ("2024-02", D(2024, 2, 1), "month", D(2024, 2, 29)),  # leap year
        ("2025-02", D(2025, 2, 1), "month", D(2025, 2, 28)),
        ("2024-02-29", D(2024, 2, 29), "day", D(2024, 2, 29)),
        ("2025-12", D(2025, 12, 1), "month", D(2025, 12, 31)),
        ("0999", D(999, 1, 1), "year", D(999, 12, 31)),
    ],
)
def test_parse_partial_date(text: str, start: dt.date, precision: str, end: dt.date) -> None:
    parsed = parse_partial_date(text)
    assert parsed == PartialDate(start, precision)
    assert parsed.end == end


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "invalid date '2025-02-30': day is out of range for month"),
        ("2025-02-29", "invalid date '2025-02-29': day is out of range for month"),
        ("2025-13", "invalid date '2025-13': month must be in 1..12"),
        ("2025-00-10", "invalid date '2025-00-10': month must be in 1..12"),
        ("0000", "invalid date '0000': year 0 is out of range"),
        ("tomorrow-ish", "invalid date 'tomorrow-ish': use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "invalid date '': use YYYY"),
        ("25-05-16", "invalid date '25-05-16': use YYYY"),
        ("2025/05/16", "invalid date '2025/05/16': use YYYY"),
        ("16.05.2025", "invalid date '16.05.2025': use YYYY"),
        ("2025-05-16T10:00", "invalid date '2025-05-16T10:00': use YYYY"),
        ("May 2025", "invalid date 'May 2025': use YYYY"),
        ("2025-005", "invalid date '2025-005': use YYYY"),
    ],
)
def test_parse_partial_date_rejects(text: str, message: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_partial_date(text)
    assert str(info.value).startswith(message)
    assert info.value.exit_code == 2


def test_parse_names_the_option() -> None:
    with pytest.raises(UsageError, match=r"^invalid --since 'soon': "):
        parse_partial_date("soon", option="--since")


@pytest.mark.parametrize(
    ("day", "precision", "start", "end"),
    [
        (D(2025, 5, 16), "day", D(2025, 5, 16), D(2025, 5, 16)),
        (D(2025, 5, 16), "month", D(2025, 5, 1), D(2025, 5, 31)),
        (D(2025, 5, 16), "year", D(2025, 1, 1), D(2025, 12, 31)),
        (D(2025, 4, 30), "month", D(2025, 4, 1), D(2025, 4, 30)),
        (D(2024, 2, 10), "month", D(2024, 2, 1), D(2024, 2, 29)),
        (D(2025, 12, 31), "year", D(2025, 1, 1), D(2025, 12, 31)),
    ],
)
def test_period_bounds(day: dt.date, precision: str, start: dt.date, end: dt.date) -> None:
    assert period_start(day, precision) == start
    assert period_end(day, precision) == end


@pytest.mark.parametrize(
    ("day", "precision", "formatted", "human"),
    [
        (D(2025, 5, 16), "day", "2025-05-16", "16 May 2025"),
        (D(2025, 5, 1), "month", "2025-05", "May 2025"),
        (D(2025, 1, 1), "year", "2025", "2025"),
        (D(2025, 9, 3), "day", "2025-09-03", "3 Sep 2025"),
        (D(999, 1, 1), "year", "0999", "999"),
    ],
)
def test_format_and_human(day: dt.date, precision: str, formatted: str, human: str) -> None:
    assert format_date(day, precision) == formatted
    assert human_date(day, precision) == human


def test_format_none_is_empty() -> None:
    assert format_date(None, "day") == ""


@pytest.mark.parametrize("text", ["2025-05-16", "2025-05", "2025"])
def test_str_round_trips(text: str) -> None:
    assert str(parse_partial_date(text)) == text
    assert parse_partial_date(str(parse_partial_date(text))) == parse_partial_date(text)
