"""Dates at a precision: news dates are fuzzy ("in May 2025"), so an event's date is a day, a
month or a year. A month- or year-precise date is stored as the first day of its period."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tracker.errors import UsageError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to a precision: ``start`` is the first day, ``end`` the last day covered."""

    start: dt.date
    precision: str  # day | month | year

    @property
    def end(self) -> dt.date:
        return period_end(self.start, self.precision)

    def __str__(self) -> str:
        return format_date(self.start, self.precision)


def parse_partial_date(value: str, *, option: str = "date") -> PartialDate:
    """Parse ``2025``, ``2025-05`` or ``2025-05-16``; raise a UsageError naming the option."""
    match = _PARTIAL.match(value.strip())
    if not match:
        raise UsageError(
            f"invalid {option} {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-05-16)"
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return PartialDate(dt.date(year, 1, 1), "year")
        if day is None:
            return PartialDate(dt.date(year, month, 1), "month")
        return PartialDate(dt.date(year, month, day), "day")
    except ValueError as exc:
        raise UsageError(f"invalid {option} {value!r}: {exc}") from None


def period_start(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "month":
        return day.replace(day=1)
    return day


def period_end(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return day.replace(month=12, day=31)
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def format_date(day: dt.date | None, precision: str) -> str:
    """``2025-05-16``, ``2025-05`` or ``2025`` according to the precision."""
    if day is None:
        return ""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


MONTH_NAMES = tuple(calendar.month_name)[1:]  # English: tracker never changes the locale


def human_date(day: dt.date, precision: str) -> str:
    """``16 May 2025``, ``May 2025`` or ``2025`` for display."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"
