"""Which day an undated or loosely dated report takes: the news day, a story's later day, a span."""

from __future__ import annotations

import datetime as dt

from tracker.extract import Extractor

WEDNESDAY = dt.date(2025, 5, 14)


def _dated(extractor: Extractor, text: str, day: dt.date) -> set[tuple[str, str]]:
    return {(e.type, e.date.isoformat()) for e in extractor.extract(text, day) if e.date}


def test_a_timestamp_line_is_not_the_news_day(extractor: Extractor) -> None:
    text = (
        "May 14, 2025, 9:05 a.m.\n\n"
        "Chile's foreign minister flew into Lima on Tuesday for talks on the border dispute.\n\n"
        "Peru rejected the Chilean map outright, officials said."
    )
    assert ("rejection", "2025-05-13") in _dated(extractor, text, WEDNESDAY)
