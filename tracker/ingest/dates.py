"""Publication dates as news pages print them: "May 16, 2025 6:04 PM", "16 May 2025", ISO 8601.

Dates come back as **naive** ``datetime`` objects holding the wall-clock date and time exactly as
printed: a time-zone suffix ("BST", "GMT+3", "Z", "+03:00") is recognised and skipped but not
applied, because analysts care about the local calendar day the outlet printed. When only a date is
printed the time is midnight and ``has_time`` is False.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janv январь января січня січень",
        "february feb febr февраль февраля лютого лютий",
        "march mar марта март березня березень",
        "april apr апреля апрель квітня квітень",
        "may мая май травня травень",
        "june jun июня июнь червня червень",
        "july jul июля июль липня липень",
        "august aug августа август серпня серпень",
        "september sep sept сентября сентябрь вересня вересень",
        "october oct октября октябрь жовтня жовтень",
        "november nov ноября ноябрь листопада листопад",
        "december dec декабря декабрь грудня грудень",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = r"(?<![^\W\d_])(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_TZ = r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|UTC|GMT)\)?)?"
# "6:04 PM", "14.05", "18:04:00", "6:04 p.m." — the dot form is only read right after a date.
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
)
_TIME_AFTER = r"(?:(?:\s*(?:,|at|—|–|-|\||•|·))*\s*" + _TIME + _TZ + r")?"

_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_MONTH_FIRST = re.compile(
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME_AFTER,
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    _WEEKDAY
    + r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+(?P<year>\d{4})(?:\s*(?:г\.|р\.|года|року))?"
    + _TIME_AFTER,
    re.IGNORECASE,
)
# AP and Meduza print the time first: "Updated 11:04 AM GMT+3, May 16, 2025".
_TIME_FIRST = re.compile(
    _TIME + _TZ + r"\s*,?\s*" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})(?!\d)" + _TIME_AFTER
)
_PATTERNS = (_ISO, _TIME_FIRST, _MONTH_FIRST, _DAY_FIRST, _NUMERIC)
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class FoundDate:
    """A publication date found in text: naive wall-clock value, whether a time was printed."""

    value: dt.datetime
    has_time: bool
    start: int
    end: int


def _build(match: re.Match[str]) -> FoundDate | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    has_time = parts.get("hour") is not None
    hour = int(parts["hour"]) if has_time else 0
    minute = int(parts["minute"]) if has_time else 0
    second = int(parts["second"]) if parts.get("second") else 0
    ampm = (parts.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        value = dt.datetime(int(parts["year"]), month, int(parts["day"]), hour, minute, second)  # noqa: DTZ001 — naive by design
    except ValueError:
        return None
    if not 1900 <= value.year <= 2100:
        return None
    return FoundDate(value, has_time, match.start(), match.end())


def find_date(text: str) -> FoundDate | None:
    """Return the earliest date printed in ``text`` (a byline, a meta value), or None."""
    best: FoundDate | None = None
    if not _YEAR.search(text):  # every pattern needs a four-digit year: most lines have none
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found = _build(match)
            if found is not None:
                if best is None or found.start < best.start:
                    best = found
                break
    return best


def parse_published(text: str | None) -> tuple[dt.datetime | None, bool]:
    """Parse a published value (metadata, front matter, ``--published``) into (datetime, has_time)."""
    if not text:
        return None, False
    found = find_date(text.strip())
    if found is None:
        return None, False
    return found.value, found.has_time
