"""Importing events from JSON: the timeline's own JSON contract, so that a curated timeline can
be exported from one database (`tracker timeline --format json`) and read into another, or
written by another tool.

An import is one transaction: a record that cannot be read stops it with the record's number,
and nothing is written. An event already present (same date, precision, type and title) is
skipped, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate, parse_partial_date
from tracker.errors import NotFoundError, UsageError
from tracker.models import ACTOR_KINDS, Article, Event, EventSource
from tracker.services.actors import add_actor, find_actor
from tracker.services.events import EventFields, add_event
from tracker.services.history import record_change


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)  # new event ids
    skipped: list[tuple[int, int]] = field(default_factory=list)  # (record number, existing id)
    actors_created: list[str] = field(default_factory=list)


def parse_records(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(record number, object) from a JSON array of events or JSON Lines, one event per line."""
    stripped = text.lstrip()
    if not stripped:
        raise UsageError("nothing to import: the input is empty")
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
        for number, record in enumerate(records, 1):
            yield number, _object(record, number)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line {number}: invalid JSON: {exc.msg}") from None
        yield number, _object(record, number)


def _object(record: object, number: int) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise UsageError(f"record {number}: expected an object, got {type(record).__name__}")
    return record


def _text(record: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        if required:
            raise UsageError(f"missing {key!r}")
        return None
    if not isinstance(value, str):
        raise UsageError(f"{key!r} must be text")
    return value


def _date(record: dict[str, Any]) -> PartialDate:
    value = _text(record, "date", required=True)
    assert value is not None
    date = parse_partial_date(value, option="date")
    precision = record.get("date_precision")
    if precision is not None and precision != date.precision:
        raise UsageError(f"date {value!r} does not have the stated precision {precision!r}")
    return date


def _end_date(record: dict[str, Any]) -> dt.date | None:
    value = _text(record, "end_date")
    if value is None:
        return None
    end = parse_partial_date(value, option="end_date")
    if end.precision != "day":
        raise UsageError(f"end_date needs a full date (YYYY-MM-DD), got {value!r}")
    return end.start


def _actors(
    session: Session, record: dict[str, Any], create: bool, report: ImportReport
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for entry in record.get("actors") or []:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise UsageError("each actor needs a name")
        name, role = entry["name"], entry.get("role") or "participant"
        if find_actor(session, name) is None:
            kind = entry.get("kind") or "group"
            if not create:
                raise NotFoundError(f'no actor "{name}" (add it, or import with --create-actors)')
            if kind not in ACTOR_KINDS:
                raise UsageError(f"actor {name!r}: unknown kind {kind!r}")
            add_actor(session, name, kind)
            report.actors_created.append(name)
        pairs.append((name, role))
    return pairs


def _existing(session: Session, fields: EventFields) -> int | None:
    assert fields.date is not None
    assert fields.title is not None
    assert fields.type is not None
    title = " ".join(fields.title.split()).casefold()  # in Python: SQLite folds only ASCII
    candidates = session.execute(
        select(Event.id, Event.title).where(
            Event.date == fields.date.start,
            Event.date_precision == fields.date.precision,
            Event.type == fields.type.strip().lower(),
        )
    )
    return next((id_ for id_, other in candidates if other.casefold() == title), None)


def _add_sources(session: Session, event: Event, record: dict[str, Any]) -> None:
    for entry in record.get("sources") or []:
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            raise UsageError("each source is a URL or an object with a url and a quote")
        url, quote = entry.get("url"), entry.get("quote")
        if not url and not quote:
            continue
        # the article ids of another database mean nothing here: link by URL when we have it
        article = (
            session.scalars(select(Article).where(Article.url == url)).first() if url else None
        )
        event.sources.append(EventSource(article=article, url=url, quote=quote))
        record_change(event, "sources", None, url or "quote", "import")


def import_events(
    session: Session, text: str, *, create_actors: bool = False, status: str | None = None
) -> ImportReport:
    """Add the events of ``text`` (see :func:`parse_records`); raise on the first bad record."""
    report = ImportReport()
    for number, record in parse_records(text):
        try:
            fields = EventFields(
                date=_date(record),
                end_date=_end_date(record),
                type=_text(record, "type", required=True),
                title=_text(record, "title", required=True),
                summary=_text(record, "summary"),
                location=_text(record, "location"),
                # a record without a status was judged by nobody here: it waits for review
                status=status or _text(record, "status") or "unreviewed",
                planned=record.get("planned") if isinstance(record.get("planned"), bool) else None,
                confidence=_confidence(record),
                topics=[t for t in record.get("topics") or [] if isinstance(t, str)],
            )
            existing = _existing(session, fields)
            if existing is not None:
                report.skipped.append((number, existing))
                continue
            fields.actors = _actors(session, record, create_actors, report)
            event = add_event(session, fields, origin="imported")
            _add_sources(session, event, record)
            session.flush()
        except (UsageError, NotFoundError) as exc:
            raise type(exc)(f"record {number}: {exc}") from None
        report.added.append(event.id)
    return report


def _confidence(record: dict[str, Any]) -> float | None:
    value = record.get("confidence")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise UsageError("'confidence' must be a number between 0 and 1")
    return float(value)


__all__ = ["ImportReport", "import_events", "parse_records"]
